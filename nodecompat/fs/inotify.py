"""Linux inotify through ctypes (libc): what libuv's fs-event handles use on Linux."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
from typing import Iterator, NamedTuple

IN_MODIFY = 0x002
IN_ATTRIB = 0x004
IN_MOVED_FROM = 0x040
IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_DELETE_SELF = 0x400
IN_MOVE_SELF = 0x800
IN_Q_OVERFLOW = 0x4000
IN_IGNORED = 0x8000
IN_ISDIR = 0x40000000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC

# libuv's mask (src/unix/linux.c: uv_fs_event_start)
WATCH_MASK = (IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF
              | IN_MOVED_FROM | IN_MOVED_TO)
CHANGE_BITS = IN_ATTRIB | IN_MODIFY

_HEADER = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len (then the name)

_libc: ctypes.CDLL | None = None


def _lib() -> ctypes.CDLL:
    global _libc
    if _libc is None:
        lib = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        lib.inotify_init1.argtypes = [ctypes.c_int]
        lib.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        lib.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
        _libc = lib
    return _libc


def _check(ret: int, path: str | None = None) -> int:
    if ret < 0:
        num = ctypes.get_errno()
        raise OSError(num, os.strerror(num), path)
    return ret


def init() -> int:
    """A non-blocking, close-on-exec inotify descriptor."""
    return _check(_lib().inotify_init1(IN_NONBLOCK | IN_CLOEXEC))


def add_watch(fd: int, path: str, mask: int = WATCH_MASK) -> int:
    """The watch descriptor (the same one for a path already watched: inotify keys by inode)."""
    return _check(_lib().inotify_add_watch(fd, os.fsencode(path), mask), path)


def rm_watch(fd: int, wd: int) -> None:
    _lib().inotify_rm_watch(fd, wd)  # EINVAL when the kernel already dropped it: nothing to do


class Event(NamedTuple):
    wd: int
    mask: int
    cookie: int
    name: str  # '' when the event is about the watched object itself


def read_events(fd: int) -> Iterator[Event]:
    """Every event queued now (the descriptor is non-blocking)."""
    while True:
        try:
            data = os.read(fd, 64 * 1024)
        except BlockingIOError:
            return
        if not data:
            return
        pos = 0
        while pos + _HEADER.size <= len(data):
            wd, mask, cookie, size = _HEADER.unpack_from(data, pos)
            pos += _HEADER.size
            raw = data[pos:pos + size].split(b"\0", 1)[0]
            pos += size
            yield Event(wd, mask, cookie, os.fsdecode(raw))
