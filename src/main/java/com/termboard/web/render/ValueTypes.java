package com.termboard.web.render;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a record is a value all the way down: two equal instances hold the same data, so that whatever is derived
 * from one alone can be kept for the other. Allowed are records of such types, enums, strings, numbers, dates and
 * instants, and lists, sets, maps and optionals of them; an entity (equal by id), an array (equal by identity) or
 * any other class is not.
 */
public final class ValueTypes {

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            LocalDate.class, Instant.class);
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Map.class, Optional.class);

    private ValueTypes() {
    }

    /** Throws {@link IllegalArgumentException} naming the first component that is not a value. */
    public static void check(Class<? extends Record> type) {
        check(type, type.getSimpleName(), new HashSet<>());
    }

    private static void check(Type type, String path, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || SCALARS.contains(c) || c.isEnum()) {
                return;
            }
            if (c.isRecord()) {
                if (!seen.add(c)) {
                    return; // a record that holds its own kind: checked where it was first met
                }
                for (RecordComponent component : c.getRecordComponents()) {
                    check(component.getGenericType(), path + "." + component.getName(), seen);
                }
                return;
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && CONTAINERS.contains(raw)) {
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", seen);
            }
            return;
        }
        throw new IllegalArgumentException(path + " is a " + type.getTypeName()
                + ", which is not compared by what it holds");
    }
}
