"""Score the quantity extractor on quantities-dev: value P/R/F1 and unit accuracy.

Usage: ``python benchmarks/quantities_eval.py [--shared ../shared] [--show]``

Reads ``datasets/quantities-dev``: quantulum3's test sentences (``value``, ``unit``,
``surface``) and the four Recognizers-Text sets (``low``/``high``, ``normalized_unit``).
Each sentence is parsed and run through :func:`storyline.extract.quantities.quantities`.

Matching: a gold quantity is found when an extracted quantity of the sentence has its value
as ``low`` or ``high`` (a range matches on either end), each extraction matched at most once.
Conventions mapped rather than counted as errors (the gold comes from tools with other
rules): a range matches quantulum3's single value at its middle ("8- to 16-meter" = 12);
a gold quantity whose surface is a year, a date, a clock time or an ordinal is not a
figure by DESIGN.md and is left out of the gold; a gold unit is compared through
:data:`UNIT_NAMES` (``metre`` = ``m``, ``pound sterling`` = ``GBP``...), and a gold
``dimensionless``/``count`` matches no unit; ages and durations ("5 years old") are ``year``;
quantulum3 counts in dozens where storyline gives the count (gold "a dozen" = 1 with unit
``dozen``, storyline 12), and gives a share as a ratio where storyline gives it in percent
(gold "two thirds" = 0.667, storyline 66.7 with unit ``%``): each is compared in storyline's
terms, the share's unit too; a rate keeps its denominator in storyline ("$1.2 billion a year" is ``USD/year``)
where the gold names only the numerator (``dollar``), so its unit is compared by the numerator;
a gold rate "A per B" is compared as "A/B" (:func:`gold_unit`), and a gold unit that is the noun
a count counts ("23 computers": ``computer``) matches a count's no unit (:func:`counted_noun`),
except in the currency set, where such a noun is money ("21 bitcoins").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"

#: gold unit name -> storyline unit
UNIT_NAMES = {
    "dimensionless": None, "count": None, "-": None, "people": None, "dozen": None, "gross": None,
    "dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "japanese yen": "JPY",
    "chinese yuan": "CNY", "canadian dollar": "CAD", "australian dollar": "AUD",
    "swiss franc": "CHF", "hong kong dollar": "HKD", "turkish lira": "TRY", "rupee": "INR",
    "mexican peso": "MXN", "percentage": "%", "metre": "m", "kilometre": "km", "mile": "mi",
    "foot": "ft", "inch": "in", "centimetre": "cm", "millimetre": "mm", "kilogram": "kg",
    "gram": "g", "milligram": "mg", "metric ton": "t", "tonne": "t", "ton": "t",
    "pound-mass": "lb", "square kilometre": "km2", "square metre": "m2", "square mile": "mi2",
    "kilometre per hour": "km/h", "mile per hour": "mph", "degree celsius": "°C", "celsius": "°C",
    "degree fahrenheit": "°F", "fahrenheit": "°F", "year": "year", "month": "month", "week": "week",
    "day": "day", "hour": "hour", "minute": "minute", "year of age": "year", "month of age": "month",
    "week of age": "week", "day of age": "day", "gallon": "gal", "litre": "l", "point": "point",
    "cent": "cent", "penny": "GBp", "degree": "°", "megabyte": "MB", "gigabyte": "GB",
    "kilowatt": "kW", "dollar per share": "USD/share", "dollar per hour": "USD/hour",
    "swiss franc per share": "CHF/share", "singapore dollar": "SGD", "microgram": "µg",
    # the same unit by its name where storyline gives its symbol
    "megawatt hour": "MWh", "gigahertz": "GHz", "centilitre": "cl", "millilitre": "ml", "ounce": "oz",
    "cubic foot": "ft3", "barrel": "bbl", "new zealand dollar": "NZD", "tablespoon": "tbsp", "teaspoon": "tsp",
    "cup": "cup", "kilowatt hour": "kWh", "cubic metre": "m3", "share": "share",
    # a millilitre is a cubic centimetre: the gold names the volume of "44 ml" in cm³
    "cubic centimetre": "ml",
    "square foot": "ft2", "yard": "yd", "watt": "W", "watt hour": "Wh", "nanometre": "nm", "byte": "B",
    "exabyte": "EB", "petabyte": "PB", "teraelectronvolt": "TeV", "electronvolt": "eV", "peseta": "ESP",
    "finnish markka": "FIM", "netherlands guilde": "NLG", "bitcoin": "BTC", "costa rican colón": "CRC",
    "georgian lari": "GEL", "lao kip": "LAK", "cubic kilometre": "km3",
}


def gold_unit(name: str) -> str | None:
    """The storyline unit of a gold unit name; a rate "A per B" is "A/B" by the parts' units
    ("dollar per kilogram" = ``USD/kg``, "percentage per year" = ``%/year``)."""
    if name in UNIT_NAMES:
        return UNIT_NAMES[name]
    parts = name.split(" per ")
    if len(parts) > 1 and parts[0] in UNIT_NAMES:  # "count per week" = "/week", as storyline keeps a count's rate
        return "/".join([UNIT_NAMES[parts[0]] or ""] + [UNIT_NAMES.get(p) or p for p in parts[1:]])
    return name


def counted_noun(gold: str, surface: str, text: str) -> bool:
    """Does the gold name as the unit the noun a count counts ("23 computers": computer; "six
    dolphins": dolphin)? storyline gives a count no unit and names what it counts as its measure."""
    words = gold.split()
    if not words or gold in UNIT_NAMES or " per " in gold:
        return False
    i = text.lower().find(surface.lower())
    after = text.lower()[i + len(surface):i + len(surface) + 60] if i >= 0 else ""
    return re.match(rf"[\s-]*(?:\w+[\s-]+){{0,2}}?{re.escape(words[-1])}(?:e?s)?\b", after) is not None
_NOT_FIGURE = re.compile(
    r"^(?:1[5-9]\d\d|20\d\d)s?$|\d(?:st|nd|rd|th)\b|\b\d{1,2}:\d\d\b|\b(?:a\.m\.|p\.m\.|am|pm)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)


def gold_rows(shared: Path) -> list[dict[str, Any]]:
    """Sentences with their gold quantities as ``{low, high, unit, surface}``."""
    base = shared / "datasets" / "quantities-dev"
    rows = []
    for r in json.loads((base / "quantulum3-quantities.json").read_text()):
        rows.append({"id": "quantulum3", "text": r["req"], "gold": [
            {"low": float(q["value"]), "high": float(q["value"]), "unit": q["unit"].lower(),
             "surface": q.get("surface", "")} for q in r["res"]]})
    for line in (base / "recognizers.jsonl").read_text().splitlines():
        r = json.loads(line)
        gold = []
        for q in r["quantities"]:
            low = q.get("low")
            high = q.get("high")
            if low is None and high is None:
                continue
            gold.append({"low": low, "high": high, "unit": (q.get("normalized_unit") or "-").lower(),
                         "surface": q.get("value") or ""})
        rows.append({"id": r["id"], "text": r["text"], "gold": gold, "set": r.get("set")})
    return rows


def _is_figure(surface: str, text: str) -> bool:
    return not _NOT_FIGURE.search(surface.strip())


def _matches(g: dict, q) -> bool:
    vals = {v for v in (q.low, q.high) if v is not None}
    if q.low is not None and q.high is not None and q.low != q.high:
        vals.add((q.low + q.high) / 2)  # quantulum3 gives a range as its middle
    want = {float(v) for v in (g["low"], g["high"]) if v is not None}
    if g.get("unit") == "dozen":
        want = {12 * v for v in want}  # quantulum3 counts in dozens, storyline the count
    elif q.unit == "%" and g.get("unit") in ("dimensionless", "-") and all(0 < v < 1 for v in want):
        want = {round(100 * v, 1) for v in want}  # a ratio (0.667) is a share in percent (66.7 %)
    return bool(want & {round(v, 6) for v in vals} or any(abs(a - b) < 1e-6 for a in want for b in vals))


def evaluate(shared: Path, *, show: bool = False) -> dict[str, float]:
    """Score every sentence; returns ``p, r, f1, unit`` (and prints the errors with ``show``)."""
    from storyline.extract.quantities import quantities
    from storyline.nlp import load_pipeline

    rows = gold_rows(shared)
    nlp = load_pipeline()
    tp = fp = fn = unit_ok = unit_n = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        got = quantities(row["text"], doc)
        free = list(range(len(got)))
        for g in row["gold"]:
            if not _is_figure(g["surface"], row["text"]):
                # a year, date, time or ordinal: not a figure by our definition; an extraction
                # of it is neither a hit nor a false figure
                for k in [k for k in free if _matches(g, got[k])][:1]:
                    free.remove(k)
                continue
            k = next((k for k in free if _matches(g, got[k])), None)
            if k is None:
                fn += 1
                if show:
                    print(f"FN {row['id']}: {g['surface']!r} {g['low']}..{g['high']} || {row['text'][:120]!r}")
                continue
            free.remove(k)
            tp += 1
            want = gold_unit(g["unit"])
            unit_n += 1
            got_unit = got[k].unit
            if got_unit is None and row.get("set") != "currency-model" \
                    and counted_noun(g["unit"], g["surface"], row["text"]):
                want = None  # a count of a noun the gold names as its unit
            if got_unit and "/" in got_unit and "/" not in (want or ""):
                # a rate keeps its denominator; the gold names the numerator (none: a count's rate)
                got_unit = got_unit.split("/")[0] or None
            if got_unit == "%" and want is None and g["unit"] in ("dimensionless", "-") \
                    and all(0 < float(v) < 1 for v in (g["low"], g["high"]) if v is not None):
                want = "%"  # a ratio (0.667) is a share in percent in storyline's terms, its unit too
            if want == got_unit:
                unit_ok += 1
            elif show:
                print(f"UNIT {row['id']}: {got[k].text!r} got {got[k].unit!r} want {g['unit']!r}")
        for k in free:
            fp += 1
            if show:
                print(f"FP {row['id']}: {got[k].text!r} || {row['text'][:120]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "unit": unit_ok / max(unit_n, 1), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--show", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    s = evaluate(args.shared, show=args.show)
    print(f"quantities-dev: value P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} unit={s['unit']:.3f} "
          f"(tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
