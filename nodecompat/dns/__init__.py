"""Python side of nodecompat's `dns` module (see binding.py)."""
