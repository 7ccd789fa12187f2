"""Python-API client against node's http2 server and nghttpd; plus Python<->Python features."""
from __future__ import annotations

import asyncio
import sys
from typing import Iterator

import pytest

from conftest import BIG, http2
from helpers import PEERS, free_port, start_listening, wait_port
import subprocess


@pytest.fixture(scope="module")
def node_server() -> Iterator[int]:
    p, port = start_listening(["node", str(PEERS / "server.js")])
    yield port
    p.kill()
    p.wait()


@pytest.fixture(scope="module")
def nghttpd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    d = tmp_path_factory.mktemp("www")
    (d / "index.html").write_bytes(b"nghttpd says hi")
    (d / "big.bin").write_bytes(BIG)
    port = free_port()
    p = subprocess.Popen(["nghttpd", "--no-tls", "-d", str(d), str(port)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port)
    yield port
    p.kill()
    p.wait()


def test_client_against_node(node_server: int) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{node_server}")
        r = s.request({":path": "/"})
        assert (await r.response())[":status"] == "200"
        assert await r.read() == b"hello"
        big = b"z" * (4 * 1024 * 1024)
        r = s.request({":path": "/echo", ":method": "POST"}, body=big)
        await r.response()
        assert await r.read() == big
        r = s.request({":path": "/trailers"})
        assert await r.read() == b"body" and r.trailers == {"x-t": "yes"}
        pushed: list = []

        async def on_push(ps: http2.Http2Stream, headers: dict) -> None:
            pushed.append((headers[":path"], await ps.read()))
        r = s.request({":path": "/push"})
        r.on_push = on_push
        assert await r.read() == b"main"
        rtt = await s.ping(b"12345678")
        assert rtt >= 0
        local = await s.settings({"initialWindowSize": 1 << 20})
        assert local["initialWindowSize"] == 1 << 20 and not s.pending_settings_ack
        await asyncio.sleep(0.05)
        assert pushed == [("/p.css", b"pushed")]
        goaways: list = []
        s.on_goaway = lambda code, last, opaque: goaways.append((code, last))
        r = s.request({":path": "/goaway"})
        assert await r.read() == b"bye"
        await asyncio.sleep(0.1)
        assert goaways and goaways[0][0] == 0
        s.close()
        await asyncio.wait_for(s.closed, 5)
    asyncio.run(main())


def test_client_against_nghttpd(nghttpd: int) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{nghttpd}")
        rs = [s.request({":path": "/index.html"}) for _ in range(50)]
        bodies = await asyncio.gather(*(r.read() for r in rs))
        assert set(bodies) == {b"nghttpd says hi"}
        r = s.request({":path": "/big.bin"})
        assert await r.read() == BIG
        s.close()
        await asyncio.wait_for(s.closed, 5)
    asyncio.run(main())


def test_python_pair_connect_altsvc_origin_settings(certs: dict) -> None:
    async def main() -> None:
        async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
            if headers[":method"] == "CONNECT":
                stream.respond({":status": 200})
                async for chunk in stream:
                    stream.write(chunk)
                stream.end()
                return
            stream.respond({":status": 200})
            stream.end(b"ok")

        def on_session(sess: http2.Http2Session) -> None:
            sess.altsvc('h2=":8000"', "https://localhost")
            sess.origin("https://localhost", "https://example.org")
        server = http2.create_secure_server(on_stream, certfile=certs["server"], on_session=on_session,
                                            settings={"enableConnectProtocol": True})
        port = await server.listen()
        got: dict = {}
        s = await http2.connect(f"https://localhost:{port}", ca=certs["ca"],
                                on_session=lambda x: (setattr(x, "on_altsvc", lambda *a: got.setdefault("alt", a)),
                                                      setattr(x, "on_origin", lambda o: got.setdefault("origin", o))))
        r = s.request({":method": "CONNECT", ":authority": "localhost:9"}, end_stream=False)
        assert (await r.response())[":status"] == "200"
        r.write(b"tunnel")
        r.end()
        assert await r.read() == b"tunnel"
        assert s.remote_settings["enableConnectProtocol"] is True
        r = s.request({":method": "CONNECT", ":protocol": "websocket", ":path": "/ws"}, end_stream=False)
        assert (await r.response())[":status"] == "200"
        r.end(b"ws")
        assert await r.read() == b"ws"
        await asyncio.sleep(0.05)
        assert got["alt"][:2] == ('h2=":8000"', "https://localhost")
        assert got["origin"] == ["https://localhost", "https://example.org"]
        server.update_settings({"maxConcurrentStreams": 7})
        await asyncio.sleep(0.1)
        assert s.remote_settings["maxConcurrentStreams"] == 7
        st = s.state
        assert st["remoteWindowSize"] > 0 and "inflateDynamicTableSize" in st
        s.close()
        await asyncio.wait_for(s.closed, 5)
        await server.close()
    asyncio.run(main())


def test_flow_control_tied_to_consumption() -> None:
    """WINDOW_UPDATE only as the app consumes: an unread stream stalls at the initial window."""
    async def main() -> None:
        sent = {"n": 0}

        async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
            stream.respond({":status": 200})
            for _ in range(64):
                stream.write(b"y" * 16384)
            stream.end()
        server = http2.create_server(on_stream)
        port = await server.listen()
        s = await http2.connect(f"http://127.0.0.1:{port}")
        r = s.request({":path": "/"})
        await r.response()
        await asyncio.sleep(0.3)
        buffered = sum(len(c) for c, _ in r._chunks)
        assert buffered == 65535  # the peer's initial stream window, nothing more
        body = await r.read()
        assert len(body) == 64 * 16384
        s.close()
        await server.close()
        sent["n"] = len(body)
    asyncio.run(main())
