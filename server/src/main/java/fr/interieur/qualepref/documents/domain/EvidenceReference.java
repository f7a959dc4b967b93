package fr.interieur.qualepref.documents.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document proves, in the référentiel's own numbering: a commitment ("17"), one of its items ("17.2"), or a
 * disposition of chapters IV and V ("IV.2", "V.1"). This class checks the form; whether the number exists in the
 * site's référentiel is checked against the catalogue by the application.
 *
 * @param code the normalised reference, e.g. "17.2" or "IV.5"
 */
public record EvidenceReference(String code) {

    private static final Pattern COMMITMENT = Pattern.compile("([1-9][0-9]{0,2})");
    private static final Pattern ITEM = Pattern.compile("([1-9][0-9]{0,2})\\.([1-9][0-9]?)");
    private static final Pattern DISPOSITION = Pattern.compile("(IV|V)\\.([1-9][0-9]?)");

    /** Parses one reference; throws {@link IllegalArgumentException} with the reason. */
    public static EvidenceReference parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (COMMITMENT.matcher(s).matches() || ITEM.matcher(s).matches() || DISPOSITION.matcher(s).matches()) {
            return new EvidenceReference(s);
        }
        throw new IllegalArgumentException("'" + text + "' is not a référentiel reference: write a commitment ("
                + "17), an item (17.2) or a disposition of chapters IV and V (IV.2).");
    }

    /** Parses a list separated by commas, semicolons or spaces; duplicates are dropped, order is kept. */
    public static List<EvidenceReference> parseList(String text) {
        Set<EvidenceReference> refs = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    refs.add(parse(part));
                }
            }
        }
        return new ArrayList<>(refs);
    }

    /** Joins references as stored: "17 17.2 IV.5". */
    public static String join(List<EvidenceReference> refs) {
        return String.join(" ", refs.stream().map(EvidenceReference::code).toList());
    }

    /** The commitment this reference is about (17 for "17" and "17.2"); empty for a disposition. */
    public OptionalInt commitment() {
        Matcher item = ITEM.matcher(code);
        if (item.matches()) {
            return OptionalInt.of(Integer.parseInt(item.group(1)));
        }
        return COMMITMENT.matcher(code).matches() ? OptionalInt.of(Integer.parseInt(code)) : OptionalInt.empty();
    }

    public boolean isItem() {
        return ITEM.matcher(code).matches();
    }

    public boolean isDisposition() {
        return DISPOSITION.matcher(code).matches();
    }
}
