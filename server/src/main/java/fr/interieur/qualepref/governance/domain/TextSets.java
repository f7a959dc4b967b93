package fr.interieur.qualepref.governance.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Small sets kept whole in one text column ("A,B,C"): meeting topics, bilan inputs, member ids. They are read and
 * written with their row and never queried, so a join table would only add joins.
 */
final class TextSets {

    private TextSets() {
    }

    static <E extends Enum<E>> String ofEnums(Collection<E> values) {
        return values.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s)).collect(Collectors.toUnmodifiableSet());
    }

    static String ofIds(Collection<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Long> ids(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
