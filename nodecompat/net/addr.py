"""Address helpers with Node's semantics: isIP, families, `localhost`, default listen host."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
from functools import lru_cache


def is_ipv4(s: str) -> bool:
    try:
        ipaddress.IPv4Address(s)
        return True
    except ValueError:
        return False


def is_ipv6(s: str) -> bool:
    try:
        ipaddress.IPv6Address(s.split("%", 1)[0])
        return True
    except ValueError:
        return False


def is_ip(s: str) -> int:
    """Node's net.isIP: 4, 6 or 0."""
    return 4 if is_ipv4(s) else 6 if is_ipv6(s) else 0


def family_name(af: int) -> str:
    return "IPv6" if af == socket.AF_INET6 else "IPv4"


@lru_cache(maxsize=1)
def ipv6_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::", 0))
        return True
    except OSError:
        return False


def default_listen_host() -> str:
    """Node listens on `::` (dual stack) when IPv6 works, else `0.0.0.0`."""
    return "::" if ipv6_available() else "0.0.0.0"


def sockname(sock: socket.socket) -> tuple[str, int, str] | None:
    """(address, port, family) of a socket's local end (None for a Unix socket, as Node)."""
    if sock.family == socket.AF_UNIX:
        return None
    name = sock.getsockname()
    return name[0], name[1], family_name(sock.family)


def peername(sock: socket.socket) -> tuple[str, int, str] | None:
    if sock.family == socket.AF_UNIX:
        return None
    try:
        name = sock.getpeername()
    except OSError:
        return None
    return name[0], name[1], family_name(sock.family)


async def lookup_all(host: str, family: int = 0) -> list[tuple[int, str]]:
    """Resolve like Node's dns.lookup({all: true, order: 'verbatim'}): [(family 4|6, address)]."""
    ip = is_ip(host)
    if ip:
        return [(ip, host)]
    af = {4: socket.AF_INET, 6: socket.AF_INET6}.get(family, socket.AF_UNSPEC)
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, family=af, type=socket.SOCK_STREAM)
    out: list[tuple[int, str]] = []
    for fam, _, _, _, sa in infos:
        entry = (6 if fam == socket.AF_INET6 else 4, sa[0])
        if entry not in out:
            out.append(entry)
    return out


def lookup_sync(host: str) -> tuple[int, str]:
    """First address for `host` (used by listen, which Node resolves before binding)."""
    ip = is_ip(host)
    if ip:
        return ip, host
    fam, _, _, _, sa = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)[0]
    return (6 if fam == socket.AF_INET6 else 4), sa[0]
