"""The binding's per-process header caches stay small whatever the peer sends: unique big header
values (cookies, tokens) are encoded without being remembered (they would pin up to 4096 fields or
256 blocks of up to 64 KiB each)."""
from __future__ import annotations

import os
import tracemalloc

from nodecompat.http2.binding import encode_headers, parse_header_block_sized


def _retained_by(fn) -> int:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_unique_big_fields_are_not_cached() -> None:
    def run() -> None:
        for _ in range(2000):   # 2000 x 16 KiB = 31 MiB if each were kept
            encode_headers([(b"cookie", os.urandom(8192).hex().encode())])
    assert _retained_by(run) < 2 << 20


def test_unique_big_blocks_are_not_cached() -> None:
    def run() -> None:
        for _ in range(1000):   # 1000 x 16 KiB blocks, parsed copies kept too, if cached
            parse_header_block_sized(b"x-token\0" + os.urandom(8192).hex().encode() + b"\0\0")
    assert _retained_by(run) < 2 << 20

