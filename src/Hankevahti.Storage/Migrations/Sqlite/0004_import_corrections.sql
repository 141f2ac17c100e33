-- The document a version was imported from (its file name) and the corrections the user made in the
-- import preview (ImportCorrections as JSON, docs/import-preview.md). The next import of a file of the
-- same name finds them here and applies them again. Versions not imported keep NULL in both.
ALTER TABLE plan_versions ADD COLUMN source_file TEXT NULL;
ALTER TABLE plan_versions ADD COLUMN import_corrections TEXT NULL;
CREATE INDEX ix_plan_versions_source_file ON plan_versions (source_file);
