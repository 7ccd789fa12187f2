"""Session options with Node's names and defaults (createServer / connect options)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping, Optional

# http2.constants.PADDING_STRATEGY_*: in Node v20 CALLBACK is an alias of ALIGNED (both 1)
PADDING_NONE, PADDING_ALIGNED, PADDING_MAX = 0, 1, 2
PADDING_CALLBACK = PADDING_ALIGNED


@dataclass(slots=True)
class SessionOptions:
    maxDeflateDynamicTableSize: int = 4096
    maxSessionMemory: int = 10  # MiB
    maxHeaderListPairs: int = 128
    maxOutstandingPings: int = 10
    maxOutstandingSettings: int = 10
    maxSettings: int = 32
    maxSessionInvalidFrames: int = 1000
    maxSessionRejectedStreams: int = 100
    peerMaxConcurrentStreams: int = 100
    maxSendHeaderBlockLength: int = 65536 * 4
    maxReservedRemoteStreams: int = 200
    paddingStrategy: int = PADDING_NONE
    streamResetBurst: int = 1000
    streamResetRate: int = 33
    unknownProtocolTimeout: int = 10000  # ms
    maxQueuedControlAcks: int = 1000  # nghttp2's outbound ACK cap
    settings: dict = field(default_factory=dict)
    remoteCustomSettings: list = field(default_factory=list)
    # write-buffer watermarks of the transport (bytes)
    writeHighWater: int = 256 * 1024
    writeLowWater: int = 64 * 1024
    timeout: int = 0  # ms, 0 = none

    @classmethod
    def from_mapping(cls, opts: Optional[Mapping[str, Any]]) -> "SessionOptions":
        """Take Node's camelCase or Python's snake_case names; ignore others."""
        out = cls()
        if not opts:
            return out
        names = {f.name for f in fields(cls)}
        for key, value in opts.items():
            name = key if key in names else _camel(key)
            if name in names and value is not None:
                setattr(out, name, value)
        out.maxHeaderListPairs = max(4, int(out.maxHeaderListPairs))
        out.maxOutstandingSettings = max(1, int(out.maxOutstandingSettings))
        out.maxSessionMemory = max(1, out.maxSessionMemory)
        return out


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)
