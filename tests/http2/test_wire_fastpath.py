"""Wire tests that reach the engine's fast path (hotpath.py): the first request on a connection
goes through h2, so each test warms the connection up first, then sends what it checks."""
from __future__ import annotations

import struct

import pytest
from hpack import Decoder
from hyperframe.frame import DataFrame, GoAwayFrame, HeadersFrame, RstStreamFrame

from rawpeer import RawPeer, req

PROTOCOL_ERROR, FLOW_CONTROL_ERROR, STREAM_CLOSED = 1, 3, 5


@pytest.fixture
def port(servers: dict) -> int:
    return servers["plain_port"]


def warm(port: int) -> RawPeer:
    p = RawPeer(port)
    p.send(p.headers(1, req()))
    frames = p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    assert b"".join(f.data for f in frames if isinstance(f, DataFrame)) == b"hello"
    p.dec = Decoder()  # type: ignore[attr-defined]  # the server's HPACK context, from the start
    for f in frames:
        if isinstance(f, HeadersFrame):
            p.dec.decode(f.data)  # type: ignore[attr-defined]
    return p


def errors(p: RawPeer) -> list[int]:
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, (GoAwayFrame, RstStreamFrame)))
    return [f.error_code for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame))]


def test_many_requests_in_one_read_all_answered(port: int) -> None:
    p = warm(port)
    ids = list(range(3, 3 + 2 * 60, 2))
    p.send_raw(b"".join(p.headers(i, req(f"/n{i}")).serialize() for i in ids))
    frames = p.read_frames(5.0, until=lambda f: isinstance(f, DataFrame) and f.stream_id == ids[-1]
                           and "END_STREAM" in f.flags)
    dec = p.dec  # type: ignore[attr-defined]
    status = {}
    body: dict[int, bytes] = {}
    for f in frames:
        if isinstance(f, HeadersFrame):
            status[f.stream_id] = dict(dec.decode(f.data))[":status"]
        elif isinstance(f, DataFrame):
            body[f.stream_id] = body.get(f.stream_id, b"") + f.data
    assert sorted(status) == ids and set(status.values()) == {"200"}
    assert all(body[i] == b"hello" for i in ids)
    assert not [f for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame))]


# a value with surrounding whitespace is not here: nghttp2 (so node) drops that field and answers
# (tests/http2/test_engine_parity.py::test_received_header_problems_are_stream_level)
@pytest.mark.parametrize("extra", [[("X-Upper", "1")], [("connection", "keep-alive")],
                                   [("te", "gzip")]])
def test_8_2_bad_fields_after_warm_up(port: int, extra: list) -> None:
    p = warm(port)
    p.send(p.headers(3, req() + extra))
    assert PROTOCOL_ERROR in errors(p)


@pytest.mark.parametrize("headers", [
    [(":method", "GET"), (":scheme", "http"), (":authority", "x")],  # no :path
    [(":method", "GET"), (":path", ""), (":scheme", "http"), (":authority", "x")],  # empty :path
    [("a", "b"), (":method", "GET"), (":path", "/"), (":scheme", "http")],  # pseudo after regular
    [(":method", "GET"), (":path", "/"), (":scheme", "http"), (":authority", "x"),
     ("host", "y")],  # :authority and Host disagree
])
def test_8_3_pseudo_errors_after_warm_up(port: int, headers: list) -> None:
    p = warm(port)
    p.send(p.headers(3, headers))
    assert PROTOCOL_ERROR in errors(p)


def test_5_1_1_reused_stream_id_after_warm_up(port: int) -> None:
    p = warm(port)
    p.send(p.headers(1, req()))  # stream 1 is closed: STREAM_CLOSED (RFC 9113 5.1)
    codes = errors(p)
    assert codes and codes[0] in (PROTOCOL_ERROR, STREAM_CLOSED)


def test_body_and_content_length_on_fast_path(port: int) -> None:
    p = warm(port)
    p.send(p.headers(3, req("/echo", "POST") + [("content-length", "6")], end=False),
           DataFrame(3, data=b"abc"), DataFrame(3, data=b"def", flags=["END_STREAM"]))
    frames = p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    assert b"".join(f.data for f in frames if isinstance(f, DataFrame)) == b"abcdef"
    # RFC 9113 8.1.1: DATA beyond the announced content-length is malformed
    p.send(p.headers(5, req("/echo", "POST") + [("content-length", "2")], end=False),
           DataFrame(5, data=b"toolong", flags=["END_STREAM"]))
    assert PROTOCOL_ERROR in errors(p)


def test_6_9_1_stream_window_exceeded_after_warm_up(port: int) -> None:
    p = warm(port)
    p.send(p.headers(3, req("/echo", "POST"), end=False))
    chunk = struct.pack(">BHBBL", 0, 16384, 0, 0, 3) + b"x" * 16384
    p.send_raw(chunk * 4 + struct.pack(">BHBBL", 0, 100, 0, 0, 3) + b"y" * 100)  # 65636 > 65535
    assert FLOW_CONTROL_ERROR in errors(p)


def test_empty_data_flood_still_counted(port: int) -> None:
    p = warm(port)
    p.send(p.headers(3, req("/echo", "POST"), end=False))
    p.send_raw(struct.pack(">BHBBL", 0, 0, 0, 0, 3) * 5000)  # CVE-2019-9518
    frames = p.read_frames(3.0, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f for f in frames if isinstance(f, GoAwayFrame) and f.error_code == 2]  # as node (F2)

