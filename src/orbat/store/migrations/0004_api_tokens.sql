-- API tokens for `orbat serve` writes: only a SHA-256 hash of each token is kept.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,      -- sha256 hex of the token
    created     TEXT NOT NULL
);
