"""The bundled example corpus (examples/) and its gold facts (gold/) are consistent.

Checks the shape of every gold file against the model's fact types, that every
gold file points at an existing document (or record inside a JSONL file / feed),
and that the corpus has the sets the knowledge-base tests rely on: one attack
reported by three outlets, a near-duplicate wire pair and two fact-free articles.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orbat.model import FACT_ARGS, FACT_TYPES, MODALITIES

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
GOLD = REPO / "gold"
GOLD_FILES = sorted(GOLD.glob("*.gold.jsonl"))
HEADER_KEYS = {"doc", "published", "title", "author", "publisher", "comments"}
PARTIAL_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
WIRE_FIELDS = {"id", "title", "url", "published", "publisher", "author", "text"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _wire_records() -> dict[str, dict]:
    return {rec["id"]: rec for rec in _lines(EXAMPLES / "wire.jsonl")}


def _feed_items() -> dict[str, dict[str, str]]:
    root = ET.parse(EXAMPLES / "feed.xml").getroot()
    items: dict[str, dict[str, str]] = {}
    for item in root.iter("item"):
        fields = {child.tag: (child.text or "") for child in item}
        key = fields.get("guid") or fields["link"]
        items[key] = fields
    return items


def _doc_text(ref: str) -> str:
    """The text of the document a gold header points at ("../examples/x.txt", "...#id")."""
    path_part, _, fragment = ref.partition("#")
    path = (GOLD / path_part).resolve()
    if not fragment:
        return path.read_text(encoding="utf-8")
    if path.name == "wire.jsonl":
        return _wire_records()[fragment]["text"]
    if path.name == "feed.xml":
        item = _feed_items()[fragment]
        return item.get(CONTENT_NS) or item["description"]
    raise AssertionError(f"unknown container {path.name}")


def _headers() -> dict[Path, dict]:
    return {path: _lines(path)[0] for path in GOLD_FILES}


def _publisher(header: dict) -> str:
    """The gold header's publisher, checked against the document itself."""
    path_part, _, fragment = header["doc"].partition("#")
    path = (GOLD / path_part).resolve()
    if path.name == "wire.jsonl":
        assert _wire_records()[fragment]["publisher"] == header["publisher"]
    elif path.name == "feed.xml":
        assert ET.parse(path).getroot().find("channel/title").text == header["publisher"]
    else:
        assert header["publisher"] in path.read_text(encoding="utf-8")
    return header["publisher"]


def test_enough_gold_files():
    assert len(GOLD_FILES) >= 20


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_loads_with_the_evaluator(path: Path):
    from orbat.evaluate import load_gold

    gold = load_gold(path)
    assert gold.doc_path.exists()
    assert len(gold.facts) == len(_lines(path)) - 1


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path):
    rows = _lines(path)
    header, facts = rows[0], rows[1:]
    assert HEADER_KEYS <= header.keys(), f"header lacks {HEADER_KEYS - header.keys()}"
    assert "type" not in header
    assert PARTIAL_ISO.match(header["published"])
    assert isinstance(header["comments"], int) and header["comments"] >= 0
    text = _doc_text(header["doc"])
    assert header["title"] and len(text.split()) >= 40
    _publisher(header)
    for fact in facts:
        assert fact["type"] in FACT_TYPES
        allowed = FACT_ARGS[fact["type"]]
        assert set(fact["args"]) <= set(allowed), fact
        assert allowed[0] in fact["args"], f"required arg {allowed[0]} missing: {fact}"
        for names in fact["args"].values():
            assert isinstance(names, list) and names and all(isinstance(n, str) and n for n in names)
        assert set(fact["key"]) <= set(fact["args"]), fact
        for mod in fact.get("modality", []):
            assert mod in MODALITIES
        time = fact.get("time")
        if time is not None:
            for bound in (time["start"], time["end"]):
                assert bound is None or PARTIAL_ISO.match(bound), fact
            if time["start"] and time["end"]:
                assert time["start"][: len(time["end"])] <= time["end"], fact
            if time["start"]:
                assert time["start"] <= header["published"], fact
        assert isinstance(fact.get("location", []), list)


def _body_text(ref: str) -> str:
    """Roughly the article body: the page without its comments (and, for HTML, only <article>)."""
    text = _doc_text(ref)
    if ref.endswith(".html"):
        return re.search(r"<article[^>]*>(.*?)</article>", text, re.S).group(1)
    if ref.endswith(".txt"):
        return re.split(r"^\d+ Comments?$", text, maxsplit=1, flags=re.M)[0]
    return text


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_key_name_occurs_in_the_body(path: Path):
    """Each key arg has an acceptable name written in the article body (not only in comments)."""
    rows = _lines(path)
    body = _body_text(rows[0]["doc"]).lower()
    for fact in rows[1:]:
        for arg in fact["key"]:
            names = fact["args"][arg]
            assert any(n.lower() in body for n in names), f"{arg}={names} not in {path.name}"


def test_comments_hold_tempting_non_facts():
    """Several plain-text pages have reader comments that name people or groups."""
    tempting = 0
    for header in _headers().values():
        ref = header["doc"]
        if ref.endswith(".txt"):
            comments = _doc_text(ref)[len(_body_text(ref)) :]
            if re.search(r"\b(killed|dead|will|behind|planned)\b", comments):
                tempting += 1
    assert tempting >= 5


def _leaders_on(org: str, date: str) -> set[str]:
    """Who led ``org`` on ``date`` according to the gold files together: each person's
    leadership spans are merged (earliest known start, latest known end)."""
    spans: dict[str, list[str | None]] = {}
    for path in GOLD_FILES:
        for fact in _lines(path)[1:]:
            if fact["type"] != "leadership" or org not in fact["args"]["organization"]:
                continue
            if fact.get("attrs", {}).get("role") not in {"emir", "leader", "founder"}:
                continue
            person = fact["args"]["person"][0]
            time = fact.get("time") or {}
            span = spans.setdefault(person, [None, None])
            if time.get("start") and (span[0] is None or time["start"] < span[0]):
                span[0] = time["start"]
            if time.get("end") and (span[1] is None or time["end"] > span[1]):
                span[1] = time["end"]
    return {
        p for p, (start, end) in spans.items() if start and start <= date and (end is None or end >= date)
    }


@pytest.mark.parametrize(
    ("date", "leader"),
    [
        ("2013-06-01", "Doku Umarov"),
        ("2015-01-01", "Aliaskhab Kebekov"),
        ("2015-08-01", "Magomed Suleimanov"),
    ],
)
def test_caucasus_emirate_leaders_answerable(date: str, leader: str):
    assert _leaders_on("Caucasus Emirate", date) == {leader}


def _shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_sentence_copied_from_the_seed(seed_text_path: Path):
    seed = _shingles(seed_text_path.read_text(encoding="utf-8"))
    for header in _headers().values():
        shared = seed & _shingles(_doc_text(header["doc"]))
        assert not shared, (header["doc"], sorted(shared)[:3])


def test_gold_files_cover_each_document_once():
    docs = [h["doc"] for h in _headers().values()]
    assert len(docs) == len(set(docs))
    on_disk = {f"../examples/{p.name}" for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html"}}
    records = {f"../examples/wire.jsonl#{rid}" for rid in _wire_records()}
    items = {f"../examples/feed.xml#{key}" for key in _feed_items()}
    assert set(docs) == on_disk | records | items


def test_wire_records_have_all_fields():
    records = _lines(EXAMPLES / "wire.jsonl")
    assert 3 <= len(records) <= 4
    for rec in records:
        assert WIRE_FIELDS <= rec.keys()


def test_feed_has_full_text_items():
    items = _feed_items()
    assert 2 <= len(items) <= 3
    for item in items.values():
        assert len((item.get(CONTENT_NS) or item.get("description", "")).split()) >= 80


def test_two_articles_without_facts():
    empty = [p for p in GOLD_FILES if len(_lines(p)) == 1]
    assert len(empty) == 2


def _attacks() -> list[tuple[dict, dict]]:
    return [(h, f) for p, h in _headers().items() for f in _lines(p)[1:] if f["type"] == "attack"]


def test_one_attack_reported_by_three_outlets():
    """Three documents from three publishers report the same attack (same place, same day),
    with differing casualty figures."""
    by_event: dict[tuple[str, str], list[tuple[dict, dict]]] = {}
    for header, fact in _attacks():
        time = fact.get("time") or {}
        if time.get("start") and time["start"] == time.get("end") and len(time["start"]) == 10:
            by_event.setdefault((fact["location"][0], time["start"]), []).append((header, fact))
    clusters = [v for v in by_event.values() if len(v) >= 3]
    assert len(clusters) == 1
    cluster = clusters[0]
    assert len({_publisher(h) for h, _ in cluster}) == 3
    assert len({json.dumps(f["attrs"].get("killed"), sort_keys=True) for _, f in cluster}) == 3
    perpetrators = {f["args"]["perpetrator"][0].lower().replace("-", " ") for _, f in cluster}
    assert len(perpetrators) == 1


def test_a_different_attack_in_the_same_week():
    """Another attack, by another group elsewhere, reported in the same week."""
    _, base = next((h, f) for h, f in _attacks() if (f.get("time") or {}).get("start") == "2015-09-01")
    others = [
        (h, f)
        for h, f in _attacks()
        if h["published"][:7] == "2015-09"
        and not set(f["location"]) & set(base["location"])
        and not set(f["args"]["perpetrator"]) & set(base["args"]["perpetrator"])
    ]
    assert others


def test_near_duplicate_wire_pair():
    from difflib import SequenceMatcher

    records = _lines(EXAMPLES / "wire.jsonl")
    pairs = [
        (a, b)
        for i, a in enumerate(records)
        for b in records[i + 1 :]
        if a["text"] != b["text"] and SequenceMatcher(None, a["text"], b["text"]).ratio() > 0.9
    ]
    assert len(pairs) == 1
    a, b = pairs[0]
    assert a["publisher"] != b["publisher"]


def test_comments_are_counted_in_headers():
    """The header's comment count matches the 'NAME says:' blocks of the page, and the
    'N Comments' heading where the page has one."""
    for header in _headers().values():
        path = (GOLD / header["doc"].partition("#")[0]).resolve()
        if path.suffix not in {".txt", ".html"}:
            assert header["comments"] == 0
            continue
        text = path.read_text(encoding="utf-8")
        blocks = re.findall(r"^\s*•?\s*\S.* says:$|says:</p>", text, re.M)
        assert len(blocks) == header["comments"], path.name
        heading = re.search(r"^(?:<h\d>)?(\d+) Comments?\b", text, re.M)
        assert heading is None or int(heading.group(1)) == header["comments"], path.name


def test_articles_are_news_length():
    """Every article body is 80-300 words (tags stripped; comments and bio lines excluded)."""
    for header in _headers().values():
        body = re.sub(r"<[^>]+>", " ", _body_text(header["doc"]))
        lines = [
            ln
            for ln in body.splitlines()
            if not re.match(r"^(Tags:|\S+ \S+ (is|covers|writes|reports) )", ln)
        ]
        words = len(" ".join(lines).split())
        assert 80 <= words <= 320, (header["doc"], words)
