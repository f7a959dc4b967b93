package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.calendar.domain.FrenchPublicHolidays;
import fr.interieur.qualepref.registers.domain.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statements that keep a site's per-month tallies of its event registers (table {@code register_tally}, ADR
 * 0015): the site's entries of some months grouped as {@link RegisterStatement} groups them — month of receipt
 * (request), kind, channel, announced delay, and either the delay in working days (done, capped just past every
 * deadline, the exact sum kept) or the clock start (open: its age depends on the day of the read, and is counted
 * then). Shared by {@link SqlIndicatorTallies} (JPA) and the benchmark (JDBC).
 *
 * <p>Whoever runs them holds the site's tally lock ({@link #lock}) for the rest of the transaction, so that two
 * transactions changing the same site's registers rebuild its months one after the other, the second seeing the
 * first's entries; and runs them after the entries they count are written (flushed), in the same transaction.
 */
public final class RegisterTally {

    /**
     * The layout of the tallies: raise it when what a tally row means changes (a statement here, the numbering of
     * working days, a correction of the holidays of {@code FrenchPublicHolidays}): every site's tallies are then
     * rebuilt at start-up, and read from the registers until they are.
     */
    public static final int LAYOUT = 1;

    /** The whole calendar a tally numbers its days on: every day a register may hold. */
    public static final LocalDate CALENDAR_FROM = LocalDate.of(FrenchPublicHolidays.FIRST_YEAR, 1, 1);
    public static final LocalDate CALENDAR_TO = LocalDate.of(FrenchPublicHolidays.LAST_YEAR, 12, 31);

    /** The first key of the sites' tally locks ({@code pg_advisory_xact_lock(int, int)}; the second is the site). */
    static final int LOCK_SPACE = 0x7a11e5;

    // Parameters: 1 the weekday non-working days of the site (the whole calendar), 2 the register, 3 the site,
    // 4–5 the interval of receipt (whole months).
    private static final String BUILD = """
            WITH off AS MATERIALIZED (
                SELECT CAST(?1 AS date[]) AS days
            ),
            entries AS (
                %s
            ),
            numbered AS MATERIALIZED (
                SELECT e.kind, e.channel, e.ann, e.start_on, e.excused_from,
                       CAST(date_trunc('month', CAST(e.received_on AS timestamp)) AS date) AS month,
                       %s AS s, %s AS r
                FROM entries e CROSS JOIN off
                WHERE e.excused_from IS NULL OR e.done_on IS NULL
            )
            INSERT INTO register_tally (site_id, register, month, kind, channel, announced_delay_days, delay_days,
                                        open_since, excused_from, entries, delay_sum)
            SELECT CAST(?3 AS bigint), CAST(?2 AS text), n.month, n.kind, n.channel, n.ann,
                   CASE WHEN n.r IS NOT NULL THEN LEAST(n.r - n.s, GREATEST(%d, n.ann) + 1) END,
                   CASE WHEN n.r IS NULL THEN n.start_on END, n.excused_from, count(*), COALESCE(sum(n.r - n.s), 0)
            FROM numbered n
            GROUP BY 3, 4, 5, 6, 7, 8, 9
            """;

    private RegisterTally() {
    }

    /** Takes the site's tally lock until the end of the transaction (waits for another holder's commit). */
    public static NativeSql lock(long siteId) {
        return new NativeSql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(CAST(?1 AS integer), "
                + "CAST(?2 AS integer))) AS locked", Map.of(1, Integer.toString(LOCK_SPACE), 2, Long.toString(siteId)));
    }

    /** Removes the site's tallies of {@code register} for the months from {@code firstMonth} to {@code lastMonth}. */
    public static NativeSql clear(long siteId, Register register, LocalDate firstMonth, LocalDate lastMonth) {
        return new NativeSql("DELETE FROM register_tally WHERE site_id = CAST(?1 AS bigint) "
                + "AND register = CAST(?2 AS text) AND month BETWEEN CAST(?3 AS date) AND CAST(?4 AS date)",
                Map.of(1, Long.toString(siteId), 2, register.name(), 3, firstMonth.toString(), 4,
                        lastMonth.toString()));
    }

    /**
     * Tallies the site's entries of {@code register} received (requested) in the months from {@code firstMonth} to
     * {@code lastMonth}, which must have been cleared.
     *
     * @param nonWorking every non-working day of the site over the whole calendar (2018–2100), as its
     *                   {@code WorkingDayCalendar} says, weekends included or not
     */
    public static NativeSql build(long siteId, Register register, LocalDate firstMonth, LocalDate lastMonth,
                                  List<LocalDate> nonWorking) {
        String sql = String.format(BUILD, RegisterStatement.ENTRIES.get(register),
                RegisterStatement.number("e.start_on"), RegisterStatement.number("e.done_on"),
                RegisterStatement.TALLY_DELAY_CAP);
        return new NativeSql(sql, Map.of(1, RegisterStatement.weekdaysOff(nonWorking), 2, register.name(),
                3, Long.toString(siteId), 4, firstMonth.toString(), 5,
                lastMonth.plusMonths(1).minusDays(1).toString()));
    }

    /** Removes every tally of the site, before a rebuild. */
    public static NativeSql clearAll(long siteId) {
        return new NativeSql("DELETE FROM register_tally WHERE site_id = CAST(?1 AS bigint)",
                Map.of(1, Long.toString(siteId)));
    }

    /** Records that the site's tallies are complete in the current {@link #LAYOUT}. */
    public static NativeSql markCurrent(long siteId) {
        return new NativeSql("""
                INSERT INTO register_tally_state (site_id, layout, built_at)
                VALUES (CAST(?1 AS bigint), CAST(?2 AS integer), now())
                ON CONFLICT (site_id) DO UPDATE SET layout = excluded.layout, built_at = excluded.built_at""",
                Map.of(1, Long.toString(siteId), 2, Integer.toString(LAYOUT)));
    }

    /** Whether the site bound to the transaction has complete tallies in the current layout (a count: 0 or 1). */
    public static NativeSql current(long siteId) {
        return new NativeSql("SELECT count(*) FROM register_tally_state WHERE site_id = CAST(?1 AS bigint) "
                + "AND layout = CAST(?2 AS integer)", Map.of(1, Long.toString(siteId), 2, Integer.toString(LAYOUT)));
    }

    /** The sites whose tallies are complete and of the current layout. */
    public static NativeSql currentSites() {
        return new NativeSql("SELECT site_id FROM register_tally_state WHERE layout = CAST(?1 AS integer)",
                Map.of(1, Integer.toString(LAYOUT)));
    }

    /** The sites whose tallies are missing or of another layout, in id order. */
    public static NativeSql stale() {
        return new NativeSql("SELECT s.id FROM site s LEFT JOIN register_tally_state t ON t.site_id = s.id "
                + "WHERE t.layout IS DISTINCT FROM CAST(?1 AS integer) ORDER BY s.id",
                Map.of(1, Integer.toString(LAYOUT)));
    }
}
