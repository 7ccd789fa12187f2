"""The Python-API client versus node's http2 client: N GETs against nghttpd, 10 streams in flight.

usage: python bench/engine_client.py [-n 20000] [--tls] [--rounds 2]
One connection per client, 10 requests outstanding at all times, each response read to the end.
Prints req/s of each client, the ratio python/node, and each client's CPU time per request
(steadier than req/s on a busy 2-core box). Best of --rounds.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
INFLIGHT = 10

NODE_CLIENT = r"""
const http2 = require('http2');
const [url, n] = [process.argv[1], Number(process.argv[2])];
const c = http2.connect(url, {rejectUnauthorized: false});
let started = 0, done = 0, bytes = 0; const t = process.hrtime.bigint();
function one() {
  started++;
  const r = c.request({':path': '/hello.txt'});
  r.on('data', (d) => { bytes += d.length; });
  r.on('end', () => { done++; if (started < n) one(); else if (done === n) finish(); });
}
function finish() {
  const secs = Number(process.hrtime.bigint() - t) / 1e9; const cu = process.cpuUsage();
  console.log(JSON.stringify({n: done, bytes, secs, cpu: (cu.user + cu.system) / 1e6})); c.close();
}
c.on('connect', () => { for (let i = 0; i < 10; i++) one(); });
"""


async def py_client(url: str, n: int) -> None:
    from nodecompat import http2
    sess = await http2.connect(url, verify=False)
    started = done = nbytes = 0
    t = time.perf_counter()

    async def worker() -> None:
        nonlocal started, done, nbytes
        while started < n:
            started += 1
            req = sess.request({":path": "/hello.txt"})
            body = await req.read()  # not `nbytes += len(await ...)`: that reads nbytes first
            nbytes += len(body)
            done += 1
    await asyncio.gather(*(worker() for _ in range(INFLIGHT)))
    secs = time.perf_counter() - t
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"n": done, "bytes": nbytes, "secs": secs, "cpu": ru.ru_utime + ru.ru_stime}))
    sess.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nghttpd(docroot: Path, pem: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    args = ["nghttpd", "-d", str(docroot), str(port)] + ([pem, pem] if pem else ["--no-tls"])
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return p, port
        except OSError:
            time.sleep(0.05)
    p.kill()
    raise RuntimeError("nghttpd did not start")


def run_client(cmd: list[str], n: int) -> dict:
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["n"] == n and res["bytes"] == 5 * n, (res, out.stderr)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--tls", action="store_true")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--role", choices=["py-client"])
    ap.add_argument("--url", default="")
    a = ap.parse_args()
    if a.role == "py-client":
        return asyncio.run(py_client(a.url, a.n))
    tmp = Path(tempfile.mkdtemp())
    (tmp / "hello.txt").write_bytes(b"hello")
    pem = ""
    if a.tls:
        import trustme
        pem = str(tmp / "c.pem")
        trustme.CA().issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(pem)
    srv, port = start_nghttpd(tmp, pem)
    url = f"{'https' if a.tls else 'http'}://127.0.0.1:{port}"
    clients = {"python": [sys.executable, __file__, "--role", "py-client", "--url", url, "-n", str(a.n)],
               "node": ["node", "-e", NODE_CLIENT, "--", url, str(a.n)]}
    best: dict[str, dict] = {}
    try:
        for _ in range(a.rounds):
            for name, cmd in clients.items():
                r = run_client(cmd, a.n)
                if name not in best or r["secs"] < best[name]["secs"]:
                    best[name] = r
    finally:
        srv.kill()
        srv.wait()
    py, nd = best["python"], best["node"]
    label = "https" if a.tls else "http"
    print(f"{label} client, {a.n} GETs, {INFLIGHT} in flight, against nghttpd: python "
          f"{a.n / py['secs']:.0f} req/s, node {a.n / nd['secs']:.0f} req/s, ratio {nd['secs'] / py['secs']:.2f}")
    print(f"{label} client CPU per request (incl. start-up): python {py['cpu'] * 1e6 / a.n:.0f} us, "
          f"node {nd['cpu'] * 1e6 / a.n:.0f} us")


if __name__ == "__main__":
    main()
