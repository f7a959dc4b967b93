package fr.interieur.qualepref.indicators.infrastructure;

/**
 * The module 7 figures of a site per period, in one pass over its crisis timelines: the period is the day of time 0
 * in the site's legal time; delays are instants apart, whatever offsets the moments were written with.
 */
final class CrisisStatement {

    static final String SQL = """
            SELECT CAST(date_trunc(CAST(?1 AS text), c.cod_activated_at AT TIME ZONE CAST(?2 AS text)) AS date),
                   count(c.communication_cell_at),
                   count(c.elus_informed_at),
                   COALESCE(sum(CAST(floor(extract(epoch FROM c.elus_informed_at - c.cod_activated_at) / 60)
                                     AS bigint)), 0),
                   count(c.cip_activated_at),
                   count(*) FILTER (WHERE c.cip_activated_at - c.cod_activated_at
                                          <= make_interval(hours => CAST(?3 AS integer)))
            FROM crisis_timeline c
            WHERE c.cod_activated_at >= CAST(?4 AS timestamptz) AND c.cod_activated_at < CAST(?5 AS timestamptz)
            GROUP BY 1
            """;

    private CrisisStatement() {
    }
}
