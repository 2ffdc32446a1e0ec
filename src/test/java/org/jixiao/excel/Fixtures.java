package org.jixiao.excel;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.exchange.ExchangeForm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The 32 published forms of {@code src/test/resources/fixtures} (relative to the project base dir). */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Provenance fields: importers may drop them. */
    private static final Set<String> PROVENANCE = Set.of("source", "ordinal", "notes");

    private Fixtures() {
    }

    static Stream<String> names() {
        return Stream.concat(
                IntStream.rangeClosed(1, 17).mapToObj(i -> String.format("000-%02d.json", i)),
                IntStream.rangeClosed(1, 15).mapToObj(i -> String.format("001-%02d.json", i)));
    }

    static ExchangeForm load(String name) {
        try (InputStream in = Files.newInputStream(PublishedFixtures.file(name))) {
            return JSON.readValue(in, ExchangeForm.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds a record tree without provenance and with every BigDecimal in canonical form, so that
     * {@code equals} compares values (4460000.00 equals 4460000) and nothing else.
     */
    @SuppressWarnings("unchecked")
    static <T> T normalise(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return (T) SheetReader.canonical(b);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return (T) out;
        }
        if (!value.getClass().isRecord()) {
            return value;
        }
        try {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = PROVENANCE.contains(components[i].getName()) ? null
                        : normalise(components[i].getAccessor().invoke(value));
            }
            return (T) value.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
