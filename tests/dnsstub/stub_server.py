"""A tiny authoritative DNS server on 127.0.0.1 (UDP) for the dns.resolve* tests, built on dnspython.

Zone: `*.nc.test` names with fixed records; `servfail.nc.test` answers SERVFAIL, `refused.nc.test`
REFUSED, `empty.nc.test` exists with no records (NODATA), anything else NXDOMAIN.
"""
from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset

RECORDS: dict[tuple[str, str], list[str]] = {
    ("a.nc.test.", "A"): ["192.0.2.1", "192.0.2.2"],
    ("a.nc.test.", "AAAA"): ["2001:db8::1"],
    ("a.nc.test.", "TXT"): ['"v=spf1 -all"', '"part one" "part two"'],
    ("a.nc.test.", "MX"): ["10 mx1.nc.test.", "20 mx2.nc.test."],
    ("a.nc.test.", "NS"): ["ns1.nc.test."],
    ("a.nc.test.", "CAA"): ['0 issue "ca.example"'],
    ("a.nc.test.", "SOA"): ["ns1.nc.test. admin.nc.test. 2024010101 7200 3600 1209600 300"],
    ("_grpc._tcp.nc.test.", "SRV"): ["5 10 50051 backend.nc.test."],
    ("alias.nc.test.", "CNAME"): ["a.nc.test."],
    ("1.2.0.192.in-addr.arpa.", "PTR"): ["host1.nc.test."],
    ("n.nc.test.", "NAPTR"): ['100 10 "S" "SIP+D2U" "" _sip._udp.nc.test.'],
}
EMPTY = {"empty.nc.test.", "a.nc.test.", "alias.nc.test.", "_grpc._tcp.nc.test.", "n.nc.test."}


def answer(wire: bytes) -> bytes:
    q = dns.message.from_wire(wire)
    r = dns.message.make_response(q)
    r.flags |= dns.flags.AA
    question = q.question[0]
    name, rtype = question.name.to_text(), dns.rdatatype.to_text(question.rdtype)
    if name == "servfail.nc.test.":
        r.set_rcode(dns.rcode.SERVFAIL)
    elif name == "refused.nc.test.":
        r.set_rcode(dns.rcode.REFUSED)
    elif rtype == "ANY" and name == "a.nc.test.":
        for (n, t), values in RECORDS.items():
            if n == name and t in ("A", "AAAA", "TXT", "MX"):
                r.answer.append(dns.rrset.from_text_list(n, 300, "IN", t, values))
    elif (name, rtype) in RECORDS:
        r.answer.append(dns.rrset.from_text_list(name, 300, "IN", rtype, RECORDS[(name, rtype)]))
    elif name not in EMPTY:
        r.set_rcode(dns.rcode.NXDOMAIN)
    return r.to_wire()


class StubDNS:
    """Serves on a thread until close(); `port` is the UDP port."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            try:
                data, addr = self.sock.recvfrom(4096)
            except OSError:
                return
            try:
                self.sock.sendto(answer(data), addr)
            except Exception:  # a malformed query gets no answer, like a real server
                continue

    def close(self) -> None:
        self.sock.close()
