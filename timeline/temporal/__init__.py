"""The temporal engine: find time expressions and normalize them (TIMEX3 values)."""

from ..types import Timex
from .calendar import value_interval
from .engine import find_timexes
from .tense import TenseFn, text_tense

__all__ = ["Timex", "TenseFn", "find_timexes", "text_tense", "value_interval"]
