"""`internalBinding('timers')`: one asyncio timer for the earliest JS timer, one call_soon for immediates.

JS keeps the timer heap and the immediate queue (js/internal/timers.js). It writes the next
expiry (ms on the loop clock) into a Float64Array it pinned at boot, so no JS number ever crosses
into Python on this hot path (each would leak 24 B, notes §5.3).
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Callable

from .bindings import binding

if TYPE_CHECKING:
    from .host import Host


@binding("timers")
def make_timers_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    loop = host.loop
    assert loop is not None and host.registry is not None
    timer_ref = host.registry.handle("timers", refed=False)
    immediate_ref = host.registry.handle("immediates", refed=False)
    st: dict[str, Any] = {"timer": None, "imm": None, "process_timers": None,
                          "process_immediates": None, "arena": None}

    def setup(process_timers: Any, process_immediates: Any, arena: Any) -> None:
        st["process_timers"] = process_timers
        st["process_immediates"] = process_immediates
        st["arena"] = arena if arena.format == "d" else arena.cast("B").cast("d")  # pinned by JS

    def now() -> float:
        return loop.time() * 1000.0

    def fire_timers() -> None:
        st["timer"] = None
        host.call(st["process_timers"], loop.time() * 1000.0)

    def schedule() -> None:
        """(Re)arm the asyncio timer for the expiry JS wrote into arena[0]."""
        when = st["arena"][0] / 1000.0
        old: asyncio.TimerHandle | None = st["timer"]
        if old is not None:
            if old.when() == when:
                return
            old.cancel()
        st["timer"] = loop.call_at(when, fire_timers)

    def unschedule() -> None:
        if st["timer"] is not None:
            st["timer"].cancel()
            st["timer"] = None

    def fire_immediates() -> None:
        st["imm"] = None
        host.immediate_pending = False
        host.run_native_immediates()
        host.call(st["process_immediates"])

    def schedule_immediate() -> None:
        if st["imm"] is None:
            st["imm"] = loop.call_soon(fire_immediates)
            host.immediate_pending = True

    def toggle_timer_ref(on: bool) -> None:
        timer_ref.ref() if on else timer_ref.unref()

    def toggle_immediate_ref(on: bool) -> None:
        immediate_ref.ref() if on else immediate_ref.unref()

    def drain() -> None:
        host.drain()

    def teardown() -> None:
        unschedule()
        if st["imm"] is not None:
            st["imm"].cancel()
        host.immediate_pending = False
        timer_ref.close()
        immediate_ref.close()
        st.clear()

    host.on_teardown(teardown)
    return {
        "setup": setup, "now": now, "schedule": schedule, "unschedule": unschedule,
        "scheduleImmediate": schedule_immediate, "toggleTimerRef": toggle_timer_ref,
        "toggleImmediateRef": toggle_immediate_ref, "drain": drain,
    }
