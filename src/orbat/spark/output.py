"""The folder an extraction job writes, and reading it back (pyarrow; no Spark, no Java).

    DIR/documents/part-*.parquet   one row per document, with its Document and Extraction as JSON
    DIR/entities/  mentions/  facts/   flat views for analysis
    DIR/errors/                    inputs or records that could not be read, documents that could not be extracted
    DIR/manifest.json              what was run, on what, and how many rows each table has
    DIR/_SUCCESS                   written last: the folder is complete

``iter_items(DIR)`` yields the documents (with their extractions) and the errors in
the order ``orbat ingest`` would have met them: each part file is sorted by
``(file_index, item_index)`` and the part files are merged.
"""

from __future__ import annotations

import heapq
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from orbat.errors import OrbatError
from orbat.model import Document, Extraction
from orbat.spark import tables

FORMAT = "orbat-spark-extract"
VERSION = 1
MANIFEST = "manifest.json"
SUCCESS = "_SUCCESS"


class OutputError(OrbatError):
    """An extraction folder that cannot be written or read back."""


@dataclass(frozen=True, slots=True)
class Extracted:
    key: tuple[int, int]
    document: Document
    extraction: Extraction


@dataclass(frozen=True, slots=True)
class Failed:
    key: tuple[int, int]
    stage: str
    source: str
    record: int | None
    error: str
    reason: str


def _ours(out: Path) -> bool:
    return (out / MANIFEST).exists() or any((out / name).is_dir() for name in tables.TABLES)


def check(out: Path, *, overwrite: bool = False) -> None:
    """Whether a job may write to ``out``: a new or empty folder, or (with ``overwrite``)
    an earlier job's output; ``OutputError`` says why not."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise OutputError(f"{out}: already exists and is not empty (--overwrite replaces an earlier job's output)")
        if not _ours(out):
            raise OutputError(f"{out}: is not the output of `orbat spark extract`; not overwriting it")


def prepare(out: Path, *, overwrite: bool = False) -> None:
    """Make ``out`` ready for a job (see ``check``): an earlier job's tables, manifest and
    ``_SUCCESS`` are removed."""
    check(out, overwrite=overwrite)
    for name in (SUCCESS, MANIFEST):
        (out / name).unlink(missing_ok=True)
    for name in tables.TABLES:
        shutil.rmtree(out / name, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)


def finish(out: Path, *, paths: list[str], summary: dict[str, Any]) -> dict[str, Any]:
    """Write the manifest (``summary`` is ``ExtractSummary.to_json()``), then ``_SUCCESS``."""
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": list(paths),
        "files": summary["files"],
        "master": summary["master"],
        "partitions": summary["partitions"],
        "extractor_versions": summary["extractor_versions"],
        "seconds": summary["seconds"],
        "rows": summary["tables"],
        "columns": {name: [column for column, _ in columns] for name, columns in tables.TABLES.items()},
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / SUCCESS).write_bytes(b"")
    return manifest


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest of a finished job's folder; ``OutputError`` says what is wrong."""
    if not out.is_dir():
        raise OutputError(f"{out}: no such folder")
    if not (out / SUCCESS).exists():
        raise OutputError(f"{out}: not a finished `orbat spark extract` output (no {SUCCESS})")
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"{out / MANIFEST}: cannot read ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise OutputError(f"{out / MANIFEST}: not a manifest of {FORMAT}")
    if manifest.get("version") != VERSION:
        raise OutputError(f"{out / MANIFEST}: version {manifest.get('version')!r}; this orbat reads version {VERSION}")
    return manifest


def part_files(out: Path, table: str) -> list[Path]:
    folder = out / table
    if not folder.is_dir():
        raise OutputError(f"{out}: the {table} table is missing")
    return sorted(p for p in folder.iterdir() if p.suffix == ".parquet" and not p.name.startswith(("_", ".")))


def _rows(path: Path, columns: list[str]) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    previous: tuple[int, int] | None = None
    try:
        for batch in pq.ParquetFile(path).iter_batches(columns=columns, batch_size=256):
            for row in batch.to_pylist():
                key = (row["file_index"], row["item_index"])
                if previous is not None and key < previous:
                    raise OutputError(f"{path}: rows are not in input order (at {key})")
                previous = key
                yield row
    except OSError as exc:  # pyarrow's ArrowInvalid is an OSError's sibling: both named
        raise OutputError(f"{path}: cannot read ({exc})") from exc
    except Exception as exc:
        if isinstance(exc, OrbatError):
            raise
        raise OutputError(f"{path}: cannot read ({type(exc).__name__}: {exc})") from exc


def _documents(path: Path) -> Iterator[Extracted]:
    for row in _rows(path, ["file_index", "item_index", "doc_id", "document", "extraction"]):
        doc = Document.from_json(json.loads(row["document"]))
        extraction = Extraction.from_json(json.loads(row["extraction"]))
        if doc.id != row["doc_id"] or extraction.doc_id != doc.id:
            raise OutputError(f"{path}: document {row['doc_id']} does not match its text or extraction")
        yield Extracted((row["file_index"], row["item_index"]), doc, extraction)


def _errors(path: Path) -> Iterator[Failed]:
    for row in _rows(path, [name for name, _ in tables.TABLES["errors"]]):
        yield Failed(
            (row["file_index"], row["item_index"]), row["stage"], row["source"], row["record"], row["error"], row["reason"]
        )


def count_items(out: Path) -> int:
    """How many documents and errors ``iter_items`` yields (from the Parquet footers)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for t in ("documents", "errors") for p in part_files(out, t))


def iter_items(out: Path) -> Iterator[Extracted | Failed]:
    """Documents and errors of a finished job's folder, in input order."""
    read_manifest(out)
    streams = [_documents(p) for p in part_files(out, "documents")] + [_errors(p) for p in part_files(out, "errors")]
    return heapq.merge(*streams, key=lambda item: item.key)


def folder_size(out: Path) -> int:
    """Bytes of every file under ``out``."""
    return sum(os.path.getsize(Path(root) / name) for root, _, names in os.walk(out) for name in names)
