"""nodecompat's Python API (run/evaluate, sync and async), in a subprocess per case: pythonmonkey
has one JS global per process and these tests must not share it with other tests."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def py(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_run_and_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text("setTimeout(() => { console.log('a', process.argv.slice(2)); process.exitCode = 2; }, 5);\n")
    (tmp_path / "b.js").write_text("console.log('b'); process.exit(7); console.log('never');\n")
    r = py(f"""
        import nodecompat
        print('rc', nodecompat.run({str(tmp_path / 'a.js')!r}, ['x']), flush=True)
        print('rc', nodecompat.run({str(tmp_path / 'b.js')!r}), flush=True)
    """)
    assert r.stdout == "a [ 'x' ]\nrc 2\nb\nrc 7\n", r.stderr


def test_evaluate_returns_value_and_waits() -> None:
    r = py("""
        import nodecompat
        v = nodecompat.evaluate("setTimeout(() => console.log('timer ran'), 5); ({ n: 41 + 1, s: 'x' })")
        print('value', int(v['n']), v['s'], flush=True)
        try:
            nodecompat.evaluate("process.exit(3)")
        except nodecompat.ProcessExit as e:
            print('exit', e.code)
    """)
    assert r.stdout == "timer ran\nvalue 42 x\nexit 3\n", r.stderr


def test_async_api_inside_running_loop(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("const t = setInterval(() => {}, 10); setTimeout(() => { clearInterval(t); console.log('done'); }, 30);\n")
    r = py(f"""
        import asyncio, nodecompat
        async def main():
            other = asyncio.create_task(asyncio.sleep(0.01, 'py task'))
            rc = await nodecompat.run_async({str(tmp_path / 'p.js')!r})
            print('rc', rc, await other, flush=True)
        asyncio.run(main())
    """)
    assert r.stdout == "done\nrc 0 py task\n", r.stderr


def test_uncaught_exception_in_api_returns_1(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text("setTimeout(() => { throw new TypeError('boom'); }, 1);\n")
    r = py(f"""
        import nodecompat
        print('rc', nodecompat.run({str(tmp_path / 't.js')!r}), flush=True)
    """)
    assert r.stdout == "rc 1\n"
    assert "TypeError: boom" in r.stderr
