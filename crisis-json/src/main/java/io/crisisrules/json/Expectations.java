package io.crisisrules.json;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.VerificationStatus;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a scenario's evaluation must give (the scenario file's {@code expect} section), checked by
 * {@code crisis test}. Every field is optional; each one present is one expectation. Names in
 * {@code actions}, {@code signals} and {@code aggravatingFactors} must be names of
 * {@link ActionKind}, {@link SignalKind} and {@link Incident.AggravatingFactor}, and the comment
 * ids in {@code moderation} ids of the scenario's comments: a typo is an error, never an
 * expectation that silently passes. A single-valued field ({@code severity}…) takes one value or a
 * list of the values accepted, for cases on which informed raters disagree; an empty list means the
 * field is not expected.
 *
 * @param incident           whether an incident must be raised
 * @param crisisType         the incident's crisis type (TYP-02)
 * @param cluster            its SCCT cluster, before intensifiers (RSP-16)
 * @param responsibility     the responsibility attributed after intensifiers (RSP-17)
 * @param frame              its SCCT frame
 * @param failureType        its failure type (TYP-01)
 * @param severity           its severity (TYP-04, TYP-05)
 * @param verification       its verification (TYP-03)
 * @param aggravatingFactors factors that must and must not raise it
 * @param actions            plan actions that must and must not appear (outstanding or done)
 * @param signals            warning signals that must and must not fire
 * @param moderation         comment id to the decision it must get
 */
public record Expectations(Boolean incident,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CrisisType> crisisType,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CrisisType.Responsibility> cluster,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CrisisType.Responsibility> responsibility,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CrisisFrame> frame,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<FailureType> failureType,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Severity> severity,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<VerificationStatus> verification,
                           IncludeExclude aggravatingFactors, IncludeExclude actions, IncludeExclude signals,
                           Map<String, ModerationAction> moderation) {

    /**
     * Creates one from its components.
     *
     * @param incident whether an incident must be raised
     * @param crisisType the incident's crisis type (TYP-02)
     * @param cluster its SCCT cluster, before intensifiers (RSP-16)
     * @param responsibility the responsibility attributed after intensifiers (RSP-17)
     * @param frame its SCCT frame
     * @param failureType its failure type (TYP-01)
     * @param severity its severity (TYP-04, TYP-05)
     * @param verification its verification (TYP-03)
     * @param aggravatingFactors factors that must and must not raise it
     * @param actions plan actions that must and must not appear (outstanding or done)
     * @param signals warning signals that must and must not fire
     * @param moderation comment id to the decision it must get
     */
    public Expectations {
        crisisType = acceptable(crisisType);
        cluster = acceptable(cluster);
        responsibility = acceptable(responsibility);
        frame = acceptable(frame);
        failureType = acceptable(failureType);
        severity = acceptable(severity);
        verification = acceptable(verification);
        aggravatingFactors = aggravatingFactors == null ? IncludeExclude.NONE : aggravatingFactors;
        actions = actions == null ? IncludeExclude.NONE : actions;
        signals = signals == null ? IncludeExclude.NONE : signals;
        moderation = moderation == null ? Map.of() : Map.copyOf(new TreeMap<>(moderation));
        aggravatingFactors.requireNames("aggravatingFactors", names(Incident.AggravatingFactor.class));
        actions.requireNames("actions", names(ActionKind.class));
        signals.requireNames("signals", names(SignalKind.class));
    }

    /** @return whether any of the incident fields is expected, which implies an incident */
    public boolean expectsIncidentFields() {
        return !crisisType.isEmpty() || !cluster.isEmpty() || !responsibility.isEmpty() || !frame.isEmpty()
                || !failureType.isEmpty() || !severity.isEmpty() || !verification.isEmpty()
                || !aggravatingFactors.isEmpty() || !actions.isEmpty();
    }

    /** An absent field expects nothing; a list names every answer accepted. */
    private static <T> List<T> acceptable(List<T> values) {
        return values == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(values));
    }

    /**
     * @param commentIds the scenario's comment ids
     * @throws InvalidInputException naming the first expected comment that is not one of them
     */
    void requireComments(Set<String> commentIds) {
        for (String id : moderation.keySet()) {
            if (!commentIds.contains(id)) {
                throw new InvalidInputException("expect.moderation." + id, id, "be the id of one of the comments");
            }
        }
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    /**
     * Names that must appear and names that must not.
     *
     * @param include names that must appear
     * @param exclude names that must not appear
     */
    public record IncludeExclude(List<String> include, List<String> exclude) {
        /** Nothing expected. */
        public static final IncludeExclude NONE = new IncludeExclude(List.of(), List.of());

        /**
         * Creates one from its components.
         *
         * @param include names that must appear
         * @param exclude names that must not appear
         */
        public IncludeExclude {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }

        /** @return whether nothing is expected */
        public boolean isEmpty() {
            return include.isEmpty() && exclude.isEmpty();
        }

        void requireNames(String field, Set<String> known) {
            check(field + ".include", include, known);
            check(field + ".exclude", exclude, known);
            for (int i = 0; i < exclude.size(); i++) {
                if (include.contains(exclude.get(i))) {
                    throw new InvalidInputException(field + ".exclude[" + i + "]", exclude.get(i),
                            "not also be in " + field + ".include");
                }
            }
        }

        private static void check(String field, List<String> names, Set<String> known) {
            for (int i = 0; i < names.size(); i++) {
                if (!known.contains(names.get(i))) {
                    throw new InvalidInputException(field + "[" + i + "]", names.get(i),
                            "be one of " + new java.util.TreeSet<>(known));
                }
            }
        }
    }
}
