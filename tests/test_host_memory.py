"""Soak: the host's hot paths (setImmediate, nextTick, EventEmitter, Buffer, console) do not leak.

1 million measured iterations after a warm-up that lets SpiderMonkey's heap reach its working
size; RSS growth over the measured part must stay under 20 MB. Runs as a subprocess (the CLI).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).resolve().parent / "js" / "runtime" / "_memory_soak.js"  # "_": not a difftest
WARMUP = 1_200_000  # SpiderMonkey grows its heap in steps up to ~1.1 M iterations (measured)
MEASURED = 1_000_000


def test_rss_growth_bounded() -> None:
    with open("/dev/null", "w") as devnull:
        p = subprocess.run([sys.executable, "-m", "nodecompat", str(PROGRAM), str(WARMUP + MEASURED), str(WARMUP)],
                           stdout=devnull, stderr=subprocess.PIPE, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    stats = json.loads(p.stderr.strip().splitlines()[-1])
    assert stats["done"] == WARMUP + MEASURED
    assert stats["ticks"] == (WARMUP + MEASURED) // 8 - 125  # the last round's ticks run after the report
    growth = stats["end"] - stats["rssAfterWarmup"]
    assert growth < 20 * 2**20, f"RSS grew {growth / 2**20:.1f} MB over {MEASURED} iterations: {stats}"
