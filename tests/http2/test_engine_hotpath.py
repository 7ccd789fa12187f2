"""The engine's per-request hot path, sans I/O: many requests on one session against h2 as the
client. Checks what the fast path's shortcuts must keep exact: every response arrives whole,
closed streams leave h2's table and its size-limited closed-stream record is trimmed like h2's
own SizeLimitDict (oldest first), write + end in one call equals write then end."""
from __future__ import annotations

from h2.config import H2Configuration
from h2.connection import H2Connection
from h2.events import DataReceived, ResponseReceived, StreamEnded

from nodecompat.http2 import events as ev
from nodecompat.http2.session import Session

REQ = [(b":method", b"GET"), (b":scheme", b"http"), (b":path", b"/"),
       (b":authority", b"localhost"), (b"user-agent", b"test")]


class Collect:
    def __init__(self) -> None:
        self.opened: list[int] = []
        self.closed: list[int] = []

    def on_events(self, session: Session, events: list) -> None:
        for e in events:
            if isinstance(e, ev.StreamOpened):
                self.opened.append(e.stream_id)
            elif isinstance(e, ev.StreamClosed):
                self.closed.append(e.stream_id)


def test_many_requests_reaped_and_trimmed() -> None:
    lst = Collect()
    server = Session(server=True, listener=lst)
    server.conn.initiate_connection()
    client = H2Connection(H2Configuration(client_side=True, header_encoding=None))
    client.initiate_connection()
    server.receive(client.data_to_send())
    client.receive_data(server.flush())
    server.conn._closed_streams._size_limit = 25  # h2's is 2**16: make the trim happen
    got: dict[int, list] = {}
    sid = 1
    for batch in range(8):
        ids = []
        for _ in range(10):
            client.send_headers(sid, REQ, end_stream=True)
            ids.append(sid)
            sid += 2
        server.receive(client.data_to_send())
        assert lst.opened[-10:] == ids  # all opened, in order
        for i, x in enumerate(ids):
            s = server.streams[x]
            server.respond(s, [(b":status", b"200"), (b"content-type", b"text/plain")])
            if i % 2:
                server.write(s, b"hello %d" % x, True)  # write + end in one call (binding merge)
            else:
                server.write(s, b"hello %d" % x)
                server.write(s, b"", True)
        for e in client.receive_data(server.flush()):
            if isinstance(e, ResponseReceived):
                got.setdefault(e.stream_id, []).append(dict(e.headers)[b":status"])
            elif isinstance(e, DataReceived):
                got[e.stream_id].append(e.data)
                client.acknowledge_received_data(e.flow_controlled_length, e.stream_id)
            elif isinstance(e, StreamEnded):
                got[e.stream_id].append("end")
        assert set(lst.closed[-10:]) == set(ids)
        assert not server.conn.streams and not server.streams  # reaped after delivery
    assert got == {x: [b"200", b"hello %d" % x, "end"] for x in range(1, sid, 2)}
    closed = server.conn._closed_streams
    assert list(closed) == list(range(sid - 50, sid, 2))  # the newest 25, oldest trimmed first
