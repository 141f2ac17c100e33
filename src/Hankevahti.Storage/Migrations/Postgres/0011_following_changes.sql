-- The web app keeps what it computed from the follow-up (the project overview's spend, indicators, actions,
-- reports and the reader's reminders) until the change stamp moves (0003_change_counter). Every table those
-- figures are read from must move it like a save of the plan does, or the overview would go on showing what
-- was true before. Follow-up writers lock the project row first and the counter after it, like approvals do.
CREATE TRIGGER indicator_values_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_values
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER value_evidence_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON value_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER ledger_imports_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ledger_imports
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER actual_costs_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON actual_costs
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER cost_entries_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON cost_entries
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER cost_mappings_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON cost_mappings
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER cost_forecasts_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON cost_forecasts
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER budget_transfers_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON budget_transfers
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER action_progress_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON action_progress
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER risk_assessments_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON risk_assessments
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER period_reports_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON period_reports
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER reminders_sent_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON reminders_sent
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER project_members_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_members
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER global_roles_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON global_roles
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER users_count_change BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
-- A ledger row's import (actual_costs.import_id) is where the row came from, kept for the record; no import is
-- ever deleted but with its project, which takes its rows with it (project_id's cascade). Checking the
-- reference row by row was a quarter of importing 100 000 rows, so PostgreSQL does not check it. (SQLite
-- keeps the check: dropping it there means rebuilding the table, and its import meets the target with it.)
ALTER TABLE actual_costs DROP CONSTRAINT actual_costs_import_id_fkey;
