"""Entities and in-document coreference.

Step one of extraction: every named mention (spaCy entities, reference-linked
groups from the entity ruler, "<nationality> forces", acronyms introduced as
"Name (ACR)", regional sub-units "IS's Caucasus province") becomes a doc-local
entity. Later short forms ("Adnani", "Kebekov", "ICE") join the entity whose
fuller name was introduced earlier. ``resolve_token`` is the coreference the
fact rules use: a token -> the entity it refers to (names, appositions,
pronouns, "the group").
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from orbat.dates import MONTHS, WEEKDAYS
from orbat.facts.lexicon import (
    BRANCH_WORDS,
    CAPTURE_VERBS,
    FORCE_HEADS,
    GROUP_ANAPHORS,
    KILL_VERBS,
    PEOPLE_HEADS,
    ROLE_WORDS,
    SAY_VERBS,
)
from orbat.facts.resources import Resources
from orbat.facts.state import COURTESY_TITLES, Branch, DocState, EntityDraft, name_key
from orbat.facts.syntax import prep_objects, secretary_general, sentences_back
from orbat.nlp.groupnames import ARMED_GROUP_NOUNS, is_group_head
from orbat.nlp.persons import DEMONYMS, TITLE_ROLES, in_credit
from orbat.nlp.spans import described_by

LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "facility",
}
PLACE_SUFFIXES = {"village", "town", "city", "district", "settlement", "area"}
MALE = {"he", "him", "his", "himself"}
NEUTER = {"it", "its", "they", "their", "them", "itself"}
RELATIVE = {"who", "whom", "which", "that", "whose"}
# words that open a person's name ("Mufti Noor Wali Mehsud" is no organization)
HONORIFICS = {
    "abu",
    "umm",
    "mullah",
    "mufti",
    "sheikh",
    "shaykh",
    "maulana",
    "mawlawi",
    "hafiz",
    "qari",
    "emir",
    "imam",
}
# words between a nationality and "forces": "Russian security forces", "US special operations forces"
FORCE_MODIFIERS = {
    "security",
    "special",
    "federal",
    "armed",
    "government",
    "operations",
    "elite",
    "counterterrorism",
}
FIGHTERS = {
    "fighter",
    "militant",
    "soldier",
    "gunman",
    "jihadist",
    "member",
    "insurgent",
    "loyalist",
    "mujahideen",
    "operative",
    "rebel",
    "guerrilla",
    "extremist",
    "terrorist",
}


# --------------------------------------------------------------------------- building


# words that introduce another name of the same person ("X aka Y", "X, Alias Y"); the NER
# sometimes takes a capitalised one into the name that follows
ALIAS_WORDS = {"aka", "a.k.a.", "a.k.a", "alias"}


def build(state: DocState, res: Resources) -> None:
    for ent in state.sdoc.ents:
        _add_named(state, res, ent)
    _untagged_names(state)
    _acronyms(state)
    _forces(state, res)
    _short_forms(state)
    _branches(state, res)
    _national_affiliates(state, res)
    _capitals(state, res)
    _places_named_after_place_nouns(state, res)
    _geocode(state, res)
    _untagged_towns(state, res)
    _misspelt_places(state)
    _people_listed(state)
    _described_as_men(state)
    state.title_groups = title_groups(state.document.title or "", res)


# what may describe a group that the headline names ("the militant group", "the jihadist outfit")
ARMED_GROUP_WORDS = frozenset(
    {"militant", "jihadist", "jihadi", "armed", "terrorist", "terror", "extremist", "islamist", "insurgent",
     "rebel", "outlawed", "banned", "radical", "islamic", "local"}
)


def title_groups(title: str, res: Resources) -> list[Any]:
    """The reference groups a headline names, longest names first and each once: "Maute
    group pledges allegiance to IS" -> [Maute Group, Islamic State]."""
    words = re.findall(r"[\w'’-]+", title)[:40]
    found: list[Any] = []
    taken: set[int] = set()
    for size in range(min(6, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            if taken & set(range(i, i + size)):
                continue
            group = res.group(" ".join(words[i : i + size]))
            if group is not None and group.id not in {g.id for g in found}:
                found.append(group)
                taken |= set(range(i, i + size))
    return found


def title_group(state: DocState) -> int | None:
    """The armed group the headline names first, as an entity of the document (added, with
    no mention in the body, when the body never names it): what "the group" means when the
    body opens without naming it."""
    if not state.title_groups:
        return None
    return group_entity(state, state.title_groups[0])


def group_entity(state: DocState, group: Any) -> int:
    """The document's entity for a reference group, added with no mention when the body never
    names it ("the Yemen affiliate" of a story that never writes "al-Qaeda")."""
    table = state.entities
    key = table.by_ref(group.id)
    if key is None:
        key = table.add(
            "organization", group.name, None, ref=group.id, armed=True, canonical=group.name, kind=group.kind
        )
    return table.root(key)


# words that make a name a group's or a place's, whatever its neighbours in a list
NOT_PERSONAL = {"group", "front", "movement", "army", "brigade", "battalion", "state", "party", "council",
                "organization", "organisation", "network", "jamaat", "jamaah", "tehreek", "lashkar",
                "harakat", "hizb", "ansar", "jabhat", "katibat", "al-qaeda", "province", "city", "district"}  # fmt: skip


def _people_listed(state: DocState) -> None:
    """ "Alisher Kasimov, Lutfullo Nazrimada and Mukhammad Sharipzoda were detained": a name
    listed (joined by "and" or set beside) with people's names is a person's, though the
    NER took it for a group or a place - unless the reference data or the gazetteer know
    it, or a word in it says group or place."""
    table = state.entities
    for tok in state.tokens:
        if tok.dep_ not in {"conj", "appos"}:
            continue
        key, other = table.at(tok), table.at(tok.head)
        if key is None or other is None or key == other:
            continue
        pair = [table.get(key), table.get(other)]
        loose = [d for d in pair if d.type != "person"]
        if len(loose) != 1 or not any(d.type == "person" for d in pair):
            continue
        d = loose[0]
        if d.type not in {"organization", "location"} or d.ref or d.geo or d.force or d.parent is not None:
            continue
        words = [w for n in d.names for w in n.lower().split()]
        if len(d.mentions) != 1 or not 2 <= len(words) <= 4 or any(w in NOT_PERSONAL for w in words):
            continue
        d.type = "person"


# what an apposition calls a man: "X, a senior Jemaah Islamiyah figure", "X, head of JNIM in Burkina"
MAN_DESCRIPTORS = frozenset({"figure", "commander", "leader", "member", "militant", "fighter", "cleric", "preacher",
                             "operative", "spokesman", "chief", "emir", "deputy", "lieutenant", "jihadist", "ideologue",
                             "head"})  # fmt: skip


def _described_as_men(state: DocState) -> None:
    """ "Ousmane Dicko, head of JNIM in Burkina, appeared in a video": a name the NER took for a
    group's that an apposition describes as a man is a man's - unless the reference data or
    the gazetteer know it, or a word in it says group."""
    table = state.entities
    for tok in state.tokens:
        if tok.dep_ != "appos" or tok.tag_ != "NN" or tok.lemma_.lower() not in MAN_DESCRIPTORS or tok.head.i >= tok.i:
            continue
        key = table.at(tok.head)
        if key is None or table.at(tok) is not None:
            continue
        d = table.get(key)
        if d.type != "organization" or d.ref or d.geo or d.force or d.parent is not None:
            continue
        words = [w for n in d.names for w in n.lower().split()]
        if len(d.mentions) != 1 or not 1 <= len(words) <= 4 or any(w in NOT_PERSONAL for w in words):
            continue
        d.type = "person"
        first = tok.head.left_edge
        if first.i < tok.head.i and all(t.pos_ == "PROPN" and t.is_title for t in state.sdoc[first.i : tok.head.i + 1]):
            # ("Ousmane Dicko" tagged only as far as "Dicko"): the whole name as written
            full = state.sdoc[first.i : tok.head.i + 1].text
            if full not in d.names:
                d.names.append(full)


def _with_nisba(span: Span) -> Span:
    """ "Abu Khitab al-Sana'ani" tagged only as far as "Abu Khitab": the nisba ("al-" and a
    capitalised word) written right after a name belongs to it."""
    doc, end = span.doc, span.end
    if (
        end + 2 < len(doc)
        and doc[end].lower_ in {"al", "el"}
        and doc[end + 1].text == "-"
        and doc[end + 2].text[:1].isupper()  # ("Sana'ani" is no title case to Python)
        and not doc[end + 2].ent_type_
    ):
        return doc[span.start : end + 3]
    return span


def clean_span(span: Span) -> Span | None:
    """A mention without a leading article/quote or a trailing possessive/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"} | ALIAS_WORDS or doc[start].is_punct or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in {"'s", "’s", "'"}
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _shared_surname(span: Span) -> tuple[tuple[tuple[int, int], str], tuple[tuple[int, int], str]] | None:
    """ "Amichon and Dilovar Islomov", "Omar and Abdullah Maute": one given name, "and", a given
    name and the family name they share -> the two names, each with its own tokens."""
    words = [t for t in span]
    ands = [i for i, t in enumerate(words) if t.lower_ == "and"]
    if len(ands) != 1 or ands[0] != 1 or len(words) < 4:
        return None
    if not all(t.is_title and t.is_alpha for i, t in enumerate(words) if i != 1):
        return None
    last = words[-1].text
    surname = last.removesuffix("s") if last.endswith(("ovs", "evs")) else last  # "Islomovs": the family
    first = ((span.start, span.start + 1), f"{words[0].text} {surname}")
    second = ((span.start + 2, span.end), " ".join([*(t.text for t in words[2:-1]), surname]))
    return first, second


def _extend_person(span: Span) -> Span:
    """Take in names the NER left out: "Rustam" before "Asilderov", "Ghaly" after "Iyad Ag"."""
    doc, start = span.doc, span.start
    while (
        start > span.sent.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].is_title
        and doc[start - 1].ent_type_ in {"", "PERSON"}
        and doc[start - 1].lower_ not in DEMONYMS  # "Algerian Abu Obaida": a nationality
        and doc[start - 1].lower_ not in ALIAS_WORDS  # "X, Aka Y": the marker, not a given name
        and not secretary_general(doc[start - 1])  # a post
        and doc[start - 1].lower_ not in TITLE_ROLES  # "Mohmand Chief Omar Khalid Khorasani": his post
    ):
        start -= 1
    end = span.end
    while (
        end + 1 < span.sent.end
        and doc[end].text == "-"
        and doc[end - 1].lower_ in {"al", "el", "ul", "ad", "ud", "ar", "as", "ash", "bin", "ibn"}
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].is_title
        and doc[end + 1].ent_type_ in {"", "PERSON"}
    ):
        end += 2  # "Abu Al" + "-Ezz": the NER stopped at the hyphen of a name's particle
    while (
        end < span.sent.end
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i >= end  # "Iyad Ag Ghaly": the NER stopped before the head
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ in {"", "PERSON"}
        and doc[end].lower_ not in NOT_PERSONAL
        and doc[end].lower_ not in DEMONYMS
    ):
        end += 1
    return doc[start:end]


def _add_named(state: DocState, res: Resources, ent: Span) -> None:
    table = state.entities
    span = clean_span(ent)
    if span is not None and ent.label_ == "PERSON":
        span = _with_nisba(span)
    if span is None or any(table.at(t) is not None for t in span):
        return
    text = span.text
    label = ent.label_
    ent_id = ent.ent_id_
    if ent_id:
        _add_linked(state, res, span, ent_id)
        return
    if label not in LABEL_TYPES or not any(t.is_title or t.is_upper for t in span):
        return  # "nom de guerre" tagged PERSON
    if label in {"GPE", "LOC", "FAC"} and _a_day(span):
        return  # "during a Palm Sunday mass": a day, not a place
    if label in {"GPE", "LOC"} and len(span) == 1 and span[0].lower_.removesuffix("s") in DEMONYMS:
        return  # "Kenyans, Americans, a Briton": people of a country, not a place
    unit_named = len(span) > 1 and span[-1].lower_ in UNIT_NAME_ENDS
    if label == "PERSON" and unit_named:
        label = "ORG"  # "the Imam Shamil Battalion", "the Abdullah Azzam Brigades": a unit, not a man
    # a name the NER took for a man's but that opens with a group word ("the Hizb-ul
    # Mujahideen") is looked up among the groups as well
    group = res.group(text) if label != "PERSON" or text.lower().startswith("al ") or is_group_head(span[0]) else None
    if group is not None:
        _add_linked(state, res, span, group.id)
        return
    words = name_key(text).split()
    if (
        label == "PERSON"
        and len(span) <= 3
        and not any(t.is_title and t.pos_ == "PROPN" and t.i > span.start for t in span)
        and _is_place(res, text)
    ):
        label = "GPE"  # "Ingushetia" tagged PERSON by the statistical NER
    elif (
        label == "PERSON"
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in {"in", "near", "at", "outside", "around", "from", "into"}
        and res.geocode(text, ()) is not None
    ):
        label = "GPE"  # "in nearby Tizi Ouzou": a known place where a place is meant
    pair = _shared_surname(span)
    kin = span.start > 0 and span.doc[span.start - 1].lemma_.lower() in {"brother", "sister", "cousin", "son", "daughter"}
    if kin and pair is not None:
        label = "PERSON"  # "brothers Amichon and Dilovar Islomov" (tagged as one organisation)
    person_like = not unit_named and (label == "PERSON" or (bool(words) and words[0] in HONORIFICS and len(words) > 1))
    if person_like:
        extended = _extend_person(span)
        if extended != span:
            span, pair = extended, _shared_surname(extended)
        text = span.text
        if pair is not None:
            # "brothers Amichon and Dilovar Islomov": two men of one family name
            (first, first_name), (second, second_name) = pair
            for tokens, name in ((first, first_name), (second, second_name)):
                match = match_person(state, name)
                if match is not None:
                    table.mention(match, tokens, name)
                else:
                    table.add("person", name, tokens)
            return
    match = match_person(state, text)
    tokens = (span.start, span.end)
    if match is not None:
        table.mention(match, tokens, text)
        return
    if person_like:
        table.add("person", text, tokens)
        return
    etype = LABEL_TYPES[label]
    if etype == "organization" and len(span) == 1 and _is_place(res, text):
        etype = "location"  # "Caucasus" tagged ORG by the statistical NER
    elif etype == "organization" and _place_of_a_post(res, span):
        etype = "location"  # "the Peshawar chief of the group": the town his post is over
    if etype == "location":
        last = span[-1].lower_
        if last in PLACE_SUFFIXES and len(span) > 1:
            text = span[:-1].text
    found = table.find(text)
    if found is not None and table.get(found).type == etype:
        table.mention(found, tokens, text)
    else:
        found = table.add(etype, text, tokens)
    if etype == "organization" and _group_shaped(span):
        table.get(found).armed = True


# the last word of an armed unit's name ("the Imam Shamil Battalion", "the Abdullah Azzam Brigades")
ARMED_UNIT_ENDS = frozenset({"battalion", "brigade", "brigades", "front", "army", "corps", "regiment"})
# the last word of a unit's name that the NER may take for a man's ("Imam Shamil Battalion")
UNIT_NAME_ENDS = ARMED_UNIT_ENDS | {"movement", "group", "division", "company", "jamaat", "organisation", "organization"}

FEASTS = frozenset({"christmas", "easter", "eid", "ramadan", "ashura", "nowruz", "diwali", "passover"})


def _a_day(span: Span) -> bool:
    """A day or feast the NER took for a place: "Palm Sunday", "Christmas Day", "Eid al-Fitr"."""
    words = [t.lower_ for t in span]
    return words[-1] in WEEKDAYS or words[0] in FEASTS or (words[-1] == "day" and len(words) > 1)


def _group_shaped(span: Span) -> bool:
    """A name the gazetteer lacks that says it is an armed group: it starts with a word
    for one ("Jund al-Khilafa", "Katibat Imam al Bukhari") or is followed by "group",
    "militia", "faction" or "outfit" ("the Maute group")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) > 1 and span[-1].lower_ in ARMED_UNIT_ENDS:
        return True  # "the Imam Shamil Battalion", "the Abdullah Azzam Brigades"
    return is_group_head(span[0]) or (after is not None and after.lower_ in ARMED_GROUP_NOUNS)


# posts a town's name is written before ("the Peshawar chief", "the Kandahar governor")
LOCAL_POSTS = frozenset({"chief", "commander", "governor", "emir", "amir", "head", "wali", "leader"})


def _place_of_a_post(res: Resources, span: Span) -> bool:
    """A one-word name the gazetteer knows as a place, written before a post: the post's
    area, not a body."""
    root = span.root
    return (
        len(span) == 1
        and root.dep_ == "compound"
        and root.head.lemma_.lower() in LOCAL_POSTS
        and res.geocode(span.text, ()) is not None
    )


def _is_place(res: Resources, text: str) -> bool:
    found = res.geocode(text, ())
    return found is not None and found[1].precision in {"admin1", "country", "region"}


def _add_linked(state: DocState, res: Resources, span: Span, ent_id: str) -> None:
    table = state.entities
    tokens = (span.start, span.end)
    key = table.by_ref(ent_id)
    if key is not None:
        table.mention(key, tokens, span.text)
        return
    if ent_id.startswith("force:"):
        force = res.force(ent_id)
        table.add(
            "organization",
            span.text,
            tokens,
            ref=ent_id,
            force=True,
            canonical=None if force is None else force.name,
        )
    elif ent_id.startswith("source:"):
        table.add("organization", span.text, tokens, ref=ent_id)
    else:
        group = res.group_by_id(ent_id)
        table.add(
            "organization",
            span.text,
            tokens,
            ref=ent_id,
            armed=True,
            canonical=None if group is None else group.name,
            kind=None if group is None else group.kind,
        )


def match_person(state: DocState, text: str) -> int | None:
    """The person already introduced whom ``text`` names: same name, a surname or
    nisba alone ("Adnani", "al Qadari"), or a shorter form of the full name."""
    words = name_key(text).split()
    while len(words) > 1 and words[0] in COURTESY_TITLES:
        words = words[1:]  # "Mr. Shekau" is the Shekau named before
    if not words:
        return None
    short = words[1:] if words[0] == "al" and len(words) > 1 else words
    best: int | None = None
    for draft in reversed(state.entities.drafts()):
        if draft.type != "person" or draft.descriptive:
            continue
        for name in draft.names:
            known = name_key(name).split()
            if known == words:
                return draft.key
            if len(known) == 1 and len(words) > 1 and known[0] == words[-1]:
                best = best or draft.key  # "Suleimanov" (a headline) before "Magomed Suleimanov"
                continue
            if len(known) == 2 and known[0] == "al" and len(words) > 2 and words[-2:] == known:
                best = best or draft.key  # "al-Barnawi" (named first) before "Khalid al-Barnawi"
                continue
            if (
                len(words) == 1
                and len(known) > 2
                and known[0] in HONORIFICS - {"abu", "umm"}
                and known[1] == words[0]
            ):
                best = best or draft.key  # "Haibatullah" for "Mawlawi Haibatullah Akhundzada"
                continue
            if len(known) < 2 or known[-1] != short[-1]:
                continue
            if len(short) == 1 or _subsequence(words, known):
                best = best or draft.key
    return best


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return len(short) < len(long) and all(w in it for w in short)


def _untagged_names(state: DocState) -> None:
    """Two or three title-case proper nouns the NER left untagged, in an argument
    position ("It appears that Qadari is Rustam Asilderov"): a person, when the
    words are not known as anything else."""
    doc, table = state.sdoc, state.entities
    for tok in state.tokens:
        if (
            tok.ent_type_
            or tok.pos_ != "PROPN"
            or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "appos", "pobj"}
        ):
            continue
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= tok.i - 2]
        while parts and parts[0].lower_ in DEMONYMS:
            parts = parts[1:]  # "Swiss Beatrice Stockly": the nationality is no part of the name
        words = [*parts, tok]
        if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
            continue
        if any(w.ent_type_ or not w.is_title or table.at(w) is not None for w in words):
            continue
        if (
            words[0].i > tok.sent.start
            and doc[words[0].i - 1].is_title
            and doc[words[0].i - 1].pos_ == "PROPN"
            and doc[words[0].i - 1].lower_ not in DEMONYMS
        ):
            continue
        span = doc[words[0].i : tok.i + 1]
        if in_credit(doc, span):
            continue  # "(AP: Hadi Mizban)": the photographer
        match = match_person(state, span.text)
        if match is not None:
            table.mention(match, (span.start, span.end), span.text)
        else:
            table.add("person", span.text, (span.start, span.end))


def _acronyms(state: DocState) -> None:
    """ "Islamic Caucasus Emirate (ICE)": ICE becomes a name of the group."""
    doc, table = state.sdoc, state.entities
    for draft in table.drafts():
        if draft.type != "organization":
            continue
        for _start, end in list(draft.mentions):
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acro = doc[end + 1]
                if acro.is_upper and 2 <= len(acro.text) <= 8 and acro.is_alpha:
                    table.mention(draft.key, (acro.i, acro.i + 1), acro.text)
            elif end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ == "the":
                _translated_name(state, draft.key, end)


TRANSLATION_LINKS = {"of", "to", "for", "and", "in", "the", "al", "-"}


def _translated_name(state: DocState, key: int, paren: int) -> None:
    """ "Jamaat Nusrat al-Islam wal-Muslimin (the Group to Support Islam and Muslims)": the
    name in translation, a name of the same group (the parser may have made a separate
    group of its first word). Only a parenthesis of capitalised words and links; "(the
    Somali affiliate of al-Qaeda)" is a description, not a name."""
    doc, table = state.sdoc, state.entities
    close = next((j for j in range(paren + 2, min(paren + 14, len(doc))) if doc[j].text == ")"), None)
    if close is None or close - paren < 3:
        return
    words = doc[paren + 2 : close]
    if not words[0].is_title or any(not (w.is_title or w.lower_ in TRANSLATION_LINKS) for w in words):
        return
    inner = {k for w in words if (k := table.at(w)) is not None}
    if any(table.get(k).type != "organization" or table.get(k).ref for k in inner):
        return  # another named group inside: not a translation
    root = table.root(key)
    for k in inner:
        if k != root:
            generic = set(table.get(k).names)
            root = table.merge(root, k)
            draft = table.get(root)
            draft.names = [n for n in draft.names if n not in generic or len(n.split()) > 1]
    table.mention(root, (words.start, words.end), words.text)


def _forces(state: DocState, res: Resources) -> None:
    """ "Russian forces", "Russian security forces": a state force, named as written."""
    doc, table = state.sdoc, state.entities
    for tok in state.tokens:
        country = tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and doc[tok.i + 1 : tok.i + 2].text != "'s"
        if not (tok.ent_type_ == "NORP" and table.at(tok) is None or country):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].lower_ in FORCE_MODIFIERS:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in FORCE_HEADS or (country and end == tok.i + 1):
            continue  # a country's own "US forces" is named by the pipeline already
        if table.at(doc[end]) is not None:
            continue
        span = doc[tok.i : end + 1]
        name = span.text
        key = table.find(name, type_="organization")
        if key is None:
            found = (
                res.reference.lookup_force(f"{tok.text} {doc[end].text}")
                if res.reference is not None and hasattr(res.reference, "lookup_force")
                else None
            )
            key = table.add(
                "organization", name, (span.start, span.end), force=True, ref=found.id if found else None
            )
        else:
            table.mention(key, (span.start, span.end))


def _short_forms(state: DocState) -> None:
    """Tokens the NER missed that repeat a known acronym or surname ("ICE's", "Kebekov")."""
    table = state.entities
    index = _name_index(state)
    for tok in state.tokens:
        if tok.text in index and table.at(tok) is None and (tok.is_upper or tok.is_title):
            table.mention(index[tok.text], (tok.i, tok.i + 1), tok.text if tok.is_upper else None)


def _name_index(state: DocState) -> dict[str, int]:
    index: dict[str, int] = {}
    for draft in state.entities.drafts():
        for name in draft.names:
            words = name.split()
            if draft.type == "organization" and len(words) == 1 and name.isupper():
                index[name] = draft.key
            elif draft.type == "person" and len(words) > 1 and not draft.descriptive:
                index.setdefault(words[-1], draft.key)
                article, _, rest = words[-1].partition("-")
                if article.lower() in {"al", "el"} and rest[:1].isupper():
                    index.setdefault(rest, draft.key)  # "Baghdadi" for "Abu Bakr al-Baghdadi"
                if len(words) > 2 and words[0].lower() in HONORIFICS - {"abu", "umm"}:
                    index.setdefault(
                        words[1], draft.key
                    )  # "Haibatullah" for "Mawlawi Haibatullah Akhundzada"
    return index


# words that make a unit word an outlet ("its As-Sahab media arm"), never a region's branch
MEDIA_WORDS = frozenset({"media", "propaganda", "news"})


def _branches(state: DocState, res: Resources) -> None:
    """ "The Islamic State's so-called province in the Caucasus", "its Caucasus branch",
    "IS's Caucasus arm": one entity per (parent, region), with a Branch record."""
    table = state.entities
    for tok in state.tokens:
        kind = BRANCH_WORDS.get(tok.lemma_.lower())
        if kind is None or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        linked = _linked_branch(state, res, tok)
        if linked is not None:
            _note_branch(state, linked[0], linked[1], linked[2], kind, tok)
            continue
        parent = _branch_parent(state, tok)
        if _describes_named(state, tok):
            continue  # "Hurras al-Din is al-Qaeda's affiliate in Syria": the named group is the branch
        region_tokens = _branch_region(state, tok, parent)
        if parent is None or not region_tokens:
            continue
        pdraft = table.get(parent)
        if pdraft.type != "organization" or pdraft.force:
            continue
        for part in _coordinated_regions(tok, region_tokens):
            _region_branch(state, res, tok, kind, parent, part)


def _describes_named(state: DocState, unit: Token) -> bool:
    """A unit word that describes a named group: the attribute of a copula whose subject is an
    organisation, or in apposition to one."""
    table = state.entities
    return any(
        (k := table.at(n)) is not None and table.get(k).type == "organization" and not table.get(k).descriptive
        for n in described_by(unit)
    )


def _coordinated_regions(head: Token, region_tokens: list[Token]) -> list[list[Token]]:
    """ "ISIS's Sahel and West Africa provinces": one region per conjunct (a plural unit
    word with "and" between its modifiers); otherwise the region as found."""
    if head.tag_ != "NNS":
        return [region_tokens]
    first = min(t.left_edge.i for t in region_tokens)
    owner = {o.i for t in region_tokens for c in t.children if c.dep_ == "poss" for o in c.subtree}
    words = [t for t in head.doc[first : head.i] if t.dep_ != "case" and t.i not in owner]
    if not any(t.lower_ == "and" for t in words):
        return [region_tokens]
    parts: list[list[Token]] = [[]]
    for t in words:
        if t.lower_ in {"and", ","}:
            parts.append([])
        elif t.pos_ == "PROPN":
            parts[-1].append(t)
    return [part for part in parts if part] or [region_tokens]


def _region_branch(
    state: DocState, res: Resources, tok: Token, kind: str, parent: int, region_tokens: list[Token]
) -> None:
    """One branch of ``parent`` named after a region, with ``tok`` (the unit word) as a head."""
    table = state.entities
    pdraft = table.get(parent)
    region = " ".join(t.text for t in region_tokens)
    found = next(
        (
            b
            for b in state.branches
            if table.root(b.parent) == table.root(parent) and name_key(b.region) == name_key(region)
        ),
        None,
    )
    if found is None:
        parent_name = pdraft.best_name()
        canonical = (
            f"{parent_name} {region} Province"
            if kind == "province"
            else f"{parent_name} {region} {kind.title()}"
        )
        group = None
        for cand in (
            canonical,
            f"{parent_name} {region} Province",
            f"{region} Province",
            f"Wilayat {region}",
        ):
            group = res.group(cand)
            if group is not None and group.parent and pdraft.ref and group.parent != pdraft.ref:
                group = None  # "al-Qaeda's affiliate in Syria" is not the Islamic State's Syria province
            if group is not None:
                break
        if group is None and pdraft.ref:
            group = res.branch_in_country(pdraft.ref, region)  # "its branch in Afghanistan"
        key = table.by_ref(group.id) if group is not None else None
        if key is None:
            key = table.add(
                "organization",
                canonical if group is None else group.name,
                None,
                ref=None if group is None else group.id,
                armed=True,
                canonical=None if group is None else group.name,
                parent=parent,
                region=region,
            )
        found = Branch(entity=key, parent=parent, region=region)
        state.branches.append(found)
    if kind not in found.kinds:
        found.kinds.append(kind)
        if kind == "province":
            d = table.get(found.entity)
            if d.ref is None:
                d.canonical = f"{table.get(parent).best_name()} {region} Province"
    found.heads.append(tok.i)
    table.mention(found.entity, (tok.i, tok.i + 1))
    for t in region_tokens:
        if table.at(t) is None:
            table.mention(found.entity, (t.i, t.i + 1))


def _linked_branch(state: DocState, res: Resources, head: Token) -> tuple[int, int, str] | None:
    """A branch phrase the entity ruler already linked ("its Caucasus branch" ->
    is-caucasus): (entity, parent entity, region) from the reference data."""
    table = state.entities
    own = table.at(head)
    if own is None and not any(c.lower_ in MEDIA_WORDS for c in head.children):
        # "its feared Amniyat intelligence wing": the unit named before the unit word
        own = next(
            (table.at(c) for c in head.children
             if c.dep_ in {"compound", "nmod"} and c.i < head.i and table.at(c) is not None
             and table.get(table.at(c)).ref and table.get(table.at(c)).type == "organization"),
            None,
        )  # fmt: skip
    if own is None:
        return None
    draft = table.get(own)
    group = res.group_by_id(draft.ref) if draft.ref else None
    if group is None or not group.parent:
        return None
    parent = table.by_ref(group.parent)
    if parent is None:
        pgroup = res.group_by_id(group.parent)
        if pgroup is None:
            return None
        parent = table.add(
            "organization", pgroup.name, None, ref=pgroup.id, armed=True, canonical=pgroup.name
        )
    return own, parent, group.region or group.name


def _note_branch(state: DocState, entity: int, parent: int, region: str, kind: str, head: Token) -> None:
    table = state.entities
    found = next((b for b in state.branches if table.root(b.entity) == table.root(entity)), None)
    if found is None:
        found = Branch(entity=entity, parent=parent, region=region)
        state.branches.append(found)
    if kind not in found.kinds:
        found.kinds.append(kind)
    found.heads.append(head.i)


def _branch_parent(state: DocState, head: Token) -> int | None:
    for child in head.children:
        if child.dep_ == "poss":
            key = resolve_token(state, child)
            return key
    if head.tag_ == "NNS":
        # "ISIS's Sahel and West Africa provinces": the owner hangs on the first region
        for child in head.children:
            if child.dep_ in {"nmod", "compound"} and child.i < head.i:
                owner = next((c for c in child.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return resolve_token(state, owner)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return resolve_token(state, obj)
    return None


def _branch_region(state: DocState, head: Token, parent: int | None) -> list[Token]:
    table = state.entities
    comp = [
        c
        for c in head.children
        if c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN" and c.i < head.i
    ]
    comp = [c for c in comp if table.at(c) is None or table.at(c) != parent]
    if any(c.lower_ in MEDIA_WORDS for c in head.children):
        return []  # "its As-Sahab media arm": an outlet, not a region
    if any(c.lower_ in BRANCH_WORDS for c in comp):
        return []  # "its West Africa Province affiliate": the province word names the branch itself
    if comp:
        # "its West Bank branch": the region's own words hang on its last one
        return sorted({t.i: t for c in comp for t in c.subtree if t.pos_ == "PROPN" and t.i < head.i}.values(), key=lambda t: t.i)
    owner = table.root(parent) if parent is not None else None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PROPN" and (owner is None or table.at(obj) != owner):
                    # (not "a local affiliate of al-Qaeda in the Islamic Maghreb", the
                    # parent's own name parsed apart)
                    return [obj]
                names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if names and obj.lower_ in {"region", "area"}:
                    return names
    return []


# Common nouns that open descriptions of unnamed people ("Gunmen stormed ...").
DESCRIPTOR_WORDS = frozenset(
    """gunmen gunman militants militant attackers attacker assailants assailant insurgents insurgent
    fighters fighter jihadists jihadist bombers bomber kidnappers kidnapper rebels rebel terrorists
    terrorist extremists extremist suspected suicide armed unidentified unknown masked""".split()
)


def describe(tok: Token, *, without: Token | None = None) -> str:
    """A readable name for an unnamed referent from its phrase: "the jihadist selected
    to lead ICE's Dagestan province" (adverbial phrases, parentheses, quotes and
    hyphenated modifiers such as "al Qaeda-linked" are left out; so is ``without``'s
    phrase: the clause a fact was read from)."""
    drop: set[int] = {t.i for t in without.subtree} if without is not None else set()
    for t in tok.subtree:
        if (
            t.dep_ == "prep"
            and t.head.pos_ == "VERB"
            and t.head.i != tok.i
            and t.lower_ in {"after", "before", "since", "in", "on", "during", "for"}
        ):
            drop.update(x.i for x in t.subtree)
        if t.dep_ in {"amod", "compound"} and any(x.text == "-" for x in t.subtree) and t.head is not None:
            drop.update(x.i for x in t.subtree)
        if t.dep_ in {"relcl", "acl"} and t.head.i != tok.i:
            drop.update(x.i for x in t.subtree)
        if t.dep_ == "appos" and t.i > 0 and tok.doc[t.i - 1].text == "(":
            drop.update(x.i for x in t.subtree)
        if t.i != tok.i and t.ent_type_ in {"DATE", "TIME"} and t.head.i == tok.i:
            drop.update(x.i for x in t.subtree)  # "The first attacker Saturday detonated ...": the day is not his
    words = []
    depth = 0
    for t in tok.subtree:
        if t.text in {"(", "["}:
            depth += 1
        if t.i not in drop and depth == 0 and not t.is_space and t.text not in {'"', "“", "”", "'", ",", ")", "]"}:
            # "Gunmen stormed ...": a common noun capitalised only by starting the sentence
            lower = (
                not words
                and all(x.is_space or x.is_punct for x in t.doc[t.sent.start : t.i])
                and not t.ent_type_
                and t.lower_ in DESCRIPTOR_WORDS
            )
            words.append(t.text[:1].lower() + t.text[1:] if lower else t.text)
        if t.text in {")", "]"}:
            depth = max(0, depth - 1)
    while words and words[-1].lower() in {"and", "or", "but"}:
        words.pop()  # "10 of his family members and (four associates)": the parse's dangling conjunction
    text = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
    return text


AFFILIATE_WORDS = frozenset({"affiliate", "franchise", "offshoot"})


def _unnamed_affiliate(state: DocState, tok: Token) -> int | None:
    """ "an Islamic State affiliate claimed responsibility", "an al-Qaeda affiliate in Mali
    said ...": an unnamed group of the named one's network - a group of its own (described
    as "Islamic State affiliate", armed, the named group its parent), not the named group."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AFFILIATE_WORDS | {"branch"} or tok.tag_ != "NN":
        return None
    if any(c.dep_ == "appos" for c in tok.children) or tok.dep_ == "appos":
        return None  # "X, an al-Qaeda affiliate", "an affiliate, X": named
    regional = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in {"regional", "local"}), None)
    owner_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
    if regional is not None and owner_tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # "a member of Al Qaeda's regional branch": a branch the report does not name
        owner = state.entities.at(owner_tok)
        if owner is None or state.entities.get(owner).type != "organization" or not state.entities.get(owner).armed:
            return None
        return _unnamed_part(state, tok, owner, "branch", None)
    if tok.lemma_.lower() not in AFFILIATE_WORDS or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None  # "the al-Qaeda affiliate" is most often named around it
    owner = next(
        (k for c in tok.children if c.dep_ in {"compound", "nmod", "amod"} and (k := state.entities.at(c)) is not None),
        None,
    )
    if owner is None or state.entities.get(owner).type != "organization" or not state.entities.get(owner).armed:
        return None
    d = state.entities.get(owner)
    return _unnamed_part(state, tok, owner, "affiliate", f"{d.canonical or d.names[0]} {tok.lemma_.lower()}")


UNNAMED_GROUP_WORDS = frozenset({"group", "organization", "organisation", "outfit", "faction", "movement"})


def _unnamed_speaking_group(state: DocState, tok: Token) -> int | None:
    """ "A little-known group claiming links to al-Qaeda has said it carried out the bombing":
    an armed group the report does not name (yet), speaking for itself - a group of its own,
    described, not the group its description names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in UNNAMED_GROUP_WORDS or tok.tag_ != "NN":
        return None
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SAY_VERBS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    if any(c.dep_ in {"appos", "compound"} for c in tok.children):
        return None  # "a group, X," names it; "an Islamist group" reads elsewhere
    if sum(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.children) > 1:
        return None  # "A little-known group that split from AQIM, the Jund al-Khalifa announced": named
    key = descriptive(state, tok, "organization")
    state.entities.get(key).armed = True
    return key


def _unnamed_part(state: DocState, tok: Token, owner: int, kind: str, name: str | None) -> int:
    """A described, armed part of ``owner`` (its branch of that kind, told where ``tok`` is)."""
    key = descriptive(state, tok, "organization", name=name)
    state.entities.get(key).armed = True
    state.entities.get(key).parent = owner
    if not any(b.entity == key for b in state.branches):
        state.branches.append(Branch(entity=key, parent=owner, region="", kinds=[kind], heads=[tok.i]))
    return key


def descriptive(state: DocState, tok: Token, type_: str, *, name: str | None = None) -> int:
    """An entity for an unnamed referent ("the jihadist selected to lead ..."); ``name``
    overrides the description read from the phrase."""
    name = name or describe(tok)
    found = state.entities.find(name, type_=type_)
    if found is not None:
        return found
    span = (min(t.i for t in tok.subtree), max(t.i for t in tok.subtree) + 1)
    key = state.entities.add(type_, name, None, descriptive=True, canonical=name)
    state.entities.get(key).mentions.append(span)
    return key


VENUE_WORDS = frozenset(
    """mall cathedral church mosque hotel station airport base camp market embassy consulate prison
    barracks school university hospital checkpoint restaurant stadium hall bridge port compound gate""".split()
)


def _town_in(name: str, context: tuple[str, ...], res: Resources) -> Any:
    """The place a venue's name holds ("Jolo" in "Jolo Cathedral"), geocoded, or None."""
    words = [w for w in name.replace("'s", "").split() if w[:1].isupper() and w.lower() not in VENUE_WORDS]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            found = res.geocode(" ".join(words[i : i + size]), context)
            if found is not None and found[1].precision == "settlement":
                return found[1]
    return None


def _town_of_phrase(state: DocState, draft: EntityDraft, res: Resources) -> Any:
    """The town a venue's own phrase places it in ("the Abbey Gate of the airport in Kabul"),
    geocoded, or None: the first town named inside the phrase the venue heads."""
    doc = state.sdoc
    for _start, end in draft.mentions:
        head = doc[end - 1]
        for ent in doc[head.i + 1 : head.right_edge.i + 1].ents:
            if ent.label_ in {"GPE", "LOC"}:
                found = res.geocode(ent.text, ())
                if found is not None and found[1].precision == "settlement":
                    return found[1]
    return None


def _national_affiliates(state: DocState, res: Resources) -> None:
    """ "the Islamic State's Afghan affiliate", "al-Qaeda's Somali affiliate": the one
    reference group under the named one whose first country the demonym names (a mention of
    it; no branch fact is read from the phrase). Several fitting (or none): left alone."""
    from orbat.places import DEMONYM_COUNTRY  # (the gazetteer's demonyms)

    table, ref = state.entities, res.reference
    if ref is None:
        return
    for tok in state.tokens:
        if tok.lemma_.lower() not in AFFILIATE_WORDS or tok.pos_ != "NOUN" or table.at(tok) is not None:
            continue
        owner = next((table.at(c) for c in tok.children if c.dep_ == "poss" and table.at(c) is not None), None)
        where = next((c for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in DEMONYM_COUNTRY), None)
        if owner is None or where is None or not table.get(owner).ref:
            continue
        cc = DEMONYM_COUNTRY[where.lower_]
        fits = [g for g in ref.children(table.get(owner).ref) if g.countries and g.countries[0] == cc]
        if len(fits) != 1:
            continue
        group = fits[0]
        key = table.by_ref(group.id)
        if key is None:
            key = table.add("organization", group.name, None, ref=group.id, armed=True, canonical=group.name)
        table.mention(key, (where.i, tok.i + 1))


def _capitals(state: DocState, res: Resources) -> None:
    """ "the Malian capital", "Kenya's capital", "the capital of Yemen": the capital city, a
    place mention of its own (outlets name the city by the phrase as often as by its name)."""
    table = state.entities
    for tok in state.tokens:
        if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN" or table.at(tok) is not None:
            continue
        country = next((c for c in tok.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                        and c.ent_type_ in {"NORP", "GPE"}), None)  # fmt: skip
        if country is None:
            country = next((o for _, o in prep_objects(tok, "of") if o.ent_type_ == "GPE"), None)
        found = res.capital(country.text) if country is not None else None
        if found is None:
            continue
        name, geo = found
        span = (min(country.i, tok.i), max(country.i, tok.i) + 1)
        known = table.find(name, type_="location")
        if known is not None:
            table.mention(known, span)
        else:
            table.add("location", name, span, geo=geo)


PLACE_OF_NOUNS = frozenset({"port", "town", "city", "village", "district", "province", "region"})


def _untagged_towns(state: DocState, res: Resources) -> None:
    """ "a wedding in Gwoza", "near Konduga": a title-case name after "in" or "near" that the
    NER left untagged is a town where the gazetteer knows one of that name in a country the
    document's other places are in (so that a word that is also some far-off town's name is not
    taken for it)."""
    doc, table = state.sdoc, state.entities
    countries = {d.geo.country for d in table.drafts() if d.geo is not None and d.geo.country}
    if not countries:
        return
    for tok in state.tokens:
        if (
            tok.dep_ != "pobj"
            or tok.head.lower_ not in {"in", "near"}
            or tok.pos_ != "PROPN"
            or tok.ent_type_
            or not tok.is_title
            or table.at(tok) is not None
            or tok.lower_ in MONTHS
        ):
            continue
        start = min((c.i for c in tok.children if c.dep_ == "compound" and c.is_title and not c.ent_type_), default=tok.i)
        span = doc[start : tok.i + 1]
        if _a_day(span) or any(table.at(t) is not None for t in span):
            continue
        found = res.geocode(span.text, ())
        if found is None or found[1].precision != "settlement" or found[1].country not in countries:
            continue
        table.add("location", span.text, (span.start, span.end), geo=found[1])


def _places_named_after_place_nouns(state: DocState, res: Resources) -> None:
    """ "the port of Mocimboa da Praia", "the town of Mocimboa da Praia": a name the NER left
    untagged (or tagged other than a name) after a word for a place is that place, where the
    gazetteer knows it."""
    doc, table = state.sdoc, state.entities
    for tok in state.tokens:
        if tok.lemma_.lower() not in PLACE_OF_NOUNS or tok.pos_ != "NOUN":
            continue
        for _, name in prep_objects(tok, "of"):
            if name.pos_ != "PROPN" or name.ent_type_ in LABEL_TYPES or table.at(name) is not None:
                continue  # (a name the NER took for a product or a work, "the city of Manbij", is still one)
            span = doc[name.left_edge.i : name.i + 1]
            if span[0].lower_ in {"the", "a"}:
                span = span[1:]
            if not span or not span[0].is_title or any(table.at(t) is not None for t in span):
                continue
            found = res.geocode(span.text, ())
            if found is None or found[1].precision not in {"settlement", "admin2", "admin1"}:
                continue
            table.add("location", span.text, (span.start, span.end), geo=found[1])


def _sentence_places(state: DocState, index: int) -> list:
    """The GPE/LOC entities of the sentence token ``index`` is in (found once per document:
    every place's every mention asks)."""
    found = state.cache.get("sentence_places")
    if found is None:
        found = state.cache["sentence_places"] = {}
        for ent in state.sdoc.ents:
            if ent.label_ in {"GPE", "LOC"}:
                found.setdefault(state.sentence_no(ent.start), []).append(ent)
    return found.get(state.sentence_no(index), [])


def _geocode(state: DocState, res: Resources) -> None:
    table = state.entities
    person_words = {
        w for d in table.drafts() if d.type == "person" for n in d.names for w in name_key(n).split()
    }
    for draft in table.drafts():
        if draft.type not in {"location", "facility"} or draft.geo is not None:
            continue
        name = draft.best_name()
        if name_key(name) in person_words:
            continue
        context: list[str] = []
        for start, _ in draft.mentions:
            for ent in _sentence_places(state, start):
                if ent.text != name and ent.text not in context:
                    context.append(ent.text)
        found = res.geocode(name, tuple(context))
        if found is not None:
            gname, geo = found
            draft.geo = geo
            if name_key(gname) not in {name_key(n) for n in draft.names}:
                draft.names.append(gname)
        elif draft.type == "facility" or any(w in VENUE_WORDS for w in name_key(name).split()):
            # "Jolo Cathedral", "Nairobi's Westgate mall": a venue is where its town is
            town = _town_in(name, tuple(context), res) or _town_of_phrase(state, draft, res)
            if town is not None:
                draft.geo = town


def _misspelt_places(state: DocState) -> None:
    """ "a wedding in Geoza town, Borno State ... the bomber detonated the IED in Gwoza town": a
    place the gazetteer does not know, one letter or so from a place the same document names
    and the gazetteer placed, is that place misspelt (its name is kept as written)."""
    drafts = [d for d in state.entities.drafts() if d.type == "location"]
    placed = [(name_key(d.best_name()), d.geo) for d in drafts if d.geo is not None]
    for draft in drafts:
        if draft.geo is not None:
            continue
        name = name_key(draft.best_name())
        if len(name) < 5 or " " in name:
            continue
        near = [
            geo for known, geo in placed
            if abs(len(known) - len(name)) <= 1 and known[:1] == name[:1] and fuzz.ratio(name, known) >= MISSPELT_MIN_RATIO
        ]  # fmt: skip
        if len({id(geo) for geo in near}) == 1:
            draft.geo = near[0]


# a misspelling of a five-letter name ("Geoza" for "Gwoza") scores 80
MISSPELT_MIN_RATIO = 80


# --------------------------------------------------------------------------- coreference


SPEAKING = {"say", "add", "tell", "explain", "note", "state", "insist"}


def resolve_token(state: DocState, tok: Token, *, depth: int = 0) -> int | None:
    """The entity a token refers to: its own mention, an apposition ("his
    predecessor, Doku Umarov"), a pronoun, a relative pronoun, or "the group".
    Pronoun and anaphor resolutions are noted (facts resting on them get lower confidence)."""
    key = _resolve(state, tok, depth=depth)
    if (
        key is not None
        and state.entities.at(tok) is None
        and (tok.pos_ == "PRON" or tok.lower_ in GROUP_ANAPHORS)
    ):
        state.indirect[tok.i] = key
    return key


def _reported_clause_group(state: DocState, tok: Token, depth: int) -> int | None:
    """ "Kavkaz Center said that the emirate had appointed X as its new chief": a possessive
    inside a reported clause is the group that clause has for its subject, not the reporter."""
    if tok.dep_ != "poss":
        return None
    for verb in (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        if subj is None:
            continue
        if verb.dep_ != "ccomp":
            return None
        key = resolve_token(state, subj, depth=depth + 1)
        table = state.entities
        if key is not None and table.get(key).type == "organization" and not table.get(key).force:
            return wing_owner(state, key, subj)
        return None
    return None


def _resolve(state: DocState, tok: Token, *, depth: int = 0) -> int | None:
    table = state.entities
    key = table.at(tok)
    if key is not None or depth > 3:
        return key
    for child in tok.children:
        if child.dep_ == "appos":
            key = resolve_token(state, child, depth=depth + 1)
            if key is not None:
                return key
    if tok.dep_ == "appos" and tok.pos_ == "NOUN":
        key = table.at(tok.head)
        if key is not None:
            return key
    if tok.pos_ == "NOUN":
        for c in tok.subtree:
            # "the Islamic State's senior leader in Libya, known as Abu Nabil" (the participle
            # may hang on "Libya")
            if c.dep_ == "acl" and c.lemma_.lower() in {"know", "identify", "name", "call"} and c.i > tok.i:
                named = next((o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"), None)
                named = named or next((o for o in c.children if o.dep_ == "oprd"), None)
                key = table.at(named) if named is not None else None
                if key is not None and table.get(key).type == "person":
                    return key
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.lemma_.lower() in PEOPLE_HEADS:
            # "The second leader killed in the attack was the Moroccan national, X"
            attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
            if attr is not None:
                named = attr if table.at(attr) is not None else next((c for c in attr.children if c.dep_ == "appos"), None)
                key = table.at(named) if named is not None else None
                if key is not None and table.get(key).type == "person":
                    return key
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_HEADS | FATE_NOUNS and any(c.lower_ == "the" for c in tok.children):
        fate = next((c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in FATE_WORDS), None)
        if fate is not None:
            return _fated(state, tok, FATE_WORDS[fate])
    unnamed = _unnamed_affiliate(state, tok) or _unnamed_speaking_group(state, tok)
    if unnamed is not None:
        return unnamed
    lower = tok.lower_
    if lower in {"latter", "former"} and any(c.lower_ == "the" for c in tok.children) and tok.pos_ in {"NOUN", "ADJ", "PROPN"}:
        # "X replaced Y ..., after it was confirmed that the latter had died": of the two
        # last people named before it, the second (latter) or the first (former)
        seen: list[int] = []
        for i in range(tok.i - 1, sentences_back(tok, 1) - 1, -1):
            key = table.at(i)
            if key is not None and table.get(key).type == "person" and table.root(key) not in seen:
                seen.append(table.root(key))
                if len(seen) == 2:
                    break
        if len(seen) == 2:
            return seen[0] if lower == "latter" else seen[1]
        return None
    if tok.lemma_.lower() in FIGHTERS:
        for c in tok.children:
            if c.dep_ in {"compound", "poss"}:
                key = resolve_token(state, c, depth=depth + 1)
                if key is not None and table.get(key).type == "organization":
                    return key
        for _, obj in (
            (c.lower_, o)
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ):
            key = resolve_token(state, obj, depth=depth + 1)
            if key is not None and table.get(key).type == "organization":
                return key
        # "militants fighting for the Islamic State", "fighters loyal to IS", "militants
        # claiming loyalty (allegiance) to IS": the group they fight for
        for owner in _fought_for(tok):
            key = resolve_token(state, owner, depth=depth + 1)
            if key is not None and table.get(key).armed and not table.get(key).force:
                return key
    if lower == "whose" and tok.head.dep_ != "relcl":
        # "Jaish-e-Mohammed, whose leader Masood Azhar lives in Pakistan": the possessor
        # sits deeper in the relative clause; it stands for the noun the clause hangs on
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        return resolve_token(state, clause.head, depth=depth + 1) if clause is not None else None
    if lower in RELATIVE and tok.head.dep_ == "relcl":
        noun = tok.head.head
        key = resolve_token(state, noun, depth=depth + 1)
        if key is None and noun.dep_ == "attr" and lower in {"who", "whom"}:
            # "X was an American jihadist who fought for al-Shabaab": the copula's subject
            who = next(iter(described_by(noun)), None)
            key = resolve_token(state, who, depth=depth + 1) if who is not None else None
        if key is None and tok.i >= 2 and tok.nbor(-1).text == ",":
            # "divisions inside the TTP, which has been led by ...": the relative clause
            # hung on the wrong noun; the name right before the comma is meant
            key = table.at(tok.i - 2)
        return key
    if lower in MALE:
        # "X, who commanded ... until he broke with ...": inside a relative clause, the
        # person the relative pronoun stands for
        for anc in tok.ancestors:
            if anc.dep_ == "relcl":
                rel = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if rel is not None and rel.lower_ in {"who", "whom"} and rel.i < tok.i:
                    key = resolve_token(state, rel, depth=depth + 1)
                    if key is not None and table.get(key).type == "person":
                        return key
                break
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING and tok.sent.start > 0:
            # "..., Año said. He said the terrorists were trying to escape": the one who spoke
            # last goes on speaking
            prev = state.sdoc[tok.sent.start - 1].sent
            for t in prev:
                if t.lemma_.lower() in SPEAKING and t.pos_ == "VERB":
                    who = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    people = [
                        k for x in (who.subtree if who is not None else ())
                        if (k := table.at(x)) is not None and table.get(k).type == "person"
                    ]  # fmt: skip
                    if people:
                        return people[-1]  # "Armed Forces ... Chief General Eduardo Año said"
        told_dead = _dead_told_before(state, tok, depth)
        if told_dead is not None:
            return told_dead
        # the person last in subject position (this sentence or the one before) is the
        # likelier antecedent than the last person named
        floor = sentences_back(tok, 1)
        for i in range(tok.i - 1, floor - 1, -1):
            t = state.sdoc[i]
            key = table.at(i)
            if key is not None and table.get(key).type == "person" and not table.get(key).descriptive:
                if t.dep_ in {"nsubj", "nsubjpass"} or (
                    t.dep_ in {"compound", "appos"} and t.head.dep_ in {"nsubj", "nsubjpass"}
                ):
                    return key
        if tok.i == tok.sent.start and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "... the killing of Talha Rasheed, Azhar's nephew. He was gunned down": the man the
            # phrase is about, not the one whose relative he is (a possessor named in passing)
            for i in range(tok.i - 1, floor - 1, -1):
                key = table.at(i)
                if key is None or table.get(key).type != "person" or table.get(key).descriptive:
                    continue
                t = state.sdoc[i]
                if t.dep_ == "poss" or (t.dep_ == "case" and t.head.dep_ == "poss") or any(
                    c.dep_ == "case" for c in t.children
                ):
                    continue
                return key
        return nearest(state, tok.i, {"person"})
    if lower == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS:
        # "..., it said in a statement": whoever spoke last, if a body did
        spoke, speaker = _last_speaker(state, tok)
        if spoke:
            return speaker
    if lower in NEUTER and tok.pos_ == "PRON" and tok.i == tok.sent.start:
        if lower == "it" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.sent.start > 0:
            # "The Signed-in-Blood Battalion ... . It conducted the January 2013 attack": the
            # group the sentence before was about, when it was its subject
            prev = state.sdoc[tok.sent.start - 1].sent
            subj = next((t for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == prev.root.i), None)
            key = table.at(subj) if subj is not None else None
            if key is not None and table.get(key).type == "organization" and not table.get(key).force:
                return key
            if key is not None and table.get(key).type == "person":
                # "X is the founder of the Y Battalion ... . It conducted ...": the group named last
                last = next(
                    (k for t in reversed(prev) if (k := table.at(t)) is not None
                     and table.get(k).type == "organization" and table.get(k).armed and not table.get(k).force),
                    None,
                )  # fmt: skip
                if last is not None:
                    return last
        return salient(state, tok.i)  # a sentence-opening "Its"/"They": the topic group
    if lower in NEUTER and tok.pos_ == "PRON":
        owner = tok.head
        if owner.dep_ == "conj" and table.at(owner.head) is not None:
            # "al Qaeda and its leader Ayman al-Zawahiri"
            if table.get(table.at(owner.head)).type == "organization":
                return table.at(owner.head)
        reported = _reported_clause_group(state, tok, depth)
        if reported is not None:
            return reported
        # "the State Department imposed sanctions ... after the jihadi group appointed him leader
        # of its franchise": an armed group, subject of the clause a possessive stands in, over
        # a body that is none named first
        near_key = None
        clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if tok.dep_ == "poss" and clause is not None and clause.dep_ in {"advcl", "relcl", "ccomp", "conj"}:
            near = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
            near_key = resolve_token(state, near, depth=depth + 1) if near is not None else None
            if near_key is not None and (table.get(near_key).type != "organization" or not table.get(near_key).armed):
                near_key = None
        # "The emirate ... has been weakened by the killing of its leader": the clause's subject
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.dep_ in {"nsubj", "nsubjpass"} and t.i not in {a.i for a in tok.ancestors} | {tok.i}:
                key = resolve_token(state, t, depth=depth + 1)
                if key is not None and table.get(key).type == "organization":
                    if near_key is not None and not table.get(key).armed:
                        return near_key
                    return wing_owner(state, key, t)  # "the IS's Amaq agency said its fighters": IS's
        root = tok.sent.root
        fronted = next((a for a in tok.ancestors if a.dep_ == "prep" and a.head.i == root.i), None)
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if fronted is not None and subj is not None and fronted.i < subj.i:
            # "Since its creation in 2017, JNIM has killed thousands": the subject after the
            # fronted phrase the pronoun opens
            key = resolve_token(state, subj, depth=depth + 1)
            if key is not None and table.get(key).type == "organization" and not table.get(key).force:
                return key
        if tok.sent.start > 0:
            # else the subject of the sentence before ("HTS was formed ... X was named its leader")
            prev = state.sdoc[tok.sent.start - 1].sent
            for t in prev:
                if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == prev.root.i:
                    key = table.at(t)
                    if key is not None and table.get(key).type == "organization" and not table.get(key).force:
                        return key
        near = nearest(state, tok.i, {"organization"}, armed=True)
        if near is not None and not any(table.at(i) == near for i in range(tok.sent.start, tok.i)):
            # named only in an earlier sentence: "its" is the group the text is about (the
            # Maute group of a profile, not the Islamic State it pledged to two sentences back)
            near = salient(state, tok.i) or near
        return near or title_group(state) or nearest(state, tok.i, {"organization"})
    definite = any(c.lower_ in {"the", "this"} for c in tok.children)
    if definite and tok.lemma_.lower() in BRANCH_WORDS:
        # "the province's wali": the regional unit named last
        units = [b.entity for b in state.branches if min(b.heads, default=tok.i) < tok.i]
        found = nearest_where(
            state, tok.i, lambda d: d.kind in {"province", "branch", "affiliate"} or d.key in units
        )
        if found is not None:
            return found
    if lower in GROUP_ANAPHORS and definite and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
        return None  # "the five jihadists broke away from the BIFF": five men, not the group
    if lower in GROUP_ANAPHORS and definite:
        # "the emirate" is the Caucasus Emirate named before; "the group" is not simply the last
        # "X group" (the word ends too many groups' names)
        named = None if lower in {"group", "organization", "organisation"} else nearest_where(
            state, tok.i, lambda d: d.armed and lower in name_key(d.best_name()).split()
        )
        if named is not None:
            return named
        sayer = _sayer(state, tok)
        local = _subject_group(state, tok, exclude=sayer)
        if local is None:
            local = salient(state, tok.i, exclude=sayer)
        if local is None and sayer is not None and table.get(sayer).armed and not table.get(sayer).force:
            local = sayer  # "the Taliban said ... the movement's founder": no other group to mean
        if local is None and not any(
            c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in ARMED_GROUP_WORDS for c in tok.children
        ):
            # the body opens "The group, ..." under a headline naming it ("the U.S.-based
            # non-governmental organization" is another body)
            local = title_group(state)
        return local
    # "ICE's emir, Magomed Suleimanov" when the parser missed the apposition
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and tok.tag_ == "NN":
        # (one man's post, not "killed at least 100 people, President X says": the speaker)
        nxt = table.at(doc[tok.i + 2])
        name = doc[tok.i + 2]
        while name.head.i != name.i and table.at(name.head) == nxt:
            name = name.head
        if nxt is not None and table.get(nxt).type == "person" and tok.pos_ == "NOUN" and name.dep_ not in {"nsubj", "nsubjpass"}:
            return nxt
    return None


# "the arrested militant", "the slain commander": the man whose capture or death was just told
FATE_WORDS = {"arrested": "capture", "captured": "capture", "detained": "capture", "jailed": "capture",
              "slain": "death", "killed": "death"}  # fmt: skip
FATE_NOUNS = {"man", "militant", "jihadist", "leader", "commander", "cleric", "suspect", "chief", "emir"}


def _fated(state: DocState, tok: Token, fate: str) -> int | None:
    """The one man named in this sentence or the two before as captured (killed) - the
    subject or object of a capture (kill) verb - whom "the arrested (slain) militant" means."""
    verbs = CAPTURE_VERBS if fate == "capture" else KILL_VERBS
    table, found = state.entities, []
    for i in range(sentences_back(tok, 2), tok.i):
        key = table.at(i)
        t = state.sdoc[i]
        if key is None or table.get(key).type != "person" or table.get(key).descriptive:
            continue
        head = t.head if t.dep_ in {"compound", "flat"} else t
        head = head.head if head.dep_ == "appos" else head
        undergoer = head.dep_ in {"nsubjpass", "dobj"} or (head.dep_ == "nsubj" and head.head.lemma_.lower() == "surrender")
        if undergoer and head.head.lemma_.lower() in verbs and table.root(key) not in found:
            found.append(table.root(key))
    return found[-1] if found else None


FATE_VERBS = frozenset({"kill", "die", "assassinate", "eliminate", "neutralize", "neutralise"})
DEATH_WORDS = frozenset({"death", "killing", "assassination"})


def _dead_told_before(state: DocState, tok: Token, depth: int) -> int | None:
    """ "Sudani gave no details of how the ISIS leader was killed. An official said he was
    killed in an air strike": the pronoun a killing is told of stands for the man whose
    killing the sentence before told, not for the one who spoke of it."""
    verb = tok.head
    if tok.dep_ not in {"nsubjpass", "nsubj", "dobj"} or verb.lemma_.lower() not in FATE_VERBS:
        return None
    # "Abu Ubaida confirmed the death of Mohammed Deif, months after Israel said it had killed
    # him": the man whose death the sentence told before the pronoun
    for t in reversed(state.sdoc[tok.sent.start : tok.i]):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in DEATH_WORDS:
            key = resolve_token(state, t, depth=depth + 1)
            if key is not None and state.entities.get(key).type == "person":
                return key
    if tok.sent.start == 0 or tok.dep_ == "dobj":
        return None
    prev = state.sdoc[tok.sent.start - 1].sent
    for t in prev:
        if t.dep_ in {"nsubjpass", "nsubj"} and t.head.lemma_.lower() in FATE_VERBS and t.lower_ not in MALE:
            key = resolve_token(state, t, depth=depth + 1)
            if key is None and t.lemma_.lower() in ROLE_WORDS:
                key = _post_holder(state, t)  # "the ISIS leader": the one man the story made its leader
            if key is not None and state.entities.get(key).type == "person":
                return key
    return None


def _post_holder(state: DocState, role: Token) -> int | None:
    """The one person the facts read so far make leader of the group named on ``role``
    ("the ISIS leader")."""
    group = next((state.entities.at(c) for c in role.children if c.dep_ in {"compound", "poss"}), None)
    if group is None:
        return None
    group = state.entities.root(group)
    holders = {
        state.arg(f, "person") for f in state.facts_of("leadership") if state.arg(f, "organization") == group
    } - {None}
    return holders.pop() if len(holders) == 1 else None


def _fought_for(men: Token) -> list[Token]:
    """The group named in "fighting for X", "loyal to X", "claiming loyalty (allegiance) to X"
    hung on a noun of fighters."""
    out = []
    for c in men.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "fight":
            out += [o for _, o in prep_objects(c, "for")]
        elif c.dep_ == "amod" and c.lower_ == "loyal":
            out += [o for _, o in prep_objects(c, "to")]
        elif c.dep_ == "acl" and c.lemma_.lower() in {"claim", "pledge", "swear", "declare"}:
            owed = [o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in {"loyalty", "allegiance"}]
            out += [p for o in owed for _, p in prep_objects(o, "to")] + [p for _, p in prep_objects(c, "to")]
    return out


def nearest_where(state: DocState, before: int, test) -> int | None:
    table = state.entities
    for i in range(before - 1, -1, -1):
        key = table.at(i)
        if key is not None and test(table.get(key)):
            return key
    return None


def _subject_group(state: DocState, tok: Token, *, exclude: int | None) -> int | None:
    """An armed group that is the subject earlier in this sentence or of the one before
    ("Boko Haram ... was founded by Yusuf. ... Shekau took over the group")."""
    table = state.entities
    sent = tok.sent
    here = [t for t in sent if t.i < tok.i]
    before = list(state.sdoc[sent.start - 1].sent) if sent.start > 0 else []

    def armed(t: Token) -> int | None:
        key = table.at(t)
        if key is not None and key != exclude and table.get(key).armed and not table.get(key).force:
            # ("the al-Qaida-linked group": a word about another group, not this one)
            return None if _describes_another(state, t.i, key) else key
        return None

    for t in here:
        if t.dep_ in {"nsubj", "nsubjpass"} and armed(t) is not None:
            return armed(t)
    # "X, who was Boko Haram's spokesman, is the son of the group's founder": the one
    # armed group named earlier in the same sentence
    named = {armed(t) for t in here} - {None}
    if len(named) == 1:
        return named.pop()
    for t in before:
        if t.dep_ in {"nsubj", "nsubjpass"} and armed(t) is not None:
            return armed(t)
    return None


def _last_speaker(state: DocState, tok: Token) -> tuple[bool, int | None]:
    """Whether a body (not a person) was last the subject of a speech verb before ``tok``,
    in this sentence or the three before, and which organization it is (None when the body
    is no entity: "Algeria's ministry of defence has said. ... , it said" is the ministry)."""
    table = state.entities
    for t in reversed(state.sdoc[sentences_back(tok, 3) : tok.i]):
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in SAY_VERBS or t.pos_ == "PRON":
            continue
        owners = (c for c in t.children if c.dep_ in {"poss", "compound"})
        # the subject's own entity, else its owner's ("Al Shabab's press office said")
        key = next((k for c in (t, *owners) if (k := table.at(c)) is not None), None)
        if key is None:
            return (t.lemma_.lower() not in PEOPLE_HEADS and t.ent_type_ != "PERSON"), None
        if table.get(key).type == "organization":
            return True, key
        return False, None
    return False, None


def _sayer(state: DocState, tok: Token) -> int | None:
    """Who says the clause a token is in ("the SDF said that the group's spokesman ...")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in {"say", "announce", "report", "state", "tell", "claim"}:
            who = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return state.entities.at(who) if who is not None else None
    return None


# "Al-Qaeda-linked", "ISIS-inspired": a group's name made into a word about another group
DESCRIBING_SUFFIXES = frozenset({"linked", "affiliated", "aligned", "allied", "inspired", "backed", "loyal"})


def _describes_another(state: DocState, start: int, key: int) -> bool:
    doc, end = state.sdoc, start
    while end < len(doc) and state.entities.at(end) == key:
        end += 1
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in DESCRIBING_SUFFIXES


def salient(state: DocState, before: int, *, exclude: int | None = None) -> int | None:
    """The armed group most mentioned before token ``before``, subjects counting double
    (ties: the one mentioned first)."""
    table = state.entities
    counts: dict[int, list[float]] = {}
    linked = any(d.armed for d in table.drafts())  # with reference data, only known groups
    last_key = None
    for i in range(before):
        key = table.at(i)
        if key is None or key == last_key:
            last_key = key
            continue
        last_key = key
        d = table.get(key)
        if (
            d.type == "organization"
            and not d.descriptive
            and (d.armed or (_maybe_armed(d) and not linked))
            and not d.force
            and d.kind != "wing"  # a media or security wing is never the group a text is about
            and not _platform(d)  # nor a messaging platform
        ):
            if _describes_another(state, i, key):
                continue  # "the Al-Qaeda-linked Hurras Al-Deen group": a word about another group
            entry = counts.setdefault(key, [0.0, -float(i)])
            weight = 1.0 if d.armed else 0.3
            tok = state.sdoc[i]
            if tok.dep_.startswith("nsubj") or tok.head.dep_.startswith("nsubj"):
                weight *= 2  # the subject of a sentence is its topic
            entry[0] += weight
    counts.pop(exclude, None)  # type: ignore[arg-type]
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k][0], counts[k][1]))


def wing_owner(state: DocState, key: int, tok: Token) -> int:
    """The group a media wing speaks for: "the Islamic State's Amaq news agency said its
    fighters ...", "its As-Sahab arm": the owner named with it, the branch's parent, or the
    group the text is about; the wing itself otherwise."""
    d = state.entities.get(key)
    if d.kind != "wing":
        return key
    owners = [c for t in (tok, *tok.subtree) for c in t.children if c.dep_ == "poss"]
    for owner in owners:
        found = resolve_token(state, owner)
        if found is not None and found != key and state.entities.get(found).type == "organization":
            return found
    if d.parent is not None:
        return d.parent
    return salient(state, tok.i, exclude=key) or key


def nearest(
    state: DocState,
    before: int,
    types: set[str],
    *,
    armed: bool = False,
    exclude: int | None = None,
) -> int | None:
    """The entity of one of ``types`` mentioned last before token ``before`` (with
    ``armed``, an armed group: reference-linked when the document has any)."""
    table = state.entities
    linked = armed and any(d.armed for d in table.drafts())
    for i in range(before - 1, -1, -1):
        key = table.at(i)
        if key is None:
            continue
        d = table.get(key)
        if (
            d.type not in types
            or d.descriptive
            or (armed and not d.armed and (linked or not _maybe_armed(d)))
            or key == exclude
            or (d.type == "organization" and _platform(d))
        ):
            continue  # (a messaging platform or social network is nobody's "it")
        return key
    return None


# where statements are posted, never an actor: "said in a Telegram post that its fighters ..."
PLATFORMS = frozenset({"telegram", "twitter", "facebook", "youtube", "whatsapp", "tiktok", "instagram", "x"})


# news agencies and broadcasters: they report attacks, claims and deaths, never commit them
NEWS_OUTLETS = frozenset({"reuters", "afp", "ap", "associated press", "agence france-presse", "agence france presse",
                          "xinhua", "anadolu", "anadolu agency", "efe", "dpa", "bbc", "cnn", "al jazeera",
                          "aljazeera", "sana", "irna", "tass", "ria novosti", "interfax", "upi"})  # fmt: skip


def is_news_outlet(draft: EntityDraft) -> bool:
    """A news agency or broadcaster the NER took for an actor."""
    return not draft.armed and any(n.lower() in NEWS_OUTLETS for n in draft.names)


def _platform(draft: EntityDraft) -> bool:
    """A messaging platform or social network the NER took for an organization."""
    return not draft.armed and any(n.lower() in PLATFORMS for n in draft.names)


def _maybe_armed(draft: EntityDraft) -> bool:
    """Without reference data every non-force organization may be an armed group."""
    return draft.ref is None and not draft.force
