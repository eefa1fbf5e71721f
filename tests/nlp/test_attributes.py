"""``orbat_attributes``: the model's attribute ruler read by table look-up gives exactly what
the model's own ruler gives (tags, parts of speech, morphology, lemmas, dependencies)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from orbat.nlp.attributes import FastAttributeRuler, compile_rules
from orbat.nlp.pipeline import DEFAULT_MODEL
from orbat.readers import expand_inputs, read_inputs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SENTENCES = [
    "It's the group's fifth leader; they're said to have 've been there, but it isn't clear.",
    "There were gon na be more attacks, y'all said, and I don't know if you got it.",
    "Let's see whether the militants, who did it, have left: do they have the town?",
    "Which of these did the ministry say that it would not confirm?",
]


@pytest.fixture(scope="module")
def pipelines():
    plain = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    component = fast.add_pipe("orbat_attributes", after="attribute_ruler")
    component.adopt(fast.remove_pipe("attribute_ruler")[1])
    return plain, fast, component


def test_every_pattern_of_the_model_is_read(pipelines):
    _, fast, component = pipelines
    assert component.rules is not None and len(component.rules) >= len(component.ruler.patterns)
    assert "attribute_ruler" not in fast.pipe_names


def test_same_annotations_as_the_model_s_ruler(pipelines):
    plain, fast, _ = pipelines
    texts = SENTENCES + [d.body for d in read_inputs(expand_inputs([str(EXAMPLES)])) if hasattr(d, "body")]
    columns = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    compared = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        differing = [(t.text, t.pos_, u.pos_, str(t.morph), str(u.morph), t.lemma_, u.lemma_)
                     for t, u in zip(a, b, strict=True) if (a.to_array(columns)[t.i] != b.to_array(columns)[t.i]).any()]  # fmt: skip
        assert differing == []
        compared += len(a)
    assert compared > 5000


def test_a_pattern_beyond_the_reading_keeps_the_model_s_ruler():
    assert (
        compile_rules([{"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {"POS": "X"}, "index": 0}])
        is None
    )
    assert compile_rules([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "X"}, "index": 0}]) is None

    class Ruler:
        patterns = [{"patterns": [[{"TEXT": {"FUZZY": "x"}}]], "attrs": {}, "index": 0}]
        called = 0

        def __call__(self, doc):
            Ruler.called += 1
            return doc

    component = FastAttributeRuler(None)
    component.adopt(Ruler())
    nlp = spacy.blank("en")
    component(nlp("a test"))
    assert component.rules is None and Ruler.called == 1
