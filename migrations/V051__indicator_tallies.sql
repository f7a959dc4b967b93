-- Issue 7/8, ADR 0015: per-site, per-month tallies of the event registers, kept by the application in the
-- transaction of every register change (and rebuilt for a site when its closures change), so that an indicator over
-- months reads a few hundred rows instead of scanning every entry.

-- One row per group of a site's entries with the same month (of receipt or request), kind, channel, announced delay,
-- and either delay in working days (done; capped just past any deadline, the exact sum kept) or clock start (open).
CREATE TABLE register_tally (
    site_id              bigint  NOT NULL REFERENCES site (id),
    register             text    NOT NULL CHECK (register IN ('CORRESPONDENCE', 'UPDATES', 'APPOINTMENTS',
                                                              'ADMINISTRATIVE_FILES')),
    month                date    NOT NULL CHECK (extract(day FROM month) = 1),
    kind                 text    NOT NULL,
    channel              text    NOT NULL,
    announced_delay_days integer,
    -- working days from the clock start to done (a reply, online, a proposal...); NULL while open
    delay_days           integer,
    -- the clock start of entries still open (their age is counted on the day of the read); NULL when done
    open_since           date,
    -- an open appointment whose requester is unavailable from this day is left out from then on (37.1)
    excused_from         date,
    entries              bigint  NOT NULL CHECK (entries > 0),
    delay_sum            bigint  NOT NULL,
    CHECK ((delay_days IS NULL) <> (open_since IS NULL)),
    CONSTRAINT register_tally_group UNIQUE NULLS NOT DISTINCT (site_id, register, month, kind, channel,
        announced_delay_days, delay_days, open_since, excused_from)
);

ALTER TABLE register_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE register_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY register_tally_site ON register_tally
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
GRANT SELECT, INSERT, DELETE ON register_tally TO ${app_role};

-- Which sites' tallies are complete, and by which layout of the tally (a new layout, e.g. a corrected holiday, is
-- rebuilt at start-up); a site without a current row is computed from its registers directly. National: it holds no
-- record of a site, only the fact that its tallies were built.
CREATE TABLE register_tally_state (
    site_id  bigint      PRIMARY KEY REFERENCES site (id),
    layout   integer     NOT NULL,
    built_at timestamptz NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON register_tally_state TO ${app_role};
