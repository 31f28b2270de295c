"""Normalize one rule match to a TIMEX3 (type, value), in context.

One method per rule of :mod:`rules` (``r_<rule name>``). Each returns ``(type, value)``
or None to reject the match (e.g. "may" the verb, "1500 soldiers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import fmt_unit, shift, valid_day, weekday_near
from .lexicon import load_lexicon
from .tense import TenseFn

PAST, PRESENT, FUTURE = "past", "present", "future"
Result = tuple[str, str] | None

_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|of|until|till|from|during|before|after|through|between|fiscal|year|"
    r"early|late|mid|summer|spring|winter|fall|autumn)\s*-?\s*$",
    re.IGNORECASE,
)
_PLURAL_NEXT = re.compile(r"^\s+[a-z]+s\b")
_BARE_UNITS_CONTEXT = re.compile(r"\b(?:for|in|over|within|recent|past|many|several|"
                                 r"the\s+last|the\s+past)\s+$", re.I)
_MONTH_CONTEXT = re.compile(r"\b(?:in|since|until|by|of|last|next|this|early|late|mid|from|"
                            r"through|to|and|or|before|after|during|each|every|between)\s*-?\s*$",
                            re.I)
# "May" alone is a month only right after a word that takes a time: "in May", "by May"
_MAY_CONTEXT = re.compile(r"\b(?:in|by|since|until|till|from|through|early|late|mid|last|next|"
                          r"this|of|before|after|during)\s*-?\s*$", re.I)
# "critics of May's plan", "led by May, who resigned": the name May
_MAY_PERSON = re.compile(r"(?:['\u2019]s\b|,\s+(?:who|whose)\b)")
# "a second group", "a second time": an ordinal, not one second
_ORDINAL_NEXT = re.compile(r"\s+(?!(?:of|or|and|later|earlier|before|after|ago|too|longer|more|"
                           r"less|at|in|to|for|the|a|an|i|he|she|it|we|you|they|there|this|that|"
                           r"when|then|as|so|but|until|since)\b)[a-z]", re.IGNORECASE)
_QUARTER_CONTEXT = re.compile(r"quarter|\bperiod\b|nine months|six months", re.I)
_SINCE = re.compile(r"\bsince\b(?:\s+\w+){0,4}\s+$", re.IGNORECASE)
_ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


# A year-less date this close to the reference date is taken there, tense or not.
CLOSE_DAYS = 62
# ...and in a future-tense clause only when it lies at most this far back ("by Jan. 14",
# said on Jan. 15, was a deadline just passed, not one a year ahead).
CLOSE_PAST_DAYS_IN_FUTURE = 14
# A text is a narrative when at least this many of its written years lie away from the
# reference date (and they outnumber the near ones two to one). A news story that names
# a few background years ("dating to 1994", "since 1990") stays news.
NARRATIVE_MIN_FAR_YEARS = 6


@dataclass
class Context:
    text: str
    reference: date | None
    tense: TenseFn
    anchor: date | None = None  # the last full date: "two days later" counts from it
    anchor_month: date | None = None  # the last month named: "the following month" counts from it
    anchor_month_at: int = -(10**9)  # ...and where
    year: int | None = None  # the last year written out in the text...
    year_at: int = -(10**9)  # ...and where
    narrative: bool = False  # the text is about another period than its reference date


def narrative_year(ctx: Context) -> int | None:
    """The year a year-less date takes from the text rather than from the reference date.

    In a narrative ("In 1939 ... On 11 January ..."), year-less dates take the year the
    text last wrote out, however far back: a history seldom returns to the time it was
    written. In news, the reference date and the tense decide instead (see
    ``is_narrative``)."""
    return ctx.year if ctx.narrative else None


UNKNOWN_OF_UNIT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}


def anaphor_base(ctx: Context, unit: str) -> date | None:
    """The date "that year", "the following month" or "two years later" counts from.

    The time mentioned last in the text that is at least as precise as ``unit``: after
    "In 1940 ..." "the previous year" is 1939, even if an older full date was written.
    """
    found: list[tuple[int, date]] = []
    if ctx.anchor_month is not None:
        found.append((ctx.anchor_month_at, ctx.anchor_month))
    if ctx.year is not None and unit in ("Y", "DE", "CE"):
        found.append((ctx.year_at, date(ctx.year, 1, 1)))
    if unit not in ("M", "Q", "H", "Y", "DE", "CE"):
        return ctx.anchor
    if not found:
        return ctx.anchor
    return max(found, key=lambda f: f[0])[1]


def is_narrative(years: list[int], reference: date | None) -> bool:
    """Whether most years written in a text lie away from its reference date."""
    if reference is None:
        return True
    near = sum(1 for y in years if abs(y - reference.year) <= 1)
    far = len(years) - near
    return far >= NARRATIVE_MIN_FAR_YEARS and far > 2 * near


def number(word: str) -> float | None:
    """The value of a number in digits or words ("twenty-five", "2 1/2"); None if vague."""
    lex = load_lexicon()
    w = re.sub(r"\s+", " ", word.lower()).strip()
    if m := re.fullmatch(r"(\d+) 1/2", w):
        return int(m[1]) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in lex.numbers:
        return float(lex.numbers[w])
    if w.endswith(" hundred"):
        head = number(w[: -len(" hundred")])
        return None if head is None else head * 100
    if w.endswith("and a half"):
        head = number(w[: -len("and a half")])
        return None if head is None else head + 0.5
    total = 0.0
    for part in re.split(r"[\s-]+", w):
        if part in lex.numbers:
            total += lex.numbers[part]
        elif re.fullmatch(r"\d+", part):
            total += float(part)
        else:
            return None
    return total or None


def _fmt_num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else str(n)


def unit_code(word: str) -> str:
    lex = load_lexicon()
    w = word.lower()
    if w == "centuries":
        return "CE"
    if w == "millennia":
        return "ML"
    if w not in lex.units and w.endswith("s"):
        w = w[:-1]
    return lex.units.get(w, "D")


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT2H, PXY; fractions go down a unit (P18M)."""
    if n is not None and n != int(n):  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
                   "TH": ("M", 60), "TM": ("S", 60)}.get(unit)
        if smaller:
            whole, rest = int(n), round((n - int(n)) * smaller[1])
            head = duration(whole, unit) if whole else ("PT" if unit in ("TH", "TM") else "P")
            if unit == "D":
                return f"{head}T{rest}H"
            return f"{head}{rest}{smaller[0]}"
    if unit in ("TH", "TM", "S"):
        return f"PT{_fmt_num(n)}{ {'TH': 'H', 'TM': 'M', 'S': 'S'}[unit] }"
    if unit == "2W":
        return f"P{_fmt_num(None if n is None else 2 * n)}W"
    if unit == "DE" and n is not None:
        return f"P{_fmt_num(10 * n)}Y"  # "two decades": P20Y
    if unit == "ML":
        return f"P{_fmt_num(n)}L"
    return f"P{_fmt_num(n)}{unit}"


def year_for(ref: date, month: int, day: int | None, tense: str | None) -> int | None:
    """The year of a month (and day) given without one, chosen by tense and distance.

    None when no nearby year has that day (February 29)."""
    candidates = [date(y, month, day or 1) for y in range(ref.year - 4, ref.year + 5)
                  if valid_day(y, month, day or 1)]
    ref_key = date(ref.year, ref.month, 1) if day is None else ref  # a month is "now" all month
    nearest = sorted(candidates, key=lambda c: abs((c - ref_key).days))
    close = CLOSE_DAYS if tense != FUTURE else CLOSE_PAST_DAYS_IN_FUTURE
    if len(nearest) > 1 and abs((nearest[0] - ref_key).days) <= close < abs(
        (nearest[1] - ref_key).days
    ) - CLOSE_DAYS:
        # news dates lie close to the publication date: a "past" guess (often just the
        # reporting verb, "said") does not push "Jan. 2" a year back
        return nearest[0].year
    if tense == PAST:
        candidates = [c for c in candidates if c <= ref_key]
        return max(candidates).year if candidates else None
    if tense == FUTURE:
        candidates = [c for c in candidates if c >= ref_key]
        return min(candidates).year if candidates else None
    return min(candidates, key=lambda c: abs((c - ref_key).days)).year if candidates else None


def last_quarter(ref: date) -> date:
    """A day in the latest quarter that ended on or before ``ref``."""
    return shift(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), "M", -1)


def spelled_year(words: str) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    w = re.sub(r"^the year ", "", w)
    if w.startswith("two thousand"):
        rest = w[len("two thousand"):].replace(" and ", " ").strip()
        tail = number(rest) if rest else 0
        return None if tail is None else 2000 + int(tail)
    head, _, rest = w.partition(" ")
    centuries = {"eighteen": 18, "nineteen": 19, "twenty": 20}
    if head not in centuries:
        return None
    rest = rest.replace("oh ", "")
    tail = number(rest)
    if tail is None or not 0 <= tail < 100:
        return None
    return centuries[head] * 100 + int(tail)


class Normalizer:
    """Turns rule matches into TIMEX3 values for one text."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = load_lexicon()

    def run(self, rule: str, m: re.Match[str]) -> Result:
        return getattr(self, f"r_{rule}")(m)  # type: ignore[no-any-return]

    # helpers
    @property
    def ref(self) -> date | None:
        return self.ctx.reference

    def tense(self, m: re.Match[str]) -> str | None:
        if _SINCE.search(self.ctx.text, max(0, m.start() - 30), m.start()):
            return PAST  # "since March", "since shortly after the Oct. 23 slaying"
        return self.ctx.tense(m.start(), m.end())

    def month_number(self, word: str) -> int:
        return self.lex.months[word.lower().rstrip(".")]

    def _year_of(self, phrase: str | None) -> str:
        """The year of "1998", "this year", "last year"; the reference's year if None."""
        if phrase and phrase[0].isdigit():
            return phrase
        if self.ref is None:
            return "XXXX"
        if phrase:
            offset = {"this": 0, "last": -1, "next": 1}[phrase.split()[0].lower()]
            return f"{self.ref.year + offset:04d}"
        return f"{self.ref.year:04d}"

    def _quarter_context(self, m: re.Match[str]) -> bool:
        window = self.ctx.text[max(0, m.start() - 250) : m.end() + 60]
        return bool(_QUARTER_CONTEXT.search(window))

    # absolute dates
    def r_iso(self, m: re.Match[str]) -> Result:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if not valid_day(y, mo, d):
            return None
        if m[4]:
            return "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m[4]}:{m[5]}"
        return "DATE", f"{y:04d}-{mo:02d}-{d:02d}"

    def r_numeric(self, m: re.Match[str]) -> Result:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 1900 if y > 30 else 2000
        mo, d = (a, b) if a <= 12 else (b, a)
        return ("DATE", f"{y:04d}-{mo:02d}-{d:02d}") if valid_day(y, mo, d) else None

    def r_compact(self, m: re.Match[str]) -> Result:
        return self.r_iso(m)

    def _day_of(self, raw: str) -> int:
        raw = raw.lower()
        return int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else self.lex.ordinals[raw]

    def r_month_day(self, m: re.Match[str]) -> Result:
        month = self.month_number(m["m"])
        day = self._day_of(m["d"])
        if m["y"]:
            y = int(m["y"]) if m["y"][0].isdigit() else spelled_year(m["y"])
            if y is None or not valid_day(y, month, day):
                return None
            return "DATE", f"{y:04d}-{month:02d}-{day:02d}"
        if not valid_day(2000, month, day):  # a leap year: Feb 29 stays possible
            return None
        if m["m"].lower().rstrip(".") in self.lex.ambiguous_months and not m["m"][0].isupper():
            return None
        if (y := narrative_year(self.ctx)) is not None:
            return ("DATE", f"{y:04d}-{month:02d}-{day:02d}") if valid_day(y, month, day) else None
        if self.ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        y = year_for(self.ref, month, day, self.tense(m))
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}" if y else f"XXXX-{month:02d}-{day:02d}"

    r_day_month = r_month_day

    def r_month_year(self, m: re.Match[str]) -> Result:
        if m["m"].lower().rstrip(".") in self.lex.ambiguous_months and not m["m"][0].isupper():
            return None
        y = int(m["y"]) if m["y"][0].isdigit() else spelled_year(m["y"])
        return ("DATE", f"{y:04d}-{self.month_number(m['m']):02d}") if y else None

    def r_month_rel_year(self, m: re.Match[str]) -> Result:
        if not m["m"][0].isupper():
            return None
        return "DATE", f"{self._year_of(m['rel'] + ' year')}-{self.month_number(m['m']):02d}"

    def r_month_anaphor(self, m: re.Match[str]) -> Result:
        """"July 25 of that year", "the 28th of that month": the year or month last named."""
        if m["dm"]:
            base = anaphor_base(self.ctx, "M") or self.ref
            month, day = (base.month, self._day_of(m["dm"])) if base else (None, None)
        else:
            base = anaphor_base(self.ctx, "Y") or self.ref
            month, day = self.month_number(m["m"]), self._day_of(m["d"]) if m["d"] else None
        if base is None or month is None:
            return "DATE", "XXXX"
        if day is None:
            return "DATE", f"{base.year:04d}-{month:02d}"
        return ("DATE", f"{base.year:04d}-{month:02d}-{day:02d}") if valid_day(
            base.year, month, day) else None

    def r_month_rel(self, m: re.Match[str]) -> Result:
        if not m["m"][0].isupper():
            return None
        month = self.month_number(m["m"])
        if self.ref is None:
            return "DATE", f"XXXX-{month:02d}"
        rel = m["rel"].lower()
        ref = self.ref
        if rel == "this":
            return "DATE", f"{ref.year:04d}-{month:02d}"
        if rel in ("last", "past"):
            y = ref.year if month < ref.month else ref.year - 1
        else:
            y = ref.year if month > ref.month else ref.year + 1
        return "DATE", f"{y:04d}-{month:02d}"

    def r_month(self, m: re.Match[str]) -> Result:
        word = m["m"]
        key = word.lower().rstrip(".")
        before = self.ctx.text[max(0, m.start() - 30) : m.start()]
        if not word[0].isupper() or len(key) <= 4 and key not in ("june", "july") and not (
            key == "may" and _MAY_CONTEXT.search(before)
            and not _MAY_PERSON.match(self.ctx.text, m.end())
        ):
            return None  # "may", "march", "Jan" alone; "in May", "by May" are months
        if key in self.lex.ambiguous_months and not _MONTH_CONTEXT.search(before):
            return None
        month = self.month_number(word)
        if (y := narrative_year(self.ctx)) is not None:
            return "DATE", f"{y:04d}-{month:02d}"
        if self.ref is None:
            return "DATE", f"XXXX-{month:02d}"
        return "DATE", f"{year_for(self.ref, month, None, self.tense(m)) or 0:04d}-{month:02d}"

    def r_year(self, m: re.Match[str]) -> Result:
        text = self.ctx.text
        before = text[max(0, m.start() - 12) : m.start()]
        after = text[m.end() : m.end() + 20]
        if not _YEAR_CONTEXT.search(before) and _PLURAL_NEXT.match(after):
            return None  # "1500 soldiers"
        return "DATE", m["y"]

    def r_era_year(self, m: re.Match[str]) -> Result:
        if m["ad"]:
            return "DATE", f"{int(m['y2']):04d}"
        y = int(m["y"])
        if m["era"].upper().startswith("A"):
            return "DATE", f"{y:04d}"
        return "DATE", f"BC{y:04d}"

    def r_part_of_period(self, m: re.Match[str]) -> Result:
        unit = unit_code(m["u"])
        base = self.ctx.anchor or self.ref
        if (y := narrative_year(self.ctx)) is not None and unit in ("Y", "DE", "CE"):
            return "DATE", fmt_unit(date(y, 6, 30), unit)
        return ("DATE", fmt_unit(base, unit)) if base else ("DATE", "XXXX")

    def r_year_range(self, m: re.Match[str]) -> Result:
        first, second = int(m["y1"]), m["y2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return ("DATE", f"{first:04d}") if first < last <= first + 100 else None

    def r_spelled_year(self, m: re.Match[str]) -> Result:
        y = spelled_year(m["sy"])
        return ("DATE", f"{y:04d}") if y else None

    def r_decade(self, m: re.Match[str]) -> Result:
        if m["s"]:
            return "DATE", f"19{m['s']}"
        century = m["c"]
        if century is None:
            if not m.group(0).lower().startswith("the"):
                return None
            ref_year = self.ref.year if self.ref else 1999
            century = "20" if ref_year >= 2000 and int(m["d"]) <= (ref_year % 100) // 10 else "19"
        return "DATE", f"{century}{m['d']}"

    def r_decade_word(self, m: re.Match[str]) -> Result:
        return "DATE", f"19{self.lex.decade_words[m['dw'].lower()]}"

    def r_century(self, m: re.Match[str]) -> Result:
        raw = m["n"].lower()
        n = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else self.lex.ordinals.get(raw, 0)
        return ("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None

    def r_quarter(self, m: re.Match[str]) -> Result:
        raw = m["n"].lower()
        n = _ORDINAL_NUMBERS.get(raw) or int(raw[0])
        letter = "Q" if m["u"].lower() == "quarter" else "H"
        if letter == "H" and n > 2:
            return None
        year = m["y0"] or self._year_of(m["y"] or m["yp"])
        rel = (m["rel"] or "").lower()
        if not (m["y0"] or m["y"] or m["yp"] or rel) and self.ref is not None:
            start_month = 3 * n - 2 if letter == "Q" else 6 * n - 5
            if start_month > self.ref.month and self.tense(m) != FUTURE:
                year = f"{self.ref.year - 1:04d}"  # "profit fell in the fourth quarter", in January
        if rel in ("year-ago", "year-earlier", "last", "previous") and year != "XXXX":
            year = f"{int(year) - 1:04d}"
        return "DATE", f"{year}-{letter}{n}"

    def r_half_phrase(self, m: re.Match[str]) -> Result:
        """"the last half of 1989", "the first two quarters of 1990"."""
        n = 1 if m["n"].lower() == "first" else 2
        return "DATE", f"{self._year_of(m['y'])}-H{n}"

    def r_q_abbrev(self, m: re.Match[str]) -> Result:
        if m["u"] == "H" and m["n"] not in "12":
            return None
        return "DATE", f"{self._year_of(m['y'])}-{m['u'].upper()}{m['n']}"

    def r_fiscal(self, m: re.Match[str]) -> Result:
        y = m["y"]
        if y.startswith("'"):
            y = ("19" if int(y[1:]) > 30 else "20") + y[1:]
        return "DATE", y

    def r_period(self, m: re.Match[str]) -> Result:
        """"the latest quarter", "the year-ago period", "the full year", "the nine months"."""
        unit = (m["u"] or m["u0"] or "").lower()
        unit = re.sub(r"\s+", " ", unit)
        adj = re.sub(r"\s+", " ", (m["adj"] or "")).lower()
        unit = unit.replace("first ", "")
        if unit in ("nine months", "six months"):
            return "DURATION", f"P{9 if unit[0] == 'n' else 6}M"
        if m["yp"]:  # "last year's quarter"
            if self.ref is None:
                return "DATE", "XXXX-QX"
            y = int(self._year_of(m["yp"]))
            q = last_quarter(self.ref)
            return "DATE", f"{y:04d}-Q{(q.month - 1) // 3 + 1}"
        if m["y0"]:
            return "DATE", m["y0"] if unit != "quarter" else f"{m['y0']}-QX"
        if self.ref is None:
            return "DATE", "XXXX"
        if unit == "year":
            if adj in ("full", "current", "fiscal"):
                return "DATE", f"{self.ref.year:04d}"
            if adj == "previous":  # "the previous year": before the year last mentioned
                base = anaphor_base(self.ctx, "Y") or self.ref
                return "DATE", f"{base.year - 1:04d}"
            return None
        if unit == "fiscal year":
            return ("DATE", f"{self.ref.year:04d}") if adj == "current" else ("DURATION", "P1Y")
        if unit == "half":
            return None
        if unit == "period" and not adj:
            return None
        base = last_quarter(self.ref) if adj != "current" else self.ref
        if "year" in adj or m["ly"] or adj in ("comparable", "corresponding"):
            base = shift(base, "Y", -1)
        return "DATE", fmt_unit(base, "Q")

    def r_year_adj(self, m: re.Match[str]) -> Result:
        if self.ref is None:
            return "DATE", "XXXX"
        adj = m["adj"].lower().replace(" ", "-")
        if adj == "year-end":
            y = self.ref.year - 1 if self.tense(m) == PAST else self.ref.year
            return "DATE", f"{y:04d}"
        if self._quarter_context(m):
            return "DATE", fmt_unit(shift(last_quarter(self.ref), "Y", -1), "Q")
        return "DATE", f"{self.ref.year - 1:04d}"

    def r_season(self, m: re.Match[str]) -> Result:
        code = self.lex.seasons[m["s"].lower()]
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        if m["s"].lower() == "fall" and not (rel or m["y"]):
            before = self.ctx.text[max(0, m.start() - 12) : m.start()]
            if not re.search(r"\b(?:the|this|last|next|in|early|late)\s+$", before, re.I):
                return None  # "prices fall"
        if m["y"]:
            y = int(m["y"]) if m["y"][0].isdigit() else spelled_year(m["y"])
            return ("DATE", f"{y:04d}-{code}") if y else None
        if not rel and (y := narrative_year(self.ctx)) is not None:
            return "DATE", f"{y:04d}-{code}"
        if self.ref is None:
            return "DATE", f"XXXX-{code}"
        offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel)
        if offset is not None:
            return "DATE", f"{self.ref.year + offset:04d}-{code}"
        season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if rel == "this past":  # the latest one that has begun before this month
            y = self.ref.year if season_start < self.ref.month else self.ref.year - 1
            return "DATE", f"{y:04d}-{code}"
        if rel in ("this", "current"):
            return "DATE", f"{self.ref.year:04d}-{code}"
        return "DATE", f"{year_for(self.ref, season_start, None, self.tense(m)) or 0:04d}-{code}"

    def r_holiday(self, m: re.Match[str]) -> Result:
        spec = self.lex.holidays[re.sub(r"\s+", " ", m["h"].lower())]
        if m["y"]:
            y: int | None = int(m["y"])
        elif self.ref is not None:
            y = year_for(self.ref, int(spec["month"]), int(spec.get("day", 15)), self.tense(m))
        else:
            y = None
        month = int(spec["month"])
        if "day" in spec:
            day = int(spec["day"])
        elif y is None:
            return "DATE", f"XXXX-{month:02d}"
        else:
            nth, weekday = int(spec["nth"]), int(spec["weekday"])
            first = date(y, month, 1)
            if nth > 0:
                d = weekday_near(first, weekday, 1) + timedelta(weeks=nth - 1)
                if spec.get("after_monday"):
                    d = weekday_near(weekday_near(first, 1, 1) + timedelta(days=1), weekday, 1)
            else:
                d = weekday_near(shift(first, "M", 1) - timedelta(days=1), weekday, -1)
            day = d.day
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}" if y else f"XXXX-{month:02d}-{day:02d}"

    # relative to the reference date
    def r_relday(self, m: re.Match[str]) -> Result:
        words = m.group(0).lower().split()
        key = words[0]
        if "before" in words:
            delta = -2
        elif "after" in words:
            delta = 2
        else:
            delta = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(key, 0)
        if self.ref is None:
            return "DATE", "XXXX-XX-XX"
        day = self.ref + timedelta(days=delta)
        part = None
        if key in ("tonight", "overnight") or words[-1] == "night":
            part = "NI"
        elif m["part"] or key == "this":
            part = self.lex.parts_of_day.get(words[-1])
        return ("TIME", f"{day.isoformat()}T{part}") if part else ("DATE", day.isoformat())

    def r_weekday(self, m: re.Match[str]) -> Result:
        word = m["wd"]
        key = word.lower().rstrip(".")
        if not word[0].isupper() or key in self.lex.ambiguous_weekdays:
            return None
        weekday = self.lex.weekdays[key]
        if self.ref is None:
            return "DATE", f"XXXX-WXX-{weekday}"
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        ref = self.ref
        if m["wkrel"]:  # "Thursday next week": that week's Thursday
            offset = {"next": 1, "last": -1, "this": 0}[m["wkrel"].lower()]
            monday = weekday_near(ref, 1, -1) + timedelta(weeks=offset)
            day = monday + timedelta(days=weekday - 1)
        elif m["anchored"]:  # "the previous Friday": the one before the date last mentioned
            base = self.ctx.anchor or ref
            step = 1 if m["anchored"].lower() == "following" else -1
            day = weekday_near(base + timedelta(days=step), weekday, step)
        elif (m["narrative"] or m["demo"] and not self.reported_that(m)) and (
                self.ctx.anchor is not None):  # "The next day the minister spoke. On the
            # Saturday (That Friday), police detained him": that week's, after the last date
            day = weekday_near(self.ctx.anchor, weekday, 1)
        elif rel in ("next", "coming", "this coming"):
            day = weekday_near(ref + timedelta(days=1), weekday, 1)
        elif rel in ("last", "past"):
            day = weekday_near(ref - timedelta(days=1), weekday, -1)
            if rel == "last" and day == ref - timedelta(days=1):
                day -= timedelta(weeks=1)  # no one calls yesterday "last Monday": written
                # on a Tuesday, it is the Monday of the week before
        else:
            day = weekday_near(ref, weekday, 1 if self.tense(m) == FUTURE else -1)
        if m["part"]:
            return "TIME", f"{day.isoformat()}T{self.lex.parts_of_day[m['part'].lower()]}"
        return "DATE", day.isoformat()

    def reported_that(self, m: re.Match[str]) -> bool:
        """"said on Monday that Friday was ...": "that" opens what was said, it points at
        no week."""
        clause = re.split(r"[.;:!?]", m.string[max(0, m.start() - 60) : m.start()])[-1]
        return any(w.lower() in self.lex.reporting_verbs
                   for w in re.findall(r"[A-Za-z]+", clause)[-5:])

    def attributed(self, start: int) -> bool:
        """The time at ``start`` is when something was said ("the ministry said on
        Wednesday", "told reporters late on Monday"), not when anything told happened."""
        words = re.findall(r"[\w']+|[^\w\s]", self.ctx.text[max(0, start - 40) : start])[-5:]
        while words and words[-1].lower() in ("on", "late", "early", "last"):
            words.pop()
        for i, word in enumerate(reversed(words[-3:])):
            if not word[0].isalpha():
                return False
            if word.lower() in self.lex.attribution_verbs:
                return i == 0 or word.lower() == "told"  # "told reporters on Monday"
        return False

    def r_weekend(self, m: re.Match[str]) -> Result:
        if self.ref is None:
            return "DATE", "XXXX-WXX-WE"
        saturday = weekday_near(self.ref, 6, 1 if self.tense(m) == FUTURE else -1)
        return "DATE", fmt_unit(saturday, "WE")

    def r_relpart(self, m: re.Match[str]) -> Result:
        """"the next evening", "the following morning", "that afternoon", "the night
        before", "the day after": a part of the day last told (or of the day after or
        before it); unknown with no day told before."""
        if m["that"] and self.reported_that(m):
            return None  # "said that morning prayers ..."
        word = (m["p"] or m["p2"] or m["p3"]).lower()
        step = {"next": 1, "following": 1, "previous": -1, "after": 1, "before": -1}.get(
            (m["rel"] or m["dir"] or "").lower(), 0)
        base = self.ctx.anchor
        part = self.lex.parts_of_day.get(word) if word != "day" else None
        if base is None:
            return "DATE", "XXXX-XX-XX"
        day = base + timedelta(days=step)
        return ("TIME", f"{day.isoformat()}T{part}") if part else ("DATE", day.isoformat())

    def r_relunit(self, m: re.Match[str]) -> Result:
        rel = m["rel"].lower()
        unit_word = m["u"].lower()
        if unit_word in self.lex.seasons:
            return None  # the season rule covers "last summer"
        unit = unit_code(unit_word)
        if unit in ("TH", "TM", "S"):
            return None
        if rel in ("past", "preceding", "prior"):  # "the past week": a duration
            return "DURATION", duration(1, unit)
        if rel in ("same", "that"):
            base = anaphor_base(self.ctx, unit) or self.ref
            return ("DATE", fmt_unit(base, unit)) if base else ("DATE", "XXXX")
        anchored = rel in ("following", "previous") or (
            rel == "next" and unit == "D" and m.group(0).lower().startswith("the"))
        # "the next day" is the day after the one last told, as "the following day" is
        base = anaphor_base(self.ctx, unit) if anchored else self.ref
        if base is None:  # "the following day" with no day before it: unknown, not tomorrow
            return "DATE", UNKNOWN_OF_UNIT.get(unit, "XXXX")
        offset = {"last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1,
                  "upcoming": 1}.get(rel, 0)
        return "DATE", fmt_unit(shift(base, unit, offset), unit)

    def r_offset(self, m: re.Match[str]) -> Result:
        n = number(m["n"])
        unit = unit_code(m["u"])
        direction = m["dir"].lower().split()[0]
        sign = 1 if direction in ("later", "after", "from", "hence") else -1
        relative_to_now = direction in ("ago", "from", "hence", "back")
        if unit == "TH" and n and n >= 24 and n % 24 == 0:
            unit, n = "D", n // 24  # "24 hours later", "48 hours after": days, on the calendar
        anchor = anaphor_base(self.ctx, unit)
        if m["dir"].lower().endswith("that") and anchor is None:
            return "DATE", UNKNOWN_OF_UNIT.get(unit, "XXXX")  # "two days after that" of nothing
        base = self.ref if relative_to_now else (anchor or self.ref)
        if unit in ("TH", "TM", "S"):
            return "DURATION", duration(n, unit)
        if base is None:
            return "DATE", "XXXX"
        if n is None or n != int(n):
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if unit == "Y" and sign < 0 and self.ref and not m["u2"] and self._quarter_context(m):
            # "net rose to $5 million from $4 million a year earlier": the same quarter
            return "DATE", fmt_unit(shift(last_quarter(self.ref), "Y", -int(n)), "Q")
        target = shift(base, unit, sign * int(n))
        if m["u2"]:  # "a week and a day later": both, told to the finer unit
            unit2, n2 = unit_code(m["u2"]), number(m["n2"])
            if unit2 in ("TH", "TM", "S") or n2 is None or n2 != int(n2):
                return "DATE", fmt_unit(target, "D" if unit == "D" else unit)
            target, unit = shift(target, unit2, sign * int(n2)), unit2
        if unit == "W" and not relative_to_now and anchor is not None:
            return "DATE", target.isoformat()  # "On July 6 ... A week after that": July 13
        return "DATE", fmt_unit(target, "D" if unit == "D" else unit)

    def r_offset_bare(self, m: re.Match[str]) -> Result:
        return "DURATION", duration(None, unit_code(m["u"]))

    def r_duration(self, m: re.Match[str]) -> Result:
        text = m.group(0).lower()
        if m["long"] and m["long"].strip(" -") == "old":
            return None  # "a 6-year-old", "52 years old": an age, not a time expression
        if unit_code(m["u"]) == "Q" and re.match(r"\s+of\b", self.ctx.text[m.end():]):
            return None  # "three-quarters of its food": a fraction
        unit = unit_code(m["u"])
        plural = m["u"].lower().endswith("s") or m["u"].lower() in ("centuries", "millennia")
        if m["n"] is None:
            if m["rel"]:
                return "DURATION", duration(None if plural else 1, unit)
            if text.startswith("the ") and plural:
                return "DURATION", duration(None, unit)  # "over the years"
            return None
        n = number(m["n"])
        if n is None and re.match(r"\d", m["n"]):
            return None
        if unit == "S" and m["n"].lower() in ("a", "an") and _ORDINAL_NEXT.match(
                self.ctx.text, m.end()):
            return None  # "a second group", "a second betrayal"
        if m["half"] and n is not None:
            n += 0.5
        return "DURATION", duration(n, unit)

    def r_bare_units(self, m: re.Match[str]) -> Result:
        before = self.ctx.text[max(0, m.start() - 12) : m.start()]
        if not _BARE_UNITS_CONTEXT.search(before):
            return None
        return "DURATION", duration(None, unit_code(m["u"]))

    def r_vague(self, m: re.Match[str]) -> Result:
        return "DATE", self.lex.vague[re.sub(r"\s+", " ", m.group(0).lower())]

    def r_set(self, m: re.Match[str]) -> Result:
        words = m.group(0).lower().split()
        key = " ".join(words)
        if len(words) == 1 and re.match(r"\s+[A-Z]", self.ctx.text[m.end():m.end() + 2]):
            return None  # "the Communist Party daily Granma": a newspaper
        if key in self.lex.sets:
            return "SET", self.lex.sets[key]
        if m["wds"]:  # "Tuesdays", "Tuesday nights"
            if not m["wds"][0].isupper():
                return None
            value = f"XXXX-WXX-{self.lex.weekdays[m['wds'].lower()]}"
            if m["parts"]:
                value += f"T{self.lex.parts_of_day[m['parts'].lower()]}"
            return "SET", value
        last = words[-1].rstrip(".")
        if last in self.lex.weekdays:
            return "SET", f"XXXX-WXX-{self.lex.weekdays[last]}"
        if last in self.lex.seasons:
            return "SET", f"XXXX-{self.lex.seasons[last]}"
        if last in self.lex.parts_of_day:
            return "SET", f"TXX{self.lex.parts_of_day[last]}"
        if last in self.lex.months:
            return "SET", f"XXXX-{self.lex.months[last]:02d}"
        return "SET", duration(2 if "other" in words else 1, unit_code(last))

    def r_set_rate(self, m: re.Match[str]) -> Result:
        return "SET", self.lex.sets[" ".join(m.group(0).lower().split())]

    def r_time(self, m: re.Match[str]) -> Result:
        base = self.ctx.anchor or self.ref
        day = base.isoformat() if base else "XXXX-XX-XX"
        if m["midpart"]:
            return "TIME", f"{day}T{self.lex.parts_of_day[m['midpart'].lower()]}"
        if m["word"]:
            hh, mm = ("12", "00") if m["word"].lower() in ("noon", "midday") else ("24", "00")
        elif m["h"]:
            h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
            hh, mm = f"{h:02d}", m["mi"] or "00"
        else:
            hh, mm = f"{int(m['h24']):02d}", m["mi24"]
        return "TIME", f"{day}T{hh}:{mm}"
