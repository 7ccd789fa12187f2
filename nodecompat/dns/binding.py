"""internalBinding('dns'): getaddrinfo/getnameinfo (dns.lookup*) and DNS queries (dns.resolve*).

`lookup` uses the system resolver (asyncio getaddrinfo, as libuv does); `query` speaks DNS to the
configured servers itself (query.py, dnspython messages; as c-ares does), so /etc/hosts is not
consulted by resolve*.
Every request holds a registry handle until its callback ran (a pending lookup keeps the
process alive, as in Node). Results cross as one JSON string; failures as an error description
(JS builds Node's DNSException).
"""
from __future__ import annotations

import asyncio
import json
import socket
from typing import TYPE_CHECKING, Any, Callable

import dns.resolver

from nodecompat.net.addr import lookup_all
from nodecompat.net.errors import lookup_error
from nodecompat.runtime.bindings import binding

from .query import QueryError, ask
from .records import to_node

if TYPE_CHECKING:
    from nodecompat.runtime.host import Host


def _servers(spec: str) -> list[tuple[str, int]]:
    return [(h, int(p)) for h, p in json.loads(spec)]


def _system_servers() -> list[list[Any]]:
    try:
        return [[s, 53] for s in dns.resolver.Resolver().nameservers]
    except dns.resolver.NoResolverConfiguration:
        return [["127.0.0.1", 53]]


@binding("dns")
def make_dns_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    loop = host.loop
    tasks: dict[int, tuple[asyncio.Task[Any], int]] = {}  # id -> (task, owning Resolver id)

    def _spawn(coro: Any, owner: int, on_cancel: Callable[[], Any] | None = None) -> None:
        handle = host.registry.handle("dns-request")
        task = loop.create_task(coro)
        tasks[id(task)] = (task, owner)

        def done(t: asyncio.Task[Any]) -> None:
            tasks.pop(id(t), None)
            # cancelled (even before it ran): the callback still gets ECANCELLED, as with c-ares
            if t.cancelled() and on_cancel is not None:
                on_cancel()
            handle.close()
        task.add_done_callback(done)

    def lookup(hostname: Any, family: float, cb: Any) -> None:
        name = str(hostname)

        async def run() -> None:
            try:
                found = await lookup_all(name, int(family))
            except socket.gaierror as e:
                host.call(cb, lookup_error(e, name))
                return
            except UnicodeError:
                host.call(cb, {"errno": -3008, "code": "ENOTFOUND", "syscall": "getaddrinfo",
                               "hostname": name, "message": f"getaddrinfo ENOTFOUND {name}"})
                return
            host.call(cb, None, json.dumps([[a, f] for f, a in found]))
        _spawn(run(), 0)

    def lookup_service(address: Any, port: float, cb: Any) -> None:
        addr, prt = str(address), int(port)

        async def run() -> None:
            try:
                hostname, service = await loop.getnameinfo((addr, prt), socket.NI_NAMEREQD)
            except socket.gaierror as e:
                desc = lookup_error(e, addr)
                desc["syscall"] = "getnameinfo"
                desc["message"] = f"getnameinfo {desc['code']} {addr}"
                host.call(cb, desc)
                return
            host.call(cb, None, hostname, service)
        _spawn(run(), 0)

    def query(owner: float, rrtype: Any, name: Any, servers: Any, timeout: float, tries: float,
              with_ttl: bool, cb: Any) -> None:
        qname, qtype = str(name), str(rrtype)
        pairs = _servers(str(servers))
        per_try = (timeout / 1000) if timeout > 0 else 5.0
        attempts = max(int(tries), 1)

        async def run() -> None:
            try:
                answer = await ask(qname, qtype, pairs, per_try, attempts)
            except QueryError as e:
                host.call(cb, e.code)
                return
            host.call(cb, None, json.dumps(to_node(qtype, answer, bool(with_ttl))))
        _spawn(run(), int(owner), lambda: host.call(cb, "ECANCELLED"))

    def cancel(owner: float) -> None:
        for task, who in list(tasks.values()):
            if who == int(owner):
                task.cancel()

    def _teardown() -> None:
        for task, _ in list(tasks.values()):
            task.cancel()
    host.on_teardown(_teardown)

    def default_servers() -> str:
        return json.dumps(_system_servers())

    return {"lookup": lookup, "lookupService": lookup_service, "query": query, "cancel": cancel,
            "defaultServers": default_servers}
