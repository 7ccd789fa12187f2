"""internalBinding('zlib'): zlib streams over Python's `zlib` for js/zlib.js.

A stream is a `ZStream` object that JS holds and passes back (never reads its attributes).
`write(z, input, flush)` runs the codec over a copy of `input` and keeps the output inside;
`read(z, out)` copies up to `len(out)` pending bytes into JS's buffer and returns the count,
so bytes never cross to JS as Python objects. Errors come back as `[errno, message]` the way
zlib reports them, so JS builds Node's `Error` (`errno`, `code`).
"""
from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Any, Callable

from nodecompat.runtime.bindings import binding

if TYPE_CHECKING:
    from nodecompat.runtime.host import Host

DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP = range(1, 8)
_COMPRESS = {DEFLATE, GZIP, DEFLATERAW}
_ERR = re.compile(r"Error (-?\d+) while [a-z ]+: (.*)")


def _wbits(mode: int, window_bits: int) -> int:
    if mode in (DEFLATE, INFLATE):
        return window_bits
    if mode in (GZIP, GUNZIP):
        return 16 + window_bits
    if mode == UNZIP:
        return 32 + window_bits
    return -window_bits


class ZStream:
    """One zlib codec plus the output JS has not read yet."""

    __slots__ = ("mode", "args", "obj", "pending", "ended", "dictionary")

    def __init__(self, mode: int, args: tuple[int, int, int, int], dictionary: bytes | None) -> None:
        self.mode = mode
        self.args = args
        self.dictionary = dictionary
        self.pending = bytearray()
        self.ended = False
        self.obj: Any = None
        self.reset()

    def reset(self) -> None:
        level, window_bits, mem_level, strategy = self.args
        wbits = _wbits(self.mode, window_bits)
        extra: dict[str, Any] = {}
        if self.dictionary is not None:
            extra["zdict"] = self.dictionary
        if self.mode in _COMPRESS:
            self.obj = zlib.compressobj(level, zlib.DEFLATED, wbits, mem_level, strategy, **extra)
        else:
            if self.mode == UNZIP:
                extra.pop("zdict", None)
            self.obj = zlib.decompressobj(wbits, **extra)
        self.pending.clear()
        self.ended = False

    def write(self, data: bytes, flush: int) -> list[Any] | None:
        try:
            if self.mode in _COMPRESS:
                return self._compress(data, flush)
            return self._decompress(data, flush)
        except zlib.error as e:
            m = _ERR.match(str(e))
            if m:
                return [int(m.group(1)), m.group(2)]
            return [-2, str(e)]

    def _compress(self, data: bytes, flush: int) -> None:
        if self.ended:
            return None
        out = self.obj.compress(data) if data else b""
        self.pending += out
        if flush == zlib.Z_FINISH:
            self.pending += self.obj.flush(zlib.Z_FINISH)
            self.ended = True
        elif flush in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, 5):
            # Z_BLOCK (5) has no Python spelling; a sync flush is the nearest superset
            mode = flush if flush != 5 else zlib.Z_SYNC_FLUSH
            self.pending += self.obj.flush(mode)
        return None

    def _decompress(self, data: bytes, flush: int) -> list[Any] | None:
        while data and not self.ended:
            self.pending += self.obj.decompress(data)
            if not self.obj.eof:
                break
            rest = self.obj.unused_data
            # gunzip: a following gzip member continues the stream, anything else is ignored
            if self.mode in (GUNZIP, UNZIP) and rest[:2] == b"\x1f\x8b":
                self.reset_codec_only()
                data = rest
                continue
            self.ended = True
        if flush == zlib.Z_FINISH and not self.ended and not self.obj.eof:
            self.pending += self.obj.flush()
            return [-5, "unexpected end of file"]
        return None

    def reset_codec_only(self) -> None:
        pending = bytes(self.pending)
        self.reset()
        self.pending += pending


@binding("zlib")
def make_zlib_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    def create(mode: float, level: float, window_bits: float, mem_level: float, strategy: float,
               dictionary: Any) -> ZStream | list[Any]:
        try:
            return ZStream(int(mode), (int(level), int(window_bits), int(mem_level), int(strategy)),
                           bytes(dictionary) if dictionary else None)
        except (ValueError, zlib.error) as e:
            return [-2, str(e)]

    def write(z: ZStream, chunk: Any, flush: float) -> list[Any] | None:
        return z.write(bytes(chunk) if chunk else b"", int(flush))

    def read(z: ZStream, out: Any) -> int:
        n = min(len(out), len(z.pending))
        if n:
            out[:n] = z.pending[:n]
            del z.pending[:n]
        return n

    def pending(z: ZStream) -> int:
        return len(z.pending)

    def ended(z: ZStream) -> bool:
        return z.ended

    def reset(z: ZStream) -> None:
        z.reset()

    def params(z: ZStream, level: float, strategy: float) -> list[Any] | None:
        # Python cannot change a live compressor's level (deflateParams): Node flushes first,
        # so do that; the new level applies from the next reset() (documented in docs/grpc.md)
        if z.mode in _COMPRESS and not z.ended:
            z.pending += z.obj.flush(zlib.Z_SYNC_FLUSH)
        z.args = (int(level), z.args[1], z.args[2], int(strategy))
        return None

    def crc32(data: Any, value: float) -> float:
        return float(zlib.crc32(bytes(data), int(value)))

    return {"create": create, "write": write, "read": read, "pending": pending, "ended": ended,
            "reset": reset, "params": params, "crc32": crc32}
