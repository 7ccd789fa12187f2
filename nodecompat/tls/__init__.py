"""Node's `tls` on Python's ssl: contexts from PEM, handshakes on nodecompat.net connections."""
from .context import SecureContextOptions, create_context, root_certificates
from .session import TLSInfo, begin_tls, handshake_error, start_tls
from .verify import check_server_identity

__all__ = ["SecureContextOptions", "TLSInfo", "begin_tls", "check_server_identity", "create_context",
           "handshake_error", "root_certificates", "start_tls"]
