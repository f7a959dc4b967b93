package fr.interieur.qualepref.indicators.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native statement with numbered placeholders ({@code ?1}, as JPA native queries take them) and its text
 * parameters, which the statement casts. The benchmark and the tallies' tests run the same statements through JDBC.
 */
public record NativeSql(String sql, Map<Integer, Object> parameters) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    public NativeSql {
        parameters = Map.copyOf(parameters);
    }

    /** The SQL with plain {@code ?} placeholders, for JDBC, and its parameters in that order. */
    public Map.Entry<String, List<Object>> forJdbc() {
        List<Object> ordered = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ordered.add(parameters.get(Integer.parseInt(m.group(1))));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return Map.entry(out.toString(), ordered);
    }
}
