"""HTTP/2 for Python with Node's model: `from nodecompat import http2`.

Engine (sans-JS): session.Session, protocol.H2Protocol, server.EngineServer (docs/engine.md).
Python API: create_server, create_secure_server, connect (docs/python-api.md).
"""
from .api import Http2Error, Http2Session, Http2Stream
from .api_server import Http2Server, connect, create_secure_server, create_server
from .settings import DEFAULT_SETTINGS, pack as get_packed_settings, unpack as get_unpacked_settings
from .trace import disable_trace, enable_trace


def get_default_settings() -> dict:
    return dict(DEFAULT_SETTINGS)


__all__ = ["Http2Error", "Http2Session", "Http2Stream", "Http2Server", "connect",
           "create_secure_server", "create_server", "get_default_settings",
           "get_packed_settings", "get_unpacked_settings", "enable_trace", "disable_trace"]
