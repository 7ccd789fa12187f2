"""Header conversion for the Python API: dicts/lists of str or bytes -> [(bytes, bytes)]."""
from __future__ import annotations

from typing import Iterable, Mapping, Union

HeadersIn = Union[Mapping[str, object], Iterable[tuple], None]
Headers = list[tuple[bytes, bytes]]


def _b(x: object) -> bytes:
    if isinstance(x, bytes):
        return x
    return (x if isinstance(x, str) else str(x)).encode("latin-1")


_wire_cache: dict[tuple, Headers] = {}


def to_wire(headers: HeadersIn) -> Headers:
    """Lower-case names, pseudo-headers first, list values become repeated pairs."""
    if not headers:
        return []
    if type(headers) is dict:  # the common case: the same small dict on every response
        try:
            key = tuple([(k, v.__class__, v) for k, v in headers.items()])  # 1 vs True vs 1.0
            hit = _wire_cache.get(key)
        except TypeError:  # unhashable values (lists)
            return _to_wire(headers)
        if hit is None:
            hit = _to_wire(headers)
            if len(_wire_cache) >= 256:
                _wire_cache.clear()
            _wire_cache[key] = hit
        return list(hit)
    return _to_wire(headers)


def _to_wire(headers: HeadersIn) -> Headers:
    items = headers.items() if isinstance(headers, Mapping) else headers
    pseudo: Headers = []
    regular: Headers = []
    for name, value in items:
        n = _b(name).lower()
        target = pseudo if n[:1] == b":" else regular
        if isinstance(value, (list, tuple)):
            target.extend((n, _b(v)) for v in value)
        else:
            target.append((n, _b(value)))
    return pseudo + regular


# Node's kSingleValueHeaders (lib/internal/http2/util.js): a repeated field keeps its first value
SINGLE_VALUE = frozenset({
    ":status", ":method", ":authority", ":scheme", ":path", ":protocol",
    "access-control-allow-credentials", "access-control-max-age", "access-control-request-method",
    "age", "authorization", "content-encoding", "content-language", "content-length",
    "content-location", "content-md5", "content-range", "content-type", "date", "dnt", "etag",
    "expires", "from", "host", "if-match", "if-modified-since", "if-none-match", "if-range",
    "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization",
    "range", "referer", "retry-after", "tk", "upgrade-insecure-requests", "user-agent",
    "x-content-type-options",
})
HeaderDict = dict[str, Union[str, list[str]]]


def to_dict(headers: Headers) -> HeaderDict:
    """Node's headers object (toHeaderObject): `set-cookie` is always a list (one entry per
    field, never joined), repeated `cookie` fields are joined with '; ' (RFC 9113 8.2.3), a
    repeated single-value field (SINGLE_VALUE) keeps its first value, other repeats are joined
    with ', '. Values stay str (`:status` too). `raw_headers` keeps the wire list."""
    out: HeaderDict = {}
    for n, v in headers:
        k = n.decode("latin-1")
        s = v.decode("latin-1")
        old = out.get(k)
        if old is None:
            out[k] = [s] if k == "set-cookie" else s
        elif k == "set-cookie":
            old.append(s)  # type: ignore[union-attr]
        elif k in SINGLE_VALUE:
            continue
        else:
            out[k] = f"{old}{'; ' if k == 'cookie' else ', '}{s}"
    return out


def sensitive_set(names: Iterable[str] | None) -> frozenset:
    return frozenset(_b(n).lower() for n in names) if names else frozenset()
