"""``orbat_person_names``: a name once tagged PERSON stays a person in the same document.

The statistical NER tags "Magomed Suleimanov" PERSON but a later bare "Suleimanov" GPE, or
"Qadari" ORG after "Abu Muhammad al Qadari". Runs after ``ner``: every part of a PERSON
entity that looks like a surname or nisba (title case, not a particle or kunya word) is
remembered; later entities without an ``ent_id_`` whose text is one such part become PERSON,
and so do untagged proper-noun tokens equal to one. A PERSON entity also takes in an untagged
title-case proper noun right before it ("Rustam" in "that Qadari is Rustam Asilderov"),
unless that word is a title ("Emir", "Sheikh").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from orbat.nlp.patterns import CALENDAR_WORDS, HYPHEN_PARTICLES, KUNYA_WORDS, NAME_PARTICLES, NOT_A_GIVEN_NAME
from orbat.nlp.spans import tokens_where
from orbat.text import normalize_name

LABEL = "PERSON"
# nationality adjectives the NER glues to a name ("Algerian Abu Obaida", "Swiss Beatrice Stockly")
DEMONYMS = frozenset(
    """afghan algerian american australian austrian azerbaijani bahraini bangladeshi belgian british
    burkinabe cameroonian canadian chadian chechen chinese dagestani danish dutch egyptian emirati
    eritrean ethiopian filipino french german ghanaian indian indonesian iranian iraqi irish israeli
    italian jordanian kazakh kenyan kuwaiti kyrgyz lebanese libyan malaysian malian mauritanian
    moroccan mozambican nigerian nigerien norwegian omani pakistani palestinian qatari russian saudi
    senegalese somali spanish sudanese swedish swiss syrian tajik tanzanian thai tunisian turkish
    turkmen ugandan uighur uyghur uzbek yemeni
    frenchman frenchwoman briton englishman englishwoman dutchman irishman scotsman welshman
    spaniard swede dane finn""".split()
)
# words that make a span an organisation, not a person
ORG_WORDS = frozenset(
    """group front army forces force state movement party council brigade brigades battalion ministry
    agency network organization organisation union committee company news times post press center
    centre institute foundation office department province wing media radio tv channel court""".split()
)
def _load_given_names() -> frozenset[str]:
    from importlib.resources import files

    text = files("orbat.nlp").joinpath("data", "given_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


GIVEN_NAMES = _load_given_names()
# words the NER may glue to the front of a second name ("X, Aka Abu Anas al-Ansari")
ALIAS_OPENERS = frozenset({"aka", "a.k.a.", "a.k.a", "alias"})
ROLE_BEFORE = frozenset({"leader", "chief", "commander", "emir", "amir", "spokesman", "founder", "deputy",
                         "militant", "jihadist", "cleric", "ideologue", "wali", "head"})
RELABEL = ("GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
_SKIP = set(KUNYA_WORDS) | set(NAME_PARTICLES) | set(HYPHEN_PARTICLES)


def name_parts(span: Span) -> set[str]:
    """The normalised parts of a person name that can stand alone for it."""
    parts = set()
    for tok in span:
        key = normalize_name(tok.text)
        if tok.is_title and len(key) >= 4 and key not in _SKIP:
            parts.add(key)
    return parts


def _core(span: Span) -> str:
    """A span's name without a possessive and leading particle: "al Qadari's" -> "qadari"."""
    words = [w for w in normalize_name(span.text).split() if w not in ("s", "the")]
    while words and words[0] in _SKIP:
        words = words[1:]
    return " ".join(words)


def _given_name(tok, *, before_kunya: bool = False) -> bool:
    """A given name before a PERSON entity; at a sentence start only before a kunya
    ("Ali Abu Muhammad al Dagestani was killed"), where a capital says little otherwise."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and (before_kunya or not tok.is_sent_start)
        and tok.lower_ not in NOT_A_GIVEN_NAME
        and tok.lower_ not in CALENDAR_WORDS
        and tok.lower_ not in _SKIP
        and tok.lower_ not in DEMONYMS
    )


class PersonNames:
    def __init__(self, nlp: Language, name: str = "orbat_person_names"):
        self.name = name
        known_places()  # load the place names now, with the pipeline, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        _retype(doc)
        _listed_names(doc)
        _join_split_names(doc)
        _trim_over_dashes(doc)
        _drop_photo_credits(doc)
        _join_ayn_kunyas(doc)
        _places_told_as_places(doc)
        known: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == LABEL:
                known |= name_parts(ent)
        if not known:
            return doc
        _nisba_mentions(doc, known)
        changed = False
        ents = []
        for ent in doc.ents:
            if ent.label_ in RELABEL and not ent.ent_id_ and _core(ent) in known:
                ent = Span(doc, ent.start, ent.end, label=LABEL)
                changed = True
            ents.append(ent)
        taken = {i for e in ents for i in range(e.start, e.end)}
        for tok in tokens_where(doc, pos=["PROPN"]):
            if (
                tok.i not in taken
                and tok.is_title
                and normalize_name(tok.text) in known
            ):
                ents.append(Span(doc, tok.i, tok.i + 1, label=LABEL))
                changed = True
        ents.sort(key=lambda s: s.start)
        for n, ent in enumerate(ents):
            before = ent.start - 1
            kunya = ent[0].lower_ in KUNYA_WORDS
            if (
                ent.label_ == LABEL
                and before >= 0
                and before not in taken
                and _given_name(doc[before], before_kunya=kunya)
            ):
                ents[n] = Span(doc, before, ent.end, label=LABEL)
                changed = True
        if changed:
            # an extension can reach a token another new span took: keep the longest
            doc.ents = filter_spans(ents)
            _join_hyphenated(doc)
        return doc


def _join_hyphenated(doc: Doc) -> None:
    """Two person names joined by a hyphen with no space ("Abba" "-" "Gana", each tagged from
    "Amir Abba-Gana" told before) are one name."""
    ents, changed = list(doc.ents), False
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == LABEL == ent.label_
            and ent.start == prev.end + 1
            and doc[prev.end].text == "-"
            and not doc[prev.end - 1].whitespace_
            and not doc[prev.end].whitespace_
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=LABEL)
            changed = True
            continue
        out.append(ent)
    if changed:
        doc.ents = out


def _listed_names(doc: Doc) -> None:
    """An untagged name coordinated with a person's is a person's too: "Abu Maria
    al-Qahtani and Jihad Issa al-Sheikh" (two to five title-case words, no organisation word)."""
    added = []
    for tok in tokens_where(doc, ent_type=[""], pos=["PROPN"], dep=["conj"]):
        if tok.head.ent_type_ != LABEL:
            continue
        start = tok.left_edge.i
        if start < len(doc) and doc[start].pos_ == "CCONJ":
            start += 1
        words = doc[start : tok.i + 1]
        if not 2 <= len(words) <= 5 or any(t.ent_type_ for t in words):
            continue
        if not all(t.is_title or t.lower_ in _SKIP or t.text == "-" for t in words):
            continue
        if any(t.lower_ in ORG_WORDS for t in words) or not words[0].is_title:
            continue
        added.append(Span(doc, start, tok.i + 1, label=LABEL))
    if added:
        doc.ents = filter_spans([*doc.ents, *added])


def _join_ayn_kunyas(doc: Doc) -> None:
    """A kunya written with an apostrophe for the ayn ("Abu 'Umar al-Muhajir", "Abu 'Ubaydah"):
    the NER often leaves "Abu" out, or tags it apart; one person from "Abu" on."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        start = ent.start
        if ent.label_ != LABEL or start < 2:
            continue
        quote, kunya = doc[start - 1], doc[start - 2]
        if quote.text in {"'", "‘", "’", "ʿ", "`"} and kunya.lower_ in KUNYA_WORDS and quote.idx == kunya.idx + len(kunya.text) + 1:
            if any(e.start <= kunya.i < e.end for e in ents if e is not ent and e.label_ == LABEL):
                continue
            end = ent.end
            after = ents[n + 1] if n + 1 < len(ents) else None
            if after is not None and after.label_ == LABEL and after.start == end:
                end = after.end  # "Abu 'Ubaydah" + "Yusuf al-Annabi": one kunya-name
            ents[n] = Span(doc, kunya.i, end, label=LABEL)
            changed = True
    if changed:
        doc.ents = filter_spans(ents)


def _trim_over_dashes(doc: Doc) -> None:
    """A name the NER ran on over a dash into the clause ("Aziz Nazarov - were detained"):
    cut at the dash when what follows is lower case."""
    ents, changed = [], False
    for ent in doc.ents:
        cut = next(
            (t.i for t in ent if t.i > ent.start and t.tag_ == ":" and t.i + 1 < len(doc) and doc[t.i + 1].is_lower),
            None,
        )
        if ent.label_ == LABEL and cut is not None:
            ent = Span(doc, ent.start, cut, label=LABEL)
            changed = True
        ents.append(ent)
    if changed:
        doc.ents = ents
        for ent in ents:
            if ent.label_ == LABEL and not ent.id_:
                for tok in ent:
                    tok.ent_id_ = ""  # setting doc.ents leaves a former group id on the tokens


# posts written in capitals before a name ("TTP Mohmand Chief Omar Khalid Khorasani", "Shabaab
# Commander Ahmed Omar"): never part of it; not "Emir"/"Wali", which open names too
TITLE_ROLES = frozenset({"chief", "commander", "leader", "spokesman", "spokesperson", "head", "deputy", "brother"})


# words of a photo credit in brackets: "(AP: Hadi Mizban)", "(AFP Photo/Delil Souleiman)"
CREDIT_WORDS = frozenset({"ap", "afp", "reuters", "epa", "getty", "photo", "photos", "image", "credit", "file",
                          "anadolu", "xinhua", "courtesy"})
CREDITED_LABELS = frozenset({LABEL, "ORG", "GPE", "LOC", "NORP", "FAC"})  # what the NER makes of a credited name


def _drop_photo_credits(doc: Doc) -> None:
    """A photographer named in a caption's credit is no one the story is about, nor is the
    credit an organisation ("AP Photo/Adel Hana")."""
    kept = [ent for ent in doc.ents if not (ent.label_ in CREDITED_LABELS and in_credit(doc, ent))]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def in_credit(doc: Doc, ent: Span) -> bool:
    """Whether ``ent`` stands in brackets that open with a credit's words ("(AP: ...",
    "week.(AP Photo/..."), or is a photographer's name before an agency ("Thaier al-Sudani/Reuters")."""
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].text == "/" and after[1].lower_ in CREDIT_WORDS:
        return True
    if ent[-1].text == "/" and ent.end < len(doc) and doc[ent.end].lower_ in CREDIT_WORDS:
        return True  # (the NER may take the slash into the name)
    for i in range(ent.start, max(-1, ent.start - 6), -1):
        text = doc[i].text
        if i < ent.start and ")" in text:
            return False
        if "(" in text:
            words = [text.rsplit("(", 1)[1], *(t.text for t in doc[i + 1 : ent.end])]
            return any(w.lower().strip(":/.") in CREDIT_WORDS for w in " ".join(words).replace("/", " ").split())
    return False


def _join_split_names(doc: Doc) -> None:
    """One name the NER cut in two at a particle: "Sheik Ayman" + "El Dawahiri", "Mokhtar"
    + "Ould Hamaha" (adjacent PERSON spans, the second opening with a name particle)."""
    ents = list(doc.ents)
    joined, changed = [], False
    for ent in ents:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.label_ == LABEL
            and ent.label_ == LABEL
            and prev.end == ent.start
            and ent[0].lower_ in (*NAME_PARTICLES, "ag")
        ):
            joined[-1] = Span(doc, prev.start, ent.end, label=LABEL)
            changed = True
        elif prev is not None and prev.label_ == LABEL and prev.end == ent.start and _open_nisba(prev) and len(ent) == 1:
            # "Abdul Malik al-" + "Houthi": a man's nisba the ruler took for the group it names
            joined[-1] = Span(doc, prev.start, ent.end, label=LABEL)
            changed = True
        else:
            joined.append(ent)
    if changed:
        doc.ents = joined
        for ent in joined:
            if ent.label_ == LABEL:
                for tok in ent:
                    tok.ent_id_ = ""  # (the group's id stays on a token taken into a name)


def _nisba_mentions(doc: Doc, known: set[str]) -> None:
    """ "Al-Houthi said ...": a man named before by a nisba that is also a group's name
    ("Abdul Malik al-Houthi") is meant by it again when it keeps its article."""
    ents, changed = list(doc.ents), False
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        if (
            ent.label_ != LABEL
            and len(ent) == 1
            and normalize_name(ent.text) in known
            and start >= 2
            and doc[start - 1].text == "-"
            and doc[start - 2].lower_ in (*NAME_PARTICLES, *HYPHEN_PARTICLES)
        ):
            while out and out[-1].end > start - 2:
                out.pop()  # ("Al-" tagged as an organisation of its own)
            out.append(Span(doc, start - 2, ent.end, label=LABEL))
            for tok in doc[start - 2 : ent.end]:
                tok.ent_id_ = ""
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


def _open_nisba(ent: Span) -> bool:
    """A name that ends in an article and its hyphen ("Abdul Malik al-"), its nisba cut off."""
    return len(ent) >= 3 and ent[-1].text == "-" and ent[-2].lower_ in (*NAME_PARTICLES, *HYPHEN_PARTICLES)


def _person_shaped(doc: Doc, ent: Span) -> bool:
    """An unlinked ORG that is a person's name: two to four title-case words with no
    organisation word, that start with a common given name ("Abdelmalek Gouri headed ...") or
    are named right after a role ("its former leader X") or right before "who"."""
    if ent.label_ not in {"ORG", "GPE", "FAC"} or ent.ent_id_ or not 2 <= len([t for t in ent if t.text != "-"]) <= 4:
        return False
    if ent[-1].text in {"'s", "\u2019s"}:
        return False
    if not all(t.is_title or t.lower_ in _SKIP or t.text == "-" for t in ent):
        return False
    if any(t.lower_ in ORG_WORDS for t in ent):
        return False
    nxt = doc[ent.end : ent.end + 2]
    after_who = any(t.lower_ in {"who", "whose", "whom"} for t in nxt) and (
        doc[ent.end].lower_ in {"who", "whose", "whom", ","}
    ) if ent.end < len(doc) else False
    before_role = ent.start > 0 and doc[ent.start - 1].lemma_.lower() in ROLE_BEFORE
    given = normalize_name(ent[0].text) in GIVEN_NAMES and ent[-1].is_title and ent[-1].lower_ not in _SKIP
    if ent.label_ in {"GPE", "FAC"}:
        return given and (after_who or before_role or ent.label_ == "FAC")
    return after_who or before_role or given


def _family_of_group(doc: Doc, ent: Span, before: list[Span]) -> bool:
    """A one-word group name (a gazetteer group named after a family: "Maute", "Haqqani")
    right after an untagged given name is that person's surname."""
    if ent.label_ != "ORG" or not ent.ent_id_ or len(ent) != 1 or ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if before and before[-1].end > prev.i:
        return False  # the word before belongs to another entity
    return prev.is_title and prev.is_alpha and normalize_name(prev.text) in GIVEN_NAMES


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Country and city names (cities of 100,000+), lower case."""
    from orbat.places import major_place_names

    return frozenset(n.lower() for n in major_place_names(100_000))


# what befalls a person, not a place: the one-word GPE subject of one is a misread name
PERSON_FATE_VERBS = frozenset({"kill", "die", "appoint", "elect", "assassinate", "behead", "execute", "arrest",
                               "detain", "wound", "injure", "succeed", "martyr"})  # fmt: skip


# nouns that only relate a person to a person: their owner and their apposition are people
PERSON_RELATIONS = frozenset({"successor", "predecessor", "deputy", "son", "daughter", "wife", "widow", "brother",
                              "father", "nephew", "cousin", "brother-in-law", "son-in-law", "bodyguard"})  # fmt: skip


# what befalls one person: "the death of Shekau", "Shekau's funeral"
PERSON_FATE_NOUNS = frozenset({"death", "assassination", "funeral", "burial", "martyrdom", "arrest", "detention",
                               "extradition", "widow", "whereabouts"})  # fmt: skip


def _kin_of_role(ent: Span) -> bool:
    """ "Shekau's successor, Bakura", "the deputy of Droukdel", "the death of Shekau": a
    one-word ORG/GPE the NER guessed that owns, or stands in apposition to, a noun that
    relates two people, or owns one that only befalls a person."""
    tok = ent[0]
    if ent.label_ not in {"ORG", "GPE", "LOC", "NORP"} or len(ent) != 1 or ent.ent_id_ or not tok.is_title:
        return False
    head = tok.head
    if tok.dep_ == "poss" or (tok.dep_ == "pobj" and head.lower_ == "of"):
        noun = head if tok.dep_ == "poss" else head.head
        return noun.lower_ in PERSON_RELATIONS or noun.lower_ in PERSON_FATE_NOUNS
    return tok.dep_ == "appos" and head.lower_ in PERSON_RELATIONS


def _fate_subject(ent: Span) -> bool:
    """ "after Fazlullah was killed", "Fazlullah died": a one-word GPE/LOC that the NER
    guessed, subject of a verb that only a person undergoes, and no known country or city."""
    tok = ent[0]
    succeeding = tok.head.lemma_.lower() in SUCCESSION_VERBS or (
        tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in SUCCESSION_VERBS
    )  # "Hakimullah Mehsud ... was succeeded by Fazlullah", "Fazlullah succeeded Mehsud"
    return (
        ent.label_ in {"GPE", "LOC"}
        and len(ent) == 1
        and not ent.ent_id_
        and (
            (tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in PERSON_FATE_VERBS)
            or (succeeding and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})
        )
        and tok.lower_ not in known_places()
        and tok.lower_ not in DEMONYMS
    )


# verbs whose subject, object and agent are people ("the Taliban succeeded ..." is rare enough)
SUCCESSION_VERBS = frozenset({"succeed"})


_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across"})


PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "area", "county",
                         "state", "capital", "locality", "commune", "island", "port"})


def _named_place(ent: Span) -> bool:
    """A PERSON or ORG the NER guessed that is the name of a place noun: "the town of Sole",
    "the village of Inates", "the city of Marawi"."""
    root = ent.root
    return (
        ent.label_ in {"PERSON", "ORG"}
        and not ent.ent_id_
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in PLACE_NOUNS
        and root.head.head.pos_ == "NOUN"
    )


def _places_told_as_places(doc: Doc) -> None:
    """A known city the document names as a place somewhere ("in Garissa") is that place
    where the NER took the same one word for a person ("After the Garissa attack")."""
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and len(e) == 1 and e.text.lower() in known_places()}
    if not any(e.label_ == LABEL and len(e) == 1 and e.text in places and not e.ent_id_ for e in doc.ents):
        return
    doc.ents = [
        Span(doc, e.start, e.end, label="GPE") if e.label_ == LABEL and len(e) == 1 and e.text in places and not e.ent_id_ else e
        for e in doc.ents
    ]


def _place_shaped(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON or ORG after "in", "at", "near", ... that is a known city or country
    ("in Sanaa", "in Quetta"): a place."""
    return (
        ent.label_ in {"PERSON", "ORG"}
        and not ent.ent_id_
        and len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ in _PLACE_PREPS
        and ent.text.lower() in known_places()
    )


# people nouns a list of names may hang from ("seven suspected accomplices - A, B and C -")
LIST_PEOPLE = frozenset({
    "accomplice", "suspect", "perpetrator", "attacker", "assailant", "militant", "member", "recruiter",
    "defendant", "detainee", "brother", "father", "son", "cousin", "nephew", "uncle", "man", "men", "people",
    "person", "leader", "commander", "fighter", "jihadist", "gunman", "bomber", "hostage", "captive",
})  # fmt: skip


def _listed_with_people(doc: Doc, ent: Span) -> bool:
    """An unlinked ORG or NORP (or GPE that names no known place) shaped like a person's name
    (two to four title-case words, no organisation word) in a list of apposed or coordinated
    names that hangs from a people noun or from a named person ("seven more suspected
    accomplices - brothers A and B, their father C, D, E - were detained", "the five clerics,
    A, B, C, D and Ansari Yunos")."""
    if ent.label_ not in {"ORG", "NORP", "GPE"} or ent.ent_id_ or not 2 <= len([t for t in ent if t.text != "-"]) <= 4:
        return False
    if ent.label_ == "GPE" and ent.text.lower() in known_places():
        return False
    if not all(t.is_title or t.lower_ in _SKIP or t.text == "-" for t in ent):
        return False
    if any(t.lower_ in ORG_WORDS for t in ent):
        return False
    tok = ent.root
    for _ in range(8):
        if tok.dep_ not in {"appos", "conj"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.ent_type_ == LABEL or (not tok.ent_type_ and tok.lemma_.lower() in LIST_PEOPLE):
            return True
    return False


# a common noun for an armed group, written right before the group's name ("the group Abu Sayyaf")
GROUP_NOUNS = frozenset({"group", "outfit", "faction", "movement", "organisation", "organization"})


def _retype(doc: Doc) -> None:
    """Person names the NER got wrong: a nationality glued to the front is cut off; an
    unlinked ORG shaped like a person's name becomes PERSON; a name cut in two before its
    kunya ("Ahmed Omar" + "Abu Ubaidah") is one name."""
    ents, changed = [], False
    for ent in doc.ents:
        if (
            ents
            and ent.label_ == LABEL
            and ents[-1].label_ == LABEL
            and ents[-1].end == ent.start
            and ent[0].lower_ in KUNYA_WORDS
            and not ent.ent_id_
            and not ents[-1].ent_id_
        ):
            ents[-1] = Span(doc, ents[-1].start, ent.end, label=LABEL)
            changed = True
            continue
        inner = next((t.i for t in ent[1:-1] if t.lower_ in ALIAS_OPENERS), None) if ent.label_ == LABEL else None
        if inner is not None:
            # "Abdul-Kaka a.k.a Saad" read as one name: two names, the alias word between them
            ents.append(Span(doc, ent.start, inner, label=LABEL))
            ent = Span(doc, inner + 1, ent.end, label=LABEL)
            changed = True
        elif ent.label_ == LABEL and len(ent) >= 2 and ent[0].lower_ in ALIAS_OPENERS:
            ent = Span(doc, ent.start + 1, ent.end, label=LABEL)  # "X, Aka Abu Anas": the alias word is no name
            changed = True
        elif ent.label_ == LABEL and len(ent) >= 2 and ent[0].lower_ in DEMONYMS and ent[1].is_title:
            ent = Span(doc, ent.start + 1, ent.end, label=LABEL)
            changed = True
        elif _family_of_group(doc, ent, ents):
            # "Omar Maute", "Abdullah Maute": a group named after a family, and one of them
            ent = Span(doc, ent.start - 1, ent.end, label=LABEL)
            changed = True
        elif _person_shaped(doc, ent):
            ent = Span(doc, ent.start, ent.end, label=LABEL)
            changed = True
        elif len(ent) > 2 and ent[-1].text in {"'s", "\u2019s"} and _person_shaped(
            doc, Span(doc, ent.start, ent.end - 1, label=ent.label_)
        ):
            ent = Span(doc, ent.start, ent.end - 1, label=LABEL)  # "Abdelmalek Droukdel's death"
            changed = True
        elif ent.label_ == LABEL and not ent.ent_id_ and ent.start > 0 and doc[ent.start - 1].lower_ in GROUP_NOUNS:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "ISIS-inspired group Dawlah Islamiyah"
            changed = True
        elif _named_place(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the Burkina town of Sole"
            changed = True
        elif _place_shaped(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")
            changed = True
        elif _listed_with_people(doc, ent):
            ent = Span(doc, ent.start, ent.end, label=LABEL)  # "accomplices - A, B, C and D -"
            changed = True
        elif _kin_of_role(ent):
            ent = Span(doc, ent.start, ent.end, label=LABEL)  # "Shekau's successor, Bakura"
            changed = True
        elif _fate_subject(ent):
            ent = Span(doc, ent.start, ent.end, label=LABEL)  # "after Fazlullah was killed"
            changed = True
        ents.append(ent)
    if changed:
        doc.ents = ents
        for ent in ents:
            if ent.label_ == LABEL and not ent.id_:
                for tok in ent:
                    tok.ent_id_ = ""  # setting doc.ents leaves a former group id on the tokens


@Language.factory("orbat_person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(nlp, name)
