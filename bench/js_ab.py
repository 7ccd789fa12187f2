"""A/B of CPU per request of one JS hello server under nodecompat: two environments or two js/ trees.

    python bench/js_ab.py [--only core|compat] [-n 20000] [--rounds 3] [--tls]
                          [--js-a DIR] [--js-b DIR] [VAR=VALUE ...]

Runs the server (bench/js_h2load.py's programs) alternately as side A and side B, `-n` h2load
requests per run, and prints the median server CPU us/request of each side. Side B gets the given
environment variables; `--js-a`/`--js-b` run a side on another copy of js/ (e.g. one with a change
reverted; symlink its node_modules to js/node_modules) through bench/_js_tree.py.
Alternating runs on the same machine make the comparison fair when other work loads the cores.

To see JS functions by name in `perf`: run the server with `IONPERF=func PERF_SPEW_DIR=DIR`,
`perf record -k 1 -p PID` (add `-g` for call graphs), then `perf inject --jit -i perf.data -o j.data`
and `perf report -i j.data`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from js_h2load import SERVERS, cpu_s, h2load, make_cert, start  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(SERVERS), default="core")
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tls", action="store_true")
    ap.add_argument("--js-a", help="js/ tree for side A (default: this checkout's)")
    ap.add_argument("--js-b", help="js/ tree for side B (default: this checkout's)")
    ap.add_argument("env", nargs="*", help="VAR=VALUE set on side B")
    a = ap.parse_args()
    if not a.env and not a.js_a and not a.js_b:
        ap.error("nothing differs between A and B: give VAR=VALUE or --js-a/--js-b")
    extra = dict(e.split("=", 1) for e in a.env)
    tree_runner = str(Path(__file__).resolve().parent / "_js_tree.py")
    cmds = {side: [sys.executable, tree_runner, str(Path(tree).resolve())] if tree else
            [sys.executable, "-m", "nodecompat"] for side, tree in (("A", a.js_a), ("B", a.js_b))}
    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "server.js"
        script.write_text(SERVERS[a.only])
        base = dict(os.environ)
        if a.tls:
            key, cert = make_cert(Path(d))
            base["TLS_KEY"], base["TLS_CERT"] = str(key), str(cert)
        res: dict[str, list[float]] = {"A": [], "B": []}
        for _ in range(a.rounds):
            for side in ("A", "B"):
                env = dict(base)
                if side == "B":
                    env.update(extra)
                proc, port = start(cmds[side], script, env)
                try:
                    h2load(port, 2000, 10, 10, a.tls)   # warm-up (JIT, first GC)
                    c0 = cpu_s(proc.pid)
                    h2load(port, a.n, 10, 10, a.tls)
                    res[side].append((cpu_s(proc.pid) - c0) / a.n * 1e6)
                finally:
                    proc.kill()
                    proc.wait()
    ma, mb = statistics.median(res["A"]), statistics.median(res["B"])
    label_b = " ".join(a.env + ([f"js={a.js_b}"] if a.js_b else []))
    label_a = f" (js={a.js_a})" if a.js_a else ""
    print(f"{a.only}{' tls' if a.tls else ''}: A{label_a} {ma:.1f} us/req "
          f"{[round(x, 1) for x in res['A']]}, B ({label_b}) {mb:.1f} us/req "
          f"{[round(x, 1) for x in res['B']]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
