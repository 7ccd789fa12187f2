"""64 MiB body download and upload: Python-API server + client versus node server + client.

usage: python bench/engine_body.py [--tls] [--mib 64] [--rounds 2]
Each pair runs in its own two processes; the client times GET /download (server sends MIB MiB)
and POST /upload (client sends MIB MiB, server answers with the byte count). Prints MB/s for
each side, the ratio python/node, and the CPU seconds both processes of a pair used from connect
to the end of both transfers (steadier than wall time on a busy 2-core box). Best of --rounds.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from engine_h2load import cpu_seconds  # noqa: E402  (bench/ is on sys.path when run)

CHUNK = 1 << 16

NODE_SERVER = r"""
const http2 = require('http2'); const fs = require('fs');
const [mib, pem] = [Number(process.argv[1]), process.argv[2]];
const buf = Buffer.alloc(1 << 16, 120);
const onStream = (s, h) => {
  if (h[':path'] === '/download') {
    s.respond({':status': 200});
    let left = mib * 1024 * 1024;
    const pump = () => { while (left > 0) { left -= buf.length; if (!s.write(buf)) return s.once('drain', pump); }
                         s.end(); };
    pump();
  } else { let n = 0; s.on('data', (c) => { n += c.length; });
           s.on('end', () => { s.respond({':status': 200}); s.end(String(n)); }); }
};
const srv = pem ? http2.createSecureServer({key: fs.readFileSync(pem), cert: fs.readFileSync(pem)})
                : http2.createServer();
srv.on('stream', onStream);
srv.listen(0, '127.0.0.1', () => console.log('listening on ' + srv.address().port));
"""

NODE_CLIENT = r"""
const http2 = require('http2');
const [url, mib] = [process.argv[1], Number(process.argv[2])];
const c = http2.connect(url, {rejectUnauthorized: false});
const buf = Buffer.alloc(1 << 16, 121);
function download() { return new Promise((res) => { let n = 0; const t = process.hrtime.bigint();
  const r = c.request({':path': '/download'}); r.on('data', (d) => { n += d.length; });
  r.on('end', () => res([n, Number(process.hrtime.bigint() - t) / 1e9])); }); }
function upload() { return new Promise((res) => { const t = process.hrtime.bigint();
  const r = c.request({':path': '/upload', ':method': 'POST'}); let body = '';
  r.setEncoding('utf8'); r.on('data', (d) => { body += d; });
  r.on('end', () => res([Number(body), Number(process.hrtime.bigint() - t) / 1e9]));
  let left = mib * 1024 * 1024;
  const pump = () => { while (left > 0) { left -= buf.length; if (!r.write(buf)) return r.once('drain', pump); }
                       r.end(); };
  pump(); }); }
(async () => { const c0 = process.cpuUsage(); const d = await download(); const u = await upload();
  const cu = process.cpuUsage(c0); const cpu = (cu.user + cu.system) / 1e6;
  console.log(JSON.stringify({download: d, upload: u, client_cpu: cpu})); c.close(); })();
"""


async def py_server(mib: int, pem: Optional[str]) -> None:
    from nodecompat import http2
    buf = b"x" * CHUNK

    async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
        if headers[":path"] == "/download":
            stream.respond({":status": 200})
            for _ in range(mib * 1024 * 1024 // CHUNK):
                if not stream.write(buf):
                    await stream.drain()
            stream.end()
        else:  # count with on_data, as node's s.on('data') does (data taken as it arrives)
            n = [0]
            stream.on_data = lambda chunk: n.__setitem__(0, n[0] + len(chunk))
            rest = await stream.read()  # what arrived before on_data was set
            n[0] += len(rest)
            stream.respond({":status": 200})
            stream.end(str(n[0]))

    server = http2.create_secure_server(on_stream, certfile=pem) if pem else http2.create_server(on_stream)
    print(f"listening on {await server.listen(0)}", flush=True)
    await asyncio.Event().wait()


async def py_client(url: str, mib: int) -> None:
    from nodecompat import http2
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    sess = await http2.connect(url, verify=False)
    t = time.perf_counter()
    req = sess.request({":path": "/download"})
    n = [0]
    req.on_data = lambda chunk: n.__setitem__(0, n[0] + len(chunk))  # node: r.on('data')
    rest = await req.read()
    n[0] += len(rest)
    down = [n[0], time.perf_counter() - t]
    t = time.perf_counter()
    req = sess.request({":path": "/upload", ":method": "POST"}, end_stream=False)
    buf = b"y" * CHUNK
    for _ in range(mib * 1024 * 1024 // CHUNK):
        if not req.write(buf):
            await req.drain()
    req.end()
    up = [int(await req.read()), time.perf_counter() - t]
    ru = resource.getrusage(resource.RUSAGE_SELF)
    cpu = ru.ru_utime + ru.ru_stime - ru0.ru_utime - ru0.ru_stime
    print(json.dumps({"download": down, "upload": up, "client_cpu": cpu}), flush=True)
    sess.close()


def run_pair(server_cmd: list[str], client_cmd: list[str], mib: int) -> dict:
    srv = subprocess.Popen(server_cmd, stdout=subprocess.PIPE, text=True)
    try:
        port = int(srv.stdout.readline().split()[-1])  # type: ignore[union-attr]
        s0 = cpu_seconds(srv.pid)
        cli = subprocess.Popen([a.replace("PORT", str(port)) for a in client_cmd],
                               stdout=subprocess.PIPE, text=True)
        out, _ = cli.communicate(timeout=600)
        res = json.loads(out.strip().splitlines()[-1])
        size = mib * 1024 * 1024
        assert res["download"][0] == size and res["upload"][0] == size, res
        res["server_cpu"] = cpu_seconds(srv.pid) - s0
        return res
    finally:
        srv.kill()
        srv.wait()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tls", action="store_true")
    ap.add_argument("--mib", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--role", choices=["py-server", "py-client"])
    ap.add_argument("--url", default="")
    ap.add_argument("--pem", default="")
    a = ap.parse_args()
    if a.role == "py-server":
        return asyncio.run(py_server(a.mib, a.pem or None))
    if a.role == "py-client":
        return asyncio.run(py_client(a.url, a.mib))
    pem = ""
    if a.tls:
        import trustme
        pem = str(Path(tempfile.mkdtemp()) / "c.pem")
        trustme.CA().issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(pem)
    scheme = "https" if a.tls else "http"
    url = f"{scheme}://127.0.0.1:PORT"
    me = [sys.executable, __file__, "--mib", str(a.mib)]
    pairs = {
        "python": (me + ["--role", "py-server", "--pem", pem], me + ["--role", "py-client", "--url", url]),
        "node": (["node", "-e", NODE_SERVER, "--", str(a.mib)] + ([pem] if pem else []),
                 ["node", "-e", NODE_CLIENT, "--", url, str(a.mib)]),
    }
    best: dict[str, dict[str, float]] = {}
    for _ in range(a.rounds):
        for name, (srv, cli) in pairs.items():
            r = run_pair(srv, cli, a.mib)
            b = best.setdefault(name, {"download": 1e9, "upload": 1e9, "server_cpu": 1e9, "client_cpu": 1e9})
            b["client_cpu"] = min(b["client_cpu"], r["client_cpu"])
            b["download"] = min(b["download"], r["download"][1])
            b["upload"] = min(b["upload"], r["upload"][1])
            b["server_cpu"] = min(b["server_cpu"], r["server_cpu"])
    mb = a.mib * 1.048576
    for d in ("download", "upload"):
        py, nd = best["python"][d], best["node"][d]
        print(f"{scheme} {d} {a.mib} MiB: python {mb / py:.0f} MB/s, node {mb / nd:.0f} MB/s, "
              f"ratio {nd / py:.2f}")
    cpu = {k: best[k]["server_cpu"] + best[k]["client_cpu"] for k in best}
    print(f"{scheme} CPU of both processes (connect + both transfers): python {cpu['python']:.2f} s, "
          f"node {cpu['node']:.2f} s, ratio {cpu['node'] / cpu['python']:.2f}")
    print(f"{scheme} server CPU for both transfers: python {best['python']['server_cpu']:.2f} s, "
          f"node {best['node']['server_cpu']:.2f} s; client CPU: "
          f"python {best['python']['client_cpu']:.2f} s, node {best['node']['client_cpu']:.2f} s")


if __name__ == "__main__":
    main()
