package io.crisisrules.internal;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The rule sessions of one engine, reused from call to call, bounded and shrinking when idle. Drools'
 * own {@link KieSessionsPool} keeps every session it ever made (it grows to the peak concurrency and
 * never gives one back), so each session here sits in a Drools pool of its own, a slot: disposing the
 * session resets it into its slot (facts and listeners gone, node memories kept, which is what makes
 * reuse cheap), and shutting the slot down frees the session for good. Only Drools' public API is used.
 *
 * <p>At most {@code maxIdle} slots wait between calls: a slot given back beyond that is shut down.
 * A slot idle for longer than {@code idleTimeout} is shut down by the next call that takes or gives
 * back a session, on the calling thread (no thread of our own); an engine that gets no call at all
 * keeps at most {@code maxIdle} sessions. The most recently used slot is taken first, so the idle
 * ones age at the other end of the queue. Thread-safe.
 */
final class SessionPool {
    private final KieBase base;
    private final int maxIdle;
    private final long idleTimeoutNanos;
    private final LongSupplier ticker;
    // most recently given back first; guarded by itself
    private final ArrayDeque<Slot> idle = new ArrayDeque<>();
    // sessions lent out, by identity (Drools' sessions do not override equals)
    private final Map<KieSession, Slot> lent = new ConcurrentHashMap<>();

    private static final class Slot {
        final KieSessionsPool pool;
        final KieSession session;
        long idleSince;

        Slot(KieSessionsPool pool, KieSession session) {
            this.pool = pool;
            this.session = session;
        }
    }

    /**
     * @param base        the rules
     * @param maxIdle     most sessions kept between calls, at least 0
     * @param idleTimeout how long an unused session is kept, positive
     * @param ticker      nanoseconds, as {@link System#nanoTime()}; tests pass their own
     */
    SessionPool(KieBase base, int maxIdle, Duration idleTimeout, LongSupplier ticker) {
        this.base = base;
        this.maxIdle = maxIdle;
        this.idleTimeoutNanos = saturatedNanos(idleTimeout);
        this.ticker = ticker;
    }

    /** @return a session with no facts and no listeners; give it back with {@link #release} */
    KieSession acquire() {
        long now = ticker.getAsLong();
        Slot slot;
        synchronized (idle) {
            trim(now);
            slot = idle.pollFirst();
        }
        if (slot == null) {
            // one session per slot: the Drools pool makes it now and hands the same one back each time
            KieSessionsPool pool = base.newKieSessionsPool(1);
            slot = new Slot(pool, pool.newKieSession());
        } else {
            KieSession again = slot.pool.newKieSession();
            if (again != slot.session) {
                // never seen: a slot's pool holds exactly one session, which is idle here
                slot.pool.shutdown();
                KieSessionsPool pool = base.newKieSessionsPool(1);
                slot = new Slot(pool, pool.newKieSession());
            }
        }
        lent.put(slot.session, slot);
        return slot.session;
    }

    /**
     * Resets a session taken from {@link #acquire} and keeps it for the next call, or frees it when
     * enough are idle already.
     *
     * @param session the session; a session of another pool is disposed
     */
    void release(KieSession session) {
        Slot slot = lent.remove(session);
        if (slot == null) {
            session.dispose();
            return;
        }
        session.dispose(); // reset into its slot: no facts, no listeners (SessionReuseTest)
        long now = ticker.getAsLong();
        boolean kept;
        synchronized (idle) {
            slot.idleSince = now;
            kept = idle.size() < maxIdle;
            if (kept) {
                idle.addFirst(slot);
            }
            trim(now);
        }
        if (!kept) {
            slot.pool.shutdown();
        }
    }

    /**
     * Destroys a session taken from {@link #acquire} and its slot, for a session halted mid-run whose
     * reset cannot be trusted.
     *
     * @param session the session; a session of another pool is destroyed too
     */
    void discard(KieSession session) {
        Slot slot = lent.remove(session);
        session.destroy();
        if (slot != null) {
            slot.pool.shutdown();
        }
    }

    /** Shuts down the slots idle for longer than the timeout; called holding {@code idle}. */
    private void trim(long now) {
        Slot oldest;
        while ((oldest = idle.peekLast()) != null && now - oldest.idleSince > idleTimeoutNanos) {
            idle.pollLast().pool.shutdown();
        }
    }

    /** @return whether {@code session} was lent by this pool and not given back yet */
    boolean owns(KieSession session) {
        return lent.containsKey(session);
    }

    /** @return sessions waiting for a call */
    int idle() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** @return sessions in use by calls now */
    int lent() {
        return lent.size();
    }

    /** @return the most sessions kept between calls */
    int maxIdle() {
        return maxIdle;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
