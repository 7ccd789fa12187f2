"""Make outputs of two runs comparable: dates, timings, ports, paths and engine stack frames vary."""
from __future__ import annotations

import re

_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT")
_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
# timings and other measured floats; HTTP versions (`req.httpVersion` 1.0/1.1/2.0) are kept: a
# server answering an HTTP/1.1 request as "2.0" is a real difference
_FLOAT = re.compile(r"\b(?!(?:1\.[01]|2\.0)\b)\d+\.\d+(e[+-]?\d+)?\b")
_MS = re.compile(r"\b\d+(\.\d+)? ?(ms|milliseconds)\b")
_FRAME = re.compile(r"^\s+at .*$|^Node\.js v\d+.*$", re.M)
# ports the kernel picks (listen(0), client source ports): Linux's ephemeral range 32768-60999,
# seen after a colon (host:port, `port: n`) or a space ("port is n."); a following "." is only a
# float's when a digit comes after it
_EPHEMERAL = re.compile(r"(?<=[:\s])(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b(?=\.(?!\d)|[^.\d]|$)")


def normalise(text: str, ports: dict[int, int], workdir: str) -> str:
    text = text.replace(workdir, "<WORK>")
    text = _DATE.sub("<DATE>", text)
    text = _ISO.sub("<DATE>", text)
    text = _MS.sub("<N> ms", text)
    for fixed, actual in sorted(ports.items(), key=lambda kv: -len(str(kv[1]))):
        text = re.sub(rf"\b{actual}\b", f"<PORT:{fixed}>", text)
    text = _EPHEMERAL.sub("<EPHEMERAL-PORT>", text)
    text = _FLOAT.sub("<FLOAT>", text)
    text = _FRAME.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
