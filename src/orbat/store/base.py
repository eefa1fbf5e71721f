"""The storage interface, implemented by ``SQLiteStore`` and ``PostgresStore``.

Everything above the store (pipeline, resolution, queries, CLI) talks to this
protocol only. Each write method is one transaction: it either lands whole or
leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from orbat.model import Curation, Document, Entity, Extraction, Fact


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of ``Store.add_document``."""

    status: str  # "new" | "duplicate" | "near_duplicate"
    doc_id: str
    near_of: str | None = None  # for near_duplicate: the earlier document it resembles
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document's metadata without its text, for listings."""

    id: str
    title: str | None
    published: str | None
    publisher: str | None
    source: str | None
    format: str | None
    near_of: str | None
    words: int
    facts: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "document" | "entity"
    id: str
    title: str
    snippet: str


class Store(Protocol):
    # -- documents ---------------------------------------------------------
    def add_document(self, doc: Document, extraction: Extraction | None = None) -> AddResult:
        """Store a document (and its extraction) in one transaction.
        Same sha256 as a stored one: nothing written, status "duplicate"."""

    def get_document(self, doc_id: str) -> Document | None: ...

    def has_document(self, doc_id: str) -> bool:
        """Whether a document is stored (cheap: no text is read)."""

    def find_documents(self, prefix: str) -> list[str]:
        """Ids of documents whose id starts with ``prefix`` (with or without "doc:";
        LIKE wildcards in it taken literally)."""

    def documents(self) -> list[DocumentRow]: ...

    def iter_documents(self) -> Iterator[Document]: ...

    def count_documents(self) -> int: ...

    def document_meta(self, doc_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """``{doc id: (title, published)}`` for the stored ones, without their text."""

    # -- per-document extractions -----------------------------------------
    def put_extraction(self, extraction: Extraction) -> None:
        """Replace the stored extraction of one document."""

    def put_extractions(self, extractions: list[Extraction]) -> None:
        """Replace many in one transaction (used by rebuild)."""

    def extractions(self) -> Iterator[Extraction]: ...

    def get_extraction(self, doc_id: str) -> Extraction | None: ...

    # -- the resolved knowledge base --------------------------------------
    def replace_knowledge(self, entities: list[Entity], facts: list[Fact]) -> None:
        """Swap the whole resolved knowledge base in one transaction."""

    def entities(self) -> list[Entity]: ...

    def get_entity(self, entity_id: str) -> Entity | None: ...

    def find_entities(self, name: str) -> list[Entity]:
        """Entities with ``name`` as their name or an alias (normalised match), by id."""

    def entities_by_id(self, entity_ids: Sequence[str]) -> dict[str, Entity]:
        """The stored ones of ``entity_ids``, by id."""

    def places_with_geo(self) -> list[Entity]:
        """Location and facility entities that carry coordinates, by id."""

    def facts(self, *, type: str | None = None, entity: str | None = None) -> list[Fact]:
        """All facts, or those of one type and/or naming one entity, by id."""

    def get_fact(self, fact_id: str) -> Fact | None: ...

    def facts_by_id(self, fact_ids: Sequence[str]) -> list[Fact]:
        """The stored ones of ``fact_ids``, by id."""

    def fact_ids_with_prefix(self, prefix: str, *, limit: int = 10) -> list[str]:
        """Fact ids starting with ``prefix`` (LIKE wildcards in it taken literally)."""

    # -- the look-ups of the queries (``orbat.query``): only the rows a question needs.
    # ``since``/``until``/``on_start``/``on_end`` are full ISO days and only pre-filter
    # (by year where a partial date could reach past them); the caller applies the
    # exact test. With a window, undated facts are left out. Results are by fact id.
    def facts_for_entities(
        self,
        entity_ids: Sequence[str],
        *,
        types: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Fact]:
        """Facts with any of ``entity_ids`` as an arg (a fact id too, as in ``claim.attack``)."""

    def facts_at_locations(
        self,
        location_ids: Sequence[str],
        *,
        types: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Fact]:
        """Facts whose ``location`` is one of ``location_ids``."""

    def facts_of_types(
        self, types: Sequence[str], *, since: str | None = None, until: str | None = None
    ) -> list[Fact]: ...

    def relation_facts(
        self, types: Sequence[str], *, on_start: str | None = None, on_end: str | None = None
    ) -> list[Fact]:
        """Facts of ``types`` that may hold on a day in [on_start, on_end]: begun by then
        (or undated) and, but for pledges and defections, not ended before."""

    # -- curations ---------------------------------------------------------
    def add_curation(self, curation: Curation) -> Curation: ...

    def curations(self) -> list[Curation]: ...

    def confirmed_fact_ids(self) -> set[str]:
        """Targets of ``fact.confirm`` curations."""

    # -- API tokens (hashes only) -------------------------------------------
    def add_token(self, name: str, token_hash: str) -> int:
        """Keep the hash of a new API token; returns its id."""

    def token_hashes(self) -> list[tuple[str, str]]:
        """``(name, hash)`` of every API token."""

    # -- search ------------------------------------------------------------
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]: ...

    def close(self) -> None: ...
