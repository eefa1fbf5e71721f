"""Separating an article from what surrounds it on a scraped page.

A page read as text (a .txt scrape, or the text trafilatura extracts from HTML)
often carries, besides the article: a dateline or byline under the title, an
author bio at the end, a ``Tags:`` line, "Share this" / "Related" blocks, a
comment section ("3 Comments", "NAME says:" blocks) and the site's navigation or
category list (short lines at the very end). ``split_page`` keeps the article
paragraphs and sorts the rest into metadata, comments and dropped lines.
These are rules because no library covers plain-text page layouts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orbat.model import Comment
from orbat.readers.dates import date_in_line, iso_date
from orbat.readers.normalize import clean_line, normalize_body, split_paragraphs

# A line that opens the non-article tail when it is the whole line ...
_MARKER_LINE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|leave a (?:comment|reply)"
    r"|post a comment|join the discussion|share this(?: article| story| post)?|share|"
    r"related(?: articles| posts| stories| content)?|read more|see also|more on this|"
    r"you may also like|about the author|recommended)(?:\s*\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
# ... or when it starts with one of these labels and a colon.
_MARKER_LABEL = re.compile(
    r"^(?:tags|tagged(?: with)?|filed under|categories|category|topics|related|share this)\s*:",
    re.IGNORECASE,
)
# "• irebukeu says:", "John on September 3, 2015 at 5:02 pm said:", "Bob wrote: text"
_COMMENT_HEAD = re.compile(
    r"^\s*(?:[•·*\-–—]\s*)?(?P<author>\S(?:.{0,58}?\S)?)"
    r"(?:\s+(?:on|at)\s+(?P<when>.{1,60}?))?\s+(?P<verb>says|said|wrote|writes)\s*(?::\s*(?P<rest>.*))?$"
)
_NOT_A_COMMENTER = {"the", "a", "an", "he", "she", "it", "they", "we", "this", "that", "who", "which"}
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|author:)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|bin|ibn|de|el|van|von|der)){0,4})"
)
# "Thomas Joscelyn is a Senior Fellow at ...", "Caleb Weiss is the editor of ...",
# "Hodan Warsame covers Somalia for Horn Wire.", "Ruth Ellison writes on security for ..."
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:"
    r"(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?i:fellow|editor|correspondent|reporter|"
    r"writer|journalist|analyst|contributor|researcher|director|professor|author|producer|columnist|"
    r"scholar|associate)s?\b"
    r"|(?:covers|reports on|reports from|writes on|writes about)\s.{1,150}\sfor\s[^.]{1,80}\.?$)"
)
# The outlet a bio line names last: "... covers Somalia for Horn Wire." -> "Horn Wire"
_BIO_OUTLET = re.compile(r".*\b(?:for|at|with|of)\s+(?:the\s+)?(?P<outlet>[A-Z][^.,;]{1,80}?)\.?$")
_SENTENCE_END = ".!?:;,\"”’)…"
_HEADER_MAX = 120


# page metadata glued to the first paragraph: "date 2017-05-26 The Maute Group ..."
_DATE_STAMP = re.compile(r"^\s*date\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)", re.IGNORECASE)


@dataclass(slots=True)
class Page:
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    comments: list[Comment] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _is_nav_line(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= 40 and len(text.split()) <= 5 and text[-1] not in _SENTENCE_END


def _comment_head(line: str) -> re.Match[str] | None:
    match = _COMMENT_HEAD.match(line)
    if not match:
        return None
    words = match.group("author").split()
    if len(words) > 4 or words[0].lower() in _NOT_A_COMMENTER:
        return None
    if match.group("verb") == "said" and match.group("when") is None:
        return None  # "Magashi said:" opening a quote in the story; a comment's "said" carries its date
    return match


def _is_tail_start(line: str) -> bool:
    text = line.strip()
    if _MARKER_LINE.match(text) or _MARKER_LABEL.match(text):
        return True
    head = _comment_head(line)
    return head is not None and not head.group("rest")


def _split_trailing_nav(lines: list[str], *, min_run: int = 3) -> tuple[list[str], list[str]]:
    """Cut a run of at least ``min_run`` short, unpunctuated lines off the end."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start, count = end, 0
    while start and (not lines[start - 1].strip() or _is_nav_line(lines[start - 1])):
        start -= 1
        count += bool(lines[start].strip())
    if count < min_run or not any(line.strip() for line in lines[:start]):
        return lines[:end], []  # too short a run, or nothing but short lines: keep them
    return lines[:start], [line.strip() for line in lines[start:end] if line.strip()]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def parse_tail(lines: list[str]) -> tuple[list[Comment], list[str]]:
    """Comments ("NAME says:" and the lines under it) and the other lines of a page's tail."""
    comments: list[Comment] = []
    dropped: list[str] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            text = normalize_body("\n".join(current["lines"]))
            if text:
                comments.append(Comment(text=text, author=current["author"], published=current["when"]))
        current = None

    for line in lines:
        if not line.strip():
            if current is not None:
                current["lines"].append("")
            continue
        head = _comment_head(line)
        if head:
            close()
            when = head.group("when")
            current = {
                "author": clean_line(head.group("author")),
                "when": iso_date(when) if when else None,
                "lines": [head.group("rest")] if head.group("rest") else [],
                "indent": None,
            }
            continue
        if _is_tail_start(line):
            close()
            dropped.append(line.strip())
            continue
        if current is not None:
            if current["indent"] is None:
                current["indent"] = _indent(line)
            if current["indent"] > 0 and _indent(line) == 0:  # an unindented line ends an indented comment
                close()
                dropped.append(line.strip())
                continue
            current["lines"].append(line)
        else:
            dropped.append(line.strip())
    close()
    return comments, dropped


def _header_metadata(paragraph: str) -> tuple[str | None, str | None] | None:
    """(published, author) of a dateline/byline paragraph; None when it is article text."""
    if len(paragraph) > _HEADER_MAX or _reads_as_sentence(paragraph):
        return None
    published = date_in_line(paragraph)
    byline = _BYLINE.match(paragraph)
    if published is None and byline is None:
        return None
    return published, byline.group("name") if byline else None


def _reads_as_sentence(paragraph: str) -> bool:
    """A photo caption or a lead ("Militants chat with residents of Buner on April 23, 2009."):
    a sentence of 12 words or more ending in a full stop is text, not a dateline."""
    line = paragraph.strip()
    return line.endswith(".") and len(line.split()) >= 12


# "MANILA, Philippines — ...", "KABUL (AFP) - ...": a wire dateline opens the lead, never a title
_LEAD_DATELINE = re.compile(r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:,[^\n—–-]{2,40})?\s*(?:\([^()]{2,40}\)\s*)?[—–-]\s")


def _reads_as_lead(line: str) -> bool:
    """A first line that is the article's lead sentence, not its title: it opens with a wire
    dateline, or is a sentence of 20 words or more ending in a full stop."""
    line = line.strip()
    return bool(_LEAD_DATELINE.match(line)) or (line.endswith(".") and len(line.split()) >= 20)


def _prose_words(line: str) -> int:
    """The words of a line that reads as a sentence (not a menu item, headline or caption)."""
    line = line.strip()
    n = len(line.split())
    return n if n >= 8 and line[-1] in '.!?"”’)' else 0


def _tail_start(lines: list[str], start: int) -> tuple[int, set[int]]:
    """The line that opens the page's tail, and the marker lines that are only widgets in or
    over the story ("Share This Article" under the headline): a marker is one when more
    prose stands below it (before the next marker, with no reader comment) than above it."""
    widgets: set[int] = set()
    words = 0
    for i in range(start, len(lines)):
        if i > start and _is_tail_start(lines[i]):
            if _comment_head(lines[i]) is None:
                below = 0
                for line in lines[i + 1 :]:
                    if _is_tail_start(line):
                        break  # (a comment's head is one too: what follows it is no story)
                    below += _prose_words(line)
                if below > words:
                    widgets.add(i)
                    continue
            return i, widgets
        words += _prose_words(lines[i])
    return len(lines), widgets


def split_page(text: str, *, has_title: bool = True) -> Page:
    """Split a page's text into the article and the rest. With ``has_title`` the
    first line is the title (unless it is too long to be one)."""
    lines = [line.rstrip() for line in text.split("\n")]
    page = Page(paragraphs=[])
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    stamp = _DATE_STAMP.match(lines[first]) if first is not None else None
    if stamp is not None:
        # "date 2017-05-26 The Maute Group, one of ...": a date stamp glued to the lead
        # paragraph - the publication date, and the article's first paragraph (no title)
        page.published = stamp.group("date")
        lines = [*lines[:first], lines[first][stamp.end() :], *lines[first + 1 :]]
    elif has_title:
        if first is not None and len(lines[first].strip()) <= 300 and not _reads_as_lead(lines[first]):
            page.title = clean_line(lines[first])
            lines = lines[first + 1 :]

    lines, navigation = _split_trailing_nav(lines)
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    cut, widgets = _tail_start(lines, start)
    page.comments, tail_dropped = parse_tail(lines[cut:])
    widget_lines = [lines[i].strip() for i in sorted(widgets)]
    lines = [line for i, line in enumerate(lines) if i not in widgets]
    cut -= sum(1 for i in widgets if i < cut)

    paragraphs = split_paragraphs("\n".join(lines[:cut]))
    header_dropped: list[str] = []
    while paragraphs and len(header_dropped) < 3:
        found = _header_metadata(paragraphs[0])
        if found is None:
            break
        page.published = page.published or found[0]
        page.author = page.author or found[1]
        header_dropped.append(paragraphs.pop(0))

    footer_dropped: list[str] = []
    for _ in range(2):
        if not paragraphs or len(paragraphs[-1]) > 400:
            break
        match = _BIO.match(paragraphs[-1]) or _BYLINE.match(paragraphs[-1])
        if not match:
            break
        page.author = page.author or clean_line(match.group("name"))
        outlet = _BIO_OUTLET.match(paragraphs[-1]) if match.re is _BIO else None
        page.publisher = page.publisher or (clean_line(outlet.group("outlet")) if outlet else None)
        footer_dropped.insert(0, paragraphs.pop())

    page.paragraphs = paragraphs
    page.dropped = widget_lines + header_dropped + footer_dropped + tail_dropped + navigation
    return page
