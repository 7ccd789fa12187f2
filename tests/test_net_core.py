"""nodecompat.net from Python, on real loopback sockets."""
from __future__ import annotations

import asyncio
import os
import socket

import pytest

from net.proc import rss_kib
from net.recorder import Recorder
from nodecompat.net import Connection, ConnectError, Server, connect, is_ip


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 30))


class EchoServer:
    """Echo with Node's default allowHalfOpen=false: end our side once the peer ended."""

    def __init__(self) -> None:
        self.server = Server(self._on_conn)
        self.conns: list[Connection] = []

    def _on_conn(self, conn: Connection) -> None:
        outer = self

        class EchoSink(Recorder):
            def on_data(self, data: bytes) -> None:
                super().on_data(data)
                conn.write(data)

            def on_end(self) -> None:
                super().on_end()
                conn.end()
        conn.sink = EchoSink()
        outer.conns.append(conn)


def test_is_ip() -> None:
    assert [is_ip(x) for x in ("127.0.0.1", "::1", "fe80::1%lo", "localhost", "1.2.3", "")] == [4, 6, 6, 0, 0, 0]


def test_listen_address_sync_and_echo() -> None:
    async def main() -> None:
        echo = EchoServer()
        assert echo.server.listen("127.0.0.1", 0) is None
        addr = echo.server.address()
        assert addr["address"] == "127.0.0.1" and addr["family"] == "IPv4" and addr["port"] > 0
        rec = Recorder()
        conn = await connect(Connection(rec), "127.0.0.1", addr["port"])
        assert conn.remote == ("127.0.0.1", addr["port"], "IPv4")
        conn.write(b"hello ")
        conn.write(b"world")
        await rec.wait_bytes(11)
        conn.end()
        await asyncio.wait_for(rec.closed.wait(), 5)
        assert rec.data == b"hello world" and rec.events == ["end", "close:False"]
        assert conn.bytes_written == 11 and conn.bytes_read == 11
        done = asyncio.Event()
        echo.server.on_close = done.set
        assert echo.server.close()
        await asyncio.wait_for(done.wait(), 5)
        assert not echo.server.close()
    run(main())


def test_default_host_is_dual_stack_and_localhost_resolves() -> None:
    async def main() -> None:
        echo = EchoServer()
        assert echo.server.listen(None, 0) is None
        addr = echo.server.address()
        assert addr["address"] in ("::", "0.0.0.0")
        rec = Recorder()
        looked: list = []
        conn = await connect(Connection(rec), "localhost", addr["port"],
                             on_lookup=lambda e, a, f: looked.append((e, a, f)))
        assert looked and looked[0][0] is None and looked[0][2] in (4, 6)
        conn.write(b"x")
        await rec.wait_bytes(1)
        conn.destroy()
        await rec.closed.wait()
        echo.server.close()
    run(main())


def test_errors_refused_in_use_lookup() -> None:
    async def main() -> None:
        srv = Server(lambda c: None)
        assert srv.listen("127.0.0.1", 0) is None
        port = srv.address()["port"]
        other = Server(lambda c: None)
        err = other.listen("127.0.0.1", port)
        assert err == {"code": "EADDRINUSE", "errno": -98, "syscall": "listen", "address": "127.0.0.1",
                       "port": port, "message": f"listen EADDRINUSE: address already in use 127.0.0.1:{port}"}
        srv.close()
        await asyncio.sleep(0.05)
        with pytest.raises(ConnectError) as ei:
            await connect(Connection(Recorder()), "127.0.0.1", port)
        assert ei.value.desc == {"errno": -111, "code": "ECONNREFUSED", "syscall": "connect",
                                 "address": "127.0.0.1", "port": port,
                                 "message": f"connect ECONNREFUSED 127.0.0.1:{port}"}
    run(main())


def test_reset_gives_econnreset() -> None:
    async def main() -> None:
        rec_server: list[Connection] = []
        srv = Server(lambda c: (setattr(c, "sink", Recorder()), rec_server.append(c)))
        srv.listen("127.0.0.1", 0)
        rec = Recorder()
        conn = await connect(Connection(rec), "127.0.0.1", srv.address()["port"])
        conn.write(b"ping")
        while not rec_server:
            await asyncio.sleep(0.01)
        await rec_server[0].sink.wait_bytes(4)
        rec_server[0].reset()
        await asyncio.wait_for(rec.closed.wait(), 5)
        assert rec.errors and rec.errors[0]["code"] == "ECONNRESET"
        assert rec.errors[0]["message"] == "read ECONNRESET" and rec.errors[0]["errno"] == -104
        srv.close()
    run(main())


def test_half_open() -> None:
    """The server keeps writing after the client's FIN; the client reads it all, then closes."""
    async def main() -> None:
        peers: list[Connection] = []

        class Late(Recorder):
            def on_end(self) -> None:
                super().on_end()
                c = peers[0]
                c.write(b"after-your-fin")
                c.end()
        srv = Server(lambda c: (setattr(c, "sink", Late()), peers.append(c)))
        srv.listen("127.0.0.1", 0)
        rec = Recorder()
        conn = await connect(Connection(rec), "127.0.0.1", srv.address()["port"])
        conn.write(b"bye")
        conn.end()
        await asyncio.wait_for(rec.closed.wait(), 5)
        assert rec.data == b"after-your-fin" and rec.events == ["end", "close:False"]
        srv.close()
    run(main())


def test_timeout_fires_when_idle_and_is_pushed_back_by_activity() -> None:
    async def main() -> None:
        srv = Server(lambda c: setattr(c, "sink", Recorder()))
        srv.listen("127.0.0.1", 0)
        rec = Recorder()
        conn = await connect(Connection(rec), "127.0.0.1", srv.address()["port"])
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        conn.set_timeout(150)
        for _ in range(3):
            await asyncio.sleep(0.08)
            conn.write(b".")
        await asyncio.wait_for(rec.timed_out.wait(), 5)
        assert loop.time() - t0 >= 0.24 + 0.14
        conn.destroy()
        await rec.closed.wait()
        srv.close()
    run(main())


def test_backpressure_slow_reader_bounded_memory() -> None:
    """Writer honours write()==False/on_drain; a paused reader keeps both buffers bounded."""
    total = int(os.environ.get("NODECOMPAT_NET_BIG_MIB", "32")) * 1024 * 1024

    async def main() -> None:
        readers: list[Connection] = []
        received = [0]
        done = asyncio.Event()

        class Slow(Recorder):
            def on_data(self, data: bytes) -> None:
                received[0] += len(data)
                c = readers[0]
                c.pause()        # a slow consumer: resume a little later
                asyncio.get_running_loop().call_later(0.0005, c.resume)

            def on_end(self) -> None:
                done.set()
        srv = Server(lambda c: (setattr(c, "sink", Slow()), readers.append(c)))
        srv.listen("127.0.0.1", 0)
        rec = Recorder()
        conn = await connect(Connection(rec), "127.0.0.1", srv.address()["port"])
        chunk = b"x" * 65536
        sent = 0
        peak_buffer = 0
        rss0 = rss_kib()
        while sent < total:
            if not conn.write(chunk):
                rec.drained.clear()
                peak_buffer = max(peak_buffer, conn.write_buffer_size)
                await rec.drained.wait()
            sent += len(chunk)
        conn.end()
        await asyncio.wait_for(done.wait(), 120)
        assert received[0] == total
        assert peak_buffer <= 2 * 65536 + 65536
        assert rss_kib() - rss0 < 64 * 1024
        srv.close()
    run(main())


def test_detach_hands_over_the_transport() -> None:
    async def main() -> None:
        conns: list[Connection] = []
        srv = Server(lambda c: (setattr(c, "sink", Recorder()), conns.append(c)))
        srv.listen("127.0.0.1", 0)
        reader, writer = await asyncio.open_connection("127.0.0.1", srv.address()["port"])
        while not conns:
            await asyncio.sleep(0.01)
        d = conns[0].detach()
        assert not srv.connections and d.ssl_object is None

        class Upper(asyncio.Protocol):
            def connection_made(self, t):
                self.t = t

            def data_received(self, data):
                self.t.write(data.upper())
        p = Upper()
        d.transport.set_protocol(p)
        p.connection_made(d.transport)
        d.transport.resume_reading()
        writer.write(b"abc")
        assert await asyncio.wait_for(reader.readexactly(3), 5) == b"ABC"
        writer.close()
        d.transport.close()
        srv.close()
    run(main())
