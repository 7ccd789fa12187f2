"""Startup time: median of N runs of `nodecompat -e 0` vs `node -e 0` vs `python -c 'import pythonmonkey'`.

Usage: python bench/startup.py [runs=10]
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    runs = max(10, int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    cases = {
        "nodecompat -e 0": [sys.executable, "-m", "nodecompat", "-e", "0"],
        "python -c 'import pythonmonkey'": [sys.executable, "-c", "import pythonmonkey"],
    }
    if shutil.which("node"):
        cases["node -e 0"] = ["node", "-e", "0"]
    for name, cmd in cases.items():
        print(f"{name:34s} median {median_seconds(cmd, runs) * 1000:7.1f} ms over {runs} runs")


if __name__ == "__main__":
    main()
