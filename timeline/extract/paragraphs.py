"""``timeline_paragraphs``: a sentence never runs across a blank line, nor across the dash
that ends a dateline.

Put before the parser. Headlines, bylines and paragraphs are separated by blank lines
in articles; the parser alone tends to glue a headline to the first sentence. A single
line break (hard-wrapped text) is left to the parser. "TBILISI, Georgia - An avalanche
swept across the road" is parsed as one sentence whose subject is TBILISI unless the
dateline is cut off as its own. Cut there, the parser may then split the lead again
after its first word ("Kyrgyz | and Tajik border guards clashed"), so the next few
tokens are marked as no sentence start.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DASHES = {"-", "\u2013", "\u2014", "--"}
DATELINE_TOKENS = 8  # "PORT-AU-PRINCE, Haiti -" is eight tokens
LINKS = {"of", "and", "the"}  # small words inside a country's name
LEAD_TOKENS = 4  # no sentence of the lead after a dateline ends within its first tokens


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the dash closing a dateline that opens a paragraph at ``start``:
    capitals first ("KHAR", "PORT-AU-PRINCE"), then at most a country or region in
    title case, the dash spaced apart from both sides."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    comma = False  # "KHAR, Pakistan -": after the comma, the country in title case
    for tok in doc[start + 1 : start + DATELINE_TOKENS]:
        if _spaced_dash(tok):
            after = doc[tok.i + 1 : tok.i + 1 + 3 * DATELINE_TOKENS]
            if not len(after) or not comma and any(_spaced_dash(t) for t in after):
                return None  # "NATO - the alliance - said": an aside, not a dateline
            return tok.i
        comma = comma or tok.text == ","
        if comma and tok.lower_ in LINKS and _linked(tok):
            continue  # "BUNIA, Democratic Republic of Congo -", "MOSTAR, Bosnia and Herzegovina -"
        if not _dateline_word(tok) or tok.is_alpha and not tok.is_upper and not comma:
            return None  # "UN Secretary-General Antonio Guterres - speaking...": a name
    return None


def _linked(tok: Token) -> bool:
    """A small word between words of a name ("Republic of the Congo"), not after the
    comma ("UN, the EU and NATO - all three - condemned")."""
    doc = tok.doc
    before, after = doc[tok.i - 1], doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (before.is_title or before.lower_ in LINKS and doc[before.i - 1].is_title) and (
        after is not None and (after.is_title or after.lower_ in LINKS))


def _spaced_dash(tok: Token) -> bool:
    return tok.text in DASHES and bool(tok.i and tok.doc[tok.i - 1].whitespace_) and bool(
        tok.whitespace_)


def _dateline_word(tok: Token) -> bool:
    return tok.text in (",", ".") or tok.text in DASHES and not tok.whitespace_ or (
        tok.is_alpha and (tok.is_upper or tok.is_title))


@Language.component("timeline_paragraphs")
def make_paragraph_splitter(doc: Doc) -> Doc:
    starts = [0] if len(doc) else []
    for i, token in enumerate(doc[:-1]):
        if token.is_space and token.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
            starts.append(i + 1)
    for start in starts:
        dash = _dateline_end(doc, start)
        if dash is not None:
            doc[dash + 1].is_sent_start = True
            for tok in doc[dash + 2 : dash + 1 + LEAD_TOKENS]:
                if tok.is_space or doc[tok.i - 1].text in (".", "!", "?") or doc[tok.i - 1].is_space:
                    break
                tok.is_sent_start = False
    return doc
