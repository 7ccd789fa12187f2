"""Rate of sequential connect/echo/close cycles over loopback: node vs nodecompat (JS) vs the
Python API, in the same run. Usage: python bench/net_connect_rate.py [cycles]"""
from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from net_common import NODE, NODECOMPAT, print_comparison, run_js

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

JS = r"""
const net = require('net');
const cycles = Number(process.argv[2]);
const server = net.createServer((s) => { s.on('data', (d) => s.write(d)); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const t0 = process.hrtime.bigint();
  let i = 0;
  (function one() {
    if (i++ === cycles) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(JSON.stringify({ ms, cycles }));
      server.close();
      return;
    }
    const c = net.connect(port, '127.0.0.1', () => c.write('x'));
    c.on('data', () => c.end());
    c.on('close', one);
  })();
});
"""


async def python_api(cycles: int) -> float:
    from nodecompat.net import Connection, NullSink, Server, connect

    def on_conn(conn: Connection) -> None:
        class Echo(NullSink):
            def on_data(self, data: bytes) -> None:
                conn.write(data)

            def on_end(self) -> None:
                conn.end()
        conn.sink = Echo()
    srv = Server(on_conn)
    srv.listen("127.0.0.1", 0)
    port = srv.address()["port"]
    t0 = time.perf_counter()
    for _ in range(cycles):
        closed = asyncio.Event()
        conn_box: list[Connection] = []

        class Client(NullSink):
            def on_data(self, data: bytes) -> None:
                conn_box[0].end()

            def on_close(self, had_error: bool) -> None:
                closed.set()
        conn = Connection(Client())
        conn_box.append(conn)
        await connect(conn, "127.0.0.1", port)
        conn.write(b"x")
        await closed.wait()
    srv.close()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    node = run_js(NODE, JS, [str(cycles)])
    nc = run_js(NODECOMPAT, JS, [str(cycles)])
    py_ms = asyncio.run(python_api(cycles))
    print_comparison(f"{cycles} sequential connect/echo/close cycles", node, nc, py_ms,
                     lambda ms: f"{cycles / ms * 1000:8.0f} cycles/s")


if __name__ == "__main__":
    main()
