"""A Sink that records events, for driving nodecompat.net from Python tests."""
from __future__ import annotations

import asyncio
from typing import Any


class Recorder:
    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.events: list[str] = []
        self.errors: list[dict[str, Any]] = []
        self.closed = asyncio.Event()
        self.ended = asyncio.Event()
        self.drained = asyncio.Event()
        self.timed_out = asyncio.Event()
        self.got_data = asyncio.Event()

    @property
    def data(self) -> bytes:
        return b"".join(self.chunks)

    def on_data(self, data: bytes) -> None:
        self.chunks.append(data)
        self.got_data.set()

    def on_end(self) -> None:
        self.events.append("end")
        self.ended.set()

    def on_drain(self) -> None:
        self.events.append("drain")
        self.drained.set()

    def on_timeout(self) -> None:
        self.events.append("timeout")
        self.timed_out.set()

    def on_error(self, desc: dict[str, Any]) -> None:
        self.events.append("error")
        self.errors.append(desc)

    def on_close(self, had_error: bool) -> None:
        self.events.append(f"close:{had_error}")
        self.closed.set()

    async def wait_bytes(self, n: int, timeout: float = 10) -> bytes:
        async def _w() -> None:
            while sum(map(len, self.chunks)) < n:
                self.got_data.clear()
                await self.got_data.wait()
        await asyncio.wait_for(_w(), timeout)
        return self.data
