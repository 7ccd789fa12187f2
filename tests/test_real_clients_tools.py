"""The tools people debug HTTP/2 with, against a nodecompat JS server (curl, nghttp -v, h2load,
httpx), and a nodecompat JS client against real servers (nghttpd with push, hypercorn).
Real processes on 127.0.0.1; tests/test_http2js_interop.py has the basic curl/nghttp/node cases."""
from __future__ import annotations

import asyncio
import hashlib
import re
import ssl
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from real_clients.support import HERE, NODECOMPAT, Proc, free_port, make_certs, start_js, wait_port

SERVER = HERE / "tools_server.js"
CLIENT = HERE / "client.js"
BIG_SHA = hashlib.sha256(bytes(97 + i % 26 for i in range(1 << 20))).hexdigest()


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def plain_server() -> Iterator[int]:
    proc, port = start_js(SERVER, "plain")
    yield port
    proc.stop()


@pytest.fixture(scope="module")
def tls_server(certs: dict[str, Path]) -> Iterator[int]:
    proc, port = start_js(SERVER, "tls", str(certs["key"]), str(certs["cert"]))
    yield port
    proc.stop()


def run(cmd: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


# ---------------------------------------------------------------- curl
def test_curl_http2_tls_trailers_and_post(tls_server: int, certs: dict[str, Path], tmp_path: Path) -> None:
    url = f"https://127.0.0.1:{tls_server}"
    p = run(["curl", "-sS", "--http2", "--cacert", str(certs["ca"]), "-D", "-", f"{url}/trailers"])
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("HTTP/2 200")
    head, _, rest = p.stdout.partition("\n\n")
    assert rest == "part one\npart two\nx-checksum: abc123\nx-count: 2\n"  # curl prints trailers last

    payload = tmp_path / "payload.bin"
    payload.write_bytes(bytes(range(256)) * 1000)  # 256000 bytes: several DATA frames and windows
    p = subprocess.run(["curl", "-sS", "--http2", "--cacert", str(certs["ca"]), "-D", str(tmp_path / "h"),
                        "--data-binary", f"@{payload}", f"{url}/echo"], capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout == payload.read_bytes()
    assert "x-received: 256000" in (tmp_path / "h").read_text()


def test_curl_prior_knowledge_big_body(plain_server: int) -> None:
    p = subprocess.run(["curl", "-sS", "--http2-prior-knowledge", f"http://127.0.0.1:{plain_server}/big",
                        "-w", "\n%{http_version} %{size_download}\n"], capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr
    big, rest = p.stdout[:1 << 20], p.stdout[1 << 20:].decode()
    assert hashlib.sha256(big).hexdigest() == BIG_SHA
    assert rest == f"\n2 {1 << 20}\n"


def test_curl_http2_tls_connection_reuse(tls_server: int, certs: dict[str, Path]) -> None:
    # (curl 7.88's h2c prior-knowledge reuse fails with a framing error against node too: TLS here)
    url = f"https://127.0.0.1:{tls_server}"
    p = subprocess.run(["curl", "-sS", "--http2", "--cacert", str(certs["ca"]), f"{url}/big", f"{url}/hello",
                        "-w", "\n%{http_version} %{num_connects}\n"], capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr
    big, rest = p.stdout[:1 << 20], p.stdout[1 << 20:].decode()
    assert hashlib.sha256(big).hexdigest() == BIG_SHA
    # the 2nd transfer reused the 1st connection: 0 new connects
    assert rest.splitlines() == ["", "2 1", "hello GET", "2 0"], rest


# ---------------------------------------------------------------- nghttp -v
def frames(out: str) -> list[str]:
    """nghttp -v's frame lines, without timestamps: 'recv HEADERS frame <...>'."""
    return [m.group(1) for m in re.finditer(r"^\[\s*\d+\.\d+\] ((?:send|recv) \S+ frame <[^>]*>)", out, re.M)]


def test_nghttp_verbose_shows_push(tls_server: int) -> None:
    p = run(["nghttp", "-v", f"https://127.0.0.1:{tls_server}/push"])
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "The negotiated protocol: h2" in out
    f = frames(out)
    promise = next(i for i, x in enumerate(f) if x.startswith("recv PUSH_PROMISE frame"))
    assert re.search(r"recv PUSH_PROMISE frame <length=\d+, flags=0x04, stream_id=13>\n\s+; END_HEADERS\n"
                     r"\s+\(padlen=0, promised_stream_id=2\)", out), out
    assert "recv (stream_id=13) :path: /pushed.css" in out  # the promised request's headers
    # the promise precedes the response HEADERS on stream 13, then the pushed stream 2 answers
    response = next(i for i, x in enumerate(f) if re.fullmatch(r"recv HEADERS frame <length=\d+, "
                                                                r"flags=0x04, stream_id=13>", x))
    assert response > promise, f
    assert any(x.startswith("recv HEADERS frame") and x.endswith("stream_id=2>") for x in f), f
    assert "; First push response header" in out
    assert "recv (stream_id=2) content-type: text/css" in out
    assert "body { color: red }" in out
    data2 = [re.search(r"length=(\d+), flags=0x(\d+)", x).groups()  # type: ignore[union-attr]
             for x in f if x.startswith("recv DATA frame") and x.endswith("stream_id=2>")]
    assert sum(int(n) for n, _ in data2) == 20 and data2[-1][1] == "01", f  # body, END_STREAM


def test_nghttp_verbose_shows_trailers(plain_server: int) -> None:
    p = run(["nghttp", "-v", f"http://127.0.0.1:{plain_server}/trailers"])
    assert p.returncode == 0, p.stderr
    out = p.stdout
    f = [x for x in frames(out) if x.endswith("stream_id=13>")]
    # response HEADERS, DATA without END_STREAM, then a trailing HEADERS with END_STREAM
    assert f[0].startswith("send HEADERS frame")
    recv = [x.split(" <")[0] + (" END_STREAM" if "flags=0x05" in x or "flags=0x01" in x else "")
            for x in f if x.startswith("recv")]
    assert recv[0] == "recv HEADERS frame" and recv[-1] == "recv HEADERS frame END_STREAM", recv
    assert set(recv[1:-1]) == {"recv DATA frame"}, recv
    assert "recv (stream_id=13) x-checksum: abc123" in out
    assert "recv (stream_id=13) x-count: 2" in out
    assert "\npart one\n" in out and "\npart two\n" in out


# ---------------------------------------------------------------- h2load
H2LOAD_OK = re.compile(r"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, "
                       r"(\d+) failed, (\d+) errored, (\d+) timeout")


@pytest.mark.parametrize("tls", [False, True], ids=["h2c", "tls"])
def test_h2load_all_requests_succeed(tls: bool, request: pytest.FixtureRequest) -> None:
    port = request.getfixturevalue("tls_server" if tls else "plain_server")
    n = 400 if tls else 2000
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}/hello"
    p = run(["h2load", "-n", str(n), "-c", "4", "-m", "10", "-T", "30", "-N", "30", url], timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    m = H2LOAD_OK.search(p.stdout)
    assert m, p.stdout
    assert [int(x) for x in m.groups()] == [n, n, n, n, 0, 0, 0], p.stdout
    assert re.search(rf"status codes: {n} 2xx, 0 3xx, 0 4xx, 0 5xx", p.stdout), p.stdout
    if tls:
        assert "Application protocol: h2" in p.stdout
    # POST with a body on every request, too
    p = run(["h2load", "-n", "200", "-c", "2", "-m", "5", "-d", str(SERVER), url.replace("/hello", "/echo")],
            timeout=120)
    m = H2LOAD_OK.search(p.stdout)
    assert m and [int(x) for x in m.groups()] == [200, 200, 200, 200, 0, 0, 0], p.stdout


# ---------------------------------------------------------------- httpx (Python, h2 via hyper-h2)
def test_httpx_http2(tls_server: int, certs: dict[str, Path]) -> None:
    async def main() -> None:
        base = f"https://127.0.0.1:{tls_server}"
        ctx = ssl.create_default_context(cafile=str(certs["ca"]))
        async with httpx.AsyncClient(http2=True, verify=ctx, base_url=base, timeout=30) as c:
            r = await c.get("/hello")
            assert r.http_version == "HTTP/2" and r.status_code == 200 and r.text == "hello GET"
            # 20 concurrent requests multiplexed over the one connection, mixed kinds
            body = b"x" * 100_000
            rs = await asyncio.gather(*[c.get("/big") for _ in range(5)],
                                      *[c.post("/echo", content=body) for _ in range(10)],
                                      *[c.get("/trailers") for _ in range(5)])
            for r in rs[:5]:
                assert hashlib.sha256(r.content).hexdigest() == BIG_SHA
            for r in rs[5:15]:
                assert r.content == body and r.headers["x-received"] == "100000"
            for r in rs[15:]:
                assert r.text == "part one\npart two\n"
            assert {r.http_version for r in rs} == {"HTTP/2"}
            r = await c.get("/nope")
            assert r.status_code == 404

    asyncio.run(main())


# ---------------------------------------------------------------- nodecompat client vs real servers
def client(url: str, *args: str) -> list[str]:
    """client.js under nodecompat; the same program under node must print the same lines."""
    p = run(NODECOMPAT + [str(CLIENT), url, *args])
    assert p.returncode == 0, p.stdout + p.stderr
    n = run(["node", str(CLIENT), url, *args])
    assert n.returncode == 0, n.stdout + n.stderr
    assert p.stdout == n.stdout
    return p.stdout.splitlines()


def test_js_client_against_nghttpd_with_push(tmp_path: Path, certs: dict[str, Path]) -> None:
    www = tmp_path / "www"
    www.mkdir()
    (www / "index.html").write_text("<link rel=stylesheet href=/style.css>index\n")
    (www / "style.css").write_text("h1 { color: blue }\n")
    port = free_port()
    nghttpd = Proc(["nghttpd", "-p/index.html=/style.css", "-a", "127.0.0.1", "-d", str(www), str(port),
                    str(certs["key"]), str(certs["cert"])])
    try:
        wait_port(port)
        out = client(f"https://127.0.0.1:{port}", "--ca", str(certs["ca"]), "/index.html", "/nope")
        assert out[0] == "alpn h2"
        assert out[1] == 'GET /index.html 200 "<link rel=stylesheet href=/style.css>index\\n"'
        assert out[2].startswith("GET /nope 404 ")
        assert out[3:] == ['push /style.css 200 "h1 { color: blue }\\n"']
    finally:
        nghttpd.stop()


@pytest.mark.parametrize("tls", [False, True], ids=["h2c", "tls"])
def test_js_client_against_hypercorn(tls: bool, certs: dict[str, Path]) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "hypercorn", "--bind", f"127.0.0.1:{port}"]
    if tls:
        cmd += ["--certfile", str(certs["cert"]), "--keyfile", str(certs["key"])]
    server = Proc(cmd + ["asgi_app:app"], cwd=HERE)
    try:
        wait_port(port, timeout=30)
        url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        extra = ["--ca", str(certs["ca"])] if tls else []
        out = client(url, *extra, "/hello", "POST:/echo", "/trailers", "/nope")
        assert out == [
            f"alpn {'h2' if tls else 'h2c'}",
            'GET /hello 200 "hello from hypercorn 2"',
            'POST /echo 200 "ping from nodecompat"',
            'GET /trailers 200 "with trailers\\n" trailers {"x-checksum":"abc123"}',
            'GET /nope 404 ""',
        ]
    finally:
        server.stop()
