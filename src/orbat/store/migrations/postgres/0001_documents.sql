-- PostgreSQL form of migrations/0001_documents.sql: the same tables and columns.
-- Text is COLLATE "C" so that ids and ISO dates compare and sort byte by byte, as in
-- SQLite, whatever the database's locale.
CREATE TABLE documents (
    id          TEXT COLLATE "C" PRIMARY KEY,
    sha256      TEXT COLLATE "C" NOT NULL UNIQUE,
    title       TEXT COLLATE "C",
    url         TEXT COLLATE "C",
    published   TEXT COLLATE "C",
    publisher   TEXT COLLATE "C",
    author      TEXT COLLATE "C",
    source      TEXT COLLATE "C",
    record      INTEGER,
    format      TEXT COLLATE "C",
    near_of     TEXT COLLATE "C" REFERENCES documents(id),
    similarity  DOUBLE PRECISION,
    words       INTEGER NOT NULL,
    minhash     BYTEA,
    data        TEXT NOT NULL,
    added       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_bands (
    band        INTEGER NOT NULL,
    hash        TEXT COLLATE "C" NOT NULL,
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX document_bands_lookup ON document_bands(band, hash);

CREATE TABLE extractions (
    doc_id      TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version     TEXT COLLATE "C" NOT NULL,
    facts       INTEGER NOT NULL,
    data        TEXT NOT NULL
);
