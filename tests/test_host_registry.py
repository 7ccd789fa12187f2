"""Handle registry semantics (pure Python) and the binding table rules."""
from __future__ import annotations

from nodecompat.runtime.bindings import binding, make_binding
from nodecompat.runtime.registry import Registry


def make() -> tuple[Registry, list[str]]:
    calls: list[str] = []
    return Registry(lambda: calls.append("ref"), lambda: calls.append("unref")), calls


def test_keepalive_toggles_only_on_zero_crossings() -> None:
    reg, calls = make()
    a = reg.handle("a")
    b = reg.handle("b")
    assert calls == ["ref"] and reg.refs == 2
    a.unref()
    b.unref()
    assert calls == ["ref", "unref"] and not reg.alive
    a.ref()
    assert calls == ["ref", "unref", "ref"]
    a.close()
    assert calls == ["ref", "unref", "ref", "unref"]


def test_close_is_idempotent_and_final() -> None:
    reg, calls = make()
    h = reg.handle("server")
    h.close()
    h.close()
    h.ref()  # a closed handle never keeps the process alive again
    assert reg.refs == 0 and h.closed and not h.refed
    assert calls == ["ref", "unref"]


def test_unref_created_handle() -> None:
    reg, calls = make()
    h = reg.handle("timer", refed=False)
    assert calls == [] and not h.refed
    h.unref()
    h.close()
    assert reg.refs == 0 and calls == []


def test_bindings_reject_bound_methods() -> None:
    class Thing:
        def method(self) -> None:
            pass

    @binding("_test_bound")
    def factory(host):  # type: ignore[no-untyped-def]
        return {"m": Thing().method}

    try:
        make_binding("_test_bound", None)  # type: ignore[arg-type]
    except TypeError as e:
        assert "bound method" in str(e)
    else:
        raise AssertionError("a bound method was accepted")


def test_unknown_binding_is_none() -> None:
    assert make_binding("no_such_binding_xyz", None) is None  # type: ignore[arg-type]
