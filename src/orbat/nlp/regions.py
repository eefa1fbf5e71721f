"""``orbat_regions``: region names the NER took for organisations become places.

"the mujahideen in the Caucasus" gives an ORG "Caucasus" from the statistical NER. The
gazetteer knows the regions its groups are named after (``short_names``: Caucasus, Sahel,
Khorasan, Sinai, ...): an unlinked ORG entity that is exactly one of them becomes LOC (GPE
for a country name). Entities the ruler linked to a group are never touched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from orbat.reference import Reference
from orbat.text import normalize_name


def _key(text: str) -> str:
    key = normalize_name(text)
    return key[4:] if key.startswith("the ") else key


class RegionNames:
    def __init__(self, nlp: Language, name: str = "orbat_regions"):
        self.name = name
        self.regions: set[str] = set()
        self.countries: set[str] = set()

    def add_reference(self, reference: Reference) -> None:
        demonyms = {normalize_name(d) for ds in reference.force_vocabulary.demonyms.values() for d in ds}
        self.countries = {
            normalize_name(n) for ns in reference.force_vocabulary.country_names.values() for n in ns
        }
        for group in reference.groups:
            for short in group.short_names:
                key = _key(short)
                if key not in demonyms:
                    self.regions.add(key)
        self.regions |= self.countries

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        for n, ent in enumerate(ents):
            if ent.label_ == "ORG" and not ent.ent_id_ and _key(ent.text) in self.regions:
                label = "GPE" if _key(ent.text) in self.countries else "LOC"
                ents[n] = Span(doc, ent.start, ent.end, label=label)
                changed = True
        if changed:
            doc.ents = ents
        return doc


@Language.factory("orbat_regions")
def make_region_names(nlp: Language, name: str) -> RegionNames:
    return RegionNames(nlp, name)
