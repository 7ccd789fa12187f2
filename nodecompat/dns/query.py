"""One DNS question to a list of servers, with c-ares' failure names (Node's resolve* codes)."""
from __future__ import annotations

import asyncio
from typing import Any

import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdatatype

_RCODES = {
    dns.rcode.NXDOMAIN: "ENOTFOUND",
    dns.rcode.SERVFAIL: "ESERVFAIL",
    dns.rcode.REFUSED: "EREFUSED",
    dns.rcode.FORMERR: "EFORMERR",
    dns.rcode.NOTIMP: "ENOTIMP",
}


class QueryError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Answer:
    """What records.to_node reads: the answer section and the rrset of the asked type."""

    def __init__(self, response: dns.message.Message, qname: dns.name.Name, rdtype: Any) -> None:
        self.response = response
        self.rrset = None
        for rrset in response.answer:
            if rrset.rdtype == rdtype:
                self.rrset = rrset
                break


class _Exchange(asyncio.DatagramProtocol):
    """One query over a connected UDP socket, so an ICMP port-unreachable is seen (ECONNREFUSED)."""

    def __init__(self, query_id: int) -> None:
        self.query_id = query_id
        self.done: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()

    def datagram_received(self, data: bytes, addr: Any) -> None:
        if len(data) >= 2 and int.from_bytes(data[:2], "big") == self.query_id and not self.done.done():
            self.done.set_result(data)

    def error_received(self, exc: Exception) -> None:
        if not self.done.done():
            self.done.set_exception(exc)


async def _udp(msg: dns.message.Message, host: str, port: int, timeout: float) -> dns.message.Message:
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_datagram_endpoint(lambda: _Exchange(msg.id), remote_addr=(host, port))
    try:
        transport.sendto(msg.to_wire())
        try:
            wire = await asyncio.wait_for(proto.done, timeout)
        except asyncio.TimeoutError:
            raise dns.exception.Timeout from None
    finally:
        transport.close()
    return dns.message.from_wire(wire)


async def _once(msg: dns.message.Message, host: str, port: int, timeout: float) -> dns.message.Message:
    response = await _udp(msg, host, port, timeout)
    if response.flags & dns.flags.TC:
        response = await dns.asyncquery.tcp(msg, host, timeout=timeout, port=port)
    return response


async def ask(qname: str, qtype: str, servers: list[tuple[str, int]], timeout: float,
              tries: int) -> Answer:
    try:
        name = dns.name.from_text(qname)
    except dns.exception.DNSException:
        raise QueryError("EBADNAME") from None
    rdtype = dns.rdatatype.from_text(qtype)
    last = "ECONNREFUSED"
    for _ in range(tries):
        for host, port in servers or [("127.0.0.1", 53)]:
            msg = dns.message.make_query(name, rdtype)
            try:
                response = await _once(msg, host, port, timeout)
            except dns.exception.Timeout:
                last = "ETIMEOUT"
                continue
            except ConnectionRefusedError:
                last = "ECONNREFUSED"
                continue
            except (OSError, dns.exception.DNSException):
                last = "EBADRESP"
                continue
            code = response.rcode()
            if code in _RCODES:
                raise QueryError(_RCODES[code])
            answer = Answer(response, name, rdtype)
            if qtype == "ANY":
                if not response.answer:
                    raise QueryError("ENODATA")
            elif answer.rrset is None:
                raise QueryError("ENODATA")
            return answer
    raise QueryError(last)


__all__ = ["Answer", "QueryError", "ask"]
