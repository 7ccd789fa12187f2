"""Runs the documented examples."""
import subprocess
import sys

from conftest import ROOT


def test_basic_example() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "examples/python/basic.py")], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["200 hello world", "ping ok"]
