"""The Python API's header dict (headers.to_dict) against Node's headers object: the same wire
fields, sent by a Python-API server, read by node's http2 client and by the Python-API client."""
from __future__ import annotations

import json
import subprocess
from typing import Any

from conftest import LoopThread, http2

FIELDS = [(":status", "200"), ("set-cookie", "a=1; Path=/"), ("x-one", "1"), ("set-cookie", "b=2"),
          ("vary", "accept"), ("vary", "origin"), ("vary", "te"), ("content-type", "text/plain"),
          ("content-type", "text/html"), ("etag", '"a"'), ("etag", '"b"'), ("cookie", "c=1"),
          ("cookie", "d=2"), ("x-empty", ""), ("x-empty", "z")]
NODE_CLIENT = """
const http2 = require('http2');
const s = http2.connect('http://127.0.0.1:' + process.argv[1]);
const req = s.request({ ':path': '/' });
req.on('response', (h) => { console.log(JSON.stringify(h)); });
req.resume();
req.on('end', () => s.close());
"""


async def on_stream(stream: Any, headers: dict) -> None:
    stream.respond(FIELDS)
    stream.end(b"")


def test_header_dict_matches_node(lt: LoopThread) -> None:
    async def start() -> tuple[Any, int]:
        srv = http2.create_server(on_stream)
        return srv, await srv.listen()
    srv, port = lt.run(start())

    async def ours() -> tuple[dict, list]:
        session = await http2.connect(f"http://127.0.0.1:{port}")
        req = session.request({":path": "/"})
        headers = await req.response()
        await req.read()
        session.close()
        return headers, req.raw_headers
    try:
        node = subprocess.run(["node", "-e", NODE_CLIENT, str(port)], capture_output=True,
                              text=True, timeout=30)
        headers, raw = lt.run(ours())
    finally:
        lt.run(srv.close(graceful=False))
    assert node.returncode == 0, node.stderr
    want = json.loads(node.stdout)
    want[":status"] = str(want[":status"])  # Node makes it a number; the Python API keeps str
    assert headers == want
    assert headers["set-cookie"] == ["a=1; Path=/", "b=2"] and headers["cookie"] == "c=1; d=2"
    assert headers["vary"] == "accept, origin, te" and headers["content-type"] == "text/plain"
    assert [(n.decode(), v.decode()) for n, v in raw] == FIELDS  # the wire list keeps every field
