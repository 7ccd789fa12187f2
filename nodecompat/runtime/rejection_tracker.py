"""SpiderMonkey's promise rejection tracker, forwarded to JS (Node's unhandled-rejection rules).

pythonmonkey 1.4.1 installs a tracker that reports a rejection with no handler *at rejection time*
(through a Future's __del__, at GC time) and drops the later "handled" notification, so a rejection
handled by an engine-internal reaction (`for await`, async generators) looked unhandled. The engine
does send both notifications: we replace pythonmonkey's tracker with one that calls
`globalThis[TRACKER](promise, handled, reason)` (js/internal/process/promises.js), which keeps Node's
pending list and decides after the microtask drain.

The tracker is per JSContext (one per process): installed once, it serves every Host.
"""
from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

from .pm_import import pythonmonkey as pm

TRACKER = "__ncPromiseTracker"  # the global JS function the tracker calls (non-enumerable)

_SHIFTED_TAG_OBJECT = 0xFFFE << 48  # JS::Value boxing of an object pointer (x86-64/arm64, punbox64)
_TRUE = 0xFFF9 << 48 | 1           # JS::BooleanValue(true)
_FALSE = 0xFFF9 << 48              # JS::BooleanValue(false)
_UNDEFINED = 0x1FFF3 << 47         # JS::UndefinedValue()

_Callback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_bool, ctypes.c_void_p, ctypes.c_int,
                             ctypes.c_void_p)
_installed: Any = None  # the ctypes callback, kept alive for the process lifetime


class _HandleValueArray(ctypes.Structure):
    _fields_ = [("length", ctypes.c_size_t), ("elements", ctypes.c_void_p)]


def _lib() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    # PyDLL: the GIL stays held during the calls. JS_CallFunctionValue runs JS, which may GC, and a GC
    # runs pythonmonkey's finalizers, which release Python objects (js_gc.py measured the crash)
    pm_dir = Path(pm.__file__).parent
    mozjs = next(pm_dir.glob("libmozjs-*.so"))
    return ctypes.PyDLL(str(mozjs)), ctypes.PyDLL(str(pm_dir / "pythonmonkey.so"))


def install() -> bool:
    """Replace pythonmonkey's tracker (idempotent). False if the engine's symbols are missing."""
    global _installed
    if _installed is not None:
        return True
    try:
        mozjs, pmso = _lib()
        set_tracker = mozjs["_ZN2JS34SetPromiseRejectionTrackerCallbackEP9JSContextPFvS1_bNS_6HandleIP8JSObjectEENS_29PromiseRejectionHandlingStateEPvES7_"]
        current_global = mozjs["_ZN2JS19CurrentGlobalOrNullEP9JSContext"]
        get_property = mozjs["_Z14JS_GetPropertyP9JSContextN2JS6HandleIP8JSObjectEEPKcNS1_13MutableHandleINS1_5ValueEEE"]
        call_value = mozjs["_Z20JS_CallFunctionValueP9JSContextN2JS6HandleIP8JSObjectEENS2_INS1_5ValueEEERKNS1_16HandleValueArrayENS1_13MutableHandleIS6_EE"]
        result = mozjs["_ZN2JS16GetPromiseResultENS_6HandleIP8JSObjectEE"]
        pending = mozjs["_Z21JS_IsExceptionPendingP9JSContext"]
        clear = mozjs["_Z24JS_ClearPendingExceptionP9JSContext"]
        cx = ctypes.c_void_p.in_dll(pmso, "GLOBAL_CX").value
    except (OSError, AttributeError, StopIteration, ValueError):
        return False
    if not cx:
        return False
    vp = ctypes.c_void_p
    set_tracker.argtypes, set_tracker.restype = [vp, _Callback, vp], None
    current_global.argtypes, current_global.restype = [vp], vp
    get_property.argtypes, get_property.restype = [vp, vp, ctypes.c_char_p, vp], ctypes.c_bool
    call_value.argtypes, call_value.restype = [vp, vp, vp, vp, vp], ctypes.c_bool
    result.argtypes, result.restype = [vp], ctypes.c_uint64  # JS::Value: one word, returned in a register
    pending.argtypes, pending.restype = [vp], ctypes.c_bool
    clear.argtypes, clear.restype = [vp], None
    name = TRACKER.encode()

    def tracker(cx_: int, _muted: bool, promise: int, state: int, _data: int) -> None:
        # state: 0 Unhandled (rejected with no reaction), 1 Handled (a reaction came later)
        glob = ctypes.c_uint64(current_global(cx_) or 0)
        if not glob.value:
            return
        fn = ctypes.c_uint64(0)
        if not get_property(cx_, ctypes.addressof(glob), name, ctypes.addressof(fn)) \
                or fn.value >> 47 != _SHIFTED_TAG_OBJECT >> 47:
            if pending(cx_):
                clear(cx_)
            return  # no JS side yet (bootstrap), or another realm
        obj = ctypes.cast(promise, ctypes.POINTER(ctypes.c_uint64))[0]
        if state == 1:
            args = (ctypes.c_uint64 * 3)(obj | _SHIFTED_TAG_OBJECT, _TRUE, _UNDEFINED)
        else:
            args = (ctypes.c_uint64 * 3)(obj | _SHIFTED_TAG_OBJECT, _FALSE, result(promise))
        hva = _HandleValueArray(3, ctypes.addressof(args))
        rval = ctypes.c_uint64(0)
        if not call_value(cx_, ctypes.addressof(glob), ctypes.addressof(fn), ctypes.byref(hva),
                          ctypes.addressof(rval)) and pending(cx_):
            clear(cx_)  # the JS side does not throw; never leave an exception in the engine

    _installed = _Callback(tracker)
    set_tracker(cx, _installed, None)
    return True
