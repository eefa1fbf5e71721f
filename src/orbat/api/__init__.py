"""orbat's REST API: ``create_app(db, settings=Settings())`` builds a FastAPI app whose
JSON endpoints under ``/api/`` are thin layers over ``orbat.query`` (reads) and
``orbat.pipeline`` with curations (writes, which need a bearer token). See docs/api.md."""

from __future__ import annotations

from orbat.api.app import create_app
from orbat.api.security import new_token, token_hash
from orbat.api.settings import Settings

__all__ = ["Settings", "create_app", "new_token", "token_hash"]
