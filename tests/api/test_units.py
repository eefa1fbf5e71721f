"""The pieces on their own: tokens, the rate limiter, document tags' actor rule, and
the CLI's `token create` and `serve` (uvicorn replaced by a recorder)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from orbat.api.security import RateLimiter, bearer, match_token, new_token, token_hash
from orbat.cli import app
from orbat.cli.serve import is_loopback
from orbat.model import Entity, Evidence, Fact
from orbat.query.tags import actor_groups

runner = CliRunner()


def test_tokens_hash_and_match():
    a, b = new_token(), new_token()
    assert a != b and len(a) > 40
    hashes = [("one", token_hash(a)), ("two", token_hash(b))]
    assert match_token(a, hashes) == "one" and match_token(b, hashes) == "two"
    assert match_token(a[:-1], hashes) is None and match_token("", hashes) is None
    assert bearer("Bearer  xyz ") == "xyz" and bearer("bearer xyz") == "xyz"
    assert bearer("Basic xyz") is None and bearer("Bearer ") is None and bearer(None) is None


def test_rate_limiter_refills_per_client():
    now = [0.0]
    limiter = RateLimiter(rate=1.0, burst=2, clock=lambda: now[0])
    assert [limiter.take("a"), limiter.take("a")] == [0.0, 0.0]
    assert limiter.take("a") == pytest.approx(1.0)
    assert limiter.take("b") == 0.0  # another client has its own bucket
    now[0] = 0.5
    assert limiter.take("a") == pytest.approx(0.5)
    now[0] = 1.5
    assert limiter.take("a") == 0.0


def test_actor_groups_leave_out_targets():
    ents = {
        "g1": Entity("g1", "organization", "al-Shabaab"),
        "g2": Entity("g2", "organization", "African Union"),
        "p1": Entity("p1", "person", "Ahmed Godane"),
    }
    ev = [Evidence("doc:1", "q", 0, 1)]
    attack = Fact("f1", "attack", {"perpetrator": "g1", "target": "g2"}, sources=ev)
    assert actor_groups(attack, ents.get) == ["g1"]
    lead = Fact("f2", "leadership", {"person": "p1", "organization": "g1"}, sources=ev)
    assert actor_groups(lead, ents.get) == ["g1"]
    ally = Fact("f3", "alliance", {"a": "g1", "b": "g2"}, sources=ev)
    assert sorted(actor_groups(ally, ents.get)) == ["g1", "g2"]


def test_token_create_prints_once_and_stores_a_hash(tmp_path):
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["token", "create", "--name", "ana", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["name"] == "ana" and out["token"].startswith("orbat_")
    rows = sqlite3.connect(db).execute("SELECT name, hash FROM api_tokens").fetchall()
    assert rows == [("ana", token_hash(out["token"]))]
    assert out["token"] not in db.read_bytes().decode("latin-1")
    assert runner.invoke(app, ["token", "create", "--name", " ", "--db", str(db)]).exit_code == 1


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.3.0.1", True), ("::1", True), ("localhost", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


@pytest.fixture
def served(monkeypatch):
    calls = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


def test_serve_on_loopback_keeps_reads_open(tmp_path, served):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    api, kw = served[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8123 and kw["proxy_headers"] is False
    assert api.state.orbat.settings.reads_need_token is False
    assert "WARNING" not in result.output and "no API token yet" in result.output


def test_serve_off_loopback_warns_and_closes_reads(tmp_path, served):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "WARNING" in result.output and "not loopback" in result.output
    assert served[0][0].state.orbat.settings.reads_need_token is True
    runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--open-reads"])
    assert served[1][0].state.orbat.settings.reads_need_token is False


def test_docs_command_filters_by_tags(built_db, client):
    db = str(built_db[0])
    every = json.loads(runner.invoke(app, ["docs", "--db", db, "--json"]).output)
    russia = runner.invoke(app, ["docs", "--db", db, "--country", "RU", "--json"])
    assert russia.exit_code == 0, russia.output
    ids = [d["id"] for d in json.loads(russia.output)]
    api = client.get("/api/documents", params={"country": "RU", "limit": 500}).json()["items"]
    assert sorted(ids) == sorted(d["id"] for d in api) and 0 < len(ids) < len(every)
    both = json.loads(
        runner.invoke(
            app, ["docs", "--db", db, "--country", "RU", "--group", "Caucasus Emirate", "--json"]
        ).output
    )
    assert both and {d["id"] for d in both} <= set(ids)
    assert runner.invoke(app, ["docs", "--db", db, "--country", "Russia"]).exit_code == 1
