"""Read a server connection's ClientHello before OpenSSL sees it (Node's ClientHelloParser use).

`HelloReader` stands in for the Connection as the raw transport's protocol: it buffers every byte,
reports the parsed hello once (`on_hello(ClientHello | None)`; None: not a hello we understand,
OpenSSL will judge the bytes), and keeps buffering while JS answers (bounded: reading pauses past
`MAX_BUFFER`). `take()` pauses reading and returns the bytes to replay into the TLS layer.
A close before `take()` is reported once through `on_lost(exc)` (EOFError for a clean EOF).
"""
from __future__ import annotations

import asyncio
from typing import Any, Callable

from .clienthello import ClientHello, ClientHelloParser

MAX_BUFFER = 256 * 1024


class HelloReader(asyncio.Protocol):
    def __init__(self, conn: Any, on_hello: Callable[[ClientHello | None], None],
                 on_lost: Callable[[BaseException], None]) -> None:
        self.conn = conn                     # the nodecompat Connection (its transport is raw)
        self.on_hello = on_hello
        self.on_lost = on_lost
        self.parser = ClientHelloParser()
        self.buf = bytearray()
        self.hello_seen = False
        self.finished = False

    def install(self) -> None:
        self.conn.transport.set_protocol(self)
        self.conn.resume()

    def data_received(self, data: bytes) -> None:
        if self.finished:
            return
        self.buf += data
        if len(self.buf) > MAX_BUFFER:
            self.conn.transport.pause_reading()
        if not self.hello_seen:
            r = self.parser.feed(data)
            if r is None:
                return
            self.hello_seen = True
            self.on_hello(r if isinstance(r, ClientHello) else None)

    def eof_received(self) -> bool:
        return False                         # close: reported from connection_lost

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.finished:
            self.finished = True
            self.on_lost(exc if exc is not None else EOFError())

    def take(self) -> bytes:
        """Stop reading (start_tls resumes it) and hand over what was read."""
        self.finished = True
        self.conn.pause()
        data = bytes(self.buf)
        self.buf.clear()
        return data
