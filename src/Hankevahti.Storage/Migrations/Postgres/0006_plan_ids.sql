-- Plan JSON schema version 2: every item of a stored plan gets an id (docs/plan-json.md, "Identities").
-- The work is done in C# after this script, in its transaction (Migrations/PlanIdsStep.cs): each
-- project's versions are read in order, the first is given ids, and each later one's items are matched
-- to the version before it so that an item keeps one id through the history. No table changes.
SELECT 1;
