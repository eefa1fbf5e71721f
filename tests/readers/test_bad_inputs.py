"""Bad inputs: each is yielded as an InputError naming the file and the reason,
and the inputs after it are still read."""

from __future__ import annotations

import gzip
import io

import pytest

from orbat.errors import BinaryInput, DecodeError, EmptyInput, InputError, MalformedRecord, TooLarge
from orbat.model import Document
from orbat.readers import expand_inputs, read_bytes, read_inputs

GOOD = b"A headline\n\nA paragraph of article text that says what happened.\n"


def _errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize(
    ("name", "data", "kind", "message"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "binary file (PNG image), not text"),
        ("paper.html", b"%PDF-1.7\n%\xe2\xe3", BinaryInput, "binary file (PDF document), not text"),
        ("bundle.json", b"PK\x03\x04\x14\x00", BinaryInput, "binary file (zip archive (or docx/xlsx/epub)), not text"),
        ("page.html.gz", gzip.compress(b"<html></html>"), BinaryInput, "binary file (gzip-compressed, not a WARC)"),
        ("dump.txt", b"abc\x00\x01\x02def", BinaryInput, "binary file (contains NUL bytes)"),
        ("latin.txt", b"Title\n\nCaf\xe9 bombing", DecodeError, "cannot decode as utf-8: invalid byte 0xe9 at offset 10"),
        ("empty.txt", b"", EmptyInput, "empty file"),
        ("blank.jsonl", b"  \n\t\n", EmptyInput, "file has only whitespace"),
        ("bad.json", b'{"text": "x",', MalformedRecord, "invalid JSON at line 1 column 14 (Expecting property name enclosed in double quotes)"),
        ("list.json", b'["just a string"]', MalformedRecord, "record 1: expected an object, got str"),
        ("sheet.csv", b"title,summary\nA,B\n", MalformedRecord, "CSV has no 'text', 'body' or 'content' column"),
        ("broken.html", b"<html><body><div><script>var x = 1;</script></div></body></html>", InputError, "no article text found"),
        ("broken.rss", b"<?xml version='1.0'?><rss><channel><title>T</title>", InputError, "not a readable feed"),
        ("crawl.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9\r\n\r\ncut", InputError, "not a readable WARC"),
        ("empty.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n", InputError, "WARC has no HTML response records"),
    ],
)
def test_each_kind_of_bad_input_has_its_message(name, data, kind, message):
    (error,) = _errors(read_bytes(data, name))
    assert isinstance(error, kind)
    assert error.source == name
    assert error.reason.startswith(message)
    assert str(error).startswith(f"{name}")


def test_malformed_jsonl_lines_are_reported_and_the_rest_read(bad_dir):
    items = list(read_inputs([str(bad_dir / "mixed.jsonl")]))
    source = str(bad_dir / "mixed.jsonl")
    assert [i.title for i in items if isinstance(i, Document)] == ["Drone strike reported in Marib", "Shelling in Hodeidah"]
    errors = _errors(items)
    assert [str(e) for e in errors] == [
        f"{source} (record 1): line 2: invalid JSON (Unterminated string starting at)",
        f"{source} (record 2): line 3: record has no text (needs 'text', 'body' or 'content')",
    ]
    assert all(isinstance(e, MalformedRecord) for e in errors)


def test_missing_path_and_glob_without_match(tmp_path):
    missing, pattern = str(tmp_path / "nope.txt"), str(tmp_path / "*.html")
    errors = _errors(read_inputs([missing, pattern]))
    assert [(e.source, e.reason) for e in errors] == [
        (missing, "no such file or directory"),
        (pattern, "no file matches this pattern"),
    ]


def test_directory_without_readable_files(tmp_path):
    (tmp_path / ".hidden.txt").write_bytes(GOOD)
    (tmp_path / "x.gold.jsonl").write_text("{}")
    (error,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(error, EmptyInput)
    assert (error.source, error.reason) == (str(tmp_path), "directory has no readable files")


def test_too_large_file_and_stdin(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(GOOD * 10)
    (error,) = list(read_inputs([str(big)], max_bytes=100))
    assert isinstance(error, TooLarge)
    assert error.reason == f"file is {len(GOOD) * 10:,} bytes, over the 100-byte limit"
    (error,) = list(read_inputs(["-"], stdin=io.BytesIO(GOOD * 10), max_bytes=100))
    assert isinstance(error, TooLarge) and error.reason == "standard input is over the 100-byte limit"


def test_batch_goes_on_after_bad_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "b.txt").write_bytes(GOOD)
    (tmp_path / "c.txt").write_bytes(b"")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["BinaryInput", "Document", "EmptyInput"]


def test_hostile_characters_are_removed_or_kept_safely():
    data = (
        "Title\u202e with override\n\n"
        "Fighters\u202e attacked\x07 the\x1b[31m town\u2066 on Monday.\u200d\r\n"
        "Second\tline.\n"
    ).encode()
    (doc,) = list(read_bytes(data, "hostile.txt"))
    assert doc.title == "Title with override"
    assert doc.body == "Fighters attacked the[31m town on Monday.\u200d\n\nSecond line."
    for bad in ("\u202e", "\u2066", "\x07", "\x1b", "\r"):
        assert bad not in doc.body


def test_utf16_and_utf8_bom_are_decoded():
    text = "Headline\n\nA paragraph in a file saved by an old editor."
    for encoded in (text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode()):
        (doc,) = list(read_bytes(encoded, "old.txt"))
        assert (doc.title, doc.body) == ("Headline", "A paragraph in a file saved by an old editor.")


def test_expand_inputs_orders_folders_and_skips_hidden_and_gold(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for path in ("z.txt", "b/a.txt", ".x.txt", ".git/c.txt", "s.gold.jsonl"):
        (tmp_path / path).write_bytes(GOOD)
    found = expand_inputs([str(tmp_path), "-", str(tmp_path / "*.txt")])
    assert found == [str(tmp_path / "b" / "a.txt"), str(tmp_path / "z.txt"), "-"]
