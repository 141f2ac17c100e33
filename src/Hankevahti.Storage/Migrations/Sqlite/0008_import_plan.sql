-- A re-import keeps the web's corrections (a three-way merge, docs/reimport-merge.md): the version saved
-- is then the document's plan merged with the saved one, and the next re-import needs the document's
-- plan as it was imported for its base. It is kept here; NULL when the version's plan is that plan.
ALTER TABLE plan_versions ADD COLUMN import_plan_json TEXT NULL;
