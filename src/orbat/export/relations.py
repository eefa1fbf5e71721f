"""Which facts are relations between two entities, and the lowercase-hyphenated label
each gets (STIX relationship types, GraphML edge labels): one table for both formats."""

from __future__ import annotations

from orbat.model import Fact

# fact type -> [(source arg, target arg, label)]
RELATIONS: dict[str, list[tuple[str, str, str]]] = {
    "leadership": [("person", "organization", "leads")],
    "membership": [("person", "organization", "member-of")],
    "pledge": [("pledger", "recipient", "pledged-allegiance-to")],
    "branch": [("organization", "parent", "branch-of")],
    "alliance": [("a", "b", "allied-with")],
    "succession": [("successor", "predecessor", "succeeded")],
    "defection": [("member", "from", "defected-from"), ("member", "to", "defected-to")],
    "identity": [("a", "b", "same-as")],
    "death": [("killer", "person", "killed")],
    "capture": [("captor", "person", "captured")],
    "statement": [("speaker", "organization", "spoke-for")],
    "attack": [("perpetrator", "target", "attacked")],
    "claim": [("claimant", "attack", "claimed-attack-on")],
}
# alliance kind -> label: a rival is no ally.
ALLIANCE_LABELS = {"ally": "allied-with", "affiliate": "affiliated-with", "linked": "linked-to",
                   "rival": "rival-of"}  # fmt: skip


def relation_ends(fact: Fact) -> list[tuple[str, str, str]]:
    """(source arg, target arg, label) of each relation a fact states, its label fitted to
    the fact (an alliance's kind; a hedged identity is ``possibly-same-as``)."""
    out = []
    for src, dst, label in RELATIONS.get(fact.type, []):
        if fact.type == "alliance":
            label = ALLIANCE_LABELS.get(str(fact.attrs.get("kind")), label)
        elif fact.type == "identity" and fact.modality != "asserted":
            label = "possibly-same-as"
        out.append((src, dst, label))
    return out
