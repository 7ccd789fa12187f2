"""`internalBinding('http2_js_stream')`: HTTP/2 over a JS-only Duplex (`createConnection` returning
something that is not a net.Socket, e.g. one end of `stream.duplexPair()`).

The http2 binding's `start(sock, settings)` takes a net SocketHandle and puts the engine's
H2Protocol on its transport. Here `create(id)` returns a stand-in handle whose transport is
JS-backed: bytes the engine writes go to JS `onOut(id, buffer)` (one host call per loop turn, a
Buffer copy JS owns); bytes JS reads from the Duplex come in through `feed(pipe, bytes)`; the
Duplex ending or closing is `end(pipe)`. When the engine closes the transport JS gets
`onOut(id, null)` and ends the Duplex. When the engine pauses reading (its output is not being
taken: node's Http2Session::MaybeStopReading), JS gets `onFlow(id, false)` and pauses the Duplex,
then `onFlow(id, true)` to resume it. No Python object keeps a JS value except the two functions
given at `init` (ints, bools and copied bytes cross, nothing else).
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Callable, Optional

from ..runtime.bindings import binding

if TYPE_CHECKING:
    from ..runtime.host import Host


class JSTransport(asyncio.Transport):
    """An asyncio transport whose far side is a JS Duplex."""

    def __init__(self, pipe: "JSPipe") -> None:
        super().__init__()
        self._pipe = pipe
        self._protocol: Optional[asyncio.Protocol] = None
        self._out: list[bytes] = []
        self._scheduled = False
        self._closing = False
        self._lost = False
        self._paused = False  # engine told to stop writing (the Duplex's write() returned false)
        self._drained_early = False  # 'drain' came while the write that filled it was returning
        self._read_paused = False  # the engine asked us to stop reading: the Duplex is paused
        self._held = False  # paused after a read until that read's output is written (_release)

    def drained(self) -> None:
        """The Duplex emitted 'drain'."""
        if not self._paused:
            self._drained_early = True
            return
        self._paused = False
        if self._protocol is not None and not self._lost:
            self._protocol.resume_writing()

    # -- asyncio.Transport
    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._protocol = protocol  # type: ignore[assignment]

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._protocol  # type: ignore[return-value]

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default

    def is_closing(self) -> bool:
        return self._closing

    def set_write_buffer_limits(self, high: Optional[int] = None, low: Optional[int] = None) -> None:
        pass  # the Duplex's own highWaterMark decides (its write() returning false pauses us)

    def get_write_buffer_size(self) -> int:
        return sum(len(b) for b in self._out)

    def pause_reading(self) -> None:
        if not self._read_paused and not self._lost:
            self._read_paused = True
            if not self._held:  # else JS has paused the Duplex already
                self._pipe.flow(False)

    def resume_reading(self) -> None:
        if self._read_paused:
            self._read_paused = False
            if not self._lost and not self._held:
                self._pipe.flow(True)

    def hold(self) -> bool:
        """After a read: True = keep reading the Duplex, False = JS pauses it until this read's
        output is written. Node stops reading while a write is in progress
        (Http2Session::MaybeStopReading); JS feeds a whole backlog in one turn otherwise, so a
        peer that does not read could queue any number of PING/SETTINGS ACKs."""
        if self._read_paused:
            return False
        proto: Any = self._protocol
        if not self._out and not getattr(proto, "_flush_scheduled", False):
            return True
        if not self._held:
            self._held = True
            asyncio.get_event_loop().call_soon(self._release)  # after the protocol's flush
        return False

    def _release(self) -> None:
        self._held = False
        if self._out:
            self._deliver()  # may pause the engine's writing, and so its reading
        if not self._read_paused and not self._lost:
            self._pipe.flow(True)

    def is_reading(self) -> bool:
        return not self._closing and not self._read_paused

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._closing or not data:
            return
        self._out.append(bytes(data))
        self._schedule()

    def write_eof(self) -> None:
        self.close()

    def can_write_eof(self) -> bool:
        return True

    def close(self) -> None:
        """Flush what is queued, then end the JS side and report the connection lost."""
        if self._closing:
            return
        self._closing = True
        self._schedule()

    def abort(self) -> None:
        self._out.clear()
        self.close()

    # -- delivery
    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            asyncio.get_event_loop().call_soon(self._deliver)

    def _deliver(self) -> None:
        self._scheduled = False
        pipe = self._pipe
        if self._out:
            data = b"".join(self._out)
            self._out.clear()
            self._drained_early = False
            if pipe.send(data) is False and not self._paused and not self._drained_early:
                # the Duplex is above its highWaterMark: stop the engine until its 'drain'
                # (which may already have run: host.call drains JS ticks before returning)
                self._paused = True
                if self._protocol is not None:
                    self._protocol.pause_writing()
        if self._closing:
            if self._read_paused or self._held:
                # a paused Duplex would hold back its own 'end'/'close'
                self._read_paused = self._held = False
                pipe.flow(True)
            # our session learns first (as a socket's own close comes before the peer's 'end')
            self.lost()
            pipe.send(None)

    def lost(self) -> None:
        if self._lost:
            return
        self._lost = True
        self._closing = True
        proto, self._protocol = self._protocol, None
        if proto is not None:
            proto.connection_lost(None)


class _Detached:
    __slots__ = ("transport",)

    def __init__(self, transport: JSTransport) -> None:
        self.transport = transport


class _Conn:
    """What the http2 binding's `start` expects of a net Connection: `detach()` and a `sink`."""

    __slots__ = ("transport", "sink")

    def __init__(self, transport: JSTransport) -> None:
        self.transport = transport
        self.sink: Any = None

    def detach(self) -> _Detached:
        return _Detached(self.transport)


class JSPipe:
    """The stand-in socket handle given to `binding.start` (its `sink` stays None)."""

    __slots__ = ("id", "host", "out_fn", "flow_fn", "conn", "sink", "__weakref__")

    def __init__(self, pipe_id: int, host: "Host", out_fn: Callable[..., Any],
                 flow_fn: Callable[..., Any]) -> None:
        self.id = pipe_id
        self.host = host
        self.out_fn: Any = out_fn
        self.flow_fn: Any = flow_fn
        self.conn = _Conn(JSTransport(self))
        self.sink = None

    def send(self, data: Optional[bytes]) -> Optional[bool]:
        """Hand bytes (or the end, None) to JS; returns what the Duplex's write() returned."""
        fn = self.out_fn
        if fn is None:
            return None
        if data is None:
            self.out_fn = self.flow_fn = None  # the last call: JS ends the Duplex; drop JS fns
            self.host.call(fn, self.id, None)
            return None
        return self.host.call(fn, self.id, payload=data) is not False

    def flow(self, reading: bool) -> None:
        """Pause (False) or resume (True) reading the Duplex."""
        if self.flow_fn is not None:
            self.host.call(self.flow_fn, self.id, reading)


@binding("http2_js_stream")
def make_js_stream_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    fn_box: list[Any] = []

    def init(on_out: Any, on_flow: Any) -> None:
        fn_box.clear()
        fn_box.extend((on_out, on_flow))

    def create(pipe_id: Any) -> JSPipe:
        return JSPipe(int(pipe_id), host, fn_box[0], fn_box[1])

    def feed(pipe: JSPipe, data: Any) -> bool:
        """Bytes JS read from the Duplex (a Uint8Array, copied at once); False: pause the Duplex
        (JS gets `onFlow(id, true)` when to resume)."""
        t = pipe.conn.transport
        proto = t._protocol
        if proto is None or t._lost:
            return True
        proto.data_received(bytes(data))
        return t.hold()

    def drain(pipe: JSPipe) -> None:
        """The Duplex emitted 'drain' after a write() that returned false."""
        pipe.conn.transport.drained()

    def end(pipe: JSPipe) -> None:
        """The Duplex ended or closed: the connection is gone."""
        pipe.out_fn = pipe.flow_fn = None
        pipe.conn.transport.lost()

    return {"init": init, "create": create, "feed": feed, "drain": drain, "end": end}
