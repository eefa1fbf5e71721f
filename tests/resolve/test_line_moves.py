"""line_moves: which stored facts a move of groups' lines takes apart."""

from orbat.resolve.events import FactState
from orbat.resolve.line_moves import LineMoves, moved_lines, taken_apart


def _naming(table):
    return lambda groups: {g: set(table[g]) for g in groups if g in table}


def _keys(table):
    return lambda facts: {f: list(table[f]) for f in facts if f in table}


def test_moved_lines_are_the_groups_entering_or_leaving():
    old = {"b": frozenset({"b", "a"})}
    new = {"b": frozenset({"b", "c"}), "c": frozenset({"c"})}
    assert moved_lines(old, new) == {"b": frozenset({"a", "c"})}


def test_only_facts_meeting_the_other_side_are_taken_apart():
    delta = {"m": frozenset({"u"})}
    naming = _naming({"m": ["f1", "f2", "f3"], "u": ["f3", "g1", "g2"]})
    keys = _keys({
        "f1": ["f|town-1|2014-W32", "r|m"],  # meets g1 in town-1
        "f2": ["f|town-2|*", "r|m"],  # meets a new mention in town-2
        "f3": ["f|town-3|*", "r|m", "r|u"],  # names both
        "g1": ["f|town-1|*", "r|u"],
        "g2": ["f|town-9|*", "r|u"],  # meets nothing
    })  # fmt: skip
    seeds = [("x", {"f|town-2"})]
    assert taken_apart(delta, naming, keys, seeds) == {"f1", "f2", "f3", "g1"}
    assert taken_apart({}, naming, keys, seeds) == set()


def test_a_stored_summary_is_read_with_its_line_as_it_is_now():
    s = FactState("attack", False, (("perpetrator", "m"),), (), None, None, None, argmap={"perpetrator": "m"},
                  perp_line=frozenset({"m"}))  # fmt: skip
    assert LineMoves({"m": frozenset({"m", "p"})}).state(s).perp_line == {"m", "p"}
    assert LineMoves({}).state(s) is s
