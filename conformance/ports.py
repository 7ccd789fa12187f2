"""Fixed ports of the examples: kept when free, rewritten to a free port otherwise.

Jobs run in parallel threads, so a port is reserved in-process before it is checked."""
from __future__ import annotations

import re
import socket
import threading

_lock = threading.Lock()
_reserved: set[int] = set()

_LISTEN = re.compile(r"\.listen\(\s*(\d+)")
_URL = re.compile(r"(https?)://(localhost|127\.0\.0\.1|\[::1\]|[\w.-]+\.(?:org|com|net))(?::(\d+))?")


def fixed_ports(code: str) -> set[int]:
    ports = {int(m.group(1)) for m in _LISTEN.finditer(code)}
    for m in _URL.finditer(code):
        ports.add(int(m.group(3)) if m.group(3) else (443 if m.group(1) == "https" else 80))
    return ports


def _free(port: int) -> bool:
    for fam, addr in ((socket.AF_INET6, "::"), (socket.AF_INET, "0.0.0.0")):
        s = socket.socket(fam, socket.SOCK_STREAM)
        try:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if fam == socket.AF_INET6:
                s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            s.bind((addr, port))
        except OSError:
            return False
        finally:
            s.close()
    return True


def reserve(wanted: set[int]) -> dict[int, int]:
    """Map each wanted port to itself if free, else to a fresh free port; all reserved until release()."""
    out: dict[int, int] = {}
    with _lock:
        for p in sorted(wanted):
            if p not in _reserved and _free(p):
                out[p] = p
            else:
                while True:
                    s = socket.socket()
                    s.bind(("127.0.0.1", 0))
                    q = s.getsockname()[1]
                    s.close()
                    if q not in _reserved and q not in wanted and _free(q):
                        break
                out[p] = q
            _reserved.add(out[p])
    return out


def release(mapping: dict[int, int]) -> None:
    with _lock:
        _reserved.difference_update(mapping.values())


def rewrite(code: str, mapping: dict[int, int]) -> str:
    """Point listen() calls and URLs at the mapped ports; remote hosts become localhost."""
    def url(m: re.Match) -> str:
        scheme, port = m.group(1), int(m.group(3)) if m.group(3) else (443 if m.group(1) == "https" else 80)
        host = m.group(2) if m.group(2) in ("localhost", "127.0.0.1", "[::1]") else "localhost"
        return f"{scheme}://{host}:{mapping.get(port, port)}"
    code = _URL.sub(url, code)
    code = _LISTEN.sub(lambda m: f".listen({mapping.get(int(m.group(1)), int(m.group(1)))}", code)
    # `':authority': 'localhost:8000'` and similar host:port strings
    return re.sub(r"localhost:(\d+)(?=['\"`])",
                  lambda m: f"localhost:{mapping.get(int(m.group(1)), int(m.group(1)))}", code)
