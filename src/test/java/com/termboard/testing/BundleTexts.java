package com.termboard.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/** The English sentences of a message bundle, to check that a page shown in Chinese holds none of them. */
public final class BundleTexts {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    private BundleTexts() {
    }

    /**
     * The English texts of {@code bundle} that the Chinese bundle words differently and that have two words or more;
     * of a text with parameters, its longest piece between them.
     */
    public static List<String> englishSentences(String bundle) {
        Properties english = load(bundle + "_en.properties");
        Properties chinese = load(bundle + "_zh_CN.properties");
        List<String> sentences = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.contains("{#") || text.equals(chinese.getProperty(key))) {
                continue;
            }
            String longest = Arrays.stream(text.split("\\{[^}]*}")).map(String::trim)
                    .max(Comparator.comparingInt(String::length)).orElse("");
            if (longest.contains(" ") && longest.length() >= 8) {
                sentences.add(longest);
            }
        }
        return sentences;
    }

    /** Fails if {@code html} shows any English sentence of the bundles, as Qute escapes it. */
    public static void assertNoEnglish(String html, String... bundles) {
        for (String bundle : bundles) {
            for (String sentence : englishSentences(bundle)) {
                assertFalse(html.contains(sentence) || html.contains(escape(sentence)),
                        "English text of " + bundle + " in the page: " + sentence);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
