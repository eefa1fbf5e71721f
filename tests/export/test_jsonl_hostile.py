"""``read_jsonl`` on a hostile file: every bad line is a warning naming the line,
never an exception, and the good lines are still read."""

from __future__ import annotations

import json

from orbat.export import read_jsonl


def _line(data) -> bytes:
    return json.dumps(data).encode() + b"\n"


def test_bad_lines_are_warnings_and_good_lines_are_read(tmp_path):
    doc = {"kind": "document", "id": "doc:1", "sha256": "ab"}
    org = {"kind": "entity", "id": "ent:org", "type": "organization", "name": "Group"}
    fact = {
        "kind": "fact", "id": "fact:1", "type": "founding", "args": {"organization": "ent:org"},
        "modality": "asserted", "confidence": 0.9,
        "sources": [{"doc": "doc:1", "quote": "q", "start": 0, "end": 1}],
    }  # fmt: skip
    path = tmp_path / "kb.jsonl"
    path.write_bytes(
        _line({"kind": "meta", "format": "orbat-facts", "version": 1})
        + _line(doc)
        + _line(org)
        + b"\xff\xfe not utf-8\n"  # line 4
        + b"[" * 100_000 + b"]" * 100_000 + b"\n"  # line 5
        + _line({**org, "id": "ent:bad-geo", "geo": "nowhere"})  # line 6
        + _line({**fact, "id": "fact:bad-attrs", "attrs": "killed=3"})  # line 7: passes the shape check
        + _line(fact)
    )
    contents = read_jsonl(path)
    assert sorted(contents.facts) == ["fact:1"]
    assert sorted(contents.entities) == ["ent:org"]
    lines = [w.split(":")[1] for w in (w.removeprefix(str(path)) for w in contents.warnings)]
    assert lines == ["4", "5", "6", "7"]
    assert "not UTF-8" in contents.warnings[0] and "nested too deeply" in contents.warnings[1]
    assert all(w.endswith("skipped") for w in contents.warnings)
