-- Spend per project × organisation × year, summed from the ledger (actual_costs) for the portfolio pages: at
-- national scale (five million ledger rows) summing the ledger on every read took seconds. A query table like
-- 0007's: derived, never edited, rebuilt from the record by `hankevahti reindex` (and filled by this migration's
-- code step, LedgerSums). It holds the rows with ids up to actual_cost_sums_through.through_id; a reader adds the
-- ledger rows above it (the few imported since), so a write path that adds ledger rows need not keep it, and the
-- sums are those of the record whoever wrote to it. Amounts are exact decimals (text, as actual_costs.amount).
CREATE TABLE actual_cost_sums (
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    year          INTEGER NOT NULL,
    amount        TEXT NOT NULL,
    row_count     INTEGER NOT NULL,
    PRIMARY KEY (project_id, organisation, year)
);
-- The highest actual_costs.id the sums hold; one row.
CREATE TABLE actual_cost_sums_through (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    through_id    INTEGER NOT NULL
);
INSERT INTO actual_cost_sums_through (id, through_id) VALUES (1, 0);
