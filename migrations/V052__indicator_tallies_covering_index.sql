-- ADR 0015: the indicators read a site's tallies of a run of months by an index-only scan — the group's key and
-- its counts side by side in the index, whose leaf pages hold a site's months together, where the table's rows of a
-- site lie scattered among other sites' (each change re-writes a month).
ALTER TABLE register_tally DROP CONSTRAINT register_tally_group;
ALTER TABLE register_tally ADD CONSTRAINT register_tally_group UNIQUE NULLS NOT DISTINCT (site_id, register, month,
    kind, channel, announced_delay_days, delay_days, open_since, excused_from) INCLUDE (entries, delay_sum);
