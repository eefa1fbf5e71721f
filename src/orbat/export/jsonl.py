"""The facts JSONL interchange format (``shared/spec/facts-jsonl.md``, version 1).

``write_jsonl`` writes a meta line, then every stored document, entity and fact,
each group sorted by id, each line with sorted keys: the same knowledge base
always gives byte-identical output. ``read_jsonl`` reads a file back and checks
it against the spec: bad lines are warned about and skipped, and facts whose
references (entities, documents, facts) are missing are dropped with a warning.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from orbat.export.jsontext import dumps
from orbat.export.selection import as_slice
from orbat.model import ENTITY_TYPES, FACT_ARGS, FACT_TYPES, MODALITIES, Document, Entity, Fact

log = logging.getLogger(__name__)

FORMAT = "orbat-facts"
VERSION = 1
DOCUMENT_FIELDS = ("url", "title", "published", "publisher", "author", "sha256")
# Args whose value may be plain text instead of an entity id (spec table).
TEXT_ARGS = frozenset({("attack", "target")})
# Args whose value is another fact's id.
FACT_REF_ARGS = frozenset({("claim", "attack")})


def _line(data: dict[str, Any]) -> str:
    return dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


def document_record(doc: Document) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "document", "id": doc.id}
    for name in DOCUMENT_FIELDS:
        data[name] = getattr(doc, name)
    return data


def write_jsonl(source: Any, out: TextIO) -> int:
    """Write the documents and knowledge base of a store (or of a ``KBSlice``) to
    ``out``; returns the number of lines written (the meta line included). A filtered
    slice names its filters in the meta line."""
    data = as_slice(source)
    documents = data.documents
    entities = list(data.entities.values())
    facts = data.facts
    meta: dict[str, Any] = {
        "kind": "meta",
        "format": FORMAT,
        "version": VERSION,
        "documents": len(documents),
        "entities": len(entities),
        "facts": len(facts),
    }
    if not data.filters.empty:
        meta["filters"] = data.filters.to_json()
    out.write(_line(meta))
    for doc in documents:
        out.write(_line(document_record(doc)))
    for ent in entities:
        out.write(_line(ent.to_json()))
    for fact in facts:
        out.write(_line(fact.to_json()))
    return 1 + len(documents) + len(entities) + len(facts)


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class JsonlContents:
    meta: dict[str, Any] | None = None
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _is_partial_iso(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    return all(len(p) == 2 for p in parts[1:])


def _check_document(data: dict[str, Any]) -> str | None:
    if not isinstance(data.get("id"), str) or not data["id"].startswith("doc:"):
        return "document without a 'doc:' id"
    if not isinstance(data.get("sha256"), str):
        return "document without sha256"
    return None


def _check_entity(data: dict[str, Any]) -> str | None:
    if not isinstance(data.get("id"), str):
        return "entity without an id"
    if data.get("type") not in ENTITY_TYPES:
        return f"entity {data['id']}: unknown type {data.get('type')!r}"
    if not isinstance(data.get("name"), str) or not data["name"]:
        return f"entity {data['id']}: no name"
    if not isinstance(data.get("aliases", []), list):
        return f"entity {data['id']}: aliases must be a list"
    return None


def _check_fact_shape(data: dict[str, Any]) -> str | None:
    fid = data.get("id")
    if not isinstance(fid, str):
        return "fact without an id"
    ftype = data.get("type")
    if ftype not in FACT_TYPES:
        return f"fact {fid}: unknown type {ftype!r}"
    args = data.get("args")
    if not isinstance(args, dict):
        return f"fact {fid}: args must be an object"
    unknown = set(args) - set(FACT_ARGS[ftype])
    if unknown:
        return f"fact {fid}: {ftype} has no arg(s) {sorted(unknown)}"
    if not args:
        return f"fact {fid}: no args"
    # A required arg may be missing: the spec lets an unnamed role be omitted.
    if data.get("modality") not in MODALITIES:
        return f"fact {fid}: unknown modality {data.get('modality')!r}"
    conf = data.get("confidence")
    if not isinstance(conf, int | float) or not 0 <= conf <= 1:
        return f"fact {fid}: confidence must be a number in 0..1"
    time = data.get("time")
    if time is not None and not (
        isinstance(time, dict) and _is_partial_iso(time.get("start")) and _is_partial_iso(time.get("end"))
    ):
        return f"fact {fid}: time bounds must be partial ISO dates"
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        return f"fact {fid}: a fact needs at least one source"
    for src in sources:
        if not (
            isinstance(src, dict)
            and isinstance(src.get("doc"), str)
            and isinstance(src.get("quote"), str)
            and isinstance(src.get("start"), int)
            and isinstance(src.get("end"), int)
            and src["start"] <= src["end"]
        ):
            return f"fact {fid}: a source needs doc, quote and start <= end offsets"
    return None


def _check_fact_refs(fact: Fact, contents: JsonlContents, fact_ids: set[str]) -> str | None:
    for arg, value in fact.args.items():
        if (fact.type, arg) in FACT_REF_ARGS:
            if value not in fact_ids:
                return f"fact {fact.id}: {arg} points at unknown fact {value!r}"
        elif value not in contents.entities and (fact.type, arg) not in TEXT_ARGS:
            return f"fact {fact.id}: {arg} points at unknown entity {value!r}"
    if fact.location is not None:
        place = contents.entities.get(fact.location)
        if place is None or place.type not in ("location", "facility"):
            return f"fact {fact.id}: location {fact.location!r} is not a known location entity"
    for src in fact.sources:
        if src.doc not in contents.documents:
            return f"fact {fact.id}: source document {src.doc!r} is not in the file"
    return None


def read_jsonl(path: str | Path) -> JsonlContents:
    """Read and validate a facts JSONL file. Invalid lines and facts with dangling
    references are skipped; each is named in ``warnings`` (and logged)."""
    contents = JsonlContents()
    raw_facts: list[tuple[int, dict[str, Any]]] = []

    def warn(message: str) -> None:
        contents.warnings.append(message)
        log.warning(message)

    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                data = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                warn(f"{where}: not UTF-8 (invalid byte at column {exc.start + 1}); skipped")
                continue
            except json.JSONDecodeError as exc:
                warn(f"{where}: not JSON ({exc.msg}); skipped")
                continue
            except RecursionError:
                warn(f"{where}: not JSON (nested too deeply); skipped")
                continue
            if not isinstance(data, dict):
                warn(f"{where}: not a JSON object; skipped")
                continue
            kind = data.get("kind")
            if number == 1 or kind == "meta":
                if kind != "meta" or data.get("format") != FORMAT or data.get("version") != VERSION:
                    warn(f"{where}: the first line must be the meta line of {FORMAT} version {VERSION}")
                if kind == "meta":
                    contents.meta = data
                    continue
            if kind == "document":
                problem = _check_document(data)
                if problem is None:
                    contents.documents[data["id"]] = data
            elif kind == "entity":
                problem = _check_entity(data)
                if problem is None:
                    try:
                        contents.entities[data["id"]] = Entity.from_json(data)
                    except (TypeError, ValueError, KeyError, AttributeError) as exc:
                        problem = f"entity {data['id']}: malformed ({type(exc).__name__}: {exc})"
            elif kind == "fact":
                problem = _check_fact_shape(data)
                if problem is None:
                    raw_facts.append((number, data))
            else:
                problem = f"unknown kind {kind!r}"
            if problem is not None:
                warn(f"{where}: {problem}; skipped")
    fact_ids = {data["id"] for _, data in raw_facts}
    for number, data in raw_facts:
        try:
            fact = Fact.from_json(data)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            warn(f"{path}:{number}: fact {data['id']}: malformed ({type(exc).__name__}: {exc}); skipped")
            continue
        problem = _check_fact_refs(fact, contents, fact_ids)
        if problem is not None:
            warn(f"{path}:{number}: {problem}; skipped")
            continue
        contents.facts[fact.id] = fact
    return contents
