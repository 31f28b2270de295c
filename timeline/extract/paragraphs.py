"""``timeline_paragraphs``: a sentence never runs across a blank line.

Put before the parser. Headlines, bylines and paragraphs are separated by blank lines
in articles; the parser alone tends to glue a headline to the first sentence. A single
line break (hard-wrapped text) is left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("timeline_paragraphs")
def make_paragraph_splitter(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if token.is_space and token.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc
