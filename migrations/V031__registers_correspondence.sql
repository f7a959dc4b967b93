-- The correspondence register (issue 7; commitments 3, 17, 18, 36, 51): one row per request a site received, with the
-- dates its deadlines are measured from. Tenant-owned (ADR 0004). The checks repeat the domain's rules
-- (registers.domain.CorrespondenceFacts) so that no path, native SQL included, stores dates out of order.
CREATE TABLE correspondence_entry (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint      NOT NULL REFERENCES site (id),
    reference            text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    channel              text        NOT NULL CHECK (channel IN ('LETTER', 'EMAIL', 'WEB_FORM', 'SUGGESTION_BOX',
                                                                 'TELEPHONE')),
    kind                 text        NOT NULL CHECK (kind IN ('INFORMATION_REQUEST', 'SUGGESTION', 'COMPLAINT',
                                                              'COLLECTIVITY_REQUEST')),
    received_on          date        NOT NULL CHECK (received_on BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    missing_requested_on date        CHECK (missing_requested_on >= received_on),
    missing_received_on  date        CHECK (missing_received_on >= missing_requested_on),
    acknowledged_on      date        CHECK (acknowledged_on >= received_on),
    redirected_on        date        CHECK (redirected_on >= received_on),
    redirected_to        text,
    holding_reply_on     date        CHECK (holding_reply_on >= received_on),
    replied_on           date        CHECK (replied_on >= received_on),
    reply_channel        text        CHECK (reply_channel IN ('LETTER', 'EMAIL', 'WEB_FORM', 'SUGGESTION_BOX',
                                                              'TELEPHONE')),
    announced_delay_days integer     CHECK (announced_delay_days BETWEEN 1 AND 365),
    recorded_by          text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    row_version          integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference),
    CHECK (missing_received_on IS NULL OR missing_requested_on IS NOT NULL),
    CHECK ((redirected_on IS NULL) = (redirected_to IS NULL))
);
-- The indicators read a site's entries by receipt date.
CREATE INDEX correspondence_entry_site_received ON correspondence_entry (site_id, received_on);

ALTER TABLE correspondence_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE correspondence_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY correspondence_entry_site ON correspondence_entry
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE, DELETE ON correspondence_entry TO ${app_role};
GRANT USAGE ON SEQUENCE correspondence_entry_id_seq TO ${app_role};
