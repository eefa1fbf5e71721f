"""Writes: tokens, uploads (and what is refused), curations, the body limit and the rate limit."""

from __future__ import annotations

import json

from orbat.api import Settings

ARTICLE = (
    "Al-Shabaab raids police station in Kismayo\n\nMarch 2, 2016\n\n"
    "Fighters of al-Shabaab attacked a police station in Kismayo on Monday, killing four officers, "
    "the regional governor said.\n\nAl-Shabaab claimed responsibility for the Quorvelle raid in a "
    "statement broadcast on its radio station on Tuesday.\n"
)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def upload(client, name, data, headers, content_type="text/plain"):
    return client.post("/api/documents", files={"file": (name, data, content_type)}, headers=headers)


def err(r, status):
    assert r.status_code == status, r.text
    return r.json()["error"]


def test_writes_need_a_valid_token(make_client, token):
    client = make_client()
    for headers in ({}, {"Authorization": "Bearer orbat_wrong"}, {"Authorization": f"Basic {token}"}):
        for r in (
            client.post("/api/facts/fact:x/confirm", headers=headers),
            client.post("/api/entities/merge", json={"a": "x", "b": "y"}, headers=headers),
            upload(client, "a.txt", ARTICLE.encode(), headers),
        ):
            e = err(r, 401)
            assert e["code"] == "unauthorized" and "token" in e["message"]
            assert r.headers["www-authenticate"].startswith("Bearer")


def test_upload_then_query_finds_it(make_client, auth):
    client = make_client()
    before = client.get("/api/documents", params={"group": "al-Shabaab"}).json()["total"]  # fills the cache
    assert before > 0
    before = client.get("/api/documents").json()["total"]
    assert client.get("/api/search", params={"q": "Quorvelle"}).json()["total"] == 0
    r = upload(client, "kismayo.txt", ARTICLE.encode(), auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["new"]) == 1 and body["failed"] == [] and body["facts"] > 0
    doc_id = body["new"][0]
    assert client.get("/api/documents").json()["total"] == before + 1
    hits = client.get("/api/search", params={"q": "Quorvelle"}).json()["items"]
    assert [h["id"] for h in hits if h["kind"] == "document"] == [doc_id]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert "Quorvelle" in doc["body"] and doc["source"] == "upload:kismayo.txt"
    assert any(g["name"] == "al-Shabaab" for g in doc["tags"]["groups"])
    # the list's tags (cached between requests) follow the change too
    tagged = client.get("/api/documents", params={"group": "al-Shabaab", "limit": 500}).json()["items"]
    assert doc_id in [d["id"] for d in tagged]
    again = upload(client, "kismayo.txt", ARTICLE.encode(), auth)
    assert again.status_code == 200 and again.json()["duplicate"] == [doc_id]


def test_upload_refuses_binary_and_unsupported(make_client, auth):
    client = make_client()
    e = err(upload(client, "photo.png", PNG, auth, "image/png"), 415)
    assert e["code"] == "unsupported_media_type" and "photo.png" in e["message"]
    assert "binary" in err(upload(client, "notes.txt", b"abc\x00\x01\x02def" * 20, auth), 415)["message"]
    assert (
        ".pdf" in err(upload(client, "report.pdf", b"%PDF-1.4 ...", auth, "application/pdf"), 415)["message"]
    )
    r = client.post(
        "/api/documents", content=ARTICLE.encode(), headers={**auth, "Content-Type": "text/plain"}
    )
    assert "multipart/form-data" in err(r, 415)["message"]
    assert "empty" in err(upload(client, "blank.txt", b"  \n", auth), 422)["message"]
    r = client.post("/api/documents", data={"other": "x"}, files={"nofile": ("a.txt", b"x")}, headers=auth)
    assert "'file'" in err(r, 422)["message"]
    assert client.get("/api/search", params={"q": "PDF"}).json()["total"] == 0


def test_body_size_limit(make_client, auth):
    client = make_client(Settings(max_body_bytes=4096, write_burst=100))
    e = err(upload(client, "big.txt", (ARTICLE * 40).encode(), auth), 413)
    assert e["code"] == "too_large" and "4,096" in e["message"]

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(10):
            yield b"x" * 1000

    r = client.post(
        "/api/documents",
        content=chunks(),
        headers={**auth, "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert err(r, 413)["code"] == "too_large"
    assert r.headers["x-frame-options"] == "DENY"
    assert upload(client, "small.txt", ARTICLE.encode(), auth).status_code == 201


def test_rate_limit_on_writes(make_client, auth):
    client = make_client(Settings(write_burst=2, write_rate=0.01))
    codes = [client.post("/api/facts/fact:nothing/confirm", headers=auth).status_code for _ in range(3)]
    assert codes == [404, 404, 429]
    r = client.post("/api/facts/fact:nothing/confirm", headers=auth)
    e = err(r, 429)
    assert e["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1
    assert client.get("/api/entities").status_code == 200  # reads are not limited


def test_confirm_and_reject_a_fact(make_client, auth):
    client = make_client()
    fact_id = client.get("/api/facts", params={"type": "attack", "limit": 1}).json()["items"][0]["id"]
    r = client.post(f"/api/facts/{fact_id}/confirm", headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["refreshed"] is True
    assert body["curation"]["action"] == "fact.confirm" and body["curation"]["author"] == "tester"
    detail = client.get(f"/api/facts/{fact_id}").json()
    assert detail["confirmed"] is True and detail["status"] == "confirmed"
    assert [c["action"] for c in detail["curations"]] == ["fact.confirm"]

    e = err(client.post(f"/api/facts/{fact_id}/reject", json={}, headers=auth), 422)
    assert "reason" in e["message"] and "required" in e["message"]
    e = err(
        client.post(
            f"/api/facts/{fact_id}/reject",
            content=b"{not json",
            headers={**auth, "Content-Type": "application/json"},
        ),
        422,
    )
    assert "JSON" in e["message"]
    r = client.post(f"/api/facts/{fact_id}/reject", json={"reason": "two reports of one raid"}, headers=auth)
    assert r.status_code == 200 and r.json()["curation"]["params"] == {"reason": "two reports of one raid"}
    assert err(client.get(f"/api/facts/{fact_id}"), 404)["code"] == "not_found"


def test_merge_entities(make_client, auth):
    client = make_client()
    group = client.get("/api/entities", params={"q": "Caucasus Emirate", "type": "organization"}).json()[
        "items"
    ][0]
    e = err(
        client.post("/api/entities/merge", json={"a": group["id"], "b": "Imarat Kavkaz"}, headers=auth), 409
    )
    assert "same entity" in e["message"]
    e = err(client.post("/api/entities/merge", json={"a": group["id"]}, headers=auth), 422)
    assert e["message"] == "body 'b': required"
    e = err(
        client.post("/api/entities/merge", json={"a": group["id"], "b": "no such group"}, headers=auth), 404
    )
    assert "no such group" in e["message"]
    people = client.get("/api/entities", params={"type": "person", "limit": 500}).json()["items"]
    a, b = people[0], people[1]
    r = client.post("/api/entities/merge", json={"a": a["id"], "b": b["id"]}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["curation"] == {
        **r.json()["curation"],
        "action": "entity.merge",
        "params": {"other": b["id"]},
    }
    after = client.get("/api/entities", params={"type": "person", "limit": 500}).json()
    assert after["total"] == len(people) - 1
    merged = [e for e in after["items"] if e["id"] in (a["id"], b["id"])]
    assert len(merged) == 1 and {a["name"], b["name"]} <= {merged[0]["name"], *merged[0]["aliases"]}


def test_reads_can_need_a_token(make_client, auth):
    client = make_client(Settings(reads_need_token=True))
    assert err(client.get("/api/entities"), 401)["code"] == "unauthorized"
    assert client.get("/api/entities", headers=auth).status_code == 200


def test_upload_of_records_adds_each(make_client, auth):
    client = make_client()
    lines = [
        {
            "title": f"Raid near Baidoa number {n}",
            "published": "2019-03-0{n}",
            "body": ARTICLE.replace("Kismayo", f"Baidoa{n}"),
        }
        for n in (1, 2)
    ]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    r = upload(client, "two.jsonl", data, auth, "application/x-ndjson")
    assert r.status_code == 201, r.text
    assert len(r.json()["new"]) + len(r.json()["near_duplicate"]) == 2


def test_an_unexpected_error_is_a_json_500_with_headers(built_db):
    from fastapi.testclient import TestClient

    from orbat.api import create_app
    from orbat.store import SQLiteStore

    calls = []

    def flaky():
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("disk on fire at /secret/path")
        return SQLiteStore(built_db[0])

    client = TestClient(create_app(flaky))
    r = client.get("/api/entities")
    assert r.status_code == 500 and r.json()["error"]["code"] == "internal"
    assert "secret" not in r.text and r.headers["x-content-type-options"] == "nosniff"
