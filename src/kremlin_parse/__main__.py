"""`python -m kremlin_parse` runs the command line."""

import sys

from .cli import main

sys.exit(main())
