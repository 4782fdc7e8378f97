package com.termboard.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English sentences of a message bundle that a Chinese page must not show: every text of the English file
 * that differs from its Chinese twin, cut at its {placeholders}, keeping the pieces of several words.
 */
public final class BundleFragments {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private BundleFragments() {
    }

    public static List<String> englishOnly(String bundle) {
        Properties en = load(bundle + "_en.properties");
        Properties zh = load(bundle + "_zh_CN.properties");
        return en.stringPropertyNames().stream().sorted()
                .filter(key -> !en.getProperty(key).equals(zh.getProperty(key)))
                .flatMap(key -> {
                    String text = en.getProperty(key);
                    boolean whole = !PLACEHOLDER.matcher(text).find();
                    return Stream.of(PLACEHOLDER.split(text)).map(String::strip)
                            .filter(piece -> piece.split("\\s+").length >= (whole ? 2 : 3));
                })
                .toList();
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
