"""Every read endpoint over the seed + examples store: answers, pagination, filters, errors."""

from __future__ import annotations

import pytest

SECURITY = {
    "content-security-policy": "default-src 'self'; script-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, r.text)
    return r.json()


def error(client, url, expect, **params):
    r = client.get(url, params=params)
    assert r.status_code == expect, (url, r.text)
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


def pages(client, url, size, **params):
    """Every item of a list, read ``size`` at a time."""
    out, offset = [], 0
    while True:
        page = ok(client, url, limit=size, offset=offset, **params)
        out += page["items"]
        offset += size
        if offset >= page["total"]:
            return out, page["total"]


# --------------------------------------------------------------------------- search, entities


def test_search_finds_the_group_and_documents(client, group_id):
    body = ok(client, "/api/search", q="Caucasus Emirate")
    kinds = {h["kind"] for h in body["items"]}
    assert kinds == {"entity", "document"}
    assert group_id in [h["id"] for h in body["items"] if h["kind"] == "entity"]
    assert body["total"] >= len(body["items"]) and body["filters"] == {"q": "Caucasus Emirate"}


def test_search_pages_add_up(client):
    every, total = pages(client, "/api/search", 2, q="Islamic State")
    assert len(every) == total > 2
    assert len({(h["kind"], h["id"]) for h in every}) == total


def test_search_needs_words(client):
    assert "q" in error(client, "/api/search", 422)["message"]
    assert error(client, "/api/search", 422, q="   ")["code"] == "invalid"


def test_entities_by_name_and_type(client, group_id):
    body = ok(client, "/api/entities", q="caucasus emirate")
    assert body["items"][0]["id"] == group_id  # the exact name ranks first
    assert body["items"][0]["name"] == "Caucasus Emirate" and "Imarat Kavkaz" in body["items"][0]["aliases"]
    people = ok(client, "/api/entities", type="person", limit=500)
    assert people["total"] == len(people["items"]) > 10
    assert {e["type"] for e in people["items"]} == {"person"}
    every, total = pages(client, "/api/entities", 7, type="person")
    assert [e["id"] for e in every] == [e["id"] for e in people["items"]]


def test_entities_bad_filters(client):
    assert "limit" in error(client, "/api/entities", 422, limit=501)["message"]
    assert "offset" in error(client, "/api/entities", 422, offset=-1)["message"]
    assert "organization" in error(client, "/api/entities", 422, type="army")["message"]


def test_entity_profile_with_hedged_alias(client):
    found = ok(client, "/api/entities", q="Rustam Asilderov", type="person")["items"]
    body = ok(client, f"/api/entities/{found[0]['id']}")
    assert body["entity"]["name"] == "Rustam Asilderov"
    assert body["names"][0] == "Rustam Asilderov"
    hedged = [a for a in body["aliases"] if a["hedged"]]
    assert hedged, body["aliases"]
    assert any("Qadari" in a["name"] for a in hedged)
    assert all(a["evidence"] and a["evidence"][0]["quote"] for a in hedged)
    assert body["roles"] and {"start_min", "end_max", "ended_by", "sources"} <= set(body["roles"][0])
    assert body["fate"] and body["fate"][0]["type"] == "death"
    assert body["sources"] and all(s["doc"].startswith("doc:") for s in body["sources"])


def test_entity_not_found(client):
    err = error(client, "/api/entities/ent:0000000000000000", 404)
    assert err["code"] == "not_found" and "ent:0000000000000000" in err["message"]


# --------------------------------------------------------------------------- groups, leaders


def test_group_timeline(client, group_id):
    body = ok(client, f"/api/groups/{group_id}/timeline", on="2015-01-01")
    assert body["group"]["id"] == group_id and body["on"] == "2015-01-01"
    by_person = {t["person"]["name"]: t for t in body["tenures"] if t["role_class"] == "leader"}
    assert by_person["Aliaskhab Kebekov"]["in_post_on"] == "yes"
    assert by_person["Aliaskhab Kebekov"]["certain"] is True
    assert by_person["Doku Umarov"]["in_post_on"] == "no"
    for t in body["tenures"]:
        assert {"start_min", "start_max", "end_min", "end_max", "start_from", "ended_by", "facts"} <= set(t)
        assert t["facts"] and all(f.startswith("fact:") for f in t["facts"])
    assert body["relations"] and all(r["other"]["id"] and r["fact"] for r in body["relations"])
    assert body["events"] and all("geo" in e for e in body["events"])
    plain = ok(client, f"/api/groups/{group_id}/timeline")
    assert {t["in_post_on"] for t in plain["tenures"]} == {None}
    assert len(plain["tenures"]) == len(body["tenures"])


def test_group_timeline_by_name_and_errors(client, group_id):
    assert ok(client, "/api/groups/Caucasus Emirate/timeline")["group"]["id"] == group_id
    assert "date" in error(client, f"/api/groups/{group_id}/timeline", 422, on="2015-13")["message"]
    assert error(client, "/api/groups/ent:ffffffffffffffff/timeline", 404)["code"] == "not_found"


def test_leaders_on_a_date(client, group_id):
    body = ok(client, "/api/leaders", org=group_id, on="2015-01-01")
    assert body["organization"]["id"] == group_id
    names = [leader["person"]["name"] for leader in body["leaders"] if leader["role_class"] == "leader"]
    assert "Aliaskhab Kebekov" in names and "Doku Umarov" not in names
    assert error(client, "/api/leaders", 422)["message"] == "query parameter 'org': required"


# --------------------------------------------------------------------------- events, graph


def test_events_filters_geo_and_pages(client, group_id):
    every, total = pages(client, "/api/events", 3)
    assert len(every) == total > 5
    assert len({e["id"] for e in every}) == total
    placed = [e for e in every if e["geo"]]
    assert placed and all(-90 <= e["geo"]["lat"] <= 90 and -180 <= e["geo"]["lon"] <= 180 for e in placed)
    for status in ("unverified", "confirmed"):  # the label is the strongest status an event has
        body = ok(client, "/api/events", status=status, limit=500)
        assert body["items"] and {e["status"] for e in body["items"]} == {status}
        assert body["filters"]["status"] == status
    claimed = ok(client, "/api/events", status="claimed", limit=500)["items"]
    assert "claimed" in {e["status"] for e in claimed} and len(claimed) < total
    attacks = ok(client, "/api/events", type="attack", limit=500)["items"]
    assert attacks and {e["type"] for e in attacks} == {"attack"}
    mine = ok(client, "/api/events", group=group_id, limit=500)["items"]
    assert mine and len(mine) < total
    dated = ok(client, "/api/events", since="2015-06", until="2015-12", limit=500)["items"]
    assert dated and all(
        (e["end"] or e["start"]) >= "2015-06" and (e["start"] or e["end"]) <= "2015-12-31" for e in dated
    )


def test_events_bad_parameters(client):
    assert "status" in error(client, "/api/events", 422, status="rumoured")["message"]
    assert "fact type" in error(client, "/api/events", 422, type="parade")["message"]
    assert "date" in error(client, "/api/events", 422, since="2015-13")["message"]


def test_graph_around_a_group(client, group_id):
    whole = ok(client, "/api/graph")
    assert whole["nodes"] and whole["edges"]
    body = ok(client, "/api/graph", group=group_id)
    assert body["group"]["id"] == group_id
    assert body["edges"] and all(group_id in (e["source"], e["target"]) for e in body["edges"])
    ids = {n["id"] for n in body["nodes"]}
    assert group_id in ids and all({e["source"], e["target"]} <= ids for e in body["edges"])
    early = ok(client, "/api/graph", on="2010-01-01")
    assert len(early["edges"]) < len(whole["edges"])


# --------------------------------------------------------------------------- facts, documents


def test_facts_list_filters(client, group_id):
    leadership = ok(client, "/api/facts", type="leadership", limit=500)
    assert leadership["total"] == len(leadership["items"]) > 0
    assert {f["type"] for f in leadership["items"]} == {"leadership"}
    mine = ok(client, "/api/facts", entity=group_id, limit=500)["items"]
    assert mine and all(
        any(isinstance(a, dict) and a["id"] == group_id for a in f["args"].values()) for f in mine
    )
    every, total = pages(client, "/api/facts", 40)
    assert len({f["id"] for f in every}) == total > len(mine)


def test_fact_detail_offsets_point_into_the_body(client):
    fact = ok(client, "/api/facts", type="attack", limit=1)["items"][0]
    body = ok(client, f"/api/facts/{fact['id']}")
    assert body["fact"]["id"] == fact["id"] and body["status"] in (
        "claimed",
        "unverified",
        "confirmed",
        "asserted",
    )
    assert body["sources"]
    for source in body["sources"]:
        doc = ok(client, f"/api/documents/{source['doc']}")
        assert doc["body"][source["start"] : source["end"]] == source["quote"]
        assert source["title"] == doc["title"] and source["publisher"] == doc["publisher"]
    short = fact["id"].removeprefix("fact:")[:10]
    assert ok(client, f"/api/facts/{short}")["fact"]["id"] == fact["id"]
    assert error(client, "/api/facts/fact:nothing", 404)["code"] == "not_found"


def test_documents_tags_and_filters(client, group_id):
    every, total = pages(client, "/api/documents", 5)
    assert len(every) == total >= 20
    dated = [d["published"] for d in every if d["published"]]
    assert dated == sorted(dated, reverse=True)  # newest first
    tagged = [d for d in every if d["tags"]["groups"]]
    assert len(tagged) > total // 2
    russia = ok(client, "/api/documents", country="ru", limit=500)
    assert russia["filters"]["country"] == "RU"
    assert 0 < russia["total"] < total and all("RU" in d["tags"]["countries"] for d in russia["items"])
    mine = ok(client, "/api/documents", group=group_id, limit=500)["items"]
    assert mine and all(any(g["id"] == group_id for g in d["tags"]["groups"]) for d in mine)
    words = ok(client, "/api/documents", q="Janaale", limit=500)["items"]
    assert words and all("Janaale" in ok(client, f"/api/documents/{d['id']}")["body"] for d in words)
    assert "ISO" in error(client, "/api/documents", 422, country="R1")["message"]


def test_document_detail(client):
    listed = ok(client, "/api/documents", q="Janaale", limit=1)["items"][0]
    body = ok(client, f"/api/documents/{listed['id']}")
    assert body["id"] == listed["id"] and body["body"] and body["tags"] == listed["tags"]
    assert body["facts"]
    for fact in body["facts"]:
        assert body["body"][fact["start"] : fact["end"]] == fact["quote"]
    prefix = listed["id"].removeprefix("doc:")[:8]
    assert ok(client, f"/api/documents/{prefix}")["id"] == listed["id"]
    assert error(client, "/api/documents/doc:zzzz", 404)["code"] == "not_found"


# --------------------------------------------------------------------------- the HTTP edges


@pytest.mark.parametrize(
    "url",
    ["/api/entities", "/api/nowhere", "/api/entities?limit=0", "/api/openapi.json", "/api/facts/fact:x"],
)
def test_security_headers_on_every_response(client, url):
    r = client.get(url)
    for name, value in SECURITY.items():
        assert r.headers.get(name) == value, (url, name)


def test_openapi_lists_every_endpoint_and_no_docs_page(client):
    paths = ok(client, "/api/openapi.json")["paths"]
    for path in (
        "/api/search", "/api/entities", "/api/entities/{entity_id}", "/api/groups/{group_id}/timeline",
        "/api/leaders", "/api/events", "/api/graph", "/api/facts", "/api/facts/{fact_id}",
        "/api/documents", "/api/documents/{doc_id}", "/api/facts/{fact_id}/confirm",
        "/api/facts/{fact_id}/reject", "/api/entities/merge",
    ):  # fmt: skip
        assert path in paths, path
    assert "post" in paths["/api/documents"] and "get" in paths["/api/documents"]
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_cors_closed_by_default(client):
    r = client.get("/api/entities", headers={"Origin": "https://elsewhere.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/api/entities",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in pre.headers


def test_wrong_method_is_a_json_error(client):
    r = client.delete("/api/entities")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
