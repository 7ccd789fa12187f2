"""Sans-I/O HTTP/2 session over h2: commands in, event batches out (see docs/engine.md)."""
from __future__ import annotations

import time
from typing import Any, Callable, Iterable, Optional, Protocol, Union

from h2.config import H2Configuration
from h2.errors import ErrorCodes
from h2.events import (AlternativeServiceAvailable, ConnectionTerminated, DataReceived,
                       InformationalResponseReceived, PingAckReceived, PingReceived,
                       PushedStreamReceived, RemoteSettingsChanged, RequestReceived,
                       ResponseReceived, SettingsAcknowledged, StreamEnded, StreamReset,
                       TrailersReceived, UnknownFrameReceived)
from h2.exceptions import InvalidBodyLengthError, ProtocolError
from h2.settings import Settings
from hyperframe.frame import (AltSvcFrame, DataFrame, GoAwayFrame, HeadersFrame, PingFrame,
                              RstStreamFrame, SettingsFrame)

from . import events as ev
from . import settings as st
from .conn import EngineConnection, StreamRefused
from .hotpath import HotPath
from .frames import (goaway_frame, header_block_estimate, mark_sensitive, origin_frame,
                     parse_origin, raw_frame, ORIGIN_TYPE)
from .options import PADDING_ALIGNED, PADDING_MAX, SessionOptions
from .stream import STREAM_HIGH_WATER, FileSource, Stream

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
STREAM_COST = 2500  # bytes charged per open stream against maxSessionMemory (Node: ~4000 @10 MB)
NO_ERROR, PROTOCOL_ERROR, INTERNAL_ERROR, CANCEL = 0, 1, 2, 8
REFUSED_STREAM, ENHANCE_YOUR_CALM, FRAME_SIZE_ERROR = 7, 11, 6
# nghttp2_strerror(NGHTTP2_ERR_CALLBACK_FAILURE): Node's message when its callback refused
CALLBACK_FAILED = "The user callback function failed"


class Listener(Protocol):
    def on_events(self, session: "Session", events: list[ev.Event]) -> None: ...


class SessionIO(Protocol):
    """What a session needs from whoever owns its transport (protocol.H2Protocol)."""
    def request_flush(self) -> None: ...
    def close_after_flush(self) -> None: ...
    def write_buffer_size(self) -> int: ...
    def writable(self) -> bool: ...
    def call_later(self, delay: float, fn: Callable[[], None]) -> Any: ...


class SessionCommandError(Exception):
    """A command that Node would reject (e.g. ERR_HTTP2_INVALID_STREAM); `code` is Node's."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Session(HotPath):
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

    def _append_custom_settings(self, custom: dict[int, int], start: int) -> None:
        """h2 refuses unknown ids: extend the SETTINGS frame h2 just queued (the last frame in
        the output buffer) with them, so each settings change stays one frame and one ACK."""
        buf = self.conn._data_to_send
        payload = b"".join(k.to_bytes(2, "big") + v.to_bytes(4, "big") for k, v in custom.items())
        length = int.from_bytes(buf[start:start + 3], "big")
        assert buf[start + 3] == 0x4 and start + 9 + length == len(buf), "SETTINGS not last"
        buf[start:start + 3] = (length + len(payload)).to_bytes(3, "big")
        buf += payload

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
            for sid in reap:
                s = self.streams.get(sid)
                if s is not None and s.closed:
                    del self.streams[sid]
                self._reap_h2(sid)

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

    def _stream_altsvc(self, frame: Any) -> None:
        """ALTSVC on a stream (RFC 7838 4), as nghttp2: client only, the stream must be known,
        origin empty; Node's 'altsvc' gets (value, '', stream id)."""
        s = self.streams.get(frame.stream_id)
        if self.server or s is None or frame.origin or not frame.field:
            return
        self._emit(ev.AltSvc("", frame.stream_id, frame.field.decode("latin-1")))

    def _not_http2(self, buf: bytearray) -> bool:
        """Client: the server's first frame must be SETTINGS (nghttp2's SETTINGS expected); h2
        would wait for the whole 'frame' a non-HTTP/2 reply announces (b'HTTP/1.1 400...' reads
        as 4.7 MB). Node: NghttpError ERR_HTTP2_ERROR "Protocol error" (-505)."""
        if len(buf) < 9 or (buf[3] == 0x4 and not buf[4] & 0x1):
            return False
        self._fail(PROTOCOL_ERROR, "ERR_HTTP2_ERROR", "Protocol error")
        return True

    def _inspect(self, frame: Any) -> bool:
        """Engine-level defences, before h2 sees the frame. True = session failed."""
        if isinstance(frame, DataFrame):
            if not frame.data and "END_STREAM" not in frame.flags:
                return self._invalid()  # CVE-2019-9518 empty-frame flood
            if frame.stream_id not in self.conn.streams:
                self.invalid_frames += 1
        elif isinstance(frame, PingFrame) or isinstance(frame, SettingsFrame):
            if "ACK" not in frame.flags:
                # nghttp2 counts the frame's entries (repeated ids too), not distinct ids
                if isinstance(frame, SettingsFrame) and frame.body_len // 6 > self.options.maxSettings:
                    self._fail(ENHANCE_YOUR_CALM, "ERR_HTTP2_SESSION_ERROR", "too many settings")
                    return True
                self._acks_queued += 1
                if self._acks_queued > self.options.maxQueuedControlAcks:
                    self._fail(ENHANCE_YOUR_CALM, "ERR_HTTP2_SESSION_ERROR", "flooding detected")
                    return True
        elif isinstance(frame, RstStreamFrame):
            if self.server and self._rst_limited():  # CVE-2023-44487 rapid reset
                # nghttp2 terminates the session: GOAWAY INTERNAL_ERROR, last received stream
                self._fail(INTERNAL_ERROR, "ERR_HTTP2_SESSION_ERROR", "stream reset flood")
                return True
        elif isinstance(frame, HeadersFrame):
            if frame.stream_id in self.streams and self.streams[frame.stream_id].ended_remote:
                self.invalid_frames += 1
        return self._too_many_invalid()

    def _invalid(self) -> bool:
        self.invalid_frames += 1
        return self._too_many_invalid()

    def _too_many_invalid(self) -> bool:
        # Node: `invalid_frame_count_++ > max` (post-increment: fails on the (max+2)-th), its
        # callback fails, and destroying the session sends GOAWAY INTERNAL_ERROR
        if self.invalid_frames > self.options.maxSessionInvalidFrames + 1:
            self._fail(INTERNAL_ERROR, "ERR_HTTP2_TOO_MANY_INVALID_FRAMES", CALLBACK_FAILED)
            return True
        return False

    def _rst_limited(self) -> bool:
        """nghttp2's stream reset rate limit: a token bucket refilled once per whole second."""
        now = int(time.monotonic())
        o = self.options
        if now != self._rst_time:
            self._rst_tokens = min(float(o.streamResetBurst),
                                   self._rst_tokens + (now - self._rst_time) * o.streamResetRate)
            self._rst_time = now
        if self._rst_tokens < 1:
            return True
        self._rst_tokens -= 1
        return False

    def _admit(self, stream_id: int) -> int:
        """Admission of a new peer stream: 0 or an RST_STREAM code."""
        if self.goaway_sent is not None and stream_id > self.goaway_sent or self.closing:
            return REFUSED_STREAM
        if self.open_streams >= self._max_inbound:
            return REFUSED_STREAM
        if self.memory() > self.options.maxSessionMemory * 1_000_000:
            return ENHANCE_YOUR_CALM
        return 0

    def memory(self) -> int:
        """maxSessionMemory accounting: streams, queued output, HPACK tables, pending pings."""
        c = self.conn
        return (self.open_streams * STREAM_COST + len(c._data_to_send)
                + sum(s.out_bytes for s in self._ready) + c.encoder.header_table._current_size
                + c.decoder.header_table._current_size + 64 * len(self._pings))

    def _list_over(self, headers: list) -> bool:
        """Node's maxHeaderListSize check (name + value + 32 per field, local acked setting).
        The decoder's size of the last block gates it: the exact sum runs only for big blocks."""
        dec = self.conn.decoder
        if getattr(dec, "last_size", 0) <= dec.list_limit:  # type: ignore[attr-defined]
            return False
        return sum(len(n) + len(v) + 32 for n, v in headers) > dec.list_limit  # type: ignore

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
            # PriorityUpdated, WindowUpdated: window changes are handled by the next pump

    def _reset_unknown(self, sid: int, code: int) -> None:
        """RST_STREAM for a stream h2 may or may not know; close ours if we have one."""
        try:
            self.conn.reset_stream(sid, code)
        except Exception:
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
            if self.io is None or self.io.write_buffer_size() == 0:
                self._acks_queued = 0
            return out  # type: ignore[return-value]  # no copy: a fresh buffer replaced it
        if self.io is not None and self.io.write_buffer_size() == 0:
            self._acks_queued = 0
        return b""

    def _pump(self) -> bool:
        """Move queued body bytes into DATA frames; True if the per-flush budget ran out."""
        conn = self.conn
        max_frame = conn.max_outbound_frame_size
        io = self.io
        budget = self.options.writeHighWater  # bytes per flush: keeps one write bounded
        for s in list(self._ready):
            if budget <= 0 or (io is not None and not io.writable()):
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
                if self.options.paddingStrategy:
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

    def _padded_length(self, n: int, max_payload: int) -> int:
        """nghttp2's select_padding with Node's strategies: the padded payload length for a
        frame of n payload bytes (n = no padding; n + 1 + pad_length otherwise)."""
        if n >= max_payload:
            return n
        limit = min(max_payload, n + 256)  # NGHTTP2_MAX_PADLEN
        if self.options.paddingStrategy == PADDING_MAX:
            return limit
        if self.options.paddingStrategy == PADDING_ALIGNED:
            r = (n + 9) % 8
            return n if r == 0 else min(n + 8 - r, limit)
        return n

    def _pad_headers(self, start: int) -> None:
        """Node pads HEADERS too (nghttp2's session_headers_add_pad, max payload 16384): pad
        the single HEADERS frame queued at `start` in the output buffer."""
        buf = self.conn._data_to_send
        if len(buf) - start < 9 or buf[start + 3] != 0x1:
            return
        n = int.from_bytes(buf[start:start + 3], "big")
        flags = buf[start + 4]
        if start + 9 + n != len(buf) or not flags & 0x4 or flags & 0x8:
            return  # CONTINUATION follows, or already padded: leave it
        padded = self._padded_length(n, 16384)
        if padded <= n:
            return
        buf[start:start + 3] = padded.to_bytes(3, "big")
        buf[start + 4] = flags | 0x8
        buf[start + 9:start + 9] = bytes([padded - n - 1])
        buf += bytes(padded - n - 1)

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
            self._emit(ev.StreamClosed(s.id, code))
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
                      end_stream: bool) -> bool:
        if header_block_estimate(headers) > self.options.maxSendHeaderBlockLength:
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
                end_stream: bool = False, wait_for_trailers: bool = False) -> None:
        self._check_stream(s)
        if s.headers_sent:
            raise SessionCommandError("ERR_HTTP2_HEADERS_SENT", "Response has already been initiated.")
        s.wait_for_trailers = wait_for_trailers
        if s.timeout_ms:
            self._stream_active(s)
        if not self._send_headers(s, headers, sensitive, end_stream and not wait_for_trailers):
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
        except Exception:
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

    def respond_with_fd(self, s: Stream, fd: int, headers: ev.Headers, offset: int = 0,
                        length: int = -1, sensitive: frozenset = frozenset(),
                        close_fd: bool = False, wait_for_trailers: bool = False) -> None:
        """Stream a regular file from `fd` (pread, never all in memory). Caller did stat checks."""
        self._check_stream(s)
        s.source = FileSource(fd, offset, length, close_fd)
        if s.source.done:
            s.source.close()
            s.source = None
            self.respond(s, headers, sensitive, True, wait_for_trailers)
            return
        self.respond(s, headers, sensitive, False, wait_for_trailers)
        self._ready[s] = None
        self._want_flush()

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
            except Exception:
                self._consume_orphan(nbytes)
        self._want_flush()

    def ping(self, payload: Optional[bytes] = None,
             callback: Optional[Callable[[Optional[str], float, bytes], None]] = None) -> bool:
        self._check_open()
        if payload is None:
            self._ping_seq += 1
            payload = self._ping_seq.to_bytes(8, "big")
        if len(payload) != 8:
            raise SessionCommandError("ERR_HTTP2_PING_LENGTH", "HTTP2 ping payload must be 8 bytes")
        if len(self._pings) >= self.options.maxOutstandingPings:
            if callback is not None:
                callback("ERR_HTTP2_PING_CANCEL", 0.0, payload)
            return False
        self._pings[bytes(payload)] = (time.monotonic(), callback)
        self.conn.ping(bytes(payload))
        self._want_flush()
        return True

    def settings(self, new: dict, callback: Optional[Callable[[Optional[str], dict], None]] = None
                 ) -> None:
        """Node's session.settings(): validated, ACK tracked, max outstanding enforced."""
        self._check_open()
        wire = st.validate(new)
        if len(self._settings_cbs) + (1 if self.pending_settings_ack and not self._settings_cbs else 0) \
                >= self.options.maxOutstandingSettings:
            self._fail(CANCEL, "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK",
                       "Maximum number of pending settings acknowledgements")
            return
        if self.server and wire.get(2):
            wire.pop(2)
        known = {k: v for k, v in wire.items() if k in st.ID_TO_NAME}
        custom = {k: v for k, v in wire.items() if k not in st.ID_TO_NAME}
        if 3 in known:
            self._max_inbound = known[3]
        if not self._settings_cbs and self.pending_settings_ack:
            self._settings_cbs.append(None)  # the initial SETTINGS is still un-ACKed
        start = len(self.conn._data_to_send)
        self.conn.update_settings(known)  # exactly one SETTINGS frame, even when `known` is empty
        self._sent_settings.append(known)
        if custom:  # h2 would refuse unknown ids: merge them into the frame h2 just queued
            self._append_custom_settings(custom, start)
        self._settings_cbs.append(callback)
        self.pending_settings_ack = True
        self._want_flush()

    def goaway(self, code: int = 0, last_stream_id: Optional[int] = None, opaque: bytes = b"") -> None:
        self._check_open()
        last = self.last_proc_stream_id if last_stream_id is None else last_stream_id
        self.goaway_sent = last
        self._raw(goaway_frame(code, last, opaque))
        self._want_flush()

    def altsvc(self, value: str, origin_or_stream: Union[str, int]) -> None:
        self._check_open()
        if isinstance(origin_or_stream, int):
            self.conn.advertise_alternative_service(value.encode("latin-1"), stream_id=origin_or_stream)
        else:
            self.conn.advertise_alternative_service(value.encode("latin-1"),
                                                    origin=origin_or_stream.encode("latin-1"))
        self._want_flush()

    def origin(self, origins: Iterable[str]) -> None:
        self._check_open()
        self._raw(origin_frame(origins))
        self._want_flush()

    def set_local_window_size(self, size: int) -> None:
        """Node's setLocalWindowSize: grow (or shrink the advertised) connection window."""
        self._check_open()
        cur = self.conn.inbound_flow_control_window
        if size > cur:
            self.conn.increment_flow_control_window(size - cur)
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

    # ------------------------------------------------------------------ timeouts
    # As Node's (setUnrefTimeout + refresh on activity): a session's timer is refreshed by bytes
    # read and written, a stream's by its frames in either direction and by its commands; each
    # fires once per idle period and is re-armed by the next activity.
    def set_timeout(self, ms: int) -> None:
        self.timeout_ms = ms
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.last_activity = time.monotonic()
        if ms > 0 and self.io is not None:
            self._timer = self.io.call_later(ms / 1000.0, self._check_timeout)

    def _session_active(self) -> None:
        """Called only while a session timeout is set (`if self.timeout_ms:` at the call site)."""
        self.last_activity = time.monotonic()
        if self._timer is None and self.io is not None and not self.destroyed:
            self._timer = self.io.call_later(self.timeout_ms / 1000.0, self._check_timeout)

    def _check_timeout(self) -> None:
        self._timer = None
        if self.destroyed or self.timeout_ms <= 0 or self.io is None:
            return
        idle = (time.monotonic() - self.last_activity) * 1000.0
        if idle + 1 < self.timeout_ms:  # active meanwhile: wait for the rest of the period
            self._timer = self.io.call_later((self.timeout_ms - idle) / 1000.0, self._check_timeout)
            return
        self._emit(ev.Timeout(0))  # not re-armed: the next activity does that
        self.deliver()
        self._want_flush()

    def set_stream_timeout(self, s: Stream, ms: int) -> None:
        s.timeout_ms = ms
        s.last_activity = time.monotonic()
        if s.timer is not None:
            s.timer.cancel()
            s.timer = None
        if ms > 0:
            self._timed_streams[s] = None
            if self.io is not None:
                s.timer = self.io.call_later(ms / 1000.0, lambda: self._stream_timeout(s))
        else:
            self._timed_streams.pop(s, None)

    def _stream_active(self, s: Stream) -> None:
        """Activity on a stream with a timeout (callers check `s.timeout_ms` first)."""
        s.last_activity = time.monotonic()
        if s.timer is None and self.io is not None and not s.closed:
            s.timer = self.io.call_later(s.timeout_ms / 1000.0, lambda: self._stream_timeout(s))

    def _stamp_streams(self, events: list) -> None:
        """After a read: the timed streams that received frames were active."""
        timed = self._timed_streams
        streams = self.streams
        for e in events:
            s = streams.get(getattr(e, "stream_id", 0))
            if s is not None and s in timed and s.timeout_ms:
                self._stream_active(s)

    def _stream_timeout(self, s: Stream) -> None:
        s.timer = None
        if s.closed or self.destroyed or s.timeout_ms <= 0 or self.io is None:
            return
        idle = (time.monotonic() - s.last_activity) * 1000.0
        if idle + 1 < s.timeout_ms:
            s.timer = self.io.call_later((s.timeout_ms - idle) / 1000.0,
                                         lambda: self._stream_timeout(s))
            return
        self._emit(ev.Timeout(s.id or 0))
        self.deliver()
        self._want_flush()

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

    # ------------------------------------------------------------------ state (Node's shapes)
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
        except Exception:
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

