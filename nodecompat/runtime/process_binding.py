"""`internalBinding('process')`: stdio writes, exit, cwd, env, clocks, memory, signals."""
from __future__ import annotations

import errno
import json
import os
import resource
import select
import signal
import sys
import time
from typing import TYPE_CHECKING, Any, Callable

import pythonmonkey as pm

from ..fs.binding import error_info
from .bindings import binding

if TYPE_CHECKING:
    from .host import Host

_T0 = time.monotonic_ns()
_HR_BASE = 10**12  # hrtime counts from an arbitrary origin; keep it well inside 2**53 ns


def write_all(fd: int, data: bytes) -> None:
    """Synchronous write, like Node's stdout for files and TTYs; waits out EAGAIN on pipes."""
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            select.select([], [fd], [])
            continue
        except OSError as e:
            if e.errno == errno.EPIPE:
                return
            raise
        view = view[n:]


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@binding("process")
def make_process_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    state: dict[str, Any] = {"emit_signal": None}

    def write_stdout(data: Any) -> None:
        write_all(1, bytes(data))  # copy at once: the view has no owner (notes §5.1)

    def write_stderr(data: Any) -> None:
        write_all(2, bytes(data))

    def really_exit(code: Any) -> None:
        host.hard_exit(int(code) & 0xFF if code is not None else 0)

    def cwd() -> str:
        return os.getcwd()

    def chdir(path: Any) -> Any:
        try:
            os.chdir(str(path))
        except OSError as e:
            return json.dumps(error_info(e, "chdir"))
        return pm.null

    def rusage() -> str:
        """getrusage(RUSAGE_SELF) in the order of process.resourceUsage(); CPU times in µs."""
        r = resource.getrusage(resource.RUSAGE_SELF)
        return json.dumps([round(r.ru_utime * 1e6), round(r.ru_stime * 1e6), r.ru_maxrss, r.ru_ixrss,
                           r.ru_idrss, r.ru_isrss, r.ru_minflt, r.ru_majflt, r.ru_nswap, r.ru_inblock,
                           r.ru_oublock, r.ru_msgsnd, r.ru_msgrcv, r.ru_nsignals, r.ru_nvcsw, r.ru_nivcsw])

    def ids() -> str:
        return json.dumps([os.getuid(), os.getgid(), os.geteuid(), os.getegid()])

    def umask(mask: Any) -> int:
        """The old mask; a negative `mask` only reads it (os.umask can only read by setting)."""
        new = int(mask)
        old = os.umask(new if new >= 0 else 0)
        if new < 0:
            os.umask(old)
        return old

    def hrtime() -> int:
        return _HR_BASE + time.monotonic_ns() - _T0

    def uptime() -> float:
        return (time.monotonic_ns() - _T0) / 1e9

    def memory_usage() -> str:
        return json.dumps([_rss(), 0, 0, 0, 0])

    def info() -> str:
        return json.dumps({
            "pid": os.getpid(), "ppid": os.getppid(), "env": dict(os.environ),
            "platform": sys.platform if sys.platform != "win32" else "win32",
            "arch": {"x86_64": "x64", "aarch64": "arm64", "AMD64": "x64", "arm64": "arm64"}.get(
                os.uname().machine, os.uname().machine),
            "cwd": os.getcwd(), "title": "node",
        })

    def set_env(key: Any, value: Any) -> None:
        if value is None or value is pm.null:
            os.environ.pop(str(key), None)
        else:
            os.environ[str(key)] = str(value)

    def kill(pid: Any, sig: Any) -> int:
        try:
            os.kill(int(pid), int(sig))
        except OSError as e:
            return -e.errno
        return 0

    def watch_signal(name: Any, on: bool) -> None:
        """Route SIGINT/SIGTERM/… to process.emit while JS has listeners; default action otherwise."""
        signame = str(name)
        signum = getattr(signal, signame, None)
        if signum is None or host.loop is None:
            return
        if on:
            host.loop.add_signal_handler(signum, lambda: host.call(state["emit_signal"], signame))
        else:
            host.loop.remove_signal_handler(signum)

    def set_signal_emitter(fn: Any) -> None:
        state["emit_signal"] = fn

    stdin: dict[str, Any] = {"handle": None, "on_data": None, "on_end": None, "reading": False}

    def _stdin_readable() -> None:
        try:
            data = os.read(0, 65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:
            host.call(stdin["on_data"], payload=data)
        else:
            _stdin_stop()
            on_end = stdin["on_end"]
            stdin["on_data"] = stdin["on_end"] = None  # break the cross-heap cycle
            if stdin["handle"] is not None:
                stdin["handle"].close()
                stdin["handle"] = None
            host.call(on_end)

    def _stdin_stop() -> None:
        if stdin["reading"]:
            stdin["reading"] = False
            try:
                host.loop.remove_reader(0)
            except (ValueError, OSError):
                pass

    def stdin_start(on_data: Any, on_end: Any) -> None:
        """Deliver fd 0 to JS as Buffers (on_data) then on_end(); keeps the process alive meanwhile."""
        stdin["on_data"], stdin["on_end"] = on_data, on_end
        if stdin["handle"] is None:
            stdin["handle"] = host.registry.handle("stdin")
        else:
            stdin["handle"].ref()
        if stdin["reading"]:
            return
        stdin["reading"] = True
        try:
            host.loop.add_reader(0, _stdin_readable)
        except (PermissionError, OSError, ValueError):
            # a regular file (epoll refuses it): read it from the loop, chunk by chunk
            def pump() -> None:
                if stdin["reading"]:
                    _stdin_readable()
                    if stdin["reading"]:
                        host.loop.call_soon(pump)
            stdin["reading"] = True
            host.loop.call_soon(pump)

    def stdin_pause() -> None:
        _stdin_stop()
        if stdin["handle"] is not None:
            stdin["handle"].unref()

    def stdin_teardown() -> None:
        _stdin_stop()
        if stdin["handle"] is not None:
            stdin["handle"].close()
        stdin.clear()

    host.on_teardown(stdin_teardown)

    return {
        "stdinStart": stdin_start, "stdinPause": stdin_pause,
        "writeStdout": write_stdout, "writeStderr": write_stderr, "reallyExit": really_exit,
        "cwd": cwd, "chdir": chdir, "umask": umask, "rusage": rusage, "ids": ids, "hrtime": hrtime, "uptime": uptime,
        "memoryUsage": memory_usage, "info": info, "setEnv": set_env, "kill": kill,
        "watchSignal": watch_signal, "setSignalEmitter": set_signal_emitter,
    }
