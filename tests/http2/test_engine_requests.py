"""Engine fixes asked for by the JS layer (docs/engine-requests.md items 2, 5, 7, 8, 9):
wire tests with a hand-driven peer and interop tests against node."""
from __future__ import annotations

import asyncio
import json
from typing import Iterator

import pytest
from hyperframe.frame import DataFrame, Frame, HeadersFrame, SettingsFrame

from conftest import LoopThread, http2
from helpers import PEERS, run, start_listening
from rawpeer import RawPeer, req

CUSTOM_ID = 0x1234


async def app(stream: http2.Http2Stream, headers: dict) -> None:
    path = headers.get(":path")
    await stream.read()
    if path == "/cookies":  # each received cookie field, and the joined object view
        cookies = [v.decode() for n, v in stream.raw_headers if n == b"cookie"]
        stream.respond({":status": 200, "x-joined": headers.get("cookie", "")})
        stream.end(json.dumps(cookies).encode())
    elif path == "/empty-trailers":
        stream.on_want_trailers = lambda: stream.send_trailers({})
        stream.respond({":status": 200}, wait_for_trailers=True)
        stream.end(b"body")
    else:
        stream.respond({":status": 200})
        stream.end(b"ok")


@pytest.fixture(scope="module")
def srv(lt: LoopThread) -> Iterator[dict]:
    sessions: list = []

    async def on_session(sess: http2.Http2Session) -> None:
        sessions.append(sess)

    async def start() -> dict:
        server = http2.create_server(app, on_session=on_session,
                                     settings={"customSettings": {CUSTOM_ID: 7}})
        return {"server": server, "port": await server.listen(), "sessions": sessions}
    s = lt.run(start())
    yield s
    lt.run(s["server"].close(graceful=False))


@pytest.fixture(scope="module")
def node_server() -> Iterator[int]:
    p, port = start_listening(["node", str(PEERS / "engine_server.js")])
    yield port
    p.kill()
    p.wait()


def on_stream(frames: list[Frame], sid: int) -> list[Frame]:
    return [f for f in frames if f.stream_id == sid]


# ---------------------------------------------------------------- 9: 1xx responses (client side)
def test_1xx_from_node_keeps_client_session(node_server: int) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{node_server}")
        r = s.request({":path": "/info"})
        assert (await r.response())[":status"] == "200"
        assert await r.read() == b"after info"
        assert [h[":status"] for h in r.info_headers] == ["100", "103"]
        assert r.info_headers[1]["link"] == "</a.css>; rel=preload"
        r = s.request({":path": "/info"})  # the session survived the 1xx
        assert await r.read() == b"after info"
        assert s.error is None
        s.close()
    asyncio.run(asyncio.wait_for(main(), 20))


def test_1xx_python_to_python(servers: dict) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{servers['plain_port']}")
        r = s.request({":path": "/continue"})
        assert await r.read() == b"after info"
        assert r.info_headers and r.info_headers[0][":status"] == "103"
        assert await s.request({":path": "/"}).read() == b"hello"
        s.close()
    asyncio.run(asyncio.wait_for(main(), 20))


# ---------------------------------------------------------------- 8: cookie fields kept apart
def test_cookie_fields_kept_apart_wire(srv: dict) -> None:
    p = RawPeer(srv["port"])
    p.send(p.headers(1, req("/cookies") + [("cookie", "a=1"), ("x-other", "y"), ("cookie", "b=2")]))
    frames = on_stream(p.read_frames(until=lambda f: "END_STREAM" in f.flags), 1)
    body = b"".join(f.data for f in frames if isinstance(f, DataFrame))
    assert json.loads(body) == ["a=1", "b=2"]
    p.close()


def test_cookie_fields_from_node_client(srv: dict) -> None:
    r = run(["node", str(PEERS / "engine_client.js"), str(srv["port"])])
    assert r.returncode == 0, r.stderr
    first = json.loads(r.stdout.decode().splitlines()[0])
    assert json.loads(first["body"]) == ["a=1", "b=2", "c=3"]
    assert first["joined"] == "a=1; b=2; c=3"  # Node's headers object joins cookies with '; '


# ---------------------------------------------------------------- 7: empty trailers
def test_empty_trailers_end_with_empty_data_wire(srv: dict) -> None:
    p = RawPeer(srv["port"])
    p.send(p.headers(1, req("/empty-trailers")))
    frames = on_stream(p.read_frames(until=lambda f: "END_STREAM" in f.flags), 1)
    kinds = [(type(f).__name__, bytes(getattr(f, "data", b"")), "END_STREAM" in f.flags)
             for f in frames]
    assert kinds[0][0] == "HeadersFrame" and not kinds[0][2]
    assert b"".join(d for k, d, _ in kinds if k == "DataFrame") == b"body"
    assert kinds[-1] == ("DataFrame", b"", True)  # Node: no trailer fields -> empty DATA + END
    assert sum(isinstance(f, HeadersFrame) for f in frames) == 1
    p.close()


def test_empty_trailers_node_client(srv: dict) -> None:
    r = run(["node", str(PEERS / "engine_client.js"), str(srv["port"])])
    assert r.returncode == 0, r.stderr
    second = json.loads(r.stdout.decode().splitlines()[1])
    assert second == {"body": "body", "trailers": None, "ended": True, "status": 200,
                      "joined": None, "rstCode": 0}


# ---------------------------------------------------------------- 2: setNextStreamID
def test_set_next_stream_id_against_node(node_server: int) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{node_server}")
        assert await s.request({":path": "/id"}).read() == b"1"
        assert s.set_next_stream_id(11)
        assert s.state["nextStreamID"] == 11
        assert await s.request({":path": "/id"}).read() == b"11"
        assert await s.request({":path": "/id"}).read() == b"13"
        assert not s.set_next_stream_id(5)  # below ids already used: ignored, like nghttp2
        assert not s.set_next_stream_id(16)  # even id on a client: ignored
        assert not s.set_next_stream_id(2**31 + 1)
        assert await s.request({":path": "/id"}).read() == b"15"
        s._engine.conn.next_stream_id = 21  # the attribute the JS binding sets
        assert await s.request({":path": "/id"}).read() == b"21"
        assert s.error is None
        s.close()
    asyncio.run(asyncio.wait_for(main(), 20))


# ---------------------------------------------------------------- 5: one SETTINGS, one ACK
def settings_frames(frames: list[Frame]) -> list[SettingsFrame]:
    return [f for f in frames if isinstance(f, SettingsFrame) and "ACK" not in f.flags]


def test_initial_settings_one_frame_with_custom_ids(srv: dict) -> None:
    p = RawPeer(srv["port"])
    frames = p.read_frames(0.5)
    sf = settings_frames(frames)
    assert len(sf) == 1, frames
    assert sf[0].settings.get(CUSTOM_ID) == 7
    p.close()


def test_settings_call_one_frame_one_ack(srv: dict, lt: LoopThread) -> None:
    p = RawPeer(srv["port"])
    p.read_frames(0.3)
    ack = SettingsFrame(0)
    ack.flags.add("ACK")
    p.send(ack)  # ACK the initial SETTINGS
    p.send(p.headers(1, req("/")))
    p.read_frames(until=lambda f: "END_STREAM" in f.flags)
    sess = srv["sessions"][-1]
    fut1 = lt.call(lambda: asyncio.ensure_future(
        sess.settings({"initialWindowSize": 100000, "customSettings": {CUSTOM_ID: 9}})))
    fut2 = lt.call(lambda: asyncio.ensure_future(sess.settings({"headerTableSize": 1024})))
    sf = settings_frames(p.read_frames(0.5))
    assert len(sf) == 2, sf
    assert sf[0].settings == {4: 100000, CUSTOM_ID: 9}
    assert sf[1].settings == {1: 1024}
    p.send(ack)
    # each ACK resolves exactly one settings() call, with the values of that call's frame
    r1 = lt.run(_await(fut1))
    assert r1["initialWindowSize"] == 100000 and r1["headerTableSize"] == 4096
    assert not fut2.done()
    p.send(ack)
    r2 = lt.run(_await(fut2))
    assert r2["headerTableSize"] == 1024
    assert not sess.pending_settings_ack
    fut3 = lt.call(lambda: asyncio.ensure_future(sess.settings({"customSettings": {CUSTOM_ID: 1}})))
    sf = settings_frames(p.read_frames(0.5))
    assert [f.settings for f in sf] == [{CUSTOM_ID: 1}]  # custom ids alone: still one frame
    p.send(ack)
    assert lt.run(_await(fut3))["headerTableSize"] == 1024
    assert not sess.pending_settings_ack
    p.close()


async def _await(fut: asyncio.Future) -> dict:
    return await asyncio.wait_for(fut, 5)


def test_custom_settings_against_node(node_server: int) -> None:
    async def main() -> None:
        s = await http2.connect(f"http://127.0.0.1:{node_server}",
                                settings={"customSettings": {CUSTOM_ID: 3}})
        r1, r2 = await asyncio.gather(
            s.settings({"initialWindowSize": 100000, "customSettings": {CUSTOM_ID: 4}}),
            s.settings({"initialWindowSize": 200000}))
        assert r1["initialWindowSize"] == 100000 and r2["initialWindowSize"] == 200000
        assert not s.pending_settings_ack
        assert await s.request({":path": "/id"}).read() == b"1"
        assert s.error is None
        s.close()
    asyncio.run(asyncio.wait_for(main(), 20))
