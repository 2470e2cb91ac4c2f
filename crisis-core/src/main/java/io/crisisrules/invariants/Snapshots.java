package io.crisisrules.invariants;

import io.crisisrules.model.Incident;
import io.crisisrules.model.Snapshot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.BiFunction;

/** What several invariant families need to know about a snapshot. */
final class Snapshots {

    private Snapshots() {
    }

    /**
     * Whether the incident is the snapshot's resolved or closed previous incident, returned as the
     * host handed it back (its type, frame and severity are the earlier evaluation's, not this one's).
     */
    static boolean handedBack(Snapshot in, Incident incident) {
        Incident previous = in.previousIncident();
        return previous != null && !previous.isOpen() && previous.id().equals(incident.id());
    }

    /**
     * A copy of the snapshot made through its canonical constructor, each component as {@code value}
     * maps it ({@code value} gets the component and its value in {@code in}). The transforms of the
     * metamorphic invariants are built on it rather than on a builder filled component by component,
     * so that a component added to {@link Snapshot} is carried through (or reordered, when it is a list)
     * without anyone remembering it; copying by hand once dropped {@code progress}.
     *
     * @throws IllegalStateException when the record cannot be read or rebuilt by reflection
     */
    static Snapshot rebuilt(Snapshot in, BiFunction<RecordComponent, Object, Object> value) {
        RecordComponent[] components = Snapshot.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value.apply(components[i], components[i].getAccessor().invoke(in));
            }
            return Snapshot.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot rebuild the snapshot: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild the snapshot through its canonical constructor: " + e, e);
        }
    }

    /**
     * @return the same snapshot with one component, named as its accessor is, replaced
     * @throws IllegalArgumentException when the snapshot has no such component
     */
    static Snapshot replacing(Snapshot in, String component, Object replacement) {
        if (Arrays.stream(Snapshot.class.getRecordComponents()).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException("Snapshot has no component " + component);
        }
        return rebuilt(in, (c, value) -> c.getName().equals(component) ? replacement : value);
    }
}
