"""The UI's views against the real API: the group page's leadership timeline, a fact's
evidence with its quote highlighted, the map's date filter and time slider, the network at a
date, and curation with a typed-in token. Screenshots go to docs/screenshots/."""

from __future__ import annotations

import re

from tests.web.conftest import open_view, screenshot, wait_view

CAUCASUS_LEADERS = ["Doku Umarov", "Aliaskhab Kebekov", "Magomed Suleimanov"]


def _open_by_search(page, served, name: str, *, exact: str | None = None) -> None:
    """Search for ``name`` in the header's box and open the entity hit called ``exact``
    (a regular expression; default: ``name`` itself)."""
    open_view(page, served, "/")
    page.fill("#q", name)
    page.press("#q", "Enter")
    wait_view(page, "search")
    page.locator(".hit-entity a.ref", has_text=re.compile(f"^{exact or re.escape(name)}$")).first.click()
    wait_view(page, "entity")


def test_group_page_shows_the_leaders_in_order(page, served, watch):
    _open_by_search(page, served, "Caucasus Emirate")
    assert page.locator("h1").first.inner_text().startswith("Caucasus Emirate")
    rows = page.locator("#leadership .tl-row[data-role-class='leader']")
    names = rows.evaluate_all("rows => rows.map(r => r.dataset.person)")
    top = [n for n in names if n in CAUCASUS_LEADERS]
    assert top == CAUCASUS_LEADERS, names
    # drawn top to bottom in that order, and each tenure ends after the one before it
    ys = rows.evaluate_all("rows => rows.map(r => r.querySelector('.tl-solid').getBoundingClientRect().y)")
    ends = rows.evaluate_all(
        "rows => rows.map(r => { const b = r.querySelector('.tl-solid').getBoundingClientRect(); return b.x + b.width; })"
    )
    placed = [(y, end, n) for y, end, n in zip(ys, ends, names, strict=True) if n in CAUCASUS_LEADERS]
    assert [n for _y, _e, n in sorted(placed)] == CAUCASUS_LEADERS
    assert [e for _y, e, _n in sorted(placed)] == sorted(e for _y, e, _n in placed), "bars end in time order"
    # Kebekov's death and Suleimanov's start leave a vacancy: drawn, not hidden
    assert page.locator("#leadership .tl-gap").count() >= 1
    # uncertain bounds are drawn as faded ends
    assert page.locator("#leadership .tl-uncertain, #leadership .tl-unknown-start").count() >= 1
    screenshot(page, "group", height=1300)
    # a group whose events have places shows them on its small map
    _open_by_search(page, served, "Islamic State Caucasus Province")
    assert page.locator(".smallmap .marker").count() >= 1, "the group's located events are on its small map"
    assert page.locator(".smallmap .countries path").count() > 100
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def test_group_page_on_a_date_says_who_was_in_post(page, served, watch):
    _open_by_search(page, served, "Caucasus Emirate")
    page.fill("#on-date input[name=on]", "2015-01-01")
    page.click("#on-date button[type=submit]")
    page.wait_for_selector("#in-post")
    wait_view(page, "entity")
    line = page.locator("#in-post").inner_text()
    surely = line.split("surely in post:")[1].split("possibly")[0]
    assert "Aliaskhab Kebekov" in surely and "Umarov" not in surely and "Suleimanov" not in surely, line
    assert page.locator("#leadership .tl-row.on-yes").evaluate_all("rs => rs.map(r => r.dataset.person)") == [
        "Aliaskhab Kebekov"
    ]
    assert page.locator("#leadership .tl-on").count() == 1, "the chosen day is drawn across the chart"
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def test_a_fact_opens_its_quote_highlighted_in_the_document(page, served, watch):
    _open_by_search(page, served, "Caucasus Emirate")
    page.locator("table.tenures tr[data-person='Magomed Suleimanov'] a.evidence-link").first.click()
    wait_view(page, "fact")
    assert "Suleimanov" in page.locator("h1").inner_text()
    quote = page.locator(".source-block blockquote.quote").first.inner_text()
    mark = page.locator(".source-block .doc-body mark.focus").first
    assert mark.inner_text() == quote
    assert mark.is_visible()
    body = page.locator(".source-block .doc-body").first.inner_text()
    assert quote in body and len(body) > len(quote), "the quote is shown inside the whole text"
    badges = page.locator(".fact-meta .badge").all_inner_texts()
    assert set(badges) & {"asserted", "claimed", "confirmed", "unverified", "hedged", "reported"}, badges
    assert page.locator(".source-block .meta").first.inner_text().strip()
    lines = [line.strip() for line in page.locator(".evidence").inner_text().splitlines()]
    assert "null" not in lines and "undefined" not in lines and "[object Object]" not in " ".join(lines)
    screenshot(page, "evidence", height=1200)
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def test_person_page_marks_a_hedged_identity(page, served, watch):
    _open_by_search(page, served, "Qadari", exact="Abu Muhammad al.Qadar[iī]")
    assert page.locator("h1").first.inner_text().startswith("Abu Muhammad al")
    hedged = page.locator(".alias.hedged")
    assert hedged.count() == 1
    assert "Rustam Asilderov" in hedged.inner_text() and "hedged" in hedged.locator(".badge").inner_text()
    plain = page.locator(".alias:not(.hedged)").all_inner_texts()
    assert plain and not any("Asilderov" in a for a in plain), "a possible identity is not shown as a plain alias"
    hedged.locator("summary").click()
    assert "believed to be Rustam Asilderov" in hedged.locator(".sources").inner_text()
    assert page.locator(".timeline .tl-row").count() >= 1, "roles over time are drawn"
    assert "died" in page.locator("section:has(h2:text-is('Fate'))").inner_text()
    screenshot(page, "person")
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def _markers(page) -> int:
    return int(page.locator("#marker-count").get_attribute("data-markers"))


def test_map_filters_by_date_and_slider(page, served, watch):
    open_view(page, served, "/map")
    everything = _markers(page)
    assert everything == page.locator("#map .marker").count() > 2
    assert page.locator("#map .countries path").count() > 100, "the offline basemap is drawn"
    screenshot(page, "map")

    page.fill("#map-filters input[name=since]", "2015-08-01")
    page.fill("#map-filters input[name=until]", "2015-09-30")
    page.click("#map-filters button[type=submit]")
    page.wait_for_function("n => document.querySelector('#marker-count')?.dataset.markers !== String(n)", arg=everything)
    wait_view(page, "map")
    narrowed = _markers(page)
    assert 0 < narrowed < everything
    assert narrowed == page.locator("#map .marker").count()
    for start in page.locator("#map .marker").evaluate_all("ms => ms.map(m => m.dataset.start)"):
        assert "2015-08" <= start[:7] <= "2015-09", start

    # a group filter: only that group's events; an unknown group is said so, the form stays
    open_view(page, served, "/map")
    page.fill("#map-filters input[name=group]", "Islamic State Caucasus Province")
    page.click("#map-filters button[type=submit]")
    page.wait_for_function("n => document.querySelector('#marker-count')?.dataset.markers !== String(n)", arg=everything)
    wait_view(page, "map")
    assert 0 < _markers(page) < everything
    open_view(page, served, "/map?group=Nobody%20Known")
    assert "no entity named 'Nobody Known'" in page.locator("#view .error").inner_text()
    assert page.locator("#map-filters input[name=group]").input_value() == "Nobody Known"
    assert _markers(page) == 0
    assert watch.errors == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
    watch.errors.clear()  # that 404 was asked for

    # the time slider shows events up to a month: at its first step fewer than at its end
    open_view(page, served, "/map")
    page.locator("#time-slider").evaluate("s => { s.value = '0'; s.dispatchEvent(new Event('input')); }")
    page.wait_for_function("n => document.querySelector('#marker-count').dataset.markers !== String(n)", arg=everything)
    assert 0 < _markers(page) < everything
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def test_network_on_a_date(page, served, watch):
    open_view(page, served, "/network?on=2015-08-01")
    names = page.locator(".network .node").evaluate_all("ns => ns.map(n => n.textContent)")
    assert any("Islamic State" in n for n in names), names
    assert page.locator(".network .n-person").count() >= 1, "leaders in post that day are drawn"
    assert page.locator(".network .edge").count() >= 1
    everything = page.locator(".network .node").count()
    screenshot(page, "network")
    open_view(page, served, "/network?on=2008-01-01")
    assert page.locator(".network .node").count() < everything, "fewer relations held in 2008"
    # around one group: that group and those at the other ends of its links
    open_view(page, served, "/network?group=Caucasus%20Emirate")
    around = page.locator(".network .node text").all_text_contents()
    assert "Caucasus Emirate" in around and "al-Qaeda" in around and len(around) < everything, around
    assert not watch.offsite and not watch.errors, (watch.offsite, watch.errors)


def test_curation_confirms_a_fact_with_the_typed_token(page, writable, watch):
    served = writable
    open_view(page, served, "/curate")
    page.fill("#token-form input[name=token]", served.token)
    page.click("#token-form button[type=submit]")
    assert page.locator("#token-state").inner_text() == "analyst token set"
    assert page.evaluate("() => sessionStorage.getItem('orbat.token')") == served.token
    _open_by_search(page, served, "Caucasus Emirate")
    page.locator("table.tenures tr[data-person='Magomed Suleimanov'] a.evidence-link").first.click()
    wait_view(page, "fact")
    page.click("button.confirm")
    page.wait_for_function("() => (document.querySelector('.flash') || {}).textContent?.includes('fact.confirm')")
    assert "fact.confirm by web-test" in page.locator(".curations").inner_text()
    assert "confirmed" in page.locator(".fact-meta .badge").all_inner_texts()

    # reject another fact, with a reason: stored, and the page says what became of the fact
    _open_by_search(page, served, "Caucasus Emirate")
    page.locator("table.tenures tr[data-person='Kamil Saidov'] a.evidence-link").first.click()
    wait_view(page, "fact")
    page.click("button.reject")
    assert "reason" in page.locator(".curation-result").inner_text().lower(), "a reason is asked for first"
    page.fill(".curate-actions input[name=reason]", "a test of the reject button")
    page.click("button.reject")
    page.wait_for_function("() => (document.querySelector('.flash') || {}).textContent?.includes('fact.reject')")

    # merge two entities: the kept one then carries the other's name
    open_view(page, served, "/curate")
    page.fill("#merge-form input[name=a]", "Rustam Asilderov")
    page.fill("#merge-form input[name=b]", "Abu Muhammad al-Qadari")
    page.click("#merge-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#merge-form ~ .curation-result').textContent.length > 0")
    assert "entity.merge" in page.locator("#merge-form ~ .curation-result").inner_text()
    _open_by_search(page, served, "Asilderov", exact="Rustam Asilderov")
    assert "Abu Muhammad al-Qadari" in page.locator("section:has(h2:text-is('Names and identities'))").inner_text()

    # a wrong token: the server refuses the write and the page says so
    open_view(page, served, "/curate")
    page.fill("#token-form input[name=token]", "not-a-token")
    page.click("#token-form button[type=submit]")
    page.fill("#merge-form input[name=a]", "Caucasus Emirate")
    page.fill("#merge-form input[name=b]", "Islamic State")
    page.click("#merge-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#merge-form ~ .curation-result').textContent.length > 0")
    refused = page.locator("#merge-form ~ .curation-result").inner_text().lower()
    assert "token" in refused or "unauthorized" in refused, refused
    assert not watch.offsite, watch.offsite
