package com.termboard.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every POST of a page resource (not under /api), found by reflection over the compiled resource classes. */
final class FormRoutes {

    /** One form route; {@code path} has its parameters filled with harmless values. */
    record Route(String path, boolean multipart, String method) {
    }

    private FormRoutes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            if (base.startsWith("/api")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class)) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                if (path.startsWith("/api")) {
                    continue;
                }
                Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                        : type.getAnnotation(Consumes.class);
                boolean multipart = consumes != null
                        && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
                routes.add(new Route(fill(path), multipart, type.getSimpleName() + "." + m.getName()));
            }
        }
        routes.sort(Comparator.comparing(Route::path));
        return routes;
    }

    static String join(String base, String sub) {
        String path = (base.endsWith("/") ? base : base + "/") + (sub.startsWith("/") ? sub.substring(1) : sub);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Numbers for ids, a demo code for the rest: the CSRF check comes before the route reads them. */
    static String fill(String path) {
        return path.replaceAll("\\{(id|oid|kid|entry)}", "1").replaceAll("\\{[^}]+}", "ABG");
    }

    private static List<Class<?>> resourceClasses() {
        Path root = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("com/termboard"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
