"""Bytes to text, with binary detection and a stated decoding order."""

from __future__ import annotations

import codecs
import re
import zlib

from orbat.errors import BinaryInput, DecodeError, EmptyInput

# Magic numbers of common binary formats that are never articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive (or docx/xlsx/epub)"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.-]{1,40})""", re.I)


def is_gzip_warc(data: bytes) -> bool:
    """A gzip stream whose first member starts with a WARC header."""
    if not data.startswith(b"\x1f\x8b"):
        return False
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 64)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def check_binary(data: bytes, source: str) -> None:
    """Raise BinaryInput for bytes that are plainly not text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"binary file ({kind}), not text")
    if data.startswith(b"\x1f\x8b") and not is_gzip_warc(data):
        raise BinaryInput(source, "binary file (gzip-compressed, not a WARC)")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text has NUL bytes by design
    if b"\x00" in data[:8192]:
        raise BinaryInput(source, "binary file (contains NUL bytes)")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names, if Python knows it."""
    match = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:1024])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that declares UTF-16/32 but has no byte-order mark is not UTF-16/32
    # (it could not spell the declaration in ASCII); browsers read it as UTF-8.
    return None if found.startswith(("utf-16", "utf-32")) else found


def decode(data: bytes, source: str, *, record: int | None = None) -> str:
    """Decode in this order: a byte-order mark (UTF-8/16/32), a charset declared in
    HTML/XML, UTF-8. Anything else is a DecodeError naming the first bad byte; no
    silent guessing. Whitespace-only text is EmptyInput."""
    if not data.strip():
        raise EmptyInput(source, "empty file" if not data else "file has only whitespace", record=record)
    check_binary(data, source)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    encoding = encoding or declared_charset(data) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            source,
            f"cannot decode as {encoding}: invalid byte 0x{data[exc.start]:02x} at offset {exc.start}",
            record=record,
        ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise EmptyInput(source, "file has only whitespace", record=record)
    return text
