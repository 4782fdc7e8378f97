package com.termboard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The texts of a message bundle, to check that a page in Chinese shows none of its English sentences. */
public final class BundleTexts {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    private BundleTexts() {
    }

    public static Properties load(String bundle, String language) {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(bundle + "_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /**
     * The English phrases of a bundle that read differently in Chinese: texts of several words, or the fixed pieces
     * around the placeholders of a text with parameters.
     */
    public static List<String> englishPhrases(String bundle) {
        Properties en = load(bundle, "en");
        Properties zh = load(bundle, "zh_CN");
        List<String> phrases = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            if (english.equals(zh.getProperty(key))) {
                continue;
            }
            for (String piece : english.split("\\{[^}]*}")) {
                String phrase = piece.strip();
                if (phrase.contains(" ") && phrase.length() >= 8 && phrase.chars().filter(Character::isLetter)
                        .count() >= 6) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    /** Fails naming every English phrase of the bundles that the page still shows. */
    public static void assertNoEnglish(String html, String... bundles) {
        List<String> left = new ArrayList<>();
        for (String bundle : bundles) {
            for (String phrase : englishPhrases(bundle)) {
                String escaped = phrase.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;");
                if (html.contains(phrase) || html.contains(escaped)) {
                    left.add(bundle + ": " + phrase);
                }
            }
        }
        assertEquals(List.of(), left, "English left on a Chinese page");
    }
}
