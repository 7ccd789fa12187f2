"""Codes shared by the session and its mixins: RFC 9113 error codes, Node's command error."""
from __future__ import annotations

NO_ERROR, PROTOCOL_ERROR, INTERNAL_ERROR, CANCEL = 0, 1, 2, 8
REFUSED_STREAM, ENHANCE_YOUR_CALM, FRAME_SIZE_ERROR = 7, 11, 6
# nghttp2_strerror(NGHTTP2_ERR_CALLBACK_FAILURE): Node's message when its callback refused
CALLBACK_FAILED = "The user callback function failed"


class SessionCommandError(Exception):
    """A command that Node would reject (e.g. ERR_HTTP2_INVALID_STREAM); `code` is Node's."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
