"""Soak: h2load against a JS core-API hello server under nodecompat; RSS and rate over time.

    python bench/js_soak.py [--total 500000] [--step 50000] [-c 10] [-m 10]

Criteria (issue): RSS growth after warm-up < 30 MB, RSS < 120 MiB, and the last step's rate
>= 90 % of the first step's. Exit status 1 when a criterion fails. tests/test_http2js_soak.py
runs a short form of this (a leak fails the build).

RSS is read three ways: at the end of each step (what earlier sessions reported), sampled every
10 ms during the step (`lo`-`hi`: the sawtooth between the host's GC + malloc_trim passes), and
the kernel's high-water mark VmHWM — the true peak, which the < 120 MiB criterion uses. A step's
floor (`lo`) is the steadiest leak signal: the sawtooth's height does not move it.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from js_h2load import cpu_s  # noqa: E402

NODECOMPAT = [sys.executable, "-m", "nodecompat"]

SERVER = """
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('hello world');
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
"""


@dataclass
class Step:
    done: int
    rate: float
    rss_mib: float
    cpu_us: float = 0.0   # server CPU (user+sys) per request in this step: steadier than req/s
    rss_lo: float = 0.0   # lowest and highest RSS sampled during the step
    rss_hi: float = 0.0
    hwm_mib: float = 0.0  # VmHWM (peak RSS since the server started) at the end of the step


def rss_mib(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024.0
    return 0.0


class Sampler:
    """RSS of `pid` every 10 ms on a thread, while a step runs."""

    def __init__(self, pid: int) -> None:
        self.pid, self.samples, self._stop = pid, [], threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append(rss_mib(self.pid))
            self._stop.wait(0.01)

    def __enter__(self) -> "Sampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(total: int, step: int, c: int, m: int, timeout_s: float = 900.0,
        server: str = SERVER) -> list[Step]:
    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "hello.js"
        script.write_text(server)
        proc = subprocess.Popen(NODECOMPAT + [str(script)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            mm = re.match(r"PORT (\d+)", line or "")
            if not mm:
                raise RuntimeError(f"server did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
            url = f"http://127.0.0.1:{mm.group(1)}/"
            steps: list[Step] = []
            deadline = time.monotonic() + timeout_s
            while len(steps) * step < total and time.monotonic() < deadline:
                c0 = cpu_s(proc.pid)
                with Sampler(proc.pid) as sampler:
                    out = subprocess.run(["h2load", "-n", str(step), "-c", str(c), "-m", str(m), url],
                                         capture_output=True, text=True, timeout=timeout_s).stdout
                ok = re.search(r"(\d+) succeeded", out)
                rate = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", out)
                if not ok or not rate or int(ok.group(1)) != step:
                    raise RuntimeError(f"h2load failed:\n{out}")
                cpu_us = (cpu_s(proc.pid) - c0) / step * 1e6
                end = rss_mib(proc.pid)
                seen = sampler.samples + [end]
                steps.append(Step(len(steps) * step + step, float(rate.group(1)), end, cpu_us,
                                  min(seen), max(seen), rss_mib(proc.pid, "VmHWM")))
            return steps
        finally:
            proc.kill()
            proc.wait()


def floor_growth(steps: list[Step]) -> float:
    """How far the RSS floor rose from just after warm-up (the steps after the first, a third of
    them) to the last third of the run, in MiB: per-request garbage moves the sawtooth's top,
    a leak moves its floor."""
    third = max(1, (len(steps) - 1) // 3)
    return min(s.rss_lo for s in steps[-third:]) - min(s.rss_lo for s in steps[1:1 + third])


def rate_kept(first: Step, last: Step, ratio: float = 0.9) -> bool:
    """The last step runs at >= `ratio` of the first's rate. The server's own rate is 1/CPU per
    request (req/s also moves with whatever else loads the 2 cores); either measure may show it."""
    by_wall = last.rate >= ratio * first.rate
    by_cpu = last.cpu_us > 0 and first.cpu_us > 0 and first.cpu_us / last.cpu_us >= ratio
    return by_wall or by_cpu


def verdict(steps: list[Step]) -> list[str]:
    """Failed criteria (empty list: pass). Warm-up = the first step."""
    fails = []
    warm = steps[0].rss_mib
    grown = max(s.rss_mib for s in steps) - warm
    peak = max(max(s.hwm_mib, s.rss_hi, s.rss_mib) for s in steps)
    if grown >= 30:
        fails.append(f"RSS grew {grown:.1f} MiB after warm-up")
    if peak >= 120:
        fails.append(f"RSS peak {peak:.1f} MiB")
    if len(steps) > 1 and not rate_kept(steps[0], steps[-1]):
        fails.append(f"last step slower: {steps[-1].rate:.0f} req/s, {steps[-1].cpu_us:.0f} us CPU/req"
                     f" vs first {steps[0].rate:.0f} req/s, {steps[0].cpu_us:.0f} us CPU/req")
    return fails


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--total", type=int, default=500000)
    ap.add_argument("--step", type=int, default=50000)
    ap.add_argument("-c", type=int, default=10)
    ap.add_argument("-m", type=int, default=10)
    a = ap.parse_args()
    steps = run(a.total, a.step, a.c, a.m)
    for s in steps:
        print(f"{s.done:>8} requests  {s.rate:8.0f} req/s  {s.cpu_us:6.1f} us CPU/req  "
              f"RSS {s.rss_mib:6.1f} MiB (during the step {s.rss_lo:5.1f}-{s.rss_hi:5.1f}, "
              f"peak so far {s.hwm_mib:5.1f})")
    fails = verdict(steps)
    print("PASS" if not fails else "FAIL: " + "; ".join(fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
