"""Cross-document questions an analyst asks of the knowledge base, answered and scored.

A question file is JSON Lines (format in ``gold/real/README.md``)::

    {"id": "q1", "set": "dev", "kind": "leader", "org": ["JNIM"], "on": "2019-01-01",
     "expect": ["Iyad Ag Ghaly"], "docs": ["sahel-..."]}
    {"id": "q2", "set": "blind", "kind": "alias", "name": "Abu Walid al-Sahrawi",
     "expect": ["Adnan Abu Walid al-Sahrawi"], "docs": [...]}
    {"id": "q3", "set": "dev", "kind": "same_event", "docs": ["a", "b"], "expect": true}

How an answer is judged:

* ``leader``: ``orbat.query.leaders(org, on=date, role="leader")``; the answer is the people of
  the tenures marked certain on that date, else of those marked likely (the last holder known
  to have taken the post by then), else of all tenures that may cover it. Right when it names at least one person and every person it names carries a name
  in ``expect`` (``expect: []``: right when nobody is named).
* ``alias``: the entity found for ``name`` carries (as its name or an alias) a name in
  ``expect``.
* ``same_event``: ``expect: true`` is right when one attack (or claim) fact of the knowledge
  base has sources in every listed document; ``false`` when each document has an attack and
  no attack is shared by them. A targeted killing is often told as a death with its killer and
  no attack: a document with no attack of its own is represented by its news deaths (dated
  within a month before it was published, not the background ones).

Documents are named by their article id: the file name (without extension) of the input
they were ingested from, or a record's own ``id`` in a JSONL input. This module only reads
the store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbat.errors import GoldFormatError
from orbat.query import Ambiguous, NotFound, find_entity, leaders
from orbat.text import normalize_name
from orbat.timelines import upper

__all__ = ["Answer", "Question", "answer", "answer_all", "load_questions", "summary"]

KINDS = ("leader", "alias", "same_event")
_EVENT_TYPES = ("attack", "claim", "death")


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: str
    set: str
    expect: Any
    org: tuple[str, ...] = ()
    on: str | None = None
    name: str | None = None
    docs: tuple[str, ...] = ()
    about: str = ""


@dataclass(slots=True)
class Answer:
    question: Question
    right: bool
    given: list[str] = field(default_factory=list)  # what orbat answered (names, or event ids)
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        q = self.question
        return {"id": q.id, "kind": q.kind, "set": q.set, "right": self.right, "given": self.given,
                "expect": q.expect, "why": self.why}


def _key(name: str) -> str:
    key = normalize_name(name)
    return key[4:] if key.startswith("the ") else key


def load_questions(paths: Iterable[str | Path]) -> list[Question]:
    out: list[Question] = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                raise GoldFormatError(f"{where}: not JSON ({exc})") from exc
            kind = data.get("kind")
            if kind not in KINDS:
                raise GoldFormatError(f"{where}: unknown question kind {kind!r}")
            org = data.get("org") or ()
            out.append(
                Question(
                    id=str(data.get("id") or where),
                    kind=kind,
                    set=str(data.get("set") or "dev"),
                    expect=data.get("expect"),
                    org=tuple([org] if isinstance(org, str) else org),
                    on=data.get("on"),
                    name=data.get("name"),
                    docs=tuple(data.get("docs") or ()),
                    about=str(data.get("about") or ""),
                )
            )
    return out


def _entity(store: Any, names: Sequence[str], prefer: Sequence[str]) -> Any | None:
    for name in names:
        try:
            return find_entity(store, name, prefer=prefer)
        except Ambiguous as exc:
            candidates = getattr(exc, "candidates", None) or []
            if candidates:
                first = candidates[0]
                return find_entity(store, getattr(first, "id", first), prefer=prefer)
        except NotFound:
            continue
    return None


def _names_of(entity: Any) -> list[str]:
    return [entity.name, *entity.aliases]


def _answer_leader(store: Any, q: Question) -> Answer:
    org = _entity(store, q.org, ("organization", "group_of_people"))
    if org is None:
        return Answer(q, right=q.expect == [], why="organisation not found")
    result = leaders(store, org.id, on=q.on, role="leader")
    certain = [t for t in result.leaders if t.certain]
    likely = [t for t in result.leaders if t.likely]
    chosen = certain or likely or result.leaders
    wanted = {_key(n) for n in q.expect or []}
    names = {t.person.id: t.person.name for t in chosen}
    given = sorted(names.values())
    if not wanted:
        return Answer(q, right=not chosen, given=given, why="expected nobody")
    ok = [pid for pid in names if any(_key(n) in wanted for n in _names_of(find_entity(store, pid)))]
    right = bool(chosen) and len(ok) == len(names)
    why = "" if right else ("no tenure covers the date" if not chosen else "a wrong person is named")
    return Answer(q, right=right, given=given, why=why)


def _answer_alias(store: Any, q: Question) -> Answer:
    entity = _entity(store, [q.name or ""], ("person",))
    if entity is None:
        return Answer(q, right=False, why="name not found")
    names = _names_of(entity)
    wanted = {_key(n) for n in q.expect or []}
    right = any(_key(n) in wanted for n in names)
    return Answer(q, right=right, given=names, why="" if right else "no expected name on the entity")


def _doc_ids(store: Any, article_ids: set[str]) -> dict[str, str]:
    """Stored document id per article id (read once for all the questions)."""
    out: dict[str, str] = {}
    for row in store.documents():
        stem = Path(row.source).name.split(".", 1)[0] if row.source else None
        if stem in article_ids:
            out[stem] = row.id
            continue
        doc = store.get_document(row.id)  # a record of a JSONL/feed input: its own id
        if doc is not None and doc.record_id in article_ids:
            out[doc.record_id] = row.id
    return out


NEWS_DAYS = 31  # a death dated this close before a report is its news, not its background


def _news_deaths(store: Any, deaths: list[Any], wanted: set[str]) -> list[Any]:
    """The deaths every one of ``wanted`` reports as news: dated, and no earlier than a month
    before the publication of each document that tells it."""
    published = {}
    for doc_id in wanted:
        doc = store.get_document(doc_id)
        published[doc_id] = getattr(doc, "published", None) if doc is not None else None
    out = []
    for fact in deaths:
        start = fact.time.start if fact.time is not None else None
        if not start or len(start) < 7:
            continue
        pubs = [published.get(d) for d in wanted]
        if all(p and len(p) >= 10 for p in pubs) and all(
            (upper(start) or "") >= (dt.date.fromisoformat(p[:10]) - dt.timedelta(days=NEWS_DAYS)).isoformat()
            for p in pubs
        ):
            out.append(fact)
    return out


def _answer_same_event(q: Question, events: list[Any], stored: dict[str, str], store: Any = None) -> Answer:
    docs = {d: stored[d] for d in q.docs if d in stored}
    if len(docs) != len(q.docs):
        missing = sorted(set(q.docs) - set(docs))
        return Answer(q, right=False, why=f"documents not stored: {', '.join(missing)}")
    wanted = set(docs.values())
    deaths = [f for f in events if f.type == "death"]
    events = [f for f in events if f.type != "death"]
    if store is not None:
        # the deaths the reports tell as news stand for the event they report (a leader killed
        # in a strike that one report tells as an attack and another only as his death)
        events = events + _news_deaths(store, [f for f in deaths if wanted & {s.doc for s in f.sources}], wanted)
    shared = [f.id for f in events if wanted <= {s.doc for s in f.sources}]
    if q.expect:
        return Answer(q, right=bool(shared), given=shared, why="" if shared else "no event has all the sources")
    each = all(any(d in {s.doc for s in f.sources} for f in events if f.type in {"attack", "death"}) for d in wanted)
    right = not shared and each
    why = "" if right else ("merged into one event" if shared else "an attack was not found")
    return Answer(q, right=right, given=shared, why=why)


def answer(
    store: Any, q: Question, *, events: list[Any] | None = None, stored: dict[str, str] | None = None
) -> Answer:
    """One question answered; ``events`` (attack and claim facts) and ``stored`` (document id
    per article id) may be passed in when many questions share them."""
    try:
        if q.kind == "leader":
            return _answer_leader(store, q)
        if q.kind == "alias":
            return _answer_alias(store, q)
        if events is None:
            events = [f for t in _EVENT_TYPES for f in store.facts(type=t)]
        if stored is None:
            stored = _doc_ids(store, set(q.docs))
        return _answer_same_event(q, events, stored, store)
    except (NotFound, Ambiguous) as exc:
        return Answer(q, right=False, why=str(exc))


def answer_all(store: Any, questions: Iterable[Question]) -> list[Answer]:
    questions = list(questions)
    events = [f for t in _EVENT_TYPES for f in store.facts(type=t)]
    stored = _doc_ids(store, {d for q in questions if q.kind == "same_event" for d in q.docs})
    return [answer(store, q, events=events, stored=stored) for q in questions]


def summary(answers: Sequence[Answer]) -> dict[str, dict[str, int]]:
    """``{set: {"right": n, "total": m}}``."""
    out: dict[str, dict[str, int]] = {}
    for a in answers:
        row = out.setdefault(a.question.set, {"right": 0, "total": 0})
        row["total"] += 1
        row["right"] += a.right
    return out
