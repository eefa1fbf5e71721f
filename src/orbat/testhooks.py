"""Test-only crash points, for the crash-safety tests (tests/reliability/).

``ORBAT_TEST_CRASH_AT=name[:n]`` kills the running process with SIGKILL the n-th time
(default: the first) it reaches the crash point ``name``: no cleanup, no rollback, as
a power cut or ``kill -9`` would. Unset (always, outside those tests) a crash point
costs one environment lookup. The points:

* ``stored``  -- ingest: a document and its extraction were committed;
* ``resolve`` -- ingest: every document of the batch is stored, resolution not begun;
* ``replace`` -- a knowledge base was resolved and is about to be swapped in;
* ``reextracted`` -- rebuild: the new extractions are committed, resolution not begun;
* ``commit``  -- SQLite: a write transaction is complete but not yet committed.

The per-process count of points reached is the one piece of module state, kept here
so that nothing outside tests ever carries it.
"""

from __future__ import annotations

import os
import signal

ENV = "ORBAT_TEST_CRASH_AT"
POINTS = ("stored", "resolve", "replace", "reextracted", "commit")
_reached: dict[str, int] = {}


def parse(spec: str) -> tuple[str, int]:
    """``"stored:3"`` -> ``("stored", 3)``; a bad spec is a ValueError naming it."""
    name, _, count = spec.partition(":")
    if name not in POINTS:
        raise ValueError(f"{ENV}={spec!r}: unknown crash point {name!r} (known: {', '.join(POINTS)})")
    if count and (not count.isdigit() or int(count) < 1):
        raise ValueError(f"{ENV}={spec!r}: the count after ':' must be a whole number >= 1")
    return name, int(count or 1)


def crash_point(name: str) -> None:
    """Die here (SIGKILL) when ``$ORBAT_TEST_CRASH_AT`` names this point and count."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    wanted, count = parse(spec)
    if wanted != name:
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] == count:
        os.kill(os.getpid(), signal.SIGKILL)
