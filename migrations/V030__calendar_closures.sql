-- Closures a site declares (issue 7): days it does not work although they are neither weekends nor public holidays of
-- its department. They stop that site's deadlines (calendar.domain.WorkingDayCalendar). Tenant-owned (ADR 0004).
CREATE TABLE site_closure_day (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint      NOT NULL REFERENCES site (id),
    day         date        NOT NULL,
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    declared_by text        NOT NULL,
    declared_at timestamptz NOT NULL,
    UNIQUE (site_id, day)
);

ALTER TABLE site_closure_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE site_closure_day FORCE ROW LEVEL SECURITY;
CREATE POLICY site_closure_day_site ON site_closure_day
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE, DELETE ON site_closure_day TO ${app_role};
GRANT USAGE ON SEQUENCE site_closure_day_id_seq TO ${app_role};
