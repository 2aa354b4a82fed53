"""Duplicates: copies, syndicated copies and rewrites, incremental, persistable, order-free."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster.dedup import (
    PASSAGE_CHARS,
    DedupParams,
    DuplicateIndex,
    DuplicatePair,
    classify,
    compare,
    find_duplicates,
    original_first,
    same_outlet,
)
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.report.demo import corpus_inputs
from storyline.store import open_store

# -- synthetic texts (written for these tests; the town, river and people are fictional) ----

BASE = (
    "Floodwater from the River Wend reached the centre of Ashford on Sunday night after two days "
    "of heavy rain, forcing about 400 residents from their homes. The town council said the river "
    "rose 2.3 metres above its usual level at the old stone bridge, the highest reading since "
    "records began in 1968. Emergency crews used boats to reach families trapped on the upper "
    "floors of houses in Mill Lane and Tanners Row. No deaths have been reported, but three people "
    "were taken to hospital with minor injuries, according to the regional ambulance service. The "
    "mayor, Helen Carver, said a rest centre had opened at the Ashford leisure hall and that more "
    "than 150 people spent the night there. Forecasters expect another 40 millimetres of rain by "
    "Tuesday, and the environment agency has kept its severe flood warning in place for the lower "
    "valley. Local farmers said hundreds of sheep had been moved to higher ground as fields along "
    "the river disappeared under water. The railway line to Brackwell remains closed, and the "
    "operator said buses would replace trains until at least Wednesday. Schools in the town will "
    "stay shut on Monday while engineers inspect the bridge for damage."
)

REWRITE = (
    "After two days of torrential rain, the River Wend burst into the middle of Ashford late on "
    "Sunday, and about 400 people had to leave their homes. According to the town council, the "
    "water at the old stone bridge stood 2.3 metres above its normal level, a record since "
    "measurements started in 1968. Rescue teams in boats reached families stuck on the upper "
    "floors of homes on Mill Lane and Tanners Row. Nobody has died, the regional ambulance service "
    "said, though three people went to hospital with minor injuries. Mayor Helen Carver said more "
    "than 150 people stayed overnight at a rest centre set up in the Ashford leisure hall. A "
    "further 40 millimetres of rain is forecast before Tuesday, so the environment agency is "
    "keeping its severe flood warning for the lower valley. Farmers moved hundreds of sheep to "
    "higher ground as the fields beside the river vanished under water. Trains to Brackwell are "
    "still suspended and replacement buses will run until Wednesday at the earliest. Ashford's "
    "schools will be closed on Monday while engineers check the bridge for damage."
)

SAME_STORY = (
    "Residents of Ashford began returning to their homes on Tuesday as the River Wend fell back "
    "below its banks, leaving mud and debris across Mill Lane. Insurance assessors arrived in the "
    "town while volunteers handed out cleaning kits at the leisure hall. The council estimates "
    "that repairs to roads and drains will cost at least 2 million pounds, and it has asked the "
    "government for emergency funding. Helen Carver, the mayor, praised the rescue crews and said "
    "the town would need months to recover. Shopkeepers on the high street said they had lost "
    "stock worth thousands of pounds, and several cafes do not expect to reopen before the spring. "
    "Engineers found cracks in the old stone bridge, which will stay closed to traffic for further "
    "tests. The railway line to Brackwell reopened on Wednesday morning after the track was "
    "cleared. Forecasters say the coming week should be mostly dry."
)

UNRELATED = (
    "The county chess championship ended on Saturday with a surprise, as a 14-year-old from "
    "Brackwell beat the three-time champion in the final round. She had lost her first game of the "
    "weekend but won the next five, finishing half a point ahead of the field. Her coach said she "
    "had prepared the opening for weeks and had barely slept before the last game. The organisers "
    "said 86 players took part, the most since the tournament began. Next year the event moves to "
    "a larger venue in the old corn exchange, and the prize fund will double. The winner now "
    "qualifies for the national junior finals, to be held in the autumn."
)

CREDIT = "\n\nThis story first appeared in the Wend Valley Gazette and is republished with permission."
GAZETTE, POST = "Wend Valley Gazette", "Brackwell Evening Post"
DAY, NEXT_DAY = "2024-02-11", "2024-02-12"


def make(
    text: str, outlet: str | None = GAZETTE, published: str | None = DAY, source: str = "/in/a.txt"
) -> Article:
    meta = {}
    if outlet is not None:
        meta["outlet"] = Field(outlet, "json", "test")
    if published is not None:
        meta["published"] = Field(published, "json", "test")
    prov = Provenance(source=source, format="text", sha256="0" * 64)
    return Article(id=article_id_for(text), text=text, provenance=prov, **meta)


CASE_AND_PUNCTUATION = BASE.replace("Sunday night", "Sunday Night").replace(", but three", " but three")
CAPTIONED = CASE_AND_PUNCTUATION + "\n\nPhoto: Wend Valley Gazette"
HEADLINED = "Hundreds leave homes as the Wend floods Ashford\n\n" + BASE
EDITED_INTRO = BASE.replace("Floodwater from the River Wend", "Water from the swollen River Wend")

# name, text of b, outlet of b, date of b, the expected relation
PAIRS = [
    ("identical text", BASE, GAZETTE, NEXT_DAY, "copy"),
    ("whitespace only", BASE.replace(". ", ".\n\n", 3) + "\n", GAZETTE, NEXT_DAY, "copy"),
    ("case, punctuation and a caption", CAPTIONED, GAZETTE, NEXT_DAY, "copy"),
    ("same words, outlet unknown", CASE_AND_PUNCTUATION, None, NEXT_DAY, "copy"),
    ("other outlet with credit line", BASE + CREDIT, POST, DAY, "syndicated"),
    ("other outlet, headline added", HEADLINED, POST, NEXT_DAY, "syndicated"),
    ("other outlet, intro edited", EDITED_INTRO + CREDIT, POST, NEXT_DAY, "syndicated"),
    ("paraphrase", REWRITE, POST, NEXT_DAY, "rewrite"),
    ("paraphrase by the same outlet", REWRITE, GAZETTE, NEXT_DAY, "rewrite"),
    ("same story, different article", SAME_STORY, POST, NEXT_DAY, None),
    ("same story, same outlet", SAME_STORY, GAZETTE, NEXT_DAY, None),
    ("unrelated", UNRELATED, POST, NEXT_DAY, None),
]


@pytest.mark.parametrize("name, text, outlet, published, expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_compare_finds_the_relation(name, text, outlet, published, expected):
    original = make(BASE)
    other = make(text, outlet, published, source="/in/b.txt")
    pair = compare(original, other)
    assert (pair.relation if pair else None) == expected
    if pair is not None:
        assert pair.a == original.id  # the earlier one, or the credited one on the same day
        assert 0.0 <= pair.similarity <= 1.0 and 0.0 <= pair.containment <= 1.0


@pytest.mark.parametrize("name, text, outlet, published, expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_the_index_agrees_with_compare(name, text, outlet, published, expected):
    original = make(BASE)
    other = make(text, outlet, published, source="/in/b.txt")
    pairs = find_duplicates([other, original])
    if original.id == other.id:  # one text, stored once: the copy is a second input, not a pair
        assert pairs == []
        return
    assert [p.relation for p in pairs] == ([expected] if expected else [])
    if pairs:
        assert pairs[0].a == original.id and pairs[0].b == other.id


def test_identical_text_is_a_copy_with_similarity_one():
    pair = compare(make(BASE), make(BASE, source="/in/b.txt"))
    assert (pair.relation, pair.similarity, pair.containment) == ("copy", 1.0, 1.0)


def test_short_texts_are_never_paired():
    short = "The council meeting moved to Thursday evening at the town hall."
    assert compare(make(short), make(short.upper(), source="/in/b.txt")) is None
    assert find_duplicates([make(short), make(short.upper(), source="/in/b.txt")]) == []


@pytest.mark.parametrize(
    "containment, word_similarity, sentence_overlap, outlet_b, expected",
    [
        (1.0, 1.0, 1.0, GAZETTE, "copy"),
        (0.985, 0.99, 1.0, None, "copy"),  # outlet unknown: not known to differ
        (0.985, 0.99, 1.0, POST, "syndicated"),
        (0.93, 0.95, 0.9, GAZETTE, "copy"),  # an edited rerun by the same outlet is one source
        (0.93, 0.95, 0.9, POST, "syndicated"),
        (0.89, 0.80, 0.9, POST, "rewrite"),
        (0.20, 0.52, 0.69, POST, "rewrite"),
        (0.20, 0.30, 0.69, POST, None),  # sentences alike but too few shared words
        (0.20, 0.52, 0.40, POST, None),  # shared words but too few sentences retold
        (0.00, 0.00, 0.00, POST, None),
    ],
)
def test_classify(containment, word_similarity, sentence_overlap, outlet_b, expected):
    a, b = make(BASE), make(BASE + " More.", outlet_b)
    assert classify(a, b, containment=containment, word_similarity=word_similarity,
                    sentence_overlap=sentence_overlap) == expected


@pytest.mark.parametrize(
    "x, y, same",
    [
        ("north-wire.example", "North Wire", True),
        ("www.harbourpost.co.uk", "The Harbour Post", True),
        ("The Borderland Dispatch - Ukraine war", "Borderland Dispatch", True),
        ("North Wire", "Lakeshore Courier", False),
        (None, "North Wire", None),
    ],
)
def test_same_outlet(x, y, same):
    assert same_outlet(make(BASE, x), make(BASE, y)) is same


@pytest.mark.parametrize(
    "first, second, original",
    [
        (("2024-02-11", GAZETTE, BASE), ("2024-02-12", POST, BASE + CREDIT), 0),  # earlier date
        # The earlier date wins over a credit line.
        (("2024-02-12", GAZETTE, BASE), ("2024-02-11", POST, BASE + CREDIT), 1),
        (("2024-02-11", GAZETTE, BASE), ("2024-02-11", POST, BASE + CREDIT), 0),  # same day: the credited one
        (("2024-02-11T09:00+00:00", GAZETTE, BASE), ("2024-02-11T08:00+00:00", POST, BASE + " Also."), 1),
        ((None, GAZETTE, BASE), ("2024-02-20", POST, BASE + " Also."), 1),  # undated goes last
        (("0001-01-01", GAZETTE, BASE), ("2024-02-20", POST, BASE + " Also."), 1),  # a placeholder is no date
        # Both have a time: compared in UTC, even when the local dates differ.
        (("2024-02-11T23:30-05:00", GAZETTE, BASE), ("2024-02-12T03:00+00:00", POST, BASE + " Also."), 1),
    ],
)
def test_original_first(first, second, original):
    x = make(first[2], first[1], first[0], "/in/x.txt")
    y = make(second[2], second[1], second[0], "/in/y.txt")
    expected = (x, y)[original]
    assert original_first(x, y)[0] is expected
    assert original_first(y, x)[0] is expected


def test_shared_passage_is_evidence_in_both_texts():
    a, b = make(BASE), make("Hundreds leave homes\n\n" + BASE + CREDIT, POST, NEXT_DAY, "/in/b.txt")
    pair = compare(a, b)
    assert pair.shared_passage == a.text[pair.shared_start_a : pair.shared_end_a]
    assert b.text[pair.shared_start_b : pair.shared_end_b] == pair.shared_passage
    assert 100 <= len(pair.shared_passage) <= PASSAGE_CHARS + 5
    assert pair.shared_passage.startswith("Floodwater from the River Wend")
    assert pair.shared_passage.endswith(".")  # cut at a sentence end


@pytest.mark.parametrize("flip", [False, True])
def test_shared_passage_of_a_paraphrase_is_a_matching_sentence(flip):
    original, rewrite = make(BASE), make(REWRITE, POST, NEXT_DAY, "/in/b.txt")
    pair = compare(rewrite, original) if flip else compare(original, rewrite)
    assert (pair.a, pair.b) == (original.id, rewrite.id)
    assert pair.shared_passage == BASE[pair.shared_start_a : pair.shared_end_a]
    assert pair.shared_passage and len(pair.shared_passage) <= PASSAGE_CHARS
    words = set(pair.shared_passage.lower().split())
    assert len(words & set(REWRITE[pair.shared_start_b : pair.shared_end_b].lower().split())) >= 4


# -- the index: incremental, order-free, persistable --------------------------------------------

POOL = [
    make(BASE, GAZETTE, "2024-02-11", "/in/base.txt"),
    make(BASE + CREDIT, POST, "2024-02-11", "/in/post.txt"),
    make(CAPTIONED, GAZETTE, "2024-02-12", "/in/copy.txt"),
    make(REWRITE, "Ashford Today", "2024-02-12", "/in/rewrite.txt"),
    make(SAME_STORY, GAZETTE, "2024-02-13", "/in/later.txt"),
    make(UNRELATED, POST, None, "/in/chess.txt"),
    make(EDITED_INTRO, "Valley Radio", "2024-02-14", "/in/radio.txt"),
]


def _key(pairs: list[DuplicatePair]) -> set[tuple[str, str, str]]:
    return {(p.a, p.b, p.relation) for p in pairs}


def test_pool_pairs():
    got = {(Path(by_id(p.a).provenance.source).stem, Path(by_id(p.b).provenance.source).stem, p.relation)
           for p in find_duplicates(POOL)}
    assert got == {
        ("base", "post", "syndicated"),
        ("base", "copy", "copy"),
        ("post", "copy", "syndicated"),
        ("base", "rewrite", "rewrite"),
        ("post", "rewrite", "rewrite"),
        ("copy", "rewrite", "rewrite"),
        ("base", "radio", "syndicated"),
        ("post", "radio", "syndicated"),
        ("copy", "radio", "syndicated"),
        ("rewrite", "radio", "rewrite"),
    }


def by_id(article_id: str) -> Article:
    return next(a for a in POOL if a.id == article_id)


@settings(max_examples=25, deadline=None)
@given(st.permutations(POOL))
def test_find_duplicates_does_not_depend_on_input_order(shuffled):
    assert find_duplicates(shuffled) == find_duplicates(POOL)


@settings(max_examples=25, deadline=None)
@given(st.permutations(POOL))
def test_adding_in_any_order_finds_the_same_pairs(shuffled):
    index = DuplicateIndex()
    pairs = [pair for article in shuffled for pair in index.add(article)]
    assert sorted(pairs, key=lambda p: (p.a, p.b)) == find_duplicates(POOL)


def test_incremental_add_equals_batch():
    index = DuplicateIndex()
    seen: list[DuplicatePair] = []
    for article in POOL:
        new = index.add(article)
        assert all(article.id in (p.a, p.b) for p in new)
        seen.extend(new)
    assert sorted(seen, key=lambda p: (p.a, p.b)) == find_duplicates(POOL)
    assert len(index) == len(POOL) and POOL[0].id in index


def test_adding_an_article_again_changes_nothing():
    index = DuplicateIndex()
    for article in POOL:
        index.add(article)
    assert index.add(POOL[1]) == []
    assert index.add(make(BASE, source="/in/again.txt")) == []  # same text: same article
    assert len(index) == len(POOL)


def test_signature_round_trip_rebuilds_the_index():
    stored = {a.id: a for a in POOL[:-1]}
    first = DuplicateIndex()
    for article in POOL[:-1]:
        first.add(article)
    signatures = [(i, first.signature_of(i)) for i in stored]
    assert all(first.signature(stored[i].text) == sig for i, sig in signatures)

    rebuilt = DuplicateIndex(lookup=stored.get)
    assert rebuilt.restore(signatures) == len(stored)
    assert rebuilt.restore(signatures) == 0
    assert rebuilt.add(POOL[-1]) == first.add(POOL[-1])
    assert rebuilt.signature_of(POOL[-1].id) == first.signature_of(POOL[-1].id)


def test_a_candidate_gone_from_the_store_is_skipped(caplog):
    first = DuplicateIndex()
    first.add(POOL[0])
    gone = DuplicateIndex(lookup=lambda _id: None)
    gone.restore([(POOL[0].id, first.signature_of(POOL[0].id))])
    assert gone.add(POOL[1]) == []
    assert "not in the store" in caplog.text


def test_add_with_a_stored_signature_skips_computing_it():
    plain, given_sig = DuplicateIndex(), DuplicateIndex()
    for article in POOL:
        assert given_sig.add(article, signature=plain.signature(article.text)) == plain.add(article)


@pytest.mark.parametrize("option", [{"num_perm": 64}, {"seed": 2}, {"shingle": 4}])
def test_a_signature_made_with_other_options_is_refused(option):
    signature = DuplicateIndex().signature(BASE)
    other = DuplicateIndex(lookup=lambda _id: None, **option)
    with pytest.raises(ValueError, match="compute it again"):
        other.restore([("x", signature)])


@pytest.mark.parametrize("junk", [b"", b"SLMH", b"not a signature at all, just some bytes" * 10])
def test_junk_signatures_are_refused(junk):
    with pytest.raises(ValueError, match="signature"):
        DuplicateIndex(lookup=lambda _id: None).restore([("x", junk)])


def test_restore_needs_a_lookup():
    with pytest.raises(ValueError, match="lookup"):
        DuplicateIndex().restore([])


def test_signature_is_deterministic_and_small():
    one, two = DuplicateIndex(), DuplicateIndex()
    assert one.signature(BASE) == two.signature(BASE)
    assert one.signature(BASE) != one.signature(UNRELATED)
    assert len(one.signature(BASE)) <= 2 * 128 * 8 + 32


def test_many_unrelated_articles_make_no_pairs():
    rng = random.Random(7)
    words = (BASE + " " + SAME_STORY + " " + UNRELATED).replace(".", "").split()
    texts = [" ".join(rng.sample(words, 120)) + "." for _ in range(60)]
    assert find_duplicates([make(t, source=f"/in/{n}.txt") for n, t in enumerate(texts)]) == []


# -- the sample corpus: its syndicated copy and its rewrite, and nothing else --------------------


@pytest.fixture(scope="module")
def sample_store(examples_dir):
    store = open_store(":memory:")
    report = ingest(corpus_inputs(examples_dir), store, StorylineConfig())
    assert report.stored == 12 and not report.rejects
    yield store
    store.close()


def _as_paths(pairs: list[DuplicatePair], store, root: Path) -> list[dict[str, str]]:
    def path(article_id: str) -> str:
        return Path(store.get_article(article_id).provenance.source).relative_to(root.resolve()).as_posix()

    return sorted(({"a": path(p.a), "b": path(p.b), "relation": p.relation} for p in pairs),
                  key=lambda d: (d["a"], d["b"]))


def test_sample_corpus_duplicates_are_exactly_the_gold_ones(sample_store, examples_dir):
    gold = json.loads((examples_dir / "gold.json").read_text(encoding="utf-8"))["duplicates"]
    pairs = find_duplicates(sample_store.iter_articles())
    assert _as_paths(pairs, sample_store, examples_dir) == sorted(gold, key=lambda d: (d["a"], d["b"]))
    syndicated = next(p for p in pairs if p.relation == "syndicated")
    assert syndicated.containment >= 0.98 and len(syndicated.shared_passage) > 150
    rewrite = next(p for p in pairs if p.relation == "rewrite")
    assert rewrite.similarity < 0.3 and rewrite.word_similarity >= 0.45  # few shingles, many words


def test_sample_corpus_through_an_index_backed_by_the_store(sample_store, examples_dir):
    articles = list(sample_store.iter_articles())
    index = DuplicateIndex(lookup=sample_store.get_article)
    first = [pair for article in articles[:6] for pair in index.add(article)]
    # A rerun: the first six come back from their stored signatures, the rest are added.
    rerun = DuplicateIndex(lookup=sample_store.get_article)
    rerun.restore((a.id, index.signature_of(a.id)) for a in articles[:6])
    later = [pair for article in articles[6:] for pair in rerun.add(article)]
    assert sorted(first + later, key=lambda p: (p.a, p.b)) == find_duplicates(articles)


def _texts(n: int, seed: int) -> list[str]:
    """Texts of a small vocabulary, some rewritten from earlier ones: many pairs near a threshold."""
    rnd = random.Random(seed)
    vocab = [f"w{k}" for k in range(300)]
    out: list[str] = []
    for _ in range(n):
        if out and rnd.random() < 0.5:
            words = rnd.choice(out).split()
            words = [w if rnd.random() < 0.8 else rnd.choice(vocab) for w in words]
        else:
            words = rnd.choices(vocab, k=rnd.randint(45, 120))
        out.append(" ".join(words))
    return out


def test_band_lookup_finds_the_candidates_of_minhash_lsh():
    # the band index keeps datasketch's bands and rows: the same candidates as MinHashLSH,
    # before and after its recent keys are merged into the sorted arrays
    from datasketch import MinHash, MinHashLSH

    from storyline.cluster import dedup

    index = DuplicateIndex()
    lsh = [MinHashLSH(threshold=t, num_perm=128) for t in (index.threshold, index.rewrite_threshold)]
    template = MinHash(num_perm=128, seed=1)

    def minhash(values):
        return MinHash(num_perm=128, seed=1, hashvalues=values, permutations=template.permutations,
                       scheme=template.scheme)

    original = dedup._BAND_BUFFER
    dedup._BAND_BUFFER = 16  # merge often
    try:
        index = DuplicateIndex()
        total = 0
        for i, text in enumerate(_texts(120, 5)):
            entry = index._entry(dedup._analyse(text, index.shingle))
            want = set(lsh[0].query(minhash(entry.shingles))) | set(lsh[1].query(minhash(entry.words)))
            keys = index._band_keys(entry)
            assert {index._ids[n] for n in index._bands.query(keys)} == want
            total += len(want)
            index._insert(f"t{i}", entry, keys)
            lsh[0].insert(f"t{i}", minhash(entry.shingles))
            lsh[1].insert(f"t{i}", minhash(entry.words))
        assert total > 100  # the texts do make candidates
    finally:
        dedup._BAND_BUFFER = original


def test_a_band_costs_twelve_bytes():
    from storyline.cluster import dedup

    index = DuplicateIndex()
    texts = _texts(dedup._BAND_BUFFER + 10, 7)
    for i, text in enumerate(texts):
        index.add(make(text, None, None, f"/in/m{i}.txt"))
    bands = index._bands
    per_article = sum(b for _, b, _ in bands._slices)
    merged = bands._keys.size
    assert merged == dedup._BAND_BUFFER * per_article
    assert (bands._keys.nbytes + bands._nums.nbytes) / merged == 12


def test_thresholds_come_from_the_settings():
    from storyline.cluster.dedup import DedupParams

    config = StorylineConfig(dedup_syndicated_containment=0.8, dedup_max_candidates=3)
    params = DedupParams.from_config(config)
    assert (params.syndicated_containment, params.max_candidates) == (0.8, 3)
    assert DedupParams.from_config(StorylineConfig()) == DedupParams()
    # a containment of 0.85 is syndication under the looser cut only
    a, b = make("x " * 50, GAZETTE), make("y " * 50, "North Wire")
    assert classify(a, b, containment=0.85) is None
    assert classify(a, b, containment=0.85, params=params) == "syndicated"


# -- the time window --------------------------------------------------------------------

WEEKS_LATER = "2024-03-20"  # five weeks after DAY


@pytest.mark.parametrize("published, window, paired", [
    (NEXT_DAY, 14, True),
    (WEEKS_LATER, 14, False),  # dated on both sides, further apart than the window
    (WEEKS_LATER, 60, True),
    (WEEKS_LATER, 0, True),  # no window
    (None, 14, True),  # an undated article is checked against all
])
def test_dated_articles_are_checked_within_the_window(published, window, paired):
    original = make(BASE)
    copy = make(BASE + CREDIT, POST, published, source="/in/b.txt")
    for first, second in ((original, copy), (copy, original)):  # either order
        index = DuplicateIndex(params=DedupParams(window_days=window))
        index.add(first)
        found = index.add(second)
        assert [p.relation for p in found] == (["syndicated"] if paired else [])


def test_a_restored_index_keeps_the_window_by_the_stored_dates():
    original, later = make(BASE), make(BASE + CREDIT, POST, WEEKS_LATER, source="/in/b.txt")
    sig = DuplicateIndex().signature(original.text)
    dated = DuplicateIndex(lookup={original.id: original}.get)
    dated.restore([(original.id, sig, DAY)])
    assert dated.add(later) == []
    # without its date a restored article counts as undated: checked against every new one
    undated = DuplicateIndex(lookup={original.id: original}.get)
    undated.restore([(original.id, sig)])
    assert [p.relation for p in undated.add(later)] == ["syndicated"]


# -- the longest shared run ------------------------------------------------------------------

_RUN_WORDS = ["ash", "bay", "cod", "dew", "elm"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WORDS), max_size=40), st.lists(st.sampled_from(_RUN_WORDS), max_size=40),
       st.integers(min_value=1, max_value=6))
def test_longest_run_on_shingles_equals_reading_the_words(x, y, k):
    """Few words, so shingles repeat within a text and runs cross: the run found on the
    shingles' hashes is the one found word by word (the first longest, by x then y)."""
    from storyline.cluster.dedup import _analyse, _longest_run, _longest_run_slow

    ax, ay = _analyse(" ".join(x), k), _analyse(" ".join(y), k)
    kk = max(1, min(k, len(x), len(y)))
    assert _longest_run(ax, ay, k) == _longest_run_slow(ax.tokens, ay.tokens, kk)


def test_longest_run_finds_the_first_of_two_equal_runs():
    from storyline.cluster.dedup import _analyse, _longest_run

    x = _analyse("one two three four five six seven eight", 3)
    y = _analyse("five six seven eight zero one two three four", 3)
    # "one two three four" (x at 0, y at 5) and "five six seven eight" (x at 4, y at 0)
    assert _longest_run(x, y, 3) == (0, 5, 4)


# -- the shingle bitmap stored with a signature ----------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WORDS + ["fig", "gum", "hop"]), min_size=5, max_size=80),
       st.lists(st.sampled_from(_RUN_WORDS + ["fig", "gum", "hop"]), min_size=5, max_size=300))
def test_the_shingle_bitmap_bounds_the_containment(x, y):
    """The shingles of x whose bit y's bitmap sets are at least those the two share."""
    from storyline.cluster.dedup import _analyse, _bits_hit, _containment, _shingle_bits, _shingle_hashes

    ax, ay = _analyse(" ".join(x), 5), _analyse(" ".join(y), 5)
    hx = _shingle_hashes([s.encode() for s in ax.shingles])
    bits_y = _shingle_bits(_shingle_hashes([s.encode() for s in ay.shingles]))
    assert _bits_hit(bits_y, hx) >= len(ax.shingles & ay.shingles)
    smaller = min(len(ax.shingles), len(ay.shingles))
    assert min(_bits_hit(bits_y, hx), smaller) / smaller >= _containment(ax.shingles, ay.shingles)


def _may_contain(index: DuplicateIndex, similarity: float, x, y) -> bool:
    """The containment bound of one pair, as the index applied it one candidate at a time:
    the Jaccard estimate raised by three standard errors, turned into containment by the set
    sizes, against the syndication cut."""
    smaller = min(x.n_shingles, y.n_shingles)
    if not smaller:
        return False
    high = min(1.0, similarity + 1.5 / index.num_perm**0.5)
    return high * (x.n_shingles + y.n_shingles) / ((1 + high) * smaller) >= index.params.syndicated_containment


def _estimates_one_by_one(index: DuplicateIndex, entry, nums) -> list[tuple[float, str, float, float]]:
    """The candidates worth reading as the index chose them one candidate at a time: each
    one's estimates, and the containment bound on the pair (:func:`_may_contain`)."""
    out = []
    n = index.num_perm
    for num in nums.tolist():
        other_id = index._ids[num]
        other = index._entries[other_id]
        similarity = float((other.shingles == entry.shingles).sum() / n)
        word_similarity = float((other.words == entry.words).sum() / n)
        if word_similarity < index.rewrite_threshold and not _may_contain(index, similarity, entry, other):
            continue
        out.append((-max(similarity, word_similarity), other_id, similarity, word_similarity))
    return sorted(out)


def _texts_of_many_lengths(n: int, seed: int) -> list[str]:
    """Texts of a small vocabulary: new ones, rewrites of earlier ones, and earlier ones cut
    short or run on with other words, so that the containment bound of the signatures
    keeps some candidates and rules out others."""
    rnd = random.Random(seed)
    vocab = [f"w{k}" for k in range(200)]
    out: list[str] = []
    for _ in range(n):
        roll = rnd.random()
        if out and roll < 0.3:
            words = [w if rnd.random() < 0.85 else rnd.choice(vocab) for w in rnd.choice(out).split()]
        elif out and roll < 0.6:
            words = rnd.choice(out).split()
            cut = rnd.randint(len(words) // 3, len(words))
            words = words[:cut] + rnd.choices(vocab, k=rnd.randint(0, 150))
        else:
            words = rnd.choices(vocab, k=rnd.randint(45, 300))
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("threshold, rewrite_threshold", [(0.1, 0.6), (0.3, 0.9), (0.5, 0.35)])
def test_estimates_made_at_once_equal_those_made_one_candidate_at_a_time(threshold, rewrite_threshold):
    # the candidates a new article reads are chosen from the estimates of all of them at once;
    # the same candidates, estimates and order as the rule applied to each pair, in an index
    # built by adding and in one restored from the signatures
    from storyline.cluster import dedup

    params = DedupParams(threshold=threshold, rewrite_threshold=rewrite_threshold)
    texts = _texts_of_many_lengths(160, 3)
    built = DuplicateIndex(params=params)
    articles = [make(text, GAZETTE, None, f"/in/e{i}.txt") for i, text in enumerate(texts)]
    for article in articles[:120]:
        built.add(article)
    restored = DuplicateIndex(lookup={a.id: a for a in articles}.get, params=params)
    restored.restore([(a.id, built.signature_of(a.id)) for a in articles[:120]])
    kept = dropped = 0
    for article in articles[120:]:
        entry = built._entry(dedup._analyse(article.text, built.shingle))
        for index in (built, restored):
            nums = index._in_window(index._bands.query(index._band_keys(entry)), dedup._UNDATED)
            if not nums.size:
                continue
            want = _estimates_one_by_one(index, entry, nums)
            assert sorted(index._estimates(entry, nums)) == want
            kept += len(want)
            dropped += nums.size - len(want)
    assert kept >= 10 and dropped >= 10  # both sides of the bound are exercised


def _band_index(merged: dict[int, list[int]], recent: dict[int, list[int]]):
    """A band index holding these keys (by article number): ``merged`` in the sorted arrays
    (each article given keys of its own, never asked, up to two keys), ``recent`` still
    waiting in the dict."""
    from storyline.cluster.dedup import _BandIndex

    bands = _BandIndex([(0, 0.5)], 128)

    def by_article(keys: dict[int, list[int]]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for key, nums in keys.items():
            for num in nums:
                out.setdefault(num, []).append(key)
        return out

    rows = by_article(merged)
    for num, keys in rows.items():
        assert len(keys) <= 2
        keys += [1000 + 2 * num + k for k in range(2 - len(keys))]
    bands.insert_many(list(rows), [np.asarray(keys, dtype=np.uint64) for keys in rows.values()])
    for num, keys in by_article(recent).items():
        bands.insert(num, np.asarray(keys, dtype=np.uint64))
    return bands


_MERGED = {5: list(range(30)), 9: [0], 40: [1, 2], 2**64 - 7: [3, 4] + list(range(30, 60)),
           77: list(range(30, 60)), 11: [9, 60, 61, 62]}


@pytest.mark.parametrize("asked, expected", [
    ([5], list(range(30))),                      # a key thirty articles share: every one of them
    ([2**64 - 7], [3, 4] + list(range(30, 60))),  # the largest key stored
    ([2**64 - 1], []),                           # above every key stored
    ([1], []),                                   # below every key stored
    ([6, 10, 41], []),                           # between keys stored
    ([9, 40], [0, 1, 2]),
    ([7], [100]),                                # only in the recent keys
    ([11], [9, 60, 61, 62, 101]),                # in both
    ([2**64 - 1, 5, 1, 7], list(range(30)) + [100]),
])
def test_band_lookup_reads_each_key_run_whole(asked, expected):
    bands = _band_index(_MERGED, {7: [100], 11: [101], 12: [100, 101]})
    assert bands.query(np.asarray(asked, dtype=np.uint64)).tolist() == sorted(expected)


def test_past_the_cap_the_most_similar_then_the_first_ids_are_read():
    # texts of the same words (only their trailing marks differ): the signatures cannot tell
    # them apart, so which are read past the cap is decided by id
    copies = [make(BASE + " " + "!" * (i + 1), GAZETTE, DAY, f"/in/c{i}.txt") for i in range(14)]
    assert len({a.id for a in copies}) == len(copies)
    index = DuplicateIndex()
    for article in copies:
        index.add(article)
    new = make(BASE + " ?", GAZETTE, DAY, "/in/new.txt")
    pairs = index.add(new)
    cap = index.params.max_candidates
    assert len(pairs) == cap
    assert sorted({p.a if p.b == new.id else p.b for p in pairs}) == sorted(a.id for a in copies)[:cap]


def _words(rnd: random.Random, n: int) -> list[str]:
    return [f"{rnd.choice('bcdfgklmnprstvz')}{rnd.choice('aeiou')}{rnd.choice('bcdfgklmnprstvz')}"
            f"{rnd.choice('aeiou')}{rnd.choice('nrst')}" for _ in range(n)]


def test_a_candidate_its_stored_bitmap_rules_out_is_not_read():
    """A short text sharing a passage with a long one is a candidate (its containment could
    reach the cut by the signatures alone), but shares too little of it: the long text's
    stored bitmap rules the pair out without its text being read. With a signature stored
    before bitmaps (format 1) the text is read, and the result is the same."""
    rnd = random.Random(5)
    long_words = _words(rnd, 700)
    short_words = long_words[100:125] + _words(rnd, 40)
    long = make(". ".join(" ".join(long_words[i:i + 10]) for i in range(0, 700, 10)) + ".", GAZETTE,
                "2024-03-01", "/in/long.txt")
    short = make(" ".join(short_words) + ".", POST, "2024-03-01", "/in/short.txt")
    params = DedupParams(threshold=0.01, rewrite_threshold=0.99)
    reads: list[str] = []

    def lookup(article_id):
        reads.append(article_id)
        return long if article_id == long.id else None

    first = DuplicateIndex(params=params)
    first.add(long)
    signature = first.signature_of(long.id)
    with_bits = DuplicateIndex(lookup=lookup, params=params)
    with_bits.restore([(long.id, signature, "2024-03-01")])
    assert with_bits.add(short) == []
    assert reads == []
    # the same signature without its bitmap, as a store written before it holds it
    old = signature[:4] + bytes([1]) + signature[5:len(signature) - len(first._entries[long.id].bits)]
    without = DuplicateIndex(lookup=lookup, params=params)
    without.restore([(long.id, old, "2024-03-01")])
    assert without.add(short) == []
    assert reads == [long.id]  # a candidate: without the bitmap its text is read


# -- the exact comparisons on hashes -----------------------------------------------------------


def _sentence_overlap_on_sets(x, y, sentence_match):
    """The sentence overlap computed on the sentences' word sets, one pair at a time: what
    the vectorised :func:`storyline.cluster.dedup._sentence_overlap` must give."""
    from storyline.cluster.dedup import SENTENCE_CAP, SENTENCE_FLOOR

    if not x.sentences or not y.sentences:
        return 0.0, None
    xs, ys = ([(frozenset(t.tokens[a:b]), None, None) for a, b in t.sentence_ranges[:SENTENCE_CAP]] for t in (x, y))
    postings: dict[str, list[int]] = {}
    for j, (sy, _, _) in enumerate(ys):
        for word in sy:
            postings.setdefault(word, []).append(j)
    common = max(2, len(ys) // 20)
    best, matched_x, matched_y = (sentence_match, None), set(), set()
    for i, (sx, _, _) in enumerate(xs):
        rare = {w for w in sx if w in postings and len(postings[w]) <= common}
        if not rare:
            rare = sorted(sx & postings.keys(), key=lambda w: (len(postings[w]), w))[:3]
        for j in sorted({j for w in rare for j in postings[w]}):
            sy = ys[j][0]
            if min(len(sx), len(sy)) < sentence_match * max(len(sx), len(sy)):
                continue
            inter = len(sx & sy)
            score = inter / (len(sx) + len(sy) - inter)
            if score >= sentence_match:
                matched_x.add(i)
                matched_y.add(j)
                if score > best[0] or best[1] is None:
                    best = (score, (i, j))
    share = max(len(matched_x) / max(len(xs), SENTENCE_FLOOR), len(matched_y) / max(len(ys), SENTENCE_FLOOR))
    return share, best[1]


_SENTENCE_WORDS = ["ash", "bay", "cod", "dew", "elm", "fig", "gum", "hop", "ink", "jay", "kit", "lox"]


@st.composite
def _prose(draw):
    """Sentences of a few words from a small vocabulary (so words repeat across sentences and
    both the rare-word and the common-word paths are taken), some not closed as prose."""
    sentences = draw(st.lists(st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=12),
                              min_size=0, max_size=50))
    ends = draw(st.lists(st.sampled_from([". ", "! ", "\n", "? "]), min_size=len(sentences),
                         max_size=len(sentences)))
    return "".join(" ".join(s) + e for s, e in zip(sentences, ends, strict=True))


@settings(max_examples=300, deadline=None)
@given(_prose(), _prose(), st.sampled_from([0.2, 0.4, 0.5, 0.75]))
def test_sentence_overlap_on_hashes_equals_the_word_sets(x, y, match):
    from storyline.cluster.dedup import _analyse, _sentence_overlap

    ax, ay = _analyse(x, 5), _analyse(y, 5)
    assert _sentence_overlap(ax, ay, match) == _sentence_overlap_on_sets(ax, ay, match)
    assert _sentence_overlap(ay, ax, match) == _sentence_overlap_on_sets(ay, ax, match)


_RARE_WORDS = [f"w{i:03d}" for i in range(300)]


@st.composite
def _long_prose(draw):
    """Up to 160 prose sentences mixing the small vocabulary with many rarer words, some
    sentences repeated with a word or two changed, so that pairs are found through rare
    words, through common words alone, and past SENTENCE_CAP."""
    rnd = random.Random(draw(st.integers(min_value=0, max_value=10**6)))
    count = draw(st.integers(min_value=0, max_value=160))
    sentences = []
    for _ in range(count):
        if sentences and rnd.random() < 0.3:
            words = list(rnd.choice(sentences))
            words[rnd.randrange(len(words))] = rnd.choice(_RARE_WORDS)
        else:
            words = [rnd.choice(_SENTENCE_WORDS) if rnd.random() < 0.6 else rnd.choice(_RARE_WORDS)
                     for _ in range(rnd.randint(3, 16))]
        sentences.append(words)
    return "".join(" ".join(s) + rnd.choice([". ", ". ", "! ", "\n"]) for s in sentences)


@settings(max_examples=150, deadline=None)
@given(_long_prose(), _long_prose(), st.sampled_from([0.2, 0.4, 0.5]))
def test_sentence_overlap_of_long_texts_equals_the_word_sets(x, y, match):
    """Many sentences and words on both sides: the pairs found through y's sentences of
    each chosen word and their shared words counted from y's entries are those of the sets."""
    from storyline.cluster.dedup import _analyse, _sentence_overlap

    ax, ay = _analyse(x, 5), _analyse(y, 5)
    assert _sentence_overlap(ax, ay, match) == _sentence_overlap_on_sets(ax, ay, match)
    assert _sentence_overlap(ax, ax, match) == _sentence_overlap_on_sets(ax, ax, match)


def test_sentence_overlap_caps_long_texts_as_the_word_sets_do():
    """More sentences than SENTENCE_CAP: only the first are compared, on both sides."""
    from storyline.cluster.dedup import SENTENCE_CAP, _analyse, _sentence_overlap

    rnd = random.Random(3)
    sents = [" ".join(rnd.choices(_SENTENCE_WORDS + _words(rnd, 40), k=rnd.randint(5, 14))) + "."
             for _ in range(SENTENCE_CAP + 40)]
    x = _analyse(" ".join(sents), 5)
    y = _analyse(" ".join(sents[SENTENCE_CAP - 20:] + sents[:30]), 5)
    got = _sentence_overlap(x, y, 0.4)
    assert got == _sentence_overlap_on_sets(x, y, 0.4)
    assert got[0] > 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WORDS + ["fig", "gum"]), max_size=60),
       st.lists(st.sampled_from(_RUN_WORDS + ["fig", "gum"]), max_size=60), st.integers(min_value=1, max_value=6))
def test_containment_on_hashes_equals_the_shingle_sets(x, y, k):
    from storyline.cluster.dedup import _analyse, _containment, _shingle_containment

    ax, ay = _analyse(" ".join(x), k), _analyse(" ".join(y), k)
    assert _shingle_containment(ax, ay) == _containment(ax.shingles, ay.shingles)
    assert ax.gram_set.size == len(ax.shingles) or not ax.n_grams


@settings(max_examples=300, deadline=None)
@given(_prose(), st.sampled_from(["", ".", "\n", " x."]))
def test_sentences_are_cut_as_token_by_token(text, tail):
    """The prose sentences found at once (numpy) are those a walk over the bounds finds."""
    import bisect

    from storyline.cluster.dedup import _CLOSERS, _SENTENCE_END, SENTENCE_MIN_WORDS, _analyse

    text += tail
    a = _analyse(text, 5)
    spans = [(m.end(), m.group() != "\n") for m in _SENTENCE_END.finditer(text)]
    spans.append((len(text) + 1, text.rstrip()[-1:] in _CLOSERS))
    want, n = [], 0
    for bound, prose in spans:
        first = n
        n = bisect.bisect_left(a.starts, bound, n)
        if prose and n - first >= SENTENCE_MIN_WORDS:
            want.append((first, n, a.starts[first], a.ends[n - 1]))
    assert [(f, e, *s) for (f, e), s in zip(a.sentence_ranges, a.sentences, strict=True)] == want


@pytest.mark.parametrize("starts, lengths, expected", [
    ([5, 1], [2, 3], [5, 6, 1, 2, 3]),
    ([0, 4, 9], [1, 0, 2], [0, 9, 10]),   # an empty run adds nothing
    ([3], [0], []),
    ([], [], []),
])
def test_run_indexes_lay_the_slices_end_to_end(starts, lengths, expected):
    import numpy as np

    from storyline.cluster.dedup import _run_indexes

    got = _run_indexes(np.asarray(starts, dtype=np.int64), np.asarray(lengths, dtype=np.int64))
    assert got.tolist() == expected
    assert got.tolist() == [i for s, n in zip(starts, lengths, strict=True) for i in range(s, s + n)]


# the sentence-end pattern as written before it opened with one character class
_PLAIN_SENTENCE_END = r"[.!?\u2026\u3002\uff01\uff1f]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n"
_END_PIECES = [".", "!", "?", "\u2026", "\u3002", "\uff1f", '"', "'", "\u201d", ")", "]", "\n", " ", "\t",
               "word", "x", "-", ",", "\u00a0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_END_PIECES), max_size=40))
def test_the_sentence_end_pattern_matches_as_the_plain_one(pieces):
    """The sentence ends found by the pattern that opens with one class are the plain
    pattern's, match for match (end marks, closers, newlines, spaces and words mixed)."""
    import re

    from storyline.cluster.dedup import _SENTENCE_END

    text = "".join(pieces)
    plain = re.compile(_PLAIN_SENTENCE_END)
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text, ends", [
    ("The mayor left. Then rain came!", [".", "!"]),     # the last mark ends the text
    ('He said "no." Then he left.\nAgain', ['."', ".", "\n"]),
    ("Wait... what?! (Yes.) Fine", ["...", "?!", ".)"]),
    ("3.5 litres and e.g.the rest", []),               # a mark inside a word or before one
    ("Line one\nLine two\n", ["\n", "\n"]),
    ("Done.\n", [".", "\n"]),
])
def test_sentence_ends_table(text, ends):
    from storyline.cluster.dedup import _SENTENCE_END

    assert [m.group() for m in _SENTENCE_END.finditer(text)] == ends


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=60), st.integers(min_value=0, max_value=3))
def test_distinct_values_are_those_of_numpy_unique(values, repeat):
    """The sort-based distinct values equal numpy's unique (with repeats, and empty)."""
    import numpy as np

    from storyline.cluster.dedup import _distinct

    arr = np.asarray(values * (repeat + 1), dtype=np.uint64)
    got = _distinct(arr)
    assert got.dtype == arr.dtype
    assert got.tolist() == np.unique(arr).tolist()


# words whose case folding or NFKC form changes the text: "ß" folds to "ss", "ﬁ" and "²"
# are NFKC-changed, "İ" folds to two characters, "½" becomes "1⁄2" (a non-word character)
_CREDIT_PIECES = ["north", "wire", "North", "WIRE", "Straße", "strasse", "ﬁle", "x²", "İstanbul",
                  "½", "news", "-", " ", ".", "\n", "café", "cafe\u0301"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=30),
       st.sampled_from(["North Wire", "northwire.example", "Strasse News", "file x2", "Cafe Post",
                        "istanbul wire", "12 wire"]))
def test_credit_check_on_the_cut_words_equals_the_text(pieces, outlet):
    """Whether a text credits an outlet is the same read from its cut words as from the text."""
    from storyline.cluster.dedup import _analyse, _credits

    text = " ".join(pieces)
    assert _credits(text, outlet, _analyse(text, 5)) == _credits(text, outlet)



# -- groups: a new article is not compared again with a group it is already a copy in --------

def _groups(pairs) -> set[frozenset[str]]:
    """The duplicate groups the pairs make (connected articles)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for p in pairs:
        a, b = root(p.a), root(p.b)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, set[str]] = {}
    for x in {x for p in pairs for x in (p.a, p.b)}:
        members.setdefault(root(x), set()).add(x)
    return {frozenset(g) for g in members.values()}


def _triples(pairs) -> list[tuple[str, str, str]]:
    return [(p.a, p.b, p.relation) for p in pairs]


def _linked(a: str, b: str) -> DuplicatePair:
    """A stored link as a pair (its evidence left out)."""
    return DuplicatePair(a=a, b=b, relation="copy", similarity=1.0, containment=1.0, shared_passage="",
                         shared_start_a=0, shared_end_a=0, shared_start_b=0, shared_end_b=0)


def _copies_of(text: str, first_day: int, n: int, tag: str) -> list[Article]:
    """``n`` republications of one text by as many outlets, a day apart from February
    ``first_day``, each with its own sign-off (so each is an article of its own)."""
    return [make(f"{text}\n\nFiled by desk {k} of {tag}.", f"{tag} outlet {k}", f"2024-02-{first_day + k:02d}",
                 f"/in/{tag}{k}.txt") for k in range(n)]


# two groups of republished reports, and a roundup that carries both (it joins them); no
# article has more candidates than the cap, so every order finds the same pairs
GROUPS_POOL = (_copies_of(BASE, 1, 5, "flood") + _copies_of(UNRELATED, 2, 4, "chess")
               + [make(BASE + "\n\n" + UNRELATED, "Roundup Weekly", "2024-02-09", "/in/roundup.txt"),
                  make(REWRITE, "Ashford Today", None, "/in/undated-rewrite.txt")])


def _counting(articles: list[Article], reads: list[str]):
    by = {a.id: a for a in articles}

    def lookup(article_id: str) -> Article | None:
        reads.append(article_id)
        return by.get(article_id)

    return lookup


@settings(max_examples=25, deadline=None)
@given(st.permutations(GROUPS_POOL))
def test_an_index_that_skips_linked_groups_keeps_the_groups_and_the_copies(shuffled):
    from storyline.align.figures import canonical_articles

    every = find_duplicates(GROUPS_POOL)
    index = DuplicateIndex(lookup=_counting(GROUPS_POOL, []), every_pair=False)
    pairs = [pair for article in shuffled for pair in index.add(article)]
    assert _key(pairs) <= _key(every)
    assert _groups(pairs) == _groups(every)
    assert {p.b for p in pairs} == {p.b for p in every}
    assert canonical_articles(_triples(pairs)) == canonical_articles(_triples(every))


def test_in_date_order_the_index_reads_fewer_texts_for_the_same_groups():
    ordered = sorted(GROUPS_POOL, key=lambda a: (a.published.value is None, a.published.value or "", a.id))
    runs = {}
    for every_pair in (True, False):
        reads: list[str] = []
        index = DuplicateIndex(lookup=_counting(GROUPS_POOL, reads), every_pair=every_pair)
        runs[every_pair] = ([p for a in ordered for p in index.add(a)], len(reads))
    (every, every_reads), (bounded, bounded_reads) = runs[True], runs[False]
    assert len(_groups(every)) == 1  # the roundup joins the two reports' groups
    assert _groups(bounded) == _groups(every)
    assert bounded_reads < every_reads and len(bounded) < len(every)


def test_more_copies_than_the_cap_still_end_as_one_group():
    cap = DedupParams().max_candidates
    copies = _copies_of(BASE, 1, cap + 5, "wire")
    for seed in range(3):
        order = copies[:]
        random.Random(seed).shuffle(order)
        runs = {}
        for every_pair in (True, False):
            reads: list[str] = []
            index = DuplicateIndex(lookup=_counting(copies, reads), every_pair=every_pair)
            runs[every_pair] = ([p for a in order for p in index.add(a)], len(reads))
        (every, every_reads), (bounded, bounded_reads) = runs[True], runs[False]
        assert _groups(bounded) == _groups(every) == {frozenset(a.id for a in copies)}
        assert {p.b for p in bounded} == {p.b for p in every}
        assert bounded_reads < every_reads


def test_a_rebuilt_index_given_the_stored_links_reads_fewer_texts():
    stored, new = GROUPS_POOL[:5], _copies_of(BASE, 9, 1, "late")[0]
    first = DuplicateIndex(every_pair=False)
    links = [(p.a, p.b) for a in stored for p in first.add(a)]
    signatures = [(a.id, first.signature_of(a.id), a.published.value) for a in stored]
    got = {}
    for given_links in (False, True):
        reads: list[str] = []
        rebuilt = DuplicateIndex(lookup=_counting(stored, reads), every_pair=False)
        rebuilt.restore(signatures)
        if given_links:
            assert rebuilt.link(links + [("not-stored", stored[0].id)]) == len(links)
        got[given_links] = (rebuilt.add(new), len(reads))
    assert got[False][1] == len(stored) and got[True][1] == 1  # one text read: the group is one
    assert _groups(got[True][0] + [_linked(a, b) for a, b in links]) == _groups(got[False][0])


def test_a_discarded_article_leaves_no_group_behind():
    stored = GROUPS_POOL[:3]
    reads: list[str] = []
    index = DuplicateIndex(lookup=_counting(GROUPS_POOL, reads), every_pair=False)
    for a in stored:
        index.add(a)
    index.discard(stored[2].id)  # say its pairs could not be saved
    reads.clear()
    late = _copies_of(BASE, 9, 1, "late")[0]
    pairs = index.add(late)
    assert sorted(reads) == sorted(a.id for a in stored[:2])  # the two left are both read again
    assert {p.a for p in pairs} == {a.id for a in stored[:2]}


def test_runs_of_new_processes_store_the_groups_and_copies_of_every_pair(tmp_path, monkeypatch):
    """Two ingest runs, each with a new store object (as a new process): the second's index is
    rebuilt from the stored signatures and links; the stored pairs make the groups and copies
    that every pair of the stored articles makes, and the rebuilt index was given the links."""
    from storyline.cluster import stage

    def lines(articles: list[Article]) -> str:
        return "".join(json.dumps({"text": a.text, "outlet": a.outlet.value, "published": a.published.value,
                                   "url": f"https://example.org{a.provenance.source}"}) + "\n" for a in articles)

    first, second = GROUPS_POOL[:9], GROUPS_POOL[9:] + _copies_of(BASE, 9, 1, "late")
    (tmp_path / "one.jsonl").write_text(lines(first), encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(lines(second), encoding="utf-8")
    linked: list[int] = []
    link = stage.DuplicateIndex.link
    monkeypatch.setattr(stage.DuplicateIndex, "link", lambda self, pairs: linked.append(link(self, pairs)) or linked[-1])
    db = tmp_path / "store.db"
    for name in ("one.jsonl", "two.jsonl"):
        store = open_store(db)
        try:
            ingest([str(tmp_path / name)], store, StorylineConfig())
        finally:
            store.close()
    store = open_store(db)
    try:
        stored = [_linked(d["a"], d["b"]) for d in store.duplicates()]
        every = find_duplicates(store.iter_articles())
        assert len(list(store.iter_articles())) == len(first) + len(second)
    finally:
        store.close()
    assert linked and linked[-1] > 0  # the second run knew the first run's groups
    assert len(_groups(every)) == 1
    assert _groups(stored) == _groups(every)
    assert {p.b for p in stored} == {p.b for p in every}


def _republished(days: list[str | None], tag: str) -> list[Article]:
    """One report republished by as many outlets as ``days`` (a date each, or None: undated),
    each with a sign-off of its own."""
    return [make(f"{BASE}\n\nCarried by the {tag} desk number {k}.", f"{tag} outlet {k}", day, f"/in/{tag}{k}.txt")
            for k, day in enumerate(days)]


def _add_after(stored: list[Article], new: Article) -> tuple[list, list[str]]:
    """The pairs a duplicate index of ``stored`` finds for ``new``, and the ids of the texts it
    read back to find them (only those of that add)."""
    reads: list[str] = []
    index = DuplicateIndex(lookup=_counting(stored + [new], reads), every_pair=False)
    for article in stored:
        index.add(article)
    reads.clear()
    return index.add(new), reads


def test_a_new_copy_does_not_read_a_member_of_its_group_that_is_a_copy_already():
    """A new copy linked to a group as a copy has nothing to learn from a member published a
    day before it that is itself a copy: the pair would join two articles of one group and
    make no new copy, so its text is not read (it was, while only the members surely
    earlier by date were left out)."""
    stored = _republished(["2024-02-01", "2024-02-05", "2024-02-05"], "near")
    new = _republished([None, None, None, "2024-02-06"], "near")[3]
    pairs, reads = _add_after(stored, new)
    assert len(reads) == 1 and len(pairs) == 1 and pairs[0].b == new.id
    every = find_duplicates(stored + [new])
    assert _groups(pairs + find_duplicates(stored)) == _groups(every)


def test_an_original_does_not_read_a_later_member_of_its_group_that_is_a_copy_already():
    """A new article published before a copy of its group (an undated one, or one dated days
    after) would only make that member a copy again: left out once the new article is linked."""
    stored = _republished(["2024-02-01", None, None], "late")
    new = _republished([None, None, None, "2024-02-03"], "late")[3]
    pairs, reads = _add_after(stored, new)
    # the dated original is read (it makes the new one a copy); at most one undated copy is
    # read before that, the other is left out either way
    assert len(reads) <= 2 and any(p.b == new.id for p in pairs)
    every = find_duplicates(stored + [new])
    assert {p.b for p in pairs + find_duplicates(stored)} == {p.b for p in every}


# copies of one report on close days and undated: which member is read first decides which
# of the rules leaves the others out
CLOSE_POOL = _republished(["2024-02-01", "2024-02-02", "2024-02-02", None, None, "2024-02-04", "2024-02-09"],
                          "close") + [make(REWRITE, "Ashford Today", "2024-02-03", "/in/close-rewrite.txt")]


@settings(max_examples=40, deadline=None)
@given(st.permutations(CLOSE_POOL))
def test_copies_on_close_days_and_undated_keep_the_groups_and_the_copies(shuffled):
    from storyline.align.figures import canonical_articles

    every = find_duplicates(CLOSE_POOL)
    reads: list[str] = []
    index = DuplicateIndex(lookup=_counting(CLOSE_POOL, reads), every_pair=False)
    pairs = [pair for article in shuffled for pair in index.add(article)]
    assert _key(pairs) <= _key(every)
    assert _groups(pairs) == _groups(every)
    assert {p.b for p in pairs} == {p.b for p in every}
    assert canonical_articles(_triples(pairs)) == canonical_articles(_triples(every))


@pytest.mark.parametrize(("stored_day", "dateless", "member_copy", "new_day", "is_copy", "skipped"), [
    ("2024-02-05", False, True, "2024-02-06", True, True),     # both copies: nothing new either way
    ("2024-02-05", False, False, "2024-02-06", True, False),   # the member could become a copy
    ("2024-02-05", False, True, "2024-02-06", False, False),   # the new one could become a copy
    ("2024-02-01", False, False, "2024-02-06", True, True),    # surely earlier: it is the original
    (None, False, True, "2024-02-06", False, True),            # undated member: it would be the copy
    (None, True, True, "2024-02-06", False, False),            # restored without its date: unknown
    ("2024-02-10", False, True, "2024-02-06", False, True),    # dated days after: it would be the copy
    ("2024-02-07", False, True, "2024-02-06", False, False),   # a day after: zones may swap them
    (None, False, True, None, False, False),                   # both undated: the new one may be the copy
])
def test_a_pair_that_adds_no_copy_by_the_dates(stored_day, dateless, member_copy, new_day, is_copy, skipped):
    from storyline.cluster.dedup import _day

    member = _republished([stored_day], "table")[0]
    first = DuplicateIndex(every_pair=False)
    first.add(member)
    index = DuplicateIndex(lookup=lambda _: member, every_pair=False)
    index.restore([(member.id, first.signature_of(member.id)) + (() if dateless else (stored_day,))])
    num = index._num[member.id]
    index._copies[num] = member_copy  # as a stored link with the member as its copy would
    day = _day(dt.date.fromisoformat(new_day) if new_day else None)
    assert index._adds_no_copy(num, day, is_copy) is skipped
