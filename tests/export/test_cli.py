"""`orbat export` for every format, to stdout and to --out, with filters, and its errors."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import stix2
from typer.testing import CliRunner

from orbat.cli import app
from orbat.export import WRITERS

runner = CliRunner()


def _parse(fmt: str, text: str) -> int:
    """What the output holds, by format: lines, objects, rows, features or edges."""
    if fmt == "jsonl":
        return len([json.loads(line) for line in text.splitlines()])
    if fmt == "stix":
        return len(stix2.parse(text, allow_custom=True).objects)
    if fmt in ("csv", "gtd-csv"):
        return len(list(csv.DictReader(io.StringIO(text, newline=""))))
    if fmt == "geojson":
        return len(json.loads(text)["features"])
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True).number_of_edges()


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_to_stdout_and_to_a_file(kb_db, tmp_path, fmt):
    shown = runner.invoke(app, ["export", "--format", fmt, "--db", str(kb_db)])
    assert shown.exit_code == 0, shown.output
    out = tmp_path / f"kb.{fmt}"
    written = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(kb_db)])
    assert written.exit_code == 0, written.output
    text = out.read_text(encoding="utf-8")
    assert text == shown.stdout  # the same bytes either way
    count = _parse(fmt, text)
    assert count > 0 and f"wrote {count} " in written.stdout


@pytest.mark.parametrize("fmt", ["csv", "geojson", "stix"])
def test_filters_from_the_command_line(kb_db, fmt):
    whole = runner.invoke(app, ["export", "--format", fmt, "--db", str(kb_db)])
    part = runner.invoke(app, ["export", "--format", fmt, "--db", str(kb_db), "--since", "2015-08",
                               "--until", "2015-09", "--group", "Islamic State Caucasus Province"])  # fmt: skip
    assert part.exit_code == 0, part.output
    assert 0 < _parse(fmt, part.stdout) < _parse(fmt, whole.stdout)
    assert "Magaramkent" in part.stdout or "Magharamakint" in part.stdout
    assert "Janaale" not in part.stdout


def test_bad_format_is_a_clear_error(kb_db):
    result = runner.invoke(app, ["export", "--format", "xlsx", "--db", str(kb_db)])
    assert result.exit_code == 1
    assert "unknown export format 'xlsx'" in result.output
    for name in ("csv", "geojson", "graphml", "gtd-csv", "jsonl", "stix"):
        assert name in result.output


def test_bad_filters_are_clear_errors_and_write_nothing(kb_db, tmp_path):
    out = tmp_path / "never.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "--group", "Nobody at all", "--out", str(out),
                                 "--db", str(kb_db)])  # fmt: skip
    assert result.exit_code == 1 and "no entity named 'Nobody at all'" in result.output
    assert not out.exists()
    result = runner.invoke(app, ["export", "--until", "2015-13", "--db", str(kb_db)])
    assert result.exit_code == 1 and "--until: not a date" in result.output
