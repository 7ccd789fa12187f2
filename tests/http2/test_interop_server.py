"""Python-API server against real clients: curl, nghttp, h2load, node."""
from __future__ import annotations

import json

from conftest import BIG
from helpers import PEERS, run


def curl(*args: str) -> str:
    r = run(["curl", "-s", "-S", "--max-time", "20", *args])
    assert r.returncode == 0, r.stderr
    return r.stdout.decode("latin-1")


def test_curl_prior_knowledge(servers: dict) -> None:
    out = curl("--http2-prior-knowledge", "-w", "|%{http_version}", f"http://127.0.0.1:{servers['plain_port']}/")
    assert out == "hello|2"


def test_curl_tls_alpn(servers: dict, certs: dict) -> None:
    out = curl("--http2", "--cacert", certs["ca"], "-w", "|%{http_version}",
               f"https://localhost:{servers['tls_port']}/")
    assert out == "hello|2"


def test_curl_allow_http1(servers: dict, certs: dict) -> None:
    out = curl("--http1.1", "--cacert", certs["ca"], "-w", "|%{http_version}",
               f"https://localhost:{servers['tls_port']}/")
    assert out == "http/1.1|1.1"


def test_curl_large_upload_and_download(servers: dict, tmp_path) -> None:
    body = tmp_path / "up.bin"
    body.write_bytes(b"x" * (5 * 1024 * 1024))
    out = curl("--http2-prior-knowledge", "--data-binary", f"@{body}", "-o", "/dev/null",
               "-D", "-", f"http://127.0.0.1:{servers['plain_port']}/echo")
    assert "x-len: 5242880" in out
    down = tmp_path / "down.bin"
    curl("--http2-prior-knowledge", "-o", str(down), f"http://127.0.0.1:{servers['plain_port']}/big")
    assert down.read_bytes() == BIG


def test_curl_informational_103(servers: dict) -> None:
    out = curl("--http2-prior-knowledge", "-i", f"http://127.0.0.1:{servers['plain_port']}/continue")
    assert "HTTP/2 103" in out and "HTTP/2 200" in out and out.endswith("after info")


def test_nghttp_push_and_trailers(servers: dict) -> None:
    r = run(["nghttp", "-v", "-n", f"http://127.0.0.1:{servers['plain_port']}/push"])
    text = r.stdout.decode()
    assert r.returncode == 0, text
    assert "PUSH_PROMISE" in text and "/pushed.css" in text
    r = run(["nghttp", "-v", f"http://127.0.0.1:{servers['plain_port']}/trailers"])
    text = r.stdout.decode()
    assert "x-trailer: done" in text and "with trailers" in text


def test_h2load_plain_and_tls(servers: dict) -> None:
    for url in (f"http://127.0.0.1:{servers['plain_port']}/",
                f"https://127.0.0.1:{servers['tls_port']}/"):
        r = run(["h2load", "-n", "2000", "-c", "4", "-m", "10", url], timeout=60)
        text = r.stdout.decode()
        assert "2000 succeeded" in text, text


def test_node_client_push_trailers_ping(servers: dict, certs: dict) -> None:
    url = f"http://127.0.0.1:{servers['plain_port']}"
    out = json.loads(run(["node", str(PEERS / "client.js"), url, "/push"]).stdout)
    assert out["status"] == 200 and out["text"] == "main" and out["ping"] == "abcdefgh"
    assert out["pushes"] == [{"path": "/pushed.css", "body": "body{}"}]
    out = json.loads(run(["node", str(PEERS / "client.js"), url, "/trailers"]).stdout)
    assert out["trailers"]["x-trailer"] == "done"
    out = json.loads(run(["node", str(PEERS / "client.js"), url, "/echo", str(3 * 1024 * 1024)]).stdout)
    assert out["length"] == 3 * 1024 * 1024
    tls = f"https://localhost:{servers['tls_port']}"
    out = json.loads(run(["node", str(PEERS / "client.js"), tls, "/big", "", certs["ca"]]).stdout)
    assert out["length"] == len(BIG)
