"""Node's `net` on asyncio: servers, connections and Node-style error descriptions."""
from .addr import is_ip, is_ipv4, is_ipv6
from .client import ConnectError, connect
from .connection import Connection, Detached, NullSink, Sink
from .server import Server

__all__ = ["Connection", "ConnectError", "Detached", "NullSink", "Server", "Sink", "connect",
           "is_ip", "is_ipv4", "is_ipv6"]
