package io.crisisrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which of the {@link ReadLimits} a document broke, where, and by how much: Jackson's stream
 * constraints stop the parser and name a getter of theirs; this names the field (as a JSON path) and
 * the limit by its key. The item counts, which Jackson does not constrain, are checked here on the
 * parsed tree.
 */
final class ReadLimitChecks {
    /** {@code String value length (2001) exceeds the maximum allowed (100, from `StreamReadConstraints.getMaxStringLength()`)}. */
    private static final Pattern JACKSON_BREACH = Pattern.compile(
            "\\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");

    private ReadLimitChecks() {
    }

    /**
     * @param error     what the parser reported
     * @param json      the text it read
     * @param parser    the parser, still positioned where it stopped (may be {@code null} when it could not start)
     * @param firstLine the number of the text's first line in its file
     * @param rootName  what to call the document
     * @return the breach, naming the field, the value and the limit's key
     */
    static FormatViolation breach(StreamConstraintsException error, String json, JsonParser parser, long firstLine,
                                  String rootName) {
        Matcher breach = JACKSON_BREACH.matcher(String.valueOf(error.getOriginalMessage()));
        if (!breach.find()) {
            return new FormatViolation(rootName, null, rootName + " is beyond a reading limit ("
                    + JacksonMessages.plain(error.getOriginalMessage(), firstLine) + ")");
        }
        // Jackson measures a text or a number as far as it has read it when it stops, so the count it
        // gives is a lower bound; a text is measured again to the end, within the document's length
        long value = Long.parseLong(breach.group(1));
        long limit = Long.parseLong(breach.group(2));
        long textLength = breach.group(3).equals("StringLength") && parser != null ? lengthOfText(json, parser) : -1;
        String field = parser == null ? rootName : JsonPaths.shown(path(parser.getParsingContext()), rootName);
        String where = parser == null ? "" : at(parser.currentLocation(), firstLine);
        String what = switch (breach.group(3)) {
            case "StringLength" -> field + " is " + (textLength < 0 ? "at least " + ReadLimits.count(value)
                    : ReadLimits.count(textLength)) + " characters long";
            case "NameLength" -> "a field name in " + field + " is at least " + ReadLimits.count(value) + " characters long";
            case "NumberLength" -> field + " is a number of at least " + ReadLimits.count(value) + " characters";
            case "NestingDepth" -> rootName + " is nested " + ReadLimits.count(value) + " levels deep" + where;
            case "DocumentLength" -> rootName + " is " + ReadLimits.count(value) + " characters long";
            default -> rootName + " has " + ReadLimits.count(value) + " " + breach.group(3);
        };
        String key = switch (breach.group(3)) {
            case "StringLength", "NameLength" -> ReadLimits.MAX_TEXT_LENGTH;
            case "NumberLength" -> ReadLimits.MAX_NUMBER_LENGTH;
            case "NestingDepth" -> ReadLimits.MAX_DEPTH;
            case "DocumentLength" -> ReadLimits.MAX_DOCUMENT_LENGTH;
            default -> "Jackson's StreamReadConstraints.getMax" + breach.group(3) + "()";
        };
        return new FormatViolation(field, textLength < 0 ? value : textLength, ReadLimits.breach(what, limit, key));
    }

    /**
     * @return the length of the text value the parser stopped in, read again from its opening quote
     *         by a parser whose only text limit is the document's length; -1 when it cannot be located
     */
    private static long lengthOfText(String json, JsonParser stopped) {
        long start = stopped.currentTokenLocation().getCharOffset();
        if (start < 0 || start >= json.length() || json.charAt((int) start) != '"') {
            return -1;
        }
        JsonFactory unlimited = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, json.length())).build()).build();
        try (JsonParser text = unlimited.createParser(json.substring((int) start))) {
            return text.nextToken() == JsonToken.VALUE_STRING ? text.getTextLength() : -1;
        } catch (IOException e) {
            return -1; // malformed further on: the lower bound stands
        }
    }

    /**
     * Refuses an array of more items, or an object of more members, than the limit allows.
     *
     * @param tree     the parsed document, no deeper than the depth limit (so the walk cannot overflow)
     * @param limits   the limits
     * @param rootName what to call the document's root
     */
    static void requireItemsWithin(JsonNode tree, ReadLimits limits, String rootName) {
        requireItemsWithin(tree, "", limits.maxItems(), rootName);
    }

    private static void requireItemsWithin(JsonNode node, String path, int limit, String rootName) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.size() > limit) {
            String field = JsonPaths.shown(path, rootName);
            throw new FormatViolation(field, node.size(), ReadLimits.breach(field + " has " + ReadLimits.count(node.size())
                    + (node.isArray() ? " items" : " members"), limit, ReadLimits.MAX_ITEMS));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireItemsWithin(node.get(i), JsonPaths.index(path, i), limit, rootName);
            }
        } else {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                requireItemsWithin(member.getValue(), JsonPaths.field(path, member.getKey()), limit, rootName);
            }
        }
    }

    /** Where the parser stopped, as messages spell a path: {@code comments[0].text}. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> steps = new ArrayDeque<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            steps.push(step);
        }
        String path = "";
        for (JsonStreamContext step : steps) {
            if (step.inArray()) {
                path = JsonPaths.index(path, Math.max(0, step.getCurrentIndex()));
            } else if (step.getCurrentName() != null) {
                path = JsonPaths.field(path, step.getCurrentName());
            }
        }
        return path;
    }

    private static String at(JsonLocation location, long firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + (firstLine + location.getLineNr() - 1)
                + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "");
    }
}
