"""Would parsing only the sentences that matter bring orbat's NLP to the cost of a bare spaCy parse?

    python bench/restricted_parse.py [--texts DIR ...] [--rounds 3] [--out bench/SCALE.md]

The idea measured (issue 10, part 3): run a cheap pass over every sentence (tokeniser,
sentence splitter, tagger, lemmatiser, orbat's gazetteer rulers - no parser, no NER), then
the full orbat pipeline only on the sentences that hold a trigger word (an attack, killing,
death, capture, statement, role, membership or branch word of ``orbat.facts.lexicon``) or a
name the rulers know. This is an upper bound on what the restriction can save: it counts
no cost for stitching sentences back into one document and assumes no fact is lost.

Reported, in CPU seconds of this process (best of ``--rounds``): the bare spaCy parse (a),
orbat's full pipeline (b), the cheap pass over everything (c), the full pipeline over the
kept sentences only (d); the restricted cost is (c) + (d), as a ratio to (a).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from results import replace_section  # noqa: E402

HEADING = "## Restricted parse (issue 10, part 3)"


def _texts(folders: list[Path]) -> list[str]:
    from orbat.model import Document
    from orbat.readers import expand_inputs, read_inputs

    paths = [str(f) for f in folders if f.exists()]
    return [d.body for d in read_inputs(expand_inputs(paths)) if isinstance(d, Document)]


def _triggers() -> set[str]:
    from orbat.facts import lexicon

    words: set[str] = set()
    for name in ("ATTACK_NOUNS", "ATTACK_VERBS", "KILL_VERBS", "DIE_VERBS", "DEATH_NOUNS", "CAPTURE_VERBS",
                 "STATEMENT_NOUNS", "SAY_VERBS", "ROLE_WORDS", "MEMBER_WORDS", "BRANCH_WORDS"):  # fmt: skip
        value = getattr(lexicon, name, ())
        words |= {w.lower() for w in value if isinstance(w, str)}
    return words


def _cpu(fn) -> tuple[float, object]:
    start = time.process_time()
    out = fn()
    return time.process_time() - start, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, nargs="+",
                        default=[REPO / "examples", REPO / "gold" / "real" / "texts"])  # fmt: skip
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "SCALE.md")
    args = parser.parse_args()

    from orbat.nlp.pipeline import build_nlp, load_model

    texts = _texts(args.texts)
    bare = load_model()
    nlp = build_nlp()
    triggers = _triggers()
    heavy = [p for p in ("parser", "ner", "orbat_paragraphs", "orbat_group_names", "orbat_person_names",
                         "orbat_regions", "orbat_roles") if p in nlp.pipe_names]  # fmt: skip

    def cheap_pass():
        with nlp.select_pipes(disable=heavy):
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
            try:
                return list(nlp.pipe(texts))
            finally:
                if "senter" in nlp.pipe_names:
                    nlp.disable_pipe("senter")

    kept: list[str] = []
    tokens_all = tokens_kept = sentences_all = 0
    for doc in cheap_pass():
        for sent in doc.sents:
            sentences_all += 1
            tokens_all += len(sent)
            known = any(ent.sent == sent for ent in doc.ents) if doc.ents else False
            if known or any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sent):
                kept.append(sent.text)
                tokens_kept += len(sent)

    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for label, fn in (
            ("a", lambda: list(bare.pipe(texts))),
            ("b", lambda: list(nlp.pipe(texts))),
            ("c", cheap_pass),
            ("d", lambda: list(nlp.pipe(kept))),
        ):
            seconds, _ = _cpu(fn)
            best[label] = min(best.get(label, seconds), seconds)
    ratio_full = best["b"] / best["a"]
    ratio_restricted = (best["c"] + best["d"]) / best["a"]
    words = sum(len(t.split()) for t in texts)
    lines = [
        HEADING,
        "",
        f"`python bench/restricted_parse.py --rounds {args.rounds}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, {os.cpu_count()} CPU cores (shared; load average {os.getloadavg()[0]:.1f}), "
        f"Python {platform.python_version()}.",
        f"{len(texts)} documents ({words:,} words: `examples/` and, where present, `gold/real/texts/`); "
        f"{sentences_all:,} sentences, of which {len(kept):,} hold a trigger word or a known name "
        f"({tokens_kept:,} of {tokens_all:,} tokens, {100 * tokens_kept / max(tokens_all, 1):.0f}%).",
        "",
        "| pass | CPU s (best of the rounds) | × (a) |",
        "|---|---:|---:|",
        f"| (a) bare spaCy parse, all text | {best['a']:.2f} | 1.00 |",
        f"| (b) orbat's full pipeline, all text | {best['b']:.2f} | {ratio_full:.2f} |",
        f"| (c) cheap pass (no parser, no NER), all text | {best['c']:.2f} | {best['c'] / best['a']:.2f} |",
        f"| (d) orbat's full pipeline, kept sentences only | {best['d']:.2f} | {best['d'] / best['a']:.2f} |",
        f"| restricted = (c) + (d) | {best['c'] + best['d']:.2f} | {ratio_restricted:.2f} |",
        "",
    ]
    section = "\n".join(lines)
    print(section)
    replace_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
