"""Outgoing TCP connections the way Node's net.connect makes them."""
from __future__ import annotations

import asyncio
import socket
from typing import Any, Callable

from . import errors
from .addr import lookup_all
from .connection import Connection

ATTEMPT_TIMEOUT = 0.25   # Node's autoSelectFamilyAttemptTimeout default (ms 250)


class ConnectError(Exception):
    def __init__(self, desc: dict[str, Any]) -> None:
        super().__init__(desc["message"])
        self.desc = desc


OnLookup = Callable[[dict[str, Any] | None, str | None, int | None], None]


async def _attempt(conn: Connection, fam: int, address: str, port: int,
                   local_address: str | None, local_port: int) -> None:
    af = socket.AF_INET6 if fam == 6 else socket.AF_INET
    sock = socket.socket(af, socket.SOCK_STREAM)
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    try:
        if local_address or local_port:
            sock.bind((local_address or ("::" if fam == 6 else "0.0.0.0"), local_port))
        await loop.sock_connect(sock, (address, port))
        await loop.create_connection(lambda: conn, sock=sock)
    except BaseException:
        sock.close()
        raise


async def connect(conn: Connection, host: str, port: int, *, family: int = 0,
                  local_address: str | None = None, local_port: int = 0,
                  auto_select_family: bool = True, on_lookup: OnLookup | None = None) -> Connection:
    """Resolve `host` and connect `conn` (an unconnected Connection). Raises ConnectError."""
    try:
        addrs = await lookup_all(host, family)
    except socket.gaierror as exc:
        desc = errors.lookup_error(exc, host)
        if on_lookup is not None:
            on_lookup(desc, None, None)
        raise ConnectError(desc) from None
    if on_lookup is not None and addrs and addrs[0][1] != host:
        on_lookup(None, addrs[0][1], addrs[0][0])
    if not auto_select_family:
        addrs = addrs[:1]
    failures: list[dict[str, Any]] = []
    for i, (fam, address) in enumerate(addrs):
        last = i == len(addrs) - 1
        try:
            if last:
                await _attempt(conn, fam, address, port, local_address, local_port)
            else:
                await asyncio.wait_for(_attempt(conn, fam, address, port, local_address, local_port),
                                       ATTEMPT_TIMEOUT)
            return conn
        except asyncio.TimeoutError:
            failures.append(errors.connect_error(TimeoutError(), address, port))
        except OSError as exc:
            syscall = "bind" if isinstance(exc, OSError) and exc.errno in (98, 99) and local_address else "connect"
            failures.append(errors.connect_error(exc, address, port, syscall))
    if len(failures) == 1:
        raise ConnectError(failures[0])
    desc = dict(failures[-1])
    desc["aggregate"] = failures
    raise ConnectError(desc)


async def connect_path(conn: Connection, path: str) -> Connection:
    """Connect `conn` to a Unix domain socket (Node's `net.connect(path)`). Raises ConnectError
    with Node's description (`connect ENOENT /tmp/x.sock`, no port)."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, path)
        await loop.create_unix_connection(lambda: conn, sock=sock)
    except OSError as exc:
        sock.close()
        desc = errors.connect_error(exc, path, 0)
        del desc["port"]
        raise ConnectError(desc) from None
    except BaseException:
        sock.close()
        raise
    return conn
