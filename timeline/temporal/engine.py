"""Find time expressions in text and normalize them to TIMEX3 values.

Rules (``rules.py``) propose spans; the longest non-overlapping ones win; each is then
normalized (``normalize.py``) against the reference date (the publication date), the
tense of its context and, for anaphoric expressions ("two days later"), the last full
date seen before it. Modifier words join the span ("early 2015", "about two years ago"),
and adjacent expressions combine ("10 p.m. Wednesday"). Without a reference date nothing
is guessed: "June 3" is ``XXXX-06-03``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..types import Timex
from .calendar import valid_day
from .lexicon import load_lexicon
from .normalize import Context, Normalizer, is_narrative
from .rules import build_rules, modifier_regex
from .tense import TenseFn, text_tense

_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$")
_CLOCK_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)(T\d{2}(?::\d{2})?)$")
_TIME_DAY_GAP = re.compile(r"^(?:\s*,)?\s+(?P<on>on\s+)?$", re.IGNORECASE)
_EARLIER_LATER = re.compile(r"\b(?:earlier|later)\s+$", re.IGNORECASE)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DIGIT_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_WRITTEN_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b|\b(?:nineteen|eighteen|two thousand)\b", re.I)
_ADJECTIVAL = re.compile(r"^the\s+\S+-(?:quarter|half|year|month|week|day|hour|minute)$", re.I)
_PARTIAL_DAY = re.compile(
    r"\s*(?:-|–|—|to|through|until|and)\s*(?P<d>[12]?\d|3[01])\b(?![\d.]\d|,\d|\s*%)"
    r"(?:,?\s+(?P<y>1\d{3}|20\d{2})\b)?", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_DAY_RULES = {"weekday", "month_day", "day_month", "relday", "iso", "numeric", "holiday"}
_NO_START_END = {"weekday", "relday", "time"}  # "late Monday" is tagged "Monday"
_EARLIER_LATER_RULES = {"relday", "relunit", "weekday", "month", "month_rel", "period"}


@dataclass
class _Found:
    start: int
    end: int
    rule: str
    type: str
    value: str
    mod: str | None = None
    range_end: str | None = None
    anchor: date | None = None


# after a possessive name: CBS's "60 Minutes", ABC News' "This Week"
_OPEN_QUOTE = re.compile(r"(?:['\u2019]s?)\s+(?:\"|``|\u201c)$")
_TITLE_TAIL = re.compile(r"^((?:\s+[\w'-]+)*?)[,.]?(?:\"|''|\u201d)")
_NAME_WORD = re.compile(r" [A-Z][a-z]")  # a capitalised word right after: a name goes on
_THE_NAME = re.compile(r"[Tt]he [A-Z][a-z]+")  # "the Future", capitalised after "the"
_TITLE_SMALL = {"of", "the", "and", "with", "in", "a", "an", "on", "for"}


def _quoted_title(text: str, start: int, end: int) -> bool:
    """A title-case name of two words or more quoted after a name (ABC's "This Week With
    David Brinkley", the ``Spring of Life'' rallies), not a quoted sentence ("Next Monday,"
    he said)."""
    if not _OPEN_QUOTE.search(text[max(0, start - 5):start]):
        return False
    tail = _TITLE_TAIL.match(text[end:end + 60])
    if tail is None:
        return False
    words = text[start:end].split() + tail[1].split()
    return (len(words) >= 2 and words[-1][0].isupper()
            and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words))


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """The longest non-overlapping rule matches, in text order."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, rule in enumerate(build_rules()):
        for m in rule.regex.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), priority, rule.name, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for start, end, _, name, m in found:
        if all(end <= s or e <= start for s, e, _, _ in taken):
            taken.append((start, end, name, m))
    taken.sort(key=lambda t: t[0])
    return taken


def _with_modifier(text: str, f: _Found, previous_end: int) -> _Found:
    """Join a modifier word before ``f`` ("early", "about", "earlier") to its span."""
    lex = load_lexicon()
    lo = max(previous_end, f.start - 40)
    if f.rule in _EARLIER_LATER_RULES and (m := _EARLIER_LATER.search(text, lo, f.start)):
        if m.end() == f.start:
            f.start = m.start()
            return f
    prefix = modifier_regex().search(text, lo, f.start)
    if not prefix or prefix.end() != f.start:
        return f
    word = re.sub(r"\s+", " ", re.sub(r"[\s-]+$", "", prefix.group(0)).lower())
    mod = lex.modifiers.get(word, "MID" if word.startswith("mid") else None)
    if mod is None:
        return f
    if mod in ("START", "END", "MID"):
        if f.type not in ("DATE", "TIME") or f.rule in _NO_START_END:
            return f
    elif f.type == "DATE" and f.rule != "offset" or f.type == "SET":
        return f  # "about June": not a TIMEX3 modifier
    f.start, f.mod = prefix.start(), mod
    if mod in ("START", "END", "MID") and (the := _THE.search(text, lo, f.start)):
        if the.end() == f.start and f.rule == "decade":  # "the late 1970s"
            f.start = the.start()
    return f


def _split_year_range(m: re.Match[str]) -> list[_Found]:
    first, second = int(m["y1"]), m["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return [
        _Found(m.start("y1"), m.end("y1"), "year", "DATE", f"{first:04d}", range_end=f"{last:04d}"),
        _Found(m.start("y2"), m.end("y2"), "year", "DATE", f"{last:04d}"),
    ]


def _split_day_range(m: re.Match[str], f: _Found) -> list[_Found]:
    last = f"{f.value[:8]}{int(m['d2']):02d}"
    if int(m["d2"]) <= int(f.value[8:10]) or not _DAY_VALUE.match(last) or (
        last[:4].isdigit() and not _valid(last)
    ):
        return [f]
    first = _Found(f.start, m.end("d"), f.rule, f.type, f.value, range_end=last)
    return [first, _Found(m.start("d2"), f.end, "day", "DATE", last)]


def _ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Ranges: "June 3 to 5" gains the timex "5"; "from 1914 to 1918" links its ends."""
    out: list[_Found] = []
    skip_until = -1
    for i, f in enumerate(found):
        if f.start < skip_until:
            continue
        out.append(f)
        day = _DAY_VALUE.match(f.value)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if day and f.rule in ("month_day", "day_month") and day[3] != "XX":
            tail = _PARTIAL_DAY.match(text, f.end)
            if tail and (nxt is None or nxt.start >= tail.end("d")):
                year = tail["y"] or day[1]  # "June 3 to 5, 2014": the year is both ends'
                value = f"{year}-{day[2]}-{int(tail['d']):02d}"
                if int(tail["d"]) > int(day[3]) and (year == "XXXX" or _valid(value)):
                    f.value = f"{year}{f.value[4:]}"
                    f.range_end = value
                    out.append(_Found(tail.start("d"), tail.end(), "day", "DATE", value))
                    skip_until = tail.end()
                    continue
        if nxt is not None and f.range_end is None and f.type == "DATE" and nxt.type == "DATE":
            gap = text[f.end : nxt.start]
            opener = _RANGE_OPENER.search(text, max(0, f.start - 12), f.start)
            if _RANGE_GAP.match(gap) and (not gap.strip().startswith("and") or opener):
                f.range_end = nxt.value
    return out


def _valid(value: str) -> bool:
    y, mo, d = (int(g) for g in value.split("-"))
    return valid_day(y, mo, d)


def _compose(text: str, found: list[_Found]) -> list[_Found]:
    """Combine a clock time with the day that follows it: "10 p.m. Wednesday"."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        clock = _CLOCK_VALUE.match(f.value) if f.rule == "time" else None
        if clock and nxt and nxt.rule in _DAY_RULES and _DAY_VALUE.match(nxt.value):
            gap = _TIME_DAY_GAP.match(text[f.end : nxt.start])
            if gap:
                f.value = nxt.value + clock[1]
                if not gap["on"]:  # "10 p.m. Wednesday" is one expression
                    f.end = nxt.end
                    out.append(f)
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out


def find_timexes(
    text: str,
    reference: date | str | None = None,
    *,
    tense: TenseFn | None = None,
) -> list[Timex]:
    """Find and normalize the time expressions of ``text``.

    Args:
        text: the text to search.
        reference: the date relative expressions are resolved against (usually the
            publication date), as a ``date`` or ISO string. With None, relative and
            year-less expressions keep their unknown parts (``XXXX-06-03``).
        tense: optional function ``(start, end) -> "past" | "present" | "future" | None``
            giving the tense of the clause around a span; by default a word-based guess.

    Returns:
        The timexes in text order.
    """
    ref = date.fromisoformat(reference[:10]) if isinstance(reference, str) else reference
    ctx = Context(text=text, reference=ref, tense=tense or text_tense(text))
    normalizer = Normalizer(ctx)
    found: list[_Found] = []
    previous_end = 0
    candidates = _candidates(text)
    written = [int(y) for *_, name, m in candidates if name != "era_year"
               for y in _DIGIT_YEAR.findall(m.group(0))]
    ctx.narrative = is_narrative(written, ref)
    for start, end, name, m in candidates:
        anchor = ctx.anchor
        result = normalizer.run(name, m)
        if result is None:
            continue
        kind, value = result
        if (day := re.match(r"(\d{4})-(\d{2})-(\d{2})", value)) and not valid_day(
            *(int(g) for g in day.groups())
        ):
            continue  # "February 30": not a date
        if _quoted_title(text, start, end):
            continue  # ABC's "This Week", CBS's "60 Minutes": a programme's name
        if name == "vague" and _NAME_WORD.match(text, end) and _THE_NAME.fullmatch(m.group(0)):
            continue  # "the Future Party": a name; not "Recently Iran has..." (sentence case)
        f = _Found(start, end, name, kind, value)
        if name == "vague" and m.group(0).lower().startswith("in "):
            f.start += len(m.group(0)) - len(m.group(0)[2:].lstrip())
        if name == "weekday" and m["demo"] and normalizer.reported_that(m):
            f.start = m.start("wd")  # "said that Friday ...": "that" opens the clause
        if name in ("quarter", "duration") and _ADJECTIVAL.search(m.group(0)):
            f.start += 4  # "the third-quarter loss", "the 14-day strike": "the" goes with the noun
        if name == "month_day" and m["d2"]:  # "June 3-5, 2014": two days, one range
            found.extend(_split_day_range(m, f))
            previous_end = end
            continue
        if name == "year_range":  # "2009-2010": two years, one range
            found.extend(_split_year_range(m))
            previous_end = end
            continue
        f = _with_modifier(text, f, previous_end)
        f.anchor = anchor
        found.append(f)
        previous_end = f.end
        if kind in ("DATE", "TIME") and re.match(r"\d{4}-\d{2}-\d{2}", value) and not (
                ctx.anchor is not None and normalizer.attributed(f.start)):
            ctx.anchor = date.fromisoformat(value[:10])  # not the day a source spoke: "fired
            # late on Tuesday, the ministry said on Wednesday ... shortly before 11 p.m."
        if kind == "DATE" and (month := re.match(r"(\d{4})-(\d{2})(?:-\d{2})?$", value)):
            ctx.anchor_month = date(int(month[1]), int(month[2]), 1)
            ctx.anchor_month_at = f.end
        if kind in ("DATE", "TIME") and _WRITTEN_YEAR.search(m.group(0)) and value[:4].isdigit():
            ctx.year, ctx.year_at = int(value[:4]), f.end
    return [
        Timex(start=f.start, end=f.end, text=text[f.start : f.end], type=f.type, value=f.value,
              mod=f.mod, anchored=ref is not None, range_end=f.range_end, anchor=f.anchor)
        for f in _ranges(text, _compose(text, found))
    ]
