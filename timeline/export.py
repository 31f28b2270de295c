"""Write timelines as CSV, JSON or JSON Lines."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from typing import TextIO

from .types import TimelineEntry

FIELDNAMES = (
    "date_start",
    "date_end",
    "date_precision",
    "date_basis",
    "event_type",
    "trigger",
    "actors",
    "locations",
    "evidence",
    "source",
    "published",
)
FORMATS = ("csv", "json", "jsonl")


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def actors_text(entry: TimelineEntry) -> str:
    """"Barack Obama (agent); US soldiers (patient)"."""
    return "; ".join(f"{name} ({role})" for role, name in entry.actors)


def as_row(entry: TimelineEntry) -> dict[str, str]:
    """The CSV row of an entry, columns in FIELDNAMES order."""
    return {
        "date_start": _day(entry.date_start),
        "date_end": _day(entry.date_end),
        "date_precision": entry.date_precision,
        "date_basis": entry.date_basis,
        "event_type": entry.event_type,
        "trigger": entry.trigger,
        "actors": actors_text(entry),
        "locations": "; ".join(entry.locations),
        "evidence": entry.evidence,
        "source": entry.source or "",
        "published": _day(entry.published),
    }


def as_dict(entry: TimelineEntry) -> dict[str, object]:
    """A JSON-ready record with structured actors and every field of the entry."""
    return {
        "event_id": entry.event_id,
        "date_start": _day(entry.date_start) or None,
        "date_end": _day(entry.date_end) or None,
        "date_precision": entry.date_precision,
        "date_basis": entry.date_basis,
        "date_value": entry.date_value,
        "event_type": entry.event_type,
        "trigger": entry.trigger,
        "modality": entry.modality,
        "actors": [{"role": role, "name": name} for role, name in entry.actors],
        "locations": list(entry.locations),
        "evidence": entry.evidence,
        "evidence_start": entry.evidence_start,
        "evidence_end": entry.evidence_end,
        "source": entry.source,
        "published": _day(entry.published) or None,
        "confidence": entry.confidence,
        "document_id": entry.document_id,
    }


def write_csv(entries: Iterable[TimelineEntry], fp: TextIO) -> int:
    writer = csv.DictWriter(fp, fieldnames=FIELDNAMES, lineterminator="\n")
    writer.writeheader()
    count = 0
    for entry in entries:
        writer.writerow(as_row(entry))
        count += 1
    return count


def write_jsonl(entries: Iterable[TimelineEntry], fp: TextIO) -> int:
    count = 0
    for entry in entries:
        fp.write(json.dumps(as_dict(entry), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(entries: Iterable[TimelineEntry], fp: TextIO) -> int:
    records = [as_dict(e) for e in entries]
    json.dump(records, fp, ensure_ascii=False, indent=2)
    fp.write("\n")
    return len(records)


def write(entries: Iterable[TimelineEntry], fp: TextIO, fmt: str = "csv") -> int:
    """Write ``entries`` to ``fp`` as ``fmt`` (csv, json or jsonl); returns the count."""
    writers = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](entries, fp)
