"""Calendar arithmetic and TIMEX3 values: format them, and turn them into date intervals."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(d: date, n: int) -> date:
    month0 = d.month - 1 + n
    year = d.year + month0 // 12
    month = month0 % 12 + 1
    day = min(d.day, _cal.monthrange(year, month)[1])
    return date(year, month, day)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (D, W, WE, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "2W":
        return d + timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    return add_months(d, months * n) if months else d


def fmt_unit(d: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` (D, W, WE, M, Q, Y, DE, CE) that contains ``d``."""
    if unit in ("W", "2W", "WE"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= year and 1 <= month <= 12 and 1 <= day <= _cal.monthrange(year, month)[1]


def weekday_near(ref: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (1=Monday) on or before ``ref`` (direction -1) or on or after it (+1)."""
    delta = (weekday - ref.isoweekday()) % 7
    if direction > 0:
        return ref + timedelta(days=delta)
    return ref - timedelta(days=(7 - delta) % 7)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})$")
_PARTIAL = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?")


def value_interval(
    value: str, reference: date | None = None
) -> tuple[date | None, date | None, str]:
    """The inclusive date interval and precision that a TIMEX3 ``value`` denotes.

    Unknown parts give open bounds: ``XXXX-06-03`` is (None, None, "day"). Vague
    references use ``reference``: ``PAST_REF`` is (None, reference, "vague").
    """
    if m := _DAY.match(value):
        y, mo, d = (int(g) for g in m.groups())
        if not valid_day(y, mo, d):
            return None, None, "unknown"
        return date(y, mo, d), date(y, mo, d), "time" if "T" in value else "day"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None, None, "unknown"
        return date(y, mo, 1), date(y, mo, _cal.monthrange(y, mo)[1]), "month"
    if m := _WEEK.match(value):
        try:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None, None, "unknown"
        if value.endswith("-WE"):
            return start + timedelta(days=5), start + timedelta(days=6), "week"
        return start, start + timedelta(days=6), "week"
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        end = add_months(date(y, 3 * q, 1), 1) - timedelta(days=1)
        return date(y, 3 * q - 2, 1), end, "quarter"
    if m := _HALF.match(value):
        y = int(m[1])
        if m[2] == "1":
            return date(y, 1, 1), date(y, 6, 30), "half"
        return date(y, 7, 1), date(y, 12, 31), "half"
    if m := _SEASON.match(value):
        y = int(m[1])
        first, last = SEASON_MONTHS[m[2]]
        end_year = y + 1 if last < first else y
        end = date(end_year, last, _cal.monthrange(end_year, last)[1])
        return date(y, first, 1), end, "season"
    if m := _YEAR.match(value):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 12, 31), "year") if y >= 1 else (None, None, "unknown")
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    if value == "PAST_REF":
        return None, reference, "vague"
    if value == "FUTURE_REF":
        return (reference + timedelta(days=1) if reference else None), None, "vague"
    if value == "PRESENT_REF":
        return reference, reference, "vague"
    if m := _PARTIAL.match(value):
        return None, None, "day" if m[2] else "month"
    return None, None, "unknown"
