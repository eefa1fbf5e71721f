"""A bounded load test of `orbat serve` on loopback.

    python bench/load.py [--db STORE] [--readers 8] [--seconds 30] [--write-every 3] [--out bench/LOAD.md]

Starts `orbat serve` in a subprocess on a free loopback port over ``--db`` (without
``--db``: a fresh store built from the seed article and examples/ with `orbat ingest`),
creates a token, then for ``--seconds`` runs ``--readers`` concurrent readers (httpx,
one client each) cycling through the read endpoints with varied arguments, and one
writer uploading a new small article every ``--write-every`` seconds (each upload is
read, extracted and the knowledge base re-resolved). Reports p50 / p95 / max latency
and the error count for reads (overall and per endpoint) and for uploads, and the
read throughput. ``--out`` writes the figures and the command to a Markdown file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    """Latencies (seconds) and errors of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, seconds: float, error: str | None) -> None:
        self.latencies.append(seconds)
        if error:
            self.errors.append(error)

    def row(self) -> dict[str, float | int]:
        ms = sorted(x * 1000 for x in self.latencies)
        if not ms:
            return {"requests": 0, "errors": len(self.errors)}
        return {
            "requests": len(ms),
            "errors": len(self.errors),
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1),
            "max_ms": round(ms[-1], 1),
        }


def _orbat(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "orbat", *args], env=env, capture_output=True, text=True, check=False
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed_dir() -> Path | None:
    for base in (REPO, *REPO.parents):
        if (base / "shared" / "seed").is_dir():
            return base / "shared" / "seed"
    return None


def _build_store(path: Path, env: dict[str, str]) -> None:
    inputs = [str(REPO / "examples")]
    seed = _seed_dir()
    if seed is not None:
        inputs.insert(0, str(seed))
    done = _orbat("ingest", *inputs, "--db", str(path), "--json", env=env)
    if done.returncode not in (0, 1):
        raise SystemExit(f"building the store failed: {done.stderr.strip()}")


def _wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"orbat serve exited ({proc.returncode}): {proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            if httpx.get(base + "/api/openapi.json", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("orbat serve did not answer in time")


def _targets(base: str) -> list[tuple[str, str]]:
    """(endpoint label, url) pairs to cycle through, with ids from the store itself."""
    c = httpx.Client(base_url=base, timeout=30.0)
    groups = c.get("/api/entities", params={"type": "organization", "limit": 20}).json()["items"]
    people = c.get("/api/entities", params={"type": "person", "limit": 20}).json()["items"]
    facts = c.get("/api/facts", params={"limit": 20}).json()["items"]
    docs = c.get("/api/documents", params={"limit": 20}).json()["items"]
    c.close()
    out: list[tuple[str, str]] = []
    words = ["Islamic State", "Caucasus", "al-Shabaab", "killed", "emir", "Dagestan", "Taliban"]
    dates = ["2013-06-01", "2015-01-01", "2015-08-01", "2017"]
    for w in words:
        out.append(("search", f"/api/search?q={w}&limit=20"))
        out.append(("entities", f"/api/entities?q={w}&limit=20"))
    for g in groups[:8]:
        out.append(("group timeline", f"/api/groups/{g['id']}/timeline?on={random.choice(dates)}"))
        out.append(("leaders", f"/api/leaders?org={g['id']}&on={random.choice(dates)}"))
        out.append(("events", f"/api/events?group={g['id']}&limit=50"))
        out.append(("documents", f"/api/documents?group={g['id']}&limit=50"))
    for p in people[:8]:
        out.append(("entity profile", f"/api/entities/{p['id']}"))
    for f in facts[:8]:
        out.append(("fact", f"/api/facts/{f['id']}"))
    for d in docs[:8]:
        out.append(("document", f"/api/documents/{d['id']}"))
    for on in dates:
        out.append(("graph", f"/api/graph?on={on}"))
        out.append(("events", f"/api/events?since={on}&limit=100"))
    out += [("facts", "/api/facts?limit=100"), ("documents", "/api/documents?country=RU&limit=50")]
    return out


PLACES = ["Kismayo", "Baidoa", "Derbent", "Khasavyurt", "Peshawar", "Kandahar", "Maiduguri", "Aden"]
GROUPS = ["al-Shabaab", "the Islamic State", "the Taliban", "Boko Haram", "al-Qaeda in the Arabian Peninsula"]


def _article(n: int, rng: random.Random) -> bytes:
    place, group = rng.choice(PLACES), rng.choice(GROUPS)
    killed = rng.randint(2, 30)
    day = rng.randint(1, 28)
    return (
        f"Militants attack checkpoint near {place} (load test {n})\n\nMarch {day}, 2019\n\n"
        f"Fighters of {group} attacked a military checkpoint near {place} on Monday, killing {killed} "
        f"soldiers, officials said. {group[0].upper() + group[1:]} claimed responsibility for the attack "
        f"in a statement. Report number {n}-{rng.randint(0, 10**9)}.\n"
    ).encode()


def run(db: Path, *, readers: int, seconds: float, write_every: float, env: dict[str, str]) -> dict:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    made = _orbat("token", "create", "--name", "load", "--db", str(db), "--json", env=env)
    if made.returncode != 0:
        raise SystemExit(f"token create failed: {made.stderr.strip()}")
    token = json.loads(made.stdout)["token"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "orbat", "serve", "--db", str(db), "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_ready(base, proc)
        targets = _targets(base)
        warm = Tally()  # the first upload loads the NLP pipeline in the server: timed apart
        if write_every > 0:
            t0 = time.perf_counter()
            r = httpx.post(
                base + "/api/documents",
                files={"file": ("load-0.txt", _article(0, random.Random(-1)), "text/plain")},
                headers={"Authorization": f"Bearer {token}"},
                timeout=300.0,
            )
            warm.add(
                time.perf_counter() - t0, None if r.status_code == 201 else f"{r.status_code} {r.text[:200]}"
            )
        reads: dict[str, Tally] = {}
        writes = Tally()
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def reader(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=base, timeout=60.0) as c:
                while time.monotonic() < stop:
                    label, url = rng.choice(targets)
                    t0 = time.perf_counter()
                    try:
                        r = c.get(url)
                        error = None if r.status_code == 200 else f"{r.status_code} {url}"
                    except httpx.HTTPError as exc:
                        error = f"{type(exc).__name__} {url}"
                    with lock:
                        reads.setdefault(label, Tally()).add(time.perf_counter() - t0, error)

        def writer() -> None:
            rng = random.Random(0)
            n = 0
            with httpx.Client(
                base_url=base, timeout=120.0, headers={"Authorization": f"Bearer {token}"}
            ) as c:
                while time.monotonic() < stop:
                    n += 1
                    t0 = time.perf_counter()
                    try:
                        r = c.post(
                            "/api/documents",
                            files={"file": (f"load-{n}.txt", _article(n, rng), "text/plain")},
                        )
                        error = None if r.status_code == 201 else f"{r.status_code} {r.text[:200]}"
                    except httpx.HTTPError as exc:
                        error = type(exc).__name__
                    writes.add(time.perf_counter() - t0, error)
                    time.sleep(max(0.0, write_every - (time.perf_counter() - t0)))

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
        if write_every > 0:
            threads.append(threading.Thread(target=writer))
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    every = Tally()
    for tally in reads.values():
        every.latencies += tally.latencies
        every.errors += tally.errors
    return {
        "readers": readers,
        "seconds": round(elapsed, 1),
        "reads": every.row(),
        "reads_per_second": round(len(every.latencies) / elapsed, 1) if elapsed else 0.0,
        "by_endpoint": {label: t.row() for label, t in sorted(reads.items())},
        "uploads": writes.row(),
        "first_upload": warm.row(),
        "errors": (every.errors + writes.errors + warm.errors)[:10],
    }


def _markdown(result: dict, command: str, store: str) -> str:
    lines = [
        "# Load test of `orbat serve`",
        "",
        f"Command: `{command}`",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} on {platform.machine()}, "
        f"{os.cpu_count()} CPU cores (shared), Python {platform.python_version()}; store: {store}. "
        f"{result['readers']} concurrent readers and one writer for {result['seconds']} s, "
        "uvicorn (one worker) on 127.0.0.1.",
        "",
        "| requests | count | errors | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]

    def row(name: str, r: dict) -> str:
        return f"| {name} | {r['requests']} | {r['errors']} | {r.get('p50_ms', '')} | {r.get('p95_ms', '')} | {r.get('max_ms', '')} |"

    lines.append(row("**all reads**", result["reads"]))
    for label, r in result["by_endpoint"].items():
        lines.append(row(label, r))
    lines.append(row("**uploads** (read + extract + re-resolve)", result["uploads"]))
    if result["first_upload"]["requests"]:
        lines.append(row("first upload, before the run (loads the NLP pipeline)", result["first_upload"]))
    lines += ["", f"Read throughput: {result['reads_per_second']} requests/s."]
    if result["errors"]:
        lines += ["", "First errors:", "", *[f"- `{e}`" for e in result["errors"]]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", help="An existing store (copied, never changed). Default: built from the seed and examples/."
    )
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--write-every", type=float, default=3.0, help="Seconds between uploads (0: no writer)."
    )
    parser.add_argument("--out", help="Write the figures as Markdown here.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args(argv)
    if args.readers < 1 or args.seconds <= 0:
        parser.error("--readers must be 1 or more and --seconds positive")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        if args.db:
            shutil.copyfile(args.db, db)
            store = Path(args.db).name
        else:
            _build_store(db, env)
            store = "the seed article + examples/ (orbat ingest)"
        result = run(db, readers=args.readers, seconds=args.seconds, write_every=args.write_every, env=env)
    command = "python bench/load.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(_markdown(result, command.strip(), store))
    if args.out:
        Path(args.out).write_text(_markdown(result, command.strip(), store), encoding="utf-8")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
