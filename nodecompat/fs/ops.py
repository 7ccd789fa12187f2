"""Plain file-system operations with Node's semantics, raising OSError on failure.

Each function is what one libuv fs request does; `binding.py` runs them synchronously or on an
executor thread and turns OSError into Node's error description.
"""
from __future__ import annotations

import os
import shutil
import stat as stat_mod
import random
import string

COPYFILE_EXCL = 1
_TEMP_CHARS = string.ascii_letters + string.digits


class FsError(OSError):
    """An OSError that carries the syscall name Node reports (e.g. `scandir` for readdir)."""

    def __init__(self, err: int, syscall: str, path: str | None = None, dest: str | None = None) -> None:
        super().__init__(err, os.strerror(err))
        self.syscall = syscall
        self.path = path
        self.dest = dest


def stat_tuple(st: os.stat_result) -> tuple[float, ...]:
    """Node's Stats field order: dev mode nlink uid gid rdev blksize ino size blocks a/m/c/birthtimeMs."""
    birth = getattr(st, "st_birthtime", 0.0)
    return (
        float(st.st_dev), float(st.st_mode), float(st.st_nlink), float(st.st_uid), float(st.st_gid),
        float(st.st_rdev), float(getattr(st, "st_blksize", 4096)), float(st.st_ino), float(st.st_size),
        float(getattr(st, "st_blocks", 0)), st.st_atime_ns / 1e6, st.st_mtime_ns / 1e6,
        st.st_ctime_ns / 1e6, birth * 1000.0,
    )


def stat(path: str) -> tuple[float, ...]:
    return stat_tuple(os.stat(path))


def lstat(path: str) -> tuple[float, ...]:
    return stat_tuple(os.lstat(path))


def fstat(fd: int) -> tuple[float, ...]:
    return stat_tuple(os.fstat(fd))


def dirent_type(entry: os.DirEntry[str]) -> int:
    """libuv's UV_DIRENT_* code for a directory entry."""
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError:
        return 0
    for test, code in ((stat_mod.S_ISREG, 1), (stat_mod.S_ISDIR, 2), (stat_mod.S_ISLNK, 3),
                       (stat_mod.S_ISFIFO, 4), (stat_mod.S_ISSOCK, 5), (stat_mod.S_ISCHR, 6),
                       (stat_mod.S_ISBLK, 7)):
        if test(mode):
            return code
    return 0


def readdir(path: str, with_types: bool) -> tuple[str, str]:
    """Names joined by NUL, and (with_types) one UV_DIRENT digit per name."""
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as e:
        raise FsError(e.errno or 0, "scandir", path) from None
    names = "\0".join(e.name for e in entries)
    types = "".join(str(dirent_type(e)) for e in entries) if with_types else ""
    return names, types


def mkdir(path: str, mode: int, recursive: bool) -> str | None:
    """Create `path`; with `recursive`, return the first directory created (Node's return value)."""
    if not recursive:
        os.mkdir(path, mode)
        return None
    first: str | None = None
    missing: list[str] = []
    cur = os.path.abspath(path)
    while not os.path.exists(cur):
        missing.append(cur)
        parent = os.path.dirname(cur)
        if parent == cur:
            break
        cur = parent
    if os.path.exists(cur) and not os.path.isdir(cur):
        raise FsError(20, "mkdir", path)  # ENOTDIR
    for d in reversed(missing):
        try:
            os.mkdir(d, mode)
        except FileExistsError:
            continue
        if first is None:
            first = d
    return first


def rm(path: str, recursive: bool, force: bool) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        if force:
            return
        raise FsError(2, "lstat", path) from None
    if stat_mod.S_ISDIR(st.st_mode):
        if not recursive:
            raise FsError(21, "rm", path)  # JS turns this into ERR_FS_EISDIR
        shutil.rmtree(path)
    else:
        os.unlink(path)


def cp(src: str, dest: str, recursive: bool, force: bool, error_on_exist: bool) -> None:
    """fs.cp: files, or whole trees with `recursive` (directories merge into an existing dest)."""
    st = os.stat(src)
    if stat_mod.S_ISDIR(st.st_mode):
        if not recursive:
            raise FsError(21, "cp", src)  # JS reports ERR_FS_EISDIR
        shutil.copytree(src, dest, symlinks=True, dirs_exist_ok=True,
                        copy_function=lambda s, d: _copy_one(s, d, force, error_on_exist))
        return
    _copy_one(src, dest, force, error_on_exist)


def _copy_one(src: str, dest: str, force: bool, error_on_exist: bool) -> None:
    if os.path.lexists(dest) and not force:
        if error_on_exist:
            raise FsError(17, "cp", dest)  # JS reports ERR_FS_CP_EEXIST
        return
    shutil.copy2(src, dest)


def rmdir(path: str) -> None:
    os.rmdir(path)


def copyfile(src: str, dest: str, mode: int) -> None:
    try:
        if mode & COPYFILE_EXCL and os.path.lexists(dest):
            raise FileExistsError(17, os.strerror(17))
        shutil.copyfile(src, dest)
    except OSError as e:
        raise FsError(e.errno or 0, "copyfile", src, dest) from None


def rename(old: str, new: str) -> None:
    try:
        os.rename(old, new)
    except OSError as e:
        raise FsError(e.errno or 0, "rename", old, new) from None


def link(existing: str, new: str) -> None:
    try:
        os.link(existing, new)
    except OSError as e:
        raise FsError(e.errno or 0, "link", existing, new) from None


def symlink(target: str, path: str) -> None:
    try:
        os.symlink(target, path)
    except OSError as e:
        raise FsError(e.errno or 0, "symlink", target, path) from None


def realpath(path: str) -> str:
    # Node's JS realpath walks with lstat: a missing component reports lstat
    cur = ""
    for part in os.path.abspath(path).split("/")[1:]:
        cur = f"{cur}/{part}"
        try:
            os.lstat(cur)
        except OSError as e:
            raise FsError(e.errno or 0, "lstat", cur) from None
    return os.path.realpath(path)


def realpath_native(path: str) -> str:
    if not os.path.exists(path):
        raise FsError(2, "realpath", path)
    return os.path.realpath(path)


def access(path: str, mode: int) -> None:
    os.stat(path)
    if not os.access(path, mode):
        raise FsError(13, "access", path)


def mkdtemp(prefix: str) -> str:
    """libuv's mkdtemp: `prefix` + 6 random characters, mode 0o700."""
    for _ in range(100):
        path = prefix + "".join(random.choice(_TEMP_CHARS) for _ in range(6))
        try:
            os.mkdir(path, 0o700)
            return path
        except FileExistsError:
            continue
        except OSError as e:
            raise FsError(e.errno or 0, "mkdtemp", prefix + "XXXXXX") from None
    raise FsError(17, "mkdtemp", prefix + "XXXXXX")


def read(fd: int, length: int, position: int) -> bytes:
    if position >= 0:
        return os.pread(fd, length, position)
    return os.read(fd, length)


def write(fd: int, data: bytes, position: int) -> int:
    if position >= 0:
        return os.pwrite(fd, data, position)
    return os.write(fd, data)


def read_file(path: str | int, flags: int) -> bytes:
    """Whole-file read: by path (open/read/close) or from an open fd."""
    if isinstance(path, int):
        return _read_all(path)
    fd = os.open(path, flags)
    try:
        return _read_all(fd)
    finally:
        os.close(fd)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except IsADirectoryError:
            raise FsError(21, "read") from None
        except OSError as e:
            raise FsError(e.errno or 0, "read") from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def write_file(path: str | int, data: bytes, flags: int, mode: int) -> None:
    if isinstance(path, int):
        _write_all(path, data)
        return
    fd = os.open(path, flags, mode)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]
