"""dns.resolve* (DNS queries, not getaddrinfo) against a stub DNS server on 127.0.0.1: the same
program under node and nodecompat must print the same records and the same errors."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "dnsstub"))
from stub_server import StubDNS  # noqa: E402

PROGRAM = HERE / "js" / "core" / "_dns_resolve_prog.js"


@pytest.fixture(scope="module")
def stub() -> Iterator[StubDNS]:
    server = StubDNS()
    yield server
    server.close()


def _run(cmd: list[str], port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cmd, str(PROGRAM), str(port)], capture_output=True, text=True, timeout=60)


@pytest.mark.timeout(120)
def test_resolve_matches_node(stub: StubDNS) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node (v20) is needed for this differential test")
    expected = _run([node], stub.port)
    actual = _run([sys.executable, "-m", "nodecompat"], stub.port)
    assert expected.returncode == 0, expected.stderr
    assert "resolve4 a.nc.test [\"192.0.2.1\",\"192.0.2.2\"]" in expected.stdout
    assert actual.stderr == expected.stderr
    assert actual.stdout == expected.stdout
    assert actual.returncode == expected.returncode
