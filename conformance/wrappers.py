"""Complete what the docs leave out, generically, and say what was added (recorded per example).

- preludes: module handles the doc forgot (`http2`, `fs`) and the `get…OptionsSomehow()` placeholders;
- placeholders: `/some/file` becomes a real file in the work dir;
- fragments: code that needs a `stream`/`session`/`request`/`response`/`client`/`server` around it is
  put inside a small program that makes that object (server and client in one process) and ends.
"""
from __future__ import annotations

import re

from conformance.seeds import _scan

SOME_FILE = "some-file.txt"

_OPTS_FN = ("function {name}() {{ return {{ key: __fs.readFileSync('localhost-privkey.pem'), "
            "cert: __fs.readFileSync('localhost-cert.pem') }}; }}\n")


def prelude(free: list[str], esm: bool) -> tuple[str, list[str]]:
    """Declarations for names the doc uses but never defines."""
    lines, notes = [], []
    imp = (lambda n, m: f"import {n} from 'node:{m}';\n") if esm else \
          (lambda n, m: f"const {n} = require('node:{m}');\n")
    for name in ("http2", "fs"):
        if name in free:
            lines.append(imp(name, name))
            notes.append(f"prelude: {name} = node:{name}")
    fns = [n for n in ("getOptionsSomehow", "getSecureOptionsSomehow") if n in free]
    if fns:
        lines.append(imp("__fs", "fs"))
        for n in fns:
            lines.append(_OPTS_FN.format(name=n))
            notes.append(f"prelude: {n}() returns the trustme key/cert")
    return "".join(lines), notes


def placeholders(code: str) -> tuple[str, list[str]]:
    if "/some/file" in code:
        return code.replace("/some/file", SOME_FILE), [f"path: /some/file -> ./{SOME_FILE}"]
    return code, []


_CLIENT_SIDE_EVENTS = re.compile(r"stream\.on\('(headers|push|response)'")

# One process: a server and a client over loopback, the fragment inside, everything closed at the end.
_HARNESS_HEAD = """\
const __h2 = require('node:http2');
const __done = [];
function __finish() { for (const f of __done) f(); }
"""

_REQUEST = """\
function __request(port, extra, onSession) {
  const c = __h2.connect(`http://localhost:${port}`);
  c.on('error', (e) => console.log('client error:', e.code));
  if (onSession) onSession(c);
  const r = c.request({ ':path': '/example?x=1', ':method': 'POST', 'user-agent': 'curl/7.22.0',
    accept: '*/*', ...extra }, { waitForTrailers: true });
  r.on('wantTrailers', () => r.sendTrailers({ 'x-client-trailer': 'yes' }));
  r.on('response', (h) => { for (const k of Object.keys(h).sort()) if (k !== 'date') console.log(`< ${k}: ${h[k]}`); });
  r.on('trailers', (h) => console.log('< trailers', JSON.stringify(h)));
  r.setEncoding('utf8');
  let body = '';
  r.on('data', (d) => { body += d; });
  r.on('error', (e) => console.log('request error:', e.code));
  r.on('close', () => { console.log('< body', JSON.stringify(body)); setTimeout(() => { c.close(); __finish(); }, 50); });
  r.end('Jane');
  return { c, r };
}
"""


_DECL = re.compile(r"^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=(?!\s*require\()")


def _top_level_names(code: str) -> list[str]:
    """Variables declared at the fragment's top level (brace depth 0), module handles excepted."""
    st = {"depth": 0, "quote": None, "comment": False}
    names = []
    for line in code.split("\n"):
        if st["depth"] == 0 and not st["quote"] and not st["comment"]:
            m = _DECL.match(line)
            if m and m.group(1) not in names:
                names.append(m.group(1))
        _scan(line, st)
    return names


def fragment_program(code: str, context: list[str]) -> tuple[str, str]:
    """Return (program, description of the wrapper). The values a fragment computes into top-level
    variables are printed after it, so that the runtimes are compared on them too."""
    shown = "".join(f"console.log('{n} =', {n});\n" for n in _top_level_names(code))
    body = "{\n" + code + "\n" + shown + "}"
    ctx = set(context)
    if ctx & {"request", "response", "req", "res"}:
        names = "request, response" if ctx & {"request", "response"} else "req, res"
        r = names.split(", ")[1]
        prog = (_HARNESS_HEAD + _REQUEST +
                f"const __server = __h2.createServer(({names}) => {{\n{body}\n"
                f"  setImmediate(() => {{ if (!{r}.writableEnded) {r}.end('wrapped'); }});\n}});\n"
                "__done.push(() => __server.close());\n"
                "__server.listen(0, () => __request(__server.address().port, {}));\n")
        return prog, f"compat server: http2.createServer(({names}) => fragment), one request from a client"
    if "server" in ctx:
        prog = (_HARNESS_HEAD + _REQUEST + "const server = __h2.createServer();\n" + body + "\n"
                "__done.push(() => server.close());\n"
                "server.listen(0, () => __request(server.address().port, {}, (c) => c.on('stream', (s, h) => {\n"
                "  console.log('pushed', h[':path']); s.resume();\n})));\n")
        return prog, "server = http2.createServer() listening on port 0, one request with push enabled"
    if "stream" in ctx and _CLIENT_SIDE_EVENTS.search(code):
        prog = (_HARNESS_HEAD + _REQUEST +
                "const __server = __h2.createServer();\n"
                "__server.on('stream', (s) => { s.additionalHeaders({ ':status': 103 });"
                " s.respond({ ':status': 200 }); s.end('ok'); });\n"
                "__done.push(() => __server.close());\n"
                "__server.listen(0, () => { const { r: stream } = __request(__server.address().port, {});\n"
                f"{body}\n}});\n")
        return prog, "client stream: stream = client.request() against a server that sends 103 then 200"
    if "session" in ctx and "stream" not in ctx and "session.on('stream'" not in code:
        prog = (_HARNESS_HEAD + _REQUEST +
                "const __server = __h2.createServer((q, s) => s.end('ok'));\n"
                "__done.push(() => __server.close());\n"
                "__server.listen(0, () => __request(__server.address().port, {}, (session) => "
                f"session.on('connect', () => {body})));\n")
        return prog, "client session: session = http2.connect() to a local server (fragment on 'connect'), one request"
    if "session" in ctx:
        prog = (_HARNESS_HEAD + _REQUEST +
                "const __server = __h2.createServer();\n"
                f"__server.on('session', (session) => {{\n{body}\n}});\n"
                "__done.push(() => __server.close());\n"
                "__server.listen(0, () => __request(__server.address().port, {}));\n")
        return prog, "server session: server.on('session', session => fragment), one request"
    # server stream (and `headers`)
    prog = (_HARNESS_HEAD + _REQUEST +
            "const __server = __h2.createServer();\n"
            "__server.on('stream', (stream, headers, flags) => {\n"
            "  stream.on('error', (e) => console.log('stream error:', e.code));\n"
            f"{body}\n"
            "  setImmediate(() => {\n"
            "    if (stream.destroyed) return;\n"
            "    if (!stream.headersSent) stream.respond({ ':status': 200 });\n"
            "    if (!stream.writableEnded) stream.end('wrapped');\n"
            "  });\n"
            "});\n"
            "__done.push(() => __server.close());\n"
            "__server.listen(0, () => __request(__server.address().port, {}));\n")
    return prog, "server stream: server.on('stream', (stream, headers) => fragment), one request"
