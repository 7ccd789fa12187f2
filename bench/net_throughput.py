"""Throughput of one large TCP transfer over loopback (default 1 GiB): node vs nodecompat (JS),
plus nodecompat's Python API, in the same run. Usage: python bench/net_throughput.py [MiB]"""
from __future__ import annotations

import asyncio
import sys
import time

from net_common import NODE, NODECOMPAT, print_comparison, run_js

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

JS = r"""
const net = require('net');
const total = Number(process.argv[2]) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 120);
const server = net.createServer((s) => {
  let got = 0;
  s.on('data', (d) => { got += d.length; });
  s.on('end', () => { s.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const t0 = process.hrtime.bigint();
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (sent < total) { sent += chunk.length; if (!c.write(chunk)) return; }
    c.end();
  }
  c.on('connect', pump);
  c.on('drain', pump);
  c.on('data', () => {});
  c.on('close', () => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(JSON.stringify({ ms, mib: total / 1048576 }));
    server.close();
  });
});
"""


async def python_api(mib: int) -> float:
    from nodecompat.net import Connection, NullSink, Server, connect
    total = mib * 1024 * 1024
    done = asyncio.Event()

    def on_conn(conn: Connection) -> None:
        class Count(NullSink):
            def on_end(self) -> None:
                conn.end()
        conn.sink = Count()
    srv = Server(on_conn)
    srv.listen("127.0.0.1", 0)

    class Client(NullSink):
        drained = asyncio.Event()

        def on_drain(self) -> None:
            self.drained.set()

        def on_close(self, had_error: bool) -> None:
            done.set()
    sink = Client()
    t0 = time.perf_counter()
    conn = await connect(Connection(sink), "127.0.0.1", srv.address()["port"])
    chunk = b"x" * 65536
    sent = 0
    while sent < total:
        sent += len(chunk)
        if not conn.write(chunk):
            sink.drained.clear()
            await sink.drained.wait()
    conn.end()
    await done.wait()
    srv.close()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    node = run_js(NODE, JS, [str(mib)])
    nc = run_js(NODECOMPAT, JS, [str(mib)])
    py_ms = asyncio.run(python_api(mib))
    print_comparison(f"transfer of {mib} MiB over loopback", node, nc, py_ms,
                     lambda ms: f"{ms:9.0f} ms  {mib / ms * 1000:8.0f} MiB/s")


if __name__ == "__main__":
    main()
