package com.termboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every bundle is complete in both languages: same keys, same placeholders, no empty text, one per method. */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_.]*)");

    @TestFactory
    Stream<DynamicTest> everyEnglishBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        return englishBundles().map(en -> DynamicTest.dynamicTest(en.getFileName().toString(), () -> {
            Path zh = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_zh_CN.properties"));
            assertTrue(Files.exists(zh), "missing " + zh);
            Properties english = load(en);
            Properties chinese = load(zh);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                    "keys of " + en + " and " + zh + " differ");
            for (String key : english.stringPropertyNames()) {
                assertFalse(chinese.getProperty(key).isBlank(), zh + ": " + key + " is empty");
                assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)),
                        "placeholders of " + key + " differ between " + en + " and " + zh);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBundleInterfaceMatchesItsEnglishFile() throws IOException {
        return bundleInterfaces().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            String name = type.getAnnotation(MessageBundle.class).value();
            Path en = MESSAGES.resolve(name + "_en.properties");
            assertTrue(Files.exists(en), "missing " + en);
            Set<String> methods = Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(methods, new TreeSet<>(load(en).stringPropertyNames()),
                    type.getSimpleName() + " and " + en + " must name the same messages");
        }));
    }

    /** The dashboard has one Chinese name, 工作台, in its title, the navigation and every text that names it. */
    @TestFactory
    Stream<DynamicTest> theChineseTextsNameTheDashboardWithOneWord() throws IOException {
        assertEquals("工作台", load(MESSAGES.resolve("msg_zh_CN.properties")).getProperty("nav_dashboard"));
        assertEquals("工作台", load(MESSAGES.resolve("home_zh_CN.properties")).getProperty("home_title"));
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            Stream<Path> files = Stream.concat(Files.list(MESSAGES).filter(p -> p.toString().endsWith(".properties")),
                    templates.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList()).stream());
            return files.sorted().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("仪表板") || text.contains("仪表盘"), file + " calls the dashboard otherwise");
            }));
        }
    }

    static Stream<Path> englishBundles() throws IOException {
        return Files.list(MESSAGES).filter(p -> p.getFileName().toString().endsWith("_en.properties")).sorted();
    }

    /** The interfaces annotated @MessageBundle, found from the sources so that a new bundle cannot be missed. */
    static Stream<Class<?>> bundleInterfaces() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(MessageBundlesTest::declaresBundle)
                    .map(MessageBundlesTest::loadClass).collect(Collectors.toList()).stream();
        }
    }

    private static boolean declaresBundle(Path file) {
        try {
            return Files.readString(file).contains("@MessageBundle(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> loadClass(Path source) {
        String name = SOURCES.relativize(source).toString().replace(".java", "").replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
