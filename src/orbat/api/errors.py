"""One JSON shape for every error: ``{"error": {"code": ..., "message": ...}}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from orbat.errors import OrbatError
from orbat.query import Ambiguous, NotFound, QueryError

log = logging.getLogger("orbat.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    500: "internal",
    503: "unavailable",
}


class ApiError(Exception):
    """An error answer: HTTP status, a short code and a message for people."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: dict | None = None):
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers or {}
        super().__init__(message)


def error_response(
    status: int, message: str, *, code: str | None = None, headers: dict | None = None
) -> JSONResponse:
    body = {"error": {"code": code or _CODES.get(status, "error"), "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _where(loc: tuple) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path", "header", "body"):
        kind = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "body"}[
            parts[0]
        ]
        rest = ".".join(parts[1:])
        return f"{kind} {rest!r}" if rest else kind
    return ".".join(parts) or "request"


def validation_message(exc: RequestValidationError) -> str:
    """'query parameter 'limit': Input should be less than or equal to 500; ...'."""
    items = []
    for err in exc.errors():
        msg = str(err.get("msg", "invalid"))
        if err.get("type") == "missing":
            msg = "required"
        elif err.get("type") == "json_invalid":
            msg = "not valid JSON"
        items.append(f"{_where(tuple(err.get('loc', ())))}: {msg}")
    return "; ".join(items) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, code=exc.code, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such path"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, validation_message(exc))

    @app.exception_handler(NotFound)
    async def _not_found(_request: Request, exc: NotFound) -> JSONResponse:
        return error_response(404, str(exc))

    @app.exception_handler(Ambiguous)
    async def _ambiguous(_request: Request, exc: Ambiguous) -> JSONResponse:
        return error_response(400, str(exc), code="ambiguous")

    @app.exception_handler(QueryError)
    async def _query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(OrbatError)
    async def _orbat_error(_request: Request, exc: OrbatError) -> JSONResponse:
        log.warning("request failed: %s", exc)
        return error_response(503, f"the knowledge store could not answer: {exc}")
