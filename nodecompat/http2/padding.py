"""Frame padding as nghttp2 does it under Node's paddingStrategy (a mixin of `session.Session`)."""
from __future__ import annotations

from typing import Any

from .options import PADDING_ALIGNED, PADDING_MAX


class Padding:
    conn: Any  # conn.EngineConnection
    options: Any  # options.SessionOptions

    def _padded_length(self, n: int, max_payload: int) -> int:
        """nghttp2's select_padding with Node's strategies: the padded payload length for a
        frame of n payload bytes (n = no padding; n + 1 + pad_length otherwise)."""
        if n >= max_payload:
            return n
        limit = min(max_payload, n + 256)  # NGHTTP2_MAX_PADLEN
        if self.options.paddingStrategy == PADDING_MAX:
            return limit
        if self.options.paddingStrategy == PADDING_ALIGNED:
            r = (n + 9) % 8
            return n if r == 0 else min(n + 8 - r, limit)
        return n

    def _pad_headers(self, start: int) -> None:
        """Node pads HEADERS too (nghttp2's session_headers_add_pad, max payload 16384): pad
        the single HEADERS frame queued at `start` in the output buffer."""
        buf = self.conn._data_to_send
        if len(buf) - start < 9 or buf[start + 3] != 0x1:
            return
        n = int.from_bytes(buf[start:start + 3], "big")
        flags = buf[start + 4]
        if start + 9 + n != len(buf) or not flags & 0x4 or flags & 0x8:
            return  # CONTINUATION follows, or already padded: leave it
        padded = self._padded_length(n, 16384)
        if padded <= n:
            return
        buf[start:start + 3] = padded.to_bytes(3, "big")
        buf[start + 4] = flags | 0x8
        buf[start + 9:start + 9] = bytes([padded - n - 1])
        buf += bytes(padded - n - 1)
