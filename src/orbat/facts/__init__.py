"""Per-document fact extraction: ``Document`` -> ``Extraction``.

The pipeline, top to bottom (each step one module, each writes into the
document's ``DocState``):

    parse        spaCy (``nlp.pipe`` in batches)
    mentions     entities + in-document coreference
    families     aliases (identity) -> leadership (leadership/succession/membership)
                 -> events (attack/claim/statement)
                 -> allegiance (pledge/founding/branch/alliance/defection) -> fate (death/capture)
                 each fact family reads clauses and calls modality / timing / places
    finishers    successions inferred from deaths + new leaders; state bounds from
                 the document's events (timing); claims take their attack's place;
                 lower confidence where an arg came through a pronoun

Adding a fact family = one module with ``extract(state, resources)`` and one
line in ``FAMILIES``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from orbat.errors import ExtractionError
from orbat.facts import (
    aliases,
    allegiance,
    broad,
    events,
    fate,
    leadership,
    mentions,
    modality,
    places,
    timing,
)
from orbat.facts.resources import Resources
from orbat.facts.state import DocState
from orbat.model import Document, Extraction
from orbat.text import blank_datelines, blank_photo_credits, straighten_quotes, unwrap_lines

__all__ = ["FAMILIES", "FINISHERS", "VERSION", "Extractor", "build_extractor"]

log = logging.getLogger(__name__)

VERSION = "facts-0.7.195"  # bump whenever a rule changes (stored extractions are then stale)

Family = Callable[[DocState, Resources], None]

# the fact families, in order (identity first: merges names the others rely on)
FAMILIES: tuple[Family, ...] = (
    aliases.extract,
    leadership.extract,
    events.extract,
    allegiance.extract,
    fate.extract,
    broad.extract,
)
# steps over the whole document's facts, after the families
FINISHERS: tuple[Callable[[DocState], None], ...] = (
    aliases.name_described_groups,
    aliases.fold_identifications,
    events.fold_unattributed_attacks,
    allegiance.surrenders_are_defections,
    fate.elided_same_fate,
    fate.drop_impossible_victims,
    fate.one_death_each,
    leadership.named_with_group,
    leadership.drop_officials_posts,
    leadership.drop_civilian_posts,
    leadership.posts_of_the_dead_named_later,
    leadership.infer_successions,
    leadership.mark_beginnings,
    leadership.mark_seen,
    timing.infer,
    places.attach,
    modality.adjust_confidence,
)


@dataclass
class Extractor:
    """Document -> Extraction with a spaCy pipeline and (optional) reference data and gazetteer."""

    nlp: Any
    resources: Resources = field(default_factory=Resources)
    families: tuple[Family, ...] = FAMILIES
    version: str = VERSION
    batch_size: int = 32  # documents per nlp.pipe batch (as in bench/extract.py's bare parse)
    # rewrites shouted/flat passages in ordinary case, keeping the length (offsets hold)
    truecase: Callable[[str], str] | None = None

    def extract(self, doc: Document) -> Extraction:
        return next(self.extract_many([doc]))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Parse in batches with ``nlp.pipe`` and extract each. A document spaCy cannot
        parse (too long, ...) raises ExtractionError naming it; ``pipeline.ingest`` then
        retries that batch one document at a time and reports only the bad one."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list[Document]) -> Iterator[Extraction]:
        too_long = [d for d in docs if len(d.body) > self.nlp.max_length]
        if too_long:
            doc = too_long[0]
            raise ExtractionError(
                doc.source or doc.id,
                f"body of {len(doc.body):,} characters is longer than the NLP pipeline's limit "
                f"({self.nlp.max_length:,})",
            )
        texts = [self._prepared(d.body) for d in docs]
        for doc, text, sdoc in zip(docs, texts, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            yield self._extract_parsed(doc, sdoc, text)

    def _prepared(self, body: str) -> str:
        """The text spaCy parses: quotes straightened, hard-wrapped lines joined, wire
        datelines and photo credits blanked, all-caps passages truecased; always
        exactly as long as ``body``, so offsets into it are offsets into the body."""
        text = blank_datelines(unwrap_lines(blank_photo_credits(straighten_quotes(body))))
        if self.truecase is not None:
            cased = self.truecase(text)
            if len(cased) == len(text):
                text = cased
        return text

    def _extract_parsed(self, doc: Document, sdoc: Any, text: str | None = None) -> Extraction:
        state = DocState(document=doc, sdoc=sdoc, published=doc.published)
        if text is not None and len(text) == len(doc.body):
            state.cache["prepared_text"] = text  # the text spaCy parsed (offsets as in the body)
        steps = (
            partial(mentions.build, res=self.resources),
            *(partial(f, res=self.resources) for f in self.families),
        )
        for step in (*steps, *FINISHERS):
            try:
                step(state)
            except Exception:
                name = getattr(getattr(step, "func", step), "__module__", "?")
                log.warning("fact rule %s failed on %s", name, doc.id, exc_info=True)
        return state.finish(self.version)


def build_extractor(
    *, reference: Any | None = None, places: Any | None = None, nlp: Any | None = None
) -> Extractor:
    """The default extractor: orbat's reference data, gazetteer and spaCy pipeline."""
    if reference is None:
        from orbat.reference import load_reference

        reference = load_reference()
    if places is None:
        from orbat.places import Gazetteer

        places = Gazetteer()
    if nlp is None:
        from orbat.nlp import build_nlp

        nlp = build_nlp(reference)
    from orbat.nlp.truecase import build_truecaser

    return Extractor(
        nlp=nlp,
        resources=Resources(reference=reference, places=places),
        truecase=build_truecaser(reference, nlp),
    )
