"""respond_with_file / respond_with_fd from the Python API, fetched by curl: offset/length,
stat checks, bad files, and a 64 MiB file streamed with the server's memory bounded."""
from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import ROOT, LoopThread, http2
from helpers import run, start_listening

DATA = os.urandom(1 << 20)


def write_pipe(wfd: int) -> None:
    """3 MiB in 64 KiB writes with pauses: the server must not wait for EOF to start."""
    blob = DATA * 3
    with os.fdopen(wfd, "wb", buffering=0) as w:
        for i in range(0, len(blob), 65536):
            w.write(blob[i:i + 65536])
            if i % (1 << 20) == 0:
                time.sleep(0.05)


@pytest.fixture(scope="module")
def file_server(lt: LoopThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    d = tmp_path_factory.mktemp("files")
    (d / "data.bin").write_bytes(DATA)
    os.mkfifo(d / "fifo")
    seen: dict[str, Any] = {}

    async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
        path = headers[":path"]
        q = dict(p.split("=") for p in path.partition("?")[2].split("&") if p)
        try:
            if path.startswith("/range"):
                stream.respond_with_file(str(d / "data.bin"), {"content-type": "application/x-test"},
                                         offset=int(q.get("o", 0)), length=int(q.get("l", -1)))
            elif path == "/not-modified":
                def check(st: os.stat_result, hdrs: dict) -> bool:
                    seen["stat_size"] = st.st_size
                    stream.respond({":status": 304})
                    stream.end()
                    return False  # Node: statCheck returning false cancels the file response
                stream.respond_with_file(str(d / "data.bin"), stat_check=check)
            elif path == "/fd":
                fd = os.open(d / "data.bin", os.O_RDONLY)
                stream.respond_with_fd(fd, {}, offset=10, length=20, close_fd=True)
            elif path == "/pipe":  # Node streams pipes: no content-length, read as written
                rfd, wfd = os.pipe()
                threading.Thread(target=write_pipe, args=(wfd,), daemon=True).start()
                stream.respond_with_fd(rfd, {"content-type": "application/x-pipe"}, close_fd=True)
            elif path in ("/dir", "/fifo"):
                target = d if path == "/dir" else d / "fifo"
                fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
                try:
                    stream.respond_with_fd(fd, {}, offset=1)
                finally:
                    os.close(fd)
        except http2.Http2Error as exc:
            stream.respond({":status": 500, "x-code": exc.code})
            stream.end(str(exc))

    async def start() -> Any:
        srv = http2.create_server(on_stream)
        return srv, await srv.listen()
    srv, port = lt.run(start())
    yield {"port": port, "seen": seen}
    lt.run(srv.close(graceful=False))


def curl(port: int, path: str) -> tuple[dict, bytes]:
    r = run(["curl", "-s", "--http2-prior-knowledge", "--max-time", "20", "-D", "-",
             f"http://127.0.0.1:{port}{path}"])
    head, _, body = r.stdout.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = {"status": lines[0].split()[1]}
    headers.update((k.lower(), v.strip()) for k, v in (line.split(":", 1) for line in lines[1:]))
    return headers, body


@pytest.mark.parametrize("offset,length", [(0, -1), (1000, 5000), (len(DATA) - 10, 500),
                                           (len(DATA), -1)])
def test_offset_and_length(file_server: dict, offset: int, length: int) -> None:
    """Node's respondWithFile: the slice [offset, offset+length) clipped to the file, and
    content-length set to the bytes sent."""
    headers, body = curl(file_server["port"], f"/range?o={offset}&l={length}")
    want = DATA[offset:] if length < 0 else DATA[offset:offset + length]
    assert headers["status"] == "200"
    assert headers["content-type"] == "application/x-test"
    assert headers["content-length"] == str(len(want))
    assert body == want


def test_respond_with_fd(file_server: dict) -> None:
    headers, body = curl(file_server["port"], "/fd")
    assert headers["content-length"] == "20" and body == DATA[10:30]


def test_stat_check_can_cancel_and_answer_itself(file_server: dict) -> None:
    headers, body = curl(file_server["port"], "/not-modified")
    assert headers["status"] == "304" and body == b""
    assert file_server["seen"]["stat_size"] == len(DATA)


@pytest.mark.parametrize("path,code", [("/dir", "ERR_HTTP2_SEND_FILE"),
                                       ("/fifo", "ERR_HTTP2_SEND_FILE_NOSEEK")])
def test_bad_files_get_nodes_error_codes(file_server: dict, path: str, code: str) -> None:
    headers, body = curl(file_server["port"], path)
    assert headers["status"] == "500" and headers["x-code"] == code


BIG_SERVER = """
import asyncio, sys
sys.path.insert(0, {root!r})
from nodecompat import http2
async def main():
    async def on_stream(stream, headers):
        stream.respond_with_file({path!r})
    srv = http2.create_server(on_stream)
    print('listening on', await srv.listen(0), flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
"""


def status_kb(pid: int, field: str) -> int:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field):
            return int(line.split()[1])
    raise KeyError(field)


def test_64_mib_file_streams_with_bounded_memory(tmp_path: Path) -> None:
    """A 64 MiB file is sent in window-sized preads: the server's peak RSS grows by far less than
    the file (curl reads at full speed, so a read-it-all server would show +64 MiB)."""
    big = tmp_path / "big.bin"
    block = os.urandom(1 << 20)
    with open(big, "wb") as f:
        for _ in range(64):
            f.write(block)
    digest = hashlib.sha256(block * 64).hexdigest()
    script = tmp_path / "big_server.py"
    script.write_text(BIG_SERVER.format(root=str(ROOT), path=str(big)))
    proc, port = start_listening([sys.executable, str(script)])
    try:
        base = status_kb(proc.pid, "VmRSS")
        out = tmp_path / "got.bin"
        r = run(["curl", "-s", "--http2-prior-knowledge", "--max-time", "120", "-o", str(out),
                 f"http://127.0.0.1:{port}/"], timeout=150)
        assert r.returncode == 0
        peak = status_kb(proc.pid, "VmHWM")
    finally:
        proc.kill()
        proc.wait()
    assert out.stat().st_size == 64 << 20
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    assert peak - base < 24 * 1024, f"server peak RSS grew by {peak - base} KiB"


def test_pipe_is_streamed_without_length(file_server: dict) -> None:
    headers, body = curl(file_server["port"], "/pipe")
    assert headers["status"] == "200" and "content-length" not in headers
    assert headers["content-type"] == "application/x-pipe"
    assert body == DATA * 3
