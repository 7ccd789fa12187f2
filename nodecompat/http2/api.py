"""Python asyncio API over the engine: Node's http2 model with Pythonic names."""
from __future__ import annotations

import asyncio
import inspect
import os
import stat as stat_mod
from collections import deque
from typing import Any, AsyncIterator, Callable, Optional, Union

from . import events as ev
from .headers import HeadersIn, sensitive_set, to_dict, to_wire
from .session import Session, SessionCommandError
from .stream import Stream as EngineStream


class Http2Error(Exception):
    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code


_tasks: set[asyncio.Future] = set()  # the loop keeps only weak references to tasks


def _spawn(result: Any) -> None:
    """Run a handler's coroutine in the background, kept alive until it finishes."""
    if inspect.isawaitable(result):
        task = asyncio.ensure_future(result)
        _tasks.add(task)
        task.add_done_callback(_tasks.discard)


class Http2Stream:
    """A request, response or push stream. Body: `await read()`, `async for chunk in stream`."""

    def __init__(self, session: "Http2Session", engine: EngineStream,
                 headers: Optional[list] = None) -> None:
        self.session = session
        self.engine = engine
        engine.user = self
        self.raw_headers: list = headers or []
        self.trailers: Optional[dict] = None
        self.info_headers: list[dict] = []
        self._chunks: deque[tuple[bytes, int]] = deque()
        self._greedy = False  # read() in progress: every chunk is taken as it arrives
        self._did_read = False  # the app asked for the body (Node's didRead / readableFlowing)
        self._bg: Optional[asyncio.Future] = None  # a background task of this stream, if any
        self._ended = False
        self._waiter: Optional[asyncio.Future] = None
        self._drain: Optional[asyncio.Future] = None
        self._response: Optional[asyncio.Future] = None
        self._loop = session._loop
        self._closed: Optional[asyncio.Future] = None  # made on demand (most go unawaited)
        self._close_code: Optional[int] = None
        self.rst_code: Optional[int] = None
        self.on_data: Optional[Callable[[bytes], None]] = None  # set: data delivered + consumed at once
        self.on_end: Optional[Callable[[], Any]] = None
        self.on_trailers: Optional[Callable[[dict], Any]] = None
        self.on_want_trailers: Optional[Callable[[], Any]] = None
        self.on_push: Optional[Callable[["Http2Stream", dict], Any]] = None
        self.on_timeout: Optional[Callable[[], Any]] = None
        self.on_info: Optional[Callable[[dict], Any]] = None

    # --- identity / state
    @property
    def closed(self) -> asyncio.Future:
        """A future resolved with the stream's close (RST) code."""
        if self._closed is None:
            self._closed = self._loop.create_future()
            if self._close_code is not None:
                self._closed.set_result(self._close_code)
        return self._closed

    @property
    def id(self) -> Optional[int]:
        return self.engine.id

    @property
    def headers(self) -> dict:
        return to_dict(self.raw_headers)

    @property
    def state(self) -> dict:
        return self.engine.state()

    @property
    def buffer_size(self) -> int:
        return self.engine.out_bytes

    # --- sending
    def respond(self, headers: HeadersIn = None, *, end_stream: bool = False,
                wait_for_trailers: bool = False, sensitive: Optional[list[str]] = None) -> None:
        wire = to_wire(headers)
        if not wire or wire[0][0] != b":status":
            wire = [(b":status", b"200")] + [p for p in wire if p[0] != b":status"]
        self._cmd(lambda: self.engine.respond(wire, sensitive_set(sensitive), end_stream,
                                               wait_for_trailers))
        if end_stream:
            self._maybe_close_unread()

    def additional_headers(self, headers: HeadersIn) -> None:
        """1xx informational headers (Node's stream.additionalHeaders)."""
        self._cmd(lambda: self.engine.info(to_wire(headers)))

    def write(self, data: Union[bytes, str]) -> bool:
        if isinstance(data, str):
            data = data.encode()
        return self.engine.write(data)

    async def drain(self) -> None:
        """Wait until the outbound queue is below the high-water mark."""
        if not self.engine.above_high or self.engine.closed:
            return
        if self._drain is None:
            self._drain = self._loop.create_future()
        await self._drain

    def end(self, data: Union[bytes, str] = b"") -> None:
        if isinstance(data, str):
            data = data.encode()
        self.engine.write(data, True)
        self._maybe_close_unread()

    def _maybe_close_unread(self) -> None:
        """Node (Http2Stream kMaybeDestroy): a server stream whose response is complete while the
        app never read the request body is closed with RST_STREAM(NO_ERROR) once END_STREAM is
        out, so a client still uploading stops (RFC 9113 8.1) instead of stalling on the window."""
        e = self.engine
        if (self.session._engine.server and not self._did_read and self.on_data is None
                and not e.ended_remote and not e.wait_for_trailers and not e.closed):
            self._bg = asyncio.ensure_future(self._close_unread())  # keep a reference

    async def _close_unread(self) -> None:
        e, delay = self.engine, 0.0
        while not e.ended_local and not e.closed:  # queued DATA may wait for the peer's window
            await asyncio.sleep(delay)
            delay = min(0.05, delay * 2 or 0.001)
        if not e.closed and not e.ended_remote and not self._did_read and self.on_data is None:
            self.reset(0)

    def send_trailers(self, headers: HeadersIn, sensitive: Optional[list[str]] = None) -> None:
        self._cmd(lambda: self.engine.send_trailers(to_wire(headers), sensitive_set(sensitive)))

    def reset(self, code: int = 0) -> None:
        self.engine.reset(code)
        self.session._engine.deliver()

    close = reset

    def set_timeout(self, ms: int, callback: Optional[Callable[[], Any]] = None) -> None:
        if callback is not None:
            self.on_timeout = callback
        self.engine.set_timeout(ms)

    def push_stream(self, headers: HeadersIn) -> "Http2Stream":
        """Server push: PUSH_PROMISE on this stream; respond on the returned stream."""
        wire = to_wire(headers)
        defaults = {b":method": b"GET", b":scheme": b"https" if self.session.tls else b"http"}
        names = {n for n, _ in wire}
        wire = [(n, v) for n, v in defaults.items() if n not in names] + wire
        if b":authority" not in names:
            auth = dict(self.raw_headers).get(b":authority")
            if auth:
                wire.insert(0, (b":authority", auth))
        eng = self._cmd(lambda: self.engine.push(wire))
        return Http2Stream(self.session, eng, wire)

    def respond_with_file(self, path: str, headers: HeadersIn = None, *, offset: int = 0,
                          length: int = -1, stat_check: Optional[Callable[[os.stat_result, dict], Any]] = None
                          ) -> None:
        fd = os.open(path, os.O_RDONLY)
        self.respond_with_fd(fd, headers, offset=offset, length=length, stat_check=stat_check,
                             close_fd=True)

    def respond_with_fd(self, fd: int, headers: HeadersIn = None, *, offset: int = 0,
                        length: int = -1, stat_check: Optional[Callable] = None,
                        close_fd: bool = False) -> None:
        st = os.fstat(fd)
        if not stat_mod.S_ISREG(st.st_mode):
            if stat_mod.S_ISDIR(st.st_mode):
                if close_fd:
                    os.close(fd)
                raise Http2Error("ERR_HTTP2_SEND_FILE", "Directories cannot be sent")
            if offset or length >= 0:  # Node's message; pipes etc. have no offsets
                if close_fd:
                    os.close(fd)
                raise Http2Error("ERR_HTTP2_SEND_FILE_NOSEEK",
                                 "Offset or length can only be specified for regular files")
        hdrs = dict(to_dict(to_wire(headers)))
        if stat_check is not None and stat_check(st, hdrs) is False:
            if close_fd:
                os.close(fd)
            return
        hdrs.setdefault(":status", "200")
        if not stat_mod.S_ISREG(st.st_mode):  # a pipe or device: read as it comes, no length
            self.respond(hdrs)
            self._bg = asyncio.ensure_future(self._pump_fd(fd, close_fd))  # keep a reference
            return
        size = st.st_size - offset if length < 0 else min(length, st.st_size - offset)
        hdrs["content-length"] = str(max(size, 0))
        self._cmd(lambda: self.engine.respond_with_fd(fd, to_wire(hdrs), offset, max(size, 0),
                                                       close_fd=close_fd))
        self._maybe_close_unread()

    async def _pump_fd(self, fd: int, close_fd: bool) -> None:
        """Stream a non-seekable fd (pipe, device) with write backpressure; never blocks the loop."""
        loop = self._loop
        try:
            os.set_blocking(fd, False)
            while not self.engine.closed:
                try:
                    data = os.read(fd, 65536)
                except BlockingIOError:
                    ready = loop.create_future()
                    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
                    try:
                        await ready
                    finally:
                        loop.remove_reader(fd)
                    continue
                if not data:
                    self.end()
                    break
                if not self.write(data):
                    await self.drain()
        except OSError:
            self.reset(2)  # INTERNAL_ERROR, as Node destroys the stream on a read error
        finally:
            if close_fd:
                os.close(fd)

    def _cmd(self, fn: Callable[[], Any]) -> Any:
        return self.session._cmd(fn)

    # --- receiving
    async def response(self) -> dict:
        """Client: the final response headers."""
        if self._response is None:
            self._response = self._loop.create_future()
        return await self._response

    async def read_chunk(self) -> Optional[bytes]:
        """Next body chunk (consumed: the peer's window reopens), or None at the end."""
        self._did_read = True
        while not self._chunks:
            if self._ended or self.engine.closed:
                return None
            self._waiter = self._loop.create_future()
            await self._waiter
        data, flow = self._chunks.popleft()
        if flow:
            self.session._engine.consume(self.engine.id, flow)  # type: ignore[arg-type]
        return data

    async def read(self) -> bytes:
        """The whole remaining body (its window reopens as it arrives, as with Node's 'data')."""
        self._greedy = True
        parts = []
        while (chunk := await self.read_chunk()) is not None:
            parts.append(chunk)
        return b"".join(parts)

    async def __aiter__(self) -> AsyncIterator[bytes]:  # type: ignore[misc]
        while (chunk := await self.read_chunk()) is not None:
            yield chunk

    def discard_body(self) -> None:
        """Consume and drop the body as it arrives."""
        self._did_read = True
        self.on_data = lambda _chunk: None
        while self._chunks:
            _, flow = self._chunks.popleft()
            self.session._engine.consume(self.engine.id, flow)  # type: ignore[arg-type]

    def _wake(self) -> None:
        w, self._waiter = self._waiter, None
        if w is not None and not w.done():
            w.set_result(None)


class Http2Session:
    """Wraps an engine Session as its listener; callbacks and awaitables for Python code."""

    def __init__(self, engine: Session, tls: bool = False) -> None:
        self._engine = engine
        engine.listener = self
        engine.user = self
        engine.flush_on_read = True  # WINDOW_UPDATE / released DATA leave within the read
        self.tls = tls
        self._loop = loop = asyncio.get_event_loop()
        self.connected: asyncio.Future = loop.create_future()
        self.closed: asyncio.Future = loop.create_future()
        self.on_stream: Optional[Callable[[Http2Stream, dict], Any]] = None
        self.on_goaway: Optional[Callable[[int, int, bytes], Any]] = None
        self.on_altsvc: Optional[Callable[[str, str, int], Any]] = None
        self.on_origin: Optional[Callable[[list], Any]] = None
        self.on_remote_settings: Optional[Callable[[dict], Any]] = None
        self.on_error: Optional[Callable[[Http2Error], Any]] = None
        self.on_timeout: Optional[Callable[[], Any]] = None
        self.error: Optional[Http2Error] = None

    # --- listener
    def on_events(self, session: Session, events: list[ev.Event]) -> None:
        # data taken in this batch is acknowledged once per stream at its end: the
        # WINDOW_UPDATEs leave with the same flush, as one frame per window instead of one per
        # DATA frame's worth of half-windows (h2's thresholds are those of nghttp2)
        taken: dict[int, int] = {}
        try:
            self._on_events(session, events, taken)
        finally:
            for sid, n in taken.items():
                session.consume(sid, n)

    def _on_events(self, session: Session, events: list[ev.Event], taken: dict[int, int]) -> None:
        streams = session.streams
        for e in events:
            t = type(e)
            if t is ev.Data:
                s = streams.get(e.stream_id)
                u = s.user if s is not None else None
                if u is None:
                    session.consume(e.stream_id, e.flow_length)
                elif u.on_data is not None:
                    taken[e.stream_id] = taken.get(e.stream_id, 0) + e.flow_length
                    u.on_data(e.data)
                else:
                    # Node's model: the window reopens when the app takes the data. A reader
                    # waiting right now (or read(), which takes everything) takes it in this
                    # batch, so WINDOW_UPDATE can leave with this batch's flush.
                    if u._greedy or (u._waiter is not None and not u._waiter.done() and not u._chunks):
                        taken[e.stream_id] = taken.get(e.stream_id, 0) + e.flow_length
                        u._chunks.append((e.data, 0))
                    else:
                        u._chunks.append((e.data, e.flow_length))
                    u._wake()
            elif t is ev.StreamOpened:
                st = Http2Stream(self, streams[e.stream_id], e.headers)
                if self.on_stream is not None:
                    _spawn(self.on_stream(st, to_dict(e.headers)))
                else:
                    st.reset(7)
            elif t is ev.StreamEnded:
                s = streams.get(e.stream_id)
                if s is not None and s.user is not None:
                    u = s.user
                    u._ended = True
                    u._wake()
                    if u.on_end is not None:
                        _spawn(u.on_end())
            elif t is ev.HeadersReceived:
                s = streams.get(e.stream_id)
                u = s.user if s is not None else None
                if u is None:
                    continue
                if e.kind == "response":
                    u.raw_headers = e.headers
                    if u._response is None:
                        u._response = self._loop.create_future()
                    if not u._response.done():
                        u._response.set_result(to_dict(e.headers))
                elif e.kind == "trailers":
                    u.trailers = to_dict(e.headers)
                    if u.on_trailers is not None:
                        _spawn(u.on_trailers(u.trailers))
                else:
                    u.info_headers.append(to_dict(e.headers))
                    if u.on_info is not None:
                        _spawn(u.on_info(to_dict(e.headers)))
            elif t is ev.StreamClosed or t is ev.StreamReset:
                s = self._find(e.stream_id)
                if s is not None:
                    s.rst_code = e.code
                    self._finish_stream(s, e.code)
            elif t is ev.WantTrailers:
                s = streams.get(e.stream_id)
                if s is not None and s.user is not None and s.user.on_want_trailers is not None:
                    _spawn(s.user.on_want_trailers())
            elif t is ev.Drain:
                s = streams.get(e.stream_id)
                if s is not None and s.user is not None:
                    d, s.user._drain = s.user._drain, None
                    if d is not None and not d.done():
                        d.set_result(None)
            elif t is ev.PushPromise:
                parent = streams.get(e.parent_id)
                pushed = Http2Stream(self, streams[e.promised_id], e.headers)
                pu = parent.user if parent is not None else None
                if pu is not None and pu.on_push is not None:
                    _spawn(pu.on_push(pushed, to_dict(e.headers)))
                else:
                    pushed.reset(8)
            elif t is ev.Connected:
                if not self.connected.done():
                    self.connected.set_result(None)
            elif t is ev.RemoteSettings:
                if self.on_remote_settings is not None:
                    _spawn(self.on_remote_settings(e.settings))
            elif t is ev.GoAway:
                if self.on_goaway is not None:
                    _spawn(self.on_goaway(e.code, e.last_stream_id, e.opaque))
            elif t is ev.AltSvc:
                if self.on_altsvc is not None:
                    _spawn(self.on_altsvc(e.value, e.origin, e.stream_id))
            elif t is ev.Origin:
                if self.on_origin is not None:
                    _spawn(self.on_origin(e.origins))
            elif t is ev.Timeout:
                target = self._find(e.stream_id) if e.stream_id else None
                cb = target.on_timeout if target is not None else self.on_timeout
                if cb is not None:
                    _spawn(cb())
            elif t is ev.SessionError:
                self.error = Http2Error(e.code, e.message)
                if self.on_error is not None:
                    _spawn(self.on_error(self.error))
            elif t is ev.SessionClosed:
                if not self.connected.done():
                    self.connected.set_exception(Http2Error("ERR_HTTP2_ERROR", "connection closed"))
                    self.connected.exception()
                if not self.closed.done():
                    self.closed.set_result(None)

    def _find(self, stream_id: int) -> Optional[Http2Stream]:
        s = self._engine.streams.get(stream_id)
        return s.user if s is not None else None

    def _finish_stream(self, u: Http2Stream, code: int) -> None:
        u._ended = True
        u._wake()
        if u._response is not None and not u._response.done():
            u._response.set_exception(Http2Error("ERR_HTTP2_STREAM_ERROR", f"stream closed with {code}"))
            u._response.exception()
        elif u._response is None and code:
            u._response = self._loop.create_future()
            u._response.set_exception(Http2Error("ERR_HTTP2_STREAM_ERROR", f"stream closed with {code}"))
            u._response.exception()
        if u._drain is not None and not u._drain.done():
            u._drain.set_result(None)
        u._close_code = code
        if u._closed is not None and not u._closed.done():
            u._closed.set_result(code)

    # --- commands
    def request(self, headers: HeadersIn = None, *, body: Union[bytes, str, None] = None,
                end_stream: Optional[bool] = None, wait_for_trailers: bool = False,
                sensitive: Optional[list[str]] = None) -> Http2Stream:
        """Client request; defaults :method GET, :path /, :scheme and :authority from connect()."""
        wire = to_wire(headers)
        names = {n for n, _ in wire}
        defaults = [(b":method", b"GET"), (b":path", b"/"),
                    (b":scheme", b"https" if self.tls else b"http"),
                    (b":authority", getattr(self, "authority", b"localhost"))]
        method = dict(wire).get(b":method", b"GET")
        if method == b"CONNECT" and b":protocol" not in names:
            defaults = [(b":method", b"GET"), (b":authority", defaults[3][1])]  # RFC 9113 8.5
        pre = [p for p in defaults if p[0] not in names]
        wire = pre + wire
        if end_stream is None:
            end_stream = body is None and method in (b"GET", b"HEAD")
        try:
            eng = self._engine.request(wire, sensitive_set(sensitive), end_stream and body is None,
                                       wait_for_trailers)
        except SessionCommandError as exc:
            raise Http2Error(exc.code, str(exc)) from None
        s = Http2Stream(self, eng, wire)
        if body is not None:
            s.end(body)
        self._engine.deliver()
        return s

    async def ping(self, payload: Optional[bytes] = None) -> float:
        """Round-trip time in ms."""
        fut: asyncio.Future = asyncio.get_event_loop().create_future()

        def done(err: Optional[str], rtt: float, _payload: bytes) -> None:
            if not fut.done():
                fut.set_exception(Http2Error(err)) if err else fut.set_result(rtt)
        self._cmd(lambda: self._engine.ping(payload, done))
        return await fut

    async def settings(self, settings: dict) -> dict:
        """Send SETTINGS and wait for the peer's ACK; returns our local settings."""
        fut: asyncio.Future = asyncio.get_event_loop().create_future()

        def done(err: Optional[str], local: dict) -> None:
            if not fut.done():
                fut.set_exception(Http2Error(err)) if err else fut.set_result(local)
        self._cmd(lambda: self._engine.settings(settings, done))
        if self._engine.destroyed and not fut.done():
            # Node: this call's callback gets ERR_HTTP2_SETTINGS_CANCEL; the session's error
            # (e.g. ERR_HTTP2_MAX_PENDING_SETTINGS_ACK) goes to on_error
            raise Http2Error("ERR_HTTP2_SETTINGS_CANCEL", "HTTP2 session settings canceled")
        return await fut

    def goaway(self, code: int = 0, last_stream_id: Optional[int] = None, opaque: bytes = b"") -> None:
        self._cmd(lambda: self._engine.goaway(code, last_stream_id, opaque))

    def altsvc(self, value: str, origin_or_stream: Union[str, int]) -> None:
        self._cmd(lambda: self._engine.altsvc(value, origin_or_stream))

    def origin(self, *origins: str) -> None:
        self._cmd(lambda: self._engine.origin(origins))

    def _cmd(self, fn: Callable[[], Any]) -> Any:
        """Run an engine command; Node's error codes come out as Http2Error."""
        try:
            out = fn()
        except SessionCommandError as exc:
            raise Http2Error(exc.code, str(exc)) from None
        self._engine.deliver()
        return out

    def set_next_stream_id(self, stream_id: int) -> bool:
        """Node's setNextStreamID; False (ignored) for an id nghttp2 would refuse."""
        return self._engine.set_next_stream_id(stream_id)

    def set_local_window_size(self, size: int) -> None:
        self._cmd(lambda: self._engine.set_local_window_size(size))

    def set_timeout(self, ms: int, callback: Optional[Callable[[], Any]] = None) -> None:
        if callback is not None:
            self.on_timeout = callback
        self._engine.set_timeout(ms)

    def close(self) -> None:
        self._engine.close()
        self._engine.deliver()

    def destroy(self, code: int = 0) -> None:
        self._engine.destroy(code)
        self._engine.deliver()

    @property
    def state(self) -> dict:
        return self._engine.state()

    @property
    def local_settings(self) -> dict:
        return dict(self._engine.local_settings)

    @property
    def remote_settings(self) -> dict:
        return dict(self._engine.remote_settings)

    @property
    def pending_settings_ack(self) -> bool:
        return self._engine.pending_settings_ack

    @property
    def alpn_protocol(self) -> Optional[str]:
        return self._engine.alpn or ("h2c" if not self.tls else None)
