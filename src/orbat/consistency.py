"""What keeps the knowledge base consistent with its inputs across crashes and
concurrent commands (docs/reliability.md), seen through any ``Store``.

A store that keeps generations (``SQLiteStore``) says how far its knowledge base lags
behind its extractions and curations, reads a consistent snapshot, refuses to swap in
a knowledge base older than the stored one, and marks long writers. A store without
these capabilities reads as never stale and unmarked, so the pipeline works on it
unchanged, without the guarantees.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any


def snapshot(store: Any) -> AbstractContextManager:
    """A read transaction where the store has one (reads inside see one moment)."""
    return store.snapshot() if hasattr(store, "snapshot") else nullcontext()


def generation(store: Any) -> int | None:
    """The store's inputs generation, or None where it keeps none."""
    return store.generation() if hasattr(store, "generation") else None


def stale(store: Any) -> bool:
    """Whether extractions or curations changed after the knowledge base was resolved."""
    return bool(hasattr(store, "knowledge_stale") and store.knowledge_stale())


def writing(store: Any) -> AbstractContextManager:
    """Mark this process as a writer of the store for the block."""
    return store.writing() if hasattr(store, "writing") else nullcontext()


def writers_active(store: Any) -> bool:
    return bool(hasattr(store, "writers_active") and store.writers_active())


def replace(store: Any, kb: Any, gen: int | None, index: Any = None) -> bool:
    """Swap ``kb`` in, stamped with the inputs generation it was resolved from, with its
    resolution index where the store keeps one (``orbat.resolve.index``)."""
    extra = {"index": index} if index is not None and hasattr(store, "index_generation") else {}
    if gen is None:
        store.replace_knowledge(kb.entities, kb.facts, **extra)
        return True
    return store.replace_knowledge(kb.entities, kb.facts, generation=gen, **extra)
