#!/usr/bin/env python3
"""Check (or seal) the local copies of the real-reporting articles against their manifest.

The article texts are third parties' and live in the git-ignored ``gold/real/texts/``;
``gold/real/manifest/<id>.json`` records where each came from and the sha256 and word
count of the text that was annotated.

    python scripts/realdata.py check        # every text present and unchanged? (exit 1 if not)
    python scripts/realdata.py seal         # record sha256 and words of texts not yet sealed
    python scripts/realdata.py list         # one line per article: set, outlet, date, id
    python scripts/realdata.py stats        # articles, outlets, gold facts per type and set
    python scripts/realdata.py records OUT  # the texts with their manifest metadata as JSONL records

A missing text is fetched again through the query in the manifest's ``retrieve`` field (the
project's stored-pages search: ``{"corpus": "pages", "query": ...}``), then checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "gold" / "real"


def manifests(root: Path) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted((root / "manifest").glob("*.json")):
        try:
            out.append((path, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as exc:
            print(f"{path}: unreadable manifest ({exc})", file=sys.stderr)
    return out


def text_digest(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    return hashlib.sha256(data).hexdigest(), len(data.decode("utf-8").split())


def check(root: Path) -> int:
    bad = 0
    entries = manifests(root)
    for _path, entry in entries:
        text = root / "texts" / f"{entry['id']}.txt"
        if not text.exists():
            print(f"MISSING  {entry['id']}  (retrieve: {json.dumps(entry.get('retrieve'))})")
            bad += 1
            continue
        digest, _words = text_digest(text)
        if entry.get("sha256") and digest != entry["sha256"]:
            print(f"CHANGED  {entry['id']}  sha256 {digest[:12]} != manifest {entry['sha256'][:12]}")
            bad += 1
        elif not entry.get("sha256"):
            print(f"UNSEALED {entry['id']}")
            bad += 1
    print(f"{len(entries) - bad} of {len(entries)} texts present and matching the manifest")
    return 1 if bad else 0


def seal(root: Path) -> int:
    sealed = 0
    for path, entry in manifests(root):
        text = root / "texts" / f"{entry['id']}.txt"
        if entry.get("sha256") or not text.exists():
            continue
        entry["sha256"], entry["words"] = text_digest(text)
        path.write_text(json.dumps(entry, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        sealed += 1
    print(f"sealed {sealed} manifest(s)")
    return 0


def listing(root: Path) -> int:
    for _path, e in manifests(root):
        print(f"{e.get('set', '?'):5}  {e.get('published', '?'):10}  {e.get('outlet', '?')[:28]:28}  {e['id']}")
    return 0


def stats(root: Path) -> int:
    entries = [e for _p, e in manifests(root)]
    print(f"articles: {len(entries)}  ({Counter(e.get('set') for e in entries)})")
    print(f"outlets: {len({e.get('outlet') for e in entries})}  regions: {sorted({e.get('region') for e in entries})}")
    print(f"words: {sum(e.get('words', 0) for e in entries):,}")
    for part in ("dev", "blind"):
        types: Counter[str] = Counter()
        for gold in (root / part).glob("*.gold.jsonl"):
            for line in gold.read_text(encoding="utf-8").splitlines()[1:]:
                if line.strip():
                    types[json.loads(line)["type"]] += 1
        print(f"{part}: {sum(types.values())} gold facts  {dict(sorted(types.items()))}")
    return 0


def records(root: Path, out: Path) -> int:
    """One JSONL record per local text, with the manifest's metadata (``orbat ingest`` reads
    it: id, title, url, published, publisher, text), so the store knows each article's date."""
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for _path, e in manifests(root):
            text = root / "texts" / f"{e['id']}.txt"
            if not text.exists():
                continue
            record = {
                "id": e["id"],
                "title": e.get("title"),
                "url": e.get("url"),
                "published": e.get("published"),
                "publisher": e.get("outlet"),
                "text": text.read_text(encoding="utf-8"),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"wrote {written} records to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["check", "seal", "list", "stats", "records"])
    parser.add_argument("out", nargs="?", type=Path, help="records: the JSONL file to write")
    parser.add_argument("--root", type=Path, default=ROOT, help="the real-reporting gold folder")
    args = parser.parse_args(argv)
    if args.command == "records":
        if args.out is None:
            parser.error("records needs an output path")
        return records(args.root, args.out)
    return {"check": check, "seal": seal, "list": listing, "stats": stats}[args.command](args.root)


if __name__ == "__main__":
    sys.exit(main())
