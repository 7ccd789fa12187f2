"""Make outputs of two runs comparable: dates, timings, ports, paths and engine stack frames vary."""
from __future__ import annotations

import re

_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT")
_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
_FLOAT = re.compile(r"\b\d+\.\d+(e[+-]?\d+)?\b")
_MS = re.compile(r"\b\d+(\.\d+)? ?(ms|milliseconds)\b")
_FRAME = re.compile(r"^\s+at .*$|^Node\.js v\d+.*$", re.M)


def normalise(text: str, ports: dict[int, int], workdir: str) -> str:
    text = text.replace(workdir, "<WORK>")
    text = _DATE.sub("<DATE>", text)
    text = _ISO.sub("<DATE>", text)
    text = _MS.sub("<N> ms", text)
    for fixed, actual in sorted(ports.items(), key=lambda kv: -len(str(kv[1]))):
        text = re.sub(rf"\b{actual}\b", f"<PORT:{fixed}>", text)
    text = _FLOAT.sub("<FLOAT>", text)
    text = _FRAME.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
