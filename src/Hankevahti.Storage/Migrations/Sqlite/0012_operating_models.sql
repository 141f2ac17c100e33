-- The spread of operating models (docs/operating-models.md): a catalogue of models as Innokylä describes one,
-- each with its core and modules, linked to the projects (and actions of their plans) that develop or spread it,
-- and the history of its adoption per organisation or unit, module and period. Adoption rows are never updated
-- in place: a new status is a new row, so the region × module matrix can be read as of any period.

-- A model and its description fields (core idea, target group, conditions for adoption, evidence). revision
-- moves on every edit: an edit made on an older revision is refused (optimistic concurrency).
CREATE TABLE operating_models (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE,
    core_idea     TEXT NULL,
    target_group  TEXT NULL,
    conditions    TEXT NULL,
    evidence      TEXT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT NULL,
    created_at    TEXT NOT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL
);

-- The parts of a model: the common core (is_core = 1) and the modules, in the order given.
CREATE TABLE operating_model_modules (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    model_id     INTEGER NOT NULL REFERENCES operating_models (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    is_core      INTEGER NOT NULL DEFAULT 0,
    description  TEXT NULL,
    UNIQUE (model_id, name)
);

-- A project that develops or spreads a model (kind 'develops' | 'spreads'), optionally through one action of its
-- plan (the action's id in the plan JSON; '' = the project as a whole).
CREATE TABLE operating_model_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    model_id    INTEGER NOT NULL REFERENCES operating_models (id) ON DELETE CASCADE,
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    action_id   TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    added_by    TEXT NULL,
    added_at    TEXT NOT NULL,
    UNIQUE (model_id, project_id, action_id, kind)
);
CREATE INDEX operating_model_links_project ON operating_model_links (project_id);

-- One adoption record: where an organisation (or its unit) stood with a module in a period. holder_key is the
-- organisation and unit lower-cased ("org|unit") so that spellings differing in case are one holder; period is as
-- typed ('2026-03' or '2026'), period_key the months since year 0 of its last month (a year stands at December),
-- which the "as of" rule compares. status: planned, piloting, in_use, established, given_up.
CREATE TABLE model_adoptions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    model_id      INTEGER NOT NULL REFERENCES operating_models (id) ON DELETE CASCADE,
    module_id     INTEGER NOT NULL REFERENCES operating_model_modules (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    unit          TEXT NULL,
    holder_key    TEXT NOT NULL,
    region        TEXT NOT NULL,
    period        TEXT NOT NULL,
    period_key    INTEGER NOT NULL,
    status        TEXT NOT NULL,
    evidence      TEXT NULL,
    recorded_by   TEXT NULL,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX model_adoptions_state ON model_adoptions (model_id, module_id, holder_key, period_key, id);
