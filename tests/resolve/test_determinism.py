"""Resolution is pure: any input order gives the identical knowledge base, ids included."""

from __future__ import annotations

import json
import random
import re

from resolve_builders import DAGESTAN, MAGARAMKENT, DocBuilder, lead, raid

from orbat.model import Curation, Extraction
from orbat.resolve import resolve


def corpus() -> list[Extraction]:
    d = DocBuilder("doc:id")
    a = d.ent("Abu Usman Gimrinsky")
    b = d.ent("Magomed Suleimanov")
    d.fact("identity", {"a": a, "b": b})
    q = d.ent("Abu Muhammad al Qadari")
    r = d.ent("Rustam Asilderov")
    d.fact("identity", {"a": q, "b": r}, modality="hedged", confidence=0.6)
    return [
        d.build(),
        lead("doc:l1", "Abu Bakr al-Baghdadi", "ISIS"),
        lead("doc:l2", "Baghdadi", "Islamic State"),
        lead("doc:l3", "Abu Muhammad al Adnani", "IS", role="spokesman"),
        lead("doc:l4", "Abu Muhammad al-Qadarī", "Caucasus Province", role="wali"),
        lead("doc:l5", "Gimrinsky", "ICE", role="emir"),
        raid("doc:r1", killed=(3, 3), with_claim=True),
        raid("doc:r2", time=("2015-08-11", "2015-08-11"), place=("Dagestan", DAGESTAN), killed=(4, 5)),
        raid(
            "doc:r3", time=("2015-08-11", "2015-08-11"), perpetrator=None, place=("Magharamkent", MAGARAMKENT)
        ),
        raid("doc:r4", modality="denied"),
    ]


def dump(kb) -> str:
    return json.dumps(
        {"entities": [e.to_json() for e in kb.entities], "facts": [f.to_json() for f in kb.facts]},
        sort_keys=False,
    )


def shuffled(extractions: list[Extraction], seed: int) -> list[Extraction]:
    rng = random.Random(seed)
    out = []
    for ext in extractions:
        ents, facts = list(ext.entities), list(ext.facts)
        rng.shuffle(ents)
        rng.shuffle(facts)
        out.append(Extraction(ext.doc_id, ents, facts, ext.extractor_version))
    rng.shuffle(out)
    return out


def test_shuffled_inputs_give_an_identical_knowledge_base(reference):
    curations = [
        Curation("entity.rename", "Abu Bakr al-Baghdadi", {"name": "Ibrahim Awad al-Badri"}, id=2),
        Curation("entity.merge", "Abu Muhammad al-Qadarī", {"other": "Rustam Asilderov"}, id=1),
    ]
    expected = dump(resolve(corpus(), curations, reference=reference))
    for seed in range(5):
        assert (
            dump(resolve(shuffled(corpus(), seed), list(reversed(curations)), reference=reference))
            == expected
        )


def test_ids_are_content_hashes_sorted_and_unique(reference):
    kb = resolve(corpus(), reference=reference)
    ent_ids = [e.id for e in kb.entities]
    fact_ids = [f.id for f in kb.facts]
    assert ent_ids == sorted(ent_ids) and len(set(ent_ids)) == len(ent_ids)
    assert fact_ids == sorted(fact_ids) and len(set(fact_ids)) == len(fact_ids)
    assert all(re.fullmatch(r"ent:[0-9a-f]{16}", i) for i in ent_ids)
    assert all(re.fullmatch(r"fact:[0-9a-f]{16}", i) for i in fact_ids)
    known = set(ent_ids) | set(fact_ids)
    for fact in kb.facts:
        for value in [*fact.args.values(), fact.location]:
            if value and value.startswith(("ent:", "fact:")):
                assert value in known


def test_ids_do_not_depend_on_unrelated_documents(reference):
    small = resolve(corpus()[:3], reference=reference)
    large = resolve(corpus(), reference=reference)
    baghdadi = next(e for e in small.entities if e.name == "Abu Bakr al-Baghdadi")
    assert baghdadi.id in {e.id for e in large.entities}
