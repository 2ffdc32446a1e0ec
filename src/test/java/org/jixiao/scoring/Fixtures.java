package org.jixiao.scoring;

import org.jixiao.support.PublishedFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.exchange.TargetDeclarationForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the published forms at {@code src/test/resources/fixtures} (relative to the project base dir). */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final Path DIR = PublishedFixtures.DIR;

    record Named<T>(String file, T form) {
    }

    private Fixtures() {
    }

    static List<Named<SelfEvaluationForm>> selfEvaluations() {
        return read("000-", SelfEvaluationForm.class);
    }

    static List<Named<TargetDeclarationForm>> declarations() {
        return read("001-", TargetDeclarationForm.class);
    }

    static SelfEvaluationForm selfEvaluation(String file) {
        try {
            return JSON.readValue(DIR.resolve(file).toFile(), SelfEvaluationForm.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<Named<T>> read(String prefix, Class<T> type) {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Named<T>> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(new Named<>(p.getFileName().toString(), JSON.readValue(p.toFile(), type)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
