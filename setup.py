"""Build hook: install js/ dependencies from the lockfile and ship js/ inside the package."""
import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _load_jsdeps():
    spec = importlib.util.spec_from_file_location("_jsdeps", ROOT / "nodecompat" / "_jsdeps.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class BuildWithJs(build_py):
    def run(self):
        _load_jsdeps().ensure_js_deps(ROOT / "js")
        super().run()
        if not getattr(self, "editable_mode", False):
            # A wheel carries js/ (with its node_modules) as package data.
            shutil.copytree(ROOT / "js", Path(self.build_lib) / "nodecompat" / "js", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithJs})
