"""Table tests of signed blocks: embedded posts and signed letters (storyline.extract.embeds)."""

from __future__ import annotations

import re

import pytest

from storyline.extract.embeds import signed_blocks, signer_kind
from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for


def _starts(text: str) -> list[int]:
    """Rough sentence starts: the text's start, each line's, and each after ". " (enough here)."""
    return sorted({0} | {m.end() for m in re.finditer(r"\n+|(?<=[.!?]) ", text)})


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(signer, kind, signed words) for each signed block of ``text``."""
    return [(text[b.name_start:b.name_end], b.kind, text[b.start:b.end].strip())
            for b in signed_blocks(text, _starts(text))]


@pytest.mark.parametrize("text, expected", [
    # a post signed on the line of its words, the day before the month, a link before the dash
    ("We planted 300 trees. pic.twitter.com/ab12 \u2014 Jo Hart (@johart) 3 March 2021\nThe park is big.",
     [("Jo Hart", "post", "We planted 300 trees. pic.twitter.com/ab12")]),
    # glued to the paragraph after it
    ("Crowds came.\nWe waited 4 hours.\u2014 Jo Hart (@johart) March 3, 2021The club sold 500 seats.",
     [("Jo Hart", "post", "We waited 4 hours.")]),
    # a handle with dots, a date with its time
    ("The band replied to its fans.\n\nWe sold out 3 nights.\n\n\u2014 Kim Lo (@kimlo.example.social) March 3, 2025 at 4:17 PM\n\n"
     "The tour goes on.",
     [("Kim Lo", "post", "We sold out 3 nights.")]),
    # a paragraph telling of someone's words introduces the post; a verb that tells a figure does not
    # (a short paragraph of the page with no such word is taken too: the text alone cannot tell)
    ("\u201cWe need more buses,\u201d one reader quipped.\n\nAnother asked why the fares rose.\n\n"
     "The fares went up 10% in a year. https://t.co/q\n\n\u2014 Ann Lee (@annlee) May 2, 2022",
     [("Ann Lee", "post", "The fares went up 10% in a year. https://t.co/q")]),
    ("The game ended late.\n\nThe top scorer was Tom Reid.\n\nHe posted 31 points and 9 rebounds.\n\n"
     "\u2014 Hoop Stats (@hoopstats) May 2, 2022",
     [("Hoop Stats", "post", "The game ended late.\n\nThe top scorer was Tom Reid.\n\nHe posted 31 points and 9 rebounds.")]),
    # an image post's signature
    ("She shared photos.\n\nThank you for 2 million followers!\n\nA post shared by Mia Cole (@miacole) on "
     "Mar 3, 2021 at 10:04am PST\n\nShe has 5 albums.",
     [("Mia Cole", "post", "Thank you for 2 million followers!")]),
    ("She shared photos.\n\nWe played to 800 people tonight.\n\nA photo posted by Mia Cole (@miacole) on "
     "Mar 3, 2021 at 10:04am PST",
     [("Mia Cole", "post", "We played to 800 people tonight.")]),
    # a line longer than a post: only the last sentence of words before the signature
    ("The town held its fair on Saturday, and the streets from the old bridge to the market hall were "
     "closed to cars from dawn until late at night, so that the stalls, the rides and the bands could "
     "fill them; the organisers said it went well and that the weather helped a great deal, too. "
     "We counted 90 stalls. https://t.co/x \u2014 Jo Hart (@johart) May 2, 2022",
     [("Jo Hart", "post", "We counted 90 stalls. https://t.co/x")]),
    # ... back over the sentences before it while they fit in a post, to one that tells of someone's
    # words or quotes someone
    ("The storm reached the coast late on Sunday, and by the next morning the roads along the shore "
     "were shut, the ferries had stopped and many homes had lost power, while crews worked through "
     "the night to clear fallen trees from the main routes. Crews are clearing 40 roads. 12 of them "
     "are open again. pic.twitter.com/x -- County Roads (@countyroads) May 2, 2022 The town is calm.",
     [("County Roads", "post", "Crews are clearing 40 roads. 12 of them are open again. pic.twitter.com/x")]),
    ("The storm reached the coast late on Sunday and shut the roads along the shore for the night. "
     "\u201cWe have never seen it this bad,\u201d one driver told us. Fans reacted. Crews are clearing "
     "40 roads, and the ferries, the trains and the buses that serve the coast will run again once the "
     "wind drops below a safe level. pic.twitter.com/x -- County Roads (@countyroads) May 2, 2022",
     [("County Roads", "post", "Crews are clearing 40 roads, and the ferries, the trains and the buses that "
       "serve the coast will run again once the wind drops below a safe level. pic.twitter.com/x")]),
    # letters signed on lines of their own, two or more on the page
    ("Your letters\n\nThe bus lane cost the town \u00a32 million and hardly anyone uses it.\n\n\u2014 Jo Marsh, Leeds\n\n"
     "I waited 40 minutes for a bus. Something must change.\n\n\u2013 Tom Reid, York\n\nThe road is busy.",
     [("Jo Marsh", "letter", "The bus lane cost the town \u00a32 million and hardly anyone uses it."),
      ("Tom Reid", "letter", "I waited 40 minutes for a bus. Something must change.")]),
    ("Reviews\n\nI passed after 12 lessons. Great teacher!\n\n- Sam Reid, 12 lessons with Tom\n\n"
     "Patient and calm.\n\n- Amy Cole, Bristol",
     [("Sam Reid", "letter", "I passed after 12 lessons. Great teacher!"),
      ("Amy Cole", "letter", "Patient and calm.")]),
    # a testimonial: one quotation signed with a name and a role, under it or on its line
    ("Our plans\n\n\u201cWe cut our costs by 30% in a year.\u201d\n\u2014 Jo Marsh, head of IT at a bakery\n\nPlans start at $9.",
     [("Jo Marsh", "letter", "\u201cWe cut our costs by 30% in a year.\u201d")]),
    ('Our plans\n\n"Setup took 2 days." - Tom Reid, owner of a garage\n\nPlans start at $9.',
     [("Tom Reid", "letter", '"Setup took 2 days."')]),
    ("Our plans\n\n\u201cWe cut our costs by 30% in a year.\u201d\n\nJo Marsh, head of IT at a bakery\n\nPlans start at $9.",
     [("Jo Marsh", "letter", "\u201cWe cut our costs by 30% in a year.\u201d")]),
    # a line of a name and a role with no dash under words that are no quotation: no signature
    ("Our plans\n\nWe cut our costs by 30% in a year.\n\nJo Marsh, head of IT at a bakery\n\nPlans start at $9.", []),
    # a lone signature under words that are no quotation, or under a quotation with a said-tag,
    # or a writer's role: no testimonial
    ('Our plans\n\n"We planted 300 trees," she said.\n\n\u2014 Ann Park, head of parks\n\nThe end.', []),
    ('The park is busy.\n\n"We planted 300 trees."\n\n\u2014 Ann Park, Staff Writer', []),
    # no signed block: a dash and a name inside a sentence, a byline, a photo credit, a said-tag,
    # one dash and name closing the article (its writer), the items of a list
    ("The mayor - Ann Park (@annpark) - spoke for 20 minutes.", []),
    ("By Ann Park\n\nThe council has 12 parks.", []),
    ("The park covers 40 acres.\n\n\u2014 Photo: Ann Park\n\nThe council has 12 parks.", []),
    ('"We planted 300 trees," said Jo Hart.\n\nThe council has 12 parks.', []),
    ("The council has 12 parks and spent \u00a33 million on them.\n\n\u2014 Ann Park, Staff Writer", []),
    ("The winners are:\n\n- Ann Park, Leeds\n\n- Tom Reid, York\n\n- Amy Cole, Bristol\n\nEach wins \u00a3500.", []),
    ("Key features\n\n- Tom Reid, York\n\nA new line\n\n- Amy Cole, Bristol", []),
])
def test_signed_blocks(text, expected):
    assert blocks(text) == expected


def chains(text: str) -> list[tuple[str, list[str]]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [(f.quantity.text, [s.name for s in f.attribution.sources]) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # the figures of a post are its author's, its signature their cue; the page's stay the outlet's
    ("The mayor spoke.\nWe planted 300 trees this week. pic.twitter.com/ab12 \u2014 Jo Hart (@johart) "
     "3 March 2021\nThe council has 12 parks.",
     [("300", ["Jo Hart"]), ("12", [])]),
    ("Crowds came.\nThe line was long. We waited 4 hours for tickets. pic.twitter.com/ab12 \u2014 Jo Hart "
     "(@johart) March 3, 2021\nThe club sold 500 tickets.",
     [("4 hours", ["Jo Hart"]), ("500", [])]),
    ("Your letters\n\nThe bus lane cost the town \u00a32 million and hardly anyone uses it.\n\n\u2014 Jo Marsh, Leeds\n\n"
     "I waited 40 minutes for a bus. Something must change.\n\n\u2014 Tom Reid, York\n\nThe road carries 900 cars.",
     [("\u00a32 million", ["Jo Marsh"]), ("40 minutes", ["Tom Reid"]), ("900", [])]),
    # a testimonial's figures are its signer's; the page's stay the outlet's
    ("Our support tickets fell by 40 percent in a month.\n\n\u201cWe cut our costs by 30% in the first year.\u201d\n"
     "\u2014 Jo Marsh, head of IT at a bakery\n\nPlans start at $20 a month.",
     [("40 percent", []), ("30%", ["Jo Marsh"]), ("$20 a month", [])]),
])
def test_figures_of_signed_blocks(text, expected):
    assert chains(text) == expected


def test_signature_is_the_cue():
    text = "Fans came.\n\nWe sold 9,000 tickets.\n\n\u2014 Kim Lo (@kimlo) March 3, 2025\n\nThe tour goes on."
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    (fig,) = figures(art)
    src = fig.attribution.first
    assert (src.name, src.kind) == ("Kim Lo", "person")
    assert text[src.start:src.end] == "Kim Lo"
    assert text[src.cue_start:src.cue_end] == "\u2014 Kim Lo (@kimlo) March 3, 2025"


@pytest.mark.parametrize("name, kind, expected", [
    ("NHS Lakeside Trust", "person", "organisation"),
    ("Hoop Stats GB", "person", "organisation"),
    ("Jo Hart", "person", "person"),
    ("JO HART", "person", "person"),  # a name in capitals is still a person's
    ("Rep. Ann Lee", "person", "person"),
    ("BBC Sport", "media", "media"),
])
def test_signer_kind(name, kind, expected):
    assert signer_kind(name, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # two or more quotations signed on their lines by a dash (any: "―" too) and a name alone: each its signer's
    ("Readers wrote in.\n\u201cWe lost 40 jobs here.\u201d \u2015 Carla Ru\u00edz\n"
     "\u201cThe worst pick in 30 years.\u201d \u2015\u00a0Tom A. Baker.\n\nThe vote is in May.",
     [("40", ["Carla Ru\u00edz"]), ("30 years", ["Tom A. Baker"])]),
    ("\u201cWe waited 3 hours.\u201d \u2014 Ann Lee\n\u201cIt took 20 minutes.\u201d -- Ben Ode",
     [("3 hours", ["Ann Lee"]), ("20 minutes", ["Ben Ode"])]),
    # a lone one may be an epigraph: no one's
    ("\u201cWe waited 3 hours.\u201d \u2014 Ann Lee\n\nThe line moved at last.", [("3 hours", [])]),
    # lines that are no quotation sign nothing
    ("We waited 3 hours \u2014 Ann Lee\nIt took 20 minutes \u2014 Ben Ode",
     [("3 hours", []), ("20 minutes", [])]),
])
def test_quotations_signed_by_a_name_alone(text, expected):
    assert chains(text) == expected
