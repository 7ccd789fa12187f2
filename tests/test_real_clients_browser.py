"""A real browser (Debian's chromium, headless) loads a page with CSS, JS and images from a
`createSecureServer` program under nodecompat: the page arrives over h2 (ALPN), every resource is a
stream of one session, and the DOM chromium rendered shows the script ran, the CSS applied and the
images decoded. With `allowHTTP1` the same port also serves HTTP/1.1-only clients (curl, and
chromium with `--disable-http2`)."""
from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

from real_clients.support import HERE, Proc, kill_group, make_certs, start_js

CHROMIUM = shutil.which("chromium")
SERVER = HERE / "browser_server.js"
PAGE_RESOURCES = {"/", "/style.css", "/app.js", "/img/dot.png", "/img/box.svg"}



def dump_dom(url: str, profile: Path, *extra: str) -> str:
    """chromium --dump-dom in its own process group, bounded, the whole group killed after."""
    assert CHROMIUM, "chromium is a required peer: .ci/run installs Debian's chromium"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--ignore-certificate-errors", *extra, "--dump-dom", url]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=60)
    finally:
        kill_group(p)
    assert p.returncode == 0, f"chromium exited {p.returncode}"
    return out.decode("utf-8", "replace")


def requests_seen(server: Proc) -> list[tuple[str, str, str, str]]:
    """(httpVersion, session, alpn, path) per `REQ` line the server printed."""
    for path in PAGE_RESOURCES:  # chromium has them all: wait for the server's log lines
        server.read_until(rf"^REQ \S+ \S+ \S+ {re.escape(path)}$")
    lines = server.collect()
    return [tuple(line.split()[1:5]) for line in lines if line.startswith("REQ ")]  # type: ignore[misc]


def check_page(dom: str) -> None:
    assert '<h1 id="title">served by nodecompat</h1>' in dom
    assert '<p id="ran">script ran; title color rgb(1, 2, 3)</p>' in dom  # JS ran, CSS applied
    assert '<p id="loaded">images 3x2 7x5</p>' in dom                      # PNG and SVG decoded


def check_h2_one_session(server: Proc, reqs: list[tuple[str, str, str, str]]) -> None:
    page = [r for r in reqs if r[3] in PAGE_RESOURCES]
    assert {r[3] for r in page} == PAGE_RESOURCES, reqs
    assert all(r[0] == "2.0" and r[2] == "h2" for r in page), reqs
    sessions = {r[1] for r in page}
    assert len(sessions) == 1, f"page resources spread over sessions: {reqs}"
    assert f"SESSION {sessions.pop()} alpn=h2" in server.lines


def test_chromium_loads_page_over_h2(tmp_path: Path) -> None:
    certs = make_certs(tmp_path)
    server, port = start_js(SERVER, str(certs["key"]), str(certs["cert"]))
    try:
        dom = dump_dom(f"https://127.0.0.1:{port}/", tmp_path / "profile")
        check_page(dom)
        check_h2_one_session(server, requests_seen(server))
    finally:
        server.stop()


def test_allow_http1_serves_chromium_h2_and_curl_http1_on_one_port(tmp_path: Path) -> None:
    certs = make_certs(tmp_path)
    server, port = start_js(SERVER, str(certs["key"]), str(certs["cert"]), "allowHTTP1")
    try:
        dom = dump_dom(f"https://127.0.0.1:{port}/", tmp_path / "profile")
        check_page(dom)
        reqs = requests_seen(server)
        check_h2_one_session(server, reqs)

        # curl limited to HTTP/1.1 (ALPN offers only http/1.1), two requests on one connection
        url = f"https://127.0.0.1:{port}"
        p = subprocess.run(["curl", "-sS", "--http1.1", "--cacert", str(certs["ca"]), "-D", "-",
                            f"{url}/style.css", "-o", "/dev/null", f"{url}/app.js"],
                           capture_output=True, text=True, timeout=30)
        assert p.returncode == 0, p.stderr
        heads = re.findall(r"^HTTP/1\.1 200 OK$", p.stdout, re.M)
        assert len(heads) == 2, p.stdout
        assert "content-type: text/javascript" in p.stdout.lower()
        assert "getComputedStyle" in p.stdout  # the body of /app.js
        server.read_until(r"^REQ 1\.1 \S+ http/1\.1 /app\.js$")
        h1 = [tuple(line.split()[1:5]) for line in server.lines if line.startswith("REQ 1.1")]
        assert [r[3] for r in h1] == ["/style.css", "/app.js"], server.lines
        assert len({r[1] for r in h1}) == 1, "curl's two requests should share one connection"
        assert all(r[2] == "http/1.1" for r in h1)

        # and a browser limited to HTTP/1.1 gets the whole page over it (several connections)
        mark = len(server.collect())
        dom = dump_dom(f"https://127.0.0.1:{port}/", tmp_path / "profile-h1", "--disable-http2")
        check_page(dom)
        deadline = time.monotonic() + 20
        while True:
            later = [line.split() for line in server.collect()[mark:] if line.startswith("REQ ")]
            if PAGE_RESOURCES <= {r[4] for r in later} or time.monotonic() > deadline:
                break
        assert PAGE_RESOURCES <= {r[4] for r in later}, server.lines
        assert all(r[1:4:2] == ["1.1", "http/1.1"] for r in later), later
    finally:
        server.stop()
