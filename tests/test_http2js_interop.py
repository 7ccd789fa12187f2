"""Interop: a JS http2 server under nodecompat serves curl, nghttp and a node client; a JS client
under nodecompat talks to a node server and to nghttpd. Real processes on 127.0.0.1 only."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODECOMPAT = [sys.executable, "-m", "nodecompat"]

SERVER = """
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain', 'x-path': headers[':path'] });
  stream.end('hello ' + headers[':method']);
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
setTimeout(() => server.close(), 20000).unref();
"""

CLIENT = """
const http2 = require('http2');
const c = http2.connect(process.argv[2]);
c.on('error', (e) => { console.log('error', e.code); process.exitCode = 1; });
let left = 50;
for (let i = 0; i < 50; i++) {
  const r = c.request({ ':path': '/index.html' });
  let body = '';
  r.setEncoding('utf8');
  r.on('response', (h) => { if (i === 0) console.log('status', h[':status']); });
  r.on('data', (d) => { body += d; });
  r.on('end', () => {
    if (i === 0) console.log('body', JSON.stringify(body));
    if (--left === 0) { console.log('done'); c.close(); }
  });
}
"""

NODE_SERVER = """
const http2 = require('http2');
const s = http2.createServer((req, res) => res.end('file body\\n'));
s.listen(0, '127.0.0.1', () => console.log('PORT ' + s.address().port));
setTimeout(() => s.close(), 20000).unref();
"""


def _start(cmd: list[str], tmp_path: Path, src: str, name: str) -> tuple[subprocess.Popen, int]:
    script = tmp_path / name
    script.write_text(src)
    proc = subprocess.Popen(cmd + [str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    m = re.match(r"PORT (\d+)", line or "")
    if not m:
        proc.kill()
        pytest.fail(f"server did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return proc, int(m.group(1))


@pytest.fixture
def js_server(tmp_path: Path):
    proc, port = _start(NODECOMPAT, tmp_path, SERVER, "server.js")
    yield port
    proc.kill()
    proc.wait()


def test_curl_against_js_server(js_server: int) -> None:
    out = subprocess.run(["curl", "-s", "-i", "--http2-prior-knowledge", f"http://127.0.0.1:{js_server}/c"],
                         capture_output=True, text=True, timeout=20).stdout
    assert out.startswith("HTTP/2 200")
    assert "x-path: /c" in out and out.endswith("hello GET")


def test_nghttp_against_js_server(js_server: int) -> None:
    p = subprocess.run(["nghttp", "-n", "-s", "-m", "20", f"http://127.0.0.1:{js_server}/n"],
                       capture_output=True, text=True, timeout=20)
    assert p.returncode == 0, p.stderr
    # nghttp exits 0 even when nothing was served: count the stats rows "... 200  9 /n" (status,
    # body size, path); a bare count of "200" would also match timings such as "+200us"
    rows = re.findall(r"^\s*\d+\s.*\s200\s+9 /n$", p.stdout, re.M)
    assert len(rows) == 20, p.stdout + p.stderr


def test_node_client_against_js_server(js_server: int, tmp_path: Path) -> None:
    script = tmp_path / "client.js"
    script.write_text(CLIENT)
    p = subprocess.run(["node", str(script), f"http://127.0.0.1:{js_server}"],
                       capture_output=True, text=True, timeout=20)
    assert p.stdout.splitlines() == ["status 200", 'body "hello GET"', "done"], p.stderr


def test_js_client_against_node_server(tmp_path: Path) -> None:
    proc, port = _start(["node"], tmp_path, NODE_SERVER, "nodeserver.js")
    try:
        script = tmp_path / "client.js"
        script.write_text(CLIENT)
        p = subprocess.run(NODECOMPAT + [str(script), f"http://127.0.0.1:{port}"],
                           capture_output=True, text=True, timeout=30)
        assert p.stdout.splitlines() == ["status 200", 'body "file body\\n"', "done"], p.stderr
        assert p.returncode == 0
    finally:
        proc.kill()
        proc.wait()


def test_js_client_against_nghttpd(tmp_path: Path) -> None:
    www = tmp_path / "www"
    www.mkdir()
    (www / "index.html").write_text("file body\n")
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(["nghttpd", "--no-tls", "-a", "127.0.0.1", "-d", str(www), str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        script = tmp_path / "client.js"
        script.write_text(CLIENT)
        p = subprocess.run(NODECOMPAT + [str(script), f"http://127.0.0.1:{port}"],
                           capture_output=True, text=True, timeout=30)
        assert p.stdout.splitlines() == ["status 200", 'body "file body\\n"', "done"], p.stderr
    finally:
        proc.kill()
        proc.wait()
