"""Publication dates to (possibly partial) ISO strings."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_PARTIAL_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]")
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

# Date expressions looked for in a dateline (a short line near the top of a page).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_IN_LINE = re.compile(
    r"(?<![\d-])(?:"
    rf"(?P<yymmdd>\d{{2}}-\d{{2}}-\d{{2}})(?![\d-])"  # 15-09-02, a site's YY-MM-DD dateline
    r"|(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])"  # 2015-09-02
    rf"|(?P<mdy>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"  # September 2, 2015
    rf"|(?P<dmy>\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"  # 2 Sep 2015
    r")",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def iso_date(value: object) -> str | None:
    """A date-ish value (ISO string, partial ISO, free text, datetime) as an ISO
    date ("2015-09-02"), keeping partial dates partial ("2015-09"). None when it
    cannot be read."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if not text:
        return None
    match = _PARTIAL_ISO.match(text)
    if match:
        year, month, day = (int(g) if g else 1 for g in match.groups())
        return text if _valid(year, month, day) else None
    if _ISO_PREFIX.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y-%m-%d")
        except ValueError:
            pass
    if len(text) > 100:
        return None
    parsed = dateparser.parse(text, settings=_SETTINGS)
    return parsed.strftime("%Y-%m-%d") if parsed else None


def date_in_line(line: str) -> str | None:
    """The first date written in a line ("15-09-02" read as YY-MM-DD, ISO, or a
    date with a month name), as ISO; None when the line has none."""
    for match in DATE_IN_LINE.finditer(line):
        if match.group("yymmdd"):
            yy, mm, dd = (int(p) for p in match.group("yymmdd").split("-"))
            year = 2000 + yy if yy < 70 else 1900 + yy
            if _valid(year, mm, dd):
                return f"{year:04d}-{mm:02d}-{dd:02d}"
            continue
        found = iso_date(match.group(0))
        if found:
            return found
    return None
