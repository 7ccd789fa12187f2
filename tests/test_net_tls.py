"""nodecompat.tls from Python: handshakes on real loopback sockets, Node's verdicts and shapes."""
from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import pytest

from net.recorder import Recorder
from nodecompat.net import Connection, Server, connect
from nodecompat.tls import SecureContextOptions, begin_tls, check_server_identity, create_context, start_tls

FIX = Path(__file__).parent / "js" / "net" / "fixtures"


def pem(name: str) -> bytes:
    return (FIX / f"{name}.pem").read_bytes()


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 30))


async def tls_pair(server_opts: SecureContextOptions, client_opts: SecureContextOptions,
                   servername: str | None = "localhost"):
    """Start a TLS echo server, connect a client; returns (client conn, client rec, server infos)."""
    sctx = create_context(server_opts, server=True)
    results: list = []

    def on_conn(conn: Connection) -> None:
        rec = Recorder()
        orig = rec.on_data
        rec.on_data = lambda d: (orig(d), conn.write(d))  # type: ignore[method-assign]
        conn.sink = rec

        async def hs() -> None:
            try:
                results.append(await task)
            except Exception as exc:  # noqa: BLE001 - recorded for the assertion
                results.append(exc)
        task = begin_tls(conn, sctx, server_side=True)
        asyncio.get_running_loop().create_task(hs())
    srv = Server(on_conn)
    srv.listen("127.0.0.1", 0)
    rec = Recorder()
    conn = await connect(Connection(rec), "127.0.0.1", srv.address()["port"])
    cinfo = await start_tls(conn, create_context(client_opts, server=False), server_side=False,
                            server_hostname=servername)
    return srv, conn, rec, cinfo, results


def test_alpn_server_preference_and_echo() -> None:
    async def main() -> None:
        srv, conn, rec, info, results = await tls_pair(
            SecureContextOptions(key=pem("server-key"), cert=pem("server-cert").decode(),
                                 alpn_protocols=["h2", "http/1.1"]),
            SecureContextOptions(ca=pem("ca"), alpn_protocols=["x", "http/1.1", "h2"]))
        assert info.alpn_protocol == "h2" and info.verify_error is None
        assert info.protocol == "TLSv1.3" and info.cipher()["version"] == "TLSv1.3"
        assert check_server_identity("localhost", info.peer_certificate()) is None
        conn.write(b"secret")
        assert await rec.wait_bytes(6) == b"secret"
        while not results:
            await asyncio.sleep(0.01)
        assert results[0].servername == "localhost" and results[0].alpn_protocol == "h2"
        conn.close()
        await rec.closed.wait()
        srv.close()
    run(main())


def test_peer_certificate_shape_like_node() -> None:
    async def main() -> None:
        srv, conn, rec, info, _ = await tls_pair(
            SecureContextOptions(key=pem("server-key"), cert=pem("server-cert")),
            SecureContextOptions(ca=pem("ca")))
        c = info.peer_certificate(detailed=True)
        assert list(c) == ["subject", "issuer", "subjectaltname", "ca", "bits", "pubkey", "asn1Curve",
                           "nistCurve", "valid_from", "valid_to", "fingerprint", "fingerprint256",
                           "fingerprint512", "ext_key_usage", "serialNumber", "raw", "issuerCertificate"]
        assert c["subject"]["CN"] == "localhost" and c["subject"]["O"] == "nodecompat"
        assert c["subjectaltname"] == "DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1"
        assert c["valid_to"] == "Jan  1 00:00:00 2045 GMT" and c["bits"] == 256
        root = c["issuerCertificate"]
        assert root["ca"] is True and root["issuerCertificate"] is root
        conn.destroy()
        srv.close()
    run(main())


@pytest.mark.parametrize("server,ca,code", [
    ("selfsigned", None, "DEPTH_ZERO_SELF_SIGNED_CERT"),
    ("server", None, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"),
    ("expired", "ca", "CERT_HAS_EXPIRED"),
])
def test_bad_certificates_are_reported_not_fatal(server: str, ca: str | None, code: str) -> None:
    async def main() -> None:
        srv, conn, rec, info, _ = await tls_pair(
            SecureContextOptions(key=pem(f"{server}-key"), cert=pem(f"{server}-cert")),
            SecureContextOptions(ca=pem(ca) if ca else pem("sni-cert")))
        assert info.verify_error is not None and info.verify_error["code"] == code
        conn.destroy()
        srv.close()
    run(main())


def test_altname_mismatch() -> None:
    async def main() -> None:
        srv, conn, rec, info, _ = await tls_pair(
            SecureContextOptions(key=pem("server-key"), cert=pem("server-cert")),
            SecureContextOptions(ca=pem("ca")), servername="other.test")
        err = check_server_identity("other.test", info.peer_certificate())
        assert err["code"] == "ERR_TLS_CERT_ALTNAME_INVALID"
        assert err["message"] == ("Hostname/IP does not match certificate's altnames: Host: other.test. "
                                  "is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1, "
                                  "IP Address:0:0:0:0:0:0:0:1")
        conn.destroy()
        srv.close()
    run(main())


def test_client_certificates() -> None:
    async def main() -> None:
        server = SecureContextOptions(key=pem("server-key"), cert=pem("server-cert"), ca=pem("ca"),
                                      request_cert=True)
        srv, conn, rec, info, results = await tls_pair(
            server, SecureContextOptions(ca=pem("ca"), key=pem("client-key"), cert=pem("client-cert")))
        conn.write(b"x")   # TLS 1.3: the server checks the client cert after the client finished
        await rec.wait_bytes(1)
        assert results[0].verify_error is None
        assert results[0].peer_certificate()["subject"]["CN"] == "client@example.test"
        conn.destroy()
        srv.close()
        srv2, conn2, rec2, _, results2 = await tls_pair(server, SecureContextOptions(ca=pem("ca")))
        conn2.write(b"y")
        await rec2.wait_bytes(1)
        assert results2[0].verify_error["code"] == "UNABLE_TO_GET_ISSUER_CERT"
        assert results2[0].peer_certificate() == {}
        conn2.destroy()
        srv2.close()
    run(main())


def test_sni_picks_context() -> None:
    async def main() -> None:
        other = create_context(SecureContextOptions(key=pem("sni-key"), cert=pem("sni-cert")), server=True)
        seen: list[str] = []

        def pick(name: str) -> ssl.SSLContext | None:
            seen.append(name)
            return other if name == "sni.example.test" else None
        srv, conn, rec, info, results = await tls_pair(
            SecureContextOptions(key=pem("server-key"), cert=pem("server-cert"), sni=pick),
            SecureContextOptions(ca=pem("ca")), servername="sni.example.test")
        assert seen == ["sni.example.test"]
        assert info.peer_certificate()["subject"]["CN"] == "sni.example.test"
        assert info.verify_error is None
        conn.destroy()
        srv.close()
    run(main())


def test_handshake_failure_on_plaintext_peer() -> None:
    async def main() -> None:
        srv = Server(lambda c: setattr(c, "sink", Recorder()) or c.write(b"HTTP/1.1 400 nope\r\n\r\n"))
        srv.listen("127.0.0.1", 0)
        conn = await connect(Connection(Recorder()), "127.0.0.1", srv.address()["port"])
        from nodecompat.tls import handshake_error
        with pytest.raises(ssl.SSLError) as ei:
            await start_tls(conn, create_context(SecureContextOptions(), server=False), server_side=False,
                            server_hostname="localhost")
        assert handshake_error(ei.value)["code"].startswith("ERR_SSL_")
        srv.close()
    run(main())
