-- Audits and the label lifecycle (chapter V of the référentiel; docs/adr/0011-audits-and-labels.md).
--
-- The audit schedule and the label decisions are the DMAT's national planning registry, like the site registry
-- (V002): who may see a site's audits is decided by SiteAccess. The audit grid (its lines, verdicts, comments and
-- evidence links) is the site's record: tenant-owned, with forced row-level security like every site record.

CREATE TABLE audit (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id             bigint      NOT NULL REFERENCES site (id),
    type                text        NOT NULL CHECK (type IN ('SELF_ASSESSMENT', 'INTERNAL', 'EXTERNAL_INITIAL',
                                                             'EXTERNAL_FOLLOW_UP', 'EXTERNAL_RENEWAL')),
    status              text        NOT NULL CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED')),
    scheduled_on        date        NOT NULL,
    auditor_login       text,
    auditor_grant_id    bigint      REFERENCES role_grant (id) ON DELETE SET NULL,
    referential_version_id bigint   NOT NULL REFERENCES referential_version (id),
    based_on_audit_id   bigint      REFERENCES audit (id),
    report_on           date,
    closed_at           timestamptz,
    cancelled_reason    text,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_reason IS NOT NULL))
);
CREATE INDEX audit_site_date ON audit (site_id, scheduled_on);
CREATE INDEX audit_date ON audit (scheduled_on);

CREATE TABLE label_decision (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint      NOT NULL REFERENCES site (id),
    audit_id    bigint      NOT NULL UNIQUE REFERENCES audit (id),
    decision    text        NOT NULL CHECK (decision IN ('GRANTED', 'REFUSED', 'SUSPENDED')),
    decided_on  date        NOT NULL,
    valid_from  date,
    valid_until date,
    note        text,
    decided_by  text        NOT NULL,
    decided_at  timestamptz NOT NULL,
    CHECK ((decision = 'GRANTED') = (valid_until IS NOT NULL AND valid_from IS NOT NULL)),
    CHECK (valid_from IS NULL OR valid_from < valid_until)
);
CREATE INDEX label_decision_site ON label_decision (site_id, decided_on);

CREATE TABLE audit_line (
    id                  bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id             bigint  NOT NULL REFERENCES site (id),
    audit_id            bigint  NOT NULL REFERENCES audit (id),
    position            integer NOT NULL,
    kind                text    NOT NULL CHECK (kind IN ('COMMITMENT', 'ITEM', 'REQUIREMENT')),
    reference           text    NOT NULL,
    module_number       integer,
    title               text    NOT NULL,
    control_methods     text    NOT NULL,
    not_applicable_why  text,
    verdict             text    NOT NULL CHECK (verdict IN ('NON_EVALUE', 'CONFORME', 'POINT_FORT',
                                                            'PISTE_DE_PROGRES', 'POINT_SENSIBLE',
                                                            'NON_CONFORMITE_MINEURE', 'NON_CONFORMITE_MAJEURE',
                                                            'NON_APPLICABLE')),
    comment             text,
    assessed_by         text,
    assessed_at         timestamptz,
    UNIQUE (site_id, audit_id, reference),
    UNIQUE (site_id, audit_id, position)
);

-- Links from a grid line to the site's evidence documents. document_id gets its foreign key to the documentary
-- system's table when that capability lands (issue 5); until then the link is checked by the application port.
CREATE TABLE audit_line_evidence (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id       bigint NOT NULL REFERENCES site (id),
    audit_line_id bigint NOT NULL REFERENCES audit_line (id) ON DELETE CASCADE,
    document_id   bigint NOT NULL,
    UNIQUE (site_id, audit_line_id, document_id)
);

ALTER TABLE audit_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_line FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_line_site ON audit_line
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

ALTER TABLE audit_line_evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_line_evidence FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_line_evidence_site ON audit_line_evidence
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE ON audit TO ${app_role};
GRANT SELECT, INSERT ON label_decision TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON audit_line TO ${app_role};
GRANT SELECT, INSERT, DELETE ON audit_line_evidence TO ${app_role};
-- An auditor's access window follows the audit's dates (moved with the audit, closed after its report).
GRANT UPDATE (valid_from, valid_until) ON role_grant TO ${app_role};
GRANT USAGE ON SEQUENCE audit_id_seq, label_decision_id_seq, audit_line_id_seq, audit_line_evidence_id_seq
    TO ${app_role};
