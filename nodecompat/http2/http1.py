"""allowHTTP1: an HTTP/1.1 connection served with h11, handed to the server's http1 handler.

As Node's http server: the handler runs when the request head arrives and the body streams to it;
reading the socket pauses while the exchange holds BODY_HIGH_WATER unread bytes (Node's
parserOnBody → readStop) and while the transport's write buffer is above writeHighWater.
"""
from __future__ import annotations

import asyncio
import inspect
from collections import deque
from http import HTTPStatus
from typing import Any, Callable, Optional

import h11

from .options import SessionOptions

# Unread request-body bytes an exchange holds before the connection stops reading (the h2
# stream's STREAM_HIGH_WATER; Node's IncomingMessage buffers up to its 16 KiB mark + one read).
BODY_HIGH_WATER = 64 * 1024


def reason_phrase(status: int) -> bytes:
    """Node's http.STATUS_CODES text (h11 would send an empty reason)."""
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b"unknown"


class Http1Exchange:
    """One HTTP/1.1 request/response (Node's req + res). The body streams: `await read_chunk()`
    (None at the end), `await read()` (all of it), `async for chunk in exchange`, or
    `discard_body()`. A response that ends before the body was asked for discards the rest, as
    Node dumps an unread request, and the connection goes on with the next request.

    `write()` returns False once the transport's buffer is above its high-water mark
    (writeHighWater); `await drain()` waits until it fell below writeLowWater, so a slow
    reader of a large response keeps the server's memory bounded.
    """

    def __init__(self, proto: "H1Protocol", request: h11.Request) -> None:
        self.proto = proto
        self.method = request.method.decode()
        self.target = request.target.decode()
        self.headers: list[tuple[bytes, bytes]] = list(request.headers)
        self.http_version = request.http_version.decode()
        self.expects_continue = proto.conn.they_are_waiting_for_100_continue
        self.complete = False  # the whole request body arrived
        self.aborted = False  # the connection went away before that
        self.finished = False  # end() was called
        self.buffered = 0  # unread body bytes held here
        self._chunks: deque[bytes] = deque()
        self._waiter: Optional[asyncio.Future] = None
        self._consuming = False  # the application asked for the body
        self._discarding = False
        self._started = False
        self._continued = False  # `100 Continue` sent

    # ------------------------------------------------------------------ request body
    async def read_chunk(self) -> Optional[bytes]:
        """The next piece of the body as it arrived, None at its end; raises
        ConnectionResetError('aborted') if the connection closed first."""
        self._consuming = True
        while not self._chunks:
            if self.complete or self._discarding:
                return None
            if self.aborted:
                raise ConnectionResetError("aborted")
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        chunk = self._chunks.popleft()
        self.buffered -= len(chunk)
        self.proto.update_reading()
        return chunk

    async def read(self) -> bytes:
        parts = []
        while (chunk := await self.read_chunk()) is not None:
            parts.append(chunk)
        return b"".join(parts)

    def __aiter__(self) -> "Http1Exchange":
        return self

    async def __anext__(self) -> bytes:
        chunk = await self.read_chunk()
        if chunk is None:
            raise StopAsyncIteration
        return chunk

    def discard_body(self) -> None:
        """Drop the body (buffered and still to come) without reading it."""
        self._discarding = True
        self._chunks.clear()
        self.buffered = 0
        self._wake()
        self.proto.update_reading()

    def _feed(self, data: bytes) -> None:
        if self._discarding or not data:
            return
        self._chunks.append(data)
        self.buffered += len(data)
        self._wake()

    def _body_done(self) -> None:
        self.complete = True
        self._wake()

    def _abort(self) -> None:
        if not self.complete:
            self.aborted = True
        self._wake()

    def _wake(self) -> None:
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    # ------------------------------------------------------------------ response
    def write_continue(self) -> None:
        """Node's response.writeContinue(): `HTTP/1.1 100 Continue`, the client then sends the body."""
        if self.proto.conn.they_are_waiting_for_100_continue:
            self._continued = True
            self.proto.send(h11.InformationalResponse(status_code=100, headers=[], reason=b"Continue"))

    def respond(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        self._started = True
        self.proto.send(h11.Response(status_code=status, headers=headers, reason=reason_phrase(status)))

    def write(self, data: bytes) -> bool:
        if data:
            self.proto.send(h11.Data(data=data))
        return self.proto.writable

    async def drain(self) -> None:
        await self.proto.drain()

    def end(self, data: bytes = b"") -> None:
        if not self._started:
            self.respond(200, [(b"content-length", str(len(data)).encode())])
        self.write(data)
        self.proto.send(h11.EndOfMessage())
        self.finished = True
        self.proto.finish_exchange(self)


Handler = Callable[[Http1Exchange], Any]


class H1Protocol(asyncio.Protocol):
    """h11 server connection. `Expect: 100-continue` as Node's http server: `on_check_continue`
    (Node's 'checkContinue') decides, else `100 Continue` is sent at once."""

    def __init__(self, handler: Handler, options: Optional[SessionOptions] = None,
                 on_check_continue: Optional[Handler] = None) -> None:
        self.handler = handler
        self.on_check_continue = on_check_continue
        self.options = options or SessionOptions()
        self.conn = h11.Connection(h11.SERVER)
        self.transport: Optional[asyncio.Transport] = None
        self.current: Optional[Http1Exchange] = None  # request or response still in progress
        self.writable = True
        self._reading = True
        self._pipelined = False  # h11 holds the next request until this exchange is done
        self._drain: Optional[asyncio.Future] = None
        self.task: Optional[asyncio.Future] = None  # the running handler, if a coroutine

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.transport.set_write_buffer_limits(self.options.writeHighWater,  # type: ignore[union-attr]
                                               self.options.writeLowWater)

    def data_received(self, data: bytes) -> None:
        self.conn.receive_data(data)
        self._process()

    def _process(self) -> None:
        while self.transport is not None:
            try:
                event = self.conn.next_event()
            except h11.RemoteProtocolError:
                self.send(h11.Response(status_code=400, headers=[(b"content-length", b"0"),
                                                                 (b"connection", b"close")]),
                          ignore_errors=True)
                self.transport.close()
                return
            if event is h11.PAUSED:  # a pipelined request waits for this answer: stop reading
                self._pipelined = True
                break
            if event is h11.NEED_DATA:
                break
            ex = self.current
            if isinstance(event, h11.Request):
                ex = self.current = Http1Exchange(self, event)
                if ex.expects_continue and self.on_check_continue is not None:
                    self._call(self.on_check_continue, ex, then=self._start)
                else:
                    if ex.expects_continue:
                        ex.write_continue()
                    self._start(ex)
            elif isinstance(event, h11.Data) and ex is not None:
                ex._feed(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage) and ex is not None:
                ex._body_done()
                if ex.finished:  # answered before the body ended: go on with the next request
                    self._next_cycle()
                    return
            elif isinstance(event, h11.ConnectionClosed):
                self.transport.close()
                return
        self.update_reading()

    def _start(self, ex: Http1Exchange) -> None:
        """Node's 'request': unless the checkContinue hook already answered."""
        if not ex._started and self.transport is not None:
            self._call(self.handler, ex)

    def _call(self, fn: Handler, exchange: Http1Exchange,
              then: Optional[Callable[[Http1Exchange], None]] = None) -> None:
        try:
            out = fn(exchange)
        except Exception as exc:
            self._handler_failed(exc)
            return
        if inspect.isawaitable(out):
            task = asyncio.ensure_future(out)
            self.task = task  # keep a reference: the loop's is weak
            task.add_done_callback(lambda t: self._task_done(t, exchange, then))
        elif then is not None:
            then(exchange)

    def _task_done(self, task: asyncio.Future, exchange: Http1Exchange,
                   then: Optional[Callable[[Http1Exchange], None]]) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            self._handler_failed(task.exception())  # type: ignore[arg-type]
        elif then is not None:
            then(exchange)

    def _handler_failed(self, exc: BaseException) -> None:
        """The application's handler raised: report it (never swallow it), drop the connection."""
        asyncio.get_event_loop().call_exception_handler(
            {"message": "HTTP/1 request handler failed", "exception": exc})
        if self.transport is not None:
            self.transport.close()

    def send(self, event: object, ignore_errors: bool = False) -> None:
        try:
            data = self.conn.send(event)  # type: ignore[arg-type]
        except h11.LocalProtocolError:
            if ignore_errors:
                return
            raise
        if data and self.transport is not None:
            self.transport.write(data)

    def finish_exchange(self, ex: Http1Exchange) -> None:
        """The response ended: next request, or close (h11 says the connection must)."""
        if self.transport is None:
            return
        if self.conn.our_state is h11.MUST_CLOSE:
            self.transport.close()
        elif self.conn.their_state is h11.DONE:
            self._next_cycle()
        elif ex.expects_continue and not ex._continued:
            # a final answer to `Expect: 100-continue` (e.g. 417): the client may never send
            # the body, so the connection ends here (Node sends such answers with keep-alive off)
            self.transport.close()
        elif not ex._consuming:
            ex.discard_body()  # Node's req._dump(): read and drop the rest, then go on

    def _next_cycle(self) -> None:
        self.current = None
        try:
            self.conn.start_next_cycle()
        except h11.LocalProtocolError:
            if self.transport is not None:
                self.transport.close()
            return
        self._pipelined = False
        self._process()

    def update_reading(self) -> None:
        """Read while nothing holds it back: a pipelined request waiting, a full write buffer,
        or an exchange holding BODY_HIGH_WATER unread body bytes."""
        t = self.transport
        if t is None or t.is_closing():
            return
        ex = self.current
        want = self.writable and not self._pipelined and \
            (ex is None or ex.buffered < BODY_HIGH_WATER)
        if want != self._reading:
            self._reading = want
            if want:
                t.resume_reading()
            else:
                t.pause_reading()

    # --- backpressure: the transport's watermarks
    def pause_writing(self) -> None:
        self.writable = False
        self.update_reading()  # no new requests while the answer is stuck

    def resume_writing(self) -> None:
        self.writable = True
        self.update_reading()
        self._wake()

    async def drain(self) -> None:
        if self.writable or self.transport is None:
            return
        if self._drain is None:
            self._drain = asyncio.get_event_loop().create_future()
        await self._drain

    def _wake(self) -> None:
        d, self._drain = self._drain, None
        if d is not None and not d.done():
            d.set_result(None)

    def connection_lost(self, exc: Optional[BaseException]) -> None:
        self.transport = None
        self.writable = False
        if self.current is not None:
            self.current._abort()
        self._wake()
