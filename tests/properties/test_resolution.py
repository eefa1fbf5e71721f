"""Resolution does not depend on order: the same extractions in any order (and the
entities and facts inside each in any order) give the same knowledge base."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def canonical(kb) -> tuple[list[str], list[str]]:
    dump = lambda item: json.dumps(item.to_json(), sort_keys=True)  # noqa: E731
    return sorted(map(dump, kb.entities)), sorted(map(dump, kb.facts))


@SETTINGS
@given(st.data())
def test_the_same_extractions_in_any_order_give_the_same_knowledge_base(examples, resolver, data):
    extractions = [x for _, x in examples]
    chosen = data.draw(st.lists(st.sampled_from(range(len(extractions))), min_size=1, unique=True), label="docs")
    order = data.draw(st.permutations(chosen), label="order")
    expected = canonical(resolver([extractions[i] for i in sorted(chosen)], []))
    assert canonical(resolver([extractions[i] for i in order], [])) == expected


@SETTINGS
@given(st.data())
def test_the_order_inside_an_extraction_does_not_matter(examples, resolver, data):
    extractions = [x for _, x in examples]
    shuffled = [
        replace(
            x,
            entities=data.draw(st.permutations(x.entities), label=f"entities of {x.doc_id}"),
            facts=data.draw(st.permutations(x.facts), label=f"facts of {x.doc_id}"),
        )
        for x in extractions
    ]
    assert canonical(resolver(shuffled, [])) == canonical(resolver(extractions, []))
