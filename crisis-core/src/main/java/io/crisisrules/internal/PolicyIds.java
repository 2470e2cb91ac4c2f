package io.crisisrules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Policy IDs as rules name them in {@code @policy(…)}: capital letters (digits after the first
 * allowed), optional further hyphenated parts, a hyphen and digits — {@code MOD-01}, {@code ACME-101},
 * {@code LEGAL-7}, {@code ACME-EU-12}. An ID is always read whole: {@code ACME-101} is never cut to
 * {@code ACME-10}.
 */
public final class PolicyIds {
    // what separates the IDs of an annotation's value, however Drools renders it ("A", "B" / [A, B])
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,\"'\\[\\]{}()]+");

    private PolicyIds() {
    }

    /** @return whether {@code text} is one policy ID, whole */
    public static boolean isValid(String text) {
        return io.crisisrules.checks.Checks.isPolicyId(text);
    }

    /**
     * @param value an {@code @policy} value: its metadata as Drools gives it, or its strings
     * @return its items, in order, valid or not; empty when it names nothing
     */
    static List<String> items(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Iterable<?> values) {
            values.forEach(item -> items.addAll(items(item)));
            return items;
        }
        if (value instanceof Object[] values) {
            for (Object item : values) {
                items.addAll(items(item));
            }
            return items;
        }
        if (value != null) {
            for (String item : SEPARATORS.split(value.toString())) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** @return the valid IDs among {@link #items}, in order, without repeats */
    static List<String> of(Object value) {
        List<String> ids = new ArrayList<>();
        for (String item : items(value)) {
            if (isValid(item) && !ids.contains(item)) {
                ids.add(item);
            }
        }
        return ids;
    }
}
