-- Sites as tenants (docs/adr/0004-tenancy.md), their modules (II.2), the commitments a sous-préfecture marks not
-- applicable, and the append-only audit trail.
--
-- The site registry (site, site_module) is national reference data kept by the DMAT: access to it is decided in the
-- application (who may see which site). Rows that belong to one site's own records carry site_id and are protected a
-- second time by row-level security keyed on the transaction setting qualepref.site_id.

CREATE TABLE site (
    id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                   text        NOT NULL UNIQUE
                                       CHECK (code ~ '^(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])(-[A-Z0-9]{1,12})?$'),
    name                   text        NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
    type                   text        NOT NULL CHECK (type IN ('PREFECTURE', 'SOUS_PREFECTURE', 'PREFECTURE_DE_POLICE')),
    department_code        text        NOT NULL CHECK (department_code ~ '^(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])$'),
    region                 text        NOT NULL CHECK (length(region) BETWEEN 2 AND 100),
    parent_site_id         bigint      REFERENCES site (id),
    has_cert               boolean     NOT NULL,
    referential_version_id bigint      NOT NULL REFERENCES referential_version (id),
    engaged                boolean     NOT NULL,
    active                 boolean     NOT NULL DEFAULT true,
    contact_email          text,
    contact_phone          text,
    contact_address        text,
    website                text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    row_version            integer     NOT NULL DEFAULT 0,
    CHECK ((type = 'SOUS_PREFECTURE') = (parent_site_id IS NOT NULL)),
    CHECK (code LIKE department_code || '%'),
    -- II.2: only a sous-préfecture without a CERT may stay out of the démarche.
    CHECK (engaged OR (type = 'SOUS_PREFECTURE' AND NOT has_cert))
);
CREATE INDEX site_region ON site (region);

CREATE TABLE site_module (
    site_id       bigint  NOT NULL REFERENCES site (id),
    module_number integer NOT NULL CHECK (module_number > 0),
    PRIMARY KEY (site_id, module_number)
);

-- A commitment a sous-préfecture does not apply, because it does not carry the mission (II.2); the justification is
-- mandatory and kept.
CREATE TABLE commitment_exclusion (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id           bigint      NOT NULL REFERENCES site (id),
    commitment_number integer     NOT NULL CHECK (commitment_number > 0),
    justification     text        NOT NULL CHECK (length(btrim(justification)) >= 10),
    decided_by        text        NOT NULL,
    decided_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, commitment_number)
);

-- Every change: who, when, which site, which entity, before/after summary. Append-only for the application role.
CREATE TABLE audit_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint,
    actor_login text        NOT NULL,
    site_id     bigint      REFERENCES site (id),
    entity      text        NOT NULL,
    entity_id   text        NOT NULL,
    action      text        NOT NULL,
    before      text,
    after       text
);
CREATE INDEX audit_event_site ON audit_event (site_id, occurred_at);

-- Row-level security, forced (even for the owner), on the rows of one site. NULLIF/current_setting(..., true): with no
-- site bound to the transaction, no row matches.
ALTER TABLE commitment_exclusion ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_exclusion FORCE ROW LEVEL SECURITY;
CREATE POLICY commitment_exclusion_site ON commitment_exclusion
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
-- Events of a site are read within that site; national events (site_id NULL: provisioning, users) are written by
-- anyone allowed to make the change and read through the national path only (qualepref.scope = 'national', set by
-- NationalReads for DMAT callers, each such read itself audited).
CREATE POLICY audit_event_read ON audit_event FOR SELECT
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint
           OR current_setting('qualepref.scope', true) = 'national');
CREATE POLICY audit_event_append ON audit_event FOR INSERT
    WITH CHECK (site_id IS NULL OR site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE ON site TO ${app_role};
GRANT SELECT, INSERT, DELETE ON site_module TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON commitment_exclusion TO ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
-- EclipseLink reads a new identity with lastval(), which needs USAGE on the sequence.
GRANT USAGE ON SEQUENCE site_id_seq, commitment_exclusion_id_seq, audit_event_id_seq TO ${app_role};
