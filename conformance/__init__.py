"""Conformance: every code example of the http2 docs in ../shared/seeds, run under node and nodecompat."""
