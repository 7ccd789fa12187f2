"""File responses (a mixin of `session.Session`): a stream's body read from a file descriptor
with pread in window-sized pieces (`stream.FileSource`), never all in memory."""
from __future__ import annotations

from typing import Any

from . import events as ev
from .stream import FileSource, Stream


class FileResponses:
    _ready: dict[Stream, None]
    _check_stream: Any
    respond: Any
    _want_flush: Any

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
