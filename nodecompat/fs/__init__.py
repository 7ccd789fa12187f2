"""File-system side of nodecompat's `fs` module (see binding.py)."""
