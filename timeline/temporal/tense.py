"""Guess the tense of the clause around a span, to pick the direction of "Friday" or "June".

The engine accepts any ``TenseFn``; the spaCy component passes one that reads the parse.
This module's default reads words only: the future or past marker nearest to the span
inside its sentence wins (``will``, ``expected``, ``next`` / ``was``, ``said``, ``-ed``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .lexicon import alternation, load_lexicon

TenseFn = Callable[[int, int], "str | None"]

_NOT_VERBS = ("(?:need|speed|seed|hundred|indeed|feed|breed|creed|greed|sacred|naked|wicked|kindred|"
              "shed|bed|red|[a-z]*ceed)")
_NON_FINITE = re.compile(r"\b(?:be|been|being|to)\s+$", re.IGNORECASE)
# "a still unspecified date", "the planned sale": an -ed word after an article is an adjective
_ADJECTIVAL = re.compile(r"\b(?:a|an|the)\s+(?:(?:[a-z]+ly|still|newly|just)\s+)?$", re.IGNORECASE)
# ... and after a possessive when a noun follows it ("the city's designated protest site",
# "its planned sale"); not "the government's collapsed on Friday" ('s: has), "everyone's
# agreed on Friday"
_POSSESSED = re.compile(r"(?:\b(?:its|their|his|our)|\b(?!(?:it|that|there|he|she|what|who|"
                        r"where|here|everyone|everybody|everything|someone|somebody|something|"
                        r"nobody|nothing|one)['’]s)[\w-]+['’]s)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?!(?:on|in|at|to|by|for|with|from|over|after|before|into|the|a|an|"
                        r"and|or|but|that|this|last|next|yesterday|today|tonight|up|down|out|"
                        r"off|back|its|their|his|her|our|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|dozens|hundreds|thousands)\b)[a-z]", re.IGNORECASE)
# "will hold closed consultations", "to hold closed talks": an -ed word right after the
# verb of a future or an infinitive is no verb of its own
_AFTER_BARE_VERB = re.compile(r"\b(?:will|would|shall|to)\s+(?-i:[a-z]+)\s+$", re.IGNORECASE)
# "had been scheduled to expire Friday": a future seen from the past is past
_FUTURE_IN_PAST = re.compile(r"\b(?:had|had\s+been|was|were)\s+$", re.IGNORECASE)
_ABBREVIATION = re.compile(
    r"(?:\b[ap]\.m|\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bSen|\bRep|\bGov|\bNo|\bvs|\bJan|"
    r"\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec|\bInc|\bCorp|\bCo|\bLtd|\bJr)\.$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


# after "to", a word that is no determiner and not capitalised is likely a verb
_TO_VERB = (r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|"
            r"us|me)\b)(?-i:[a-z])")


def _marker_regex() -> tuple[re.Pattern[str], set[str]]:
    lex = load_lexicon()
    future = set(lex.future_markers)
    # "-ed" words count as past verbs when written in lower case ("United" is a name)
    past_ed = rf"(?-i:(?!{_NOT_VERBS}\b)[a-z]{{3,}}ed)"
    # "next to" is a place, not a time; "agreed to sign" looks ahead, not back, but "wrote
    # to the minister", "went to Paris" are past (a determiner or a name follows "to")
    return re.compile(
        rf"(?<![\w'])(?:(?:{alternation(lex.future_markers)})(?!\w)(?!(?<=next)\s+to\b)"
        rf"|(?:{alternation(lex.past_markers)}|{past_ed})(?!\w)(?!\s+to\s+{_TO_VERB}))",
        re.IGNORECASE), future


def text_tense(text: str) -> TenseFn:
    """A ``TenseFn`` for ``text`` that looks for tense markers in the span's sentence."""
    rx, future = _marker_regex()
    past = set(load_lexicon().past_markers)
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)
                    if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1)]
    bounds.append(len(text))
    markers = [(m.start(), m.group(0).lower()) for m in rx.finditer(text)]
    positions = [p for p, _ in markers]

    def tense(start: int, end: int) -> str | None:
        i = bisect.bisect_right(bounds, start) - 1
        lo, hi = bounds[max(i, 0)], bounds[min(i + 1, len(bounds) - 1)]
        j, k = bisect.bisect_left(positions, lo), bisect.bisect_left(positions, hi)
        left: tuple[int, str] | None = None
        right: tuple[int, str] | None = None
        for pos, word in markers[j:k]:
            if word not in future and _NON_FINITE.search(text, max(0, pos - 20), pos):
                continue  # "will be held", "to be signed": a participle, not a past verb
            if word.endswith("ed") and word not in past and word not in future and (
                    _ADJECTIVAL.search(text, max(0, pos - 20), pos)
                    or _POSSESSED.search(text, max(0, pos - 30), pos)
                    and _NOUN_NEXT.match(text, pos + len(word))
                    or _AFTER_BARE_VERB.search(text, max(0, pos - 30), pos)
                    and _NOUN_NEXT.match(text, pos + len(word))):
                continue
            if word in future and not word.split()[0].endswith("ing") and _FUTURE_IN_PAST.search(
                    text, max(0, pos - 20), pos):
                word = "had"
            if pos < start:
                left = (start - pos, word)  # the last one before the span wins
            elif pos >= end and right is None:
                right = (pos - end, word)
        # the verb a time expression belongs to usually comes before it
        best = left or right
        if best is None:
            return None
        word = re.sub(r"\s+", " ", best[1])
        return "future" if word in future else "past"

    return tense
