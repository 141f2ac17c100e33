-- What the project list filters and searches by, copied from the latest plan version on every save
-- like name and period. Rows saved before this script keep NULL until their next save.
-- status: the plan JSON's value ("running"); regions: the plan's regions, one per line.
ALTER TABLE projects ADD COLUMN status text NULL;
ALTER TABLE projects ADD COLUMN regions text NULL;
ALTER TABLE projects ADD COLUMN case_number text NULL;
