"""Short soak (CI form of bench/js_soak.py): 60k h2load requests against a JS hello server under
nodecompat. A per-request leak or a slowdown fails the build."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from js_soak import Step, rate_kept, run  # noqa: E402


def pooled(steps: list[Step]) -> Step:
    """One step standing for several: mean rate and CPU per request, the last RSS."""
    n = len(steps)
    return Step(done=steps[-1].done, rate=sum(s.rate for s in steps) / n,
                rss_mib=steps[-1].rss_mib, cpu_us=sum(s.cpu_us for s in steps) / n)


def test_soak_60k_flat_rate_and_memory() -> None:
    steps = run(total=60000, step=10000, c=10, m=10, timeout_s=300)
    assert len(steps) == 6
    first, last = steps[0], steps[-1]
    report = ", ".join(f"{s.done}: {s.rate:.0f}/s {s.cpu_us:.0f} us/req {s.rss_mib:.0f} MiB"
                       for s in steps)
    # 10k-request steps last under a second, so one step's rate moves +-20 % with whatever else
    # runs on the 2 cores: compare the first two steps with the last two, with a 0.8 bar (the
    # 500k bench keeps the 0.9 on 50k steps). RSS below is the leak detector proper.
    head, tail = pooled(steps[:2]), pooled(steps[-2:])
    assert rate_kept(head, tail, ratio=0.8), report
    # after the first 10k (warm-up) the process may grow its heaps, but not per request
    assert last.rss_mib - first.rss_mib < 30, report
    assert max(s.rss_mib for s in steps) < 120, report   # the bound for the 500k soak
