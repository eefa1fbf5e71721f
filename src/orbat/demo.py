"""A short tour of a knowledge base: ``python -m orbat.demo --db demo.db``.

Run after ``orbat ingest examples`` (``make demo`` does both). Every answer comes
from ``orbat.query`` and is printed with its source quote. An empty or partial
knowledge base prints what is there.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape

from orbat import query
from orbat.errors import OrbatError
from orbat.store import open_store

DEMO_ORG = "Caucasus Emirate"
DEMO_DATES = ("2013-06-01", "2015-01-01", "2015-08-01")
DEMO_PEOPLE = ("Rustam Asilderov", "Magomed Suleimanov", "Aliaskhab Kebekov")


def _bound(text: str | None) -> str:
    """A tenure bound for reading: "..2015-08-12" (no later than) -> "by 2015-08-12"."""
    if not text:
        return "?"
    return f"by {text[2:]}" if text.startswith("..") else text


def _quote(sources: Sequence[query.Source]) -> str:
    if not sources:
        return ""
    s = sources[0]
    where = ", ".join(x for x in (s.title, s.published) if x) or s.doc
    more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
    return f"\n      “{escape(s.quote)}” — {escape(where)}{more}"


class Tour:
    """Prints the tour section by section; a section that fails says why and the tour goes on."""

    def __init__(self, store: Any, console: Console):
        self.store = store
        self.out = console

    def say(self, text: str) -> None:
        self.out.print(text, highlight=False, soft_wrap=True)

    def section(self, title: str, body: Callable[[], None]) -> None:
        self.out.rule(f"[bold]{escape(title)}")
        try:
            body()
        except OrbatError as exc:
            self.say(f"  (nothing to show: {escape(str(exc))})")

    # ------------------------------------------------------------------ sections
    def counts(self) -> None:
        docs = self.store.documents()
        entities = self.store.entities()
        facts = self.store.facts()
        self.say(f"  {len(docs)} documents, {len(entities)} entities, {len(facts)} facts")
        by_entity = Counter(e.type for e in entities)
        if by_entity:
            self.say("  entities: " + ", ".join(f"{n} {t}" for t, n in sorted(by_entity.items())))
        by_fact = Counter(f.type for f in facts)
        if by_fact:
            self.say("  facts:    " + ", ".join(f"{n} {t}" for t, n in sorted(by_fact.items())))
        if not docs:
            self.say("  the store is empty: run `orbat ingest examples --db …` first")

    def leaders(self) -> None:
        for on in DEMO_DATES:  # the top post; `orbat leaders ORG` lists every post
            answer = query.leaders(self.store, DEMO_ORG, on=on, role="leader")
            if not answer.leaders and not answer.gaps:
                self.say(f"  on {on}: no known leader")
            for leader in answer.leaders:
                sure = "" if leader.certain else " (possibly)"
                self.say(
                    f"  on {on}: [bold]{escape(leader.person.name)}[/bold], {escape(leader.role)}{sure}"
                    f" — from {_bound(leader.start)} until {_bound(leader.end)}"
                    + (f" ({leader.ended_by})" if leader.ended_by else "")
                    + _quote(leader.sources)
                )
            for gap in answer.gaps:
                self.say(f"  on {on}: {escape(gap.text)}")

    def profile(self) -> None:
        person = self._demo_person()
        if person is None:
            self.say("  (no people in the knowledge base)")
            return
        prof = query.profile(self.store, person)
        self.say(f"  [bold]{escape(prof.entity.name)}[/bold]")
        if prof.aliases:
            self.say("  also known as: " + escape(", ".join(prof.aliases)))
        for r in prof.roles:
            self.say(
                f"  {escape(r.role)} of {escape(r.organization.name)}, {_bound(r.start)} – {_bound(r.end)}"
                + _quote(r.sources)
            )
        for item in [*prof.memberships, *prof.defections, *prof.fate]:
            self.say(f"  {query.when(item)}: {escape(item.summary)}" + _quote(item.sources))
        for ident in prof.identities:
            self.say(
                f"  possibly the same person as {escape(ident.other.name)} ({ident.modality}, kept apart)"
                + _quote(ident.sources)
            )
        self.say(f"  {len(prof.sources)} source document(s)")

    def _demo_person(self) -> str | None:
        for name in DEMO_PEOPLE:
            found = self.store.find_entities(name)
            if any(e.type == "person" for e in found):
                return next(e.id for e in found if e.type == "person")
        counts: Counter[str] = Counter()
        people = {e.id for e in self.store.entities() if e.type == "person"}
        for fact in self.store.facts():
            for value in fact.args.values():
                if value in people:
                    counts[value] += 1
        return counts.most_common(1)[0][0] if counts else (min(people) if people else None)

    def events(self) -> None:
        answer = query.events(self.store, type="attack,claim")
        if not answer.events:
            self.say("  (no attacks or claims)")
        shown = sorted(answer.events, key=lambda e: (-e.corroboration, e.start or ""))[:5]
        for item in sorted(shown, key=lambda e: e.start or ""):
            place = f" at {escape(item.location.name)}" if item.location else ""
            self.say(
                f"  {query.when(item)}: {escape(item.summary)}{place} — {item.status},"
                f" {item.corroboration} source(s)" + _quote(item.sources)
            )
        confirmed = query.events(self.store, status="confirmed", type="attack")
        self.say(f"  {len(confirmed.events)} attack(s) confirmed by two or more sources or an analyst")

    def pledges(self) -> None:
        g = query.graph(self.store)
        names = {n.id: n.name for n in g.nodes}
        shown = [e for e in g.edges if e.kind in ("pledge", "branch", "alliance", "defection")]
        if not shown:
            self.say("  (no pledges, branches or alliances)")
        for e in shown:
            arrow = {"pledge": "pledged to", "branch": "is a branch of", "alliance": "allied with",
                     "defection": "lost members to"}[e.kind]  # fmt: skip
            subkind = e.subkind if e.subkind != e.kind else None
            detail = ", ".join(x for x in (subkind, e.label, f"since {e.start}" if e.start else None) if x)
            self.say(
                f"  {escape(names.get(e.source, e.source))} {arrow} {escape(names.get(e.target, e.target))}"
                + (f" ({escape(detail)})" if detail else "")
                + _quote(e.sources)
            )


def run_tour(store: Any, console: Console | None = None) -> None:
    tour = Tour(store, console or Console())
    tour.section("what is in the store", tour.counts)
    tour.section(f"leaders of {DEMO_ORG}", tour.leaders)
    tour.section("a profile", tour.profile)
    tour.section("events", tour.events)
    tour.section("pledges, branches and alliances", tour.pledges)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orbat.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="the knowledge store (default: $ORBAT_DB or ./orbat.db)")
    args = parser.parse_args(argv)
    console = Console()
    try:
        store = open_store(args.db)
    except OrbatError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        return 1
    try:
        run_tour(store, console)
    finally:
        store.close()
    console.print()
    console.print(serve_hint(args.db or "orbat.db"), highlight=False, soft_wrap=True)
    return 0


def serve_hint(db: str) -> str:
    """The line the tour ends with: how to look at this store in the browser."""
    return (
        f"Browse it: .venv/bin/orbat serve --db {db}   then open http://127.0.0.1:8000/ "
        "(offline web UI and REST API; Ctrl-C stops it)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
