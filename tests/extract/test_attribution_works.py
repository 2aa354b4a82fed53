"""Table tests of works made to persuade or tell as sources (storyline.lang.en.WORK_NOUNS): an ad
by any of its names ("spot", "clip", "mailer") that features, shows or highlights a figure states
it, as a poll or a report does; a spot or clip that is no subject of such a verb states nothing."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    ("The 60-second spot features footage of the 40 workers the mill laid off in May.",
     [("40", [("The 60-second spot", "organisation")])]),
    ("A new clip highlights the 12 clinics the governor closed.",
     [("12", [("A new clip", "organisation")])]),
    ("The mailer shows a chart of the 30 percent rise in fares.",
     [("30 percent", [("The mailer", "organisation")])]),
    ("The ad features footage of the 40 workers the mill laid off in May.",
     [("40", [("The ad", "organisation")])]),
    # a spot as a place, a clip in no verb of showing: nobody's figure
    ("She found a quiet spot that features 12 benches.", [("12", [])]),
    ("The campaign paid $2 million for the spot.", [("$2 million", [])]),
    ("The clip ran 40 times on Sunday.", [("40", [])]),
])
def test_work_states_figure(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count or an ad states what it includes (or leaves out), a round count in words too
    ("The county's tally includes 40 deaths from the heat.", [("40", [("The county's tally", "organisation")])]),
    ("The new ad includes footage of the 12 clinics the governor closed.",
     [("12", [("The new ad", "organisation")])]),
    ("The Courier's count of donations does not include the tens of millions raised by the parties.",
     [("tens of millions", [("The Courier's count of donations", "media")])]),
    # what a package, a team or a person includes is nobody's count
    ("The package includes $40 billion for roads.", [("$40 billion", [])]),
    ("The team includes 12 players from abroad.", [("12", [])]),
    ("Her collection includes 300 stamps.", [("300", [])]),
    # what a report or a model includes is how it is made, told by the outlet
    ("The reports include a summary and five sections of data.", [("five", [])]),
    ("The new model includes 64GB of storage.", [("64GB", [])]),
])
def test_count_or_work_includes_figure(text, expected):
    assert chains(text) == expected
