-- The four registers issue 7 still missed. Tenant-owned (ADR 0004): site_id, forced row-level security with the
-- policy of V002, grants to the application role. The checks repeat the domain's rules (registers.domain.*Facts) so
-- that no path, native SQL included, stores what the API refuses.

-- Appointments (37, 40): "dans un délai de 4 jours ouvrés à réception de la demande, une date de rendez-vous est
-- proposée ... dans les 10 jours ouvrés qui suivent, sauf indisponibilité du demandeur sur la période (le délai des
-- 10 jours court à compter de la proposition)"; 37.2: who was received, and by whom.
CREATE TABLE appointment_entry (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id           bigint      NOT NULL REFERENCES site (id),
    reference         text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    requester         text        NOT NULL CHECK (requester IN ('ELECTED_OFFICIAL', 'APPLICANT')),
    requested_on      date        NOT NULL CHECK (requested_on BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    proposed_on       date        CHECK (proposed_on >= requested_on AND proposed_on <= DATE '2100-12-31'),
    appointment_on    date        CHECK (appointment_on >= proposed_on AND appointment_on <= DATE '2100-12-31'),
    unavailable_from  date        CHECK (unavailable_from BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    unavailable_until date        CHECK (unavailable_until >= unavailable_from
                                         AND unavailable_until <= DATE '2100-12-31'),
    received_person   text        CHECK (length(received_person) <= 200),
    received_by       text        CHECK (length(received_by) <= 200),
    recorded_by       text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    row_version       integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference),
    CHECK (appointment_on IS NULL OR proposed_on IS NOT NULL),
    CHECK ((unavailable_from IS NULL) = (unavailable_until IS NULL))
);
CREATE INDEX appointment_entry_site_requested ON appointment_entry (site_id, requested_on);

-- Polices administratives files (38, 39, 52): receipt, incompleteness and the day the user was told what is missing
-- (38.2, 39.2, 52.4: 10 working days), the delay the site announces (38.3, 52.2), the decision.
CREATE TABLE administrative_file (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint      NOT NULL REFERENCES site (id),
    reference            text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    procedure            text        NOT NULL CHECK (length(procedure) BETWEEN 1 AND 100),
    channel              text        NOT NULL CHECK (channel IN ('PAPER', 'TELEPROCEDURE')),
    received_on          date        NOT NULL CHECK (received_on BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    incomplete           boolean     NOT NULL,
    contacted_on         date        CHECK (contacted_on >= received_on AND contacted_on <= DATE '2100-12-31'),
    announced_delay_days integer     CHECK (announced_delay_days BETWEEN 1 AND 365),
    decided_on           date        CHECK (decided_on >= received_on AND decided_on <= DATE '2100-12-31'),
    recorded_by          text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    row_version          integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference),
    CHECK (contacted_on IS NULL OR incomplete)
);
CREATE INDEX administrative_file_site_received ON administrative_file (site_id, received_on);

-- Values from other systems (Indigo...: 10.2, 11.1, 14, 15.1, 19.1, 22, 23, 32, 33, 53.3), one per indicator and
-- month or quarter; the indicator's value for that period is the imported one.
CREATE TABLE imported_value (
    id           bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint         NOT NULL REFERENCES site (id),
    reference    text           NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    indicator    text           NOT NULL CHECK (indicator ~ '^I[0-9]{1,2}\.[0-9]{1,2}$'),
    period       text           NOT NULL CHECK (period IN ('MONTH', 'QUARTER')),
    period_start date           NOT NULL CHECK (period_start BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'
                                                AND extract(day FROM period_start) = 1),
    value        numeric(14, 4) NOT NULL,
    source       text           CHECK (length(source) <= 100),
    recorded_by  text           NOT NULL,
    updated_at   timestamptz    NOT NULL,
    row_version  integer        NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference),
    UNIQUE (site_id, indicator, period, period_start),
    CHECK (period = 'MONTH' OR extract(month FROM period_start) IN (1, 4, 7, 10))
);

-- Satisfaction and mystery surveys (2, 3, 5–8, 10, 15, 51, 53, 54): per indicator and criterion, how many answered
-- and how many were satisfied.
CREATE TABLE survey_result (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint      NOT NULL REFERENCES site (id),
    reference    text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
    survey       text        NOT NULL CHECK (survey IN ('SATISFACTION', 'MYSTERY')),
    indicator    text        NOT NULL CHECK (indicator ~ '^I[0-9]{1,2}\.[0-9]{1,2}$'),
    criterion    text        NOT NULL CHECK (length(criterion) BETWEEN 1 AND 200),
    conducted_on date        NOT NULL CHECK (conducted_on BETWEEN DATE '2018-01-01' AND DATE '2100-12-31'),
    respondents  integer     NOT NULL CHECK (respondents BETWEEN 1 AND 1000000),
    satisfied    integer     NOT NULL CHECK (satisfied >= 0 AND satisfied <= respondents),
    recorded_by  text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    row_version  integer     NOT NULL DEFAULT 0,
    UNIQUE (site_id, reference)
);
CREATE INDEX survey_result_site_conducted ON survey_result (site_id, conducted_on);

ALTER TABLE appointment_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY appointment_entry_site ON appointment_entry
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE administrative_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE administrative_file FORCE ROW LEVEL SECURITY;
CREATE POLICY administrative_file_site ON administrative_file
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE imported_value ENABLE ROW LEVEL SECURITY;
ALTER TABLE imported_value FORCE ROW LEVEL SECURITY;
CREATE POLICY imported_value_site ON imported_value
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE survey_result ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_result FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_result_site ON survey_result
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE, DELETE ON appointment_entry, administrative_file, imported_value, survey_result
    TO ${app_role};
GRANT USAGE ON SEQUENCE appointment_entry_id_seq, administrative_file_id_seq, imported_value_id_seq,
    survey_result_id_seq TO ${app_role};
