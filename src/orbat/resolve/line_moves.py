"""What a change in groups' lines of parents means for the stored facts (incremental updates).

A group's *line* (``resolver.lines_of``: the group and every group it is a branch of) is
read by fact resolution for an attack's perpetrator only: two attacks whose perpetrators
differ are compatible when one is in the other's line (``events.compare``), a merged state
keeps the branch (``events._merge_state``), and ``merge_facts`` prefers the most specific
of several perpetrators. When an update moves the line of a group ``M`` (a new branch
fact, a group new to the store) by the groups ``delta`` (old line ^ new line), a full
resolution compares differently only the mentions of ``M`` with those of a group in
``delta``, and only where they share a block. So the stored facts **taken apart** (their
mentions resolved again with the new ones) are:

- those whose mentions name both ``M`` and a group in ``delta`` (their own mentions may
  come apart, or vote for another perpetrator);
- those naming ``M`` and those naming a group in ``delta`` that share a block (a stored
  key, time bucket aside) with a fact of the other side, stored or new (a new mention
  whose perpetrator is on the other side).

Every other stored fact keeps its mentions: no pair of mentions a full resolution would
compare has changed for it. Its summary keeps the line of when it was written, so every
stored summary is read with its perpetrator's line as it is now (``LineMoves.state``),
for the new mentions' comparisons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from orbat.resolve.events import FactState


@dataclass(frozen=True, slots=True)
class LineMoves:
    lines: dict[str, frozenset[str]]  # every group's line now

    def state(self, s: FactState) -> FactState:
        """A stored summary with its perpetrator's line as it is now."""
        perp = s.argmap.get("perpetrator") if s.type == "attack" else None
        if perp is None or s.perp_line == (line := self.lines.get(perp, frozenset({perp}))):
            return s
        return replace(s, perp_line=line)


def moved_lines(old: dict[str, frozenset[str]], new: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each group whose line moved -> the groups that entered or left it."""
    out = {}
    for e in set(old) | set(new):
        if d := old.get(e, frozenset({e})) ^ new.get(e, frozenset({e})):
            out[e] = d
    return out


def taken_apart(
    delta: dict[str, frozenset[str]],
    naming: Callable[[Iterable[str]], dict[str, set[str]]],
    keys_of: Callable[[Iterable[str]], dict[str, list[str]]],
    seeds: list[tuple[str | None, set[str]]],
    under: Callable[[Iterable[str]], dict[str, set[str]]],
) -> set[str]:
    """The stored facts a line move takes apart (see the module's docstring).
    ``naming(groups)``: per group, the stored facts whose mentions name it (``r|`` keys);
    ``keys_of(facts)``: per stored fact, its index keys; ``seeds``: the new attack
    mentions' perpetrators and blocks (``block_prefix``); ``under(blocks)``: per block, the
    stored facts with a key in it.

    Of the two sides of a move, only the smaller one's keys are read: its facts meet the
    other side where a block of theirs holds a fact of the other side (``under``), and the
    other side's facts that meet it are those its blocks (and its new mentions' blocks)
    hold. A group most told of (tens of thousands of facts) on one side is then never read
    fact by fact."""
    if not delta:
        return set()
    named = naming(set(delta) | {u for d in delta.values() for u in d})
    by_perp: dict[str | None, set[str]] = {}
    for perp, bs in seeds:
        by_perp.setdefault(perp, set()).update(bs)
    everywhere = {b for bs in by_perp.values() for b in bs}
    sides = []
    for m, d in sorted(delta.items()):
        mine, theirs = named.get(m, set()), {f for u in d for f in named.get(u, ())}
        new_mine, new_theirs = by_perp.get(m, set()), everywhere
        if (mine or new_mine) and (theirs or new_theirs) and (mine or theirs):
            # (the smaller side, the larger, their new mentions' blocks)
            if len(mine) <= len(theirs):
                sides.append((mine, theirs, new_mine, new_theirs))
            else:
                sides.append((theirs, mine, new_theirs, new_mine))
    keys = keys_of({f for side in sides for f in side[0]})
    blocks = {f: {block_prefix(k) for k in ks if k.startswith("f|")} for f, ks in keys.items()}
    small_blocks = [{b for f in small for b in blocks.get(f, ())} for small, *_ in sides]
    held = under({b for (_, _, new_small, _), bs in zip(sides, small_blocks, strict=True) for b in bs | new_small})
    out: set[str] = set()
    for (small, large, new_small, new_large), bs in zip(sides, small_blocks, strict=True):
        out |= small & large
        # the smaller side's facts sharing a block with one of the larger side, or its new mentions
        out |= {f for f in small if any(b in new_large or held.get(b, set()) & large for b in blocks.get(f, ()))}
        # the larger side's facts in a block of the smaller side, or of its new mentions
        for b in bs | new_small:
            out |= held.get(b, set()) & large
    return out


def block_prefix(key: str) -> str:
    """A fact's index key (``index.fact_keys``), or a ``index.block_key``, without its time bucket."""
    return key.rsplit("|", 1)[0]
