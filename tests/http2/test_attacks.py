"""Attacks against examples/python/hello_server.py: bounded, self-stopping; a legitimate client
is served during each and server memory stays bounded."""
from __future__ import annotations

import socket
import struct
import sys
import time
from typing import Iterator

import pytest
from hpack import Encoder
from hyperframe.frame import (ContinuationFrame, DataFrame, GoAwayFrame, HeadersFrame, PingFrame,
                              RstStreamFrame, SettingsFrame)

from conftest import ROOT
from helpers import run, start_listening
from rawpeer import PREFACE, RawPeer, req

ENHANCE_YOUR_CALM = 11
INTERNAL_ERROR = 2


@pytest.fixture(scope="module")
def hello() -> Iterator[tuple]:
    p, port = start_listening([sys.executable, str(ROOT / "examples/python/hello_server.py")])
    yield p, port
    p.kill()
    p.wait()


def rss_kb(pid: int) -> int:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


def legit_ok(port: int) -> None:
    r = run(["curl", "-s", "--max-time", "10", "--http2-prior-knowledge", f"http://127.0.0.1:{port}/"])
    assert r.stdout == b"hello"


def flood_until_goaway(p: RawPeer, payload: bytes, seconds: float = 5.0) -> list:
    """Send `payload` repeatedly without reading until the server answers GOAWAY or closes."""
    p.sock.setblocking(False)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            p.sock.send(payload)
        except BlockingIOError:
            time.sleep(0.01)  # the server stopped reading: it pauses while its writes are stuck
        except OSError:
            break
    p.sock.setblocking(True)
    return p.read_frames(3.0, until=lambda f: isinstance(f, GoAwayFrame))


def test_ping_flood(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    frames = flood_until_goaway(p, PingFrame(0, opaque_data=b"12345678").serialize() * 500)
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code == ENHANCE_YOUR_CALM]
    legit_ok(port)
    assert rss_kb(proc.pid) < 200_000


def test_settings_flood(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    frames = flood_until_goaway(p, SettingsFrame(0, settings={4: 65535}).serialize() * 500)
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code == ENHANCE_YOUR_CALM]
    legit_ok(port)


def test_rapid_reset(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    chunks = []
    for i in range(1, 2 * 1500, 2):
        chunks.append(p.headers(i, req(), end=False).serialize() + RstStreamFrame(i, error_code=8).serialize())
    p.send_raw(b"".join(chunks))
    frames = p.read_frames(5.0, until=lambda f: isinstance(f, GoAwayFrame))
    # as nghttp2/node: GOAWAY INTERNAL_ERROR (docs/engine-requests.md F2, F4)
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code == INTERNAL_ERROR]
    legit_ok(port)


def test_empty_data_frame_flood(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    p.send(p.headers(1, req("/", "POST"), end=False))
    p.send_raw(DataFrame(1, data=b"").serialize() * 1100)
    frames = p.read_frames(5.0, until=lambda f: isinstance(f, GoAwayFrame))
    # as nghttp2/node: GOAWAY INTERNAL_ERROR (docs/engine-requests.md F2, F4)
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code == INTERNAL_ERROR]
    legit_ok(port)


def test_continuation_flood(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    h = HeadersFrame(1, data=Encoder().encode(req()))
    cont = ContinuationFrame(1, data=Encoder().encode([("x-a", "b" * 100)])).serialize()
    p.send_raw(h.serialize() + cont * 200)
    frames = p.read_frames(5.0, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code != 0]
    legit_ok(port)


def test_hpack_bomb(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    enc = Encoder()
    first = enc.encode(req() + [("x-bomb", "a" * 4000)])
    p.send(p.headers(1, [], raw_block=first))
    # each later block references the 4000-byte table entry 1000 times: 4 MB decoded from 1 KB
    idx = first[:0]
    block = enc.encode(req()) + bytes([0x80 | 62]) * 1000
    p.send(p.headers(3, [], raw_block=block))
    frames = p.read_frames(5.0, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame)) and f.error_code != 0]
    legit_ok(port)
    assert rss_kb(proc.pid) < 200_000
    _ = idx


def test_streams_beyond_limit_and_rejected_streams(hello: tuple) -> None:
    proc, port = hello
    p = RawPeer(port)
    # open 6000 streams that never end: memory accounting refuses the rest, then GOAWAY
    data = b"".join(p.headers(i, req("/", "POST"), end=False).serialize() for i in range(1, 12000, 2))
    p.send_raw(data)
    frames = p.read_frames(8.0, until=lambda f: isinstance(f, GoAwayFrame))
    refused = [f for f in frames if isinstance(f, RstStreamFrame) and f.error_code in (7, 11)]
    assert refused and [f for f in frames if isinstance(f, GoAwayFrame)]
    legit_ok(port)
    assert rss_kb(proc.pid) < 300_000


def test_slow_reader_large_response(tmp_path) -> None:
    """A client that never reads a big response: server memory stays bounded (write watermarks)."""
    script = tmp_path / "big_server.py"
    script.write_text(f"""
import asyncio, sys
sys.path.insert(0, {str(ROOT)!r})
from nodecompat import http2
CHUNK = b"x" * 65536
async def on_stream(stream, headers):
    if headers[":path"] == "/":
        stream.respond({{":status": 200}})
        stream.end(b"hello")
        return
    stream.respond({{":status": 200}})
    for _ in range(2000):  # 128 MiB if nobody applied backpressure
        if not stream.write(CHUNK):
            await stream.drain()
        if stream.closed.done():
            return
    stream.end()
async def main():
    s = http2.create_server(on_stream)
    print("listening on", await s.listen(), flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
""")
    proc, port = start_listening([sys.executable, str(script)])
    try:
        base = rss_kb(proc.pid)
        peers = []
        for _ in range(5):
            p = RawPeer(port)
            p.send_raw(SettingsFrame(0, settings={4: 2**31 - 1}).serialize())
            p.send_raw(struct.pack(">BHBBLL", 0, 4, 8, 0, 0, 2**31 - 1 - 65535))
            p.send(p.headers(1, req("/big")))
            peers.append(p)
        time.sleep(2.0)
        legit_ok(port)
        assert rss_kb(proc.pid) - base < 60_000
    finally:
        proc.kill()
        proc.wait()


def test_idle_connections(hello: tuple) -> None:
    proc, port = hello
    base = rss_kb(proc.pid)
    socks = []
    try:
        for _ in range(2000):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(PREFACE + SettingsFrame(0).serialize())
            socks.append(s)
        legit_ok(port)
        grown = rss_kb(proc.pid) - base
        assert grown < 150_000, grown  # ~< 75 KB per idle connection
    finally:
        for s in socks:
            s.close()
    legit_ok(port)
