package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.networknt.schema.JsonNodePath;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spells locations in a document the way messages show them, {@code comments[2].scores.HATEFUL},
 * whichever layer found the problem (our own checks, the schema validator, Jackson). The root has no
 * path of its own; messages name it ({@code document}, {@code comment}) with {@link #shown}.
 */
final class JsonPaths {
    /** Keys that read unambiguously after a dot; others, such as setting keys, and long ones go in brackets. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** Array indexes compare as numbers, so {@code comments[2]} comes before {@code comments[10]}. */
    static final Comparator<JsonNodePath> DOCUMENT_ORDER = JsonPaths::compare;

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        if (!PLAIN_KEY.matcher(name).matches() || name.length() > Echo.MAX_LENGTH) {
            return parent + "['" + shownKey(name) + "']";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * A key as a message can show it on one line: quotes and control characters escaped (a key may
     * hold a line break), cut short (a key may be as long as a text may be).
     */
    private static String shownKey(String name) {
        StringBuilder shown = new StringBuilder();
        int i = 0;
        for (; i < name.length() && shown.length() < Echo.MAX_LENGTH; i++) {
            char c = name.charAt(i);
            if (c == '\'') {
                shown.append("\\'");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return i < name.length() ? shown + "…" : shown.toString();
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String of(JsonNodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? index(path, index) : field(path, String.valueOf(element));
        }
        return path;
    }

    static String of(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path = index(path, reference.getIndex());
            } else if (reference.getFieldName() != null) {
                path = field(path, reference.getFieldName());
            }
        }
        return path;
    }

    /** @return the path, or the root's name for the root itself */
    static String shown(String path, String rootName) {
        return path.isEmpty() ? rootName : path;
    }

    private static int compare(JsonNodePath a, JsonNodePath b) {
        int shared = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < shared; i++) {
            Object x = a.getElement(i);
            Object y = b.getElement(i);
            int order = x instanceof Integer i1 && y instanceof Integer i2 ? Integer.compare(i1, i2)
                    : String.valueOf(x).compareTo(String.valueOf(y));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }
}
