"""Writers of the knowledge base. Each writer is ``write(store, out: TextIO) -> int``
(the number of records written); adding a format is one module and one line here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TextIO

from orbat.export.jsonl import read_jsonl, write_jsonl

Writer = Callable[[Any, TextIO], int]

WRITERS: Mapping[str, Writer] = MappingProxyType(
    {
        "jsonl": write_jsonl,
        # "stix": write_stix, "csv": write_csv, "geojson": write_geojson  (later)
    }
)


def get_writer(name: str) -> Writer:
    """The writer for a format name; ``KeyError`` names the known ones."""
    try:
        return WRITERS[name]
    except KeyError:
        raise KeyError(f"unknown export format {name!r} (known: {', '.join(sorted(WRITERS))})") from None


__all__ = ["WRITERS", "Writer", "get_writer", "read_jsonl", "write_jsonl"]
