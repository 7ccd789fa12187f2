"""Paces SpiderMonkey's garbage collection for a host driven by Python callbacks.

Measured: under pythonmonkey the JS heap is collected only when SpiderMonkey decides to, and with
JS running in many short bursts from asyncio callbacks it rarely does — a JS http2 server grew
~40 MiB over 400 connections, and stayed flat with a full `pm.collect()` after each batch. So the
host counts its calls into JS and collects when enough JS ran since the last time and either the
process grew by GROWTH_BYTES (a busy server: ~1 KiB of JS garbage per request, so at 10k req/s
this bounds the garbage to a few MiB) or MAX_INTERVAL_S passed. A collection never follows the
previous one sooner than its own duration / MAX_SHARE, so collecting stays under ~4 % of wall time.
After each collection the free pages of malloc's arenas go back to the kernel (malloc_trim).
"""
from __future__ import annotations

import asyncio
import os
import time
from typing import Callable

TICK_S = 0.25             # how often the pacer looks
MAX_INTERVAL_S = 1.0      # collect at least this often while JS runs
MIN_CALLS = 200           # JS calls since the last collection that make one worth it
GROWTH_BYTES = 8 << 20    # RSS growth since the last collection that triggers one early
MAX_SHARE = 0.04          # of wall time spent collecting

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _malloc_trim() -> Callable[[], None]:
    """glibc's malloc_trim(0): hands the free pages of every malloc arena back to the kernel.
    SpiderMonkey's helper threads malloc in their own arenas, which otherwise keep their peak
    (measured: ~25 MiB of a JS http2 server's RSS after a GC, growing with load)."""
    try:
        import ctypes
        fn = ctypes.CDLL(None).malloc_trim
        fn.argtypes = [ctypes.c_size_t]
        return lambda: None if fn(0) else None
    except (OSError, AttributeError):   # not glibc
        return lambda: None


trim = _malloc_trim()


def rss_bytes() -> int:
    """Resident set size from /proc (0 where there is none): one small read, no allocation churn."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except OSError:
        return 0


class GcPacer:
    def __init__(self, loop: asyncio.AbstractEventLoop, collect: Callable[[], None],
                 calls: Callable[[], int]) -> None:
        self._loop, self._collect, self._calls = loop, collect, calls
        self._last_calls = 0
        self._last_at = time.monotonic()
        self._not_before = 0.0
        self._base_rss = rss_bytes()
        self._timer: asyncio.TimerHandle | None = None

    def start(self) -> None:
        self._timer = self._loop.call_later(TICK_S, self._tick)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _tick(self) -> None:
        n = self._calls()
        now = time.monotonic()
        if n - self._last_calls >= MIN_CALLS and now >= self._not_before:
            grown = rss_bytes() - self._base_rss >= GROWTH_BYTES
            if grown or now - self._last_at >= MAX_INTERVAL_S:
                self._last_calls = n
                t0 = time.perf_counter()
                self._collect()
                trim()
                spent = time.perf_counter() - t0
                self._last_at = time.monotonic()
                self._not_before = self._last_at + spent / MAX_SHARE
                self._base_rss = rss_bytes()
        self.start()
