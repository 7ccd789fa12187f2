"""allowHTTP1 backpressure with real slow peers (curl over TLS, HTTP/1.1), JS server under
nodecompat: an upload to a handler that does not read stays on the wire (request buffer about its
high-water mark, RSS bounded), and a large response to a rate-limited curl gets false from
res.write() and 'drain' after each. The same server runs under node first: same observations."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "js" / "http2" / "fixtures"
MiB = 1024 * 1024

SERVER = """
const http2 = require('http2');
const fs = require('fs');
const server = http2.createSecureServer({ key: fs.readFileSync(process.argv[2]),
                                          cert: fs.readFileSync(process.argv[3]), allowHTTP1: true });
const report = (o) => console.log(JSON.stringify(o));
server.on('request', (req, res) => {
  if (req.url === '/up') {  // a handler that does not read for 1.5 s, then reads everything
    const rss0 = process.memoryUsage().rss;
    let maxBuffered = 0;
    const sample = setInterval(() => { maxBuffered = Math.max(maxBuffered, req.readableLength); }, 50);
    setTimeout(() => {
      clearInterval(sample);
      const grew = process.memoryUsage().rss - rss0;
      let n = 0;
      req.on('data', (d) => { n += d.length; });
      req.on('end', () => {
        report({ up: n, maxBuffered, rssGrowth: grew });
        res.end(`got ${n}\\n`);
      });
    }, 1500);
    return;
  }
  const chunk = Buffer.alloc(65536, 122);
  const total = Number(req.url.slice(1));
  let sent = 0, falses = 0, drains = 0, maxQueued = 0;
  res.writeHead(200, { 'content-length': chunk.length * total });
  res.on('drain', () => { drains++; pump(); });
  const pump = () => {
    while (sent < total) {
      sent++;
      const ok = res.write(chunk);
      maxQueued = Math.max(maxQueued, res.writableLength);
      if (!ok) { falses++; return; }
    }
    res.end();
    report({ sent, falses, drains, maxQueued });
  };
  pump();
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
"""


def _server(runtime: list[str], tmp_path: Path) -> Iterator[tuple[int, subprocess.Popen]]:
    script = tmp_path / "server.js"
    script.write_text(SERVER)
    proc = subprocess.Popen([*runtime, str(script), str(FIX / "key.pem"), str(FIX / "cert.pem")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    m = re.match(r"PORT (\d+)", proc.stdout.readline() or "")
    if not m:
        proc.kill()
        pytest.fail(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
    try:
        yield int(m.group(1)), proc
    finally:
        proc.kill()
        proc.wait()


RUNTIMES = {"node": ["node"], "nodecompat": [sys.executable, "-m", "nodecompat"]}


@pytest.fixture(params=list(RUNTIMES))
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[int, subprocess.Popen]]:
    yield from _server(RUNTIMES[request.param], tmp_path)


def _curl(port: int, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["curl", "-sS", "--http1.1", "--cacert", str(FIX / "ca.pem"),
                           "--resolve", f"localhost:{port}:127.0.0.1", *args],
                          capture_output=True, timeout=60)


def _report(proc: subprocess.Popen) -> dict:
    assert proc.stdout is not None
    return json.loads(proc.stdout.readline())


def test_slow_curl_reader_gets_false_and_drain(server: tuple[int, subprocess.Popen]) -> None:
    port, proc = server
    total = 64  # 4 MiB at 4 MiB/s: about a second of a reader slower than the server
    out = _curl(port, "--limit-rate", "4M", "-o", "-", f"https://localhost:{port}/{total}")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout) == total * 65536 and set(out.stdout) == {ord("z")}
    r = _report(proc)
    assert r["sent"] == total
    assert r["falses"] > 0 and r["drains"] == r["falses"], r
    # what waits in the socket's buffer stays about one chunk + its high-water mark
    assert r["maxQueued"] < 1 * MiB, r


def test_upload_to_slow_handler_stays_bounded(server: tuple[int, subprocess.Popen],
                                              tmp_path: Path) -> None:
    port, proc = server
    body = tmp_path / "body.bin"
    body.write_bytes(b"u" * (64 * MiB))
    out = _curl(port, "--data-binary", f"@{body}", "-H", "content-type: application/octet-stream",
                f"https://localhost:{port}/up")
    assert out.returncode == 0, out.stderr
    assert out.stdout == b"got %d\n" % (64 * MiB)
    r = _report(proc)
    assert r["up"] == 64 * MiB
    assert r["maxBuffered"] < 1 * MiB, r  # not the upload: reading stopped at the high-water mark
    assert r["rssGrowth"] < 32 * MiB, r
