package io.crisisrules;

/**
 * Told about the reloads of a {@link ReloadableEngine}, on its background thread; override what
 * you need. A listener that throws is logged and does not stop reloading.
 */
public interface ReloadListener {

    /** @param reload the new rules are in force */
    default void reloaded(Reload reload) {
    }

    /**
     * @param reload the new rules did not build (see {@link Reload#problems()}); the last good
     *               ones stay in force
     */
    default void reloadFailed(Reload reload) {
    }
}
