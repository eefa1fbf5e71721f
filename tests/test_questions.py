"""orbat.questions: the same_event answer, with a targeted killing told as a death (pure, on a
stand-in store)."""

from __future__ import annotations

from types import SimpleNamespace

from orbat.model import Evidence, Fact, TimeSpan
from orbat.questions import Question, answer

PUBLISHED = {"doc:a": "2022-08-05", "doc:b": "2022-08-06", "doc:c": "2022-07-12"}


class Store:
    def get_document(self, doc_id: str):
        return SimpleNamespace(published=PUBLISHED.get(doc_id))


def fact(fid: str, ftype: str, start: str, *docs: str) -> Fact:
    return Fact(id=f"fact:{fid}", type=ftype, args={"person": "ent:x"}, time=TimeSpan(start, start),
                sources=[Evidence(doc=d, quote="q", start=0, end=1) for d in docs])


def ask(expect: bool, docs: tuple[str, ...], events: list[Fact]):
    q = Question(id="q", kind="same_event", set="dev", expect=expect, docs=docs)
    return answer(Store(), q, events=events, stored={d: d for d in docs})


def test_a_killing_told_as_a_death_by_two_reports_is_one_event():
    killing = fact("d", "death", "2022-08-05", "doc:a", "doc:b")
    assert ask(True, ("doc:a", "doc:b"), [killing]).right


def test_two_killings_a_month_apart_are_two_events():
    events = [fact("d1", "death", "2022-08-05", "doc:a"), fact("d2", "death", "2022-07-12", "doc:c")]
    assert ask(False, ("doc:a", "doc:c"), events).right


def test_a_background_death_both_reports_recall_is_not_their_event():
    old = fact("old", "death", "2019-11-12", "doc:a", "doc:b")  # "killed in 2019", told as background
    assert not ask(True, ("doc:a", "doc:b"), [old]).right


def test_a_news_death_both_tell_is_their_event_even_beside_attacks_that_did_not_merge():
    # one report tells the strike as an attack by the army, the other only as "troops hit
    # positions": the attacks stay apart, the leader's death a week before both is one
    events = [fact("a1", "attack", "2022-08-05", "doc:a"), fact("a2", "attack", "2022-08-05", "doc:b"),
              fact("d", "death", "2022-08-05", "doc:a", "doc:b")]
    assert ask(True, ("doc:a", "doc:b"), events).right


def test_attacks_that_did_not_merge_and_no_shared_death_are_two_events():
    events = [fact("a1", "attack", "2022-08-05", "doc:a"), fact("a2", "attack", "2022-08-05", "doc:b"),
              fact("d1", "death", "2022-08-05", "doc:a"), fact("d2", "death", "2022-08-04", "doc:b")]
    assert not ask(True, ("doc:a", "doc:b"), events).right
    assert ask(False, ("doc:a", "doc:b"), events).right
