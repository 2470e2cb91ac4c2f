package io.crisisrules;

/**
 * One thing wrong with the rules: where it is and what it is.
 *
 * @param file    the DRL file, as its origin names it (a path, or {@code classpath:...})
 * @param line    the line in that file, 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {

    /** @return {@code file:line: message}, the way compilers report problems */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
