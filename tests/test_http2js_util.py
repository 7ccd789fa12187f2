"""js/internal/http2/util.js and constants.js against Node's own implementation.

The oracle program loads our files and Node's internals side by side (`node --expose-internals`)
and compares every case: constants table, settings packing/unpacking and their errors, header-map
validation and flattening, received-header objects.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORACLE = ROOT / "tests" / "js" / "http2" / "_util_oracle.js"


def test_util_matches_node_internals() -> None:
    p = subprocess.run(["node", "--expose-internals", str(ORACLE)],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-2000:]
    assert "mismatches 0" in p.stdout
    cases = int(p.stdout.split("cases ")[1].split()[0])
    assert cases > 400
