"""`internalBinding('fs_event_wrap')`: fs.watch() handles over one inotify descriptor per host.

As libuv on Linux: one inotify fd read from the loop; handles on the same inode share its watch
descriptor; an event is 'change' when only IN_ATTRIB/IN_MODIFY are set, else 'rename' (IN_IGNORED
included, as Node reports it); the filename is the entry's name, or the watched path's basename
for events about the watched object itself.
`recursive` (Node on Linux emulates it in JS with one watcher per folder): every directory of the
tree is watched, new ones as they appear, and filenames are relative to the root.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable

from nodecompat.runtime.bindings import binding

from . import inotify
from .binding import error_info

if TYPE_CHECKING:
    from nodecompat.runtime.host import Host
    from nodecompat.runtime.registry import Handle


class Watcher:
    __slots__ = ("id", "path", "recursive", "callback", "handle", "wds", "closed")

    def __init__(self, wid: int, path: str, recursive: bool, callback: Any, handle: "Handle") -> None:
        self.id = wid
        self.path = path
        self.recursive = recursive
        self.callback = callback
        self.handle = handle
        self.wds: dict[int, str] = {}  # watch descriptor -> folder prefix ('' or 'sub/dir/')
        self.closed = False


class Inotify:
    """The host's inotify descriptor and the watchers attached to each watch descriptor."""

    def __init__(self, host: "Host") -> None:
        self.host = host
        self.fd = -1
        self.by_wd: dict[int, list[Watcher]] = {}

    def add(self, w: Watcher, path: str, prefix: str) -> None:
        if self.fd < 0:
            self.fd = inotify.init()
            self.host.loop.add_reader(self.fd, self.on_readable)
        wd = inotify.add_watch(self.fd, path)
        w.wds[wd] = prefix
        users = self.by_wd.setdefault(wd, [])
        if w not in users:
            users.append(w)

    def add_tree(self, w: Watcher, root: str, prefix: str) -> None:
        """Watch `root` and every folder below it (recursive mode); vanished folders are skipped."""
        try:
            self.add(w, root, prefix)
            entries = list(os.scandir(root))
        except OSError:
            return
        for e in entries:
            if e.is_dir(follow_symlinks=False):
                self.add_tree(w, e.path, f"{prefix}{e.name}/")

    def remove(self, w: Watcher) -> None:
        for wd in w.wds:
            users = self.by_wd.get(wd)
            if users is None:
                continue
            if w in users:
                users.remove(w)
            if not users:
                del self.by_wd[wd]
                inotify.rm_watch(self.fd, wd)
        w.wds.clear()
        if not self.by_wd and self.fd >= 0:
            self.close()

    def close(self) -> None:
        if self.fd >= 0:
            self.host.loop.remove_reader(self.fd)
            os.close(self.fd)
            self.fd = -1

    def on_readable(self) -> None:
        created: set[tuple[int, str]] = set()  # (watcher id, filename) created in this batch
        for ev in list(inotify.read_events(self.fd)):
            if ev.mask & inotify.IN_Q_OVERFLOW:
                continue
            users = list(self.by_wd.get(ev.wd, ()))
            if ev.mask & inotify.IN_IGNORED:  # the kernel dropped this watch (target gone)
                self.by_wd.pop(ev.wd, None)
            for w in users:
                if not w.closed:
                    self.deliver(w, ev, created)

    def deliver(self, w: Watcher, ev: inotify.Event, created: set[tuple[int, str]]) -> None:
        prefix = w.wds.get(ev.wd)
        if prefix is None:
            return
        if ev.mask & inotify.IN_IGNORED:
            del w.wds[ev.wd]
        kind = "change" if not ev.mask & ~inotify.CHANGE_BITS else "rename"
        if not w.recursive:
            name = ev.name or os.path.basename(w.path)
        else:
            # Node's JS emulation reports entries of folders only; it watches files by polling,
            # so a write right after a create is not reported: drop those
            if not ev.name:
                return
            name = prefix + ev.name
            if ev.mask & (inotify.IN_CREATE | inotify.IN_MOVED_TO):
                created.add((w.id, name))
                if ev.mask & inotify.IN_ISDIR:
                    self.add_tree(w, os.path.join(w.path, name), name + "/")
            elif kind == "change" and (w.id, name) in created:
                return
        self.host.call(w.callback, kind, name)


@binding("fs_event_wrap")
def make_fs_event_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    state = Inotify(host)
    watchers: dict[int, Watcher] = {}
    next_id = [0]

    def start(path: Any, persistent: Any, recursive: Any, callback: Any) -> Any:
        """A watcher id, or an error description (JS throws Node's UVException)."""
        p = str(path)
        next_id[0] += 1
        w = Watcher(next_id[0], p, bool(recursive), callback, host.registry.handle("fs-event", bool(persistent)))
        try:
            if w.recursive and os.path.isdir(p):
                state.add(w, p, "")  # the root must exist: its error is the caller's
                for e in os.scandir(p):
                    if e.is_dir(follow_symlinks=False):
                        state.add_tree(w, e.path, f"{e.name}/")
            else:
                state.add(w, p, "")
        except OSError as e:
            state.remove(w)
            w.handle.close()
            return error_info(e, "watch", p)
        watchers[w.id] = w
        return w.id

    def close(wid: Any) -> None:
        w = watchers.pop(int(wid), None)
        if w is None:
            return
        w.closed = True
        state.remove(w)
        w.handle.close()

    def ref(wid: Any) -> None:
        w = watchers.get(int(wid))
        if w is not None:
            w.handle.ref()

    def unref(wid: Any) -> None:
        w = watchers.get(int(wid))
        if w is not None:
            w.handle.unref()

    def teardown() -> None:
        for wid in list(watchers):
            close(wid)
        state.close()

    host.on_teardown(teardown)
    return {"start": start, "close": close, "ref": ref, "unref": unref}
