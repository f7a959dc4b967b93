-- Crisis timelines (issue 7; module 7: 47, 48, 50; 11.5, 19.3): time 0 is the COD's activation, every moment is an
-- instant (timestamptz), written with whatever offset the site used. Tenant-owned (ADR 0004).
CREATE TABLE crisis_timeline (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id                 bigint      NOT NULL REFERENCES site (id),
    reference               text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    event                   text        NOT NULL CHECK (length(event) BETWEEN 1 AND 200),
    cod_activated_at        timestamptz NOT NULL,
    communication_cell_at   timestamptz CHECK (communication_cell_at >= cod_activated_at),
    elus_informed_at        timestamptz CHECK (elus_informed_at >= cod_activated_at),
    first_public_message_at timestamptz CHECK (first_public_message_at >= cod_activated_at),
    nu_activated_at         timestamptz CHECK (nu_activated_at >= cod_activated_at),
    cip_activated_at        timestamptz CHECK (cip_activated_at >= cod_activated_at),
    recorded_by             text        NOT NULL,
    updated_at              timestamptz NOT NULL,
    row_version             integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference)
);
CREATE INDEX crisis_timeline_site_cod ON crisis_timeline (site_id, cod_activated_at);

ALTER TABLE crisis_timeline ENABLE ROW LEVEL SECURITY;
ALTER TABLE crisis_timeline FORCE ROW LEVEL SECURITY;
CREATE POLICY crisis_timeline_site ON crisis_timeline
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE, DELETE ON crisis_timeline TO ${app_role};
GRANT USAGE ON SEQUENCE crisis_timeline_id_seq TO ${app_role};
