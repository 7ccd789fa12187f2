"""HTTP/2 settings with Node's names, defaults, ranges and packed form (no I/O)."""
from __future__ import annotations

import struct
from typing import Mapping, Union

SettingValue = Union[int, bool]

# Node name -> (RFC 9113 id, min, max, is_bool)
SETTINGS: dict[str, tuple[int, int, int, bool]] = {
    "headerTableSize": (0x1, 0, 2**32 - 1, False),
    "enablePush": (0x2, 0, 1, True),
    "maxConcurrentStreams": (0x3, 0, 2**32 - 1, False),
    "initialWindowSize": (0x4, 0, 2**31 - 1, False),
    "maxFrameSize": (0x5, 16384, 2**24 - 1, False),
    "maxHeaderListSize": (0x6, 0, 2**32 - 1, False),
    "enableConnectProtocol": (0x8, 0, 1, True),
}
ALIASES = {"maxHeaderSize": "maxHeaderListSize"}
ID_TO_NAME: dict[int, str] = {v[0]: k for k, v in SETTINGS.items()}

# http2.getDefaultSettings() in Node v20
DEFAULT_SETTINGS: dict[str, SettingValue] = {
    "headerTableSize": 4096,
    "enablePush": True,
    "initialWindowSize": 65535,
    "maxFrameSize": 16384,
    "maxConcurrentStreams": 4294967295,
    "maxHeaderSize": 65535,
    "maxHeaderListSize": 65535,
    "enableConnectProtocol": False,
}
# What a peer is assumed to have until its SETTINGS arrive (RFC 9113 6.5.2; Node reports these)
PROTOCOL_DEFAULTS: dict[str, SettingValue] = {
    "headerTableSize": 4096,
    "enablePush": True,
    "initialWindowSize": 65535,
    "maxFrameSize": 16384,
    "maxConcurrentStreams": 4294967295,
    "maxHeaderListSize": 4294967295,
    "maxHeaderSize": 4294967295,
    "enableConnectProtocol": False,
}
MAX_CUSTOM_SETTINGS = 10  # Node's MAX_ADDITIONAL_SETTINGS


class SettingsError(ValueError):
    """A setting outside Node's range; `code` is Node's error code."""

    def __init__(self, code: str, message: str, name: str = "", value: object = None) -> None:
        super().__init__(message)
        self.code = code
        self.name = name
        self.value = value


def validate(settings: Mapping[str, object]) -> dict[int, int]:
    """Check a Node-style settings object; return {id: value} ready for the wire."""
    out: dict[int, int] = {}
    for name, value in settings.items():
        if value is None:
            continue
        if name == "customSettings":
            custom = dict(value)  # type: ignore[call-overload]
            if len(custom) > MAX_CUSTOM_SETTINGS:
                raise SettingsError("ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS",
                                    "Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS")
            for key, val in custom.items():
                ident = int(key)
                if not 0 <= ident <= 0xFFFF or not isinstance(val, int) or not 0 <= val <= 2**32 - 1:
                    raise SettingsError("ERR_HTTP2_INVALID_SETTING_VALUE",
                                        f'Invalid value for setting "customSettings": {val}',
                                        "customSettings", val)
                out[ident] = val
            continue
        canonical = ALIASES.get(name, name)
        spec = SETTINGS.get(canonical)
        if spec is None:
            continue  # Node ignores unknown keys
        ident, lo, hi, is_bool = spec
        if is_bool:
            if not isinstance(value, bool):
                raise SettingsError("ERR_HTTP2_INVALID_SETTING_VALUE",
                                    f'Invalid value for setting "{name}": {value}', name, value)
            out[ident] = int(value)
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise SettingsError("ERR_HTTP2_INVALID_SETTING_VALUE",
                                f'Invalid value for setting "{name}": {value}', name, value)
        out[ident] = value
    return out


def pack(settings: Mapping[str, object]) -> bytes:
    """Node's getPackedSettings: 6 bytes per setting, in id order."""
    wire = validate(settings)
    return b"".join(struct.pack(">HI", ident, wire[ident]) for ident in sorted(wire))


def unpack(buf: bytes) -> dict[str, SettingValue]:
    """Node's getUnpackedSettings (no range validation, as Node's default)."""
    if len(buf) % 6:
        raise SettingsError("ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH",
                            "Packed settings length must be a multiple of six")
    out: dict[str, SettingValue] = {}
    for off in range(0, len(buf), 6):
        ident, value = struct.unpack_from(">HI", buf, off)
        name = ID_TO_NAME.get(ident)
        if name is None:
            out.setdefault("customSettings", {})[ident] = value  # type: ignore[index, union-attr]
            continue
        if name == "maxHeaderListSize":
            out["maxHeaderSize"] = value
        out[name] = bool(value) if SETTINGS[name][3] else value
    return out


def to_node(wire: Mapping[int, int], base: Mapping[str, SettingValue]) -> dict[str, SettingValue]:
    """Render an {id: value} view as Node's settings object, starting from `base`."""
    out = dict(base)
    for ident, value in wire.items():
        name = ID_TO_NAME.get(int(ident))
        if name is None:
            continue
        if name == "maxHeaderListSize":
            out["maxHeaderSize"] = value
        out[name] = bool(value) if SETTINGS[name][3] else value
    return out
