"""The UI's files without a browser: mount_ui serves them, and the shipped code keeps the rules
the CSP and the offline promise rely on (no inline script, no on* handlers, no HTML from
strings, no eval, no resource from another origin)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import fastapi
import pytest
from fastapi.testclient import TestClient

from orbat.web import STATIC_DIR, mount_ui

OWN_JS = sorted((STATIC_DIR / "js").rglob("*.js"))
VENDOR = STATIC_DIR / "vendor"


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = fastapi.FastAPI()
    mount_ui(app)
    return TestClient(app)


def test_index_at_root_and_assets_under_static(client):
    index = client.get("/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert '<main id="view"' in index.text
    assert client.head("/").status_code == 200
    for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', index.text):
        assert client.get(src).status_code == 200, src
    script = client.get("/static/js/main.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert client.get("/static/js/no-such-file.js").status_code == 404
    assert client.get("/static/../__init__.py").status_code == 404


def test_the_basemap_and_libraries_ship_with_their_licences():
    atlas = json.loads((VENDOR / "world-atlas" / "countries-110m.json").read_text())
    assert atlas["type"] == "Topology" and len(atlas["objects"]["countries"]["geometries"]) > 150
    for lib in ("d3", "topojson-client", "world-atlas"):
        assert (VENDOR / lib / "LICENSE").read_text().strip(), lib
    versions = (VENDOR / "VERSIONS").read_text()
    assert "d3 7." in versions and "topojson-client 3.1.0" in versions and "world-atlas 2.0.2" in versions


def test_index_has_no_inline_script_or_handlers():
    html = (STATIC_DIR / "index.html").read_text()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/static/' in tag, f"inline or foreign script: {tag}"
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), "a script element with inline code"
    assert not re.search(r"\son\w+\s*=", html, re.I), "an on* handler attribute"


@pytest.mark.parametrize("path", OWN_JS, ids=lambda p: str(p.relative_to(STATIC_DIR)))
def test_own_scripts_never_build_html_from_strings(path: Path):
    code = path.read_text()
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".html("):
        assert banned not in code, f"{path.name} uses {banned}"
    assert not re.search(r"setTimeout\(\s*['\"`]", code), f"{path.name} passes a string to setTimeout"
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", code), f"{path.name} names another origin"


def test_own_files_load_nothing_from_another_origin():
    for path in [STATIC_DIR / "index.html", STATIC_DIR / "app.css"]:
        text = path.read_text()
        assert not re.search(r"(?:url\(|src=|href=)\s*['\"]?(?:https?:)?//", text), path.name
        assert "@import" not in text and "@font-face" not in text, f"{path.name}: system fonts only"


def test_mount_ui_names_a_missing_index(tmp_path, monkeypatch):
    import orbat.web as web

    monkeypatch.setattr(web, "STATIC_DIR", tmp_path)
    with pytest.raises(FileNotFoundError, match="index.html"):
        web.mount_ui(fastapi.FastAPI())
