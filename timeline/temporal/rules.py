"""Regular-expression grammar of time expressions, built from the lexicon.

Each rule finds candidate spans; :mod:`timeline.temporal.engine` picks the longest
non-overlapping ones and normalizes them. Rules are ordered by priority only for ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import alternation, load_lexicon


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]


def _names_alt(names: dict[str, int]) -> str:
    """Full names, or abbreviations that may carry a period ("Sept.", "Jan.", "Tues.")."""
    by_number: dict[int, list[str]] = {}
    for name, number in names.items():
        by_number.setdefault(number, []).append(name)
    full = {max(group, key=len) for group in by_number.values()}
    abbrev = set(names) - full
    return rf"(?:(?:{alternation(full)})|(?:{alternation(abbrev)})\.?)(?![^\W\d_])"


@lru_cache(maxsize=1)
def build_rules() -> tuple[Rule, ...]:
    lex = load_lexicon()
    month = _names_alt(lex.months)
    weekday = _names_alt(lex.weekdays)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    day_word = rf"(?:{alternation(k for k, v in lex.ordinals.items() if v <= 31)})"
    year = r"(?:1\d{3}|20\d{2})"
    tens = rf"(?:{alternation(lex.spelled_tens)})"
    digits = r"(?:one|two|three|four|five|six|seven|eight|nine)"
    teens = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    number_words = alternation(lex.numbers)
    num = (rf"(?:\d+\s+1/2|\d+(?:\.\d+)?|{tens}[\s-]+{digits}|{number_words}|"
           rf"{alternation(lex.vague_numbers)})")
    num_compound = rf"(?:(?:{num})\s+hundred|(?:{num})\s+and\s+a\s+half|{num})"
    unit = rf"(?:{alternation(lex.units)})"
    units = rf"(?:{unit}s?|centuries|millennia)"
    season = rf"(?:{alternation(lex.seasons)})"
    part = rf"(?:{alternation(lex.parts_of_day)})"
    day_part = alternation(k for k, v in lex.parts_of_day.items() if v != "NI")  # "the
    # next night" is the relunit rule's (night is a unit), "the next overnight" no phrase
    rel = (r"(?:last|next|this|past|coming|previous|following|current|same|that|upcoming|"
           r"preceding|prior)")
    ordinal = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    tz = r"(?:,?\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time)\b)?"
    ampm = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"
    spelled_year = (rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:{tens}(?:[\s-]+{digits})?|{teens}|"
                    rf"oh[\s-]+{digits})|two\s+thousand(?:\s+(?:and\s+)?(?:{tens}(?:[\s-]+{digits})?|"
                    rf"{teens}|{digits}))?)")
    year_phrase = rf"(?:{year}|this\s+year|last\s+year|next\s+year)"
    periods = (r"(?:quarter|period|fiscal\s+year|half|(?:first\s+)?nine\s+months|"
               r"(?:first\s+)?six\s+months|year)")
    period_adj = (r"(?:latest|most\s+recent|just-ended|just\s+ended|year-earlier|year-ago|"
                  r"comparable(?:\s+year-(?:ago|earlier))?|corresponding|current|full|fiscal|"
                  r"previous|prior)")

    specs: list[tuple[str, str]] = [
        ("iso", r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?\b"),
        ("numeric", r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"),
        ("compact", r"\b(19\d{2}|20\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])\b"),
        (
            "month_day",
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?P<m>{month})\s+(?P<d>{day}|{day_word})\b(?!\s*(?:%|\d))"
            rf"(?:\s*[-–]\s*(?P<d2>[12]?\d|3[01])\b)?(?:,?\s+(?P<y>{year}|{spelled_year})\b)?",
        ),
        (
            "day_month",
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?P<d>{day}|{day_word})(?:\s+of)?\s+(?P<m>{month})"
            rf"(?:,?\s+(?P<y>{year})\b)?",
        ),
        ("month_year", rf"\b(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year}|{spelled_year})\b"),
        ("month_rel_year", rf"\b(?P<m>{month})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
        ("month_anaphor", rf"\b(?P<m>{month})(?:\s+(?P<d>{day}))?,?\s+of\s+(?:that|the\s+same)\s+year\b"
         rf"|\bthe\s+(?P<dm>{day}|{day_word})\s+of\s+(?:that|the\s+same)\s+month\b"),
        ("month_rel", rf"\b(?P<rel>last|this|next|coming|past)\s+(?P<m>{month})(?![\w-])(?!\.?\s*\d)"),
        ("month", rf"\b(?P<m>{month})(?![\w-])"),
        ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<sy>{spelled_year})\b"),
        ("decade", r"\b(?:the\s+)?(?:(?P<c>1\d|20)?(?P<d>\d)0|'(?P<s>\d)0)'?s\b"),
        ("decade_word", rf"\bthe\s+(?P<dw>{alternation(lex.decade_words)})\b"),
        (
            "century",
            rf"\b(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(lex.ordinals)})[\s-]+century\b",
        ),
        (
            "quarter",
            rf"\b(?:(?P<yp>{year_phrase})'s\s+|the\s+(?:(?P<y0>{year})\s+)?)?(?:(?P<rel>{rel}|year-ago|"
            rf"year-earlier)\s+)?(?:(?P<fiscal>fiscal)\s+)?(?P<n>{ordinal})[\s-]+(?P<u>quarter|half)"
            rf"(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?P<y>{year_phrase}))?",
        ),
        ("half_phrase", rf"\b(?:the\s+)?(?P<n>first|second|last|latter)\s+(?P<u>half|two\s+quarters)\s+of\s+"
         rf"(?:(?:fiscal|the)\s+)?(?P<y>{year_phrase})\b"),
        ("q_abbrev", rf"\b(?P<u>[QH])(?P<n>[1-4])(?:\s+(?P<y>{year}))?\b"),
        ("fiscal", rf"\bfiscal(?:\s+year)?\s+(?P<y>{year}|'\d\d)\b"),
        (
            "period",
            rf"\b(?:(?P<yp>last\s+year|this\s+year|next\s+year)'s\s+(?P<u0>quarter|period)|the\s+"
            rf"(?:(?P<adj>{period_adj})\s+|(?P<y0>{year})\s+)?(?P<u>{periods})(?:\s+(?P<ly>last\s+year))?)\b",
        ),
        ("year_adj", r"\b(?P<adj>year-earlier|year-ago|year-end|year\s+end)\b"),
        (
            "season",
            rf"\b(?:the\s+)?(?:(?P<rel>this\s+past|{rel})\s+)?(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{year}|{spelled_year}))?\b",
        ),
        ("year", rf"(?<![\w$€£.,/])(?P<y>{year})(?![\w%$-]|\.\d|,\d)"),
        ("year_range", rf"(?<![\w$€£.,/-])(?P<y1>{year})\s*[-–—]\s*(?P<y2>{year}|\d\d)(?![\w%$-])"),
        ("era_year", r"\b(?P<y>\d{1,4})\s*(?P<era>B\.?C\.?E?\.?|A\.?D\.?)(?![\w.])"
         r"|\b(?P<ad>A\.?D\.?)\s+(?P<y2>\d{1,4})\b"),
        ("part_of_period", r"\bthe\s+(?P<pos>end|beginning|start|middle|close|turn)\s+of\s+the\s+"
         r"(?P<u>year|month|week|decade|century)\b"),
        ("holiday", rf"\b(?P<h>{alternation(lex.holidays)})\b(?:,?\s+(?P<y>{year}))?"),
        ("relday", r"\b(?:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|"
         r"tomorrow|tonight|overnight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
         rf"(?:\s+(?P<part>{part}))?"),
        (
            "weekday",
            rf"\b(?:(?P<rel>last|next|this|coming|past|this\s+coming)\s+|the\s+(?P<anchored>previous|"
            # "on the Saturday" of a narrative, "and that Friday": that week's
            rf"following)\s+|(?:(?<=\b[Oo]n\s)(?P<narrative>the)|(?P<demo>[Tt]hat))\s+)?"
            rf"(?P<wd>{weekday})(?![\w-])"
            # "Thursday next week": that week's
            rf"(?:\s+(?P<part>{part}))?(?:\s+(?P<wkrel>next|last|this)\s+week\b)?"
            # not "the Saturday before the vote"
            r"(?(narrative)(?!\s+(?:before|after|of|that|when|in|night)\b))"
            r"(?(demo)(?!\s+(?:before|after|of|when)\b|['’]s\b))",  # not "said that Friday's vote"
        ),
        ("weekend", r"\bthe\s+weekend\b"),
        (  # "the next evening", "that morning", "the night before": a part of the day last
            # told, or of the one after or before it
            "relpart",
            rf"\b(?:the\s+(?P<rel>next|following|previous)\s+(?P<p>{day_part})"
            rf"|(?P<that>that)\s+(?P<p2>{day_part})"
            rf"|the\s+(?P<p3>{day_part}|night|day)\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)]|$)))\b",
        ),
        (
            "relunit",
            rf"\b(?:the\s+)?(?P<rel>{rel})\s+(?P<u>{unit}|{season})(?!s)\b(?P<orso>\s+or\s+so)?",
        ),
        (
            "offset",
            rf"\b(?P<n>{num_compound}|a|an)[\s-]+(?P<u>{units})"
            # "a week and a day later", "a year and two months after that"
            rf"(?:\s+and\s+(?P<n2>{num}|a|an)[\s-]+(?P<u2>{units}))?"
            rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|"
            r"(?:before|after)(?=\s*(?:[,.;:!?)]|$))|(?:before|after)\s+that(?=\s*(?:[,.;:!?)]|$)|"
            # "a week after that the ministers met": "that" is no determiner before "the"
            rf"\s+(?:{alternation(lex.clause_openers)})\b)|from\s+now|hence|back)\b",
        ),
        ("offset_bare", r"\b(?P<u>years|months|weeks|days|decades)\s+(?P<dir>ago)\b"),
        (
            "duration",
            rf"\b(?:the\s+)?(?:(?P<rel>past|last|next|previous|coming|first|following|"
            rf"final|latest|recent|remaining|additional|further)\s+)?(?:(?P<n>{num_compound})[\s-]+)?"
            rf"(?:more\s+)?(?P<u>{units})(?P<half>\s+and\s+a\s+half)?(?P<long>-long|-old|\s+old)?\b",
        ),
        ("bare_units", r"\b(?P<u>years|decades|months|weeks|centuries|days|hours|minutes)\b"),
        ("vague", rf"\b(?:{alternation(lex.vague)})\b"),
        ("set", rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:{unit}|{weekday}|{season}|{part}|{month})|"
         rf"{alternation(k for k in lex.sets if not k.startswith(('a ', 'per ')))}|"
         rf"(?P<wds>{weekday})s(?:\s+(?P<parts>{part})s?)?)\b"),
        ("set_rate", rf"(?<=\d)\s+(?:{alternation(k for k in lex.sets if k.startswith(('a ', 'per ')))})\b"),
        (
            "time",
            rf"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>{ampm}){tz}"
            r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?::\d\d)?\b(?!\s*(?:%|\d))" + tz
            + rf"|\b(?P<word>noon|midday|midnight)\b|\b(?:mid[\s-]?)(?P<midpart>{part})\b",
        ),
    ]
    flags = re.IGNORECASE
    return tuple(Rule(name, re.compile(rx, flags)) for name, rx in specs)


@lru_cache(maxsize=1)
def modifier_regex() -> re.Pattern[str]:
    """Words before a timex that set its ``mod`` and belong to its extent."""
    lex = load_lexicon()
    words = alternation(lex.modifiers)
    return re.compile(rf"(?:\b(?:{words})(?:\s+|-)|\bmid-?)$", re.IGNORECASE)
