package fr.interieur.qualepref.sites.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's code: its department code (01–95, 2A, 2B, 971–976), then for a sous-préfecture or a particular site a
 * dash and a short upper-case suffix: "13", "13-AIX", "75-PP", "2A-SARTENE"...
 */
public record SiteCode(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])(?:-([A-Z0-9]{1,12}))?");

    public SiteCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a site code: a department code (01–95, 2A, "
                    + "2B, 971–976), optionally followed by '-' and up to 12 upper-case letters or digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String department() {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return m.group(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
