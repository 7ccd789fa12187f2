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


def to_dict(headers: Headers) -> dict[str, str]:
    """Node-like object view: repeated names joined. Unlike Node, set-cookie is joined with
    ', ' too (Node keeps a list): read `raw_headers` when cookies matter."""
    out: dict[str, str] = {}
    for n, v in headers:
        k = n.decode("latin-1")
        s = v.decode("latin-1")
        if k in out:  # Node joins repeated cookie fields with '; ' (RFC 9113 8.2.3), others ', '
            out[k] = f"{out[k]}{'; ' if k == 'cookie' else ', '}{s}"
        else:
            out[k] = s
    return out


def sensitive_set(names: Iterable[str] | None) -> frozenset:
    return frozenset(_b(n).lower() for n in names) if names else frozenset()
