"""orbat's spaCy pipeline: ``build_nlp(reference) -> spacy.Language``.

Importing this package is cheap; spaCy is imported when ``build_nlp`` is first used.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_MODEL", "build_nlp", "load_model"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from orbat.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
