"""Every CLI error is one line on stderr and exit 1, whatever the user typed; text
from documents and from the user is never read as Rich markup."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from typer.testing import CliRunner

from orbat import cli, query
from orbat.cli import app
from orbat.model import Document, Entity, Evidence, Fact
from orbat.store import SQLiteStore

runner = CliRunner()
BODY = "Gunmen [/b] attacked a [bold]convoy near Mandera on Tuesday, police said."


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "o.db")
    store = SQLiteStore(path)
    doc = Document(body=BODY, title="Raid [/i] on a convoy", source="x.txt", format="text")
    store.add_document(doc)
    quote = BODY[:40]
    store.replace_knowledge(
        [Entity(id="ent:a", type="organization", name="Group [/x]", aliases=["[red]G"])],
        [
            Fact(
                id="fact:a",
                type="attack",
                args={"perpetrator": "ent:a"},
                sources=[Evidence(doc=doc.id, quote=quote, start=0, end=len(quote))],
            )
        ],
    )
    store.close()
    return path


@pytest.fixture
def orbat_log_handlers():
    """Remove the handlers ``cli.main`` adds to the "orbat" logger (process-wide state)."""
    logger = logging.getLogger("orbat")
    before = list(logger.handlers)
    yield logger
    for handler in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(handler)


def _one_line_error(result) -> str:
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["leaders", "[/x]"], "no entity named '[/x]'"),
        (["profile", "[bold]x[/bold]"], "no entity named '[bold]x[/bold]'"),
        (["events", "--group", "[/a]"], "no entity named '[/a]'"),
        (["events", "--near", "[/x]"], "cannot place '[/x]'"),
        (["events", "--type", "claim,[/x]"], "unknown fact type '[/x]'"),
        (["entity", "merge", "[/a]", "b"], "no entity named '[/a]'"),
        (["show", "[/]"], "no document with id [/]"),
    ],
)
def test_markup_in_user_text_is_shown_literally_not_a_traceback(db, args, shown):
    line = _one_line_error(runner.invoke(app, [*args, "--db", db, "--json"]))
    assert shown in line


def test_a_long_error_stays_on_one_line(db):
    line = _one_line_error(runner.invoke(app, ["events", "--type", "x" * 50, "--db", db]))
    assert line.endswith("capture, identity)")


@pytest.mark.parametrize("prefix", ["%", "_", "doc:%", "doc:_"])
def test_show_takes_like_wildcards_literally(db, prefix):
    line = _one_line_error(runner.invoke(app, ["show", prefix, "--db", db]))
    assert line == f"error: no document with id {prefix}"


def test_facts_table_shows_document_text_with_brackets(db):
    result = runner.invoke(app, ["facts", "--db", db])
    assert result.exit_code == 0, result.output
    words = result.stdout.split()  # the table wraps cells: look for the words
    for word in ("[/b]", "[bold]convoy", "Group", "[/x]"):
        assert word in words


def test_docs_and_search_json_are_json_with_hostile_text(db):
    for args in (["docs"], ["search", 'AND OR "'], ["search", "*"], ["search", "[/b] NEAR("]):
        result = runner.invoke(app, [*args, "--db", db, "--json"])
        assert result.exit_code == 0, (args, result.output)
        json.loads(result.stdout)
    hits = json.loads(runner.invoke(app, ["search", "convoy", "--db", db, "--json"]).stdout)["hits"]
    assert [h["id"] for h in hits] == [Document(body=BODY).id]


def test_export_to_an_unwritable_path_is_a_one_line_error(db, tmp_path):
    line = _one_line_error(runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "no" / "x.jsonl")]))
    assert "cannot write (No such file or directory)" in line
    line = _one_line_error(runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path)]))
    assert "cannot write" in line


def test_an_unexpected_exception_is_one_line_and_exit_1(db, monkeypatch, capsys, orbat_log_handlers):
    def broken(*args, **kwargs):
        raise RuntimeError("something [/x] broke")

    monkeypatch.setattr(query, "timeline", broken)
    monkeypatch.delenv("ORBAT_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["orbat", "timeline", "Group", "--db", db])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().split("\n") == [
        "error: unexpected RuntimeError: something [/x] broke (ORBAT_DEBUG=1 shows where)"
    ]
    monkeypatch.setenv("ORBAT_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main()


def test_usage_errors_exit_2(db):
    for args in (["events", "--status", "maybe"], ["leaders"], ["search", "x", "--limit", "0"]):
        assert runner.invoke(app, [*args, "--db", db]).exit_code == 2


def test_library_warnings_are_one_line_without_traceback(capsys, orbat_log_handlers):
    before = list(orbat_log_handlers.handlers)
    cli._log_to_stderr(debug=False)
    cli._log_to_stderr(debug=False)  # once only
    assert len(orbat_log_handlers.handlers) == len(before) + 1
    try:
        raise ValueError("[E088] Text of length 1200000 exceeds maximum")
    except ValueError:
        logging.getLogger("orbat.facts").warning("spaCy failed on %s (%s)\nno facts", "doc:1", "big.txt", exc_info=True)
    assert capsys.readouterr().err == "warning: spaCy failed on doc:1 (big.txt) no facts\n"
