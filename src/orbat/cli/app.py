"""The Typer application and what every command shares: the store option,
JSON output, the console. Commands live in sibling modules, one per area,
each a thin layer over one library function."""

from __future__ import annotations

import importlib.util
import json
import sys
from contextlib import contextmanager
from types import ModuleType
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from orbat import pipeline
from orbat.errors import OrbatError
from orbat.store import open_store

app = typer.Typer(
    name="orbat",
    help="orbat: an order of battle from conflict reporting — a source-linked, time-aware "
    "knowledge base of armed groups.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="The knowledge store: an SQLite file or a postgresql://user@host:port/dbname URL. Default: $ORBAT_DB, else ./orbat.db.", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def lazy_module(name: str) -> ModuleType:
    """``name`` imported on first attribute access (``importlib.util.LazyLoader``): command
    modules name the libraries they wrap without loading them for ``orbat --help``."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def progress_bar(label: str) -> Progress:
    """The progress bar of long commands: on stderr, only on a terminal, gone when done."""
    return Progress(
        SpinnerColumn(),
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not err_console.is_terminal,
        transient=True,
    )


def print_json(data: Any) -> None:
    """JSON to stdout, UTF-8, stable key order."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str) + "\n")


def safe(text: object) -> str:
    """Text for the terminal: control characters shown escaped, Rich markup escaped."""
    return escape("".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text)))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` (plain text: user input in it is never read as markup) as
    the one-line error on stderr; the caller raises the returned Exit."""
    err_console.print(f"[red]error:[/red] {safe(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _repair_stale(store: Any) -> None:
    """A knowledge base left behind its inputs by an interrupted command is re-resolved
    on the next open (docs/reliability.md); where that fails, the command goes on with
    the last consistent one and says so."""
    try:
        pipeline.ensure_fresh(store)
    except ImportError:  # resolution not available: nothing to repair with
        return
    except OrbatError as exc:
        err_console.print(
            f"[yellow]warning:[/yellow] the knowledge base lags behind its inputs and could not be"
            f" re-resolved ({safe(exc)})",
            highlight=False,
            soft_wrap=True,
        )


@contextmanager
def store_for(db: str | None):
    """Open the store for one command; OrbatErrors become a clean message and exit 1."""
    try:
        store = open_store(db)
    except OrbatError as exc:
        raise fail(str(exc)) from exc
    _repair_stale(store)
    try:
        yield store
    except OrbatError as exc:
        raise fail(str(exc)) from exc
    finally:
        store.close()
