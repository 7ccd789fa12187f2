"""Shared by tests/test_real_clients_*.py: start a program that prints `PORT n`, free ports,
throwaway TLS certs, and killing whole process groups (peers like chromium fork helpers)."""
from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
NODECOMPAT = [sys.executable, "-m", "nodecompat"]


class Proc:
    """A child in its own process group; `lines` holds its stdout read so far."""

    def __init__(self, cmd: list[str], env: Optional[dict] = None, cwd: Optional[Path] = None) -> None:
        self.cmd = cmd
        self.err = tempfile.TemporaryFile()  # a file, not a pipe: a chatty child never blocks
        self.p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.err, env=env,
                                  cwd=cwd, start_new_session=True)
        self.lines: list[str] = []
        self._partial = b""

    def read_until(self, pattern: str, timeout: float = 30.0) -> re.Match:
        """Read stdout lines until one matches `pattern` (raises with stderr if it never does)."""
        rx = re.compile(pattern)
        for line in self.lines:
            m = rx.search(line)
            if m:
                return m
        deadline = time.monotonic() + timeout
        assert self.p.stdout is not None
        fd = self.p.stdout.fileno()
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            data = self._partial + chunk
            *done, self._partial = data.split(b"\n")
            new = [raw.decode("utf-8", "replace") for raw in done]
            self.lines += new
            for line in new:
                m = rx.search(line)
                if m:
                    return m
        raise AssertionError(f"{self.cmd}: no line matching {pattern!r}; stdout {self.lines!r}; "
                             f"stderr {self.stderr_now()!r}")

    def collect(self, settle: float = 0.3) -> list[str]:
        """Whatever stdout has ready (waits `settle` s of silence)."""
        try:
            self.read_until(r"(?!)", timeout=settle)
        except AssertionError:
            pass
        return self.lines

    def stderr_now(self) -> str:
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace")[-4000:]

    def stop(self) -> None:
        kill_group(self.p)


def kill_group(p: subprocess.Popen) -> None:
    """SIGKILL the child's whole process group (it was started with start_new_session)."""
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    p.wait(timeout=10)


def start_js(script: str | Path, *args: str, env: Optional[dict] = None) -> tuple[Proc, int]:
    """Run a nodecompat program that prints `PORT n` once it listens."""
    proc = Proc(NODECOMPAT + [str(script), *args], env=env)
    try:
        port = int(proc.read_until(r"^PORT (\d+)$").group(1))
    except BaseException:
        proc.stop()
        raise
    return proc, port


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def make_certs(tmp: Path) -> dict[str, Path]:
    """A throwaway CA and a server cert for 127.0.0.1/localhost (trustme), as PEM files."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    paths = {"key": tmp / "key.pem", "cert": tmp / "cert.pem", "ca": tmp / "ca.pem"}
    cert.private_key_pem.write_to_path(str(paths["key"]))
    cert.cert_chain_pems[0].write_to_path(str(paths["cert"]))
    ca.cert_pem.write_to_path(str(paths["ca"]))
    return paths
