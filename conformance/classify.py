"""What each extracted block is: module type, kind, the context a fragment needs, and which blocks
are the same example (another translation, or the ESM/CJS twin)."""
from __future__ import annotations

import difflib
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Names a fragment may use that a generic wrapper can supply.
CONTEXT_NAMES = {"stream", "session", "request", "response", "req", "res", "client", "clientSession",
                 "server", "headers"}
# Names the doc leaves out that a prelude supplies (module handles, "get options somehow").
PRELUDE_NAMES = {"http2", "fs", "getOptionsSomehow", "getSecureOptionsSomehow"}
# v8-era APIs that current Node no longer has.
_REMOVED = re.compile(r"\.(shutdown|rstStream|rstWithNoError|rstWithProtocolError|rstWithCancel|"
                      r"rstWithRefuse|rstWithInternalError|rstStreamWithCancel)\(")
_OLD_PUSH_CB = re.compile(r"pushStream\([^;]*?,\s*\(pushStream\)\s*=>")
_SERVER = re.compile(r"\bcreate(Secure)?Server\(")
_CLIENT = re.compile(r"\bhttp2\.connect\(")
_ESM_CONNECT = re.compile(r"import\s*\{[^}]*\bconnect\b[^}]*\}\s*from\s*'(node:)?http2'")
_DOCS_FAIL = re.compile(r"//\s*(Fails|Falha)\b|//.*\bwill throw\b", re.I)


def analyse(codes: list[str]) -> list[dict]:
    """Parse facts from acorn (conformance/tools/analyse.js), one node process for all blocks."""
    out = subprocess.run(["node", str(HERE / "tools" / "analyse.js")], input=json.dumps(codes),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def classify(code: str, seed: str, lang: str, facts: dict) -> dict:
    """Return module, kind, context, free names and, if it cannot run on current Node, why."""
    info: dict = {"module": None, "kind": None, "context": [], "free": facts.get("free", []),
                  "not_runnable": None}
    if lang != "js":
        info.update(kind="not-js", not_runnable=f"{lang} block, not JavaScript")
        return info
    info["module"] = "esm" if facts["esm"] else "cjs"
    if not facts["parses"]:
        info.update(kind="broken", not_runnable=f"does not parse as printed in the doc: {facts['error']}")
        return info
    if _REMOVED.search(code) or _OLD_PUSH_CB.search(code):
        api = (_REMOVED.search(code) or _OLD_PUSH_CB.search(code)).group(0)
        info.update(kind="v8-era", not_runnable=f"v8-era API removed from current Node: {api.strip()}")
        return info
    ctx = sorted(set(info["free"]) & CONTEXT_NAMES)
    server = bool(_SERVER.search(code))
    client = bool(_CLIENT.search(code) or (_ESM_CONNECT.search(code) and re.search(r"(?<![\w.])connect\(", code)))
    if ctx:
        kind = "fragment"
    elif server and client:
        kind = "pair"
    elif server:
        kind = "server"
    elif client:
        kind = "client"
    else:
        kind = "computation"
    info.update(kind=kind, context=ctx)
    unknown = sorted(set(info["free"]) - CONTEXT_NAMES - PRELUDE_NAMES)
    if _DOCS_FAIL.search(code):
        info["not_runnable"] = "the doc says this example fails"
    elif unknown:
        info["not_runnable"] = f"uses names the doc never defines: {', '.join(unknown)}"
    return info


_TOKEN = re.compile(r"'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`|//[^\n]*|/\*.*?\*/", re.S)


def fingerprint(code: str) -> str:
    """Code with comments, imports/requires, module prefixes and layout removed (translations differ
    in comments and sometimes in string text, module forms in imports and prefixes)."""
    def sub(m: re.Match) -> str:
        t = m.group(0)
        if t.startswith("/"):
            return ""
        return t if " " not in t and t.isascii() else "S"   # prose strings are translated
    s = _TOKEN.sub(sub, code)
    s = re.sub(r"^\s*import\b.*$", "", s, flags=re.M)
    s = re.sub(r"^\s*(const|let|var)\s+[^=]+=\s*require\([^)]*\);?\s*$", "", s, flags=re.M)
    s = re.sub(r"\b(http2|fs|net|perf_hooks)\.", "", s)
    return re.sub(r"[\s;]+", "", s)


def same_example_groups(prints: list[str], threshold: float = 0.93) -> list[int]:
    """Union blocks whose fingerprints are equal or nearly so; returns a group index per block."""
    parent = list(range(len(prints)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(prints)):
        for j in range(i + 1, len(prints)):
            a, b = prints[i], prints[j]
            if not a or not b or find(i) == find(j):
                continue
            if a == b:
                parent[find(j)] = find(i)
                continue
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() >= threshold and sm.quick_ratio() >= threshold and sm.ratio() >= threshold:
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(prints))]
