"""A tracked figure's label names the thing measured: the noun a length, a size, an age or a sum
is of, and the noun a count of an event counts (our own sentences)."""

from __future__ import annotations

import pytest

from storyline.align.figures import (
    align_figures,
    measured_thing,
    score_contest,
    score_thing,
    share_whole,
    short_phrase,
    thing_phrase,
)
from storyline.align.measure import measure_of
from storyline.model import Attribution, Figure, Quantity

from .builders import article as _art
from .builders import figure


def _fig(article, qtext, low, high, measure, head, unit=None):
    """A figure whose sentence is the one that holds it."""
    return figure(article, qtext, low, high, measure, head, unit=unit, sentence=True)


@pytest.mark.parametrize("text, qtext, value, measure, head, unit, thing", [
    # the noun the measure phrase ends at, before a preposition
    ("The crew spoke after the 90-minute briefing.", "90-minute", 90, "briefing", "duration", "minute", "briefing"),
    ("The council approved a $40 million budget for the stadium.", "$40 million", 4e7, "budget for the stadium",
     "money", "USD", "budget"),
    # the noun the number and its unit describe, past one word before it
    ("Divers reached a 40-metre-deep mine shaft.", "40-metre", 40, "distance", "distance", "m", "shaft"),
    ("The goat fell down the 12m dry cistern.", "12m", 12, "distance", "distance", "m", "cistern"),
    # the subject of the verb that tells the length, past helpers and what follows it
    ("The ferry crossing lasted two hours.", "two hours", 2, "duration", "duration", "hour", "crossing"),
    ("The hearing, which was expected to last three days, ended early.", "three days", 3, "duration",
     "duration", "day", "hearing"),
    ("The talks between the two envoys took six hours.", "six hours", 6, "duration", "duration", "hour", "talks"),
    ("The dam had been abandoned for ten years.", "ten years", 10, "duration", "duration", "year", "dam"),
    ("They dug a trench of 300 metres by hand.", "300 metres", 300, "distance", "distance", "m", "trench"),
    # an offset: the moment it is counted from, past a name or a possessive before its noun
    ("The vote came two days before the general election.", "two days", 2, "duration", "duration", "day",
     "before election"),
    ("Ruiz quit 11 days after the Senate hearing opened.", "11 days", 11, "duration", "duration", "day",
     "after hearing"),
    ("The vote came two days before Tuesday's runoff.", "two days", 2, "duration", "duration", "day",
     "before runoff"),
    ("The bridge reopened nine days earlier.", "nine days", 9, "duration", "duration", "day", ""),
    # the noun a length of time is "of", past what describes it, to the verb after it
    ("Police held him for three days of questioning.", "three days", 3, "duration", "duration", "day",
     "questioning"),
    ("The move was the result of three years of work.", "three years", 3, "duration", "duration", "year", "work"),
    ("The town endured a century of neglect.", "a century", 100, "duration", "duration", "year", "neglect"),
    ("The deal came after two years of the talks.", "two years", 2, "duration", "duration", "year", "talks"),
    ("It ended half a decade of Senate hearings.", "half a decade", 5, "duration", "duration", "year", "hearings"),
    ("Okafor spent two years of Ruiz's rule in exile.", "two years", 2, "duration", "duration", "year", "rule"),
    # the role it is spent in ("as"), and a subject past "likely to"
    ("She served 12 years as a judge.", "12 years", 12, "duration", "duration", "year", "judge"),
    ("Ruiz spent five years as head of the union.", "five years", 5, "duration", "duration", "year", "head"),
    ("The band began a tour that is likely to last a week.", "a week", 1, "duration", "duration", "week", "tour"),
    ("The match lasted 90 minutes.", "90 minutes", 90, "duration", "duration", "minute", "match"),
    # a length since or until a moment; "their first ... in" is the length since the last one
    ("It was 40 years since the last flood.", "40 years", 40, "duration", "duration", "year", "since flood"),
    ("The 10-week stretch until the handover was signed.", "10-week", 10, "stretch", "duration", "week",
     "until handover"),
    ("The club won its first trophy in 40 years.", "40 years", 40, "duration", "duration", "year", "since trophy"),
    ("The club won 40 years ago.", "40 years", 40, "duration", "duration", "year", ""),
    # a sum: who gave, raised or spent it, a particle after the verb or not
    ("The campaign brought in $9 million last year.", "$9 million", 9e6, "money brought", "money", "USD",
     "campaign"),
    ("The club paid $2 million for the striker.", "$2 million", 2e6, "money paid", "money", "USD", "club"),
    ("Ruiz paid $2 million for the striker.", "$2 million", 2e6, "money paid", "money", "USD", ""),
    # what a sum is, told by "in" after it, when no one gave it
    ("The startup is backed by $60 million in funding from investors.", "$60 million", 6e7, "money", "money",
     "USD", "funding"),
    ("Ruiz had $7 million in cash after the vote.", "$7 million", 7e6, "money", "money", "USD", "cash"),
    ("Sales reached $5 million in Ohio.", "$5 million", 5e6, "money", "money", "USD", ""),
    ("Donors gave $9 million in new money.", "$9 million", 9e6, "money", "money", "USD", ""),
    ("Ruiz earned $5 million in 2015.", "$5 million", 5e6, "money", "money", "USD", ""),
    # whose age it is
    ("A 12-year-old girl was rescued.", "12-year-old", 12, "girl", "age", "year", "girl"),
    ("Ruiz Okafor, 44, of Leeds, was seen in a car.", "44", 44, "age", "age", "year", "Okafor"),
    ("Okafor, 44, resigned.", "44", 44, "age", "age", "year", "Okafor"),
    ("The mayor, 61, resigned.", "61", 61, "age", "age", "year", "mayor"),
    # none: a pronoun, a stretch of time itself, an adjective "last", a part of a stretch, a verb
    # after the head, an unknown verb, a plural unit told of something before it, a count
    ("It lasted two hours.", "two hours", 2, "duration", "duration", "hour", ""),
    ("The 10-week period ends in May.", "10-week", 10, "period", "duration", "week", ""),
    ("The mayor kept the same aides in her last two months in office.", "two months", 2, "duration",
     "duration", "month", ""),
    ("The end of 40 years of rule came quietly.", "40 years", 40, "duration", "duration", "year", ""),
    ("The firm plans to spend $3 million.", "$3 million", 3e6, "money spend", "money", "USD", ""),
    ("Voters waited two hours in the rain.", "two hours", 2, "duration", "duration", "hour", ""),
    ("He has spent a year quietly courting them.", "a year", 1, "duration", "duration", "year", ""),
    ("Its debt fell to a low of $2 million.", "$2 million", 2e6, "money", "money", "USD", ""),
    # "of" after a length past a stretch of time, a unit, a name, a pronoun; "as" before a clause
    ("Lee served 40 years of his term.", "40 years", 40, "duration", "duration", "year", ""),
    ("Two hours of the day were lost.", "Two hours", 2, "duration", "duration", "hour", ""),
    ("It ended two years of Ruiz in office.", "two years", 2, "duration", "duration", "year", ""),
    ("He got ten years of it.", "ten years", 10, "duration", "duration", "year", ""),
    ("It ended a century of pent up anger.", "a century", 100, "duration", "duration", "year", "anger"),
    ("It took two years of work in schools.", "two years", 2, "duration", "duration", "year", "work"),
    ("It ended a year of countless and noisy polls.", "a year", 1, "duration", "duration", "year", ""),
    ("It upended decades of orthodoxy toward Lee.", "decades", 20, "duration", "duration", "year", "orthodoxy"),
    ("I had 60 years of life that's stayed with me.", "60 years", 60, "duration", "duration", "year", "life"),
    ("It came after 11 days of a grinding Lakeside siege.", "11 days", 11, "duration", "duration", "day",
     "siege"),
    ("It took two years as prices rose.", "two years", 2, "duration", "duration", "year", ""),
    ("It took two years as the economy slowed.", "two years", 2, "duration", "duration", "year", ""),
    ("The mill closed three years ago.", "three years", 3, "duration", "duration", "year", ""),
    ("Prices rose in the last five years.", "five years", 5, "duration", "duration", "year", ""),
    ("The port owns 12 tugs.", "12", 12, "tugs", "tug", None, ""),
    ("Drought struck the valley for a second consecutive year.", "second", 2, "consecutive year", "duration", None, ""),
])
def test_the_thing_a_length_a_size_an_age_or_a_sum_is_of(text, qtext, value, measure, head, unit, thing):
    a = _art(text)
    f = _fig(a, qtext, value, value, measure, head, unit)
    assert measured_thing(f, a, measure_of(f, a)) == thing


@pytest.mark.parametrize("text, qtext, whole", [
    # the noun the phrase "of ..." after the share ends at, past what describes it
    ("Polls show 42 percent of voters back Ruiz.", "42 percent", "voters"),
    ("A third of the likely primary voters said no.", "A third", "voters"),
    ("Lee has 47 percent of likely Democratic voters, a poll says.", "47 percent", "voters"),
    ("About 40% of the city's schools closed.", "40%", "schools"),
    ("Ruiz won 41 percent of the vote.", "41 percent", "vote"),
    # a group named in the plural, or in letters, and a name before the noun it describes
    ("Some 30 percent of Republicans agree.", "30 percent", "Republicans"),
    ("Debt reached 12 percent of GDP last year.", "12 percent", "GDP"),
    ("Lee won 60 percent of Okafor supporters in May.", "60 percent", "supporters"),
    # none: no "of", no noun, a stretch of time
    ("Support was 41 percent among rural voters.", "41 percent", ""),
    ("Half of those surveyed said yes.", "Half", ""),
    ("It rained 90 percent of the time.", "90 percent", ""),
    ("Ruiz has 41 percent, Lee 38 percent.", "41 percent", ""),
    ("Lee won 40 percent of the total.", "40 percent", ""),
    ("Lee won 40 percent of the total votes cast.", "40 percent", "votes"),
])
def test_the_whole_a_share_is_of(text, qtext, whole):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, "percent", "percent", "%")
    assert share_whole(f, a) == whole
    assert measured_thing(f, a, measure_of(f, a)) == whole


@pytest.mark.parametrize("text, qtext, value, measure, head, unit, label", [
    # the thing first, then what is measured of it: a length told as its aspect, a plan as planned
    ("The ferry crossing lasted two hours.", "two hours", 2, "duration", "duration", "hour",
     "crossing: duration (hour)"),
    ("Divers reached a 40-metre-deep mine shaft.", "40-metre", 40, "distance", "distance", "m", "shaft: depth (m)"),
    ("The hearing was due to last three days.", "three days", 3, "duration", "duration", "day",
     "hearing: planned duration (day)"),
    ("The council signed the $5 million contract.", "$5 million", 5e6, "contract", "money", "USD",
     "contract: money (USD)"),
    # a count of an event names the noun counted, in the plural
    ("Police said 12 people were killed in the blast.", "12", 12, "people", "people", None, "people killed"),
    ("Two men were wounded in the crash.", "Two", 2, "men", "man", None, "men wounded"),
    # a head that names the people counted itself takes no noun
    ("Officials said 30 Polish soldiers were casualties.", "30", 30, "Polish soldiers", "casualties", None,
     "Poland casualties"),
    # of a party's count, a noun that names the party or "people" says nothing more
    ("Officials said 30 Polish soldiers were killed.", "30", 30, "Polish soldiers", "soldier", None,
     "Poland soldiers killed"),
    ("Officials said 30 Polish people were killed.", "30", 30, "Polish people", "people", None, "Poland killed"),
    ("Officials said 30 Americans were killed.", "30", 30, "Americans", "americans", None, "United States killed"),
    # a share names its whole another way
    ("Support among rural voters was 41 percent.", "41 percent", 41, "rural voters", "percent", "%", "percent (%)"),
    ("Polls show 42 percent of voters back Ruiz.", "42 percent", 42, "percent", "percent", "%", "voters: percent (%)"),
    # a time ago is no length of anything; a length "of" a thing names it
    ("The mill closed three years ago.", "three years", 3, "duration", "duration", "year", "time ago (year)"),
    ("The mill closed three years before the flood.", "three years", 3, "duration", "duration", "year",
     "before flood: duration (year)"),
    ("Police held him for three days of questioning.", "three days", 3, "duration", "duration", "day",
     "questioning: duration (day)"),
    # a score says what it is; a phrase of a dimension word alone ("count") says nothing
    ("The Hawks took a 3-1 win over Leeds.", "3", 3, "count", "count", None, "score: win"),
    ("The final score was 3-1.", "3", 3, "count", "count", None, "final score"),
    ("Leeds and the Hawks drew, 3-3.", "3", 3, "count", "count", None, "score: game"),
    ("Leeds led the series 3-1 before the Hawks came back.", "3", 3, "count", "count", None, "series score"),
    ("The Hawks were 2-0 down in the best-of-five series.", "2", 2, "count", "count", None, "series score"),
    ("The Hawks took a 3-1 lead in the final.", "3", 3, "count", "count", None, "final score: lead"),
    ("It read 3-1 at one point.", "3", 3, "count", "count", None, "score"),
    # none to add
    ("It lasted two hours.", "two hours", 2, "duration", "duration", "hour", "duration (hour)"),
    ("Prices rose in the last five years.", "five years", 5, "duration", "duration", "year", "duration (year)"),
    ("The port owns 12 tugs.", "12", 12, "tugs", "tug", None, "tug"),
])
def test_a_label_names_the_thing_measured(text, qtext, value, measure, head, unit, label):
    a = _art(text)
    al = align_figures("s", [_fig(a, qtext, value, value, measure, head, unit)], {a.id: a})
    assert [t.label for t in al.tracked] == [label]
    assert len(label.split()) <= 6


def test_a_thing_one_figure_of_many_says_does_not_name_them():
    a = _art("The talks lasted three hours. Officials met for three hours. The summit went on for three hours.")
    figs = [_fig(a, "three hours", 3, 3, "duration", "duration", "hour")]
    for k, sentence in enumerate(a.text.split(". ")[1:], 1):
        start = a.text.index(sentence)
        q = sentence.index("three hours") + start
        figs.append(Figure(a.id, Quantity("three hours", q, q + 11, 3, 3, unit="hour"), "duration", "duration",
                           Attribution(), "asserted", start, start + len(sentence)))
    al = align_figures("s", figs, {a.id: a})
    # "talks" and "summit" are each said by one of three figures: the label names neither
    assert [t.label for t in al.tracked] == ["duration (hour)"]


@pytest.mark.parametrize("phrase, short", [
    # up to the clause it opens, and a long one up to its first preposition
    ("defeat that ended the run", "defeat"),
    ("seats in the upper deck of the arena", "seats"),
    ("passes for 64 yards and a touchdown", "passes"),
    ("rout of Lakeside in what was a rematch", "rout of Lakeside"),
    # short ones as they are, never ending at a function word
    ("final away matches", "final away matches"),
    ("budget for the stadium", "budget for the stadium"),
    ("mine shafts of the", "mine shafts"),
])
def test_a_label_shows_a_short_measure_phrase(phrase, short):
    assert short_phrase(phrase) == short


@pytest.mark.parametrize("phrase, head, unit, told", [
    # the word right after the head is its verb: no phrase, a past participle an action
    ("money generate", "money", "USD", ("", "")),
    ("percent rise", "percent", "%", ("", "")),
    ("money raised", "money", "USD", ("", "raised")),
    ("age aged", "age", "year", ("", "")),
    # a phrase with a noun of its own is told, short
    ("final away matches", "match", None, ("final away matches", "")),
    ("seats in the upper deck of the arena", "percent", "%", ("seats", "")),
    ("budget for the stadium", "money", "USD", ("budget for the stadium", "")),
])
def test_what_a_label_adds_to_its_head(phrase, head, unit, told):
    assert thing_phrase(phrase, head, unit) == told


@pytest.mark.parametrize("text, qtext, kind", [
    # the noun right after it, past a word that describes it, or the noun it is "of"
    ("The Hawks took a 3-1 win over Leeds.", "3", "win"),
    ("The Hawks took a 3-1 home win.", "3", "win"),
    ("A 20-13 win gave them the title.", "20", "win"),
    ("Leeds went on a 19-4 run late.", "4", "run"),
    ("Ruiz has a record of 12-4 this year.", "12", "record"),
    # a lead, the final score, a record in brackets after a name, the game a verb of a result tells
    ("Leeds were leading 24-20, and then fell.", "24", "lead"),
    ("The 3-1 lead shrank.", "3", "lead"),
    ("The final score was 3-1.", "3", "final score"),
    ("The Hawks (12-3) host Leeds.", "12", "record"),
    ("Leeds lost to the Colts, 20-13, in May.", "20", "game"),
    # none: a function word after it, the points themselves, no verb of a result
    ("It read 24-20 and then 30-20.", "24", ""),
    ("It stood 3-1 goals to nil at one point.", "3", ""),
    ("The Hawks, 83-74, at home.", "83", ""),
    ("Ruiz counted 12 ships.", "12", ""),
    ("The panel split 19-15 on the measure.", "19", ""),
    ("It was their 9-5 all-time mark.", "9", ""),
])
def test_what_a_score_is(text, qtext, kind):
    a = _art(text)
    assert score_thing(_fig(a, qtext, int(qtext), int(qtext), "count", "count"), a) == kind


@pytest.mark.parametrize("text, qtext, contest", [
    # the object of a verb of leading before it, or the noun "in"/"of" after it names
    ("Leeds led the series 3-1 before the Hawks came back.", "3", "series"),
    ("Leeds tied the game 3-3 late.", "3", "game"),
    ("The Hawks were 2-0 down in the best-of-five series.", "2", "series"),
    ("Leeds won 3-1 in the final.", "3", "final"),
    ("The Hawks took a 3-1 lead in the first half.", "3", "half"),
    # none: no contest, a verb of a result with no object before it, past the phrase
    ("It was 3-1 in the rain.", "3", ""),
    ("Leeds beat the Hawks 3-1.", "3", ""),
    ("It was 3-1 in the rain in the second game.", "3", ""),
])
def test_the_contest_a_score_is_of(text, qtext, contest):
    a = _art(text)
    assert score_contest(_fig(a, qtext, int(qtext), int(qtext), "count", "count"), a) == contest
