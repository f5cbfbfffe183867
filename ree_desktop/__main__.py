"""``python -m ree_desktop`` runs the same entry point as ``ree-desktop``."""

import sys

from ree_desktop.cli import main

sys.exit(main())
