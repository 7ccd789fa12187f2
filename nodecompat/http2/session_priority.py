"""Stream priority signalling (RFC 7540 5.3, deprecated by RFC 9113 but still sent by nghttp2).

Node's `stream.priority()` submits a PRIORITY frame; nghttp2 queues it with the other non-request
frames, which go out before any request HEADERS still waiting to be sent (its `ob_syn` queue is
served last). A Node receiver reports each received PRIORITY frame as 'priority' (on the stream,
or on the session when the stream is not open yet, e.g. the frame came before the HEADERS).
A priority block inside HEADERS is not reported. The engine neither orders streams by priority
(as Node's nghttp2, which no longer does) nor keeps the values (Node's state.weight stays 16/0).
"""
from __future__ import annotations

from typing import Any, Optional

from . import events as ev
from .frames import raw_frame

PRIORITY_TYPE = 0x2


class Priorities:
    """Mixin for Session."""

    conn: Any
    _syn_buf: Optional[bytearray] = None  # the output buffer holding unsent request HEADERS
    _syn_off = 0                          # where the first of them starts in it

    def _mark_request(self) -> None:
        """Before writing a request's HEADERS: remember where unsent requests begin."""
        buf = self.conn._data_to_send
        if self._syn_buf is not buf:
            self._syn_buf = buf
            self._syn_off = len(buf)

    def priority(self, stream_id: int, parent: int, weight: int, exclusive: bool) -> None:
        """Send PRIORITY for `stream_id` (weight clamped to 1..256, as nghttp2)."""
        weight = min(max(weight, 1), 256)
        dep = (parent & 0x7FFFFFFF) | (0x80000000 if exclusive else 0)
        frame = raw_frame(PRIORITY_TYPE, 0, stream_id, dep.to_bytes(4, "big") + bytes([weight - 1]))
        buf = self.conn._data_to_send
        if self._syn_buf is buf:  # request HEADERS not flushed yet: go before them
            buf[self._syn_off:self._syn_off] = frame
            self._syn_off += len(frame)
        else:
            buf += frame
        self._want_flush()  # type: ignore[attr-defined]

    @staticmethod
    def _priority_event(e: Any, h2_events: list) -> Optional[ev.Priority]:
        """h2's PriorityUpdated → ev.Priority, unless it came from a HEADERS frame's block."""
        if any(getattr(x, "priority_updated", None) is e for x in h2_events):
            return None
        return ev.Priority(e.stream_id, e.depends_on or 0, e.weight, bool(e.exclusive))
