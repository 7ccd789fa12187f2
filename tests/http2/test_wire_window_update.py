"""WINDOW_UPDATE on a warm connection (the engine's fast loop applies ordinary ones itself,
hotpath._fast_window_update): valid increments release exactly that much DATA; a zero
increment or an overflow still gets h2's errors."""
from __future__ import annotations

import struct

import pytest
from hyperframe.frame import DataFrame, GoAwayFrame, RstStreamFrame

from rawpeer import RawPeer, req

PROTOCOL_ERROR, FLOW_CONTROL_ERROR = 1, 3
WINDOW = 65535


@pytest.fixture
def port(servers: dict) -> int:
    return servers["plain_port"]


def window_update(sid: int, inc: int) -> bytes:
    return struct.pack(">BHBBLL", 0, 4, 8, 0, sid, inc)


def big_at_window(port: int) -> tuple[RawPeer, int]:
    """A warm connection with /big on stream 3 stopped at the initial windows."""
    p = RawPeer(port)
    p.send(p.headers(1, req()))
    p.read_frames(until=lambda f: isinstance(f, DataFrame) and "END_STREAM" in f.flags)
    p.send(p.headers(3, req("/big")))
    got = sum(len(f.data) for f in p.read_frames(1.0) if isinstance(f, DataFrame) and f.stream_id == 3)
    return p, got


def data_on(p: RawPeer, sid: int, timeout: float = 1.0) -> int:
    return sum(len(f.data) for f in p.read_frames(timeout) if isinstance(f, DataFrame) and f.stream_id == sid)


def test_increments_release_exactly_that_much(port: int) -> None:
    p, got = big_at_window(port)
    assert got == WINDOW - 5  # "hello" took 5 bytes of the connection window
    p.send_raw(window_update(3, 100_000))  # stream only: the connection window still holds it
    assert data_on(p, 3, 0.5) == 0
    p.send_raw(window_update(0, 40_000) + window_update(0, 1000))  # two in one read
    assert data_on(p, 3) == 41_000
    p.send_raw(window_update(0, 1 << 20))  # the stream's window (65535 + 100000) is the limit now
    assert data_on(p, 3) == WINDOW + 100_000 - (WINDOW - 5) - 41_000


def test_stream_overflow_resets_the_stream(port: int) -> None:
    p, _ = big_at_window(port)
    p.send_raw(window_update(3, 2**31 - 1))
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, (GoAwayFrame, RstStreamFrame)))
    errs = [(type(f).__name__, f.stream_id, f.error_code) for f in frames
            if isinstance(f, (GoAwayFrame, RstStreamFrame))]
    assert errs == [("RstStreamFrame", 3, FLOW_CONTROL_ERROR)]


def test_connection_overflow_is_a_connection_error(port: int) -> None:
    p, _ = big_at_window(port)
    p.send_raw(window_update(0, 2**31 - 1))  # the window was 0: 2^31-1 is the largest allowed
    assert data_on(p, 3, 0.5) == 5  # what the stream's window had left
    p.send_raw(window_update(0, 6))  # 2^31-1 - 5 + 6 > 2^31-1
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f.error_code for f in frames if isinstance(f, GoAwayFrame)] == [FLOW_CONTROL_ERROR]


def test_zero_increment_is_refused(port: int) -> None:
    p, _ = big_at_window(port)
    p.send_raw(window_update(0, 0))
    frames = p.read_frames(1.5, until=lambda f: isinstance(f, GoAwayFrame))
    assert [f.error_code for f in frames if isinstance(f, GoAwayFrame)] == [PROTOCOL_ERROR]
