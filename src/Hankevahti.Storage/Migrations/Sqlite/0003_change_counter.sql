-- Nothing to do on SQLite: the change stamp (Database/DatabaseChanges.cs) reads PRAGMA data_version,
-- which SQLite itself moves on whenever another connection commits. PostgreSQL has no such thing and
-- gets a counter table under this id; the ids stay the same on both providers.
SELECT 1;
