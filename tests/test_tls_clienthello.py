"""The ClientHello parser (nodecompat/tls/clienthello.py) on real ClientHellos captured from
openssl s_client, node and curl, re-fragmented over records and reads; garbage; and on the wire:
a JS server with an asynchronous SNICallback (node and nodecompat alike) fed a ClientHello split
over several TLS records and small TCP writes, and fed garbage."""
from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nodecompat.tls.clienthello import ENDED, ClientHello, ClientHelloParser

ROOT = Path(__file__).resolve().parent.parent
HELLOS = Path(__file__).parent / "net" / "clienthellos"
FIX = ROOT / "tests" / "js" / "net" / "fixtures"

# name -> (servername, session id length, has ticket): captured with `openssl s_client` (the
# ticket one resumes a TLS 1.2 session saved with -sess_out), `node`, `curl`
CAPTURED = {
    "openssl_s_client": ("sni.example.test", 32, False),
    "openssl_tls12_noticket": ("sni.example.test", 0, False),
    "openssl_tls12_ticket": ("sni.example.test", 32, True),
    "curl": ("sni.example.test", 32, False),
    "node": ("sni.example.test", 32, False),
    "node_nosni": (None, 32, False),
}


def records(data: bytes) -> list[tuple[int, bytes]]:
    out, i = [], 0
    while i + 5 <= len(data):
        n = int.from_bytes(data[i + 3:i + 5], "big")
        out.append((data[i], data[i + 5:i + 5 + n]))
        i += 5 + n
    return out


def refragment(data: bytes, size: int) -> bytes:
    """The same handshake bytes in records of at most `size` bytes (OpenSSL accepts this)."""
    ctype, body = records(data)[0]
    version = data[1:3]
    return b"".join(bytes([ctype]) + version + len(body[i:i + size]).to_bytes(2, "big") + body[i:i + size]
                    for i in range(0, len(body), size))


@pytest.mark.parametrize("name", sorted(CAPTURED))
def test_captured_hellos(name: str) -> None:
    data = (HELLOS / f"{name}.bin").read_bytes()
    servername, sid_len, ticket = CAPTURED[name]
    hello = ClientHelloParser().feed(data)
    assert isinstance(hello, ClientHello)
    assert hello.servername == servername and len(hello.session_id) == sid_len
    assert hello.has_ticket is ticket
    # byte by byte: nothing until the last byte of the hello
    p = ClientHelloParser()
    first = records(data)[0]
    end = 5 + len(first[1])
    for i in range(end - 1):
        assert p.feed(data[i:i + 1]) is None
    assert p.feed(data[end - 1:end]) == hello
    # split over many records, then over odd-sized reads
    for size in (1, 7, 100):
        frag = refragment(data, size)
        p = ClientHelloParser()
        results = [p.feed(frag[i:i + 13]) for i in range(0, len(frag), 13)]
        assert results[-1] == hello and all(r is None for r in results[:-1])


@pytest.mark.parametrize("garbage", [
    b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",           # plain HTTP on a TLS port
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",             # h2c preface
    b"\x17\x03\x03\x00\x05hello",                    # application data first
    b"\x16\x03\x01\x48\x00" + b"\x00" * 10,          # record longer than TLS allows
    b"\x16\x03\x01\x00\x04\x02\x00\x00\x00",         # a ServerHello, not a ClientHello
    b"\x16\x03\x01\x00\x06\x01\x00\x00\x02\x02\x00",  # client_version 2.0
    b"\x16\x03\x01\x00\x27\x01\x00\x00\x23\x03\x03" + b"\x00" * 32 + b"\x21",  # sid length 33
])
def test_garbage_ends(garbage: bytes) -> None:
    assert ClientHelloParser().feed(garbage) is ENDED


def test_incomplete_waits_and_answer_is_final() -> None:
    data = (HELLOS / "node.bin").read_bytes()
    p = ClientHelloParser()
    assert p.feed(data[:4]) is None
    assert p.feed(data[4:60]) is None
    hello = p.feed(data[60:])
    assert isinstance(hello, ClientHello)
    assert p.feed(b"more bytes") is hello


# ---- on the wire: node and nodecompat behave alike -------------------------------------------
SERVER = r"""
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(%r, n));
const sniCtx = tls.createSecureContext({ key: F('sni-key.pem'), cert: F('sni-cert.pem') });
const s = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'),
  SNICallback: (name, cb) => { console.log('sni', name); setTimeout(() => cb(null, sniCtx), 30); },
}, (c) => { console.log('secure', c.servername); c.end('hi'); });
s.on('tlsClientError', (e) => console.log('tlsClientError', e.code));
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
process.stdin.on('end', () => s.close()); process.stdin.resume();
""" % str(FIX)


def _server(runtime: str, tmp_path: Path) -> tuple[subprocess.Popen, int]:
    script = tmp_path / "server.js"
    script.write_text(SERVER)
    cmd = ["node"] if runtime == "node" else [sys.executable, "-m", "nodecompat"]
    p = subprocess.Popen(cmd + [str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    line = p.stdout.readline().decode().strip()
    assert line.isdigit(), p.stderr.read().decode()[-2000:]
    return p, int(line)


def _fragmented_handshake(port: int) -> str:
    """TLS client on a MemoryBIO: its ClientHello goes out as 40-byte records in 7-byte writes."""
    ctx = ssl.create_default_context(cafile=str(FIX / "ca.pem"))
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(inc, out, server_hostname="sni.example.test")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            obj.do_handshake()
        except ssl.SSLWantReadError:
            pass
        hello = refragment(out.read(), 40)
        for i in range(0, len(hello), 7):
            sock.sendall(hello[i:i + 7])
            time.sleep(0.002)
        while True:
            try:
                obj.do_handshake()
                break
            except ssl.SSLWantReadError:
                sock.sendall(out.read())
                data = sock.recv(65536)
                if not data:
                    raise ConnectionError("server closed during the handshake")
                inc.write(data)
        sock.sendall(out.read())
        cert = obj.getpeercert()
        return dict(x[0] for x in cert["subject"])["commonName"]


def _stop(p: subprocess.Popen) -> str:
    try:
        out, _ = p.communicate(b"", timeout=15)
    finally:
        if p.poll() is None:
            p.kill()
    return out.decode()


@pytest.mark.parametrize("runtime", ["node", "nodecompat"])
def test_async_sni_with_fragmented_hello_and_garbage(runtime: str, tmp_path: Path) -> None:
    p, port = _server(runtime, tmp_path)
    try:
        assert _fragmented_handshake(port) == "sni.example.test"
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n\r\n")
            sock.settimeout(10)
            while sock.recv(4096):    # the server answers with an alert and closes
                pass
        time.sleep(0.2)
    finally:
        out = _stop(p)
    assert out.splitlines() == ["sni sni.example.test", "secure sni.example.test",
                                    "tlsClientError ERR_SSL_HTTP_REQUEST"], out
