"""Every command is documented, and every query command can answer in JSON."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from orbat.cli import app

QUERY_COMMANDS = {
    "docs", "show", "facts", "leaders", "profile", "timeline", "events", "search", "curations",
    "eval", "entity why",
}  # fmt: skip


def _commands(group, prefix: str = "") -> dict:
    found = {}
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(command, "commands"):  # a group of subcommands
            found.update(_commands(command, path + " "))
        else:
            found[path] = command
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_the_commands_the_readme_promises_exist():
    expected = {
        "ingest", "docs", "show", "facts", "export", "extract", "eval", "leaders", "profile", "timeline",
        "events", "graph", "search", "rebuild", "curations", "fact reject", "fact confirm",
        "entity merge", "entity split", "entity rename", "entity why",
    }  # fmt: skip
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name):
    command = COMMANDS[name]
    assert (command.help or "").strip(), f"orbat {name} has no help text"
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


@pytest.mark.parametrize("name", sorted(QUERY_COMMANDS))
def test_every_query_command_has_json(name):
    options = {opt for param in COMMANDS[name].params for opt in getattr(param, "opts", [])}
    assert "--json" in options, f"orbat {name} has no --json"
