package com.termboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No template writes a user-visible word itself: every text and every title, placeholder, alt or aria-label comes
 * from a message bundle, so that a page cannot stay half English in Chinese.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("(?s)\\{!.*?!}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(title|placeholder|aria-label|alt)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    @TestFactory
    Stream<DynamicTest> templatesHoldNoLiteralText() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(TEMPLATES.relativize(p).toString(),
                            () -> assertEquals(List.of(), literalWords(Files.readString(p)),
                                    p + " shows words that are not from a message bundle")));
        }
    }

    static List<String> literalWords(String template) {
        String text = COMMENT.matcher(template).replaceAll("");
        String previous;
        do {
            previous = text;
            text = EXPRESSION.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        List<String> found = new ArrayList<>();
        Matcher attributes = VISIBLE_ATTRIBUTE.matcher(text);
        while (attributes.find()) {
            collect(attributes.group(2), found);
        }
        collect(TAG.matcher(text).replaceAll(" "), found);
        return found;
    }

    private static void collect(String text, List<String> found) {
        Matcher words = WORD.matcher(ENTITY.matcher(text).replaceAll(" "));
        while (words.find()) {
            found.add(words.group());
        }
    }
}
