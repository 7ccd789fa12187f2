"""Python API: run a Node program or evaluate JS from Python.

`run()`/`evaluate()` start their own asyncio loop; `run_async()`/`evaluate_async()` are for code
already inside a running loop (main thread). One program at a time per process: pythonmonkey
has one JS global, and a Host owns it until its program ends.
"""
from __future__ import annotations

import asyncio
import os
from typing import Any, Sequence

from .host import Host, ProcessExit


async def run_async(path: str | os.PathLike[str], argv: Sequence[str] = ()) -> int:
    """Run the program at `path` (like `node path argv…`) until it ends; its exit code."""
    host = Host([str(path), *argv], embedded=True)
    host.boot()
    host.run_main(str(path))
    return await host.run_until_idle()


def run(path: str | os.PathLike[str], argv: Sequence[str] = ()) -> int:
    return asyncio.run(run_async(path, argv))


async def evaluate_async(code: str, argv: Sequence[str] = ()) -> Any:
    """Evaluate `code` as `node -e` does (a script in the cwd), wait for the program to end, and
    return the value of its last statement (JS values arrive as pythonmonkey converts them).
    Raises ProcessExit if the program exits with a non-zero code."""
    host = Host(list(argv), embedded=True)
    host.boot()
    value = host.eval_source(code)
    code_ = await host.run_until_idle()
    if code_ != 0:
        raise ProcessExit(code_)
    return value


def evaluate(code: str, argv: Sequence[str] = ()) -> Any:
    return asyncio.run(evaluate_async(code, argv))
