"""The storage interface. SQLite implements it now; PostgreSQL later.

Everything above the store (pipeline, resolution, queries, CLI) talks to this
protocol only. Each write method is one transaction: it either lands whole or
leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
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

    def documents(self) -> list[DocumentRow]: ...

    def iter_documents(self) -> Iterator[Document]: ...

    # -- per-document extractions -----------------------------------------
    def put_extraction(self, extraction: Extraction) -> None:
        """Replace the stored extraction of one document."""

    def put_extractions(self, extractions: list[Extraction]) -> None:
        """Replace many in one transaction (used by rebuild)."""

    def extractions(self) -> Iterator[Extraction]: ...

    # -- the resolved knowledge base --------------------------------------
    def replace_knowledge(self, entities: list[Entity], facts: list[Fact]) -> None:
        """Swap the whole resolved knowledge base in one transaction."""

    def entities(self) -> list[Entity]: ...

    def facts(self, *, type: str | None = None) -> list[Fact]: ...

    # -- curations ---------------------------------------------------------
    def add_curation(self, curation: Curation) -> Curation: ...

    def curations(self) -> list[Curation]: ...

    # -- API tokens (hashes only) -------------------------------------------
    def add_token(self, name: str, token_hash: str) -> int:
        """Keep the hash of a new API token; returns its id."""

    def token_hashes(self) -> list[tuple[str, str]]:
        """``(name, hash)`` of every API token."""

    # -- search ------------------------------------------------------------
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]: ...

    def close(self) -> None: ...
