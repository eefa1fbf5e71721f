-- PostgreSQL form of migrations/0005_generations.sql: the same table, its 'inputs'
-- counter kept by one PL/pgSQL trigger function on extractions and curations (every
-- row inserted, updated or deleted bumps it, as the SQLite triggers do).
CREATE TABLE generations (
    name        TEXT COLLATE "C" PRIMARY KEY,
    value       BIGINT NOT NULL
);
INSERT INTO generations (name, value) VALUES
    ('inputs', (SELECT COUNT(*) FROM extractions) + (SELECT COUNT(*) FROM curations)),
    ('knowledge', 0);

CREATE FUNCTION orbat_bump_inputs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
    RETURN NULL;
END;
$$;

CREATE TRIGGER extractions_generation AFTER INSERT OR UPDATE OR DELETE ON extractions
    FOR EACH ROW EXECUTE FUNCTION orbat_bump_inputs();
CREATE TRIGGER curations_generation AFTER INSERT OR UPDATE OR DELETE ON curations
    FOR EACH ROW EXECUTE FUNCTION orbat_bump_inputs();
