-- Findings users have dismissed ("not an error: …"), per project, under the finding's key
-- (Checks/FindingKey.cs: rule, place and words, not version or index), so that a dismissal holds on
-- every later version where the finding stays the same. One row per project and key: dismissing
-- twice keeps the first; restoring deletes the row. version_number is the version it was made on.
-- dismissed_by stays NULL until there are accounts.
CREATE TABLE finding_dismissals (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    finding_key     TEXT NOT NULL,
    rule_code       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    dismissed_by    TEXT NULL,
    dismissed_at    TEXT NOT NULL,
    version_number  INTEGER NOT NULL,
    UNIQUE (project_id, finding_key)
);
