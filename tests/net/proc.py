"""This process's resource use, for the bounded-memory net tests."""
from __future__ import annotations


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0
