"""The write endpoints (a token each, rate-limited): upload a document; confirm or
reject a fact; merge two entities. Each is a thin layer over ``orbat.pipeline`` and
the curations the CLI stores (``Store.add_curation`` then re-resolution)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from orbat import pipeline, query
from orbat.api.deps import app_state, writer
from orbat.api.errors import ApiError
from orbat.api.state import AppState
from orbat.errors import BinaryInput, DecodeError, InputError
from orbat.model import Curation
from orbat.readers import READERS, read_bytes, source_name

router = APIRouter(prefix="/api")

Author = Annotated[str, Depends(writer)]
Id = Annotated[str, Path(min_length=1, max_length=200)]

_KNOWN_ENDINGS = tuple(sorted({e for spec in READERS.values() for e in spec.extensions}))
_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                 "application/x-", "application/vnd.", "application/msword", "application/octet-stream")  # fmt: skip


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000, description="Why the fact is wrong.")


class ConfirmBody(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MergeBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: str = Field(min_length=1, max_length=200, description="The entity that stays (id or name).")
    b: str = Field(min_length=1, max_length=200, description="The entity merged into it (id or name).")


# --------------------------------------------------------------------------- upload


def _check_type(name: str, declared: str | None, data: bytes) -> None:
    lower = name.lower()
    ending = "." + lower.rsplit(".", 1)[1] if "." in lower.strip(".") else ""
    if ending and not lower.endswith(_KNOWN_ENDINGS):
        raise ApiError(
            415, f"{name}: orbat cannot read {ending} files (it reads {', '.join(_KNOWN_ENDINGS)})"
        )
    is_warc = lower.endswith((".warc", ".warc.gz")) or data.startswith(b"WARC/")
    if declared and declared.lower().startswith(_BINARY_TYPES) and not is_warc and b"\x00" in data[:8192]:
        raise ApiError(415, f"{name}: a binary file ({declared}), not text")
    if not data.strip():
        raise ApiError(422, f"{name}: the file is empty")


def _ingest(state: AppState, name: str, data: bytes) -> JSONResponse:
    """Read, store, extract and re-resolve (one upload at a time)."""
    source = "upload:" + source_name(name)
    items = list(read_bytes(data, source))
    errors = [i for i in items if isinstance(i, InputError)]
    if len(errors) == len(items):
        unreadable = [e for e in errors if isinstance(e, (BinaryInput, DecodeError))]
        reasons = "; ".join(e.reason for e in errors[:3])
        raise ApiError(415 if unreadable else 422, f"{name}: nothing could be read ({reasons})")
    with state.write_lock, state.store() as store:
        summary = pipeline.ingest(items, store, extractor=state.extractor(), resolver=state.resolver())
    added = bool(summary.new or summary.near_duplicate)
    return JSONResponse(summary.to_json(), status_code=201 if added else 200)


@router.post(
    "/documents",
    summary="Upload a file to ingest (token)",
    status_code=201,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                }
            },
        }
    },
)
async def upload_document(request: Request, author: Author) -> JSONResponse:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise ApiError(415, "send the file as multipart/form-data, in a part named 'file'")
    form = await request.form(max_files=1, max_fields=8)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(422, "body 'file': required (a file part of the multipart form)")
        data = await upload.read()
        name = (upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1] or "upload"
        _check_type(name, upload.content_type, data)
    finally:
        await form.close()
    return await run_in_threadpool(_ingest, app_state(request), name, data)


# --------------------------------------------------------------------------- curations


def _curation_json(c: Curation) -> dict[str, Any]:
    return {"id": c.id, "action": c.action, "target": c.target, "params": c.params,
            "author": c.author, "created": c.created}  # fmt: skip


def _curate(state: AppState, store: Any, curation: Curation) -> dict[str, Any]:
    """Store the curation, then re-resolve the knowledge base so it applies now."""
    with state.write_lock:
        stored = store.add_curation(curation)
        try:
            resolver = state.resolver()
        except ImportError:
            return {"curation": _curation_json(stored), "refreshed": False}
        pipeline.refresh_knowledge(store, resolver)
    return {"curation": _curation_json(stored), "refreshed": True}


@router.post("/facts/{fact_id}/confirm", summary="Confirm a fact (token)")
def confirm_fact(
    request: Request, fact_id: Id, author: Author, body: Annotated[ConfirmBody | None, Body()] = None
):
    state = app_state(request)
    with state.store() as store:
        fact = query.find_fact(store, fact_id)
        return _curate(state, store, Curation("fact.confirm", fact.id, {}, author))


@router.post("/facts/{fact_id}/reject", summary="Reject a fact (token)")
def reject_fact(request: Request, fact_id: Id, author: Author, body: RejectBody):
    state = app_state(request)
    with state.store() as store:
        fact = query.find_fact(store, fact_id)
        return _curate(state, store, Curation("fact.reject", fact.id, {"reason": body.reason}, author))


@router.post("/entities/merge", summary="Merge entity b into a (token)")
def merge_entities(request: Request, author: Author, body: MergeBody):
    state = app_state(request)
    with state.store() as store:
        first, second = query.entity_pair(store, body.a, body.b)
        if first.id == second.id:
            raise ApiError(409, f"{body.a} and {body.b} are already the same entity ({first.id})")
        return _curate(state, store, Curation("entity.merge", first.id, {"other": second.id}, author))
