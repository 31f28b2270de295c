"""Eval gate: scores on the shared gold corpora must not fall below the pinned floors.

The floors live in ``benchmarks/eval_baseline.json``; the scores come from the same
benchmark scripts a developer runs (``benchmarks/timex_eval.py``, ``benchmarks/event_eval.py``),
here for our system only, without timing claims. Skipped when ../shared/data is absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("TIMELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))
BASELINE = json.loads((ROOT / "benchmarks" / "eval_baseline.json").read_text("utf-8"))

pytestmark = pytest.mark.skipif(
    not (DATA / "tempeval3").is_dir(), reason=f"gold corpora not found at {DATA}"
)


def _run(script: str, *args: str, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args, "--data", str(DATA),
         "--json", str(out)],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(out.read_text("utf-8"))


def _below(scores: dict, floors: dict) -> list[str]:
    return [f"{k}: {scores[k]:.4f} < floor {v}" for k, v in floors.items()
            if scores.get(k) is None or scores[k] < v]


def test_timex_scores_hold(tmp_path):
    result = _run("timex_eval.py", "--corpus", "all", "--systems", "timeline",
                  out=tmp_path / "timex.json")
    failures = []
    for corpus, floors in BASELINE["timex"].items():
        scores = result["corpora"][corpus]["systems"]["timeline"]
        failures += [f"{corpus} {line}" for line in _below(scores, floors)]
    assert not failures, failures


def test_event_scores_hold(tmp_path):
    result = _run("event_eval.py", "--task", "all", out=tmp_path / "events.json")
    assert not _below(result["headline"], BASELINE["events"])


def test_entity_resolution_holds(tmp_path):
    out = tmp_path / "entities.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "entity_eval.py"), "--quiet",
                           "--actors", "--data", str(DATA), "--json", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not _below(json.loads(out.read_text("utf-8")), BASELINE["entities"])


@pytest.mark.parametrize("stories,floors", [("stories", "dedup"),
                                            ("stories_dev2", "dedup_dev2"),
                                            ("stories_dev3", "dedup_dev3"),
                                            ("stories_dev4", "dedup_dev4"),
                                            ("stories_dev5", "dedup_dev5"),
                                            ("stories_dev6", "dedup_dev6"),
                                            ("stories_dev7", "dedup_dev7"),
                                            ("stories_dev8", "dedup_dev8"),
                                            ("stories_dev9", "dedup_dev9"),
                                            ("stories_dev10", "dedup_dev10"),
                                            ("stories_dev11", "dedup_dev11"),
                                            ("stories_dev12", "dedup_dev12"),
                                            ("stories_dev13", "dedup_dev13"),
                                            ("stories_dev14", "dedup_dev14"),
                                            ("stories_dev15", "dedup_dev15"),
                                            ("stories_dev16", "dedup_dev16"),
                                            ("stories_dev17", "dedup_dev17"),
                                            ("stories_dev18", "dedup_dev18"),
                                            ("stories_dev19", "dedup_dev19"),
                                            ("stories_dev20", "dedup_dev20"),
                                            ("stories_dev21", "dedup_dev21"),
                                            ("stories_dev22", "dedup_dev22"),
                                            ("stories_dev23", "dedup_dev23"),
                                            ("stories_dev24", "dedup_dev24"),
                                            ("stories_dev25", "dedup_dev25"),
                                            ("stories_heldout", "dedup_heldout")])
def test_dedup_holds(tmp_path, stories, floors):
    out = tmp_path / "dedup.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dedup_eval.py"),
                           "--stories", str(ROOT / "tests" / "gold" / stories),
                           "--json", str(out)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not _below(json.loads(out.read_text("utf-8")), BASELINE[floors])
