"""Run every runnable docs example under node and nodecompat, compare, write RESULTS.md.

    python -m conformance.run                      # both runtimes, writes conformance/RESULTS.md
    python -m conformance.run --only 002-004 -v    # some examples, print details
    python -m conformance.run --update-baseline    # also record nodecompat's passing set (ratchet)
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):          # `python conformance/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conformance.execute import RUN_DIR, WORK, Case, Outcome, clean_stale_runs
from conformance.extract import load
from conformance.report import write_results

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"


def cases(manifest: list[dict], only: set[str] | None = None) -> list[Case]:
    """One case per runnable example; a section's server/client pair is one case."""
    out, seen = [], set()
    byid = {e["id"]: e for e in manifest}
    for e in manifest:
        if e["not_runnable"] or e["id"] in seen:
            continue
        group = [byid[i] for i in e.get("pair", [e["id"]])]
        # servers start before clients, in doc order
        group.sort(key=lambda x: (x["kind"] != "server", x["id"]))
        seen.update(x["id"] for x in group)
        if only and not (only & {x["id"] for x in group}):
            continue
        out.append(Case(group))
    return out


def first_difference(node: Outcome, other: Outcome) -> str:
    prefix = other.problem[:300] if not other.ok else ""
    for name in list(node.channels) + [c for c in other.channels if c not in node.channels]:
        a, b = node.channels.get(name, ""), other.channels.get(name, "")
        if a == b:
            continue
        al, bl = a.split("\n"), b.split("\n")
        for i in range(max(len(al), len(bl))):
            x = al[i] if i < len(al) else "<end>"
            y = bl[i] if i < len(bl) else "<end>"
            if x != y:
                diff = f"{name}, line {i + 1}: node `{x[:160]}` / nodecompat `{y[:160]}`"
                return f"{prefix} — {diff}" if prefix else diff
    return prefix or "same output but the example did not do its job"


def run_all(runtimes: tuple[str, ...] = ("node", "nodecompat"), only: set[str] | None = None,
            jobs: int = 4, keep: bool = False) -> dict:
    """Run the cases; the work dir (conformance/work/run-PID) is kept only if `keep`."""
    clean_stale_runs()
    try:
        return _run_all(runtimes, only, jobs)
    finally:
        if not keep:
            shutil.rmtree(RUN_DIR, ignore_errors=True)


def _run_all(runtimes: tuple[str, ...], only: set[str] | None, jobs: int) -> dict:
    manifest = load()
    todo = cases(manifest, only)
    results: dict[str, dict] = {}
    for rt in runtimes:
        with ThreadPoolExecutor(jobs) as pool:
            outs = list(pool.map(lambda c: c.run(rt), todo))
        for case, out in zip(todo, outs):
            results.setdefault(case.id, {"ids": [e["id"] for e in case.entries]})[rt] = out
    summary: dict[str, dict] = {}
    for cid, r in results.items():
        node: Outcome | None = r.get("node")
        for eid in r["ids"]:
            row = {"case": cid, "notes": (node or r.get("nodecompat")).notes}
            if node is not None:
                row["node"] = node.ok
                row["node_problem"] = node.problem
            if "nodecompat" in r:
                nc: Outcome = r["nodecompat"]
                same = node is not None and nc.channels == node.channels
                row["nodecompat"] = bool(nc.ok and same)
                row["nodecompat_difference"] = "" if row["nodecompat"] else (
                    first_difference(node, nc) if node else nc.problem)
            summary[eid] = row
    return {"manifest": manifest, "examples": summary}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runtime", choices=["node", "nodecompat", "both"], default="both")
    ap.add_argument("--only", nargs="*", help="example ids (e.g. 002-004)")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--update-baseline", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    rts = ("node", "nodecompat") if a.runtime == "both" else (a.runtime,)
    res = run_all(rts, set(a.only) if a.only else None, a.jobs, keep=True)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "results.json").write_text(json.dumps(res["examples"], indent=1))
    print(f"work dir: {RUN_DIR.relative_to(HERE.parent)} (results.json beside it)")
    for eid, row in sorted(res["examples"].items()):
        bad = ("node" in row and not row["node"]) or ("nodecompat" in row and not row["nodecompat"])
        if a.verbose or (bad and a.only):
            print(eid, json.dumps(row, indent=1))
    node_ok = sum(1 for r in res["examples"].values() if r.get("node"))
    nc_ok = sum(1 for r in res["examples"].values() if r.get("nodecompat"))
    print(f"examples run: {len(res['examples'])}  node pass: {node_ok}  nodecompat pass: {nc_ok}")
    if not a.only and a.runtime == "both":
        write_results(res, HERE / "RESULTS.md")
        print("wrote conformance/RESULTS.md")
        if a.update_baseline:
            passing = sorted(e for e, r in res["examples"].items() if r.get("nodecompat"))
            BASELINE.write_text(json.dumps({"nodecompat_passing": passing}, indent=1) + "\n")
            print(f"baseline: {len(passing)} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
