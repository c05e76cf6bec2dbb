"""Entry point for ``python -m rescue_desk`` and the frozen application."""

import sys

from rescue_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
