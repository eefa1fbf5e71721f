"""orbat's reference data: the armed-group gazetteer, role titles, security forces, sources.

The data lives in ``orbat/nlp/data/`` (see ``docs/reference-data.md``) and is read with
``importlib.resources`` (no network). ``load_reference()`` validates it and returns a
``Reference`` that the nlp pipeline, the extractor and the resolver share.

    ref = load_reference()
    ref.lookup_group("Imarat Kavkaz").id   # "caucasus-emirate"
    ref.lookup_group("ICE").id             # acronyms are matched case-sensitively
    ref.is_descendant("is-caucasus", "islamic-state")  # True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from orbat.errors import OrbatError
from orbat.text import normalize_name, straighten_quotes

__all__ = [
    "Affiliation",
    "Force",
    "Group",
    "GroupRecord",
    "Reference",
    "ReferenceDataError",
    "Role",
    "Source",
    "load_reference",
]

GROUP_KINDS = ("group", "province", "affiliate", "branch", "wing", "faction")
AFFILIATION_KINDS = ("affiliate", "ally", "linked", "rival")
PARTIAL_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class ReferenceDataError(OrbatError):
    """The packaged reference data is malformed (names the file, line and problem)."""


# --------------------------------------------------------------------------- records (validation)


PartialDate = Annotated[
    str, Field(pattern=PARTIAL_ISO.pattern, description="partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code")]


class AffiliationRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Literal["affiliate", "ally", "linked", "rival"]
    since: PartialDate | None = None
    until: PartialDate | None = None


class GroupRecord(BaseModel):
    """One line of ``groups.jsonl``. ``groups.schema.json`` is generated from this model."""

    model_config = ConfigDict(extra="forbid", title="orbat armed-group gazetteer record")

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="stable slug")
    name: str = Field(min_length=1, description="canonical English name")
    aliases: list[str] = Field(default_factory=list, description="other names, matched case-insensitively")
    acronyms: list[str] = Field(default_factory=list, description="acronyms, matched case-sensitively")
    kind: Literal["group", "province", "affiliate", "branch", "wing", "faction"]
    parent: str | None = Field(default=None, description="id of the parent group")
    affiliations: list[AffiliationRecord] = Field(default_factory=list)
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    countries: list[CountryCode] = Field(default_factory=list)
    region: str | None = None
    descriptive: list[str] = Field(
        default_factory=list, description="phrases that name the group in news prose"
    )
    short_names: list[str] = Field(
        default_factory=list,
        description="the qualifier used with the parent's possessive: 'Caucasus' in "
        '"Islamic State\'s Caucasus province"',
    )
    ambiguous: list[str] = Field(
        default_factory=list,
        description="names this group knowingly shares with other groups (never resolved alone)",
    )


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True, slots=True)
class Affiliation:
    id: str
    kind: str  # affiliate | ally | linked | rival
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    parent: str | None = None
    affiliations: tuple[Affiliation, ...] = ()
    founded: str | None = None
    dissolved: str | None = None
    countries: tuple[str, ...] = ()
    region: str | None = None
    descriptive: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every case-insensitive name: canonical name, aliases, descriptive phrases, ambiguous."""
        return (self.name, *self.aliases, *self.descriptive, *self.ambiguous)


@dataclass(frozen=True, slots=True)
class Role:
    """A title or role word: ``term`` ("emir of the faithful") -> ``role`` ("leader");
    ``title`` is the canonical title the term stands for ("emir")."""

    term: str
    role: str
    title: str


@dataclass(frozen=True, slots=True)
class Force:
    """A state security force: a named body ("FSB") or a country's forces in general."""

    id: str  # "force:ru", "force:ru:fsb", "force:unspecified", "force:coalition"
    name: str
    country: str | None  # ISO2, None when unknown
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A monitor, news agency or official source quoted for attribution (not an armed group)."""

    id: str  # "source:site"
    name: str
    kind: str  # monitor | news-agency | media | official | think-tank
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ForceVocabulary:
    """What the generic "<nationality> forces" patterns are built from."""

    heads: tuple[str, ...]  # "forces", "troops", "army", "security forces", ...
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO2 -> ("Russian", ...)
    country_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO2 -> ("Russia",)
    unspecified: tuple[str, ...] = ()  # "security forces", "the army", ... (country unknown)
    strikes: tuple[str, ...] = ()  # "drone strike", "airstrike", ...


# --------------------------------------------------------------------------- the reference


@dataclass(frozen=True, eq=False)
class Reference:
    """The loaded reference data (immutable; compared and hashed by identity)."""

    groups: tuple[Group, ...]
    roles: tuple[Role, ...] = ()
    forces: tuple[Force, ...] = ()
    force_vocabulary: ForceVocabulary = field(default_factory=lambda: ForceVocabulary(heads=()))
    sources: tuple[Source, ...] = ()
    _by_id: dict[str, Group] = field(init=False, repr=False, compare=False)
    _by_name: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _by_acronym: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _forces_by_id: dict[str, Force] = field(init=False, repr=False, compare=False)
    _roles_by_term: dict[str, Role] = field(init=False, repr=False, compare=False)
    _attack_lines: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, list[str]] = {}
        by_acronym: dict[str, list[str]] = {}
        for g in self.groups:
            for name in g.names:
                for key in {normalize_name(name), _name_key(name)}:
                    ids = by_name.setdefault(key, [])
                    if g.id not in ids:
                        ids.append(g.id)
            for acro in g.acronyms:
                ids = by_acronym.setdefault(straighten_quotes(acro), [])
                if g.id not in ids:
                    ids.append(g.id)
        object.__setattr__(self, "_by_id", {g.id: g for g in self.groups})
        object.__setattr__(self, "_by_name", {k: tuple(v) for k, v in by_name.items()})
        object.__setattr__(self, "_by_acronym", {k: tuple(v) for k, v in by_acronym.items()})
        object.__setattr__(self, "_forces_by_id", {f.id: f for f in self.forces})
        object.__setattr__(self, "_roles_by_term", {normalize_name(r.term): r for r in self.roles})
        object.__setattr__(self, "_attack_lines", {g.id: self._attack_line_of(g) for g in self.groups})

    # groups -----------------------------------------------------------------------------

    def group(self, group_id: str) -> Group:
        """The group with this id (KeyError when unknown)."""
        return self._by_id[group_id]

    def get_group(self, group_id: str) -> Group | None:
        return self._by_id.get(group_id)

    def lookup_groups(self, name: str) -> list[Group]:
        """Every group a name may stand for: acronyms exactly (case-sensitive), other names
        after ``normalize_name``; a leading "the" is ignored."""
        text = straighten_quotes(name).strip()
        ids = self._by_acronym.get(text)
        for key in (normalize_name(text), _name_key(text)):
            if ids is not None:
                break
            ids = self._by_name.get(key)
            if ids is None and key.startswith("the "):
                ids = self._by_name.get(key[4:])
        if not ids:
            ids = self._by_spelling(text)
        return [self._by_id[i] for i in ids or ()]

    def _by_spelling(self, name: str) -> tuple[str, ...]:
        """The one group a name of two or more words is another spelling of ("Jemaah
        Ansharut Daulah" for "Jamaah Ansharut Daulah", "Hurras al-Deen" for "Hurras al-Din"):
        the same consonant skeleton word by word with compatible vowels. None when no group
        or several fit ("Ansar al-Sharia" is a name in Libya, Tunisia and Yemen)."""
        from orbat.resolve.names import translit_key, translit_variants  # only when no name matched

        key = translit_key(name, entity_type="organization")
        if len(key.split()) < 2:
            return ()  # one word's skeleton fits too many ("Shebab": al-Shabaab or As-Sahab)
        index = self.__dict__.get("_by_skeleton")
        if index is None:
            index = {}
            for g in self.groups:
                for n in g.names:
                    index.setdefault(translit_key(n, entity_type="organization"), []).append((g.id, n))
            object.__setattr__(self, "_by_skeleton", index)
        found = {gid for gid, n in index.get(key, ()) if translit_variants(name, n, entity_type="organization")}
        return tuple(found) if len(found) == 1 else ()

    def lookup_group(self, name: str) -> Group | None:
        """The one group a name stands for, or None when unknown or ambiguous."""
        found = self.lookup_groups(name)
        return found[0] if len(found) == 1 else None

    def parent_of(self, group_id: str) -> Group | None:
        parent = self.group(group_id).parent
        return self._by_id[parent] if parent else None

    def ancestors(self, group_id: str) -> Iterator[Group]:
        """Parent, grandparent, ... (nearest first)."""
        seen = {group_id}
        current = self.parent_of(group_id)
        while current is not None and current.id not in seen:
            yield current
            seen.add(current.id)
            current = self.parent_of(current.id)

    def _attack_line_of(self, group: Group) -> tuple[str, ...]:
        line = [a.id for a in self.ancestors(group.id)]
        for link in group.affiliations:
            if link.kind == "linked" and link.id in self._by_id and link.id != group.id:
                line += [link.id, *(a.id for a in self.ancestors(link.id))]
        return tuple(dict.fromkeys(i for i in line if i != group.id))

    def attack_line(self, group_id: str) -> list[Group]:
        """The groups an attack by this group may be told under, so that one attack blamed on
        it and claimed by one of them is one event: its parent, grandparent, ..., and each group
        it is linked with, with theirs (the ADF and the Islamic State's Central Africa
        Province, and so the Islamic State)."""
        return [self._by_id[i] for i in self._attack_lines.get(group_id, ())]

    def attack_line_below(self, group_id: str) -> list[Group]:
        """The groups whose ``attack_line`` holds this one."""
        return [self._by_id[g] for g, line in self._attack_lines.items() if group_id in line]

    def is_descendant(self, group_id: str, ancestor_id: str) -> bool:
        """True when ``ancestor_id`` is a (transitive) parent of ``group_id``."""
        return any(g.id == ancestor_id for g in self.ancestors(group_id))

    def children(self, group_id: str) -> list[Group]:
        return [g for g in self.groups if g.parent == group_id]

    # roles, forces ---------------------------------------------------------------------

    def role_for(self, term: str) -> Role | None:
        return self._roles_by_term.get(normalize_name(term))

    def force(self, force_id: str) -> Force | None:
        return self._forces_by_id.get(force_id)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def lookup_force(self, name: str) -> Force | None:
        """The force a name stands for: a named body ("FSB", "Israel Defense Forces"), or a
        country's forces ("Russian forces", "the Nigerian army", "Russia's military")."""
        text = straighten_quotes(name).strip()
        for force in self.forces:
            if text in force.acronyms:
                return force
        key = normalize_name(text)
        key = key[4:] if key.startswith("the ") else key
        for force in self.forces:
            if force.country is None and force.id == "force:unspecified":
                continue
            if key in {normalize_name(n) for n in (force.name, *force.aliases)}:
                return force
        vocab = self.force_vocabulary
        for head in sorted(vocab.heads, key=len, reverse=True):
            head_key = normalize_name(head)
            if key.endswith(" " + head_key):
                lead = key[: -len(head_key) - 1]
                for code in vocab.demonyms:
                    names = {normalize_name(d) for d in vocab.demonyms[code]}
                    names |= {normalize_name(n) for n in vocab.country_names.get(code, ())}
                    if lead in names:
                        return self.force(f"force:{code.lower()}")
        if key in {normalize_name(p) for p in vocab.unspecified}:
            return self.force("force:unspecified")
        return None


def _name_key(name: str) -> str:
    """A second, looser key: apostrophes dropped ("Kata'ib" and "Kataib" meet)."""
    return normalize_name(straighten_quotes(name).replace("'", ""))


# --------------------------------------------------------------------------- loading


DATA_PACKAGE = "orbat.nlp"  # the files are in its data/ folder


def load_reference(path: str | Path | None = None) -> Reference:
    """Read and validate the reference data: the packaged files, or those in ``path``
    (a directory holding ``groups.jsonl``, ``roles.json``, ``forces.json``, ``sources.json``)."""
    if path is None:
        root = resources.files(DATA_PACKAGE).joinpath("data")

        def read(name: str) -> str:
            return (root / name).read_text(encoding="utf-8")

    else:
        base = Path(path)

        def read(name: str) -> str:
            return (base / name).read_text(encoding="utf-8")

    groups = parse_groups(read("groups.jsonl"), source="groups.jsonl")
    roles = parse_roles(json.loads(read("roles.json")))
    forces, vocabulary = parse_forces(json.loads(read("forces.json")))
    sources = parse_sources(json.loads(read("sources.json")))
    return Reference(
        groups=tuple(groups), roles=roles, forces=forces, force_vocabulary=vocabulary, sources=sources
    )


def parse_groups(text: str, *, source: str = "groups.jsonl") -> list[Group]:
    """Parse and validate gazetteer lines; raises ReferenceDataError naming every problem."""
    records: list[tuple[int, GroupRecord]] = []
    problems: list[str] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((lineno, GroupRecord.model_validate(json.loads(line))))
        except (json.JSONDecodeError, ValidationError) as exc:
            problems.append(f"{source}:{lineno}: {exc}")
    problems.extend(check_groups(records, source=source))
    if problems:
        raise ReferenceDataError("invalid reference data:\n" + "\n".join(problems))
    return [_to_group(rec) for _, rec in records]


def check_groups(records: Iterable[tuple[int, GroupRecord]], *, source: str) -> list[str]:
    """Cross-record checks: unique ids, parents and affiliations exist, no parent cycles,
    no name claimed by two groups unless both list it under ``ambiguous``."""
    records = list(records)
    problems: list[str] = []
    ids: dict[str, int] = {}
    for lineno, rec in records:
        if rec.id in ids:
            problems.append(f"{source}:{lineno}: duplicate id {rec.id!r} (first on line {ids[rec.id]})")
        ids.setdefault(rec.id, lineno)
    for lineno, rec in records:
        if rec.parent is not None and rec.parent not in ids:
            problems.append(f"{source}:{lineno}: {rec.id}: unknown parent {rec.parent!r}")
        if rec.parent == rec.id:
            problems.append(f"{source}:{lineno}: {rec.id}: is its own parent")
        for aff in rec.affiliations:
            if aff.id not in ids:
                problems.append(f"{source}:{lineno}: {rec.id}: unknown affiliation {aff.id!r}")
            if aff.id == rec.id:
                problems.append(f"{source}:{lineno}: {rec.id}: affiliated with itself")
        if rec.founded and rec.dissolved and rec.dissolved < rec.founded:
            problems.append(f"{source}:{lineno}: {rec.id}: dissolved before founded")
    parents = {rec.id: rec.parent for _, rec in records}
    for start in parents:
        seen, node = set(), start
        while node is not None and node in parents:
            if node in seen:
                problems.append(f"{source}: parent cycle through {start!r}")
                break
            seen.add(node)
            node = parents[node]

    claims: dict[str, set[str]] = {}
    shared: dict[str, set[str]] = {}
    for _, rec in records:
        for name in (rec.name, *rec.aliases, *rec.descriptive, *rec.ambiguous):
            claims.setdefault(normalize_name(name), set()).add(rec.id)
        for name in rec.ambiguous:
            shared.setdefault(normalize_name(name), set()).add(rec.id)
    for key, owners in sorted(claims.items()):
        if not key:
            problems.append(f"{source}: a name of {sorted(owners)} is empty after normalisation")
        elif len(owners) > 1 and not owners <= shared.get(key, set()):
            problems.append(f"{source}: name {key!r} claimed by {sorted(owners)}; list it under 'ambiguous'")
    siblings: dict[tuple[str | None, str], set[str]] = {}
    for _, rec in records:
        for short in rec.short_names:
            siblings.setdefault((rec.parent, normalize_name(short)), set()).add(rec.id)
    for (parent, short), owners in sorted(siblings.items(), key=str):
        if len(owners) > 1:
            problems.append(f"{source}: short name {short!r} of {parent!r} claimed by {sorted(owners)}")
    acronyms: dict[str, set[str]] = {}
    for _, rec in records:
        for acro in rec.acronyms:
            acronyms.setdefault(acro, set()).add(rec.id)
    for acro, owners in sorted(acronyms.items()):
        if len(owners) > 1:
            problems.append(f"{source}: acronym {acro!r} claimed by {sorted(owners)}")
    return problems


def group_schema() -> dict[str, Any]:
    """The JSON Schema of one ``groups.jsonl`` line (``groups.schema.json`` is this, written out)."""
    schema = GroupRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://orbat.invalid/schema/groups.schema.json"
    return schema


def _to_group(rec: GroupRecord) -> Group:
    return Group(
        id=rec.id,
        name=rec.name,
        kind=rec.kind,
        aliases=tuple(rec.aliases),
        acronyms=tuple(rec.acronyms),
        parent=rec.parent,
        affiliations=tuple(Affiliation(a.id, a.kind, a.since, a.until) for a in rec.affiliations),
        founded=rec.founded,
        dissolved=rec.dissolved,
        countries=tuple(rec.countries),
        region=rec.region,
        descriptive=tuple(rec.descriptive),
        short_names=tuple(rec.short_names),
        ambiguous=tuple(rec.ambiguous),
    )


def parse_roles(data: dict[str, Any]) -> tuple[Role, ...]:
    """``roles.json``: {"roles": {role: {title: [terms...]}}}."""
    out: list[Role] = []
    seen: dict[str, str] = {}
    for role, titles in data["roles"].items():
        for title, terms in titles.items():
            for term in (title, *terms):
                key = normalize_name(term)
                if key in seen and seen[key] != role:
                    raise ReferenceDataError(f"roles.json: {term!r} is both {seen[key]!r} and {role!r}")
                if key not in seen:
                    seen[key] = role
                    out.append(Role(term=term, role=role, title=title))
    return tuple(out)


def parse_forces(data: dict[str, Any]) -> tuple[tuple[Force, ...], ForceVocabulary]:
    forces: list[Force] = []
    demonyms: dict[str, tuple[str, ...]] = {}
    names: dict[str, tuple[str, ...]] = {}
    for code, entry in data["countries"].items():
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ReferenceDataError(f"forces.json: not an ISO2 country code: {code!r}")
        demonyms[code] = tuple(entry.get("demonyms", ()))
        names[code] = tuple(entry.get("names", ()))
        forces.append(Force(id=f"force:{code.lower()}", name=f"{demonyms[code][0]} forces", country=code))
    for entry in data["named"]:
        forces.append(
            Force(
                id=entry["id"],
                name=entry["name"],
                country=entry.get("country"),
                aliases=tuple(entry.get("aliases", ())),
                acronyms=tuple(entry.get("acronyms", ())),
            )
        )
    forces.append(Force(id="force:unspecified", name="security forces", country=None))
    ids = [f.id for f in forces]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ReferenceDataError(f"forces.json: duplicate ids {sorted(dupes)}")
    vocabulary = ForceVocabulary(
        heads=tuple(data["heads"]),
        demonyms=demonyms,
        country_names=names,
        unspecified=tuple(data.get("unspecified", ())),
        strikes=tuple(data.get("strikes", ())),
    )
    return tuple(forces), vocabulary


def parse_sources(data: dict[str, Any]) -> tuple[Source, ...]:
    out = []
    for entry in data["sources"]:
        out.append(
            Source(
                id=entry["id"],
                name=entry["name"],
                kind=entry["kind"],
                aliases=tuple(entry.get("aliases", ())),
                acronyms=tuple(entry.get("acronyms", ())),
                country=entry.get("country"),
            )
        )
    ids = [s.id for s in out]
    if len(set(ids)) != len(ids):
        raise ReferenceDataError("sources.json: duplicate ids")
    return tuple(out)
