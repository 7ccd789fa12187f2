"""gRPC both directions (issue 7): real peers over real sockets on 127.0.0.1.

1. A gRPC server written on the http2 core API (tests/grpc/core_server.js), called by a Python
   `grpcio` client, under nodecompat and under node: the client must see the same outcomes.
2. `@grpc/grpc-js` (npm, unchanged) as a server for a grpcio client, and as a client of a grpcio
   server, under nodecompat and under node.
The service (tests/grpc/peer.py): Unary (metadata both ways, trailers; also a gzip-compressed
request), Zipped (gzip-compressed response), Stream (server streaming), Sum (client streaming),
Chat (bidi, turn by turn: full duplex), Fail (non-zero grpc-status), Slow (client deadline →
DEADLINE_EXCEEDED). Compression runs through `zlib`.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

GRPC_DIR = Path(__file__).resolve().parent / "grpc"
sys.path.insert(0, str(GRPC_DIR))

import peer  # noqa: E402  (grpcio, from the test extra)

NODE = shutil.which("node")
RUNTIMES = {"node": [NODE or "node"], "nodecompat": [sys.executable, "-m", "nodecompat"]}

pytestmark = pytest.mark.timeout(120)

# What a correct server gives grpcio's client (peer.call_all); the header names its server.
EXPECTED_CALLS = {
    "unary": ["echo:hello", "x-echo=grpcio-client,x-server={server}", "x-trailer=done", "OK"],
    "unary_big": [200005, "echo:yyyyy"],
    "unary_gzip": [200005, "echo:yyyyy"],
    "stream": [50, "msg 0", "msg 49"],
    "sum": "20 messages, 20000 bytes",
    "chat": ["re:turn 0", "re:turn 1", "re:turn 2", "re:turn 3", "re:turn 4"],
    "fail": ["INVALID_ARGUMENT", "bad input: oops", "x-reason=invalid"],
    "slow": ["DEADLINE_EXCEEDED", True],
}

EXPECTED_CLIENT = """\
Unary: headers x-echo=grpc-js-client,x-server=grpcio
Unary: ok 10 bytes "echo:hello"
Unary: status 0 trailers=x-trailer=done
Unary: headers x-echo=grpc-js-client,x-server=grpcio
Unary: ok 100005 bytes "echo:xxxxxxxxxxxxxxx"
Unary: status 0 trailers=x-trailer=done
Unary: headers x-echo=grpc-js-client,x-server=grpcio
Unary: ok 100005 bytes "echo:zzzzzzzzzzzzzzz"
Unary: status 0 trailers=x-trailer=done
Zipped: headers -
Zipped: ok 100007 bytes "zipped:qqqqqqqqqqqqq"
Zipped: status 0 trailers=-
Stream: 50 messages [msg 0|msg 1|msg 2...msg 49] status 0
Sum: 20 messages, 20000 bytes
Chat: [re:turn 0|re:turn 1|re:turn 2|re:turn 3|re:turn 4] status 0
Fail: error code=3 (INVALID_ARGUMENT) details="bad input: oops" trailers=x-reason=invalid
Fail: status 3 trailers=x-reason=invalid
Slow: error code=4 (DEADLINE_EXCEEDED) details="Deadline exceeded after …" trailers=-
Slow: status 4 trailers=-
"""


def _client_out(stdout: str) -> str:
    """The Slow call's deadline races the grpcio server's own: whichever side fires first gives
    DEADLINE_EXCEEDED, with grpc-js's "Deadline exceeded after …" or the server's status text
    "Deadline Exceeded". Both are correct; the code (4) and the trailers are still compared."""
    return stdout.replace('details="Deadline Exceeded"', 'details="Deadline exceeded after …"')


@pytest.fixture(scope="module")
def grpc_js() -> Path:
    """`@grpc/grpc-js` installed from tests/grpc/package-lock.json (npm ci when missing)."""
    if not (GRPC_DIR / "node_modules" / "@grpc" / "grpc-js" / "package.json").exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is needed to install the @grpc/grpc-js test peer")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=GRPC_DIR, check=True,
                       capture_output=True, timeout=300)
    return GRPC_DIR


def _need_node() -> None:
    if NODE is None:
        pytest.fail("node (v20) is needed for the differential half of the gRPC tests")


class JsServer:
    """A JS gRPC server process: prints `PORT n`, serves until its stdin closes."""

    def __init__(self, runtime: str, script: str, args: tuple[str, ...] = ()) -> None:
        self.proc = subprocess.Popen([*RUNTIMES[runtime], script, *args], cwd=GRPC_DIR,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("PORT "):
            self.proc.kill()
            out, err = self.proc.communicate(timeout=10)
            raise AssertionError(f"{runtime} {script} did not start: {line}{out}\n{err}")
        self.port = int(line.split()[1])

    def stop(self) -> tuple[str, str, int]:
        try:
            out, err = self.proc.communicate(input="", timeout=15)  # EOF on stdin: shut down
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
            raise AssertionError(f"server did not shut down when asked:\n{out}\n{err}")
        return out, err, self.proc.returncode


def _expected_calls(server: str) -> dict[str, Any]:
    out = dict(EXPECTED_CALLS)
    out["unary"] = [v.format(server=server) if isinstance(v, str) else v for v in out["unary"]]
    return out


def _serve_and_call(runtime: str, script: str, args: tuple[str, ...] = (),
                    root_cert: bytes | None = None) -> dict[str, Any]:
    server = JsServer(runtime, script, args)
    host = "127.0.0.1" if root_cert is None else "localhost"
    try:
        got = peer.call_all(f"{host}:{server.port}", root_cert)
    finally:
        out, err, rc = server.stop()
    assert rc == 0, err
    assert out == "shutdown\n", out
    assert err == "", err
    return got


@pytest.mark.parametrize("runtime", ["nodecompat", "node"])
def test_core_api_server_for_grpcio_client(runtime: str) -> None:
    """Part 1: the http2-core gRPC server answers grpcio exactly as under node."""
    if runtime == "node":
        _need_node()
    assert _serve_and_call(runtime, "core_server.js") == _expected_calls("nodecompat-core")


@pytest.mark.parametrize("runtime", ["nodecompat", "node"])
def test_grpc_js_server_for_grpcio_client(grpc_js: Path, runtime: str) -> None:
    """Part 2: @grpc/grpc-js's Server, unchanged, serves grpcio."""
    if runtime == "node":
        _need_node()
    assert _serve_and_call(runtime, "grpcjs_server.js") == _expected_calls("grpc-js")


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """A test CA and a `localhost` certificate: (key file, chain file, CA PEM)."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    d = tmp_path_factory.mktemp("grpc-tls")
    cert.private_key_pem.write_to_path(d / "key.pem")
    cert.cert_chain_pems[0].write_to_path(d / "cert.pem")
    for extra in cert.cert_chain_pems[1:]:
        extra.write_to_path(d / "cert.pem", append=True)
    return d / "key.pem", d / "cert.pem", ca.cert_pem.bytes()


@pytest.mark.parametrize("runtime", ["nodecompat", "node"])
def test_grpc_js_tls_server_for_grpcio_client(grpc_js: Path, tls_files: tuple[Path, Path, bytes],
                                              runtime: str) -> None:
    """Part 2 over TLS: grpc-js's `ServerCredentials.createSsl` (http2 secure server, ALPN h2)."""
    if runtime == "node":
        _need_node()
    key, chain, ca = tls_files
    got = _serve_and_call(runtime, "grpcjs_server.js", (str(key), str(chain)), root_cert=ca)
    assert got == _expected_calls("grpc-js")


@pytest.fixture(scope="module")
def grpcio_server() -> Iterator[int]:
    server, port = peer.make_server()
    yield port
    server.stop(0)


@pytest.mark.parametrize("runtime", ["nodecompat", "node"])
def test_grpc_js_client_against_grpcio_server(grpc_js: Path, grpcio_server: int, runtime: str) -> None:
    """Part 2: @grpc/grpc-js's client, unchanged, calls grpcio (deadline, metadata, errors)."""
    if runtime == "node":
        _need_node()
    # a host name, so grpc-js's DNS resolver runs (dns.promises.lookup, resolveTxt)
    proc = subprocess.run([*RUNTIMES[runtime], "grpcjs_client.js", f"localhost:{grpcio_server}"],
                          cwd=GRPC_DIR, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert _client_out(proc.stdout) == EXPECTED_CLIENT


@pytest.fixture(scope="module")
def grpcio_tls_server(tls_files: tuple[Path, Path, bytes]) -> Iterator[int]:
    key, chain, _ca = tls_files
    server, port = peer.make_server((key.read_bytes(), chain.read_bytes()))
    yield port
    server.stop(0)


@pytest.mark.parametrize("runtime", ["nodecompat", "node"])
def test_grpc_js_tls_client_against_grpcio_server(grpc_js: Path, grpcio_tls_server: int,
                                                  tls_files: tuple[Path, Path, bytes],
                                                  runtime: str) -> None:
    """grpc-js's client over TLS (`credentials.createSsl(ca)`): it calls
    `tls.connect({socket, secureContext, ALPNProtocols: ['h2'], servername})`, so ALPN must be
    the connection's; the grpcio server's `localhost` certificate is checked against the CA."""
    if runtime == "node":
        _need_node()
    ca_file = tls_files[1].parent / "ca.pem"
    ca_file.write_bytes(tls_files[2])
    proc = subprocess.run([*RUNTIMES[runtime], "grpcjs_client.js", f"localhost:{grpcio_tls_server}",
                           str(ca_file)], cwd=GRPC_DIR, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert _client_out(proc.stdout) == EXPECTED_CLIENT
