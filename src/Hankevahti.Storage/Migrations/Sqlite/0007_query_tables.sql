-- Query tables (docs/decisions/0008-query-tables.md): rows derived from each stored plan version's
-- JSON, so that questions across projects (budget by year, region, organisation, programme) are SQL
-- instead of parsing every plan. The JSON stays the record; these rows are written with each version
-- in its transaction and rebuilt from the JSON by `hankevahti reindex` (and by this script's code
-- step, Query/QueryIndex.cs, for the versions stored before it).
-- Keyed by (project_id, version_number), the number people and URLs use, with item_id the plan item's
-- id (docs/plan-json.md, "Identities"); deleting a project or version deletes its rows.
-- Money and shares are TEXT holding the decimal exactly (as EF Core stores decimal on SQLite; its
-- ef_sum sums them exactly, plain SUM would give a REAL); enums are the plan JSON's names ("planned").
ALTER TABLE projects ADD COLUMN programme_key TEXT NULL;
-- Name, short name and case number, lower-cased and normalised in C# (one fold on both databases),
-- one per line, for the project list's search.
ALTER TABLE projects ADD COLUMN search_text TEXT NULL;
CREATE INDEX ix_projects_programme_key ON projects (programme_key);
CREATE INDEX ix_projects_programme ON projects (programme);

CREATE TABLE plan_regions (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    ordinal         INTEGER NOT NULL,
    region          TEXT NOT NULL,
    PRIMARY KEY (project_id, version_number, ordinal),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_regions_region ON plan_regions (region, project_id, version_number);

CREATE TABLE plan_work_parts (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    parent_item_id  TEXT NULL,
    code            TEXT NOT NULL,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    kind_label      TEXT NULL,
    responsible     TEXT NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_work_parts_responsible ON plan_work_parts (responsible);

CREATE TABLE plan_budget_lines (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    part_code       TEXT NULL,
    organisation    TEXT NULL,
    category        TEXT NOT NULL,
    label           TEXT NULL,
    year            INTEGER NULL,
    period          TEXT NULL,
    kind            TEXT NOT NULL,
    amount          TEXT NOT NULL,
    person_years    TEXT NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_budget_lines_year ON plan_budget_lines (year, kind);
CREATE INDEX ix_plan_budget_lines_organisation ON plan_budget_lines (organisation);

-- One row per version: the shares the plan states and the euros derived from them (Figures/PlanFigures.cs).
CREATE TABLE plan_funding (
    project_id          INTEGER NOT NULL,
    version_number      INTEGER NOT NULL,
    own_funding_share   TEXT NULL,
    grant_share         TEXT NULL,
    planned_total       TEXT NOT NULL,
    own_funding         TEXT NULL,
    grant_amount        TEXT NULL,
    grant_transfers     TEXT NOT NULL,
    PRIMARY KEY (project_id, version_number),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

CREATE TABLE plan_indicators (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    unit            TEXT NULL,
    baseline_value  TEXT NULL,
    baseline_year   INTEGER NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

-- One row per target value of an indicator; ordinal is the target's place in the indicator's list.
CREATE TABLE plan_indicator_targets (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    year            INTEGER NULL,
    period          TEXT NULL,
    value           TEXT NULL,
    achieved        INTEGER NULL,
    text            TEXT NULL,
    PRIMARY KEY (project_id, version_number, item_id, ordinal),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_indicator_targets_year ON plan_indicator_targets (year);

CREATE TABLE plan_risks (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    code            TEXT NULL,
    title           TEXT NOT NULL,
    likelihood_min  TEXT NULL,
    likelihood_max  TEXT NULL,
    impact_min      TEXT NULL,
    impact_max      TEXT NULL,
    score_min       TEXT NULL,
    score_max       TEXT NULL,
    owner           TEXT NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

-- roles: the plan JSON's role names joined by commas ("leadApplicant,administrator").
CREATE TABLE plan_organisations (
    project_id      INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    item_id         TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    short_name      TEXT NULL,
    roles           TEXT NOT NULL,
    grant_transfer  TEXT NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_organisations_name ON plan_organisations (name);
