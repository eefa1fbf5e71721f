"""What one API app holds: how to open the store, its settings, the write limiter,
the write lock, the extraction pipeline (loaded on first upload) and a cache of
document tags keyed by the knowledge base's stamp. No module-level state."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from orbat import pipeline
from orbat.api.settings import Settings
from orbat.query import DocTags, document_tags

StoreFactory = Callable[[], Any]


def _file_stamp(path: str | None) -> tuple[int, ...]:
    """Modification times and sizes of an SQLite file and its write-ahead log."""
    out: list[int] = []
    for name in (path, f"{path}-wal") if path and path != ":memory:" else ():
        try:
            st = os.stat(name)
        except OSError:
            out += [0, 0]
        else:
            out += [st.st_mtime_ns, st.st_size]
    return tuple(out)


class AppState:
    def __init__(
        self,
        open_store: StoreFactory,
        settings: Settings,
        *,
        extractor: pipeline.Extractor | None = None,
        resolver: pipeline.Resolver | None = None,
    ):
        from orbat.api.security import RateLimiter

        self.open_store = open_store
        self.settings = settings
        self.limiter = RateLimiter(settings.write_rate, settings.write_burst)
        self.write_lock = threading.Lock()
        self._extractor = extractor
        self._resolver = resolver
        self._pipeline_lock = threading.Lock()
        self._tags_lock = threading.Lock()
        self._tags: tuple[Any, dict[str, DocTags]] | None = None

    @contextmanager
    def store(self) -> Iterator[Any]:
        """A store for one request, opened and closed in the calling thread."""
        store = self.open_store()
        try:
            yield store
        finally:
            store.close()

    def resolver(self) -> pipeline.Resolver:
        with self._pipeline_lock:
            if self._resolver is None:
                self._resolver = pipeline.default_resolver()
            return self._resolver

    def extractor(self) -> pipeline.Extractor:
        """The extraction pipeline, loaded once (the spaCy model takes a few seconds)."""
        with self._pipeline_lock:
            if self._extractor is None:
                self._extractor = pipeline.default_extractor()
            return self._extractor

    def tags(self, store: Any) -> dict[str, DocTags]:
        """Every document's tags, recomputed only when the knowledge base changed."""
        stamp = (
            (store.knowledge_stamp(), _file_stamp(getattr(store, "path", None)))
            if hasattr(store, "knowledge_stamp")
            else None
        )
        with self._tags_lock:
            if stamp is not None and self._tags is not None and self._tags[0] == stamp:
                return self._tags[1]
        tags = document_tags(store)
        if stamp is not None:
            with self._tags_lock:
                self._tags = (stamp, tags)
        return tags
