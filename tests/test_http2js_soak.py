"""Short soak (CI form of bench/js_soak.py): 60k h2load requests against a JS hello server under
nodecompat. A per-request leak or a slowdown fails the build."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from js_soak import rate_kept, run  # noqa: E402


def test_soak_60k_flat_rate_and_memory() -> None:
    steps = run(total=60000, step=10000, c=10, m=10, timeout_s=300)
    assert len(steps) == 6
    first, last = steps[0], steps[-1]
    report = ", ".join(f"{s.done}: {s.rate:.0f}/s {s.cpu_us:.0f} us/req {s.rss_mib:.0f} MiB"
                       for s in steps)
    assert rate_kept(first, last), report
    # after the first 10k (warm-up) the process may grow its heaps, but not per request
    assert last.rss_mib - first.rss_mib < 30, report
    assert max(s.rss_mib for s in steps) < 120, report   # the bound for the 500k soak
