package fr.interieur.qualepref.calendar.domain;

import java.time.ZoneId;
import java.util.Map;

/**
 * The legal time of a department, for what happens at a time of day (crisis timelines, module 7): a crisis in La
 * Réunion that starts at 23:30 local time belongs to that day there, not to the next one in Paris.
 */
public final class DepartmentZone {

    private static final Map<String, ZoneId> OVERSEAS = Map.of(
            "971", ZoneId.of("America/Guadeloupe"),
            "972", ZoneId.of("America/Martinique"),
            "973", ZoneId.of("America/Cayenne"),
            "974", ZoneId.of("Indian/Reunion"),
            "975", ZoneId.of("America/Miquelon"),
            "976", ZoneId.of("Indian/Mayotte"));
    private static final ZoneId METROPOLE = ZoneId.of("Europe/Paris");

    private DepartmentZone() {
    }

    public static ZoneId of(String department) {
        if (!FrenchPublicHolidays.isDepartment(department)) {
            throw new IllegalArgumentException("'" + department + "' is not a French department code");
        }
        return OVERSEAS.getOrDefault(department, METROPOLE);
    }
}
