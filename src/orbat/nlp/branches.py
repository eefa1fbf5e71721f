"""``orbat_branches``: link "<parent>'s <region> province|branch|arm" to the branch itself.

Runs after the entity ruler (which has tagged the parent, e.g. "Islamic State" with
``ent_id_`` "islamic-state") and before ``ner``. A group in the gazetteer with a parent and
``short_names`` is found in these shapes, each becoming one ``ORG`` entity with the
branch's id ("is-caucasus"):

    Islamic State's Caucasus 'province'        owner 's [so-called] [quote] SHORT [quote] UNIT
    the Islamic State's so-called "province" in the Caucasus region
                                               owner 's [so-called] [quote] UNIT [quote] in [the] SHORT [region]
    Caucasus province of the Islamic State     SHORT [quote] UNIT [quote] of [the] owner
    its Caucasus branch                        (the owner is the sentence's last linked group)
    ISIS in Somalia                            owner in [the] SHORT (a branch outside the
                                               parent's own countries; not "... in Iraq and Syria")

A few generic token patterns find candidates, in the sentences that hold a unit word; the
SHORT words are then looked up with the owner's id, so the cost does not grow with the
gazetteer. A closing quote right after a span
that opened one is taken in.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from orbat.nlp.spans import described_by, merge_ents, tokens_where
from orbat.reference import Reference
from orbat.text import normalize_name

UNITS = (
    "province", "wilayat", "wilayah", "vilayat", "branch", "arm", "affiliate", "franchise", "wing",
    "chapter", "division", "offshoot", "faction", "emirate",
)  # fmt: skip
LABEL = "ORG"
MAX_SHORT = 4  # tokens in a short name ("Salah al-Din")

_QUOTE = {"IS_QUOTE": True, "OP": "?"}
_UNIT_WORDS = frozenset(UNITS)
_UNIT = {"LOWER": {"IN": list(UNITS)}}
_POSSESSIVE = {"NORM": "'s"}
_SO_CALLED = [{"LOWER": "so", "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "called", "OP": "?"}]
_IN_THE = [{"LOWER": "in"}, {"LOWER": "the", "OP": "?"}]
_OF_THE = [{"LOWER": "of"}, {"LOWER": "the", "OP": "?"}]
_REGION = {"LOWER": "region", "OP": "?"}


_NOT_SHORT = [*UNITS, "'s", "\u2019s", "in", "of", "its", "the", "so", "called", "region"]


def _short() -> dict:
    """Candidate short-name words; the words are looked up in the gazetteer afterwards."""
    return {"IS_QUOTE": False, "IS_SPACE": False, "LOWER": {"NOT_IN": _NOT_SHORT}, "OP": f"{{1,{MAX_SHORT}}}"}


def _owner(parents: list[str]) -> dict:
    return {"ENT_ID": {"IN": parents}, "OP": "+"}


class BranchLinker:
    """Finds "<parent>'s <short name> <unit>" and links it to the branch's group id."""

    def __init__(self, nlp: Language, name: str = "orbat_branches"):
        self.name = name
        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab)
        self.branches: dict[tuple[str, str], str] = {}  # (parent id, normalised short name) -> group id
        self.abroad: set[str] = set()  # branches outside the parent's own countries ("in Somalia")

    def add_reference(self, reference: Reference) -> None:
        home = {g.id: set(g.countries) for g in reference.groups}
        for group in reference.groups:
            if group.parent:
                for short in group.short_names:
                    self.branches[(group.parent, normalize_name(short))] = group.id
                if group.countries and not set(group.countries) & home.get(group.parent, set()):
                    self.abroad.add(group.id)
        parents = sorted({parent for parent, _ in self.branches})
        if not parents:
            return
        owner, short = _owner(parents), _short()
        self.matcher.add("possessive", [[owner, _POSSESSIVE, *_SO_CALLED, _QUOTE, short, _QUOTE, _UNIT]])
        self.matcher.add(
            "possessive_in",
            [[owner, _POSSESSIVE, *_SO_CALLED, _QUOTE, _UNIT, _QUOTE, *_IN_THE, short, _REGION]],
        )
        self.matcher.add("of_owner", [[short, _QUOTE, _UNIT, _QUOTE, *_OF_THE, owner]])
        self.matcher.add("pronoun", [[{"LOWER": "its"}, _QUOTE, short, _QUOTE, _UNIT]])

    def __len__(self) -> int:
        return len(self.branches)

    def __call__(self, doc: Doc) -> Doc:
        if not self.branches:
            return doc
        spans = []
        for match_id, start, end, align in self._matches(doc):
            shape = self.nlp.vocab.strings[match_id]
            short_at = 0 if shape == "of_owner" else _short_index(shape)
            words = [doc[start + i] for i, p in enumerate(align) if p == short_at]
            if not words or words[0].is_punct or words[-1].is_punct:
                continue
            key = normalize_name(" ".join(t.text for t in words))
            if shape == "pronoun":
                owner = _nearest_group_before(doc, start)
                first = words[0].i
                if doc[first - 1].is_quote and first - 1 > start:
                    first -= 1
                span_start = first
            elif shape == "of_owner":
                owner = doc[end - 1].ent_id_
                span_start = start
            else:
                owner = doc[start].ent_id_
                span_start = start
            group_id = self.branches.get((owner or "", key))
            if group_id is not None and not _describes_another(doc[span_start:end], group_id):
                spans.append(_span(doc, span_start, end, group_id))
        spans += self._owner_in(doc)
        merge_ents(doc, spans, override=True)
        return doc

    def _owner_in(self, doc: Doc) -> list[Span]:
        """ "ISIS in Somalia", "the Islamic State in Mozambique": the parent's branch in a
        country outside its own (not "the Islamic State in Iraq and Syria", its own name,
        nor "IS in Syria", its home)."""
        spans = []
        for ent in doc.ents:
            if not ent.ent_id_ or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
                continue
            at = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
            for size in range(MAX_SHORT, 0, -1):
                words = doc[at : at + size]
                if len(words) < size or any(t.is_punct for t in words):
                    continue
                if at + size < len(doc) and doc[at + size].lower_ in {"and", "&"}:
                    continue  # "in Iraq and Syria", "in Iraq and the Levant": a name of its own
                group_id = self.branches.get((ent.ent_id_, normalize_name(words.text)))
                if group_id in self.abroad:
                    spans.append(Span(doc, ent.start, at + size, label=LABEL, span_id=group_id))
                    break
        return spans

    def _matches(self, doc: Doc):
        """The matcher's matches (doc offsets), run only on the sentences that hold a unit
        word: every shape has one, and the short-name slot would otherwise be tried at
        every token of the document."""
        whole = None if doc.has_annotation("SENT_START") else doc[:]
        units = {tok.sent if whole is None else whole for tok in tokens_where(doc, lower=_UNIT_WORDS)}
        for region in sorted(units, key=lambda span: span.start):
            for match_id, start, end, align in self.matcher(region, with_alignments=True):
                yield match_id, region.start + start, region.start + end, align


def _short_index(shape: str) -> int:
    """The index of the short-name token in each pattern shape."""
    so_called = len(_SO_CALLED)
    if shape == "possessive":  # owner 's so - called Q SHORT
        return 2 + so_called + 1
    if shape == "possessive_in":  # owner 's so - called Q UNIT Q in the SHORT
        return 2 + so_called + 3 + len(_IN_THE)
    return 2  # pronoun: its Q SHORT


def _span(doc: Doc, start: int, end: int, group_id: str) -> Span:
    quotes = sum(1 for tok in doc[start:end] if tok.is_quote)
    if quotes % 2 and end < len(doc) and doc[end].is_quote:
        end += 1
    return Span(doc, start, end, label=LABEL, span_id=group_id)


def _describes_another(span: Span, group_id: str) -> bool:
    """ "Hurras al-Din is al-Qaeda's affiliate in Syria", "Hurras al-Din, al-Qaeda's affiliate
    in Syria": the phrase describes another named group (the copula's subject, the name it is
    in apposition to), not the branch the gazetteer files under that region."""
    unit = next((t for t in span if t.lower_ in _UNIT_WORDS), None)
    if unit is None:
        return False
    named = described_by(unit)
    if any(t.ent_id_ and t.ent_id_ != group_id for n in named for t in n.subtree if t.i < span.start):
        return True
    # "al-Qaeda's Syrian affiliate, Hurras al-Din": the name set after it, in apposition
    after = [c for c in unit.children if c.dep_ == "appos" and c.i >= span.end]
    return any(t.ent_type_ == "ORG" and t.ent_id_ != group_id for a in after for t in a.subtree)


def _nearest_group_before(doc: Doc, i: int) -> str | None:
    """The ent_id of the last linked ORG entity before token ``i`` in its sentence."""
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for ent in reversed(doc.ents):
        if ent.end <= i and ent.start >= sent_start and ent.label_ == LABEL and ent.ent_id_:
            return ent.ent_id_
    return None


@Language.factory("orbat_branches")
def make_branch_linker(nlp: Language, name: str) -> BranchLinker:
    return BranchLinker(nlp, name)
