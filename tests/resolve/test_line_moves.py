"""line_moves: which stored facts a move of groups' lines takes apart."""

from orbat.resolve.events import FactState
from orbat.resolve.line_moves import LineMoves, moved_lines, taken_apart


def _naming(table):
    return lambda groups: {g: set(table[g]) for g in groups if g in table}


def _keys(table, read=None):
    def keys_of(facts):
        if read is not None:
            read.update(facts)
        return {f: list(table[f]) for f in facts if f in table}

    return keys_of


def _under(table):
    """block -> the facts with a key in it (the index's prefix look-up)."""
    return lambda blocks: {
        b: {f for f, ks in table.items() if any(k.startswith(b + "|") for k in ks)} for b in blocks
    }


def test_moved_lines_are_the_groups_entering_or_leaving():
    old = {"b": frozenset({"b", "a"})}
    new = {"b": frozenset({"b", "c"}), "c": frozenset({"c"})}
    assert moved_lines(old, new) == {"b": frozenset({"a", "c"})}


def test_only_facts_meeting_the_other_side_are_taken_apart():
    delta = {"m": frozenset({"u"})}
    naming = _naming({"m": ["f1", "f2", "f3"], "u": ["f3", "g1", "g2"]})
    table = {
        "f1": ["f|town-1|2014-W32", "r|m"],  # meets g1 in town-1
        "f2": ["f|town-2|*", "r|m"],  # meets a new mention in town-2
        "f3": ["f|town-3|*", "r|m", "r|u"],  # names both
        "g1": ["f|town-1|*", "r|u"],
        "g2": ["f|town-9|*", "r|u"],  # meets nothing
    }  # fmt: skip
    keys = _keys(table)
    seeds = [("x", {"f|town-2"})]
    under = _under(table)
    assert taken_apart(delta, naming, keys, seeds, under) == {"f1", "f2", "f3", "g1"}
    assert taken_apart({}, naming, keys, seeds, under) == set()


def test_only_the_smaller_side_s_keys_are_read():
    # "u" is a group most told of: its facts are found through the blocks of "m"'s few
    delta = {"m": frozenset({"u"})}
    table = {"f1": ["f|town-1|2014-W32", "r|m"], **{f"g{i}": [f"f|town-{i}|*", "r|u"] for i in range(1, 40)}}
    naming = _naming({"m": ["f1"], "u": [f"g{i}" for i in range(1, 40)]})
    read: set[str] = set()
    got = taken_apart(delta, naming, _keys(table, read), [("x", {"f|town-7"})], _under(table))
    assert got == {"f1", "g1"}  # f1 and g1 share town-1; g7 meets only a new mention of another group
    assert read == {"f1"}


def test_a_stored_summary_is_read_with_its_line_as_it_is_now():
    s = FactState("attack", False, (("perpetrator", "m"),), (), None, None, None, argmap={"perpetrator": "m"},
                  perp_line=frozenset({"m"}))  # fmt: skip
    assert LineMoves({"m": frozenset({"m", "p"})}).state(s).perp_line == {"m", "p"}
    assert LineMoves({}).state(s) is s
