"""Python-side pieces behind tls/crypto parity that the differential programs cannot reach:
the NODE_EXTRA_CA_CERTS startup check, OpenSSL's packed error codes, digest-name resolution,
X.509 parsing errors and the shared default trust store."""
import ssl
import subprocess
import sys
from pathlib import Path

from nodecompat.crypto import _evp, hashing, x509
from nodecompat.tls import _openssl, roots
from nodecompat.tls.context import SecureContextOptions, create_context
from nodecompat.tls.extra_ca import startup_warning

FIXTURES = Path(__file__).parent / "js" / "net" / "fixtures"


def test_extra_ca_warning_only_when_the_file_cannot_be_opened(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pem"
    assert startup_warning({"NODE_EXTRA_CA_CERTS": str(missing)}) == (
        f"Warning: Ignoring extra certs from `{missing}`, load failed: "
        "error:80000002:system library::No such file or directory\n")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    assert startup_warning({"NODE_EXTRA_CA_CERTS": str(garbage)}) is None     # Node: silent
    assert startup_warning({"NODE_EXTRA_CA_CERTS": str(tmp_path)}) is None    # a directory opens
    assert startup_warning({}) is None


def test_cli_prints_the_warning_before_the_program(tmp_path: Path) -> None:
    prog = tmp_path / "p.js"
    prog.write_text("console.log('ran')")
    env = {"NODE_EXTRA_CA_CERTS": str(tmp_path / "missing.pem"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "nodecompat", str(prog)], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 0 and out.stdout == "ran\n"
    assert out.stderr.startswith("Warning: Ignoring extra certs from")


def test_packed_error_codes_match_openssl() -> None:
    assert _openssl.packed_error("SSL", "CERTIFICATE_VERIFY_FAILED") == (0x0A000086, "SSL routines",
                                                                         "certificate verify failed")
    assert _openssl.packed_error("SSL", "TLSV1_ALERT_NO_APPLICATION_PROTOCOL")[0] == 0x0A000460
    assert _openssl.packed_error("SSL", "NOT_A_REASON") is None
    err = _openssl.openssl_error(0x0480006C)
    assert err == {"message": "error:0480006C:PEM routines::no start line", "library": "PEM routines",
                   "reason": "no start line", "code": "ERR_OSSL_PEM_NO_START_LINE"}


def test_digest_names_as_node() -> None:
    assert _evp.digest("RSA-SHA256")[:2] == ("SHA256", 32)
    assert _evp.digest("shake256") == ("SHAKE256", 32, True)
    assert _evp.digest("nope") is None
    assert "sha256" in _evp.hash_names() and "RSA-SHA512/256" in _evp.hash_names()
    h = hashing.new_hash("sha256WithRSAEncryption", None)
    h.update(b"abc")
    assert h.digest().hex().startswith("ba7816bf")
    assert hashing.new_hmac("shake128", b"k") is None


def test_x509_parse_pem_der_and_errors() -> None:
    pem = (FIXTURES / "ca.pem").read_bytes()
    der = x509.parse(pem)
    assert isinstance(der, bytes) and x509.parse(der) == der
    assert x509.parse(b"junk")["code"] == "ERR_OSSL_PEM_NO_START_LINE"
    assert x509.info(der)["ca"] is True


def test_default_trust_store_is_shared_and_bundled() -> None:
    a = create_context(SecureContextOptions(), server=False)
    b = create_context(SecureContextOptions(), server=True)
    store = _openssl._libssl.SSL_CTX_get_cert_store
    assert store(_openssl._ctx_ptr(a)) == store(_openssl._ctx_ptr(b)) != 0
    trusted = set(a.get_ca_certs(binary_form=True))      # + NODE_EXTRA_CA_CERTS, if the machine sets it
    assert len(roots.root_der_list()) >= 140 and set(roots.root_der_list()) <= trusted
    own = create_context(SecureContextOptions(ca=[(FIXTURES / "ca.pem").read_bytes()]), server=False)
    assert store(_openssl._ctx_ptr(own)) != store(_openssl._ctx_ptr(a))
    assert len(own.get_ca_certs()) == 1
    assert isinstance(a, ssl.SSLContext)
