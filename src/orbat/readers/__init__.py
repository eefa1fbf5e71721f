"""Inputs to Documents.

    expand_inputs(paths) -> list[str]            files, folders (recursive, sorted), globs, "-" (stdin)
    read_inputs(paths) -> Iterator[Document | InputError]

Errors are yielded, never raised, so one bad file or record never stops a batch.
Each reader is ``read(data: bytes, source: str) -> Iterator[Document | InputError]``;
``READERS`` names them with the file name endings they take: adding a reader is
one line there.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from orbat.errors import EmptyInput, InputError, TooLarge
from orbat.model import Document
from orbat.readers import feed, html, records, text, warc
from orbat.readers.decode import is_gzip_warc
from orbat.readers.normalize import normalize_body

Reader = Callable[[bytes, str], Iterator[Document | InputError]]
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReaderSpec:
    read: Reader
    extensions: tuple[str, ...]


READERS: dict[str, ReaderSpec] = {
    "text": ReaderSpec(text.read, (".txt", ".text")),
    "html": ReaderSpec(html.read, (".html", ".htm", ".xhtml")),
    "jsonl": ReaderSpec(records.read_jsonl, (".jsonl", ".ndjson")),
    "json": ReaderSpec(records.read_json, (".json",)),
    "csv": ReaderSpec(records.read_csv, (".csv",)),
    "feed": ReaderSpec(feed.read, (".rss", ".atom", ".xml")),
    "warc": ReaderSpec(warc.read, (".warc", ".warc.gz")),
}

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "ReaderSpec",
    "detect_format",
    "expand_inputs",
    "normalize_body",
    "read_bytes",
    "read_inputs",
    "source_name",
]


def _skipped(path: Path) -> bool:
    name = path.name
    return (
        name.startswith(".")
        or name.endswith((".gold.jsonl", ".md"))
        or name.upper().startswith(("README", "LICENSE"))
    )


def _folder_files(folder: Path) -> list[str]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(root) / n for n in names if not _skipped(Path(n))]
    return [str(f) for f in sorted(files, key=lambda f: f.parts)]


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Files as given, folders as their files (recursively, sorted, hidden files,
    ``*.gold.jsonl``, READMEs and Markdown notes left out), globs as their matches, "-" for stdin. A path that
    does not exist, a glob without match or a folder without files stays in the
    list as given, so that ``read_inputs`` reports it."""
    out: list[str] = []
    for path in paths:
        if path == "-":
            out.append(path)
            continue
        literal = os.path.exists(path) or not glob.has_magic(path)  # "report[1].txt" is a file name
        matches = [path] if literal else sorted(glob.glob(path, recursive=True))
        for match in matches or [path]:
            found = _folder_files(Path(match)) if os.path.isdir(match) else []
            out += found or [match]
    return list(dict.fromkeys(out))


def _sniff(data: bytes) -> str:
    if data.startswith(b"WARC/") or is_gzip_warc(data):
        return "warc"
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode()
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "html" if b"<html" in head and b"<rss" not in head else "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "records"
    return "text"


def detect_format(source: str, data: bytes) -> str:
    """The reader for an input: a WARC by its content; else by the file name
    ending; else by sniffing the content (stdin, unknown endings)."""
    if data.startswith(b"WARC/") or is_gzip_warc(data):
        return "warc"
    name = source.lower()
    for fmt, spec in READERS.items():
        if name.endswith(spec.extensions):
            return fmt
    return _sniff(data)


def read_bytes(data: bytes, source: str, *, fmt: str | None = None) -> Iterator[Document | InputError]:
    """Read one input's bytes with the reader its name or content calls for."""
    if not data.strip():
        yield EmptyInput(source, "empty file" if not data else "file has only whitespace")
        return
    fmt = fmt or detect_format(source, data)
    reader = records.read if fmt == "records" else READERS[fmt].read
    try:
        yield from reader(data, source)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a reader bug on one input never stops the batch
        yield InputError(source, f"could not read as {fmt}: {type(exc).__name__}: {exc}")


def source_name(path: str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are
    not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_path(path: str, *, stdin: BinaryIO | None, max_bytes: int) -> Iterator[Document | InputError]:
    limit = f"over the {max_bytes:,}-byte limit"
    source = source_name(path)
    if path == "-":
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
        if len(data) > max_bytes:
            yield TooLarge(path, f"standard input is {limit}")
            return
        yield from read_bytes(data, path)
        return
    if not os.path.exists(path):
        reason = "no file matches this pattern" if glob.has_magic(path) else "no such file or directory"
        yield InputError(source, reason)
        return
    if os.path.isdir(path):
        yield EmptyInput(source, "directory has no readable files")
        return
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            yield TooLarge(source, f"file is {size:,} bytes, {limit}")
            return
        data = Path(path).read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, source)


def read_inputs(
    paths: Iterable[str], *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    """Documents from every input, and an InputError for each input or record that
    could not be read (naming the file, the record and the reason)."""
    for path in expand_inputs(paths):
        yield from _read_path(path, stdin=stdin, max_bytes=max_bytes)
