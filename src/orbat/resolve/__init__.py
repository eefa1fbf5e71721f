"""Resolution: all per-document extractions (+ curations) -> one knowledge base.

The only global step of orbat. Pure and deterministic: the same inputs in any order give
an identical KnowledgeBase, ids included. Three replaceable steps, as in dedupe:
blocking -> scoring -> clustering, for entities (``entities.py``) and for facts
(``events.py``); curations (``curation.py``) are re-applied on every rebuild; ids
(``ids.py``) come from content.

    kb = resolve(store.extractions(), store.curations(), reference=load_reference())
    explain_merge(extractions, curations, "Baghdadi", "Abu Bakr al-Baghdadi").summary
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from orbat.model import Curation, Extraction, KnowledgeBase
from orbat.resolve.explain import MergeExplanation, MergeStep, explain_merge
from orbat.resolve.resolver import Resolution, run

__all__ = ["MergeExplanation", "MergeStep", "Resolution", "explain_merge", "resolve", "run"]

if TYPE_CHECKING:
    from orbat.reference import Reference


def resolve(
    extractions: Iterable[Extraction],
    curations: Iterable[Curation] = (),
    *,
    reference: Reference | None = None,
) -> KnowledgeBase:
    """Merge entities and facts across documents, apply curations, give stable ids."""
    return run(extractions, curations, reference=reference).kb
