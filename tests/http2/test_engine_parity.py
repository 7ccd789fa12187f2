"""Engine behaviours against node, round 4 (docs/engine-requests.md F2-F6): the same raw frames
go to a node server and to a Python-API server (harness in test_engine_features.py)."""
from __future__ import annotations

import asyncio
import json

import pytest
from hyperframe.frame import DataFrame, GoAwayFrame, HeadersFrame, RstStreamFrame

from conftest import LoopThread
from rawpeer import RawPeer, req
from test_engine_features import Scenario
from nodecompat.http2.options import SessionOptions
from nodecompat.http2.session import Session
from test_engine_features import (against_node, against_python, empty_data_frames,
                                  get_small_and_big, reaction, summary)


def node_events(log: str) -> list[dict]:
    return [json.loads(x) for x in log.splitlines() if x.startswith("{")]


@pytest.mark.parametrize("n", [4, 5])
def test_invalid_frame_threshold_code_as_node(lt: LoopThread, n: int) -> None:
    """F2: maxSessionInvalidFrames 3 fails on the 5th empty DATA frame (Node post-increments),
    with GOAWAY(INTERNAL_ERROR, 1) and ERR_HTTP2_TOO_MANY_INVALID_FRAMES."""
    opts = {"maxSessionInvalidFrames": 3}
    node, log = against_node(opts, empty_data_frames(n))
    ours, errors = against_python(lt, opts, empty_data_frames(n))
    goaways = [("GOAWAY", 2, 1)] if n == 5 else []
    assert [x for x in summary(node) if x[0] == "GOAWAY"] == goaways
    assert [x for x in summary(ours) if x[0] == "GOAWAY"] == goaways
    codes = [e["code"] for e in node_events(log) if e["event"] == "error"]
    assert errors == codes == (["ERR_HTTP2_TOO_MANY_INVALID_FRAMES"] if n == 5 else [])


def rapid_reset(p: RawPeer) -> list:
    chunks = [p.headers(i, req(), end=False).serialize() +
              RstStreamFrame(i, error_code=8).serialize() for i in range(1, 2 * 1100, 2)]
    p.send_raw(b"".join(chunks))
    return p.read_frames(5.0, until=lambda f: isinstance(f, GoAwayFrame))


def test_rapid_reset_goaway_as_node(lt: LoopThread) -> None:
    """F4: 1100 x (HEADERS, RST_STREAM): nghttp2's 1000-token bucket (refilled per whole second)
    ends the session with GOAWAY(INTERNAL_ERROR, last received stream) = (2, 2001 or later)."""
    node, _ = against_node({}, rapid_reset)
    ours, _ = against_python(lt, {}, rapid_reset)
    # The bucket (burst 1000) refills streamResetRate (33) tokens per whole second: a run that
    # crosses a second boundary resets a few more streams first, so the last id is 2001 or later.
    for side in (node, ours):
        goaways = [x for x in summary(side) if x[0] == "GOAWAY"]
        assert len(goaways) == 1 and goaways[0][1] == 2, goaways
        assert goaways[0][2] >= 2001 and goaways[0][2] % 2 == 1, goaways


def open_posts(p: RawPeer) -> list:
    p.send(*[p.headers(i, req("/", "POST"), end=False) for i in range(1, 12, 2)])
    return p.read_frames(1.5, until=lambda f: isinstance(f, GoAwayFrame))


def test_refused_streams_not_counted_as_rejected(lt: LoopThread) -> None:
    """F3: streams beyond maxConcurrentStreams get RST(REFUSED_STREAM) from nghttp2 and do not
    count against maxSessionRejectedStreams: no GOAWAY, stream 1 still answered."""
    opts = {"settings": {"maxConcurrentStreams": 1}, "maxSessionRejectedStreams": 2}
    node, _ = against_node(opts, open_posts)
    ours, _ = against_python(lt, opts, open_posts)
    refused = [x for x in summary(node) if x[0] == "RST" and x[2] == 7]
    assert refused == [("RST", i, 7) for i in range(3, 12, 2)]
    assert not [x for x in summary(node) if x[0] == "GOAWAY"]
    assert sorted(reaction(ours)) == sorted(reaction(node))  # incl. stream 1's answer


def nghttp2_padded(strategy: int, n: int, max_payload: int = 16384) -> int:
    """nghttp2 select_padding + Node's callbacks, written out independently of the engine."""
    if n >= max_payload:
        return n
    limit = min(max_payload, n + 256)
    if strategy == 2:
        return limit
    if strategy == 1:
        return n if (n + 9) % 8 == 0 else min(n + 8 - (n + 9) % 8, limit)
    return n


def headers_padding_ok(frames: list, strategy: int) -> list[tuple]:
    """(stream, block length, pad_length) of each HEADERS frame; asserts nghttp2's rule."""
    out = []
    for f in frames:
        if isinstance(f, HeadersFrame):
            n = len(f.data)
            padded = nghttp2_padded(strategy, n)
            assert ("PADDED" in f.flags) == (padded > n), (n, f.flags)
            if padded > n:
                assert f.pad_length == padded - n - 1, (n, f.pad_length)
            out.append((f.stream_id, n, f.pad_length))
    return out


@pytest.mark.parametrize("strategy", [0, 1, 2], ids=["none", "aligned", "max"])
def test_headers_padding_as_node(lt: LoopThread, strategy: int) -> None:
    """F5: node pads response HEADERS by the same rule as DATA (blocks differ in size: node's
    carries `date` and uses the dynamic table, so the rule is checked on each side)."""
    node, _ = against_node({"paddingStrategy": strategy}, get_small_and_big)
    ours, _ = against_python(lt, {"paddingStrategy": strategy}, get_small_and_big)
    n_node = headers_padding_ok(node, strategy)
    n_ours = headers_padding_ok(ours, strategy)
    assert [x[0] for x in n_ours] == [x[0] for x in n_node] == [1, 3]
    assert any(x[2] for x in n_ours) == (strategy != 0)


@pytest.mark.parametrize("strategy,n,max_payload,padded", [
    (1, 7, 16384, 7), (1, 6, 16384, 7), (1, 32, 16384, 39), (1, 2, 16384, 7),
    (1, 16380, 16384, 16383), (1, 16382, 16384, 16383), (2, 16383, 16384, 16384),
    (2, 32, 16384, 288), (2, 100, 120, 120), (1, 100, 100, 100), (0, 10, 16384, 10)])
def test_padded_length_edges(strategy: int, n: int, max_payload: int, padded: int) -> None:
    """F5 edges: aligned n=7 none, n=6 PADDED with pad_length 0, max n=16383 pad_length 0."""
    s = Session(server=True, options=SessionOptions(paddingStrategy=strategy))
    assert s._padded_length(n, max_payload) == nghttp2_padded(strategy, n, max_payload) == padded


def body_length_mismatch(p: RawPeer) -> list:
    """Stream 1: content-length 2 with 5 bytes of body; stream 3: an ordinary GET."""
    p.send(p.headers(1, req("/", "POST") + [("content-length", "2")], end=False),
           DataFrame(1, b"hello", flags=["END_STREAM"]), p.headers(3, req("/small")))
    return p.read_frames(1.5, until=lambda f: isinstance(f, DataFrame) and f.stream_id == 3
                         and "END_STREAM" in f.flags)


def test_content_length_mismatch_is_a_stream_error(lt: LoopThread) -> None:
    """Item 11: a body longer than content-length gets RST_STREAM(PROTOCOL_ERROR) for that
    stream only; the session lives on and stream 3 is answered (nghttp2: HTTP messaging error)."""
    node, _ = against_node({}, body_length_mismatch)
    ours, errors = against_python(lt, {}, body_length_mismatch)
    assert ("RST", 1, 1) in summary(node) and ("DATA", 3) in summary(node)
    assert not [x for x in summary(node) if x[0] == "GOAWAY"]
    assert reaction(ours) == reaction(node)  # stream 1 gets no response before its RST either
    assert errors == []


def test_header_block_over_max_send_length_refused_locally(lt: LoopThread) -> None:
    """Item 12: a request whose header block is over maxSendHeaderBlockLength never reaches the
    wire: the stream closes with REFUSED_STREAM (7, as node's rstCode), its id is used up (as in
    nghttp2) and the session stays usable (no exception from h2's closed connection)."""
    from conftest import app, http2

    async def run() -> tuple:
        srv = http2.create_server(app)
        port = await srv.listen()
        c = await http2.connect(f"http://127.0.0.1:{port}", maxSendHeaderBlockLength=200)
        big = c.request({":path": "/big", "x-big": "v" * 500})
        code = await asyncio.wait_for(big.closed, 5)
        ok = c.request({":path": "/echo", ":method": "POST"}, body=b"fine")
        body = await asyncio.wait_for(ok.read(), 5)
        c.close()
        await srv.close(graceful=False)
        return big.id, code, ok.id, body
    assert lt.run(run()) == (1, 7, 3, b"fine")


def test_client_fails_at_once_on_a_peer_that_is_not_http2(lt: LoopThread) -> None:
    """Item 15: a server answering 'HTTP/1.1 400 ...' and keeping the socket open: the first
    frame is not SETTINGS, so the client session fails at once with ERR_HTTP2_ERROR (node:
    NghttpError "Protocol error"), instead of waiting for a 4.7 MB 'frame'."""
    from conftest import http2

    async def junk(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")
        while await reader.read(1 << 16):  # keep the socket open until the client goes
            pass
        writer.close()

    async def run() -> str:
        srv = await asyncio.start_server(junk, "127.0.0.1", 0)
        port = srv.sockets[0].getsockname()[1]
        try:
            await asyncio.wait_for(http2.connect(f"http://127.0.0.1:{port}"), 3)
            return "connected"
        except http2.Http2Error as exc:
            return exc.code
        finally:
            srv.close()
    assert lt.run(run()) == "ERR_HTTP2_ERROR"


def then_small(first: list) -> Scenario:
    """`first` as stream 1's request, then an ordinary GET /small on stream 3."""
    def run(p: RawPeer) -> list:
        p.send(p.headers(1, first), p.headers(3, req("/small")))
        return p.read_frames(1.5, until=lambda f: isinstance(f, DataFrame) and f.stream_id == 3
                             and "END_STREAM" in f.flags)
    return run


CONNECT_NO_AUTHORITY = [(":method", "CONNECT"), (":authority", "")]


@pytest.mark.parametrize("first,stream_1", [
    (req("/small") + [("x-a", "trailing ")], "answered"),     # invalid value: field dropped
    (req("/small") + [("x-b", "x\x00y")], "answered"),
    (req("/small") + [(":status", "200")], "rst"),            # malformed: stream error
    (CONNECT_NO_AUTHORITY, "rst"),                            # item 13
], ids=["value-space", "value-nul", "pseudo-in-request", "connect-empty-authority"])
def test_received_header_problems_are_stream_level(lt: LoopThread, first: list, stream_1: str
                                                   ) -> None:
    """Compat items + item 13: nghttp2 drops regular fields with invalid values and makes a
    malformed request a stream error (RST_STREAM PROTOCOL_ERROR); the session carries on."""
    node, _ = against_node({}, then_small(first))
    ours, errors = against_python(lt, {}, then_small(first))
    want = [("HEADERS", 1), ("DATA", 1)] if stream_1 == "answered" else [("RST", 1, 1)]
    for frames in (node, ours):
        got = reaction(frames)
        assert [x for x in got if x[1] == 1] == want, got
        assert ("DATA", 3) in got and not [x for x in got if x[0] == "GOAWAY"]
    assert errors == []


def test_wire_totals_agree_across_the_connection(lt: LoopThread) -> None:
    """Per-session wire totals (Node's Http2Session perf entry): what one side wrote is what the
    other read, in bytes and (with count_frames_sent) in frames."""
    from conftest import app, http2
    servers: list = []

    def on_session(s: http2.Http2Session) -> None:
        servers.append(s._engine)

    async def run() -> tuple:
        srv = http2.create_server(app, on_session=on_session)
        port = await srv.listen()
        c = await http2.connect(f"http://127.0.0.1:{port}")
        await asyncio.sleep(0.1)  # settled: SETTINGS and ACKs exchanged
        c._engine.count_frames_sent = True
        base = servers[0].frames_received
        for i in range(3):
            r = c.request({":path": "/echo", ":method": "POST"}, body=b"x" * 1000 * i)
            assert len(await asyncio.wait_for(r.read(), 5)) == 1000 * i
        await asyncio.sleep(0.1)
        ours = c._engine.wire_totals()
        theirs = servers[0].wire_totals()
        c.close()
        await srv.close(graceful=False)
        return ours, theirs, base
    client, server, base = lt.run(run())
    assert client["bytesWritten"] == server["bytesRead"] > 24 + 3 * 9
    assert client["bytesRead"] == server["bytesWritten"] > 0
    assert client["framesSent"] == server["framesReceived"] - base >= 3 * 2
