"""host.call from Python: payload Buffers, the uncaught path with the original error object,
nextTick/promise draining after each call, handles keeping the process alive. Runs a small
embedding script in a subprocess (pythonmonkey: one JS global per process)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r'''
import asyncio, sys
from nodecompat.runtime.bindings import binding
from nodecompat.runtime.host import Host

@binding("_hosttest")
def make(host):
    state = {}
    def start(on_data, on_done):
        handle = host.registry.handle("fake-io")           # keeps the process alive
        chunks = [b"abc", bytes(range(256)) * 300, b""]   # the second one is bigger than the arena
        def deliver():
            data = chunks.pop(0)
            if data:
                host.call(on_data, len(data), payload=data)
                host.loop.call_later(0.005, deliver)
            else:
                handle.close()
                host.call(on_done)
        host.loop.call_soon(deliver)
    return {"start": start}

async def main():
    host = Host([sys.argv[1]])
    host.boot()
    host.run_main(sys.argv[1])
    code = await host.run_until_idle()
    print("exit", code, flush=True)

asyncio.run(main())
'''

def test_payload_buffers_ticks_and_uncaught(tmp_path: Path) -> None:
    # user code cannot reach internalBinding: the embedding script exposes the test binding
    js = tmp_path / "prog.js"
    js.write_text(textwrap.dedent('''
        const out = [];
        process.on('uncaughtException', (err) => {
          console.log('uncaught', err instanceof RangeError, err.code, err === globalThis.lastErr);
        });
        globalThis.__hostTest.start((n, buf) => {
          out.push(`data ${n} ${Buffer.isBuffer(buf)} ${buf.length} ${buf[0]}`);
          process.nextTick(() => out.push('tick'));
          Promise.resolve().then(() => out.push('micro'));
          if (n === 3) {
            buf[0] = 0;  // the Buffer is JS's own copy
            const e = new RangeError('from callback');
            e.code = 'ERR_TEST';
            globalThis.lastErr = e;
            throw e;
          }
        }, () => { console.log(out.join('\\n')); console.log('done'); });
    '''))
    script = tmp_path / "embed.py"
    script.write_text(SCRIPT.replace("host.run_main(sys.argv[1])",
        "import pythonmonkey as pm\n"
        "    pm.eval('(b) => { globalThis.__hostTest = { start: b.start }; }')(host._internal_binding('_hosttest'))\n"
        "    host.run_main(sys.argv[1])"))
    p = subprocess.run([sys.executable, str(script), str(js)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines() == [
        "uncaught true ERR_TEST true",
        "data 3 true 3 97",
        "tick",
        "micro",
        "data 76800 true 76800 0",
        "tick",
        "micro",
        "done",
        "exit 0",
    ], p.stdout + p.stderr
