"""Received header lists over the local maxHeaderListSize (name + value + 32 per field): node
(nghttp2's on_header callback in Node) answers RST_STREAM(ENHANCE_YOUR_CALM) and keeps the
session; the engine must do the same on its fast path and on h2's path, including a tiny block
that grows past the limit through HPACK dynamic-table references."""
from __future__ import annotations

from hyperframe.frame import DataFrame, Frame, RstStreamFrame, SettingsFrame

from conftest import LoopThread
from rawpeer import RawPeer, req
from test_engine_features import against_node, against_python, summary

OPTS = {"settings": {"maxHeaderListSize": 1000}}
BIG = [("x-big", "v" * 2000)]  # indexed by the peer's encoder: the 2nd block is a few bytes


def _done(sid: int) -> "callable":
    return lambda f: f.stream_id == sid and (isinstance(f, RstStreamFrame) or (
        isinstance(f, DataFrame) and "END_STREAM" in f.flags))


def big_small_big(p: RawPeer) -> list[Frame]:
    """ACK the server's SETTINGS (the limit applies once acked), then big, small, big again."""
    p.read_frames(1.5, until=lambda f: isinstance(f, SettingsFrame) and "ACK" not in f.flags)
    ack = SettingsFrame(0)
    ack.flags.add("ACK")
    p.send(ack)
    out: list[Frame] = []
    for sid, extra in ((1, BIG), (3, []), (5, BIG), (7, [])):
        p.send(p.headers(sid, req("/small") + extra))
        out += p.read_frames(1.5, until=_done(sid))
    return out


def reaction(frames: list[Frame]) -> list[tuple]:
    return [x for x in summary(frames) if x[0] in ("RST", "HEADERS")]


def test_max_header_list_size_as_node(lt: LoopThread) -> None:
    node, _ = against_node(OPTS, big_small_big)
    ours, errors = against_python(lt, OPTS, big_small_big)
    expect = [("RST", 1, 11), ("HEADERS", 3), ("RST", 5, 11), ("HEADERS", 7)]
    assert reaction(node) == expect
    assert reaction(ours) == expect
    assert not errors
