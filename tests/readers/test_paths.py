"""Input paths that are awkward: glob characters in a real file name, file names
that are not UTF-8."""

from __future__ import annotations

import os

from orbat.model import Document
from orbat.readers import expand_inputs, read_inputs, source_name

TEXT = b"Title\n\nGunmen attacked a convoy near Mandera on Tuesday, police said.\n"


def test_a_file_name_with_glob_characters_is_taken_literally(tmp_path):
    (tmp_path / "report[1].txt").write_bytes(TEXT)
    (tmp_path / "report1.txt").write_bytes(TEXT.replace(b"Tuesday", b"Monday"))
    literal = str(tmp_path / "report[1].txt")
    assert expand_inputs([literal]) == [literal]
    (doc,) = read_inputs([literal])
    assert doc.source == literal and "Tuesday" in doc.body
    # a pattern that names no file is still a pattern
    assert expand_inputs([str(tmp_path / "report[0-9].txt")]) == [str(tmp_path / "report1.txt")]


def test_a_file_name_that_is_not_utf8_gives_a_storable_source(tmp_path, store):
    (tmp_path / "in").mkdir()
    with open(os.fsencode(tmp_path / "in") + b"/caf\xe9.txt", "wb") as handle:
        handle.write(TEXT)
    (doc,) = read_inputs([str(tmp_path / "in")])
    assert isinstance(doc, Document)
    assert doc.source == str(tmp_path / "in" / "caf\ufffd.txt")
    assert store.add_document(doc).status == "new"
    assert source_name("plain/name.txt") == "plain/name.txt"
