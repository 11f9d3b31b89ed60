"""``python -m epoc`` runs the CLI."""

import sys

from epoc.cli import main

sys.exit(main())
