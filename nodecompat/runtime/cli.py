"""`nodecompat [options] FILE [args…]`: the node-like command line."""
from __future__ import annotations

import asyncio
import os
import signal
import sys

USAGE = """Usage: nodecompat [options] [ script.js ] [arguments]
       nodecompat -e "script" [arguments]

Options:
  -e, --eval script        evaluate script
  -p, --print script       evaluate script and print result
  -v, --version            print the Node.js API version nodecompat implements
  -h, --help               print this help
  --trace-http2            print every HTTP/2 frame sent and received to stderr
                           (also NODECOMPAT_TRACE_HTTP2=1)
  --                       end of options
"""


def parse_args(args: list[str]) -> tuple[dict, list[str]]:
    opts: dict = {"eval": None, "print": False, "exec_argv": []}
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-e", "--eval", "-p", "--print", "-pe"):
            if i + 1 >= len(args):
                sys.stderr.write(f"{sys.argv[0]}: {a} requires an argument\n")
                raise SystemExit(9)
            opts["eval"] = args[i + 1]
            opts["print"] = a in ("-p", "--print", "-pe")
            opts["exec_argv"] += [a, args[i + 1]]
            i += 2
            continue
        if a.startswith("--eval=") or a.startswith("--print="):
            opts["eval"] = a.split("=", 1)[1]
            opts["print"] = a.startswith("--print=")
            opts["exec_argv"].append(a)
            i += 1
            continue
        if a in ("-v", "--version"):
            opts["version"] = True
        elif a in ("-h", "--help"):
            opts["help"] = True
        elif a == "--":
            return opts, args[i + 1:]
        elif a.startswith("-") and a != "-":
            opts["exec_argv"].append(a)  # JS reads process.execArgv (e.g. --no-warnings); others ignored
            if a == "--trace-http2":
                opts["trace_http2"] = True
        else:
            return opts, args[i:]
        i += 1
    return opts, []


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    opts, rest = parse_args(args)
    if opts.get("help"):
        sys.stdout.write(USAGE)
        return
    if opts.get("version"):
        from .. import NODE_VERSION
        sys.stdout.write(NODE_VERSION + "\n")
        return
    if opts["eval"] is None and not rest:
        if sys.stdin.isatty():  # no REPL: say how to use it
            sys.stderr.write(USAGE)
            raise SystemExit(9)
        # like node: a program piped on stdin runs as the [stdin] script
        opts["eval"] = sys.stdin.read()
        opts["name"] = "[stdin]"
    if "--use-openssl-ca" in opts["exec_argv"]:     # Node: the system trust store, not the bundled one
        from ..tls.roots import use_openssl_ca
        use_openssl_ca(True)
    if os.environ.get("NODE_EXTRA_CA_CERTS"):
        from ..tls.extra_ca import startup_warning
        warning = startup_warning()
        if warning:
            sys.stderr.write(warning)
            sys.stderr.flush()
    if opts.get("trace_http2"):
        from ..http2.trace import enable_trace
        enable_trace()
    code = asyncio.run(_run(opts, rest))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skip interpreter teardown: pythonmonkey's can crash (notes §6)


async def _run(opts: dict, rest: list[str]) -> int:
    from .host import Host

    if opts["eval"] is not None:
        host = Host(list(rest), exec_argv=opts["exec_argv"])
    else:
        host = Host([rest[0]] + rest[1:], exec_argv=opts["exec_argv"])
    host.boot()
    _default_sigint(host)
    if opts["eval"] is not None:
        host.eval_source(opts["eval"], print_result=opts["print"], name=opts.get("name", "[eval]"))
    else:
        host.run_main(rest[0])
    return await host.run_until_idle()


def _default_sigint(host) -> None:
    """Ctrl-C with no JS listener: die by SIGINT like node (shell status 130)."""
    def die() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGINT)
    try:
        host.loop.add_signal_handler(signal.SIGINT, die)
    except (RuntimeError, ValueError):
        pass
