// Why over 300 lines: the one description of every policy setting (key, type, default, range, policy ID,
// text) that the settings file reader, `crisis settings` and the README table all read.
package io.crisisrules.settings;

import io.crisisrules.checks.Durations;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@link Setting} annotations of the settings records: defaults, parsing, range checks
 * and descriptions all come from there, so a setting is declared once.
 */
final class SettingsCatalog {

    // the groups of our settings; the house's (HouseSettings) are declared by the house rules, not here
    private static final RecordComponent[] GROUPS = Arrays.stream(PolicySettings.class.getRecordComponents())
            .filter(component -> component.getType().isRecord()).toArray(RecordComponent[]::new);

    private SettingsCatalog() {
    }

    static PolicySettings defaults() {
        Object[] groups = new Object[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            RecordComponent[] components = GROUPS[g].getType().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int c = 0; c < components.length; c++) {
                RecordComponent component = components[c];
                values[c] = parse(key(GROUPS[g], component), component, annotation(component).defaultValue());
            }
            groups[g] = construct(GROUPS[g].getType(), values);
        }
        return assemble(groups, HouseSettings.none());
    }

    static void validate(Object... groups) {
        for (int g = 0; g < GROUPS.length; g++) {
            if (groups[g] == null) {
                throw new InvalidSettingException(GROUPS[g].getName(), GROUPS[g].getName() + " must be present");
            }
            for (RecordComponent component : GROUPS[g].getType().getRecordComponents()) {
                checkRange(key(GROUPS[g], component), component, read(component, groups[g]));
            }
        }
    }

    static PolicySettings override(PolicySettings settings, Map<String, String> overrides) {
        Object[] groups = new Object[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            groups[g] = read(GROUPS[g], settings);
        }
        List<InvalidSettingException> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            String key = entry.getKey();
            try {
                Located located = locate(key);
                RecordComponent[] components = GROUPS[located.group].getType().getRecordComponents();
                Object[] values = new Object[components.length];
                for (int c = 0; c < components.length; c++) {
                    values[c] = read(components[c], groups[located.group]);
                }
                if (entry.getValue() == null) {
                    throw new InvalidSettingException(key, key + " must have a value, but was null");
                }
                values[located.component] = parse(key, components[located.component], entry.getValue().trim());
                checkRange(key, components[located.component], values[located.component]);
                groups[located.group] = construct(GROUPS[located.group].getType(), values);
            } catch (InvalidSettingException e) {
                problems.add(e); // every bad key is reported at once; the others still apply
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidSettingException.of(problems);
        }
        return assemble(groups, settings.house());
    }

    private static PolicySettings assemble(Object[] groups, HouseSettings house) {
        return new PolicySettings((DetectionSettings) groups[0], (AlertingSettings) groups[1],
                (SeveritySettings) groups[2], (ResponseSettings) groups[3], (ModerationSettings) groups[4],
                (ExecutionSettings) groups[5], house);
    }

    static String get(PolicySettings settings, String key) {
        Located located = locate(key);
        Object group = read(GROUPS[located.group], settings);
        RecordComponent component = GROUPS[located.group].getType().getRecordComponents()[located.component];
        return format(read(component, group));
    }

    static List<SettingInfo> describe(PolicySettings settings) {
        List<SettingInfo> infos = new ArrayList<>();
        for (RecordComponent groupComponent : GROUPS) {
            Object group = read(groupComponent, settings);
            for (RecordComponent component : groupComponent.getType().getRecordComponents()) {
                Setting setting = annotation(component);
                infos.add(new SettingInfo(key(groupComponent, component), typeName(component), setting.defaultValue(),
                        setting.min(), setting.max(), List.of(setting.policy()), setting.description(),
                        format(read(component, group))));
            }
        }
        infos.sort(Comparator.comparing(SettingInfo::key));
        return List.copyOf(infos);
    }

    /** @return every known key, sorted */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent group : GROUPS) {
            for (RecordComponent component : group.getType().getRecordComponents()) {
                keys.add(key(group, component));
            }
        }
        keys.sort(null);
        return keys;
    }

    private record Located(int group, int component) {
    }

    private static Located locate(String key) {
        if (key != null) {
            int dot = key.indexOf('.');
            String groupName = dot < 0 ? key : key.substring(0, dot);
            String name = dot < 0 ? "" : key.substring(dot + 1);
            for (int g = 0; g < GROUPS.length; g++) {
                if (GROUPS[g].getName().equals(groupName)) {
                    RecordComponent[] components = GROUPS[g].getType().getRecordComponents();
                    for (int c = 0; c < components.length; c++) {
                        if (components[c].getName().equals(name)) {
                            return new Located(g, c);
                        }
                    }
                }
            }
        }
        throw new InvalidSettingException(String.valueOf(key), "unknown setting \"" + key + "\"" + suggestion(key));
    }

    private static String suggestion(String key) {
        if (key == null) {
            return "";
        }
        String wanted = key.toLowerCase(Locale.ROOT);
        return keys().stream()
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(Locale.ROOT), wanted)))
                .filter(k -> distance(k.toLowerCase(Locale.ROOT), wanted) <= Math.max(2, wanted.length() / 4))
                .map(k -> "; did you mean " + k + "?")
                .orElse(wanted.contains(".") && !HouseSetting.OUR_NAMESPACES.contains(wanted.substring(0, wanted.indexOf('.')))
                        ? "; a house setting is declared in " + HouseSettings.FILE + " beside the house rules (crisis:"
                        + " --rules DIR; in code: PolicySettings.withHouse(HouseSettings.load(dir)))"
                        : "; known settings are listed by `crisis settings` and in the README");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String key(RecordComponent group, RecordComponent component) {
        return group.getName() + "." + component.getName();
    }

    private static Setting annotation(RecordComponent component) {
        Setting setting = component.getAnnotation(Setting.class);
        if (setting == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " lacks a @Setting annotation");
        }
        return setting;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Object construct(Class<?> type, Object[] values) {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static String typeName(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == double.class) {
            return "decimal";
        }
        if (type == int.class || type == long.class) {
            return "integer";
        }
        if (type == boolean.class) {
            return "true/false";
        }
        if (type == Duration.class) {
            return "duration";
        }
        if (Set.class.isAssignableFrom(type)) {
            return "list of " + elementType(component).getSimpleName();
        }
        throw new IllegalStateException("unsupported setting type " + type);
    }

    private static Object parse(String key, RecordComponent component, String text) {
        Class<?> type = component.getType();
        try {
            if (type == double.class) {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                return value;
            }
            if (type == int.class) {
                return Integer.parseInt(text);
            }
            if (type == long.class) {
                return Long.parseLong(text);
            }
            if (type == boolean.class) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.parseBoolean(text);
            }
            if (type == Duration.class) {
                return Durations.parse(text);
            }
            if (Set.class.isAssignableFrom(type)) {
                return parseEnumSet(key, elementType(component), text);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidSettingException(key, key + " must be " + article(typeName(component)) + ", but was \""
                    + text + "\"");
        }
        throw new IllegalStateException("unsupported setting type " + type);
    }

    private static String article(String typeName) {
        return switch (typeName) {
            case "decimal" -> "a decimal number";
            case "integer" -> "a whole number";
            case "duration" -> "a duration such as 4h, 30d, 1h30m or PT4H";
            default -> typeName;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> parseEnumSet(String key, Class<?> elementType, String text) {
        Class<Enum> enumType = (Class<Enum>) elementType;
        EnumSet set = EnumSet.noneOf(enumType);
        for (String part : text.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            try {
                set.add(Enum.valueOf(enumType, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(key, key + " must list values among "
                        + Arrays.toString(enumType.getEnumConstants()) + ", but had \"" + name + "\"");
            }
        }
        return Set.copyOf(set);
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return element;
        }
        throw new IllegalStateException(component.getName() + " must be a Set of an enum type");
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            String text = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return text;
        }
        if (value instanceof Duration duration) {
            return Durations.format(duration);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static void checkRange(String key, RecordComponent component, Object value) {
        Setting setting = annotation(component);
        if (value == null) {
            throw new InvalidSettingException(key, key + " must be present");
        }
        if (setting.min().isEmpty() && setting.max().isEmpty()) {
            return;
        }
        int belowMin;
        int aboveMax;
        if (value instanceof Duration duration) {
            belowMin = setting.min().isEmpty() ? 1 : duration.compareTo(Durations.parse(setting.min()));
            aboveMax = setting.max().isEmpty() ? -1 : duration.compareTo(Durations.parse(setting.max()));
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            belowMin = setting.min().isEmpty() ? 1 : Double.compare(d, Double.parseDouble(setting.min()));
            aboveMax = setting.max().isEmpty() ? -1 : Double.compare(d, Double.parseDouble(setting.max()));
        } else {
            return;
        }
        if (belowMin < 0 || aboveMax > 0) {
            String range = setting.min().isEmpty() ? "<= " + setting.max()
                    : setting.max().isEmpty() ? ">= " + setting.min()
                    : "within [" + setting.min() + ", " + setting.max() + "]";
            throw new InvalidSettingException(key, key + " must be " + range + ", but was " + format(value));
        }
    }
}
