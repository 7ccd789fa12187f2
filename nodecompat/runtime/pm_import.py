"""Imports pythonmonkey without the HTTP client it loads for a global nodecompat removes.

pythonmonkey's package `__init__` requires its XMLHttpRequest built-in, whose Python half imports
aiohttp (and yarl, multidict, attrs…): ~10 MiB of RSS in every process (measured: 66.5 → 55.9 MiB
after `import pythonmonkey`), for a global that js/internal/globals/install.js deletes. While
pythonmonkey imports, `aiohttp` and `yarl` are stand-ins whose attributes are placeholder types
(that module only names them in annotations at import time); afterwards the stand-ins leave
`sys.modules` (so any later `import aiohttp` gets the real package) and forward every attribute
to the real module, imported on first use — pythonmonkey's XHR code still works if called.
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_DEFERRED = ("aiohttp", "yarl")


class _StandIn(types.ModuleType):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._importing = True

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") or attr == "_importing":
            raise AttributeError(attr)   # inspect/importlib probe dunders: be a plain module
        if self._importing:
            return type(attr, (), {"__module__": self.__name__})
        return getattr(importlib.import_module(self.__name__), attr)


def _import() -> types.ModuleType:
    if "pythonmonkey" in sys.modules:
        return sys.modules["pythonmonkey"]
    stand_ins = {n: _StandIn(n) for n in _DEFERRED if n not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        import pythonmonkey
    finally:
        for name, mod in stand_ins.items():
            mod._importing = False
            if sys.modules.get(name) is mod:
                del sys.modules[name]
    return pythonmonkey


pythonmonkey = _import()
