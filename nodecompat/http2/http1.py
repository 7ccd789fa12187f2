"""allowHTTP1: an HTTP/1.1 connection served with h11, handed to the server's http1 handler."""
from __future__ import annotations

import asyncio
import inspect
from http import HTTPStatus
from typing import Any, Callable, Optional

import h11

from .options import SessionOptions


def reason_phrase(status: int) -> bytes:
    """Node's http.STATUS_CODES text (h11 would send an empty reason)."""
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b"unknown"


class Http1Exchange:
    """One HTTP/1.1 request/response. Body arrives whole (`body`, no size cap yet: Node streams
    it); respond then write/end.

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
        self.body = b""
        self._started = False

    def write_continue(self) -> None:
        """Node's response.writeContinue(): `HTTP/1.1 100 Continue`, the client then sends the body."""
        if self.proto.conn.they_are_waiting_for_100_continue:
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
        self.proto.finish_exchange()


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
        self.current: Optional[Http1Exchange] = None
        self.writable = True
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
                self.transport.pause_reading()
                return
            if event is h11.NEED_DATA:
                return
            if isinstance(event, h11.Request):
                self.current = Http1Exchange(self, event)
                if self.current.expects_continue:
                    if self.on_check_continue is not None:
                        self._call(self.on_check_continue, self.current)
                    else:
                        self.current.write_continue()
            elif isinstance(event, h11.Data) and self.current is not None:
                self.current.body += bytes(event.data)
            elif isinstance(event, h11.EndOfMessage) and self.current is not None:
                if self.current._started and self.conn.our_state is not h11.SEND_BODY:
                    continue  # answered already (e.g. 417 from checkContinue)
                self._call(self.handler, self.current)
            elif isinstance(event, h11.ConnectionClosed):
                self.transport.close()
                return

    def _call(self, fn: Handler, exchange: Http1Exchange) -> None:
        try:
            out = fn(exchange)
        except Exception as exc:
            self._handler_failed(exc)
            return
        if inspect.isawaitable(out):
            self.task = asyncio.ensure_future(out)  # keep a reference: the loop's is weak
            self.task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Future) -> None:
        if not task.cancelled() and task.exception() is not None:
            self._handler_failed(task.exception())  # type: ignore[arg-type]

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

    def finish_exchange(self) -> None:
        self.current = None
        if self.conn.our_state is h11.DONE and self.conn.their_state is h11.DONE:
            try:
                self.conn.start_next_cycle()
            except h11.LocalProtocolError:
                self.transport.close() if self.transport else None
                return
            if self.transport is not None and self.writable:
                self.transport.resume_reading()
            self._process()
        elif self.conn.our_state in (h11.MUST_CLOSE, h11.DONE) and self.transport is not None:
            self.transport.close()  # answered before the request body was read: close as Node does

    # --- backpressure: the transport's watermarks
    def pause_writing(self) -> None:
        self.writable = False
        if self.transport is not None:
            self.transport.pause_reading()  # no new requests while the answer is stuck

    def resume_writing(self) -> None:
        self.writable = True
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()
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
        self._wake()
