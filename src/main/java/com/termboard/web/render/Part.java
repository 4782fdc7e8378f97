package com.termboard.web.render;

import java.nio.charset.StandardCharsets;

/**
 * A rendered part of a page ({@link RenderedParts}): its text, and that text in UTF-8, encoded once when the part was
 * rendered. A template inserts it with {@code {part.raw}}, which hands its text on as the very same {@code String};
 * {@link Page} recognises it there and writes the kept bytes instead of copying and encoding the text again.
 */
public final class Part {

    private final String text;
    private final byte[] utf8;

    public Part(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    /** The rendered text (never changed: {@link Page} reads it by identity). */
    @Override
    public String toString() {
        return text;
    }

    String text() {
        return text;
    }

    /** The text's UTF-8 bytes, shared: never to be changed. */
    byte[] utf8() {
        return utf8;
    }
}
