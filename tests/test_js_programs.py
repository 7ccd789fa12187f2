"""The differential suite: every program under tests/js/ must behave under nodecompat as under node."""
import pytest

from difftest import JS_TESTS, compare, programs


@pytest.mark.parametrize("path", programs(), ids=lambda p: str(p.relative_to(JS_TESTS)))
def test_same_as_node(path):
    compare(path)
