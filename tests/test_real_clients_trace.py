"""`nodecompat --trace-http2 app.js`, `NODECOMPAT_TRACE_HTTP2=1` and `http2.enable_trace()`: every
frame sent and received, nghttp -v style, on stderr. The program under trace has a server and a
client in one process, so each frame must show up twice — sent by one side, received by the other —
with the same type, flags, stream and length, and the decoded headers."""
from __future__ import annotations

import asyncio
import io
import os
import re
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from real_clients.support import HERE, NODECOMPAT, Proc, make_certs

APP = HERE / "trace_app.js"
HEAD = re.compile(r"^\[id=(\d+)\] \[\s*\d+\.\d{3}\] (send|recv) (\S+) frame "
                  r"<length=(\d+), flags=0x([0-9a-f]{2}), stream_id=(\d+)>$")
NOTE = re.compile(r"^\[id=(\d+)\] \[\s*\d+\.\d{3}\] (.*)$")


@dataclass
class Frame:
    conn: int
    verb: str
    type: str
    length: int
    flags: int
    stream: int
    lines: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.type, self.length, self.flags, self.stream, tuple(self.lines))


def parse(text: str) -> tuple[dict[int, str], list[Frame]]:
    """({connection id: 'server connection' | 'client connection'}, frames in print order)."""
    roles: dict[int, str] = {}
    frames: list[Frame] = []
    for line in text.splitlines():
        m = HEAD.match(line)
        if m:
            frames.append(Frame(int(m[1]), m[2], m[3], int(m[4]), int(m[5], 16), int(m[6])))
            continue
        n = NOTE.match(line)
        if n:
            role = re.match(r"(server|client) connection( \S+ <-> \S+)?$", n[2])
            if role:
                roles[int(n[1])] = f"{role[1]} connection"
            continue
        assert line.startswith(" ") and frames, f"unexpected trace line {line!r}"
        frames[-1].lines.append(line.strip())
    return roles, frames


def is_subsequence(want: list[tuple], got: list[tuple]) -> bool:
    it = iter(got)
    return all(any(w == g for g in it) for w in want)


def summary(frames: list[Frame]) -> list[tuple]:
    return [(f.type, f.flags, f.stream) for f in frames]


def check_trace(stderr: str) -> None:
    roles, frames = parse(stderr)
    assert sorted(roles.values()) == ["client connection", "server connection"], roles
    srv = next(i for i, r in roles.items() if r == "server connection")
    cli = next(i for i, r in roles.items() if r == "client connection")
    c_send = [f for f in frames if f.conn == cli and f.verb == "send"]
    c_recv = [f for f in frames if f.conn == cli and f.verb == "recv"]
    s_send = [f for f in frames if f.conn == srv and f.verb == "send"]
    s_recv = [f for f in frames if f.conn == srv and f.verb == "recv"]
    # both directions: what one side sent is exactly what the other received, headers decoded alike
    assert [f.key for f in c_send] == [f.key for f in s_recv]
    assert [f.key for f in s_send] == [f.key for f in c_recv]

    # (the SETTINGS ACK's place relative to the request depends on timing: checked on its own)
    for want in ([("SETTINGS", 0x0, 0), ("HEADERS", 0x4, 1), ("DATA", 0x1, 1),  # POST with a body
                  ("PING", 0x0, 0), ("GOAWAY", 0x0, 0)],
                 [("SETTINGS", 0x0, 0), ("SETTINGS", 0x1, 0), ("PING", 0x0, 0)]):
        assert is_subsequence(want, summary(c_send)), summary(c_send)
    for want in ([("SETTINGS", 0x0, 0), ("PUSH_PROMISE", 0x4, 1), ("HEADERS", 0x4, 1),
                  ("DATA", 0x0, 1), ("HEADERS", 0x5, 1), ("PING", 0x1, 0)],  # body, then trailers
                 [("SETTINGS", 0x0, 0), ("SETTINGS", 0x1, 0), ("PING", 0x1, 0)]):
        assert is_subsequence(want, summary(s_send)), summary(s_send)
    pushed = [f for f in s_send if f.stream == 2]
    assert [(f.type, f.flags) for f in pushed if f.length] == [("HEADERS", 0x4), ("DATA", 0x0)] or \
        [(f.type, f.flags) for f in pushed if f.length] == [("HEADERS", 0x4), ("DATA", 0x1)], summary(pushed)

    req = next(f for f in c_send if f.type == "HEADERS")
    assert req.lines[:2] == ["; END_HEADERS", "(padlen=0)"]
    assert {":method: POST", ":path: /trace", ":scheme: http", "x-client: tracer"} <= set(req.lines)
    body = next(f for f in c_send if f.type == "DATA")
    assert (body.length, body.lines) == (len("request body"), ["; END_STREAM"])
    promise = next(f for f in s_send if f.type == "PUSH_PROMISE")
    assert "(padlen=0, promised_stream_id=2)" in promise.lines and ":path: /pushed" in promise.lines
    resp = next(f for f in c_recv if f.type == "HEADERS" and f.stream == 1)
    assert {":status: 200", "content-type: text/plain"} <= set(resp.lines)
    trailers = [f for f in c_recv if f.type == "HEADERS" and f.stream == 1][-1]
    assert trailers.lines == ["; END_STREAM | END_HEADERS", "(padlen=0)", "x-trailer: done"]
    settings = next(f for f in c_send if f.type == "SETTINGS")
    assert "[SETTINGS_ENABLE_PUSH(0x02):1]" in settings.lines
    ping = next(f for f in c_send if f.type == "PING")
    assert ping.lines == ["(opaque_data=" + b"pingpong".hex() + ")"]
    goaway = next(f for f in c_send if f.type == "GOAWAY")
    assert re.fullmatch(r"\(last_stream_id=\d+, error_code=NO_ERROR\(0x00\), opaque_data\(0\)=\[\]\)",
                        goaway.lines[0]), goaway.lines
    notes = [line for line in stderr.splitlines() if "preface" in line]
    assert [n.split("] ", 2)[2] for n in notes] == ["send client connection preface",
                                                    "recv client connection preface"]


def run_app(*flags: str, env: dict | None = None) -> subprocess.CompletedProcess:
    p = subprocess.run(NODECOMPAT + [*flags, str(APP)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, **(env or {})})
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines() == ["push ended", "trailers done", "body hello tracer"]
    return p


def test_trace_flag() -> None:
    check_trace(run_app("--trace-http2").stderr)


def test_trace_env_variable() -> None:
    check_trace(run_app(env={"NODECOMPAT_TRACE_HTTP2": "1"}).stderr)


def test_no_trace_by_default() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NODECOMPAT_TRACE_HTTP2"}
    p = subprocess.run(NODECOMPAT + [str(APP)], capture_output=True, text=True, timeout=60, env=env)
    assert p.returncode == 0 and p.stderr == ""


def test_trace_python_api() -> None:
    from nodecompat import http2

    async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
        await stream.read()
        stream.respond({":status": 200, "x-api": "python"})
        stream.end(b"from python")

    async def main() -> None:
        server = http2.create_server(on_stream)
        port = await server.listen(0)
        session = await http2.connect(f"http://127.0.0.1:{port}")
        req = session.request({":path": "/py", ":method": "POST"}, body=b"abc")
        assert str((await req.response())[":status"]) == "200"
        assert await req.read() == b"from python"
        session.close()
        await server.close()

    out = io.StringIO()
    http2.enable_trace(out)
    try:
        asyncio.run(main())
    finally:
        http2.disable_trace()
    roles, frames = parse(out.getvalue())
    assert sorted(roles.values()) == ["client connection", "server connection"]
    sent = [f for f in frames if f.verb == "send"]
    got = [f for f in frames if f.verb == "recv"]
    # every frame received was sent by the other end (the last ones may be cut off by shutdown)
    assert not Counter(f.key for f in got) - Counter(f.key for f in sent)
    assert [f.type for f in got if f.stream == 1] == ["HEADERS", "DATA", "HEADERS", "DATA"]
    resp = next(f for f in got if f.type == "HEADERS" and any(x.startswith(":status") for x in f.lines))
    assert {":status: 200", "x-api: python"} <= set(resp.lines)
    assert any(f.type == "DATA" and f.length == len("from python") for f in got)
    # nothing traced once disabled
    before = out.getvalue()
    asyncio.run(main())
    assert out.getvalue() == before


def test_trace_tls_server_seen_by_curl(tmp_path: Path) -> None:
    """TLS: the client's first bytes arrive with the handshake (a different path into the
    engine); the trace still starts at the preface and decodes curl's request and our trailers."""
    certs = make_certs(tmp_path)
    server = Proc(NODECOMPAT + ["--trace-http2", str(HERE / "tools_server.js"), "tls", str(certs["key"]),
                                str(certs["cert"])])
    try:
        port = int(server.read_until(r"^PORT (\d+)$").group(1))
        p = subprocess.run(["curl", "-sS", "--http2", "--cacert", str(certs["ca"]),
                            f"https://127.0.0.1:{port}/trailers"], capture_output=True, text=True, timeout=30)
        assert p.returncode == 0 and p.stdout == "part one\npart two\n", p.stderr
        deadline = time.monotonic() + 10
        while "x-count: 2" not in server.stderr_now() and time.monotonic() < deadline:
            time.sleep(0.05)
        trace = server.stderr_now()
    finally:
        server.stop()
    assert re.search(r"^\[id=1\] \[\s*\d+\.\d+\] server connection 127\.0\.0\.1:\d+ <-> 127\.0\.0\.1:\d+ "
                     r"\(TLS, ALPN h2\)$", trace, re.M), trace
    _, frames = parse(trace)
    recv = [f for f in frames if f.verb == "recv"]
    assert recv[0].type == "SETTINGS", summary(recv)
    req = next(f for f in recv if f.type == "HEADERS")
    assert {":method: GET", ":path: /trailers", ":scheme: https"} <= set(req.lines)
    assert any(x.startswith("user-agent: curl/") for x in req.lines)
    sent = [f for f in frames if f.verb == "send" and f.stream == 1]
    kinds = [(f.type, f.flags) for f in sent]  # response, body (one or more DATA), trailers
    assert kinds[0] == ("HEADERS", 0x4) and kinds[-1] == ("HEADERS", 0x5), summary(sent)
    assert set(kinds[1:-1]) == {("DATA", 0x0)}, summary(sent)
    assert sum(f.length for f in sent[1:-1]) == len("part one\npart two\n")
    assert sent[-1].lines[2:] == ["x-checksum: abc123", "x-count: 2"]
    assert "recv client connection preface" in trace and "unparsable" not in trace


def test_tracer_frames_split_continuation_padding_unknown() -> None:
    """The tracer alone, fed one byte at a time: CONTINUATION joined into one header list, padding
    reported, ORIGIN and an unknown extension type shown, HPACK table kept in sync across blocks."""
    import h2.config
    import h2.connection
    from nodecompat.http2.frames import origin_frame, raw_frame
    from nodecompat.http2.trace import Tracer

    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding=None))
    conn.initiate_connection()
    big = "v" * 20000  # > 16384: HEADERS + CONTINUATION
    conn.send_headers(1, [(":method", "GET"), (":path", "/a"), (":scheme", "https"),
                          (":authority", "x"), ("x-big", big)])
    conn.send_headers(3, [(":method", "GET"), (":path", "/a"), (":scheme", "https"),
                          (":authority", "x"), ("x-big", big)], end_stream=True)  # indexed this time
    conn.send_data(1, b"hello", end_stream=True, pad_length=10)
    wire = conn.data_to_send() + origin_frame(["https://x"]) + raw_frame(0xFA, 0x3, 0, b"\x01\x02")
    out = io.StringIO()
    tracer = Tracer(server=True, out=out)
    for i in range(len(wire)):
        tracer.recv(wire[i:i + 1])
    _, frames = parse(out.getvalue())
    assert [(f.type, f.flags, f.stream) for f in frames] == [
        ("SETTINGS", 0x0, 0), ("HEADERS", 0x0, 1), ("CONTINUATION", 0x4, 1),
        ("HEADERS", 0x1, 3), ("CONTINUATION", 0x4, 3),
        ("DATA", 0x9, 1), ("ORIGIN", 0x0, 0), ("UNKNOWN(0xfa)", 0x3, 0)]
    first, second = frames[2].lines, frames[4].lines  # the decoded lists print at END_HEADERS
    assert first == second and f"x-big: {big}" in first and ":path: /a" in first
    assert frames[5].lines == ["; END_STREAM | PADDED", "(padlen=10)"]
    assert frames[5].length == 5 + 10 + 1
    assert frames[6].lines == ["(origins=[https://x])"]
    assert frames[7].lines == ["(payload=0102)"]
    assert "client connection preface" in out.getvalue()


def test_trace_agrees_with_nghttp() -> None:
    """An independent parser checks ours: the frames our trace says the server sent are the frames
    `nghttp -v` says it received, and the other way round (type, length, flags, stream; the
    decoded request and trailer fields appear on both sides)."""
    server = Proc(NODECOMPAT + ["--trace-http2", str(HERE / "tools_server.js"), "plain"])
    try:
        port = int(server.read_until(r"^PORT (\d+)$").group(1))
        p = subprocess.run(["nghttp", "-v", f"http://127.0.0.1:{port}/trailers"],
                           capture_output=True, text=True, timeout=30)
        assert p.returncode == 0, p.stderr
        deadline = time.monotonic() + 10
        while "recv GOAWAY" not in server.stderr_now() and time.monotonic() < deadline:
            time.sleep(0.05)
        trace = server.stderr_now()
    finally:
        server.stop()
    theirs = re.findall(r"^\[\s*\d+\.\d+\] (send|recv) (\S+) frame <length=(\d+), flags=0x([0-9a-f]{2}), "
                        r"stream_id=(\d+)>$", p.stdout, re.M)
    _, frames = parse(trace)
    ours = [(f.verb, f.type, str(f.length), f"{f.flags:02x}", str(f.stream)) for f in frames]
    flip = {"send": "recv", "recv": "send"}
    # one TCP direction each way: same frames in the same order
    assert [t for t in ours if t[0] == "send"] == [(flip[t[0]],) + t[1:] for t in theirs if t[0] == "recv"]
    assert [t for t in ours if t[0] == "recv"] == [(flip[t[0]],) + t[1:] for t in theirs if t[0] == "send"]
    assert sum(t[1] == "PRIORITY" for t in ours) == 5  # nghttp's dependency tree, shown, ignored
    req = next(f for f in frames if f.verb == "recv" and f.type == "HEADERS")
    assert "user-agent: nghttp2/" in " ".join(req.lines) and ":path: /trailers" in req.lines
    assert "recv (stream_id=13) x-checksum: abc123" in p.stdout
    trailers = [f for f in frames if f.verb == "send" and f.type == "HEADERS"][-1]
    assert trailers.lines[-2:] == ["x-checksum: abc123", "x-count: 2"]
