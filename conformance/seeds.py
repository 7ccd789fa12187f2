"""Find the code blocks of each seed doc. The seeds were scraped from HTML, each differently:

- 002 (pt): a line `js` / `bash` precedes a block; the block runs through blank lines and ends at
  the first prose paragraph (or the next marker).
- 003 (zh-TW): no marker; the last line of every block ends with a trailing space (the copy
  button's residue); the block starts after the last prose line (prose carries CJK text, headings end
  with `#`, bullets start with `•`).
- 000 (en, v8 era) and 001 (en summary): no marker, no indentation, no blank lines; code is told from
  prose line by line (statement-shaped starts, bracket/string balance, continuation lines).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@dataclass
class RawBlock:
    seed: str          # "000".."003"
    line: int          # 1-based first line of the code
    end: int           # 1-based last line
    lang: str          # js | bash | console | text
    code: str
    section: str


def seed_files() -> dict[str, Path]:
    return {p.name[:3]: p for p in sorted(SEEDS_DIR.glob("[0-9][0-9][0-9]_*.txt"))}


# ---------------------------------------------------------------- 002: `js` marker lines
_META = re.compile(r"^(Adicionado em|\[Histórico\]|Obsoleto desde|\[Estável|Estável:|Versão)")
_WORDS4 = re.compile(r"(?:[^\W\d_]+ ){3}[^\W\d_]+")
_CODECHARS = set("(){}[];=.'\"`")


def _strip_literals(s: str) -> str:
    s = re.sub(r"//.*$", "", s)
    return re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "''", s)


def _paragraphs(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    paras, start = [], None
    for i in range(lo, hi):
        if lines[i].strip():
            if start is None:
                start = i
        elif start is not None:
            paras.append((start, i))
            start = None
    if start is not None:
        paras.append((start, hi))
    return paras


def _is_prose_002(first: str, next_first: str | None) -> bool:
    s = first.strip()
    if first.startswith("  •"):
        return True
    if s.startswith(("//", "/*", "*")):
        return False
    if not (set(s) & _CODECHARS):
        return True
    if next_first is not None and _META.match(next_first.strip()):
        return True
    return bool(_WORDS4.search(_strip_literals(s)))


def _headings_002(lines: list[str], code_lines: set[int]) -> dict[int, str]:
    heads: dict[int, str] = {}
    paras = _paragraphs(lines, 0, len(lines))
    for k, (a, b) in enumerate(paras):
        if b - a != 1 or a in code_lines:
            continue
        s = lines[a].strip()
        nxt = lines[paras[k + 1][0]].strip() if k + 1 < len(paras) else ""
        if s in ("js", "bash") or _META.match(s) or s.startswith(("•", "[")) or len(s) < 3 or \
                re.match(r"^[A-Z]+ /\S* HTTP/|^Accept:", s):
            continue
        if _META.match(nxt) or (len(s) <= 80 and not re.search(r"[.:;,!?]$", s)):
            heads[a] = s
    return heads


def blocks_002(text: str) -> list[RawBlock]:
    lines = text.split("\n")
    marks = [i for i, l in enumerate(lines) if l in ("js", "bash")]
    spans: list[tuple[int, int, str]] = []
    for k, m in enumerate(marks):
        hi = marks[k + 1] if k + 1 < len(marks) else len(lines)
        paras = _paragraphs(lines, m + 1, hi)
        end = paras[0][1]
        for j in range(1, len(paras)):
            nxt = lines[paras[j + 1][0]] if j + 1 < len(paras) else (
                lines[hi + 1] if hi + 1 < len(lines) else None)
            if _is_prose_002(lines[paras[j][0]], nxt):
                break
            end = paras[j][1]
        spans.append((m + 1, end, lines[m]))
    code_lines = {i for a, b, _ in spans for i in range(a - 1, b)}
    heads = _headings_002(lines, code_lines)
    out = []
    for a, b, lang in spans:
        code = "\n".join(lines[a:b]).strip("\n") + "\n"
        if lang == "bash" and code.startswith("$ node"):
            lang = "console"
        out.append(RawBlock("002", a + 1, b, lang, code, _nearest(heads, a)))
    return out


def _nearest(heads: dict[int, str], i: int) -> str:
    best = ""
    for k in sorted(heads):
        if k >= i:
            break
        best = heads[k]
    return best


# ---------------------------------------------------------------- 003: trailing-space ends
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _is_prose_003(line: str) -> bool:
    return bool(_CJK.search(line)) or line.rstrip().endswith("#") or line.startswith("  •")


def _lang_003(code: str) -> str:
    first = code.lstrip().split("\n", 1)[0]
    if first.startswith("$ "):
        return "console"
    if first.startswith(("openssl ", "curl ", "nghttp ")):
        return "bash"
    if re.match(r"^(GET|POST|PUT|HEAD) /\S* HTTP/", first):
        return "text"
    return "js"


def blocks_003(text: str) -> list[RawBlock]:
    lines = text.split("\n")
    heads = {i: l.rstrip()[:-1] for i, l in enumerate(lines) if l.rstrip().endswith("#")}
    out, prev_end = [], -1
    for e, l in enumerate(lines):
        if not (l.strip() and l != l.rstrip(" ")) or _is_prose_003(l):
            continue
        s = e
        while s - 1 > prev_end and not _is_prose_003(lines[s - 1]):
            s -= 1
        while not lines[s].strip():
            s += 1
        code = "\n".join(x.rstrip(" ") if i == e else x for i, x in enumerate(lines[s:e + 1], s)) + "\n"
        out.append(RawBlock("003", s + 1, e + 1, _lang_003(code), code, _nearest(heads, s)))
        prev_end = e
    return out


# ---------------------------------------------------------------- 000 / 001: flat text
_STARTER = re.compile(r"^((const|let|var)\s+[\w${[]|function\s*\w*\s*\(|class\s+\w|import\s|export\s|"
                      r"(if|for|while)\s*\(|try\s*\{)|"
                      r"^[A-Za-z_$][\w$]*(\.[\w$]+)*\s*(\(|=[^=>])")
_ENDS_OPEN = re.compile(r"(;|\{|\(|,|\[|=>)\s*(//.*)?$")
_CONT = re.compile(r"^([\])}.?:]|&&|\|\|)")


def _scan(line: str, st: dict) -> None:
    """Update bracket depth / open string / block comment across one line (strings may span
    lines: the 001 scrape broke `'Hello World\\n'` in two)."""
    i = 0
    while i < len(line):
        c = line[i]
        if st["comment"]:
            if line.startswith("*/", i):
                st["comment"] = False
                i += 1
        elif st["quote"]:
            if c == "\\":
                i += 1
            elif c == st["quote"]:
                st["quote"] = None
        elif line.startswith("//", i):
            return
        elif line.startswith("/*", i):
            st["comment"] = True
            i += 1
        elif c in "'\"`":
            st["quote"] = c
        elif c in "([{":
            st["depth"] += 1
        elif c in ")]}":
            st["depth"] -= 1
        i += 1


def _is_start(line: str) -> bool:
    return bool(_STARTER.match(line) and _ENDS_OPEN.search(line))


def _flat_spans(lines: list[str]) -> list[tuple[int, int]]:
    spans, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].startswith(("//", "/*")):
            j += 1                          # leading comment lines belong to the block after them
        if j >= len(lines) or not _is_start(lines[j]):
            i += 1
            continue
        st = {"depth": 0, "quote": None, "comment": False}
        k = i
        while k < len(lines) and k - i < 80:
            _scan(lines[k], st)
            k += 1
            if st["depth"] > 0 or st["quote"] or st["comment"]:
                continue
            if k < len(lines) and (lines[k].startswith(("//", "/*")) or _is_start(lines[k]) or _CONT.match(lines[k])):
                continue
            break
        spans.append((i, k))
        i = k
    return spans


def _heads_flat(seed: str, lines: list[str]) -> dict[int, str]:
    heads = {}
    for i, l in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if seed == "001":
            m = re.match(r"^(\d+)\. (.+)$", l)
            if m:
                heads[i] = m.group(2)
        elif re.match(r"^(Class|Event): \S", l) or l in ("Core API", "Compatibility API", "Headers Object",
                                                         "Settings Object", "Error Handling", "ALPN negotiation",
                                                         "Push streams on the client",
                                                         "Supporting the CONNECT method"):
            heads[i] = l
        elif re.match(r"^[a-z]\w*\.[\w.]+(\(.*\))?$", l) and (nxt.startswith("- ") or re.match(r"^\w+$", nxt)):
            heads[i] = l
    return heads


def blocks_flat(seed: str, text: str) -> list[RawBlock]:
    lines = text.split("\n")
    heads = _heads_flat(seed, lines)
    return [RawBlock(seed, a + 1, b, "js", "\n".join(lines[a:b]) + "\n", _nearest(heads, a))
            for a, b in _flat_spans(lines)]


def all_blocks() -> list[RawBlock]:
    out: list[RawBlock] = []
    for seed, path in seed_files().items():
        text = path.read_text(encoding="utf-8")
        if seed == "002":
            out += blocks_002(text)
        elif seed == "003":
            out += blocks_003(text)
        else:
            out += blocks_flat(seed, text)
    return out
