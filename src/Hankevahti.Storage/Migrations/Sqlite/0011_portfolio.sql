-- Indexes for the portfolio pages (docs/portfolio.md), which sum across every project a user may see.
-- Spend per project × organisation × year is summed through 0010's (project_id, booked_on): an index
-- covering the sum made importing a ledger of 100 000 rows a third slower. At national scale the sums
-- want a table of monthly sums rebuilt from the ledger (issue 17's benchmark), not a wider index.
-- The approved values of the projects in scope (progress counts approved values only).
CREATE INDEX indicator_values_status ON indicator_values (status, project_id);
-- Reports waiting for the funder's decision, counted per project.
CREATE INDEX period_reports_status ON period_reports (status, project_id);
