"""Soak: many connect/echo/close cycles keep RSS and open file descriptors bounded.

CI runs 5k cycles; NODECOMPAT_NET_SOAK_CYCLES=100000 runs the full size (figures in docs/net.md).
"""
from __future__ import annotations

import asyncio
import gc
import os

import pytest

from net.proc import rss_kib
from net.recorder import Recorder
from nodecompat.net import Connection, Server, connect

CYCLES = int(os.environ.get("NODECOMPAT_NET_SOAK_CYCLES", "5000"))


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.soak
def test_connect_echo_close_cycles_bounded() -> None:
    async def main() -> tuple[list[int], list[int]]:
        def on_conn(conn: Connection) -> None:
            class Echo(Recorder):
                def on_data(self, data: bytes) -> None:
                    conn.write(data)

                def on_end(self) -> None:
                    conn.end()
            conn.sink = Echo()
        srv = Server(on_conn)
        srv.listen("127.0.0.1", 0)
        port = srv.address()["port"]
        rss: list[int] = []
        fds: list[int] = []
        step = max(1, CYCLES // 10)
        for i in range(CYCLES):
            rec = Recorder()
            conn = await connect(Connection(rec), "127.0.0.1", port)
            conn.write(b"x")
            await rec.wait_bytes(1)
            conn.end()
            await rec.closed.wait()
            if i % step == step - 1:
                gc.collect()
                rss.append(rss_kib())
                fds.append(_fds())
        await asyncio.sleep(0.05)
        assert not srv.connections
        srv.close()
        return rss, fds
    rss, fds = asyncio.run(asyncio.wait_for(main(), 600))
    print(f"soak cycles={CYCLES} rss_kib={rss} fds={fds}")
    # after warm-up (first sample), neither grows: a leak of even 200 B/cycle would show at 5k+
    assert max(fds) - min(fds) <= 4, fds
    assert rss[-1] - rss[1] < 8 * 1024, rss
