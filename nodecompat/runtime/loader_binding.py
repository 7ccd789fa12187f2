"""`internalBinding('loader')`: file access and compilation for the module loader (not a hot path)."""
from __future__ import annotations

import json
import os
import stat as stat_mod
from typing import TYPE_CHECKING, Any, Callable

import pythonmonkey as pm

from .bindings import binding

if TYPE_CHECKING:
    from .host import Host


@binding("loader")
def make_loader_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    root = host.js_root

    def read_file(path: Any) -> Any:
        try:
            with open(str(path), encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return pm.null

    def stat(path: Any) -> int:
        """0: file, 1: directory, -1: missing (like Node's internalModuleStat)."""
        try:
            st = os.stat(str(path))
        except (OSError, ValueError):
            return -1
        return 1 if stat_mod.S_ISDIR(st.st_mode) else 0

    def realpath(path: Any) -> str:
        return os.path.realpath(str(path))

    def compile_function(source: Any, filename: Any, params: Any) -> Any:
        # the wrapper shares line 1 with the source so line numbers stay right
        code = f"(function ({params}) {{{source}\n}})"
        return pm.eval(code, {"filename": str(filename), "lineno": 1})

    def builtin_ids() -> str:
        ids = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d != "node_modules"]
            rel = os.path.relpath(dirpath, root)
            for name in filenames:
                if name.endswith(".js"):
                    mod = name[:-3] if rel == "." else f"{rel}/{name[:-3]}"
                    ids.append(mod.replace(os.sep, "/"))
        return json.dumps(sorted(ids))

    def cwd() -> str:
        return os.getcwd()

    return {
        "readFile": read_file,
        "stat": stat,
        "realpath": realpath,
        "compileFunction": compile_function,
        "builtinIds": builtin_ids,
        "cwd": cwd,
    }
