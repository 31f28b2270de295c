"""Build ../entity_mentions_synthetic.jsonl: entity mentions taken from the fictional story
articles (../stories/articles.jsonl), to cover variants the real corpus lacks (ISIS/ISIL/
Daesh, Hizbollah, Georgia the country vs the US state, Washington state vs government).

Same line format as entity_mentions.jsonl plus "synthetic": true.  Run build_stories.py first.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_entity_mentions import context_for  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent
US = "United States"

# (article, mention, hint, kind, entity, within, linked, note, hard)
ROWS = [
    ("s12-a1", "Islamic State", None, "armed_group", "Islamic State", None, [], None, False),
    ("s12-a1", "ISIS", None, "armed_group", "Islamic State", None, [], None, False),
    ("s12-a2", "Daesh", None, "armed_group", "Islamic State", None, [],
     "Arabic acronym used by Iraqi officials", False),
    ("s12-a3", "ISIL", None, "armed_group", "Islamic State", None, [], None, False),
    ("s12-a3", "Hizbollah", None, "armed_group", "Hezbollah", None, [], "spelling variant", True),
    ("s12-a2", "Kataib Hezbollah", None, "armed_group", "Kataib Hezbollah", None, [],
     "Iraqi militia; contains 'Hezbollah' but is not the Lebanese group", True),
    ("s12-a2", "an Iran-backed militia", None, "armed_group", "Kataib Hezbollah", None,
     [["backed_by", "Iran"]], "appositive of Kataib Hezbollah", False),
    ("s12-a1", "Iran-backed factions", None, "armed_group", "Popular Mobilization Forces", None,
     [["backed_by", "Iran"]], "unnamed Iraqi factions", True),
    ("s12-a3", "Iran-aligned groups", None, "armed_group", "Popular Mobilization Forces", None,
     [["backed_by", "Iran"]], "'-aligned' treated like '-backed'", True),
    ("s12-a1", "the US-led coalition", None, "group", "Global Coalition against Daesh", None,
     [["led_by", US]], None, False),
    ("s12-a2", "US-led coalition troops", None, "group", "Global Coalition against Daesh", None,
     [["led_by", US]], None, False),
    ("s12-a2", "Washington", "Washington has said", "country", US, None, [],
     "capital = US government", True),
    ("s12-a2", "Kurdistan region", None, "place", "Kurdistan Region", "Iraq", [], None, False),
    ("s12-a2", "Erbil international airport", None, "place", "Erbil International Airport", "Iraq",
     [], None, False),
    ("s12-a1", "Baghdad", "plan agreed between Baghdad and", "country", "Iraq", None, [],
     "capital = Iraqi government", True),
    ("s12-a1", "Baghdad airport", None, "place", "Baghdad International Airport", "Iraq", [], None,
     False),
    ("s03-a1", "TBILISI, Georgia", None, "place", "Tbilisi", "Georgia", [],
     "Georgia the country (dateline)", True),
    ("s03-a3", "Atlanta, Georgia", None, "place", "Atlanta", US, [],
     "Georgia the US state, in the same story as Georgia the country", True),
    ("s03-a3", "Georgia", "relations with Georgia", "country", "Georgia", None, [],
     "the country", True),
    ("s03-a2", "Georgia's ambassador", None, "group", "Georgia", None, [["member_of", "Georgia"]],
     "unnamed envoy; filed under the sending state", True),
    ("s03-a1", "Georgian police", None, "group", "Georgia", None, [["member_of", "Georgia"]], None,
     False),
    ("s11-a1", "Savannah, Georgia", None, "place", "Savannah, Georgia", US, [],
     "US state", True),
    ("s11-a2", "Georgia Governor Ellen Tate", None, "person", "Ellen Tate", None, [],
     "'Georgia' here = the US state", True),
    ("s11-a2", "Georgia", "base in Georgia was dropped", "place", "Georgia (U.S. state)", US, [],
     "US state", True),
    ("s11-a3", "Washington state", None, "place", "Washington (U.S. state)", US, [],
     "the state, not D.C. and not the government", True),
    ("s11-a3", "WASHINGTON", None, "place", "Washington, D.C.", US, [], "dateline", False),
    ("s11-a1", "The Pentagon", None, "organization", "Pentagon", None, [], None, False),
    ("s05-a2", "Minsk", "Minsk denounced", "country", "Belarus", None, [], "capital = government", True),
    ("s05-a2", "Minsk", "flights from the Middle East to Minsk", "place", "Minsk", "Belarus", [],
     "the city as a destination", True),
    ("s01-a2", "Copenhagen", None, "country", "Denmark", None, [], "capital = government", True),
    ("s01-a2", "Tallinn", None, "country", "Estonia", None, [], "capital = government", True),
    ("s01-a1", "London", None, "country", "United Kingdom", None, [],
     "'announced by London' = British government", True),
    ("s02-a2", "Kinshasa", None, "country", "Democratic Republic of the Congo", None, [],
     "capital = government", True),
    ("s02-a3", "Democratic Republic of Congo", None, "country", "Democratic Republic of the Congo",
     None, [], "without 'the'", False),
    ("s02-a1", "M23", "and the M23 rebel group", "armed_group", "M23", None, [], None, False),
    ("s10-a1", "Ottawa", None, "country", "Canada", None, [], "capital = government", True),
    ("s08-a1", "JNIM", None, "armed_group", "JNIM", None, [["allied_with", "al-Qaeda"]],
     "'al-Qaeda-linked' stated in the same sentence", False),
    ("s08-a1", "al-Qaeda", None, "armed_group", "al-Qaeda", None, [], None, False),
    ("s07-a1", "Association of Southeast Asian Nations", None, "organization", "ASEAN", None, [],
     None, False),
    ("s09-a1", "AFAD", None, "organization", "AFAD", None, [["member_of", "Turkey"]],
     "Turkish disaster agency", False),
]


def main() -> int:
    arts = {}
    for line in (GOLD / "stories" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        arts[a["id"]] = a["text"]
    out, errors = [], []
    for n, (aid, mention, hint, kind, entity, within, linked, note, hard) in enumerate(ROWS, 1):
        text = arts[aid]
        hint = hint or mention
        i = text.find(hint)
        if i < 0 or mention not in hint:
            errors.append(f"row {n}: {aid}: {hint!r} not found")
            continue
        start = i + hint.index(mention)
        end = start + len(mention)
        ctx, cs, ce = context_for(text, start, end)
        rec = dict(id=f"es{len(out) + 1:03d}", mention=mention, context=ctx, start=cs, end=ce,
                   source=f"stories/{aid}", doc_start=start, kind=kind, entity=entity, within=within,
                   linked=linked, hard=hard, synthetic=True)
        if note:
            rec["note"] = note
        assert ctx[cs:ce] == mention
        out.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with (GOLD / "entity_mentions_synthetic.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} synthetic mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
