"""os.networkInterfaces() the way libuv builds it: getifaddrs(3) order, MACs from AF_PACKET."""
from __future__ import annotations

import ctypes
import ctypes.util
import ipaddress
import socket
from typing import Any

IFF_UP = 0x1
IFF_LOOPBACK = 0x8
IFF_RUNNING = 0x40
AF_PACKET = 17


class _IfAddrs(ctypes.Structure):
    pass


_IfAddrs._fields_ = [
    ("ifa_next", ctypes.POINTER(_IfAddrs)),
    ("ifa_name", ctypes.c_char_p),
    ("ifa_flags", ctypes.c_uint),
    ("ifa_addr", ctypes.c_void_p),
    ("ifa_netmask", ctypes.c_void_p),
    ("ifa_ifu", ctypes.c_void_p),
    ("ifa_data", ctypes.c_void_p),
]


def _family(ptr: int) -> int:
    return ctypes.c_ushort.from_address(ptr).value


def _ip(ptr: int, family: int) -> tuple[str, int]:
    """Address text and IPv6 scope id of a sockaddr."""
    if family == socket.AF_INET:
        return socket.inet_ntop(socket.AF_INET, ctypes.string_at(ptr + 4, 4)), 0
    raw = ctypes.string_at(ptr + 8, 16)
    scope = ctypes.c_uint32.from_address(ptr + 24).value
    return socket.inet_ntop(socket.AF_INET6, raw), scope


def interfaces() -> list[dict[str, Any]]:
    """One dict per address, in getifaddrs order (Node groups them by name in that order)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    head = ctypes.POINTER(_IfAddrs)()
    if libc.getifaddrs(ctypes.byref(head)) != 0:
        return []
    try:
        macs: dict[str, str] = {}
        entries: list[tuple[str, int, int, int]] = []
        node = head
        while node:
            ifa = node.contents
            name = (ifa.ifa_name or b"").decode()
            usable = ifa.ifa_flags & IFF_UP and ifa.ifa_flags & IFF_RUNNING and ifa.ifa_addr
            if usable:
                fam = _family(ifa.ifa_addr)
                if fam == AF_PACKET:
                    halen = ctypes.c_ubyte.from_address(ifa.ifa_addr + 11).value
                    mac = ctypes.string_at(ifa.ifa_addr + 12, 6 if halen == 0 else halen)[:6]
                    macs[name] = ":".join(f"{b:02x}" for b in mac.ljust(6, b"\0"))
                elif fam in (socket.AF_INET, socket.AF_INET6):
                    entries.append((name, ifa.ifa_flags, ifa.ifa_addr, ifa.ifa_netmask or 0))
            node = ifa.ifa_next
        out = []
        for name, flags, addr, mask in entries:
            fam = _family(addr)
            address, scope = _ip(addr, fam)
            netmask = _ip(mask, fam)[0] if mask else ("0.0.0.0" if fam == socket.AF_INET else "::")
            prefix = ipaddress.ip_network(f"0.0.0.0/{netmask}" if fam == socket.AF_INET else "::/0").prefixlen \
                if fam == socket.AF_INET else bin(int(ipaddress.IPv6Address(netmask))).count("1")
            item: dict[str, Any] = {
                "name": name,
                "address": address,
                "netmask": netmask,
                "family": "IPv4" if fam == socket.AF_INET else "IPv6",
                "mac": macs.get(name, "00:00:00:00:00:00"),
                "internal": bool(flags & IFF_LOOPBACK),
                "cidr": f"{address}/{prefix}",
            }
            if fam == socket.AF_INET6:
                item["scopeid"] = scope
            out.append(item)
        return out
    finally:
        libc.freeifaddrs(head)
