"""Python side of nodecompat's `zlib` module (see binding.py)."""
