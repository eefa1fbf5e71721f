-- Documents as read, their near-duplicate links and LSH bands, per-document extractions.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,          -- "doc:" + sha256[:16]
    sha256      TEXT NOT NULL UNIQUE,
    title       TEXT,
    url         TEXT,
    published   TEXT,
    publisher   TEXT,
    author      TEXT,
    source      TEXT,
    record      INTEGER,
    format      TEXT,
    near_of     TEXT REFERENCES documents(id),
    similarity  REAL,
    words       INTEGER NOT NULL,
    minhash     BLOB,                      -- MinHash signature of the body (near-duplicates)
    data        TEXT NOT NULL,             -- Document.to_json()
    added       TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_bands (            -- MinHash LSH bands for near-duplicate lookup
    band        INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX document_bands_lookup ON document_bands(band, hash);

CREATE TABLE extractions (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version     TEXT NOT NULL,
    facts       INTEGER NOT NULL,
    data        TEXT NOT NULL              -- Extraction.to_json()
);
