"""A small store for the web tests that need no NLP: articles, figures and stories written directly."""

from __future__ import annotations

import pytest

from storyline.model import Attribution, Figure, Quantity, Source, Story

TOWNS = ["Ashford", "Brampton", "Corfe", "Dunmore", "Elgin", "Fenwick", "Galway"]


@pytest.fixture
def small_db(tmp_path, article_factory):
    """A store file of 7 stories of 3 articles each (one figure each); returns its path and ids."""
    from storyline.store import open_store

    path = tmp_path / "small.db"
    stories, members, ids = [], [], []
    with open_store(path) as store:
        for n, town in enumerate(TOWNS):
            story_ids = []
            for k in range(3):
                lead = f"The mayor of {town} said "
                text = (f"{lead}{120 + k} homes were flooded in {town} on day {k}, and the river kept rising "
                        f"while crews from {town} worked through the night to hold the levee.")
                article = article_factory(text, source=f"/tmp/{town}-{k}.txt", title=f"Flood in {town}, day {k}",
                                          outlet=f"{town} Post", published=f"2025-03-{10 + n:02d}")
                store.save_article(article)
                number = str(120 + k)
                start = len(lead)
                store.save_figures(article.id, [Figure(
                    article.id, Quantity(number, start, start + len(number), 120.0 + k, 120.0 + k),
                    "homes flooded", "homes", Attribution((Source(f"the mayor of {town}", "person", "said"),)),
                    "reported", 0, len(text))], version="test")
                story_ids.append(article.id)
            stories.append(Story(story_ids[0], f"{town}, flood", tuple(story_ids), f"2025-03-{10 + n:02d}",
                                 f"2025-03-{10 + n:02d}", (f"{town} Post",), (town,), ("flood",)))
            members += [{"article_id": a, "story_id": story_ids[0], "score": 0.5, "neighbour": None,
                         "shared_terms": ["flood"], "shared_entities": [town]} for a in story_ids]
            ids += story_ids
        store.save_stories(stories, members)
    return {"db": str(path), "stories": [s.id for s in stories], "articles": ids}
