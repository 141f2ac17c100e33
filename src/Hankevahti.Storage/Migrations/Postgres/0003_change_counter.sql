-- A counter that every statement writing to the plan tables moves on, in its own transaction: the
-- web app's change stamp (Database/DatabaseChanges.cs) reads it to know whether what it keeps is still
-- current. It counts only this database's writes and becomes visible exactly when they commit.
-- BEFORE ... FOR EACH STATEMENT: a writer takes the counter's row lock before any row of the plan
-- tables, so two writers always lock in the same order and cannot deadlock over it.
CREATE TABLE data_changes (id integer PRIMARY KEY CHECK (id = 1), counter bigint NOT NULL);
INSERT INTO data_changes (id, counter) VALUES (1, 0);
CREATE FUNCTION count_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_changes SET counter = counter + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER projects_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON projects
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_versions_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_versions
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
