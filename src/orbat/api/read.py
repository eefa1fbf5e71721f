"""The read endpoints: each a thin layer over one ``orbat.query`` function."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from orbat import query
from orbat.api.deps import app_state, reader
from orbat.query.browse import MAX_LIMIT

router = APIRouter(prefix="/api", dependencies=[Depends(reader)])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many items (1-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items.")]
Date = Annotated[str | None, Query(max_length=32, description="A date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Text = Annotated[str | None, Query(max_length=200)]
Id = Annotated[str, Path(min_length=1, max_length=200)]


def _json(value: Any) -> Any:
    return value.to_json() if hasattr(value, "to_json") else value


@router.get("/search", summary="Full-text search over documents and entity names")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Limit = 50,
    offset: Offset = 0,
):
    with app_state(request).store() as store:
        return _json(query.search_page(store, q, limit=limit, offset=offset))


@router.get("/entities", summary="Entities by type and name")
def entities(request: Request, type: Text = None, q: Text = None, limit: Limit = 50, offset: Offset = 0):
    with app_state(request).store() as store:
        return _json(query.entity_page(store, type=type, q=q, limit=limit, offset=offset))


@router.get("/entities/{entity_id}", summary="An entity's profile")
def entity(request: Request, entity_id: Id):
    with app_state(request).store() as store:
        return query.entity_profile(store, entity_id)


@router.get("/groups/{group_id}/timeline", summary="A group over time")
def group_timeline(request: Request, group_id: Id, on: Date = None):
    with app_state(request).store() as store:
        return query.group_timeline(store, group_id, on=on)


@router.get("/leaders", summary="Who led an organisation (on a date)")
def leaders(
    request: Request,
    org: Annotated[str, Query(min_length=1, max_length=200)],
    on: Date = None,
    role: Text = None,
):
    with app_state(request).store() as store:
        return _json(query.leaders(store, org, on=on, role=role))


@router.get("/events", summary="Events filtered by group, type, status, time and place")
def events(
    request: Request,
    group: Text = None,
    type: Text = None,
    status: Annotated[str | None, Query(max_length=20, description="claimed, unverified or confirmed.")] = None,
    since: Date = None,
    until: Date = None,
    country: Annotated[str | None, Query(max_length=2)] = None,
    near: Text = None,
    km: Annotated[float | None, Query(gt=0, le=20000)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    with app_state(request).store() as store:
        page = query.event_page(
            store, group=group, type=type, status=status, since=since, until=until,
            country=country, near=near, km=km, limit=limit, offset=offset,
        )  # fmt: skip
        return _json(page)


@router.get("/graph", summary="Groups and their links on a date")
def graph(request: Request, on: Date = None, group: Text = None):
    with app_state(request).store() as store:
        return query.group_graph(store, on=on, group=group)


@router.get("/facts", summary="Facts by type and entity")
def facts(request: Request, type: Text = None, entity: Text = None, limit: Limit = 50, offset: Offset = 0):
    with app_state(request).store() as store:
        return _json(query.fact_page(store, type=type, entity=entity, limit=limit, offset=offset))


@router.get("/facts/{fact_id}", summary="A fact with its sources")
def fact(request: Request, fact_id: Id):
    with app_state(request).store() as store:
        return query.fact_detail(store, fact_id)


@router.get("/documents", summary="Documents with their tags, by group, country and words")
def documents(
    request: Request,
    group: Text = None,
    country: Annotated[str | None, Query(max_length=2)] = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    state = app_state(request)
    with state.store() as store:
        page = query.document_page(
            store, group=group, country=country, q=q, limit=limit, offset=offset, tags=state.tags(store)
        )
        return _json(page)


@router.get("/documents/{doc_id}", summary="A document: metadata, body, tags and facts")
def document(request: Request, doc_id: Id):
    with app_state(request).store() as store:
        return query.document_detail(store, doc_id)
