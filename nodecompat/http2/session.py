"""Sans-I/O HTTP/2 session over h2: commands in, event batches out (see docs/engine.md)."""
from __future__ import annotations

import time
from typing import Any, Callable, Optional, Protocol, Union

from h2.config import H2Configuration
from h2.errors import ErrorCodes
from h2.events import (AlternativeServiceAvailable, ConnectionTerminated, DataReceived,
                       InformationalResponseReceived, PingAckReceived, PingReceived,
                       PriorityUpdated, PushedStreamReceived, RemoteSettingsChanged, RequestReceived,
                       ResponseReceived, SettingsAcknowledged, StreamEnded, StreamReset,
                       TrailersReceived, UnknownFrameReceived)
from h2.exceptions import H2Error, InvalidBodyLengthError, ProtocolError
from h2.settings import Settings
from hyperframe.frame import AltSvcFrame, DataFrame, GoAwayFrame

from . import events as ev
from .codes import (CALLBACK_FAILED, CANCEL, ENHANCE_YOUR_CALM, FRAME_SIZE_ERROR,  # noqa: F401
                    INTERNAL_ERROR, NO_ERROR, PROTOCOL_ERROR, REFUSED_STREAM,
                    SessionCommandError)
from . import settings as st
from .conn import EngineConnection, StreamRefused
from .hotpath import HotPath
from .session_limits import STREAM_COST, Defences  # noqa: F401
from .session_priority import Priorities
from .session_timeouts import Timeouts
from .session_control import ControlFrames
from .padding import Padding
from .session_state import StateReport
from .session_files import FileResponses
from .frames import (goaway_frame, header_block_estimate, mark_sensitive, parse_origin, raw_frame,
                     ORIGIN_TYPE)
from .options import SessionOptions
from .stream import STREAM_HIGH_WATER, Stream

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


class Listener(Protocol):
    def on_events(self, session: "Session", events: list[ev.Event]) -> None: ...


class SessionIO(Protocol):
    """What a session needs from whoever owns its transport (protocol.H2Protocol)."""
    def request_flush(self) -> None: ...
    def close_after_flush(self) -> None: ...
    def write_buffer_size(self) -> int: ...
    def writable(self) -> bool: ...
    def call_later(self, delay: float, fn: Callable[[], None]) -> Any: ...


class Session(HotPath, Defences, Timeouts, ControlFrames, Padding, StateReport,
              FileResponses, Priorities):
    """The hot path lives here and in `hotpath.HotPath`; cold parts are mixins with one job each
    (`session_limits`, `session_timeouts`, `session_control`, `padding`, `session_state`,
    `session_files`). Methods resolve through the type's attribute cache: a mixin method costs
    the same call as one defined here."""
    trace: Any = None  # a trace.Tracer while --trace-http2 is on (set by H2Protocol)
    # H2Protocol writes a read's output before the read callback returns (Python API); off,
    # it goes out a loop iteration later, the order of Node's deferred write (JS binding)
    flush_on_read = False

    def __init__(self, server: bool, options: Optional[SessionOptions] = None,
                 listener: Optional[Listener] = None) -> None:
        self.server = server
        self.options = options or SessionOptions()
        self.listener = listener
        self.io: Optional[SessionIO] = None
        self.user: Any = None  # free slot for the layer above
        cfg = H2Configuration(client_side=not server, header_encoding=None,
                              validate_outbound_headers=False, normalize_outbound_headers=False,
                              split_outbound_cookies=False, validate_inbound_headers=True,
                              normalize_inbound_headers=False)  # keep cookie fields apart (Node's rawHeaders)
        self.conn = EngineConnection(config=cfg)
        self.conn.admit = self._admit
        self.streams: dict[int, Stream] = {}
        self._ready: dict[Stream, None] = {}  # streams with outbound data, insertion-ordered
        self._events: list[ev.Event] = []
        self._reap: list[int] = []  # closed stream ids, dropped after the batch is delivered
        self._pending_requests: list[Stream] = []
        self._pings: dict[bytes, tuple[float, Optional[Callable]]] = {}
        self._settings_cbs: list[Optional[Callable]] = []
        self._sent_settings: list[dict[int, int]] = []  # one entry per un-ACKed SETTINGS frame
        self._ping_seq = 0
        self.local_settings = dict(st.DEFAULT_SETTINGS)
        self.remote_settings = dict(st.PROTOCOL_DEFAULTS)
        self.remote_settings["maxConcurrentStreams"] = self.options.peerMaxConcurrentStreams
        self.pending_settings_ack = True
        self.connected = False
        self.closing = False  # close() called: no new streams, end when streams finish
        self.destroyed = False
        self.goaway_sent: Optional[int] = None  # last stream id we announced
        self.goaway_received: Optional[int] = None
        self.invalid_frames = 0
        # wire totals for Node's Http2Session perf entry (wire_totals()); frames sent are only
        # counted while count_frames_sent is set (it walks the output's frame headers)
        self.bytes_read = self.bytes_written = self.frames_received = self.frames_sent = 0
        self.count_frames_sent = False
        self._out_skip = 0 if server else len(PREFACE)  # the client magic is not a frame
        self.rejected_streams = 0
        self._acks_queued = 0
        self._rst_tokens = float(self.options.streamResetBurst)
        self._rst_time = int(time.monotonic())
        self.last_proc_stream_id = 0
        self.timeout_ms = 0
        self.last_activity = time.monotonic()
        self._timer: Any = None
        self._timed_streams: dict[Stream, None] = {}  # streams with a timeout set
        self.alpn: Optional[str] = None
        wire = st.validate(self.options.settings)
        init = {1: 4096, 4: 65535, 5: 16384, 6: 65535}
        init.update({k: v for k, v in wire.items() if k in st.ID_TO_NAME})
        if server and init.get(2):
            init.pop(2)  # ENABLE_PUSH means nothing from a server (RFC 9113 6.5.2)
        self._initial_wire = init
        self.local_settings = st.to_node(init, st.DEFAULT_SETTINGS)
        self.conn.local_settings = Settings(client=not server, initial_values=init)
        self._sent_settings.append(dict(init))
        # Node's default of 2^32-1 concurrent streams: h2 must not refuse before our own check
        self._max_inbound = wire.get(3, 2**32 - 1)
        self._custom_wire = {k: v for k, v in wire.items() if k not in st.ID_TO_NAME}

    # ------------------------------------------------------------------ lifecycle
    def attach(self, io: SessionIO) -> None:
        """Bind to a transport owner and queue the preface + initial SETTINGS."""
        self.io = io
        start = len(self.conn._data_to_send)
        self.conn.initiate_connection()
        if not self.server:
            start += len(PREFACE)
        if self._custom_wire:  # one SETTINGS frame (one ACK) carrying the custom ids too
            self._append_custom_settings(self._custom_wire, start)
        self._want_flush()

    def _want_flush(self) -> None:
        if self.io is not None:
            self.io.request_flush()

    def _raw(self, data: bytes) -> None:
        self.conn._data_to_send += data

    def _emit(self, event: ev.Event) -> None:
        self._events.append(event)

    def deliver(self) -> None:
        """Hand the pending batch to the listener (one call per batch).

        Streams closed during the batch stay in `streams` until the listener returns, so every
        event's stream_id can still be looked up there."""
        while self._events:
            batch, self._events = self._events, []
            if self.listener is not None:
                try:
                    self.listener.on_events(self, batch)
                except Exception as exc:  # the layer above failed: never let it kill the loop
                    self._fail(INTERNAL_ERROR, "ERR_HTTP2_ERROR", f"listener failed: {exc!r}")
        if self._reap:
            reap, self._reap = self._reap, []
            streams = self.streams
            for sid in reap:
                s = streams.get(sid)
                if s is not None and s.closed:
                    del streams[sid]
            self._reap_h2(reap)

    @property
    def open_streams(self) -> int:
        return len(self.streams) - len(self._reap)

    # ------------------------------------------------------------------ input
    def receive(self, data: bytes) -> None:
        """Feed bytes from the peer; emits one batch."""
        if self.destroyed:
            return
        if self.trace is not None:
            self.trace.recv(data)
        self.bytes_read += len(data)
        if self.timeout_ms:
            self._session_active()
        conn = self.conn
        try:
            conn.incoming_buffer.add_data(data)
            conn.incoming_buffer.max_frame_size = conn.max_inbound_frame_size
            if not self.connected and not self.server and \
                    self._not_http2(conn.incoming_buffer._data):
                self.deliver()
                self._want_flush()
                return
            for frame in self._frames():  # ordinary frames are handled inside (hotpath.py)
                if self._inspect(frame):
                    break
                if isinstance(frame, AltSvcFrame) and frame.stream_id:
                    self._stream_altsvc(frame)  # h2 would report it as the stream's origin
                    continue
                try:
                    if isinstance(frame, GoAwayFrame):
                        # h2 would forbid finishing open streams after GOAWAY: keep its state
                        state = conn.state_machine.state
                        h2_events = conn._receive_frame(frame)
                        conn.state_machine.state = state
                    else:
                        h2_events = conn._receive_frame(frame)
                except StreamRefused as exc:  # refused, or malformed headers (a stream error)
                    self._reset_unknown(exc.stream_id, exc.error_code)
                    # Node counts only its own refusals (memory: ENHANCE_YOUR_CALM), not nghttp2's
                    # REFUSED_STREAM ones, and post-increments: `rejected_stream_count_++ > max`
                    if exc.error_code == ENHANCE_YOUR_CALM:
                        self.rejected_streams += 1
                        if self.rejected_streams > self.options.maxSessionRejectedStreams + 1:
                            self._fail(INTERNAL_ERROR, "ERR_HTTP2_ERROR", CALLBACK_FAILED)
                            break
                    continue
                except InvalidBodyLengthError:
                    data = frame.data if isinstance(frame, DataFrame) else b""
                    self._body_length_error(frame.stream_id, data,
                                            getattr(frame, "flow_controlled_length", 0))
                    continue
                if h2_events:
                    self._translate(h2_events)
                if self.destroyed:
                    break
        except ProtocolError as exc:
            code = int(getattr(exc, "error_code", PROTOCOL_ERROR) or PROTOCOL_ERROR)
            try:
                conn._terminate_connection(code)  # queues GOAWAY(code, last stream id)
            except Exception:
                self._raw(goaway_frame(code, conn.highest_inbound_stream_id))
            self._fail(code, "ERR_HTTP2_ERROR", str(exc) or type(exc).__name__, goaway_sent=True)
        except Exception as exc:  # any bug or malformed input: GOAWAY, never an unhandled exception
            self._fail(PROTOCOL_ERROR, "ERR_HTTP2_ERROR", f"{type(exc).__name__}: {exc}")
        if self._timed_streams:
            self._stamp_streams(self._events)
        self.deliver()
        self._want_flush()

    def _translate(self, h2_events: list) -> None:
        emit = self._events.append
        streams = self.streams
        for e in h2_events:
            t = type(e)
            if t is DataReceived:
                s = streams.get(e.stream_id)
                if s is None:
                    self._consume_orphan(e.flow_controlled_length)
                    continue
                emit(ev.Data(e.stream_id, e.data, e.flow_controlled_length))
                if e.stream_ended is not None:
                    s.ended_remote = True
                    emit(ev.StreamEnded(e.stream_id))
                    self._maybe_closed(s)
            elif t is RequestReceived:
                sid = e.stream_id
                if len(e.headers) > self.options.maxHeaderListPairs or self._list_over(e.headers):
                    self.conn.reset_stream(sid, ENHANCE_YOUR_CALM)  # Node does not count it
                    continue
                s = Stream(self, sid)
                streams[sid] = s
                self.last_proc_stream_id = sid
                ended = e.stream_ended is not None
                s.ended_remote = ended
                emit(ev.StreamOpened(sid, e.headers, ended))
                if ended:
                    emit(ev.StreamEnded(sid))
            elif t is ResponseReceived or t is TrailersReceived or t is InformationalResponseReceived:
                s = streams.get(e.stream_id)
                if s is None:
                    continue
                if len(e.headers) > self.options.maxHeaderListPairs or self._list_over(e.headers):
                    self.reset(s, ENHANCE_YOUR_CALM)
                    continue
                kind = "response" if t is ResponseReceived else (
                    "trailers" if t is TrailersReceived else "info")
                # h2's InformationalResponseReceived has no stream_ended (a 1xx never ends a stream)
                ended = t is not InformationalResponseReceived and e.stream_ended is not None
                emit(ev.HeadersReceived(e.stream_id, e.headers, kind, ended))
                if ended:
                    s.ended_remote = True
                    emit(ev.StreamEnded(e.stream_id))
                    self._maybe_closed(s)
            elif t is StreamEnded:
                s = streams.get(e.stream_id)
                if s is not None and not s.ended_remote:
                    s.ended_remote = True
                    emit(ev.StreamEnded(e.stream_id))
                    self._maybe_closed(s)
            elif t is StreamReset:
                s = streams.get(e.stream_id)
                if s is not None:
                    self._close_stream(s, int(e.error_code), remote=e.remote_reset)
            elif t is PushedStreamReceived:
                s = Stream(self, e.pushed_stream_id)
                s.pushed = True
                s.ended_local = True  # a pushed stream is half-closed (local) for the client
                s.parent_id = e.parent_stream_id
                streams[e.pushed_stream_id] = s
                emit(ev.PushPromise(e.parent_stream_id, e.pushed_stream_id, e.headers))
            elif t is PingReceived:
                emit(ev.PingReceived(e.ping_data))
            elif t is PingAckReceived:
                entry = self._pings.pop(e.ping_data, None)
                if entry is not None:
                    rtt = (time.monotonic() - entry[0]) * 1000.0
                    emit(ev.PingAck(e.ping_data, rtt))
                    if entry[1] is not None:
                        entry[1](None, rtt, e.ping_data)
            elif t is RemoteSettingsChanged:
                self.remote_settings = st.to_node(
                    {int(k): v.new_value for k, v in e.changed_settings.items()}, self.remote_settings)
                first = not self.connected
                self.connected = True
                if first:
                    emit(ev.Connected())
                emit(ev.RemoteSettings(dict(self.remote_settings)))
                self._open_pending()
                self._ready.update({x: None for x in streams.values() if x.out or x.source})
            elif t is SettingsAcknowledged:
                # ACKs come in order (RFC 9113 6.5.3): apply exactly the frame this one ACKs
                # (h2's changed_settings may merge several outstanding frames)
                acked = self._sent_settings.pop(0) if self._sent_settings else {}
                self.local_settings = st.to_node(acked, self.local_settings)
                if 6 in acked:  # Node's header-list check reads the acked value (_list_over)
                    self.conn.decoder.max_header_list_size = acked[6]
                cb = self._settings_cbs.pop(0) if self._settings_cbs else None
                self.pending_settings_ack = bool(self._settings_cbs)
                emit(ev.LocalSettings(dict(self.local_settings)))
                if cb is not None:
                    cb(None, dict(self.local_settings))
            elif t is ConnectionTerminated:
                self.goaway_received = int(e.last_stream_id or 0)
                emit(ev.GoAway(int(e.error_code), self.goaway_received, e.additional_data or b""))
                for p in self._pending_requests:
                    self._close_stream(p, REFUSED_STREAM, remote=True)
                self._pending_requests.clear()
                for s in [x for x in streams.values() if not x.closed]:  # never processed by peer
                    if s.id is not None and s.id > self.goaway_received and \
                            (s.id % 2 == 1) != self.server:
                        self._close_stream(s, REFUSED_STREAM, remote=True)
                if self.closing or not self.open_streams:
                    self.closing = True
                    self._maybe_finish()
            elif t is AlternativeServiceAvailable:
                emit(ev.AltSvc(e.origin.decode("latin-1") if e.origin else "", 0,
                               e.field_value.decode("latin-1")))
            elif t is UnknownFrameReceived:
                f = e.frame
                if f.type == ORIGIN_TYPE and f.stream_id == 0:
                    emit(ev.Origin(parse_origin(f.body)))
                elif f.type == 0xA:  # ALTSVC on a stream (h2 reports only origin form)
                    continue
                else:
                    emit(ev.UnknownFrame(f.type, f.stream_id, f.flag_byte, f.body))
            elif t is PriorityUpdated:
                p = self._priority_event(e, h2_events)
                if p is not None:
                    emit(p)
            # WindowUpdated: window changes are handled by the next pump

    def _reset_unknown(self, sid: int, code: int) -> None:
        """RST_STREAM for a stream h2 may or may not know; close ours if we have one."""
        try:
            self.conn.reset_stream(sid, code)
        except H2Error:  # h2 no longer knows the stream: write the frame ourselves
            self._raw(raw_frame(0x3, 0, sid, code.to_bytes(4, "big")))
        s = self.streams.get(sid)
        if s is not None:
            self._close_stream(s, code, remote=False)

    def _body_length_error(self, sid: int, data: bytes, flow_len: int) -> None:
        """DATA that disagrees with content-length (h2 raised after consuming the windows): a
        malformed message, so a stream error as in nghttp2: DATA within the length is still
        delivered (a body cut short at END_STREAM), a frame going past it is not; then
        RST_STREAM(PROTOCOL_ERROR), and the session and its other streams carry on."""
        s = self.streams.get(sid)
        hs = self.conn.streams.get(sid)
        past = hs is None or hs._expected_content_length is None or \
            hs._actual_content_length > hs._expected_content_length
        if s is not None and not s.closed and data and not past:
            self._events.append(ev.Data(sid, data, flow_len))  # handed back by consume()
        else:
            self._consume_orphan(flow_len)
        self._reset_unknown(sid, PROTOCOL_ERROR)

    def _consume_orphan(self, n: int) -> None:
        if n:
            inc = self.conn._inbound_flow_control_window_manager.process_bytes(n)
            if inc:
                self._raw(raw_frame(0x8, 0, 0, inc.to_bytes(4, "big")))

    # ------------------------------------------------------------------ output
    def flush(self) -> bytes:
        """Called once per loop iteration by the I/O owner: pump bodies, deliver, return bytes."""
        if not self.destroyed and self._ready and (self.io is None or self.io.writable()):
            if self._pump() and self._ready and self.io is not None and self.io.writable():
                self.io.request_flush()  # per-flush budget used up: continue next iteration
        self.deliver()
        out = self.conn._data_to_send
        if out:
            self.conn._data_to_send = bytearray()
            self.bytes_written += len(out)
            if self.count_frames_sent:
                self._count_sent(out)
            elif self._out_skip:
                self._out_skip = 0  # the magic went out uncounted
            if self.timeout_ms:
                self._session_active()  # Node: our writes refresh the session's timer too
            # (asked only when needed: with TLS the buffer size is a sum over asyncio's queue)
            if self._acks_queued and (self.io is None or self.io.write_buffer_size() == 0):
                self._acks_queued = 0
            return out  # type: ignore[return-value]  # no copy: a fresh buffer replaced it
        if self._acks_queued and self.io is not None and self.io.write_buffer_size() == 0:
            self._acks_queued = 0
        return b""

    def _pump(self) -> bool:
        """Move queued body bytes into DATA frames; True if the per-flush budget ran out."""
        conn = self.conn
        max_frame = conn.max_outbound_frame_size
        io = self.io
        budget = self.options.writeHighWater  # bytes per flush: keeps one write bounded
        # nothing below writes to the transport, so its writability cannot change in the loop
        if io is not None and not io.writable():
            return False
        padding = self.options.paddingStrategy
        for s in list(self._ready):
            if budget <= 0:
                break
            sid = s.id
            if s.closed or sid is None:
                self._ready.pop(s, None)
                continue
            if not s.headers_sent:
                self._ready.pop(s, None)
                continue
            while budget > 0:
                if not s.out and s.source is not None and not s.source.done:
                    window = conn.local_flow_control_window(sid)
                    if window <= 0:
                        break
                    chunk = s.source.read(min(window, max_frame * 4, budget))
                    if chunk:
                        s.out.append(chunk)
                        s.out_bytes += len(chunk)
                    if s.source.done:
                        s.source.close()
                        s.source = None
                        s.end_requested = True
                if not s.out:
                    break
                hs = conn.streams.get(sid)
                window = min(conn.outbound_flow_control_window, hs.outbound_flow_control_window) \
                    if hs is not None else conn.local_flow_control_window(sid)
                if window <= 0:
                    break
                chunk = s.out[0]
                n = min(len(chunk), window, max_frame, budget)
                pad = None  # pad_length field; 0 is a PADDED frame with just the length byte
                if padding:
                    padded = self._padded_length(n, min(window, max_frame))
                    if padded > n:
                        pad = padded - n - 1
                if n < len(chunk):
                    mv = memoryview(chunk)
                    part, s.out[0] = mv[:n], mv[n:]
                else:
                    part = s.out.popleft()
                s.out_bytes -= n
                budget -= n
                last = not s.out and s.end_requested and not s.wait_for_trailers and s.source is None
                if pad is not None or not self._fast_data(sid, hs, part, last):
                    conn.send_data(sid, part, end_stream=last, pad_length=pad)
                if last:
                    s.ended_local = True
            if s.timeout_ms:
                self._stream_active(s)
            if s.above_high and s.out_bytes < STREAM_HIGH_WATER:
                s.above_high = False
                self._emit(ev.Drain(sid))
            if not s.out and (s.source is None):
                self._ready.pop(s, None)
                if s.end_requested and not s.ended_local:
                    self._finish_local(s)
                self._maybe_closed(s)
        return budget <= 0

    def _finish_local(self, s: Stream) -> None:
        """Our data is done: either ask for trailers or send END_STREAM."""
        if s.wait_for_trailers:
            if not s.want_trailers_sent:
                s.want_trailers_sent = True
                self._emit(ev.WantTrailers(s.id))  # type: ignore[arg-type]
            return
        self._end_stream(s)
        s.ended_local = True

    def _maybe_closed(self, s: Stream) -> None:
        if s.ended_local and s.ended_remote and not s.closed and not s.out:
            self._close_stream(s, 0, remote=False, reset=False)

    def _close_stream(self, s: Stream, code: int, remote: bool, reset: bool = True) -> None:
        if s.closed:
            return
        s.closed = True
        s.rst_code = code
        if s.source is not None:
            s.source.close()
            s.source = None
        s.out.clear()
        s.out_bytes = 0
        self._ready.pop(s, None)
        if s.timer is not None:
            s.timer.cancel()
            s.timer = None
        if s.timeout_ms:
            self._timed_streams.pop(s, None)
        if s.id is not None:
            self._reap.append(s.id)
            if reset:
                self._emit(ev.StreamReset(s.id, code, remote))
            self._events.append(ev.StreamClosed(s.id, code))
        if self._pending_requests:
            self._open_pending()
        if self.closing and not self.open_streams:
            self._maybe_finish()

    # ------------------------------------------------------------------ commands
    def _check_open(self) -> None:
        if self.destroyed:
            raise SessionCommandError("ERR_HTTP2_INVALID_SESSION", "The session has been destroyed")

    def request(self, headers: ev.Headers, sensitive: frozenset = frozenset(),
                end_stream: bool = False, wait_for_trailers: bool = False) -> Stream:
        """Client request. The stream may stay pending (id None) until a concurrency slot frees."""
        self._check_open()
        if self.server:
            raise SessionCommandError("ERR_HTTP2_INVALID_SESSION", "request() on a server session")
        if self.closing or self.goaway_received is not None:
            raise SessionCommandError("ERR_HTTP2_GOAWAY_SESSION",
                                      "New streams cannot be created after receiving a GOAWAY")
        s = Stream(self, None)
        s.wait_for_trailers = wait_for_trailers
        s.pending_request = (headers, sensitive, end_stream)
        self._pending_requests.append(s)
        self._open_pending()
        return s

    def _open_pending(self) -> None:
        if not self._pending_requests:
            return
        limit = int(self.remote_settings.get("maxConcurrentStreams", 100))
        conn = self.conn
        while self._pending_requests and conn.open_outbound_streams < limit:
            s = self._pending_requests.pop(0)
            headers, sensitive, end_stream = s.pending_request  # type: ignore[misc]
            s.pending_request = None
            sid = conn.get_next_available_stream_id()
            s.id = sid
            self.streams[sid] = s
            self._mark_request()
            if not self._send_headers(s, headers, sensitive, end_stream and not s.wait_for_trailers):
                continue
            s.sent_headers = headers
            s.headers_sent = True
            self._emit(ev.StreamStarted(sid))
            if end_stream:
                s.end_requested = True
                if s.wait_for_trailers:
                    self._finish_local(s)
                else:
                    s.ended_local = True
        self._want_flush()

    def set_next_stream_id(self, stream_id: int) -> bool:
        """Node's setNextStreamID: the next locally initiated stream gets `stream_id`.

        Like nghttp2 (and so Node, which ignores the failure), an id that is not above the ids
        already used, has the wrong parity or is out of range is ignored: returns False."""
        self._check_open()
        return self.conn.set_next_stream_id(stream_id)

    def _send_headers(self, s: Stream, headers: ev.Headers, sensitive: frozenset,
                      end_stream: bool, size: int = -1) -> bool:
        """`size`: the caller's header_block_estimate(headers) if it has one (binding caches)."""
        if (size if size >= 0 else header_block_estimate(headers)) > \
                self.options.maxSendHeaderBlockLength:
            self._emit(ev.FrameError(0x1, FRAME_SIZE_ERROR, s.id or 0))  # Node: frameError type 1
            # nghttp2 never sends the frame: a request's stream closes with REFUSED_STREAM and no
            # RST_STREAM (h2 never saw the stream: resetting it there would close h2's connection);
            # a response is reset with INTERNAL_ERROR (Node's frameError handler closes it)
            if self.server:
                self.reset(s, INTERNAL_ERROR)
            else:
                if s.id is not None and s.id > self.conn.highest_outbound_stream_id:
                    self.conn.highest_outbound_stream_id = s.id  # nghttp2 used the id up
                self._close_stream(s, REFUSED_STREAM, remote=False)
            return False
        start = len(self.conn._data_to_send)
        if not self._fast_send_headers(s, headers, sensitive, end_stream):
            self.conn.send_headers(s.id, mark_sensitive(headers, sensitive), end_stream=end_stream)
        if self.options.paddingStrategy:
            self._pad_headers(start)
        self._want_flush()
        return True

    def respond(self, s: Stream, headers: ev.Headers, sensitive: frozenset = frozenset(),
                end_stream: bool = False, wait_for_trailers: bool = False, size: int = -1) -> None:
        if self.destroyed or s.closed or s.id is None:
            self._check_stream(s)  # raises Node's error
        if s.headers_sent:
            raise SessionCommandError("ERR_HTTP2_HEADERS_SENT", "Response has already been initiated.")
        s.wait_for_trailers = wait_for_trailers
        if s.timeout_ms:
            self._stream_active(s)
        if not self._send_headers(s, headers, sensitive, end_stream and not wait_for_trailers,
                                  size):
            return
        s.headers_sent = True
        s.sent_headers = headers
        if end_stream:
            s.end_requested = True
            if wait_for_trailers:
                self._finish_local(s)
            else:
                s.ended_local = True
                self._maybe_closed(s)
        elif s.out or s.source is not None:
            self._ready[s] = None

    def info(self, s: Stream, headers: ev.Headers, sensitive: frozenset = frozenset()) -> None:
        self._check_stream(s)
        if s.headers_sent:
            raise SessionCommandError("ERR_HTTP2_HEADERS_AFTER_RESPOND",
                                      "Cannot specify additional headers after response initiated")
        start = len(self.conn._data_to_send)
        self.conn.send_headers(s.id, mark_sensitive(headers, sensitive), end_stream=False)
        if self.options.paddingStrategy:
            self._pad_headers(start)
        s.sent_info_headers.append(headers)
        self._want_flush()

    def write(self, s: Stream, data: Union[bytes, memoryview], end: bool = False) -> bool:
        if s.closed or s.end_requested:
            return False
        if s.timeout_ms:
            self._stream_active(s)
        if data:
            s.out.append(data)
            s.out_bytes += len(data)
        if end:
            s.end_requested = True
        if s.headers_sent and s.id is not None:
            self._ready[s] = None
            self._want_flush()
        if s.out_bytes >= STREAM_HIGH_WATER:
            s.above_high = True
            return False
        return True

    def send_trailers(self, s: Stream, headers: ev.Headers, sensitive: frozenset = frozenset()) -> None:
        self._check_stream(s)
        if s.ended_local:
            raise SessionCommandError("ERR_HTTP2_TRAILERS_ALREADY_SENT",
                                      "Trailing headers have already been sent")
        if not s.want_trailers_sent:
            raise SessionCommandError("ERR_HTTP2_TRAILERS_NOT_READY",
                                      "Trailing headers cannot be sent until after the wantTrailers "
                                      "event is emitted")
        if headers:
            start = len(self.conn._data_to_send)
            self.conn.send_headers(s.id, mark_sensitive(headers, sensitive), end_stream=True)
            if self.options.paddingStrategy:
                self._pad_headers(start)
        else:  # Node: no trailer fields -> an empty DATA frame with END_STREAM
            self._end_stream(s)
        s.sent_trailers = headers
        s.ended_local = True
        self._maybe_closed(s)
        self._want_flush()

    def reset(self, s: Stream, code: int = 0) -> None:
        if s.closed:
            return
        if s.id is None:  # still pending: never reached the wire
            if s in self._pending_requests:
                self._pending_requests.remove(s)
            s.closed = True
            s.rst_code = code
            return
        if s.out and s.headers_sent and not self.destroyed:
            self._flush_before_reset(s)
        try:
            self.conn.reset_stream(s.id, code)
        except H2Error:
            pass  # already closed in h2; still close ours
        self._close_stream(s, code, remote=False)
        self._want_flush()

    def _flush_before_reset(self, s: Stream) -> None:
        """Node's SubmitRstStream sends pending data first: the stream's queued DATA goes out
        (as far as the windows allow) before its RST_STREAM."""
        others = self._ready
        self._ready = {s: None}
        try:
            self._pump()
        finally:
            others.pop(s, None)
            self._ready = others

    def push(self, parent: Stream, headers: ev.Headers, sensitive: frozenset = frozenset()) -> Stream:
        self._check_stream(parent)
        if not self.server:
            raise SessionCommandError("ERR_HTTP2_PUSH_DISABLED", "HTTP/2 client has disabled push")
        if not self.remote_settings.get("enablePush", True):
            raise SessionCommandError("ERR_HTTP2_PUSH_DISABLED", "HTTP/2 client has disabled push streams")
        if parent.pushed:
            raise SessionCommandError("ERR_HTTP2_NESTED_PUSH",
                                      "A push stream cannot initiate another push stream.")
        sid = self.conn.get_next_available_stream_id()
        self.conn.push_stream(parent.id, sid, mark_sensitive(headers, sensitive))
        s = Stream(self, sid)
        s.pushed = True
        s.ended_remote = True
        s.parent_id = parent.id or 0
        self.streams[sid] = s
        self._want_flush()
        return s

    def _check_stream(self, s: Stream) -> None:
        self._check_open()
        if s.closed or s.id is None:
            raise SessionCommandError("ERR_HTTP2_INVALID_STREAM", "The stream has been destroyed")

    def consume(self, stream_id: int, nbytes: int) -> None:
        """The application took `nbytes` of flow-controlled data: WINDOW_UPDATE may follow."""
        if nbytes <= 0 or self.destroyed:
            return
        if not self._fast_consume(stream_id, nbytes):
            try:
                self.conn.acknowledge_received_data(nbytes, stream_id)
            except H2Error:  # the stream is gone: credit the connection window only
                self._consume_orphan(nbytes)
        self._want_flush()

    def close(self) -> None:
        """Graceful: GOAWAY(NO_ERROR), let open streams finish, then close the transport."""
        if self.destroyed or self.closing:
            return
        self.closing = True
        if self.goaway_sent is None:
            self.goaway(NO_ERROR)
        for p in self._pending_requests:
            self._close_stream(p, CANCEL, remote=False)
        self._pending_requests.clear()
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if not self.open_streams and self.io is not None:
            self.destroyed = True
            self.io.close_after_flush()
            self._want_flush()

    def destroy(self, code: int = NO_ERROR, error: Optional[str] = None) -> None:
        """Abrupt: GOAWAY(code) if not sent, close every stream, close the transport."""
        if self.destroyed:
            return
        if self.goaway_sent is None:
            self._raw(goaway_frame(code, self.last_proc_stream_id))
            self.goaway_sent = self.last_proc_stream_id
        for s in [x for x in self.streams.values() if not x.closed]:
            self._close_stream(s, CANCEL if code == NO_ERROR else code, remote=False, reset=False)
        self.destroyed = True
        for payload, (_, cb) in list(self._pings.items()):
            if cb is not None:
                cb("ERR_HTTP2_PING_CANCEL", 0.0, payload)
        self._pings.clear()
        if self.io is not None:
            self.io.close_after_flush()
            self._want_flush()

    def _fail(self, h2_code: int, code: str, message: str, goaway_sent: bool = False) -> None:
        """Connection error (RFC 9113 5.4.1): GOAWAY with the code, event, destroy."""
        if self.destroyed:
            return
        if goaway_sent:
            self.goaway_sent = self.conn.highest_inbound_stream_id
        elif self.goaway_sent is None:
            self._raw(goaway_frame(h2_code, self.conn.highest_inbound_stream_id))
            self.goaway_sent = self.conn.highest_inbound_stream_id
        self._emit(ev.SessionError(code, message, h2_code))
        self.destroy(h2_code)

    def connection_lost(self, error: Optional[str] = None) -> None:
        """Transport closed (by either side): close every stream, last event."""
        was = self.destroyed
        self.destroyed = True
        for s in [x for x in self.streams.values() if not x.closed]:
            self._close_stream(s, CANCEL if not s.ended_remote or not s.ended_local else 0,
                               remote=True, reset=False)
        for p in self._pending_requests:
            p.closed = True
        self._pending_requests.clear()
        if not was:
            for payload, (_, cb) in list(self._pings.items()):
                if cb is not None:
                    cb("ERR_HTTP2_PING_CANCEL", 0.0, payload)
        self._pings.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._emit(ev.SessionClosed(error))
        self.deliver()
