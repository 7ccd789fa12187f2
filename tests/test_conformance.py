"""The docs' examples (conformance/): every runnable one passes under node, and nodecompat never
falls below the committed baseline of examples known to pass (conformance/baseline.json).

Run alone with `pytest -m conformance`; the CLI `python -m conformance.run` also writes RESULTS.md.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conformance import extract  # noqa: E402
from conformance.run import BASELINE, run_all  # noqa: E402

pytestmark = pytest.mark.conformance

# Blocks per seed file, counted by hand against each file's convention (see conformance/README.md).
EXPECTED_BLOCKS = {"000": {"js": 52}, "001": {"js": 7}, "002": {"js": 107, "bash": 1, "console": 1},
                   "003": {"js": 69, "bash": 1, "console": 1, "text": 1}}


@pytest.fixture(scope="session")
def results() -> dict:
    return run_all(("node", "nodecompat"), jobs=4)["examples"]


def test_every_block_is_extracted_and_reproducible():
    entries = extract.build()
    counts: dict[str, Counter] = {}
    for e in entries:
        counts.setdefault(e["seed"][:3], Counter())[e["lang"]] += 1
    assert {k: dict(v) for k, v in counts.items()} == EXPECTED_BLOCKS
    committed = extract.load()
    assert [{k: v for k, v in e.items() if k != "code"} for e in entries] == committed, \
        "manifest.json is stale: run `python -m conformance.extract`"
    for e in entries:
        assert (extract.EXAMPLES / e["file"]).read_text(encoding="utf-8") == e["code"], e["file"]


def test_not_counted_blocks_say_why():
    for e in extract.load():
        if e["lang"] == "js" and e["not_runnable"]:
            assert e["kind"] in ("v8-era", "broken", "fragment", "server", "client", "computation")
            assert len(e["not_runnable"]) > 10


@pytest.mark.timeout(900)
def test_runnable_examples_pass_under_node(results):
    runnable = {e["id"] for e in extract.load() if not e["not_runnable"]}
    assert set(results) == runnable
    failing = {i: r["node_problem"] for i, r in results.items() if not r["node"]}
    assert not failing, json.dumps(failing, indent=1)


def test_nodecompat_does_not_regress(results):
    baseline = json.loads(BASELINE.read_text())["nodecompat_passing"]
    regressed = {i: results[i]["nodecompat_difference"] for i in baseline if not results[i]["nodecompat"]}
    assert not regressed, "examples that passed under nodecompat no longer do:\n" + json.dumps(regressed, indent=1)
