"""Find time expressions in text and normalize them to TIMEX3 values.

Rules (``rules.py``) propose spans; the longest non-overlapping ones win; each is then
normalized against the reference date (the publication date), the tense of its context
and, for anaphoric expressions ("two days later"), the last full date seen before it.
Without a reference date nothing is guessed: "June 3" is ``XXXX-06-03``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..types import Timex
from .calendar import fmt_unit, shift, valid_day, weekday_near
from .lexicon import load_lexicon
from .rules import build_rules, modifier_regex
from .tense import TenseFn, text_tense

PAST, PRESENT, FUTURE = "past", "present", "future"
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|of|until|till|from|during|before|after|through|between|fiscal|year|"
    r"early|late|mid|summer|spring|winter|fall|autumn)\s*-?\s*$",
    re.IGNORECASE,
)
_PLURAL_NEXT = re.compile(r"^\s+[a-z]+s\b")
_CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_BARE_UNITS_CONTEXT = re.compile(r"\b(?:for|in|over|within|recent|past|many|several)\s+$", re.I)


@dataclass
class _Context:
    text: str
    reference: date | None
    tense: TenseFn
    anchor: date | None = None
    lex: object = field(default=None)


def _num(word: str) -> float | None:
    """The value of a number written in digits or words; None when vague ("several")."""
    lex = load_lexicon()
    w = re.sub(r"\s+", " ", word.lower()).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in lex.numbers:
        return float(lex.numbers[w])
    parts = re.split(r"[\s-]+", w)
    if parts[-1:] == ["half"] and len(parts) >= 4:  # "two and a half"
        head = _num(" ".join(parts[:-3]))
        return None if head is None else head + 0.5
    total = 0.0
    for part in parts:
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


def _unit_code(word: str) -> str:
    lex = load_lexicon()
    w = word.lower()
    if w == "centuries":
        return "CE"
    if w == "millennia":
        return "ML"
    if w not in lex.units and w.endswith("s"):
        w = w[:-1]
    return lex.units.get(w, "D")


def _duration(n: float | None, unit: str) -> str:
    if unit in ("TH", "TM", "S"):
        return f"PT{_fmt_num(n)}{ {'TH': 'H', 'TM': 'M', 'S': 'S'}[unit] }"
    if unit == "2W":
        return f"P{_fmt_num(None if n is None else 2 * n)}W"
    if unit == "WE":
        return f"P{_fmt_num(n)}WE"
    if n is not None and n != int(n):  # "one and a half years"
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24)}.get(unit)
        if smaller:
            return _duration(n * smaller[1], smaller[0])
    return f"P{_fmt_num(n)}{unit}"


def _direction(tense: str | None) -> int:
    return 1 if tense == FUTURE else -1


def _year_for(ref: date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) given without one, chosen by tense and distance."""
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = min(day or 1, 28) if day and not valid_day(y, month, day) else (day or 1)
        candidates.append(date(y, month, d))
    if day is None:  # a month counts as "now" for its whole length
        ref_key = date(ref.year, ref.month, 1)
    else:
        ref_key = ref
    if tense == PAST:
        return max(c for c in candidates if c <= ref_key).year
    if tense == FUTURE:
        return min(c for c in candidates if c >= ref_key).year
    return min(candidates, key=lambda c: abs((c - ref_key).days)).year


class _Normalizer:
    """Normalizes one matched rule in context. Returns (type, value) or None to reject."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.lex = load_lexicon()

    def month_number(self, word: str) -> int:
        return self.lex.months[word.lower().rstrip(".")]

    def run(self, rule: str, m: re.Match[str]) -> tuple[str, str] | None:
        return getattr(self, f"r_{rule}")(m)

    # absolute dates
    def r_iso(self, m: re.Match[str]) -> tuple[str, str] | None:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if not valid_day(y, mo, d):
            return None
        if m[4]:
            return "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m[4]}:{m[5]}"
        return "DATE", f"{y:04d}-{mo:02d}-{d:02d}"

    def r_numeric(self, m: re.Match[str]) -> tuple[str, str] | None:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 1900 if y > 30 else 2000
        mo, d = (a, b) if a <= 12 else (b, a)
        return ("DATE", f"{y:04d}-{mo:02d}-{d:02d}") if valid_day(y, mo, d) else None

    def r_compact(self, m: re.Match[str]) -> tuple[str, str] | None:
        return self.r_iso(m) if valid_day(int(m[1]), int(m[2]), int(m[3])) else None

    def _month_day(self, m: re.Match[str]) -> tuple[str, str] | None:
        month = self.month_number(m["m"])
        day = int(re.sub(r"\D", "", m["d"]))
        if m["y"]:
            y = int(m["y"])
            return ("DATE", f"{y:04d}-{month:02d}-{day:02d}") if valid_day(y, month, day) else None
        if not valid_day(2000, month, day):  # 2000 is a leap year: Feb 29 stays possible
            return None
        if m["m"].lower().rstrip(".") in self.lex.ambiguous_months and not m["m"][0].isupper():
            return None
        ref = self.ctx.reference
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        y = _year_for(ref, month, day, self.ctx.tense(m.start(), m.end()))
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}"

    r_month_day = _month_day
    r_day_month = _month_day

    def r_month_year(self, m: re.Match[str]) -> tuple[str, str] | None:
        if m["m"].lower().rstrip(".") in self.lex.ambiguous_months and not m["m"][0].isupper():
            return None
        return "DATE", f"{int(m['y']):04d}-{self.month_number(m['m']):02d}"

    def r_month(self, m: re.Match[str]) -> tuple[str, str] | None:
        word = m["m"]
        key = word.lower().rstrip(".")
        if not word[0].isupper() or len(key) <= 4 and key not in ("june", "july"):
            return None  # "may", "march", "Jan" alone
        if key in self.lex.ambiguous_months:
            before = self.ctx.text[max(0, m.start() - 30) : m.start()]
            if not re.search(r"\b(?:in|since|until|by|of|last|next|this|early|late|mid|from|"
                             r"through|to|and|or|before|after|during|each|every)\s*-?\s*$",
                             before, re.I):
                return None
        month = self.month_number(word)
        ref = self.ctx.reference
        if ref is None:
            return "DATE", f"XXXX-{month:02d}"
        y = _year_for(ref, month, None, self.ctx.tense(m.start(), m.end()))
        return "DATE", f"{y:04d}-{month:02d}"

    def r_year(self, m: re.Match[str]) -> tuple[str, str] | None:
        text = self.ctx.text
        before = text[max(0, m.start() - 12) : m.start()]
        after = text[m.end() : m.end() + 20]
        if not _YEAR_CONTEXT.search(before) and _PLURAL_NEXT.match(after):
            return None  # "1500 soldiers"
        return "DATE", m["y"]

    def r_decade(self, m: re.Match[str]) -> tuple[str, str] | None:
        if m["s"]:
            return "DATE", f"19{m['s']}X"
        century = m["c"]
        if century is None:
            if not m.group(0).lower().startswith("the"):
                return None
            ref = self.ctx.reference
            century = "19" if ref is None or ref.year < 2000 or m["d"] != "0" and int(m["d"]) > 2 else "20"
            return "DATE", f"{century}{m['d']}X"
        return "DATE", f"{century}{m['d']}X"

    def r_century(self, m: re.Match[str]) -> tuple[str, str] | None:
        raw = m["n"].lower()
        n = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else self.lex.ordinals.get(raw, 0)
        return ("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None

    def r_quarter(self, m: re.Match[str]) -> tuple[str, str] | None:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["n"].lower()) or int(m["n"][0])
        letter = "Q" if m["u"].lower() == "quarter" else "H"
        if letter == "H" and n > 2:
            return None
        year = self._year_phrase(m["y"], m)
        return "DATE", f"{year}-{letter}{n}"

    def r_q_abbrev(self, m: re.Match[str]) -> tuple[str, str] | None:
        if m["u"] == "H" and m["n"] not in "12":
            return None
        return "DATE", f"{self._year_phrase(m['y'], m)}-{m['u'].upper()}{m['n']}"

    def _year_phrase(self, phrase: str | None, m: re.Match[str]) -> str:
        ref = self.ctx.reference
        if phrase and phrase[0].isdigit():
            return phrase
        if ref is None:
            return "XXXX"
        if phrase:
            offset = {"this": 0, "last": -1, "next": 1}[phrase.split()[0].lower()]
            return f"{ref.year + offset:04d}"
        return f"{ref.year:04d}"

    def r_fiscal(self, m: re.Match[str]) -> tuple[str, str] | None:
        y = m["y"]
        if y.startswith("'"):
            y = ("19" if int(y[1:]) > 30 else "20") + y[1:]
        return "DATE", y

    def r_season(self, m: re.Match[str]) -> tuple[str, str] | None:
        code = self.lex.seasons[m["s"].lower()]
        if m["s"].lower() == "fall" and not (m["rel"] or m["y"]):
            before = self.ctx.text[max(0, m.start() - 12) : m.start()]
            if not re.search(r"\b(?:the|this|last|next|in|early|late)\s+$", before, re.I):
                return None  # "prices fall"
        if m["y"]:
            return "DATE", f"{m['y']}-{code}"
        ref = self.ctx.reference
        if ref is None:
            return "DATE", f"XXXX-{code}"
        rel = (m["rel"] or "").lower()
        offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel)
        if offset is None:
            tense = self.ctx.tense(m.start(), m.end())
            season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            y = ref.year if rel in ("this", "current") else _year_for(ref, season_start, None, tense)
            return "DATE", f"{y:04d}-{code}"
        return "DATE", f"{ref.year + offset:04d}-{code}"

    # relative to the reference date
    def _ref(self) -> date | None:
        return self.ctx.reference

    def r_relday(self, m: re.Match[str]) -> tuple[str, str] | None:
        ref = self._ref()
        words = m.group(0).lower().split()
        key = words[0]
        if "before" in words:
            delta = -2
        elif "after" in words:
            delta = 2
        else:
            delta = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(key, 0)
        if ref is None:
            return "DATE", "XXXX-XX-XX"
        day = ref + timedelta(days=delta)
        part = None
        if key in ("tonight", "overnight") or words[-1] == "night":
            part = "NI"
        elif m["part"] or key == "this":
            part = self.lex.parts_of_day.get(words[-1])
        return ("TIME", f"{day.isoformat()}T{part}") if part else ("DATE", day.isoformat())

    def r_weekday(self, m: re.Match[str]) -> tuple[str, str] | None:
        word = m["wd"]
        key = word.lower().rstrip(".")
        if not word[0].isupper() or key in self.lex.ambiguous_weekdays:
            return None
        weekday = self.lex.weekdays[key]
        ref = self._ref()
        if ref is None:
            return "DATE", f"XXXX-WXX-{weekday}"
        rel = (m["rel"] or "").lower()
        if rel in ("next", "coming"):
            day = weekday_near(ref + timedelta(days=1), weekday, 1)
        elif rel in ("last", "past"):
            day = weekday_near(ref - timedelta(days=1), weekday, -1)
        elif rel == "this":
            tense = self.ctx.tense(m.start(), m.end())
            day = weekday_near(ref, weekday, _direction(tense))
        else:
            tense = self.ctx.tense(m.start(), m.end())
            day = weekday_near(ref, weekday, _direction(tense))
        if m["part"]:
            return "TIME", f"{day.isoformat()}T{self.lex.parts_of_day[m['part'].lower()]}"
        return "DATE", day.isoformat()

    def r_relunit(self, m: re.Match[str]) -> tuple[str, str] | None:
        rel = m["rel"].lower()
        unit_word = m["u"].lower()
        if unit_word in self.lex.seasons:
            return self.r_season(m) if "s" in m.groupdict() else None
        unit = _unit_code(unit_word)
        if unit in ("TH", "TM", "S"):
            return None
        if rel in ("past", "preceding", "prior"):  # "the past week": a duration
            return "DURATION", _duration(1, unit)
        if rel in ("same", "that"):
            base = self.ctx.anchor or self.ctx.reference
            return ("DATE", fmt_unit(base, unit)) if base else ("DATE", "XXXX")
        anchored = rel in ("following", "previous")
        base = (self.ctx.anchor or self.ctx.reference) if anchored else self.ctx.reference
        if base is None:
            return "DATE", "XXXX"
        offset = {"last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1,
                  "upcoming": 1}.get(rel, 0)
        return "DATE", fmt_unit(shift(base, unit, offset), unit)

    def r_offset(self, m: re.Match[str]) -> tuple[str, str] | None:
        n = _num(m["n"])
        unit = _unit_code(m["u"])
        direction = m["dir"].lower().split()[0]
        sign = 1 if direction in ("later", "after", "from", "hence") else -1
        base = self.ctx.reference if direction in ("ago", "from", "hence", "back") else (
            self.ctx.anchor or self.ctx.reference)
        if unit in ("TH", "TM", "S"):
            return "DURATION", _duration(n, unit)
        if base is None or n is None or n != int(n):
            return "DATE", "XXXX"
        target = shift(base, unit, sign * int(n))
        return "DATE", fmt_unit(target, "D" if unit in ("W", "D") else unit)

    def r_duration(self, m: re.Match[str]) -> tuple[str, str] | None:
        n = _num(m["n"])
        if m["long"] == "-old" or n is None and re.fullmatch(r"\d.*", m["n"]):
            return None if m["long"] == "-old" else None
        return "DURATION", _duration(n, _unit_code(m["u"]))

    def r_rel_units(self, m: re.Match[str]) -> tuple[str, str] | None:
        unit = _unit_code(m["u"])
        if not m["u"].lower().endswith("s"):
            return "DURATION", _duration(1, unit)
        return "DURATION", _duration(None, unit)

    def r_bare_units(self, m: re.Match[str]) -> tuple[str, str] | None:
        before = self.ctx.text[max(0, m.start() - 12) : m.start()]
        if not _BARE_UNITS_CONTEXT.search(before):
            return None
        return "DURATION", _duration(None, _unit_code(m["u"]))

    def r_unit_dur(self, m: re.Match[str]) -> tuple[str, str] | None:
        unit = _unit_code(m["u"])
        return "DURATION", _duration(1, unit)

    def r_vague(self, m: re.Match[str]) -> tuple[str, str] | None:
        key = re.sub(r"\s+", " ", m.group(0).lower())
        return "DATE", self.lex.vague[key]

    def r_set(self, m: re.Match[str]) -> tuple[str, str] | None:
        words = m.group(0).lower().split()
        key = " ".join(words)
        if key in self.lex.sets:
            return "SET", self.lex.sets[key]
        last = words[-1].rstrip(".")
        if last in self.lex.weekdays:
            return "SET", f"XXXX-WXX-{self.lex.weekdays[last]}"
        if last in self.lex.seasons:
            return "SET", f"XXXX-{self.lex.seasons[last]}"
        if last in self.lex.parts_of_day:
            return "SET", f"TXX{self.lex.parts_of_day[last]}"
        unit = _unit_code(last)
        n = 2 if "other" in words else 1
        return "SET", _duration(n, unit)

    def r_set_rate(self, m: re.Match[str]) -> tuple[str, str] | None:
        return "SET", self.lex.sets[" ".join(m.group(0).lower().split())]

    def r_time(self, m: re.Match[str]) -> tuple[str, str] | None:
        if m["word"]:
            hh, mm = ("12", "00") if m["word"].lower() == "noon" else ("24", "00")
        elif m["h"]:
            h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
            hh, mm = f"{h:02d}", m["mi"] or "00"
        else:
            hh, mm = f"{int(m['h24']):02d}", m["mi24"]
        base = self.ctx.anchor or self.ctx.reference
        day = base.isoformat() if base else "XXXX-XX-XX"
        return "TIME", f"{day}T{hh}:{mm}"


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
    ref = date.fromisoformat(reference) if isinstance(reference, str) else reference
    ctx = _Context(text=text, reference=ref, tense=tense or text_tense(text))
    normalizer = _Normalizer(ctx)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for priority, rule in enumerate(build_rules()):
        for m in rule.regex.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), priority, rule.name, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    occupied: list[tuple[int, int]] = []
    for start, end, _, name, m in candidates:
        if any(start < e and s < end for s, e in occupied):
            continue
        taken.append((start, end, name, m))
        occupied.append((start, end))
    taken.sort(key=lambda t: t[0])

    out: list[Timex] = []
    mod_rx = modifier_regex()
    lex = load_lexicon()
    for start, end, name, m in taken:
        result = normalizer.run(name, m)
        if result is None:
            occupied.remove((start, end))
            continue
        kind, value = result
        mod = None
        if name == "vague" and m.group(0).lower().startswith("in "):
            start += len(m.group(0)) - len(m.group(0)[2:].lstrip())
        prefix = mod_rx.search(text, max(0, start - 40), start)
        if prefix and not any(s < start and prefix.start() < e for s, e in occupied if e <= start):
            word = re.sub(r"[\s-]+$", "", prefix.group(0)).lower()
            word = re.sub(r"\s+", " ", word)
            mod = lex.modifiers.get(word, "MID" if word.startswith("mid") else None)
            if mod in ("START", "END", "MID") and kind in ("DATE", "TIME") or kind == "DURATION":
                start = prefix.start()
            else:
                mod = None
        out.append(Timex(start=start, end=end, text=text[start:end], type=kind, value=value,
                         mod=mod, anchored=ref is not None))
        if kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            ctx.anchor = date.fromisoformat(value)
    return out
