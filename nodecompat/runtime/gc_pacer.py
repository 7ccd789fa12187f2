"""Paces SpiderMonkey's garbage collection for a host driven by Python callbacks.

Measured: under pythonmonkey the JS heap is collected only when SpiderMonkey decides to, and with
JS running in many short bursts from asyncio callbacks it rarely does — a JS http2 server grew
~40 MiB over 400 connections, and stayed flat with a full `pm.collect()` after each batch. So the
host counts its calls into JS and, once a second, collects if enough JS ran since the last time.
The interval stretches so that collecting never takes more than ~2 % of wall time.
"""
from __future__ import annotations

import asyncio
import time
from typing import Callable

MIN_INTERVAL_S = 1.0
MIN_CALLS = 1000          # JS calls since the last collection that make one worth it
MAX_SHARE = 0.02          # of wall time spent collecting


class GcPacer:
    def __init__(self, loop: asyncio.AbstractEventLoop, collect: Callable[[], None],
                 calls: Callable[[], int]) -> None:
        self._loop, self._collect, self._calls = loop, collect, calls
        self._last_calls = 0
        self._interval = MIN_INTERVAL_S
        self._timer: asyncio.TimerHandle | None = None

    def start(self) -> None:
        self._timer = self._loop.call_later(self._interval, self._tick)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _tick(self) -> None:
        n = self._calls()
        if n - self._last_calls >= MIN_CALLS:
            self._last_calls = n
            t0 = time.perf_counter()
            self._collect()
            spent = time.perf_counter() - t0
            self._interval = max(MIN_INTERVAL_S, spent / MAX_SHARE)
        self.start()
