"""Runs the examples documented in docs/python-api.md."""
import subprocess
import sys

from conftest import ROOT


def run_example(name: str) -> list[str]:
    r = subprocess.run([sys.executable, str(ROOT / "examples/python" / name)], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_basic_example() -> None:
    assert run_example("basic.py") == ["200 hello world", "ping ok"]


def test_file_server_example() -> None:
    assert run_example("file_server.py") == ["200 37 docs/python-api.md, 'Files': respond_", "304"]


def test_headers_example() -> None:
    assert run_example("headers.py") == [
        "server cookie: x=1; y=2", "set-cookie: ['a=1; Path=/', 'b=2']", "vary: accept, origin",
        "content-type: text/plain", "raw: 2 set-cookie fields"]
