"""internalBinding('os'): host facts for js/os.js, returned as JSON strings or plain numbers
(one crossing, no proxied containers)."""
from __future__ import annotations

import json
import os
import platform
import pwd
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from nodecompat.fs.binding import error_info
from nodecompat.runtime.bindings import binding

from .netif import interfaces

if TYPE_CHECKING:
    from nodecompat.runtime.host import Host

_ARCH = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64", "i686": "ia32",
         "i386": "ia32", "armv7l": "arm", "ppc64le": "ppc64", "s390x": "s390x", "riscv64": "riscv64"}


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def cpus() -> list[dict[str, Any]]:
    """Model, MHz and times (ms) per CPU, as libuv reads them from /proc."""
    models = [line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
              if line.startswith("model name")]
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    out = []
    for line in _read("/proc/stat").splitlines():
        parts = line.split()
        if not parts or not parts[0].startswith("cpu") or parts[0] == "cpu":
            continue
        n = int(parts[0][3:])
        user, nice, sys_, idle, _iowait, irq = (int(x) for x in parts[1:7])
        freq = _read(f"/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq").strip()
        out.append({
            "model": models[n] if n < len(models) else (models[0] if models else "unknown"),
            "speed": int(freq) // 1000 if freq.isdigit() else 0,
            "times": {"user": round(user * tick_ms), "nice": round(nice * tick_ms),
                      "sys": round(sys_ * tick_ms), "idle": round(idle * tick_ms),
                      "irq": round(irq * tick_ms)},
        })
    return out


def meminfo(key: str) -> int:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def user_info() -> dict[str, Any]:
    entry = pwd.getpwuid(os.getuid())
    return {"uid": entry.pw_uid, "gid": entry.pw_gid, "username": entry.pw_name,
            "homedir": entry.pw_dir, "shell": entry.pw_shell}


@binding("os")
def make_os_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    def static_info() -> str:
        u = os.uname()
        return json.dumps({
            "sysname": u.sysname, "release": u.release, "version": u.version, "machine": u.machine,
            "arch": _ARCH.get(u.machine, u.machine), "platform": platform.system().lower(),
        })

    def get_hostname() -> str:
        return socket.gethostname()

    def get_uptime() -> float:
        text = _read("/proc/uptime").split()
        return float(text[0]) if text else 0.0

    def get_loadavg() -> str:
        return json.dumps(list(os.getloadavg()))

    def get_total_mem() -> int:
        return meminfo("MemTotal")

    def get_free_mem() -> int:
        return meminfo("MemAvailable") or meminfo("MemFree")

    def get_cpus() -> str:
        return json.dumps(cpus())

    def get_interfaces() -> str:
        return json.dumps(interfaces())

    def get_user_info() -> str:
        return json.dumps(user_info())

    def get_home_from_passwd() -> str:
        return pwd.getpwuid(os.getuid()).pw_dir

    def available_parallelism() -> int:
        try:
            return len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            return os.cpu_count() or 1

    def get_priority(pid: Any) -> Any:
        try:
            return os.getpriority(os.PRIO_PROCESS, int(pid))
        except OSError as e:
            return error_info(e, "uv_os_getpriority")

    def set_priority(pid: Any, prio: Any) -> Any:
        try:
            os.setpriority(os.PRIO_PROCESS, int(pid), int(prio))
            return None
        except OSError as e:
            return error_info(e, "uv_os_setpriority")

    return {
        "staticInfo": static_info,
        "hostname": get_hostname,
        "uptime": get_uptime,
        "loadavg": get_loadavg,
        "totalmem": get_total_mem,
        "freemem": get_free_mem,
        "cpus": get_cpus,
        "interfaces": get_interfaces,
        "userInfo": get_user_info,
        "passwdHome": get_home_from_passwd,
        "availableParallelism": available_parallelism,
        "getPriority": get_priority,
        "setPriority": set_priority,
    }
