"""Threads: the sub-events of one story, stored with it and shown by --explain and the dossier."""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from storyline import api
from storyline.cli import cli
from storyline.cluster.stories import cluster, features_of
from storyline.cluster.threads import ThreadParams, thread_vector, threads_of
from storyline.config import StorylineConfig
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.run import ingest
from storyline.store import open_store

# One developing story told in two episodes a week apart (texts written for this test): a
# strike at a port, then the deal that ends it. The same names run through both.
STRIKE = [
    ("2025-03-03", "Dockworkers walk out at Port Halden",
     "Dockworkers at Port Halden walked out on Monday, leaving cranes idle and container ships "
     "waiting offshore. Mara Voss of the Halden Dockworkers Union said the strike would go on until "
     "wages kept pace with prices. The Halden Port Authority called the walkout unlawful."),
    ("2025-03-03", "Strike idles cranes at Port Halden",
     "Cranes stood still at Port Halden as dockworkers began an open-ended strike over wages. Ships "
     "queued offshore and hauliers turned lorries away. Mara Voss, who leads the Halden Dockworkers "
     "Union, told pickets the walkout would last as long as it takes."),
    ("2025-03-04", "Ships queue offshore as Port Halden strike enters second day",
     "A second day of the dockworkers' strike left dozens of ships queuing offshore from Port Halden. "
     "The Halden Port Authority said the walkout was costing exporters dearly; Mara Voss said pickets "
     "would stay at the gates and the cranes would stay idle."),
    ("2025-03-11", "Deal ends Port Halden strike",
     "The Halden Port Authority and the Halden Dockworkers Union signed an agreement on Tuesday that "
     "ends the strike at Port Halden. Mara Voss said members voted to accept a pay rise spread over "
     "three years, and work resumes on Wednesday morning."),
    ("2025-03-11", "Port Halden workers accept pay offer",
     "Members of the Halden Dockworkers Union voted to accept the pay offer of the Halden Port Authority, "
     "Mara Voss announced, ending the strike. The agreement raises pay over three years; the first shifts "
     "return to work on Wednesday."),
    ("2025-03-12", "Work resumes at Port Halden after agreement",
     "Work resumed at Port Halden on Wednesday after the agreement between the Halden Port Authority and "
     "the Halden Dockworkers Union. Mara Voss thanked members for the vote, and the first ships were "
     "unloaded under the new pay deal."),
]


def _article(published: str, title: str, text: str) -> Article:
    prov = Provenance(source="/tmp/x.txt", format="text", sha256="0" * 64)
    return Article(id=article_id_for(text), text=text, provenance=prov, published=Field(published, "json"),
                   title=Field(title, "json"))


@pytest.fixture(scope="module")
def strike():
    return [_article(*row) for row in STRIKE]


def _episodes(articles):
    return {frozenset(a.id for a in articles[:3]), frozenset(a.id for a in articles[3:])}


def test_the_story_is_one_story_with_two_threads(strike):
    stories = cluster(strike).stories()
    assert [len(s.article_ids) for s in stories] == [6]
    threads = threads_of(stories[0].id, [features_of(a) for a in strike])
    assert {frozenset(t.article_ids) for t in threads} == _episodes(strike)
    first, second = threads
    assert (first.seq, second.seq) == (1, 2)
    assert (first.first_published, first.last_published) == ("2025-03-03", "2025-03-04")
    assert (second.first_published, second.last_published) == ("2025-03-11", "2025-03-12")
    # each is labelled by what sets it apart in the story, not by the names both share
    assert {"strike", "crane"} & set(first.terms) and not {"halden", "voss"} & set(first.terms)
    assert {"agreement", "accept", "vote"} & set(second.terms)


def test_names_are_left_out_of_the_topical_words(strike):
    v = thread_vector(features_of(strike[0]))
    assert "voss" not in v and "halden" not in v and "crane" in v
    assert sum(w * w for w in v.values()) == pytest.approx(1.0)


def test_one_episode_is_one_thread(strike):
    threads = threads_of("s", [features_of(a) for a in strike[:3]])
    assert len(threads) == 1 and set(threads[0].article_ids) == {a.id for a in strike[:3]}


def test_threads_do_not_depend_on_the_order_of_the_members(strike):
    feats = [features_of(a) for a in strike]
    expected = threads_of("s", feats)
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(feats)
        assert threads_of("s", feats) == expected


def test_the_threshold_decides_how_fine_threads_are(strike):
    feats = [features_of(a) for a in strike]
    assert len(threads_of("s", feats, ThreadParams(threshold=0.0))) == 1
    assert len(threads_of("s", feats, ThreadParams(threshold=1.0))) == len(strike)


def test_a_long_story_is_threaded_by_days_with_undated_members_placed_by_words(strike):
    undated = _article("2025-03-11", "", "Members of the union voted to accept the agreement and the pay rise; "
                       "work resumes and the strike is over at the port.")
    undated = Article(id=undated.id, text=undated.text, provenance=undated.provenance)
    feats = [features_of(a) for a in [*strike, undated]]
    by_day = threads_of("s", feats, ThreadParams(max_articles=2))
    assert len(by_day) == 2
    assert set(by_day[1].article_ids) == {a.id for a in strike[3:]} | {undated.id}


def test_threads_are_stored_and_shown(tmp_path, strike):
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (published, title, text) in enumerate(STRIKE):
        (folder / f"a{k}.jsonl").write_text(json.dumps({"title": title, "text": text, "published": published}) + "\n")
    db = tmp_path / "s.db"
    store = open_store(str(db))
    ingest([str(folder)], store, StorylineConfig())
    [story] = store.stories()
    threads = store.story_threads(story.id)
    assert [len(t.article_ids) for t in threads] == [3, 3]
    titles = [{store.get_article(a).title.value for a in t.article_ids} for t in threads]
    assert "Deal ends Port Halden strike" in titles[1] and "Dockworkers walk out at Port Halden" in titles[0]

    # recluster, the from-scratch path, gives the same threads
    api.recluster(store)
    assert store.story_threads(story.id) == threads

    # the story record, the dossier in every format
    [rec] = api.stories(store)
    assert [t["articles"] for t in rec["threads"]] == [3, 3]
    assert {m["thread"] for m in rec["members"]} == {1, 2}
    _, md = api.dossier(store, story.id, fmt="md")
    assert "## Threads" in md and "2025-03-11 – 2025-03-12" in md
    _, html = api.dossier(store, story.id, fmt="html")
    assert 'id="threads-h"' in html and 'href="#a-' in html
    _, js = api.dossier(store, story.id, fmt="json")
    assert [t["thread"] for t in json.loads(js)["threads"]] == [1, 2]
    store.close()

    out = CliRunner().invoke(cli, ["stories", "--db", str(db), "--explain"])
    assert out.exit_code == 0, out.output
    assert "2 threads" in out.output and "thread 1: 2025-03-03 – 2025-03-04, 3 articles" in out.output
    assert "(thread 2)" in out.output


def test_a_store_saved_before_threads_is_stale_until_its_threads_are_saved(strike):
    store = open_store(":memory:")
    index = cluster(strike)
    from storyline.cluster.stage import _member_rows, story_threads

    for a in strike:
        store.save_article(a)
    store.save_stories(index.stories(), _member_rows(index))
    assert store.stories_stale()
    store.save_stories(index.stories(), _member_rows(index), story_threads(index, index.stories()))
    assert not store.stories_stale()
    store.close()


def test_dossier_escapes_titles_in_threads(tmp_path):
    rows = [(d, t.replace("Port Halden", "<b>Port Halden</b>"), x) for d, t, x in STRIKE]
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (published, title, text) in enumerate(rows):
        (folder / f"a{k}.jsonl").write_text(json.dumps({"title": title, "text": text, "published": published}) + "\n")
    store = open_store(":memory:")
    ingest([str(folder)], store, StorylineConfig())
    _, html = api.dossier(store, fmt="html")
    section = html[html.index('id="threads-h"'):html.index('id="sources-h"')]
    assert "&lt;b&gt;Port Halden&lt;/b&gt;" in section and "<b>Port Halden</b>" not in section
    _, md = api.dossier(store, fmt="md")
    assert "\\<b\\>" in md
    store.close()
