-- Projects and the stored versions of their plans. A plan is kept whole as canonical JSON
-- (docs/plan-json.md); the project row holds only what lists and look-ups need.
CREATE TABLE projects (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL,
    short_name    TEXT NULL,
    programme     TEXT NULL,
    period_start  TEXT NULL,
    period_end    TEXT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE plan_versions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    saved_at      TEXT NOT NULL,
    origin        TEXT NOT NULL,
    note          TEXT NULL,
    plan_json     TEXT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE INDEX ix_projects_name ON projects (name);
