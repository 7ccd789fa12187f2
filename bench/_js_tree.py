"""Run nodecompat with another js/ tree: `python bench/_js_tree.py JS_DIR app.js [args...]`.

For A/B runs of JS changes (bench/js_ab.py --js-a/--js-b): JS_DIR is a copy of js/ (its own
node_modules, or a symlink to js/node_modules); the Python side is this checkout's.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    tree = Path(sys.argv[1]).resolve()
    import nodecompat.runtime.host as host
    host.js_root = lambda: tree   # host.py imported js_root by name: patch it there
    from nodecompat.runtime.cli import main as cli_main
    sys.argv = ["nodecompat"] + sys.argv[2:]
    cli_main()


if __name__ == "__main__":
    main()
