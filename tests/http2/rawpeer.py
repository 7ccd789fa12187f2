"""A hand-driven HTTP/2 client for wire and attack tests (hyperframe + hpack, blocking socket)."""
from __future__ import annotations

import socket
import time
from typing import Callable, Optional

from hpack import Encoder
from hyperframe.frame import Frame, HeadersFrame, SettingsFrame

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


class RawPeer:
    def __init__(self, port: int, preface: bool = True) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.buf = b""
        self.enc = Encoder()
        self.closed = False
        if preface:
            self.sock.sendall(PREFACE + SettingsFrame(0).serialize())

    def send(self, *frames: Frame) -> None:
        self.sock.sendall(b"".join(f.serialize() for f in frames))

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def headers(self, stream_id: int, headers: list, end: bool = True, raw_block: Optional[bytes] = None
                ) -> HeadersFrame:
        f = HeadersFrame(stream_id)
        f.data = raw_block if raw_block is not None else self.enc.encode(headers)
        f.flags.add("END_HEADERS")
        if end:
            f.flags.add("END_STREAM")
        return f

    def read_frames(self, timeout: float = 2.0, until: Optional[Callable[[Frame], bool]] = None
                    ) -> list[Frame]:
        out: list[Frame] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while len(self.buf) >= 9:
                f, length = Frame.parse_frame_header(memoryview(self.buf[:9]))
                if len(self.buf) < 9 + length:
                    break
                f.parse_body(memoryview(self.buf[9:9 + length]))
                self.buf = self.buf[9 + length:]
                out.append(f)
                if until is not None and until(f):
                    return out
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                data = b""
            if not data:
                self.closed = True
                break
            self.buf += data
        return out

    def close(self) -> None:
        self.sock.close()


def req(path: str = "/", method: str = "GET") -> list:
    return [(":method", method), (":path", path), (":scheme", "http"), (":authority", "localhost")]
