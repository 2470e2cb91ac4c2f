package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Puts the schema validator's findings in plain words, in the form of the library's own messages:
 * the field as a JSON path, what it must be, and the value it was ({@code mentions[0].reach must be
 * >= 0, but was -3}). Works from the validator's keyword and the schema itself, never from one
 * field's name, so a field added to the schema gets the same messages. A {@code pattern} is
 * explained by the {@code description} of the schema that holds it, since a regular expression
 * means little to the person who wrote the file.
 */
final class SchemaMessages {
    private final JsonNode schema;

    /** @param schema the root schema the validator's schema locations point into */
    SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    /**
     * Where a finding is about: its instance, or for a missing or unknown property that property,
     * so the message names the field itself ({@code brand.brandId}, not {@code brand}).
     */
    static JsonNodePath location(ValidationMessage message) {
        boolean aboutProperty = switch (message.getType()) {
            case "required", "additionalProperties", "unevaluatedProperties", "dependentRequired" -> true;
            default -> false;
        };
        return aboutProperty && message.getProperty() != null
                ? message.getInstanceLocation().append(message.getProperty())
                : message.getInstanceLocation();
    }

    /**
     * @param message  one finding of the validator
     * @param rootName what to call the document's root in a message ({@code document}, {@code comment})
     * @return the message, one line
     */
    String describe(ValidationMessage message, String rootName) {
        String field = JsonPaths.shown(JsonPaths.of(location(message)), rootName);
        JsonNode value = message.getInstanceNode();
        JsonNode keyword = message.getSchemaNode();
        String was = ", but was " + Echo.value(value);
        return switch (message.getType()) {
            case "required", "dependentRequired" -> field + " is required, but was missing";
            case "additionalProperties", "unevaluatedProperties" -> field + " is not a known field"
                    + knownFields(message) + ", but was " + Echo.value(value.get(message.getProperty()));
            case "enum" -> field + " must be one of " + list(keyword) + was;
            case "const" -> field + " must be " + keyword + was;
            case "type" -> field + " must be " + typeNames(keyword) + was;
            case "minimum" -> field + " must be >= " + keyword + was;
            case "maximum" -> field + " must be <= " + keyword + was;
            case "exclusiveMinimum" -> field + " must be > " + keyword + was;
            case "exclusiveMaximum" -> field + " must be < " + keyword + was;
            case "multipleOf" -> field + " must be a multiple of " + keyword + was;
            case "minLength" -> field + (keyword.asInt() == 1 ? " must not be empty"
                    : " must be at least " + keyword + " characters long") + was;
            case "maxLength" -> field + " must be at most " + keyword + " characters long" + was;
            case "minItems" -> field + " must have at least " + keyword + " item(s)" + was;
            case "maxItems" -> field + " must have at most " + keyword + " item(s)" + was;
            case "uniqueItems" -> field + repeated(value) + was;
            case "pattern" -> field + " must be " + meaning(message, "text matching the pattern " + keyword.asText()) + was;
            case "format" -> field + " must be " + meaning(message, "a valid " + keyword.asText()) + was;
            case "propertyNames" -> propertyName(field, message);
            default -> field + ": " + withoutLocation(message.getMessage()) + was;
        };
    }

    /** An object key the schema does not allow, such as an unknown label in {@code scores}. */
    private String propertyName(String field, ValidationMessage message) {
        JsonNode allowed = resolve(message.getSchemaNode()).path("enum");
        String key = Echo.value(TextNode.valueOf(message.getProperty()));
        if (allowed.isArray()) {
            return field + " keys must be one of " + list(allowed) + ", but one was " + key;
        }
        Object[] arguments = message.getArguments();
        String reason = arguments != null && arguments.length > 1 ? " (" + arguments[1] + ")" : "";
        return field + " has a key that is not allowed" + reason + ", but was " + key;
    }

    /** The fields the object's schema declares, for a message about one it does not. */
    private String knownFields(ValidationMessage message) {
        JsonNode properties = schemaAt(message.getSchemaLocation().getFragment().getParent()).path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            return "";
        }
        List<String> names = properties.properties().stream().map(Map.Entry::getKey).toList();
        return " (known: " + String.join(", ", names) + ")";
    }

    /**
     * What a {@code pattern} or {@code format} stands for: the description of the schema holding
     * it, written there as a noun phrase ("An ISO-8601 instant…"), or the fallback.
     */
    private String meaning(ValidationMessage message, String fallback) {
        JsonNode description = schemaAt(message.getSchemaLocation().getFragment().getParent()).path("description");
        if (!description.isTextual() || description.asText().isBlank()) {
            return fallback;
        }
        String text = description.asText().strip();
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        boolean capitalisedWord = text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && !Character.isUpperCase(text.charAt(1));
        return capitalisedWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private JsonNode schemaAt(JsonNodePath fragment) {
        JsonNode node = schema;
        for (int i = 0; fragment != null && i < fragment.getNameCount(); i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }

    /** Follows a local {@code $ref} ({@code #/$defs/label}); other schemas are returned as they are. */
    private JsonNode resolve(JsonNode subschema) {
        JsonNode ref = subschema == null ? null : subschema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
            return schema.at(ref.asText().substring(1));
        }
        return subschema == null ? MissingNode.getInstance() : subschema;
    }

    private static String list(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> items.add(value.isTextual() ? value.asText() : value.toString()));
        return String.join(", ", items);
    }

    private static String typeNames(JsonNode keyword) {
        List<String> names = keyword.isArray()
                ? StreamSupport.stream(keyword.spliterator(), false).map(type -> typeName(type.asText())).toList()
                : List.of(typeName(keyword.asText()));
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "a boolean (true or false)";
            case "object" -> "an object";
            case "array" -> "an array";
            case "null" -> "null";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    private static String repeated(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : array) {
            if (!seen.add(item)) {
                return " must not list " + Echo.value(item) + " twice";
            }
        }
        return " must not list an item twice"; // equal to the validator, not to Jackson (1 and 1.0)
    }

    /** The validator's own text starts with the location ({@code $.brand: }); the message names the field already. */
    private static String withoutLocation(String text) {
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
