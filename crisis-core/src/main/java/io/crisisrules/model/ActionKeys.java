package io.crisisrules.model;

import io.crisisrules.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The keys of plan actions as {@link ResponseAction#key()} writes them, {@code KIND} or
 * {@code KIND/subject}, read back from what a host hands in ({@link ActionProgress#actionKey()}).
 * A key whose kind is no {@link ActionKind} names no action of any plan: it is rejected rather than
 * left to match nothing, which would show the real action as breached hours later. A house plan
 * action's key is {@code HOUSE_ACTION/<house key>}; whether that key is declared is checked by the
 * engine, which knows the declarations.
 */
final class ActionKeys {
    private static final String KINDS = Arrays.stream(ActionKind.values()).map(Enum::name).sorted()
            .collect(Collectors.joining(", "));

    /** The shape of a house action's key ({@link HouseAction#key()}), as {@code house-actions.properties} declares it. */
    static final Pattern HOUSE_KEY = Pattern.compile("[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    private ActionKeys() {
    }

    /** A key split into its kind and its subject ({@code null} when it has none). */
    record Key(ActionKind kind, String subject) {
    }

    /**
     * @param field where the key was handed in, for the message
     * @param key   a non-blank key
     * @return its kind and subject
     * @throws InvalidInputException naming the field and the key when the kind is unknown or the
     *                               subject blank, and for an escalation, when the escalated key is
     */
    static Key parse(String field, String key) {
        return parse(field, key, key);
    }

    private static Key parse(String field, String whole, String key) {
        int slash = key.indexOf('/');
        String kindName = slash < 0 ? key : key.substring(0, slash);
        ActionKind kind = Arrays.stream(ActionKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> unknownKind(field, whole, kindName));
        if (slash < 0) {
            if (kind == ActionKind.HOUSE_ACTION) {
                throw new InvalidInputException(field, whole, "name the house action after HOUSE_ACTION/, as in"
                        + " HOUSE_ACTION/acme.safety-team");
            }
            return new Key(kind, null);
        }
        String subject = key.substring(slash + 1);
        if (subject.isBlank()) {
            throw new InvalidInputException(field, whole, "have a subject after the '/' of " + kind + "/, or no '/'");
        }
        if (kind == ActionKind.HOUSE_ACTION && !HOUSE_KEY.matcher(subject).matches()) {
            throw new InvalidInputException(field, whole, "name a house action after HOUSE_ACTION/ by its key, lower"
                    + " case with the house's prefix and a dot, as in HOUSE_ACTION/acme.safety-team");
        }
        if (kind.isEscalation()) {
            // an escalation's subject is the key of the escalated action
            Key escalated = parse(field, whole, subject);
            if (escalated.kind().isEscalation()) {
                throw new InvalidInputException(field, whole, "escalate an action of the plan, not an escalation");
            }
        }
        return new Key(kind, subject);
    }

    private static InvalidInputException unknownKind(String field, String key, String kindName) {
        String upper = kindName.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        boolean known = Arrays.stream(ActionKind.values()).anyMatch(k -> k.name().equals(upper));
        String hint = known ? " (" + upper + ", not " + kindName + ")" : ": KIND or KIND/subject, KIND one of " + KINDS;
        return new InvalidInputException(field, key, "start with the kind of an action of the plan, written as "
                + "ResponseAction.key() writes it" + hint);
    }

    /**
     * Checks that a key's subject, when its kind says what the subject is (a claim, an influencer),
     * names one the snapshot holds.
     *
     * @param field    where the key was handed in
     * @param key      the key
     * @param claimIds the snapshot's claim ids
     * @param handles  the snapshot's relays' handles
     */
    static void requireSubjectExists(String field, String key, Set<String> claimIds, Set<String> handles) {
        requireSubjectExists(field, key, key, claimIds, handles);
    }

    private static void requireSubjectExists(String field, String whole, String key, Set<String> claimIds,
                                             Set<String> handles) {
        Key parsed = parse(field, whole, key);
        if (parsed.subject() == null) {
            return;
        }
        switch (parsed.kind().subject()) {
            case CLAIM -> require(field, whole, parsed, claimIds, "claim", "claims' ids");
            case RELAY -> require(field, whole, parsed, handles, "relay", "relays' handles");
            case ACTION -> requireSubjectExists(field, whole, parsed.subject(), claimIds, handles);
            case NONE -> {
            }
        }
    }

    private static void require(String field, String key, Key parsed, Set<String> known, String what, String where) {
        if (!known.contains(parsed.subject())) {
            throw new InvalidInputException(field, key, "name a " + what + " of the snapshot after " + parsed.kind()
                    + "/ (" + (known.isEmpty() ? "it has none" : "one of the " + where + ": "
                    + String.join(", ", new TreeSet<>(known))) + ")");
        }
    }
}
