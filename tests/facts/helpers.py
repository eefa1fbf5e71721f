"""Reading an Extraction by names in tests."""

from __future__ import annotations

from orbat.model import Extraction, Fact
from orbat.text import normalize_name


def names(x: Extraction, value: str | None) -> set[str]:
    ent = x.entity(value) if value else None
    if ent is None:
        return {normalize_name(value)} if value else set()
    return {normalize_name(n) for n in (ent.name, *ent.aliases)}


def find(x: Extraction, ftype: str, **args: str) -> list[Fact]:
    """Facts of ``ftype`` whose args carry the given names (any name of the entity)."""
    out = []
    for f in x.facts:
        if f.type != ftype:
            continue
        if all(normalize_name(v) in names(x, f.args.get(k)) for k, v in args.items()):
            out.append(f)
    return out


def one(x: Extraction, ftype: str, **args: str) -> Fact:
    found = find(x, ftype, **args)
    assert len(found) == 1, (
        f"expected one {ftype}{args}, got {[(f.args, f.sources[0].quote) for f in x.facts]}"
    )
    return found[0]
