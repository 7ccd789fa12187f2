"""Interop of nodecompat.net/tls (Python API) with real peers: node, openssl s_client, curl."""
from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import pytest

from net.recorder import Recorder
from nodecompat.net import Connection, Server, connect
from nodecompat.tls import SecureContextOptions, begin_tls, create_context, start_tls

FIX = Path(__file__).parent / "js" / "net" / "fixtures"


def pem(name: str) -> bytes:
    return (FIX / f"{name}.pem").read_bytes()


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 60))


def http_responder(tls_ctx=None, alpn_seen: list | None = None) -> Server:
    """A minimal HTTP/1.1 server on nodecompat.net: answers one request and closes."""
    def on_conn(conn: Connection) -> None:
        class Sink(Recorder):
            def on_data(self, data: bytes) -> None:
                super().on_data(data)
                if b"\r\n\r\n" in self.data:
                    body = b"hello from nodecompat\n"
                    conn.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
                               % (len(body), body))
                    conn.end()
        conn.sink = Sink()
        if tls_ctx is not None:
            async def hs() -> None:
                try:
                    info = await task
                    if alpn_seen is not None:
                        alpn_seen.append(info.alpn_protocol)
                except Exception:  # noqa: BLE001 - a client that hangs up mid-handshake
                    conn.destroy()
            task = begin_tls(conn, tls_ctx, server_side=True)
            asyncio.get_running_loop().create_task(hs())
    return Server(on_conn)


async def _proc(*cmd: str, stdin: bytes = b"") -> tuple[int, str]:
    p = await asyncio.create_subprocess_exec(*cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=subprocess.STDOUT)
    out, _ = await asyncio.wait_for(p.communicate(stdin), 30)
    return p.returncode or 0, out.decode(errors="replace")


def test_curl_against_tls_server() -> None:
    async def main() -> None:
        ctx = create_context(SecureContextOptions(key=pem("server-key"), cert=pem("server-cert"),
                                                  alpn_protocols=["http/1.1"]), server=True)
        srv = http_responder(ctx)
        srv.listen("127.0.0.1", 0)
        rc, out = await _proc("curl", "-sS", "--cacert", str(FIX / "ca.pem"),
                              f"https://localhost:{srv.address()['port']}/")
        assert rc == 0 and out == "hello from nodecompat\n", out
        srv.close()
    run(main())


def test_openssl_s_client_alpn_h2() -> None:
    async def main() -> None:
        ctx = create_context(SecureContextOptions(key=pem("server-key"), cert=pem("server-cert"),
                                                  alpn_protocols=["h2", "http/1.1"]), server=True)
        seen: list = []
        srv = http_responder(ctx, seen)
        srv.listen("127.0.0.1", 0)
        rc, out = await _proc("openssl", "s_client", "-alpn", "h2", "-CAfile", str(FIX / "ca.pem"),
                              "-servername", "localhost", "-connect", f"127.0.0.1:{srv.address()['port']}",
                              stdin=b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert "ALPN protocol: h2" in out and "Verify return code: 0 (ok)" in out, out
        assert seen == ["h2"]
        srv.close()
    run(main())


NODE_CLIENT = r"""
const [mod, port, ca] = process.argv.slice(2);
const lib = require(mod);
const opts = { port: +port, host: 'localhost' };
if (ca) opts.ca = require('fs').readFileSync(ca);
const c = lib.connect(opts, () => c.end('ping from node'));
let got = '';
c.on('data', (d) => { got += d; });
c.on('end', () => { console.log(got, mod === 'tls' ? c.authorized + ' ' + c.alpnProtocol : ''); });
"""


@pytest.mark.parametrize("tls", [False, True])
def test_node_client_to_nodecompat_server(tls: bool, tmp_path: Path) -> None:
    async def main() -> None:
        ctx = create_context(SecureContextOptions(key=pem("server-key"), cert=pem("server-cert")),
                             server=True) if tls else None

        def on_conn(conn: Connection) -> None:
            class Echo(Recorder):
                def on_data(self, data: bytes) -> None:
                    conn.write(b"echo:" + data)

                def on_end(self) -> None:
                    conn.end()
            conn.sink = Echo()
            if ctx is not None:
                begin_tls(conn, ctx, server_side=True)
        srv = Server(on_conn)
        srv.listen(None, 0)       # `::` dual stack: node's `localhost` may pick either family
        script = tmp_path / "client.js"
        script.write_text(NODE_CLIENT)
        args = ["node", str(script), "tls" if tls else "net", str(srv.address()["port"])]
        if tls:
            args.append(str(FIX / "ca.pem"))
        rc, out = await _proc(*args)
        assert rc == 0, out
        assert out.strip() == ("echo:ping from node true false" if tls else "echo:ping from node")
        srv.close()
    run(main())


NODE_SERVER = r"""
const [mod, key, cert] = process.argv.slice(2);
const lib = require(mod);
const fs = require('fs');
const opts = mod === 'tls' ? { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ALPNProtocols: ['h2'] } : {};
const s = lib.createServer(opts, (c) => { c.on('data', (d) => c.end('node says ' + d)); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
process.stdin.on('end', () => process.exit(0)); process.stdin.resume();
"""


@pytest.mark.parametrize("tls", [False, True])
def test_nodecompat_client_to_node_server(tls: bool, tmp_path: Path) -> None:
    async def main() -> None:
        script = tmp_path / "server.js"
        script.write_text(NODE_SERVER)
        p = await asyncio.create_subprocess_exec(
            "node", str(script), "tls" if tls else "net", str(FIX / "server-key.pem"),
            str(FIX / "server-cert.pem"), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            port = int((await asyncio.wait_for(p.stdout.readline(), 20)).decode())
            rec = Recorder()
            conn = await connect(Connection(rec), "127.0.0.1", port)
            if tls:
                info = await start_tls(conn, create_context(
                    SecureContextOptions(ca=pem("ca"), alpn_protocols=["h2"]), server=False),
                    server_side=False, server_hostname="localhost")
                assert info.alpn_protocol == "h2" and info.verify_error is None
            conn.write(b"hi")
            await asyncio.wait_for(rec.ended.wait(), 10)
            conn.end()
            await asyncio.wait_for(rec.closed.wait(), 10)
            assert rec.data == b"node says hi"
        finally:
            p.stdin.close()
            await asyncio.wait_for(p.wait(), 10)
    run(main())
