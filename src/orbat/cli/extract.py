"""Extraction commands: ``orbat eval``, ``orbat facts``, ``orbat export``, ``orbat extract``.

Each is a thin layer over one library function (``orbat.evaluate``,
``Store.facts``, ``orbat.export``, ``orbat.pipeline.reextract``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from orbat import pipeline
from orbat.cli.app import DbOption, JsonOption, app, console, fail, print_json, safe, store_for
from orbat.errors import OrbatError
from orbat.model import FACT_TYPES, Fact

if TYPE_CHECKING:  # evaluation modules load when `orbat eval` runs, not for `orbat --help`
    from orbat.evalexplain import ErrorCase
    from orbat.evaluate import Counts, Scores


def _build_extractor() -> Any:
    try:
        return pipeline.default_extractor()
    except (ImportError, OrbatError) as exc:
        raise fail(f"the fact extractor is not available ({exc})") from exc


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _scores_table(scores: Scores, title: str) -> Table:
    table = Table(title=title)
    for column in ("type", "tp", "fp", "fn", "P %", "R %", "F1 %"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for ftype in sorted(scores.by_type):
        table.add_row(ftype, *_cells(scores.by_type[ftype]))
    table.add_section()
    table.add_row("[bold]overall[/bold]", *_cells(scores.overall))
    return table


def _cells(c: Counts) -> list[str]:
    """tp, fp, fn, P, R, F1; a ratio with nothing to divide by shows as "–"."""
    precision = _pct(c.precision) if c.tp + c.fp else "–"
    recall = _pct(c.recall) if c.tp + c.fn else "–"
    f1 = _pct(c.f1) if c.tp + c.fp and c.tp + c.fn else "–"
    return [str(c.tp), str(c.fp), str(c.fn), precision, recall, f1]


def _print_details(scores: Scores) -> None:
    if scores.misses:
        console.print("[bold]Misses[/bold] (gold facts not found):")
        for gold in scores.misses:
            time = f"  time={gold.time.start}..{gold.time.end}" if gold.time else ""
            console.print(f"  - line {gold.line}: {gold.label()}{time}", highlight=False, markup=False)
    if scores.extras:
        console.print("[bold]Extras[/bold] (predicted facts matching no gold fact):")
        for extra in scores.extras:
            time = f"  time={extra.time.start}..{extra.time.end}" if extra.time else ""
            console.print(f"  - {extra.label()}{time}  [{extra.modality}]", highlight=False, markup=False)
            if extra.quote:
                console.print(f"      “{extra.quote}”", highlight=False, markup=False)
    wrong = [
        m for m in scores.matches
        if m.predicted is not None and m.gold.modality and m.predicted.modality not in m.gold.modality
    ]  # fmt: skip
    if wrong:
        console.print("[bold]Modality differs[/bold] (matched facts):")
        for m in wrong:
            console.print(
                f"  - line {m.gold.line}: {m.gold.label()}: {m.predicted.modality}, gold {'/'.join(m.gold.modality)}",
                highlight=False, markup=False,
            )  # fmt: skip


def _explain(report: Any) -> list[ErrorCase]:
    from orbat.evalexplain import explain_files

    return explain_files((f, f.extraction, f.body) for f in report.files if f.extraction is not None)


def _print_explain(cases: list[ErrorCase]) -> None:
    """One table per side: a row per fact type, a column per error class."""
    from orbat.evalexplain import EXTRA_CLASSES, MISS_CLASSES, tally

    counts = tally(cases)
    for side, classes, title in (
        ("miss", MISS_CLASSES, "Misses (gold facts not found) by error class"),
        ("extra", EXTRA_CLASSES, "Extras (predicted facts not in gold) by error class"),
    ):
        per = counts[side]
        types = sorted({t for c in per.values() for t in c})
        table = Table(title=title)
        table.add_column("type")
        for cls in classes:
            table.add_column(cls, justify="right")
        table.add_column("total", justify="right")
        for ftype in types:
            row = [per.get(cls, {}).get(ftype, 0) for cls in classes]
            table.add_row(ftype, *[str(n or "") for n in row], str(sum(row)))
        table.add_section()
        totals = [sum(per.get(cls, {}).values()) for cls in classes]
        table.add_row("total", *[str(n) for n in totals], str(sum(totals)))
        console.print(table)


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold files (JSONL: a header naming the document, then gold facts), or folders of *.gold.jsonl.")
    ],
    no_time: Annotated[
        bool, typer.Option("--no-time", help="Do not require event times to overlap.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("-v", "--verbose", help="List misses and extras with quotes.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Classify every miss and extra (entity, trigger, link, wrong arg, wrong type, time, "
            "non-fact text) and count them per class and fact type.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per fact type.

    Gold files of a blind set (header ``"set": "blind"``, or under a ``blind/`` or ``heldout/``
    folder) are also scored apart."""
    from orbat.evalexplain import tally
    from orbat.evaluate import evaluate_files

    extractor = _build_extractor()
    try:
        report = evaluate_files(gold, extractor, check_time=not no_time)
    except OrbatError as exc:
        raise fail(str(exc)) from exc
    cases = _explain(report) if explain else []
    if as_json:
        data = report.to_json()
        if explain:
            data["explain"] = {
                "cases": [c.to_json() for c in cases],
                "counts": {side: {cls: dict(ts) for cls, ts in per.items()} for side, per in tally(cases).items()},
            }
        print_json(data)
        return
    if verbose:
        for item in report.files:
            console.print(_scores_table(item.scores, f"{item.gold.path.name} ({item.doc_id})"))
            _print_details(item.scores)
    if len(report.files) > 1:
        summary = Table(title="Per gold file")
        for column in ("gold file", "tp", "fp", "fn", "P %", "R %", "F1 %"):
            summary.add_column(column, justify="left" if column == "gold file" else "right")
        for item in report.files:
            summary.add_row(item.gold.path.name.removesuffix(".gold.jsonl"), *_cells(item.scores.overall))
        console.print(summary)
    sets = report.by_set()
    if len(sets) > 1:
        for name, scores in sorted(sets.items()):
            count = sum(1 for f in report.files if f.gold.set_name == name)
            console.print(_scores_table(scores, f"Set {name!r} ({count} gold files), per fact type"))
    total = report.total
    console.print(_scores_table(total, f"All gold files ({len(report.files)}), per fact type"))
    if explain:
        _print_explain(cases)
        if verbose:
            for case in cases:
                console.print(f"  {case.side:5} {case.cls:11} {case.gold_file}: {case.label}", highlight=False, markup=False)
    accuracy = total.modality_accuracy
    if accuracy is not None:
        console.print(
            f"modality accuracy on matched facts: {_pct(accuracy)}% "
            f"({total.modality_correct}/{total.modality_total})"
        )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fact_row(store: Any, fact: Fact, names: dict[str, str]) -> dict[str, Any]:
    def name(value: str | None) -> str | None:
        if value is None:
            return None
        if value not in names:
            ent = store.get_entity(value)
            names[value] = ent.name if ent is not None else value
        return names[value]

    first = fact.sources[0] if fact.sources else None
    return {
        "id": fact.id,
        "type": fact.type,
        "args": {arg: name(value) for arg, value in fact.args.items()},
        "time": fact.time.to_json() if fact.time else None,
        "location": name(fact.location),
        "attrs": fact.attrs,
        "modality": fact.modality,
        "confidence": fact.confidence,
        "corroboration": fact.corroboration,
        "quote": first.quote if first else None,
        "doc": first.doc if first else None,
        "sources": [source.to_json() for source in fact.sources],
    }


@app.command("facts")
def facts_command(
    type_: Annotated[str | None, typer.Option("--type", help="Only facts of this type.")] = None,
    doc: Annotated[
        str | None, typer.Option("--doc", help="Only facts with a source in this document (id or prefix).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the knowledge base's facts with their args, time, modality and first quote."""
    if type_ is not None and type_ not in FACT_TYPES:
        raise fail(f"unknown fact type {type_!r} (known: {', '.join(FACT_TYPES)})")
    with store_for(db) as store:
        facts = store.facts(type=type_)
        if doc is not None:
            wanted = set(store.find_documents(doc)) or {doc}
            facts = [f for f in facts if any(s.doc in wanted for s in f.sources)]
        names: dict[str, str] = {}
        rows = [_fact_row(store, f, names) for f in facts]
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} facts")
    for column in ("type", "args", "time", "modality", "quote", "doc"):
        table.add_column(column, overflow="fold")
    for row in rows:
        time = row["time"]
        table.add_row(  # text from documents is shown as it is, never read as markup
            row["type"],
            "\n".join(safe(f"{k}: {v}") for k, v in row["args"].items()),
            f"{time['start'] or '…'} – {time['end'] or '…'}" if time else "",
            row["modality"],
            safe(_shorten(row["quote"] or "", 160)),
            row["doc"] or "",
        )
    console.print(table)


@app.command("export")
def export_command(
    format_: Annotated[
        str,
        typer.Option("--format", help="Output format: jsonl, stix, csv (ACLED), gtd-csv, geojson or graphml."),
    ] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only facts that can overlap this date or later (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only facts that can overlap this date or earlier (YYYY[-MM[-DD]]).")
    ] = None,
    group: Annotated[
        str | None, typer.Option("--group", help="Only facts involving this group (id, name or alias).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the knowledge base (documents, entities, facts) in an interchange format,
    whole or filtered by date window and group (see docs/exports.md)."""
    from orbat.export import UNITS, get_writer, select

    try:
        writer = get_writer(format_)
    except KeyError as exc:
        raise fail(str(exc.args[0])) from exc
    with store_for(db) as store:
        chosen = select(store, since=since, until=until, group=group)  # errors before any file is touched
        if out is None:
            count = writer(chosen, sys.stdout)
        else:
            try:
                with open(out, "w", encoding="utf-8", newline="\n") as handle:
                    count = writer(chosen, handle)
            except OSError as exc:
                raise fail(f"{out}: cannot write ({exc.strerror or exc})") from exc
    if out is not None:
        console.print(f"wrote {count} {UNITS.get(format_, 'records')} to {safe(out)}", highlight=False)
