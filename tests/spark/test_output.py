"""The job's folder: when a job may write it, when `orbat load` refuses it (no Spark needed)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from orbat.cli import app
from orbat.spark import output

runner = CliRunner()


def finished(folder, **manifest):
    folder.mkdir()
    (folder / "documents").mkdir()
    (folder / output.MANIFEST).write_text(json.dumps({"format": output.FORMAT, "version": output.VERSION, **manifest}))
    (folder / output.SUCCESS).write_bytes(b"")
    return folder


def test_a_job_writes_only_a_new_or_empty_folder_or_replaces_its_own(tmp_path):
    output.prepare(tmp_path / "new")
    assert (tmp_path / "new").is_dir()
    output.check(tmp_path / "new")  # empty: fine
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("mine")
    for overwrite in (False, True):
        with pytest.raises(output.OutputError, match="not empty|not the output"):
            output.prepare(notes, overwrite=overwrite)
    assert (notes / "todo.txt").read_text() == "mine"
    earlier = finished(tmp_path / "earlier")
    with pytest.raises(output.OutputError, match="--overwrite"):
        output.check(earlier)
    output.prepare(earlier, overwrite=True)
    assert sorted(p.name for p in earlier.iterdir()) == []
    (tmp_path / "file").write_text("x")
    with pytest.raises(output.OutputError, match="not a folder"):
        output.check(tmp_path / "file")


def test_load_refuses_an_unfinished_or_foreign_folder(tmp_path):
    unfinished = tmp_path / "unfinished"
    unfinished.mkdir()
    (unfinished / output.MANIFEST).write_text("{}")
    other = finished(tmp_path / "other", format="something-else")
    newer = finished(tmp_path / "newer", version=output.VERSION + 1)
    for folder, reason in (
        (tmp_path / "gone", "no such folder"),
        (unfinished, "not a finished `orbat spark extract` output (no _SUCCESS)"),
        (other, "not a manifest of orbat-spark-extract"),
        (newer, f"this orbat reads version {output.VERSION}"),
    ):
        result = runner.invoke(app, ["load", str(folder), "--db", str(tmp_path / "o.db")])
        assert result.exit_code == 1, result.output
        assert reason in " ".join(result.stderr.split())
    missing_table = finished(tmp_path / "partial")
    with pytest.raises(output.OutputError, match="the errors table is missing"):
        output.count_items(missing_table)


def test_spark_extract_usage_errors_before_spark_starts(tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x").write_text("x")
    for args, reason in (
        (["--output", str(tmp_path / "o")], "no inputs"),
        (["-", "--output", str(tmp_path / "o")], "standard input (-) cannot be read by a Spark job"),
        (["--input", "examples", "--output", str(taken)], "already exists and is not empty"),
    ):
        result = runner.invoke(app, ["spark", "extract", *args])
        assert result.exit_code == 2, result.output
        assert reason in " ".join(result.stderr.split())
    assert not (tmp_path / "o").exists()
