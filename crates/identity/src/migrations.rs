//! Schema of the identity domain: the login directory and the audit chain in the control
//! plane; accounts, credentials, sessions, keys, roles and activity in each territory schema
//! (personal data stays in the user's territory).

use store::{Migration, MigrationSet, Scope};

/// Control-plane tables: the login directory and the tamper-evident audit log.
pub const CONTROL: MigrationSet = MigrationSet {
    domain: "identity",
    scope: Scope::ControlPlane,
    migrations: &[
        Migration {
            version: 1,
            name: "directory and audit log",
            sql: r#"
CREATE TABLE control.identity_directory (
    user_id uuid PRIMARY KEY,
    territory text NOT NULL CHECK (territory ~ '^[A-Z]{2}$'),
    handle text NOT NULL UNIQUE CHECK (handle ~ '^[a-z][a-z0-9_]{2,29}$'),
    email_digest bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE control.audit_log (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    actor uuid,
    action text NOT NULL,
    target text NOT NULL,
    detail jsonb NOT NULL,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL
);

CREATE FUNCTION control.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'control.audit_log is append-only (% refused)', TG_OP;
END $$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON control.audit_log
    FOR EACH ROW EXECUTE FUNCTION control.audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON control.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION control.audit_log_append_only();
"#,
        },
        Migration {
            version: 2,
            name: "passkey sign-in ceremonies and failure-burst state",
            sql: r#"
-- Passwordless sign-in starts before anyone knows who (or which territory) is signing in,
-- so its ceremony state lives here. It holds only a challenge, never personal data.
CREATE TABLE control.identity_passkey_logins (
    token_hash bytea PRIMARY KEY,
    state jsonb NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX identity_passkey_logins_expiry ON control.identity_passkey_logins (expires_at);

-- Sign-in failures per network, shared by every process, for burst detection. The account
-- is a keyed digest of what was typed, not the login itself.
CREATE TABLE control.identity_auth_failures (
    network text NOT NULL,
    account_digest bytea NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network, account_digest)
);
CREATE INDEX identity_auth_failures_at ON control.identity_auth_failures (network, at);
"#,
        },
    ],
};

/// Territory tables (run with `search_path` set to the territory schema).
pub const TERRITORY: MigrationSet = MigrationSet {
    domain: "identity",
    scope: Scope::Territory,
    migrations: &[
        Migration {
            version: 1,
            name: "accounts, sessions, keys, roles, activity",
            sql: r#"
CREATE TABLE identity_users (
    id uuid PRIMARY KEY,
    handle text NOT NULL UNIQUE,
    email text NOT NULL,
    email_verified_at timestamptz,
    display_name text NOT NULL,
    language text NOT NULL,
    password_hash text NOT NULL,
    disabled_at timestamptz,
    failed_logins integer NOT NULL DEFAULT 0,
    last_failed_at timestamptz,
    totp_secret text,
    totp_enabled_at timestamptz,
    totp_last_step bigint,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX identity_users_email ON identity_users (lower(email));

CREATE TABLE identity_sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ip text,
    user_agent text,
    revoked_at timestamptz
);
CREATE INDEX identity_sessions_user ON identity_sessions (user_id);

CREATE TABLE identity_challenges (
    token_hash bytea PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    used_at timestamptz
);

CREATE TABLE identity_links (
    token_hash bytea PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
    new_email text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
);

CREATE TABLE identity_recovery_codes (
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    code_hash bytea NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE identity_api_keys (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    name text NOT NULL,
    prefix text NOT NULL,
    token_hash bytea NOT NULL UNIQUE,
    scopes text[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    last_used_at timestamptz,
    last_used_ip text,
    revoked_at timestamptz
);
CREATE INDEX identity_api_keys_user ON identity_api_keys (user_id);

CREATE TABLE identity_role_grants (
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    territory text NOT NULL CHECK (territory ~ '^([A-Z]{2}|\*)$'),
    role text NOT NULL,
    granted_by uuid,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, territory, role)
);

CREATE TABLE identity_activity (
    id bigserial PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    kind text NOT NULL,
    ip text,
    user_agent text,
    detail jsonb NOT NULL DEFAULT '{}',
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_activity_user ON identity_activity (user_id, id DESC);

CREATE TABLE identity_known_networks (
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    network text NOT NULL,
    client_family text NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, network, client_family)
);
"#,
        },
        Migration {
            version: 2,
            name: "passkeys",
            sql: r#"
CREATE TABLE identity_passkeys (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    credential_id bytea NOT NULL UNIQUE,
    name text NOT NULL,
    -- The webauthn-rs Passkey (public key, counter, backup flags) as stored by the library.
    passkey jsonb NOT NULL,
    sign_count bigint NOT NULL DEFAULT 0,
    backup_eligible boolean NOT NULL DEFAULT false,
    backup_state boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
);
CREATE INDEX identity_passkeys_user ON identity_passkeys (user_id);

-- Server-side state of a registration ceremony (single use, expires).
CREATE TABLE identity_passkey_ceremonies (
    token_hash bytea PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    state jsonb NOT NULL,
    expires_at timestamptz NOT NULL
);

-- A passkey as the second factor: the assertion state rides on the password challenge.
ALTER TABLE identity_challenges ADD COLUMN passkey_state jsonb;
"#,
        },
        Migration {
            version: 3,
            name: "passkey step of a password reset",
            sql: r#"
-- A password reset of an account with a passkey asks for it: the assertion state rides on
-- the reset link, single use.
ALTER TABLE identity_links ADD COLUMN passkey_state jsonb;
"#,
        },
    ],
};
