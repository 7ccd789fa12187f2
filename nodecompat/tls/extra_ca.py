"""Node's startup check of NODE_EXTRA_CA_CERTS: a file that cannot be opened only earns a warning
on stderr (the program goes on); unreadable content is silently ignored. Kept free of `ssl` so the
command line can run it before anything else is imported."""
from __future__ import annotations

import os


def startup_warning(environ: "os._Environ[str] | dict[str, str]" = os.environ) -> str | None:
    """The line Node prints at startup for NODE_EXTRA_CA_CERTS, or None."""
    path = environ.get("NODE_EXTRA_CA_CERTS")
    if not path:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)   # what fopen() does: a directory opens
    except OSError as e:
        # OpenSSL packs a system error as ERR_LIB_SYS | errno: error:80000002:system library::...
        return (f"Warning: Ignoring extra certs from `{path}`, load failed: "
                f"error:{0x80000000 | (e.errno or 0):08X}:system library::{os.strerror(e.errno or 0)}\n")
    os.close(fd)
    return None
