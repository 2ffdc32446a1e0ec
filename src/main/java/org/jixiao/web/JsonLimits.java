package org.jixiao.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * Limits on the JSON the application reads (API bodies, and page forms on their way through the exchange
 * format): no text value longer than {@link #MAX_TEXT} characters and no control characters other than tab and
 * line breaks, each refused with the field's path; and a parser limit that stops absurd documents early.
 */
@Configuration
public class JsonLimits {

    /** Far above any field of the forms (the longest text columns are a few thousand characters). */
    public static final int MAX_TEXT = 100_000;
    /** Parser limit for one string token, so that a huge value is refused before it is fully built. */
    static final int MAX_TOKEN = 2_000_000;

    /** Spring Boot registers every Module bean with the application's ObjectMapper. */
    @Bean
    Module strictTextModule() {
        return new SimpleModule("strict-text").addDeserializer(String.class, new TextDeserializer());
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer parserLimits() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TOKEN).build()));
    }

    /** A text value the application refuses; its message is for the user. */
    public static final class InvalidTextException extends JsonMappingException {
        InvalidTextException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static final class TextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_TEXT) {
                throw new InvalidTextException(p, "文字过长（不能超过" + MAX_TEXT + "字）");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    throw new InvalidTextException(p, "不能包含控制字符");
                }
            }
            return value;
        }
    }
}
