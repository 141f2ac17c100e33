-- What changed per project: a counter per project that every write to a table the portfolio reads moves on, in
-- the writer's transaction. The portfolio keeps the whole database's figures between requests
-- (Storage/Portfolio/PortfolioSnapshot.cs); when the database's change stamp moves it compares these counters with
-- the ones it read before and reads again only the projects whose counter moved. At national scale (10 000
-- projects, a million values) reading everything again after each write took seconds. Project 0 stands for
-- everything: a write it cannot pin to projects (a TRUNCATE) moves it, and then everything is read again.
-- No foreign key: the counter of a deleted project must move too, so that the portfolio drops it.
-- PostgreSQL: statement triggers with transition tables, so a ledger import of thousands of rows moves each of its
-- projects once; they run after the statement, when its writer already holds data_changes' row (0003), so two writers
-- take the counters' rows one after the other and cannot deadlock over them. Rows in project order, the same reason.
CREATE TABLE project_changes (
    project_id  integer NOT NULL PRIMARY KEY,
    counter     bigint NOT NULL
);
CREATE FUNCTION count_project_change_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_changes (project_id, counter)
    SELECT DISTINCT project_id, 1 FROM new_rows ORDER BY 1
    ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    RETURN NULL;
END;
$$;
CREATE FUNCTION count_project_change_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_changes (project_id, counter)
    SELECT DISTINCT project_id, 1 FROM old_rows ORDER BY 1
    ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    RETURN NULL;
END;
$$;
CREATE FUNCTION count_project_change_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_changes (project_id, counter)
    SELECT project_id, 1 FROM (SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows) AS changed ORDER BY 1
    ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    RETURN NULL;
END;
$$;
-- A TRUNCATE names no rows: everything changed.
CREATE FUNCTION count_project_change_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_changes (project_id, counter) VALUES (0, 1)
    ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    RETURN NULL;
END;
$$;
-- projects is keyed by id and written a row at a time: a row trigger.
CREATE FUNCTION count_project_change_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.id <> NEW.id) THEN
        INSERT INTO project_changes (project_id, counter) VALUES (OLD.id, 1)
        ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO project_changes (project_id, counter) VALUES (NEW.id, 1)
        ON CONFLICT (project_id) DO UPDATE SET counter = project_changes.counter + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER projects_project_change AFTER INSERT OR UPDATE OR DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION count_project_change_project();
CREATE TRIGGER projects_project_change_truncate AFTER TRUNCATE ON projects
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER plan_versions_project_change_insert AFTER INSERT ON plan_versions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER plan_versions_project_change_update AFTER UPDATE ON plan_versions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER plan_versions_project_change_delete AFTER DELETE ON plan_versions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER plan_versions_project_change_truncate AFTER TRUNCATE ON plan_versions
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER plan_budget_lines_project_change_insert AFTER INSERT ON plan_budget_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER plan_budget_lines_project_change_update AFTER UPDATE ON plan_budget_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER plan_budget_lines_project_change_delete AFTER DELETE ON plan_budget_lines REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER plan_budget_lines_project_change_truncate AFTER TRUNCATE ON plan_budget_lines
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER plan_funding_project_change_insert AFTER INSERT ON plan_funding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER plan_funding_project_change_update AFTER UPDATE ON plan_funding REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER plan_funding_project_change_delete AFTER DELETE ON plan_funding REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER plan_funding_project_change_truncate AFTER TRUNCATE ON plan_funding
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER plan_organisations_project_change_insert AFTER INSERT ON plan_organisations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER plan_organisations_project_change_update AFTER UPDATE ON plan_organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER plan_organisations_project_change_delete AFTER DELETE ON plan_organisations REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER plan_organisations_project_change_truncate AFTER TRUNCATE ON plan_organisations
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER indicator_values_project_change_insert AFTER INSERT ON indicator_values REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER indicator_values_project_change_update AFTER UPDATE ON indicator_values REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER indicator_values_project_change_delete AFTER DELETE ON indicator_values REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER indicator_values_project_change_truncate AFTER TRUNCATE ON indicator_values
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER actual_costs_project_change_insert AFTER INSERT ON actual_costs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER actual_costs_project_change_update AFTER UPDATE ON actual_costs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER actual_costs_project_change_delete AFTER DELETE ON actual_costs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER actual_costs_project_change_truncate AFTER TRUNCATE ON actual_costs
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER cost_entries_project_change_insert AFTER INSERT ON cost_entries REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER cost_entries_project_change_update AFTER UPDATE ON cost_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER cost_entries_project_change_delete AFTER DELETE ON cost_entries REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER cost_entries_project_change_truncate AFTER TRUNCATE ON cost_entries
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER cost_forecasts_project_change_insert AFTER INSERT ON cost_forecasts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER cost_forecasts_project_change_update AFTER UPDATE ON cost_forecasts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER cost_forecasts_project_change_delete AFTER DELETE ON cost_forecasts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER cost_forecasts_project_change_truncate AFTER TRUNCATE ON cost_forecasts
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER period_reports_project_change_insert AFTER INSERT ON period_reports REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER period_reports_project_change_update AFTER UPDATE ON period_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER period_reports_project_change_delete AFTER DELETE ON period_reports REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER period_reports_project_change_truncate AFTER TRUNCATE ON period_reports
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER action_progress_project_change_insert AFTER INSERT ON action_progress REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER action_progress_project_change_update AFTER UPDATE ON action_progress REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER action_progress_project_change_delete AFTER DELETE ON action_progress REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER action_progress_project_change_truncate AFTER TRUNCATE ON action_progress
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER risk_assessments_project_change_insert AFTER INSERT ON risk_assessments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER risk_assessments_project_change_update AFTER UPDATE ON risk_assessments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER risk_assessments_project_change_delete AFTER DELETE ON risk_assessments REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER risk_assessments_project_change_truncate AFTER TRUNCATE ON risk_assessments
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
CREATE TRIGGER finding_dismissals_project_change_insert AFTER INSERT ON finding_dismissals REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_new();
CREATE TRIGGER finding_dismissals_project_change_update AFTER UPDATE ON finding_dismissals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_both();
CREATE TRIGGER finding_dismissals_project_change_delete AFTER DELETE ON finding_dismissals REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_old();
CREATE TRIGGER finding_dismissals_project_change_truncate AFTER TRUNCATE ON finding_dismissals
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
-- The funder's reporting deadlines (0014) move every project of the programme's due dates and so its overdue
-- reports: a change to them is a change to everything.
CREATE TRIGGER reporting_terms_project_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_terms
    FOR EACH STATEMENT EXECUTE FUNCTION count_project_change_all();
