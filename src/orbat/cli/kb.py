"""Knowledge-base commands: questions (`leaders`, `profile`, `timeline`, `events`,
`graph`, `search`), curation (`fact reject|confirm`, `entity merge|split|rename|why`,
`curations`) and `rebuild`.

Each question is a thin layer over one function of ``orbat.query``; each curation
stores a ``Curation`` and re-resolves the knowledge base so it takes effect at once.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import asdict, is_dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from orbat import pipeline
from orbat.cli.app import (
    DbOption,
    JsonOption,
    app,
    console,
    err_console,
    fail,
    lazy_module,
    print_json,
    progress_bar,
    safe,
    store_for,
)
from orbat.errors import OrbatError
from orbat.model import Curation
from orbat.text import normalize_name

query = lazy_module("orbat.query")  # loaded by the first question asked, not by `orbat --help`


def _evidence(sources: list[query.Source], *, limit: int = 1) -> str:
    """'"quote" — title (published)', the first ``limit`` sources, then "+n more"."""
    if not sources:
        return ""
    parts = []
    for s in sources[:limit]:
        where = s.title or s.doc
        if s.published:
            where += f", {s.published}"
        parts.append(f"“{safe(s.quote)}” — [dim]{safe(where)}[/dim]")
    if len(sources) > limit:
        parts.append(f"[dim](+{len(sources) - limit} more)[/dim]")
    return "\n".join(parts)


def _when(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "?"
    if start == end or not end:
        return start or "?"
    return f"{start or '?'} → {end}"


# --------------------------------------------------------------------------- questions

OnOption = Annotated[
    str | None, typer.Option("--on", help="A date (YYYY, YYYY-MM or YYYY-MM-DD).", show_default=False)
]


@app.command()
def leaders(
    org: Annotated[str, typer.Argument(help="An organisation: name, alias or id.", show_default=False)],
    on: OnOption = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            help="One post: emir (= leader, amir), wali, deputy, spokesman, commander.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Who led an organisation — every tenure, or on one date — with gaps and sources."""
    with store_for(db) as store:
        answer = query.leaders(store, org, on=on, role=role)
    if json:
        print_json(answer.to_json())
        return
    title = f"leaders of {answer.organization.name}" + (f" on {answer.on}" if answer.on else "")
    table = Table(title=safe(title))
    for column in ("post", "person", "from", "until", "ended by", *(["in post"] if on else []), "evidence"):
        table.add_column(
            column, no_wrap=column in ("from", "until"), min_width=30 if column == "evidence" else None
        )
    for leader in answer.leaders:
        row = [
            safe(leader.role),
            safe(leader.person.name),
            leader.start or "?",
            leader.end or ("?" if leader.ended_by else "—"),
            leader.ended_by or "",
        ]
        if on:
            row.append("yes" if leader.certain else "possibly")
        row.append(_evidence(leader.sources))
        table.add_row(*row)
    if answer.leaders:
        console.print(table)
    else:
        console.print(f"no known leader of {safe(answer.organization.name)}" + (f" on {on}" if on else ""))
    for gap in answer.gaps:
        console.print(f"[yellow]gap[/yellow] ({gap.role_class}): {safe(gap.text)}", highlight=False)


def _items_table(title: str, items: list[query.FactItem], *, status: bool = False) -> Table:
    table = Table(title=safe(title))
    for column in ("when", "type", "what", "where", *(["status"] if status else []), "sources", "evidence"):
        table.add_column(column, justify="right" if column == "sources" else "left", no_wrap=column == "when")
    for item in items:
        row = [
            _when(item.start, item.end),
            item.type,
            safe(item.summary),
            safe(item.location.name) if item.location else "",
        ]
        if status:
            row.append(item.status or "")
        row += [str(item.corroboration), _evidence(item.sources)]
        table.add_row(*row)
    return table


@app.command()
def profile(
    name: Annotated[str, typer.Argument(help="A person (or group): name, alias or id.", show_default=False)],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Everything known about one person: aliases, posts, memberships, fate, possible identities, sources."""
    with store_for(db) as store:
        prof = query.profile(store, name)
    if json:
        print_json(prof.to_json())
        return
    console.print(
        f"[bold]{safe(prof.entity.name)}[/bold] ({prof.entity.type}, {prof.entity.id})", highlight=False
    )
    if prof.aliases:
        console.print("also known as: " + safe(", ".join(prof.aliases)), highlight=False)
    if prof.roles:
        table = Table(title="posts")
        for column in ("post", "organisation", "from", "until", "ended by", "evidence"):
            table.add_column(column)
        for r in prof.roles:
            table.add_row(
                safe(r.role),
                safe(r.organization.name),
                r.start or "?",
                r.end or "—",
                r.ended_by or "",
                _evidence(r.sources),
            )
        console.print(table)
    for title, items in (
        ("memberships", prof.memberships),
        ("defections", prof.defections),
        ("fate", prof.fate),
        ("relations", prof.relations),
        ("activity", prof.activity),
    ):
        if items:
            console.print(_items_table(title, items))
    for ident in prof.identities:
        verb = (
            "is" if ident.modality == "asserted" else f"possibly the same as ({ident.modality}, not merged):"
        )
        console.print(f"identity: {verb} [bold]{safe(ident.other.name)}[/bold]", highlight=False)
        console.print("  " + _evidence(ident.sources), highlight=False)
    if prof.sources:
        table = Table(title=f"{len(prof.sources)} sources")
        for column in ("published", "title", "document", "facts"):
            table.add_column(column, justify="right" if column == "facts" else "left")
        for s in prof.sources:
            table.add_row(s.published or "", safe(s.title or ""), s.doc, str(s.facts))
        console.print(table)


@app.command()
def timeline(
    name: Annotated[
        str, typer.Argument(help="A person, group or place: name, alias or id.", show_default=False)
    ],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Everything dated about a person, group or place, in order."""
    with store_for(db) as store:
        tl = query.timeline(store, name)
    if json:
        print_json(tl.to_json())
        return
    console.print(_items_table(f"timeline of {tl.entity.name}", tl.entries))
    if tl.undated:
        console.print(_items_table("undated", tl.undated))


class Status(StrEnum):
    claimed = "claimed"
    unverified = "unverified"
    confirmed = "confirmed"


@app.command()
def events(
    group: Annotated[
        str | None, typer.Option("--group", help="Events involving this group.", show_default=False)
    ] = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="A fact type (attack, claim, death, ...), or several, comma-separated.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this date on.", show_default=False)
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date.", show_default=False)] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO country code of the place.", show_default=False)
    ] = None,
    near: Annotated[str | None, typer.Option("--near", help="A place name.", show_default=False)] = None,
    km: Annotated[
        float | None,
        typer.Option("--km", min=0, help="Radius around --near (default 50).", show_default=False),
    ] = None,
    status: Annotated[
        Status | None, typer.Option("--status", help="claimed, unverified or confirmed.", show_default=False)
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="At most this many (the earliest).", show_default=False)
    ] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Attacks, claims, statements, pledges, deaths, ... filtered by group, type, time, place and status."""
    if km is not None and near is None:
        raise fail("--km needs --near")
    with store_for(db) as store:
        answer = query.events(
            store,
            group=group,
            type=type,
            since=since,
            until=until,
            country=country,
            near=near,
            km=km,
            status=status.value if status else None,
            limit=limit,
        )
    if json:
        print_json(answer.to_json())
        return
    console.print(_items_table(f"{len(answer.events)} events", answer.events, status=True))


class GraphFormat(StrEnum):
    table = "table"
    json = "json"
    dot = "dot"


@app.command()
def graph(
    on: OnOption = None,
    format: Annotated[
        GraphFormat, typer.Option("--format", help="table, json or dot (Graphviz).")
    ] = GraphFormat.table,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Groups and their branch, alliance, pledge and defection links (on a date)."""
    with store_for(db) as store:
        g = query.graph(store, on=on)
    if json or format is GraphFormat.json:
        print_json(g.to_json())
        return
    if format is GraphFormat.dot:
        typer.echo(g.to_dot(), nl=False)
        return
    names = {n.id: n.name for n in g.nodes}
    table = Table(title=f"{len(g.nodes)} groups, {len(g.edges)} links" + (f" on {on}" if on else ""))
    for column in ("from", "link", "to", "since", "sources", "evidence"):
        table.add_column(column, justify="right" if column == "sources" else "left")
    for e in g.edges:
        link = e.kind + (f" ({e.subkind})" if e.subkind and e.subkind != e.kind else "") + (f"\n{e.label}" if e.label else "")
        table.add_row(
            safe(names.get(e.source, e.source)), safe(link), safe(names.get(e.target, e.target)),
            e.start or "", str(len({s.doc for s in e.sources})), _evidence(e.sources),
        )  # fmt: skip
    console.print(table)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for.", show_default=False)],
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many hits.")] = 20,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Full-text search over documents and entity names."""
    with store_for(db) as store:
        results = query.search(store, text, limit=limit)
    if json:
        print_json(results.to_json())
        return
    table = Table(title=f"{len(results.hits)} hits for {safe(text)}")
    for column in ("kind", "id", "title", "published", "snippet"):
        table.add_column(column, no_wrap=column == "id")
    for h in results.hits:
        table.add_row(
            h.kind if h.kind != "entity" else f"entity ({h.type})",
            h.id,
            safe(h.title),
            h.published or "",
            safe(h.snippet),
        )
    console.print(table)


# --------------------------------------------------------------------------- curation

fact_app = typer.Typer(help="Curate facts: reject or confirm one.", no_args_is_help=True)
entity_app = typer.Typer(help="Curate entities: merge, split, rename; explain a merge.", no_args_is_help=True)
app.add_typer(fact_app, name="fact")
app.add_typer(entity_app, name="entity")

AuthorOption = Annotated[
    str | None, typer.Option("--author", help="Who curates. Default: $USER.", show_default=False)
]


def _author(author: str | None) -> str | None:
    if author:
        return author
    user = os.environ.get("USER") or os.environ.get("USERNAME")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no user name available is fine
        return None


def _curation_json(c: Curation) -> dict[str, Any]:
    return {
        "id": c.id,
        "action": c.action,
        "target": c.target,
        "params": c.params,
        "author": c.author,
        "created": c.created,
    }


def _curate(store: Any, curation: Curation, *, json: bool) -> None:
    """Store the curation, then re-resolve the knowledge base so it applies now."""
    stored = store.add_curation(curation)
    refreshed = True
    try:
        resolver = pipeline.default_resolver()
    except ImportError as exc:
        refreshed = False
        err_console.print(
            f"[yellow]warning:[/yellow] curation stored; resolution not available ({safe(exc)})"
        )
    else:
        pipeline.refresh_knowledge(store, resolver)
    if json:
        print_json({"curation": _curation_json(stored), "refreshed": refreshed})
        return
    console.print(
        f"curation {stored.id}: {stored.action} {safe(stored.target)}"
        + (f" {safe(stored.params)}" if stored.params else "")
        + (" — knowledge base re-resolved" if refreshed else ""),
        highlight=False,
    )


FactId = Annotated[str, typer.Argument(help="A fact id (or a unique prefix of one).", show_default=False)]
EntityArg = Annotated[str, typer.Argument(help="An entity: id, name or alias.", show_default=False)]


@fact_app.command("reject")
def fact_reject(
    fact_id: FactId,
    reason: Annotated[str, typer.Option("--reason", help="Why the fact is wrong.", show_default=False)],
    author: AuthorOption = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Reject a fact: it is dropped from the knowledge base on every rebuild."""
    with store_for(db) as store:
        fact = query.find_fact(store, fact_id)
        _curate(
            store, Curation("fact.reject", fact.id, {"reason": reason}, _author(author)), json=json
        )


@fact_app.command("confirm")
def fact_confirm(
    fact_id: FactId, author: AuthorOption = None, db: DbOption = None, json: JsonOption = False
) -> None:
    """Confirm a fact (it counts as confirmed in `orbat events --status confirmed`)."""
    with store_for(db) as store:
        fact = query.find_fact(store, fact_id)
        _curate(store, Curation("fact.confirm", fact.id, {}, _author(author)), json=json)


def _pair(store: Any, a: str, b: str) -> tuple[Any, Any]:
    """Two entities by name or id; where one name is ambiguous, the candidate of the
    other's type is taken (a person merges with a person)."""
    try:
        first = query.find_entity(store, a)
    except query.Ambiguous:
        second = query.find_entity(store, b)
        return query.find_entity(store, a, prefer=(second.type,)), second
    return first, query.find_entity(store, b, prefer=(first.type,))


@entity_app.command("merge")
def entity_merge(
    a: EntityArg, b: EntityArg, author: AuthorOption = None, db: DbOption = None, json: JsonOption = False
) -> None:
    """Merge entity B into A (the same real-world entity)."""
    with store_for(db) as store:
        first, second = _pair(store, a, b)
        if first.id == second.id:
            raise fail(f"{a} and {b} are already the same entity ({first.id})")
        _curate(
            store,
            Curation("entity.merge", first.id, {"other": second.id}, _author(author)),
            json=json,
        )


@entity_app.command("split")
def entity_split(
    entity: EntityArg,
    names: Annotated[
        list[str], typer.Argument(help="The names that belong to a separate entity.", show_default=False)
    ],
    author: AuthorOption = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Split names off an entity into a separate one."""
    with store_for(db) as store:
        ent = query.find_entity(store, entity)
        known = {normalize_name(n) for n in [ent.name, *ent.aliases]}
        unknown = [n for n in names if normalize_name(n) not in known]
        if unknown:
            raise fail(f"{ent.name} is not known as: {', '.join(unknown)}")
        _curate(
            store,
            Curation("entity.split", ent.id, {"names": list(names)}, _author(author)),
            json=json,
        )


@entity_app.command("rename")
def entity_rename(
    entity: EntityArg,
    name: Annotated[str, typer.Argument(help="The new canonical name.", show_default=False)],
    author: AuthorOption = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Give an entity a new canonical name."""
    if not name.strip():
        raise fail("the new name is empty")
    with store_for(db) as store:
        ent = query.find_entity(store, entity)
        _curate(
            store,
            Curation("entity.rename", ent.id, {"name": name.strip()}, _author(author)),
            json=json,
        )


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if hasattr(value, "to_json"):
        return value.to_json()
    return value


@entity_app.command("why")
def entity_why(a: EntityArg, b: EntityArg, db: DbOption = None, json: JsonOption = False) -> None:
    """Explain why two names are (or are not) one entity."""
    try:
        from orbat.resolve import explain_merge
    except ImportError as exc:
        raise fail(f"merge explanations are not available ({exc})") from exc
    with store_for(db) as store:
        from orbat.reference import load_reference

        explanation = explain_merge(
            list(store.extractions()), store.curations(), a, b, reference=load_reference()
        )
    data = _plain(explanation)
    if isinstance(data, dict) and hasattr(explanation, "summary"):
        data["summary"] = explanation.summary
    if json:
        print_json(data)
        return
    summary = getattr(explanation, "summary", None)
    if summary is None:
        console.print(safe(data), highlight=False)
        return
    console.print(
        f"{safe(a)} → {explanation.a_id or '?'}; {safe(b)} → {explanation.b_id or '?'}", highlight=False
    )
    console.print(("[green]" if explanation.same else "[yellow]") + safe(summary), highlight=False)
    for step in explanation.steps:
        line = f"  {step.rule}: {safe(step.a)} ~ {safe(step.b)} ({safe(step.detail)})"
        if step.quote:
            line += f"\n    “{safe(step.quote)}” [dim]{safe(step.doc or '')}[/dim]"
        console.print(line, highlight=False)


@app.command()
def curations(db: DbOption = None, json: JsonOption = False) -> None:
    """List the analysts' curations, oldest first."""
    with store_for(db) as store:
        rows = store.curations()
    if json:
        print_json([_curation_json(c) for c in rows])
        return
    table = Table(title=f"{len(rows)} curations")
    for column in ("id", "action", "target", "params", "author", "created"):
        table.add_column(column)
    for c in rows:
        table.add_row(
            str(c.id), c.action, safe(c.target), safe(c.params or ""), safe(c.author or ""), c.created or ""
        )
    console.print(table)


@app.command()
def rebuild(db: DbOption = None, json: JsonOption = False) -> None:
    """Re-extract every stored document and re-resolve the knowledge base (curations applied)."""
    _reextract_and_resolve(db, json=json, label="rebuilding")


@app.command("extract")
def extract(db: DbOption = None, json: JsonOption = False) -> None:
    """Re-run extraction on every stored document, then re-resolve (the same as rebuild)."""
    _reextract_and_resolve(db, json=json, label="extracting")


def _reextract_and_resolve(db: str | None, *, json: bool, label: str) -> None:
    try:
        extractor, resolver = pipeline.default_extractor(), pipeline.default_resolver()
    except (ImportError, OrbatError) as exc:
        raise fail(f"extraction is not available ({exc})") from exc
    with store_for(db) as store:
        with progress_bar(label) as progress:
            task = progress.add_task(label, total=store.count_documents())
            done = pipeline.reextract(store, extractor, on_item=lambda n: progress.advance(task, n))
        kb = pipeline.refresh_knowledge(store, resolver)
    summary = {
        "documents": done.documents,
        "facts_extracted": done.facts,
        "entities": len(kb.entities),
        "facts": len(kb.facts),
        "failed": [{"source": f.source, "record": f.record, "reason": f.reason} for f in done.failed],
    }
    if json:
        print_json(summary)
    else:
        console.print(
            f"{done.documents} documents re-extracted: {done.facts} facts; knowledge base: "
            f"{len(kb.entities)} entities, {len(kb.facts)} facts",
            highlight=False,
        )
        for failure in done.failed:
            err_console.print(f"[red]failed[/red] {safe(str(failure))} (earlier extraction kept)", highlight=False)
    raise typer.Exit(1 if done.failed else 0)


# --------------------------------------------------------------------------- question sets


@app.command("questions")
def questions_command(
    files: Annotated[
        list[Path], typer.Argument(help="Question files (JSONL; format in gold/real/README.md).", show_default=False)
    ],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Answer a set of analyst questions (leaders on dates, aliases, one event from many
    outlets) from the knowledge base and score them, per set (dev / blind)."""
    from orbat.questions import answer_all, load_questions, summary

    try:
        items = load_questions(files)
    except (OSError, OrbatError) as exc:
        raise fail(str(exc)) from exc
    with store_for(db) as store:
        answers = answer_all(store, items)
    scores = summary(answers)
    if json:
        print_json({"answers": [a.to_json() for a in answers], "sets": scores})
        return
    table = Table(title="questions")
    for column in ("id", "set", "kind", "right", "answer", "why"):
        table.add_column(column)
    for a in answers:
        table.add_row(
            safe(a.question.id), a.question.set, a.question.kind, "yes" if a.right else "[red]no[/red]",
            safe(", ".join(a.given)[:80]), safe(a.why),
        )
    console.print(table)
    for name, row in sorted(scores.items()):
        console.print(f"{name}: {row['right']}/{row['total']} right ({100 * row['right'] / row['total']:.0f}%)")
