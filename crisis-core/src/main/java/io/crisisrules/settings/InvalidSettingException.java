package io.crisisrules.settings;

import io.crisisrules.CrisisRulesException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy setting with an unknown key, an unreadable value, or a value outside its allowed range.
 * The message names the key and echoes the value, e.g.
 * {@code "detection.roiDrop must be within [0, 1], but was 1.5"}. Reading several settings at once
 * (a settings file) reports every bad one in a single exception: {@link #problems()}.
 */
public class InvalidSettingException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    /** The key of the invalid setting. */
    private final String key;
    private final transient List<InvalidSettingException> problems;

    /**
     * @param key     the setting's key
     * @param message the complete message
     */
    public InvalidSettingException(String key, String message) {
        super(message);
        this.key = key;
        this.problems = List.of(this);
    }

    private InvalidSettingException(List<InvalidSettingException> problems) {
        super(problems.size() + " problems in the settings: "
                + problems.stream().map(InvalidSettingException::getMessage).collect(Collectors.joining("; ")));
        this.key = problems.get(0).key();
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problems one or more problems, each naming its key
     * @return the problem itself when there is one, else one exception listing them all (its
     *         {@link #key()} the first one's)
     */
    public static InvalidSettingException of(List<InvalidSettingException> problems) {
        List<InvalidSettingException> flat = problems.stream().flatMap(problem -> problem.problems().stream()).toList();
        return flat.size() == 1 ? flat.get(0) : new InvalidSettingException(flat);
    }

    /** @return the key of the offending setting; the first one's when there are several */
    public String key() {
        return key;
    }

    /** @return every problem, in the order found, each naming its key and value; this one alone if single */
    public List<InvalidSettingException> problems() {
        return problems;
    }
}
