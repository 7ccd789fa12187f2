"""nodecompat: Node's http2 module (and the Node runtime it needs) for JavaScript in Python."""
from __future__ import annotations

from typing import Any

__all__ = ["run", "run_async", "evaluate", "evaluate_async", "ProcessExit", "NODE_VERSION"]

NODE_VERSION = "v20.20.2"


def __getattr__(name: str) -> Any:
    # lazy: importing nodecompat must not import pythonmonkey (0.5 s) until the host is needed
    if name in ("run", "run_async", "evaluate", "evaluate_async"):
        from .runtime import api
        return getattr(api, name)
    if name == "ProcessExit":
        from .runtime.host import ProcessExit
        return ProcessExit
    raise AttributeError(name)
