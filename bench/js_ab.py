"""A/B of CPU per request of one JS hello server under nodecompat with two environments.

    python bench/js_ab.py [--only core|compat] [-n 20000] [--rounds 3] VAR=VALUE [VAR=VALUE ...]

Runs the server (bench/js_h2load.py's programs) alternately without and with the given environment
variables, `-n` h2load requests per run, and prints the median server CPU us/request of each side.
Alternating runs on the same machine make the comparison fair when other work loads the cores.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from js_h2load import SERVERS, cpu_s, h2load, start  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(SERVERS), default="core")
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("env", nargs="+", help="VAR=VALUE set on side B")
    a = ap.parse_args()
    extra = dict(e.split("=", 1) for e in a.env)
    cmd = [sys.executable, "-m", "nodecompat"]
    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "server.js"
        script.write_text(SERVERS[a.only])
        res: dict[str, list[float]] = {"A": [], "B": []}
        for _ in range(a.rounds):
            for side in ("A", "B"):
                env = dict(os.environ)
                if side == "B":
                    env.update(extra)
                proc, port = start(cmd, script, env)
                try:
                    h2load(port, 2000, 10, 10, False)   # warm-up (JIT, first GC)
                    c0 = cpu_s(proc.pid)
                    h2load(port, a.n, 10, 10, False)
                    res[side].append((cpu_s(proc.pid) - c0) / a.n * 1e6)
                finally:
                    proc.kill()
                    proc.wait()
    ma, mb = statistics.median(res["A"]), statistics.median(res["B"])
    print(f"{a.only}: A {ma:.1f} us/req {[round(x, 1) for x in res['A']]}, "
          f"B ({' '.join(a.env)}) {mb:.1f} us/req {[round(x, 1) for x in res['B']]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
