"""h2load -n 50000 -c 10 -m 10 against the Python-API hello server and a node core-API server.

usage: python bench/engine_h2load.py [--tls] [-n N] [--rounds R]; prints req/s for each and the
ratio, and each server's CPU time per request (stable on a busy 2-core box, where req/s varies by
+-20% or more). Rounds alternate python and node runs; the best of each is reported.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_HELLO = """
const http2 = require('http2'); const fs = require('fs');
const tls = process.argv.includes('tls'); const pem = process.argv[process.argv.length - 1];
const onStream = (s) => { s.on('data', () => {}); s.on('end', () => { s.respond({':status': 200,
  'content-type': 'text/plain', 'content-length': 5}); s.end('hello'); }); };
const srv = tls ? http2.createSecureServer({key: fs.readFileSync(pem),
  cert: fs.readFileSync(pem)}) : http2.createServer();
srv.on('stream', onStream);
srv.listen(0, '127.0.0.1', () => console.log('listening on ' + srv.address().port));
"""


def start(cmd: list[str]) -> tuple[subprocess.Popen, int]:
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()  # type: ignore[union-attr]
    return p, int(line.split()[-1])


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(url: str, n: int, pid: int) -> tuple[float, float]:
    """(req/s, server CPU microseconds per request)."""
    before = cpu_seconds(pid)
    rps = h2load(url, n)
    return rps, (cpu_seconds(pid) - before) * 1e6 / n


def h2load(url: str, n: int) -> float:
    out = subprocess.run(["h2load", "-n", str(n), "-c", "10", "-m", "10", url], capture_output=True,
                         text=True, timeout=300).stdout
    assert f"{n} succeeded" in out, out
    return float(re.search(r"finished in .*?, ([\d.]+) req/s", out).group(1))  # type: ignore[union-attr]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tls", action="store_true")
    ap.add_argument("-n", type=int, default=50000)
    ap.add_argument("--rounds", type=int, default=2, help="alternate python/node runs; best of each")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    scheme = "https" if a.tls else "http"
    node_args = ["node", "-e", NODE_HELLO, "--"]
    if a.tls:
        import trustme
        cert = trustme.CA().issue_cert("127.0.0.1")
        cert.private_key_and_cert_chain_pem.write_to_path(str(tmp / "c.pem"))
        node_args += ["tls", str(tmp / "c.pem")]
    py, py_port = start([sys.executable, str(ROOT / "examples/python/hello_server.py")]
                        + (["--tls"] if a.tls else []))
    nd, nd_port = start(node_args)
    py_rps = nd_rps = 0.0
    py_cpu = nd_cpu = float("inf")
    try:  # alternating rounds: a busy box's load changes between runs; keep the best of each
        for _ in range(a.rounds):
            rps, cpu = measure(f"{scheme}://127.0.0.1:{py_port}/", a.n, py.pid)
            py_rps, py_cpu = max(py_rps, rps), min(py_cpu, cpu)
            rps, cpu = measure(f"{scheme}://127.0.0.1:{nd_port}/", a.n, nd.pid)
            nd_rps, nd_cpu = max(nd_rps, rps), min(nd_cpu, cpu)
    finally:
        py.kill()
        nd.kill()
    print(f"{scheme}: python {py_rps:.0f} req/s, node {nd_rps:.0f} req/s, ratio {py_rps / nd_rps:.2f}")
    print(f"{scheme}: server CPU per request: python {py_cpu:.0f} us, node {nd_cpu:.0f} us, "
          f"ratio {nd_cpu / py_cpu:.2f}")


if __name__ == "__main__":
    main()
