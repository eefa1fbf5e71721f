"""Union-find with guards and a log of why each union happened (or was refused).

The clustering step of resolution. Each root carries a small state (type, gazetteer ref,
places, ...); a ``guard`` callable looks at two root states and returns a reason to refuse
the union, or None. Unions are applied in a deterministic order by the caller, so the
result does not depend on input order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Link:
    """Why two nodes were (or were not) put in one cluster."""

    a: int
    b: int
    rule: str  # "ref" | "name" | "fuzzy" | "identity" | "surname" | "geonames" | "curation"
    detail: str
    doc: str | None = None
    quote: str | None = None
    curation: int | None = None


@dataclass
class UnionFind(Generic[S]):
    states: list[S]
    merge_state: Callable[[S, S], S]
    guard: Callable[[S, S], str | None] = lambda a, b: None
    parent: list[int] = field(init=False)
    links: list[Link] = field(default_factory=list)
    refused: list[tuple[Link, str]] = field(default_factory=list)
    _members: list[list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.states)))
        self._members = [[i] for i in range(len(self.states))]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def state(self, i: int) -> S:
        return self.states[self.find(i)]

    def union(self, link: Link, *, force: bool = False) -> bool:
        ra, rb = self.find(link.a), self.find(link.b)
        if ra == rb:
            return True
        if not force:
            reason = self.guard(self.states[ra], self.states[rb])
            if reason is not None:
                self.refused.append((link, reason))
                return False
        root, child = (ra, rb) if ra < rb else (rb, ra)  # the smaller index stays root
        self.parent[child] = root
        self.states[root] = self.merge_state(self.states[root], self.states[child])
        small, big = sorted((self._members[root], self._members[child]), key=len)
        big.extend(small)  # the longer list grows: each node moves O(log n) times in all
        self._members[root], self._members[child] = big, []
        self.links.append(link)
        return True

    def members(self, i: int) -> list[int]:
        """The nodes of ``i``'s cluster, in no particular order (kept up to date by ``union``)."""
        return self._members[self.find(i)]

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out

    def path(self, a: int, b: int) -> list[Link] | None:
        """The chain of links that joined ``a`` and ``b`` (breadth-first), or None."""
        adjacency: dict[int, list[tuple[int, Link]]] = {}
        for link in self.links:
            adjacency.setdefault(link.a, []).append((link.b, link))
            adjacency.setdefault(link.b, []).append((link.a, link))
        previous: dict[int, tuple[int, Link] | None] = {a: None}
        frontier = [a]
        while frontier:
            nxt: list[int] = []
            for node in frontier:
                if node == b:
                    chain: list[Link] = []
                    step = previous[node]
                    while step is not None:
                        chain.append(step[1])
                        step = previous[step[0]]
                    return chain[::-1]
                for other, link in adjacency.get(node, ()):
                    if other not in previous:
                        previous[other] = (node, link)
                        nxt.append(other)
            frontier = nxt
        return None
