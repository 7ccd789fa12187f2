"""The JS host: boots the built-ins inside pythonmonkey, dispatches Python → JS calls, exits.

Everything JS runs on the main thread inside a running asyncio loop (pythonmonkey needs one for
promises and timers). pythonmonkey runs promise jobs as plain `call_soon` callbacks; to get Node's
ordering (nextTick queue, then promise jobs, after every macrotask) `drain()` pulls those job
handles out of the loop's ready queue and runs them at once.
"""
from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any, Callable

from .pm_import import pythonmonkey as pm  # without the aiohttp it would load for XHR

from .. import NODE_VERSION  # the Node API level nodecompat implements: one definition
from .._jsdeps import ensure_js_deps, js_root
from .bindings import make_binding
from . import js_gc, rejection_tracker
from .gc_pacer import GcPacer
from .registry import Registry

_JOB_WRAPPER = "eventLoopJobWrapper"  # pythonmonkey's promise-job callable (JobQueue.cc)


class ProcessExit(Exception):
    """Raised out of the embedded API when JS calls process.exit()."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Host:
    """One Node-like process: module loader, process object, timers, exit path."""

    def __init__(self, argv: list[str], *, exec_path: str | None = None, embedded: bool = False,
                 exec_argv: list[str] | None = None) -> None:
        self.argv = argv
        self.exec_argv = exec_argv or []
        self.exec_path = exec_path or default_exec_path()
        self.embedded = embedded
        self.js_root: Path = ensure_js_deps(js_root())
        self.loop: asyncio.AbstractEventLoop | None = None
        self.registry: Registry | None = None
        self._exit_code: int | None = None  # set once the process is exiting
        self._flags: memoryview | None = None  # task_queues.js hostFlags: [jobs queued, exiting]
        self._api: Any = None  # the object returned by js/internal/bootstrap/realm.js
        self._api_fns: dict[str, Any] = {}  # its hot functions, read once (see _js)
        self._teardown: list[Callable[[], None]] = []
        self._bindings: dict[str, Any] = {}
        self._arena: memoryview | None = None
        self._arena_size = 0
        self._depth = 0  # nesting of host.call
        self.calls = 0  # calls into JS so far (paces garbage collection: gc_pacer.py)
        self._gc: GcPacer | None = None
        self.immediate_pending = False  # the timers binding queued a JS immediate run on the loop
        self._native_immediates: list[Callable[[], None]] = []
        self.loop_start_ns: int | None = None  # monotonic_ns when the event loop started
        self.loop_start_cpu_ns = 0  # the main thread's CPU time then (nodecompat/perf/loop_idle.py)

    @property
    def exit_code(self) -> int | None:
        return self._exit_code

    @exit_code.setter
    def exit_code(self, code: int | None) -> None:
        self._exit_code = code
        if self._flags is not None:
            self._flags[1] = 0 if code is None else 1  # JS's drain stops at once

    # ---- boot -------------------------------------------------------------------------------
    def boot(self) -> None:
        """Evaluate the bootstrap; must run inside the running loop on the main thread."""
        self.loop = asyncio.get_running_loop()
        self.loop.set_exception_handler(self._loop_exception)
        js_gc.tune()   # the nursery's cap, before the bootstrap allocates (js_gc.py)
        if not rejection_tracker.install():  # the engine's handled/unhandled notices reach JS
            os.write(2, b"nodecompat: cannot install the promise rejection tracker "
                        b"(unexpected pythonmonkey build): unhandled rejections go unreported\n")
        # one pythonmonkey interval, ref'ed while any Handle is (notes §1)
        # pythonmonkey's own setInterval, saved before the first bootstrap replaces the global
        ka = pm.eval("(() => { const k = Symbol.for('nodecompat.pmSetInterval');"
                     " if (!globalThis[k]) Object.defineProperty(globalThis, k, { value: setInterval, configurable: true });"
                     " const t = globalThis[k](() => {}, 2 ** 30); t.unref();"
                     " return [() => { t.ref(); }, () => { t.unref(); }]; })()")
        self.registry = Registry(ka[0], ka[1])
        realm = self.js_root / "internal" / "bootstrap" / "realm.js"
        factory = pm.eval(realm.read_text(), {"filename": str(realm), "lineno": 1})
        py = {
            "internalBinding": self._internal_binding,
            "debugGlobal": pm.debuggerGlobal,
        }
        self._api = factory(py, str(self.js_root), NODE_VERSION)
        self._flags = memoryview(self._api["hostFlags"]).cast("B").cast("i")  # JS pins it
        _watch_promise_jobs(self.loop, self._flags)
        self._grow_arena(1 << 16)
        self._api["startProcess"](self.argv_for_js(), self.exec_path, list(self.exec_argv))
        self.drain()
        if os.environ.get("NODECOMPAT_GC_FREEZE", "1") != "0":
            # the bootstrap's objects live as long as the process: move them out of the cyclic
            # collector's sight so that each full collection stops walking them (14-180 ms each)
            gc.collect()
            gc.freeze()
        shrink = js_gc.shrinking_gc if js_gc.available() else None
        self._gc = GcPacer(self.loop, pm.collect, lambda: self.calls, shrink)
        self._gc.start()

    def argv_for_js(self) -> list[str]:
        return [self.exec_path] + list(self.argv)

    def _internal_binding(self, name: Any) -> Any:
        key = str(name)
        if key not in self._bindings:
            self._bindings[key] = make_binding(key, self)
        return self._bindings[key]

    def on_teardown(self, fn: Callable[[], None]) -> None:
        """Run `fn` when the process exits (embedded mode: close servers, cancel callbacks)."""
        self._teardown.append(fn)

    # ---- Python → JS ------------------------------------------------------------------------
    def call(self, js_fn: Any, *args: Any, payload: bytes | bytearray | memoryview | None = None) -> Any:
        """Call a JS function as a macrotask: a throw goes to the uncaught path, ticks drain after.

        With `payload`, the function receives a fresh Buffer (a copy JS owns) as its last argument.
        """
        if self.exit_code is not None:
            return None
        outermost = self._depth == 0
        self._depth += 1
        self.calls += 1
        try:
            if payload is not None:
                n = len(payload)
                if n > self._arena_size:
                    self._grow_arena(n)
                self._arena[:n] = payload
                args = (js_fn, n, *args)
                js_fn = self._js("callWithPayload")
            # the outermost call is a macrotask: JS's macrotask() routes a throw to the uncaught
            # path and drains ticks and promise jobs before returning (one crossing). A call made
            # while JS is on the stack (a binding calling back synchronously) is not: ticks run
            # when the outermost call returns, as in Node
            if outermost:
                result = self._js("macrotask")(js_fn, *args)
            else:
                result = js_fn(*args)
        except pm.SpiderMonkeyError as e:
            self.uncaught(e)
            result = None
        finally:
            self._depth -= 1
        if outermost and self.exit_code is None and self._flags is None:
            self.drain()  # no macrotask() yet (only during the bootstrap)
        return result

    def before_immediates(self, fn: Callable[[], None]) -> None:
        """Run `fn` before the JS immediates already queued, as Node runs its native immediates
        (http2's pending writes) before them; with none queued the loop's order already does."""
        if self.immediate_pending:
            self._native_immediates.append(fn)

    def run_native_immediates(self) -> None:
        fns, self._native_immediates = self._native_immediates, []
        for fn in fns:
            if self.exit_code is not None:
                return
            fn()

    def _grow_arena(self, n: int) -> None:
        size = 1 << max(16, (n - 1).bit_length())
        # JS pins every arena it ever made, so this view never dangles (notes §5.1)
        self._arena = self._api["newArena"](size)
        self._arena_size = size

    def uncaught(self, err: pm.SpiderMonkeyError | BaseException) -> None:
        """Route an exception to process' uncaught-exception path (emit or print + exit 1)."""
        if self.exit_code is not None:
            return
        if isinstance(err, pm.SpiderMonkeyError):
            value = thrown_value(err)
        else:
            value = f"Python {type(err).__name__}: {err}"
        try:
            self._api["onUncaught"](value)
        except pm.SpiderMonkeyError as e:
            if self.exit_code is None:  # the uncaught path itself failed: last resort
                os.write(2, f"{e}\n".encode())
                self.hard_exit(7)

    def _js(self, name: str) -> Any:
        """A function of the bootstrap's api object, looked up once: every `api[name]` read from
        Python leaks one Python object (measured: 24 B per read, 6 reads per http2 request)."""
        fn = self._api_fns.get(name)
        if fn is None:
            fn = self._api[name]
            if callable(fn):  # realm.js starts some as null until the bootstrap sets them
                self._api_fns[name] = fn
        return fn

    def drain(self) -> None:
        """Node's processTicksAndRejections: nextTicks, then promise jobs, until both are empty."""
        self._depth += 1  # host.call from inside the drain does not drain again
        try:
            while self.exit_code is None:
                try:
                    self._js("runTicks")()
                except pm.SpiderMonkeyError as e:
                    self.uncaught(e)
                    continue
                if not self.run_microtasks():
                    try:
                        if not self._js("afterDrain")():  # unhandled-rejection check; True: more work
                            return
                    except pm.SpiderMonkeyError as e:
                        self.uncaught(e)
        finally:
            self._depth -= 1

    def run_microtasks(self) -> bool:
        """Run the promise jobs pythonmonkey queued on the loop, FIFO, until none is left."""
        ready: Any = getattr(self.loop, "_ready", None)
        if ready is None:
            return False
        ran = False
        while ready and self.exit_code is None:
            # Other threads append to the deque (call_soon_threadsafe): take a snapshot with atomic
            # popleft()s, never iterate it or clear() it, so nothing they add is lost.
            snapshot = [ready.popleft() for _ in range(len(ready))]
            jobs: list[Any] = []
            rest: list[Any] = []
            for h in snapshot:  # one pass: this runs on every drain
                (jobs if getattr(h._callback, "__name__", None) == _JOB_WRAPPER else rest).append(h)
            ready.extendleft(reversed(rest))  # keep them ahead of anything appended meanwhile
            if not jobs:
                break
            if self._flags is not None:
                self._flags[0] = 0  # taken: jobs queued while these run set it again
            for h in jobs:
                if self.exit_code is not None:
                    break
                if not h._cancelled:
                    h._run()
            ran = True
        if self._flags is not None and not ready:
            self._flags[0] = 0
        return ran

    # ---- running programs -------------------------------------------------------------------
    def run_main(self, path: str) -> None:
        self.call(self._api["runMain"], path)

    def eval_source(self, code: str, print_result: bool = False, name: str = "[eval]") -> Any:
        return self.call(self._api["evalScript"], code, print_result, name)

    async def run_until_idle(self) -> int:
        """Wait until nothing referenced is left (emitting beforeExit/exit as Node); the exit code."""
        if self.loop_start_ns is None:  # perf_hooks' nodeTiming.loopStart / eventLoopUtilization
            self.loop_start_ns, self.loop_start_cpu_ns = time.monotonic_ns(), time.thread_time_ns()
        while self.exit_code is None:
            await pm.wait()
            if self.exit_code is not None:
                break
            self.drain()
            if self._has_work():
                await asyncio.sleep(0)  # pm.wait() may not suspend: let the ready queue run
                continue
            self.call(self._api["emitBeforeExit"])
            if self._has_work():
                await asyncio.sleep(0)
                continue
            self.call(self._api["emitExit"])
            if self.exit_code is None:
                self.exit_code = int(self._api["exitCode"]())
        self._finish()
        return self.exit_code

    def _has_work(self) -> bool:
        ready: Any = getattr(self.loop, "_ready", None)
        return bool(self.registry and self.registry.alive) or bool(ready)

    # ---- exit -------------------------------------------------------------------------------
    def hard_exit(self, code: int) -> None:
        """process.reallyExit: nothing else runs. CLI: os._exit; embedded: unwind and stop."""
        if self.exit_code is None:
            self.exit_code = code
        if not self.embedded:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(self.exit_code)
        self._finish()

    def _finish(self) -> None:
        if self._gc is not None:
            self._gc.stop()
        watchers = getattr(self.loop, "_nodecompat_job_flags", None)
        if watchers is not None and self._flags is not None:
            # by identity: memoryviews compare by content, which would match another Host's
            watchers[:] = [f for f in watchers if f is not self._flags]
        for fn in reversed(self._teardown):
            try:
                fn()
            except Exception:  # noqa: BLE001 — teardown must not stop the exit
                pass
        self._teardown.clear()
        pm.stop()

    def _loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, pm.SpiderMonkeyError) and "future" in context:
            # a JS promise turned into a Future that nobody awaited: its rejection is reported
            # (or not) by the engine's own tracker (rejection_tracker.py), nothing to do here
            return
        if isinstance(exc, pm.SpiderMonkeyError):
            self.uncaught(exc)
            self.drain()
            return
        loop.default_exception_handler(context)


def _watch_promise_jobs(loop: asyncio.AbstractEventLoop, flags: memoryview) -> None:
    """Tell JS when pythonmonkey queues a promise job, so its drain crosses only then.

    pythonmonkey 1.4.1 queues every job with `loop.call_soon_threadsafe` (JobQueue.cc). On the
    loop's own thread that is `call_soon` plus a self-pipe write (a syscall per job) that nothing
    needs: the loop is running this very code. One wrapper per loop; each Host adds its flags.
    """
    watchers: list[memoryview] | None = getattr(loop, "_nodecompat_job_flags", None)
    if watchers is None:
        watchers = []
        main = threading.get_ident()
        call_soon, threadsafe = loop.call_soon, loop.call_soon_threadsafe

        def call_soon_threadsafe(callback: Any, *args: Any, context: Any = None) -> Any:
            if threading.get_ident() != main:
                return threadsafe(callback, *args, context=context)
            for f in watchers:
                f[0] = 1
            return call_soon(callback, *args, context=context)

        loop.call_soon_threadsafe = call_soon_threadsafe  # type: ignore[method-assign]
        loop._nodecompat_job_flags = watchers  # type: ignore[attr-defined]
    watchers.append(flags)


def thrown_value(err: pm.SpiderMonkeyError) -> Any:
    """The JS value a SpiderMonkeyError carries (primitives come back boxed; JS unboxes them).

    Reading `.jsError` of a thrown null/undefined segfaults pythonmonkey 1.4.1: recognise those
    from the message first.
    """
    msg = err.args[0] if err.args else None
    if msg == "uncaught exception: null\n":
        return pm.null
    if msg == "uncaught exception: undefined\n":
        return None
    js_err = getattr(err, "jsError", None)
    return js_err if js_err is not None else str(err)


def default_exec_path() -> str:
    """An executable that runs JS like `node` (so a child can be spawned with process.execPath).

    The `nodecompat` console script when installed; else a small launcher written once per
    interpreter into the user cache.
    """
    script = Path(sys.executable).parent / "nodecompat"
    if script.exists():
        return str(script)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nodecompat" / "bin"
    launcher = cache / f"nodecompat-{zlib.crc32(sys.executable.encode()):08x}"
    if not launcher.exists():
        try:
            cache.mkdir(parents=True, exist_ok=True)
            pkg_parent = Path(__file__).resolve().parent.parent.parent
            tmp = launcher.with_suffix(f".{os.getpid()}")
            tmp.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(pkg_parent)!r})\n"
                           "from nodecompat.runtime.cli import main\nmain()\n")
            tmp.chmod(0o755)
            tmp.replace(launcher)
        except OSError:
            return sys.executable
    return str(launcher)
