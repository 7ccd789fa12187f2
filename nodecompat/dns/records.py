"""dnspython answers → the plain values Node's dns.resolve* callbacks get."""
from __future__ import annotations

from typing import Any


def _name(n: Any) -> str:
    return n.to_text(omit_final_dot=True)


def _one(rtype: str, r: Any, ttl: int, with_ttl: bool) -> Any:
    if rtype in ("A", "AAAA"):
        return {"address": r.address, "ttl": ttl} if with_ttl else r.address
    if rtype in ("CNAME", "NS", "PTR"):
        return _name(r.target)
    if rtype == "TXT":
        return [s.decode("utf-8", "replace") for s in r.strings]
    if rtype == "MX":
        return {"exchange": _name(r.exchange), "priority": r.preference}
    if rtype == "SRV":
        return {"name": _name(r.target), "port": r.port, "priority": r.priority, "weight": r.weight}
    if rtype == "SOA":
        return {"nsname": _name(r.mname), "hostmaster": _name(r.rname), "serial": r.serial,
                "refresh": r.refresh, "retry": r.retry, "expire": r.expire, "minttl": r.minimum}
    if rtype == "NAPTR":
        return {"flags": r.flags.decode(), "service": r.service.decode(), "regexp": r.regexp.decode(),
                "replacement": _name(r.replacement), "order": r.order, "preference": r.preference}
    if rtype == "CAA":
        return {"critical": r.flags, r.tag.decode(): r.value.decode()}
    return r.to_text()


def to_node(qtype: str, answer: Any, with_ttl: bool) -> Any:
    rrset = answer.rrset
    ttl = rrset.ttl if rrset is not None else 0
    if qtype == "SOA":
        return _one("SOA", rrset[0], ttl, False)
    if qtype == "ANY":
        out = []
        for rs in answer.response.answer:
            t = rs.rdtype.name if hasattr(rs.rdtype, "name") else str(rs.rdtype)
            for r in rs:
                v = _one(t, r, rs.ttl, True)
                if t in ("A", "AAAA"):
                    out.append({**v, "type": t})
                elif t == "TXT":
                    out.append({"entries": v, "type": t})
                elif t in ("CNAME", "NS", "PTR"):
                    out.append({"value": v, "type": t})
                elif isinstance(v, dict):
                    out.append({**v, "type": t})
        return out
    return [_one(qtype, r, ttl, with_ttl) for r in rrset]
