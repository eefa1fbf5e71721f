"""Writers of the knowledge base. Each writer is ``write(source, out: TextIO) -> int``
(the number of records written), ``source`` a store (the whole knowledge base) or a
``KBSlice`` from ``select(store, since=..., until=..., group=...)``; adding a format is
one module and one line here. ``docs/exports.md`` describes every format."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TextIO

from orbat.export.acled import write_acled_csv
from orbat.export.geojson import write_geojson
from orbat.export.graphml import write_graphml
from orbat.export.gtd import write_gtd_csv
from orbat.export.jsonl import read_jsonl, write_jsonl
from orbat.export.selection import ExportFilter, KBSlice, as_slice, select
from orbat.export.stix import write_stix

Writer = Callable[[Any, TextIO], int]

WRITERS: Mapping[str, Writer] = MappingProxyType(
    {
        "jsonl": write_jsonl,
        "stix": write_stix,
        "csv": write_acled_csv,
        "gtd-csv": write_gtd_csv,
        "geojson": write_geojson,
        "graphml": write_graphml,
    }
)

# What each writer's count counts.
UNITS: Mapping[str, str] = MappingProxyType(
    {"jsonl": "lines", "stix": "objects", "csv": "rows", "gtd-csv": "rows", "geojson": "features", "graphml": "edges"}
)


def get_writer(name: str) -> Writer:
    """The writer for a format name; ``KeyError`` names the known ones."""
    try:
        return WRITERS[name]
    except KeyError:
        raise KeyError(f"unknown export format {name!r} (known: {', '.join(sorted(WRITERS))})") from None


__all__ = [
    "UNITS",
    "WRITERS",
    "ExportFilter",
    "KBSlice",
    "Writer",
    "as_slice",
    "get_writer",
    "read_jsonl",
    "select",
    "write_acled_csv",
    "write_geojson",
    "write_graphml",
    "write_gtd_csv",
    "write_jsonl",
    "write_stix",
]
