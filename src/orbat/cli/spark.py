"""`orbat spark extract` (reading and extraction as a Spark job, into Parquet) and
`orbat load` (that job's output into a store, then resolution): thin layers over
``orbat.spark.run_extract`` and ``orbat.spark.load``."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from orbat import pipeline
from orbat.cli.app import DbOption, JsonOption, app, console, fail, print_json, progress_bar, safe, store_for
from orbat.cli.ingest import _summary_table
from orbat.errors import OrbatError

spark_app = typer.Typer(
    help="Batch extraction with Apache Spark: `orbat spark extract`, then `orbat load`.", no_args_is_help=True
)
app.add_typer(spark_app, name="spark")

SHOWN_ERRORS = 20


def _extract_table(summary) -> None:
    table = Table(title=f"spark extract ({summary.master}, {summary.partitions} partitions)")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.counts.items():
        table.add_row(name, str(count))
    console.print(table)
    console.print(
        f"{summary.files} input files; {summary.seconds:.1f} s, {summary.docs_per_second:.1f} documents/s; "
        f"written to {safe(summary.output)}",
        highlight=False,
        soft_wrap=True,
    )
    for error in summary.errors[:SHOWN_ERRORS]:
        where = error["source"] if error["record"] is None else f"{error['source']} (record {error['record']})"
        console.print(f"[red]failed ({error['stage']}):[/red] {safe(where)}: {safe(error['reason'])}", highlight=False, soft_wrap=True)
    hidden = summary.counts.get("errors", 0) - min(SHOWN_ERRORS, len(summary.errors))
    if hidden > 0:
        console.print(f"... and {hidden} more in the errors table")


@spark_app.command("extract")
def extract(
    output: Annotated[Path, typer.Option("--output", "-o", help="The folder for the Parquet tables.", show_default=False)],
    paths: Annotated[
        list[str] | None, typer.Argument(help="More inputs (files, folders, globs), as with --input.", show_default=False)
    ] = None,
    inputs: Annotated[
        list[str] | None,
        typer.Option("--input", "-i", help="Inputs: files, folders, globs (repeat the option for more).", show_default=False),
    ] = None,
    master: Annotated[
        str | None,
        typer.Option("--master", help="local[N], spark://host:port, ... Default: spark-submit's, else local[*]."),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Extraction tasks. Default: the cluster's cores.")
    ] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0.001, help="Skip inputs larger than this many MiB.")] = 50.0,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an earlier job's output in --output.")] = False,
    scratch: Annotated[
        Path | None, typer.Option("--scratch", help="Spark's scratch folder (local masters). Default: a temporary one.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Read and extract articles as a Spark job; write documents, entities, mentions, facts and errors as Parquet."""
    from orbat.spark import run_extract, spark_session
    from orbat.spark.job import check_request
    from orbat.spark.progress import watch

    everything = [*(inputs or []), *(paths or [])]
    try:
        check_request(everything, output, overwrite=overwrite)
    except OrbatError as exc:
        raise fail(str(exc), code=2) from exc
    with tempfile.TemporaryDirectory(prefix="orbat-spark-") as tmp:
        try:
            with spark_session(master, scratch or Path(tmp), app_name="orbat spark extract", partitions=partitions) as spark:
                with progress_bar("extracting (Spark tasks)") as progress:
                    task = progress.add_task("extract", total=None)
                    with watch(spark.sparkContext, lambda done, total: progress.update(task, completed=done, total=total)):
                            summary = run_extract(
                            spark, everything, output, partitions=partitions, max_bytes=int(max_mb * 2**20),
                            overwrite=overwrite,
                        )  # fmt: skip
        except OrbatError as exc:
            raise fail(str(exc)) from exc
    if json:
        print_json(summary.to_json())
    else:
        _extract_table(summary)
    raise typer.Exit(summary.exit_code)


@app.command("load")
def load_command(
    folder: Annotated[Path, typer.Argument(help="The --output folder of `orbat spark extract`.", show_default=False)],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Store the documents and extractions of `orbat spark extract` (duplicates skipped), then resolve the knowledge base."""
    from orbat.spark import load
    from orbat.spark.output import count_items, read_manifest

    try:
        read_manifest(folder)
        total = count_items(folder)
        resolver = pipeline.default_resolver()
    except (OrbatError, ImportError) as exc:
        raise fail(str(exc)) from exc
    with store_for(db) as store:
        with progress_bar("loading") as progress:
            task = progress.add_task("load", total=total)
            summary = load(folder, store, resolver=resolver, on_item=lambda n: progress.advance(task, n))
    if json:
        print_json(summary.to_json())
    else:
        _summary_table(summary)
    raise typer.Exit(summary.exit_code)
