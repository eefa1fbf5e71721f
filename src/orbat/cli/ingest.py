"""`orbat ingest`, `orbat docs`, `orbat show`: getting documents in and looking at them."""

from __future__ import annotations

from typing import Annotated

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
    print_json,
    progress_bar,
    safe,
    store_for,
)
from orbat.errors import OrbatError


def _extraction(incremental: bool = False) -> tuple[pipeline.Extractor | None, pipeline.Resolver | None]:
    try:
        resolver = pipeline.default_resolver(incremental=True) if incremental else pipeline.default_resolver()
        return pipeline.default_extractor(), resolver
    except ImportError as exc:  # the NLP modules are not there (yet)
        err_console.print(f"[yellow]warning:[/yellow] extraction not available ({safe(exc)}); storing documents only")
        return None, None
    except OrbatError as exc:  # e.g. the pinned spaCy model is not installed
        raise fail(str(exc)) from exc


def _summary_table(summary: pipeline.IngestSummary) -> None:
    table = Table(title="ingest", show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for label, count in (
        ("new", len(summary.new)),
        ("duplicate", len(summary.duplicate)),
        ("near-duplicate", len(summary.near_duplicate)),
        ("failed", len(summary.failed)),
        ("facts", summary.facts),
    ):
        table.add_row(label, str(count))
    console.print(table)
    for result in summary.near_duplicate:
        console.print(
            f"near-duplicate: {result.doc_id} resembles {result.near_of} (similarity {result.similarity})",
            soft_wrap=True,
        )
    for failure in summary.failed:
        console.print(f"[red]failed:[/red] {safe(failure)}", highlight=False, soft_wrap=True)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.", show_default=False)],
    db: DbOption = None,
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Store documents without extracting facts.")] = False,
    max_mb: Annotated[
        float | None,
        typer.Option("--max-mb", min=0.001, help="Skip inputs larger than this many MiB.  [default: 50]", show_default=False),
    ] = None,
    incremental: Annotated[
        bool,
        typer.Option(
            "--incremental",
            help="Keep a resolution index and fold new documents into the knowledge base in place"
            " (experimental; see docs/scale.md). Also ORBAT_INCREMENTAL=1.",
        ),
    ] = False,
    json: JsonOption = False,
) -> None:
    """Read articles (text, HTML, JSONL/JSON/CSV, RSS/Atom, WARC) into the store and extract their facts."""
    extractor, resolver = (None, None) if no_extract else _extraction(incremental)
    from orbat.readers import DEFAULT_MAX_BYTES, expand_inputs, read_inputs  # parsers load only to ingest

    max_bytes = DEFAULT_MAX_BYTES if max_mb is None else int(max_mb * 2**20)
    files = expand_inputs(paths)
    with store_for(db) as store:
        with progress_bar("reading") as progress:
            task = progress.add_task("ingest", total=None)
            summary = pipeline.ingest(
                read_inputs(files, max_bytes=max_bytes),
                store,
                extractor=extractor,
                resolver=resolver,
                on_item=lambda n: progress.advance(task, n),
            )
    if json:
        print_json(summary.to_json())
    else:
        _summary_table(summary)
    raise typer.Exit(summary.exit_code)


@app.command()
def docs(
    group: Annotated[
        str | None,
        typer.Option("--group", help="Only documents reporting this group as an actor.", show_default=False),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", help="Only documents with events in this country (ISO code).", show_default=False),
    ] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """List the stored documents (by the groups and countries they report)."""
    with store_for(db) as store:
        if group or country:
            from orbat.query import tagged_documents

            rows = [row for row, _tags in reversed(tagged_documents(store, group=group, country=country))]
        else:
            rows = store.documents()
    if json:
        print_json([
            {"id": r.id, "published": r.published, "title": r.title, "publisher": r.publisher,
             "format": r.format, "source": r.source, "near_of": r.near_of, "words": r.words, "facts": r.facts}
            for r in rows
        ])  # fmt: skip
        return
    table = Table(title=f"{len(rows)} documents")
    for column in ("id", "published", "title", "publisher", "format", "near of", "facts"):
        table.add_column(
            column,
            justify="right" if column == "facts" else "left",
            no_wrap=column in ("id", "published", "near of"),
            min_width=24 if column == "title" else None,
        )
    for r in rows:
        table.add_row(
            r.id, r.published or "", safe(r.title or ""), safe(r.publisher or ""), r.format or "",
            r.near_of or "", str(r.facts),
        )  # fmt: skip
    console.print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="A document id or a prefix of one.", show_default=False)],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Show one document: metadata, body, reader comments and dropped boilerplate."""
    with store_for(db) as store:
        ids = store.find_documents(doc_id)
        if not ids:
            raise fail(f"no document with id {doc_id}")
        if len(ids) > 1:
            raise fail(f"{doc_id} matches {len(ids)} documents: {', '.join(ids[:5])}")
        doc = store.get_document(ids[0])
    assert doc is not None
    if json:
        print_json(doc.to_json())
        return
    console.print(f"[bold]{safe(doc.title or '(no title)')}[/bold]")
    for label, value in (
        ("id", doc.id), ("published", doc.published and f"{doc.published} (from {doc.published_from})"),
        ("author", doc.author), ("publisher", doc.publisher), ("url", doc.url),
        ("source", doc.source if doc.record is None else f"{doc.source} (record {doc.record})"),
        ("format", doc.format),
    ):  # fmt: skip
        if value:
            console.print(f"{label}: {safe(value)}", highlight=False)
    console.rule("body")
    console.print(safe(doc.body), highlight=False)
    if doc.comments:
        console.rule(f"{len(doc.comments)} comments (not used for facts)")
        for comment in doc.comments:
            console.print(f"[bold]{safe(comment.author or 'anonymous')}[/bold]: {safe(comment.text)}", highlight=False)
    if doc.dropped:
        console.rule("dropped (not part of the article)")
        for line in doc.dropped:
            console.print(f"- {safe(line)}", highlight=False)
