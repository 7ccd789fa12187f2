"""One HTTP/2 stream as the engine sees it: outbound queue, flags, commands (no I/O)."""
from __future__ import annotations

import os
from collections import deque
from typing import TYPE_CHECKING, Any, Optional, Union

from .events import Headers

if TYPE_CHECKING:
    from .session import Session

STREAM_HIGH_WATER = 64 * 1024  # Node's writableHighWaterMark for streams (16 KiB) is per-chunk; we count bytes


class FileSource:
    """Body read lazily from an fd (respondWithFD / respondWithFile): never the whole file in memory."""
    __slots__ = ("fd", "offset", "remaining", "close_fd")

    def __init__(self, fd: int, offset: int, length: int, close_fd: bool) -> None:
        self.fd, self.offset, self.remaining, self.close_fd = fd, offset, length, close_fd

    def read(self, n: int) -> bytes:
        n = min(n, self.remaining) if self.remaining >= 0 else n
        chunk = os.pread(self.fd, n, self.offset) if n else b""
        self.offset += len(chunk)
        if self.remaining >= 0:
            self.remaining -= len(chunk)
        if not chunk:
            self.remaining = 0
        return chunk

    @property
    def done(self) -> bool:
        return self.remaining == 0

    def close(self) -> None:
        if self.close_fd and self.fd >= 0:
            os.close(self.fd)
        self.fd = -1


class Stream:
    """Engine stream. `user` is a free slot for the layer above (Python API object or JS handle)."""
    __slots__ = ("session", "id", "out", "out_bytes", "end_requested", "ended_local",
                 "ended_remote", "wait_for_trailers", "want_trailers_sent", "headers_sent",
                 "closed", "rst_code", "source", "user", "above_high", "sent_headers",
                 "sent_info_headers", "sent_trailers", "pending_request", "pushed", "timeout_ms",
                 "last_activity", "timer", "parent_id")

    def __init__(self, session: "Session", stream_id: Optional[int]) -> None:
        self.session = session
        self.id = stream_id
        self.out: deque[Union[bytes, memoryview]] = deque()
        self.out_bytes = 0
        self.end_requested = False
        self.ended_local = False
        self.ended_remote = False
        self.wait_for_trailers = False
        self.want_trailers_sent = False
        self.headers_sent = False
        self.closed = False
        self.rst_code = 0
        self.source: Optional[FileSource] = None
        self.user: Any = None
        self.above_high = False
        self.sent_headers: Optional[Headers] = None
        self.sent_info_headers: list[Headers] = []
        self.sent_trailers: Optional[Headers] = None
        self.pending_request: Optional[tuple] = None
        self.pushed = False
        self.timeout_ms = 0
        self.last_activity = 0.0
        self.timer: Any = None
        self.parent_id = 0

    # --- commands (all delegate to the session, which owns the h2 connection) ---
    def respond(self, headers: Headers, sensitive: frozenset = frozenset(), end_stream: bool = False,
                wait_for_trailers: bool = False) -> None:
        self.session.respond(self, headers, sensitive, end_stream, wait_for_trailers)

    def info(self, headers: Headers, sensitive: frozenset = frozenset()) -> None:
        """1xx informational headers (Node's additionalHeaders)."""
        self.session.info(self, headers, sensitive)

    def write(self, data: Union[bytes, memoryview], end: bool = False) -> bool:
        """Queue body bytes; False when the queue is above the stream high-water mark."""
        return self.session.write(self, data, end)

    def end(self) -> None:
        self.session.write(self, b"", True)

    def send_trailers(self, headers: Headers, sensitive: frozenset = frozenset()) -> None:
        self.session.send_trailers(self, headers, sensitive)

    def reset(self, code: int = 0) -> None:
        self.session.reset(self, code)

    def push(self, headers: Headers, sensitive: frozenset = frozenset()) -> "Stream":
        return self.session.push(self, headers, sensitive)

    def respond_with_fd(self, fd: int, headers: Headers, offset: int = 0, length: int = -1,
                        sensitive: frozenset = frozenset(), close_fd: bool = False,
                        wait_for_trailers: bool = False) -> None:
        self.session.respond_with_fd(self, fd, headers, offset, length, sensitive, close_fd,
                                     wait_for_trailers)

    def set_timeout(self, ms: int) -> None:
        self.session.set_stream_timeout(self, ms)

    def state(self) -> dict:
        return self.session.stream_state(self)

    @property
    def buffer_size(self) -> int:
        return self.out_bytes
