"""The Python grpcio side of the gRPC tests: a server and a client for the raw-bytes test service
`test.Echo` (Unary, Zipped, Stream, Sum, Chat, Fail, Slow), with identity serializers (no protobuf).

Run as a script: `python peer.py serve` prints `PORT n` and serves until stdin closes;
`python peer.py call HOST:PORT` runs every call and prints one JSON object of outcomes.
"""
from __future__ import annotations

import json
import queue
import sys
import time
from concurrent import futures
from typing import Any

import grpc

SERVICE = "test.Echo"


def _unary(request: bytes, context: grpc.ServicerContext) -> bytes:
    echo = dict(context.invocation_metadata()).get("x-client", "none")
    context.send_initial_metadata((("x-server", "grpcio"), ("x-echo", echo)))
    context.set_trailing_metadata((("x-trailer", "done"),))
    return b"echo:" + request


def _zipped(request: bytes, context: grpc.ServicerContext) -> bytes:
    context.set_compression(grpc.Compression.Gzip)  # the client must gunzip the response
    return b"zipped:" + request


def _sum(requests: Any, context: grpc.ServicerContext) -> bytes:
    msgs = list(requests)
    return f"{len(msgs)} messages, {sum(map(len, msgs))} bytes".encode()


def _chat(requests: Any, context: grpc.ServicerContext) -> Any:
    for m in requests:
        yield b"re:" + m


def _stream(request: bytes, context: grpc.ServicerContext) -> Any:
    for i in range(int(request.decode())):
        yield f"msg {i}".encode()


def _fail(request: bytes, context: grpc.ServicerContext) -> bytes:
    context.set_trailing_metadata((("x-reason", "invalid"),))
    context.abort(grpc.StatusCode.INVALID_ARGUMENT, "bad input: " + request.decode())


def _slow(request: bytes, context: grpc.ServicerContext) -> bytes:
    deadline = time.monotonic() + 3
    while context.is_active() and time.monotonic() < deadline:
        time.sleep(0.02)
    return b"late"


def make_server(key_cert: tuple[bytes, bytes] | None = None) -> tuple[grpc.Server, int]:
    handlers = {
        "Unary": grpc.unary_unary_rpc_method_handler(_unary),
        "Zipped": grpc.unary_unary_rpc_method_handler(_zipped),
        "Stream": grpc.unary_stream_rpc_method_handler(_stream),
        "Sum": grpc.stream_unary_rpc_method_handler(_sum),
        "Chat": grpc.stream_stream_rpc_method_handler(_chat),
        "Fail": grpc.unary_unary_rpc_method_handler(_fail),
        "Slow": grpc.unary_unary_rpc_method_handler(_slow),
    }
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
    if key_cert is None:
        port = server.add_insecure_port("127.0.0.1:0")
    else:
        port = server.add_secure_port("127.0.0.1:0", grpc.ssl_server_credentials([key_cert]))
    server.start()
    return server, port


def _xmd(md: Any) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(md or ()) if k.startswith("x-"))


def _chat_turns(ch: grpc.Channel) -> list[str]:
    """Bidi streaming, turn by turn: each reply arrives before the next message is sent, so the
    server must answer while the request stream is still open (true full duplex)."""
    outbox: queue.Queue[bytes | None] = queue.Queue()
    replies = ch.stream_stream(f"/{SERVICE}/Chat")(iter(outbox.get, None), timeout=10)
    got = []
    for i in range(5):
        outbox.put(f"turn {i}".encode())
        got.append(next(replies).decode())
    outbox.put(None)
    got.extend(m.decode() for m in replies)
    return got


def call_all(target: str, root_cert: bytes | None = None) -> dict[str, Any]:
    """Every call of the test service against `target` (TLS when `root_cert` is given)."""
    out: dict[str, Any] = {}
    channel = (grpc.insecure_channel(target) if root_cert is None
               else grpc.secure_channel(target, grpc.ssl_channel_credentials(root_cert)))
    with channel as ch:
        grpc.channel_ready_future(ch).result(timeout=10)
        unary = ch.unary_unary(f"/{SERVICE}/Unary")
        res, call = unary.with_call(b"hello", metadata=(("x-client", "grpcio-client"),), timeout=10)
        out["unary"] = [res.decode(), _xmd(call.initial_metadata()), _xmd(call.trailing_metadata()),
                        call.code().name]
        big = b"y" * 200_000
        res = unary(big, timeout=10)
        out["unary_big"] = [len(res), res[:10].decode()]
        # compressed request (grpc-encoding: gzip, compressed flag 1): the server needs zlib
        res = unary(big, timeout=10, compression=grpc.Compression.Gzip)
        out["unary_gzip"] = [len(res), res[:10].decode()]
        stream = ch.unary_stream(f"/{SERVICE}/Stream")
        got = [m.decode() for m in stream(b"50", timeout=10)]
        out["stream"] = [len(got), got[0], got[-1]]
        total = ch.stream_unary(f"/{SERVICE}/Sum")
        out["sum"] = total(iter([b"a" * 1000] * 20), timeout=10).decode()
        out["chat"] = _chat_turns(ch)
        fail = ch.unary_unary(f"/{SERVICE}/Fail")
        try:
            fail(b"oops", timeout=10)
            out["fail"] = "no error"
        except grpc.RpcError as e:
            out["fail"] = [e.code().name, e.details(), _xmd(e.trailing_metadata())]
        slow = ch.unary_unary(f"/{SERVICE}/Slow")
        t0 = time.monotonic()
        try:
            slow(b"zzz", timeout=0.3)
            out["slow"] = "no error"
        except grpc.RpcError as e:
            out["slow"] = [e.code().name, time.monotonic() - t0 < 2.5]
    return out


def main() -> None:
    if sys.argv[1] == "serve":
        server, port = make_server()
        print(f"PORT {port}", flush=True)
        sys.stdin.read()
        server.stop(0)
    else:
        print(json.dumps(call_all(sys.argv[2])))


if __name__ == "__main__":
    main()
