"""The store stage: one SQLite file holding articles, inputs, rejects and search.

See :mod:`storyline.store.db` for the functions and :mod:`storyline.store.migrations`
for the schema.
"""

from storyline.store.db import Store, open_store

__all__ = ["Store", "open_store"]
