package org.jixiao.support;

import java.nio.file.Path;

/**
 * Where the published forms the tests read live: {@code src/test/resources/fixtures} (see its README), relative to
 * the project's base directory, which is where Maven runs the tests.
 */
public final class PublishedFixtures {

    public static final Path DIR = Path.of("src", "test", "resources", "fixtures");

    private PublishedFixtures() {
    }

    /** One fixture file, e.g. {@code 000-07.json}. */
    public static Path file(String name) {
        return DIR.resolve(name);
    }
}
