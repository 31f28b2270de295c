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
    year = r"(?:1\d{3}|20\d{2})"
    number_words = alternation(lex.numbers)
    num = rf"(?:\d+(?:\.\d+)?|{number_words}|{alternation(lex.vague_numbers)})"
    tens = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    digits = r"(?:one|two|three|four|five|six|seven|eight|nine)"
    num_compound = (rf"(?:{tens}[\s-]+{digits}|(?:{num})\s+hundred|(?:{num})\s+and\s+a\s+half|"
                    rf"{num})")
    unit = rf"(?:{alternation(lex.units)})"
    units = rf"(?:{unit}s?|centuries|millennia)"
    season = rf"(?:{alternation(lex.seasons)})"
    part = rf"(?:{alternation(lex.parts_of_day)})"
    rel = r"(?:last|next|this|past|coming|previous|following|current|same|that|upcoming|preceding|prior)"
    ordinal = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    tz = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
    ampm = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"

    specs: list[tuple[str, str]] = [
        ("iso", r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?\b"),
        ("numeric", r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"),
        ("compact", r"\b(19\d{2}|20\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])\b"),
        (
            "month_day",
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?P<m>{month})\s+(?P<d>{day})\b(?!\s*(?:%|\d))"
            rf"(?:,?\s+(?P<y>{year})\b)?",
        ),
        (
            "day_month",
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})"
            rf"(?:,?\s+(?P<y>{year})\b)?",
        ),
        ("month_year", rf"\b(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year})\b"),
        ("month", rf"\b(?P<m>{month})(?![\w-])"),
        ("decade", r"\b(?:the\s+)?(?:(?P<c>1\d|20)?(?P<d>\d)0|'(?P<s>\d)0)'?s\b"),
        (
            "century",
            rf"\b(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(lex.ordinals)})[\s-]+century\b",
        ),
        (
            "quarter",
            rf"\b(?:the\s+)?(?:(?P<rel>{rel})\s+)?(?:(?P<fiscal>fiscal)\s+)?(?P<n>{ordinal})[\s-]+"
            rf"(?P<u>quarter|half)(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?P<y>{year}|this\s+year|last\s+year|next\s+year))?",
        ),
        ("q_abbrev", rf"\b(?P<u>[QH])(?P<n>[1-4])(?:\s+(?P<y>{year}))?\b"),
        ("fiscal", rf"\bfiscal(?:\s+year)?\s+(?P<y>{year}|'\d\d)\b"),
        (
            "season",
            rf"\b(?:(?P<rel>{rel})\s+)?(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{year}))?\b",
        ),
        ("year", rf"(?<![\w$€£.,/-])(?P<y>{year})(?![\w%$-]|\.\d|,\d)"),
        ("relday", r"\b(?:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|"
         r"tomorrow|tonight|overnight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
         rf"(?:\s+(?P<part>{part}))?"),
        (
            "weekday",
            rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{weekday})(?![\w-])"
            rf"(?:\s+(?P<part>{part}))?",
        ),
        (
            "relunit",
            rf"\b(?:the\s+)?(?P<rel>{rel})\s+(?P<u>{unit}|{season})(?!s)\b",
        ),
        (
            "offset",
            rf"\b(?P<n>{num_compound}|a|an)[\s-]+(?P<u>{units})\s+(?P<dir>ago|earlier|later|"
            r"(?:before|after)(?=\s*(?:[,.;:!?)]|$))|from\s+now|hence|back)\b",
        ),
        (
            "duration",
            rf"\b(?:(?:the\s+)?(?P<rel>past|last|next|previous|coming|first|following|"
            rf"final|latest|recent|remaining)\s+)?(?P<n>{num_compound})[\s-]+(?P<u>{units})"
            rf"(?P<long>-long|-old)?\b",
        ),
        ("rel_units", rf"\b(?:the\s+)?(?P<rel>past|last|next|coming|recent)\s+(?P<u>{units})\b"),
        ("bare_units", r"\b(?P<u>years|decades|months|weeks|centuries|days|hours|minutes)\b"),
        ("unit_dur", rf"\b(?:a|an|one)\s+(?P<u>{unit})(?!s)\b"),
        ("vague", rf"\b(?:{alternation(lex.vague)})\b"),
        ("set", rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:{unit}|{weekday}|{season}|{part})|"
         rf"{alternation(k for k in lex.sets if not k.startswith(('a ', 'per ')))})\b"),
        ("set_rate", rf"(?<=\d)\s+(?:{alternation(k for k in lex.sets if k.startswith(('a ', 'per ')))})\b"),
        (
            "time",
            rf"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>{ampm}){tz}"
            r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?::\d\d)?\b(?!\s*(?:%|\d))" + tz
            + r"|\b(?P<word>noon|midnight)\b",
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
