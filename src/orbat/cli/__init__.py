"""orbat's command line. ``app`` is the Typer application; importing this
package registers every command module."""

from __future__ import annotations

import importlib

from orbat.cli.app import app

# One module per area; each registers its commands on ``app``.
_COMMAND_MODULES = ("ingest", "extract", "kb")
for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"orbat.cli.{_name}")
    except ModuleNotFoundError as exc:  # a module not written yet
        if exc.name != f"orbat.cli.{_name}":
            raise


def main() -> None:
    app()


__all__ = ["app", "main"]
