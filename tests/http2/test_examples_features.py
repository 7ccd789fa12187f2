"""Runs the feature examples documented in docs/python-api.md."""
import subprocess
import sys

from conftest import ROOT


def test_file_server_example() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "examples/python/file_server.py")],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["200 37 docs/python-api.md, 'Files': respond_", "304"]
