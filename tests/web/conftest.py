"""The web UI in real headless Chromium: a store built once from the seed + examples/ (plus one
hostile document and hostile names), the API app served by uvicorn on a loopback port in a
background thread, and Playwright driving Debian's /usr/bin/chromium."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from orbat.model import Entity, Evidence, Fact, TimeSpan, short_hash

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SCREENSHOTS = REPO / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Each payload sets window.__xss (or opens a dialog) if the page ever runs it.
SCRIPT_PAYLOAD = "<script>window.__xss = 'script'; alert('xss')</script>"
IMG_PAYLOAD = "<img src=x onerror=\"window.__xss='img'; alert('img')\">"
EVIL_GROUP = f"{IMG_PAYLOAD} Brigade"
EVIL_PERSON = f"Abu {SCRIPT_PAYLOAD} al-Test"
EVIL_QUOTE = f"the {IMG_PAYLOAD} Brigade named Abu {SCRIPT_PAYLOAD} al-Test its emir"
EVIL_TITLE = f"Hostile report {SCRIPT_PAYLOAD}"
EVIL_BODY = (
    "MAKHACHKALA - A new faction appeared in the mountains this week.\n\n"
    f"According to a statement, {EVIL_QUOTE} in January 2016, and it vowed to fight on.\n\n"
    f"Its statement also carried the line {SCRIPT_PAYLOAD} and a picture tag {IMG_PAYLOAD}.\n"
)


@dataclass
class Hostile:
    doc: str
    group: str
    person: str
    fact: str


@dataclass
class Served:
    url: str
    db: Path
    token: str
    hostile: Hostile


def _hostile_record(path: Path) -> Path:
    record = {
        "id": "hostile-1",
        "title": EVIL_TITLE,
        "published": "2016-01-20",
        "publisher": f"Wire {IMG_PAYLOAD}",
        "text": EVIL_BODY,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _add_hostile_knowledge(store, doc_id: str) -> Hostile:
    """Hostile names and a hostile quote in the knowledge base, beside the resolved facts."""
    body = store.get_document(doc_id).body
    start = body.index(EVIL_QUOTE)
    group = Entity(id="ent:" + short_hash("web-test", "group"), type="organization", name=EVIL_GROUP, aliases=[SCRIPT_PAYLOAD])
    person = Entity(id="ent:" + short_hash("web-test", "person"), type="person", name=EVIL_PERSON)
    fact = Fact(
        id="fact:" + short_hash("web-test", "leadership"),
        type="leadership",
        args={"person": person.id, "organization": group.id},
        time=TimeSpan("2016-01", None, "in January 2016"),
        attrs={"role": "emir", "note": IMG_PAYLOAD},
        modality="asserted",
        sources=[Evidence(doc=doc_id, quote=EVIL_QUOTE, start=start, end=start + len(EVIL_QUOTE))],
    )
    store.replace_knowledge([*store.entities(), group, person], [*store.facts(), fact])
    return Hostile(doc=doc_id, group=group.id, person=person.id, fact=fact.id)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, seed_text_path) -> tuple[Path, str, Hostile]:
    from orbat import pipeline
    from orbat.api.security import new_token, token_hash
    from orbat.readers import read_inputs
    from orbat.store import SQLiteStore

    folder = tmp_path_factory.mktemp("web")
    db = folder / "kb.db"
    hostile_file = _hostile_record(folder / "hostile.jsonl")
    store = SQLiteStore(db)
    try:
        pipeline.ingest(
            read_inputs([str(EXAMPLES), str(seed_text_path), str(hostile_file)]),
            store,
            extractor=pipeline.default_extractor(),
            resolver=pipeline.default_resolver(),
        )
        doc_id = next(row.id for row in store.documents() if row.title == EVIL_TITLE)
        hostile = _add_hostile_knowledge(store, doc_id)
        token = new_token()
        store.add_token("web-test", token_hash(token))
    finally:
        store.close()
    return db, token, hostile


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(db: Path, token: str, hostile: Hostile) -> Iterator[Served]:
    import uvicorn

    from orbat.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="orbat-web-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield Served(url=f"http://127.0.0.1:{port}", db=db, token=token, hostile=hostile)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def served(web_db) -> Iterator[Served]:
    """The shared server: tests on it only read."""
    yield from _serve(*web_db)


@pytest.fixture
def writable(web_db, tmp_path) -> Iterator[Served]:
    """A server over a copy of the store, for a test that writes (a write re-resolves it)."""
    db, token, hostile = web_db
    copy = tmp_path / "kb.db"
    shutil.copyfile(db, copy)
    yield from _serve(copy, token, hostile)


@pytest.fixture(scope="session")
def browser(need_system):
    need_system(Path(CHROMIUM).exists() and shutil.which("chromium") is not None, "Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watch:
    """What a page did that a test asserts on: requests off the loopback, dialogs, errors."""

    offsite: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser, watch):
    """A fresh browser context: every request is routed; non-loopback ones are recorded and
    aborted (the UI must need none), dialogs and page errors are recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")

    def route(route):
        url = route.request.url
        host = urlsplit(url).hostname or ""
        if url.startswith(("data:", "blob:", "about:")) or host in LOOPBACK:
            watch.local.append(url)
            route.continue_()
        else:
            watch.offsite.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(15_000)

    def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda err: watch.errors.append(str(err)))
    page.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()


def open_view(page, served: Served, hash_path: str) -> None:
    """Go to a view and wait until it has rendered (the page marks #view with the route shown)."""
    page.goto(f"{served.url}/#{hash_path}")
    page.wait_for_function(
        "route => { const v = document.querySelector('#view');"
        " return v && !v.hasAttribute('aria-busy') && v.dataset.route === route; }",
        arg=hash_path,
    )


def screenshot(page, name: str, *, height: int | None = None) -> Path:
    """docs/screenshots/<name>.png: the viewport, or the page's top ``height`` pixels."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if height is None:
        page.screenshot(path=str(path))
    else:
        width = page.viewport_size["width"]
        page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    assert path.stat().st_size > 10_000, f"{path} looks empty"
    return path


def wait_view(page, name: str) -> None:
    """Wait until the view called ``name`` (body[data-view]) has rendered."""
    page.wait_for_function(
        "name => document.body.dataset.view === name && !document.querySelector('#view[aria-busy]')", arg=name
    )
