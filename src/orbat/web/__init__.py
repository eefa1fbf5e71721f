"""The browser UI: static files shipped in the package, mounted on the API's app.

Everything the page needs (scripts, styles, vendored libraries, the world basemap) lies under
``static/``, so the UI works with no network. ``mount_ui`` adds two routes to a FastAPI app:
``/`` answers ``index.html`` and ``/static/`` serves the rest.
"""

from __future__ import annotations

from pathlib import Path

import fastapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent / "static"


def mount_ui(app: fastapi.FastAPI) -> None:
    """Serve the UI: ``index.html`` at ``/`` and the static assets under ``/static/``."""
    index = STATIC_DIR / "index.html"
    if not index.is_file():
        raise FileNotFoundError(f"the web UI's index.html is missing from the package: {index}")

    async def ui_index() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8")

    app.add_api_route("/", ui_index, methods=["GET", "HEAD"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
