"""``create_app``: the FastAPI application over one knowledge store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from orbat import pipeline
from orbat.api import errors, read, write
from orbat.api.security import BodyLimit, SecurityHeaders
from orbat.api.settings import Settings
from orbat.api.state import AppState, StoreFactory
from orbat.store import open_store


def _factory(db: str | Path | StoreFactory) -> StoreFactory:
    if callable(db):
        return db
    path = str(db)
    return lambda: open_store(path)


def create_app(
    db_path_or_store_factory: str | Path | StoreFactory,
    *,
    settings: Settings | None = None,
    extractor: pipeline.Extractor | None = None,
    resolver: pipeline.Resolver | None = None,
) -> FastAPI:
    """The API (and the web UI, when ``orbat.web`` is installed) over one store.

    ``db_path_or_store_factory``: a store path, or a callable opening a ``Store``
    (called once per request, in the request's thread, closed after).
    ``extractor``/``resolver``: the pipeline for uploads and curations (default: the
    full pipeline, loaded on first use).
    """
    settings = settings or Settings()
    opener = _factory(db_path_or_store_factory)
    opener().close()  # a bad path or a newer schema fails now, not on the first request
    app = FastAPI(
        title="orbat",
        summary="An order of battle from conflict reporting: a source-linked, time-aware knowledge base.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
    )
    app.state.orbat = AppState(opener, settings, extractor=extractor, resolver=resolver)
    errors.install(app)
    app.include_router(read.router)
    app.include_router(write.router)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    _mount_ui(app)
    return app


def _mount_ui(app: FastAPI) -> Any:
    try:
        from orbat.web import mount_ui
    except ImportError:  # the UI is not part of this install
        return None
    return mount_ui(app)
