"""Questions over the resolved knowledge base.

Each function takes the store and returns a dataclass (with ``to_json()``) whose
every statement carries its evidence: the document id, title, published date and
the exact quote. Names are resolved with ``store.find_entities`` (normalised names
and aliases); an unknown name raises ``NotFound``, an ambiguous one ``Ambiguous``
listing the candidates.

    leaders(store, "Caucasus Emirate", on="2015-01-01")
    profile(store, "Rustam Asilderov")
    timeline(store, "Islamic State")
    events(store, group="al-Shabaab", since="2015-09", status="confirmed")
    graph(store, on="2015-08-01").to_dot()
    search(store, "Magharamakint")

Paged lists and one-thing pages for the API and the UI: ``browse`` (entity_page, fact_page,
event_page, document_page, search_page), ``detail`` (entity_profile, fact_detail,
document_detail, group_timeline, group_graph) and ``tags`` (document_tags).
"""

from __future__ import annotations

from orbat.places import haversine_km
from orbat.query.answers import (
    Ambiguous,
    Edge,
    Events,
    FactItem,
    Graph,
    Hit,
    Identity,
    Leader,
    Leaders,
    Node,
    NotFound,
    Profile,
    QueryError,
    Ref,
    SearchResults,
    Source,
    SourceCount,
    Timeline,
    Vacancy,
)
from orbat.query.browse import (
    Page,
    document_page,
    entity_page,
    event_page,
    fact_page,
    search_page,
    tagged_documents,
)
from orbat.query.detail import (
    document_detail,
    entity_pair,
    entity_profile,
    fact_detail,
    group_graph,
    group_timeline,
)
from orbat.query.events import STATUSES, events
from orbat.query.graph import graph, search, when
from orbat.query.people import leaders, profile, timeline
from orbat.query.tags import DocTags, document_tags
from orbat.query.view import describe, find_entity, find_fact

__all__ = [
    "Ambiguous",
    "Edge",
    "Events",
    "FactItem",
    "Graph",
    "Hit",
    "Identity",
    "Leader",
    "Leaders",
    "Node",
    "NotFound",
    "Profile",
    "QueryError",
    "Ref",
    "STATUSES",
    "SearchResults",
    "Source",
    "SourceCount",
    "Timeline",
    "Vacancy",
    "DocTags",
    "Page",
    "describe",
    "document_detail",
    "document_page",
    "document_tags",
    "entity_page",
    "entity_pair",
    "entity_profile",
    "event_page",
    "fact_detail",
    "fact_page",
    "group_graph",
    "group_timeline",
    "search_page",
    "tagged_documents",
    "events",
    "find_entity",
    "find_fact",
    "graph",
    "haversine_km",
    "leaders",
    "profile",
    "search",
    "timeline",
    "when",
]
