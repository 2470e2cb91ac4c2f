package io.crisisrules.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisrules.InvalidInputException;
import io.crisisrules.model.BrandContext;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The JSON of a {@link BrandProfile}: the brand as a document of the format, the settings as strings. */
final class BrandProfiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BrandProfiles() {
    }

    static byte[] write(BrandProfile profile) {
        try {
            ObjectNode tree = MAPPER.createObjectNode();
            tree.set("brand", MAPPER.readTree(Documents.json().write(profile.brand())));
            ObjectNode settings = tree.putObject("settings");
            profile.settings().forEach(settings::put);
            return MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the profile of " + profile.brand().brandId(), e);
        }
    }

    static BrandProfile read(byte[] value) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(value);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("profile", new String(value, StandardCharsets.UTF_8),
                    "be well-formed JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (tree == null || !tree.isObject() || !tree.path("brand").isObject()) {
            throw new InvalidInputException("brand", tree == null ? null : tree.path("brand").toString(), "be a brand document");
        }
        BrandContext brand = Documents.json().read(tree.get("brand").toString(), BrandContext.class);
        Map<String, String> settings = new TreeMap<>();
        JsonNode written = tree.path("settings");
        if (!written.isMissingNode() && !written.isNull() && !written.isObject()) {
            throw new InvalidInputException("settings", written.toString(), "be an object of setting keys and values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = written.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new InvalidInputException("settings." + field.getKey(), field.getValue().toString(), "be a string or a number");
            }
            settings.put(field.getKey(), field.getValue().asText());
        }
        return new BrandProfile(brand, settings);
    }
}
