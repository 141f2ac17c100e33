-- The programmes' reporting deadlines as the funder sets them (docs/following.md, "Due dates"). No shipped programme
-- profile says when a period's report is due: no citable source does, and the funder fixes it per programme in the
-- grant decisions' terms. The funder's officials (and administrators) record it here; every reporting calendar reads
-- the profile with these due rules in place of the profile's own (Storage/Following/ReportingTerms.cs).
--
-- One row per programme (the profile's key, as FunderProgrammes.Normalise writes it) and reporting period of its
-- profile, named by the period's rule (its month-day bounds, "01-01" … "06-30") so that a row never moves to another
-- period if the profile's periods are reordered. Either a due month-day (report_due, MM-DD: the first such day after
-- the period ends) or a number of days after the period's end (report_due_days), never both: clearing the due date
-- removes the row. Who set it and when is kept for the page; the change itself is in the audit log.
CREATE TABLE reporting_terms (
    programme_key    TEXT NOT NULL,
    period_from      TEXT NOT NULL,
    period_to        TEXT NOT NULL,
    report_due       TEXT NULL,
    report_due_days  INTEGER NULL,
    set_by           TEXT NULL,
    set_at           TEXT NOT NULL,
    PRIMARY KEY (programme_key, period_from, period_to),
    CHECK ((report_due IS NULL) <> (report_due_days IS NULL)),
    CHECK (report_due IS NULL OR length(report_due) = 5),
    CHECK (report_due_days IS NULL OR report_due_days BETWEEN 1 AND 365)
);
-- Nothing else: on SQLite PRAGMA data_version moves with any commit (0003_change_counter), so the web's kept
-- figures (the portfolio's snapshot) are made again when the terms change.
