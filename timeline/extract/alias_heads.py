"""``timeline_alias_prefix``: a one-word alias that opens a longer name names its owner.

Put after the alias rulers. The one-word aliases of the actor table ("UN", "Congress") are
marked only where the tagger found no name (so "Ghana's Trades Union Congress" stays one
organization: a name is known by its last word). A name that *starts* with such an alias
("the UN Office for the Coordination of Humanitarian Affairs") is an office of that actor,
and is marked as the alias, as the overwriting ruler used to do.

It also completes a formal name the tagger cut before its head word: "the Office of the
U.S. Trade | Representative", where "Trade" is a compound of the capitalised noun after it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..aliases import load_aliases


@Language.factory("timeline_alias_prefix")
def make_alias_prefix(nlp: Language, name: str) -> AliasPrefix:
    return AliasPrefix(*load_aliases().one_word_groups())


class AliasPrefix:
    def __init__(self, exact: frozenset[str], folded: frozenset[str]) -> None:
        self.exact, self.folded = exact, folded

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            start = ent.start + (ent[0].lower_ == "the")
            first = doc[start]
            if ent.end - start > 1 and ent.label_ == "ORG" and (
                    first.text in self.exact or first.lower_ in self.folded):
                ents.append(Span(doc, start, start + 1, label="ORG"))
            else:
                ents.append(_completed(ent))
        doc.ents = ents
        return doc


def _completed(ent: Span) -> Span:
    """A formal organization name ("... of ...") ending in a compound of the capitalised
    noun right after it takes that noun: "the Office of the U.S. Trade Representative";
    not a title before a person's name."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or not any(t.lower_ == "of" for t in ent):
        return ent
    end = ent.end
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and not doc[end].ent_type_ \
            and not (end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON"):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")
