"""Incremental resolution (orbat.resolve.incremental): documents ingested in batches, each
batch folded into the stored knowledge base in place, give the same export as ingesting
them all at once and as a full re-resolution."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import pytest

from orbat import pipeline
from orbat.export.jsonl import write_jsonl
from orbat.model import Curation, TimeSpan
from orbat.readers import read_inputs
from orbat.resolve.incremental import IncrementalResolver
from orbat.store import SQLiteStore

REPO = Path(__file__).resolve().parents[2]


class Given:
    """An extractor that hands out extractions made once."""

    version = "given"

    def __init__(self, by_id):
        self.by_id = by_id

    def extract(self, doc):
        return self.by_id[doc.id]

    def extract_many(self, docs):
        return (self.by_id[d.id] for d in docs)


class Counting(IncrementalResolver):
    def __init__(self, reference):
        super().__init__(reference)
        self.updates, self.reasons = [], []

    def update(self, store, new_doc_ids):
        summary = super().update(store, new_doc_ids)
        if summary is None:
            self.reasons.append(self.declined)
        else:
            self.updates.append(summary)
        return summary


@pytest.fixture(scope="module")
def corpus(seed_text_path):
    from orbat.facts import build_extractor

    docs = [d for d in read_inputs([str(seed_text_path), str(REPO / "examples")]) if not isinstance(d, Exception)]
    unique = list({d.id: d for d in docs}.values())
    extractor = build_extractor()
    return unique, {d.id: x for d, x in zip(unique, extractor.extract_many(unique), strict=True)}


def _export(store) -> str:
    out = io.StringIO()
    write_jsonl(store, out)
    return out.getvalue()


def _index(store) -> dict[str, list]:
    """The stored resolution index, row by row."""
    tables = {"resolution_nodes": "kind, doc_id, local_id, kb_id, data", "resolution_keys": "key, kb_id",
              "resolution_ids": "kb_id, base, tiers"}  # fmt: skip
    return {t: sorted(map(tuple, store.connection.execute(f"SELECT {c} FROM {t}"))) for t, c in tables.items()}


def _ingest(path, docs, by_id, resolver, batches):
    store = SQLiteStore(path)
    for batch in batches:
        pipeline.ingest(batch, store, extractor=Given(by_id), resolver=resolver)
    return store


def _synthetic(n, seed):
    sys.path.insert(0, str(REPO / "bench"))
    from synth_extractions import generate

    docs = generate(n, seed=seed)
    return [d.document for d in docs], {d.document.id: d.extraction for d in docs}


@pytest.mark.parametrize("size", [1, 4, 7])
def test_batches_update_in_place_and_equal_all_at_once(tmp_path, corpus, reference, size):
    docs, by_id = corpus
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    shuffled = list(docs)
    random.Random(size).shuffle(shuffled)
    resolver = Counting(reference)
    batches = [shuffled[i : i + size] for i in range(0, len(shuffled), size)]
    store = _ingest(tmp_path / "batches.db", docs, by_id, resolver, batches)
    assert resolver.updates, "no batch was folded in place"
    assert _export(store) == _export(once)
    pipeline.refresh_knowledge(store, resolver)  # orbat rebuild's path: a full resolution
    assert _export(store) == _export(once)


def test_synthetic_batches_equal_all_at_once(tmp_path, reference):
    docs, by_id = _synthetic(300, seed=3)
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [docs[:200], docs[200:230], docs[230:231], docs[231:]])
    assert resolver.updates and all(u.documents for u in resolver.updates)
    assert _export(store) == _export(once)


def test_an_unrelated_document_reads_little(tmp_path, reference):
    docs, by_id = _synthetic(200, seed=5)
    resolver = Counting(reference)
    _ingest(tmp_path / "s.db", docs, by_id, resolver, [docs[:199], docs[199:]])
    assert len(resolver.updates) == 1
    stored = sum(len(x.facts) for x in by_id.values())
    assert resolver.updates[0].fact_nodes < stored / 4


def test_curations_and_replaced_extractions_resolve_in_full(tmp_path, reference):
    docs, by_id = _synthetic(40, seed=9)
    resolver = Counting(reference)
    store = _ingest(tmp_path / "c.db", docs, by_id, resolver, [docs[:30]])
    store.put_extractions([by_id[docs[0].id]])  # re-extracted: the index no longer describes it
    pipeline.ingest(docs[30:35], store, extractor=Given(by_id), resolver=resolver)
    assert len(resolver.reasons) == 2 and not resolver.updates
    store.add_curation(Curation(action="fact.reject", target=store.facts()[0].id))
    pipeline.ingest(docs[35:], store, extractor=Given(by_id), resolver=resolver)
    assert len(resolver.reasons) == 3 and not resolver.updates


def _attack_doc(body: str, day: str):
    """A document telling one attack by al-Shabaab on a market in Mogadishu on ``day``."""
    from orbat.model import Document, Entity, Evidence, Extraction, Fact, TimeSpan

    doc = Document(body=body, published=day)

    def at(name: str) -> list[tuple[int, int]]:
        start = body.index(name)
        return [(start, start + len(name))]

    x = Extraction(
        doc_id=doc.id,
        entities=[
            Entity(id="e1", type="organization", name="al-Shabaab", ref="al-shabaab", mentions=at("al-Shabaab")),
            Entity(id="e2", type="facility", name="Bakara market", mentions=at("Bakara market")),
            Entity(id="e3", type="location", name="Mogadishu", mentions=at("Mogadishu")),
        ],
        facts=[
            Fact(id="f1", type="attack", args={"perpetrator": "e1", "target": "e2"}, time=TimeSpan(day, day),
                 location="e3", attrs={"method": "bombing"},
                 sources=[Evidence(doc=doc.id, quote=body, start=0, end=len(body))])
        ],  # fmt: skip
        extractor_version="given",
    )
    return doc, x


def test_a_namesake_that_would_rename_a_stored_fact_is_pulled_in(tmp_path, reference):
    """Two attacks by one group on one market in one town, months apart in one year, stay
    two; they share the first key of their ids (type, args, year, place), so both take a
    longer one. The second document's update would change the stored attack's id: it is
    pulled into the update (before, the update declined into a full resolution) and the
    result equals resolving both documents at once."""
    a = _attack_doc("al-Shabaab bombed Bakara market in Mogadishu on 5 January.", "2020-01-05")
    b = _attack_doc("al-Shabaab bombed Bakara market in Mogadishu again on 20 November.", "2020-11-20")
    docs, by_id = [a[0], b[0]], {a[0].id: a[1], b[0].id: b[1]}
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    attacks = [f for f in once.facts() if f.type == "attack"]
    assert len(attacks) == 2, "the two attacks were merged: the premise of this test is gone"
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [docs[:1], docs[1:]])
    assert len(resolver.updates) == 1 and resolver.updates[0].pulled >= 1, resolver.reasons
    assert _export(store) == _export(once)


def test_an_attack_claimed_by_a_linked_group_folds_into_the_stored_one(tmp_path, reference):
    """A stored attack blamed on the ADF, then a document of the Islamic State's claim of it
    (the gazetteer links the ADF with the Islamic State's Central Africa Province): folded in
    place, one attack of two sources, as when both are resolved at once."""
    a = _attack_doc("al-Shabaab bombed Bakara market in Mogadishu on 5 January.", "2020-01-05")
    b = _attack_doc("al-Shabaab bombed Bakara market in Mogadishu, 5 January (the claim).", "2020-01-05")
    _blamed_then_claimed_folds_in_place(tmp_path, reference, a, b)


def _blamed_then_claimed_folds_in_place(tmp_path, reference, blamed, claimed) -> None:
    """The attack of ``blamed`` told as the ADF's, that of ``claimed`` as the Islamic State's:
    folded in place, one attack of two sources, as when both are resolved at once."""
    from dataclasses import replace

    for (_, x), name, ref in ((blamed, "Allied Democratic Forces", "adf"), (claimed, "Islamic State", "islamic-state")):
        x.entities[0] = replace(x.entities[0], name=name, ref=ref)
    docs, by_id = [blamed[0], claimed[0]], {blamed[0].id: blamed[1], claimed[0].id: claimed[1]}
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    [attack] = [f for f in once.facts() if f.type == "attack"]
    assert len(attack.sources) == 2
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [docs[:1], docs[1:]])
    assert len(resolver.updates) == 1, resolver.reasons
    assert _export(store) == _export(once)


@pytest.mark.parametrize("name", ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen"])
def test_a_new_mention_joins_a_large_stored_entity_by_its_summary(tmp_path, reference, name):
    """Thirty-one stored attacks by al-Shabaab on Bakara market in Mogadishu, one a year:
    three entities of thirty-one mentions each. A new document naming them (under another name of
    the group, too) joins each by its summary: the stored mentions are not re-read, the
    entities keep their ids and stored mentions, and the result equals resolving all the
    documents at once - again after a second update on top of the first."""
    docs, by_id = [], {}
    for year in range(1990, 2022):
        doc, x = _attack_doc(f"al-Shabaab bombed Bakara market in Mogadishu on 5 March {year}.", f"{year}-03-05")
        docs.append(doc)
        by_id[doc.id] = x
    *stored, last, later = docs
    by_id[last.id].entities[0].name = name
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [stored, [last], [later]])
    assert len(resolver.updates) == 2, resolver.reasons
    assert [u.summarized for u in resolver.updates] == [3, 3]  # the group, the market and the town
    # three new mentions and a proxy node per distinct stored mention (the group's new name adds one),
    # not the 93 stored mentions
    assert [u.entity_nodes for u in resolver.updates] == [6, 6 if name == "al-Shabaab" else 7]
    assert _export(store) == _export(once)
    assert _index(store) == _index(once)  # the kept mention rows and the updated summaries too
    if name != "al-Shabaab":
        group = next(e for e in store.entities() if e.ref == "al-shabaab")
        assert name in group.aliases


def test_a_new_mention_joins_a_stored_fact_by_its_tally(tmp_path, reference):
    """Thirty documents telling one attack (al-Shabaab bombed Bakara market on 5 March 2020),
    then two more, one batch each: each new mention joins the stored attack through its
    tally (``fact_tally``): none of its stored mentions is read back, and the export and
    the index equal those of resolving all the documents at once."""
    docs, by_id = [], {}
    for i in range(32):
        doc, x = _attack_doc(f"al-Shabaab bombed Bakara market in Mogadishu on 5 March 2020 (report {i}).", "2020-03-05")
        x.facts[0].confidence = 0.5 + (i % 5) / 10
        x.facts[0].attrs["killed"] = {"min": 3 + i % 4, "max": 9}
        docs.append(doc)
        by_id[doc.id] = x
    *stored, last, later = docs
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    [attack] = [f for f in once.facts() if f.type == "attack"]
    assert len(attack.sources) == 32
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [stored, [last], [later]])
    assert len(resolver.updates) == 2, resolver.reasons
    assert [(u.facts_by_tally, u.fact_mentions_read) for u in resolver.updates] == [(1, 0), (1, 0)]
    assert _export(store) == _export(once)
    assert _index(store) == _index(once)


def test_fewer_full_collections_is_scoped():
    """Folding in runs with rarer full garbage collections, and puts the thresholds back."""
    import gc

    from orbat.resolve.incremental import fewer_full_collections

    before = gc.get_threshold()
    with fewer_full_collections(every=123):
        assert gc.get_threshold() == (before[0], before[1], max(before[2], 123))
    assert gc.get_threshold() == before
    try:
        with fewer_full_collections(every=123):
            raise RuntimeError
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def test_evidence_to_json_keeps_fields_and_order():
    from dataclasses import asdict

    from orbat.dates import parse_partial
    from orbat.model import Evidence

    ev = Evidence("doc:1", "a quote", 3, 10, "a spokesman")
    assert ev.to_json() == asdict(ev) and list(ev.to_json()) == list(asdict(ev))
    assert parse_partial("2015-08") == parse_partial("2015-08") and parse_partial("2015-13") is None


def test_geo_to_json_keeps_fields_and_order():
    from dataclasses import asdict, fields

    from orbat.model import Geo

    for geo in (Geo(2.04, 45.3), Geo(42.59, 44.28, "RU", "RU.03", 9000313, "admin1"), Geo(1, 2, None, None, 7)):
        assert geo.to_json() == asdict(geo) and list(geo.to_json()) == list(asdict(geo))
        assert Geo.from_json(geo.to_json()) == geo
    assert list(Geo(0.0, 0.0).to_json()) == [f.name for f in fields(Geo)]


def test_unchanged_summaries_are_taken_out_of_the_delta():
    """A summary row equal to the one read is left as stored; a changed one, one of an id
    that moves, one written twice and a mention row are written."""
    from orbat.resolve.index import IndexNode, ResolutionIndex, unchanged_summaries

    rec = {"sizes": {"f|k|": 2}, "geo": [1.5, 2.0]}
    index = ResolutionIndex(nodes=[
        IndexNode("summary", "", "fact:a", "fact:a", dict(rec)),
        IndexNode("summary", "", "fact:b", "fact:b", {**rec, "sizes": {"f|k|": 3}}),
        IndexNode("entity_summary", "", "ent:m", "ent:m", {"n": 1}),
        IndexNode("entity_summary", "", "ent:d", "ent:d", {"n": 1}),
        IndexNode("entity_summary", "", "ent:d", "ent:d", {"n": 2}),
        IndexNode("fact", "d1", "f1", "fact:a", {"x": 1}),
        IndexNode("fact_tally", "", "fact:a", "fact:a", {"t": 1}),
    ])  # fmt: skip
    stored = {
        "summary": {"fact:a": rec, "fact:b": rec},
        "entity_summary": {"ent:m": {"n": 1}, "ent:d": {"n": 2}},
        "fact_tally": {},  # not read: written
    }
    same = unchanged_summaries(index, stored, moved={"ent:m"})
    assert same == {("summary", "", "fact:a")}
    assert [(n.kind, n.local_id) for n in index.nodes] == [
        ("summary", "fact:b"), ("entity_summary", "ent:m"), ("entity_summary", "ent:d"), ("entity_summary", "ent:d"),
        ("fact", "f1"), ("fact_tally", "fact:a"),
    ]  # fmt: skip


def _rewrite_all(conn, delta, replaced):
    """The index write before only changed rows were written: every row of the items
    replaced (and the id and entity-summary rows of the kept ones) deleted, the kept ones'
    rows relabelled, every row of the delta written."""
    from orbat.store.sqlite import _insert_index, _relabel_index

    kept = delta.kept
    marks = ",".join("?" * len(replaced))
    for table in ("resolution_nodes", "resolution_keys", "resolution_ids"):
        conn.execute(f"DELETE FROM {table} WHERE kb_id IN ({marks})", sorted(replaced))
    marks = ",".join("?" * len(kept))
    conn.execute(f"DELETE FROM resolution_ids WHERE kb_id IN ({marks})", sorted(kept))
    conn.execute(f"DELETE FROM resolution_nodes WHERE kind = 'entity_summary' AND kb_id IN ({marks})", sorted(kept))
    _relabel_index(conn, {old: new for old, new in kept.items() if old != new})
    _insert_index(conn, delta.index)


def test_an_update_leaves_unchanged_rows_as_stored(tmp_path, reference, monkeypatch):
    """An update whose touched entities and joined facts mostly come out as stored writes
    their summary rows only where they changed (``IndexDelta.unchanged``: those rows keep
    their rowids) and other rows only where they differ from the stored ones; it ends with
    the index and knowledge base that deleting and writing all their rows again gives."""
    from orbat.resolve import incremental
    from orbat.store import sqlite

    docs, by_id = _synthetic(200, seed=11)
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    stores = []
    for name in ("diff", "all"):
        resolver = Counting(reference)
        store = _ingest(tmp_path / f"{name}.db", docs, by_id, resolver, [docs[:190]])
        deltas = []
        original = SQLiteStore.update_knowledge

        def spy(self, *args, index=None, _deltas=deltas, _original=original, **kwargs):
            _deltas.append(index)
            return _original(self, *args, index=index, **kwargs)

        with monkeypatch.context() as m:
            m.setattr(SQLiteStore, "update_knowledge", spy)
            if name == "all":
                m.setattr(incremental, "unchanged_summaries", lambda index, stored, moved=(): set())
                m.setattr(sqlite, "_diff_index", _rewrite_all)
            rowids = dict(((k, d, loc), r) for r, k, d, loc in store.connection.execute(
                "SELECT rowid, kind, doc_id, local_id FROM resolution_nodes WHERE doc_id = ''"))  # fmt: skip
            pipeline.ingest(docs[190:], store, extractor=Given(by_id), resolver=resolver)
        assert len(resolver.updates) == 1 and len(deltas) == 1, resolver.reasons
        if name == "diff":
            unchanged = deltas[0].unchanged
            assert {k for k, _d, _loc in unchanged} >= {"entity_summary", "summary"} and len(unchanged) > 10
            now = dict(((k, d, loc), r) for r, k, d, loc in store.connection.execute(
                "SELECT rowid, kind, doc_id, local_id FROM resolution_nodes WHERE doc_id = ''"))  # fmt: skip
            assert all(now[key] == rowids[key] for key in unchanged)
        else:
            assert not deltas[0].unchanged
        stores.append(store)
    diff, rewritten = stores
    assert _export(diff) == _export(rewritten) == _export(once)
    assert _index(diff) == _index(rewritten)


def test_a_second_try_reclusters_only_the_part_taken_whole(tmp_path, reference, monkeypatch):
    """Where the first try of the entity step leaves entities undecided, the second try
    re-runs the rules only on the part of the nodes those entities reach (``_recluster``)
    and takes the rest from the first try: the same clustering as running the rules on all
    the nodes (groups, identity links, ref names), and the same knowledge base."""
    from orbat.resolve import incremental

    docs, by_id = _synthetic(300, seed=3)
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    original, cluster = incremental._recluster, incremental.cluster_nodes
    sizes: list[int] = []
    seen: list[tuple[int, int]] = []

    def counting(nodes, *args, **kwargs):
        sizes.append(len(nodes))
        return cluster(nodes, *args, **kwargs)

    def checked(store, prior, nodes, by_local, identities, links, entity_of, whole, reference):
        before = len(sizes)
        c = original(store, prior, nodes, by_local, identities, links, entity_of, whole, reference)
        full = cluster(nodes, by_local, identities, reference=reference, links=links)
        assert c is not None
        assert sorted(c.uf.groups().values()) == sorted(full.uf.groups().values())
        assert (c.identities, c.group_names, c.asserted_partners) == (
            full.identities, full.group_names, full.asserted_partners
        )  # fmt: skip
        seen.append((sizes[before], len(nodes)))
        return c

    monkeypatch.setattr(incremental, "cluster_nodes", counting)
    monkeypatch.setattr(incremental, "_recluster", checked)
    resolver = Counting(reference)
    store = _ingest(tmp_path / "b.db", docs, by_id, resolver, [docs[:200], docs[200:230], docs[230:231], docs[231:]])
    assert resolver.updates and seen
    assert all(part < total / 4 for part, total in seen), seen  # the rules re-run on a small part
    assert _export(store) == _export(once)


def test_recluster_declines_a_part_of_most_nodes(tmp_path, reference, monkeypatch):
    """A part over ``RECLUSTER_SHARE`` of the nodes: all are clustered again, same result."""
    from orbat.resolve import incremental

    monkeypatch.setattr(incremental, "RECLUSTER_SHARE", 0.0)
    returned = []
    original = incremental._recluster
    monkeypatch.setattr(incremental, "_recluster", lambda *a: returned.append(original(*a)) or returned[-1])
    docs, by_id = _synthetic(300, seed=3)
    once = _ingest(tmp_path / "once.db", docs, by_id, IncrementalResolver(reference), [docs])
    store = _ingest(tmp_path / "b.db", docs, by_id, Counting(reference), [docs[:200], docs[200:]])
    assert returned and all(c is None for c in returned)
    assert _export(store) == _export(once)


def test_synthetic_prose_tells_the_same_facts_in_sentences(reference):
    """``bench/incremental.py --extract`` reads prose bodies with the extractor: the same
    world and facts as the token bodies, each fact's quote a sentence of the body, forces
    linked to the reference as the extractor links them."""
    sys.path.insert(0, str(REPO / "bench"))
    from synth_extractions import generate

    plain = generate(30, seed=3, reference=reference)
    prose = generate(30, seed=3, reference=reference, prose=True)
    for a, b in zip(plain, prose, strict=True):
        assert [f.type for f in a.extraction.facts] == [f.type for f in b.extraction.facts]
        assert "[" not in b.document.body
        for fact in b.extraction.facts:
            (src,) = fact.sources
            assert b.document.body[src.start : src.end] == src.quote and src.quote.endswith(".")
    forces = {e.ref for d in prose for e in d.extraction.entities if e.name in ("security forces", "the army")}
    assert forces == {"force:unspecified"}


def _told_attack(body: str, published: str, time, town: str | None, target: str):
    """A document telling one attack by al-Shabaab on ``target`` (in ``town``, at ``time``:
    a ``TimeSpan`` or None), published on ``published``."""
    from orbat.model import Document, Entity, Evidence, Extraction, Fact

    doc = Document(body=body, published=published)

    def at(name: str) -> list[tuple[int, int]]:
        start = body.index(name)
        return [(start, start + len(name))]

    entities = [
        Entity(id="e1", type="organization", name="al-Shabaab", ref="al-shabaab", mentions=at("al-Shabaab")),
        Entity(id="e2", type="facility", name=target, mentions=at(target)),
    ]
    if town:
        entities.append(Entity(id="e3", type="location", name=town, mentions=at(town)))
    fact = Fact(
        id="f1", type="attack", args={"perpetrator": "e1", "target": "e2"}, time=time, location="e3" if town else None,
        attrs={"method": "bombing"}, sources=[Evidence(doc=doc.id, quote=body, start=0, end=len(body))],
    )  # fmt: skip
    return doc, Extraction(doc_id=doc.id, entities=entities, facts=[fact], extractor_version="given")


def test_pruned_candidates_merge_as_all_candidates(tmp_path, reference, monkeypatch):
    """A group told of for years (al-Shabaab: ~170 stored attacks over 2012-2021, dated,
    undated and a year wide, in two towns): new reports of its attacks - the same attack
    again, the next day, undated the day after, a month wide, a day of none - are compared
    only with the stored summaries ``events.surely_apart`` does not rule out. The update
    gives the same knowledge base and index as comparing them with every stored summary of
    their blocks, with far fewer comparisons, and joins the stored attacks it should."""
    from orbat.model import TimeSpan
    from orbat.resolve import events, incremental

    towns, targets = ("Mogadishu", "Kismayo"), ("Bakara market", "a police station")
    stored, by_id = [], {}

    def add(into, body, published, time, town, target):
        doc, x = _told_attack(body, published, time, town, target)
        into.append(doc)
        by_id[doc.id] = x

    for year in range(2012, 2022):
        for month in range(1, 13):
            day = f"{year}-{month:02d}-05"
            town, target = towns[month % 2], targets[(month // 2) % 2]
            add(stored, f"al-Shabaab attacked {target} in {town} on {day}.", day, TimeSpan(day, day), town, target)
        day = f"{year}-06-20"
        add(stored, f"al-Shabaab attacked {targets[0]}, officials said ({day}).", day, TimeSpan(None, day), None, targets[0])
        add(stored, f"al-Shabaab attacked {targets[1]} in {towns[0]} in {year}.", f"{year}-12-30",
            TimeSpan(str(year), str(year)), towns[0], targets[1])  # fmt: skip
    new: list = []
    add(new, "al-Shabaab attacked Bakara market in Kismayo on 2016-03-05, again.", "2016-03-06",
        TimeSpan("2016-03-05", "2016-03-05"), "Kismayo", "Bakara market")  # the stored attack again  # fmt: skip
    add(new, "al-Shabaab attacked Bakara market in Mogadishu on 2017-02-06.", "2017-02-06",
        TimeSpan("2017-02-06", "2017-02-06"), "Mogadishu", "Bakara market")  # the next day  # fmt: skip
    add(new, "al-Shabaab attacked a police station, police said.", "2018-04-06",
        TimeSpan(None, "2018-04-06"), None, "a police station")  # undated, the day after  # fmt: skip
    add(new, "al-Shabaab attacked a police station in Mogadishu in June 2019.", "2019-07-01",
        TimeSpan("2019-06", "2019-06"), "Mogadishu", "a police station")  # fmt: skip
    add(new, "al-Shabaab attacked Bakara market in Kismayo on 2020-09-17.", "2020-09-17",
        TimeSpan("2020-09-17", "2020-09-17"), "Kismayo", "Bakara market")  # a day of none  # fmt: skip
    add(new, "al-Shabaab attacked Bakara market, residents said.", "2021-11-30",
        TimeSpan(None, "2021-11-30"), None, "Bakara market")  # fmt: skip

    calls = []
    compare = incremental.compare

    def counted(a, b):
        calls.append(1)
        return compare(a, b)

    monkeypatch.setattr(incremental, "compare", counted)
    runs = {}
    for name, apart in (("pruned", events.surely_apart), ("all", lambda a, b: False)):
        monkeypatch.setattr(incremental, "surely_apart", apart)
        resolver = Counting(reference)
        store = _ingest(tmp_path / f"{name}.db", stored + new, by_id, resolver, [stored])
        calls.clear()
        pipeline.ingest(new, store, extractor=Given(by_id), resolver=resolver)
        assert len(resolver.updates) == 1, resolver.reasons
        runs[name] = (_export(store), _index(store), len(calls), resolver.updates[0])
    assert runs["pruned"][:2] == runs["all"][:2]
    assert runs["pruned"][2] * 2 < runs["all"][2], (runs["pruned"][2], runs["all"][2])
    assert runs["pruned"][3].facts_by_tally + runs["pruned"][3].fact_mentions_read >= 2  # stored attacks joined


def test_an_index_of_older_keys_declines_then_is_written_again(tmp_path, reference):
    """An index whose keys are of another format (before reported-week keys carried the
    perpetrator: no ``keys`` meta row) is not updated in place: the ingest resolves in
    full, which writes the index again, and the next ingest folds in place."""
    from orbat.resolve.index import KEY_FORMAT

    docs, by_id = _synthetic(60, seed=7)
    resolver = Counting(reference)
    store = _ingest(tmp_path / "s.db", docs, by_id, resolver, [docs[:50]])  # an empty store: resolved in full
    resolver.reasons.clear()
    with store.connection:
        store.connection.execute("DELETE FROM resolution_meta WHERE name = 'keys'")
    pipeline.ingest(docs[50:55], store, extractor=Given(by_id), resolver=resolver)
    assert resolver.reasons == ["the index's keys are of another format"] and not resolver.updates
    assert store.index_meta("keys") == KEY_FORMAT
    pipeline.ingest(docs[55:], store, extractor=Given(by_id), resolver=resolver)
    assert len(resolver.updates) == 1


def test_a_kept_store_is_timed_again_by_a_process_that_built_nothing(tmp_path):
    """``bench/incremental.py --keep-store`` keeps the built store; ``--store`` folds the same
    articles into a copy of it without building one: the same store, the same knowledge base
    after the fold."""
    sys.path.insert(0, str(REPO / "bench"))
    from incremental import measure

    articles = [str(REPO / "gold" / "*.gold.jsonl")]
    kept = tmp_path / "kept.db"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    built = measure(40, 3, tmp_path / "a", "forest", articles=articles, keep=kept)
    again = measure(40, 3, tmp_path / "b", "forest", articles=articles, stored=kept)
    assert built["build"] is not None and again["build"] is None
    assert again["facts"] == built["facts"] > 0
    assert (again["new_facts"], again["kb_facts"], again["declined"]) == (built["new_facts"], built["kb_facts"], None)




@pytest.mark.parametrize("many", [10**9, 0])
def test_a_perpetrator_of_many_groups_looks_up_whole_blocks_and_merges_the_same(tmp_path, reference, monkeypatch, many):
    """An attack whose perpetrator's line holds many groups looks up its reported-week blocks
    whole, for any perpetrator (``index.MANY_PERPS``; forced here with 0), instead of one key
    per group: every per-group key starts with a whole-block prefix, so what it finds is a
    superset (``surely_apart`` and ``compare`` drop the rest), and a stored attack blamed on
    the ADF and the Islamic State's claim of it are one attack of two sources either way,
    as when both are resolved at once."""
    from orbat.resolve import incremental, index

    monkeypatch.setattr(index, "MANY_PERPS", many)
    looked_up, seen = incremental.lookup_keys, []

    def lookup(s, perps):
        seen.append((s, perps))
        return looked_up(s, perps)

    monkeypatch.setattr(incremental, "lookup_keys", lookup)
    a = _told_attack("al-Shabaab bombed Bakara market in Mogadishu on 15 January.", "2023-01-15",
                     TimeSpan("2023-01-15", "2023-01-15"), "Mogadishu", "Bakara market")  # fmt: skip
    b = _told_attack("al-Shabaab bombed a crowded market (the claim, 16 January).", "2023-01-16",
                     TimeSpan("2023-01-15", "2023-01-16"), None, "a crowded market")  # fmt: skip
    _blamed_then_claimed_folds_in_place(tmp_path, reference, a, b)
    named = [(s, perps) for s, perps in seen if perps]
    assert named
    monkeypatch.setattr(index, "MANY_PERPS", 10**9)
    per_group = [looked_up(s, perps) for s, perps in named]
    monkeypatch.setattr(index, "MANY_PERPS", 0)
    whole = [looked_up(s, perps) for s, perps in named]
    for (exact, *_), (exact_whole, *_, prefixes) in zip(per_group, whole, strict=True):
        reported = [k for k in exact if index.PERP in k]
        assert reported and prefixes and not any(index.PERP in k for k in exact_whole)
        assert all(any(k.startswith(p) for p in prefixes) for k in reported)
