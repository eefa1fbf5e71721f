"""Request dependencies: the app's state, and the checks before a read or a write
(rate limit, then bearer token)."""

from __future__ import annotations

from fastapi import Request

from orbat.api.errors import ApiError
from orbat.api.security import bearer, match_token
from orbat.api.state import AppState


def app_state(request: Request) -> AppState:
    return request.app.state.orbat


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _token_name(request: Request, state: AppState) -> str:
    token = bearer(request.headers.get("authorization"))
    if token is None:
        raise ApiError(
            401,
            "this needs a token: send 'Authorization: Bearer <token>' (create one with `orbat token create`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with state.store() as store:
        name = match_token(token, store.token_hashes())
    if name is None:
        raise ApiError(
            401, "the token is not valid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )
    return name


def reader(request: Request) -> None:
    """Reads are open unless the app was told they need a token (off loopback)."""
    state = app_state(request)
    if state.settings.reads_need_token:
        _token_name(request, state)


def writer(request: Request) -> str:
    """A write: within the client's rate, with a valid token. Returns the token's name
    (the author of curations)."""
    state = app_state(request)
    wait = state.limiter.take(_client(request))
    if wait > 0:
        seconds = max(1, int(wait + 0.999))
        raise ApiError(
            429, f"too many writes: try again in {seconds} s", headers={"Retry-After": str(seconds)}
        )
    return _token_name(request, state)
