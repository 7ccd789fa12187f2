"""A JS http2 client doing N requests against nghttpd, under nodecompat vs node in the same run.

    python bench/js_client.py [-n 20000] [-c 1] [-m 10]

The client (one JS program) opens `-c` sessions to one nghttpd (plain, 127.0.0.1) and keeps
`-m` requests in flight on each until N responses were read in full (GET /index.html, a small
file). It prints the elapsed time; the bench prints req/s, client CPU per request (user + sys of
the client process, steadier than req/s on a loaded machine) and the nodecompat/node ratios.
"""
from __future__ import annotations

import argparse
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLIENT = r"""
const http2 = require('http2');
const [url, total, conns, inflight] = [process.argv[2], +process.argv[3], +process.argv[4], +process.argv[5]];
let started = 0, done = 0, bytes = 0;
const t0 = process.hrtime.bigint();
function one(session) {
  if (started >= total) return;
  started++;
  const req = session.request({ ':path': '/index.html' });
  req.on('response', (headers) => { if (headers[':status'] !== 200) throw new Error('status ' + headers[':status']); });
  req.on('data', (chunk) => { bytes += chunk.length; });
  req.on('end', () => {
    done++;
    if (done === total) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log('DONE ' + done + ' ' + bytes + ' ' + ms.toFixed(1));
      for (const s of sessions) s.close();
    } else {
      one(session);
    }
  });
  req.end();
}
const sessions = [];
for (let i = 0; i < conns; i++) {
  const s = http2.connect(url);
  s.on('error', (e) => { console.error(e); process.exit(1); });
  sessions.push(s);
  for (let k = 0; k < inflight; k++) one(s);
}
"""

ROOT = Path(__file__).resolve().parent.parent
BODY = b"hello world\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nghttpd(www: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen(["nghttpd", "--no-tls", "-a", "127.0.0.1", "-d", str(www), str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("nghttpd did not start")


def run_once(cmd: list[str], script: Path, url: str, n: int, c: int, m: int) -> tuple[float, float]:
    """(req/s by the client's own clock, CPU seconds of the whole client process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd + [str(script), url, str(n), str(c), str(m)],
                       capture_output=True, text=True, timeout=900)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    mm = re.search(r"DONE (\d+) (\d+) ([\d.]+)", p.stdout)
    if p.returncode != 0 or not mm or int(mm.group(1)) != n or int(mm.group(2)) != n * len(BODY):
        raise RuntimeError(f"{cmd[0]} client failed (rc {p.returncode}):\n{p.stdout}\n{p.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return n / (float(mm.group(3)) / 1000.0), cpu


def run_client(cmd: list[str], script: Path, url: str, n: int, c: int, m: int) -> tuple[float, float]:
    """(req/s, client CPU us per request). Start-up and exit cost the same for any n, so the CPU
    per request is the difference between a run of n and a run of n/5, over 4n/5 requests."""
    small = max(c * m, n // 5)
    _, cpu_small = run_once(cmd, script, url, small, c, m)
    rate, cpu = run_once(cmd, script, url, n, c, m)
    return rate, (cpu - cpu_small) / (n - small) * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("-c", type=int, default=1)
    ap.add_argument("-m", type=int, default=10)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        www = tmp / "www"
        www.mkdir()
        (www / "index.html").write_bytes(BODY)
        script = tmp / "client.js"
        script.write_text(CLIENT)
        server, port = start_nghttpd(www)
        url = f"http://127.0.0.1:{port}"
        try:
            res = {}
            for label, cmd in (("node", ["node"]), ("nodecompat", [sys.executable, "-m", "nodecompat"])):
                res[label] = run_client(cmd, script, url, a.n, a.c, a.m)
        finally:
            server.kill()
            server.wait()
    (nr, nc), (pr, pc) = res["node"], res["nodecompat"]
    print(f"js client x{a.n} vs nghttpd (-c {a.c} -m {a.m}): node {nr:.0f} req/s {nc:.1f} us CPU/req, "
          f"nodecompat {pr:.0f} req/s {pc:.1f} us CPU/req; ratio req/s {pr / nr:.2f}, "
          f"CPU {nc / pc:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
