package io.github.wxlogistics.internal.validation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses malformed UTF-16 in every text a request sends: a lone surrogate (half of an emoji cut by
 * {@code substring}, say) cannot be encoded as UTF-8, and an encoder would silently send {@code ?}
 * in its place. Walks the request's records and lists; names each field as on the wire
 * ({@code sender.name}, {@code cargo.detail_list[2].name}).
 */
public final class WireText {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<Part> parts = new ArrayList<>();
            if (components == null) {
                return parts;
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : components) {
                Class<?> t = c.getType();
                if (t == String.class || t == List.class || t.isRecord()) {
                    try {
                        parts.add(new Part(wireName(c.getName()), lookup.unreflect(c.getAccessor()).asType(GETTER)));
                    } catch (IllegalAccessException e) {
                        // a record this lookup cannot read is not a wire record of this library
                    }
                }
            }
            return List.copyOf(parts);
        }
    };

    private WireText() {
    }

    /** Records a violation for every text field of {@code request} that holds a lone surrogate. */
    public static void check(Checks v, Object request) {
        // Nearly every request is well-formed: find that out without building a field path.
        if (request != null && anyLoneSurrogate(request)) {
            value(v, "", request);
        }
    }

    /**
     * For values built outside a request (a courier's push replies): throws
     * {@link IllegalArgumentException} naming {@code field} if {@code text} holds a lone surrogate.
     */
    public static void requireWellFormed(String field, String text) {
        if (text == null) {
            return;
        }
        int bad = firstLoneSurrogate(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(field + " must be well-formed text: a lone surrogate at character " + bad
                    + " cannot be sent as UTF-8");
        }
    }

    /**
     * For identifiers outside a request (a courier's {@code WayBillID}): throws
     * {@link IllegalArgumentException} naming {@code field} if {@code id} is over {@link Checks#ID_MAX_BYTES}.
     */
    public static void requireIdLength(String field, String id) {
        if (id != null && Checks.utf8Length(id) > Checks.ID_MAX_BYTES) {
            throw new IllegalArgumentException(field + " must be at most " + Checks.ID_MAX_BYTES
                    + " bytes in UTF-8, was " + Checks.utf8Length(id));
        }
    }

    /** Whether {@code text} is well-formed UTF-16 (every surrogate in a high-low pair). */
    public static boolean isWellFormed(String text) {
        return firstLoneSurrogate(text) < 0;
    }

    /** The index of the first lone surrogate in {@code text}, or -1. */
    public static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean anyLoneSurrogate(Object value) {
        if (value instanceof String text) {
            return firstLoneSurrogate(text) >= 0;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item != null && anyLoneSurrogate(item)) {
                    return true;
                }
            }
            return false;
        }
        if (value.getClass().isRecord()) {
            for (Part part : PARTS.get(value.getClass())) {
                Object child = part.read(value);
                if (child != null && anyLoneSurrogate(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void value(Checks v, String at, Object value) {
        if (value instanceof String text) {
            int bad = firstLoneSurrogate(text);
            if (bad >= 0) {
                v.add(at, "must be well-formed text: a lone surrogate (U+" + Integer.toHexString(text.charAt(bad))
                        .toUpperCase(java.util.Locale.ROOT) + ", half of an emoji or other supplementary character)"
                        + " at character " + bad + " cannot be sent as UTF-8");
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    value(v, at + "[" + i + "]", list.get(i));
                }
            }
        } else if (value.getClass().isRecord()) {
            for (Part part : PARTS.get(value.getClass())) {
                Object child = part.read(value);
                if (child != null) {
                    value(v, at.isEmpty() ? part.wire() : at + "." + part.wire(), child);
                }
            }
        }
    }

    /** The JSON name the naming strategy gives a component: {@code spaceX} becomes {@code space_x}. */
    private static String wireName(String component) {
        StringBuilder name = new StringBuilder(component.length() + 4);
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** A record component that may hold text, and its accessor as {@code (Object)Object}. */
    private record Part(String wire, MethodHandle accessor) {

        Object read(Object record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + wire + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }
}
