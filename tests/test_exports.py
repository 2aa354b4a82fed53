"""The package's public surface: sorted, complete, and every name importable."""

from __future__ import annotations

import storyline


def test_all_is_sorted_and_every_name_resolves():
    assert storyline.__all__ == sorted(storyline.__all__)
    for name in storyline.__all__:
        assert getattr(storyline, name) is not None, name


def test_public_names_are_the_real_objects():
    from storyline.run import ingest
    from storyline.model import Article

    assert storyline.ingest_inputs is ingest and storyline.Article is Article
