"""Helpers shared by the orbat components and the fact rules: putting new entity spans into
``doc.ents``; what a description word describes; the tokens a component need look at."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans


def tokens_where(doc: Doc, **wanted: Iterable[str]) -> Iterator[Token]:
    """The tokens whose every named attribute (``lower``, ``orth``, ``dep``, ``pos``,
    ``ent_type``; ``""`` for none) holds one of the given values, in order. Read from the
    doc's arrays, so a component that looks at a few kinds of token does not make a Python
    object of every token of the document."""
    names = [name.upper() for name in wanted]
    rows = doc.to_array(names).reshape(len(doc), len(names))
    keep = numpy.ones(len(doc), dtype=bool)
    for column, values in enumerate(wanted.values()):
        ids = numpy.array([get_string_id(v) if v else 0 for v in values], dtype=rows.dtype)
        keep &= numpy.isin(rows[:, column], ids)
    for i in numpy.flatnonzero(keep):
        yield doc[int(i)]


def merge_ents(doc: Doc, new: Iterable[Span], *, override: bool) -> None:
    """Add ``new`` entity spans to ``doc.ents`` (overlapping new spans: the longest wins).

    ``override=True``: a new span replaces the existing entities it overlaps.
    ``override=False``: a new span is dropped where it overlaps an existing entity."""
    chosen = filter_spans(list(new))
    if not chosen:
        return
    existing = list(doc.ents)
    if override:
        taken = {i for span in chosen for i in range(span.start, span.end)}
        kept = [e for e in existing if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = [*kept, *chosen]
    else:
        taken = {i for e in existing for i in range(e.start, e.end)}
        added = [s for s in chosen if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = [*existing, *added]


def described_by(tok: Token) -> list[Token]:
    """What a description word describes: the subject of the copula it is the attribute of
    ("Hurras al-Din is al-Qaeda's affiliate", "X was an American who ..."), or the word it
    stands in apposition to ("Hurras al-Din, al-Qaeda's affiliate"); none otherwise."""
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "appos":
        return [tok.head]
    return []
