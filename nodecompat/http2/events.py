"""Events a Session hands to its listener, one list per batch (see docs/engine.md)."""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Optional

_pack7 = struct.Struct("<7d").pack

Headers = list[tuple[bytes, bytes]]


@dataclass(slots=True)
class Event:
    pass


@dataclass(slots=True)
class Connected(Event):
    """Preface and SETTINGS exchanged far enough to use the session (Node's 'connect')."""


@dataclass(slots=True)
class StreamOpened(Event):
    """A peer-initiated request stream (server) — Node's 'stream'."""
    stream_id: int
    headers: Headers
    end_stream: bool


@dataclass(slots=True)
class HeadersReceived(Event):
    """Headers on a known stream. kind: 'response' | 'info' | 'trailers' | 'push-response'."""
    stream_id: int
    headers: Headers
    kind: str
    end_stream: bool


@dataclass(slots=True)
class PushPromise(Event):
    """Client side: the peer promised `promised_id` on `parent_id` (Node's 'push'/'stream')."""
    parent_id: int
    promised_id: int
    headers: Headers


@dataclass(slots=True)
class Data(Event):
    """Body bytes. Call session.consume(stream_id, flow_length) once the app has taken them."""
    stream_id: int
    data: bytes
    flow_length: int


@dataclass(slots=True)
class StreamEnded(Event):
    """The peer ended its side (END_STREAM)."""
    stream_id: int


@dataclass(slots=True)
class StreamReset(Event):
    """RST_STREAM; remote=False when this side reset it (also for engine-made resets)."""
    stream_id: int
    code: int
    remote: bool


@dataclass(slots=True)
class StreamClosed(Event):
    """Both sides done (or reset): the stream object is gone from the session."""
    stream_id: int
    code: int


@dataclass(slots=True)
class WantTrailers(Event):
    """Local data is all sent on a stream opened with wait_for_trailers: call send_trailers()."""
    stream_id: int


@dataclass(slots=True)
class Drain(Event):
    """The stream's outbound queue went below the low watermark (Node's 'drain')."""
    stream_id: int


@dataclass(slots=True)
class FrameError(Event):
    """A frame could not be sent (Node's 'frameError'): type, code, stream_id."""
    frame_type: int
    code: int
    stream_id: int


@dataclass(slots=True)
class PingAck(Event):
    payload: bytes
    rtt_ms: float


@dataclass(slots=True)
class PingReceived(Event):
    payload: bytes


@dataclass(slots=True)
class RemoteSettings(Event):
    """Peer SETTINGS (Node's 'remoteSettings'); settings is the full Node-style object."""
    settings: dict

    def packed(self) -> bytes:
        """7 little-endian doubles in the binding's settings order (handle.js numbers[0..6]):
        JS shows each frame's own values even when several frames came in one read."""
        d = self.settings
        return _pack7(d.get("headerTableSize", 4096), 1.0 if d.get("enablePush", True) else 0.0,
                      d.get("initialWindowSize", 65535), d.get("maxFrameSize", 16384),
                      d.get("maxConcurrentStreams", 4294967295), d.get("maxHeaderListSize", 65535),
                      1.0 if d.get("enableConnectProtocol", False) else 0.0)


@dataclass(slots=True)
class LocalSettings(Event):
    """Our SETTINGS were ACKed (Node's 'localSettings')."""
    settings: dict


@dataclass(slots=True)
class GoAway(Event):
    code: int
    last_stream_id: int
    opaque: bytes


@dataclass(slots=True)
class AltSvc(Event):
    origin: str
    stream_id: int
    value: str


@dataclass(slots=True)
class Priority(Event):
    """A PRIORITY frame was received (not a HEADERS frame's priority block): Node's 'priority'."""
    stream_id: int
    parent: int
    weight: int
    exclusive: bool


@dataclass(slots=True)
class Origin(Event):
    origins: list[str]


@dataclass(slots=True)
class UnknownFrame(Event):
    frame_type: int
    stream_id: int
    flags: int
    payload: bytes


@dataclass(slots=True)
class SessionError(Event):
    """Node error code + message (e.g. ERR_HTTP2_SESSION_ERROR); the session is being destroyed."""
    code: str
    message: str
    h2_code: int = 0


@dataclass(slots=True)
class Timeout(Event):
    """Idle timeout on the session (stream_id 0) or a stream."""
    stream_id: int = 0


@dataclass(slots=True)
class SessionClosed(Event):
    """Transport gone; last event of a session."""
    error: Optional[str] = None


@dataclass(slots=True)
class Batch:
    events: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class StreamStarted(Event):
    """A client request that was queued (id None) got its stream id and its HEADERS were sent."""
    stream_id: int
