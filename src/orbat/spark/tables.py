"""The tables an extraction job writes, and the rows that go into them.

Every table is named in ``TABLES`` with its columns and their types (one of the
names in ``TYPES``); ``job`` turns them into Spark schemas, ``output`` reads them
back with pyarrow. The row builders are pure functions of a ``Document`` and its
``Extraction`` and know nothing of Spark.

``documents`` is the lossless table: one row per document, with the document and
its extraction as JSON (``Document.to_json`` / ``Extraction.to_json``) beside flat
copies of the metadata. ``entities``, ``mentions`` and ``facts`` are flat views of
the same extractions for analysis (ids are doc-local: join on ``doc_id`` and
``entity_id``). ``errors`` holds what could not be read or extracted.

Rows of ``documents`` and ``errors`` carry their place in the input: ``file_index``
(the position of the file in ``orbat.readers.expand_inputs``) and ``item_index``
(the position of the document or error among what the reader yielded for that
file). Sorted by these two, they come in the order ``orbat ingest`` reads them.
"""

from __future__ import annotations

import json
from typing import Any

from orbat.model import Document, Extraction

# column type names (job.spark_type makes them Spark types)
TYPES = ("string", "long", "double", "array<string>", "map<string,string>")

Columns = tuple[tuple[str, str], ...]

KEY: Columns = (("file_index", "long"), ("item_index", "long"))

TABLES: dict[str, Columns] = {
    "documents": (
        *KEY,
        ("doc_id", "string"),
        ("sha256", "string"),
        ("source", "string"),
        ("record", "long"),
        ("record_id", "string"),
        ("format", "string"),
        ("title", "string"),
        ("url", "string"),
        ("published", "string"),
        ("published_from", "string"),
        ("publisher", "string"),
        ("author", "string"),
        ("language", "string"),
        ("words", "long"),
        ("comments", "long"),
        ("entities", "long"),
        ("facts", "long"),
        ("extractor_version", "string"),
        ("document", "string"),  # Document.to_json(), lossless
        ("extraction", "string"),  # Extraction.to_json(), lossless
    ),
    "entities": (
        ("doc_id", "string"),
        ("entity_id", "string"),
        ("type", "string"),
        ("name", "string"),
        ("aliases", "array<string>"),
        ("ref", "string"),
        ("lat", "double"),
        ("lon", "double"),
        ("country", "string"),
        ("admin1", "string"),
        ("geonames_id", "long"),
        ("geo_precision", "string"),
        ("mentions", "long"),
    ),
    "mentions": (
        ("doc_id", "string"),
        ("entity_id", "string"),
        ("start", "long"),
        ("end", "long"),
        ("text", "string"),
    ),
    "facts": (
        ("doc_id", "string"),
        ("fact_id", "string"),
        ("type", "string"),
        ("args", "map<string,string>"),  # arg -> doc-local entity id (a claim's attack: a fact id)
        ("arg_names", "map<string,string>"),  # arg -> the entity's name (or the arg's own text)
        ("time_start", "string"),
        ("time_end", "string"),
        ("time_text", "string"),
        ("location", "string"),
        ("location_name", "string"),
        ("modality", "string"),
        ("confidence", "double"),
        ("attrs", "string"),  # JSON
        ("quote", "string"),  # the first evidence
        ("start", "long"),
        ("end", "long"),
        ("attributed_to", "string"),
        ("sources", "string"),  # every evidence, JSON
    ),
    "errors": (
        *KEY,
        ("stage", "string"),  # read | extract
        ("source", "string"),
        ("record", "long"),
        ("error", "string"),  # the error's class: EmptyInput, MalformedRecord, ExtractionError, ...
        ("reason", "string"),
    ),
}

Row = tuple[Any, ...]


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def document_row(key: tuple[int, int], doc: Document, extraction: Extraction) -> Row:
    return (
        *key, doc.id, doc.sha256, doc.source, doc.record, doc.record_id, doc.format, doc.title, doc.url,
        doc.published, doc.published_from, doc.publisher, doc.author, doc.language, len(doc.body.split()),
        len(doc.comments), len(extraction.entities), len(extraction.facts), extraction.extractor_version,
        dumps(doc.to_json()), dumps(extraction.to_json()),
    )  # fmt: skip


def entity_rows(extraction: Extraction) -> list[Row]:
    rows = []
    for ent in extraction.entities:
        geo = ent.geo
        rows.append((
            extraction.doc_id, ent.id, ent.type, ent.name, list(ent.aliases), ent.ref,
            geo and geo.lat, geo and geo.lon, geo and geo.country, geo and geo.admin1,
            geo and geo.geonames_id, geo and geo.precision, len(ent.mentions),
        ))  # fmt: skip
    return rows


def mention_rows(doc: Document, extraction: Extraction) -> list[Row]:
    return [
        (extraction.doc_id, ent.id, start, end, doc.body[start:end])
        for ent in extraction.entities
        for start, end in ent.mentions
    ]


def fact_rows(extraction: Extraction) -> list[Row]:
    names = {ent.id: ent.name for ent in extraction.entities}
    rows = []
    for fact in extraction.facts:
        first = fact.sources[0] if fact.sources else None
        time = fact.time
        rows.append((
            extraction.doc_id, fact.id, fact.type, dict(fact.args),
            {arg: names.get(value, value) for arg, value in fact.args.items()},
            time and time.start, time and time.end, time and time.text,
            fact.location, names.get(fact.location) if fact.location else None,
            fact.modality, float(fact.confidence), dumps(fact.attrs),
            first and first.quote, first and first.start, first and first.end, first and first.attributed_to,
            dumps([s.to_json() for s in fact.sources]),
        ))  # fmt: skip
    return rows


def error_row(key: tuple[int, int], stage: str, source: str, record: int | None, error: str, reason: str) -> Row:
    return (*key, stage, source, record, error, reason)
