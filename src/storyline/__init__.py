"""storyline: a ledger of who reported which figure, when, and where the sources agree.

The public surface of the library is listed in ``__all__``; see DESIGN.md for the stages.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__"]
