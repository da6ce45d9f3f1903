package dev.aidev.sdk;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** Reflection for the JVM codecs: the members of records and classes, and building instances. */
final class Types {
    private Types() {}

    /** A record component or an instance field: its Java name, JSON key and declared type. */
    static final class Member {
        final String jsonName;
        final Type type;
        final Field field; // null for record components
        final RecordComponent component; // null for fields

        Member(String jsonName, Type type, Field field, RecordComponent component) {
            this.jsonName = jsonName;
            this.type = type;
            this.field = field;
            this.component = component;
        }

        Object get(Object owner) {
            try {
                return field != null ? field.get(owner) : component.getAccessor().invoke(owner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + jsonName + " of " + owner.getClass().getName(), e);
            }
        }
    }

    private static final ClassValue<List<Member>> MEMBERS = new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
            List<Member> members = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    Name name = rc.getAnnotation(Name.class);
                    rc.getAccessor().setAccessible(true);
                    members.add(new Member(name != null ? name.value() : Json.snakeCase(rc.getName()),
                            rc.getGenericType(), null, rc));
                }
                return List.copyOf(members);
            }
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                chain.add(0, c);
            }
            for (Class<?> c : chain) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                        continue;
                    }
                    f.setAccessible(true);
                    Name name = f.getAnnotation(Name.class);
                    members.add(new Member(name != null ? name.value() : Json.snakeCase(f.getName()),
                            f.getGenericType(), f, null));
                }
            }
            return List.copyOf(members);
        }
    };

    /** Record components, or instance fields (superclasses first) in declaration order. */
    static List<Member> members(Class<?> type) {
        return MEMBERS.get(type);
    }

    /** Whether {@code type} is encoded member by member (a record or a plain user class). */
    static boolean isStruct(Class<?> type) {
        if (type.isRecord()) {
            return true;
        }
        if (type.isPrimitive() || type.isArray() || type.isEnum() || type.isInterface()
                || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        String name = type.getName();
        return !name.startsWith("java.") && !name.startsWith("javax.") && !name.startsWith("jdk.");
    }

    /**
     * An instance of {@code type} holding {@code values} (one per member). A class is built
     * without running a constructor, as Borsh deserialization does in near-sdk-rs.
     */
    static Object instantiate(Class<?> type, Object[] values) {
        List<Member> members = members(type);
        try {
            if (type.isRecord()) {
                Class<?>[] parameterTypes = new Class<?>[members.size()];
                for (int i = 0; i < parameterTypes.length; i++) {
                    parameterTypes[i] = members.get(i).component.getType();
                }
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            }
            Object instance = allocate(type);
            for (int i = 0; i < values.length; i++) {
                members.get(i).field.set(instance, values[i]);
            }
            return instance;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException("Cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    @SuppressWarnings("sunapi")
    private static Object allocate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> objectConstructor = Object.class.getDeclaredConstructor();
        Constructor<?> c = sun.reflect.ReflectionFactory.getReflectionFactory()
                .newConstructorForSerialization(type, objectConstructor);
        return c.newInstance();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        if (type instanceof GenericArrayType) {
            return java.lang.reflect.Array.newInstance(raw(((GenericArrayType) type).getGenericComponentType()), 0)
                    .getClass();
        }
        throw new IllegalArgumentException("Unsupported type " + type.getTypeName()
                + " (type variables and wildcards cannot be encoded; use a concrete type)");
    }

    /** The {@code i}th type argument of {@code type}, or null when it is a raw type. */
    static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType) {
            return ((ParameterizedType) type).getActualTypeArguments()[i];
        }
        return null;
    }

    /** The element type of an array type. */
    static Type component(Type type) {
        if (type instanceof GenericArrayType) {
            return ((GenericArrayType) type).getGenericComponentType();
        }
        return ((Class<?>) type).getComponentType();
    }

    static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == char.class) {
            return Character.class;
        }
        return c;
    }

    static Class<?> enumClass(Class<?> c) {
        if (c.isEnum()) {
            return c;
        }
        if (c.getSuperclass() != null && c.getSuperclass().isEnum()) {
            return c.getSuperclass();
        }
        return null;
    }
}
