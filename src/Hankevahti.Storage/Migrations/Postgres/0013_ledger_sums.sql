-- Spend per project × organisation × year, summed from the ledger (actual_costs) for the portfolio pages: at
-- national scale (five million ledger rows) summing the ledger on every read took seconds. A query table like
-- 0007's: derived, never edited, rebuilt from the record by `hankevahti reindex` (and filled by this migration's
-- code step, LedgerSums). It holds the rows with ids up to actual_cost_sums_through.through_id; a reader adds the
-- ledger rows above it (the few imported since), so a write path that adds ledger rows need not keep it, and the
-- sums are those of the record whoever wrote to it. Whoever moves through_id on holds actual_costs in SHARE mode,
-- so no ledger row below it can still be uncommitted.
CREATE TABLE actual_cost_sums (
    project_id    integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation  text NOT NULL,
    year          integer NOT NULL,
    amount        numeric NOT NULL,
    row_count     integer NOT NULL,
    PRIMARY KEY (project_id, organisation, year)
);
-- The highest actual_costs.id the sums hold; one row.
CREATE TABLE actual_cost_sums_through (
    id            integer NOT NULL PRIMARY KEY CHECK (id = 1),
    through_id    integer NOT NULL
);
INSERT INTO actual_cost_sums_through (id, through_id) VALUES (1, 0);
