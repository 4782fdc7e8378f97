package com.termboard.web.render;

import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * A page rendered to UTF-8, with its kept parts ({@link Part}) spliced in as the bytes they were encoded to once. A
 * page method that returns a {@code TemplateInstance} has Quarkus copy a report's whole body into the layout's
 * text, copy that into a {@code String} and encode it again on every request: the part of a long report's cost that
 * grows with its size. {@link Utf8Pages} writes the bytes as they are, with their length.
 *
 * @param utf8 the page, never changed after rendering
 * @param spliced how many kept parts were written as their kept bytes
 */
public record Page(byte[] utf8, int spliced) {

    /**
     * Renders {@code template} (in the request's language, as any template) into UTF-8; where its text is one of
     * {@code parts}' (inserted with {@code {part.raw}}), the part's kept bytes are used as they are.
     */
    public static Page render(TemplateInstance template, Part... parts) {
        List<byte[]> pieces = new ArrayList<>(2 * parts.length + 1);
        StringBuilder text = new StringBuilder(8192);
        try {
            template.consume(chunk -> {
                Part part = among(parts, chunk);
                if (part == null) {
                    text.append(chunk);
                } else {
                    pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                    pieces.add(part.utf8());
                }
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, page, at, piece.length);
            at += piece.length;
        }
        return new Page(page, (pieces.size() - 1) / 2);
    }

    /** The part whose text {@code chunk} is (the same instance), or null. */
    private static Part among(Part[] parts, String chunk) {
        for (Part part : parts) {
            if (part != null && part.text() == chunk) {
                return part;
            }
        }
        return null;
    }
}
