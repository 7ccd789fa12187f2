"""Session control frames (a mixin of `session.Session`): PING, SETTINGS, GOAWAY, ALTSVC, ORIGIN
and the connection window (Node's ping/settings/goaway/altsvc/origin/setLocalWindowSize)."""
from __future__ import annotations

import time
from typing import Any, Callable, Iterable, Optional, Union

from . import events as ev
from . import settings as st
from .codes import CANCEL, SessionCommandError
from .frames import goaway_frame, origin_frame
from .stream import Stream


class ControlFrames:
    conn: Any  # conn.EngineConnection
    options: Any  # options.SessionOptions
    server: bool
    streams: dict[int, Stream]
    _pings: dict[bytes, tuple[float, Optional[Callable]]]
    _ping_seq: int
    _settings_cbs: list[Optional[Callable]]
    _sent_settings: list[dict[int, int]]
    pending_settings_ack: bool
    _max_inbound: int
    goaway_sent: Optional[int]
    last_proc_stream_id: int
    _check_open: Any
    _emit: Any
    _fail: Any
    _raw: Any
    _want_flush: Any

    def _append_custom_settings(self, custom: dict[int, int], start: int) -> None:
        """h2 refuses unknown ids: extend the SETTINGS frame h2 just queued (the last frame in
        the output buffer) with them, so each settings change stays one frame and one ACK."""
        buf = self.conn._data_to_send
        payload = b"".join(k.to_bytes(2, "big") + v.to_bytes(4, "big") for k, v in custom.items())
        length = int.from_bytes(buf[start:start + 3], "big")
        assert buf[start + 3] == 0x4 and start + 9 + length == len(buf), "SETTINGS not last"
        buf[start:start + 3] = (length + len(payload)).to_bytes(3, "big")
        buf += payload

    def _stream_altsvc(self, frame: Any) -> None:
        """ALTSVC on a stream (RFC 7838 4), as nghttp2: client only, the stream must be known,
        origin empty; Node's 'altsvc' gets (value, '', stream id)."""
        s = self.streams.get(frame.stream_id)
        if self.server or s is None or frame.origin or not frame.field:
            return
        self._emit(ev.AltSvc("", frame.stream_id, frame.field.decode("latin-1")))

    def ping(self, payload: Optional[bytes] = None,
             callback: Optional[Callable[[Optional[str], float, bytes], None]] = None) -> bool:
        self._check_open()
        if payload is None:
            self._ping_seq += 1
            payload = self._ping_seq.to_bytes(8, "big")
        if len(payload) != 8:
            raise SessionCommandError("ERR_HTTP2_PING_LENGTH", "HTTP2 ping payload must be 8 bytes")
        if len(self._pings) >= self.options.maxOutstandingPings:
            if callback is not None:
                callback("ERR_HTTP2_PING_CANCEL", 0.0, payload)
            return False
        self._pings[bytes(payload)] = (time.monotonic(), callback)
        self.conn.ping(bytes(payload))
        self._want_flush()
        return True

    def settings(self, new: dict, callback: Optional[Callable[[Optional[str], dict], None]] = None
                 ) -> None:
        """Node's session.settings(): validated, ACK tracked, max outstanding enforced."""
        self._check_open()
        wire = st.validate(new)
        if len(self._settings_cbs) + (1 if self.pending_settings_ack and not self._settings_cbs else 0) \
                >= self.options.maxOutstandingSettings:
            self._fail(CANCEL, "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK",
                       "Maximum number of pending settings acknowledgements")
            return
        if self.server and wire.get(2):
            wire.pop(2)
        known = {k: v for k, v in wire.items() if k in st.ID_TO_NAME}
        custom = {k: v for k, v in wire.items() if k not in st.ID_TO_NAME}
        if 3 in known:
            self._max_inbound = known[3]
        if not self._settings_cbs and self.pending_settings_ack:
            self._settings_cbs.append(None)  # the initial SETTINGS is still un-ACKed
        start = len(self.conn._data_to_send)
        self.conn.update_settings(known)  # exactly one SETTINGS frame, even when `known` is empty
        self._sent_settings.append(known)
        if custom:  # h2 would refuse unknown ids: merge them into the frame h2 just queued
            self._append_custom_settings(custom, start)
        self._settings_cbs.append(callback)
        self.pending_settings_ack = True
        self._want_flush()

    def goaway(self, code: int = 0, last_stream_id: Optional[int] = None, opaque: bytes = b"") -> None:
        self._check_open()
        last = self.last_proc_stream_id if last_stream_id is None else last_stream_id
        self.goaway_sent = last
        self._raw(goaway_frame(code, last, opaque))
        self._want_flush()

    def altsvc(self, value: str, origin_or_stream: Union[str, int]) -> None:
        self._check_open()
        if isinstance(origin_or_stream, int):
            self.conn.advertise_alternative_service(value.encode("latin-1"), stream_id=origin_or_stream)
        else:
            self.conn.advertise_alternative_service(value.encode("latin-1"),
                                                    origin=origin_or_stream.encode("latin-1"))
        self._want_flush()

    def origin(self, origins: Iterable[str]) -> None:
        self._check_open()
        self._raw(origin_frame(origins))
        self._want_flush()

    def set_local_window_size(self, size: int) -> None:
        """Node's setLocalWindowSize: grow (or shrink the advertised) connection window."""
        self._check_open()
        cur = self.conn.inbound_flow_control_window
        if size > cur:
            self.conn.increment_flow_control_window(size - cur)
        self._want_flush()
