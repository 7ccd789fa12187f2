"""stream.priority() on the engine (Session.priority) and received PRIORITY frames (ev.Priority),
sans-IO: two Sessions wired back to back. Node's wire order and events: a PRIORITY frame goes out
before request HEADERS not yet sent (nghttp2 serves its request queue last); a receiver reports
PRIORITY frames, never a HEADERS frame's priority block (tests/js/http2/stream/priority-frames.js
checks the same against node)."""
from __future__ import annotations

from typing import Any

import h2.config
import h2.connection
from hyperframe.frame import Frame

from nodecompat.http2 import events as ev
from nodecompat.http2.session import Session


class FakeIO:
    def request_flush(self) -> None: ...
    def close_after_flush(self) -> None: ...
    def write_buffer_size(self) -> int: return 0
    def writable(self) -> bool: return True
    def call_later(self, delay: float, fn: Any) -> Any: return None


class Collect:
    def __init__(self) -> None:
        self.events: list[ev.Event] = []

    def on_events(self, session: Session, events: list[ev.Event]) -> None:
        self.events.extend(events)


def frames(data: bytes) -> list[tuple[int, int, bytes]]:
    """(type, stream id, payload) of each frame in `data` (client magic skipped)."""
    if data.startswith(b"PRI * HTTP/2.0"):
        data = data[24:]
    out = []
    while data:
        f, n = Frame.parse_frame_header(memoryview(data[:9]))
        out.append((data[3], f.stream_id, bytes(data[9:9 + n])))
        data = data[9 + n:]
    return out


def pair() -> tuple[Session, Collect, Session, Collect]:
    cl, sl = Collect(), Collect()
    client, server = Session(False, listener=cl), Session(True, listener=sl)
    client.attach(FakeIO())
    server.attach(FakeIO())
    for _ in range(3):  # prefaces, SETTINGS and their ACKs
        server.receive(bytes(client.flush()))
        client.receive(bytes(server.flush()))
    cl.events.clear()
    sl.events.clear()
    return client, cl, server, sl


REQ = [(":method", "GET"), (":scheme", "http"), (":path", "/"), (":authority", "x")]


def test_priority_goes_before_unsent_request_headers() -> None:
    client, _, server, sl = pair()
    s = client.request(REQ, end_stream=True)
    client.priority(s.id, 0, 300, False)          # weight clamped to 256, as nghttp2
    client.priority(s.id, 3, 7, True)
    out = bytes(client.flush())
    kinds = [(t, sid) for t, sid, _ in frames(out)]
    assert kinds == [(2, 1), (2, 1), (1, 1)]
    assert [p for t, _, p in frames(out) if t == 2] == [bytes([0, 0, 0, 0, 255]),
                                                         bytes([0x80, 0, 0, 3, 6])]
    server.receive(out)
    server.deliver()
    got = [e for e in sl.events if isinstance(e, (ev.Priority, ev.StreamOpened))]
    assert [type(e) for e in got] == [ev.Priority, ev.Priority, ev.StreamOpened]
    assert got[0] == ev.Priority(1, 0, 256, False) and got[1] == ev.Priority(1, 3, 7, True)


def test_priority_after_the_headers_went_out_is_appended() -> None:
    client, _, server, sl = pair()
    s = client.request(REQ, end_stream=True)
    server.receive(bytes(client.flush()))
    client.priority(s.id, 0, 1, False)
    out = bytes(client.flush())
    assert [(t, sid) for t, sid, _ in frames(out)] == [(2, 1)]
    server.receive(out)
    server.deliver()
    assert ev.Priority(1, 0, 1, False) in sl.events


def test_headers_priority_block_is_not_reported() -> None:
    """A HEADERS frame with the PRIORITY flag (h2 as the client): the stream opens, no Priority."""
    sl = Collect()
    server = Session(True, listener=sl)
    server.attach(FakeIO())
    h2c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    h2c.initiate_connection()
    h2c.send_headers(1, REQ, end_stream=True, priority_weight=64, priority_depends_on=0,
                     priority_exclusive=False)
    server.receive(h2c.data_to_send())
    server.deliver()
    assert any(isinstance(e, ev.StreamOpened) for e in sl.events)
    assert not any(isinstance(e, ev.Priority) for e in sl.events)
