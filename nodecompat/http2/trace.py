"""`--trace-http2` / `NODECOMPAT_TRACE_HTTP2=1`: print every HTTP/2 frame sent and received, in
`nghttpd -v`'s format, to stderr.

The engine keeps one `Tracer` per connection only while tracing is on (`session.trace`, set by
`H2Protocol.connection_made`; `None` otherwise, so the cost when off is one `is not None` check
per read and per write: `Session.receive` calls `recv`, `H2Protocol._flush` calls `sent`).
Each direction has its own frame parser (hyperframe) and its own `hpack.Decoder`, fed the same
header blocks in the same order as the peer's decoder, so the dynamic table stays in sync and
every header block decodes.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from typing import Any, Optional, TextIO

from hpack import Decoder
from hyperframe.frame import (AltSvcFrame, ContinuationFrame, DataFrame, ExtensionFrame, Frame,
                              GoAwayFrame, HeadersFrame, PingFrame, PriorityFrame, PushPromiseFrame,
                              RstStreamFrame, SettingsFrame, WindowUpdateFrame)

from .frames import parse_origin

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"

FRAME_NAMES = {0x0: "DATA", 0x1: "HEADERS", 0x2: "PRIORITY", 0x3: "RST_STREAM", 0x4: "SETTINGS",
               0x5: "PUSH_PROMISE", 0x6: "PING", 0x7: "GOAWAY", 0x8: "WINDOW_UPDATE",
               0x9: "CONTINUATION", 0xA: "ALTSVC", 0xC: "ORIGIN"}
SETTING_NAMES = {0x1: "SETTINGS_HEADER_TABLE_SIZE", 0x2: "SETTINGS_ENABLE_PUSH",
                 0x3: "SETTINGS_MAX_CONCURRENT_STREAMS", 0x4: "SETTINGS_INITIAL_WINDOW_SIZE",
                 0x5: "SETTINGS_MAX_FRAME_SIZE", 0x6: "SETTINGS_MAX_HEADER_LIST_SIZE",
                 0x8: "SETTINGS_ENABLE_CONNECT_PROTOCOL"}
ERROR_NAMES = ["NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR", "FLOW_CONTROL_ERROR",
               "SETTINGS_TIMEOUT", "STREAM_CLOSED", "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL",
               "COMPRESSION_ERROR", "CONNECT_ERROR", "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY",
               "HTTP_1_1_REQUIRED"]

_state: dict = {"on": os.environ.get("NODECOMPAT_TRACE_HTTP2", "") not in ("", "0"),
                "out": None, "t0": time.monotonic()}
_ids = itertools.count(1)


def enable_trace(out: Optional[TextIO] = None) -> None:
    """Trace every HTTP/2 connection opened from now on (to `out`, default sys.stderr)."""
    _state["on"] = True
    _state["out"] = out
    _state["t0"] = time.monotonic()


def disable_trace() -> None:
    _state["on"] = False


def trace_enabled() -> bool:
    return bool(_state["on"])


def new_tracer(server: bool, transport: Any = None) -> "Optional[Tracer]":
    """The engine's hook: a Tracer for a new connection, or None (the common case) when off."""
    if not _state["on"]:
        return None
    return Tracer(server, _state["out"], _describe(transport))


def _describe(transport: Any) -> str:
    """' 127.0.0.1:443 <-> 127.0.0.1:50000 (TLS, ALPN h2)': local and peer address."""
    if transport is None:
        return ""
    try:
        local, peer = transport.get_extra_info("sockname"), transport.get_extra_info("peername")
        ssl_obj = transport.get_extra_info("ssl_object")
        text = ""
        if isinstance(local, tuple) and isinstance(peer, tuple):
            text = f" {local[0]}:{local[1]} <-> {peer[0]}:{peer[1]}"
        if ssl_obj is not None:
            text += f" (TLS, ALPN {ssl_obj.selected_alpn_protocol()})"
        return text
    except Exception:  # noqa: BLE001 - a description is never worth failing a connection
        return ""


def _error_name(code: int) -> str:
    name = ERROR_NAMES[code] if 0 <= code < len(ERROR_NAMES) else "UNKNOWN"
    return f"{name}(0x{code:02x})"


def _text(b: bytes) -> str:
    return b.decode("utf-8", "backslashreplace")


class _Direction:
    """One byte stream (sent or received) of one connection: frames out of it, headers decoded."""

    def __init__(self, verb: str, expect_preface: bool) -> None:
        self.verb = verb
        self.buf = bytearray()
        self.want_preface = expect_preface
        self.decoder = Decoder(max_header_list_size=2**31)
        self.decoder.max_allowed_table_size = 2**32  # whatever the peer agreed to: just follow it
        self.block = bytearray()  # header block being assembled across CONTINUATION frames
        self.broken = False

    def feed(self, data: bytes) -> list[Frame | str]:
        """Complete frames in `data` (plus what was buffered), each parsed; strings are notes."""
        if self.broken:
            return []
        self.buf += data
        out: list[Frame | str] = []
        if self.want_preface:
            if len(self.buf) < len(PREFACE) and PREFACE.startswith(bytes(self.buf)):
                return out
            self.want_preface = False
            if self.buf.startswith(PREFACE):
                del self.buf[:len(PREFACE)]
                out.append("client connection preface")
        while len(self.buf) >= 9:
            try:
                frame, length = Frame.parse_frame_header(memoryview(self.buf)[:9])
            except Exception as exc:  # noqa: BLE001 - a bad header ends tracing of this direction
                self.broken = True
                out.append(f"unparsable frame header ({exc}); no further frames traced")
                break
            if len(self.buf) < 9 + length:
                break
            flag_byte = self.buf[4]
            body = bytes(self.buf[9:9 + length])
            del self.buf[:9 + length]
            try:
                frame.parse_body(memoryview(body))
            except Exception as exc:  # noqa: BLE001 - shown, not fatal: the engine decides
                out.append(f"{FRAME_NAMES.get(frame.type or 0, 'UNKNOWN')} frame <length={length},"
                           f" stream_id={frame.stream_id}> unparsable body: {exc}")
                continue
            frame.trace_length = length  # type: ignore[attr-defined]
            frame.trace_flags = flag_byte  # type: ignore[attr-defined]  # unknown bits too
            out.append(frame)
        return out

    def headers_of(self, frame: Frame) -> Optional[list[tuple[bytes, bytes]]]:
        """The decoded header list once a block is complete (END_HEADERS), else None."""
        if isinstance(frame, (HeadersFrame, PushPromiseFrame)):
            self.block = bytearray(frame.data)
        elif isinstance(frame, ContinuationFrame):
            self.block += frame.data
        if "END_HEADERS" not in frame.flags:
            return None
        block, self.block = bytes(self.block), bytearray()
        return self.decoder.decode(block, raw=True)


class Tracer:
    """Frames of one connection, both directions, printed as they cross the transport."""

    def __init__(self, server: bool, out: Optional[TextIO] = None, where: str = "") -> None:
        self.id = next(_ids)
        self.server = server
        self.out = out
        self.rx = _Direction("recv", expect_preface=server)
        self.tx = _Direction("send", expect_preface=not server)
        self._emit([f"{'server' if server else 'client'} connection{where}"])

    # -- the engine's hooks
    def recv(self, data: bytes) -> None:
        self._run(self.rx, data)

    def sent(self, data: bytes) -> None:
        self._run(self.tx, data)

    # -- formatting
    def _run(self, d: _Direction, data: bytes) -> None:
        try:
            for item in d.feed(bytes(data)):
                self._emit([f"{d.verb} {item}"] if isinstance(item, str) else self._frame_lines(d, item))
        except Exception as exc:  # noqa: BLE001 - tracing must never break the connection
            d.broken = True
            self._emit([f"{d.verb} trace failed ({type(exc).__name__}: {exc}); no further frames"])

    def _frame_lines(self, d: _Direction, f: Frame) -> list[str]:
        ftype = f.type if f.type is not None else -1
        name = FRAME_NAMES.get(ftype, f"UNKNOWN(0x{ftype:02x})")
        head = (f"{d.verb} {name} frame <length={f.trace_length}, "  # type: ignore[attr-defined]
                f"flags=0x{f.trace_flags:02x}, stream_id={f.stream_id}>")  # type: ignore[attr-defined]
        lines = [head]
        if f.flags:
            lines.append("; " + " | ".join(sorted(f.flags, key=_FLAG_ORDER.index)))
        lines += self._fields(d, f)
        return lines

    def _fields(self, d: _Direction, f: Frame) -> list[str]:
        if isinstance(f, DataFrame):
            return [] if not f.pad_length else [f"(padlen={f.pad_length})"]
        if isinstance(f, (HeadersFrame, ContinuationFrame)):
            out: list[str] = []
            if isinstance(f, HeadersFrame):
                extra = (f", dep_stream_id={f.depends_on}, weight={f.stream_weight + 1}, "
                         f"exclusive={int(f.exclusive)}") if "PRIORITY" in f.flags else ""
                out.append(f"(padlen={f.pad_length}{extra})")
            return out + self._header_lines(d, f)
        if isinstance(f, PushPromiseFrame):
            return [f"(padlen={f.pad_length}, promised_stream_id={f.promised_stream_id})"] + \
                self._header_lines(d, f)
        if isinstance(f, PriorityFrame):
            return [f"(dep_stream_id={f.depends_on}, weight={f.stream_weight + 1}, "
                    f"exclusive={int(f.exclusive)})"]
        if isinstance(f, RstStreamFrame):
            return [f"(error_code={_error_name(f.error_code)})"]
        if isinstance(f, SettingsFrame):
            out = [f"(niv={len(f.settings)})"]
            for k, v in f.settings.items():
                out.append(f"[{SETTING_NAMES.get(k, 'UNKNOWN')}(0x{k:02x}):{v}]")
            return out
        if isinstance(f, PingFrame):
            return [f"(opaque_data={bytes(f.opaque_data).hex()})"]
        if isinstance(f, GoAwayFrame):
            return [f"(last_stream_id={f.last_stream_id}, error_code={_error_name(f.error_code)}, "
                    f"opaque_data({len(f.additional_data)})=[{_text(f.additional_data)}])"]
        if isinstance(f, WindowUpdateFrame):
            return [f"(window_size_increment={f.window_increment})"]
        if isinstance(f, ExtensionFrame) and f.type == 0xC:  # ORIGIN (RFC 8336)
            return [f"(origins=[{', '.join(parse_origin(bytes(f.body)))}])"]
        if isinstance(f, ExtensionFrame):
            return [f"(payload={bytes(f.body)[:64].hex()}{'…' if len(f.body) > 64 else ''})"]
        if isinstance(f, AltSvcFrame):
            return [f"(origin={_text(f.origin)}, field_value={_text(f.field)})"]
        return []

    def _header_lines(self, d: _Direction, f: Frame) -> list[str]:
        try:
            headers = d.headers_of(f)
        except Exception as exc:  # noqa: BLE001 - the engine reports the real error
            return [f"; header block not decodable: {type(exc).__name__}: {exc}"]
        if headers is None:
            return []
        return [f"{_text(n)}: {_text(v)}" for n, v in headers]

    def _emit(self, lines: list[str]) -> None:
        t = time.monotonic() - _state["t0"]
        prefix = f"[id={self.id}] [{int(t):3d}.{int(t * 1000) % 1000:03d}] "
        text = prefix + lines[0] + "\n" + "".join(" " * len(prefix) + x + "\n"
                                                    for x in lines[1:])
        out = self.out if self.out is not None else sys.stderr
        out.write(text)
        out.flush()


_FLAG_ORDER = ["ACK", "END_STREAM", "END_HEADERS", "PADDED", "PRIORITY"]  # nghttp's order

