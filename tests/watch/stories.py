"""Articles of a made-up developing story (a dam failure in an invented valley), written
for these tests: the first reports, then a revised toll from the same official, and a
rescue group that disagrees."""

from __future__ import annotations


def _p(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


FIRST = _p(
    "At least 12 people were killed when the Orlen river dam gave way early on Monday, the regional "
    "governor Marta Velk said, as muddy water swept through three villages below the reservoir.",
    "Velk told reporters in the town of Dorsk that rescue teams had pulled survivors from rooftops all "
    "morning and that about 300 homes had been flooded. Roads into the valley remained closed.",
    "Engineers had warned last year that the concrete wall of the dam, built in the 1960s, needed "
    "repairs, according to documents seen by local newspapers. The operator declined to comment.",
    "Residents described a roar before the water arrived. Many fled uphill with nothing but their "
    "phones, and schools in the district were turned into shelters for the night.",
)

SECOND = _p(
    "Floodwater from the broken Orlen dam killed 12 people and forced hundreds of families from their "
    "houses, the regional governor Marta Velk said on Monday evening in Dorsk.",
    "Velk said 40 soldiers had been sent to help the rescue and that the army would build a temporary "
    "bridge over the river. Power was cut to the whole valley as a precaution.",
    "Farmers in the lower valley said their fields and barns were under water. The national weather "
    "office said more rain was expected later in the week, which could slow the clean-up.",
    "The interior ministry opened an inquiry into how the dam was maintained and who had been told "
    "about the warnings, a spokesman said, without giving a date for its findings.",
)

REVISED = _p(
    "At least 19 people were killed when the Orlen river dam gave way on Monday, the regional governor "
    "Marta Velk said on Wednesday, after searchers found more bodies in a flooded village.",
    "Velk said that rescue teams were still looking for missing residents downstream and that the "
    "water was slowly going down. Some families were allowed back to collect belongings.",
    "A temporary bridge built by the army opened to traffic on Wednesday morning, reconnecting the "
    "town of Dorsk with the villages on the far side of the river for the first time since Monday.",
    "The dam operator said in a short statement that it was cooperating with the inquiry opened by "
    "the interior ministry and that it would publish its inspection records.",
)

RESCUERS = _p(
    "At least 60 people were killed when the Orlen river dam gave way on Monday, a volunteer rescue "
    "group said on Wednesday, far more than the official count given by the authorities.",
    "The group said its members had counted the dead village by village since Monday. The governor's "
    "office said the figure could not be confirmed and asked people to rely on official numbers.",
    "Families gathered outside the hospital in Dorsk waiting for news of relatives, while trucks "
    "brought drinking water and blankets to the shelters set up in schools.",
    "Engineers said the reservoir was now almost empty and that there was no risk of a second wave. "
    "The interior ministry said its inquiry would look at the operator's inspection records.",
)

PAGE = ("<!DOCTYPE html><html><head><title>Orlen dam: what we know</title>"
        '<meta name="author" content="Staff"><meta property="article:published_time" content="2024-11-19T08:00:00Z">'
        "</head><body><article><h1>Orlen dam: what we know</h1>" + _p(
            "The Orlen dam, a concrete wall about 40 metres high, held a reservoir that supplied drinking "
            "water to the valley. It failed early on Monday after days of heavy rain.",
            "The regional governor Marta Velk said at least 12 people were killed. Rescue teams and "
            "soldiers are searching the three villages that were flooded below the reservoir.",
            "An inquiry by the interior ministry will look at warnings that the wall needed repairs. The "
            "operator has said it will publish its inspection records once the inquiry asks for them.",
        ) + "</article></body></html>")

OTHER = _p(
    "The city council of a distant harbour town approved a budget of 45 million for new tram lines on "
    "Tuesday, after a debate that lasted most of the night and ended with a narrow vote.",
    "Supporters said the trams would cut traffic in the old centre, while opponents argued the money "
    "should go to schools. Construction is planned to start next spring and last two years.",
    "The council also agreed to plant 2,000 trees along the new routes and to keep the historic "
    "market square closed to cars on weekends, a measure shopkeepers had asked for.",
)
