"""Subprocess helpers for real peers (node, nghttpd)."""
from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path
from typing import Optional

PEERS = Path(__file__).resolve().parent / "peers"


def run(cmd: list[str], timeout: float = 30, input: Optional[bytes] = None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, timeout=timeout, input=input)


def start_listening(cmd: list[str], timeout: float = 15) -> tuple[subprocess.Popen, int]:
    """Start a server that prints 'listening on PORT'."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = p.stdout.readline()  # type: ignore[union-attr]
        if line.startswith("listening on"):
            return p, int(line.split()[-1])
        if p.poll() is not None:
            break
    p.kill()
    raise RuntimeError(f"{cmd} did not start: {p.stderr.read() if p.stderr else ''}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"port {port} not open")
