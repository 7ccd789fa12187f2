"""Paces SpiderMonkey's garbage collection for a host driven by Python callbacks.

Measured: under pythonmonkey the JS heap is collected only when SpiderMonkey decides to, and with
JS running in many short bursts from asyncio callbacks it rarely does — a JS http2 server grew
~40 MiB over 400 connections, and stayed flat with a full `pm.collect()` after each batch. So the
host counts its calls into JS and collects when enough JS ran since the last time and either the
process grew by GROWTH_BYTES (a busy server: ~1 KiB of JS garbage per request, so at 10k req/s
this bounds the garbage to a few MiB) or MAX_INTERVAL_S passed. A collection never follows the
previous one sooner than its own duration / MAX_SHARE, so collecting stays under ~4 % of wall time.
After each collection the free pages of malloc's arenas go back to the kernel (malloc_trim).

When JS goes quiet after real work (IDLE_AFTER_S without MIN_CALLS calls, SHRINK_AFTER_CALLS
since the last time), one shrinking GC (js_gc.shrinking_gc: also frees empty GC chunks and JIT
code) hands the rest back, as Node's idle-time GC does.

NODECOMPAT_GC_TRACE=1 prints one line per collection to stderr (RSS before/after, JS heap, Python
blocks): the numbers the memory section of docs/http2-js.md was measured with.
"""
from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Callable

TICK_S = 0.25             # how often the pacer looks
MAX_INTERVAL_S = 1.0      # collect at least this often while JS runs
MIN_CALLS = 200           # JS calls since the last collection that make one worth it
GROWTH_BYTES = 8 << 20    # RSS growth since the last collection that triggers one early
MAX_SHARE = 0.04          # of wall time spent collecting
IDLE_AFTER_S = 1.0        # this long with fewer than MIN_CALLS calls: idle
SHRINK_AFTER_CALLS = 5000  # JS calls since the last shrinking GC that make an idle one worth it

_PAGE = os.sysconf("SC_PAGE_SIZE")
_TRACE = bool(os.environ.get("NODECOMPAT_GC_TRACE"))


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
                 calls: Callable[[], int], shrink: Callable[[], None] | None = None) -> None:
        self._loop, self._collect, self._calls, self._shrink = loop, collect, calls, shrink
        self._last_calls = 0
        self._last_at = time.monotonic()
        self._not_before = 0.0
        self._base_rss = rss_bytes()
        self._busy_at = self._last_at       # last tick that saw MIN_CALLS calls
        self._busy_calls = 0                # calls at that tick
        self._shrunk_calls = 0              # calls at the last shrinking GC
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
        if n - self._busy_calls >= MIN_CALLS:
            self._busy_at, self._busy_calls = now, n
        if n - self._last_calls >= MIN_CALLS and now >= self._not_before:
            if rss_bytes() - self._base_rss >= GROWTH_BYTES or now - self._last_at >= MAX_INTERVAL_S:
                self._run(self._collect, n, "gc")
        elif (self._shrink is not None and now - self._busy_at >= IDLE_AFTER_S
              and n - self._shrunk_calls >= SHRINK_AFTER_CALLS):
            self._shrunk_calls = n
            self._run(self._shrink, n, "idle shrinking gc")
        self.start()

    def _run(self, collect: Callable[[], None], n: int, what: str) -> None:
        calls = n - self._last_calls
        self._last_calls = n
        t0 = time.perf_counter()
        r0 = rss_bytes()
        collect()
        trim()
        spent = time.perf_counter() - t0
        self._last_at = time.monotonic()
        self._not_before = self._last_at + spent / MAX_SHARE
        self._base_rss = rss_bytes()
        if _TRACE:
            print(f"nodecompat: {what} after {calls} calls: {spent * 1e3:.1f} ms, "
                  f"RSS {r0 / 2**20:.1f} -> {self._base_rss / 2**20:.1f} MiB, {_heap_stats()}",
                  file=sys.stderr)


def _heap_stats() -> str:
    from . import js_gc
    return (f"JS heap {js_gc.get_param(js_gc.BYTES) / 2**20:.1f} MiB in "
            f"{js_gc.get_param(js_gc.TOTAL_CHUNKS)} chunks, nursery "
            f"{js_gc.get_param(js_gc.NURSERY_BYTES) / 2**20:.1f} MiB, "
            f"Python blocks {sys.getallocatedblocks()}")
