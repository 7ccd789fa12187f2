"""Shared helpers for the net benchmarks: run one JS program under node and nodecompat."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent


def run_js(runtime: list[str], source: str, args: list[str], timeout: float = 600) -> dict | None:
    """Run `source` (a program printing one JSON line) and return that JSON, or None on failure."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.js"
        path.write_text(source)
        try:
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            p = subprocess.run(runtime + [str(path)] + args, capture_output=True, timeout=timeout, cwd=d,
                               env=env)
        except subprocess.TimeoutExpired:
            return None
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode(errors="replace")[-2000:])
            return None
        for line in reversed(p.stdout.decode().splitlines()):
            if line.startswith("{"):
                return json.loads(line)
    return None


NODE = ["node"]
NODECOMPAT = [sys.executable, "-m", "nodecompat"]


def print_comparison(title: str, node: dict | None, nc: dict | None, py_ms: float,
                     fmt: Callable[[float], str]) -> None:
    """Print node / nodecompat (JS) / Python API rows; `fmt` renders one elapsed time in ms."""
    print(title)
    if node:
        print(f"  node            {fmt(node['ms'])}")
    if nc:
        print(f"  nodecompat (JS) {fmt(nc['ms'])}"
              + (f"  speed vs node = {node['ms'] / nc['ms']:.2f}" if node else ""))
    else:
        print("  nodecompat (JS) failed (see stderr)")
    print(f"  nodecompat (Python API) {fmt(py_ms)}"
          + (f"  speed vs node = {node['ms'] / py_ms:.2f}" if node else ""))
