"""Session and stream timeouts (a mixin of `session.Session`).

As Node's (setUnrefTimeout + refresh on activity): a session's timer is refreshed by bytes read and
written, a stream's by its frames in either direction and by its commands; each fires once per idle
period and is re-armed by the next activity.
"""
from __future__ import annotations

import time
from typing import Any

from . import events as ev
from .stream import Stream


class Timeouts:
    io: Any  # session.SessionIO
    destroyed: bool
    streams: dict[int, Stream]
    timeout_ms: int
    last_activity: float
    _timer: Any
    _timed_streams: dict[Stream, None]
    _emit: Any
    deliver: Any
    _want_flush: Any

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
