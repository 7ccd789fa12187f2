"""The native halves of perf_hooks' eventLoopUtilization and fs.watch, without JS: the selector
wrapper counts blocked time only, and the inotify reader sees what libuv would (event masks,
shared watch descriptors, IN_IGNORED after a delete)."""
from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from nodecompat.fs import inotify
from nodecompat.perf.loop_idle import LoopIdle


def test_loop_idle_counts_select_waits_not_busy_time() -> None:
    async def main() -> tuple[int, int, int]:
        loop = asyncio.get_running_loop()
        idle = LoopIdle(loop)
        idle.install(time.monotonic_ns(), time.thread_time_ns())
        start = idle.idle_ns
        await asyncio.sleep(0.2)           # blocked in select
        after_sleep = idle.idle_ns
        t = time.monotonic()
        while time.monotonic() - t < 0.2:  # busy on the loop's thread: not idle
            pass
        await asyncio.sleep(0)
        return start, after_sleep, idle.idle_ns

    start, after_sleep, after_busy = asyncio.run(main())
    assert after_sleep - start >= 150_000_000
    assert after_busy - after_sleep < 50_000_000


def test_inotify_events_and_shared_watch(tmp_path: Path) -> None:
    fd = inotify.init()
    try:
        f = tmp_path / "a.txt"
        f.write_text("x")
        wd_file = inotify.add_watch(fd, str(f))
        assert inotify.add_watch(fd, str(f)) == wd_file  # same inode, same descriptor
        wd_dir = inotify.add_watch(fd, str(tmp_path))
        with open(f, "a") as fh:
            fh.write("y")
        (tmp_path / "b.txt").write_text("b")
        f.unlink()
        time.sleep(0.05)
        events = list(inotify.read_events(fd))
        masks = [(e.wd, e.name, e.mask & ~inotify.IN_ISDIR) for e in events]
        assert (wd_file, "", inotify.IN_MODIFY) in masks
        assert (wd_dir, "b.txt", inotify.IN_CREATE) in masks
        assert (wd_dir, "a.txt", inotify.IN_DELETE) in masks
        assert (wd_file, "", inotify.IN_DELETE_SELF) in masks
        assert (wd_file, "", inotify.IN_IGNORED) in masks
        assert list(inotify.read_events(fd)) == []  # non-blocking once drained
    finally:
        os.close(fd)


def test_inotify_missing_path_raises_enoent(tmp_path: Path) -> None:
    fd = inotify.init()
    try:
        try:
            inotify.add_watch(fd, str(tmp_path / "nope"))
        except FileNotFoundError as e:
            assert e.filename == str(tmp_path / "nope")
        else:
            raise AssertionError("no error for a missing path")
    finally:
        os.close(fd)
