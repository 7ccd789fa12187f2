"""Handle registry: what keeps the process alive (libuv's "active and referenced handles").

pythonmonkey only knows its own timers and promise jobs. Python-side activity (servers, sockets,
sessions, JS timers run by our own timer binding) is bridged into its counter through one JS
keep-alive interval created at boot (`setInterval(noop, 2**30).unref()`): it is ref'ed while at
least one Handle is ref'ed, so `await pm.wait()` returns exactly when nothing referenced is left.
"""
from __future__ import annotations

from typing import Any, Callable


class Handle:
    """One resource that keeps the process alive while it is open and ref'ed."""

    __slots__ = ("_registry", "_refed", "_closed", "name")

    def __init__(self, registry: "Registry", name: str = "", refed: bool = True) -> None:
        self._registry = registry
        self._refed = False
        self._closed = False
        self.name = name
        if refed:
            self.ref()

    @property
    def refed(self) -> bool:
        return self._refed

    @property
    def closed(self) -> bool:
        return self._closed

    def ref(self) -> None:
        if not self._refed and not self._closed:
            self._refed = True
            self._registry._inc()

    def unref(self) -> None:
        if self._refed:
            self._refed = False
            self._registry._dec()

    def close(self) -> None:
        """Release the handle for good (idempotent)."""
        if self._closed:
            return
        self.unref()
        self._closed = True

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("ref" if self._refed else "unref")
        return f"<Handle {self.name or '?'} {state}>"


class Registry:
    """Counts ref'ed handles; toggles the JS keep-alive timer on 0→1 and 1→0."""

    def __init__(self, keepalive_ref: Callable[[], Any], keepalive_unref: Callable[[], Any]) -> None:
        self._ka_ref = keepalive_ref
        self._ka_unref = keepalive_unref
        self.refs = 0

    def handle(self, name: str = "", refed: bool = True) -> Handle:
        """A new handle, ref'ed by default (Node: an open server/socket keeps the loop alive)."""
        return Handle(self, name, refed)

    @property
    def alive(self) -> bool:
        return self.refs > 0

    def _inc(self) -> None:
        self.refs += 1
        if self.refs == 1:
            self._ka_ref()

    def _dec(self) -> None:
        self.refs -= 1
        if self.refs == 0:
            self._ka_unref()
