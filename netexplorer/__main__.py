"""Entry point for ``python -m netexplorer``."""

import sys

from netexplorer.app import main

if __name__ == "__main__":
    sys.exit(main())
