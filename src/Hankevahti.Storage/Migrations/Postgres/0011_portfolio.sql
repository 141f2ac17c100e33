-- Indexes for the portfolio pages (docs/portfolio.md), which sum across every project a user may see.
-- Spend per project × organisation × year: the index holds every column the query reads, so the
-- database sums the ledger from the index alone (millions of rows at national scale).
CREATE INDEX actual_costs_portfolio ON actual_costs (project_id, organisation, booked_on, amount);
-- The approved values of the projects in scope (progress counts approved values only).
CREATE INDEX indicator_values_status ON indicator_values (status, project_id);
-- Reports waiting for the funder's decision, counted per project.
CREATE INDEX period_reports_status ON period_reports (status, project_id);
