package com.termboard.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The application's own route list: every resource method of every {@code @Path} class under com.termboard. */
final class Routes {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class,
            "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD",
            OPTIONS.class, "OPTIONS");

    /** One resource method: {@code "POST /api/terms/{id}/objectives"}, with the Java method behind it. */
    record Route(String verb, String path, Method method) {
        String key() {
            return verb + " " + path;
        }

        boolean changesState() {
            return !verb.equals("GET") && !verb.equals("HEAD") && !verb.equals("OPTIONS");
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    private Routes() {
    }

    /** Every route, sorted by path then verb; read from the compiled classes, so a new resource is found. */
    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                Path sub = m.getAnnotation(Path.class);
                if (verb == null && sub != null) {
                    throw new AssertionError("Sub-resource locator " + m + " is not covered by the route list");
                }
                if (verb != null) {
                    routes.add(new Route(verb, join(base, sub == null ? "" : sub.value()), m));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::verb));
        return routes;
    }

    static List<Class<?>> resourceClasses() {
        java.nio.file.Path root = Paths.get("target", "classes");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("com/termboard"))) {
            List<Class<?>> found = new ArrayList<>();
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
            if (found.isEmpty()) {
                throw new AssertionError("No resource classes under " + root.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method m) {
        for (Map.Entry<Class<? extends Annotation>, String> v : VERBS.entrySet()) {
            if (m.isAnnotationPresent(v.getKey())) {
                return v.getValue();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
