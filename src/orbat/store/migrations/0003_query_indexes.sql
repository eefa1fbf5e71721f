-- Indexes the query functions (orbat.store.queries) lean on.
CREATE INDEX IF NOT EXISTS facts_location ON facts(location);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
