"""orbat's command line. ``app`` is the Typer application; importing this
package registers every command module."""

from __future__ import annotations

import logging
import os
import sys

# One module per area; importing it registers its commands on ``app``.
from orbat.cli import extract, ingest, kb, serve, spark  # noqa: F401
from orbat.cli.app import app, err_console, safe


class _OneLineFormatter(logging.Formatter):
    """A library warning as one line ("warning: ..."), its traceback left out."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {' '.join(record.getMessage().split())}"


def _log_to_stderr(*, debug: bool) -> None:
    """orbat's own log messages (a document spaCy could not parse, a fact rule that
    failed) to stderr: one line each, with the traceback only under ORBAT_DEBUG."""
    logger = logging.getLogger("orbat")
    if any(getattr(h, "orbat_cli", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.orbat_cli = True  # type: ignore[attr-defined]
    if not debug:
        handler.setFormatter(_OneLineFormatter())
    logger.addHandler(handler)


def main() -> None:
    """The ``orbat`` command. A bug that escapes a command is one line on stderr and
    exit 1 (``ORBAT_DEBUG=1`` shows the traceback); a closed pipe (``| head``) ends quietly."""
    _log_to_stderr(debug=bool(os.environ.get("ORBAT_DEBUG")))
    try:
        app()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("ORBAT_DEBUG"):
            raise
        err_console.print(
            f"[red]error:[/red] unexpected {type(exc).__name__}: {safe(exc)} (ORBAT_DEBUG=1 shows where)",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(1)


__all__ = ["app", "main"]
