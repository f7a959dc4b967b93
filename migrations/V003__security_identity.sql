-- Identity: users, their role grants, refresh tokens and the token signing keys (docs/adr/0005-tokens-and-keys.md).
-- These are national rows (a user may hold roles on several sites): access is decided in the application, which
-- connects as the application role; that role owns none of these tables.

CREATE TABLE app_user (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login         text        NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9._-]{3,64}$'),
    display_name  text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    email         text        CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    -- Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash
    password_hash text        NOT NULL CHECK (password_hash LIKE 'PBKDF2With%'),
    active        boolean     NOT NULL DEFAULT true,
    failed_logins integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- The rules of RoleGrant, a second time in the database: DMAT national, regional pilot on a region, the others on a
-- site.
CREATE TABLE role_grant (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES app_user (id),
    role        text        NOT NULL CHECK (role IN ('DMAT_ADMIN', 'REGIONAL_PILOT', 'QUALITY_REFERENT', 'AGENT',
                                                     'AUDITOR')),
    site_id     bigint      REFERENCES site (id),
    region      text        CHECK (length(region) BETWEEN 2 AND 100),
    valid_from  timestamptz,
    valid_until timestamptz,
    granted_by  text        NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (CASE role
               WHEN 'DMAT_ADMIN' THEN site_id IS NULL AND region IS NULL
               WHEN 'REGIONAL_PILOT' THEN site_id IS NULL AND region IS NOT NULL
               ELSE site_id IS NOT NULL AND region IS NULL
           END),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until)
);
-- One grant of a role per place; auditors may hold several windows on the same site (one per audit).
CREATE UNIQUE INDEX role_grant_national ON role_grant (user_id, role) WHERE role = 'DMAT_ADMIN';
CREATE UNIQUE INDEX role_grant_region ON role_grant (user_id, role, region) WHERE role = 'REGIONAL_PILOT';
CREATE UNIQUE INDEX role_grant_site ON role_grant (user_id, role, site_id) WHERE role IN ('QUALITY_REFERENT', 'AGENT');
CREATE INDEX role_grant_user ON role_grant (user_id);
CREATE INDEX role_grant_site_role ON role_grant (site_id, role);

-- Refresh tokens are stored only as their SHA-256: a copy of this table lets nobody log in. A family is the chain of
-- rotations of one login; reusing a rotated token revokes the family.
CREATE TABLE refresh_token (
    token_hash  text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    family_id   text        NOT NULL,
    user_id     bigint      NOT NULL REFERENCES app_user (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    replaced_by text        REFERENCES refresh_token (token_hash),
    CHECK (issued_at < expires_at)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_user ON refresh_token (user_id);

-- ES256 signing keys shared by every server instance. The private key is PKCS#8 encrypted with AES-256-GCM under the
-- key-encryption key of the environment (QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY): a database dump alone cannot sign.
CREATE TABLE signing_key (
    kid                   text        PRIMARY KEY CHECK (kid ~ '^[A-Za-z0-9_-]{8,64}$'),
    algorithm             text        NOT NULL CHECK (algorithm = 'ES256'),
    public_key            text        NOT NULL, -- X.509 SubjectPublicKeyInfo, base64
    private_key_encrypted text        NOT NULL, -- base64(12-byte IV || AES-GCM ciphertext and tag)
    status                text        NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    created_at            timestamptz NOT NULL DEFAULT now(),
    retired_at            timestamptz,
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
);
-- At most one key signs at a time, even when two instances create the first key together.
CREATE UNIQUE INDEX signing_key_one_active ON signing_key (status) WHERE status = 'ACTIVE';

-- lastval() after an identity insert (how EclipseLink reads the new id) needs USAGE on the sequence.
GRANT USAGE ON SEQUENCE app_user_id_seq, role_grant_id_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON app_user TO ${app_role};
GRANT SELECT, INSERT, DELETE ON role_grant TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON refresh_token TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON signing_key TO ${app_role};
