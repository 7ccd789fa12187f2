"""Frames h2 does not build for us (ORIGIN, GOAWAY without a state change) and header helpers."""
from __future__ import annotations

import struct
from itertools import chain
from typing import Iterable

from hpack import NeverIndexedHeaderTuple

ORIGIN_TYPE = 0xC
GOAWAY_TYPE = 0x7


def raw_frame(frame_type: int, flags: int, stream_id: int, payload: bytes) -> bytes:
    """Serialize a frame header (RFC 9113 4.1) + payload."""
    n = len(payload)
    return struct.pack(">BHBBL", (n >> 16) & 0xFF, n & 0xFFFF, frame_type, flags,
                       stream_id & 0x7FFFFFFF) + payload


def origin_frame(origins: Iterable[str]) -> bytes:
    """ORIGIN (RFC 8336): stream 0, a list of length-prefixed ASCII origins."""
    body = b"".join(struct.pack(">H", len(o)) + o for o in (x.encode("ascii") for x in origins))
    return raw_frame(ORIGIN_TYPE, 0, 0, body)


def parse_origin(body: bytes) -> list[str]:
    out: list[str] = []
    off = 0
    while off + 2 <= len(body):
        (n,) = struct.unpack_from(">H", body, off)
        off += 2
        out.append(body[off:off + n].decode("ascii", "replace"))
        off += n
    return out


def goaway_frame(code: int, last_stream_id: int, opaque: bytes = b"") -> bytes:
    return raw_frame(GOAWAY_TYPE, 0, 0, struct.pack(">LL", last_stream_id & 0x7FFFFFFF, code) + opaque)


def mark_sensitive(headers: list[tuple[bytes, bytes]], sensitive: "frozenset[bytes] | set[bytes]"
                   ) -> list:
    """Wrap never-indexed pairs for hpack (RFC 7541 6.2.3): the `sensitive` names, plus what
    nghttp2 (so Node) never indexes on its own: authorization, and cookies shorter than 20 bytes."""
    return [NeverIndexedHeaderTuple(n, v) if n in sensitive or n == b"authorization" or
            n == b"cookie" and len(v) < 20 else (n, v) for n, v in headers]


def header_block_estimate(headers: list[tuple[bytes, bytes]]) -> int:
    """RFC 9113 6.5.2 header list size (name + value + 32 per pair)."""
    return 32 * len(headers) + sum(map(len, chain.from_iterable(headers)))
