"""`internalBinding('net')`: plain functions over nodecompat.net for js/net.js.

Events go to one JS function per socket/server, `onevent(kind, ...)`, through `host.call` (one
crossing per `data_received`, payload copied into a JS-owned Buffer). JS passes Python handle
objects back, never reads their attributes. Bytes from JS are copied at once (`bytes(mv)`).
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from ..runtime.bindings import binding

try:
    import pythonmonkey as _pm
    _PM_NULL: Any = _pm.null
except ImportError:  # the Python API works without the JS engine
    _PM_NULL = None
from .addr import is_ip
from .client import ConnectError, connect, connect_path as connect_unix
from .connection import NULL_SINK, Connection
from .server import Server

if TYPE_CHECKING:
    from ..runtime.host import Host
    from ..runtime.registry import Handle

# Event kinds (mirrored in js/internal/net/constants.js)
EV_DATA, EV_END, EV_DRAIN, EV_TIMEOUT, EV_ERROR, EV_CLOSE = 1, 2, 3, 4, 5, 6
EV_CONNECT, EV_LOOKUP, EV_SECURE, EV_TLS_ERROR, EV_SESSION, EV_KEYLOG = 7, 8, 9, 10, 11, 12
EV_HANDSHAKE_START = 13             # tls: a renegotiation starts (server)
EV_CONNECTION, EV_SERVER_CLOSE, EV_SNI = 20, 21, 22


CANCELED: dict[str, Any] = {"code": "ECANCELED", "errno": -125, "syscall": "connect",
                            "message": "connect ECANCELED"}


class JSSink:
    """Forwards a Connection's events to a JS `onevent` function."""

    __slots__ = ("host", "fn", "handle", "conn", "after_close")

    def __init__(self, host: "Host", conn: Connection, fn: Any, handle: "Handle") -> None:
        self.host, self.conn, self.fn, self.handle = host, conn, fn, handle
        self.after_close: Callable[[], None] | None = None   # binding bookkeeping, run first

    def on_data(self, data: bytes) -> None:
        self.host.call(self.fn, EV_DATA, payload=data)

    def on_end(self) -> None:
        self.host.call(self.fn, EV_END)

    def on_drain(self) -> None:
        self.host.call(self.fn, EV_DRAIN)

    def on_timeout(self) -> None:
        self.host.call(self.fn, EV_TIMEOUT)

    def on_error(self, desc: dict[str, Any]) -> None:
        self.host.call(self.fn, EV_ERROR, desc)

    def on_close(self, had_error: bool) -> None:
        if self.after_close is not None:
            hook, self.after_close = self.after_close, None
            hook()
        self.handle.close()               # unref before JS sees 'close' (notes §1)
        fn, self.fn = self.fn, None       # break the Python → JS edge (notes §5.6)
        self.host.call(fn, EV_CLOSE, had_error)


class SocketHandle:
    """What JS holds as `socket._handle`."""

    __slots__ = ("conn", "sink", "refh", "server", "task", "__weakref__")

    def __init__(self, conn: Connection, refh: "Handle") -> None:
        self.conn = conn
        conn.tls_half_open = True   # JS ends (or not: allowHalfOpen) on 'end', as for TCP
        self.refh = refh
        self.sink: JSSink | None = None
        self.server: ServerHandle | None = None
        self.task: asyncio.Task[Any] | None = None


class ServerHandle:
    __slots__ = ("server", "fn", "refh", "host", "refed")

    def __init__(self, host: "Host", fn: Any) -> None:
        self.host = host
        self.fn = fn
        self.refh: "Handle | None" = None
        self.refed = True
        self.server = Server(self._on_connection, on_close=None)

    def _on_connection(self, conn: Connection) -> None:
        assert self.host.registry is not None
        h = SocketHandle(conn, self.host.registry.handle("tcp"))
        h.server = self
        self.host.call(self.fn, EV_CONNECTION, h)
        if h.sink is None:                # JS did not take it (e.g. closed meanwhile)
            h.refh.close()
            conn.destroy()


def nil(v: Any) -> bool:
    """JS null arrives as pythonmonkey's (truthy) `null` object, undefined as None."""
    return v is None or v is _PM_NULL


def _i(v: Any, default: int = 0) -> int:
    return default if nil(v) else int(v)


@binding("net")
def make_net_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    loop = host.loop
    assert loop is not None and host.registry is not None
    registry = host.registry
    live: set[Any] = set()      # open handles, for teardown in embedded mode

    def _attach(h: SocketHandle, fn: Any) -> None:
        sink = JSSink(host, h.conn, fn, h.refh)
        h.sink = sink
        h.conn.sink = sink
        live.add(h)

        def forget() -> None:
            live.discard(h)
            h.sink = None
        sink.after_close = forget

    def _start_connect(h: SocketHandle, fn: Any, attempt: Callable[[], Awaitable[Any]]) -> None:
        """Run `attempt()` as h.task: EV_CONNECT on success, a failure report otherwise (a factory,
        not a coroutine: a task cancelled before its first step must leave nothing unawaited)."""
        async def run() -> None:
            try:
                await attempt()
            except ConnectError as exc:
                h.conn.fail(exc.desc)
                return
            except asyncio.CancelledError:
                h.conn.fail(CANCELED)
                return
            if h.sink is not None:
                host.call(fn, EV_CONNECT)
        h.task = loop.create_task(run())
        # a task cancelled before its first step never enters run(): report the close anyway
        h.task.add_done_callback(lambda t: h.conn.fail(CANCELED) if t.cancelled() else None)

    # ---- sockets --------------------------------------------------------------------------
    def attach(h: SocketHandle, fn: Any) -> None:
        """Take an accepted connection: `fn` receives its events from now on."""
        _attach(h, fn)

    def connect_tcp(fn: Any, host_: Any, port: Any, family: Any, local_address: Any,
                    local_port: Any, auto_select: bool) -> SocketHandle:
        h = SocketHandle(Connection(), registry.handle("tcp"))
        _attach(h, fn)
        hostname = str(host_)
        la = None if nil(local_address) or not local_address else str(local_address)

        def on_lookup(err: dict[str, Any] | None, address: str | None, fam: int | None) -> None:
            if h.sink is not None:
                host.call(fn, EV_LOOKUP, err, address, fam, hostname)

        _start_connect(h, fn, lambda: connect(
            h.conn, hostname, _i(port), family=_i(family), local_address=la,
            local_port=_i(local_port), auto_select_family=bool(auto_select),
            on_lookup=None if is_ip(hostname) else on_lookup))
        return h

    def connect_path(fn: Any, path: Any) -> SocketHandle:
        """net.connect(path): a Unix domain socket."""
        h = SocketHandle(Connection(), registry.handle("pipe"))
        _attach(h, fn)
        _start_connect(h, fn, lambda: connect_unix(h.conn, str(path)))
        return h

    def write(h: SocketHandle, data: Any) -> bool:
        """True: go on; False: wait for EV_DRAIN."""
        return h.conn.write(bytes(data))

    def end(h: SocketHandle) -> None:
        h.conn.end()

    def destroy(h: SocketHandle) -> None:
        if h.conn.transport is None:      # still resolving/connecting: stop that
            if h.task is not None and not h.task.done():
                h.task.cancel()
            else:
                h.conn.fail({"code": "ECANCELED", "errno": -125, "syscall": "connect", "message": ""})
            return
        h.conn.destroy()                  # (during a TLS handshake this fails the handshake)

    def reset(h: SocketHandle) -> None:
        h.conn.reset()

    def pause(h: SocketHandle) -> None:
        h.conn.pause()

    def resume(h: SocketHandle) -> None:
        h.conn.resume()

    def set_no_delay(h: SocketHandle, on: bool) -> None:
        h.conn.set_nodelay(bool(on))

    def set_keep_alive(h: SocketHandle, on: bool, delay: Any) -> None:
        h.conn.set_keepalive(bool(on), _i(delay))

    def set_timeout(h: SocketHandle, ms: Any) -> None:
        h.conn.set_timeout(float(ms or 0))

    def ref(h: SocketHandle, on: bool) -> None:
        h.refh.ref() if on else h.refh.unref()

    def addresses(h: SocketHandle) -> list[Any] | None:
        """[localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily]."""
        c = h.conn
        if c.local is None:
            return None
        r = c.remote or (None, None, None)
        return [c.local[0], c.local[1], c.local[2], r[0], r[1], r[2]]

    def write_queue_size(h: SocketHandle) -> int:
        return h.conn.write_buffer_size

    # ---- servers --------------------------------------------------------------------------
    def create_server(fn: Any) -> ServerHandle:
        return ServerHandle(host, fn)

    def listen(s: ServerHandle, host_: Any, port: Any, backlog: Any, ipv6_only: bool) -> Any:
        err = s.server.listen(None if nil(host_) or not host_ else str(host_), _i(port), _i(backlog, 511),
                              ipv6_only=bool(ipv6_only))
        if err is None:
            s.refh = registry.handle("tcp-server", refed=s.refed)
            live.add(s)
        return err

    def listen_path(s: ServerHandle, path: Any, backlog: Any) -> Any:
        err = s.server.listen_path(str(path), _i(backlog, 511))
        if err is None:
            s.refh = registry.handle("pipe-server", refed=s.refed)
            live.add(s)
        return err

    def address(s: ServerHandle) -> Any:
        return s.server.address()

    def server_close(s: ServerHandle) -> bool:
        if not s.server.listening:
            return False

        def done() -> None:
            fn, s.fn = s.fn, None
            live.discard(s)
            if fn is not None:
                host.call(fn, EV_SERVER_CLOSE)
        s.server.on_close = done
        if s.refh is not None:
            s.refh.close()
        s.server.close()
        return True

    def server_ref(s: ServerHandle, on: bool) -> None:
        s.refed = bool(on)
        if s.refh is not None:
            s.refh.ref() if on else s.refh.unref()

    def set_max_connections(s: ServerHandle, n: Any) -> None:
        s.server.max_connections = None if nil(n) else int(n)

    def connections(s: ServerHandle) -> int:
        return len(s.server.connections)

    def teardown() -> None:
        for x in list(live):
            if isinstance(x, ServerHandle):
                x.fn = None
                x.server.close()
            else:
                x.conn.sink = NULL_SINK
                x.sink = None
                x.refh.close()
                x.conn.destroy()
        live.clear()

    host.on_teardown(teardown)
    return {
        "attach": attach, "connect": connect_tcp, "connectPath": connect_path, "write": write, "end": end, "destroy": destroy,
        "reset": reset, "pause": pause, "resume": resume, "setNoDelay": set_no_delay,
        "setKeepAlive": set_keep_alive, "setTimeout": set_timeout, "ref": ref, "addresses": addresses,
        "writeQueueSize": write_queue_size,
        "createServer": create_server, "listen": listen, "listenPath": listen_path, "address": address, "close": server_close,
        "serverRef": server_ref, "setMaxConnections": set_max_connections, "connections": connections,
    }
