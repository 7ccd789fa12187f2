"""`python -m nodecompat FILE [args…]`: run a Node program."""
from nodecompat.runtime.cli import main

if __name__ == "__main__":
    main()
