"""Session and stream state in Node's shapes, and wire totals (a mixin of `session.Session`)."""
from __future__ import annotations

from typing import Any

from h2.exceptions import NoSuchStreamError

from .stream import Stream


class StateReport:
    conn: Any  # conn.EngineConnection
    server: bool
    last_proc_stream_id: int
    bytes_read: int
    bytes_written: int
    frames_received: int
    frames_sent: int
    _out_skip: int
    _pings: dict
    _pending_requests: list[Stream]

    def _count_sent(self, out: bytearray) -> None:
        off, n, frames = self._out_skip, len(out), 0
        while off + 9 <= n:
            off += 9 + int.from_bytes(out[off:off + 3], "big")
            frames += 1
        self._out_skip = off - n if off > n else 0  # output is whole frames: only the magic
        self.frames_sent += frames

    def wire_totals(self) -> dict:
        """Node's Http2Session perf entry fields: all bytes read/written on the connection and
        frames received/sent (framesSent counts from when count_frames_sent was set)."""
        return {"bytesRead": self.bytes_read, "bytesWritten": self.bytes_written,
                "framesReceived": self.frames_received, "framesSent": self.frames_sent}

    def state(self) -> dict:
        c = self.conn
        return {
            "effectiveLocalWindowSize": c.inbound_flow_control_window,
            "effectiveRecvDataLength": c._inbound_flow_control_window_manager._bytes_processed,
            "nextStreamID": c.next_stream_id,
            "localWindowSize": c.inbound_flow_control_window,
            "lastProcStreamID": self.last_proc_stream_id,
            "remoteWindowSize": c.outbound_flow_control_window,
            "outboundQueueSize": 1 if c._data_to_send else 0,
            "deflateDynamicTableSize": c.encoder.header_table._current_size,
            "inflateDynamicTableSize": c.decoder.header_table._current_size,
        }

    def stream_state(self, s: Stream) -> dict:
        c = self.conn
        try:
            window = c.inbound_flow_control_window if s.id is None else \
                c._get_stream_by_id(s.id).inbound_flow_control_window
        except NoSuchStreamError:  # closed or not opened yet (StreamClosedError is one)
            window = 0
        # nghttp2_stream_proto_state (Node's stream.state.state): IDLE 1, OPEN 2, RESERVED_LOCAL 3,
        # RESERVED_REMOTE 4, HALF_CLOSED_LOCAL 5, HALF_CLOSED_REMOTE 6, CLOSED 7
        if s.closed or (s.ended_local and s.ended_remote):
            code = 7
        elif s.pushed and self.server and not s.headers_sent:
            code = 3
        elif s.pushed and not self.server and not self._push_answered(s):
            code = 4
        elif s.ended_local:
            code = 5
        elif s.ended_remote:
            code = 6
        else:
            code = 2
        return {"localWindowSize": window, "state": code, "localClose": int(s.ended_local),
                "remoteClose": int(s.ended_remote), "sumDependencyWeight": 0, "weight": 16}

    def _push_answered(self, s: Stream) -> bool:
        hs = self.conn.streams.get(s.id)  # type: ignore[arg-type]
        return hs is None or hs.state_machine.headers_received

    @property
    def outstanding_pings(self) -> int:
        return len(self._pings)

    @property
    def pending_count(self) -> int:
        return len(self._pending_requests)
