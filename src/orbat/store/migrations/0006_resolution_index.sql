-- The resolution index (orbat.resolve.incremental): how the stored knowledge base was
-- resolved, so that new documents can update it in place. One row per doc-local entity
-- and fact (``kind`` 'entity' | 'fact') with the knowledge-base id it went to and what
-- resolution read about it (``data``, JSON); the blocking keys of each knowledge-base
-- item; each item's id tiers (``orbat.resolve.ids.assign_ids``) under the hash of its
-- first tier. The 'index' generation is the inputs generation the index describes
-- (-1: none); it is valid only while it equals the knowledge generation.
CREATE TABLE IF NOT EXISTS resolution_nodes (
    kind        TEXT NOT NULL,
    doc_id      TEXT NOT NULL,
    local_id    TEXT NOT NULL,
    kb_id       TEXT NOT NULL,
    data        TEXT NOT NULL,
    PRIMARY KEY (kind, doc_id, local_id)
);
CREATE INDEX IF NOT EXISTS resolution_nodes_kb ON resolution_nodes(kb_id);

CREATE TABLE IF NOT EXISTS resolution_keys (
    key         TEXT NOT NULL,
    kb_id       TEXT NOT NULL,
    PRIMARY KEY (key, kb_id)
);
CREATE INDEX IF NOT EXISTS resolution_keys_kb ON resolution_keys(kb_id);

CREATE TABLE IF NOT EXISTS resolution_ids (
    kb_id       TEXT PRIMARY KEY,
    base        TEXT NOT NULL,
    tiers       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resolution_ids_base ON resolution_ids(base);

CREATE TABLE IF NOT EXISTS resolution_meta (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

INSERT INTO generations (name, value) VALUES ('index', -1);
