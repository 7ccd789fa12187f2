"""Run one JS program under `node` and under `nodecompat` and compare what a user would see.

A program is a file under tests/js/<group>/ (`.js`, `.cjs` or `.mjs`). Its leading `// @key value`
comment lines tune the run:
  // @args a b c         extra argv
  // @env  NAME=value    extra environment
  // @timeout 20         seconds per runtime
  // @stdin some text    standard input
  // @deviation reason   known, documented difference: the test checks only the exit code
Both runs get the same cwd (the file's folder) and environment. Output is normalised: stack frame
lines (`    at …`) and the `Node.js v…` banner are dropped (SpiderMonkey's frames cannot match V8's),
and the repository path is replaced by `<ROOT>`.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JS_TESTS = ROOT / "tests" / "js"
NODECOMPAT = [sys.executable, "-m", "nodecompat"]

_FRAME = re.compile(r"^\s+at .*$|^Node\.js v\d+.*$", re.M)
_CAUSE_FRAMES = re.compile(r"\.\.\. \d+ lines matching cause stack trace \.\.\.")


@dataclass
class Run:
    stdout: str
    stderr: str
    code: int


@dataclass
class Program:
    path: Path
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = 20.0
    stdin: str | None = None
    deviation: str | None = None

    @classmethod
    def load(cls, path: Path) -> "Program":
        prog = cls(path)
        for line in path.read_text().splitlines():
            m = re.match(r"\s*//\s*@(\w+)\s*(.*)$", line)
            if not m:
                if line.strip() and not line.strip().startswith("//"):
                    break
                continue
            key, val = m.group(1), m.group(2).strip()
            if key == "args":
                prog.args = val.split()
            elif key == "env":
                k, _, v = val.partition("=")
                prog.env[k] = v
            elif key == "timeout":
                prog.timeout = float(val)
            elif key == "stdin":
                prog.stdin = val.encode().decode("unicode_escape")
            elif key == "deviation":
                prog.deviation = val
        return prog


def normalise(text: str) -> str:
    text = text.replace(str(ROOT), "<ROOT>")
    text = _FRAME.sub("", text)
    # the count of frames shared with an error's cause depends on the runtime's own frames (removed above)
    text = _CAUSE_FRAMES.sub("... <N> lines matching cause stack trace ...", text)
    # collapse the blank lines that removed frames leave behind
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def run(runtime: list[str], prog: Program) -> Run:
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env.update(prog.env)
    env.setdefault("NO_COLOR", "")
    try:
        p = subprocess.run(
            runtime + [str(prog.path)] + prog.args,
            cwd=prog.path.parent, env=env, input=(prog.stdin or "").encode(),
            capture_output=True, timeout=prog.timeout,
        )
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace")
        err = (e.stderr or b"").decode(errors="replace")
        return Run(out, err + f"\n<TIMEOUT after {prog.timeout}s>", -999)
    return Run(p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace"), p.returncode)


def run_node(prog: Program) -> Run:
    return run(["node"], prog)


def run_nodecompat(prog: Program) -> Run:
    return run(NODECOMPAT, prog)


def programs(group: str | None = None) -> list[Path]:
    base = JS_TESTS / group if group else JS_TESTS
    return sorted(p for p in base.rglob("*") if p.suffix in (".js", ".mjs", ".cjs")
                  and "node_modules" not in p.parts and not p.name.startswith("_"))


def compare(path: Path) -> None:
    """Assert that node and nodecompat agree on `path` (stdout, stderr, exit code)."""
    prog = Program.load(path)
    expected = run_node(prog)
    actual = run_nodecompat(prog)
    where = path.relative_to(ROOT)
    assert actual.code == expected.code, (
        f"{where}: exit code {actual.code}, node gave {expected.code}\n"
        f"--- nodecompat stderr ---\n{actual.stderr[-3000:]}\n--- node stderr ---\n{expected.stderr[-3000:]}")
    if prog.deviation:
        return
    assert normalise(actual.stdout) == normalise(expected.stdout), (
        f"{where}: stdout differs\n--- nodecompat stderr ---\n{actual.stderr[-2000:]}")
    assert normalise(actual.stderr) == normalise(expected.stderr), f"{where}: stderr differs"
