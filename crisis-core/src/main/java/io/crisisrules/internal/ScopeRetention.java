package io.crisisrules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * What a monitor forgets so that one fed ever new scopes (a KPI per product, complaints by topic)
 * neither grows nor slows down (issue 19): KPI points whose period ended more than the retention
 * ago, and the alerts of KPI and complaint scopes at rest (inactive or resolved, not notified
 * within the cool-down, not part of the open incident) whose last observation is older than that;
 * past {@code maxScopes} such alerts, the longest unobserved go first. Deterministic in the events
 * pushed, so a monitor restored from a checkpoint forgets exactly what the uninterrupted one does.
 * The first bound reached is logged once per monitor.
 */
final class ScopeRetention {
    // under the monitor's name, where hosts configured it before the monitor was split up
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonitorSession.class);

    private final String brandId;
    private final Duration retention;
    private final Duration cooldown;
    private final int maxScopes;
    private boolean boundLogged;

    /**
     * @param brandId   the monitored brand, for the log
     * @param retention how long a KPI point, and an alert of a scope at rest, is remembered
     * @param cooldown  an alert notified within this is not at rest (DET-21)
     * @param maxScopes the most KPI points, complaints and alerts at rest held
     */
    ScopeRetention(String brandId, Duration retention, Duration cooldown, int maxScopes) {
        this.brandId = brandId;
        this.retention = retention;
        this.cooldown = cooldown;
        this.maxScopes = maxScopes;
    }

    /**
     * @param now            the monitor's event time
     * @param evidence       its KPI points
     * @param alerts         its alerts
     * @param heldByIncident whether an alert key belongs to the open incident
     */
    void forget(Instant now, MonitorEvidence evidence, AlertBook alerts, Predicate<String> heldByIncident) {
        Instant horizon = minusSaturated(now, retention);
        evidence.forgetPointsBefore(horizon);
        alerts.forgetAtRest(horizon, minusSaturated(now, cooldown), heldByIncident, maxScopes);
    }

    /** @param what the kind of scope a bound forgot, logged the first time only */
    void boundReached(String what) {
        if (!boundLogged) {
            boundLogged = true;
            LOG.warn("the monitor of brand {} holds more than {} {}: forgetting the oldest"
                    + " (CrisisMonitor.Builder.scopes sets the bound)", brandId, maxScopes, what);
        }
    }

    private static Instant minusSaturated(Instant time, Duration duration) {
        try {
            return time.minus(duration);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Instant.MIN;
        }
    }
}
