-- The website and voice-server update register (issue 7; 1.2, 8, 11, 51.2): a change to publish, the day the person in
-- charge was told (day 0) and the day it was online. Tenant-owned (ADR 0004).
CREATE TABLE site_update_entry (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint      NOT NULL REFERENCES site (id),
    reference    text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    medium       text        NOT NULL CHECK (medium IN ('WEBSITE', 'VOICE_SERVER')),
    subject      text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    requested_on date        NOT NULL CHECK (requested_on BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    online_on    date        CHECK (online_on >= requested_on AND online_on <= DATE '2100-12-31'),
    recorded_by  text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    row_version  integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference)
);
CREATE INDEX site_update_entry_site_requested ON site_update_entry (site_id, requested_on);

ALTER TABLE site_update_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE site_update_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY site_update_entry_site ON site_update_entry
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE, DELETE ON site_update_entry TO ${app_role};
GRANT USAGE ON SEQUENCE site_update_entry_id_seq TO ${app_role};
