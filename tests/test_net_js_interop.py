"""Interop of the JS modules (`python -m nodecompat`) with real peers: node, curl, openssl s_client."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "js" / "net" / "fixtures"
NODECOMPAT = [sys.executable, "-m", "nodecompat"]

SERVER = r"""
const [mod] = process.argv.slice(2);
const fs = require('fs');
const F = (n) => fs.readFileSync(require('path').join(%r, n));
const lib = require(mod);
const opts = mod === 'tls' ? { key: F('server-key.pem'), cert: F('server-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'] } : {};
const s = lib.createServer(opts, (c) => {
  let buf = '';
  c.on('data', (d) => {
    buf += d;
    if (buf.startsWith('GET ') && buf.includes('\r\n\r\n')) {
      c.end('HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nhello\n');
    } else if (!buf.startsWith('G')) {
      c.end('echo:' + buf);
    }
  });
});
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
process.stdin.on('end', () => s.close()); process.stdin.resume();
""" % str(FIX)

CLIENT = r"""
const [mod, port] = process.argv.slice(2);
const lib = require(mod);
const opts = { port: +port, host: '127.0.0.1', servername: 'localhost', ALPNProtocols: ['h2'] };
if (mod === 'tls') opts.ca = require('fs').readFileSync(%r);
const c = lib.connect(opts, () => c.write('ping'));
let got = '';
c.on('data', (d) => { got += d; });
c.on('end', () => console.log(got, mod === 'tls' ? `${c.authorized} ${c.alpnProtocol}` : ''));
""" % str(FIX / "ca.pem")


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _start(runtime: list[str], script: Path, mod: str) -> tuple[subprocess.Popen, int]:
    p = subprocess.Popen(runtime + [str(script), mod], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=_env())
    line = p.stdout.readline().decode().strip()
    if not line.isdigit():
        p.kill()
        raise AssertionError(f"server did not start: {line!r} {p.stderr.read().decode()[-2000:]}")
    return p, int(line)


def _stop(p: subprocess.Popen) -> None:
    p.stdin.close()
    try:
        p.wait(15)
    finally:
        if p.poll() is None:
            p.kill()


@pytest.mark.parametrize("server_rt,client_rt", [("nodecompat", "node"), ("node", "nodecompat")])
@pytest.mark.parametrize("mod", ["net", "tls"])
def test_node_interop(tmp_path: Path, server_rt: str, client_rt: str, mod: str) -> None:
    rts = {"node": ["node"], "nodecompat": NODECOMPAT}
    (tmp_path / "server.js").write_text(SERVER)
    (tmp_path / "client.js").write_text(CLIENT)
    p, port = _start(rts[server_rt], tmp_path / "server.js", mod)
    try:
        out = subprocess.run(rts[client_rt] + [str(tmp_path / "client.js"), mod, str(port)],
                             capture_output=True, timeout=30, env=_env())
        assert out.returncode == 0, out.stderr.decode()[-2000:]
        expected = "echo:ping true h2" if mod == "tls" else "echo:ping"
        assert out.stdout.decode().strip() == expected
    finally:
        _stop(p)


def test_curl_and_openssl_against_js_tls_server(tmp_path: Path) -> None:
    (tmp_path / "server.js").write_text(SERVER)
    p, port = _start(NODECOMPAT, tmp_path / "server.js", "tls")
    try:
        out = subprocess.run(["curl", "-sS", "--http1.1", "--cacert", str(FIX / "ca.pem"),
                              f"https://localhost:{port}/"], capture_output=True, timeout=30)
        assert out.returncode == 0 and out.stdout == b"hello\n", out.stderr
        s = subprocess.run(["openssl", "s_client", "-alpn", "h2", "-CAfile", str(FIX / "ca.pem"),
                            "-servername", "localhost", "-connect", f"127.0.0.1:{port}"],
                           input=b"ping", capture_output=True, timeout=30)
        text = s.stdout.decode(errors="replace")
        assert "ALPN protocol: h2" in text and "Verify return code: 0 (ok)" in text, text[-2000:]
    finally:
        _stop(p)
