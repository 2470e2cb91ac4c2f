package io.crisisrules.settings;

import io.crisisrules.CrisisRulesException;

/**
 * A policy setting with an unknown key, an unreadable value, or a value outside its allowed range.
 * The message names the key and echoes the value, e.g.
 * {@code "detection.roiDrop must be within [0, 1], but was 1.5"}.
 */
public class InvalidSettingException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    /** The key of the invalid setting. */
    private final String key;

    /**
     * @param key     the setting's key
     * @param message the complete message
     */
    public InvalidSettingException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** @return the key of the offending setting */
    public String key() {
        return key;
    }
}
