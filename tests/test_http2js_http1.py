"""allowHTTP1 interop: a JS createSecureServer({allowHTTP1: true}) under nodecompat serves curl over
HTTP/1.1 (keep-alive, POST bodies) and over h2 on the same port. Real processes on 127.0.0.1 only."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "js" / "http2" / "fixtures"

SERVER = """
const http2 = require('http2');
const fs = require('fs');
const server = http2.createSecureServer({ key: fs.readFileSync(process.argv[2]),
                                          cert: fs.readFileSync(process.argv[3]), allowHTTP1: true });
server.on('request', (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.httpVersion} ${req.method} ${req.url} ${body.length}\\n`);
  });
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
setTimeout(() => server.close(), 20000).unref();
"""


@pytest.fixture
def port(tmp_path: Path):
    script = tmp_path / "server.js"
    script.write_text(SERVER)
    proc = subprocess.Popen([sys.executable, "-m", "nodecompat", str(script), str(FIX / "key.pem"),
                             str(FIX / "cert.pem")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    m = re.match(r"PORT (\d+)", proc.stdout.readline() or "")
    if not m:
        proc.kill()
        pytest.fail(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
    yield int(m.group(1))
    proc.kill()
    proc.wait()


def _curl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["curl", "-s", "--cacert", str(FIX / "ca.pem"),
                           "--resolve", f"localhost:{args[0]}:127.0.0.1", *args[1:]],
                          capture_output=True, text=True, timeout=20)


def test_curl_http11_keepalive_and_post(port: int) -> None:
    base = f"https://localhost:{port}"
    out = _curl(str(port), "--http1.1", "-v", f"{base}/a", f"{base}/b", "-d", "x" * 3000)
    assert out.stdout == "1.1 POST /a 3000\n1.1 POST /b 3000\n", out.stderr
    assert "ALPN: server accepted http/1.1" in out.stderr
    assert "Re-using existing connection" in out.stderr  # one keep-alive connection


def test_curl_h2_same_port(port: int) -> None:
    out = _curl(str(port), "--http2", "-i", f"https://localhost:{port}/h2")
    assert out.stdout.startswith("HTTP/2 200")
    assert out.stdout.endswith("2.0 GET /h2 0\n")
