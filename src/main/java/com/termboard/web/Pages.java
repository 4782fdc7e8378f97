package com.termboard.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/** Writes a {@link Page}: its UTF-8 bytes as they are, so with their length ({@code Content-Length}). */
@Provider
@Produces(MediaType.TEXT_HTML)
public class Pages implements ServerMessageBodyWriter<Page> {

    private final LongAdder written = new LongAdder();
    private final LongAdder spliced = new LongAdder();

    /** How many pages this writer has written (tests that check it is the one in use). */
    public long written() {
        return written.sum();
    }

    /** How many kept parts those pages held as their kept bytes (tests that check the parts are recognised). */
    public long spliced() {
        return spliced.sum();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return type == Page.class;
    }

    @Override
    public void writeResponse(Page page, Type genericType, ServerRequestContext context) {
        count(page);
        context.serverResponse().end(page.utf8());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Page.class;
    }

    @Override
    public void writeTo(Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        count(page);
        out.write(page.utf8());
    }

    private void count(Page page) {
        written.increment();
        spliced.add(page.spliced());
    }
}
