"""System information for nodecompat's `os` module (see binding.py)."""
