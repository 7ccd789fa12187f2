"""Soak: the host's hot paths (setImmediate, nextTick, EventEmitter, Buffer, console) do not leak.

1 million measured iterations after a warm-up that lets SpiderMonkey's heap reach its working
size; RSS growth over the measured part must stay under 20 MB. Runs as a subprocess (the CLI).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).resolve().parent / "js" / "runtime" / "_memory_soak.js"  # "_": not a difftest
WARMUP = 1_200_000  # SpiderMonkey grows its heap in steps up to ~1.1 M iterations (measured)
MEASURED = 1_000_000


def test_rss_growth_bounded() -> None:
    with open("/dev/null", "w") as devnull:
        p = subprocess.run([sys.executable, "-m", "nodecompat", str(PROGRAM), str(WARMUP + MEASURED), str(WARMUP)],
                           stdout=devnull, stderr=subprocess.PIPE, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    stats = json.loads(p.stderr.strip().splitlines()[-1])
    assert stats["done"] == WARMUP + MEASURED
    assert stats["ticks"] == (WARMUP + MEASURED) // 8 - 125  # the last round's ticks run after the report
    growth = stats["end"] - stats["rssAfterWarmup"]
    assert growth < 20 * 2**20, f"RSS grew {growth / 2**20:.1f} MB over {MEASURED} iterations: {stats}"


BOOT_RSS_BOUND_KB = 68 * 1024   # measured 57.9 MiB (71-79 MiB before the lazy imports)


def test_boot_rss_and_lazy_imports() -> None:
    """A program that needs neither TLS nor XHR boots without aiohttp and cryptography (~20 MiB):
    also with NODE_EXTRA_CA_CERTS set, which makes the CLI import nodecompat.tls.extra_ca."""
    src = ("const s = require('fs').readFileSync('/proc/self/status', 'utf8');"
           "console.log(s.match(/VmRSS:\\s+(\\d+)/)[1]);")
    env = dict(os.environ, NODE_EXTRA_CA_CERTS="/dev/null")
    p = subprocess.run([sys.executable, "-m", "nodecompat", "-e", src], capture_output=True, text=True,
                       timeout=60, env=env)
    assert p.returncode == 0, p.stderr
    assert int(p.stdout) < BOOT_RSS_BOUND_KB, p.stdout
    probe = ("import sys\n"
             "from nodecompat.runtime.pm_import import pythonmonkey\n"
             "from nodecompat.tls import extra_ca\n"
             "print(sorted(m for m in ('aiohttp', 'yarl', 'cryptography', 'nodecompat.tls.session')"
             " if m in sys.modules))\n"
             "import aiohttp\n"
             "print(aiohttp.TCPConnector.__module__)\n")
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split("\n")[:2] == ["[]", "aiohttp.connector"], p.stdout


def test_js_gc_parameters_and_shrinking_gc() -> None:
    """The host caps SpiderMonkey's nursery, turns compaction off (Python holds raw views of JS
    buffers) and can run a shrinking GC; JS keeps working after it."""
    probe = ("import asyncio\n"
             "from nodecompat.runtime import js_gc\n"
             "from nodecompat.runtime.host import Host\n"
             "async def main():\n"
             "    h = Host(['x'], embedded=True)\n"
             "    h.boot()\n"
             "    assert js_gc.available()\n"
             "    print(js_gc.get_param(js_gc.MAX_NURSERY_BYTES), js_gc.get_param(js_gc.COMPACTING_ENABLED))\n"
             "    h.eval_source('globalThis.keep = Array.from({length: 1e5}, (_, i) => ({i}))')\n"
             "    js_gc.shrinking_gc()\n"
             "    h.eval_source('console.log(keep.length, keep[99999].i, Buffer.from(\"ok\").toString())')\n"
             "asyncio.run(main())\n")
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split() == [str(4 << 20), "0", "100000", "99999", "ok"], p.stdout
