"""The engine's fast path (nodecompat/http2/fastpath.py) against h2/hpack as the reference.

Differential: whatever `request_ok`/`response_ok` accept, h2's own inbound validation must
accept; blocks from `encode_block` must decode (with hpack's decoder) to the input; MemoDecoder
must decode every block exactly like hpack's Decoder."""
from __future__ import annotations

import random

import pytest
from h2.config import H2Configuration
from h2.exceptions import ProtocolError
from h2.utilities import HeaderValidationFlags, validate_headers
from hpack import Decoder, Encoder, NeverIndexedHeaderTuple

from nodecompat.http2 import fastpath as fp

CFG = H2Configuration(client_side=False)
REQ = [(b":method", b"GET"), (b":scheme", b"https"), (b":path", b"/x?y=1"),
       (b":authority", b"example.com"), (b"user-agent", b"h2load nghttp2/1.52"),
       (b"accept", b"*/*"), (b"cookie", b"a=1")]
RESP = [(b":status", b"200"), (b"content-type", b"text/plain"), (b"content-length", b"5"),
        (b"x-a", b"")]
NAMES = [b":method", b":path", b":scheme", b":authority", b":status", b":protocol", b"host",
         b"te", b"connection", b"upgrade", b"X-Up", b"a:b", b"", b"ok", b"content-length",
         b"sp ace", b"\x7f"]
VALUES = [b"GET", b"CONNECT", b"", b"/", b" lead", b"trail\t", b"a\r\nb", b"nul\x00",
          b"trailers", b"gzip", b"example.com", b"200", b"100", b"mid dle", b"\xff\xfe"]


def h2_accepts(headers: list, response: bool) -> bool:
    flags = HeaderValidationFlags(is_client=response, is_trailer=False,
                                  is_response_header=response, is_push_promise=False)
    try:
        list(validate_headers(headers, flags))
        return True
    except ProtocolError:
        return False


def mutations(base: list, rng: random.Random) -> list:
    h = list(base)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(4)
        if op == 0 and h:
            del h[rng.randrange(len(h))]
        elif op == 1:
            h.insert(rng.randrange(len(h) + 1), (rng.choice(NAMES), rng.choice(VALUES)))
        elif op == 2 and h:
            i = rng.randrange(len(h))
            h[i] = (h[i][0], rng.choice(VALUES))
        elif h:
            i, j = rng.randrange(len(h)), rng.randrange(len(h))
            h[i], h[j] = h[j], h[i]
    return h


def test_request_ok_accepts_only_what_h2_accepts() -> None:
    assert fp.request_ok(REQ) and h2_accepts(REQ, False)
    rng = random.Random(7)
    accepted = 0
    for _ in range(5000):
        h = mutations(REQ, rng)
        if fp.request_ok(h):
            accepted += 1
            assert h2_accepts(h, False), h
    assert accepted > 100  # the generator does produce valid blocks


def test_response_ok_accepts_only_what_h2_accepts() -> None:
    assert fp.response_ok(RESP) and h2_accepts(RESP, True)
    rng = random.Random(11)
    accepted = 0
    for _ in range(5000):
        h = mutations(RESP, rng)
        if fp.response_ok(h):
            accepted += 1
            assert h2_accepts(h, True), h
            assert not h[0][1].startswith(b"1")  # 1xx goes through h2 (informational)
    assert accepted > 100  # the generator does produce valid blocks


@pytest.mark.parametrize("bad", [
    [(b"te", b"gzip")], [(b"connection", b"x")], [(b"Upper", b"x")], [(b"a", b" x")],
    [(b"host", b"other")], [(b":status", b"200")]])
def test_request_ok_refuses(bad: list) -> None:
    assert not fp.request_ok(REQ + bad)


def test_encode_block_round_trips_and_is_state_free() -> None:
    rng = random.Random(3)
    dec = Decoder()
    for _ in range(300):
        h = [(rng.choice([b"content-type", b"x-k", b":status", b"set-cookie", b"vary"]),
              bytes(rng.randrange(33, 127) for _ in range(rng.randrange(0, 40))))
             for _ in range(rng.randint(1, 6))]
        sens = frozenset([b"set-cookie"]) if rng.random() < 0.5 else frozenset()
        block = fp.encode_block(h, sens)
        out = dec.decode(block, raw=True)
        assert [tuple(x) for x in out] == h
        for (n, _), x in zip(h, out):
            assert isinstance(x, NeverIndexedHeaderTuple) == (n in sens)
        assert dec.header_table._current_size == 0  # nothing ever entered the dynamic table
    assert fp.encode_block([(b"a", "str")], frozenset()) is None  # not bytes: caller uses h2


def test_memo_decoder_matches_hpack() -> None:
    rng = random.Random(5)
    enc = Encoder()
    ref, memo = Decoder(), fp.MemoDecoder()
    pool = [REQ, REQ[:4], REQ + [(b"x-n", b"1")], REQ + [(b"x-n", b"2")]]
    hits = 0
    for i in range(2000):
        h = rng.choice(pool) if i % 50 else REQ + [(b"x-new", str(i).encode())]
        if i % 333 == 0:
            enc.header_table_size = rng.choice([0, 256, 4096])
            ref.header_table_size = memo.header_table_size = 4096
        if i % 3 == 1:  # static-only literals (never/not indexed) mixed into the same context
            block = fp.encode_block(h + [(b"content-length", b"5")], frozenset([b"cookie"]))
        elif i % 3 == 2:
            block = enc.encode(h + [NeverIndexedHeaderTuple(b"authorization", b"x")])
        else:
            block = enc.encode(h)
        before = len(memo._memo)
        assert memo.decode(block, raw=True) == ref.decode(block, raw=True)
        hits += before and block in memo._memo
        assert ref.header_table._current_size == memo.header_table._current_size
    assert hits > 500  # the memo really serves repeated blocks


def test_table_neutral() -> None:
    enc = Encoder()
    first = enc.encode(REQ)  # incremental indexing
    assert not fp._table_neutral(first) and fp._table_neutral(enc.encode(REQ))
    assert fp._table_neutral(fp.encode_block(REQ, frozenset([b"cookie"])))
    assert not fp._table_neutral(b"\x3f\xe1\x1f")  # dynamic table size update
    assert not fp._table_neutral(fp.encode_block(REQ, frozenset())[:-1])  # truncated


def test_headers_frames_split() -> None:
    out = fp.headers_frames(3, b"x" * 40, True, 16)
    assert [out[i + 3] for i in (0, 25, 50)] == [0x1, 0x9, 0x9]  # HEADERS, CONTINUATION x2
    assert out[4] == fp.END_STREAM and out[25 + 4] == 0 and out[50 + 4] == fp.END_HEADERS


def test_nghttp2_auto_never_indexed() -> None:
    """authorization and cookies shorter than 20 bytes are never indexed, as nghttp2 does."""
    h = [(b"authorization", b"Basic x"), (b"cookie", b"a=1"), (b"cookie", b"b" * 20), (b"x", b"y")]
    out = Decoder().decode(fp.encode_block(h, frozenset()), raw=True)
    assert [isinstance(x, NeverIndexedHeaderTuple) for x in out] == [True, True, False, False]
    from nodecompat.http2.frames import mark_sensitive
    marked = mark_sensitive(h, frozenset([b"x"]))
    assert [isinstance(x, NeverIndexedHeaderTuple) for x in marked] == [True, True, False, True]


def test_memo_decoder_verdict_per_block() -> None:
    """The session's header check runs once per memoised block (per check function); a block
    outside the memo (it indexes into the dynamic table) is checked every time."""
    enc = Encoder()
    memo = fp.MemoDecoder()
    calls: list[int] = []

    def check(h: list) -> bool:
        calls.append(len(h))
        return fp.request_ok(h)

    neutral = fp.encode_block(REQ, frozenset())
    for _ in range(3):
        h = memo.decode(neutral, raw=True)
        assert memo.verdict(h, check) is True
    assert calls == [len(REQ)]  # computed once, then remembered with the block
    assert memo.verdict(memo.decode(neutral, raw=True), fp.response_ok) is False  # other check
    bad = fp.encode_block([(b":method", b"GET")], frozenset())  # no :path etc.
    assert memo.verdict(memo.decode(bad, raw=True), check) is False
    indexing = enc.encode(REQ)  # incremental indexing: never memoised
    for _ in range(2):
        assert memo.verdict(memo.decode(indexing, raw=True), check) is True
    assert len(calls) == 4


def test_encode_block_cache_keeps_sensitivity() -> None:
    """Whole blocks are cached per (pairs, sensitive): the same pairs with another sensitive
    set encode differently (never indexed), and a str value still refuses the fast path."""
    h = [(b":status", b"200"), (b"x-token", b"abc")]
    plain = fp.encode_block(h, frozenset())
    secret = fp.encode_block(h, frozenset([b"x-token"]))
    assert plain != secret and fp.encode_block(h, frozenset()) == plain
    out = Decoder().decode(secret, raw=True)
    assert isinstance(out[1], NeverIndexedHeaderTuple) and not isinstance(
        Decoder().decode(plain, raw=True)[1], NeverIndexedHeaderTuple)
    assert fp.encode_block([(b":status", "200")], frozenset()) is None
