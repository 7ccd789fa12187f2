"""h2.H2Connection subclass: refuse streams without desyncing HPACK (RFC 9113 5.1.2)."""
from __future__ import annotations

from typing import Any, Callable

from h2.connection import H2Connection, _decode_headers
from h2.exceptions import ProtocolError
from h2.stream import H2Stream, StreamClosedBy

from .fastpath import MemoDecoder


class StreamRefused(ProtocolError):
    """A new inbound stream we will not open; error_code goes into RST_STREAM."""

    def __init__(self, stream_id: int, code: int) -> None:
        super().__init__(f"stream {stream_id} refused")
        self.stream_id = stream_id
        self.error_code = code


class MalformedHeaders(StreamRefused):
    """A header block that is malformed (RFC 9113 8.1.1): nghttp2 makes it a stream error,
    RST_STREAM(PROTOCOL_ERROR), and the session carries on."""

    def __init__(self, stream_id: int, reason: str) -> None:
        super().__init__(stream_id, 1)
        self.reason = reason


def _bad_value(value: bytes) -> bool:
    """nghttp2 ignores a received regular field whose value has NUL/CR/LF or starts/ends with
    SP/HTAB (no on_invalid_header callback in Node); h2 would fail the whole connection."""
    return bool(value) and (b"\0" in value or b"\r" in value or b"\n" in value or
                            value[0] in (0x20, 0x09) or value[-1] in (0x20, 0x09))


class EngineStream(H2Stream):
    """h2's stream with nghttp2's treatment of received header blocks (only the paths that go
    through h2: the fast path validates its own blocks)."""

    def _process_received_headers(self, headers, flags, encoding):  # type: ignore[no-untyped-def]
        headers = [h for h in headers if h[0][:1] == b":" or not _bad_value(h[1])]
        if flags.is_push_promise:  # nghttp2: a promised request needs a path ('/...', OPTIONS *)
            method = next((v for n, v in headers if n == b":method"), b"")
            path = next((v for n, v in headers if n == b":path"), b"")
            if path[:1] != b"/" and not (method == b"OPTIONS" and path == b"*"):
                raise ProtocolError("malformed pushed request :path")
        if not flags.is_client and not flags.is_trailer:  # a request: CONNECT needs :authority
            method = next((v for n, v in headers if n == b":method"), None)
            authority = next((v for n, v in headers if n == b":authority"), b"")
            if method == b"CONNECT" and not authority:
                raise ProtocolError("CONNECT without :authority")
        return super()._process_received_headers(headers, flags, encoding)


def malformed(exc: Exception) -> bool:
    """h2's header-block validation errors (plain ProtocolError), not state-machine ones."""
    return type(exc) is ProtocolError and not str(exc).startswith("Invalid input")


class EngineConnection(H2Connection):
    # admit(stream_id) -> 0 to accept or an RST_STREAM error code; set by the Session
    admit: Callable[[int], int]
    _oi_calls = 0
    # h2 remembers how each closed stream ended in an OrderedDict of up to 2**16 entries: ~120 B
    # each, 7.5 MiB per long-lived connection (measured: the soak's RSS grew 18 MiB over 200k
    # requests on 10 connections). A frame on a stream older than the last 1000 is treated as on
    # an implicitly closed one (h2: STREAM_CLOSED); nghttp2 keeps even fewer.
    MAX_CLOSED_STREAMS = 1000

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

    def _begin_new_stream(self, stream_id, allowed_ids):  # type: ignore[no-untyped-def]
        s = super()._begin_new_stream(stream_id, allowed_ids)
        s.__class__ = EngineStream
        return s

    def _receive_push_promise_frame(self, frame):  # type: ignore[no-untyped-def]
        try:
            return super()._receive_push_promise_frame(frame)
        except ProtocolError as exc:
            if not malformed(exc):
                raise
            pid = frame.promised_stream_id  # never opened: remember it as reset by us
            self._closed_streams[pid] = StreamClosedBy.SEND_RST_STREAM
            self.highest_inbound_stream_id = max(self.highest_inbound_stream_id, pid)
            raise MalformedHeaders(pid, str(exc)) from exc

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
        try:
            return super()._receive_headers_frame(frame)
        except ProtocolError as exc:
            if malformed(exc):
                raise MalformedHeaders(sid, str(exc)) from exc
            raise
