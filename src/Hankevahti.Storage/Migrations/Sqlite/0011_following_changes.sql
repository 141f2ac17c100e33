-- Nothing to do on SQLite: PRAGMA data_version moves on whenever another connection commits, whatever the
-- table (0003_change_counter). PostgreSQL gets the follow-up tables' counter triggers under this id.
SELECT 1;
