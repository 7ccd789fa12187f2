"""`internalBinding('perf')`: loop start/idle time (eventLoopUtilization), memory figures."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

from ..runtime import js_gc
from ..runtime.bindings import binding
from ..runtime.process_binding import _HR_BASE, _T0, _rss
from .loop_idle import LoopIdle

if TYPE_CHECKING:
    from ..runtime.host import Host


def heap_figures() -> tuple[int, int] | None:
    """(heapTotal, heapUsed) of SpiderMonkey's GC heap: chunks mapped + nursery capacity, and
    bytes the tenured heap holds. None when the JSAPI is not reachable (js_gc.available())."""
    if not js_gc.available():
        return None
    chunk = js_gc.get_param(js_gc.CHUNK_BYTES)
    total = js_gc.get_param(js_gc.TOTAL_CHUNKS) * chunk + js_gc.get_param(js_gc.NURSERY_BYTES)
    used = js_gc.get_param(js_gc.BYTES)
    return total, min(used, total)


@binding("perf")
def make_perf_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    idle = LoopIdle(host.loop) if host.loop is not None else None

    def loop_start() -> float:
        """hrtime (ns) when the event loop started (after the main module), or -1 before."""
        start = getattr(host, "loop_start_ns", None)
        return -1 if start is None else _HR_BASE + start - _T0

    def idle_time() -> float:
        """Idle ms since the loop started (installs the measuring wrapper on first use)."""
        start = getattr(host, "loop_start_ns", None)
        if start is None or idle is None:
            return 0
        idle.install(start, getattr(host, "loop_start_cpu_ns", 0))
        return idle.idle_ns / 1e6

    def memory_usage() -> str:
        heap = heap_figures()
        total, used = heap if heap is not None else (-1, -1)
        return json.dumps([_rss(), total, used])

    return {"loopStart": loop_start, "idleTime": idle_time, "memoryUsage": memory_usage}
