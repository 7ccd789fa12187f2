"""SpiderMonkey's GC knobs that pythonmonkey does not expose, reached through ctypes.

pythonmonkey 1.4.1 only has `pm.collect()` (a plain `JS_GC`). Its extension exports the JSContext
(`GLOBAL_CX`) and libmozjs exports the JSAPI, so the host can read and set GC parameters and run a
shrinking GC. Key numbers are `JSGCParamKey` from SpiderMonkey 136's js/GCAPI.h, checked at load
through two read-only keys (chunk size 1 MiB, page size 4 KiB); an unknown key crashes the engine
(MOZ_CRASH), so only the keys below are ever used. Anything missing (another pythonmonkey build):
`available()` is False and the host falls back to `pm.collect()`.
"""
from __future__ import annotations

import ctypes
import os
from typing import Any

MAX_NURSERY_BYTES = 2
BYTES = 3
TOTAL_CHUNKS = 8
UNUSED_CHUNKS = 7
NURSERY_BYTES = 34
COMPACTING_ENABLED = 23
CHUNK_BYTES = 38
SYSTEM_PAGE_SIZE_KB = 47

_GC_OPTIONS_SHRINK = 1   # JS::GCOptions::Shrink
_GC_REASON_API = 0       # JS::GCReason::API: the first entry of GCReason's list

_api: dict[str, Any] | None = None


def _load() -> dict[str, Any] | None:
    import pythonmonkey as pm
    d = os.path.dirname(pm.__file__)
    try:
        # PyDLL: the GIL stays held during the calls — a GC runs pythonmonkey's finalizers, which
        # release Python objects (ctypes.CDLL drops the GIL: measured, a fatal error)
        ext = ctypes.PyDLL(os.path.join(d, "pythonmonkey.so"))
        js = ctypes.PyDLL(os.path.join(d, "libmozjs-136a1.so"))
        cx = ctypes.c_void_p.in_dll(ext, "GLOBAL_CX").value
        get = js._Z17JS_GetGCParameterP9JSContext12JSGCParamKey
        put = js._Z17JS_SetGCParameterP9JSContext12JSGCParamKeyj
        prepare = js._ZN2JS16PrepareForFullGCEP9JSContext
        gc = js._ZN2JS16NonIncrementalGCEP9JSContextNS_9GCOptionsENS_8GCReasonE
    except (OSError, AttributeError, ValueError):
        return None
    if not cx:
        return None
    get.restype, get.argtypes = ctypes.c_uint32, [ctypes.c_void_p, ctypes.c_int]
    put.restype, put.argtypes = ctypes.c_bool, [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32]
    prepare.restype, prepare.argtypes = None, [ctypes.c_void_p]
    gc.restype, gc.argtypes = None, [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32]
    if get(cx, CHUNK_BYTES) != 1 << 20 or get(cx, SYSTEM_PAGE_SIZE_KB) != os.sysconf("SC_PAGE_SIZE") >> 10:
        return None   # not the layout this file knows
    return {"cx": cx, "get": get, "put": put, "prepare": prepare, "gc": gc}


def available() -> bool:
    global _api
    if _api is None:
        _api = _load() or {}
    return bool(_api)


def get_param(key: int) -> int:
    return _api["get"](_api["cx"], key) if available() else 0


def set_param(key: int, value: int) -> bool:
    return bool(_api["put"](_api["cx"], key, value)) if available() else False


def shrinking_gc() -> None:
    """A full, non-incremental, shrinking GC: also releases empty chunks and discards JIT code
    (no compaction: `tune()` turns it off)."""
    _api["prepare"](_api["cx"])
    _api["gc"](_api["cx"], _GC_OPTIONS_SHRINK, _GC_REASON_API)


NURSERY_MAX_KB = 4096   # SpiderMonkey's default is 64 MiB


def tune() -> None:
    """Caps the nursery (young generation) at NURSERY_MAX_KB (NODECOMPAT_JS_NURSERY_KB overrides).

    Measured on the h2load hello soak (4 x 50k requests, RSS sampled every 10 ms): with the default
    64 MiB cap the nursery grew to 15-29 MiB under load, peak RSS 96-112 MiB; with 4 MiB, 86-91 MiB
    at the same CPU per request. Smaller is worse: at 1 MiB per-request objects outlive the nursery,
    fill the tenured heap until the next full GC, and the peak went to 121 MiB."""
    kb = int(os.environ.get("NODECOMPAT_JS_NURSERY_KB") or NURSERY_MAX_KB)
    if available():
        set_param(MAX_NURSERY_BYTES, kb << 10)
        # Python keeps raw memoryviews of JS buffers it was handed (the payload arena, the shared
        # Int32Arrays): a compacting GC could move a small buffer's inline data under them
        set_param(COMPACTING_ENABLED, 0)
