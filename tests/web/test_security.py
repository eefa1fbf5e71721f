"""Untrusted text stays text: a document whose body, title and publisher carry <script> and
<img onerror> payloads, a group and a person named with them, and a quote holding them, are
shown as text on every view and no script runs. And the UI works with the network off: every
request is routed, and none leaves the loopback."""

from __future__ import annotations

import pytest
from tests.web.conftest import (
    EVIL_GROUP,
    EVIL_PERSON,
    EVIL_QUOTE,
    EVIL_TITLE,
    IMG_PAYLOAD,
    SCRIPT_PAYLOAD,
    open_view,
)

NO_SCRIPT_RAN = "() => window.__xss === undefined"


def _assert_inert(page, watch) -> None:
    assert page.evaluate(NO_SCRIPT_RAN), page.evaluate("() => window.__xss")
    assert watch.dialogs == []
    # no element was made from the payloads
    assert page.locator("#view img").count() == 0
    assert page.locator("#view script").count() == 0
    assert page.evaluate("() => [...document.querySelectorAll('#view *')].every(e => ![...e.attributes].some(a => a.name.startsWith('on')))")


@pytest.mark.parametrize(
    ("view", "shown"),
    [
        ("document", [EVIL_TITLE, SCRIPT_PAYLOAD, IMG_PAYLOAD]),
        ("group", [EVIL_GROUP, EVIL_PERSON, SCRIPT_PAYLOAD]),
        ("person", [EVIL_PERSON]),
        ("fact", [EVIL_QUOTE, EVIL_GROUP, EVIL_PERSON]),
        ("search", [EVIL_TITLE]),
    ],
)
def test_payloads_show_as_text_and_never_run(page, served, watch, view, shown):
    h = served.hostile
    path = {
        "document": f"/document/{h.doc}?fact={h.fact}",
        "group": f"/entity/{h.group}",
        "person": f"/entity/{h.person}",
        "fact": f"/fact/{h.fact}",
        "search": "/search?q=hostile",
    }[view]
    open_view(page, served, path)
    text = page.locator("#view").inner_text()
    for payload in shown:
        assert payload in text, f"{payload!r} is not shown as text on the {view} view"
    if view == "fact":
        assert page.locator(".doc-body mark.focus").first.inner_text() == EVIL_QUOTE
    _assert_inert(page, watch)


def test_the_ui_works_with_the_network_off(page, served, watch):
    views = [
        "/",
        "/search?q=Suleimanov",
        "/map",
        "/network?on=2015-08-01",
        "/curate",
        f"/fact/{served.hostile.fact}",
        f"/document/{served.hostile.doc}",
    ]
    for path in views:
        open_view(page, served, path)
        assert page.locator("#view .error").count() == 0, (path, page.locator("#view").inner_text()[:300])
    open_view(page, served, "/map")
    assert page.locator("#map .countries path").count() > 100, "the basemap ships with the package"
    assert watch.offsite == [], watch.offsite
    loaded = " ".join(watch.local)
    for asset in ("/static/vendor/d3/d3.min.js", "/static/vendor/world-atlas/countries-110m.json", "/static/js/main.js", "/static/app.css"):
        assert asset in loaded
    assert not watch.errors, watch.errors
