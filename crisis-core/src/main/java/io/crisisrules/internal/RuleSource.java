package io.crisisrules.internal;

/**
 * One DRL file to compile.
 *
 * @param path    its path relative to the rules root, with forward slashes, e.g.
 *                {@code moderation/harmful-content.drl}; a directory file with the path of a default
 *                file replaces it
 * @param origin  where it was read from, as shown in problems: a file path or {@code classpath:...}
 * @param content the DRL text
 */
public record RuleSource(String path, String origin, String content) {
}
