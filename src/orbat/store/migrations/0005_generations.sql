-- Generations: how far the resolved knowledge base lags behind its inputs.
-- 'inputs' counts every change to extractions and curations (kept by the triggers below,
-- so no write path can forget it); 'knowledge' is the inputs generation the stored
-- knowledge base was resolved from. knowledge < inputs: the knowledge base is stale (an
-- interrupted command, or a writer still at work) and is re-resolved. A store that
-- already holds extractions starts stale, so its knowledge base is re-resolved once.
CREATE TABLE generations (
    name        TEXT PRIMARY KEY,
    value       INTEGER NOT NULL
);
INSERT INTO generations (name, value) VALUES
    ('inputs', (SELECT COUNT(*) FROM extractions) + (SELECT COUNT(*) FROM curations)),
    ('knowledge', 0);

CREATE TRIGGER extractions_insert_generation AFTER INSERT ON extractions BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
CREATE TRIGGER extractions_update_generation AFTER UPDATE ON extractions BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
CREATE TRIGGER extractions_delete_generation AFTER DELETE ON extractions BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
CREATE TRIGGER curations_insert_generation AFTER INSERT ON curations BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
CREATE TRIGGER curations_update_generation AFTER UPDATE ON curations BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
CREATE TRIGGER curations_delete_generation AFTER DELETE ON curations BEGIN
    UPDATE generations SET value = value + 1 WHERE name = 'inputs';
END;
