-- The indicators read, for one site and a range of receipt dates, only these columns of correspondence_entry: a
-- covering index lets PostgreSQL answer from the index alone (index-only scan) instead of visiting one heap page per
-- request, which matters when a site's requests are spread over the pages of 330 sites (docs/benchmarks.md).
DROP INDEX correspondence_entry_site_received;
CREATE INDEX correspondence_entry_site_received ON correspondence_entry (site_id, received_on)
    INCLUDE (kind, channel, missing_received_on, holding_reply_on, replied_on, announced_delay_days);
