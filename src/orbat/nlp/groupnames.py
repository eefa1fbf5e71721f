"""``orbat_group_names``: names of armed groups the gazetteer does not know, from their shape.

Runs after ``ner``. Most armed groups the reference data lacks are named in Arabic, Urdu or
Pashto words that say "group": "Jund al-Khilafa", "Jamaat-ul-Ahrar", "Katibat Imam al
Bukhari", "Hurras al-Din", "Liwa al-Quds". The statistical NER takes many of them for people
or places. Two rules, both leaving reference-linked entities alone:

1. a run of title-case words (with the particles "al", "ul", "e", "wal", "fi", ...) that
   starts with a group word (``GROUP_HEADS``) is an ORG;
2. a run of title-case words right before "group", "movement", "militia", "faction",
   "outfit" or "organization" ("the Jund al-Khilafa group", "the Maute group") is an ORG,
   unless the NER made it a place or a nationality.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from orbat.nlp.spans import tokens_where

GROUP_HEADS = frozenset(
    """jund junud jamaat jama'at jamaah jamaa jamat jemaah jemaat harakat harakah tehreek tehrik
    tahreek lashkar hizb hezb hizbul jaish jaysh katibat katiba katibah liwa liwaa ahl jabhat jabha
    hayat hay'at hayaat tanzim majlis firqat saraya kataib kata'ib ansar ansarul ansaru hurras huras
    tawhid mujahideen mujahidin""".split()
)
PARTICLES = frozenset("al el ul ud ur e i wal wa fi fil bil ard bilad ash as ad ar at az an".split())
GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "outfit", "organization", "organisation"})
# the nouns after a name that make it an armed group's ("the Maute group", not "the Fatah movement")
ARMED_GROUP_NOUNS = frozenset({"group", "militia", "faction", "outfit"})
# title-case heads that end a group's name and belong to it ("the Signed-in-Blood Battalion")
NAME_HEADS = frozenset({"Battalion", "Brigade", "Brigades", "Front", "Movement", "Army", "Group", "Organization",
                        "Organisation", "Council", "Battalions", "Mujahideen", "Legion", "Corps"})
KEEP_LABELS = frozenset({"GPE", "LOC", "NORP", "DATE", "CARDINAL", "FORCE"})
MAX_WORDS = 7


def _word(tok) -> bool:
    doc = tok.doc
    hyphened = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "-" and doc[tok.i + 1].text == "-"
    return (
        tok.is_title
        or tok.lower_ in PARTICLES
        or tok.text in {"-", "'"}
        or (tok.is_upper and len(tok) > 1)
        or (hyphened and tok.is_alpha)  # "Signed-in-Blood"
    )


def _run_from(doc: Doc, start: int) -> int:
    """End (exclusive) of the name run starting at ``start``; never ends on a particle or hyphen."""
    end = start + 1
    while end < len(doc) and end - start < MAX_WORDS and _word(doc[end]) and not doc[end].is_sent_start:
        end += 1
    while end > start + 1 and (doc[end - 1].lower_ in PARTICLES or doc[end - 1].text in {"-", "'"}):
        end -= 1
    return end


class GroupNames:
    def __init__(self, nlp: Language, name: str = "orbat_group_names"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        linked = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)}
        found = [*_headed_by_group_word(doc, linked), *_before_group_noun(doc, linked), *_hyphenated(doc, linked)]
        if not found:
            return doc
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found) or e.ent_id_]
        doc.ents = filter_spans([*keep, *(f for f in found if not any(f.start < k.end and k.start < f.end for k in keep))])
        return doc


def is_group_head(tok) -> bool:
    """A word that says "group" and opens a group's name ("Jund", "Katibat", "Jama'at")."""
    return tok.lower_.replace("-", "") in GROUP_HEADS


def _run_back(doc: Doc, end: int, skip: set[str]) -> int:
    """Start of the name run that ends right before token ``end``; leading ``skip`` words dropped."""
    start = end
    while start > doc[end].sent.start and end - start < MAX_WORDS and _word(doc[start - 1]):
        start -= 1
    while start < end and doc[start].lower_ in skip:
        start += 1
    return start


def _headed_by_group_word(doc: Doc, linked: set[int]) -> list[Span]:
    """Rule 1: "Jund al-Khilafa", "Katibat Imam al Bukhari"."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.is_title and is_group_head(tok) and i not in linked:
            end = _run_from(doc, i)
            if end - i >= 2 and not any(j in linked for j in range(i, end)):
                found.append(Span(doc, i, end, label="ORG"))
                i = end
                continue
        i += 1
    return found


def _before_group_noun(doc: Doc, linked: set[int]) -> list[Span]:
    """Rule 2: "the Jund al-Khilafa group", "the Maute group"."""
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ not in GROUP_NOUNS or tok.i == 0 or not doc[tok.i - 1].is_title:
            continue
        start = _run_back(doc, tok.i, PARTICLES | {"the"})
        if start >= tok.i or any(j in linked for j in range(start, tok.i)):
            continue
        if any(e.label_ in KEEP_LABELS for e in doc.ents if e.start < tok.i and e.end > start):
            continue
        found.append(Span(doc, start, tok.i, label="ORG"))
    return found


def _hyphenated(doc: Doc, linked: set[int]) -> list[Span]:
    """Names the NER breaks at their hyphens, ending in a head word ("the Signed-in-Blood
    Battalion"), where no entity covers them yet."""
    found: list[Span] = []
    for tok in tokens_where(doc, orth=NAME_HEADS):
        if tok.i == 0 or not _word(doc[tok.i - 1]) or tok.i in linked:
            continue
        start = _run_back(doc, tok.i, PARTICLES | {"-", "'"})
        if start >= tok.i or any(j in linked for j in range(start, tok.i + 1)):
            continue
        if any(e.label_ in KEEP_LABELS | {"ORG", "PERSON"} and e.start <= start and e.end >= tok.i + 1 for e in doc.ents):
            continue  # already one entity
        if any(t.text == "-" for t in doc[start : tok.i]):
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found


@Language.factory("orbat_group_names")
def make_group_names(nlp: Language, name: str) -> GroupNames:
    return GroupNames(nlp, name)
