"""h2.H2Connection subclass: refuse streams without desyncing HPACK (RFC 9113 5.1.2)."""
from __future__ import annotations

from typing import Any, Callable

from h2.connection import H2Connection, _decode_headers
from h2.exceptions import ProtocolError
from h2.stream import StreamClosedBy

from .fastpath import MemoDecoder


class StreamRefused(ProtocolError):
    """A new inbound stream we will not open; error_code goes into RST_STREAM."""

    def __init__(self, stream_id: int, code: int) -> None:
        super().__init__(f"stream {stream_id} refused")
        self.stream_id = stream_id
        self.error_code = code


class EngineConnection(H2Connection):
    # admit(stream_id) -> 0 to accept or an RST_STREAM error code; set by the Session
    admit: Callable[[int], int]
    _oi_calls = 0

    def __init__(self, config: Any = None) -> None:
        super().__init__(config=config)
        memo = MemoDecoder()  # same limits as h2's decoder; repeated request blocks decode once
        memo.max_header_list_size = self.decoder.max_header_list_size
        memo.max_allowed_table_size = self.decoder.max_allowed_table_size
        self.decoder = memo

    @property
    def open_inbound_streams(self) -> int:  # type: ignore[override]
        # h2 scans every stream on each new stream (O(n^2)); the Session does admission itself,
        # so run h2's scan (which also reaps closed streams) only every 64th time.
        self._oi_calls += 1
        if len(self.streams) < 64 or not self._oi_calls & 63:
            return H2Connection.open_inbound_streams.fget(self)  # type: ignore[attr-defined]
        return 0

    @property
    def next_stream_id(self) -> int:
        """The id the next locally initiated stream (request or push) will get."""
        h = self.highest_outbound_stream_id
        return h + 2 if h else (1 if self.config.client_side else 2)  # h2's rule, never raises

    @next_stream_id.setter
    def next_stream_id(self, value: int) -> None:
        self.set_next_stream_id(value)

    def set_next_stream_id(self, value: int) -> bool:
        """nghttp2_session_set_next_stream_id's rules: > 0, not below the current next id,
        odd for a client / even for a server, <= 2^31-1. False (and no change) otherwise."""
        parity = 1 if self.config.client_side else 0
        if not 0 < value <= self.HIGHEST_ALLOWED_STREAM_ID or value % 2 != parity or \
                value < self.next_stream_id:
            return False
        # h2 hands out highest_outbound_stream_id + 2 (or 1/2 when it is 0)
        self.highest_outbound_stream_id = value - 2
        return True

    def _receive_headers_frame(self, frame):  # type: ignore[no-untyped-def]
        sid = frame.stream_id
        if sid not in self.streams and sid % 2 == (0 if self.config.client_side else 1) and \
                sid > self.highest_inbound_stream_id:
            code = self.admit(sid)
            if code:
                _decode_headers(self.decoder, frame.data)  # keep the HPACK context in sync
                self.highest_inbound_stream_id = sid
                self._closed_streams[sid] = StreamClosedBy.SEND_RST_STREAM
                raise StreamRefused(sid, code)
        return super()._receive_headers_frame(frame)
