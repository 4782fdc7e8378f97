package com.termboard.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.termboard.web.forms.IsoDate;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Strict reading of JSON bodies: a whole number is never 1.5 (Jackson would cut it to 1), a date is a string
 * {@code yyyy-MM-dd} (Jackson would also take 12345 as a day count, a date-time, or a five-digit year), a body is
 * one JSON value (Jackson would ignore what follows it) and names each field once (Jackson keeps the last).
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("termboard-dates").addDeserializer(LocalDate.class, new Dates()));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus' own customizers, so that this date reader wins
    }

    /** Reads {@code "yyyy-MM-dd"}; an empty string is no date, anything else is refused as the wrong format. */
    static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = IsoDate.parse(text);
            return date != null ? date
                    : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date as yyyy-MM-dd");
        }
    }
}
