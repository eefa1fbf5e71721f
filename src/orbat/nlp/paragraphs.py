"""``orbat_paragraphs``: a paragraph break is a sentence break.

Runs before the parser. News pages are full of lines that end without a full stop (headlines,
bylines, bullets, datelines, photo captions); the parser then runs them into the next
sentence ("... dies of wounds By Edmund Blair Gunmen stormed a mall") and every rule that
reads a clause reads the wrong one. A token that follows a blank line (a whitespace token
holding two newlines) starts a sentence; the parser keeps preset sentence starts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str = "orbat_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i, tok in enumerate(doc[:-1]):
            if tok.is_space and tok.text.count("\n") >= 2:
                nxt = doc[i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
        return doc


@Language.factory("orbat_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
