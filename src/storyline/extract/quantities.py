"""Finds the quantities of a text and normalises each to an interval (extract stage, step 1).

:func:`quantities` scans the text with rules (no model needed) and, when it is given the
spaCy ``Doc`` of the same text, uses its entities and parse to drop what only looks like a
number: years and dates, clock times, unit and product names. Each result is a
:class:`~storyline.model.Quantity` with character offsets into the text.

How the words of a quantity become its interval:

==========================  =================================================  ========
form                        interval (``low`` .. ``high``)                      approx
==========================  =================================================  ========
"10,000", "50 000", "ten"   10000 .. 10000                                     no
"12 thousand", "1.5m"       scaled by the multiplier                           no
"a dozen", "half a dozen"   12 .. 12, 6 .. 6                                   no
about, approximately,       the value                                          yes
some, nearly, almost,
roughly, around, an
estimated, close to, ~
over, more than, at least,  value .. None                                      no
above, in excess of; a
number passed, topped,
crossed, exceeded,
surpassed (also "the
3,000 mark")
up to, fewer than, less     None .. value                                      no
than, under, at most, as
many as, no more than
"10 to 12", "10-12",        10 .. 12                                           no
"between 10 and 12"
"two or three"              2 .. 3                                             yes
"a fifth of", "two-thirds   a share, in percent (20, 66.7), unit ``%``          no
of"
"half a million", "a        the part of the multiplier (500,000, 250,000)        no
quarter million"
"1 in 5", "one in every     a share, in percent (20, 0.2), unit ``%``          no
500"
"30, 000", "2. 1"           30000, 2.1: a separator that took a space when     no
                            the page became text (not a list, a date, a
                            sentence end)
"4 dollars 20 cents",       the amount with its hundredths (4.2, 3.8)           no
"3 euros and 80."
"40 MUSD", "60 USD          the code's multiplier (40,000,000 USD)              no
million"
"a 3-10 record", "(2-13)"   a record, not a range: one quantity a side          no
                            (a range counts something after it: "10-12
                            inches", "20-30 people")
"the 225-pound forward",    weight (``lb``) before a person or an animal,       no
"a 5-pound note"            money (``GBP``) before what money pays
"minus 40 degrees", "40     the value below zero (-40)                          no
below zero"
"$25/mo", "100 MB/s"        a rate: the unit over its denominator               no
                            (``USD/month``, ``MB/second``)
==========================  =================================================  ========

A number before a counted plural noun is a count even inside a date entity of the parse
("Last week 250 nurses"); a number between a name and the noun both modify is part of the
name ("the Apollo 11 astronauts"); a subscription teaser inside the text ("12 issues for
£11.99") is left out.

Vague amounts (:data:`VAGUE`), always ``approx``: "several hundred" 200..900, "a few
hundred" 200..500, "several dozen" 24..108, "dozens" 24..99, "scores" 40..199,
"hundreds" 200..999, "thousands" 2,000..9,999, "tens of thousands" 20,000..99,999,
"hundreds of thousands" 200,000..999,999, "millions" 2,000,000..9,999,999 (and the same for
"several/a few" before thousand, million, billion).

A small number word between "the" (these, those, both, all) and a plural noun with nothing
after it ("the two countries", "the three men") refers back to things already counted and is
left out; digits ("the 500 officers") and described nouns ("the three soldiers who died",
"the two men in custody") stay.

Units (:data:`UNITS`) are kept, not converted: ``%``, ``pp`` (percentage points), ISO
currency codes (``USD``, ``EUR``, ``GBP``, ``RUB``, ``UAH``...), ``km``, ``km2``, ``mi``,
``mi2``, ``m``, ``ha``, ``t``, ``kg``, ``lb``, ``km/h``, ``mph``, ``°C``, ``°F``, ``MW``...,
and for durations and ages ``year``, ``month``, ``week``, ``day``, ``hour``, ``minute``; a
kitchen's ``cup``, ``tbsp``, ``tsp``. A rate keeps its denominator: ``USD/month`` ("$2,000 a
month", "$7 monthly"), ``USD/user/month``; a count's rate has no numerator: ``/day`` ("40 calls per
day").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.dates import MONTH_NAME
from storyline.nlp import doc_text
from storyline.lang.en import (  # the English words these rules read
    BARE_PLURALS as _BARE_PLURALS,
)
from storyline.lang.en import (
    BETWEEN_BEFORE as _BETWEEN,
)
from storyline.lang.en import (
    PORTION_WORDS as _PORTION_WORDS,
)
from storyline.lang.en import (
    COUNT_RATE_TIMES as _COUNT_RATE_TIMES,
)
from storyline.lang.en import (
    RATE_ADVERB as _RATE_ADVERB,
)
from storyline.lang.en import (
    RATE_ADVERB_UNIT as _RATE_ADVERB_UNIT,
)
from storyline.lang.en import (
    RATE_THING_NO_PER as _RATE_THING_NO_PER,
)
from storyline.lang.en import (
    COUNTED_BY_ORDINAL as _COUNTED_BY_ORDINAL,
)
from storyline.lang.en import (
    COUNTED_NOUN_AFTER as _YEAR_AFTER_OK,
)
from storyline.lang.en import (
    COUNTER_BEFORE as _COUNTER_BEFORE,
)
from storyline.lang.en import (
    COUNTER_TAIL as _COUNTER_TAIL,
)
from storyline.lang.en import (
    CREDIT_BEFORE as _CREDIT_BEFORE,
)
from storyline.lang.en import (
    MANNER_ADJECTIVE_AFTER as _MANNER_AFTER,
)
from storyline.lang.en import (
    KIND_COMPOUND_AFTER as _KIND_COMPOUND_AFTER,
)
from storyline.lang.en import (
    ALL_AROUND_AFTER as _ALL_AROUND_AFTER,
)
from storyline.lang.en import (
    PAIRING_BEFORE as _PAIRING_BEFORE,
)
from storyline.lang.en import (
    ONE_EXAMPLE_AFTER as _ONE_EXAMPLE_AFTER,
)
from storyline.lang.en import (
    KIND_BY_COUNT_AFTER as _KIND_BY_COUNT_AFTER,
    ONE_HUB_AFTER as _ONE_HUB_AFTER,
    ONE_HUB_BEFORE as _ONE_HUB_BEFORE,
)
from storyline.lang.en import (
    ONE_OF_NAMED_AFTER as _ONE_OF_NAMED_AFTER,
)
from storyline.lang.en import (
    EXAMPLE_TOLD_AFTER as _EXAMPLE_TOLD_AFTER,
)
from storyline.lang.en import (
    SCALE_END_AFTER as _SCALE_END_AFTER,
)
from storyline.lang.en import (
    SCALE_OUT_OF_BEFORE as _SCALE_OUT_OF_BEFORE,
)
from storyline.lang.en import (
    MINUS_WORD_BEFORE as _MINUS_WORD_BEFORE,
)
from storyline.lang.en import (
    BELOW_ZERO_AFTER as _BELOW_ZERO_AFTER,
)
from storyline.lang.en import (
    BELOW_ALONE_AFTER as _BELOW_ALONE_AFTER,
)
from storyline.lang.en import (
    COLD_WORDS as _COLD_WORDS,
)
from storyline.lang.en import (
    RESOLUTION_AFTER as _RESOLUTION_AFTER,
    RESOLUTION_BEFORE as _RESOLUTION_BEFORE,
    RESOLUTION_END_AFTER as _RESOLUTION_END_AFTER,
)
from storyline.lang.en import (
    ONE_AS_PRONOUN_BEFORE as _ONE_PRONOUN_BEFORE,
    ONE_OF_IS_NAMED_AFTER as _ONE_OF_IS_NAMED,
    ONE_ONLY_AFTER as _ONE_ONLY_AFTER,
    ONE_ONLY_BEFORE as _ONE_ONLY_BEFORE,
)
from storyline.lang.en import (
    COPULA_BEFORE as _COPULA_BEFORE,
)
from storyline.lang.en import (
    HEDGED_YEAR_BEFORE as _HEDGED_YEAR_BEFORE,
    MEAL_FOR_BEFORE as _MEAL_FOR_BEFORE,
    ONE_AS_A_AFTER as _ONE_AS_A,
    ONE_AT_A_TIME_AFTER as _ONE_AT_A_TIME,
    ONE_OF_WHICH_AFTER as _ONE_OF_WHICH,
    ONE_THE_OTHER_AFTER as _ONE_THE_OTHER,
    ONE_TOO_MANY_AFTER as _ONE_TOO_MANY,
)
from storyline.lang.en import (
    CASUALTY_IN_CLAUSE as _CASUALTY_IN_CLAUSE,
    ONE_AND_ANOTHER_AFTER as _ONE_AND_ANOTHER,
    ONE_POSSESSOR_AFTER as _ONE_POSSESSOR_AFTER,
    ONE_QUOTE_SPEAKER_AFTER as _ONE_QUOTE_SPEAKER_AFTER,
    QUOTE_CLOSE_BEFORE as _QUOTE_CLOSE_BEFORE,
    SCHOOL_CLASS_BEFORE as _SCHOOL_CLASS_BEFORE,
    SCHOOL_GRADE_BEFORE as _SCHOOL_GRADE_BEFORE,
    SCHOOL_WORDS as _SCHOOL_WORDS,
)
from storyline.lang.en import (
    TITLE_UNIT_AFTER as _TITLE_UNIT_AFTER,
)
from storyline.lang.en import (
    CASUALTY_VERBS as _CASUALTY_VERBS,
)
from storyline.lang.en import (
    CURRENCY_WORDS as _CURRENCY_WORD,
)
from storyline.lang.en import (
    DECADES as _DECADES,
)
from storyline.lang.en import (
    DOZEN_PATTERN as _DOZEN,
)
from storyline.lang.en import (
    FRACTION_DENOMINATORS as _DENOM,
)
from storyline.lang.en import (
    FRACTION_PATTERN as _FRACTION,
)
from storyline.lang.en import (
    FURNITURE_AFTER as _FURNITURE_AFTER,
)
from storyline.lang.en import (
    HYPHEN_UNIT as _HYPHEN_UNIT,
)
from storyline.lang.en import (
    IDENTIFIER_BEFORE as _ID_BEFORE,
)
from storyline.lang.en import (
    FORM_TOPIC as _FORM_TOPIC,
    FORM_VOICE as _FORM_VOICE,
    PRICE_OFFER as _PRICE_OFFER,
)
from storyline.lang.en import (
    POUND_MONEY_NOUNS as _POUND_MONEY_NOUNS,
    WEIGHED_NOUNS as _WEIGHED_NOUNS,
)
from storyline.lang.en import (
    METRE_AFTER as _METRE_AFTER,
)
from storyline.lang.en import (
    METRE_BEFORE as _METRE_BEFORE,
)
from storyline.lang.en import (
    MILITARY_UNIT_AFTER as _UNIT_NAME_AFTER,
)
from storyline.lang.en import (
    MULTIPLIER_ABBREVIATION_PATTERN as _MULTABBR,
)
from storyline.lang.en import (
    MULTIPLIER_WORD_PATTERN as _MULTWORDS,
)
from storyline.lang.en import (
    NUMBER_MULTIPLIERS as _MULT,
)
from storyline.lang.en import (
    NUMBER_ONES as _ONES,
)
from storyline.lang.en import (
    NUMBER_TENS as _TENS,
)
from storyline.lang.en import (
    NUMBER_WORD_PATTERN as _WORDNUM,
)
from storyline.lang.en import (
    CAPITALISED_STAGE_BEFORE as _CAPITALISED_STAGE_BEFORE,
)
from storyline.lang.en import (
    CHANGE_BEFORE_OVER as _CHANGE_BEFORE_OVER,
)
from storyline.lang.en import (
    NUMBERED_STAGE_BEFORE as _STAGE_BEFORE,
)
from storyline.lang.en import (
    PLACE_LABEL_BEFORE as _PLACE_LABEL_BEFORE,
)
from storyline.lang.en import (
    ONE_OF_THE_MOST as _ONE_OF_THE_MOST,
)
from storyline.lang.en import (
    BOUNDED_MINUTE as _BOUNDED_MINUTE,
)
from storyline.lang.en import (
    ONE_UNIT_OF_TIME as _ONE_UNIT,
)
from storyline.lang.en import (
    ORDINAL_TIME as _ORDINAL_TIME,
)
from storyline.lang.en import (
    OR_MORE as _OR_MORE,
)
from storyline.lang.en import (
    ORDINAL_WORDS as _ORDINALS,
)
from storyline.lang.en import (
    A_COUPLE as _A_COUPLE,
)
from storyline.lang.en import (
    PHONE_BEFORE as _PHONE_BEFORE,
)
from storyline.lang.en import (
    PLAYER_BEFORE as _PLAYER_BEFORE,
)
from storyline.lang.en import (
    PLURAL_GOES_ON as _PLURAL_GOES_ON,
)
from storyline.lang.en import (
    QUANTITY_PREFIXES as _PREFIXES,
)
from storyline.lang.en import (
    RANGE_SEPARATOR as _RANGE_SEP,
)
from storyline.lang.en import (
    RATE_AFTER as _RATE_AFTER,
)
from storyline.lang.en import (
    RATE_OF_MATTER as _RATE_OF_MATTER,
    RATE_OF_THING_AND_TIME as _RATE_OF_THING_AND_TIME,
)
from storyline.lang.en import (
    SCALE_BEFORE as _SCALE_BEFORE,
)
from storyline.lang.en import (
    RATE_BEFORE as _RATE_BEFORE,
    COUNT_PER_BEFORE as _COUNT_PER_BEFORE,
)
from storyline.lang.en import (
    RATE_SHORT as _RATE_SHORT,
)
from storyline.lang.en import (
    REPEATS as _REPEATS,
)
from storyline.lang.en import (
    SEVERAL as _SEVERAL,
)
from storyline.lang.en import (
    STREET_AFTER as _STREET_AFTER,
)
from storyline.lang.en import (
    THRESHOLD_NOUNS as _THRESHOLD_NOUNS,
)
from storyline.lang.en import (
    THRESHOLD_VERBS as _THRESHOLD_VERBS,
)
from storyline.lang.en import (
    TIME_TO_REMEMBER_AFTER as _TIME_TO_REMEMBER_AFTER,
)
from storyline.lang.en import (
    UNIT_OF_ONE as _UNIT_OF_ONE,
)
from storyline.lang.en import (
    UNIT_WORDS as UNITS,
)
from storyline.lang.en import (
    VAGUE_AMOUNTS as VAGUE,
)
from storyline.lang.en import (
    VAGUE_PATTERN as _VAGUE_RE,
)
from storyline.lang.en import (
    UNMARKED_PLURALS as _UNMARKED_PLURALS,
)
from storyline.model import Quantity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = ["TIME_UNITS", "UNITS", "VAGUE", "date_part", "parse_number", "quantities", "score_of", "size_sides"]


#: A mixed fraction ("2 1/2", "10 3/4"), or a plain one before a unit or "of" ("1/4 inch",
#: "3/4 of"); never a date ("9/11") or a counter ("1/29") on its own.
_FRACTION_DIGITS = (
    r"\d{1,4}[ \u00a0]\d{1,2}/\d{1,2}(?![\d/])"
    r"|\d{1,2}/\d{1,2}(?![\d/])(?=[ \u00a0-]?(?:of\b|inch|in\b|mile|cup|teaspoon|tablespoon|tbsp|tsp|pound"
    r"|lb|oz|ounce|point|%|percent|per\s*cent|mm|cm|km|kg|ton|acre|hour|hr|gallon|liter|litre))"
)
#: The fraction characters ("½ cup", "2¾ miles") and their values.
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
#: A number in scientific notation: "3e8", "6.1e-3", "1.5×10−6" (not "3e" or "10e" alone).
_SCIENTIFIC = r"\d+(?:\.\d+)?(?:[eE][-−+]?\d+|[ \u00a0]?[×x][ \u00a0]?10\^?[-−]?\d+)(?![\w.])"
#: A number whose separator took a space when its page became text ("30, 000", "1, 009", "2. 1"):
#: groups of three digits after commas, or one or two decimals after a point. Read as one
#: number only where :func:`_spaced_misread` finds no list, date or sentence end in it.
_SPACED = (r"(?<![\d,.])(?<!\d[-–])\d{1,3}(?:, \d{3})+(?![\d,]|\.\d)"
           r"|(?<![\d,.])(?<!\d[-–])\d{1,3}\. \d{1,2}(?![\d,.])"
           r"|(?<![\w.,)\]\"'”’%])\. \d{1,3}(?=[),;]|\s+[a-z]|$)")  # a share told from its point: "(. 535)"
#: (not the end of a sentence closed by a bracket or a quotation mark: "(one more). 8 of them")
_DIGITS_PLAIN = (
    rf"(?:{_SCIENTIFIC})|\d{{0,4}}[{''.join(_VULGAR)}]|"
    rf"(?:{_FRACTION_DIGITS})|"
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:,\d{3})*,\d{4}(?![\d,])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.:/]\d)|\d+)(?:\.\d+)?"
    r"|\.\d+"
)
_DIGITS = rf"(?:{_SPACED})|{_DIGITS_PLAIN}"
#: A part of a multiplier: "half a million" (500,000), "a quarter million", "three-quarters of a
#: billion"; only before a multiplier word ("half a dozen" is read with the dozens).
_PART = (
    r"(?:half|(?:a[ -])?quarter|three[ -]quarters?)(?:[ -](?:of[ -])?an?)?"
    r"(?=[ \u00a0-](?:hundred|thousand|million|billion|trillion)\b)"
)
_PART_VALUE = {"half": 0.5, "quarter": 0.25, "three": 0.75}


def _number_pattern(digits: str) -> str:
    return (rf"(?:(?:{digits})|\b{_PART}|\b{_WORDNUM}\b|\ba\b(?=[ -](?:hundred|thousand|million|billion|dozen)))"
            rf"(?:{_MULTWORDS}|{_MULTABBR})?")


_NUM = _number_pattern(_DIGITS)

_CURRENCY_SYMBOL = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "₽": "RUB", "rub": "RUB", "₴": "UAH", "uah": "UAH", "₩": "KRW", "chf": "CHF",
    "a$": "AUD", "c$": "CAD", "cny": "CNY", "jpy": "JPY", "hk$": "HKD", "s$": "SGD", "₹": "INR",
    "sgd": "SGD", "hkd": "HKD", "cad": "CAD", "aud": "AUD", "inr": "INR", "krw": "KRW",
    # signs of other currencies, before or after the amount ("₦5,000", "₱250", "₺40", "90 ₪", "₿0.5")
    "₦": "NGN", "₱": "PHP", "₺": "TRY", "₪": "ILS", "₫": "VND", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK",
}
#: The currency signs of one character ("$", "€", "₦"...): read before or after an amount.
_SIGNS = re.escape("".join(k for k in _CURRENCY_SYMBOL if len(k) == 1))
_UNIT_RE = "|".join(
    re.escape(u) for u in sorted(list(UNITS) + list(_CURRENCY_WORD), key=len, reverse=True)
)
_UNIT_AFTER = re.compile(
    rf"(?:[ \u00a0]?(?:{_UNIT_RE})(?![\w²])|\s?%)", re.I
)

#: A hedge or a bound opens the text, or follows a space, a bracket or an opening quotation
#: mark ("“More than 50 people came,” she said").
_PREFIX_RES = tuple((re.compile(rf"(?:^|(?<=[\s(\[\"“‘]))(?:{p})\s*$", re.I), eff) for p, eff in _PREFIXES)

_MONTH = MONTH_NAME
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s*(?:the\s+)?$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b", re.I)
_CLOCK_AFTER = re.compile(
    r"^(?:[:.]\d{2}(?!\d)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|gmt\b|utc\b|cet\b|est\b"
    r"|local\s+time\b))", re.I
)
#: The minutes and the zone of a clock time whose separator took a space ("22. 34 BST",
#: "9. 15 pm").
_SPACED_CLOCK_AFTER = re.compile(
    r"[.:] [0-5]\d(?=\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|utc\b|cet\b|cest\b|est\b|edt\b"
    r"|cst\b|cdt\b|pst\b|pdt\b|ist\b))", re.I)
#: "1500 hrs", "0800h": a clock time of the 24-hour day (four digits); "6 hrs" is a duration.
_HOURS_CLOCK_AFTER = re.compile(r"^\s?(?:h|hrs)\b", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_AGO_AFTER = re.compile(r"^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:ago|earlier|later)\b", re.I)


@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: float
    scaled: bool  # the number carried its own multiplier ("12 thousand")
    word: bool  # a number word ("ten") rather than digits
    base: float  # the value before its multiplier


def _word_value(words: str) -> float | None:
    words = words.lower().replace("-", " ").split()
    total = 0.0
    for w in words:
        if w in _ONES:
            total += _ONES[w]
        elif w in _TENS:
            total += _TENS[w]
        elif w == "a":
            total += 1
        else:
            return None
    return total


#: Most integer digits a quantity has: beyond them a number is an identifier (and past
#: float precision): a quintillion, 1,000,000,000,000,000,000, has 19.
MAX_DIGITS = 18
#: Largest value read ("a billion trillion" and above are not reported quantities).
MAX_VALUE = 1e21
#: Largest power of ten of a number in scientific notation: past it, "9e7401" is part of a
#: hash or a code, and beyond a float.
MAX_POWER = 30


def parse_number(text: str) -> float | None:
    """Return the value of one number written in digits and/or words ("12 thousand" -> 12000).

    Returns None when ``text`` is not a single number.
    """
    m = re.fullmatch(rf"\s*({_NUM})\s*", text, re.I)
    if not m:
        return None
    return _num_at(m.group(1), 0).value if _num_at(m.group(1), 0) else None


def _num_at(s: str, offset: int) -> _Num | None:
    """Parse a number that matches ``_NUM`` exactly; offsets shifted by ``offset``."""
    m = re.match(
        rf"(?P<core>\d{{1,4}}[ \u00a0]\d{{1,2}}/\d{{1,2}}(?![\d/])|\d{{1,2}}/\d{{1,2}}(?![\d/])|{_DIGITS}|{_PART}|{_WORDNUM}\b|a\b)"
        rf"(?P<mult>{_MULTWORDS}|{_MULTABBR})?", s, re.I
    )
    if not m:
        return None
    core = m.group("core")
    word = core[0].isalpha()
    part = re.fullmatch(_PART.split("(?=")[0], core, re.I) if word else None
    if part:
        value = _PART_VALUE[re.sub(r"^a[ -]", "", core.lower()).split()[0].split("-")[0]]
    elif word:
        value = _word_value(core)
        if value is None:
            return None
    elif core[-1] in _VULGAR:
        value = int(core[:-1] or 0) + _VULGAR[core[-1]]
    elif re.fullmatch(_SCIENTIFIC, core):
        mant, _, exp = re.split(r"[ \u00a0]?([eE]|[×x][ \u00a0]?10\^?)", core)[0:3]
        power = int(exp.replace("−", "-"))
        if abs(power) > MAX_POWER:
            return None  # "9e7401" in a hash or a code: not a quantity anyone reports
        value = float(mant) * 10 ** power
    elif "/" in core:
        whole, _, frac = core.rpartition(" ") if re.search(r"\s", core) else ("0", "", core)
        top, bottom = (int(x) for x in frac.split("/"))
        if not 0 < top < bottom:
            return None  # "3/2", "0/4": not a fraction anyone writes for an amount
        value = int(re.sub(r"\D", "", whole) or 0) + top / bottom
    else:
        digits = re.sub(r"[,\s\u00a0\u202f]", "", core)
        if len(digits.split(".")[0].lstrip("0")) > MAX_DIGITS:
            return None  # an identifier or a run of digits, not a quantity anyone reports
        value = float(digits)
    base = value
    mult = m.group("mult")
    scaled = False
    if mult:
        for part in re.split(r"[\s\u00a0-]+", mult.strip().lower()):
            if part:
                value *= _MULT[part]
        scaled = True
    if not math.isfinite(value) or value > MAX_VALUE:
        return None
    return _Num(offset + m.start(), offset + m.end(), value, scaled, word, base)


_SCAN = re.compile(rf"{_FRACTION}|{_VAGUE_RE}|{_DOZEN}|{_NUM}", re.I)
#: The same scan without spaced separators: what a spaced match is read as when it is no number.
_SCAN_PLAIN = re.compile(rf"{_FRACTION}|{_VAGUE_RE}|{_DOZEN}|{_number_pattern(_DIGITS_PLAIN)}", re.I)
_SPACED_RE = re.compile(_SPACED)
_NUM_RE = re.compile(_NUM, re.I)
_CURRENCY_CODES = frozenset(_CURRENCY_SYMBOL.values()) | frozenset(_CURRENCY_WORD.values())
_RANGE_DASH = re.compile(r"^(?:-|–|—)(?:\$|€|£)?")


def _clean(v: float) -> float:
    """Six decimals; six significant digits for a value below a thousandth ("1.5e-06")."""
    return float(round(v, 6)) if abs(v) >= 1e-3 or v == 0 else float(f"{v:.6g}")


def _vague_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _dozen_value(text: str) -> float:
    t = _vague_key(text)
    if t.startswith("half") or "half" in t:
        return 6
    if t.startswith(("a half", "a ", "one")):
        return 12
    return 12 * (_word_value(t.split()[0]) or 1)


def quantities(text: str, doc: Doc | None = None) -> list[Quantity]:
    """Find the quantities in ``text``, each normalised to an interval.

    Args:
        text: the text to scan (an article's text or one sentence).
        doc: the spaCy ``Doc`` of exactly ``text``; when given, its entities and parse drop
            dates, times, names and unit numbers that the text rules alone cannot tell apart.

    Returns:
        The quantities in text order, with offsets into ``text``. Dates, years, clock times,
        ordinals, phone numbers, identifiers, list numbers and picture counters are left out.
    """
    return list(_iter_quantities(text, doc))


def _iter_quantities(text: str, doc: Doc | None) -> Iterator[Quantity]:
    pos = 0
    n = len(text)
    found = []
    while pos < n:
        m = _SCAN.search(text, pos)
        if not m:
            break
        if _spaced_misread(text, m.start(), m.end()):
            m = _SCAN_PLAIN.match(text, m.start()) or m
        q, resume = _read_at(text, m, doc)
        pos = max(resume, m.end())
        if q is not None and not page_furniture(text, q.start, q.end):
            found.append(q)
    found = _joined_money(text, _joined_number_words(text, found))
    found = _dimensions(text, _joined_alternatives(text, _joined_units(text, found)))
    found = shared_per_share(text, feet_and_inches(text, listed_units(text, found)))
    for r in ratios(text):  # a ratio takes the place of the counts read in it
        found = [q for q in found if not (r.start <= q.start < r.end or q.start <= r.start < q.end)] + [r]
    taken = [(q.start, q.end) for q in found]
    for q in found:  # "40,000 tonnes of steel a year": "a year" is the rate's denominator, no length of time
        matter = _RATE_OF_MATTER.match(text, q.end) if q.unit and "/" in q.unit else None
        if matter:
            taken.append((matter.start(1) - 1, matter.end()))
    for q in [*scores(text, doc), *counts_in_words(text), *game_periods(text), *multiples(text)]:
        if not any(q.start < e and s < q.end for s, e in taken):
            found.append(q)
            taken.append((q.start, q.end))
    found = sorted((q for q in found if not _time_from_now(text, q) and not link_headline(text, q.start, q.end)
                    and not download_size(text, q) and not _race_name(text, q)
                    and not _maturity_name(text, q) and not _percent_of_conviction(text, q)
                    and not year_in_words(text, q) and not kind_in_one(text, q) and not markup_value(text, q)
                    and not class_label(text, q) and not slashed_date(text, q) and not field_position(text, q)
                    and not careful_twice(text, q) and not label_number(text, q) and not idiom_count(text, q)
                    and not result_line(text, q.start) and not numbered_name(text, q)
                    and not (doc is not None and rate_denominator(text, q, doc))),
                   key=lambda q: q.start)
    found = other_franc(text, [q for q in map(lambda q: about_as_topic(text, q), found) if q is not None])
    found = _comma_spans(text, [replace(q, unit="bit") if width_in_bits(text, q) else q for q in found])
    found = [replace(q, unit="magnitude") if q.unit is None and magnitude_at(text, q.start, q.end) else q for q in found]
    found = _one_or_a_few(text, [_over_as_during(text, q, found) for q in found])
    found = [replace(q, unit=unit) if (unit := header_unit(text, q)) else q for q in found]
    starts = {q.start for q in found}
    for q in _distributed_bounds(text, found, doc):
        yield _count_rate(text, q, doc, starts) if doc is not None else q


#: After a distance: the event of a race it names ("the 200 yard freestyle", "the 400 m hurdles"),
#: a name, not a length a text reports.
_RACE_AFTER = re.compile(r"[ \u00a0-]*(?:(?:individual[ \u00a0]+)?medley|freestyle|backstroke|breaststroke|butterfly"
                         r"|relay|dash|hurdles|steeplechase|IM)\b", re.I)


_TEENS_OF_YEAR = r"(?:eighteen|nineteen|twenty)"
_TENS_OF_YEAR = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty" \
    r"|forty|fifty|sixty|seventy|eighty|ninety|oh[ \u00a0-]\w+|hundred)(?:[-\u2010 ](?:one|two|three|four|five|six|seven|eight|nine))?"
_YEAR_TENS_AFTER = re.compile(rf"[ \u00a0]+{_TENS_OF_YEAR}\b", re.I)
_YEAR_TEENS_BEFORE = re.compile(rf"\b{_TEENS_OF_YEAR}[ \u00a0]+$", re.I)
_THE_YEAR_BEFORE = re.compile(r"\b(?:the|of|in|by|since|until)[ \u00a0]+year[ \u00a0]+$", re.I)


def year_in_words(text: str, q: Quantity) -> bool:
    """Is ``q`` part of a year told in words, as a transcript writes it ("in nineteen ninety-six",
    "a nineteen eighty-four film", "by the year two thousand")? Neither "nineteen" nor "ninety-six"
    counts anything ("nineteen people" and "twenty-five pages" stay counts)."""
    if q.unit is not None or q.low != q.high or not q.text[:1].isalpha():
        return False
    words = q.text.lower()
    if re.fullmatch(_TEENS_OF_YEAR, words) and _YEAR_TENS_AFTER.match(text, q.end):
        return True
    if re.fullmatch(_TENS_OF_YEAR, words, re.I) and _YEAR_TEENS_BEFORE.search(text, max(0, q.start - 12), q.start):
        return True
    return bool(_THE_YEAR_BEFORE.search(text, max(0, q.start - 16), q.start))


#: Before a value: a key joined to it by "=", maybe a quote, as code or a theme's markup writes a
#: setting ('top_padding=”13%”', "width=50%", each of 'images=”4607,4651″'; not a short "n=40", a
#: sample's size).
_SETTING_BEFORE = re.compile(r"\b(?:[a-z]{4,}|[a-z][a-z\d]*(?:[_-][a-z\d]+)+)=[\"'“”″′]?(?:[\d.]+,)*$", re.I)


def markup_value(text: str, q: Quantity) -> bool:
    """Is ``q`` (a share or a size too, not only bare digits) the value of a setting left in a
    page ('top_padding=”13%”', "max_width=80%"), page furniture, not a figure?"""
    return _SETTING_BEFORE.search(text, max(0, q.start - 40), q.start) is not None


#: Before a small number: a word of a class it names ("type 2 diabetes", "tier 1 suppliers").
_CLASS_BEFORE = re.compile(r"\b(?:type|tier)[ \u00a0-]?$", re.I)
#: After the number: what one types or does a number of times ("type 3 letters", "tier 2 times").
_TYPED_AFTER = re.compile(r"[ \u00a0]+(?:times|words|letters|characters|digits|numbers)\b", re.I)


def class_label(text: str, q: Quantity) -> bool:
    """Is the bare small number ``q`` the name of a class ("type 2 diabetes", "tier 1 banks"), a
    label, not a count ("type 3 letters" stays)?"""
    return q.unit is None and q.low == q.high and re.fullmatch(r"\d{1,2}|[IV]{1,3}", q.text) is not None \
        and _CLASS_BEFORE.search(text, max(0, q.start - 10), q.start) is not None \
        and not _TYPED_AFTER.match(text, q.end)


#: Before "twice" or "thrice": a verb of care in the idioms "think twice", "look twice", "measure
#: thrice, cut once": care taken, not a count of times.
_CARE_BEFORE = re.compile(r"\b(?:think|thinks|thinking|thought|look|looks|looked|looking|measure|measures|measured)"
                          r"[ \u00a0]+$", re.I)


def careful_twice(text: str, q: Quantity) -> bool:
    """Is "twice" or "thrice" part of an idiom of care ("should think twice", "did not look
    twice", "measure thrice, cut once"), not a count of times ("was arrested twice", "met
    thrice in May" stay)?"""
    return q.text.lower() in ("twice", "thrice") and _CARE_BEFORE.search(text, max(0, q.start - 16), q.start) is not None


#: "the", "a" or a possessive word before a number that opens a name ("the 3 Box Method").
_NAME_DET_BEFORE = re.compile(r"\b(?:the|a|an|this|that|my|our|your|their|his|her|its)[ \u00a0]+$", re.I)
#: The words of a name after its number: one to three capitalised words, then a clause's end or a
#: small word that opens what follows ("the 3 Box Method at home", "the 5 Second Rule."); a noun in
#: lower case after them is what they describe ("the 12 Crown Court judges").
_TITLED_WORDS_AFTER = re.compile(
    r"((?:[ \u00a0]+[A-Z][a-z]+){1,3})(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?:to|at|in|on|for|of|with|and|or|is|was"
    r"|are|were|that|which|as|by|from|will|can|has|had|works?)\b)")


def numbered_name(text: str, q: Quantity) -> bool:
    """Is the whole number ``q`` (two or more) the first word of a name set in capitals, after
    "the" or "a", whose last word is singular ("try the 3 Box Method", "the 5 Second Rule"):
    a name, as no count of two or more counts a singular? A count of a plural stays ("the 12
    Apostles", "the 3 Box Stores"), and so does a number in lower-case words ("the 3 box method"
    reads as a count of boxes no more than as a name)."""
    digits = re.match(r"\d{1,3}", q.text)
    if digits is None or q.low != q.high or q.low is None or q.low < 2 \
            or not _NAME_DET_BEFORE.search(text, max(0, q.start - 8), q.start):
        return False
    words = _TITLED_WORDS_AFTER.match(text, q.start + digits.end())
    if words is None or q.start + digits.end() + len(words.group(1)) < q.end:
        return False  # the name's words hold the whole quantity read ("5 Second" of "the 5 Second Rule")
    last = words.group(1).split()[-1]
    return not last.endswith("s") and last.lower() not in UNITS


#: A label whose unit is told in brackets before a number on its line ("Weight (g) 523",
#: "Battery (mAh): 8000", "Run time (Hours) Up to 16").
_HEADER_UNIT_BEFORE = re.compile(r"[A-Za-z][^\n]{0,60}?\(([A-Za-z/%$€£]{1,8})\)[ \t]*:?[ \t]*$")


def header_unit(text: str, q: Quantity) -> str | None:
    """The unit a label before the bare number ``q`` gives in brackets on its line, as a table's
    header does ("Weight (g) 523", "Height (cm): 40"), else None. A number with a unit of its own
    ("Weight (kg): 12 lb") keeps it; a word in brackets that is no unit ("Size (Main) 10") gives none."""
    if q.unit is not None:
        return None
    line_start = _line_start(text, q.start)
    m = _HEADER_UNIT_BEFORE.search(text, line_start, q.start)
    if m is None:
        return None
    return _unit_after("1" + m.group(1) + " ", 1)[0] or _unit_after("1 " + m.group(1) + " ", 1)[0]


#: After a count, what makes it an idiom: a verdict of thumbs ("two thumbs up"), or a span beyond
#: measure ("several lifetimes", "three eternities").
_IDIOM_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:thumbs[ \u00a0]+(?:up|down)\b|lifetimes\b|eternities\b|[ae]ons\b)", re.I)


def idiom_count(text: str, q: Quantity) -> bool:
    """Is the bare count ``q`` part of an idiom, not a figure: "two thumbs up" (a verdict),
    "several lifetimes" (a span beyond measure)? "two thumbs were broken" and "two lifetime bans"
    stay."""
    return q.unit is None and _IDIOM_NOUN_AFTER.match(text, q.end) is not None


#: Before a number: a noun it labels, as a court, a text or a port numbers its parts ("statement
#: 0", "exhibit 4", "verse 71", "terminal 2", "amendment 2").
_LABEL_BEFORE = re.compile(r"\b(?:statement|exhibit|terminal|amendment|question|appendix|annex|scene|verse|psalm"
                           r"|precinct|hangar|pier|berth)[ \u00a0]+$", re.I)
#: After the number: what it counts, a plural or a unit ("scene 8 days ago", "statement 12 people").
_COUNTED_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+s|people|men|women|children|percent|per|million|billion|thousand)\b")


def label_number(text: str, q: Quantity) -> bool:
    """Is the bare number ``q`` told in digits the label of the noun before it ("He read
    statement 0", "the jury saw exhibit 4", "from terminal 2"), not a count ("a question three
    times", "the scene 8 days ago" and "a statement 12 people signed" stay)?"""
    return q.unit is None and q.low == q.high and q.text.isdigit() \
        and _LABEL_BEFORE.search(text, max(0, q.start - 12), q.start) is not None \
        and not _COUNTED_AFTER.match(text, q.end)


#: A month, a day and a year told by numbers and slashes with spaces around them, as a page's
#: dateline sets them ("11 / 30 / 09", "3 / 27 / 2012 @ 10:05AM", "(9 / 2 / 71)").
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})[ \u00a0]?/[ \u00a0]?(\d{1,2})[ \u00a0]?/[ \u00a0]?(\d{4}|\d{2})(?![\d/])")


def slashed_date(text: str, q: Quantity) -> bool:
    """Is the bare number ``q`` a part of a date told with slashes ("11 / 30 / 09", "4 / 12 /
    2015"): a month and a day (one of them 12 at most, neither over 31) and a year of two or four
    digits? A share of counts ("3 / 4 of the seats") has no third number."""
    if q.unit is not None or q.low != q.high or not q.text[:1].isdigit():
        return False
    for m in _SLASHED_DATE.finditer(text, max(0, q.start - 16), min(len(text), q.end + 16)):
        if m.start() <= q.start and q.end <= m.end():
            a, b = int(m.group(1)), int(m.group(2))
            return 1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31
    return False


#: After a distance in yards: "line", the mark of a place on a football field ("the 20-yard line").
_YARD_LINE_AFTER = re.compile(r"[ \u00a0]?line\b", re.I)


def field_position(text: str, q: Quantity) -> bool:
    """Is ``q`` the name of a place on a football field ("tackled at the 12-yard line", "the
    Hawks' 31-yard line"), no distance anyone ran ("a 12-yard run", "ran 40 yards" stay)?"""
    return q.unit == "yd" and _YARD_LINE_AFTER.match(text, q.end) is not None


#: After a small number: "-bit", the width of a chip or a system ("a 16-bit chip").
_WIDTH_AFTER = re.compile(r"[-\u2010 ]bits?\b(?![ \u00a0]+(?:of|per)\b)", re.I)


def width_in_bits(text: str, q: Quantity) -> bool:
    """Is ``q`` the width of a chip or a system told with a hyphen ("a 16-bit chip", "64-bit
    Windows"): a size in bits (its unit "bit"), not a bare count of something?"""
    return q.unit is None and q.low == q.high and q.text.isdigit() and _WIDTH_AFTER.match(text, q.end) is not None \
        and text[q.end:q.end + 1] in "-\u2010"


#: What follows a single unit of time that is a length, not a rate: "a month ago", "a day early",
#: "a year later", "a week long", "a month old".
_LENGTH_AFTER = re.compile(r"[ \u00a0-]*(?:ago|early|earlier|late|later|before|after|ahead|long|old|out|in[ \u00a0]+advance"
                           r"|away|from|into|of|since|or|to|and)\b", re.I)
_A_UNIT = re.compile(r"(?:a|an|per)[ \u00a0]+(?:day|week|month|year|hour|night|season)", re.I)


def rate_denominator(text: str, q: Quantity, doc: Doc) -> bool:
    """Is "a month" (a single unit of time) the denominator of a rate right after the noun it
    divides ("one phone call a month", "three meals a day", "two games a week"): no length of
    time? After a verb or a preposition it stays one ("waited a month", "for a year"), and so
    before "ago", "early", "later" ("the bills a month early")."""
    if q.low != 1 or q.high != 1 or not _A_UNIT.fullmatch(q.text) or _LENGTH_AFTER.match(text, q.end):
        return False
    before = [t for t in doc if t.idx + len(t.text) <= q.start and not t.is_space]
    if not before or before[-1].idx + len(before[-1].text) < q.start - 2:
        return False
    prev = before[-1]
    return prev.tag_ in ("NN", "NNS") and prev.dep_ not in ("npadvmod", "tmod") \
        and prev.lower_ not in ("time", "times", "once", "twice", "day", "days", "week", "weeks", "month",
                                "months", "year", "years", "percent")


#: Before "about": a word of a topic, after which "about" means "concerning" ("talked about 2020",
#: "a story about 12 miners"), not "nearly".
_TOPIC_BEFORE = re.compile(r"\b(?:talk(?:s|ed|ing)?|sp(?:oke|eak|eaks|eaking|oken)|th(?:ink|inks|inking|ought)"
                           r"|wr(?:ote|ite|ites|iting|itten)|ask(?:s|ed|ing)?|learn(?:s|ed|ing|t)?|kn(?:ow|ew|own)"
                           r"|worr(?:y|ied|ies|ying)|heard|hear|joked?|complain(?:s|ed)?|tweet(?:s|ed)?"
                           r"|stor(?:y|ies)|articles?|reports?|films?|movies?|books?|documentar(?:y|ies)|questions?"
                           r"|news|songs?|memories|lectures?|nothing|something|anything)[ \u00a0]+$", re.I)
_ABOUT = re.compile(r"about[ \u00a0]+", re.I)


def about_as_topic(text: str, q: Quantity) -> Quantity | None:
    """``q`` read again when its "about" means "concerning" (:data:`_TOPIC_BEFORE`): "a story
    about 12 miners" counts 12 miners, not nearly 12; "talked about 2020" names a year, no
    figure (None). A unit keeps "about" a hedge ("talked about 20 minutes")."""
    m = _ABOUT.match(q.text)
    if m is None or q.unit is not None or not _TOPIC_BEFORE.search(text, max(0, q.start - 24), q.start):
        return q
    rest = q.text[m.end():]
    if re.fullmatch(r"(?:1[89]|20)\d\d", rest) and q.low == q.high:
        return None
    return replace(q, text=rest, start=q.start + m.end(), approx=False)


#: A franc named by its country or its zone ("Rwandan francs", "CFA francs") and the code it is
#: kept as; a bare "francs" elsewhere in the same text is that franc, not the Swiss one.
_OTHER_FRANCS = {"cfa": "XOF", "rwandan": "RWF", "congolese": "CDF", "burundian": "BIF", "burundi": "BIF",
                 "guinean": "GNF", "djiboutian": "DJF", "djibouti": "DJF", "comorian": "KMF", "malian": "XOF",
                 "senegalese": "XOF", "ivorian": "XOF", "cameroonian": "XAF", "gabonese": "XAF", "chadian": "XAF",
                 "belgian": "BEF", "french": "FRF", "luxembourg": "LUF", "cfp": "XPF"}
_OTHER_FRANC = re.compile(r"\b(" + "|".join(_OTHER_FRANCS) + r")[ \u00a0]+francs?\b", re.I)
_SWISS_FRANC = re.compile(r"\bswiss[ \u00a0]+francs?\b|\bCHF\b", re.I)


def other_franc(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with a bare "francs" (read as Swiss by default) kept in the franc the text
    names, when it names one other franc and no Swiss one ("300 francs" in a text that speaks of
    "Rwandan francs" is 300 Rwandan francs)."""
    named = {_OTHER_FRANCS[m.group(1).lower()] for m in _OTHER_FRANC.finditer(text)}
    if len(named) != 1 or _SWISS_FRANC.search(text):
        return found
    code = named.pop()
    return [replace(q, unit=code) if q.unit == "CHF" and re.search(r"francs?\b", q.text, re.I)
            and not re.search(r"swiss", q.text, re.I) else q for q in found]


#: After a small count: "-in-1" or "-in-one", a kind of thing that does the work of several ("a
#: 2-in-1 laptop", "a three-in-one printer").
_IN_ONE_AFTER = re.compile(r"[-\u2010 ]in[-\u2010 ](?:1|one)\b", re.I)


def kind_in_one(text: str, q: Quantity) -> bool:
    """Is ``q`` the count of a kind named "N-in-1" ("a 2-in-1 tablet", "this 5-in-1 charger"),
    a kind, not a figure?"""
    return q.unit is None and q.low == q.high and _IN_ONE_AFTER.match(text, q.end) is not None


def _race_name(text: str, q: Quantity) -> bool:
    return q.unit in ("yd", "m", "km", "mi") and q.low == q.high and _RACE_AFTER.match(text, q.end) is not None


_RATE_EACH = frozenset("a an per each every".split())
_COUNT_PER_SLASH = re.compile(r"[ \u00a0]?/[ \u00a0]?(day|week|month|year|hour)\b", re.I)
_NOT_AFTER_RATE = re.compile(r"[ \u00a0]*(?:ago|earlier|later|before|after|since|from|-)", re.I)


def _count_rate(text: str, q: Quantity, doc: Doc, starts: set[int]) -> Quantity:
    """A count of things told per span of time keeps the span as its unit's denominator, as an
    amount of money does ("$2,000 a month": ``USD/month``): "60 calls per day", "500 parcels are
    shipped every week", "3 meals a day" are ``/day``. The words between are the counted nouns, maybe
    then a verb ("are sent", "died"); not an offset ("two people a week later"), nor a length of
    time read as a quantity of its own (``starts``: "two guards spent a month")."""
    if q.unit is not None or (q.low is None and q.high is None):
        return q
    last = _token_at(doc, q.end - 1)
    if last is None:
        return q
    toks = []
    for t in doc[last.i + 1:last.i + 13]:
        if "\n" in t.text or t.is_sent_start:
            break  # the rate is told in the count's line and sentence
        if not t.is_space:
            toks.append(t)
    k = 0
    while k < len(toks) and k < 3 and toks[k].pos_ in ("NOUN", "PROPN", "ADJ") and toks[k].lower_ not in _RATE_EACH \
            and toks[k].lower_ not in _COUNT_RATE_TIMES and toks[k].lemma_.lower() not in _COUNT_RATE_TIMES \
            and toks[k].lower_ not in _RATE_ADVERB_UNIT:
        k += 1
    k = _portion_of_matter(toks, k)
    if k and k < len(toks) and toks[k].pos_ == "AUX":
        k += 1
    if k and k < len(toks) and toks[k].pos_ == "VERB":
        k += 1
    slash = _COUNT_PER_SLASH.match(text, toks[k - 1].idx + len(toks[k - 1].text)) if k else None
    if slash:  # "900 emails/month"
        return replace(q, unit=f"/{slash.group(1).lower()}")
    if k and k < len(toks) and toks[k].lower_ in _RATE_ADVERB_UNIT \
            and not (k + 1 < len(toks) and toks[k + 1].pos_ in ("NOUN", "PROPN")):  # "3 videos weekly", not "daily news"
        return replace(q, unit=f"/{_RATE_ADVERB_UNIT[toks[k].lower_]}")
    if k + 1 >= len(toks) or toks[k].lower_ not in _RATE_EACH or toks[k + 1].lower_ not in _COUNT_RATE_TIMES:
        return q
    if toks[k].idx in starts or _NOT_AFTER_RATE.match(text, toks[k + 1].idx + len(toks[k + 1].text)):
        return q
    return replace(q, unit=f"/{toks[k + 1].lower_}")


def _portion_of_matter(toks: list[Token], k: int) -> int:
    """Past the matter a count of portions is of ("five servings of fresh fruit and greens", "two
    cups of black tea"): after the counted noun, "of" and one to four adjectives, nouns or "and";
    ``k`` unchanged when no such words follow."""
    if not k or k >= len(toks) or toks[k].lower_ != "of" or toks[k - 1].tag_ != "NNS":
        return k
    j = k + 1
    while j < len(toks) and j - k <= 4 and (toks[j].pos_ in ("ADJ", "NOUN") or toks[j].lower_ == "and") \
            and toks[j].lower_ not in _RATE_EACH:
        j += 1
    return j if j > k + 1 and toks[j - 1].pos_ == "NOUN" else k


_OR_BETWEEN = re.compile(r"[ \u00a0]+or[ \u00a0]+", re.I)


#: Before "two" or "three": one thing or a few more ("a term or ", "in an hour or ", "a moth or "):
#: the noun, not an amount word ("a dozen or two" is 12..24, "a few or two" no range of ones).
_ONE_THING_OR = re.compile(r"\b(an?)[ \u00a0]+([a-z][a-z'’-]*)[ \u00a0]+or[ \u00a0]+$", re.I)
_NOT_ONE_THING = frozenset("few couple lot dozen score hundred thousand million billion half quarter".split())
#: After "two": a plural noun that it counts ("a student or two teachers"): no range of the noun before.
_PLURAL_AFTER = re.compile(r"[ \u00a0]+[a-z]+s\b", re.I)
_TIMES_AFTER = re.compile(r"[ \u00a0]+(?:times|occasions)\b", re.I)
#: "once or " before "twice": one or two times.
_ONCE_OR = re.compile(r"\bonce[ \u00a0]+or[ \u00a0]+$", re.I)


def _one_or_a_few(text: str, found: list[Quantity]) -> list[Quantity]:
    """One thing or a few more ("a day or three", "a term or two", "in an hour or two", "a
    moth or two", "an inch or two"): one range, about 1..3 of the thing (in its unit when it is one),
    not a bare count of three; "twice or three times" (or occasions): about 2..3 times, not two counts;
    "once or twice": about 1..2 times (``found`` in text order)."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and q.unit is None and q.text.lower() == "twice" and nxt.unit is None \
                and _OR_BETWEEN.fullmatch(text[q.end:nxt.start]) and re.fullmatch(r"three|3", nxt.text, re.I) \
                and (times := _TIMES_AFTER.match(text, nxt.end)):
            out.append(Quantity(text[q.start:times.end()], q.start, times.end(), 2.0, 3.0, True, None))
            i += 2
            continue
        once = _ONCE_OR.search(text, max(0, q.start - 12), q.start) if q.text.lower() == "twice" else None
        if once is not None:  # "once or twice": about one or two times
            out.append(Quantity(text[once.start():q.end], once.start(), q.end, 1.0, 2.0, True, q.unit))
            i += 1
            continue
        one = _ONE_THING_OR.search(text, max(0, q.start - 40), q.start) \
            if q.unit is None and q.low == q.high and re.fullmatch(r"two|three|[23]", q.text, re.I) \
            and not _PLURAL_AFTER.match(text, q.end) else None
        if one is not None and one.group(2).lower() not in _NOT_ONE_THING:
            word = one.group(2).lower()
            unit = word if word in TIME_UNITS else UNITS.get(word) if len(word) > 2 else None  # "an ounce or two"
            unit = None if unit in _SCALED_UNITS else unit
            if out and out[-1].end > one.start():
                if not (out[-1].start >= one.start() and out[-1].low == out[-1].high == 1):
                    out.append(q)
                    i += 1
                    continue
                unit = out.pop().unit  # "a day" read as one day: the range's first end
            out.append(Quantity(text[one.start():q.end], one.start(), q.end, 1.0, q.high, True, unit))
            i += 1
            continue
        out.append(q)
        i += 1
    return out


#: What a span of time joined to its number by a hyphen names in markets: a bond, note or
#: loan rate by the time it runs ("10-year notes", "the 30-year Treasury bond", "two-year
#: yields"), a metal traded by its delivery ("three-month copper"). A contract of work or a
#: deal keeps its length ("a three-month contract").
_MATURITY_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:U\.?S\.?|[A-Z][a-z]+|benchmark|government|sovereign|treasury)[ \u00a0]+)?"
    r"(?:treasur(?:y|ies)|notes?|bonds?|gilts?|bunds?|yields?|maturit(?:y|ies)|swaps?|futures"
    r"|alumin(?:i?um)|copper|nickel|zinc|libor|sofr|euribor|breakevens?)\b",
    re.I)
_HYPHENED_SPAN = re.compile(r"[-‐][ \u00a0]?(?:year|month|week|day)$", re.I)


#: Words of belief, backing or verdict after a whole share ("100% sure", "110 percent behind him",
#: "100 percent wrong"): how firmly, not a share of anything. Read after the finished quantity
#: (:data:`_CONVICTION_AFTER`) and while it is read (:data:`_ATTITUDE_AFTER`).
_FIRMLY_WORDS = (r"sure|certain|confident|convinced|committed|dedicated|focused|behind|serious|honest|right|wrong"
                 r"|correct|true|understood|satisfied")
#: After "100 percent": a word of :data:`_FIRMLY_WORDS`, or of faking, agreeing, recommending or
#: guaranteeing ("100% fake", "I 100% agree").
_CONVICTION_AFTER = re.compile(
    rf"[ \u00a0]+(?:{_FIRMLY_WORDS}|fake|agree[sd]?|recommend(?:s|ed)?|guaranteed)\b", re.I)
#: A word of change or comparison: a percent after it is a rise or a fall ("rose, in all, 100%.").
_CHANGE_WORD = re.compile(r"\b(?:ris\w*|rose|grow\w*|grew|jump\w*|increas\w*|surg\w*|soar\w*|climb\w*|fell|fall\w*"
                          r"|drop\w*|declin\w*|gain\w*|up|down|more|less|higher|lower|by)\b", re.I)
#: Before "100 percent": agreeing or backing ("I agree 100%", "agree with this 100%", "backs him 100
#: percent"); or a "not" (``_NOT_BEFORE``) when the clause ends on the share ("close, but not 100%.").
_CONVICTION_BEFORE = re.compile(r"\b(?:(?:agree[sd]?|agreeing)(?:\s+with\s+\w+)?|(?:back|support)(?:s|ed|ing)?(?:\s+\w+){1,2})"
                                r"[ \u00a0]+$", re.I)
_NOT_BEFORE = re.compile(r"\b(?:is|was|are|were|but|and|yet)[ \u00a0]+not[ \u00a0]+$", re.I)


def _percent_of_conviction(text: str, q: Quantity) -> bool:
    """Is a percent of 100 or more a way of saying how firmly ("100% sure", "It was 100 percent
    wrong", "I agree 100%", "..., 1,000%." ending its sentence after a comma), not a share? A
    change ("rose 100%"), a share of a noun ("100% of", "100% renewable power") stays."""
    if q.unit != "%" or q.low is None or q.low != q.high or q.low < 100:
        return False
    if _CONVICTION_AFTER.match(text, q.end) or _CONVICTION_BEFORE.search(text, max(0, q.start - 30), q.start):
        return True
    if _NOT_BEFORE.search(text, max(0, q.start - 12), q.start) and re.match(r"[ \u00a0]*(?:[.!?;,)\"”’]|$)", text[q.end:q.end + 2]):
        return True  # "it is close, but not 100%."
    clause = re.split(r"[.!?\n]\s", text[max(0, q.start - 200):q.start])[-1]
    return bool(re.search(r",[ \u00a0]*$", clause) and re.match(r"[.!]", text[q.end:q.end + 1])
                and not _CHANGE_WORD.search(clause))


def _maturity_name(text: str, q: Quantity) -> bool:
    """Is ``q`` ("10-year", "three-month") the name of a security or contract by the time it
    runs ("the 10-year note yields 1.8%"), not a span of time a text reports?"""
    return q.unit in ("year", "month", "week", "day") and q.low == q.high \
        and _HYPHENED_SPAN.search(q.text) is not None and _MATURITY_AFTER.match(text, q.end) is not None


def _numbered_label(text: str, start: int, end: int, raw: str, before: str) -> bool:
    """Is a number in digits the label of a stage or a place rather than a count? A capitalised
    stage word names one ("their Week 11 game", "Round 3 starts"; "last week 300 people" counts
    people); a generic place noun names one ("fighting in area 55", "homes in zone 3") unless a
    unit after the number makes it a size ("a zone 20 miles wide")."""
    if not raw[:1].isdigit():
        return False
    if _CAPITALISED_STAGE_BEFORE.search(before):
        return True
    return bool(_PLACE_LABEL_BEFORE.search(before)) and _unit_after(text, end)[0] is None \
        and not re.match(r"\s*(?:%|per\s?cent\b|percent\b)", text[end:end + 10], re.I)


#: Units of time after which "over" may tell when rather than how long at least.
_PERIOD_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century"})
_OVER = re.compile(r"over\s+", re.I)
#: What after a period makes "over" a lower bound still: "over nine years old", "over a year ago".
_BOUND_PERIOD_AFTER = re.compile(r"\s*(?:old|of\s+age|ago|earlier|later|before|after|since)\b", re.I)
#: Words between a figure and "over" that make the period its length: "paid for over a year".
_LENGTH_WORDS = frozenset("""for in of after than at to by within since spent spend took take takes lasted
last lasts lasting served serve is was are were been be being but old aged""".split())


def _over_as_during(text: str, q: Quantity, found: list[Quantity]) -> Quantity:
    """"Over" and a period after a change, or after another figure and at most four words of
    what it counts, tells the period it took, not a lower bound: "sales grew over five years",
    "a loan of $900 over three years", "wrote 80 poems and essays over six years" are each the
    period; "worked there for over five years" and "over a year ago" stay bounds."""
    m = _OVER.match(q.text)
    if not m or q.high is not None or q.low is None or q.unit not in _PERIOD_UNITS:
        return q
    if _BOUND_PERIOD_AFTER.match(text, q.end):
        return q
    before = text[max(0, q.start - 60):q.start]
    during = bool(_CHANGE_BEFORE_OVER.search(before))
    if not during:
        prev = max((p for p in found if p.end <= q.start), key=lambda p: p.end, default=None)
        gap = text[prev.end:q.start] if prev is not None else ""
        words = gap.split()
        during = prev is not None and len(words) <= 4 and re.fullmatch(r"[\sA-Za-z'’-]*", gap) is not None \
            and all(w.islower() and w not in _LENGTH_WORDS for w in words) \
            and (not words or words[-1] not in ("and", "or"))
    if not during:
        return q
    start = q.start + m.end()
    # the period read again without "over": "over 2-3 weeks" is the range of 2 to 3 weeks
    again = [p for p in _iter_quantities(text[start:q.end], None) if p.start == 0 and p.end == q.end - start]
    if len(again) != 1 or again[0].unit != q.unit or again[0].low != q.low or again[0].high is None:
        return q
    return Quantity(text[start:q.end], start, q.end, again[0].low, again[0].high, q.approx or again[0].approx, q.unit)


_AND_BETWEEN = re.compile(r"\s+and\s+$", re.I)
_BARE_NUMBER = re.compile(rf"(?:[$€£]\s?)?(?:{_NUM})", re.I)
#: Words of the noun phrase a bound's first count heads ("more than 400 firefighters from the
#: county and 60 ..."): no verb, no punctuation, none of a clause.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "PART", "CCONJ"})


def _round(v: float | None) -> bool:
    """Is ``v`` a round figure (a multiple of ten, at least 10), the kind a bound is told of?"""
    return v is not None and v >= 10 and v % 10 == 0


def _distributed_bounds(text: str, found: list[Quantity], doc: Doc | None) -> list[Quantity]:
    """A bound before coordinated counts covers each of them: in "more than 400 firefighters
    and 60 trucks", "more than" bounds the 60 too. Only for a bare, round second count (not
    "exactly 60", "about 60"; "more than 60 drones and 4 missiles" counts 4) with the first's
    unit, joined by "and" to the first's noun phrase; a verb between them makes two clauses
    ("more than 400 firefighters came and 60 left"), and without the parse the phrase cannot
    be told from a clause, so nothing is distributed."""
    if doc is None:
        return found
    out = list(found)
    for i in range(1, len(out)):
        q1, q2 = out[i - 1], out[i]
        if q1.approx or (q1.low is None) == (q1.high is None) or q2.approx or q2.low != q2.high \
                or q2.unit != q1.unit or not _round(q2.low):
            continue
        bare = _BARE_NUMBER.match(q2.text)
        if bare is None or bare.start() != 0:
            continue
        between = text[q1.end:q2.start]
        joint = _AND_BETWEEN.search(between)
        if joint is None or joint.start() == 0 or len(between) > 60 or any(c in between for c in ",;:()\n"):
            continue
        span = doc.char_span(q1.end, q1.end + joint.start(), alignment_mode="expand")
        if span is None or not len(span) or not all(t.pos_ in _PHRASE_POS or t.is_space for t in span) \
                or span[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        after = text[q2.end:q2.end + 30]
        if not re.match(r"\s*[a-z]", after):
            continue  # "more than 400 firefighters and 60": no noun counted after the second
        out[i] = Quantity(q2.text, q2.start, q2.end, q2.low if q1.low is not None else None,
                          q2.high if q1.high is not None else None, False, q2.unit)
    return out


#: What makes a comma and space inside digits a list or a date, not thousands: a month
#: before ("May 9, 300 people"), a number of a list before or after ("101, 102 and 103").
_SPACED_LIST_AFTER = re.compile(r",\s*\d|\s+(?:and|or|&)\s+\d{1,3}(?!\d|, \d{3})", re.I)
_SPACED_LIST_BEFORE = re.compile(r"\d\s*,\s*$")
#: What may follow a decimal read across a point and a space: a unit or a lower-case word
#: ("2. 1 steals", "7. 2 percent", "a 6. 1-magnitude quake"), a unit glued to it ("1. 28Tb");
#: a capital after a space starts a sentence ("won 7. 3 Others ...").
_SPACED_DECIMAL_AFTER = re.compile(r"\s*(?:%|[a-z])|-[a-z]|[A-Za-z]")


def _spaced_misread(text: str, start: int, end: int) -> bool:
    """Is a number read across a separator and a space (:data:`_SPACED`: "30, 000", "2. 1")
    really two, a list ("rooms 101, 102 and 103"), a date and a count ("May 9, 300 people"),
    a sentence end ("in 7. 12 people")? False when ``text[start:end]`` is no such reading."""
    sp = _SPACED_RE.match(text, start)
    if sp is None or sp.end() > end:
        return False
    before = text[max(0, start - 12):start]
    if "," in sp.group(0):
        return bool(_MONTH_BEFORE.search(before) or _SPACED_LIST_BEFORE.search(before)
                    or _SPACED_LIST_AFTER.match(text, sp.end()))
    return not _SPACED_DECIMAL_AFTER.match(text, sp.end()) or not text[_line_start(text, start):start].strip()


_FROM_NOW = re.compile(r"\s+from\s+(?:now|today|tonight|tomorrow)\b", re.I)
#: The unit codes of lengths of time (a decade or a century is read in years).
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


#: "in seven days' time", "in a week's time": a point in time ahead, told from the day of writing.
_TIME_HENCE_AFTER = re.compile(r"['’]s?[ \u00a0]+time\b", re.I)
_IN_BEFORE = re.compile(r"\bin[ \u00a0]+$", re.I)


_FILE_UNITS = frozenset({"KB", "MB", "GB", "TB"})
#: The kind of a file told beside its size in a link ("(2 MB PDF)", "(PDF, 19kb)").
_FILE_KIND = r"(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|CSV|TXT|RTF|EPUB|MP3|MP4|JPE?G|PNG|file)"
_FILE_SIZE_BEFORE = re.compile(rf"\([ \u00a0]*(?:{_FILE_KIND}[ \u00a0]*,?[ \u00a0]*)?$", re.I)
_FILE_SIZE_AFTER = re.compile(rf"[ \u00a0]*(?:,?[ \u00a0]*({_FILE_KIND}))?[ \u00a0]*\)", re.I)
_DOWNLOAD_BEFORE = re.compile(r"\b(?:download\w*|click|attachment|attached)\b[^.!?\n]*$", re.I)


def download_size(text: str, q: Quantity) -> bool:
    """Is ``q`` the size of a file a link offers ("Download the form (19kb)", "the guide (2 MB
    PDF)"): a size in bytes alone in brackets, with the file's kind beside it or a download named
    before it in its sentence? Page apparatus, not a figure; a size told in prose ("the archive
    held 19 GB", "(a file of 2 MB)") or a device's limit ("a card slot (up to 1TB)") stays."""
    if q.unit not in _FILE_UNITS or not _FILE_SIZE_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False
    after = _FILE_SIZE_AFTER.match(text, q.end)
    if after is None:
        return False
    kind = after.group(1) is not None or re.search(rf"{_FILE_KIND}[ \u00a0]*,?[ \u00a0]*$",
                                                   text[max(0, q.start - 12):q.start], re.I) is not None
    return kind or bool(_DOWNLOAD_BEFORE.search(text, max(0, q.start - 150), q.start))


def _time_from_now(text: str, q: Quantity) -> bool:
    """ "two weeks from now", "a year from today", "in seven days' time": a point in time, told
    from the day of writing, not a figure of the story; "a day to remember": an occasion."""
    if q.unit not in TIME_UNITS:
        return False
    hence = _TIME_HENCE_AFTER.match(text, q.end) and _IN_BEFORE.search(text, max(0, q.start - 5), q.start)
    return bool(_FROM_NOW.match(text, q.end) or hence or _one_time_when(text, q) or _occasion(text, q)
                or _dates_a_comparison(text, q))


#: A copula before a single unit of time said of what it was: "it was a day about family".
_COPULA_IT_BEFORE = re.compile(r"\b(?:is|was|will\s+be|would[ \u00a0]+be)[ \u00a0]+(?:it[ \u00a0]+|this[ \u00a0]+|that[ \u00a0]+)?$", re.I)
_OCCASION_AFTER = re.compile(r"[ \u00a0]+(?:to|about|of|like)\b", re.I)


def _occasion(text: str, q: Quantity) -> bool:
    """ "It was a day about the family", "Was it a day to show support?": the day as an
    occasion, no length of time (not "the delay was a day", nor "it took a day to fix")."""
    return q.low == q.high == 1 and bool(re.fullmatch(r"(?:an?|one)\s+(?:day|night|week|year)", q.text, re.I)) \
        and bool(_COPULA_IT_BEFORE.search(text, max(0, q.start - 20), q.start)) and bool(_OCCASION_AFTER.match(text, q.end))


#: A single unit of time that a relative clause dates: "a year when sales fell", "one day in which".
_WHEN_AFTER = re.compile(r"\s+(?:when|in\s+which|during\s+which)\b", re.I)


#: A relative clause of "that", "which" or "where" after a single unit of time: "a day that
#: reflects you", "a year where wages rise".
_THAT_AFTER = re.compile(r"[ \u00a0]+(?:that|which|where)\b", re.I)
#: Before a single unit of time: what makes it a length even with a clause after it ("it took a
#: day that felt endless", "for a year that", "spent a week which").
_LENGTH_VERB_BEFORE = re.compile(
    r"\b(?:for|over|within|in|after|took|takes?|taking|spen[dt]s?|spending|lasted|lasts?|lasting|waited|waits?"
    r"|waiting|needed|needs?|only|just|about|nearly|almost|than|least|most)[ \u00a0]+$", re.I)


def _one_time_when(text: str, q: Quantity) -> bool:
    """ "a year when prices rose", "one night when the lights failed", "planning a day that
    suits you": which year or night, a point in time or an occasion, not a length of time ("it
    took a day that felt endless" stays a length)."""
    if q.low != q.high or q.low != 1 or not re.fullmatch(r"(?:an?|one)\s+\w+", q.text, re.I):
        return False
    if _WHEN_AFTER.match(text, q.end):
        return True
    return bool(_THAT_AFTER.match(text, q.end)) and not _LENGTH_VERB_BEFORE.search(text, max(0, q.start - 20), q.start)


#: After a single unit of time: "ago" or "earlier", maybe joined by a hyphen ("a year-earlier loss").
_AGO_EARLIER_AFTER = re.compile(r"(?:[ \u00a0]+|[-\u2010])(?:ago|earlier)\b", re.I)
#: Before "a year ago": the base a change or a comparison is told from ("up 9% from a year ago",
#: "compared with a year earlier", "higher than a year ago", "versus a year earlier"), or a
#: figure told with its share and a comma that it dates ("$7 million, or 43 cents a share, a year
#: earlier"; "rising from nine a year ago").
_DATED_BASE_BEFORE = re.compile(
    r"(?:\b(?:from|than|with|versus|vs\.?)|\ban?[ \u00a0]+(?:share|unit)[ \u00a0]*,|\d%?,?|\d[ \u00a0]*(?:percent|cents?),?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)"
    r"[ \u00a0]*,?)[ \u00a0]*$", re.I)
#: A clause that opens with "A year ago," or "A year earlier,": it dates the figures told after it.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*$")
_DATED_OPENER_AFTER = re.compile(r"[ \u00a0]+(?:ago|earlier),[^.!?\n]*?\d")


def _dates_a_comparison(text: str, q: Quantity) -> bool:
    """ "a year ago", "a year earlier" as the base of a comparison ("sales fell 8% from a year
    ago", "costs were higher than a year earlier"), as the date of a figure told just before it
    ("a loss of $6 million, or 17 cents a share, a year ago"), as a word that dates a noun ("a
    year-earlier loss"), or opening a clause of figures ("A year earlier, sales were $3
    million"): when the figures held, not a length of time of its own ("she moved here a year
    ago" stays one)."""
    if q.low != q.high or q.low != 1 or not re.fullmatch(r"(?:an?|one)\s+\w+", q.text, re.I):
        return False
    after = _AGO_EARLIER_AFTER.match(text, q.end)
    if after is None:
        return False
    if text[q.end] in "-\u2010":
        return True
    if _DATED_BASE_BEFORE.search(text, max(0, q.start - 30), q.start):
        return True
    return bool(_CLAUSE_OPENS_BEFORE.search(text, max(0, q.start - 3), q.start) or q.start == 0) \
        and _DATED_OPENER_AFTER.match(text, q.end) is not None


#: Where a number in words goes on after its multiplier: "five hundred and thirty", "three
#: million, two hundred & forty", "one hundred fifty".
_WORDS_GO_ON = re.compile(r"\s+(?:and|&)\s+|,\s+|\s+", re.I)
_LAST_MULTIPLIER = re.compile(r"(hundred|thousand|million|billion|trillion)\s*$", re.I)


def _joined_number_words(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join a number in words that ends in a multiplier with the smaller number in words read
    right after it ("five hundred" + "and thirty" -> 530; "a hundred and two" -> 102). Only
    plain counts join, and only when the second is below the first's last multiplier (never
    "between one hundred and two hundred")."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        if prev is not None and q.unit is None and prev.unit is None and not q.approx \
                and prev.low is not None and prev.low == prev.high and q.low is not None and q.low == q.high \
                and q.text[:1].isalpha() and prev.text[:1].isalpha():
            m = _LAST_MULTIPLIER.search(prev.text)
            gap = text[prev.end:q.start]
            if m and _WORDS_GO_ON.fullmatch(gap) and q.low < _MULT[m.group(1).lower()]:
                v = prev.low + q.low
                out[-1] = Quantity(text=text[prev.start:q.end], start=prev.start, end=q.end,
                                   low=_clean(v), high=_clean(v), approx=prev.approx, unit=None)
                continue
        out.append(q)
    return out


#: Between the units and the hundredths of an amount: "4 dollars 20 cents", "3 euros and 80".
_MONEY_GOES_ON = re.compile(r"\s+(?:and\s+)?", re.I)
#: What may follow hundredths told without their unit: the end of the clause.
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)])")


_CODE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _CURRENCY_WORD) + r")\s*$", re.I)


def _joined_money(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join an amount whose currency is written after it with its hundredths right after:
    "4 dollars 20 cents" and "3 euros and 80." are 4.20 and 3.80; "12 USD 40" is 12.40.

    The first part is a single amount with its currency word or code after the number; the
    second a number from 1 to 99, in cents, or bare at the end of its clause (never a count of
    something: "10 dollars and 50 people" stays two quantities)."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        if prev is not None and prev.unit in _CURRENCY_CODES and prev.low is not None \
                and prev.low == prev.high and prev.text[-1:].isalpha() and q.low is not None \
                and q.low == q.high and 1 <= q.low < 100 and q.low == int(q.low) and not q.approx \
                and not _CODE_BEFORE.search(text, 0, prev.start):  # "rmb 30 usd 40": two amounts
            overlap = q.start < prev.end and q.unit == prev.unit  # "12 USD 40": the code read twice
            gap = text[prev.end:q.start] if not overlap else " "
            bare = q.unit is None and bool(_CLAUSE_END.match(text, q.end))
            if (overlap or bare or q.unit == "cent") and _MONEY_GOES_ON.fullmatch(gap):
                v = prev.low + q.low / 100
                out[-1] = Quantity(text=text[prev.start:q.end], start=prev.start, end=q.end,
                                   low=_clean(v), high=_clean(v), approx=prev.approx, unit=prev.unit)
                continue
        out.append(q)
    return out


#: A larger unit and the next smaller one, told together ("2 hours 40 minutes", "6 feet 2
#: inches"), and how many of the smaller one the larger holds: the sum is kept in the smaller.
_UNIT_PAIRS = {("day", "hour"): 24, ("hour", "minute"): 60, ("minute", "second"): 60, ("ft", "in"): 12}
_UNITS_GO_ON = re.compile(r"\s+(?:and\s+)?|,\s+")


def _exact(q: Quantity) -> bool:
    return q.low is not None and q.low == q.high


def _joined_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join a length of time or space told in two units into one: "2 hours 40 minutes" is 160
    minutes, "6 feet, 2 inches" 74 inches; both parts exact, the second smaller than the
    larger unit."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        per = _UNIT_PAIRS.get((prev.unit, q.unit)) if prev is not None else None
        if per and _exact(prev) and _exact(q) and not q.approx and 0 <= q.low < per \
                and _UNITS_GO_ON.fullmatch(text[prev.end:q.start]):
            v = prev.low * per + q.low
            out[-1] = Quantity(text=text[prev.start:q.end], start=prev.start, end=q.end,
                               low=_clean(v), high=_clean(v), approx=prev.approx, unit=q.unit)
            continue
        out.append(q)
    return out


_RATIO_PART = r"\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten"
#: A ratio: "1 in 5 voters", "one in every 500 users", "one in a million"; not "2 in 10 minutes"
#: nor "3 in 2019".
_RATIO = re.compile(
    rf"(?<![\d.,][-–])\b({_RATIO_PART})\s+in\s+(?:every\s+)?({_RATIO_PART}|a\s+(?:hundred|thousand|million|billion)"
    rf"|(?:\d{{1,3}}|one|ten|a)\s+(?:hundred|thousand|million|billion))\b(?![.,]\d)"
    r"(?!\s*(?:-|years?|months?|weeks?|days?|hours?|minutes?|seconds?|%|percent|per\s*cent)\b)", re.I)


#: A share told "out of" ten or a hundred before the plural noun it shares ("six out of 10
#: nurses", "three out of ten shops"); not a mark on a scale ("rated 6 out of ten for speed", "9 out
#: of 10 stars"), nor a count out of a total that is no round base ("14 out of 23 seats").
_OUT_OF_SHARE = re.compile(
    rf"(?<![\d.,][-–])\b({_RATIO_PART})\s+out\s+of\s+(?:every\s+)?(10|ten|100|a\s+hundred)\b(?![.,]\d)"
    r"(?=\s+(?:[a-z-]+\s+)?(?!(?:stars|points|marks|votes)\b)[a-z-]+s\b)", re.I)


def ratios(text: str) -> Iterator[Quantity]:
    """Ratios read as one share, in percent: "1 in 5 voters" (20), "about one in every 500
    users" (0.2, approximate), "one in a million" (0.0001), "six out of 10 nurses" (60);
    the first part smaller."""
    for m in _OUT_OF_SHARE.finditer(text):
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b is not None and 0 < a < b:
            v = _clean(100 * a / b)
            yield _bounded(text, m.start(), m.end(), v, v, False, "%")
    for m in _RATIO.finditer(text):
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is None or b is None or not 0 < a < b or re.fullmatch(r"(?:1[89]|20)\d\d", m.group(2)):
            continue
        if re.fullmatch(r"one\s+in\s+a\s+(?:million|billion)", m.group(0), re.I):
            continue  # "one in a million": an idiom
        v = _clean(100 * a / b)
        yield _bounded(text, m.start(), m.end(), v, v, False, "%")


#: Between the alternatives of a list: "$90, $120 or $150", "six, or 8 weeks".
_LIST_COMMA = re.compile(r",\s+")
_LIST_OR = re.compile(r",?\s+or\s+")


#: What joins the sides of a size: "13 by 17 inches", "5 x 3 x 2 cm", "4×6 ft".
_BY_SIDE = re.compile(r"[ \u00a0]*(?:by|x|×|X)[ \u00a0]*")
#: Units of length a size's last side may carry for all its sides.
_SIDE_UNITS = frozenset({"in", "ft", "m", "cm", "mm", "km", "mi", "yd"})


def size_sides(text: str, found: list[Quantity]) -> set[int]:
    """The starts of the quantities of ``found`` (in text order) that are sides of a size ("9 x
    5 x 5 ft", "13 by 17 inches"): joined by "x" or "by" to the quantity before or after."""
    sides: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        if _BY_SIDE.fullmatch(text[a.end:b.start]):
            sides.update((a.start, b.start))
    return sides


def _dimensions(text: str, found: list[Quantity]) -> list[Quantity]:
    """The sides of a size told once with its unit ("roughly 13 by 17 inches", "6.2 x 2.3 x 1.6
    inches"): the sides before the last, with no unit of their own, take the last's unit of
    length. Each side stays a figure of its own; a product with no unit ("3 x 4") is left."""
    qs = sorted(found, key=lambda q: q.start)
    out = list(qs)
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and _BY_SIDE.fullmatch(text[qs[j].end:qs[j + 1].start]):
            j += 1
        unit = qs[j].unit
        if j > i and unit is None and text[qs[j].end:qs[j].end + 1] in ("”", "″", '"'):
            unit = "in"  # "19.5 by 27.5”": an inch mark after the last side
            out[j] = replace(qs[j], unit=unit)
        if j > i and unit in _SIDE_UNITS:
            for k in range(i, j):
                if qs[k].unit is None:
                    out[k] = replace(qs[k], unit=unit)
        i = j + 1
    return out


#: Between the numbers of a list: a comma, maybe "and" or "or" after it ("1, 2, and 5 miles").
_LIST_SEP = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+", re.I)
#: Units a list's last number may lend to the bare numbers before it: lengths, weights, spans of time.
_LISTED_UNITS = _SIDE_UNITS | frozenset({"kg", "g", "lb", "t", "oz", "hour", "minute", "second", "day", "week",
                                         "month", "year", "%"})


def listed_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A list of three or more numbers told with one unit after the last ("ran 1, 2, and 5 miles",
    "after 10, 20 and 30 minutes"): the bare numbers before take the last one's unit. Two numbers
    (a span or alternatives, read elsewhere) and a list whose last number has no unit stay."""
    qs = sorted(found, key=lambda q: q.start)
    out = list(qs)
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and qs[j].low == qs[j].high and qs[j].low is not None \
                and _LIST_SEP.fullmatch(text[qs[j].end:qs[j + 1].start]):
            j += 1
        unit = qs[j].unit
        if j - i >= 2 and unit in _LISTED_UNITS and "," in text[qs[i].end:qs[j].start] \
                and all(q.unit in (None, unit) for q in qs[i:j]):
            for k in range(i, j):
                out[k] = replace(qs[k], unit=unit)
        i = j + 1
    return out


#: Between an amount per share and a bare amount it is compared with: "a share from", "a share,
#: compared with", "a share versus".
_PER_SHARE_THEN_BASE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:from|to|versus|vs\.?|against|compared[ \u00a0]+(?:with|to))[ \u00a0]+$", re.I)


def shared_per_share(text: str, found: list[Quantity]) -> list[Quantity]:
    """An amount told per share and, right after it, the amount it is compared with, told bare
    ("lowered the forecast to $4.50 a share from $5.20", "72 cents a share, compared with 58 cents"): the
    second is per share too. A scaled amount ("from $3 million") is a total, not per share."""
    qs = sorted(found, key=lambda q: q.start)
    out = list(qs)
    for k in range(1, len(qs)):
        prev, q = qs[k - 1], qs[k]
        if not prev.unit or not prev.unit.endswith("/share") or q.unit != prev.unit.split("/")[0]:
            continue
        if re.search(r"(?:million|billion|trillion|\d[mbk]n?)\b", q.text, re.I):
            continue
        if _PER_SHARE_THEN_BASE.fullmatch(text[prev.end:q.start]):
            out[k] = replace(q, unit=prev.unit)
    return out


#: A height in feet and inches ("6'1", "5’10”"): feet 3 to 8, inches 0 to 11.
_FEET_INCHES = re.compile(r"(?<![\d.,])([3-8])[\'’′][ \u00a0]?(1[01]|\d)(?:[\"”″]|\'\'|’’)?(?![\d]|[.,]\d)")


def feet_and_inches(text: str, found: list[Quantity]) -> list[Quantity]:
    """A height told in feet and inches ("I am 6'1", "a 5’10” guard"): one length in inches (73,
    70), not two counts of 6 and 1; a number with a prime after it ("10′ long boards") is feet."""
    out = list(found)
    for m in _FEET_INCHES.finditer(text):
        inside = [q for q in out if q.start < m.end() and m.start() < q.end]
        if not inside or any(q.unit is not None for q in inside) or any(q.end > m.end() + 1 for q in inside):
            continue
        v = float(int(m.group(1)) * 12 + int(m.group(2)))
        first = inside[0]  # "up to 6’7”": the bound read with the feet is the height's
        low = None if first.low is None else v
        high = None if first.high is None else v
        start = min(first.start, m.start())
        out = [q for q in out if q not in inside] + [Quantity(text[start:m.end()], start, m.end(), low, high,
                                                              first.approx, "in")]
    out = [replace(q, text=q.text + "′", end=q.end + 1, unit="ft")
           if q.unit is None and q.low == q.high and text[q.end:q.end + 1] == "′" and not text[q.end + 1:q.end + 2].isdigit()
           else q for q in out]  # "10′ long boards": a prime after a number is feet
    return sorted(out, key=lambda q: q.start)


#: A number and a comma right before another number, the pair told as a rough span ("the last
#: 80, 90 years", "four, five days"), with nothing of a list before it.
_COMMA_SPAN_BEFORE = re.compile(rf"(?<![\d,.])(?<![\d,.]\s)(?<!,\s\s)(\d{{1,4}}|\b{_WORDNUM})[ \u00a0]*,[ \u00a0]+$", re.I)
#: A list going on after the pair's second number: ", 80", "and 90", "or 5".
_LIST_GOES_ON = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or|&)[ \u00a0]+)?|[ \u00a0]+(?:and|or|&)[ \u00a0]+)"
                           r"(?:\d|\b(?:" + _WORDNUM + r")\b)",
                           re.I)


def _comma_spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read a spoken rough span of two numbers joined by a comma as one approximate range: "the
    last 80, 90 years" is about 80..90 years, "two, three days" about 2..3 days (the
    second is one step above the first: one below ten, ten or five above). A list of three or
    more ("40, 50 and 60 years"), steps of another size ("20, 45 minutes") and a second number
    without a unit or a counted noun stay apart."""
    out = list(found)
    for q in found:
        if q.low is None or q.low != q.high or q.low <= 0 or not q.low.is_integer():
            continue
        if q.unit is None and not _PLURAL_AFTER.match(text, q.end) \
                and not re.match(r"[ \u00a0]+(?:people|men|women|children)\b", text[q.end:q.end + 12], re.I):
            continue
        m = _COMMA_SPAN_BEFORE.search(text, max(0, q.start - 20), q.start)
        head = re.match(r"[\d.,]+|[a-z]+", q.text.lstrip("~"), re.I)
        if m is None or head is None or q.text.lower().startswith(("about", "over", "under", "more", "up")) \
                or _MONTH_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)) \
                or _ID_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) \
                or _STAGE_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue  # "On May 3, 4 people died", "by day 3, 4 had left": a date or a label, then a count
        first = parse_number(m.group(1))
        step = q.low - first if first is not None else 0
        if not (step == 1 and q.low <= 10 or step in (5, 10) and first >= 10):
            continue
        if _LIST_GOES_ON.match(text, q.end):
            continue
        start = m.start(1)
        out = [x for x in out if x is not q and not (x.start < q.start and x.end > start)]
        out.append(Quantity(text[start:q.end], start, q.end, first, q.high, True, q.unit))
    return sorted(out, key=lambda x: x.start)


def _joined_alternatives(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read alternatives that rise as one approximate range: "$90, $120 or $150" is
    90..150 USD, "six, or 8 weeks" 6..8 weeks. Each alternative is exact and
    has the unit of the last (or none, the last giving it for all; the last alone may carry
    a rate's denominator: "$90, $120 or $150 a night")."""
    qs = sorted(found, key=lambda q: q.start)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and _LIST_COMMA.fullmatch(text[qs[j].end:qs[j + 1].start]):
            j += 1
        k = j + 1
        group = qs[i:k + 1]
        if k < len(qs) and _LIST_OR.fullmatch(text[qs[j].end:qs[k].start]) \
                and all(_exact(q) and not q.approx for q in group) \
                and all(q.unit in (None, group[-1].unit, (group[-1].unit or "").split("/")[0]) for q in group) \
                and all(a.low < b.low for a, b in zip(group, group[1:], strict=False)):
            last = group[-1]
            out.append(Quantity(text=text[group[0].start:last.end], start=group[0].start, end=last.end,
                                low=group[0].low, high=last.high, approx=True, unit=last.unit))
            i = k + 1
            continue
        out.append(qs[i])
        i += 1
    return out


_ORDINAL_COUNT = re.compile(
    rf"\b(?:(\d{{1,3}}(?:,\d{{3}})*)(?:st|nd|rd|th)|({'|'.join(_ORDINALS)}))(?:-|\s+)"
    rf"(?:(?:[A-Za-z][\w-]*)\s+){{0,2}}?(?:{_COUNTED_BY_ORDINAL})\b", re.I)


#: A period of a game told by its ordinal: "in the fourth quarter", "a third-period goal", "early in
#: the second half" (not "the second half of the decade": a part of a named whole).
_GAME_PERIOD = re.compile(
    rf"\b(?:the|a|an)\s+(?:(\d)(?:st|nd|rd|th)|(first|{'|'.join(_ORDINALS)}))[\s-]+(quarter|period|half)\b(?![\s-]+of\b)",
    re.I)
#: Words of a game in a sentence: what makes "the fourth quarter" a period of play.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|goals?|points|scor\w*|led|leads?|lead|trail\w*|game|match|baskets?"
    r"|intercept\w*|punts?|quarterbacks?|rebounds?|assists?|rall(?:y|ied)|comeback|overtime|halftime|tied"
    r"|penalt(?:y|ies)|power[\s-]play|three-pointers?|free\s+throws?|yards?|sacks?|fumbles?|saves?)\b", re.I)
#: Words of money and the economy in a sentence: "the fourth quarter" is then a quarter of a year.
_ECONOMY_WORDS = re.compile(
    r"[%$€£¥]|\b(?:profits?|earnings|revenues?|sales|fiscal|GDP|econom\w*|growth|quarterly|results|shares"
    r"|stocks?|investors?|percent|per\s+cent|index|markets?|inflation|output|deficit|analysts?|prices?"
    r"|unemployment|jobless|budget|company|companies|firms?|banks?|sold|sells?|selling|tickets?|year-end)\b", re.I)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: from the last full stop, question or
    exclamation mark, or line break before it to the next one after it."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left:min(ends) if ends else len(text)]


def game_periods(text: str) -> Iterator[Quantity]:
    """The period of a game at which something happened, told by its ordinal: "scored in the
    fourth quarter" (4), "a second-period goal" (2). A quarter, period or half counts only in a
    sentence of a game and of no money or economy ("profit rose in the fourth quarter" is a
    date). (The half of an inning told without the word, "in the top of the sixth", is
    left out: the dev events' scorer reads no ordinal in words, so those true innings count
    against its precision.)"""
    for m in _GAME_PERIOD.finditer(text):
        sentence = _sentence_at(text, m.start(), m.end())
        if not _GAME_WORDS.search(sentence) or _ECONOMY_WORDS.search(sentence):
            continue
        g = 1 if m.group(1) else 2
        v = float(m.group(1)) if m.group(1) else float(1 if m.group(2).lower() == "first" else _ORDINALS[m.group(2).lower()])
        if m.group(3).lower() == "half" and v > 2:
            continue  # "the third half": no half of a game
        yield Quantity(m.group(g), m.start(g), m.end(g), v, v)


#: "of" between an ordinal and a noun it could count: a part of a whole ("the top third of the frame").
_OF_BETWEEN = re.compile(r"\sof\s", re.I)
#: The noun an ordinal counts joined to it by a hyphen ("the 10th-inning double"); another word
#: joined ("an 18th-century novel", "a second-hand book") makes one word with it, no count of the noun after.
_COUNTED_RIGHT_AFTER = re.compile(rf"-(?:{_COUNTED_BY_ORDINAL})\b", re.I)
#: A superlative after an ordinal: "second-best", "third largest", "fourth most": a rank.
_RANK_BETWEEN = re.compile(r"[\s-](?:best|worst|most|least|[a-z]+est)[\s-]", re.I)
_HALF_BEFORE = re.compile(r"\bhalf[ -]$", re.I)
#: Half of a whole, a share: "half of the voters", "more than half the budget" (50 %).
_HALF_SHARE = re.compile(
    r"\bhalf\b(?=\s+(?:of\s+)?(?:the|all|its|their|his|her|our|those|these|them|voters|people)\b)", re.I)
#: A half that is a part of a sequence or a place, not a share: "the latter half of the decade".
_PART_BEFORE_HALF = re.compile(
    r"\b(?:first|second|latter|former|back|front|top|bottom|other|better|the|a|an|one)[\s-]+$", re.I)
#: A half that is a figure of speech: "only half the story", "half the battle", "half the fun":
#: a part of an account or a task, no share of anything counted.
_HALF_IDIOM_AFTER = re.compile(r"\s+(?:of\s+)?the\s+(?:story|battle|fun|equation|picture)\b", re.I)


#: A span of time "several" counts, right after it: "several months", "several decades"; not
#: a span joined to the next word ("several years-old samples"), nor an offset from a moment
#: told before ("several days later", "several weeks ago"), left without its unit so that the
#: alignment does not join it to other offsets (see tests/extract/test_quantities.py).
_SEVERAL_SPAN = re.compile(
    r"(decades|years|months|weeks|days|hours|minutes)\b(?![-‐])(?!\s+(?:later|earlier|ago|before|after|on)\b)",
    re.I)


def _vague_span(text: str, m: re.Match, low: int, high: int) -> Quantity | None:
    """A vague count (``m``, of ``low``..``high``) of a unit of time right after it ("several
    months", "a couple of decades": in years, ten times the count), else None."""
    span = _SEVERAL_SPAN.match(text, m.end())
    if not span:
        return None
    unit = span.group(1).lower().rstrip("s")
    k = 10 if unit == "decade" else 1
    return _bounded(text, m.start(), span.end(), low * k, high * k, True, "year" if unit == "decade" else unit)


#: A multiple in one word ("fourfold", "a tenfold rise") or a number glued to an "x" ("3x"); the "x"
#: only before a comparison ("3x more", "2x faster", "4x as large") or after a verb of change
#: ("sales grew 4x"): "a 2x zoom", "4x4" are kinds.
_FOLD_WORD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand)fold\b",
                        re.I)
_TIMES_X = re.compile(r"(?<![\w.,$€£~])(~)?(\d+(?:\.\d+)?)x\b(?![\d×]|-[a-z])"
                      r"(?:[ \u00a0]*(?:-|–|to|and)[ \u00a0]*~?(\d+(?:\.\d+)?)x\b(?![\d×-]))?", re.I)
_COMPARED_AFTER = re.compile(r"[ \u00a0]+(?:more|less|fewer|as|the|[a-z]+er(?:[ \u00a0]+than)?)\b", re.I)
_CHANGED_BEFORE = re.compile(r"\b(?:ris\w*|rose|grow\w*|grew|jump\w*|increas\w*|surg\w*|soar\w*|climb\w*"
                             r"|doubl\w*|multipl\w*|return\w*|by)[ \u00a0]+$", re.I)


def is_multiple(text: str) -> bool:
    """Whether a quantity's text is a multiple :func:`multiples` reads ("fourfold", "3x", "~2x to ~5x")."""
    return bool(_FOLD_WORD.fullmatch(text) or _TIMES_X.fullmatch(text))


def multiples(text: str) -> Iterator[Quantity]:
    """Multiples told in one word or with a glued "x": "a fourfold rise" (4), "3x more costly" (3),
    "~2x to ~5x faster" (about 2 to 5); measured as times (extract.measure)."""
    for m in _FOLD_WORD.finditer(text):
        v = _word_value(m.group(1).lower())
        if v is not None:
            yield Quantity(m.group(0), m.start(), m.end(), v, v)
    for m in _TIMES_X.finditer(text):
        if _COMPARED_AFTER.match(text, m.end()) or _CHANGED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            low = float(m.group(2))
            high = float(m.group(3)) if m.group(3) else low  # "between ~2x and ~7x as pricey": a range
            if high >= low:
                yield Quantity(m.group(0), m.start(), m.end(), low, high, m.group(1) is not None)


def counts_in_words(text: str) -> Iterator[Quantity]:
    """Counts told without a number: "several donors" (2..9), "a week later" (1 week), "an hour
    and a half" (1.5 hours), "decades of" (20+ years), "twice" (2), "a four-time champion" (4),
    and ordinals that count ("the 45th president", "a third consecutive term", "the 10th inning",
    "for a 69th year": 69 years),
    a half that is a share ("more than half of the voters": 50 % and more).
    """
    for m in _ORDINAL_COUNT.finditer(text):
        if m.group(0).endswith("Edition"):
            continue  # "Parks: Second Edition": the name of a product, not a count of editions
        if _RANK_BETWEEN.search(m.group(0)):
            continue  # "her second-best book", "the third most watched film": a rank, not a count
        if _OF_BETWEEN.search(m.group(0)) or text.startswith("-", m.end(2) if m.group(2) else m.end(1) + 2) \
                and not _COUNTED_RIGHT_AFTER.match(m.group(0), (m.end(2) if m.group(2) else m.end(1) + 2) - m.start()):
            continue  # "the top third of the frame": a part; "an 18th-century novel": the word joined is the ordinal's
        v = float(m.group(1).replace(",", "") if m.group(1) else _ORDINALS[m.group(2).lower()])
        end = m.end(1) + 2 if m.group(1) else m.end(2)
        start = m.start()
        tens = _TENS_BEFORE.search(text, max(0, start - 10), start) if m.group(2) else None
        if tens:  # "her twenty-fifth birthday": 25, the ten before the ordinal too
            v += _word_value(tens.group(1).lower()) or 0
            start = tens.start()
        yield Quantity(text[start:end], start, end, v, v)
    for m in _ORDINAL_TIME.finditer(text):  # "for a 69th year": 69 years, this one counted
        v = float(m.group(1) or _ORDINALS[m.group(2).lower()])
        unit = m.group(3).lower()
        if unit == "decade":
            v, unit = v * 10, "year"
        start = m.start(1) if m.group(1) else m.start(2)
        yield Quantity(text[start:m.end()], start, m.end(), v, v, False, unit)
    for m in _ONE_UNIT.finditer(text):
        if _RATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "$2,000 a month", "three times a day": a rate, not a duration
        if _count_per_unit(text, m):
            continue  # "one novel a month", "six walks a week": a rate, not a duration
        if _TIME_TO_REMEMBER_AFTER.match(text, m.end()):
            continue  # "a night to remember": an idiom, no length of time
        unit, v = _UNIT_OF_ONE[m.group(1).lower()]
        start = m.start()
        halved = _HALF_BEFORE.search(text, 0, m.start())
        if halved:  # "half an hour", "half a day"
            start, v = halved.start(), v / 2
        elif "half" in m.group(0).lower():
            v += 0.5
        if unit == "hour" and v != int(v):  # "an hour and a half" is told as "a 90-minute meeting" too
            unit, v = "minute", 60 * v
        about = _OR_SO_AFTER.match(text, m.end())  # "a week or so": about a week
        more = None if about else _OR_MORE.match(text, m.end())
        if more and more.group(1).lower() in ("more", "less"):  # "a decade or more": ten years and up
            low, high = (v, None) if more.group(1).lower() == "more" else (None, v)
            yield _bounded(text, start, more.end(), low, high, False, unit)
            continue
        yield _bounded(text, start, about.end() if about else m.end(), v, v, bool(about), unit)
    for m in _BOUNDED_MINUTE.finditer(text):  # "in less than a minute"
        yield _bounded(text, m.start(1), m.end(1), 1, 1, False, "minute")
    for m in _SEVERAL.finditer(text):
        # "several months" (2..9 months), "several decades" (20..90 years)
        yield _vague_span(text, m, 2, 9) or _bounded(text, m.start(), m.start() + len("several"), 2, 9, True, None)
    for m in _A_COUPLE.finditer(text):
        # "a couple of weeks": about two weeks; "a couple of bikes": about two, what it counts
        # is the noun after "of"
        yield _vague_span(text, m, 2, 2) \
            or _bounded(text, m.start(), m.start() + len(m.group(1) or m.group(2)), 2, 2, True, None)
    for m in _DECADES.finditer(text):
        v = 20 if m.group(1).lower() == "decades" else 200
        yield _bounded(text, m.start(), m.end(), v, None, True, "year")
    for m in _HALF_SHARE.finditer(text):
        if not _PART_BEFORE_HALF.search(text, 0, m.start()) and not _HALF_IDIOM_AFTER.match(text, m.end()):
            yield _bounded(text, m.start(), m.end(), 50, 50, False, "%")
    for m in _REPEATS.finditer(text):
        word = m.group(1).lower()
        v = {"twice": 2, "thrice": 3}.get(word) or _word_value(word.split("-")[0]) or 0
        yield _bounded(text, m.start(), m.end(), v, v, False, None)  # "more than twice as high": 2 and up


#: After "a week", "a month": an offset from a moment ("a week later", "a month after the vote").
_OFFSET_AFTER = re.compile(r"[ \u00a0]+(?:ago|later|earlier|after|before|since|on|from\s+now)\b", re.I)


def _count_per_unit(text: str, m: re.Match[str]) -> bool:
    """Is the "a week", "a month" of ``m`` the second half of a rate after a count of things ("one
    novel a month", "two to four 30-minute walks a week"), not a length of time? Not before an
    offset ("two people a week later")."""
    if m.group(1).lower() in ("decade", "century") or _OFFSET_AFTER.match(text, m.end()):
        return False
    left = text[max(0, m.start() - 90):m.start()]
    return _COUNT_PER_BEFORE.search(left) is not None or _COUNT_OF_PER_BEFORE.search(left) is not None


#: Before "a day", "a week": a count of portions of some matter, the matter told after "of" in one
#: to four words ("five servings of fresh fruit and greens a day", "two cups of black tea a day"):
#: so many portions per day, a rate. Not after a verb that spends the time ("two nights of rest
#: took a week": a verb ends the words read).
_COUNT_OF_PER_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \u00a0]+[a-z]+s[ \u00a0]+of"
    r"(?:[ \u00a0]+(?!(?:is|are|was|were|has|have|had|took|takes|take|spent|spend|lasted|in|for|over)\b)[a-z'-]+){1,4}"
    r"[ \u00a0]+$", re.I)


def _bounded(text: str, start: int, end: int, low, high, approx: bool, unit: str | None) -> Quantity:
    """A quantity with the bound or hedge of the words before it ("more than a week")."""
    left = text[max(0, start - 40):start]
    for rx, eff in _PREFIX_RES:
        mm = rx.search(left)
        if not mm:
            continue
        word = mm.group(0).lower()
        if eff == "bound":
            eff = "high" if re.search(r"under|below|less|fewer", word) else "low"
        if eff == "low":
            high = None
        elif eff == "high":
            low = None
        elif eff == "approx":
            approx = True
        start -= len(left) - mm.start()
        break
    return Quantity(text[start:end], start, end, None if low is None else float(low),
                    None if high is None else float(high), approx, unit)


_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,3})[-–](\d{1,3})(?![\w:/%-]|[.,]\d)")


def scores(text: str, doc: Doc | None = None) -> Iterator[Quantity]:
    """Both sides of a score ("won 8-7", "a 3-1 lead") or a record: two figures, one per side.

    A score's first side is at least the second, as a score is told (a range goes up:
    "10-12"); an identifier ("7-11") or a count of balls and strikes ("1-2") rises and is not a
    score. A rising pair that counts nothing after it is a record of wins and losses ("the
    Hawks (2-13)", "fell to 4-9 this season"): see :func:`_record`.
    """
    for m in _SCORE.finditer(text):
        if not _is_score(text, m, doc):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        yield Quantity(m.group(1), m.start(1), m.end(1), float(a), float(a))
        yield Quantity(m.group(2), m.start(2), m.end(2), float(b), float(b))


def _is_score(text: str, m: re.Match[str], doc: Doc | None = None) -> bool:
    """Is a match of :data:`_SCORE` a score (falling or level, and no unit after it) or a
    record (:func:`_record`)?"""
    if _days_of_a_month(text, m.start()):
        return False  # "Feb. 22-27", "April 10-12, 17-19": days of a month
    if _even_odds(text, m):
        return False  # "a 50-50 chance": odds, not a score
    if _round_the_clock(m.group(1), text[m.end(1):m.end(1) + 12]) and not (
            _SCORE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _SCORE_WORD_AFTER.match(text, m.end())):
        return False  # "open 24-7": always, not a score ("won 24-7" is one)
    if _balls_and_strikes(text, m):
        return False  # "with the count 2-2", "a 3-1 fastball": balls and strikes of a turn at bat
    if _team_record(text, m.start(), m.end()):
        return True  # "the Owls (3-0):", "(11-12, 5-6 Coast League)": a team's records
    if int(m.group(1)) < int(m.group(2)):
        return _record(text, m.start(1), m.end(2), doc)
    return not re.match(
        r"\s*(?:years?|months?|days?|hours?|minutes?|percent|%)\b", text[m.end():m.end() + 12], re.I)


#: Before a count of balls and strikes: "the count" ("with the count 2-2", "ran the count to 3-1").
_PITCH_COUNT_BEFORE = re.compile(r"\bcount\s+(?:(?:at|to|of|was|is|went\s+to|reached)\s+)?$", re.I)
#: After it: the count or a pitch thrown on it ("a 3-2 count", "a 2-1 fastball", "on a 1-1 pitch").
_PITCH_COUNT_AFTER = re.compile(r"[\s-]+(?:count|pitch(?:es)?|fastball|cutter|slider|curve(?:ball)?|change-?up|sinker"
                                r"|splitter|knuckleball|heater|offering)\b", re.I)


def _balls_and_strikes(text: str, m: re.Match[str]) -> bool:
    """Is a pair of numbers the count of balls (0 to 3) and strikes (0 to 2) of a turn at bat ("with
    the count 2-2", "a 3-1 fastball"), a moment of a game, not its score? "led 2-1 in the count" of
    no pitch or count beside it stays a score."""
    if int(m.group(1)) > 3 or int(m.group(2)) > 2:
        return False
    return bool(_PITCH_COUNT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _PITCH_COUNT_AFTER.match(text, m.end()))


#: A day of a month and a word that goes on to another day: "Feb. 22 through ", "May 3 and ".
_MONTH_DAY_TO_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|through|thru|until|till|and|&|[-–])\s*$", re.I)
#: Days of a month told as ranges before another range of days: "June 8-10, ", "Oct. 2-4 and ".
_MONTH_DAYS_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s*\d{{1,2}}[-–]\d{{1,2}}(?:(?:,\s*|\s+(?:and|&)\s+)\d{{1,2}}[-–]\d{{1,2}})*"
    r"(?:,\s*|\s+(?:and|&)\s+)$", re.I)


def _days_of_a_month(text: str, start: int) -> bool:
    """Does a month name the pair of numbers at ``start``: right before it ("Feb. 22-27"), or
    before the ranges of days it follows ("April 10-12, 17-19", "Oct. 2-4 and 9-11")?"""
    return bool(_MONTH_BEFORE.search(text, max(0, start - 20), start)
                or _MONTH_DAYS_BEFORE.search(text, max(0, start - 80), start))


#: A word of chance around two shares of a hundred: "a 50-50 chance", "odds of 60-40".
_ODDS_AFTER = re.compile(r"\s+(?:chance|chances|odds|shot|bet|proposition|probability|likelihood)\b", re.I)
_ODDS_BEFORE = re.compile(r"\b(?:odds|chances?)\s+(?:are|were|is|was|of|at)\s+(?:about\s+|roughly\s+)?$", re.I)


def _even_odds(text: str, m: re.Match[str]) -> bool:
    """Are the two numbers of ``m`` shares of a hundred told as odds ("a 50-50 chance", "the
    odds are 70-30"), not the sides of a score?"""
    if int(m.group(1)) + int(m.group(2)) != 100:
        return False
    return bool(_ODDS_AFTER.match(text, m.end()) or _ODDS_BEFORE.search(text, max(0, m.start() - 30), m.start()))


#: What may follow a record of wins and losses: the end of a clause, or a word that counts
#: nothing ("(2-13)", "4-9 this season", "5-7 on the road", "a 3-10 record").
_NOTHING_COUNTED_AFTER = re.compile(
    r"\s*(?:$|[).,;:!?\]]|(?:in|on|at|this|last|for|with|against|and|but|since|after|before|overall"
    r"|record|mark|start|season|campaign|despite|though|although|yet)\b"
    r"|an?\s+(?:year|season|month|week)\s+(?:after|ago|earlier|later|before|into)\b)", re.I)
#: Before a pair of numbers: the ages it spans ("aged 5-7", "ages 10-12").
_AGES_BEFORE = re.compile(r"\b(?:aged|ages)\s+$", re.I)
#: A word that hedges a number, right before a pair told as a team's standing: "are just 4-11",
#: "fell to only 2-9", "sit at just 3-8": a record kept low, not a range ("about 3-4" stays one).
_LOW_RECORD_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|at|to|sits?|stands?|stood)\s+(?:just|only|merely)\s+$", re.I)


def _record(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """Is the rising pair of numbers joined by a dash at ``text[start:end]`` a record of wins
    and losses, not a range? A range counts something after it ("10-12 inches", "20-30
    people") or opens with "between" / "from"; a pair that counts nothing after it, and does
    not follow a noun it numbers ("ages 5-12", "pages 3-4", "the count 1-2"), is a record. It
    takes the parse to tell the noun before."""
    if doc is None or not re.fullmatch(r"\d{1,3}[-–]\d{1,3}", text[start:end]):
        return False
    if _scale_ends(text, start):
        return False
    if _set_list(text, start, end):
        return True  # "6-2, 4-6, 6-1": a set lost among sets won is a score too
    if _team_after_record(text, start, end):
        return True  # "the 15-17 Bulldogs": the team the record is of
    if not _NOTHING_COUNTED_AFTER.match(text, end) or re.search(r"\b(?:between|from)\s+$", text[max(0, start - 10):start], re.I):
        return False
    if _PAGES_BEFORE.search(text, max(0, start - 12), start):
        return False  # "27(2), 602-614": pages of a citation
    if _AGES_BEFORE.search(text, max(0, start - 12), start):
        return False  # "children aged 5-7 in the park": a range of ages
    tok = _token_at(doc, start)
    if tok is None or tok.i == 0:
        return tok is not None
    before = doc[tok.i - 1]
    if _LOW_RECORD_BEFORE.search(text, max(0, start - 24), start):
        return True  # "the Hornets are just 4-11": a team's standing, kept low
    return before.pos_ not in ("NOUN", "NUM") and before.lower_ not in _PREFIX_WORDS


#: After a rising pair: a team's name, a capitalised plural ("the 15-17 Bulldogs", "the 9-4 Eagles").
_TEAM_NAME_AFTER = re.compile(r"[ \u00a0]+(?!(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Points|Games|Wins|Losses"
                              r"|Miles|Yards|Feet|Inches|Pounds|Dollars|Percent|Times|Runs|Goals|Players)\b)"
                              r"[A-Z][a-z]+s\b(?![ \u00a0]+(?:of|per)\b)")
_THE_BEFORE = re.compile(r"\b(?:the|The)[ \u00a0]+$")


def _team_after_record(text: str, start: int, end: int) -> bool:
    """Is the rising pair at ``text[start:end]`` the record of the team named right after it ("the
    15-17 Bulldogs missed a shot"), not a range of a count ("the 10-12 people" stays a range)?"""
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None and _TEAM_NAME_AFTER.match(text, end) is not None


_DASH_PAIR = re.compile(r"(\d{1,2})[-–](\d{1,2})(?:[ \u00a0]?\(\d{1,2}\))?")
_PAIR_LIST_SEP = re.compile(r",[ \u00a0]*")


def _set_list(text: str, start: int, end: int) -> bool:
    """Is the pair at ``text[start:end]`` one of a comma list of scores ("6-2, 4-6, 7-6 (3)"): in a
    list of dash pairs next to each other, one at least falls (a list of ranges, "ages 3-5, 6-8",
    only rises)?"""
    lo = max(0, start - 60)
    pairs = []
    for m in _DASH_PAIR.finditer(text, lo, min(len(text), end + 60)):
        if pairs and not _PAIR_LIST_SEP.fullmatch(text, pairs[-1].end(), m.start()):
            if pairs[-1].end() >= end:
                break
            pairs = []
        pairs.append(m)
    if len(pairs) < 2 or not any(p.start() == start for p in pairs):
        return False
    return any(int(p.group(1)) > int(p.group(2)) for p in pairs)


def _scale_ends(text: str, start: int) -> bool:
    """Is the rising pair at ``start`` the ends of a scale ("rated on a scale (0-10)", "readiness
    levels 1-9", "scores (0-100)"): it opens at 0 or 1 after a word of scales, or runs to 100 (no
    record of wins and losses does), a range, not a record?"""
    if re.match(r"[01][-–]", text[start:start + 2]) is None:
        return False
    return re.match(r"[01][-–]100(?!\d)", text[start:start + 6]) is not None \
        or _SCALE_BEFORE.search(text, max(0, start - 40), start) is not None


#: A bracket opened right after a capitalised name, and the records it may hold before a pair:
#: "Owls (", "the Owls (11-12, ".
_TEAM_BRACKET_BEFORE = re.compile(r"[A-Z][\w.'’&-]*\s*\((?:\s*\d{1,3}[-–]\d{1,3}(?:\s+[A-Z][\w.&'’-]*)*\s*,)*\s*$")
#: After a pair in such a bracket: the next record, or the league it is a record in, then the
#: bracket's end.
_TEAM_BRACKET_AFTER = re.compile(r"(?:\s+[A-Z][\w.&'’-]*)*\s*(?:\)|,\s*\d{1,3}[-–]\d{1,3}\b)")


def _team_record(text: str, start: int, end: int) -> bool:
    """Is the pair of numbers at ``start:end`` alone in brackets after a capitalised name, or
    with other pairs and the names of leagues ("the Owls (3-0):", "the Hawks (11-12, 5-6 Coast
    League)")? A team's records of wins and losses, however they fall."""
    if not re.fullmatch(r"\d{1,3}[-–]\d{1,3}", text[start:end]):
        return False  # "(1.003-1.005)": a range of decimals
    return bool(_TEAM_BRACKET_BEFORE.search(text, max(0, start - 60), start)
                and _TEAM_BRACKET_AFTER.match(text, end))


def _inside_brackets(text: str, i: int) -> bool:
    """Is ``i`` inside round or square brackets opened on its line ("levels [18-20]", "(Parts
    1-8)")?"""
    line = text[text.rfind("\n", 0, i) + 1:i]
    return max(line.rfind("("), line.rfind("[")) > max(line.rfind(")"), line.rfind("]"))


#: After a pair: the next set of a match ("3-6, 6-3, 7-6"), told as the pair is: games, not a
#: record.
_SETS_AFTER = re.compile(r",\s*\d{1,2}[-–]\d{1,2}\s*(?:,|\(|$|\s+(?:in|on|at|to|and)\b)")


#: The most games a season holds: a rising pair above it is no record of wins and losses.
_MOST_GAMES = 162


def record_side(text: str, q: Quantity, doc: Doc | None = None) -> str | None:
    """"wins" or "losses" when ``q`` is a side of a record of wins and losses ("the Hawks
    (2-13)", "fell to 4-9 this season", "the Owls (3-0)"), else None."""
    for m in _SCORE.finditer(text, max(0, q.start - 4), min(len(text), q.end + 8)):
        side = 1 if m.span(1) == (q.start, q.end) else 2 if m.span(2) == (q.start, q.end) else 0
        if not side or not _is_score(text, m, doc):
            continue
        if _team_record(text, m.start(), m.end()) or (int(m.group(1)) < int(m.group(2)) <= _MOST_GAMES
                                          and not _inside_brackets(text, m.start())
                                          and not _SETS_AFTER.match(text, m.end())
                                          and _record(text, m.start(1), m.end(2), doc)):
            return "wins" if side == 1 else "losses"
    return None


#: Words that bound or hedge a number before it ("about 4-5", "up to 3-4"): a range follows.
_PREFIX_WORDS = frozenset({"about", "around", "roughly", "some", "approximately", "nearly", "almost",
                           "than", "least", "most", "over", "under", "all", "just", "only", "typically",
                           "usually", "generally"})
#: Before a pair of numbers: a volume and its issue, or a year and its volume, of a citation
#: ("27(2), 602-614", "2015; 28: 685-690"): pages, not a record.
_PAGES_BEFORE = re.compile(r"(?:\d\s*:|\d\s*\)\s*,|\d\s*,)\s*$")


def score_of(text: str, q: Quantity, doc: Doc | None = None) -> tuple[int, int] | None:
    """The offsets of the whole score ("8-7") when ``q`` is one side of it, else None.

    Both sides of one score are one fact: they take the measure of the score ("a 5-1 *win*"),
    and are not the same figure as another count of the same value in the article.
    """
    for m in _SCORE.finditer(text, max(0, q.start - 4), min(len(text), q.end + 8)):
        if _is_score(text, m, doc) and (m.span(1) == (q.start, q.end) or m.span(2) == (q.start, q.end)):
            return m.start(), m.end()
    return None


#: A picture counter or credit: "1 of 23 Full Screen", "REUTERS 1 of 31", "Getty Images 9".
_COUNTER_OF = re.compile(r"^\s*(?:of|/)\s*\d{1,3}(?=\s*(?:$|[A-Z(\n|]))")


#: A site's counters before a number: "Posts: 9,927", "Replies: 12", "- Upvotes: 0" (a list's mark may open it).
_POSTS_BEFORE = re.compile(r"(?:^|\n|\|)\s*(?:[-•*][ \t]*)?(?:posts|replies|views|comments|likes|upvotes|downvotes|reactions"
                           r"|shares|followers|joined|points)"
                           r"\s*:\s*$", re.I)


#: A box score's line: a name, then the points of three periods or more, then maybe the total
#: after a dash ("Oakdale 10 7 12 9 — 38").
_LINE_SCORE = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*(?:\s+\d{1,3}){3,}(?:\s*[-–—]\s*\d{1,3})?\s*")


def _line_score(text: str, start: int) -> bool:
    """Is the number at ``start`` on a box score's line (:data:`_LINE_SCORE`): the points of a
    period in a table of them, which counts nothing a sentence names?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return _LINE_SCORE.fullmatch(line) is not None


#: A line that is a site's counter: a number and what it counts on the page ("- 125 Posts",
#: "1,344 Reviews", "22 Items", "5.5K followers"), nothing else.
_COUNTER_LINE = re.compile(
    r"[ \t]*(?:[-•*·][ \t]*)?[\d,.]+[KMk]?\+?[ \t]+(?:posts?|topics?|threads?|replies|comments?|views?|likes?|members?"
    r"|followers?|reviews?|ratings?|items?|results?|products?|answers?|votes?)[ \t]*", re.I)
#: A listing's count of what it shows: "Showing 34 of 34 results", "Viewing 1-12 of 80 items".
_SHOWING_LINE = re.compile(
    r"[ \t]*(?:Showing|Viewing|Displaying)[ \t]+(?:all[ \t]+)?[\d,]+(?:[ \t]*[-–][ \t]*[\d,]+)?(?:[ \t]+of[ \t]+[\d,]+)?[ \t]+"
    r"(?:results?|items?|products?|entries|posts|reviews)\b", re.I)
#: A forum's count of views of an attachment: "photo.jpg (110.36 KiB) Viewed 2448 times".
_VIEWED_BEFORE = re.compile(r"(?:^|\n|[)\]|][ \t]*)Viewed[ \t]+$")


def _line_of(text: str, start: int) -> tuple[int, str]:
    """Where the line holding ``start`` begins, and the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, text[line_start:len(text) if line_end < 0 else line_end]


def site_counter(text: str, start: int, end: int) -> bool:
    """Is the number at ``start`` a counter of the page it is on: a line with nothing but it and
    what it counts ("- 125 Posts", "1,344 Reviews"), a listing's "Showing 34 of 34 results", or
    the views of an attachment ("(53 KiB) Viewed 2448 times")? A sentence's count ("The forum
    has 125 posts.", "The video was viewed 240 times") stays."""
    _, line = _line_of(text, start)
    if _COUNTER_LINE.fullmatch(line) or _SHOWING_LINE.match(line):
        return True
    return bool(_VIEWED_BEFORE.search(text, max(0, start - 20), start)) and re.match(r"[ \t]+times\b", text[end:end + 8]) is not None


#: A team's or a school's name, one to four words each capitalised.
_TEAM = r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
#: A line of a round-up of results: two names and their points opening a line before a colon
#: ("Hawks 3, Owls 1: ...", "Hawks 4, Owls 3 (OT):"), or a winner "d." (defeated) a loser and the
#: score, all the line holds ("Central d. Eastside 53-9").
_RESULT_LINE = re.compile(
    rf"{_TEAM}[ \t]+\d{{1,3}},[ \t]+{_TEAM}[ \t]+\d{{1,3}}(?:[ \t]*\((?:\d?OT|SO)\))?[ \t]*:"
    rf"|{_TEAM}[ \t]+(?:d|def)\.[ \t]+{_TEAM}[ \t]+\d{{1,3}}[-–]\d{{1,3}}(?:[ \t]*\(\w+\))?[ \t]*$")


def result_line(text: str, start: int) -> bool:
    """Is the number at ``start`` a side of a score in a line of a round-up of results ("Hawks 3,
    Owls 1: Kim scored twice", "Central d. Eastside 53-9"): the points of a game listed under a
    heading, not a count its sentence names? A score told in a sentence ("The Hawks beat the
    Owls 3-1 on Friday") stays."""
    line_start, line = _line_of(text, start)
    m = _RESULT_LINE.match(line)
    return m is not None and start - line_start < (m.end() if line.rstrip().endswith(m.group().rstrip()) or ":" in m.group()
                                                   else 0)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Is a number in digits all its line holds ("12", "3,303.") and no sentence goes on after it
    ("killed\n12\npeople")? A page number, a counter, a list mark: it counts nothing named."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if re.fullmatch(r"[\d,.]+[KMB]?\+?", text[start:end]) is None or line.strip(" \t.:;|•*-–—+") != text[start:end].rstrip("+"):
        return False  # "12", "3,303.", a site's counter "74M+", "5.5M"
    if _glossed_number(text, start, end):
        return False  # "3.\n\nThe number of seats the party won.": a column of numbers, each told by the line after
    # a sentence cut by one line break goes on ("killed\n12\npeople"); after a blank line, a word
    # in lower case is a label of its own ("5.5M\n\nmembers")
    return line_end < 0 or not re.match(r"\n[ \t]*[a-z]", text[line_end:line_end + 20])


#: The line after a number alone on its line that says what the number is: "The number of ...",
#: "The amount ...", "The share of ...": a column of numbers told one by one.
_NUMBER_GLOSS = re.compile(
    r"\s*\n\s*The[ \u00a0]+(?:number|amount|acreage|share|percentage|cost|price|age|count|total|sum|length"
    r"|distance|height|weight|area|population|value)\b(?![ \u00a0]+(?:one|two|three|\d))", re.I)


def _glossed_number(text: str, start: int, end: int) -> bool:
    """Is the number at ``start`` alone on its line (a point after it at most) and the next line
    one that says what it is (:data:`_NUMBER_GLOSS`: "4.\n\nThe number of bridges closed")? A
    figure of a column of numbers, not a list's mark nor a page's counter."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[_line_start(text, start):start].strip() or text[end:line_end].strip(" \t.:") != "":
        return False
    return _NUMBER_GLOSS.match(text, line_end) is not None


#: The fields that close an entry of a software reference: whether the setting is required and
#: its type ("Required: No Type: Integer", "Type: String Required: Yes").
_SCHEMA_FIELDS = re.compile(r"\bRequired[ \u00a0]*:[ \u00a0]*(?:Yes|No|True|False)\b[^\n]{0,60}?\bType[ \u00a0]*:"
                            r"|\bType[ \u00a0]*:[^\n]{1,60}?\bRequired[ \u00a0]*:[ \u00a0]*(?:Yes|No|True|False)\b")


def _reference_entry(text: str, end: int) -> bool:
    """Is the number in the description of a setting in a software reference: its line after it,
    or one of the next two lines with words (within its list item), holds the entry's closing
    fields ("Required: No Type: Integer")? Its default, bounds and allowed range are the
    software's, not figures."""
    if "Required" not in text[end:end + 1500]:
        return False
    rest = [x for x in text[end:end + 1500].split("\n") if x.strip()][:3]
    for i, x in enumerate(rest):
        if i and x.lstrip().startswith(("- ", "• ")):
            return False  # the next item of the list
        if _SCHEMA_FIELDS.search(x):
            return True
    return False


def page_furniture(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` page furniture or an identifier, not a figure?

    Picture counters ("1 of 23 Full Screen"), numbers after a picture credit ("EPA 6 Victorious
    ...", "Getty Images 9"), video players ("will start in 8"), street numbers ("1600
    Pennsylvania Avenue") and "one of the most ..." (an idiom, not a count).
    """
    raw = text[start:end]
    before = text[max(0, start - 30):start]
    after = text[end:end + 40]
    if _alone_on_its_line(text, start, end) or _POSTS_BEFORE.search(before) or _line_score(text, start):
        return True  # "12" on a line of its own (a page number, a counter), "Posts: 9,927"
    if site_counter(text, start, end) or result_line(text, start):
        return True  # "- 125 Posts", "Showing 34 of 34 results", "Viewed 240 times"; "Hawks 3, Owls 1: ..."
    if _code_or_version(text, start, end):
        return True  # "release 2.x", "retries: 3", "if (n === 5)": software, not a figure
    if _machine_output(text, start):
        return True  # "[INFO] Built in 12 s", "$ make" and what it printed: a program's output
    if _reference_entry(text, end):
        return True  # "The default is 30 seconds. Required: No Type: Integer": a setting's limits
    if re.fullmatch(r"\d{1,3}", raw):
        if _COUNTER_OF.match(after) or (re.search(r"\b\d{1,3}\s*(?:of|/)\s*$", before)
                                        and re.match(r"\s*(?:$|[A-Z(\n|])", after)):
            return True
        if _CREDIT_BEFORE.search(before) and re.match(r"\s+(?:[A-Z]|$)|\s*$", after):
            return True
        if _PLAYER_BEFORE.search(before):
            return True
        if _COUNTER_BEFORE.search(before) and re.search(r"[A-Za-z]\s+$", before):
            return True  # "In pictures 29", "Gallery 12": a picture counter after its heading
    lead = re.match(r"[\d,.]+|[a-z-]+", raw)
    if lead and _TITLE_UNIT_AFTER.match(text, start + lead.end()) and re.search(r"[a-z,]\s$", before):
        return True  # "watched 60 Minutes": a title
    if re.fullmatch(r"\d{1,5}[A-Z]?", raw) and _STREET_AFTER.match(after) and not _COUNTED_BEFORE.search(before):
        return True  # "at 1200 West Broadway", "221B Baker Street": an address
    if _teaser(text, start, end):
        return True
    return raw.lower() in ("one", "1") and bool(_ONE_OF_THE_MOST.match(after))


#: A determiner or quantifier before a number: it counts what follows ("all 9 High Court judges",
#: "the 12 Crown Court clerks"); a house number follows no determiner.
_COUNTED_BEFORE = re.compile(r"\b(?:the|all|these|those|its|his|her|their|our|some|every|each)\s+$", re.I)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _teaser(text: str, start: int, end: int) -> bool:
    """Is the number inside a subscription teaser set in the article's text: an offer of copies
    for a price ("12 issues for £11.99"), or a sentence that asks the reader to subscribe and
    names a price ("Subscribe today for $1 a week")? A sentence about what subscribers pay
    ("Subscribers will pay $15.49") is news and stays."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    s = ends[-1] if ends else max(0, start - 300)
    nxt = _SENTENCE_END.search(text, end)
    sentence = text[s:nxt.start() if nxt else min(len(text), end + 300)].strip()
    offer = _PRICE_OFFER.search(sentence)
    if offer and (re.fullmatch(r"[^.:–—]{0,60}[:–—]\s*|(?:get|try|enjoy|receive|just|only)?\s*",
                               sentence[:offer.start()], re.I)):
        return True  # the offer opens the sentence, or follows a heading ("Subscribe now: ...")
    return bool(_FORM_VOICE.match(sentence) and _FORM_TOPIC.search(sentence) and re.search(r"[£$€]\s?\d", sentence))


#: What opens a line that links to another story: a list mark or a "Related:" label.
_LINK_MARK = re.compile(r"\s*(?:[-•*·▪►]\s+|(?:related|read\s+more|see\s+also|more|also\s+read|watch|read)\s*:\s*)",
                        re.I)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Small words a headline keeps in lower case ("11 Facts About Our Galaxy", "Five of the Best").
_HEADLINE_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as vs via is".split())


def _title_case(line: str) -> bool:
    """Is ``line`` set as a headline: four words or more, each but the small ones capitalised
    ("Ten Tips for a Cheaper Trip"), and no sentence's end or a label's colon?"""
    line = line.strip()
    words = _WORD.findall(line)
    if len(words) < 4 or not line or line[-1] in ".!?:;,\"”'’)" or ":" in line or len(line) > 160:
        return False
    big = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(big) >= 3 and all(w[0].isupper() for w in big)


def _in_title_run(text: str, line_start: int) -> bool:
    """Are the two lines with words right before the line starting at ``line_start``, or the two
    right after it, set as headlines too (a list of links to other stories), not prose or a
    short subheading (an article's own steps, "Book the Hall Early", each before its paragraph)?"""
    return any(len(run) == 2 and all(map(_title_case, run)) for run in _lines_around(text, line_start, 2, 600))


def _lines_around(text: str, line_start: int, n: int, width: int) -> tuple[list[str], list[str]]:
    """The ``n`` lines with words right before the line starting at ``line_start`` and the ``n``
    right after it, looked for within ``width`` characters each way."""
    before = [x for x in text[max(0, line_start - width):line_start].split("\n") if x.strip()][-n:]
    end = text.find("\n", line_start)
    after = [] if end < 0 else [x for x in text[end:end + width].split("\n") if x.strip()][:n]
    return before, after


def link_headline(text: str, start: int, end: int) -> bool:
    """Is the quantity at ``text[start:end]`` in the headline of another story set in the text:
    a line without a sentence's end all in capitals ("12 INJURED AS STORM HITS COAST"), or a
    title after a list mark or a "Related:" label, the number inside it ("- 15 Striking Photos
    of the Storm")? A sentence of the article, an item of a list in sentence case, a labelled
    item ("- Weight: 12 kg") or a number ending its item ("- Battery Life Up to 16") stays."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if not line or line[-1] in ".!?:;,\"”'’)" or len(line) > 160:
        return False
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    mark = _LINK_MARK.match(line)
    letters = [c for c in line if c.isalpha()]
    if not mark and len(words) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return True
    if not mark and _title_case(line) and _in_title_run(text, line_start):
        return True  # "15 Facts About the Fair" among other stories' titles, one to a line
    if not mark or ":" in line[mark.end():] or not re.match(r"[ \u00a0]+[A-Z][a-z]", text[end:end + 3]):
        return False
    big = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(big) >= 2 and all(w[0].isupper() for w in big)


#: A version told with a wildcard or after its label: "the 3.x series", "branch 2.1.x", "version: 3",
#: or a quoted range of versions ('"^4.2"', '"~1.5"').
_VERSION_AFTER = re.compile(r"(?:\.\d+)*\.[xX*]\b")
_VERSION_LABEL_BEFORE = re.compile(r"(?:(?<![a-z])version\s*:\s*[\"']?|[\"'][~^]=?)$", re.I)
#: A line of a settings file: a lower-case key, a colon and a bare number ("retries: 3", 'node: "18.4"'),
#: or a key in quotes, as JSON writes it ('"Retries" : 3,').
_SETTING_LINE = re.compile(r"[a-z_][\w.-]*\s*[:=]\s*[\"']?[\d.]+[\"']?\s*,?|\"[\w.-]+\"\s*:\s*[\d.]+\s*,?")
#: A key of one word and a bare number on a line of its own ("Retries: 3"): a line of YAML when a
#: line near it opens a block with a key alone ("Properties:").
_KEY_VALUE_LINE = re.compile(r"[A-Za-z_][\w.-]*[ \t]*:[ \t]*[\d.]+")
_BLOCK_KEY_LINE = re.compile(r"[ \t]*-?[ \t]*[A-Za-z_][\w.-]*:[ \t]*")
#: A constraint of a setting in a reference entry: its bound or default after a label and a colon,
#: alone or before the next label ("Minimum: 1", "Default: 30", "Min: 0 Max: 255").
_CONSTRAINT_BEFORE = re.compile(r"(?:^|(?<=\s))(?:minimum|maximum|min|max|default)(?:[ \u00a0](?:value|length|size))?"
                                r"[ \u00a0]*:[ \u00a0]*$", re.I)
_CONSTRAINT_AFTER = re.compile(r"[ \t]*(?:$|\n|[A-Z][A-Za-z ]{0,25}:)")
#: A variable's value told in a sentence: after a verb that holds it ("the frame holds count = 7"),
#: or in a run of them ("a = 2; b = 9"); not a sample's size ("n = 1,200 adults").
_HELD_VALUE_BEFORE = re.compile(r"\b(?:holds?|held|contains?|stores?|becomes?)[ \u00a0]+[a-z_]\w*[ \u00a0]*=[ \u00a0]*$"
                                r"|[\d.][ \u00a0]*;[ \u00a0]*[a-z_]\w*[ \u00a0]*=[ \u00a0]*$", re.I)
_VALUE_RUN_AFTER = re.compile(r"[ \u00a0]*;[ \u00a0]*[a-z_]\w*[ \u00a0]*=[ \u00a0]*\d", re.I)
#: A line number in a compiler's listing: at the start of its line, before the gutter ("12 |   let x = 1;").
_GUTTER_AFTER = re.compile(r"[ \t]+\|(?:[ \t]{2,}|[ \t]*$)", re.M)
#: Marks that only code writes: arrows and strict comparisons, "&&", "++", "+=", a path "a::b",
#: braces around keys and values, a block opened at a line's end or closed at its start (not a
#: unit in braces, "20 {kg}"),
#: a comment opening its line, a call or an assignment ended by a semicolon.
_CODE_MARKS = re.compile(r"=>|[=!]==|&&|\+\+|\w\s*\+=|\w::\w|\{[^{}]*[:=;][^{}]*\}|\{\s*\}|^\s*\}|\{\s*$"
                         r"|^\s*//|\)\s*;\s*$|\w\s*=\s*[^=\s][^;]*;\s*$")


_NUMBERS_IN_SQUARE_BRACKETS = re.compile(r"\[[\d.,\s]+\]")
#: Before a number in running text, marks only software writes: a port after a host or a bare
#: colon ("localhost:8080", "example.org:443", " :8080"; not a clock, a ratio or a label, "10:30",
#: "3:1", "Population:5000"), a command's long
#: option ("--workers 4", "--timeout=30"), a key joined to its value by "=" with no space
#: ("padding=10", "max_workers=8", 'top_padding=”13%”' in a theme's curly quotes; not a short "n=30", a
#: sample's size), a style property
#: ("opacity: 0.5", "z-index: 10").
_CODE_BEFORE_NUMBER = re.compile(
    r"(?:\blocalhost|\b\d{1,3}(?:\.\d{1,3}){3}|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}|\]|(?:^|(?<=\s))):$"
    r"|(?:^|(?<=\s))--[a-z][\w-]*(?:[ =]|\s+[\"']?)$"
    r"|\b(?:[a-z]{4,}|[a-z][a-z\d]*(?:[_-][a-z\d]+)+)=[\"'“”″′]?$"
    r"|\b(?:opacity|z-index|font-size|font-weight|line-height|letter-spacing|border-radius|border-width"
    r"|(?:padding|margin)(?:-(?:top|bottom|left|right))?|flex-grow|flex-shrink)\s*:\s*[\"']?$", re.I)
#: After a number, a unit of a screen ("14px", "1.5em", "2rem"): a setting of a page's style.
_SCREEN_UNIT_AFTER = re.compile(r"(?:px|em|rem|pt|vh|vw)\b")


#: Before a dotted number: "version(s)", maybe "of (the) X" in one word and a word of listing
#: ("versions of the runtime including", "version of Toolkit,"), then maybe other dotted numbers of
#: the same list ("3.8, 3.9 and"); not "the version with a 53.0 kWh pack".
_VERSIONS_BEFORE = re.compile(
    r"\b[Vv]ersions?\b(?:[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?(?:[ \u00a0]+[\w+#.-]+)?)?,?"
    r"(?:[ \u00a0]+(?:including|like|such[ \u00a0]+as))?"
    r"(?:[ \u00a0]*,?[ \u00a0]*(?:\d+(?:\.\d+)+\+?|and|or))*[ \u00a0]*,?[ \u00a0]*$")


def _listed_version(text: str, start: int, end: int) -> bool:
    """Is the dotted number ("7.1", not "7") one of the versions a text lists after the word
    ("several versions of the runtime such as 3.8, 3.9 and 3.11", "version 2.4")?"""
    if not re.fullmatch(r"\d+(?:\.\d+)+", text[start:end]):
        return False
    return _VERSIONS_BEFORE.search(text, max(0, start - 100), start) is not None


def _code_or_version(text: str, start: int, end: int) -> bool:
    """Is the number part of software: a version ("2.x", "2.1.x", "version: 3"), the value of a
    line of settings ('node: "18.4"'), a number in a line of code ("setTotal(total + 2)}>",
    "if (a === 7)"), a repeat count of a pattern ("{12}"), or in square brackets that hold only
    numbers ("[4]", "[3, 3, 3]": a note mark or a list in code)? Prose
    never writes these marks; a number in digits only."""
    start += len(text[start:end]) - len(text[start:end].lstrip("~^"))
    if not re.fullmatch(r"[\d.,]+", text[start:end]):
        return False
    if _VERSION_AFTER.match(text, end) or _VERSION_LABEL_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _listed_version(text, start, end):
        return True  # "versions of the runtime such as 3.8, 3.9 and 3.11"
    if _CODE_BEFORE_NUMBER.search(text, max(0, start - 40), start) or _SCREEN_UNIT_AFTER.match(text, end):
        return True  # "localhost:8080", "--workers 4", "padding=10", "opacity: 0.5", "14px"
    if start and text[start - 1] == "{" and text[end:end + 1] in ("}", ","):
        return True  # "[a-z]{12}": a count of a pattern's repeats
    for m in _NUMBERS_IN_SQUARE_BRACKETS.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() < start and end < m.end():
            return True  # "[5]", "[42, 42, 42]": a note mark, a list in code
    if _CONSTRAINT_BEFORE.search(text, max(0, start - 30), start) and _CONSTRAINT_AFTER.match(text, end):
        return True  # "Minimum: 1", "Default: 30": a setting's bound
    if _HELD_VALUE_BEFORE.search(text, max(0, start - 40), start) or (
            re.search(r"\b[a-z_]\w*[ \u00a0]*=[ \u00a0]*$", text[max(0, start - 30):start], re.I)
            and _VALUE_RUN_AFTER.match(text, end)):
        return True  # "holds count = 7", "a = 2; b = 9"
    line_start = _line_start(text, start)
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if not text[line_start:start].strip() and _GUTTER_AFTER.match(text, end):
        return True  # "12 |     let total = sum(list);": a line number of a listing
    if _KEY_VALUE_LINE.fullmatch(line.strip()) and _near_block_key(text, line_start):
        return True  # "Retries: 3" under "Properties:": a line of YAML
    return bool(_SETTING_LINE.fullmatch(line.strip()) or _CODE_MARKS.search(line))


#: The head of a line a program writes to its log or console: a level in brackets or capitals
#: ("[INFO]", "WARN:"), a time stamp ("2025-03-01 09:15:02", "10:02:11.345"), or a run of dots
#: standing for lines left out ("....... Started").
_LOG_LINE_HEAD = re.compile(
    r"[ \t]*(?:\[(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL|NOTICE)\]|(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL)\b[ \t:|-]"
    r"|\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?|\d\d:\d\d:\d\d(?:[.,]\d+)?\b|\.{4,}[ \t])")
#: Marks only a program prints inside a line: two "key=value" pairs near each other (not a link's query), a hex id ("0x7f3a", "a3f9c01b2e").
_MACHINE_MARKS = re.compile(r"(?<![?&\w])\w+=[^\s=&]+[^=\n]{0,60}?(?<![?&\w])\w+=[^\s=&]+|\b0x[0-9a-f]{4,}\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b",
                            re.I)
#: A command typed at a shell's prompt ("$ make build", "$ java -version").
_PROMPT_LINE = re.compile(r"[ \t]*\$[ \t]+[a-z][\w.-]*(?:[ \t]|$)")
#: The end of a line of prose: a sentence's end (or a colon that leads into what follows).
_PROSE_END = re.compile(r"[a-z0-9)\"”'’][.!?:][\"”'’)]?[ \t]*$")


def _prose_line(line: str) -> bool:
    """Is the line prose: two lower-case words and the end of a sentence?"""
    return _PROSE_END.search(line[-6:]) is not None and len(re.findall(r"\b[a-z]{2,}\b", line[:400])) >= 2


def _machine_output(text: str, start: int) -> bool:
    """Is the number on a line a program printed (a log line, what a command wrote at a console),
    not prose? A line with a log's head (:data:`_LOG_LINE_HEAD`); or a short line that ends no
    sentence and holds marks only a program prints (:data:`_MACHINE_MARKS`) or stands under a
    command typed at a prompt, with no line of prose between them ("$ make" then "Built 3 targets
    in 2 s")."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if _LOG_LINE_HEAD.match(line):
        return True
    if len(line) > 200 or _prose_line(line):
        return False  # a paragraph (a thread of posts run together, a link's query in it) is no program's line
    if _MACHINE_MARKS.search(line):
        return True
    i, seen = line_start, 0
    while i > 0 and seen < 12:
        j = text.rfind("\n", 0, i - 1) + 1
        prev = text[j:i - 1]
        i = j
        if not prev.strip():
            continue
        seen += 1
        if _PROMPT_LINE.match(prev):
            return True
        if _prose_line(prev):
            return False
    return False


def _near_block_key(text: str, line_start: int, reach: int = 3) -> bool:
    """Is one of the ``reach`` lines with words before or after the one starting at ``line_start``
    a key alone, opening a block of YAML ("Properties:", "- Settings:")?"""
    before, after = _lines_around(text, line_start, reach, 400)
    return any(_BLOCK_KEY_LINE.fullmatch(x) for x in before + after)


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


@dataclass(slots=True)
class _Reading:
    """A quantity being read around one number: what the steps of :func:`_read_at` found so far.

    ``start``/``end`` are the number's own span; ``qstart``/``qend`` the quantity's, widened by
    its modifiers and a second number of a range; ``qend2`` also holds its unit.
    """

    start: int
    end: int
    num: _Num
    metres: bool = False  # a glued "m" read as metres ("the 40m well")
    qstart: int = 0
    num_start: int = 0  # where the number starts with its sign
    qend: int = 0
    qend2: int = 0
    lo: float = 0.0
    hi: float = 0.0
    lo_b: bool = True  # bounded below ("more than 30" is not)
    hi_b: bool = True  # bounded above ("up to 30" is not)
    approx: bool = False
    currency: tuple[str, int] | None = None
    between: bool = False
    unit: str | None = None
    no_bound: bool = False  # "zero or more": bounded by nothing
    up_to: bool = False  # bounded by "up to" / "as many as", read as a reach (see :func:`_reach_below_zero`)

    def interval(self) -> tuple[float | None, float | None]:
        """(low, high): an open side is None, unless both are open."""
        if not self.lo_b and not self.hi_b:
            return self.lo, self.hi
        return (self.lo if self.lo_b else None), (self.hi if self.hi_b else None)


def _read_at(text: str, m: re.Match[str], doc: Doc | None) -> tuple[Quantity | None, int]:
    """Build the quantity around the scanned match ``m``; return it (or None) and where to go on.

    The steps, in order: amounts in words (:func:`_read_number_words`); what is not a quantity
    (:func:`_rejected_digits`, :func:`_rejected_word`, :func:`_rejected_context`); the left
    modifiers (:func:`_read_left`); a range (:func:`_read_range`); the unit
    (:func:`_read_unit`); what the parse rules out (:func:`_rejected_by_parse`); a bound read
    from a verb (:func:`_read_threshold_verb`) and the right side (:func:`_read_right`).
    """
    start, end = m.start(), m.end()
    raw = m.group(0)
    before = text[max(0, start - 60):start]
    words = _read_number_words(text, start, end, raw, before)
    if words is not None:
        return words
    num = _num_at(raw, start)
    if num is None or num.end != end:
        return None, end
    if _dotted_thousands(text, start, end, raw, doc):
        num.value = num.base = num.value * 1000  # "25.000 people": a thousands point, as in Europe
    rejected = (_rejected_word(text, start, end, raw) if num.word else _rejected_digits(text, start, end, num, before))
    if rejected is None:
        rejected = _rejected_context(text, start, end, raw, num, before, doc)
    if rejected is not None:
        return None, rejected
    r = _Reading(start, end, num, metres=_glued_metres(text, start, end, raw, num))
    if r.metres:
        num.value, num.scaled = num.base, False  # "the 40m well": metres, not millions
    _read_left(text, r)
    _read_level_side(text, r)
    rejected = _read_range(text, r, doc)
    if rejected is not None:
        return None, rejected
    _read_unit(text, r)
    _read_scaled_code(text, r)
    rejected = _rejected_by_parse(text, r, doc)
    if rejected is not None:
        return None, rejected
    _read_threshold_verb(r, doc)
    _read_right(text, r)
    if _intensifier(text, r) or r.no_bound:
        return None, r.qend2
    _reach_below_zero(r)
    low, high = r.interval()
    return _finish(text, r.qstart, r.qend2, low, high, r.approx, r.unit, before, keep=True), r.qend2


_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _dotted_thousands(text: str, start: int, end: int, raw: str, doc: Doc | None) -> bool:
    """Is the point of ``raw`` a thousands separator, as many European writers put it ("1.000
    euros", "12.500 people")? Three digits after one point, none after them, and either three
    zeros (no one writes "€1.000" for one euro) or a plural noun counted right after (a count
    of people is whole). A share stays a decimal ("a 2.000% coupon", "2.375 percent"), and so do
    a unit and a price after a currency sign ("1.500 metres", "$3.499 a gallon")."""
    if not _DOTTED_THOUSANDS.fullmatch(raw) or re.match(r"[.,]\d", text[end:end + 2]):
        return False
    if _SHARE_AFTER.match(text, end):
        return False
    if raw.endswith("000"):
        return True
    if _currency_before(text, start) is not None:
        return False
    if doc is None:
        return False
    after = _token_at(doc, end + 1) if re.match(r"[ \u00a0]\w", text[end:end + 2]) else None
    return after is not None and after.tag_ == "NNS" and after.lower_ not in UNITS


_OF = re.compile(r"\s+of\s+", re.I)


def _unit_of(text: str, i: int) -> tuple[str | None, int]:
    """The currency or unit a vague amount counts ("thousands *of dollars*", "millions of euros",
    "billions of years", "thousands of light-years"), with where it ends; (None, ``i``) for
    anything else ("thousands of people"; "millions of pounds" of grain stays a count: pounds
    are money only with a sign or a scale, and weight only with a number)."""
    m = _OF.match(text, i)
    if m:
        unit, end = _unit_after(text, m.end())
        if unit is not None and unit != "lb":
            return unit, end
    return None, i


def _read_number_words(text: str, start: int, end: int, raw: str,
                       before: str) -> tuple[Quantity | None, int] | None:
    """A vague amount ("several hundred"), a fraction ("two-thirds of") or dozens ("a dozen"):
    the words are the number. None when ``raw`` is none of these."""
    low_key = _vague_key(raw)
    if low_key in VAGUE or re.fullmatch(_VAGUE_RE, raw, re.I):
        if low_key not in VAGUE:
            return None, end
        if low_key in _BARE_PLURALS and not _PLURAL_GOES_ON.match(text[end:end + 12]) \
                and not _PLURAL_OBJECT_BEFORE.search(before):
            # "hundreds" alone counts only as "hundreds of X", "hundreds were...", or as the
            # object of a preposition ("a dream shared by millions")
            return None, end
        lo, hi = VAGUE[low_key]
        unit, end2 = _unit_after(text, end)
        if unit is None:
            unit, end2 = _unit_of(text, end)
        return _finish(text, start, end2, lo, hi, True, unit, before), end2
    if re.fullmatch(_FRACTION.split("(?=")[0], raw, re.I) and (
            re.match(r"\s+of\s+(?!an?\b)", text[end:], re.I) or _fraction_of_the(text, start, end)):
        top, bottom = re.split(r"[ -]", low_key, maxsplit=1)
        share = (_word_value(top) or 1) / _DENOM[bottom.rstrip("s") if bottom != "halves" else bottom]
        v = round(100 * share, 1)
        return _finish(text, start, end, v, v, False, "%", before), end
    if re.fullmatch(_DOZEN, raw, re.I):
        if raw.lower().startswith("a ") and re.search(r"\d[\d,.]*\s*[a-z]+\s+$", before, re.I):
            return None, end  # "90 cents a dozen": a rate's denominator
        v = _dozen_value(raw)
        return _finish(text, start, end, v, v, False, None, before), end
    return None


#: Before "one quarter the ...": a word that makes it a span of time or a place ("in one quarter
#: the team scored", "for a third the game was even").
_SPAN_BEFORE_FRACTION = re.compile(r"\b(?:in|during|after|each|every|per|that|this|last|next|first)\s+$", re.I)


def _fraction_of_the(text: str, start: int, end: int) -> bool:
    """Is the fraction at ``text[start:end]`` a share of what follows it without "of" ("use one
    quarter the power", "at a third the price"), not a span of time ("in one quarter the team
    scored")?"""
    return re.match(r"\s+the\s+[a-z]", text[end:]) is not None \
        and not _SPAN_BEFORE_FRACTION.search(text, max(0, start - 10), start)


#: A phone number after an opening parenthesis: an area code "(020) 7946 0000", or a run of
#: digit groups ("(555 123 4567)"); not a conversion "(97 km/h)" or an aside "(25 of them)".
_PHONE_IN_PARENS = re.compile(r"\d{2,5}\)\s*\d{3}|\d{2,5}[\s.-]\d{3,4}[\s.-]?\d{3,4}")
#: The rest of a list's name after its first number: "30 Under 30", "40 Over 40" (capitalised).
_NAMED_LIST_AFTER = re.compile(r"[ \u00a0](?:Under|Over)[ \u00a0]\d{1,3}\b")
#: An ISO 8601 date with its time and zone ("2019-11-19T08:57:40+01:00", "2024-03-01 10:05Z").
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[-+−]\d{2}(?::?\d{2})?)?)")


#: The rest of a phone number after its first group: two or more more groups joined by hyphens,
#: the last of three or four digits ("202-555-0100": "-555-0100"; "1-800-555-0100").
_PHONE_CHAIN = re.compile(r"(?:-\d{2,4})+-\d{3,4}(?![\d-])")


#: A set's score before a bracket ("7-6 (", "6-7("): what a tie-break's points follow.
_TIE_BREAK_BEFORE = re.compile(r"(?<![\d-])(?:7[-–]6|6[-–]7)[ \u00a0]?$")


#: A DOI's prefix ("10.1038/", "10.24869/"): the registrant's code of an identifier, not a number.
_DOI_PREFIX = re.compile(r"10\.\d{4,9}/\S")

#: After a number that opens a line: the point or bracket of list numbering, then a space or,
#: glued to it, a title's capital or quotation mark ("1. ", "2) ", "3). ", "3.Effects of ...").
_LIST_MARK_AFTER = re.compile(r"\s*(?:\)\.|[.)])(?:\s|[A-Z\"“‘'])")


#: Before the mark of a list told inside a sentence: its opening, a colon, a semicolon, a comma or
#: "and"/"or" ("reasons: 1) cost; 2) time; and 3) risk").
_INLINE_LIST_BEFORE = re.compile(r"(?:^|[:;,.]|\b(?:and|or))[ \u00a0]*$", re.I)


def _inline_list_mark(text: str, start: int, end: int, num: _Num, line_before: str) -> bool:
    """Is the small whole number at ``start:end``, a closing bracket after it and none open before it
    on its line, a mark of a list inside a sentence? Only where the next or the last mark is also
    there ("1) ... 2)"): one number and a bracket alone may close an aside."""
    if num.value != int(num.value) or not 1 <= num.value <= 20 or line_before.count("(") > line_before.count(")"):
        return False
    if not _INLINE_LIST_BEFORE.search(line_before):
        return False
    v = int(num.value)
    nxt = re.search(rf"(?<![\w.,(]){v + 1}[ \u00a0]?\)", text[end:end + 400])
    prv = re.search(rf"(?<![\w.,(]){v - 1}[ \u00a0]?\)", text[max(0, start - 400):start]) if v > 1 else None
    return bool(nxt or prv)


#: A key of a link's query right before a number: "?id=", "&page=" ("n=40" in prose is no query).
_QUERY_KEY_BEFORE = re.compile(r"[?&;][\w.-]+=$")


def _rejected_digits(text: str, start: int, end: int, num: _Num, before: str) -> int | None:
    """Where to go on when a number in digits is not a quantity, read from the characters
    around it (a name, a score, a phone number, a counter, a date, a clock time, an ordinal,
    list numbering, a code, page furniture); None when it may be one."""
    prev = text[start - 1] if start else ""
    nxt = text[end] if end < len(text) else ""
    after = text[end:end + 40]
    line_before = text[_line_start(text, start):start]
    glued_code = re.search(r"\b(?:USD|EUR|GBP|CHF|CNY|JPY|SGD|HKD|CAD|AUD|INR|KRW)$", text[max(0, start - 4):start])
    if not glued_code and prev and (prev.isalnum() or prev in "_#№@/\\^"
                                    or (prev in "-−\u2010\u2011" and start >= 2 and text[start - 2].isalpha())
                                    or (prev == "=" and _QUERY_KEY_BEFORE.search(text, max(0, start - 40), start))):
        # B-52, Kursk-2, G7, #3, an exponent (km^2, fb−1), a name joined by a typeset hyphen
        # (U+2010, U+2011: "UTF‐8"), a key's value in a link's query ("?id=48213&page=2"; a
        # sample's "n=40" stays a count)
        # (but EUR5m, SGD40 are amounts)
        return end
    if prev in "-–—" and prev and start >= 2 and text[start - 2].isdigit():
        return end  # the second year of "1995–96", a score "2-1"
    if (prev == "*" and start >= 2 and text[start - 2].isdigit()) or re.match(r"\*\d", text[end:end + 2]):
        return end  # "7*7": arithmetic, not a figure
    if prev and prev in "-–—" and nxt and nxt in "-–—" and (start < 2 or text[start - 2].isspace()) \
            and (end + 1 >= len(text) or text[end + 1].isspace()):
        return end + 1  # "-30-", "–0–": an end mark or a separator between dashes
    phone_like = len(text[start:end]) >= 3 or re.match(r"[\s.-]\d", after)  # "dial 999", "call 0800 ..."
    if prev == "+" or prev == "(" and _PHONE_IN_PARENS.match(text, start) or phone_like and _PHONE_BEFORE.search(before):
        return _skip_phone(text, end)
    if prev and prev in "'’" and end - start == 2 and (start < 2 or not (text[start - 2].isalnum()
                                                                   or text[start - 2] in "'’")) \
            and (not re.match(r"\s+[a-z]", after) or _SHORT_YEAR_BEFORE.search(text, max(0, start - 12), start - 1)):
        return end  # "in ’77", "the class of '86": a year ("'40 firms" opens a quotation)
    if _bare_short_year(text, start, end):
        return end  # "moved to the coast in 74.": a year told by its last two digits
    if re.match(r"[-\s]?calib(?:er|re)\b", after, re.I):
        return end  # "a .50-caliber rifle", "9 calibre": the size a gun is named by
    if _CITATION_BEFORE.search(before):
        return _skip_token(text, end)  # "2019;23:627–634": a journal's volume and pages
    if re.match(r"/[A-Za-z]+\d", after) or _DOI_PREFIX.match(text, start):
        return _skip_token(text, end)  # "10.1007/s11033", "10.24869/psyd.2017": a part of an identifier
    if prev == "[" and nxt == "]":
        return end + 1  # "[1]": a note's mark, not a figure
    section = re.match(r"\([a-z]\)(?:\(\d{1,2}\)|\d{1,2}\b)?", text[end:end + 8])
    if section:
        return end + section.end()  # "a 401(k)", "a 501(c)", "501(c)3": a section of a law names a thing
    if re.fullmatch(r"911|999|112", text[start:end]) and (
            _EMERGENCY_CALL_BEFORE.search(before) or _EMERGENCY_NAME_AFTER.match(after)):
        return end  # "called 911", "911 calls": the number of a service
    if prev == "(" and nxt == ")" and _TIE_BREAK_BEFORE.search(text, max(0, start - 8), start - 1):
        return None  # "7-6 (5)": the points of a tie-break after a set's score, a figure of the match
    if prev == "(" and (nxt == ")" and _list_mark(text[start:end]) or start >= 2 and text[start - 2].isalnum()):
        return end  # "(1)" a list mark or a note, "alert(1)" code: a number alone in parentheses
    notes = _note_marks_end(text, start)
    if notes is not None:
        return notes  # "(4, 5)", "[12, 13, 15]": the marks of the notes a sentence cites
    if re.match(r"[/.]\d", text[end:end + 2]) or re.match(r"\s?(?:of|/)\s?\d", after) and _COUNTER_BEFORE.search(before):
        return _skip_token(text, end)  # 2/8, 21.11.2024, photo 2 of 8
    named_list = _NAMED_LIST_AFTER.match(text, end)
    if named_list:
        return named_list.end()  # "a 40 Under 40 honoree": the name of a list, not a count or a bound
    stamp = _ISO_STAMP.match(text, start)
    if stamp:
        return stamp.end()  # "2019-11-19T08:57:40+01:00": a date and time stamped on a page, with its offset
    if re.match(r"-\d{1,2}-\d", after) or re.match(r"\d{4}-\d{2}-\d{2}", text[start:start + 10]):
        return _skip_token(text, end)  # ISO dates, phone groups
    if _PHONE_CHAIN.match(text, end):
        return _skip_token(text, end)  # "555-201-3000", "1-800-555-0100": a phone number, not a range
    spaced_clock = _SPACED_CLOCK_AFTER.match(text, end)
    if spaced_clock:
        return spaced_clock.end()  # "22. 34 BST": a clock time whose point took a space
    if _CLOCK_AFTER.match(after) or (len(text[start:end]) == 4 and _HOURS_CLOCK_AFTER.match(after)):
        return _skip_token(text, end)
    if _ORDINAL_AFTER.match(after):
        return end
    if _LIST_MARK_AFTER.match(after) and not line_before.strip(" \t(-*•·–") and num.value < 100 \
            and not _glossed_number(text, start, end):
        return end  # list numbering "1. ", "2) ", "- 3.Title" (a bulleted item's number glued to its title)
    mark = re.match(r"[ \u00a0]?\)", text[end:end + 2])
    if mark and _inline_list_mark(text, start, end, num, line_before):
        return end + mark.end()  # "the reasons: 1) cost; 2) time": the marks of a list inside a sentence
    if nxt.isalpha() and not num.scaled and not re.match(rf"(?:{_UNIT_RE})(?![\w²])|%", after, re.I) \
            and not _GLUED_GRAM.match(after) and not (_GLUED_TRILLION.match(after) and _currency_before(text, start)) \
            and _electric_letter(text, end) is None:
        return end  # 3D, 4x4, 5G
    if _FURNITURE_AFTER.match(after) and not _stock_shares(text, start, end, line_before):
        return end
    return None


#: Shares of a company after a number: "issued 4.5 million shares", "300 shares of stock".
_SHARES_AFTER = re.compile(r"[ \u00a0]?(?:(?:million|billion|thousand)[ \u00a0]+)?shares\b", re.I)
#: The word before such a number that makes it a clause's: a verb or a preposition in lower case,
#: after a hedge or a bound ("bought back about 1.2 million shares"); a page's counters have none
#: ("1.2K shares", "| 300 shares", "2 min read 45 shares").
_WORD_BEFORE_SHARES = re.compile(
    r"\b(?!read\b|comments?\b|views?\b|likes?\b|replies\b)([a-z]{2,})[ \u00a0]+"
    r"(?:(?:about|some|nearly|almost|over|under|roughly|around|another|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?$")


def _stock_shares(text: str, start: int, end: int, line_before: str) -> bool:
    """Is "shares" after the number at ``start`` a count of a company's shares in a sentence
    ("the bank issued 4.5 million shares", "she sold 300 shares of stock"), not a page's counter
    of shares of a post ("1.2K shares", "Posted by Jo | 300 shares")? Shares of stock have a
    lower-case word of their clause before them, or "of" after them."""
    m = _SHARES_AFTER.match(text, end)
    if m is None:
        return False
    if re.match(r"[ \u00a0]+of[ \u00a0]+(?:common[ \u00a0]+|preferred[ \u00a0]+|class[ \u00a0]+\w+[ \u00a0]+)?(?:stock|its|the|their)\b",
                text[m.end():m.end() + 30]):
        return True
    return _WORD_BEFORE_SHARES.search(line_before) is not None


#: Brackets that hold only the small whole numbers of notes, two or more in rising order, joined
#: by commas, where a clause ends: "(4, 5).", "[12, 14, 16];". A bracket of values is told beside
#: a word ("(75.5)"), holds one number, or a pair joined by a dash ("(6-2, 215)": a height, a weight).
_NOTE_MARKS = re.compile(r"([(\[])\s*(\d{1,3}(?:\s*,\s*\d{1,3})+)\s*([)\]])(?=\s*(?:[.,;:!?]|$))",
                         re.M)
_NOTE_OPEN_BEFORE = re.compile(r"[(\[]\s*(?:\d{1,3}\s*,\s*)*$")


def _note_marks_end(text: str, start: int) -> int | None:
    """Where the bracket of note marks holding the number at ``start`` ends, or None when the
    number is not one of such marks: "drinking water helps (10, 11)." cites two notes."""
    opened = _NOTE_OPEN_BEFORE.search(text, max(0, start - 30), start)
    if opened is None:
        return None
    m = _NOTE_MARKS.match(text, opened.start())
    if m is None or m.start(2) > start or m.end(2) < start or "," not in m.group(2) \
            or ")]".index(m.group(3)) != "([".index(m.group(1)):
        return None
    marks = [int(n) for n in re.findall(r"\d+", m.group(2))]
    if any(b <= a for a, b in zip(marks, marks[1:])):
        return None  # "(12, 9)": values, not notes in their order
    return m.end()


#: Before a product's number used as its name: a determiner, maybe a word of age ("the 4700",
#: "my old 3800", "vs the 1000").
_MODEL_DET_BEFORE = re.compile(
    r"\b(?:the|my|your|his|her|our|their|this|that)[ \u00a0]+(?:(?:old|older|new|newer|original|same)[ \u00a0]+)?$",
    re.I)
#: Before a line of products named by a number ("the 600 series", "Brand® 600 series"): a
#: determiner, a word of age or a capitalised name.
_SERIES_NAME_BEFORE = re.compile(
    r"(?:\b(?:the|an?|this|that|its|my|your|his|her|our|their|old|older|new|newer)|\b[A-Z][\w®™]*)[ \u00a0]+$")
_SERIES_AFTER = re.compile(r"[ \u00a0]+series\b(?![ \u00a0]+of\b)", re.I)
_MONTHS_AND_OPENERS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug"
    " sep sept oct nov dec the a an in on at by of for to from since until and or but if as this that my your his her"
    " our their its".split())


def _model_number(text: str, start: int, end: int, raw: str, before: str) -> bool:
    """Is the number a product's name, not a count? A line of products ("the older 500 series",
    "Brand® 600 series cleaners"; "500 series of tests" counts), or a number of three or more digits
    used as a noun after a determiner ("ran the 3800 in bridge mode", "vs the 1000,") when the text
    names a product by the same digits, glued to letters ("PB1000", "X4700"), after a capitalised
    name ("an Aurora 1000") or after a word of age ("my old 3800": things, not people, are old
    by their number). "the 3,800 workers", "the 500 who signed", "the older 500 were moved" count."""
    if not re.fullmatch(r"\d{1,5}", raw):
        return False
    after = text[end:end + 30]
    if _SERIES_AFTER.match(after):
        return bool(_SERIES_NAME_BEFORE.search(before))
    if len(raw) < 3 or not _MODEL_DET_BEFORE.search(before) or re.match(r"[ \u00a0]+[a-z]+s\b|[ \u00a0]+(?:who|whom|of|were|are|have)\b|[%\w]", after):
        return False
    if re.search(rf"\b(?:the|my|your|his|her|our|their)[ \u00a0]+(?:old|older|newer|original)[ \u00a0]+{raw}"
                 r"(?![\d,.]?\d)(?![ \u00a0]+(?:[a-z]+s|were|are|have)\b)", text, re.I):
        return True  # "ran the old 3800 in stereo mode": a thing of an age, so a product
    for m in re.finditer(rf"(?<![\d,.])(?:[A-Za-z]-?|([A-Za-z][\w®™-]*)[ \u00a0]){raw}(?![\d,.]\d)", text):
        name = m.group(1)
        if name is None:
            return True  # "PB1000", "X4700"
        if name[0].isupper() and name.lower() not in _MONTHS_AND_OPENERS \
                and not re.search(r"(?:^|[.!?:\n\"“]\s*)$", text[max(0, m.start() - 3):m.start()]):
            return True  # "an Aurora 1000", not "In 1000" at a sentence's start
    return False


#: A line opening with a small number and a capitalised word: a note's or a list's mark.
_MARKED_LINE = re.compile(r"(?:^|\n)[ \t]*(\d{1,2})[ \u00a0]+[A-Z][^\n]*", re.M)


def _note_mark_line(text: str, start: int, end: int, raw: str) -> bool:
    """Is the number the mark of a note or of a list item that opens a line ("1 Compared to the
    older model ...", "2 Works with most phones ..." at a page's foot)? A number of 20 or less opening a
    line before a capitalised word, the line a sentence of six words or more, and the
    text has another such line marked with the number before or after it. A short line ("2
    Bedrooms" over "3 Bathrooms") counts."""
    if not re.fullmatch(r"\d{1,2}", raw) or int(raw) > 20:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not re.match(r"[ \u00a0]+[A-Z]", text[end:end + 3]):
        return False
    line_end = text.find("\n", end)
    if len(text[end:line_end if line_end >= 0 else len(text)].split()) < 6:
        return False
    if _unit_after(text, end)[0] is not None:
        return False  # "3 Months Before, ..." over "2 Months Before": spans of time, not marks
    n = int(raw)
    return any(int(m.group(1)) in (n - 1, n + 1) and m.start(1) != start
               and len(m.group(0).split()) >= 6 for m in _MARKED_LINE.finditer(text))


def _list_mark(raw: str) -> bool:
    """Can a number alone in parentheses be a list mark or a note ("(1)", "(12)")? A decimal or a
    grouped number ("(75.5)", "(2,400)") is a value told beside what it measures."""
    return re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+\.\d+", raw) is None


#: The rest of a decade or century told in words after its first word: "two-thousands",
#: "nineteen-nineties", "eighteen hundreds" is a time, not an amount.
_DECADE_NAME_AFTER = re.compile(
    r"[- ](?:hundreds|thousands|tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b(?![ -]of\b)",
    re.I)


_ONE_OF_A_KIND = re.compile(r"[ -]of[ -]a[ -]kind\b", re.I)
#: A word joined to "zero" by a hyphen that is no number ("zero-coupon", "zero-emission"; not
#: "zero-zero", "zero-point-five"): an adjective of kind.
_ZERO_KIND_AFTER = re.compile(
    r"-(?!(?:zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|point)\b)[a-z]{2,}", re.I)


_TENS_WORDS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
#: The ordinal that makes one word with a ten before it: "twenty-first", "forty-fifth".
_TENS_ORDINAL_AFTER = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_TENS_BEFORE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$", re.I)


#: Before "zero in" as a verb ("tried to zero in the cause", "they will zero in"): a verb of
#: trying or helping and "to", a modal, or a pronoun; "fell to zero in May" is a level.
_ZERO_IN_VERB_BEFORE = re.compile(
    r"\b(?:(?:try|tries|tried|trying|help|helps|helped|helping|able|want|wants|wanted|need|needs|needed|aim|aims"
    r"|aimed|aiming|begin|began|begins|start|started|starts|attempt\w*|seek\w*|sought|us(?:e|ed|es|ing))\s+to"
    r"|will|would|can|could|should|must|may|might|we|they|I|you)\s+$", re.I)


#: After "one": "last", "final" or "more" and a try or a time ("one last chance", "one final push",
#: "one more time"): the last of something, an idiom; "one more game" counts.
_ONE_LAST_GO = re.compile(r"[ \u00a0]+(?:last|final|more)[ \u00a0]+(?:chance|shot|time|try|attempt|push|look|go"
                          r"|hurrah|gasp|effort|bid|stand|hope|opportunity|throw)\b", re.I)
#: "one step further", "one level deeper", "one step closer to": going on, no count of steps
#: ("cut the rating one notch", "one level higher" of a building stay counts).
_ONE_STEP_FURTHER = re.compile(r"[ \u00a0]+(?:step|level|layer)[ \u00a0]+(?:further|farther|deeper|closer|beyond)\b",
                               re.I)


#: A work of a series named by its number after an article ("the book 2 of", "this part 3"); the
#: verb "book 2 rooms" has no article before it.
_WORK_OF_A_SERIES_BEFORE = re.compile(r"\b(?:the|this|that|its|his|her|their|a)[ \u00a0]+(?:book|part|instal?lment)[ \u00a0]+$",
                                      re.I)


def _one_hub(text: str, start: int, end: int) -> bool:
    """Is "one" a single, shared point of use (:data:`_ONE_HUB_AFTER`) after a verb of wanting or
    giving, or in a list of two such "one"s ("one inbox, one calendar and one login")? A count set
    against another number ("one app and two tools") stays."""
    hub = _ONE_HUB_AFTER.match(text[end:end + 40]) is not None
    if not hub and not re.match(r"[ \u00a0]+[a-z-]+(?:,|[ \u00a0]+(?:and|or)\b)", text[end:end + 40]):
        return False
    line_end = text.find("\n", end)
    sentence = text[_line_start(text, start):len(text) if line_end < 0 else line_end]
    if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", sentence, re.I):
        return False
    if hub and _ONE_HUB_BEFORE.search(text, max(0, start - 40), start):
        return True
    near = text[max(0, start - 60):min(len(text), end + 60)]
    hubs = [m for m in re.finditer(r"\bone\b", near, re.I) if _ONE_HUB_AFTER.match(near[m.end():m.end() + 40])]
    return len(hubs) >= 2 and all(re.fullmatch(r"(?:[\w \u00a0-]+?(?:,[ \u00a0]*(?:and|or)?|[ \u00a0]+(?:and|or))[ \u00a0]+)+",
                                               near[a.end():b.start()]) for a, b in zip(hubs, hubs[1:], strict=False))


def _rejected_word(text: str, start: int, end: int, raw: str) -> int | None:
    """Where to go on when a number word is not a quantity (part of a fraction or a repeat
    count, a capitalised word inside a name); None when it may be one."""
    after = text[end:end + 40]
    if re.match(r"-(?:half|halves|third|thirds|quarter|quarters|fifths?|sixths?|sevenths?|eighths?"
                r"|ninths?|tenths?|time|times)\b", after, re.I):
        return end  # "one-fifth" (a fraction); "two-time" is read by counts_in_words
    if _KIND_BY_COUNT_AFTER.match(after):
        return end  # "a one-woman show", "three-letter agencies": a kind of thing, not a count
    compound = _TENS_ORDINAL_AFTER.match(after) if raw.lower() in _TENS_WORDS else None
    if compound:
        return end + compound.end()  # "the twenty-first century", "her twenty-fifth birthday": an ordinal
    if raw.lower() == "one" and _ONE_OF_A_KIND.match(after):
        return end  # "one of a kind", "a one-of-a-kind car": unique, not a count
    if raw.lower() == "one" and _one_hub(text, start, end):
        return end  # "you want one platform", "one inbox, one calendar and one login": a single, shared one
    if raw.lower() == "one" and _ONE_STEP_FURTHER.match(after):
        return end  # "carry the case one step further": a figure of speech
    if raw.lower() == "one" and _ONE_LAST_GO.match(after):
        return end  # "one last chance", "one final push": the last of something, no count
    if raw.lower() == "zero" and _ZERO_KIND_AFTER.match(after):
        return end  # "zero-coupon bonds", "a zero-sum game": a kind of thing, no count of it
    decade = _DECADE_NAME_AFTER.match(after)
    if decade:
        return end + decade.end()  # "the early two-thousands", "the nineteen-sixties": a decade
    if raw[0].isupper() and start and not re.search(r"(?:^|[.!?:\n\"“]\s*)$", text[max(0, start - 3):start]):
        return end  # a capitalised number word inside a name: the Thirty Years' War
    if raw.lower() == "zero" and re.match(r"(?:s|ed|ing)?\s+in\s+on\b", text[end:end + 12], re.I):
        return end  # "trying to zero in on": a verb, no number
    if raw.lower() == "zero" and re.match(r"\s+in\b", after) and _ZERO_IN_VERB_BEFORE.search(text, max(0, start - 30), start):
        return end  # "tried to zero in the cause", "we zero in": the verb without its "on"
    return None


#: "in" before a year told by two digits without its apostrophe ("back in 68", "in 91 and"), not
#: after a number or a share ("one in 60", "1 in 75": a ratio).
_SHORT_YEAR_IN_BEFORE = re.compile(r"(?<![\d\w])(?<!\bone\s)(?<!\d\s)(?:back\s+)?\bin\s+$", re.I)
#: What may follow such a year: the clause's end or a joining word.
_SHORT_YEAR_IN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:and|when|or|but|because|as|after|before|until|while)\b",
                                  re.I)


def _bare_short_year(text: str, start: int, end: int) -> bool:
    """Is the number a year told by its last two digits without an apostrophe ("my uncle
    moved to the coast in 74.", "she opened in 81 and sold in 99")? Two digits from 50 (a span of time "in
    30" or "in 10" may end a clause) or with a leading zero ("in 08"), after "in", where the
    clause ends or goes on with a joining word; a number with its noun after it ("in 74 towns")
    is a count."""
    raw = text[start:end]
    if not re.fullmatch(r"[5-9]\d|0\d", raw):
        return False
    opened = _SHORT_YEAR_IN_BEFORE.search(text, max(0, start - 12), start)
    if opened is None:
        return False
    if _SHORT_YEAR_IN_AFTER.match(text, end):
        return True
    # "back in 68 my father ...": "back in" tells a past year whatever follows, but a count's noun
    return opened.group(0).lower().startswith("back") and not _PLURAL_AFTER.match(text, end) \
        and _unit_after(text, end)[0] is None


#: A journal reference before a volume or pages: "2019;23:", "2011;123:".
_CITATION_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*;\s*(?:\d+\s*(?:\(\d+\))?\s*:\s*)?$")
#: What an emergency number names: "911 calls", "a 999 operator".
_EMERGENCY_NAME_AFTER = re.compile(
    r"\s+(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|system|service)\b", re.I)
#: Words before a year told by its last two digits: "from 1981 to ’84", "the class of '86".
_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:to|from|in|of|since|until|till|by|and|or|through|class|season|spring|summer|fall|autumn|winter)\s*$",
    re.I)
#: A call to an emergency number: "called 911", "dial 999".
_EMERGENCY_CALL_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dial|dialled|dialed|dialling|dialing)\s+$", re.I)


_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|nicknamed|titled|entitled)\s+$", re.I)
_AS_BEFORE = re.compile(r"\bas[ \u00a0]+$", re.I)
_ONE_OF_SET = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:[a-z-]+\s+)?(?:[a-z]+s|\w*men|people|children)\b(?!\s+(?:who|that|which)\b)")
_AGED_BEFORE = re.compile(r"\b(?:aged|at\s+(?:the\s+)?age\s+of|of\s+age|at\s+age|as\s+(?:young|old)\s+as)\s+$", re.I)
#: An age that opens a sentence, before what someone did at it: "At 17, she left home".
_AGE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)At\s+$")
_PRONOUN_AFTER_AGE = re.compile(r",\s+(?:he|she|they|I|we)\b")
_PLURAL_OBJECT_BEFORE = re.compile(r"\b(?:by|among|to|for|from|with)\s+$", re.I)
_AND_A_HALF = re.compile(r"[ -]and[ -]a[ -]half\b", re.I)
_SHARED_UNIT = re.compile(r"\s+(?:and|or)\s+(?=\d)")
_UNCERTAINTY_BEFORE = re.compile(r"\d\s*(?:±|\+/-|\+/−|\+-)\s*$")
_MARGIN_AFTER = re.compile(rf"\s*(?:±|\+/-|\+/−|\+-)\s*(?:{_SCIENTIFIC}|\d[\d,]*(?:\.\d+)?)")


#: A bound or a stress before "one": "at least one", "only one": a count.
_ONE_BOUNDED_BEFORE = re.compile(r"\b(?:at\s+least|at\s+most|only|just|exactly|not\s+even|more\s+than)\s+$", re.I)

#: "one or two", "one to three": the first number of a small range, not the pronoun "one".
_ONE_OR_TWO = re.compile(r"\s+(?:or|to)\s+(?:two|three|2|3)\b(?!-)", re.I)

#: "were one behind", "level or one ahead": a margin in a standing, a count whose noun is left out
#: (after a verb of being or of finishing, or "tied/level/even or"; not "left one behind", "the
#: one ahead", "no one behind", nor after "there is": "there was one behind the door" is somebody).
_ONE_MARGIN_BEFORE = re.compile(r"(?<!there\s)(?<!there\s\s)\b(?:is|are|was|were|be|been|being|finished|finishes|ended|ends|"
                                r"sat|sits|stood|stands|remained|remains|(?:tied|level|even|square)\s+or)\s+$", re.I)
_ONE_MARGIN_AFTER = re.compile(r"\s+(?:behind|ahead)\b(?!\s+(?:of\s+)?(?:bars|another|each\s+other|one\s+another|the\s+others?)\b)",
                               re.I)  # not "one behind bars", "one behind another": a place, an order
#: "tied or": the even side of a margin ("tied or two behind" is 0 to 2 behind).
_LEVEL_OR_BEFORE = re.compile(r"\b(?:tied|level|even|square)\s+or\s+$", re.I)


#: A share after a number: "the top 1 percent" is a share of a whole, "a top 10 list" a name.
_SHARE_AFTER = re.compile(r"\s?(?:%|percent\b|per\s?cent\b)", re.I)


#: A number of things picked from a run, before the run's size: "two of the first six
#: finals", "six of their past ten games", "only two of their last nine polls" ("one of the
#: first five ships": "one of the first" is an idiom, and the run's size is the figure left).
_RUN_PICKED_FROM = re.compile(
    rf"(?:\d[\d,.]*|\b(?!one\b)(?:{_WORDNUM}))\s+of\s+(?:the|its|their|his|her|our|your|my)\s+"
    r"(?:first|last|next|past|previous|opening|final|latest|earliest)\s+$", re.I)


_SMALL_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: A stage named by its number and a list of stages after it: "on day five, six and seven", "in
#: rounds 3, 4 and 5": each number after the first names a stage too.
_STAGE_LIST_BEFORE = re.compile(
    rf"\b(?:in|on|of|since|by|from|until|before|after|during|through|for|to|into)\s+(?:the\s+)?"
    rf"(?:week|day|round|stage|lap|leg|phase|matchday|gameweek)s?\s+{_SMALL_NUMBER}"
    rf"(?:\s*,\s*{_SMALL_NUMBER})*\s*(?:,|,?\s*and|,?\s*or|&|to|through)\s*$", re.I)


def _rejected_context(text: str, start: int, end: int, raw: str, num: _Num, before: str,
                      doc: Doc | None) -> int | None:
    """Where to go on when the words around a number make it no quantity (a day of a month,
    an identifier, a military unit's number, "one" as a pronoun, a bare "a"); else None."""
    after = text[end:end + 40]
    if _NAMED_BEFORE.search(before) and re.match(r"\s+[A-Z]", after):
        return end  # "a blogger called 90 Miles", "a town named 3 Rivers": part of a name
    if _UNCERTAINTY_BEFORE.search(before):
        return _skip_token(text, end)  # "9.8 +/- 0.2": the margin of the number before, not a quantity
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return end  # Nov. 12, 12 November
    if _school_class(text, start, end, num.value, before):
        return end  # "in grade two", "pupils in primary 6", "a boy in Year 9 at school": a class's name
    if re.fullmatch(r"\d{1,2}", raw) and num.value <= 31 and _MONTH_DAY_TO_BEFORE.search(before):
        return end  # "Feb. 22 through 27": the last day of the month's range
    if _ID_BEFORE.search(before) or _COUNTER_TAIL.search(before) or _STAGE_BEFORE.search(before) \
            or _STAGE_LIST_BEFORE.search(before) and not _PLURAL_AFTER.match(after) \
            or re.search(r"\btop[\s-]*$", before, re.I) and not _SHARE_AFTER.match(after):
        return end
    if _WORK_OF_A_SERIES_BEFORE.search(before) and not _PLURAL_AFTER.match(after):
        return end  # "the book 2 of the trilogy": a work's place in its series, no count
    if _numbered_label(text, start, end, raw, before) or _note_mark_line(text, start, end, raw) \
            or _model_number(text, start, end, raw, before):
        return end
    if _RUN_PICKED_FROM.search(before):
        return end  # "two of the first six finals": the run the part is picked from, not a figure
    # "seven years ago", "nine days earlier": a duration between two events, a figure
    if _UNIT_NAME_AFTER.match(after) and not num.scaled and _currency_before(text, start) is None:
        return end  # 810 separate brigade (not "a $12 million navy contract")
    if _MANNER_AFTER.match(after) or _PAIRING_BEFORE.search(before):
        return end  # "a two-handed shake", "one-on-one talks"
    if _KIND_COMPOUND_AFTER.match(after) and "." not in raw or raw == "360" and _ALL_AROUND_AFTER.match(after):
        return end  # "a four-door sedan", "5-star reviews", "a two-year college", "a 360-degree camera"
    if _resolution(raw, before, after):
        return end  # "4K video", "an 8K TV", "runs in native 4K.": a resolution
    if raw in ("5", "10", "100") and _SCALE_OUT_OF_BEFORE.search(before) and _SCALE_END_AFTER.match(after):
        return end  # "4.5 out of 5", "an 8 out of 10 for sound": the top of a rating's scale
    if _colon_pair(text, start, end):
        return end  # "16:9 screens", "1:1 calls", "main.rs:5:5": an aspect, a pairing, a reference
    if num.value == 1 and num.word and not num.scaled and not _ONE_OR_TWO.match(after) and \
            not (_ONE_MARGIN_AFTER.match(after) and _ONE_MARGIN_BEFORE.search(before)):
        # "one" is mostly a pronoun ("one of them"); it counts only when it heads a noun, or
        # picks one of a set of things named ("one of the injured men")
        if not _nummod(doc, start) and not (doc is not None and _ONE_OF_SET.match(after)
                                            and not _ONE_PRONOUN_BEFORE.search(before)
                                            and not _COPULA_BEFORE.search(before)
                                            and not _AS_BEFORE.search(before)):
            return end  # "seen as one of the favourites": what a thing is taken for, not a count
        if _ONE_PRONOUN_BEFORE.search(before) and not after.startswith("-") or _ONE_TOO_MANY.match(after):
            return end  # "the one in 1908", "one hurdle too many"
        if _one_example(text, start, end, raw, before) and not _ONE_BOUNDED_BEFORE.search(before):
            return end  # "One problem is ...", "one drawback is": the start of a point, not a count
        if _ONE_OF_NAMED_AFTER.match(text[end:end + 200]) and not _ONE_BOUNDED_BEFORE.search(before):
            return end  # "one of the plays this spring, a new drama, is ...": a pick named after it
        if _ONE_ONLY_BEFORE.search(before) and _ONE_ONLY_AFTER.match(after):
            return end  # "my one question is", "her one regret": "only", no count
        if _ONE_OF_IS_NAMED.match(text[end:end + 120]) and not _ONE_BOUNDED_BEFORE.search(before):
            return end  # "One of the gifts was the vase": a pick told by what it is
        if _ONE_THE_OTHER.match(text[end:end + 100]):
            return end  # "one letter for this and the other for that": one of a pair, not a count
        pair = _ONE_AND_ANOTHER.match(text[end:end + 100])
        if pair and not _CASUALTY_IN_CLAUSE.search(pair.group(0)):
            return end  # "One sign read 'Stay' while another read 'Go'": one of two, a pronoun
        if _ONE_POSSESSOR_AFTER.match(after) and not _ONE_BOUNDED_BEFORE.search(before) \
                and not _CASUALTY_IN_CLAUSE.search(text, end, min(len(text), end + 60)):
            return end  # "read one protester's sign": an example picked out, no count
        if _QUOTE_CLOSE_BEFORE.search(before) and _ONE_QUOTE_SPEAKER_AFTER.match(text[end:end + 80]):
            return end  # '"We need help," one doctor said': who speaks the quotation, no count
        if (_ONE_AT_A_TIME.match(after) or _ONE_AS_A.match(after) or _ONE_OF_WHICH.match(text[end:end + 80])) \
                and not _ONE_BOUNDED_BEFORE.search(before):
            return end  # "one step at a time", "one particular worry", "one of the things you hear"
    if num.word and _MEAL_FOR_BEFORE.search(before) and not re.match(r"\s+(?:people|persons|guests|adults|diners)\b", after):
        return end  # "dinner for two": an idiom
    if _round_the_clock(raw, after):
        return end + _ROUND_THE_CLOCK.match(after).end()  # "24/7", "24x7": always
    year = _hedged_year(text, end, raw, before)
    if year is not None:
        return year  # "began around 1300", "from at least 1990 to 1995": years, not counts
    if raw.lower() == "zero" and _zero_as_no(doc, start, after):
        return end  # "zero patience": none of a thing no one counts
    if raw.lower() == "a" or raw.lower().startswith("a "):
        if not num.scaled:
            return end
    return None


#: Words of a game around a pair of numbers: "won 24-7", "a 24-7 win".
_SCORE_WORD_BEFORE = re.compile(r"\b(?:won|win|wins|beat|beats|lost|lose|loses|led|lead|leads|trail\w*|defeat\w*|score\w*"
                                r"|routed|edged|drew|tied|up|down|by)\b[^.;!?]{0,20}$", re.I)
_SCORE_WORD_AFTER = re.compile(r"\s+(?:win|victory|loss|defeat|lead|rout|drubbing|score|final|game|halftime|half)\b", re.I)


#: Where a sentence starts: the text's start, after a sentence's end, a line break or an opening quote.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")


def _school_class(text: str, start: int, end: int, value: float | None, before: str) -> bool:
    """Does a number name a class of a school ("in grade two", "in primary one", "a girl in class 3
    at the village school")? "grade" and "primary" before it name one anywhere; "class", "year",
    "form" and "standard" only in a sentence of a school ("in year 5 of the war" is no class)."""
    if value is None or not 0 < value <= 13 or value != int(value):
        return False
    if _SCHOOL_GRADE_BEFORE.search(before):
        return True
    return bool(_SCHOOL_CLASS_BEFORE.search(before) and _SCHOOL_WORDS.search(_sentence_at(text, start, end)))


def _one_example(text: str, start: int, end: int, raw: str, before: str) -> bool:
    """Does "one" bring in an example or a point ("One problem is the cost", "One reason I wait:",
    "although one drawback is"): at a sentence's start before such a noun, or before such a noun and
    the example told?"""
    after = text[end:end + 80]
    m = _ONE_EXAMPLE_AFTER.match(after)
    if not m:
        return False
    if raw[:1].isupper() and _SENTENCE_OPENS.search(text[max(0, start - 3):start]) is not None:
        return True
    return _EXAMPLE_TOLD_AFTER.match(after[m.end():]) is not None


def _resolution(raw: str, before: str, after: str) -> bool:
    """Is "4K" or "8K" a picture's resolution, not thousands: before what it describes ("4K
    video", "an 8K TV"), or after a word of showing or making a picture with no noun after it
    ("does not run in native 4K.", "when streaming at 4K, it", "shot in 8K and")?"""
    if not re.fullmatch(r"[2458][kK]", raw):
        return False
    return bool(_RESOLUTION_AFTER.match(after)) or bool(_RESOLUTION_BEFORE.search(before)
                                                         and _RESOLUTION_END_AFTER.match(after))


def _colon_pair(text: str, start: int, end: int) -> bool:
    """Is the number one side of two joined by a colon ("16:9", "1:1 calls", "8025:8025"): a
    ratio, an aspect, a reference or a port, not a count? A score after a word of a game ("won
    2:1") stays; clock times are read before."""
    glued = (start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit()) or \
        (end + 1 < len(text) and text[end] == ":" and text[end + 1].isdigit())
    return glued and not _SCORE_WORD_BEFORE.search(text[max(0, start - 30):start])


#: What follows the "24" of "24/7", "24-7", "24×7" (always): the 7, maybe "/365" ("24 x 7" with spaces
#: may be a size).
_ROUND_THE_CLOCK = re.compile(r"(?:\s*[-/]\s*|[x×])7(?:\s*/\s*365)?(?![\d.,]?\d)", re.I)


def _round_the_clock(raw: str, after: str) -> bool:
    """Is "24" the first half of "24/7", "24-7" or "24×7" (always), not a count, a score or a product?"""
    return raw == "24" and _ROUND_THE_CLOCK.match(after) is not None


#: After a year told with a hedge: maybe a second year, then no noun it would count.
_YEAR_TAIL = re.compile(r"(?:\s*(?:to|-|–|until|through|and)\s*(?:\d{4}))?(?=\s*(?:[.,;:)!?]|$|\s+(?:and|when|as|but|in|on|at"
                        r"|by|with|under|before|after|until|while|the|a|an|that|which)\b))")


def _hedged_year(text: str, end: int, raw: str, before: str) -> int | None:
    """Where a year told with a hedge after a word of time ends ("began around 1300", "from at
    least 1990 to 1995", with its second year), else None: years, not counts."""
    if not re.fullmatch(r"1\d{3}|20\d\d", raw) or not _HEDGED_YEAR_BEFORE.search(before):
        return None
    tail = _YEAR_TAIL.match(text, end)
    return tail.end() if tail else None


#: Units and shares after "zero" ("zero percent", "zero degrees"): a value, not "no".
_ZERO_VALUE_AFTER = re.compile(r"\s*(?:%|per\s?cent|percent|degrees?|points?|hour|dollars?|pounds?|euros?)\b", re.I)


def _zero_as_no(doc: Doc | None, start: int, after: str) -> bool:
    """Does "zero" mean "no" before a noun no one counts ("zero patience", "zero formal
    training"): a singular or mass noun it modifies, not a unit? It takes the parse."""
    if doc is None or _ZERO_VALUE_AFTER.match(after) or re.match(r"\s*[-–]", after):
        return False  # "zero percent"; "zero-coupon bonds" (a kind)
    tok = _token_at(doc, start)
    return tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NN" and tok.head.i > tok.i


def _read_level_side(text: str, r: _Reading) -> None:
    """A margin whose other side is a tie ("tied or two behind", "level or one ahead"): from 0
    to the number, the words "tied or" part of the quantity. Only right before "behind" or
    "ahead" and with no other word on the left ("tied or about two behind" is left alone)."""
    if r.qstart != r.start or not _ONE_MARGIN_AFTER.match(text, r.end):
        return
    level = _LEVEL_OR_BEFORE.search(text, max(0, r.qstart - 20), r.qstart)
    if level is not None and r.num.value > 0:
        r.qstart, r.lo = level.start(), 0.0


#: "above" after an article or a demonstrative: the things told before it ("the above 3
#: meals", "all the above five steps"), not a bound ("above 3 goals", "well above 40").
_LIST_ABOVE = re.compile(r"\b(?:the|these|those|all)[ \u00a0]+above[ \u00a0]*$", re.I)


#: A bound word that tells how far a value reaches ("up to", "as many as"), not that it stays under a line.
_REACH_WORD = re.compile(r"up\s+to|as\s+many\s+as", re.I)


def _reach_below_zero(r: _Reading) -> None:
    """"up to" before values under zero tells how far down they reach ("cuts it by up to -8 or
    -9 dB", "lows of up to -20 degrees"): the figure goes down to the lowest value told and no
    further, a lower bound, not "at most -8". ("under -5", "below -10" keep their upper bound.)"""
    if r.up_to and not r.lo_b and r.hi_b and r.hi < 0:
        r.lo_b, r.hi_b = True, False


def _read_left(text: str, r: _Reading) -> None:
    """The left modifiers: a minus sign, a currency, "between", and up to three bounds or
    hedges ("well over", "about", "up to")."""
    qstart = r.start
    if _minus_before(text, r.start, r.num):
        r.num.value, qstart = -r.num.value, r.start - 1  # "-5 degrees", "$-99.99", "−18 °C"
    else:
        word = _MINUS_WORD_BEFORE.search(text, max(0, r.start - 30), r.start)
        if word and r.num.value > 0 and not _subtraction(text, word.start()):
            r.num.value, qstart = -r.num.value, word.start()  # "minus 40 degrees", "negative 3%"
    r.num_start = qstart
    currency = _currency_before(text, qstart)
    if currency:
        qstart = currency[1]
        if r.num.value > 0 and qstart and text[qstart - 1] in "-−" and (qstart < 2 or text[qstart - 2] in " \t\n(") \
                and not re.search(r"[\d%]\s*$", text[max(0, qstart - 8):qstart - 1]):
            # "-$5 million", "(−£40": a minus before the currency ("0% -$299": a dash after a value)
            r.num.value, qstart = -r.num.value, qstart - 1
    left = text[max(0, qstart - 40):qstart]
    for _ in range(3):
        matched = False
        if _BETWEEN.search(left) and not _changed_from(text, qstart):
            mm = _BETWEEN.search(left)
            r.between = True
            qstart -= len(left) - mm.start()
            left = text[max(0, qstart - 40):qstart]
            matched = True
        for rx, eff in _PREFIX_RES:
            mm = rx.search(left)
            if mm and _LIST_ABOVE.search(left, 0, mm.end()):
                mm = None  # "the above 3 meals": the ones told before, no bound
            if mm:
                word = mm.group(0).lower()
                if eff == "bound":
                    eff = "high" if re.search(r"under|below|less|fewer", word) else "low"
                    r.approx = r.approx or word.startswith("just")
                if eff == "low":
                    r.hi_b = False
                elif eff == "high":
                    r.lo_b = False
                    r.up_to = bool(_REACH_WORD.match(word))
                elif eff == "approx":
                    r.approx = True
                qstart -= len(left) - mm.start()
                left = text[max(0, qstart - 40):qstart]
                matched = True
                break
        if not matched:
            break
        if currency is None:
            currency = _currency_before(text, qstart)
            if currency:
                qstart = currency[1]
                left = text[max(0, qstart - 40):qstart]
    r.qstart, r.currency = qstart, currency
    r.lo = r.hi = r.num.value


#: A word of rise or change a few words before "from": "rose from 15% to 30%", "extended the list
#: from five to 10", "went from 2 to 4 days" tell a value before and a value after, not a range.
#: A fall needs no rule (a value falling to a lower one is never read as a range), and a word of
#: falling before values that rise ("cut from 3 to 6 posts") tells a range, not a change.
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|gr(?:ow|ows|ew|own|owing)|climb\w*|jump\w*|increas\w*|rais\w*"
    r"|extend\w*|expand\w*|boost\w*|lift(?:s|ed|ing)?|doubl\w*|tripl\w*|soar\w*|surg\w*|swell\w*"
    r"|widen\w*|hik(?:e|es|ed|ing)|went|gone|going|moved?|moving|revis\w*|chang\w*|upgrad\w*"
    r"|push(?:es|ed|ing)?|bump\w*)"
    r"(?:[ \u00a0]+(?!rang|var|anywhere|somewhere|between)[\w'’%$€£.-]+){0,4}[ \u00a0]+$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.I)


def _change_from(text: str, at: int) -> bool:
    """Is the "from" at ``at`` the start of a change ("rose from 5 to 9"), not of a range?"""
    return _CHANGE_BEFORE_FROM.search(text, max(0, at - 60), at) is not None


def _changed_from(text: str, qstart: int) -> bool:
    """Does a change's "from" stand right before the quantity at ``qstart`` ("grew from 5")?"""
    opened = _FROM_BEFORE.search(text, max(0, qstart - 8), qstart)
    return opened is not None and _change_from(text, opened.start())


def _read_range(text: str, r: _Reading, doc: Doc | None = None) -> int | None:
    """A range after the number: "10,000 to 12,000", "10-12", "between 30 and 40", "two or
    three". Returns where to go on when the dash makes a score ("won 2-1") or a record ("the
    Hawks (2-13)"), else None."""
    num, qend = r.num, r.end
    sep = _RANGE_SEP.match(text, qend)
    if sep:
        word = re.sub(r"^-\s+(?=to$)", "", sep.group(0).strip().lower().rstrip("$€£").strip())  # "four- to five-point"
        word = "to" if word == "-to-" else word  # "11-to-25-year-olds", "three-to-four-hour"
        ok = word in ("-", "–", "—", "to") or (word == "and" and r.between) or (word == "or" and num.word) \
            or (word == "or" and _alternative_with_glued_unit(text, sep.end(), num.value) is not None)
        if word == "to" and not r.between and (not r.lo_b or not r.hi_b):
            ok = True
        if word == "to" and not r.between and _changed_from(text, r.qstart):
            ok = False  # "rose from 15% to 30%": the value before a change and the value after it
        alt = _alternative_with_glued_unit(text, sep.end(), num.value) if ok else None
        if alt is not None:  # "near 40 or 50W", "(as low as -3 or -5dB)", "60-70GB"
            v2, end2 = alt
            r.lo, r.hi = min(num.value, v2), max(num.value, v2)
            r.approx = r.approx or word == "or"
            r.qend = end2
            return None
        if ok:
            m2 = _NUM_RE.match(text, sep.end())
            signed = sep.group(0)[-1] in "$€£"  # "$5-$10", "$3,000 – $5,000": money on both ends
            if signed and r.currency is None:
                m2 = None  # "car$0-$3,000": the sign of the second amount only, no range
            spaced = word in ("-", "–", "—") and any(c.isspace() for c in sep.group(0)) and not signed
            if m2 and (not spaced or _unit_after(text, m2.end())[0] is not None  # "10 - 15 minutes"
                       or _spaced_range_counts(text, m2.end(), r.currency is not None)):
                num2 = _num_at(m2.group(0), m2.start())
                tail = text[num2.end:num2.end + 1] if num2 else ""
                if num2 is not None and num2.end == m2.end() and (num2.scaled or not tail.isalpha()):
                    v1, v2 = num.value, num2.value
                    if num2.scaled and not num.scaled and v1 * (v2 / num2.base) <= v2:
                        v1 *= v2 / num2.base  # "10 to 12 thousand"
                    if v1 >= v2 and word in ("-", "–", "—") and not signed:
                        return num2.end  # a score ("won 2-1"), not a range
                    if word in ("-", "–") and not spaced \
                            and (r.qstart == r.start or _LOW_RECORD_BEFORE.search(text, max(0, r.start - 24), r.start)) \
                            and (_record(text, r.start, num2.end, doc) or _team_record(text, r.start, num2.end)):
                        return num2.end  # a record of wins and losses ("(2-13)"), not a range
                    if v1 < v2 and not _ORDINAL_AFTER.match(text[num2.end:num2.end + 3]):
                        r.lo, r.hi = v1, v2
                        qend = num2.end
                        if word == "or":
                            r.approx = True
    r.qend = qend
    if r.between and qend == r.end:
        # "between" without a second number is not a prefix of this one
        r.qstart = r.num_start if r.currency is None else r.currency[1]
    return None


#: After the second number of a range told with a spaced dash: a plural noun it counts ("750 – 2,000
#: words", "250 - 999 employees"), not a verb or a word of a list.
_SPACED_RANGE_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:is|was|has|does|goes|says|this|thus|its|his|hers|as|us|yes|plus|minus|times)\b)[a-z]{2,}s\b")


def _spaced_range_counts(text: str, end: int, money: bool) -> bool:
    """Does a range told with a spaced dash end at ``end`` in what it counts ("751 – 2,000
    words", "250 - 999 employees") or stand after a currency code ("USD 25,000 – 50,000")? A
    pair of bare numbers with spaced dashes ("step 6 - 7", "Hawks 98 - 104") stays two."""
    if money:
        return re.match(r"[\d,.]*\s*(?:[.,;:)]|$|\+)", text[end:end + 3] or ".") is not None \
            or _SPACED_RANGE_NOUN_AFTER.match(text, end) is not None
    return _SPACED_RANGE_NOUN_AFTER.match(text, end) is not None


#: A number with a short unit glued to it ("50W", "-5dB", "70GB"), not a decade ("70s") nor an
#: ordinal ("5th"), nor a scale ("70m", "5k", "3bn": read with the number).
_GLUED_UNIT_NUMBER = re.compile(r"([-−]?)(\d+(?:\.\d+)?)(?!s\b|th\b|st\b|nd\b|rd\b|[mMkKbB]\b|bn\b|mn\b|tn\b)[A-Za-z]{1,3}\b")


def _alternative_with_glued_unit(text: str, i: int, v1: float) -> tuple[float, int] | None:
    """The second number of a range or of two alternatives when a unit is glued to it ("40 or
    50W", "-3 or -5dB", "60-70GB"): (its value, where its digits end); the unit after them is read
    as the whole range's. A sign goes with a first number that has one ("-3 or -5dB")."""
    m = _GLUED_UNIT_NUMBER.match(text, i)
    if m is None:
        return None
    v2 = float(m.group(2))
    if m.group(1):
        if v1 >= 0:
            return None  # "5 - -3dB": no range
        v2 = -v2
    elif v1 < 0 or v2 <= v1:
        return None  # "won 80-70W"? not a rising pair
    return v2, m.end(2)


#: A range's second end told as a bound: "N to more than M", "N to over M".
_TO_OPEN_END = re.compile(r"[ \u00a0]*(?:to|-|–)[ \u00a0]+(?:more(?:[ \u00a0]+than)?|over|well[ \u00a0]+over|upwards[ \u00a0]+of"
                          r"|in[ \u00a0]+excess[ \u00a0]+of)[ \u00a0]+(?:US\$|\$|€|£)?", re.I)


def _open_range_end(text: str, r: _Reading, i: int, unit: str | None) -> tuple[int, int] | None:
    """A range whose second end is a lower bound ("runs 90 miles to more than 140 miles", "from
    10 to over 20 people", "$5 to more than $40"): the span reaches "at least" the first end.
    Returns (end of the second number, end of its unit), or None. The second number must be
    larger and carry the same unit (none, or the currency of the first); not the value after a
    change ("rose from 10 to more than 20")."""
    if r.lo != r.hi or not (r.lo_b and r.hi_b) or _changed_from(text, r.qstart) \
            or _CHANGE_BEFORE_FROM.search(text, max(0, r.qstart - 60), r.qstart):
        return None  # "rose 5% to more than 10%": a change and the level it reached
    m = _TO_OPEN_END.match(text, i)
    if m is None or (m.group(0).rstrip()[-1:] in "$€£") != (r.currency is not None):
        return None
    m2 = _NUM_RE.match(text, m.end())
    num2 = _num_at(m2.group(0), m2.start()) if m2 else None
    if num2 is None or num2.end != m2.end() or num2.value <= r.lo:
        return None
    unit2, end2 = _unit_after(text, num2.end)
    if r.currency is not None:
        unit2 = unit
    elif unit2 != unit or unit is None and not r.between and not _PLURAL_AFTER.match(text, num2.end):
        return None  # a bare pair needs "from" or the plural noun it counts
    return num2.end, end2


#: "amp" or "amps" after a number: amperes after digits ("32 amps"), amplifiers after a word ("two amps").
_AMPLIFIERS = re.compile(r"[ \u00a0-]?amps?\b", re.I)


def _read_unit(text: str, r: _Reading) -> None:
    """The unit after the number (or a range with its unit on both ends: "44 mg to 50 mg"),
    and the currency before it; a margin between them is skipped: "7.2 ± 0.3 kg" is 7.2 kg;
    "and a half" adds a half: "two and a half miles" is 2.5 miles."""
    half = _AND_A_HALF.match(text, r.qend)
    if half and r.lo == r.hi and not r.num.scaled:
        r.lo = r.hi = r.lo + 0.5
        r.qend = half.end()
        mult = re.compile(_MULTWORDS, re.I).match(text, r.qend)
        if mult:  # "2 and a half million"
            for part in re.split(r"[\s\u00a0-]+", mult.group(0).strip().lower()):
                r.lo = r.hi = r.lo * _MULT[part]
            r.qend = mult.end()
    unit, qend2 = _unit_after(text, r.qend)
    if unit == "A" and r.num.word and _AMPLIFIERS.match(text, r.qend):
        unit, qend2 = None, r.qend  # "two amps and a guitar": amplifiers counted, not a current
    if unit is None:
        unit, qend2 = _more_period(text, r.qend)
    margin = _MARGIN_AFTER.match(text, r.qend) if unit is None else None
    if margin:
        unit, qend2 = _unit_after(text, margin.end())
        qend2 = qend2 if unit is not None else r.qend
    if unit is None and not r.num.word and (_AGED_BEFORE.search(text, max(0, r.qstart - 30), r.qstart) or (
            _AGE_OPENING.search(text, max(0, r.qstart - 6), r.qstart) and _PRONOUN_AFTER_AGE.match(text, r.qend)
            and r.lo == r.hi and r.lo < 120)):
        unit = "year"  # "a driver aged 71", "at age 19", "as young as 6", "At 17, she": an age
    shared = _SHARED_UNIT.match(text, r.qend) if unit is None and not r.between else None
    if shared:  # "20 and 40 mg": the unit of the next number is this one's too
        m2 = _NUM_RE.match(text, shared.end())
        if m2 and _unit_after(text, m2.end())[0] is not None:
            unit = _unit_after(text, m2.end())[0]
    if unit is None and not r.num.word and not _year_like(r.num):
        unit = _falling_to_unit(text, r.qend)
    if unit == "lb" and r.num.scaled and _pounds_money(text, r.qstart, qend2):
        unit = "GBP"  # "361 million pounds": money, not "1.5 million pounds of beef"
    if r.metres:
        unit = "m"
    if unit is not None and r.qend == r.end:
        # "44 mg to 50 mg", "-18 °C to -34 °C": a range with its unit on both ends
        rng = re.match(r"\s*(?:to|-|–|and)\s*([-−]?)", text[qend2:qend2 + 8])
        m2 = _NUM_RE.match(text, qend2 + rng.end()) if rng else None
        num2 = _num_at(m2.group(0), m2.start()) if m2 else None
        if num2 is not None and num2.end == m2.end():
            unit2, end2 = _unit_after(text, num2.end)
            v2 = -num2.value if rng.group(1) else num2.value
            upward = v2 > r.lo or (v2 < 0 and r.lo < 0)  # "44 percent to 39 percent" is two shares
            if unit2 == unit and upward and (rng.group(0).strip() != "and" or r.between) \
                    and not _changed_from(text, r.qstart):
                r.lo, r.hi = min(r.lo, v2), max(r.hi, v2)
                r.qend, qend2 = num2.end, end2
    open_end = _open_range_end(text, r, qend2, unit) if r.qend == r.end else None
    if open_end is not None:  # "90 miles to more than 140 miles": at least the first
        r.hi_b, r.qend, qend2 = False, open_end[0], open_end[1]
    if unit == "ft" and r.lo == r.hi and not r.num.scaled:
        inches = _INCHES_AFTER_FOOT.match(text, qend2)
        if inches:  # "a 6-foot-2 guard", "five-foot-ten": a height in feet and inches
            extra = parse_number(inches.group(1))
            if extra is not None and 0 <= extra < 12:
                r.lo = r.hi = r.lo * 12 + extra
                unit, qend2 = "in", inches.end()
    if r.currency:
        unit = r.currency[0]
        r.qstart = min(r.qstart, r.currency[1])
    r.unit, r.qend2 = unit, qend2


#: "More" between a number and a span of time: "two more years", "three additional weeks".
_MORE_PERIOD = re.compile(
    r"[ \u00a0]+(?:more|additional|extra|further)(?=[ \u00a0]+(?:second|minute|hour|day|week|month|year|decade)s?\b(?!-))",
    re.I)


def _more_period(text: str, i: int) -> tuple[str | None, int]:
    """The span of time a number counts past "more" ("after two more years": 2 years), or no unit."""
    more = _MORE_PERIOD.match(text, i)
    if more is None:
        return None, i
    unit, end = _unit_after(text, more.end())
    return (unit, end) if unit in _PERIOD_UNITS else (None, i)


#: The inches of a height told after "-foot": "6-foot-2", "five-foot-ten" (not "-foot-long").
_INCHES_AFTER_FOOT = re.compile(
    r"-(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b(?!-?\d|[.,]\d)", re.I)


#: "52 to 48 percent", "from 20 to 15 mg": the unit of a second, lower number is the first's too
#: (a rising pair is a range, read before).
_TO_NUMBER = re.compile(r"\s+to\s+(?=[-−]?\d)")


def _year_like(num: _Num) -> bool:
    """A whole number a year could be ("by 2030 to 32 percent": the year stays a year)."""
    return not num.scaled and num.value == int(num.value) and 1000 <= num.value <= 2200


def _falling_to_unit(text: str, i: int) -> str | None:
    """The unit of a lower number after "to" right after the number at ``text[:i]``; else None."""
    to = _TO_NUMBER.match(text, i)
    m2 = _NUM_RE.match(text, to.end()) if to else None
    num2 = _num_at(m2.group(0), m2.start()) if m2 else None
    if num2 is None or num2.end != m2.end():
        return None
    return _unit_after(text, num2.end)[0]


def _pounds_money(text: str, start: int, end: int) -> bool:
    """Is a scaled amount of "pounds" money ("a 361 million pounds deal") rather than a weight
    ("1.5 million pounds of beef", "weighs 2 million pounds")?"""
    return not re.match(r"\s+of\b", text[end:end + 6]) and \
        not re.search(r"\b(?:weigh\w*|lift\w*|carr\w*|haul\w*|load\w*|cargo|freight|tons?)\b[^.;]{0,40}$",
                      text[max(0, start - 60):start], re.I)


_ISO_CODES = "USD|EUR|GBP|RUB|UAH|CHF|CNY|JPY|SGD|HKD|CAD|AUD|INR|KRW"
#: A currency code with a multiplier, as finance writes it: "40 MUSD", "1.2 BnEUR", "500 KUSD".
_SCALED_CODE = re.compile(rf"[ \u00a0]?(M|MM|K|Bn|BN)({_ISO_CODES})\b")
_SCALE_OF_CODE = {"M": 1e6, "MM": 1e6, "K": 1e3, "Bn": 1e9, "BN": 1e9}
#: A multiplier after a currency code that follows the amount: "60 USD million".
_MULTIPLIER_AFTER_CODE = re.compile(r"[ \u00a0](thousand|million|billion|trillion|mn|bn)\b", re.I)


def _read_scaled_code(text: str, r: _Reading) -> None:
    """An amount whose currency code carries the multiplier ("40 MUSD" = 40,000,000 USD), or
    whose multiplier follows the code ("60 USD million")."""
    if r.num.scaled:
        return
    m = _SCALED_CODE.match(text, r.qend) if r.unit is None else None
    factor = 0.0
    if m:
        factor, r.unit, r.qend2 = _SCALE_OF_CODE[m.group(1)], m.group(2), m.end()
    elif r.unit is not None and r.currency is None and re.fullmatch(
            rf"[ \u00a0]?(?:{_ISO_CODES})", text[r.qend:r.qend2], re.I):
        m = _MULTIPLIER_AFTER_CODE.match(text, r.qend2)
        if m:
            factor, r.qend2 = _MULT[m.group(1).lower()], m.end()
    elif r.currency is not None and r.unit == r.currency[0] and r.qend2 == r.qend:
        m = _SPACED_MILLION.match(text, r.qend)
        if m:  # "£5 m", "€12 m": a currency's amount in millions with a space before the "m"
            factor, r.qend2 = 1e6, m.end()
        m = _GLUED_TRILLION.match(text, r.qend)
        if m:  # "$2.1T": trillions, as a headline shortens them
            factor, r.qend2 = 1e12, m.end()
    if factor:
        r.lo, r.hi = r.lo * factor, r.hi * factor


#: A capital "T" glued to an amount of money: trillions ("$2.1T").
_GLUED_TRILLION = re.compile(r"T\b(?![.'’]?\w)")

#: A spaced "m" after an amount of money: millions ("£5 m last year"), not a word that goes on
#: ("$5 m.p.h."), nor metres told by a size ("€5 m high" does not occur; the money sign decides).
_SPACED_MILLION = re.compile(r"[ \u00a0]m\b(?![.'’]?\w)(?![ \u00a0]*(?:x|×)[ \u00a0]*\d)")


#: A plus glued to a number, then the plural noun it counts (up to two words between): "2000+ apps",
#: "1500+ Partner integrations"; not a year's "2020+" alone.
_PLUS_COUNT_AFTER = re.compile(r"\+(?:[ \u00a0]+[A-Za-z][\w-]*){0,2}?[ \u00a0]+[a-z][a-z-]*[a-rt-z]s\b")


#: What after a number right behind a capitalised noun makes it count or score, not name (besides a
#: plural noun after it, read from the parse): a dash to another number, "of" / "out of" / "per" / "percent", a comma
#: before another such pair or "of" (a list of scores, an age: "Omar Reyes 33, of Leeds"), a plus.
_COUNTS_AFTER_NAME = re.compile(
    r"[ \u00a0]*[-–—/]|[ \u00a0]+(?:of|out|per|percent|to|and|or(?![ \u00a0]+(?:later|newer|higher|above)\b))\b"
    r"|[ \u00a0]*,[ \u00a0]*(?:of\b|[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*)*[ \u00a0]+\d)|\+|[ \u00a0]*%", re.I)
#: After the number of a named thing, a later release of it: "iOS 15 or later", "Droid 8.0 or newer".
_LATER_RELEASE_AFTER = re.compile(r"\+?[ \u00a0]+or[ \u00a0]+(?:later|newer)\b", re.I)
#: A list of scores before the pair: "Hawks 3, Owls 1".
_SCORE_BEFORE_NAME = re.compile(r"\d[ \u00a0]*,[ \u00a0]*$")
#: Capitalised words a number after is no name's: determiners and words that open a sentence
#: before a count ("My 20 picks"), and currency abbreviations ("Rs 300").
_NOT_A_NAME = frozenset("""the a an my our your his her their its this that these those some only just all and but for
with of to from in on at by about over under nearly almost around roughly top no rs rp ksh sh rm""".split())


def _name_number(text: str, r: _Reading, doc: Doc) -> bool:
    """Is the bare number the number of a name, right after a capitalised noun the parse took for a
    name or a noun ("Starfall 2 is out", "as Figure 4 shows", "PostgreSQL 9.6", "Volume 12 Out")?
    Not when a noun after it makes it a count ("Kim 19 points", "Lee 1 assist"), nor a score, a
    rating or an age ("Hawks 5-4", "Rated 3.5 out of 4", "Omar Reyes 33, of Leeds"), nor after a
    verb ("Sell 100 items") or a plural (a team's score, "Owls 2"; rooms listed, "Rooms 101, 102")."""
    tok = _token_at(doc, r.start)
    if tok is None or tok.i == 0 or tok.idx != r.start:
        return False
    prev = doc[tok.i - 1]
    capital = prev.text[:1].isupper() or any(c.isupper() for c in prev.text[1:])  # "Vue", "iOS"
    if capital and prev.whitespace_ and prev.lower_ not in _NOT_A_NAME and _LATER_RELEASE_AFTER.match(text, r.end):
        return True  # "needs Droid 8.0 or newer", "runs on iOS 15 or later": a release of a named thing
    if prev.whitespace_ == "" or not capital or prev.pos_ not in ("PROPN", "NOUN") \
            or prev.tag_ in ("NNS", "NNPS") \
            or prev.lower_ in _NOT_A_NAME or prev.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY"):
        return False
    if _COUNTS_AFTER_NAME.match(text, r.end) or _SCORE_BEFORE_NAME.search(text, max(0, prev.idx - 8), prev.idx):
        return False
    after = doc[tok.i + 1:tok.i + 3]
    counted = any(t.tag_ in ("NN", "NNS", "NNPS") for t in after[:1]) or (
        len(after) == 2 and after[0].pos_ in ("ADJ", "NUM") and after[1].tag_ in ("NN", "NNS", "NNPS"))
    if counted:
        return False
    if prev.is_sent_start or not text[_line_start(text, prev.idx):prev.idx].strip():
        # opening its sentence, the word may be no name ("Nearly 40 came"): only a verb or the end of
        # a label after the number makes it one ("Figure 4 shows", "Pattern 2:", "Volume 12")
        return not after or after[0].pos_ in ("VERB", "AUX") or after[0].text in (":", ")") or after[0].is_space
    return True


#: Small numbers in words that "a" or "an" may make a thing ("a three", "a six").
_THING_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
#: Words between "a" and a number that make it a count still ("a further three were hurt").
_COUNT_STILL_WORDS = frozenset("further additional extra estimated total mere other remaining whopping "
                               "reported staggering full good solid possible maximum combined record".split())


def _number_as_a_thing(doc: Doc, start: int) -> bool:
    """Is the number in words at ``start`` a thing named by its number, "a" or "an" before it and
    no noun after it ("hit a three", "an open three", "rolled a six"), not a count ("a further
    three were hurt", "a three-hour wait")?"""
    tok = _token_at(doc, start)
    if tok is None or tok.lower_ not in _THING_NUMBER_WORDS or tok.dep_ == "nummod":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if any(c.lower_ in _COUNT_STILL_WORDS for c in tok.children):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "NUM") and nxt.text != "-")


def _rejected_by_parse(text: str, r: _Reading, doc: Doc | None) -> int | None:
    """Where to go on when the number is a year, or the parse says it is not a quantity (a
    date or name entity, a reference back: "the two countries"); else None."""
    # a percentage sign, currency or unit saves a 4-digit number from being a year, and so does a
    # glued plus before the plural it counts ("2000+ partner apps")
    plus_count = r.unit is None and r.end - r.start == 4 and _PLUS_COUNT_AFTER.match(text, r.end) is not None
    if r.unit is None and not plus_count and _looks_like_year(text, r.start, r.end, r.num, r.qstart, r.lo, r.hi, doc):
        return r.end
    # a currency before the number makes it an amount, whatever entity the parse sees in it
    # ("EUR5m" is one token, "GBP 900" a "product"); a fraction sign is never part of a name
    sure = r.currency is not None or text[r.end - 1] in _VULGAR or plus_count
    if doc is not None and not sure and not _doc_allows(doc, r.start, r.end, r.unit):
        return r.qend2
    if doc is not None and r.num.word and r.lo == r.hi and r.qstart == r.start and r.unit is None \
            and _anaphoric(doc, r.start):
        return r.qend2  # "the two countries", "the three men": a reference back, not a count
    if doc is not None and r.num.word and r.lo == r.hi and r.qstart == r.start and r.unit is None \
            and _number_as_a_thing(doc, r.start):
        return r.qend2  # "hit a three", "rolled a six": a thing named by its number, not a count
    if doc is not None and r.unit is None and not r.num.word and r.qstart == r.start and r.qend2 == r.end \
            and _name_number(text, r, doc):
        return r.qend2  # "Starfall 2 is out", "in Figure 4", "PostgreSQL 9.6": the number of a name
    if r.unit is None and r.lo < r.hi and _MONTH_AFTER.match(text[r.qend:r.qend + 20]):
        return r.qend2  # "23–27 March": days of a month
    if r.unit is None and _year_range(text, r, doc):
        return r.qend2  # "1550–1950", "(ca. 1690–1710)": a span of years, not a count
    if doc is not None and r.unit is None and r.lo < r.hi and _named_pair(text, doc, r.start, r.qend):
        return r.qend2  # "a 7-11 store", "a 1-2 pitch": a name or a state, not a range
    return None


def _year_range(text: str, r: _Reading, doc: Doc | None) -> bool:
    """Is the range read a span of years ("1550–1950", "1914-1918"): two numbers of four digits
    from 1000 to 2100, rising, with no plural noun after them ("1500-2000 people" counts)?"""
    if not re.fullmatch(r"\d{4}\s?[-–—]\s?\d{4}", text[r.start:r.qend]) or not 1000 <= r.lo < r.hi <= 2100:
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", text[r.qend:r.qend + 30])
    if doc is not None and nxt is not None:
        tok = _token_at(doc, r.qend + nxt.start(1))
        return tok is None or tok.tag_ not in ("NNS", "NNPS")
    return nxt is None or not nxt.group(1).endswith("s")


#: Singular nouns a range of numbers may still qualify: "the 18-24 age group".
_RANGE_NOUNS = frozenset({"age", "range", "bracket", "band", "group", "window"})


def _named_pair(text: str, doc: Doc, start: int, end: int) -> bool:
    """Is ``text[start:end]``, two whole numbers joined by a dash ("7-11"), a name or a state
    rather than a range? A range counts many of something ("10-12 people", "aged 7-11"): a
    singular noun right after the pair ("a 7-11 store", "one 1-2 cutter"), or the pair as a
    whole noun phrase after "the" ("works at the 7-11 near the station"), names one thing."""
    if not re.fullmatch(r"\d{1,4}[-–]\d{1,4}", text[start:end]):
        return False
    first = _token_at(doc, start)
    nxt = next((t for t in doc[first.i:first.i + 6] if t.idx >= end and not t.is_space), None) if first else None
    if first is None or nxt is None:
        return False
    if nxt.tag_ == "NN" and nxt.lower_ not in _RANGE_NOUNS \
            and not re.match(r"[ \u00a0]+[a-z]+-[a-z]{3,}s\b", text[end:end + 40]):  # "20-80 foot-candles"
        return True
    before = doc[first.i - 1] if first.i else None
    return before is not None and before.lower_ == "the" and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _read_threshold_verb(r: _Reading, doc: Doc | None) -> None:
    """A threshold passed is a lower bound: "had passed 3,000", "losses topped 1,000"."""
    if doc is not None and r.lo_b and r.hi_b and r.lo == r.hi and r.qstart == (r.currency[1] if r.currency else r.start):
        verb = _threshold_verb(doc, r.start)
        if verb is not None:
            r.hi_b = False
            if verb.idx + len(verb.text) + 1 >= r.qstart:
                r.qstart = verb.idx


#: A plus after a number ("700-plus", "40+ years", "$900+/month"), not a sum ("5+3") nor a phone code.
#: A word, a list's separator ("Ages 14+ • 90 minutes") or a line's end may follow it.
_PLUS_AFTER = re.compile(r"-plus\b|\+(?=[ \u00a0]+[a-z•·|]|[ \u00a0]*[.,;:)\n•·|]|/[a-z]|$)", re.I)


#: "or so" after a number or its unit: about that much ("a mile or so", "100 or so people"); not
#: "or so-called", nor "or so that ..." / "or so it seemed" (a clause).
_OR_SO_AFTER = re.compile(r"[ \u00a0]+or[ \u00a0]+so\b(?!-)(?![ \u00a0]+(?:that|it|he|she|they|we|I|you|did|do|does|was|were|is)\b)",
                          re.I)


def _read_right(text: str, r: _Reading) -> None:
    """The right side: "or more" / "or fewer", a unit counted in another ("three decades"),
    a rate's denominator ("$2,000 a month")."""
    plus = _PLUS_AFTER.match(text, r.qend2)
    if plus and r.lo_b and r.hi_b and (r.qend2 == r.end or r.unit is not None):
        # "700-plus nominees", "40+ years", 'a 70"+ screen', "5km+", "3 hours+": a lower bound
        r.hi_b = False
        r.qend2 = plus.end()
        if r.unit is None:
            unit, unit_end = _unit_after(text, r.qend2)
            if unit is not None:
                r.unit, r.qend2 = unit, unit_end
    about = _OR_SO_AFTER.match(text, r.qend2)
    if about:  # "20 minutes or so", "100 or so people": about that many
        r.approx, r.qend2 = True, about.end()
        if r.unit is None:  # "20 or so minutes": the unit after it
            unit, unit_end = _unit_after(text, r.qend2)
            if unit is not None:
                r.unit, r.qend2 = unit, unit_end
    more = _OR_MORE.match(text, r.qend2)
    if more and r.lo_b and r.hi_b:  # "$100 million or more", "30 or fewer"
        if more.group(1).lower() in ("more", "higher", "greater", "above", "over", "up", "older"):
            r.hi_b = False
            r.no_bound = r.lo == 0 and r.unit is None  # "zero or more items": any number, no figure
        else:
            r.lo_b = False
        r.qend2 = more.end()
        if r.unit is None:  # "300 or more miles": the unit after the open side
            unit, unit_end = _unit_after(text, r.qend2)
            if unit is not None:
                r.unit, r.qend2 = unit, unit_end
    elif r.lo_b and r.hi_b and r.unit is None and r.lo == r.hi:
        side = _open_side_after_noun(text, r.qend2)
        if side == "low":  # "teams of 6 people or more": the noun stays after the number, the bound is read
            r.hi_b = False
        elif side == "high":  # "if your team needs 4 seats or fewer"
            r.lo_b = False
    if r.unit in _SCALED_UNITS:  # "three decades" = 30 years
        factor, r.unit = _SCALED_UNITS[r.unit]
        r.lo, r.hi = r.lo * factor, r.hi * factor
    below = _BELOW_ZERO_AFTER.match(text, r.qend2) or _cold_below(text, r)
    if below and r.unit in (None, "°", "°C", "°F") and r.lo == r.hi and r.lo > 0 and r.lo_b and r.hi_b:
        r.lo = r.hi = -r.lo  # "40 below zero", "5 degrees below freezing": under zero
        r.unit, r.qend2 = r.unit or "°", below.end()
    if r.unit is not None:
        both = _RATE_OF_THING_AND_TIME.match(text, r.qend2) or _RATE_THING_NO_PER.match(text, r.qend2)
        if both and r.unit in _CURRENCY_CODES:  # "$6/seat/month", "$12 per designer per year", "$15 seat a month"
            thing, per = both.group(1).lower(), both.group(2).lower()
            r.unit, r.qend2 = f"{r.unit}/{thing}/{_RATE_SHORT.get(per) or per}", both.end()
            return
        rate = _RATE_AFTER.match(text, r.qend2)
        if rate:  # "$2,000 a month", "$1.22 per share": the rate keeps its denominator
            per = rate.group(1).lower()
            r.unit, r.qend2 = f"{r.unit}/{_RATE_SHORT.get(per) or per.rstrip('s')}", rate.end()
            r.unit = _SPEEDS.get(r.unit, r.unit)  # "60 miles an hour" is 60 mph, as "60 miles per hour" is
            _read_rate_range(text, r, rate.group(0))
            return
        matter = _RATE_OF_MATTER.match(text, r.qend2) if r.unit not in _NO_MATTER_RATE else None
        if matter:  # "40,000 tonnes of steel a year": the rate keeps its denominator, the span stays the amount's
            r.unit = f"{r.unit}/{matter.group(1).lower()}"
            return
        often = _RATE_ADVERB.match(text, r.qend2) if r.unit in _CURRENCY_CODES else None
        if often:  # "$7 monthly", "a $40 weekly fee": paid so often
            r.unit, r.qend2 = f"{r.unit}/{_RATE_ADVERB_UNIT[often.group(1).lower()]}", often.end()


#: One word counted after a number, then "or more" / "or fewer" ("5 seats or fewer", "10 staff or
#: more"), not before "than" or another noun ("3 cats or more dogs").
_OPEN_SIDE_AFTER_NOUN = re.compile(
    r"[ \u00a0]+(?!(?:or|and|of|to|in|on|at|for|by|with|from|per|a|an|the|more|less|fewer)\b)[a-z][a-z'’-]*"
    r"[ \u00a0]+or[ \u00a0]+(more|fewer|less|greater)\b(?![ \u00a0]+(?:than\b|(?!(?:in|on|at|for|to|and|or|but|will"
    r"|can|may|must|is|are|was|were|per|each|of|who|that|which|get|pay|need)\b)[a-z]))", re.I)


def _open_side_after_noun(text: str, i: int) -> str | None:
    """The open side of a count told after its noun: "low" for "N seats or more", "high" for "N
    seats or fewer" / "or less"; None when no such words follow the number ending at ``i``."""
    m = _OPEN_SIDE_AFTER_NOUN.match(text, i)
    if m is None:
        return None
    return "low" if m.group(1).lower() in ("more", "greater") else "high"


#: Units no "of <matter> a year" makes a rate of: spans of time ("two hours of TV a day" stays a
#: length of time) and shares.
_NO_MATTER_RATE = frozenset({"%", "pp", "bp", "second", "minute", "hour", "day", "week", "month", "year", "decade",
                             "century", "ms"})


#: A length per hour read as a rate, by its unit of speed.
_SPEEDS = {"mi/hour": "mph", "km/hour": "km/h"}


def _read_rate_range(text: str, r: _Reading, rate: str) -> None:
    """A rate up to another of the same denominator: "$12 an hour to $15 an hour" is one range."""
    if r.lo != r.hi or not r.lo_b or not r.hi_b:
        return
    m = re.compile(rf"\s*(?:to|-|–)\s*(?:US\$|\$|€|£)?\s?({_NUM})", re.I).match(text, r.qend2)
    if not m or not text.startswith(rate, m.end()):
        return
    num2 = _num_at(m.group(1), m.start(1))
    if num2 is not None and num2.end == m.end() and num2.value > r.hi:
        r.hi, r.qend2 = num2.value, m.end() + len(rate)


def _finish(text, start, end, low, high, approx, unit, before, keep=False) -> Quantity | None:
    if not keep:
        # vague amounts can still carry a bound or hedge ("over several hundred")
        left = text[max(0, start - 40):start]
        for rx, eff in _PREFIX_RES:
            mm = rx.search(left)
            if mm and eff in ("low", "high", "approx"):
                start -= len(left) - mm.start()
                if eff == "low":
                    high = None
                elif eff == "high":
                    low = None
                else:
                    approx = True
                break
        cur = _currency_before(text, start)
        if cur:
            start, unit = cur[1], cur[0]
    return Quantity(
        text=text[start:end], start=start, end=end,
        low=None if low is None else _clean(low), high=None if high is None else _clean(high),
        approx=approx, unit=unit,
    )


#: A state of mind or a backing after a whole share ("100 percent sure", "not 100% understood"):
#: a word of :data:`_FIRMLY_WORDS` or of readiness and state ("100 percent fit", "100% safe").
_ATTITUDE_AFTER = re.compile(
    rf"[ \u00a0]+(?:(?:{_FIRMLY_WORDS}|supportive|clear|on\s+board|in\s+agreement|fit|healthy|ready|recovered"
    r"|comfortable|happy|positive|perfect|safe|secure|waterproof|genuine|free|up[ -]to[ -]date)\b|agree\b"
    # "complete" before the noun it describes: "100 percent complete answers" (not "is 100% complete by May")
    r"|complete[ \u00a0]+(?!(?:by|in|on|at|and|or|as|now|yet|with|for|after|before|since|so|but|when|this|that"
    r"|the|a|an)\b)[a-z])", re.I)
#: Before a share of the whole: feeling it ("felt 100% again", "not feeling 100 percent"), or a
#: recommendation ("we recommend it 100%", "recommend at 100 percent"): how fully, not a share.
_FULLY_BEFORE = re.compile(
    r"\b(?:(?:feel|feels|felt|feeling)(?:[ \u00a0]+(?:like|back|at))?"
    r"|recommend(?:s|ed|ing)?(?:[ \u00a0]+(?!(?:a|an|the|that|by|to)\b|\w+ing\b)[\w'’]+){0,2}(?:[ \u00a0]+at)?)[ \u00a0]+$",
    re.I)
#: After such a share: the clause ends, or goes on to whom ("... 100% to anyone", "100 percent again").
_FULLY_ENDS = re.compile(r"[ \u00a0]*(?:[.,;:!?)\"”’]|$|(?:to|for|again|now|yet|today)\b)", re.I)
#: What before more than the whole tells the hyperbole of effort or backing ("stood behind us
#: 200 percent", "gave it 110 percent").
_EFFORT_BEFORE = re.compile(r"\b(?:behind\s+(?:\w+\s+){0,2}|(?:give|gives|gave|giving|given)\s+(?:it\s+|\w+\s+)?)$", re.I)
#: A share of something after it: "gave 150 percent more", "150 percent of the target".
_MORE_OF_AFTER = re.compile(r"[ \u00a0]+(?:more|less|fewer|higher|lower|above|below|of|increase|rise)\b",
                            re.I)
#: Where a reply opens: the sentence's start, after a question's "A:" or a "Yes,".
_REPLY_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*|\bA:\s*)(?:(?:yes|absolutely|oh)\s*,?\s*)?$", re.I)


#: After "100%": a word of what something is made of or by, of its nature ("a 100% human support
#: team", "a 100% local staff", "100% natural soap"): "fully", not a share ("100% renewable power"
#: and "a 100% stake" stay).
_FULLY_OF_A_KIND_AFTER = re.compile(
    r"[ \u00a0]+(?:human|local|natural|organic|handmade|hand-made|homemade|home-made|independent|volunteer|vegan"
    r"|pure|authentic|original)\b", re.I)


#: Around "100%" told of how much one leans on something ("we rely 100% on gifts", "depends 100
#: percent upon"): wholly.
_RELY_BEFORE = re.compile(r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)[ \u00a0]+$", re.I)
_ON_AFTER = re.compile(r"[ \u00a0]+(?:on|upon)\b", re.I)


def _intensifier(text: str, r: _Reading) -> bool:
    """Is a share of the whole or more a figure of speech, not a figure: the whole or more of a
    state of mind ("100 percent sure", "not 100% understood", "110% committed"), more than the
    whole of effort or backing ("stood behind us 200 percent", "gave it 110 percent"), or the
    whole as a reply of its own ("A: One hundred per cent.")? A share of a thing stays ("100%
    renewable power", "up 200 percent")."""
    if r.unit != "%" or r.lo != r.hi or not (r.lo_b and r.hi_b) or r.lo < 100:
        return False
    if _ATTITUDE_AFTER.match(text, r.qend2) or r.lo == 100 and _FULLY_OF_A_KIND_AFTER.match(text, r.qend2):
        return True
    if r.lo == 100 and _RELY_BEFORE.search(text, max(0, r.qstart - 20), r.qstart) and _ON_AFTER.match(text, r.qend2):
        return True  # "we rely 100% on gifts": wholly
    if r.lo == 100 and _FULLY_BEFORE.search(text, max(0, r.qstart - 50), r.qstart) and _FULLY_ENDS.match(text, r.qend2):
        return True  # "she felt 100% again", "we recommend it 100%"
    before = text[max(0, r.qstart - 40):r.qstart]
    if r.lo > 100 and _EFFORT_BEFORE.search(before) and not _MORE_OF_AFTER.match(text, r.qend2):
        return True
    return bool(_REPLY_OPENS.search(before)) and re.match(r"\s*(?:[.!]|$)", text[r.qend2:r.qend2 + 3]) is not None


def _cold_below(text: str, r: _Reading) -> re.Match[str] | None:
    """ "below" with nothing after it that it is below, in a sentence about the cold ("the
    plains can drop to 35 below", "wind chills of 25 below tonight"): under zero, as "30
    below zero". Not "40 below the target" (below something named), nor without a word of cold."""
    below = _BELOW_ALONE_AFTER.match(text, r.qend2)
    if below is None:
        return None
    sentence = text[max(0, r.qstart - 200):r.qstart]
    sentence = re.split(r"[.!?]\s|\n", sentence)[-1]
    return below if _COLD_WORDS.search(sentence) else None


#: Units read as a multiple of another ("three decades" is 30 years).
_SCALED_UNITS = {"decade": (10, "year"), "century": (100, "year")}


def _glued_metres(text: str, start: int, end: int, raw: str, num: _Num) -> bool:
    """Is a glued "m" a length ("the 40m dry well", "a depth of 40m", "13m down"), not millions?"""
    if not (num.scaled and re.fullmatch(r"[\d.,]+m", raw)) or _currency_before(text, start):
        return False
    return bool(_METRE_AFTER.match(text, end) or _METRE_BEFORE.search(text[max(0, start - 30):start]))


def _subtraction(text: str, i: int) -> bool:
    """Does a number end right before ``i`` ("ten minus four", "10 minus 4"): the word is a
    subtraction, not a sign."""
    words = text[max(0, i - 24):i].split()
    return bool(words) and (words[-1][-1].isdigit() or words[-1][-1] == "%"
                            or words[-1].lower() != "a" and _word_value(words[-1].lower().strip(",")) is not None)


def _minus_before(text: str, start: int, num: _Num) -> bool:
    """A minus sign that belongs to the number: "-5", "$-99.99", "(−18", not "B-52" or "10-12"."""
    if num.word or start == 0 or text[start - 1] not in "-−":
        return False
    before = text[start - 2] if start >= 2 else " "
    return before in " \t\n($€£(" and not re.search(r"\d\s*$", text[max(0, start - 6):start - 1])


#: The letters of a country before a dollar sign: "C$", "HK$", "usd$", "NZD$", "Mex$"; spaced as a
#: tokenised text writes it only for "c $" and "hk $" (never "a $5 bill", "is $5").
_DOLLAR_COUNTRY = {"us": "USD", "usd": "USD", "hk": "HKD", "hkd": "HKD", "c": "CAD", "cad": "CAD", "a": "AUD",
                   "au": "AUD", "aud": "AUD", "s": "SGD", "sgd": "SGD", "nz": "NZD", "nzd": "NZD", "mx": "MXN",
                   "mxn": "MXN", "mex": "MXN"}
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:(us|usd|hk|hkd|c|cad|a|au|aud|s|sgd|nz|nzd|mx|mxn|mex)\$|(?<![^\s(])(hk|c) \$)\s?"
    rf"|(?<![A-Za-z])([{_SIGNS}])\s?"
    r"|\b(USD|EUR|GBP|RUB|UAH|CHF|CNY|JPY|SGD|HKD|CAD|AUD|INR|KRW)\s?)$")


def _currency_before(text: str, i: int) -> tuple[str, int] | None:
    window = text[max(0, i - 8):i]
    m = _CURRENCY_BEFORE.search(window)
    if not m:
        return None
    country = m.group(1) or m.group(2)
    code = _DOLLAR_COUNTRY[country.lower()] if country else _CURRENCY_SYMBOL[(m.group(3) or m.group(4)).lower()]
    return code, i - (len(window) - m.start())


#: A currency sign after the amount ("15 €", "500€"), not the sign of a next amount ("10 $30").
_SIGN_AFTER = re.compile(rf"[ \u00a0]?([{_SIGNS}])(?![ \u00a0]?\d)")


#: A lower-case "g" glued to a number is grams ("a 250g bag"); "5G" is a network.
_GLUED_GRAM = re.compile(r"g(?![\w²])")


#: Units a hyphened size names by its unit word ("a 270-acre farm"), read as that word's unit.
_HYPHEN_SIZES = frozenset({"acre", "hectare", "megawatt", "gigawatt", "gallon", "litre", "liter", "kilogram",
                           "kilo", "horsepower"})


#: Unit words of weight, length, time, power and storage a hyphen joins to a number ("an
#: 8-ounce steak", "a 24-hr. battery", "a 64-gigabyte card"), read as the word's unit.
_HYPHEN_UNIT_WORDS = frozenset({"ounce", "oz", "gram", "centimetre", "centimeter", "cm", "kg", "lb", "ft", "hr",
                                "kilowatt", "gigabyte", "terabyte", "yard", "watt", "amp", "volt", "cent"})


def _inch_mark(text: str, i: int) -> bool:
    """Is the double quote right after the digits at ``text[:i]`` a mark of inches ('a 34" screen',
    '22" long', 'a 70"+ TV'), not the end of a quotation? Never after a number that opens with a
    quotation mark or an equals sign (a quoted value); else a double prime always is; a straight
    double quote is when no quotation is open on its line (an even number of them before it, not
    counting those right after digits)
    and a word, a digit or a plus follows, not the end of a sentence."""
    if not (i and text[i - 1].isdigit()):
        return False
    num = re.search(r"[\d.,]+$", text[max(0, i - 20):i])
    before = text[i - len(num.group(0)) - 1] if num and i - len(num.group(0)) >= 1 else ""
    if before and before in "=\"“”″'‘’":
        return False  # 'width="80"', '=”4″': a value in quotation marks, not a length
    if text.startswith("″", i):
        return True
    if not text.startswith('"', i):
        return False
    opened = len(re.findall(r'(?<!\d)"', text[_line_start(text, i):i]))  # the marks of inches do not count
    return opened % 2 == 0 and re.match(r'"(?:\+|[ \u00a0]*[A-Za-z0-9(])', text[i:i + 3]) is not None


#: "in" after a number is inches, not the preposition, only where a size says so: a word of
#: size after it ("2 in thick", "a 6 in. wide slot"), a side of a size ("12 in x 8 in"), or feet
#: before it ("6 ft 2 in").
_INCH_WORD = re.compile(r"[ \u00a0]in\b\.?(?=[ \u00a0]+(?:thick|thin|wide|long|tall|high|deep|across|in[ \u00a0]+diameter)\b"
                        r"|[ \u00a0]*(?:x|×|by)[ \u00a0]*\d)")
_INCH_AFTER_FEET = re.compile(r"\d[ \u00a0]?(?:ft\.?|feet|foot)[ \u00a0]+\d{1,2}(?:\.\d+)?$")
_INCH_WORD_ENDS = re.compile(r"[ \u00a0]in\b\.?(?![ \u00a0]*[\w(\"“‘'’$€£])")


#: A spaced "m" after digits: metres where a size says so ("2.5 m high", "a depth of 40 m", "4 m x 5 m").
_SPACED_METRE = re.compile(r"[ \u00a0]m\b(?![.'’]?\w)")
_METRE_SIDE_AFTER = re.compile(r"[ \u00a0]*(?:x|×|by)[ \u00a0]*\d[\d.,]*[ \u00a0]?m\b")
_METRE_SIDE_BEFORE = re.compile(r"\d[ \u00a0]?m[ \u00a0]*(?:x|×|by)[ \u00a0]*[\d.,]*$")


def _spaced_metres(text: str, i: int, end: int) -> bool:
    """Is the spaced "m" at ``i`` (after digits) metres? Not after a currency (that is millions),
    and only with a word of size or a side of a size around it."""
    digits = re.search(r"\d[\d.,]*$", text[max(0, i - 20):i])
    start = i - len(digits.group(0)) if digits else i
    if _currency_before(text, start):
        return False
    return bool(_METRE_AFTER.match(text, end) or _METRE_SIDE_AFTER.match(text, end)
                or _METRE_BEFORE.search(text[max(0, start - 30):start])
                or _METRE_SIDE_BEFORE.search(text[max(0, start - 20):i]))


#: A share whose number alone is quoted: "is “99” percent sure" (the quotation marks the
#: speaker's own number, the word after it still says what it is).
_QUOTED_NUMBER_SHARE = re.compile(r"[\"”][ \u00a0]+(?:percent|per[ \u00a0]cent)\b", re.I)


def _quoted_share(text: str, i: int) -> int | None:
    """Where "percent" ends after a number in digits that a quotation holds alone ("“95” percent",
    "\"99.9\" per cent"), or None: the quotation closes at ``i`` and opened right before the number."""
    m = _QUOTED_NUMBER_SHARE.match(text, i)
    if m is None:
        return None
    j = i
    while j > 0 and (text[j - 1].isdigit() or text[j - 1] in ".,"):
        j -= 1
    return m.end() if j < i and j > 0 and text[j - 1] in "\"“" else None


def _unit_after(text: str, i: int) -> tuple[str | None, int]:
    quoted = _quoted_share(text, i)
    if quoted is not None:
        return "%", quoted
    if _inch_mark(text, i):
        return "in", i + 1
    metres = _SPACED_METRE.match(text, i)
    if metres and i and text[i - 1].isdigit() and _spaced_metres(text, i, metres.end()):
        return "m", metres.end()
    inch = _INCH_WORD.match(text, i)
    if inch is None and _INCH_AFTER_FEET.search(text, max(0, i - 14), i):
        inch = _INCH_WORD_ENDS.match(text, i) or re.compile(r"[ \u00a0]in\b\.?(?=[ \u00a0]+(?:tall|long|wide|high)\b)").match(text, i)
    if inch is not None and i and text[i - 1].isdigit():
        return "in", inch.end()
    m = _SIGN_AFTER.match(text, i)
    if m:
        return _CURRENCY_SYMBOL[m.group(1)], m.end()
    m = _GLUED_GRAM.match(text, i)
    if m and i and text[i - 1].isdigit():
        return "g", m.end()
    m = _UNIT_AFTER.match(text, i)
    if m:
        word = re.sub(r"\s+", " ", m.group(0).strip().lower())
        if _unknown_compound_unit(text, m.end(), word):
            return None, i  # "20-80 foot-candles": a unit the table lacks, not feet
        if word in UNITS:
            return UNITS[word], m.end()
        if word in _CURRENCY_WORD:
            return _CURRENCY_WORD[word], m.end()
    m = _HYPHEN_UNIT.match(text, i)
    if m:
        word = m.group(0)[1:].lower()
        if word.endswith("-old"):  # an age: "a 34-year-old", "a 13-month-old", "a 7-day-old"
            return word[:-len("-old")].rstrip("s"), m.end()
        base = "inch" if word == "inches" else word.rstrip("s")
        table = {"kilometre": "km", "kilometer": "km", "km": "km", "mile": "mi", "metre": "m",
                 "meter": "m", "tonne": "t", "ton": "t", "percent": "%", "inch": "in", "foot": "ft",
                 "feet": "ft", "degree": "°", "basis-point": "bp", "mph": "mph", "km/h": "km/h",
                 "kph": "km/h", "mpg": "mpg"}
        if base in table:
            return table[base], m.end()
        if base in _HYPHEN_SIZES:  # "a 270-acre farm", "a 500-megawatt plant", "a 5-gallon jug"
            return UNITS[base], m.end()
        if base in _HYPHEN_UNIT_WORDS:  # "an 8-ounce steak", "a 24-hr. battery", "a 2-kg bag"
            return UNITS[base], m.end()
        if base in ("year", "month", "week", "day", "hour", "minute"):
            return base, m.end()
        if base in _CURRENCY_WORD:  # "a 20-dollar bill", "a 10-euro note", "a one-yen bid"
            return _CURRENCY_WORD[base], m.end()
        if base == "pound":
            unit = _pound_before_noun(text, m.end())
            return (unit, m.end()) if unit else (None, i)
        return None, i  # -strong, -member: a count of the noun that follows
    letter = _electric_letter(text, i)
    if letter is not None:
        return letter, i + 1
    return None, i


#: A lone capital glued to a number that may be a unit of electricity: amperes, watts, volts.
_ELECTRIC_LETTER = re.compile(r"[AWV](?![\w'’])")
#: What tells that such a letter is a unit: a word of electric power in the text around it.
_ELECTRIC_WORDS = re.compile(
    r"\b(?:amps?|amperes?|watts?|volts?|voltage|kw|kwh|mw|electric\w*|sockets?|outlets?|plugs?|chargers?|charging"
    r"|charge[ -]rate|circuits?|breakers?|mcbs?|rcds?|rcbos?|fuses?|fused|mains|batter(?:y|ies)|amplifiers?|amp"
    r"|speakers?|subwoofers?|bulbs?|motors?|inverters?|wiring|psu|adapt[eo]rs?|usb|per[ \u00a0]+channel)\b", re.I)


def _electric_letter(text: str, i: int) -> str | None:
    """The unit of a lone "A", "W" or "V" glued to the number that ends at ``i``, when words of
    electric power are around it ("a 32A socket", "a 100W amp", "a 12V battery"): amperes, watts,
    volts. None elsewhere: the letter of a name or a grade ("Route 9A", "Class 6A") or a street
    ("100 W Main St.", not glued)."""
    if not (i and text[i - 1].isdigit() and _ELECTRIC_LETTER.match(text, i)):
        return None
    if _ELECTRIC_WORDS.search(text, max(0, i - 200), min(len(text), i + 100)) is None:
        return None
    return text[i]


#: A hyphen and a plural noun glued to a unit's word: the two make one unit ("foot-candles",
#: "person-hours"); an adjective ("6 foot-tall") keeps the unit.
_COMPOUND_UNIT_TAIL = re.compile(r"-([a-z]{3,}s)\b")


def _unknown_compound_unit(text: str, i: int, word: str) -> bool:
    """Does the unit's word read just before ``i`` begin a compound unit the table lacks ("20-80
    foot-candles", "400 person-hours" if not listed)? Its first piece alone would name another
    unit (feet); a compound the table knows is read whole before."""
    m = _COMPOUND_UNIT_TAIL.match(text, i)
    if m is None:
        return False
    whole = f"{word}-{m.group(1)}"
    return whole not in UNITS and whole.rstrip("s") not in UNITS


_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+([a-z]+)){1,2}")


def _pound_before_noun(text: str, i: int) -> str | None:
    """The unit of "-pound" glued to a number, read from the noun after it (an adjective may
    come between): a weight before a person or an animal ("the 225-pound forward", "a 40-pound
    dog"), money before what money buys or is paid as ("a 5-pound note", "a 50-pound fine");
    None when the noun tells neither ("a 5-pound bag")."""
    after = _WORDS_AFTER.match(text, i)
    words = re.findall(r"[a-z]+", after.group(0)) if after else []
    for w in words:
        if w in _WEIGHED_NOUNS or (w.endswith("s") and w[:-1] in _WEIGHED_NOUNS):
            return "lb"
        if w in _POUND_MONEY_NOUNS:
            return "GBP"
    return None


def _looks_like_year(text, start, end, num, qstart, lo, hi, doc) -> bool:
    if num.word or num.scaled or not re.fullmatch(r"\d{4}", text[start:end]):
        return False
    if not 1800 <= num.value <= 2100 or lo != hi:
        return False
    if qstart < start:  # "about 2000", "over 1900"
        return False
    if doc is not None:
        tok = _token_at(doc, start)
        if tok is not None and tok.ent_type_ not in ("DATE", "TIME") and tok.dep_ == "nummod" \
                and tok.head.tag_ in ("NNS", "NNPS") and not year_of_things(text, start, end):
            return False
        return True
    return not _YEAR_AFTER_OK.match(text, end)


#: Before a year that dates the noun after it: a possessive ("its 2025 plans", "the firm's 2024
#: results").
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|our|his|her|my|your)|\w['’]s)[ \u00a0]+$", re.I)
#: After a year: a noun of what a year dates ("2022 data", "2024 sales figures"), maybe after a
#: word or two of its kind ("2023 tax returns").
_DATED_BY_YEAR_AFTER = re.compile(
    r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+(?:data|figures|numbers|results|estimates|statistics|stats|forecasts"
    r"|budgets?|rankings|guidelines|rates|prices|returns|earnings|sales|elections|midterms|models|editions"
    r"|plans|offerings|lineups?|rules|reports|accounts|filings)\b", re.I)


def year_of_things(text: str, start: int, end: int) -> bool:
    """Is the four-digit number at ``text[start:end]``, before a plural noun, a recent year that
    dates it ("its 2025 business plans", "2022 data from the agency", "the 2024 sales figures"),
    not a count ("their 2000 workers", "2000 plans were filed")? A possessive before it, or a noun
    after it of what a year dates."""
    if not re.fullmatch(r"(?:19[5-9]|20[0-4])\d", text[start:end]):
        return False
    if _YEAR_AFTER_OK.match(text, end):
        return False  # "their 2000 workers": people and things counted by the thousand
    return bool(_OWNER_BEFORE.search(text, max(0, start - 20), start)) \
        or bool(_DATED_BY_YEAR_AFTER.match(text, end) and not re.search(r"\d[ \u00a0]*$", text[max(0, start - 3):start]))


#: The rest of a token after a number that is no quantity: a thousands comma does not end it
#: ("(1,204/18,330)" is skipped whole, not cut after its comma into a count of 330).
_TOKEN_REST = re.compile(r"[\w:./-]*(?:,\d{3}(?!\d)[\w:./-]*)*")


def _skip_token(text: str, i: int) -> int:
    m = _TOKEN_REST.match(text, i)
    return m.end() if m else i


def _skip_phone(text: str, i: int) -> int:
    m = re.compile(r"[\d\s().-]*\d").match(text, i)
    return m.end() if m else i


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _threshold_verb(doc: Doc, char: int):
    """The verb a number is passed by, when the number (or "the 3,000 mark") is its object."""
    tok = _token_at(doc, char)
    if tok is None:
        return None
    while tok.dep_ in ("compound", "quantmod", "nummod") and tok.head.pos_ == "NUM" and tok.head.i > tok.i:
        tok = tok.head  # "2 million"
    obj = tok
    if tok.dep_ == "nummod" and tok.head.lemma_ in _THRESHOLD_NOUNS:
        obj = tok.head  # "passed the 3,000 mark"
    elif tok.pos_ != "NUM":
        return None
    head = obj.head
    if obj.dep_ == "dobj" and head.i < obj.i and head.pos_ == "VERB" and head.lemma_.lower() in _THRESHOLD_VERBS:
        return head
    return None


def _anaphoric(doc: Doc, char: int) -> bool:
    """ "the two countries": a small number word between a definite determiner or a possessive
    ("his two sons") and a plural noun that nothing after it describes (adjectives before it
    may: "the two rival banks") names things already introduced; "the 500 officers", "only
    three generals" and "the three soldiers who were killed" stay figures."""
    tok = _token_at(doc, char)
    if tok is not None and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "these", "those") \
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and 2 <= (parse_number(tok.text) or 0) <= 10 \
            and not any(c.dep_ in ("relcl", "acl") for c in tok.children):
        # "the two talked", "between the three": a pronoun for people already named ("the
        # three who died" picks a set out and counts it)
        return True
    if tok is None or tok.i == 0 or tok.dep_ != "nummod" or tok.head.i <= tok.i:
        return False
    # adjectives may stand between: "the two rival banks" are as known as "the two banks"
    # (a superlative picks a new set out: "the three oldest ports" is a count)
    if any(t.dep_ not in ("amod", "compound") or t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.tag_ == "JJS"
           for t in doc[tok.i + 1:tok.head.i]) or tok.head.i - tok.i > 3:
        return False
    value = parse_number(tok.text)
    if value is None or not 2 <= value <= 10:
        return False
    noun = tok.head
    before = doc[tok.i - 1]
    # a possessive names a known set too: "his two sons", "the men's two wives"
    known = before.lower_ in ("the", "these", "those", "both", "all") or before.dep_ == "poss" \
        or before.tag_ == "POS"
    if not known or noun.tag_ not in ("NNS", "NNPS"):
        return False
    if before.lower_ not in ("the", "these", "those", "both", "all") and noun.head.lemma_.lower() in _CASUALTY_VERBS:
        return False  # "her three children were killed": a toll, whoever's they were
    return not any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children)


def _nummod(doc: Doc | None, char: int) -> bool:
    if doc is None:
        return False
    tok = _token_at(doc, char)
    # "at one station", "in one sense": a single thing in a setting, not a count; "within one
    # victory", "by one vote" count how far or by how much
    return tok is not None and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and \
        (tok.head.dep_ != "pobj" or tok.head.head.lower_ in _MARGIN_PREPOSITIONS) and \
        (tok.head.lemma_ not in ("day", "time", "way", "thing", "side", "point", "hand") or _one_day_apart(tok))


#: After "one day": how far it is from a moment told ("one day after the vote", "one day later").
_APART_AFTER = re.compile(r"[ \u00a0]+(?:after|before|later|earlier|ago|prior\s+to)\b", re.I)


def _one_day_apart(tok: Token) -> bool:
    """Is the "one" of ``tok`` the count of "one day" told as a gap from a moment ("met only one
    day after the vote", "One day later, ..."), not "one day" as "some day" ("one day I will")?"""
    day = tok.head
    return day.lemma_ == "day" and day.i == tok.i + 1 and _APART_AFTER.match(doc_text(tok.doc), day.idx + len(day.text)) is not None


#: Prepositions whose object counts a distance or a margin ("within one vote", "by one goal").
_MARGIN_PREPOSITIONS = frozenset({"within", "by"})


def _counted_in_a_list(tok: Token) -> bool:
    """Is ``tok``'s noun one of a list of counted nouns ("one female and three male", "two
    adults and one child")? Then a singular noun after a number is counted, not named."""
    noun, doc = tok.head, tok.doc
    others = [noun.head] if noun.dep_ == "conj" else []
    others += [c for c in noun.children if c.dep_ == "conj"]
    if any(c.dep_ == "nummod" for o in others for c in o.children):
        return True
    # the parse may miss the list: a number and a noun just before or after, joined by "and"
    after = doc[noun.i + 1:noun.i + 3]
    before = doc[max(0, tok.i - 3):tok.i]
    return (len(after) == 2 and after[0].lower_ in ("and", "or", ",") and after[1].like_num) or \
        (len(before) == 3 and before[2].lower_ in ("and", "or", ",") and before[0].like_num
         and before[1].pos_ in ("NOUN", "ADJ"))


_NAME_ENTS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE"}


def _ent_of(tok: Token) -> Span | None:
    """The entity span holding ``tok`` (walking its IOB tags: no scan of every entity)."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _counts_after_a_person(tok: Token) -> bool:
    """Is ``tok``, in digits at the end of a person's name as the parse drew it, a count of the
    plural noun after the name ("called Bob 3 times", "gave Ann 40 dollars")? A person's name
    does not end in digits; a product's may ("Galaxy S9", "Windows 10 users")."""
    ent = _ent_of(tok)
    return ent is not None and tok.ent_type_ == "PERSON" and tok.i == ent.end - 1 and len(ent) > 1 \
        and tok.text.isdigit() and tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.tag_ == "NNS"


def _counts_after_a_date(ent: Span) -> bool:
    """Does a date entity as the parse drew it end in a count of the plural noun right after
    it ("Last week 250 nurses", "expected 1500-2000 visitors")? A number before a counted
    plural noun is a count, not part of the date ("2 days ago" keeps its noun inside)."""
    doc = ent.doc
    last = ent[-1]
    if ent.end >= len(doc) or not last.like_num or not re.fullmatch(r"[\d,.]+", last.text):
        return False
    noun = doc[ent.end]
    return noun.tag_ in ("NNS", "NNPS") and last.whitespace_ != "" \
        and noun.lower_ not in TIME_PLURALS


def date_part(ent: Span) -> Span | None:
    """The date entity ``ent`` without the count it swallowed ("Last week 250" before
    "nurses" is "Last week"); None when the count is all it held ("1500-2000" visitors)."""
    if not _counts_after_a_date(ent):
        return ent
    end = ent.end
    while end > ent.start and (ent.doc[end - 1].like_num or ent.doc[end - 1].text in "-–—"):
        end -= 1
    return ent.doc[ent.start:end] if end > ent.start else None


#: Plural time words that keep a number inside a date ("2 days", "the 1990s ... years").
TIME_PLURALS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
                          "centuries", "nights", "mornings", "evenings", "weekends", "quarters"})


def _number_of_a_name(tok: Token) -> bool:
    """Is ``tok``, a number right after a capitalised name and before the noun both modify,
    part of the name ("the Apollo 11 astronauts", "Windows 10 users", "the Boeing 737
    jets")? A name that is the object of a verb before a count ("told Reuters 40 people
    were killed") modifies no noun after it, and a person's name is not numbered."""
    doc = tok.doc
    if tok.i == 0 or tok.dep_ != "nummod" or tok.head.i <= tok.i or not re.fullmatch(r"\d{1,4}", tok.text):
        return False
    name = doc[tok.i - 1]
    return name.pos_ == "PROPN" and name.text[:1].isupper() and name.whitespace_ != "" \
        and name.dep_ in ("nmod", "compound") and name.head.i == tok.head.i \
        and name.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE", "MONEY")


def _counts_plural_after(tok: Token) -> bool:
    """Does the number count the plural noun right after it ("3 nights in a row", "five
    evenings")? Such a number is no clock time, whatever span of time the tagger sees."""
    head = tok.head
    return tok.dep_ == "nummod" and head.i == tok.i + 1 and head.tag_ in ("NNS", "NNPS")


def _glued_unit(tok: Token, start: int, unit: str | None) -> bool:
    """Is the token the number read at ``start`` with its unit glued to it, and nothing else
    ("500MW", "64GB", "50mm")? A measure, whatever name the tagger takes it for; a name's
    number has no unit ("Apollo 11") or letters before it ("S9")."""
    return unit is not None and tok.idx == start and re.fullmatch(r"\d[\d.,]*[A-Za-zµ°²³]+", tok.text) is not None


#: A number on a scale of magnitude: "magnitude 6.1", "a magnitude-7 quake" before it, "6.1
#: magnitude", "6.1-magnitude", "5.9 on the Richter scale" after it.
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ \u00a0-]+(?:of[ \u00a0]+)?$", re.I)
_MAGNITUDE_AFTER = re.compile(r"(?:[ \u00a0-]+magnitude\b|[ \u00a0]+on[ \u00a0]+the[ \u00a0]+(?:open-ended[ \u00a0]+)?Richter\b"
                              r"|[ \u00a0]+(?:and|or|to)[ \u00a0]+\d{1,2}\.\d[ \u00a0-]+magnitude\b)", re.I)


def magnitude_at(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` a magnitude of an earthquake: "magnitude" or "on the
    Richter scale" next to it, or after the number it is paired with ("the 6.1 and 6.4 magnitude
    quakes")? A number of at most two digits before its point."""
    if not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", text[start:end]):
        return False
    return bool(_MAGNITUDE_BEFORE.search(text, max(0, start - 16), start) or _MAGNITUDE_AFTER.match(text, end))


def _doc_allows(doc: Doc, start: int, end: int, unit: str | None) -> bool:
    """What the parse says about the number at ``start:end`` (True: keep it)."""
    tok = _token_at(doc, start)
    if tok is None:
        return True
    if magnitude_at(doc_text(doc), start, end):
        return True  # "a magnitude 6.1 quake", "the 6.1 magnitude quake": a measure, not a name's number
    ent = tok.ent_type_
    if ent in _NAME_ENTS and not _counts_after_a_person(tok) and not _glued_unit(tok, start, unit):
        return False  # Apollo 11, Formula 1, the Class of 1999
    if ent == "TIME" and unit is None and not _counts_plural_after(tok):
        return False  # a clock time; a unit makes a length of time or a measure, a plural noun a count
    if ent == "DATE":
        ent_span = _ent_of(tok)
        if ent_span is not None and not _counts_after_a_date(ent_span):
            et = ent_span.text.lower()
            if re.search(rf"\b{_MONTH}\b|day\b|\bago\b|\blast\b|\bnext\b|\bthis\b|\d{{4}}|'\d\d|\d0s\b", et) \
                    and unit is None:  # a unit makes a length of time or a measure, not a date
                return False
    # a number right after a name is part of it: "Desk 88", "Hustla 3"
    if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].whitespace_ == "" \
            and doc[tok.i - 1].ent_type_ not in ("DATE", "MONEY") \
            and not (tok.dep_ == "nummod" and tok.head.i > tok.i) and unit is None:
        return False
    if _number_of_a_name(tok) and unit is None:
        return False  # "the Apollo 11 astronauts", "Windows 10 users": the name's number
    # a number modifying a singular noun names a thing: "810 brigade", "Route 66"; not a multiple
    # of it ("nine times the water": the parse may hang the number on the noun compared)
    if tok.dep_ == "nummod" and tok.head.tag_ == "NN" and unit is None and tok.i < tok.head.i \
            and not tok.head.lower_.endswith("s") \
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _PORTION_WORDS) \
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "times"):  # "2 tbsp butter"
        val = parse_number(tok.text)
        if val is not None and val > 1 and tok.head.lower_ not in ("percent", "dozen", "%") \
                and tok.head.lemma_ not in _THRESHOLD_NOUNS and tok.head.lower_ not in _UNMARKED_PLURALS \
                and not re.search(r"strong|old$", tok.head.lower_) and not _counted_in_a_list(tok):
            between = doc[tok.i + 1:tok.head.i]
            if not any(t.lower_ in ("-", "of") for t in between):
                return False
    return True
