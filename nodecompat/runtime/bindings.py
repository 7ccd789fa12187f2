"""Registry of Python bindings reachable from built-ins as `internalBinding(name)`.

A binding is a factory `(host) -> dict[str, plain function]`, registered with `@binding(name)`.
Factories are imported lazily: `internalBinding('fs')` imports `nodecompat.fs.binding` (or the
module named in `_MODULES`), whose `@binding('fs')` decorator registers the factory.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .host import Host

Factory = Callable[["Host"], dict[str, Callable[..., Any]]]

_FACTORIES: dict[str, Factory] = {}

# Bindings that do not live at nodecompat.<name>.binding.
_MODULES: dict[str, str] = {
    "loader": "nodecompat.runtime.loader_binding",
    "process": "nodecompat.runtime.process_binding",
    "timers": "nodecompat.runtime.timers_binding",
    "http2_js_stream": "nodecompat.http2.binding_js_stream",
    "fs_event_wrap": "nodecompat.fs.watch_binding",
}


def binding(name: str) -> Callable[[Factory], Factory]:
    """Decorator: register `factory` as the binding `name`."""
    def register(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        return factory
    return register


def get_factory(name: str) -> Factory | None:
    if name not in _FACTORIES:
        module = _MODULES.get(name, f"nodecompat.{name}.binding")
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            # only "this binding does not exist", never a broken import inside an existing one
            if e.name is None or not module.startswith(e.name):
                raise
            return None
    return _FACTORIES.get(name)


def make_binding(name: str, host: "Host") -> dict[str, Callable[..., Any]] | None:
    factory = get_factory(name)
    if factory is None:
        return None
    table = factory(host)
    for key, fn in table.items():
        # a bound method reachable from JS leaks its object on every access (notes §5.4)
        if hasattr(fn, "__self__") and not isinstance(getattr(fn, "__self__"), type(importlib)):
            raise TypeError(f"binding {name}.{key} is a bound method; use a plain function")
    return table
