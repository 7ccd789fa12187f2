"""`internalBinding('http2')`: the engine's sessions for js/internal/http2/handle.js.

The only Python file of the http2 layer that knows JS. Boundary rules (docs/http2-js.md, notes §7):
- Engine events cross to JS once per engine batch: they are encoded as fixed-size int records in
  a JS-owned Int32Array and their bytes (header blocks, DATA, ping payloads) in a JS-owned
  Uint8Array, then ONE call `onBatch(sessionId, count)` is made. Python passes only ints to JS.
- JS -> Python commands are these plain functions; their numeric arguments are read from the
  JS-owned `args` Int32Array / `numbers` Float64Array (JS numbers reaching Python leak), bytes
  arrive as Uint8Arrays and are copied at once (`bytes(mv)`).
- Flow-control acknowledgements made while JS handles a batch come back in the `acks` area.
- When a session ends, Python drops the session and every reference to JS objects (no cycles).
"""
from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Any, Callable, Optional

from h2.exceptions import H2Error

from ..runtime.bindings import binding
from . import events as ev
from .frames import header_block_estimate
from .options import SessionOptions
from .protocol import H2Protocol
from .session import Session, SessionCommandError
from .settings import ID_TO_NAME, SETTINGS, SettingsError
from .stream import Stream

if TYPE_CHECKING:
    from ..runtime.host import Host

REC_INTS = 8
_REC = struct.Struct("=8i")  # one record, native order like the Int32Array
_REC_BYTES = _REC.size
_OP = struct.Struct("=5i")  # one deferred stream command (submit), native order like the Int32Array
# Record types: keep in step with js/internal/http2/handle.js
EV_HEADERS, EV_DATA, EV_STREAM_CLOSE, EV_SETTINGS, EV_SETTINGS_ACK = 1, 2, 3, 4, 5
EV_PING, EV_GOAWAY, EV_WANT_TRAILERS, EV_WRITE_DONE, EV_PRIORITY = 6, 7, 8, 9, 10
EV_FRAME_ERROR, EV_ALTSVC, EV_ORIGIN, EV_SESSION_ERROR, EV_DONE = 11, 12, 13, 14, 15
EV_PING_ACK, EV_END, EV_STREAM_ID, EV_TIMEOUT, EV_CONNECTED = 16, 17, 18, 19, 20

# nghttp2 header categories, as Node's onSessionHeaders receives them
HCAT_REQUEST, HCAT_RESPONSE, HCAT_PUSH_RESPONSE, HCAT_HEADERS = 0, 1, 2, 3
FLAG_END_STREAM = 1

# Session error codes crossing as small ints (JS maps them back to Node's errors)
SESSION_ERRORS = {"ERR_HTTP2_ERROR": 1, "ERR_HTTP2_SESSION_ERROR": 2,
                  "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK": 3, "ERR_HTTP2_TOO_MANY_INVALID_FRAMES": 4,
                  "ERR_HTTP2_FLOODED": 5}

STREAM_OPTION_EMPTY_PAYLOAD, STREAM_OPTION_GET_TRAILERS = 1, 2
# deferred stream commands (js/internal/http2/handle.js OP_*)
OP_RESPOND, OP_WRITE, OP_END, OP_TRAILERS = 1, 2, 3, 4

# numbers[] slots for engine options (handle.js/core.js engineOptions order)
OPTION_NAMES = ["maxDeflateDynamicTableSize", "maxReservedRemoteStreams", "maxSendHeaderBlockLength",
                "peerMaxConcurrentStreams", "paddingStrategy", "maxHeaderListPairs",
                "maxOutstandingPings", "maxOutstandingSettings", "maxSessionMemory", "maxSettings",
                "maxSessionInvalidFrames", "maxSessionRejectedStreams"]


class Arenas:
    """Views of the typed arrays JS allocated once and pins for the life of the process."""

    def __init__(self, records: Any, payload: Any, args: Any, numbers: Any, acks: Any,
                 ops: Any = None, out: Any = None) -> None:
        self.rec_b = _view(records)  # byte view: records are written with _REC.pack_into
        self.rec = self.rec_b.cast("i")
        # deferred stream commands (handle.js queueOp): [op, stream, option, offset, length]
        self.ops_b = _view(ops) if ops is not None else None  # read with _OP.unpack_from
        self.ops = self.ops_b.cast("i") if self.ops_b is not None else None
        self.out = _view(out) if out is not None else None
        self.pay = _view(payload)
        self.args = _view(args).cast("i")
        self.num = _view(numbers).cast("d")
        self.acks = _view(acks).cast("i")
        self.rec_max = len(self.rec) // REC_INTS
        self.pay_max = len(self.pay)


# request() return value: the peer's GOAWAY came first (JS refuses the stream like nghttp2).
REFUSED_AFTER_GOAWAY = -1000

def _view(x: Any) -> memoryview:
    m = memoryview(x)
    return m if m.format == "B" else m.cast("B")


_BLOCKS: dict[bytes, tuple[tuple[tuple[bytes, bytes], ...], frozenset, int]] = {}
_BLOCKS_MAX = 256   # a server answers with a handful of distinct blocks (the date changes 1/s)
_BLOCK_CACHEABLE = 1024   # bytes: bigger blocks (unique cookies…) would pin up to 256 x 64 KiB


def parse_header_block(block: bytes) -> tuple[list[tuple[bytes, bytes]], frozenset]:
    """`parse_header_block_uncached`, remembered per block (a fresh list each time)."""
    headers, sensitive, _ = parse_header_block_sized(block)
    return headers, sensitive


def parse_header_block_sized(block: bytes) -> tuple[list[tuple[bytes, bytes]], frozenset, int]:
    """parse_header_block + the block's header_block_estimate (remembered with it)."""
    hit = _BLOCKS.get(block)
    if hit is None:
        headers, sensitive = parse_header_block_uncached(block)
        hit = (tuple(headers), sensitive, header_block_estimate(headers))
        if len(block) <= _BLOCK_CACHEABLE:
            if len(_BLOCKS) >= _BLOCKS_MAX:
                _BLOCKS.clear()
            _BLOCKS[block] = hit
    return list(hit[0]), hit[1], hit[2]


def parse_header_block_uncached(block: bytes) -> tuple[list[tuple[bytes, bytes]], frozenset]:
    """Node's mapToHeaders output `name\\0value\\0<flag>`... -> headers + never-indexed names."""
    headers: list[tuple[bytes, bytes]] = []
    sensitive: set[bytes] = set()
    i, n = 0, len(block)
    while i < n:
        a = block.index(0, i)
        b = block.index(0, a + 1)
        name, value = block[i:a], block[a + 1:b]
        headers.append((name, value))
        if b + 1 < n and block[b + 1] == 1:   # the flag byte after each field
            sensitive.add(name)
        i = b + 2
    return headers, frozenset(sensitive)


def settings_from_pairs(packed: bytes) -> dict[str, Any]:
    """Packed SETTINGS pairs (as getPackedSettings) -> the engine's Node-style settings dict."""
    out: dict[str, Any] = {}
    custom: dict[int, int] = {}
    for off in range(0, len(packed) - len(packed) % 6, 6):
        ident, value = struct.unpack_from(">HI", packed, off)
        name = ID_TO_NAME.get(ident)
        if name is None:
            custom[ident] = value
        else:
            out[name] = bool(value) if SETTINGS[name][3] else value
    if custom:
        out["customSettings"] = custom
    return out


class JSSession:
    """One engine Session seen from JS: encodes its event batches into the arenas."""

    __slots__ = ("host", "ar", "fn", "jsid", "session", "proto", "sock", "pending", "closed",
                 "drain_wanted", "__weakref__")

    def __init__(self, host: "Host", ar: Arenas, fn: Any, jsid: int, session: Session) -> None:
        self.host = host
        self.ar = ar
        self.fn: Any = fn            # JS onBatch (shared by all sessions)
        self.jsid = jsid
        self.session: Optional[Session] = session
        self.proto: Optional[H2Protocol] = None
        self.sock: Any = None        # the net SocketHandle whose transport we took
        self.pending: dict[int, Stream] = {}   # token -> client stream waiting for an id
        self.closed = False
        self.drain_wanted: set[int] = set()

    def early_flush(self) -> None:
        """The protocol's pending flush, now (its queued call then finds nothing to do)."""
        proto = self.proto
        if proto is not None and proto._flush_scheduled:
            proto._flush()

    # ---- engine listener ----------------------------------------------------------------------
    def on_events(self, session: Session, events: list[ev.Event]) -> None:
        if self.fn is None:
            return
        w = _Records(self)
        put = w.put
        for token, sid in self._pending_id_records():
            put(EV_STREAM_ID, token, sid)
        done = False
        for e in events:
            t = type(e)
            # the per-request records first: inline, one pack_into each (no put() call)
            if t is ev.StreamEnded or t is ev.StreamClosed:
                if t is ev.StreamClosed:
                    self.drain_wanted.discard(e.stream_id)
                    rt, a = EV_STREAM_CLOSE, e.code
                else:
                    rt, a = EV_END, 0
                n = w.n
                if n >= w.rec_max:
                    w.flush()
                    n = 0
                _REC.pack_into(w.rec_b, n * _REC_BYTES, rt, e.stream_id, a, 0, 0, 0, w.off, 0)
                w.n = n + 1
            elif t is ev.StreamOpened:
                put(EV_HEADERS, e.stream_id, HCAT_REQUEST, FLAG_END_STREAM if e.end_stream else 0,
                    data=encode_headers(e.headers))
            elif t is ev.Data:
                data = e.data
                step = w.pay_max
                if len(data) <= step:
                    put(EV_DATA, e.stream_id, e.flow_length, data=data)
                else:  # bigger than the arena: several records, flow length on the last
                    for i in range(0, len(data), step):
                        last = i + step >= len(data)
                        part = data[i:i + step]
                        put(EV_DATA, e.stream_id,
                            e.flow_length - (len(data) - len(part)) if last else len(part), data=part)
            elif t is ev.HeadersReceived:
                kind = e.kind
                if kind == "response" and not session.server:
                    st = session.streams.get(e.stream_id)
                    if st is not None and st.pushed:
                        kind = "push-response"   # Node: NGHTTP2_HCAT_PUSH_RESPONSE -> 'push'
                cat = HCAT_RESPONSE if kind in ("response", "info") else (
                    HCAT_PUSH_RESPONSE if kind == "push-response" else HCAT_HEADERS)
                put(EV_HEADERS, e.stream_id, cat, FLAG_END_STREAM if e.end_stream else 0,
                    data=encode_headers(e.headers))
            elif t is ev.Drain:
                if e.stream_id in self.drain_wanted:
                    self.drain_wanted.discard(e.stream_id)
                    put(EV_WRITE_DONE, e.stream_id)
            elif t is ev.WantTrailers:
                put(EV_WANT_TRAILERS, e.stream_id)
            elif t is ev.PushPromise:
                put(EV_HEADERS, e.promised_id, HCAT_REQUEST, 0, data=encode_headers(e.headers))
            elif t is ev.RemoteSettings:
                put(EV_SETTINGS, data=e.packed())  # this frame's values (handle.js)
            elif t is ev.LocalSettings:
                put(EV_SETTINGS_ACK)
            elif t is ev.PingReceived:
                put(EV_PING, data=bytes(e.payload))
            elif t is ev.PingAck:
                put(EV_PING_ACK, int(e.rtt_ms * 1000), data=bytes(e.payload))
            elif t is ev.GoAway:
                put(EV_GOAWAY, e.code, e.last_stream_id, data=bytes(e.opaque))
            elif t is ev.FrameError:
                put(EV_FRAME_ERROR, e.stream_id, e.frame_type, e.code)
            elif t is ev.AltSvc:
                origin = e.origin.encode("latin-1")
                put(EV_ALTSVC, e.stream_id, len(origin), data=origin + e.value.encode("latin-1"))
            elif t is ev.Origin:
                put(EV_ORIGIN, data=b"".join(o.encode("latin-1") + b"\0" for o in e.origins))
            elif t is ev.SessionError:
                put(EV_SESSION_ERROR, SESSION_ERRORS.get(e.code, 1), e.h2_code)
            elif t is ev.Priority:
                put(EV_PRIORITY, e.stream_id, e.parent, e.weight, int(e.exclusive))
            elif t is ev.Timeout:
                put(EV_TIMEOUT, e.stream_id)
            elif t is ev.Connected:
                put(EV_CONNECTED)
            elif t is ev.SessionClosed:
                done = True
        if done:
            put(EV_DONE)
        w.flush()
        if done:
            self._release()

    def _pending_id_records(self) -> list[tuple[int, int]]:
        """Client streams that were waiting for a concurrency slot and now have an id."""
        if not self.pending:
            return []
        out = [(tok, s.id) for tok, s in self.pending.items() if s.id is not None]
        for tok, _ in out:
            del self.pending[tok]
        return out

    def _call(self, count: int) -> None:
        acks = self.ar.acks
        acks[0] = 0
        self.host.call(self.fn, self.jsid, count)
        k = acks[0]
        if k and self.session is not None:
            s = self.session
            for i in range(k):
                s.consume(acks[1 + 2 * i], acks[2 + 2 * i])
            acks[0] = 0

    def _release(self) -> None:
        """The session is over: give the socket's close to JS and drop every JS reference."""
        if self.closed:
            return
        self.closed = True
        self.fn = None
        sess = self.session
        self.session = None
        if sess is not None:
            sess.listener = None
        self.proto = None
        self.pending.clear()
        sock, self.sock = self.sock, None
        if sock is not None and getattr(sock, "sink", None) is not None:
            sock.sink.on_close(False)   # the JS net.Socket emits 'close'; its ref handle closes


class _Records:
    """One batch being written into the arenas: records (`_REC`) and their payload bytes; full
    arenas are handed to JS (`flush`) and reused."""

    __slots__ = ("js", "rec_b", "pay", "rec_max", "pay_max", "n", "off")

    def __init__(self, js: JSSession) -> None:
        ar = js.ar
        self.js = js
        self.rec_b = ar.rec_b
        self.pay = ar.pay
        self.rec_max = ar.rec_max
        self.pay_max = ar.pay_max
        self.n = 0
        self.off = 0

    def flush(self) -> None:
        if self.n:
            self.js._call(self.n)
        self.n = 0
        self.off = 0

    def put(self, t: int, a: int = 0, b: int = 0, c: int = 0, d: int = 0, e: int = 0,
            data: bytes = b"") -> None:
        ln = len(data)
        if self.n >= self.rec_max or self.off + ln > self.pay_max:
            self.flush()
        off = self.off
        _REC.pack_into(self.rec_b, self.n * _REC_BYTES, t, a, b, c, d, e, off, ln)
        if ln:
            self.pay[off:off + ln] = data
            self.off = off + ln
        self.n += 1


class _LateData:
    """Sink left on a detached net Connection: late bytes go to the session, the rest is dropped."""

    __slots__ = ("js",)

    def __init__(self, js: JSSession) -> None:
        self.js: Optional[JSSession] = js

    def on_data(self, data: bytes) -> None:
        js = self.js
        if js is not None and js.session is not None:
            js.session.receive(data)

    def on_end(self) -> None: pass
    def on_drain(self) -> None: pass
    def on_timeout(self) -> None: pass
    def on_error(self, desc: dict) -> None: pass

    def on_close(self, had_error: bool) -> None:
        self.js = None


_FIELDS: dict[tuple[type, Any, Any], bytes] = {}
_FIELDS_MAX = 4096   # peers repeat most fields request after request
_FIELD_CACHEABLE = 256   # bytes of name + value: a peer's unique big values must not pin 4096 x 64 KiB


_JS_BLOCKS: dict[tuple, tuple[tuple, bytes]] = {}
_JS_BLOCKS_MAX = 256
_JS_BLOCK_CACHEABLE = 2048  # bytes of encoded block


def encode_headers(headers: list) -> bytes:
    """name\\0value\\0<0|1>\\0 per field (1 = never indexed), latin-1 bytes for JS.
    Whole lists are remembered too (a client repeats its request headers); the field types
    are part of the check: a never-indexed field equals a plain tuple."""
    try:
        key = tuple(headers)
        hit = _JS_BLOCKS.get(key)
    except TypeError:  # unhashable: never cached
        return _encode_fields(headers)
    types = tuple(map(type, headers))
    if hit is not None and hit[0] == types:
        return hit[1]
    enc = _encode_fields(headers)
    if len(enc) <= _JS_BLOCK_CACHEABLE:
        if len(_JS_BLOCKS) >= _JS_BLOCKS_MAX:
            _JS_BLOCKS.clear()
        _JS_BLOCKS[key] = (types, enc)
    return enc


def _encode_fields(headers: list) -> bytes:
    parts: list[bytes] = []
    cache = _FIELDS
    for h in headers:
        key = (type(h), h[0], h[1])   # the type: a never-indexed field equals a plain tuple
        enc = cache.get(key)
        if enc is None:
            enc = _encode_field(h)
            if len(enc) <= _FIELD_CACHEABLE:
                if len(cache) >= _FIELDS_MAX:
                    cache.clear()
                cache[key] = enc
        parts.append(enc)
    return b"".join(parts)


def _encode_field(h: Any) -> bytes:
    name, value = h[0], h[1]
    if isinstance(name, str):
        name = name.encode("latin-1", "replace")
    if isinstance(value, str):
        value = value.encode("latin-1", "replace")
    flag = b"1" if type(h).__name__ == "NeverIndexedHeaderTuple" else b"0"
    return name + b"\0" + value + b"\0" + flag + b"\0"


@binding("http2")
def make_http2_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    ar_box: list[Arenas] = []
    fn_box: list[Any] = []
    live: set[JSSession] = set()
    tokens = [0]

    def A() -> Arenas:
        return ar_box[0]

    def init(records: Any, payload: Any, args: Any, numbers: Any, acks: Any, on_batch: Any,
             ops: Any = None, out: Any = None) -> None:
        ar_box.clear()
        ar_box.append(Arenas(records, payload, args, numbers, acks, ops, out))
        fn_box.clear()
        fn_box.append(on_batch)

    def start(sock: Any, settings: Any) -> Any:
        """args: [jsid, type(0 server/1 client)]; numbers: engine options (-1 = default)."""
        ar = A()
        jsid, kind = int(ar.args[0]), int(ar.args[1])
        opts: dict[str, Any] = {}
        for i, name in enumerate(OPTION_NAMES):
            v = ar.num[i]
            if v >= 0:
                opts[name] = int(v)
        opts["settings"] = settings_from_pairs(bytes(settings)) if settings is not None else {}
        options = SessionOptions.from_mapping(opts)
        session = Session(server=kind == 0, options=options)
        js = JSSession(host, ar, fn_box[0], jsid, session)
        session.listener = js
        session.user = js
        live.add(js)
        conn = sock.conn
        js.sock = sock
        detached = conn.detach()
        # A chunk being delivered while JS took the socket (TLS: the data that completed the
        # handshake) still reaches the old Connection's sink: hand it to the session.
        conn.sink = _LateData(js)
        proto = H2Protocol(session, on_lost=lambda p: _lost(js))
        js.proto = proto
        detached.transport.set_protocol(proto)
        proto.connection_made(detached.transport)
        detached.transport.resume_reading()
        return js

    def _lost(js: JSSession) -> None:
        live.discard(js)
        if not js.closed:
            js._release()

    def receive(js: JSSession, data: Any) -> None:
        if js.session is not None:
            js.session.receive(bytes(data))

    def _stream(js: JSSession) -> Optional[Stream]:
        s = js.session
        if s is None:
            return None
        return s.streams.get(int(A().args[0]))

    def _err(exc: Exception) -> int:
        return -510 if isinstance(exc, SessionCommandError) else -1

    def request(js: JSSession, block: Any) -> int:
        """args: [streamOptions, parent, weight, exclusive]. >0 id, 0 pending (token in args[0])."""
        s = js.session
        if s is None:
            return -510
        ar = A()
        opts = int(ar.args[0])
        headers, sensitive = parse_header_block(bytes(block))
        try:
            st = s.request(headers, sensitive, end_stream=bool(opts & STREAM_OPTION_EMPTY_PAYLOAD),
                           wait_for_trailers=bool(opts & STREAM_OPTION_GET_TRAILERS))
        except SessionCommandError as e:
            # After a received GOAWAY nghttp2 accepts the request and refuses it when sending.
            return REFUSED_AFTER_GOAWAY if e.code == "ERR_HTTP2_GOAWAY_SESSION" else -509
        if st.id is not None:
            return st.id
        tokens[0] += 1
        js.pending[tokens[0]] = st
        ar.args[0] = tokens[0]
        return 0

    def respond(js: JSSession, block: Any) -> int:
        """args: [stream, streamOptions]."""
        st = _stream(js)
        if st is None:
            return -510
        return _respond(js, st, bytes(block), int(A().args[1]))

    def _respond(js: JSSession, st: Stream, block: bytes, opts: int) -> int:
        headers, sensitive, size = parse_header_block_sized(block)
        try:
            js.session.respond(st, headers, sensitive,  # type: ignore[union-attr]
                               bool(opts & STREAM_OPTION_EMPTY_PAYLOAD),
                               bool(opts & STREAM_OPTION_GET_TRAILERS), size)
        except SessionCommandError as exc:
            return _err(exc)
        return 0

    def _send_block(js: JSSession, block: Any, command: str) -> int:
        """A header-block command on args[0]'s stream: 0, or a negative error for JS."""
        st = _stream(js)
        if st is None:
            return -510
        headers, sensitive = parse_header_block(bytes(block))
        try:
            getattr(js.session, command)(st, headers, sensitive)
        except SessionCommandError as exc:
            return _err(exc)
        return 0

    def info(js: JSSession, block: Any) -> int:
        return _send_block(js, block, "info")

    def trailers(js: JSSession, block: Any) -> int:
        # empty trailers: the engine ends with an empty DATA + END_STREAM, as Node does
        return _send_block(js, block, "send_trailers")

    def push_promise(js: JSSession, block: Any) -> int:
        """args: [parent stream, streamOptions] -> promised stream id or a negative error."""
        st = _stream(js)
        if st is None:
            return -510
        opts = int(A().args[1])
        headers, sensitive = parse_header_block(bytes(block))
        try:
            pushed = js.session.push(st, headers, sensitive)  # type: ignore[union-attr]
        except SessionCommandError as exc:
            return _err(exc)
        if opts & STREAM_OPTION_EMPTY_PAYLOAD:
            pushed.end_requested = True
        return pushed.id or -1

    def write(js: JSSession, data: Any) -> int:
        """args: [stream]. 1: go on; 0: above the mark, EV_WRITE_DONE follows; <0: error."""
        st = _stream(js)
        if st is None or js.session is None:
            return -510
        return _write(js, st, bytes(data))

    def _write(js: JSSession, st: Stream, data: bytes, end: bool = False) -> int:
        ok = js.session.write(st, data, end)  # type: ignore[union-attr]
        if ok:
            return 1
        if st.closed or st.end_requested and not st.out:
            return -510
        js.drain_wanted.add(st.id)  # type: ignore[arg-type]
        return 0

    def shutdown(js: JSSession, _unused: Any = None) -> int:
        st = _stream(js)
        if st is None or js.session is None:
            return 0
        js.session.write(st, b"", True)
        return 0

    def submit(js: JSSession, _unused: Any = None) -> None:
        """args[0] ops queued by handle.js (respond / write / end / trailers, in call order),
        each [op, stream, option, offset, length] with its bytes in `out`; each op's result goes
        back into its slot 4 (respond, trailers: 0 or an error; write: as write())."""
        ar = A()
        ops, ops_b, out, s = ar.ops, ar.ops_b, ar.out, js.session
        assert ops is not None and ops_b is not None and out is not None
        streams = s.streams if s is not None else {}
        count = int(ar.args[0])
        unpack = _OP.unpack_from
        i = -1
        while i + 1 < count:
            i += 1
            b = i * 5
            op, sid, opt, off, ln = unpack(ops_b, b * 4)  # one call, not five item reads
            st = streams.get(sid)
            if st is None or js.session is None:
                ops[b + 4] = -510
                continue
            if op == OP_WRITE:
                data = bytes(out[off:off + ln])
                if i + 1 < count and ops[b + 5] == OP_END and ops[b + 6] == sid:
                    # write + end of one stream (a hello's end(data)): one engine call, same
                    # results as the two (the end's is always 0)
                    ops[b + 4] = _write(js, st, data, True)
                    ops[b + 9] = 0
                    i += 1
                else:
                    ops[b + 4] = _write(js, st, data)
            elif op == OP_RESPOND:
                ops[b + 4] = _respond(js, st, bytes(out[off:off + ln]), opt)
            elif op == OP_TRAILERS:
                headers, sensitive = parse_header_block(bytes(out[off:off + ln]))
                try:
                    js.session.send_trailers(st, headers, sensitive)
                    ops[b + 4] = 0
                except SessionCommandError as exc:
                    ops[b + 4] = _err(exc)
            else:  # OP_END
                js.session.write(st, b"", True)
                ops[b + 4] = 0
        proto = js.proto
        if proto is not None and proto._flush_scheduled:
            # Node sends in a native immediate, before the JS ones: core.js's callStreamClose
            # (an immediate) then sees our END_STREAM sent and the stream closed, no crossing
            host.before_immediates(js.early_flush)

    def rst_stream(js: JSSession, _unused: Any = None) -> None:
        """args: [stream, code]."""
        st = _stream(js)
        if st is not None and js.session is not None:
            js.session.reset(st, int(A().args[1]))

    def consume_data(js: JSSession, _unused: Any = None) -> None:
        """args: [stream, nbytes]: JS delivered bytes it had held back."""
        if js.session is not None:
            ar = A()
            js.session.consume(int(ar.args[0]), int(ar.args[1]))

    def priority(js: JSSession, _unused: Any = None) -> None:
        """args: [stream, parent, weight, flags (1 exclusive, 2 silent)]: a PRIORITY frame, as
        nghttp2 (silent only changes nghttp2's own tree, which RFC 9113 nghttp2 no longer keeps)."""
        s = js.session
        ar = A()
        sid, flags = int(ar.args[0]), int(ar.args[3])
        if s is None or s.destroyed or flags & 2 or sid not in s.streams:
            return
        s.priority(sid, int(ar.args[1]), int(ar.args[2]), bool(flags & 1))

    def settings(js: JSSession, packed: Any) -> int:
        if js.session is None:
            return 0
        try:
            js.session.settings(settings_from_pairs(bytes(packed)))
        except (SessionCommandError, SettingsError):
            return -1
        return 1

    def ping(js: JSSession, payload: Any) -> int:
        if js.session is None:
            return 0
        try:
            data = bytes(payload)
            ok = js.session.ping(data if data else None)
        except SessionCommandError:
            return 0
        return 1 if ok else 0

    def goaway(js: JSSession, opaque: Any) -> None:
        if js.session is None:
            return
        ar = A()
        try:
            js.session.goaway(int(ar.args[0]), int(ar.args[1]), bytes(opaque))
        except SessionCommandError:
            pass

    def altsvc(js: JSSession, data: Any) -> None:
        """args: [stream, originLength]; data: origin + value (latin-1)."""
        if js.session is None:
            return
        ar = A()
        raw = bytes(data).decode("latin-1")
        k = int(ar.args[1])
        stream_id = int(ar.args[0])
        origin, value = raw[:k], raw[k:]
        try:
            js.session.altsvc(value, stream_id if stream_id else origin)
        except (SessionCommandError, H2Error):
            pass   # session closing, or a stream h2 no longer knows: nothing to advertise on

    def origin(js: JSSession, data: Any) -> None:
        if js.session is None:
            return
        items = [o for o in bytes(data).decode("latin-1").split("\0") if o]
        try:
            js.session.origin(items)
        except SessionCommandError:
            pass   # the session is closing: Node drops the frame too

    def set_local_window_size(js: JSSession, _unused: Any = None) -> int:
        if js.session is not None:
            js.session.set_local_window_size(int(A().args[0]))
        return 0

    def set_next_stream_id(js: JSSession, _unused: Any = None) -> int:
        if js.session is None:
            return 0
        try:  # nghttp2's rules: an unusable id is ignored (Node ignores the failure too)
            js.session.set_next_stream_id(int(A().args[0]))
        except SessionCommandError:
            pass
        return 0

    def _put_settings(d: dict) -> None:
        num = A().num
        num[0] = float(d.get("headerTableSize", 4096))
        num[1] = 1.0 if d.get("enablePush", True) else 0.0
        num[2] = float(d.get("initialWindowSize", 65535))
        num[3] = float(d.get("maxFrameSize", 16384))
        num[4] = float(d.get("maxConcurrentStreams", 4294967295))
        num[5] = float(d.get("maxHeaderListSize", 65535))
        num[6] = 1.0 if d.get("enableConnectProtocol", False) else 0.0

    def local_settings(js: JSSession, _unused: Any = None) -> None:
        if js.session is not None:
            _put_settings(js.session.local_settings)

    def remote_settings(js: JSSession, _unused: Any = None) -> None:
        if js.session is not None:
            _put_settings(js.session.remote_settings)

    def session_state(js: JSSession, _unused: Any = None) -> None:
        if js.session is None:
            return
        d = js.session.state()
        num = A().num
        for i, k in enumerate(["effectiveLocalWindowSize", "effectiveRecvDataLength", "nextStreamID",
                               "localWindowSize", "lastProcStreamID", "remoteWindowSize",
                               "outboundQueueSize", "deflateDynamicTableSize",
                               "inflateDynamicTableSize"]):
            num[i] = float(d.get(k, 0))

    def stream_state(js: JSSession, _unused: Any = None) -> None:
        st = _stream(js)
        if st is None or js.session is None:
            return
        d = js.session.stream_state(st)
        num = A().num
        for i, k in enumerate(["state", "weight", "sumDependencyWeight", "localClose", "remoteClose",
                               "localWindowSize"]):
            num[i] = float(d.get(k, 0))

    def has_pending_data(js: JSSession, _unused: Any = None) -> bool:
        s = js.session
        return bool(s is not None and (s.conn._data_to_send or s._ready))

    def set_graceful_close(js: JSSession, _unused: Any = None) -> None:
        pass  # the engine's close() already lets open streams finish

    def close(js: JSSession, _unused: Any = None) -> None:
        if js.session is not None:
            js.session.close()

    def destroy(js: JSSession, _unused: Any = None) -> None:
        """args: [code, socketDestroyed]: GOAWAY if possible, then the transport closes."""
        s = js.session
        if s is None:
            return
        ar = A()
        code = int(ar.args[0])
        if s.destroyed:
            if js.proto is not None and js.proto.transport is not None:
                js.proto.abort() if int(ar.args[1]) else js.proto.close_after_flush()
            return
        s.destroy(code)

    def set_timeout(js: JSSession, _unused: Any = None) -> None:
        if js.session is not None:
            js.session.set_timeout(int(A().args[0]))

    def wire_totals(x: Any, _unused: Any = None) -> Any:
        """perf_hooks: count frames sent from now on and put bytesRead, bytesWritten, framesReceived,
        framesSent in numbers[0..3]. x: a JSSession or the Session this returned (JS asks again
        with it once the JSSession has let the Session go)."""
        s = x.session if isinstance(x, JSSession) else x
        if not isinstance(s, Session):
            return None
        s.count_frames_sent = True
        t = s.wire_totals()
        num = A().num
        for i, k in enumerate(("bytesRead", "bytesWritten", "framesReceived", "framesSent")):
            num[i] = float(t[k])
        return s

    def teardown() -> None:
        for js in list(live):
            if js.proto is not None:
                js.proto.abort()
        live.clear()

    host.on_teardown(teardown)

    return {
        "init": init, "start": start, "receive": receive, "request": request, "respond": respond,
        "info": info, "trailers": trailers, "pushPromise": push_promise, "write": write,
        "shutdown": shutdown, "submit": submit, "rstStream": rst_stream, "consumeData": consume_data,
        "priority": priority, "settings": settings, "ping": ping, "goaway": goaway,
        "altsvc": altsvc, "origin": origin, "setLocalWindowSize": set_local_window_size,
        "setNextStreamID": set_next_stream_id, "localSettings": local_settings,
        "remoteSettings": remote_settings, "sessionState": session_state,
        "streamState": stream_state, "hasPendingData": has_pending_data,
        "setGracefulClose": set_graceful_close, "close": close, "destroy": destroy,
        "setTimeout": set_timeout, "wireTotals": wire_totals,
    }
