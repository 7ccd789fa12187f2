"""allowHTTP1: an HTTP/1.1 connection served with h11, handed to the server's http1 handler."""
from __future__ import annotations

import asyncio
from typing import Callable, Optional

import h11


class Http1Exchange:
    """One HTTP/1.1 request/response. Body arrives whole (`body`); respond then write/end."""

    def __init__(self, proto: "H1Protocol", request: h11.Request) -> None:
        self.proto = proto
        self.method = request.method.decode()
        self.target = request.target.decode()
        self.headers: list[tuple[bytes, bytes]] = list(request.headers)
        self.http_version = request.http_version.decode()
        self.body = b""
        self._started = False

    def respond(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        self._started = True
        self.proto.send(h11.Response(status_code=status, headers=headers))

    def write(self, data: bytes) -> None:
        if data:
            self.proto.send(h11.Data(data=data))

    def end(self, data: bytes = b"") -> None:
        if not self._started:
            self.respond(200, [(b"content-length", str(len(data)).encode())])
        self.write(data)
        self.proto.send(h11.EndOfMessage())
        self.proto.finish_exchange()


class H1Protocol(asyncio.Protocol):
    def __init__(self, handler: Callable[[Http1Exchange], None]) -> None:
        self.handler = handler
        self.conn = h11.Connection(h11.SERVER)
        self.transport: Optional[asyncio.Transport] = None
        self.current: Optional[Http1Exchange] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

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
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return
            if isinstance(event, h11.Request):
                self.current = Http1Exchange(self, event)
            elif isinstance(event, h11.Data) and self.current is not None:
                self.current.body += bytes(event.data)
            elif isinstance(event, h11.EndOfMessage) and self.current is not None:
                try:
                    self.handler(self.current)
                except Exception:
                    self.transport.close()
                    return
            elif isinstance(event, h11.ConnectionClosed):
                self.transport.close()
                return

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
            self._process()
        elif self.conn.our_state is h11.MUST_CLOSE and self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Optional[BaseException]) -> None:
        self.transport = None
