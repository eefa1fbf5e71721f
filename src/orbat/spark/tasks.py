"""What runs on the executors: reading files and extracting documents, one
partition at a time. Plain Python over iterators (no Spark here), so each step
can be run and tested without a cluster.

    read_partition:    (file_index, path) ...  ->  ("doc", key, Document) | ("error", row) ...
    extract_partition: those items             ->  one Result per item: rows per table

The extractor (spaCy pipeline, reference data, gazetteer: seconds to load) is
built once per Python worker process by ``worker_extractor`` and reused by every
partition that worker runs (Spark reuses its Python workers), never per document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from orbat import pipeline
from orbat.errors import InputError
from orbat.model import Document
from orbat.readers import DEFAULT_MAX_BYTES, read_inputs
from orbat.spark import tables

Key = tuple[int, int]
Item = tuple[Any, ...]  # ("doc", key, Document) | ("error", row)
# rows for each of tables.TABLES, in its order: documents, entities, mentions, facts, errors
Result = tuple[list[tables.Row], list[tables.Row], list[tables.Row], list[tables.Row], list[tables.Row]]
BATCH_SIZE = 32  # documents per extract_batch call, as in pipeline.ingest


@functools.cache
def worker_extractor() -> pipeline.Extractor:
    """The extractor of this Python process, built on first use."""
    return pipeline.default_extractor()


def read_partition(files: Iterable[tuple[int, str]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read each file as ``orbat ingest`` does; number what it yields."""
    for file_index, path in files:
        for item_index, item in enumerate(read_inputs([path], max_bytes=max_bytes)):
            key = (file_index, item_index)
            if isinstance(item, InputError):
                yield ("error", tables.error_row(key, "read", item.source, item.record, type(item).__name__, item.reason))
            else:
                yield ("doc", key, item)


def _error_result(row: tables.Row) -> Result:
    return ([], [], [], [], [row])


def extract_partition(
    items: Iterable[Item],
    *,
    extractor_factory: Callable[[], pipeline.Extractor] = worker_extractor,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Result]:
    """Extract the documents among ``items`` in batches (a batch that fails is retried
    one document at a time, as in ``pipeline.ingest``); errors pass through."""
    batch: list[tuple[Key, Document]] = []

    def flush() -> Iterator[Result]:
        extracted = pipeline.extract_batch(extractor_factory(), [doc for _, doc in batch])
        for (key, doc), extraction in zip(batch, extracted, strict=True):
            if isinstance(extraction, pipeline.Failure):
                row = tables.error_row(key, "extract", extraction.source, extraction.record, "ExtractionError", extraction.reason)
                yield _error_result(row)
            elif extraction is not None:
                yield (
                    [tables.document_row(key, doc, extraction)],
                    tables.entity_rows(extraction),
                    tables.mention_rows(doc, extraction),
                    tables.fact_rows(extraction),
                    [],
                )
        batch.clear()

    for item in items:
        if item[0] == "error":
            yield _error_result(item[1])
            continue
        batch.append((item[1], item[2]))
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
