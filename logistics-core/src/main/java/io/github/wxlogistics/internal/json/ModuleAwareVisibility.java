package io.github.wxlogistics.internal.json;

import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B's default visibility (public fields and public accessors), except for types in packages
 * their module does not export, such as the core's internal wire records when the core runs as a
 * named module: those are read through their fields. Yasson reads accessors through
 * {@code MethodHandles.publicLookup()}, which cannot reach a package that is only opened to it,
 * while it makes a field accessible with {@code setAccessible}, which a qualified
 * {@code opens ... to org.eclipse.yasson} allows. On the class path every package counts as
 * exported, so nothing changes there.
 */
final class ModuleAwareVisibility implements PropertyVisibilityStrategy {

    @Override
    public boolean isVisible(Field field) {
        return Modifier.isPublic(field.getModifiers()) || notExported(field.getDeclaringClass());
    }

    @Override
    public boolean isVisible(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !notExported(method.getDeclaringClass());
    }

    private static boolean notExported(Class<?> type) {
        return !type.getModule().isExported(type.getPackageName());
    }
}
