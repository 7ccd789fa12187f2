"""Run one case (an example, or a server/client pair) under one runtime and record what it showed."""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from conformance import certs, ports, wrappers
from conformance.normalise import normalise

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
# Per process, so that two runs at once (the CLI and pytest, say) never share a work dir.
RUN_DIR = WORK / f"run-{os.getpid()}"
EXAMPLES = HERE / "examples"
DRIVERS = HERE / "drivers"
_VENV_PY = ROOT / ".venv" / "bin" / "python"
RUNTIMES = {"node": ["node"],
            "nodecompat": [str(_VENV_PY if _VENV_PY.exists() else Path(sys.executable)), "-m", "nodecompat"]}

READY_TIMEOUT = 8.0      # a server must listen within this
CLIENT_TIMEOUT = 4.0     # a client that has not exited by then is recorded as still running
PROGRAM_TIMEOUT = 10.0   # computations and wrapped fragments


@dataclass
class Outcome:
    ok: bool                                   # did the example do its job under this runtime
    channels: dict[str, str] = field(default_factory=dict)   # normalised observations
    problem: str = ""                          # why not ok
    notes: list[str] = field(default_factory=list)            # wrappers, rewrites


class _Proc:
    """A child in its own process group with output to files (only this group is ever signalled)."""

    def __init__(self, argv: list[str], cwd: Path, name: str):
        self.out, self.err = cwd / f"{name}.out", cwd / f"{name}.err"
        env = child_env()
        env.pop("NODE_OPTIONS", None)
        with open(self.out, "wb") as o, open(self.err, "wb") as e:
            try:
                self.p = subprocess.Popen(argv, cwd=cwd, stdout=o, stderr=e, stdin=subprocess.DEVNULL,
                                          env=env, start_new_session=True)
                self.spawn_error = ""
            except OSError as exc:
                self.p, self.spawn_error = None, f"cannot start {argv[0]}: {exc}"

    def wait(self, timeout: float) -> int | None:
        if self.p is None:
            return 127
        try:
            return self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> int | None:
        """Terminate if still running; returns the exit code if it had exited by itself."""
        if self.p is None:
            return 127
        code = self.p.poll()
        if code is not None:
            return code
        for sig, grace in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 2.0)):
            try:
                os.killpg(self.p.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.p.wait(grace)
                break
            except subprocess.TimeoutExpired:
                continue
        return None

    def text(self) -> tuple[str, str]:
        return (self.out.read_text(errors="replace") + self.spawn_error,
                self.err.read_text(errors="replace"))


_FRAME_LINE = re.compile(r"^\s+at |^\S*@\S+:\d+:\d+$|^Node\.js v|^\s*\^+\s*$|^node:")


def gist(stderr: str) -> str:
    """The line of an error report that says what went wrong (not stack frames or source excerpts)."""
    lines = [l for l in stderr.splitlines() if l.strip() and not _FRAME_LINE.search(l)]
    for l in lines:
        if re.search(r"\b\w*(Error|Exception)\b|\bcode: '", l):
            return l.strip()[:240]
    return (lines[0].strip() if lines else "")[:240]


def _listening(port: int) -> bool:
    for host in ("127.0.0.1", "::1"):
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return True
        except OSError:
            continue
    return False


def _wait_ready(proc: _Proc, port: int) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if _listening(port):
            return True
        if proc.wait(0.05) is not None:
            return False
    return False


_certs_lock = threading.Lock()


def clean_stale_runs() -> None:
    """Remove the work dirs of runs whose process is gone."""
    for d in WORK.glob("run-*"):
        try:
            os.kill(int(d.name[4:]), 0)
        except (ValueError, ProcessLookupError):
            shutil.rmtree(d, ignore_errors=True)
        except PermissionError:
            pass


def child_env() -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1", NODE_EXTRA_CA_CERTS=str(RUN_DIR / "certs" / "ca.pem"))
    env.pop("NODE_OPTIONS", None)
    return env


def _uncommented(code: str) -> str:
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", code, flags=re.S)

_SERVER_VAR = re.compile(r"(?:const|let|var)\s+(\w+)\s*=\s*(?:http2\.)?create(?:Secure)?Server\(")


class Case:
    """The entries run together (one, or a section's servers and clients) and their preparation."""

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self.id = "+".join(e["id"] for e in entries)

    def prepare(self, runtime: str) -> tuple[Path, dict[int, int], list[tuple[dict, Path]], list[str]]:
        workdir = RUN_DIR / runtime / self.id
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
        with _certs_lock:
            key, chain = certs.make(RUN_DIR / "certs")
        certs.install(workdir, key, chain)
        (workdir / wrappers.SOME_FILE).write_text("some file content\n")
        notes: list[str] = []
        codes = {e["id"]: (EXAMPLES / e["file"]).read_text(encoding="utf-8") for e in self.entries}
        wanted: set[int] = set()
        for e in self.entries:
            wanted |= ports.fixed_ports(codes[e["id"]])
        unlistened = [e for e in self.entries if e["kind"] == "server" and ".listen(" not in codes[e["id"]]]
        client_ports = [p for e in self.entries if e["kind"] == "client" for p in sorted(ports.fixed_ports(codes[e["id"]]))]
        listen_port = client_ports[0] if client_ports else 8000
        if unlistened:
            wanted.add(listen_port)
        mapping = ports.reserve(wanted)
        files = []
        for e in self.entries:
            code = codes[e["id"]]
            if e in unlistened:
                m = _SERVER_VAR.search(code)
                var = m.group(1) if m else "server"
                code += f"\n{var}.listen({listen_port})\n"
                notes.append(f"{e['id']}: listen({listen_port}) appended (the doc never starts the server)")
            pre, pnotes = wrappers.prelude(e["free"], e["module"] == "esm")
            code, phnotes = wrappers.placeholders(pre + code)
            notes += [f"{e['id']}: {n}" for n in pnotes + phnotes]
            new = ports.rewrite(code, mapping)
            if e["kind"] == "fragment":
                new, how = wrappers.fragment_program(new, e["context"])
                notes.append(f"{e['id']}: wrapped as {how}")
            name = Path(e["file"]).name
            path = workdir / name
            path.write_text(new, encoding="utf-8")
            files.append((e, path))
        moved = {f: a for f, a in mapping.items() if f != a}
        if moved:
            notes.append("ports rewritten: " + ", ".join(f"{f}->{a}" for f, a in sorted(moved.items())))
        return workdir, mapping, files, notes

    def run(self, runtime: str) -> Outcome:
        workdir, mapping, files, notes = self.prepare(runtime)
        try:
            out = self._run(RUNTIMES[runtime], workdir, mapping, files)
        finally:
            ports.release(mapping)
        out.notes = notes
        wd = str(workdir)
        out.channels = {k: normalise(v, mapping, wd) for k, v in out.channels.items()}
        out.problem = normalise(out.problem, mapping, wd).replace(str(ROOT), "<ROOT>")
        return out

    # ------------------------------------------------------------------ the scenarios
    def _run(self, rt: list[str], workdir: Path, mapping: dict[int, int], files: list[tuple[dict, Path]]) -> Outcome:
        servers = [(e, p) for e, p in files if e["kind"] == "server"]
        clients = [(e, p) for e, p in files if e["kind"] == "client"]
        if servers or clients:
            return self._network(rt, workdir, mapping, servers, clients)
        (e, path), = files
        proc = _Proc(rt + [path.name], workdir, "program")
        code = proc.wait(PROGRAM_TIMEOUT)
        proc.stop()
        so, se = proc.text()
        ch = {"stdout": so, "stderr": se, "exit": "timeout" if code is None else f"code {code}"}
        ok = code == 0
        return Outcome(ok, ch, "" if ok else f"exit {ch['exit']}: {gist(se)}")

    def _network(self, rt, workdir, mapping, servers, clients) -> Outcome:
        ch: dict[str, str] = {}
        problems: list[str] = []
        started: list[tuple[str, _Proc]] = []
        try:
            for e, path in servers:
                code = path.read_text()
                port = _listen_port(code)
                proc = _Proc(rt + [path.name], workdir, e["id"])
                started.append((e["id"], proc))
                if port is None or not _wait_ready(proc, port):
                    problems.append(f"{e['id']}: server did not start listening")
            if not clients:
                for e, path in servers:
                    if not problems:
                        for i, argv in enumerate(_drivers(path.read_text(), workdir)):
                            d = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=20,
                                               env=child_env())
                            ch[f"driver{i} {Path(argv[0]).name}"] = d.stdout + d.stderr
                            if d.returncode != 0:
                                problems.append(f"driver {Path(argv[0]).name} exit {d.returncode}: "
                                                f"{' / '.join(d.stdout.strip().splitlines()[-2:])[:200]}")
            else:
                scripted = None
                if not servers:
                    scripted = _scripted_server(clients[0][1].read_text(), workdir)
                    if scripted is None or not scripted[1]:
                        problems.append("scripted server did not start")
                    if scripted:
                        started.append(("scripted-server", scripted[0]))
                for e, path in clients:
                    proc = _Proc(rt + [path.name], workdir, e["id"])
                    code = proc.wait(CLIENT_TIMEOUT)
                    proc.stop()
                    so, se = proc.text()
                    ch[f"{e['id']} stdout"] = so
                    ch[f"{e['id']} stderr"] = se
                    status = "still running" if code is None else f"code {code}"
                    ch[f"{e['id']} exit"] = status
                    if (code is None and se.strip()) or (code not in (None, 0)):
                        problems.append(f"{e['id']}: {status}: {gist(se)}")
        finally:
            for name, proc in started:
                code = proc.stop()
                so, se = proc.text()
                ch[f"{name} stdout"] = so
                ch[f"{name} stderr"] = se
                if code not in (None, 0):
                    problems.append(f"{name}: exited with code {code}: {gist(se)}")
        return Outcome(not problems, ch, "; ".join(problems))


def _listen_port(code: str) -> int | None:
    m = re.search(r"\.listen\(\s*(\d+)", code)
    return int(m.group(1)) if m else None


def _drivers(code: str, workdir: Path) -> list[list[str]]:
    """Scripted clients for a server example: the node driver, plus curl where HTTP/1 is allowed."""
    port = _listen_port(code)
    tls = "createSecureServer" in _uncommented(code)
    url = f"{'https' if tls else 'http'}://localhost:{port}/"
    argv = ["node", str(DRIVERS / "client.js"), url]
    if tls:
        argv += ["--ca", "localhost-cert.pem"]
    if re.search(r"pushStream|createPushResponse", code):
        argv += ["--push"]
    if "'CONNECT'" in code:
        argv += ["--connect"]
    elif re.search(r"on\('data'|\.pipe\(|for await", code):
        argv += ["--method", "POST", "--body", "Jane"]
    out = [argv]
    if "allowHTTP1" in code:
        for ver in ("--http1.1", "--http2"):
            out.append(["curl", "-sS", ver, "--cacert", "localhost-cert.pem", "-o", "-", "-w",
                        "\\nstatus %{http_code} http %{http_version}\\n", url])
    return out


def _scripted_server(code: str, workdir: Path) -> tuple[_Proc, bool] | None:
    m = re.search(r"(https?)://(?:localhost|127\.0\.0\.1|\[::1\]):(\d+)", code)
    if not m:
        return None
    port = int(m.group(2))
    argv = ["node", str(DRIVERS / "server.js"), str(port)]
    if m.group(1) == "https":
        argv += ["--tls", "localhost-privkey.pem", "localhost-cert.pem"]
    for cond, flag in ((r"\.on\('stream'", "--push"), (r"'altsvc'", "--altsvc"), (r"'origin'", "--origin"),
                       (r"':protocol'", "--connect-protocol")):
        if re.search(cond, code):
            argv.append(flag)
    proc = _Proc(argv, workdir, "scripted-server")
    return proc, _wait_ready(proc, port)
