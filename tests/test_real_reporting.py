"""The real-reporting gold set (gold/real/): its shape always; its scores where the texts are here.

The article texts are third parties' and are not committed (gold/real/README.md): the tests
that need them skip, saying why, when gold/real/texts/ is absent or does not match the
manifest. The floors below guard against regressions; the figures themselves are reported
by `orbat eval` and `orbat questions` (see the issue notes).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from orbat.evaluate import evaluate_extraction, evaluate_files, load_gold, read_gold_document
from orbat.model import FACT_TYPES

REPO = Path(__file__).resolve().parent.parent
REAL = REPO / "gold" / "real"
TEXTS = REAL / "texts"
MANIFESTS = {json.loads(p.read_text(encoding="utf-8"))["id"]: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((REAL / "manifest").glob("*.json"))}
GOLD = {p.name.removesuffix(".gold.jsonl"): p for part in ("dev", "blind") for p in (REAL / part).glob("*.gold.jsonl")}
QUESTION_FILES = sorted((REAL / "questions").glob("*.jsonl"))


def _texts_present() -> bool:
    for entry in MANIFESTS.values():
        path = TEXTS / f"{entry['id']}.txt"
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != entry.get("sha256"):
            return False
    return bool(MANIFESTS)


needs_texts = pytest.mark.skipif(
    not _texts_present(),
    reason="gold/real/texts/ is absent or differs from the manifest (third-party texts are not committed; "
    "fetch them again with the queries in gold/real/manifest/ and check with scripts/realdata.py check)",
)


# --------------------------------------------------------------------------- shape (always)


def test_the_set_is_large_and_varied_enough():
    sets = Counter(e["set"] for e in MANIFESTS.values())
    assert len(MANIFESTS) >= 60 and sets["blind"] >= 20
    assert len({e["outlet"] for e in MANIFESTS.values()}) >= 12
    assert len({e["region"] for e in MANIFESTS.values()}) >= 5
    types: Counter[str] = Counter()
    for path in GOLD.values():
        types.update(f.type for f in load_gold(path).facts)
    assert {t for t in FACT_TYPES if types[t] < 15} == set(), types


def test_every_gold_file_has_a_sealed_manifest_and_the_right_set():
    assert set(GOLD) == set(MANIFESTS)
    for name, path in GOLD.items():
        gold = load_gold(path)  # parses and validates every fact
        entry = MANIFESTS[name]
        assert gold.header["doc"] == f"../texts/{name}.txt"
        assert gold.set_name == entry["set"] == path.parent.name
        assert len(entry["sha256"]) == 64 and entry["words"] > 50
        assert entry["retrieve"]["query"] and entry["url"].startswith("http")


def test_questions_are_well_formed_and_have_a_blind_part():
    from orbat.questions import load_questions

    questions = load_questions(QUESTION_FILES)
    assert len(questions) >= 25
    assert sum(q.set == "blind" for q in questions) >= 10
    for q in questions:
        assert set(q.docs) <= set(MANIFESTS), q.id
        if q.set == "blind":
            assert any(MANIFESTS[d]["set"] == "blind" for d in q.docs), q.id


# --------------------------------------------------------------------------- scores (with the texts)


@pytest.fixture(scope="module")
def extractor():
    from orbat.facts import build_extractor

    return build_extractor()


@needs_texts
# dev (88 articles): .730 when the 22 multi-outlet articles of batch 2026-12-07-dev came, .760 at
# facts-0.7.75, .771 at facts-0.7.86; 24 fresh articles (annotated without running orbat) took
# the 112 to .718 at facts-0.7.92; 136 articles: .720 at facts-0.7.107, .728 at facts-0.7.115.
# blind (45): .600 -> .616 -> .622. 154 articles: 18 fresh ones (annotated without running
# orbat) scored .516 on their own at facts-0.7.164 and took the whole to .724. 174 articles: 20
# fresh ones (batch 2026-12-07-dev8) scored .540 on their own at facts-0.7.177; the whole .713 ->
# .718 at facts-0.7.182. Blind 65: 20 fresh ones (batch 2026-12-07-blind2, gold written before orbat
# ran on them) scored .532 on their own at facts-0.7.175 and took the blind set to .595 at
# facts-0.7.182 (the first 45: .621). 194 articles: 20 fresh ones (batch 2026-12-08-dev9) scored
# .577 on their own at facts-0.7.193 (.570 with the code of the stop's start) and took the whole
# to .707. 234 articles: 40 fresh ones (batches 2026-12-08-dev10 and -dev11) scored .552 and .552
# on their own with the code of the stop's start (dev11 .557 with that stop's rules, written
# before it came) and took the whole to .703 at facts-0.7.194. 274 articles: 40 fresh ones (batches
# 2026-12-08-dev12 and -dev13) scored .638 and .494 on their own at their arrival (the same with the
# code of the stop's start) and took the whole to .698 at facts-0.7.195 (dev12 .675, dev13 .593).
# The floors guard against regressions from there
@pytest.mark.parametrize(("part", "floor"), [("dev", 0.69), ("blind", 0.585)])
def test_extraction_floor(extractor, part, floor):
    report = evaluate_files(sorted((REAL / part).glob("*.gold.jsonl")), extractor)
    overall = report.total.overall
    assert overall.f1 >= floor, f"{part}: P {overall.precision:.3f} R {overall.recall:.3f} F1 {overall.f1:.3f}"


@needs_texts
def test_question_set(tmp_path, extractor):
    from orbat.pipeline import default_resolver, ingest
    from orbat.questions import answer_all, load_questions, summary
    from orbat.readers import read_inputs
    from orbat.store import open_store

    records = tmp_path / "real.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for e in MANIFESTS.values():
            text = (TEXTS / f"{e['id']}.txt").read_text(encoding="utf-8")
            fh.write(json.dumps({"id": e["id"], "title": e["title"], "url": e["url"], "published": e["published"],
                                 "publisher": e["outlet"], "text": text}) + "\n")
    store = open_store(tmp_path / "real.db")
    try:
        ingest(read_inputs([str(records)]), store, extractor=extractor, resolver=default_resolver())
        scores = summary(answer_all(store, load_questions(QUESTION_FILES)))
    finally:
        store.close()
    dev, blind = scores["dev"], scores["blind"]
    # dev: 26/27 until the 14 questions of devbatch4-7 (pairs of outlets on one attack, written
    # before orbat ran on them) came; 33/41 at facts-0.7.103, 38/41 at facts-0.7.121 (blind 25/34);
    # 40/41 at facts-0.7.193; the 16 of devbatch11 (written before orbat ran on their articles)
    # came in at 7/16, 49/57 in all at facts-0.7.194; 52/57 with the tenures seen on a dated clause
    # and a targeted killing told as a death standing for the event of a report with no attack;
    # the 32 of devbatch12-13 (written before orbat ran on their articles) came in at 11/16 and
    # 7/16 (70/89 in all with the code of the stop's start), 76/89 at facts-0.7.195
    assert dev["right"] / dev["total"] >= 0.83, scores
    assert blind["right"] / blind["total"] >= 0.70, scores


# --------------------------------------------------------------------------- all-caps text


def _caps_counts(extractor, gold_path: Path):
    gold = load_gold(gold_path)
    doc = read_gold_document(gold)
    mixed = evaluate_extraction(gold, extractor.extract(doc)).overall
    shouted = dataclasses.replace(doc, body=doc.body.upper())
    caps = evaluate_extraction(gold, extractor.extract(shouted)).overall
    return mixed, caps


def test_all_caps_seed_keeps_most_of_its_score(extractor, seed_gold_path):
    mixed, caps = _caps_counts(extractor, seed_gold_path)
    assert mixed.f1 > 0.9 and caps.f1 >= 0.8 * mixed.f1, (mixed, caps)


CAPS_ARTICLES = [
    "sahel-newarab-2020-11-22-aqim-new-leader",
    "eafr-cnn-2014-09-06-shabaab-new-leader",
    "levant-libyachannel-2015-12-07-abu-nabil-derna",
    "sasia-trtworld-2020-08-19-ttp-reunification",
    "seasia-tass-2024-10-04-crocus-iskp-recruiters",
]


@needs_texts
def test_all_caps_real_articles_keep_most_of_their_score(extractor):
    """Five published articles upper-cased: F1 over the five at least 80 % of mixed case."""
    from orbat.evaluate import Counts

    mixed_total, caps_total = Counts(), Counts()
    for name in CAPS_ARTICLES:
        mixed, caps = _caps_counts(extractor, GOLD[name])
        mixed_total.add(mixed)
        caps_total.add(caps)
    assert caps_total.f1 >= 0.8 * mixed_total.f1, (mixed_total, caps_total)
