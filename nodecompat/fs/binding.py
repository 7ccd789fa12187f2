"""internalBinding('fs'): libuv-style fs requests for js/fs.js.

Every operation exists twice: `name(...)` runs now and returns its result or an error
description dict; `nameAsync(..., cb)` runs on the default executor (file I/O never blocks the
loop), holds a registry handle while pending (the process stays alive, as with libuv requests)
and calls `cb(err)` / `cb(None, *results)` on the main thread through `host.call`.
Bytes cross as the design requires: JS buffers arrive as memoryviews that are copied (or written
into) during the call; file contents go to JS through `host.call(..., payload=data)`.
"""
from __future__ import annotations

import errno as errno_mod
import os
import struct
from typing import TYPE_CHECKING, Any, Callable

from nodecompat.runtime.bindings import binding

from . import ops

if TYPE_CHECKING:
    from nodecompat.runtime.host import Host


def error_info(e: OSError, syscall: str, path: Any = None, dest: Any = None) -> dict[str, Any]:
    """Node's uv error context: {errno, code, syscall, path?, dest?} (JS builds the Error)."""
    num = e.errno or 0
    info: dict[str, Any] = {
        "errno": -num,
        "code": errno_mod.errorcode.get(num, "UNKNOWN"),
        "syscall": getattr(e, "syscall", None) or syscall,
    }
    p = getattr(e, "path", None) if isinstance(e, ops.FsError) else path
    d = getattr(e, "dest", None) if isinstance(e, ops.FsError) else dest
    if p is not None:
        info["path"] = p
    if d is not None:
        info["dest"] = d
    return info


def _s(v: Any) -> str:
    return str(v)


def _i(v: Any) -> int:
    return int(v)


# name -> (operation, syscall, how to convert JS args, index of the path arg or None, dest index)
Spec = tuple[Callable[..., Any], str, tuple[Callable[[Any], Any], ...], int | None, int | None]

SIMPLE: dict[str, Spec] = {
    "open": (os.open, "open", (_s, _i, _i), 0, None),
    "close": (os.close, "close", (_i,), None, None),
    "mkdir": (ops.mkdir, "mkdir", (_s, _i, bool), 0, None),
    "mkdtemp": (ops.mkdtemp, "mkdtemp", (_s,), None, None),
    "rmdir": (ops.rmdir, "rmdir", (_s,), 0, None),
    "rm": (ops.rm, "rm", (_s, bool, bool), 0, None),
    "unlink": (os.unlink, "unlink", (_s,), 0, None),
    "rename": (ops.rename, "rename", (_s, _s), 0, 1),
    "copyfile": (ops.copyfile, "copyfile", (_s, _s, _i), 0, 1),
    "link": (ops.link, "link", (_s, _s), 0, 1),
    "symlink": (ops.symlink, "symlink", (_s, _s), 0, 1),
    "readlink": (os.readlink, "readlink", (_s,), 0, None),
    "realpath": (ops.realpath, "lstat", (_s,), 0, None),
    "realpathNative": (ops.realpath_native, "realpath", (_s,), 0, None),
    "access": (ops.access, "access", (_s, _i), 0, None),
    "chmod": (os.chmod, "chmod", (_s, _i), 0, None),
    "fchmod": (os.fchmod, "fchmod", (_i, _i), None, None),
    "chown": (os.chown, "chown", (_s, _i, _i), 0, None),
    "fchown": (os.fchown, "fchown", (_i, _i, _i), None, None),
    "lchown": (os.lchown, "lchown", (_s, _i, _i), 0, None),
    "lutimes": (lambda p, a, m: os.utime(p, (a, m), follow_symlinks=False), "lutime", (_s, float, float), 0, None),
    "cp": (ops.cp, "lstat", (_s, _s, bool, bool, bool), 0, None),
    "truncate": (os.truncate, "open", (_s, _i), 0, None),
    "ftruncate": (os.ftruncate, "ftruncate", (_i, _i), None, None),
    "fsync": (os.fsync, "fsync", (_i,), None, None),
    "fdatasync": (os.fdatasync, "fdatasync", (_i,), None, None),
    "utimes": (lambda p, a, m: os.utime(p, (a, m)), "utime", (_s, float, float), 0, None),
    "futimes": (lambda fd, a, m: os.utime(fd, (a, m)), "futime", (_i, float, float), None, None),
    "readdir": (lambda p, t: "\x01".join(ops.readdir(p, t)), "scandir", (_s, bool), 0, None),
    "exists": (os.path.exists, "access", (_s,), 0, None),
}

STATS: dict[str, Spec] = {
    "stat": (ops.stat, "stat", (_s,), 0, None),
    "lstat": (ops.lstat, "lstat", (_s,), 0, None),
    "fstat": (ops.fstat, "fstat", (_i,), None, None),
}


def _convert(spec: Spec, args: tuple[Any, ...]) -> list[Any]:
    return [conv(a) for conv, a in zip(spec[2], args)]


def _describe(spec: Spec, e: OSError, args: list[Any]) -> dict[str, Any]:
    path = args[spec[3]] if spec[3] is not None else None
    dest = args[spec[4]] if spec[4] is not None else None
    return error_info(e, spec[1], path, dest)


def _noop() -> None:
    """An empty thread-pool round trip (see submit's `hops`)."""


@binding("fs")
def make_fs_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    loop = host.loop
    assert loop is not None

    def submit(work: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None],
               hops: int = 1) -> None:
        """Run `work` on the executor; `deliver(result, error)` runs on the loop afterwards.

        `hops`: how many thread-pool round trips Node's version takes (readFile is open, fstat,
        read, close). A success is delivered after as many trips (the extra ones are empty), so
        requests started together complete in Node's relative order: an fs.access() started after
        an fs.readFile() still calls back first."""
        assert host.registry is not None
        handle = host.registry.handle("fs")
        fut = loop.run_in_executor(None, work)

        def done(f: Any, left: int = hops - 1) -> None:
            exc = f.exception()
            if left > 0 and exc is None:
                loop.run_in_executor(None, _noop).add_done_callback(lambda _: done(f, left - 1))
                return
            handle.close()
            deliver(None if exc else f.result(), exc)
        fut.add_done_callback(done)

    def reply(cb: Any, describe: Callable[[OSError], Any],
              ok: Callable[[Any], None]) -> Callable[[Any, BaseException | None], None]:
        """The loop-side end of an async request: cb(err) on OSError, ok(result) on success."""
        def deliver(result: Any, exc: BaseException | None) -> None:
            if isinstance(exc, OSError):
                host.call(cb, describe(exc))
            elif exc is not None:
                host.uncaught(exc)
            else:
                ok(result)
        return deliver

    def make_simple(spec: Spec) -> tuple[Callable[..., Any], Callable[..., Any]]:
        def sync(*js_args: Any) -> Any:
            args = _convert(spec, js_args)
            try:
                return spec[0](*args)
            except OSError as e:
                return _describe(spec, e, args)

        def run_async(*js_args: Any) -> None:
            cb = js_args[-1]
            args = _convert(spec, js_args[:-1])
            submit(lambda: spec[0](*args), reply(cb, lambda e: _describe(spec, e, args),
                                                 lambda r: host.call(cb, None, r)))
        return sync, run_async

    def make_stat(spec: Spec) -> tuple[Callable[..., Any], Callable[..., Any]]:
        def sync(target: Any, out: memoryview) -> Any:
            args = _convert(spec, (target,))
            try:
                values = spec[0](*args)
            except OSError as e:
                return _describe(spec, e, args)
            struct.pack_into("14d", out.cast("B") if out.format != "B" else out, 0, *values)
            return None

        def run_async(target: Any, cb: Any) -> None:
            args = _convert(spec, (target,))
            submit(lambda: spec[0](*args), reply(cb, lambda e: _describe(spec, e, args),
                                                 lambda r: host.call(cb, None, *r)))
        return sync, run_async

    table: dict[str, Callable[..., Any]] = {}
    for name, spec in SIMPLE.items():
        table[name], table[name + "Async"] = make_simple(spec)
    for name, spec in STATS.items():
        table[name], table[name + "Async"] = make_stat(spec)

    def read_into(fd: Any, out: memoryview, offset: Any, length: Any, position: Any) -> Any:
        """Sync read straight into the caller's buffer (JS keeps it alive for the call)."""
        fd, offset, length, position = int(fd), int(offset), int(length), int(position)
        try:
            data = ops.read(fd, length, position)
        except OSError as e:
            return error_info(e, "read")
        view = out.cast("B") if out.format != "B" else out
        view[offset:offset + len(data)] = data
        return len(data)

    def read_async(fd: Any, length: Any, position: Any, cb: Any) -> None:
        fd, length, position = int(fd), int(length), int(position)
        submit(lambda: ops.read(fd, length, position),
               reply(cb, lambda e: error_info(e, "read"), lambda r: host.call(cb, None, len(r), payload=r)))

    def write_from(fd: Any, data: memoryview, offset: Any, length: Any, position: Any) -> Any:
        fd, offset, length, position = int(fd), int(offset), int(length), int(position)
        chunk = bytes(data.cast("B")[offset:offset + length]) if data.format != "B" else bytes(data[offset:offset + length])
        try:
            return ops.write(fd, chunk, position)
        except OSError as e:
            return error_info(e, "write")

    def write_async(fd: Any, data: memoryview, offset: Any, length: Any, position: Any, cb: Any) -> None:
        fd, offset, length, position = int(fd), int(offset), int(length), int(position)
        chunk = bytes(data[offset:offset + length])  # copy now: the view must not outlive the call
        submit(lambda: ops.write(fd, chunk, position),
               reply(cb, lambda e: error_info(e, "write"), lambda r: host.call(cb, None, r)))

    def read_file_async(path: Any, is_fd: Any, flags: Any, cb: Any) -> None:
        target: str | int = int(path) if is_fd else str(path)
        flags = int(flags)
        submit(lambda: ops.read_file(target, flags),
               reply(cb, lambda e: error_info(e, "open", None if is_fd else target),
                     lambda r: host.call(cb, None, payload=r)),
               2 if is_fd else 4)  # [open,] fstat, read, [close]

    def write_file_async(path: Any, is_fd: Any, data: memoryview, flags: Any, mode: Any, cb: Any) -> None:
        target: str | int = int(path) if is_fd else str(path)
        chunk = bytes(data)
        flags, mode = int(flags), int(mode)
        submit(lambda: ops.write_file(target, chunk, flags, mode),
               reply(cb, lambda e: error_info(e, "open", None if is_fd else target), lambda r: host.call(cb, None)),
               1 if is_fd else 3)  # [open,] write, [close]

    def constants() -> str:
        """fs.constants as JSON (one string crossing instead of a proxied dict)."""
        import json
        names = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_NOCTTY", "O_TRUNC", "O_APPEND",
                 "O_DIRECTORY", "O_NOATIME", "O_NOFOLLOW", "O_SYNC", "O_DSYNC", "O_DIRECT", "O_NONBLOCK"]
        out = {n: getattr(os, n) for n in names if hasattr(os, n)}
        return json.dumps(out)

    def cwd() -> str:
        return os.getcwd()

    table.update({
        "readInto": read_into,
        "readAsync": read_async,
        "writeFrom": write_from,
        "writeAsync": write_async,
        "readFileAsync": read_file_async,
        "writeFileAsync": write_file_async,
        "constants": constants,
        "cwd": cwd,
    })
    return table
