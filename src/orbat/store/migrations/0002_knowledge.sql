-- The resolved knowledge base (rebuilt from extractions + curations) and curations.
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    data        TEXT NOT NULL              -- Entity.to_json()
);
CREATE TABLE entity_names (              -- every name and alias, normalised, for lookup
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    norm        TEXT NOT NULL
);
CREATE INDEX entity_names_norm ON entity_names(norm);

CREATE TABLE facts (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    time_start  TEXT,
    time_end    TEXT,
    location    TEXT,
    modality    TEXT NOT NULL,
    sources     INTEGER NOT NULL,
    data        TEXT NOT NULL              -- Fact.to_json()
);
CREATE INDEX facts_type ON facts(type);
CREATE INDEX facts_time ON facts(time_start, time_end);

CREATE TABLE fact_args (
    fact_id     TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    entity_id   TEXT NOT NULL
);
CREATE INDEX fact_args_entity ON fact_args(entity_id, role);

CREATE TABLE curations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    params      TEXT NOT NULL,
    author      TEXT,
    created     TEXT NOT NULL
);

CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body);
