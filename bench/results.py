"""Writing one benchmark's section of bench/RESULTS.md, leaving the others as they are."""

from __future__ import annotations

import re
from pathlib import Path


def replace_section(path: Path, heading: str, section: str) -> None:
    """Replace the section that starts with ``heading`` (a "## ..." line) by ``section``,
    or append it when the file has none."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# orbat benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def machine() -> str:
    """The machine a figure was measured on, for the line under a section's command."""
    import os
    import platform

    return (
        f"{platform.machine()}, {os.cpu_count()} CPU cores (shared; load average {os.getloadavg()[0]:.1f}),"
        f" Python {platform.python_version()}"
    )


def cpu_seconds() -> float:
    """User + system CPU seconds of this process so far."""
    import os

    t = os.times()
    return t.user + t.system


def run_child(script: str, *args: str) -> dict | None:
    """Run ``script`` in a fresh Python process (one size each, so peak memory is its own)
    and read the JSON object it prints last; None (stderr shown) when it fails."""
    import json
    import subprocess
    import sys

    child = subprocess.run([sys.executable, script, *args], capture_output=True, text=True)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return None
    return json.loads(child.stdout.strip().splitlines()[-1])


def table_section(heading: str, command: str, started: float, description: str, table: list[str]) -> str:
    """A section: the command with date, machine and run time, what was measured, the table
    (its header lines, then its rows)."""
    import time
    from datetime import UTC, datetime

    return "\n".join(
        [
            heading,
            "",
            f"`{command}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine()}; whole run {time.time() - started:.0f} s.",
            description,
            "",
            *table,
        ]
    )
