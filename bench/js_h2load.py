"""JS hello servers (core API and compat API, plain and TLS) under nodecompat vs node, with h2load.

    python bench/js_h2load.py [-n 50000] [-c 10] [-m 10] [--only core|compat] [--tls]

Each server is one JS program (written to a temp dir) that listens on port 0 and prints its port.
The same program runs under `node` and `python -m nodecompat` in this run; the ratio is printed.
Targets (issue): core >= 0.33x node, compat >= 0.25x node.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SERVERS = {
    "core": """
const http2 = require('http2');
const opts = process.env.TLS_KEY ? { key: require('fs').readFileSync(process.env.TLS_KEY),
  cert: require('fs').readFileSync(process.env.TLS_CERT) } : null;
const server = opts ? http2.createSecureServer(opts) : http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('hello world');
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
""",
    "compat": """
const http2 = require('http2');
const opts = process.env.TLS_KEY ? { key: require('fs').readFileSync(process.env.TLS_KEY),
  cert: require('fs').readFileSync(process.env.TLS_CERT) } : null;
const handler = (req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end('hello world');
};
const server = opts ? http2.createSecureServer(opts, handler) : http2.createServer(handler);
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
""",
}


def start(cmd: list[str], script: Path, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(cmd + [str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        m = re.match(r"PORT (\d+)", line or "")
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError(f"server did not start: {' '.join(cmd)}: {proc.stderr.read() if proc.stderr else ''}")


def cpu_s(pid: int) -> float:
    """utime + stime of a process (CPU per request is steadier than req/s on a loaded machine)."""
    import os
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def h2load(port: int, n: int, c: int, m: int, tls: bool) -> float:
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}/"
    out = subprocess.run(["h2load", "-n", str(n), "-c", str(c), "-m", str(m), url],
                         capture_output=True, text=True, timeout=600).stdout
    ok = re.search(r"requests: \d+ total, \d+ started, (\d+) done, (\d+) succeeded", out)
    rate = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", out)
    if not ok or not rate or int(ok.group(2)) != n:
        raise RuntimeError(f"h2load failed:\n{out}")
    return float(rate.group(1))


def make_cert(tmp: Path) -> tuple[Path, Path]:
    import trustme
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    key_path, cert_path = tmp / "key.pem", tmp / "cert.pem"
    cert.private_key_pem.write_to_path(str(key_path))
    cert.cert_chain_pems[0].write_to_path(str(cert_path))
    return key_path, cert_path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=50000)
    ap.add_argument("-c", type=int, default=10)
    ap.add_argument("-m", type=int, default=10)
    ap.add_argument("--only", choices=sorted(SERVERS))
    ap.add_argument("--tls", action="store_true")
    a = ap.parse_args()
    import os
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = dict(os.environ)
        if a.tls:
            key, cert = make_cert(tmp)
            env["TLS_KEY"], env["TLS_CERT"] = str(key), str(cert)
        for name, src in SERVERS.items():
            if a.only and name != a.only:
                continue
            script = tmp / f"{name}.js"
            script.write_text(src)
            rates: dict[str, float] = {}
            cpu: dict[str, float] = {}
            for label, cmd in (("node", ["node"]), ("nodecompat", [sys.executable, "-m", "nodecompat"])):
                proc, port = start(cmd, script, env)
                try:
                    c0 = cpu_s(proc.pid)
                    rates[label] = h2load(port, a.n, a.c, a.m, a.tls)
                    cpu[label] = (cpu_s(proc.pid) - c0) / a.n * 1e6
                finally:
                    proc.kill()
                    proc.wait()
            ratio = rates["nodecompat"] / rates["node"]
            print(f"{name}{' tls' if a.tls else ''}: node {rates['node']:.0f} req/s, "
                  f"nodecompat {rates['nodecompat']:.0f} req/s, ratio {ratio:.2f}; CPU/req node "
                  f"{cpu['node']:.1f} us, nodecompat {cpu['nodecompat']:.1f} us, "
                  f"ratio {cpu['node'] / cpu['nodecompat']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
