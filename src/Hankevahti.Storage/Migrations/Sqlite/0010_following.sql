-- Following the project as it runs (docs/decisions/0011-following.md): what was measured, spent, done and
-- reported per reporting period. Plan items are named by their ids in the plan JSON (indicator, action and
-- risk ids; work parts by code; organisations by name as the plan writes them), so a new plan version keeps
-- them. Money is TEXT holding the decimal exactly (ef_sum sums it exactly); dates are ISO text.
-- Periods are the codes of src/Hankevahti/Following/PeriodCodes.cs ("2026-H2", "2026-Q4", "2026-11").

-- A measured value of an indicator for a period; organisation '' is the project as a whole, a
-- co-implementer records its own. draft → submitted → approved or returned (with its reason).
CREATE TABLE indicator_values (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    indicator_id   TEXT NOT NULL,
    period_code    TEXT NOT NULL,
    organisation   TEXT NOT NULL DEFAULT '',
    number_value   TEXT NULL,
    yes_no         INTEGER NULL,
    comment        TEXT NULL,
    status         TEXT NOT NULL DEFAULT 'draft',
    status_reason  TEXT NULL,
    status_by      TEXT NULL,
    status_at      TEXT NULL,
    updated_by     TEXT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (project_id, indicator_id, period_code, organisation)
);

-- Evidence files of a value, kept in the database (size and type are checked before they get here).
CREATE TABLE value_evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    value_id      INTEGER NOT NULL REFERENCES indicator_values (id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    content       BLOB NOT NULL,
    uploaded_by   TEXT NULL,
    uploaded_at   TEXT NOT NULL
);
CREATE INDEX value_evidence_value ON value_evidence (value_id);

-- One import of a ledger export: which file, whose ledger, how many rows it had and added.
CREATE TABLE ledger_imports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_added    INTEGER NOT NULL,
    imported_by   TEXT NULL,
    imported_at   TEXT NOT NULL
);
CREATE INDEX ledger_imports_project ON ledger_imports (project_id, id);

-- Actual costs from a ledger, one row per ledger row, keyed by (organisation, voucher, line) so that the
-- same export imported again adds nothing. part_code NULL: the cost centre maps to no work part yet (the
-- project as a whole, listed for mapping). category is the plan's cost category (CostCategory's JSON name).
CREATE TABLE actual_costs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    import_id     INTEGER NULL REFERENCES ledger_imports (id) ON DELETE SET NULL,
    organisation  TEXT NOT NULL,
    voucher       TEXT NOT NULL,
    line          INTEGER NOT NULL,
    booked_on     TEXT NOT NULL,
    account       TEXT NOT NULL,
    account_name  TEXT NULL,
    cost_centre   TEXT NULL,
    part_code     TEXT NULL,
    category      TEXT NOT NULL,
    amount        TEXT NOT NULL,
    text          TEXT NULL,
    UNIQUE (project_id, organisation, voucher, line)
);
CREATE INDEX actual_costs_booked ON actual_costs (project_id, booked_on);

-- Costs entered by hand in the grid: one amount per work part × cost category × organisation × month
-- ('yyyy-MM'); part_code '' is the project as a whole.
CREATE TABLE cost_entries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    part_code     TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL,
    month         TEXT NOT NULL,
    amount        TEXT NOT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (project_id, organisation, part_code, category, month)
);

-- An organisation's saved mapping of its ledger: kind 'account' maps an account number range
-- ("4000-4099" or one number) to a cost category; kind 'cost_centre' maps a cost centre or project code
-- to a work part's code.
CREATE TABLE cost_mappings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    kind          TEXT NOT NULL,
    source_value  TEXT NOT NULL,
    target        TEXT NOT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (project_id, organisation, kind, source_value)
);

-- The forecast to the end of the project per work part ('' = whole project) and cost category.
CREATE TABLE cost_forecasts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    part_code     TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL,
    amount        TEXT NOT NULL,
    note          TEXT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (project_id, part_code, category)
);

-- A transfer of budget between work parts or cost categories with its reason; over the programme's
-- threshold it waits (submitted) until a funder official approves or returns it, under it it is approved
-- when recorded.
CREATE TABLE budget_transfers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    from_part      TEXT NULL,
    to_part        TEXT NULL,
    from_category  TEXT NULL,
    to_category    TEXT NULL,
    amount         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'submitted',
    status_reason  TEXT NULL,
    status_by      TEXT NULL,
    status_at      TEXT NULL,
    requested_by   TEXT NULL,
    requested_at   TEXT NOT NULL
);
CREATE INDEX budget_transfers_project ON budget_transfers (project_id, id);

-- An action's status, percent done and note for a period (status names: not_started, in_progress, done,
-- late, cancelled).
CREATE TABLE action_progress (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    action_id     TEXT NOT NULL,
    period_code   TEXT NOT NULL,
    status        TEXT NOT NULL,
    percent_done  INTEGER NULL,
    note          TEXT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (project_id, action_id, period_code)
);

-- A risk reassessed for a period: likelihood and impact 1–5, so the risk matrix shows movement.
CREATE TABLE risk_assessments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    risk_id       TEXT NOT NULL,
    period_code   TEXT NOT NULL,
    likelihood    INTEGER NOT NULL,
    impact        INTEGER NOT NULL,
    note          TEXT NULL,
    updated_by    TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (project_id, risk_id, period_code)
);

-- A report to the funder: kind 'status' (a period), 'claim' (payment claim: a period, or '' from the
-- start to the day it was made) or 'final' (''). The manager's narrative; the status as for versions.
-- snapshot_json is the report as submitted, so what the funder approved stays what it was.
CREATE TABLE period_reports (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    period_code    TEXT NOT NULL DEFAULT '',
    done_text      TEXT NULL,
    deviations     TEXT NULL,
    next_period    TEXT NULL,
    status         TEXT NOT NULL DEFAULT 'draft',
    status_reason  TEXT NULL,
    status_by      TEXT NULL,
    status_at      TEXT NULL,
    snapshot_json  TEXT NULL,
    updated_by     TEXT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (project_id, kind, period_code)
);

-- Reminders already sent, so each goes once per person: kind ('report_due', 'value_waiting'), what it
-- is about (a report's or value's key) and to whom.
CREATE TABLE reminders_sent (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    UNIQUE (project_id, kind, subject, recipient)
);
