-- People (docs/decisions/0010-people.md): ASP.NET Core Identity's user tables in snake case (the EF
-- mapping in HankevahtiDb renames them), who may do what in which project, personal API tokens, the
-- data-protection keys that sign the cookies, the approval state of each version, and the audit log.
CREATE TABLE users (
    id                      TEXT NOT NULL PRIMARY KEY,
    user_name               TEXT NULL,
    normalized_user_name    TEXT NULL,
    email                   TEXT NULL,
    normalized_email        TEXT NULL,
    email_confirmed         INTEGER NOT NULL,
    password_hash           TEXT NULL,
    security_stamp          TEXT NULL,
    concurrency_stamp       TEXT NULL,
    phone_number            TEXT NULL,
    phone_number_confirmed  INTEGER NOT NULL,
    two_factor_enabled      INTEGER NOT NULL,
    lockout_end             TEXT NULL,
    lockout_enabled         INTEGER NOT NULL,
    access_failed_count     INTEGER NOT NULL,
    display_name            TEXT NULL,
    created_at              TEXT NOT NULL,
    disabled_at             TEXT NULL
);
-- One account per user name and per e-mail address, also when two are added at once.
CREATE UNIQUE INDEX users_normalized_user_name ON users (normalized_user_name);
CREATE UNIQUE INDEX users_normalized_email ON users (normalized_email);

CREATE TABLE user_claims (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type   TEXT NULL,
    claim_value  TEXT NULL
);
CREATE INDEX user_claims_user_id ON user_claims (user_id);

-- An account's single sign-on identities: the provider's scheme and its subject.
CREATE TABLE user_logins (
    login_provider         TEXT NOT NULL,
    provider_key           TEXT NOT NULL,
    provider_display_name  TEXT NULL,
    user_id                TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);
CREATE INDEX user_logins_user_id ON user_logins (user_id);

-- The authenticator key and the recovery codes (hashed by Identity) live here.
CREATE TABLE user_tokens (
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider  TEXT NOT NULL,
    name            TEXT NOT NULL,
    value           TEXT NULL,
    PRIMARY KEY (user_id, login_provider, name)
);

-- Roles across projects: administrator (programme_key NULL) and funder official of one programme
-- (projects.programme_key). A user may be a funder official of several programmes.
CREATE TABLE global_roles (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    programme_key  TEXT NULL,
    added_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX global_roles_unique ON global_roles (user_id, role, COALESCE(programme_key, ''));

-- A user's role in one project; a co-implementer is bound to one organisation of the plan (its name).
CREATE TABLE project_members (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          TEXT NOT NULL,
    organisation  TEXT NULL,
    added_at      TEXT NOT NULL,
    UNIQUE (project_id, user_id)
);
CREATE INDEX project_members_user_id ON project_members (user_id);

-- Personal API tokens: only the SHA-256 of the token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT NULL,
    revoked_at    TEXT NULL
);
CREATE INDEX api_tokens_user_id ON api_tokens (user_id);

-- The keys that protect cookies and antiforgery tokens, shared by every process on the database.
CREATE TABLE data_protection_keys (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name  TEXT NULL,
    xml            TEXT NULL
);

-- Approval of versions: draft, submitted, approved or returned (with its reason), who decided and when.
ALTER TABLE plan_versions ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE plan_versions ADD COLUMN status_reason TEXT NULL;
ALTER TABLE plan_versions ADD COLUMN status_by TEXT NULL;
ALTER TABLE plan_versions ADD COLUMN status_at TEXT NULL;

-- The audit trail: append-only, each row's hash covers its contents and the previous row's hash, so
-- that `hankevahti audit verify` finds a row altered or removed. No foreign keys: a row outlives the
-- project and user it names. id is given by the writer (the previous + 1) because the hash covers it.
CREATE TABLE audit_log (
    id              INTEGER NOT NULL PRIMARY KEY,
    at              TEXT NOT NULL,
    user_id         TEXT NULL,
    user_name       TEXT NULL,
    address         TEXT NULL,
    action          TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    project_id      INTEGER NULL,
    version_number  INTEGER NULL,
    item            TEXT NULL,
    before_value    TEXT NULL,
    after_value     TEXT NULL,
    previous_hash   TEXT NOT NULL,
    hash            TEXT NOT NULL
);
CREATE INDEX audit_log_project ON audit_log (project_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
