"""The Session's per-request fast path (a mixin of `session.Session`).

h2 stays the engine of record: its connection and stream objects hold every stream's state and
windows, and every unusual frame still goes through `H2Connection._receive_frame`. For the common
case (a HEADERS frame opening an ordinary request, HEADERS and DATA going out on a stream in the
expected state) this code makes exactly the state changes h2 would make, without h2's per-frame
objects, generator pipelines and state-machine dispatch:

- inbound: complete HEADERS frames (END_HEADERS, no padding/priority) that open a new peer stream
  are read straight from h2's input buffer, decoded with h2's own decoder wrapper and checked by
  `fastpath.request_ok`; a block that check does not accept finishes on h2's own path with the
  decoded headers (same validation, same errors).
- outbound: HEADERS are encoded without the HPACK dynamic table (`fastpath.encode_block`, cached
  per pair) and DATA frames are written directly; both update h2's stream state and windows.
- closed streams leave `conn.streams` when their batch is delivered (h2 only does that while
  counting streams, which the fast path skips), recorded in `conn._closed_streams` as h2 would.
"""
from __future__ import annotations

import os
import struct
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Iterator

from h2.connection import AllowedStreamIDs, ConnectionInputs, ConnectionState, _decode_headers
from h2.exceptions import InvalidBodyLengthError, ProtocolError
from h2.stream import StreamClosedBy, StreamState
from h2.utilities import authority_from_headers, extract_method_header

from . import events as ev
from . import fastpath as fp
from .conn import EngineStream, malformed
from .stream import Stream

if TYPE_CHECKING:
    from .conn import EngineConnection

_OPEN, _HCR, _HCL, _CLOSED = (StreamState.OPEN, StreamState.HALF_CLOSED_REMOTE,
                              StreamState.HALF_CLOSED_LOCAL, StreamState.CLOSED)
_SERVER_OPEN, _CLIENT_OPEN = ConnectionState.SERVER_OPEN, ConnectionState.CLIENT_OPEN
_SEND_END, _RECV_END = StreamClosedBy.SEND_END_STREAM, StreamClosedBy.RECV_END_STREAM
# NODECOMPAT_H2_FASTPATH=0 sends everything through h2 (A/B measurements, bisecting a bug)
ENABLED = os.environ.get("NODECOMPAT_H2_FASTPATH", "1") != "0"
_WINDOW_UPDATE = struct.Struct(">BHBBLL")  # frame header (24-bit length as B+H) + increment


_odict_set = OrderedDict.__setitem__
_MAX_CONCURRENT, _INITIAL_WINDOW = 3, 4  # SETTINGS ids (h2 keys them by IntEnum: same hash)


def _has_length(headers: list) -> bool:
    for n, _ in headers:
        if n == b"content-length":
            return True
    return False


def _request_check(headers: list) -> tuple[bool, bool]:
    """(fastpath.request_ok, a content-length field present): both remembered per block."""
    return fp.request_ok(headers), _has_length(headers)


def _response_check(headers: list) -> tuple[bool, bool]:
    return fp.response_ok(headers), _has_length(headers)


def _setting(settings: Any, code: int, default: Any) -> Any:
    """h2 `Settings.get(code, default)` without the Mapping machinery (0.7 us a call)."""
    d = settings._settings.get(code)
    v = d[0] if d else None
    return default if v is None else v


def _new_peer_stream(conn: "EngineConnection", sid: int) -> Any:
    """h2's _begin_new_stream for a peer stream whose id the caller checked (right parity,
    above highest_inbound_stream_id), without its logging and property lookups."""
    d = conn.local_settings._settings.get(_INITIAL_WINDOW)  # _setting(), inlined
    inbound = d[0] if d else None
    d = conn.remote_settings._settings.get(_INITIAL_WINDOW)
    outbound = d[0] if d else None
    if inbound is None or outbound is None:
        return conn._begin_new_stream(sid, AllowedStreamIDs(sid & 1))
    hs = EngineStream(sid, conn.config, inbound, outbound)
    hs.max_outbound_frame_size = conn.max_outbound_frame_size
    conn.streams[sid] = hs
    conn.highest_inbound_stream_id = sid
    return hs


class HotPath:
    conn: "EngineConnection"
    server: bool
    streams: dict[int, Stream]
    _events: list
    destroyed: bool
    options: Any
    last_proc_stream_id: int
    frames_received: int

    # ------------------------------------------------------------------ inbound
    def _frames(self) -> Iterator[Any]:
        """The frames that need h2 (hyperframe objects), ordinary ones handled in between."""
        buf = self.conn.incoming_buffer
        while True:
            self._fast_frames()
            if self.destroyed:
                return
            try:
                frame = next(buf)
            except StopIteration:
                return
            self.frames_received += 1
            yield frame

    def _fast_frames(self) -> None:
        """Consume leading ordinary frames of the input buffer (request or response HEADERS,
        DATA); stop at the first frame that needs h2 (`_frames` hands it to hyperframe/h2)."""
        conn = self.conn
        buf = conn.incoming_buffer
        if not ENABLED or buf._headers_buffer or buf._preamble_len or \
                conn.state_machine.state is not (_SERVER_OPEN if self.server else _CLIENT_OPEN):
            return
        data = buf._data
        n = len(data)
        off = nf = 0
        max_len = conn.max_inbound_frame_size
        mv = memoryview(data)
        try:
            while n - off >= 9:
                head = int.from_bytes(mv[off:off + 9], "big")
                length = head >> 48
                ftype = (head >> 40) & 0xFF
                flags = (head >> 32) & 0xFF
                if length > max_len or n - off - 9 < length or flags & fp.PADDED:
                    break
                end = off + 9 + length
                sid = head & 0x7FFFFFFF
                if ftype == 0x0:
                    # bytes(): no slice of `mv` may outlive this line (the buffer is resized below)
                    if not self._fast_data_in(sid, bytes(mv[off + 9:end]),
                                              bool(flags & fp.END_STREAM)):
                        break
                elif ftype == 0x1 and flags & (fp.END_HEADERS | fp.PRIORITY) == fp.END_HEADERS:
                    block = bytes(mv[off + 9:end])
                    if not (self._fast_request if self.server else self._fast_response)(
                            sid, block, bool(flags & fp.END_STREAM)):
                        break
                elif ftype == 0x8 and length == 4:
                    if not self._fast_window_update(sid, int.from_bytes(mv[off + 9:end], "big")):
                        break
                else:
                    break
                off = end
                nf += 1
                if self.destroyed:
                    break
        finally:
            mv.release()
            self.frames_received += nf
            if off:
                del data[:off]

    def _fast_consume(self, sid: int, n: int) -> bool:
        """h2's acknowledge_received_data for a stream h2 still holds, WINDOW_UPDATE frames
        written directly (same window managers, so the same half-window thresholds)."""
        conn = self.conn
        hs = conn.streams.get(sid)
        if hs is None or not ENABLED:
            return False
        out = conn._data_to_send
        inc = conn._inbound_flow_control_window_manager.process_bytes(n)
        if inc:
            out += _WINDOW_UPDATE.pack(0, 4, 0x8, 0, 0, inc)
        if hs.open:
            inc = hs._inbound_window_manager.process_bytes(n)
            if inc:
                out += _WINDOW_UPDATE.pack(0, 4, 0x8, 0, sid, inc)
        return True

    def _fast_window_update(self, sid: int, raw: int) -> bool:
        """WINDOW_UPDATE on the connection or an open stream: h2's window change (it emits a
        WindowUpdated event nobody needs: the flush after every read pumps). A zero increment,
        an overflow or any other stream state goes to h2 for its errors."""
        inc = raw & 0x7FFFFFFF
        if not inc:
            return False
        conn = self.conn
        if not sid:
            if conn.outbound_flow_control_window + inc > 0x7FFFFFFF:
                return False
            conn.outbound_flow_control_window += inc
            return True
        hs = conn.streams.get(sid)
        if hs is None or hs.outbound_flow_control_window + inc > 0x7FFFFFFF:
            return False
        state = hs.state_machine.state
        if state is not _OPEN and state is not _HCR and state is not _HCL:
            return False
        hs.outbound_flow_control_window += inc
        return True

    def _fast_data_in(self, sid: int, payload: bytes, end: bool) -> bool:
        """A DATA frame on an open stream: h2's window/length accounting, no h2 objects."""
        n = len(payload)
        if not n and not end:
            return False  # empty DATA: the invalid-frame defence counts it (session._inspect)
        s = self.streams.get(sid)
        hs = self.conn.streams.get(sid)
        if s is None or hs is None or s.closed:
            return False
        sm = hs.state_machine
        state = sm.state
        if (state is not _OPEN and state is not _HCL) or not sm.headers_received:
            return False
        self.conn._inbound_flow_control_window_manager.window_consumed(n)
        hs._inbound_window_manager.window_consumed(n)
        try:
            hs._track_content_length(n, end)
        except InvalidBodyLengthError:  # a stream error, as nghttp2 (session.py)
            self._body_length_error(sid, payload, n)  # type: ignore[attr-defined]
            return True
        if end:
            if state is _OPEN:
                sm.state = _HCR
            else:
                sm.state = _CLOSED
                sm.stream_closed_by = _RECV_END
        emit = self._events.append
        emit(ev.Data(sid, payload, n))
        if end:
            s.ended_remote = True
            emit(ev.StreamEnded(sid))
            self._maybe_closed(s)  # type: ignore[attr-defined]
        return True

    def _fast_response(self, sid: int, block: bytes, end: bool) -> bool:
        """Client: the final response HEADERS of one of our streams (1xx, trailers: h2)."""
        conn = self.conn
        s = self.streams.get(sid)
        hs = conn.streams.get(sid)
        if s is None or hs is None or s.closed:
            return False
        sm = hs.state_machine
        state = sm.state
        if (state is not _OPEN and state is not _HCL) or sm.headers_received:
            return False
        dec = conn.decoder
        headers = _decode_headers(dec, block)
        ok, has_length = dec.verdict(headers, _response_check)
        if not ok or \
                len(headers) > self.options.maxHeaderListPairs or \
                dec.last_size > dec.list_limit:  # type: ignore[attr-defined]
            self._h2_headers(sid, headers, end)
            return True
        sm.headers_received = True
        if end:
            if state is _OPEN:
                sm.state = _HCR
            else:
                sm.state = _CLOSED
                sm.stream_closed_by = _RECV_END
        if has_length or hs.request_method == b"HEAD":  # else h2 would find nothing to set
            hs._initialize_content_length(headers)
        emit = self._events.append
        emit(ev.HeadersReceived(sid, headers, "response", end))
        if end:
            s.ended_remote = True
            emit(ev.StreamEnded(sid))
            self._maybe_closed(s)  # type: ignore[attr-defined]
        return True

    def _fast_request(self, sid: int, block: bytes, end: bool) -> bool:
        """A HEADERS frame: open the request here, or False (nothing changed) to leave it to h2."""
        conn = self.conn
        if not sid & 1 or sid <= conn.highest_inbound_stream_id or self._admit(sid) or \
                len(self.streams) >= _setting(conn.local_settings, _MAX_CONCURRENT, 2**32 + 1):
            return False
        dec = conn.decoder
        headers = _decode_headers(dec, block)
        ok, has_length = dec.verdict(headers, _request_check)
        if not ok or \
                len(headers) > self.options.maxHeaderListPairs or \
                dec.last_size > dec.list_limit:  # type: ignore[attr-defined]
            self._h2_headers(sid, headers, end)  # h2's own checks and events
            return True
        hs = _new_peer_stream(conn, sid)
        sm = hs.state_machine
        sm.client = False
        sm.headers_received = True
        sm.state = _HCR if end else _OPEN
        if has_length or hs.request_method == b"HEAD":  # else h2 would find nothing to set
            hs._initialize_content_length(headers)
        s = Stream(self, sid)  # type: ignore[arg-type]
        self.streams[sid] = s
        self.last_proc_stream_id = sid
        s.ended_remote = end
        self._events.append(ev.StreamOpened(sid, headers, end))
        if end:
            self._events.append(ev.StreamEnded(sid))
        return True

    def _h2_headers(self, sid: int, headers: list, end: bool) -> None:
        """The rest of h2's _receive_headers_frame, for a block that is already decoded."""
        conn = self.conn
        events = conn.state_machine.process_input(ConnectionInputs.RECV_HEADERS)
        stream = conn._get_or_create_stream(sid, AllowedStreamIDs(not conn.config.client_side))
        try:
            _, stream_events = stream.receive_headers(headers, end, conn.config.header_encoding)
        except ProtocolError as exc:
            if not malformed(exc):
                raise
            self._reset_unknown(sid, 1)  # type: ignore[attr-defined]  # a stream error (nghttp2)
            return
        self._translate(events + stream_events)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ outbound
    def _fast_send_headers(self, s: Stream, headers: list, sensitive: Any, end_stream: bool) -> bool:
        """Queue HEADERS for a response (server) or a new request (client) without h2's encoder
        and state machine; False when the case is not the ordinary one (caller uses h2)."""
        conn = self.conn
        sid = s.id
        cstate = conn.state_machine.state
        if not ENABLED or conn.encoder.header_table.resized or not headers:
            return False
        if self.server:
            hs = conn.streams.get(sid)  # type: ignore[arg-type]
            if hs is None or cstate is not _SERVER_OPEN:
                return False
            sm = hs.state_machine
            state = sm.state
            status = headers[0]
            if (state is not _HCR and state is not _OPEN) or sm.headers_sent or sm.client or \
                    status[0] != b":status" or status[1][:1] == b"1":
                return False
            block = fp.encode_block(headers, sensitive)
            if block is None:
                return False
            sm.headers_sent = True
            if end_stream:
                if state is _HCR:
                    sm.state = _CLOSED
                    sm.stream_closed_by = _SEND_END
                else:
                    sm.state = _HCL
        else:
            if sid in conn.streams or (cstate is not _CLIENT_OPEN and
                                       cstate is not ConnectionState.IDLE):
                return False
            block = fp.encode_block(headers, sensitive)
            if block is None:
                return False
            conn.state_machine.state = _CLIENT_OPEN
            hs = conn._begin_new_stream(sid, AllowedStreamIDs.ODD)  # type: ignore[arg-type]
            sm = hs.state_machine
            sm.client = True
            sm.headers_sent = True
            sm.state = _HCL if end_stream else _OPEN
            hs._authority = authority_from_headers(headers)
            hs.request_method = extract_method_header(headers)
        conn._data_to_send += fp.headers_frames(sid, block, end_stream,  # type: ignore[arg-type]
                                                conn.max_outbound_frame_size)
        return True

    def _fast_data(self, sid: int, hs: Any, part: Any, end_stream: bool) -> bool:
        """One DATA frame (no padding) within the windows the caller checked."""
        conn = self.conn
        sm = hs.state_machine
        state = sm.state
        cstate = conn.state_machine.state
        if not ENABLED or (state is not _OPEN and state is not _HCR) or \
                (cstate is not _SERVER_OPEN and cstate is not _CLIENT_OPEN):
            return False
        n = len(part)
        out = conn._data_to_send
        out += fp.data_frame_head(sid, n, end_stream)
        out += part
        conn.outbound_flow_control_window -= n
        hs.outbound_flow_control_window -= n
        if end_stream:
            if state is _HCR:
                sm.state = _CLOSED
                sm.stream_closed_by = _SEND_END
            else:
                sm.state = _HCL
        return True

    def _end_stream(self, s: Stream) -> None:
        """An empty DATA frame with END_STREAM (h2's end_stream), written directly if possible."""
        hs = self.conn.streams.get(s.id)  # type: ignore[arg-type]
        if hs is None or not self._fast_data(s.id, hs, b"", True):  # type: ignore[arg-type]
            self.conn.end_stream(s.id)  # type: ignore[arg-type]

    def _reap_h2(self, sids: list[int]) -> None:
        """Drop closed streams from h2's table as h2's own stream counting would."""
        conn = self.conn
        streams = conn.streams
        closed = conn._closed_streams  # h2's SizeLimitDict: its Python __setitem__ skipped
        for sid in sids:
            hs = streams.get(sid)
            if hs is not None and hs.state_machine.state is _CLOSED:
                del streams[sid]
                _odict_set(closed, sid, hs.state_machine.stream_closed_by)
        limit = closed._size_limit
        if limit is not None:
            while len(closed) > limit:  # SizeLimitDict's own trim, once per batch
                closed.popitem(last=False)
