-- The regional pools of internal auditors (V.2: "Les audits internes sont sollicités auprès de la préfecture de
-- région qui mandatera un auditeur parmi son vivier"; IV.3: the training is national). docs/adr/0011, "The regional
-- pool of internal auditors".
--
-- A national registry, like `site` and `audit` (no row-level security): who may read or change a region's pool is
-- decided in the application (the DMAT, the region's pilot). A member is never deleted: a withdrawal is dated, with
-- its reason, and a withdrawn member may be added again as a new row, so the history of a region's pool stays
-- readable. Every change is also written to the (national) audit trail.

CREATE TABLE auditor_pool_member (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          bigint      NOT NULL REFERENCES app_user (id),
    region           text        NOT NULL CHECK (length(region) BETWEEN 2 AND 100),
    trained_on       date        NOT NULL,
    -- The reference of the training attestation or of the attendance sheet (V.2, control method).
    attestation      text        NOT NULL CHECK (length(btrim(attestation)) BETWEEN 3 AND 500),
    added_by         text        NOT NULL,
    added_at         timestamptz NOT NULL,
    withdrawn_on     date,
    withdrawn_reason text,
    withdrawn_by     text,
    withdrawn_at     timestamptz,
    version          integer     NOT NULL DEFAULT 0,
    CHECK ((withdrawn_on IS NULL) = (withdrawn_reason IS NULL)),
    CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
    CHECK ((withdrawn_on IS NULL) = (withdrawn_at IS NULL)),
    CHECK (withdrawn_reason IS NULL OR length(btrim(withdrawn_reason)) >= 3)
);
-- One active membership of a user per region.
CREATE UNIQUE INDEX auditor_pool_member_active ON auditor_pool_member (user_id, region) WHERE withdrawn_on IS NULL;
CREATE INDEX auditor_pool_member_region ON auditor_pool_member (region);

GRANT SELECT, INSERT, UPDATE ON auditor_pool_member TO ${app_role};
GRANT USAGE ON SEQUENCE auditor_pool_member_id_seq TO ${app_role};
