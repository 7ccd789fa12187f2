"""A sans-I/O TLS ClientHello parser, as Node's `crypto_clienthello.cc`.

A server that must ask JS something before OpenSSL answers (an asynchronous `SNICallback`, the
`resumeSession` event) reads the raw ClientHello first, pauses, and only then feeds the buffered
bytes to OpenSSL. Feed every byte received with `feed()`; it answers `None` (need more), a
`ClientHello`, or `ENDED`: not a ClientHello we understand, so OpenSSL gets the bytes and judges
them (Node's `End()`: garbage fails in OpenSSL with OpenSSL's error, not ours).

Unlike Node's parser, a ClientHello split over several TLS records is reassembled (OpenSSL accepts
those, and Node 20 reads the servername from OpenSSL, so SNI works for them there too).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Union

_HANDSHAKE: Final = 22
_CLIENT_HELLO: Final = 1
_EXT_SERVER_NAME: Final = 0
_EXT_STATUS_REQUEST: Final = 5
_EXT_SESSION_TICKET: Final = 35
_MAX_RECORD: Final = 16 * 1024 + 5 - 1     # Node's kMaxTLSFrameLen bound on a record body
_MAX_HELLO: Final = 64 * 1024              # a larger hello is not worth buffering: let OpenSSL decide


@dataclass(frozen=True)
class ClientHello:
    servername: str | None     # the first host_name of the server_name extension
    session_id: bytes          # legacy_session_id (TLS 1.3 clients send 32 random bytes)
    has_ticket: bool           # a non-empty session_ticket extension (resumes without a cache)
    ocsp_request: bool         # status_request extension


class _Ended:
    def __repr__(self) -> str:
        return "ENDED"


ENDED: Final = _Ended()
Result = Union[ClientHello, _Ended, None]


class _Malformed(Exception):
    pass


class ClientHelloParser:
    """Feed raw bytes from the client; the answer is final once it is not None."""

    def __init__(self) -> None:
        self._raw = bytearray()      # unparsed record bytes
        self._msg = bytearray()      # handshake-message bytes gathered from records
        self.result: Result = None

    def feed(self, data: bytes) -> Result:
        if self.result is not None:
            return self.result
        self._raw += data
        while self.result is None and len(self._raw) >= 5:
            ctype, major, minor = self._raw[0], self._raw[1], self._raw[2]
            length = (self._raw[3] << 8) | self._raw[4]
            if ctype != _HANDSHAKE or major != 3 or length == 0 or length > _MAX_RECORD or minor > 4:
                self.result = ENDED
                break
            if len(self._raw) < 5 + length:
                break
            self._msg += self._raw[5:5 + length]
            del self._raw[:5 + length]
            self.result = self._try_message()
        return self.result

    def _try_message(self) -> Result:
        if len(self._msg) < 4:
            return None
        if self._msg[0] != _CLIENT_HELLO:
            return ENDED
        size = int.from_bytes(self._msg[1:4], "big")
        if size > _MAX_HELLO:
            return ENDED
        if len(self._msg) < 4 + size:
            return None
        try:
            return parse_client_hello_body(bytes(self._msg[4:4 + size]))
        except _Malformed:
            return ENDED


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise _Malformed
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int.from_bytes(self.take(2), "big")

    def left(self) -> int:
        return len(self.data) - self.pos


def parse_client_hello_body(body: bytes) -> ClientHello:
    """The ClientHello handshake body (after its 4-byte header). Raises _Malformed."""
    r = _Reader(body)
    major, minor = r.take(2)
    if major != 3 or not 1 <= minor <= 3:        # Node accepts (3,1)..(3,3); TLS 1.3 says (3,3)
        raise _Malformed
    r.take(32)                                   # random
    sid_len = r.u8()
    if sid_len > 32:
        raise _Malformed
    session_id = r.take(sid_len)
    r.take(r.u16())                              # cipher suites
    r.take(r.u8())                               # compression methods
    servername: str | None = None
    has_ticket = ocsp = False
    if r.left() >= 2:
        ext = _Reader(r.take(r.u16()))
        while ext.left() > 0:
            etype, edata = ext.u16(), ext.take(ext.u16())
            if etype == _EXT_SERVER_NAME and servername is None:
                servername = _servername(edata)
            elif etype == _EXT_SESSION_TICKET:
                has_ticket = len(edata) > 0
            elif etype == _EXT_STATUS_REQUEST:
                ocsp = True
    return ClientHello(servername, session_id, has_ticket, ocsp)


def _servername(data: bytes) -> str | None:
    """First host_name in a server_name extension; a malformed one is OpenSSL's to reject."""
    try:
        r = _Reader(data)
        names = _Reader(r.take(r.u16()))
        while names.left() > 0:
            kind, name = names.u8(), names.take(names.u16())
            if kind == 0:
                return name.decode("latin-1") or None
    except _Malformed:
        return None
    return None
