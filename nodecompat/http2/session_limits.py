"""Session defences (a mixin of `session.Session`): frame floods, invalid frames, rapid reset,
stream admission, maxSessionMemory accounting and the header-list size check (docs/engine.md)."""
from __future__ import annotations

import time
from typing import Any

from hyperframe.frame import DataFrame, HeadersFrame, PingFrame, RstStreamFrame, SettingsFrame

from .codes import CALLBACK_FAILED, ENHANCE_YOUR_CALM, INTERNAL_ERROR, PROTOCOL_ERROR, REFUSED_STREAM
from .stream import Stream

STREAM_COST = 2500  # bytes charged per open stream against maxSessionMemory (Node: ~4000 @10 MB)


class Defences:
    conn: Any  # conn.EngineConnection
    options: Any  # options.SessionOptions
    server: bool
    streams: dict[int, Stream]
    _ready: dict[Stream, None]
    _pings: dict
    invalid_frames: int
    _acks_queued: int
    _rst_tokens: float
    _rst_time: int
    goaway_sent: Any
    closing: bool
    _max_inbound: int
    open_streams: int
    _fail: Any

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
                    # nghttp2's NGHTTP2_ERR_FLOODED (-904): Node reports it, unlike maxSettings
                    self._fail(ENHANCE_YOUR_CALM, "ERR_HTTP2_FLOODED", "flooding detected")
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
