"""Hot-path helpers that let the Session skip h2's generic machinery for ordinary requests.

- `request_ok` / `response_ok`: one pass over a decoded header list that accepts only what h2's
  inbound validation would accept (anything doubtful returns False and the caller takes h2's
  full path, which raises exactly as before).
- `encode_block`: HPACK encoding that never touches the dynamic table (static-table indexes and
  literals without indexing / never indexed), so the bytes of a header pair do not depend on
  encoder state and are cached per pair.
- `headers_frames` / `data_frame`: frame serialisation without hyperframe objects.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from hpack import Decoder
from hpack.hpack import encode_integer
from hpack.huffman import HuffmanEncoder
from hpack.huffman_constants import REQUEST_CODES, REQUEST_CODES_LENGTH
from hpack.table import HeaderTable

Headers = list[tuple[bytes, bytes]]

# RFC 9113 8.2.1: a name is 0x21-0x7e without upper case and without ':' (pseudo names are
# checked against a fixed set); a value has no NUL/CR/LF and no leading/trailing SP/HTAB.
_NAME = re.compile(rb"[!-9;-@\[-~]+").fullmatch
_VALUE = re.compile(rb"(?:[^\x00\r\n\t ](?:[^\x00\r\n]*[^\x00\r\n\t ])?)?").fullmatch
# h2 refuses these (connection-specific, RFC 9113 8.2.2); 'te' needs h2's value check
_SLOW_NAMES = frozenset((b"connection", b"proxy-connection", b"keep-alive", b"transfer-encoding",
                         b"upgrade", b"te", b"host"))
_REQ_PSEUDO = frozenset((b":method", b":scheme", b":path", b":authority"))


def request_ok(headers: Headers) -> bool:
    """True if h2 would accept this request header block unchanged (no CONNECT, no :protocol,
    no Host: those go through h2's own checks)."""
    seen: set[bytes] = set()
    i = 0
    n = len(headers)
    while i < n:  # pseudo-header fields first, each once, from the request set
        name, value = headers[i]
        if name[:1] != b":":
            break
        if name not in _REQ_PSEUDO or name in seen or not _VALUE(value):
            return False
        seen.add(name)
        i += 1
    if len(seen) != 4:  # :method :scheme :path :authority all present
        return False
    while i < n:
        name, value = headers[i]
        if not _NAME(name) or name in _SLOW_NAMES or not _VALUE(value):
            return False
        i += 1
    for name, value in headers:
        if name == b":method":
            if value == b"CONNECT":
                return False
        elif name == b":path" and not value:
            return False
    return True


def response_ok(headers: Headers) -> bool:
    """True if h2 would accept this final (non-1xx) response header block: only :status as
    pseudo-header, first, then ordinary fields."""
    if not headers:
        return False
    name, value = headers[0]
    if name != b":status" or len(value) != 3 or value[:1] == b"1" or not _VALUE(value):
        return False
    for i in range(1, len(headers)):
        name, value = headers[i]
        if not _NAME(name) or name in _SLOW_NAMES or not _VALUE(value):
            return False
    return True


# ------------------------------------------------------------------ HPACK without table state
_huffman = HuffmanEncoder(REQUEST_CODES, REQUEST_CODES_LENGTH)
_STATIC_FULL: dict[tuple[bytes, bytes], int] = {}
_STATIC_NAME: dict[bytes, int] = {}
for _i, (_n, _v) in enumerate(HeaderTable.STATIC_TABLE, 1):
    _STATIC_FULL.setdefault((_n, _v), _i)
    _STATIC_NAME.setdefault(_n, _i)

_pair_cache: dict[tuple[bytes, bytes, bool], bytes] = {}
_PAIR_CACHE_MAX = 4096
_PAIR_CACHEABLE = 256  # bytes of name + value


def _string(s: bytes) -> bytes:
    h = _huffman.encode(s)
    if len(h) < len(s):
        b = encode_integer(len(h), 7)
        b[0] |= 0x80
        return bytes(b) + h
    return bytes(encode_integer(len(s), 7)) + s


def _encode_pair(name: bytes, value: bytes, sensitive: bool) -> bytes:
    if not sensitive:
        idx = _STATIC_FULL.get((name, value))
        if idx is not None:
            return bytes((0x80 | idx,))
    # literal without indexing (0000) or never indexed (0001), RFC 7541 6.2.2/6.2.3
    idx = _STATIC_NAME.get(name, 0)
    head = encode_integer(idx, 4)
    if sensitive:
        head[0] |= 0x10
    return bytes(head) + (b"" if idx else _string(name)) + _string(value)


_block_cache: dict[tuple, bytes] = {}
_BLOCK_CACHE_MAX = 256  # a server answers with a handful of distinct blocks (the date: 1/s)
_BLOCK_CACHEABLE = 1024  # bytes of encoded block


def encode_block(headers: Headers, sensitive: "frozenset[bytes] | set[bytes]") -> Optional[bytes]:
    """State-free HPACK block, or None if a name/value is not bytes (caller takes h2's path).
    Whole blocks are remembered too: the bytes depend on the pairs and `sensitive` only."""
    try:
        key = (tuple(headers), frozenset(sensitive) if type(sensitive) is set else sensitive)
        hit = _block_cache.get(key)
    except TypeError:  # unhashable (list pairs, a bytearray): encoded, not remembered
        return _encode_block(headers, sensitive)
    if hit is not None:
        return hit
    block = _encode_block(headers, sensitive)
    if block is not None and len(block) <= _BLOCK_CACHEABLE:
        if len(_block_cache) >= _BLOCK_CACHE_MAX:
            _block_cache.clear()
        _block_cache[key] = block
    return block


def _encode_block(headers: Headers, sensitive: "frozenset[bytes] | set[bytes]") -> Optional[bytes]:
    cache = _pair_cache
    parts = []
    for name, value in headers:
        key = (name, value, bool(sensitive) and name in sensitive or
               name == b"authorization" or name == b"cookie" and len(value) < 20)  # nghttp2's rule
        enc = cache.get(key)
        if enc is None:
            if type(name) is not bytes or type(value) is not bytes:
                return None
            enc = _encode_pair(name, value, key[2])
            if len(name) + len(value) <= _PAIR_CACHEABLE:
                if len(cache) >= _PAIR_CACHE_MAX:
                    cache.clear()
                cache[key] = enc
        parts.append(enc)
    return b"".join(parts)


# ------------------------------------------------------------------ frames
END_STREAM, END_HEADERS, PADDED, PRIORITY = 0x1, 0x4, 0x8, 0x20


def _head(length: int, ftype: int, flags: int, sid: int) -> bytes:
    return (length << 48 | ftype << 40 | flags << 32 | sid).to_bytes(9, "big")


def headers_frames(sid: int, block: bytes, end_stream: bool, max_frame: int) -> bytes:
    """HEADERS (+ CONTINUATION when the block exceeds the peer's max frame size)."""
    flags = END_STREAM if end_stream else 0
    if len(block) <= max_frame:
        return _head(len(block), 0x1, flags | END_HEADERS, sid) + block
    out = [_head(max_frame, 0x1, flags, sid), block[:max_frame]]
    off = max_frame
    while off < len(block):
        part = block[off:off + max_frame]
        off += len(part)
        out.append(_head(len(part), 0x9, END_HEADERS if off >= len(block) else 0, sid))
        out.append(part)
    return b"".join(out)


def data_frame_head(sid: int, length: int, end_stream: bool) -> bytes:
    return _head(length, 0x0, END_STREAM if end_stream else 0, sid)


# ------------------------------------------------------------------ HPACK decode memo
class MemoDecoder(Decoder):
    """hpack Decoder that remembers header blocks that do not change the dynamic table.

    Such a block (indexed fields and literals that are not indexed: `_table_neutral`) decodes to
    the same list while the table is unchanged: a client repeating its request headers, or
    nghttpd/node repeating a response (content-length is never indexed by nghttp2). Any other
    block may change the table: it empties the memo. The limits that decode()
    checks are part of the memo's validity."""

    # Node refuses a stream whose list (sum of name + value + 32) exceeds the local
    # maxHeaderListSize (RST_STREAM, session lives); hpack would fail the whole connection, so its
    # own check gets a cap above the setting (it still bounds memory) and the Session compares
    # `last_size` (the last decoded block's size) with `list_limit` (h2 sets it on SETTINGS ACK).
    list_limit: int = 1 << 16
    _hpack_cap: int = 1 << 20
    last_size: int = 0

    @property  # type: ignore[override]
    def max_header_list_size(self) -> int:
        return self._hpack_cap

    @max_header_list_size.setter
    def max_header_list_size(self, value: int) -> None:
        self.list_limit = value
        self._hpack_cap = max(2 * value, 1 << 20)

    def __init__(self) -> None:
        super().__init__()
        # block -> [headers, size, (check, verdict)]: the last slot (None until asked) remembers
        # the session's request_ok/response_ok answer, which depends on the headers only
        self._memo: dict[bytes, list] = {}
        self._memo_limits: tuple[int, int] = (0, 0)
        self.last_entry: Optional[list] = None  # the memo entry of the last decoded block

    def decode(self, data: bytes, raw: bool = False) -> list:  # type: ignore[override]
        memo = self._memo
        if raw and memo and self._hpack_cap == self._memo_limits[0] and \
                self.max_allowed_table_size == self._memo_limits[1]:
            hit = memo.get(data)
            if hit is not None:
                self.last_size = hit[1]
                self.last_entry = hit
                return list(hit[0])
        self.last_size = 0  # a failed decode leaves no stale size behind
        self.last_entry = None
        headers = super().decode(data, raw)
        size = 32 * len(headers)
        for n, v in headers:
            size += len(n) + len(v)
        self.last_size = size
        if raw and len(data) <= 512 and _table_neutral(data):  # small blocks: memory stays bounded
            limits = (self._hpack_cap, self.max_allowed_table_size)
            if limits != self._memo_limits or len(memo) >= 16:
                memo.clear()
                self._memo_limits = limits
            entry = self.last_entry = [list(headers), size, None]
            memo[bytes(data)] = entry
        elif memo:
            memo.clear()
        return headers  # type: ignore[return-value]

    def verdict(self, headers: list, check: Callable[[list], Any]) -> Any:
        """`check(headers)` for the block just decoded, remembered with its memo entry."""
        entry = self.last_entry
        if entry is None:
            return check(headers)
        v = entry[2]
        if v is None or v[0] is not check:
            v = entry[2] = (check, check(headers))
        return v[1]


def _skip_int(data: bytes, i: int, mask: int) -> tuple[int, int]:
    """(value, next offset) of an HPACK integer whose prefix byte is data[i] (RFC 7541 5.1)."""
    v = data[i] & mask
    i += 1
    if v == mask:
        shift = 0
        while True:
            b = data[i]  # IndexError on a truncated block: caller treats it as "not neutral"
            i += 1
            v += (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
    return v, i


def _table_neutral(data: bytes) -> bool:
    """No representation in the block changes the dynamic table: only indexed fields (6.1) and
    literals without indexing / never indexed (6.2.2, 6.2.3); no incremental indexing, no size
    update. Such a block decodes the same way as long as the table is unchanged."""
    n = len(data)
    if not n:
        return False
    i = 0
    try:
        while i < n:
            b = data[i]
            if b & 0x80:
                _, i = _skip_int(data, i, 0x7F)
            elif b & 0xE0:  # 01xxxxxx incremental indexing, 001xxxxx size update
                return False
            else:
                idx, i = _skip_int(data, i, 0x0F)
                for _ in range(1 if idx else 2):  # [name string] value string
                    length, i = _skip_int(data, i, 0x7F)
                    i += length
    except IndexError:
        return False
    return i == n

