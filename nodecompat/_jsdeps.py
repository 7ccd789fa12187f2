"""Installs the third-party JS that js/ builds on, from js/package-lock.json.

Used by the package's build step (setup.py) and, as a fallback, by the runtime on first boot
when js/node_modules is missing (for example after a fresh clone with `pip install -e .`
done by a tool that skipped the build hook).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def js_root() -> Path:
    """The js/ folder: inside the package in a wheel, at the repository top in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "js"
    return packaged if (packaged / "package.json").exists() else here.parent / "js"


def ensure_js_deps(root: Path | None = None, quiet: bool = True) -> Path:
    root = root or js_root()
    if (root / "node_modules" / ".package-lock.json").exists():
        return root
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("nodecompat needs npm on PATH to install its JS dependencies (js/package.json)")
    cmd = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    subprocess.run(cmd, cwd=root, check=True,
                   stdout=subprocess.DEVNULL if quiet else None)
    return root
