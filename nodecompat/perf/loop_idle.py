"""Event-loop idle time for performance.eventLoopUtilization(), like libuv's metrics idle time.

Idle time is the time the loop spends blocked in its selector (epoll_wait): the selector's
`select` is wrapped. The wrapper is installed on first use only, so a program that never asks
pays nothing per loop iteration. Idle time before installation is estimated once from the main
thread's CPU time (wall time since the loop started minus CPU time the main thread used meanwhile).
"""
from __future__ import annotations

import asyncio
import time
from typing import Any


class LoopIdle:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.idle_ns = 0
        self.installed = False

    def install(self, start_ns: int, start_cpu_ns: int) -> None:
        if self.installed:
            return
        self.installed = True
        wall = time.monotonic_ns() - start_ns
        cpu = time.thread_time_ns() - start_cpu_ns
        self.idle_ns = max(0, wall - cpu)
        selector: Any = getattr(self.loop, "_selector", None)
        if selector is None:  # not a selector loop: only the estimate above is available
            return
        inner = selector.select
        clock = time.monotonic_ns

        def select(timeout: float | None = None) -> Any:
            t = clock()
            try:
                return inner(timeout)
            finally:
                self.idle_ns += clock() - t

        selector.select = select
