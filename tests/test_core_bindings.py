"""The Python halves of `fs` and `os` (nodecompat/fs, nodecompat/os) against the real system
and, where Node exposes the same facts, against `node` itself."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from nodecompat.fs import ops
from nodecompat.fs.binding import error_info
from nodecompat.os import binding as os_binding
from nodecompat.os.netif import interfaces


def node_json(expr: str) -> object:
    out = subprocess.run(["node", "-p", f"JSON.stringify({expr})"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_readdir_names_and_dirent_types(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    (tmp_path / "d").mkdir()
    (tmp_path / "l").symlink_to(tmp_path / "f")
    names, types = ops.readdir(str(tmp_path), True)
    kinds = dict(zip(names.split("\0"), types))
    assert kinds == {"f": "1", "d": "2", "l": "3"}


def test_mkdir_recursive_returns_first_created(tmp_path: Path) -> None:
    first = ops.mkdir(str(tmp_path / "a" / "b" / "c"), 0o777, True)
    assert first == str(tmp_path / "a")
    assert ops.mkdir(str(tmp_path / "a" / "b"), 0o777, True) is None


def test_errors_carry_node_syscalls(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    with pytest.raises(OSError) as e:
        ops.readdir(missing, False)
    assert error_info(e.value, "readdir", missing) == {
        "errno": -2, "code": "ENOENT", "syscall": "scandir", "path": missing}
    with pytest.raises(OSError) as e:
        ops.rm(str(tmp_path), False, False)
    assert error_info(e.value, "rm")["code"] == "EISDIR"
    with pytest.raises(OSError) as e:
        ops.rename(missing, missing + "2")
    info = error_info(e.value, "rename")
    assert (info["syscall"], info["path"], info["dest"]) == ("rename", missing, missing + "2")
    ops.rm(missing, False, True)  # force: no error


def test_realpath_reports_the_missing_component(tmp_path: Path) -> None:
    with pytest.raises(OSError) as e:
        ops.realpath(str(tmp_path / "nope" / "deeper"))
    info = error_info(e.value, "realpath")
    assert info["syscall"] == "lstat" and info["path"] == str(tmp_path / "nope")


def test_read_write_file_roundtrip(tmp_path: Path) -> None:
    p = str(tmp_path / "data")
    data = bytes(range(256)) * 1000
    ops.write_file(p, data, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    assert ops.read_file(p, os.O_RDONLY) == data
    fd = os.open(p, os.O_RDONLY)
    try:
        assert ops.read(fd, 4, 256) == bytes(range(4))
    finally:
        os.close(fd)


def test_stat_tuple_matches_node(tmp_path: Path) -> None:
    p = tmp_path / "s"
    p.write_bytes(b"12345")
    values = ops.stat(str(p))
    node = node_json(f"require('fs').statSync({json.dumps(str(p))})")
    assert isinstance(node, dict)
    for i, key in enumerate(["dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks"]):
        assert values[i] == node[key], key
    assert abs(values[11] - node["mtimeMs"]) < 1


def test_network_interfaces_match_node() -> None:
    grouped: dict[str, list[dict[str, object]]] = {}
    for item in interfaces():
        rest = {k: v for k, v in item.items() if k != "name"}
        grouped.setdefault(str(item["name"]), []).append(rest)
    assert grouped == node_json("require('os').networkInterfaces()")


def test_cpus_and_user_info_match_node() -> None:
    ours = os_binding.cpus()
    node = node_json("require('os').cpus()")
    assert isinstance(node, list)
    assert [(c["model"], c["speed"]) for c in ours] == [(c["model"], c["speed"]) for c in node]
    assert os_binding.user_info() == node_json("require('os').userInfo()")
