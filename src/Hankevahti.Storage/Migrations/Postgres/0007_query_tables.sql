-- Query tables (docs/decisions/0008-query-tables.md): rows derived from each stored plan version's
-- JSON, so that questions across projects (budget by year, region, organisation, programme) are SQL
-- instead of parsing every plan. The JSON stays the record; these rows are written with each version
-- in its transaction and rebuilt from the JSON by `hankevahti reindex` (and by this script's code
-- step, Query/QueryIndex.cs, for the versions stored before it).
-- Keyed by (project_id, version_number), the number people and URLs use, with item_id the plan item's
-- id (docs/plan-json.md, "Identities"); deleting a project or version deletes its rows.
-- Money and shares are numeric, exact; enums are the plan JSON's names ("planned").
ALTER TABLE projects ADD COLUMN programme_key text NULL;
-- Name, short name and case number, lower-cased and normalised in C# (one fold on both databases),
-- one per line, for the project list's search.
ALTER TABLE projects ADD COLUMN search_text text NULL;
CREATE INDEX ix_projects_programme_key ON projects (programme_key);
CREATE INDEX ix_projects_programme ON projects (programme);

CREATE TABLE plan_regions (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    ordinal         integer NOT NULL,
    region          text NOT NULL,
    PRIMARY KEY (project_id, version_number, ordinal),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_regions_region ON plan_regions (region, project_id, version_number);

CREATE TABLE plan_work_parts (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    parent_item_id  text NULL,
    code            text NOT NULL,
    title           text NOT NULL,
    kind            text NOT NULL,
    kind_label      text NULL,
    responsible     text NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_work_parts_responsible ON plan_work_parts (responsible);

CREATE TABLE plan_budget_lines (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    part_code       text NULL,
    organisation    text NULL,
    category        text NOT NULL,
    label           text NULL,
    year            integer NULL,
    period          text NULL,
    kind            text NOT NULL,
    amount          numeric NOT NULL,
    person_years    numeric NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_budget_lines_year ON plan_budget_lines (year, kind);
CREATE INDEX ix_plan_budget_lines_organisation ON plan_budget_lines (organisation);

-- One row per version: the shares the plan states and the euros derived from them (Figures/PlanFigures.cs).
CREATE TABLE plan_funding (
    project_id          integer NOT NULL,
    version_number      integer NOT NULL,
    own_funding_share   numeric NULL,
    grant_share         numeric NULL,
    planned_total       numeric NOT NULL,
    own_funding         numeric NULL,
    grant_amount        numeric NULL,
    grant_transfers     numeric NOT NULL,
    PRIMARY KEY (project_id, version_number),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

CREATE TABLE plan_indicators (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    name            text NOT NULL,
    kind            text NOT NULL,
    unit            text NULL,
    baseline_value  numeric NULL,
    baseline_year   integer NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

-- One row per target value of an indicator; ordinal is the target's place in the indicator's list.
CREATE TABLE plan_indicator_targets (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    year            integer NULL,
    period          text NULL,
    value           numeric NULL,
    achieved        boolean NULL,
    text            text NULL,
    PRIMARY KEY (project_id, version_number, item_id, ordinal),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_indicator_targets_year ON plan_indicator_targets (year);

CREATE TABLE plan_risks (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    code            text NULL,
    title           text NOT NULL,
    likelihood_min  numeric NULL,
    likelihood_max  numeric NULL,
    impact_min      numeric NULL,
    impact_max      numeric NULL,
    score_min       numeric NULL,
    score_max       numeric NULL,
    owner           text NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);

-- roles: the plan JSON's role names joined by commas ("leadApplicant,administrator").
CREATE TABLE plan_organisations (
    project_id      integer NOT NULL,
    version_number  integer NOT NULL,
    item_id         text NOT NULL,
    ordinal         integer NOT NULL,
    name            text NOT NULL,
    short_name      text NULL,
    roles           text NOT NULL,
    grant_transfer  numeric NULL,
    PRIMARY KEY (project_id, version_number, item_id),
    FOREIGN KEY (project_id, version_number) REFERENCES plan_versions (project_id, number) ON DELETE CASCADE
);
CREATE INDEX ix_plan_organisations_name ON plan_organisations (name);

-- The web app keeps what it read until the change stamp moves (0003_change_counter): writes to these
-- tables move it like writes to the plan tables.
CREATE TRIGGER plan_regions_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_regions
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_work_parts_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_work_parts
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_budget_lines_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_budget_lines
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_funding_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_funding
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_indicators_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_indicators
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_indicator_targets_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_indicator_targets
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_risks_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_risks
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER plan_organisations_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_organisations
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
