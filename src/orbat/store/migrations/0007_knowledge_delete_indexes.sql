-- Indexes on the columns that point at a knowledge-base item, so that an in-place update
-- (``update_knowledge``: a few hundred entities and facts replaced) finds their name and
-- argument rows - and the ON DELETE CASCADE checks find them - without scanning the tables
-- (a scan per deleted row grew the update's cost with the store's size).
CREATE INDEX IF NOT EXISTS fact_args_fact ON fact_args(fact_id);
CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity_id);
