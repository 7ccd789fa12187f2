"""A listening TCP server: synchronous bind+listen (so address() works at once), asyncio accept."""
from __future__ import annotations

import asyncio
import os
import socket
from typing import Any, Callable

from . import errors
from .addr import default_listen_host, family_name, is_ip, lookup_sync
from .connection import Connection

OnConnection = Callable[[Connection], None]


class Server:
    """`on_connection(conn)` runs from connection_made and must attach a sink to `conn`."""

    def __init__(self, on_connection: OnConnection, *, on_close: Callable[[], None] | None = None) -> None:
        self.on_connection = on_connection
        self.on_close = on_close
        self.sock: socket.socket | None = None
        self.path: str | None = None          # a Unix socket path (IPC) instead of host/port
        self.connections: set[Connection] = set()
        self.max_connections: int | None = None
        self.listening = False
        self._aserver: asyncio.AbstractServer | None = None
        self._task: asyncio.Task[Any] | None = None
        self._closing = False

    def listen(self, host: str | None = None, port: int = 0, backlog: int = 511, *,
               ipv6_only: bool = False, exclusive: bool = True) -> dict[str, Any] | None:
        """Bind and listen now. Returns None, or a Node error description (EADDRINUSE …)."""
        if host is None or host == "":
            host = default_listen_host()
        shown_host = host
        try:
            fam = is_ip(host) or lookup_sync(host)[0]
            if not is_ip(host):
                host = lookup_sync(host)[1]
                shown_host = host
        except socket.gaierror as exc:
            return errors.lookup_error(exc, host)
        af = socket.AF_INET6 if fam == 6 else socket.AF_INET
        sock = socket.socket(af, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # libuv does this too
            if af == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, int(ipv6_only))
            try:
                sock.bind((host, port))
            except OSError as exc:
                return errors.listen_error(exc, shown_host, port, "listen")
            try:
                sock.listen(backlog)
            except OSError as exc:
                return errors.listen_error(exc, shown_host, port, "listen")
            sock.setblocking(False)
        except BaseException:
            sock.close()
            raise
        self.sock = sock
        self.listening = True
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(loop.create_server(self._make_protocol, sock=sock, backlog=backlog))
        self._task.add_done_callback(self._started)
        return None

    def listen_path(self, path: str, backlog: int = 511) -> dict[str, Any] | None:
        """Listen on a Unix domain socket (Node's IPC `listen(path)`). Returns None or an error."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
            sock.listen(backlog)
        except OSError as exc:
            sock.close()
            desc = errors.listen_error(exc, path, None, "listen")
            desc["port"] = -1                 # as Node's pipe errors
            return desc
        sock.setblocking(False)
        self.sock, self.path, self.listening = sock, path, True
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(loop.create_server(self._make_protocol, sock=sock, backlog=backlog))
        self._task.add_done_callback(self._started)
        return None

    def address(self) -> dict[str, Any] | str | None:
        if self.sock is None or not self.listening:
            return None
        if self.path is not None:
            return self.path
        name = self.sock.getsockname()
        return {"address": name[0], "family": family_name(self.sock.family), "port": name[1]}

    def close(self) -> bool:
        """Stop accepting. Returns False when not listening (Node: ERR_SERVER_NOT_RUNNING)."""
        if not self.listening:
            return False
        self.listening = False
        self._closing = True
        if self._aserver is not None:
            self._aserver.close()
        elif self._task is not None:
            self._task.cancel()
        if self.sock is not None:
            self.sock.close()
        if self.path is not None:
            # libuv removes the socket file when the pipe server closes
            try:
                os.unlink(self.path)
            except OSError:
                pass
        self._maybe_closed()
        return True

    # ---- internals ---------------------------------------------------------------------------
    def _started(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            return
        if task.exception() is None:
            self._aserver = task.result()
            if not self.listening:
                self._aserver.close()

    def _make_protocol(self) -> Connection:
        return Connection(on_made=self._accepted)

    def _accepted(self, conn: Connection) -> None:
        if self.max_connections is not None and len(self.connections) >= self.max_connections:
            conn.destroy()
            return
        self.connections.add(conn)
        conn.on_gone = self._forget
        self.on_connection(conn)

    def _forget(self, conn: Connection) -> None:
        self.connections.discard(conn)
        self._maybe_closed()

    def forget(self, conn: Connection) -> None:
        """A connection handed elsewhere (detached) no longer counts."""
        self._forget(conn)

    def _maybe_closed(self) -> None:
        if self._closing and not self.connections:
            self._closing = False
            cb, self.on_close = self.on_close, None
            if cb is not None:
                cb()
