"""Hand-built frames against the Python-API server, named after RFC 9113 sections."""
from __future__ import annotations

import struct

import pytest
from hyperframe.frame import (ContinuationFrame, DataFrame, GoAwayFrame, HeadersFrame,
                              PingFrame, RstStreamFrame, SettingsFrame, WindowUpdateFrame)

from rawpeer import RawPeer, req

PROTOCOL_ERROR, FLOW_CONTROL_ERROR, STREAM_CLOSED, FRAME_SIZE_ERROR = 1, 3, 5, 6


@pytest.fixture
def port(servers: dict) -> int:
    return servers["plain_port"]


def goaway(frames: list) -> GoAwayFrame:
    g = [f for f in frames if isinstance(f, GoAwayFrame)]
    assert g, frames
    return g[0]


def read_goaway(p: RawPeer) -> GoAwayFrame:
    return goaway(p.read_frames(until=lambda f: isinstance(f, GoAwayFrame)))


def test_3_4_bad_preface(port: int) -> None:
    p = RawPeer(port, preface=False)
    p.send_raw(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n" + b"\0" * 20)
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_1_data_on_stream_0(port: int) -> None:
    p = RawPeer(port)
    f = DataFrame(1)
    f.stream_id = 0
    f.data = b"x"
    p.send_raw(f.serialize())
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_5_2_invalid_settings_values(port: int) -> None:
    p = RawPeer(port)
    p.send_raw(struct.pack(">BHBBLHL", 0, 6, 4, 0, 0, 4, 2**31))  # INITIAL_WINDOW_SIZE > 2^31-1
    assert read_goaway(p).error_code == FLOW_CONTROL_ERROR
    p = RawPeer(port)
    p.send_raw(struct.pack(">BHBBLHL", 0, 6, 4, 0, 0, 5, 100))  # MAX_FRAME_SIZE < 16384
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_9_window_update_of_zero(port: int) -> None:
    p = RawPeer(port)
    p.send_raw(struct.pack(">BHBBLL", 0, 4, 8, 0, 0, 0))
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_9_1_window_overflow(port: int) -> None:
    p = RawPeer(port)
    w = WindowUpdateFrame(0, window_increment=2**31 - 1)
    p.send(w, w)
    assert read_goaway(p).error_code == FLOW_CONTROL_ERROR


def test_5_1_frames_on_closed_stream(port: int) -> None:
    p = RawPeer(port)
    p.send(p.headers(1, req()))
    p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    d = DataFrame(1, data=b"late")
    p.send(d)
    frames = p.read_frames(1.0, until=lambda f: isinstance(f, (GoAwayFrame, RstStreamFrame)))
    codes = [f.error_code for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame))]
    assert codes and codes[0] == STREAM_CLOSED


def test_6_10_continuation_interleaving(port: int) -> None:
    p = RawPeer(port)
    block = p.enc.encode(req())
    h = HeadersFrame(1, data=block[:5])
    h.flags.add("END_STREAM")
    p.send(h, PingFrame(0, opaque_data=b"12345678"))
    assert read_goaway(p).error_code == PROTOCOL_ERROR


@pytest.mark.parametrize("extra", [[("X-Upper", "1")], [("connection", "keep-alive")],
                                   [("te", "gzip")]])
def test_8_2_bad_header_fields(port: int, extra: list) -> None:
    p = RawPeer(port)
    p.send(p.headers(1, req() + extra))
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, (GoAwayFrame, RstStreamFrame)))
    assert [f for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame))
            and f.error_code == PROTOCOL_ERROR]


@pytest.mark.parametrize("headers", [
    [(":method", "GET"), (":scheme", "http"), (":authority", "x")],  # no :path
    [(":path", "/"), (":method", "GET"), (":scheme", "http"), (":method", "GET")],  # duplicate
    [("a", "b"), (":method", "GET"), (":path", "/"), (":scheme", "http")],  # pseudo after regular
    [(":method", "GET"), (":path", "/"), (":scheme", "http"), (":status", "200")],  # response pseudo
])
def test_8_3_pseudo_header_errors(port: int, headers: list) -> None:
    p = RawPeer(port)
    p.send(p.headers(1, headers))
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, (GoAwayFrame, RstStreamFrame)))
    assert [f for f in frames if isinstance(f, (GoAwayFrame, RstStreamFrame))
            and f.error_code == PROTOCOL_ERROR]


def test_4_2_oversized_frame(port: int) -> None:
    p = RawPeer(port)
    p.send(p.headers(1, req("/echo", "POST"), end=False))
    p.send_raw(struct.pack(">BHBBL", 0, 20000, 0, 0, 1) + b"x" * 20000)
    assert read_goaway(p).error_code == FRAME_SIZE_ERROR


def test_5_5_unknown_frames_ignored_and_6_7_ping_echoed(port: int) -> None:
    p = RawPeer(port)
    p.send_raw(struct.pack(">BHBBL", 0, 8, 0xEE, 0, 0) + b"whatever")
    p.send(PingFrame(0, opaque_data=b"pingpong"))
    frames = p.read_frames(until=lambda f: isinstance(f, PingFrame) and "ACK" in f.flags)
    acks = [f for f in frames if isinstance(f, PingFrame) and "ACK" in f.flags]
    assert acks and acks[0].opaque_data == b"pingpong"
    ack = PingFrame(0, opaque_data=b"unsolici")
    ack.flags.add("ACK")
    p.send(ack, p.headers(1, req()))
    frames = p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    assert not [f for f in frames if isinstance(f, (PingFrame, GoAwayFrame))]
    assert b"".join(f.data for f in frames if isinstance(f, DataFrame)) == b"hello"


def test_5_1_1_lower_stream_id(port: int) -> None:
    p = RawPeer(port)
    p.send(p.headers(5, req()))
    p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    p.send(p.headers(3, req()))
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_8_goaway_received_then_close(port: int) -> None:
    p = RawPeer(port)
    p.send(p.headers(1, req()), GoAwayFrame(0, last_stream_id=0, error_code=0))
    frames = p.read_frames(2.0)
    assert b"".join(f.data for f in frames if isinstance(f, DataFrame)) == b"hello"


def test_6_4_rst_stream_on_idle_stream(port: int) -> None:
    p = RawPeer(port)
    p.send(RstStreamFrame(7, error_code=8))
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_6_5_settings_on_stream(port: int) -> None:
    p = RawPeer(port)
    p.send_raw(struct.pack(">BHBBL", 0, 0, 4, 0, 1))
    assert read_goaway(p).error_code == PROTOCOL_ERROR


def test_continuation_ok(port: int) -> None:
    p = RawPeer(port)
    block = p.enc.encode(req())
    h = HeadersFrame(1, data=block[:3])
    h.flags.add("END_STREAM")
    c = ContinuationFrame(1, data=block[3:])
    c.flags.add("END_HEADERS")
    p.send(h, c)
    frames = p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    assert b"".join(f.data for f in frames if isinstance(f, DataFrame)) == b"hello"


_ = SettingsFrame


@pytest.mark.parametrize("entries,fails", [(32, False), (33, True)])
def test_max_settings_counts_repeated_ids(port: int, entries: int, fails: bool) -> None:
    """nghttp2 (so Node) counts a SETTINGS frame's entries, repeated ids included (default 32)."""
    p = RawPeer(port)
    body = struct.pack(">HL", 1, 4096) * entries
    p.send_raw(struct.pack(">BHBBL", 0, len(body), 4, 0, 0) + body)
    frames = p.read_frames(1.0, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f.error_code for f in frames if isinstance(f, GoAwayFrame)] == ([11] if fails else [])
