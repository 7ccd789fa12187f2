"""Node-style error descriptions for socket failures.

Bindings never raise for expected failures: they hand JS a plain dict that JS turns into Node's
error object (same `code`, `errno`, `syscall`, `address`, `port`, message and key order).
"""
from __future__ import annotations

import errno as _errno
import socket
from typing import Any

# libuv's uv_strerror() texts, which Node puts in `listen`/`bind` messages.
UV_MESSAGES: dict[str, str] = {
    "EADDRINUSE": "address already in use",
    "EADDRNOTAVAIL": "address not available",
    "EACCES": "permission denied",
    "EAFNOSUPPORT": "address family not supported",
    "ECONNREFUSED": "connection refused",
    "ECONNRESET": "connection reset by peer",
    "ECONNABORTED": "software caused connection abort",
    "EPIPE": "broken pipe",
    "ETIMEDOUT": "connection timed out",
    "EHOSTUNREACH": "host is unreachable",
    "ENETUNREACH": "network is unreachable",
    "EINVAL": "invalid argument",
    "EMFILE": "too many open files",
    "ENOTCONN": "socket is not connected",
    "EBADF": "bad file descriptor",
    "ECANCELED": "operation canceled",
}

# getaddrinfo failures as libuv/Node name them (errno values are libuv's UV_EAI_*).
_GAI: dict[int, tuple[str, int]] = {
    socket.EAI_NONAME: ("ENOTFOUND", -3008),
    socket.EAI_AGAIN: ("EAI_AGAIN", -3001),
    socket.EAI_FAIL: ("EAI_FAIL", -3007),
    socket.EAI_FAMILY: ("EAI_FAMILY", -3002),
    socket.EAI_SERVICE: ("EAI_SERVICE", -3010),
}
if hasattr(socket, "EAI_NODATA"):
    _GAI[socket.EAI_NODATA] = ("ENOTFOUND", -3008)


def errno_of(exc: BaseException) -> int:
    """The positive errno of an OSError (ECONNRESET for an unlabelled reset)."""
    if isinstance(exc, ConnectionResetError) and not exc.errno:
        return _errno.ECONNRESET
    if isinstance(exc, BrokenPipeError) and not exc.errno:
        return _errno.EPIPE
    if isinstance(exc, ConnectionRefusedError) and not exc.errno:
        return _errno.ECONNREFUSED
    if isinstance(exc, TimeoutError) and not getattr(exc, "errno", None):
        return _errno.ETIMEDOUT
    return int(getattr(exc, "errno", 0) or _errno.EIO)


def code_of(num: int) -> str:
    return _errno.errorcode.get(num, f"Unknown system error {-num}")


def _hostport(address: str | None, port: int | None) -> str:
    if port and port > 0:
        return f" {address}:{port}"
    if address:
        return f" {address}"
    return ""


def connect_error(exc: BaseException, address: str, port: int, syscall: str = "connect") -> dict[str, Any]:
    """Node's ExceptionWithHostPort: `connect ECONNREFUSED 127.0.0.1:80`."""
    num = errno_of(exc)
    code = code_of(num)
    return {"errno": -num, "code": code, "syscall": syscall, "address": address, "port": port,
            "message": f"{syscall} {code}{_hostport(address, port)}"}


def listen_error(exc: BaseException, address: str | None, port: int | None,
                 syscall: str = "listen") -> dict[str, Any]:
    """Node's UVExceptionWithHostPort: `listen EADDRINUSE: address already in use :::80`."""
    num = errno_of(exc)
    code = code_of(num)
    text = UV_MESSAGES.get(code, (exc.strerror or str(exc)).lower() if isinstance(exc, OSError) else str(exc))
    desc: dict[str, Any] = {"code": code, "errno": -num, "syscall": syscall}
    if address is not None:
        desc["address"] = address
    if port is not None and port >= 0:
        desc["port"] = port
    desc["message"] = f"{syscall} {code}: {text}{_hostport(address, port)}"
    return desc


def io_error(exc: BaseException, syscall: str) -> dict[str, Any]:
    """Node's ErrnoException for reads/writes: `read ECONNRESET`, `write EPIPE`."""
    num = errno_of(exc)
    code = code_of(num)
    return {"errno": -num, "code": code, "syscall": syscall, "message": f"{syscall} {code}"}


def lookup_error(exc: socket.gaierror, hostname: str) -> dict[str, Any]:
    """Node's DNSException: `getaddrinfo ENOTFOUND example.invalid`."""
    code, num = _GAI.get(exc.errno, ("ENOTFOUND", -3008))
    return {"errno": num, "code": code, "syscall": "getaddrinfo", "hostname": hostname,
            "message": f"getaddrinfo {code} {hostname}"}
