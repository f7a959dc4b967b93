package fr.interieur.qualepref.referential.infrastructure;

import fr.interieur.qualepref.referential.application.ReferentialFormatException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to one YAML mapping with its position: every error names the file, the line (1-based) and the path of
 * the field. SnakeYAML's object construction is not used at all: we read the composed node tree, so a data file can
 * never instantiate a class, and unknown or duplicate keys are refused instead of ignored.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    YamlFields(String file, String path, Node node, Set<String> allowedKeys) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path, "expected a mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), path);
            String keyPath = child(key);
            if (!allowedKeys.contains(key)) {
                throw error(tuple.getKeyNode(), keyPath, "unknown field (expected one of "
                        + allowedKeys.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), keyPath, "duplicate field");
            }
        }
    }

    int line() {
        return line(node);
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        Node value = fields.get(key);
        return value != null && !isNull(value);
    }

    String string(String key) {
        return scalar(required(key), child(key));
    }

    String optionalString(String key) {
        return has(key) ? string(key) : null;
    }

    int integer(String key) {
        String text = string(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(fields.get(key), child(key), "expected a whole number, found '" + text + "'");
        }
    }

    Integer optionalInteger(String key) {
        return has(key) ? integer(key) : null;
    }

    boolean bool(String key) {
        String text = string(key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(fields.get(key), child(key), "expected true or false, found '" + text + "'");
        };
    }

    LocalDate date(String key) {
        String text = string(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(fields.get(key), child(key), "expected a date as YYYY-MM-DD, found '" + text + "'");
        }
    }

    LocalDate optionalDate(String key) {
        return has(key) ? date(key) : null;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return enumOf(fields.get(key), string(key), child(key), type);
    }

    <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        return has(key) ? enumValue(key, type) : null;
    }

    List<YamlFields> mappings(String key, Set<String> allowedKeys) {
        List<YamlFields> out = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlFields(file, child(key) + "[" + i + "]", items.get(i), allowedKeys));
        }
        return out;
    }

    YamlFields mapping(String key, Set<String> allowedKeys) {
        return new YamlFields(file, child(key), required(key), allowedKeys);
    }

    List<String> strings(String key) {
        if (!has(key)) {
            return List.of();
        }
        List<Node> items = sequence(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(scalar(items.get(i), child(key) + "[" + i + "]"));
        }
        return out;
    }

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        List<Node> items = sequence(key);
        Set<E> out = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = child(key) + "[" + i + "]";
            out.add(enumOf(items.get(i), scalar(items.get(i), at), at, type));
        }
        return out;
    }

    ReferentialFormatException error(String key, String problem) {
        return error(fields.getOrDefault(key, node), child(key), problem);
    }

    private List<Node> sequence(String key) {
        Node value = required(key);
        if (!(value instanceof SequenceNode seq)) {
            throw error(value, child(key), "expected a list");
        }
        return seq.getValue();
    }

    private Node required(String key) {
        Node value = fields.get(key);
        if (value == null || isNull(value)) {
            throw error(value == null ? node : value, child(key), "missing required field");
        }
        return value;
    }

    private <E extends Enum<E>> E enumOf(Node at, String text, String fieldPath, Class<E> type) {
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Function.identity()));
        E value = byName.get(text);
        if (value == null) {
            throw error(at, fieldPath, "unknown " + type.getSimpleName() + " '" + text + "' (expected one of "
                    + String.join(", ", byName.keySet().stream().sorted().toList()) + ")");
        }
        return value;
    }

    private String scalar(Node value, String fieldPath) {
        if (!(value instanceof ScalarNode s)) {
            throw error(value, fieldPath, "expected a single value");
        }
        return s.getValue();
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private ReferentialFormatException error(Node at, String fieldPath, String problem) {
        return new ReferentialFormatException(file, line(at), fieldPath, problem);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
