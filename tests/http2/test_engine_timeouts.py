"""Session and stream timeouts as Node's (docs/engine-requests.md F6): traffic in either direction
refreshes them, and each fires once per idle period. Reference: the same scenario against a node
server (peers/timeout_server.js), both driven by the node client peers/slow_client.js."""
from __future__ import annotations

import asyncio
import subprocess
import time

from conftest import LoopThread, http2
from helpers import PEERS, start_listening


def node_client(port: int) -> None:
    subprocess.run(["node", str(PEERS / "slow_client.js"), str(port)], capture_output=True,
                   timeout=20, check=True)


def node_reference() -> list[str]:
    proc, port = start_listening(["node", str(PEERS / "timeout_server.js")])
    try:
        node_client(port)
        time.sleep(0.1)
    finally:
        proc.kill()
    return [x for x in proc.communicate(timeout=5)[0].splitlines() if x]


def python_server(lt: LoopThread) -> tuple[list[str], list[float]]:
    log: list[str] = []
    times: dict[str, float] = {}

    def on_session(s: http2.Http2Session) -> None:
        def fired() -> None:
            log.append("session timeout")
            times["timeout"] = time.monotonic()
        s.set_timeout(300, fired)

    async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
        stream.set_timeout(200, lambda: log.append("stream timeout"))
        await stream.read()
        stream.respond({":status": 200})
        for _ in range(12):
            await asyncio.sleep(0.05)
            stream.write(b"r")
        stream.end()
        log.append("slowresp done")
        times["done"] = time.monotonic()

    async def start() -> tuple:
        srv = http2.create_server(on_stream, on_session=on_session)
        return srv, await srv.listen()
    srv, port = lt.run(start())
    try:
        node_client(port)
        time.sleep(0.1)
    finally:
        lt.run(srv.close(graceful=False))
    return log, [times.get("timeout", 0.0) - times.get("done", 0.0)]


def test_timeouts_refreshed_by_traffic_and_fire_once(lt: LoopThread) -> None:
    node = node_reference()
    assert node == ["slowresp done", "session timeout"], node
    ours, (after,) = python_server(lt)
    assert ours == node
    assert 0.2 <= after <= 0.6, after  # one period after the last frame
