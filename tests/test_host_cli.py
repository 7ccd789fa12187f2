"""The nodecompat command line against node: -e/-p, --version, exit codes, execPath, SIGINT."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NC = [sys.executable, "-m", "nodecompat"]


def both(args: list[str], cwd: Path = ROOT, stdin: str = "") -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    env = dict(os.environ, NO_COLOR="")
    env.pop("NODE_OPTIONS", None)
    node = subprocess.run(["node", *args], cwd=cwd, env=env, capture_output=True, text=True, input=stdin, timeout=30)
    ours = subprocess.run([*NC, *args], cwd=cwd, env=env, capture_output=True, text=True, input=stdin, timeout=30)
    return node, ours


@pytest.mark.parametrize("args", [
    ["-e", "console.log(1 + 2, typeof require, typeof module, __filename)"],
    ["-p", "[1, 2, 3].map((x) => x * 2)"],
    ["-p", "process.argv.length", "a", "b"],
    ["-e", "process.exitCode = 3"],
    ["-e", "process.exit(5)"],
    ["-p", "require('path').join('a', 'b')"],
    ["-e", "setTimeout(() => console.log('later'), 5); console.log('now')"],
    ["-e", "var x = 5; console.log(globalThis.x)"],
    ["-p", "'str'"],
    ["-e", "console.log(process.argv.slice(2))", "--", "x", "y"],
    ["--eval", "Promise.resolve(1).then((v) => console.log('then', v))"],
])
def test_eval_and_print_like_node(args: list[str]) -> None:
    node, ours = both(args)
    assert (ours.returncode, ours.stdout) == (node.returncode, node.stdout), ours.stderr


def test_eval_throw_exits_1() -> None:
    node, ours = both(["-e", "throw new RangeError('bad')"])
    assert ours.returncode == node.returncode == 1
    assert "RangeError: bad" in ours.stderr


def test_version() -> None:
    node, ours = both(["--version"])
    assert ours.stdout == node.stdout and ours.returncode == 0


def test_help_and_usage() -> None:
    out = subprocess.run([*NC, "-h"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and "Usage" in out.stdout


def test_missing_file_like_node() -> None:
    node, ours = both(["does-not-exist.js"])
    assert ours.returncode == node.returncode == 1
    assert "Cannot find module '" + str(ROOT / "does-not-exist.js") + "'" in ours.stderr
    assert "MODULE_NOT_FOUND" in ours.stderr


def test_exec_path_runs_js(tmp_path: Path) -> None:
    child = tmp_path / "child.js"
    child.write_text("console.log('child says', process.argv[2]); process.exitCode = 4;\n")
    prog = (
        "const r = require('path');\n"
        "console.log(r.isAbsolute(process.execPath));\n"
    )
    main = tmp_path / "main.js"
    main.write_text(prog)
    ours = subprocess.run([*NC, str(main)], capture_output=True, text=True, timeout=30)
    assert ours.stdout == "true\n"
    exec_path = subprocess.run([*NC, "-p", "process.execPath"], capture_output=True, text=True, timeout=30).stdout.strip()
    run = subprocess.run([exec_path, str(child), "hi"], capture_output=True, text=True, timeout=30)
    assert (run.returncode, run.stdout) == (4, "child says hi\n"), run.stderr


def test_sigint_without_listener_dies_like_node(tmp_path: Path) -> None:
    prog = tmp_path / "spin.js"
    prog.write_text("console.log('ready'); setInterval(() => {}, 1000);\n")
    codes = []
    for cmd in (["node", str(prog)], [*NC, str(prog)]):
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline() == "ready\n"
        p.send_signal(signal.SIGINT)
        codes.append(p.wait(timeout=10))
    assert codes[1] == codes[0] == -signal.SIGINT


def test_sigint_listener_keeps_control(tmp_path: Path) -> None:
    prog = tmp_path / "sig.js"
    prog.write_text("process.on('SIGINT', (s) => { console.log('got', s); process.exit(0); });\n"
                    "console.log('ready'); setInterval(() => {}, 1000);\n")
    p = subprocess.Popen([*NC, str(prog)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline() == "ready\n"
    time.sleep(0.1)
    p.send_signal(signal.SIGINT)
    assert p.wait(timeout=10) == 0
    assert p.stdout.read() == "got SIGINT\n"


def test_program_on_stdin_like_node() -> None:
    node, ours = both([], stdin="console.log('from stdin', __filename, typeof require); process.exitCode = 2;")
    assert (ours.returncode, ours.stdout) == (node.returncode, node.stdout) == (2, "from stdin [stdin] function\n")
