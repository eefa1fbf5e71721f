"""Start-up benchmark: wall seconds of whole `orbat` processes (median of repeated runs).

    python bench/startup.py --runs 5 [--base-src /tmp/base/src] [--out bench/SCALE.md]

Commands timed, each as a fresh process (like hyperfine): ``orbat --help``; a question on a
store of the example corpus (``orbat leaders "Caucasus Emirate"``); ``orbat ingest`` of the
seed article (or one example) into an empty store, with the place index cache cold (a fresh,
empty cache dir each run: the index is built and written) and warm (the cache of the first run).
``--base-src`` times the same commands against another source tree (e.g. the commit before
the start-up work, from ``git archive``) in the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from results import replace_section  # noqa: E402

HEADING = "## Start-up"


def _seed_article() -> Path:
    for base in (REPO, *REPO.parents):
        seed = base / "shared" / "seed" / "lwj-2015-09-02-caucasus-claim.txt"
        if seed.is_file():
            return seed
    return REPO / "examples" / "nc-courier-2015-08-12-suleimanov-gimry.txt"


def _run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return elapsed


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.2f}"


def measure(src: Path, runs: int, work: Path, label: str) -> list[tuple[str, list[float]]]:
    """Time the commands against the source tree ``src``."""
    orbat = [sys.executable, "-m", "orbat"]
    base_env = {**os.environ, "PYTHONPATH": str(src)}
    base_env.pop("ORBAT_DB", None)
    warm_cache = work / f"cache-{label}"
    env = {**base_env, "ORBAT_CACHE": str(warm_cache)}
    demo = work / f"demo-{label}.db"
    _run([*orbat, "ingest", str(REPO / "examples"), "--db", str(demo)], env)  # also warms the cache
    article = _seed_article()
    rows: list[tuple[str, list[float]]] = []
    rows.append(("orbat --help", [_run([*orbat, "--help"], env) for _ in range(runs)]))
    query = [*orbat, "leaders", "Caucasus Emirate", "--db", str(demo)]
    rows.append(('orbat leaders "Caucasus Emirate" (example store)', [_run(query, env) for _ in range(runs)]))

    def ingest_one(cache: Path) -> float:
        db = work / "one.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return _run([*orbat, "ingest", str(article), "--db", str(db)], {**base_env, "ORBAT_CACHE": str(cache)})

    cold = []
    for k in range(runs):
        cache = work / f"cold-{label}-{k}"
        cold.append(ingest_one(cache))
        shutil.rmtree(cache, ignore_errors=True)
    rows.append((f"orbat ingest {article.name}, place cache cold", cold))
    rows.append((f"orbat ingest {article.name}, place cache warm", [ingest_one(warm_cache) for _ in range(runs)]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--base-src", type=Path, help="another source tree to time in the same run")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "SCALE.md")
    args = parser.parse_args()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="orbat-startup-") as tmp:
        work = Path(tmp)
        trees = [("this tree", REPO / "src")]
        if args.base_src:
            trees.insert(0, ("base", args.base_src.resolve()))
        results = {label: measure(src, args.runs, work, label.replace(" ", "-")) for label, src in trees}
    labels = [label for label, _ in trees]
    commands = [name for name, _ in results[labels[-1]]]
    lines = [
        HEADING,
        "",
        f"`python bench/startup.py --runs {args.runs}"
        + (" --base-src BASE/src" if args.base_src else "")
        + f"` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, {os.cpu_count()} CPU cores (shared; "
        f"load average {os.getloadavg()[0]:.1f}), Python {platform.python_version()}; whole run {time.time() - started:.0f} s.",
        "Wall seconds of whole processes (`python -m orbat ...`), median of the runs (min–max in brackets).",
        "",
        "| command | " + " | ".join(labels) + " |",
        "|---|" + "---:|" * len(labels),
    ]
    for name in commands:
        cells = []
        for label in labels:
            times = dict(results[label]).get(name)
            cells.append(f"{_median(times)} ({min(times):.2f}–{max(times):.2f})" if times else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    section = "\n".join(lines) + "\n"
    print(section)
    replace_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
