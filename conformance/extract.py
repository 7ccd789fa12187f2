"""Extract every code block of ../shared/seeds into conformance/examples/<seed>/ and write
conformance/manifest.json. Deterministic: rerunning rewrites the same files.

    python -m conformance.extract
"""
from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

from conformance.classify import analyse, classify, fingerprint, same_example_groups
from conformance.seeds import all_blocks, seed_files

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples"
MANIFEST = HERE / "manifest.json"
_EXT = {"esm": ".mjs", "cjs": ".js", None: ".txt"}


def _slug(section: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", section).strip("-").lower()[:40]
    return s or "top"


def build() -> list[dict]:
    blocks = all_blocks()
    facts = analyse([b.code for b in blocks])
    entries: list[dict] = []
    per_seed: Counter = Counter()
    for b, f in zip(blocks, facts):
        per_seed[b.seed] += 1
        info = classify(b.code, b.seed, b.lang, f)
        ident = f"{b.seed}-{per_seed[b.seed]:03d}"
        fname = f"{b.seed}/{per_seed[b.seed]:03d}-{_slug(b.section)}{_EXT[info['module']]}"
        entries.append({"id": ident, "file": fname, "seed": seed_files()[b.seed].name,
                        "lines": [b.line, b.end], "section": b.section, "lang": b.lang, **info,
                        "code": b.code})
    prints = [fingerprint(e["code"]) if e["lang"] == "js" else "" for e in entries]
    groups = same_example_groups(prints)
    members: dict[int, list[str]] = {}
    for e, g in zip(entries, groups):
        if e["lang"] == "js":
            members.setdefault(g, []).append(e["id"])
    for e, g in zip(entries, groups):
        e["same_as"] = [i for i in members.get(g, []) if i != e["id"]]
    _pairs(entries)
    return entries


def _pairs(entries: list[dict]) -> None:
    """Servers and clients of one section (same seed, same module form) run together."""
    by_section: dict[tuple, list[dict]] = {}
    for e in entries:
        if e["kind"] in ("server", "client") and not e["not_runnable"]:
            by_section.setdefault((e["seed"], e["section"], e["module"]), []).append(e)
    for group in by_section.values():
        kinds = {e["kind"] for e in group}
        secure = {bool(re.search(r"createSecureServer\(", e["code"])) for e in group if e["kind"] == "server"}
        schemes = {("https" in e["code"]) for e in group if e["kind"] == "client"}
        if kinds == {"server", "client"} and schemes == {any(secure)}:
            # a translation that has the client speak TLS to a cleartext server is not a pair
            ids = [e["id"] for e in group]
            for e in group:
                e["pair"] = ids


def write(entries: list[dict]) -> None:
    if EXAMPLES.exists():
        shutil.rmtree(EXAMPLES)
    for e in entries:
        path = EXAMPLES / e["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(e["code"], encoding="utf-8")
    manifest = [{k: v for k, v in e.items() if k != "code"} for e in entries]
    MANIFEST.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def load() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def main() -> int:
    entries = build()
    write(entries)
    counts = Counter((e["seed"][:3], e["lang"]) for e in entries)
    kinds = Counter(e["kind"] for e in entries)
    print("blocks per seed:", dict(sorted(counts.items())))
    print("kinds:", dict(sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
