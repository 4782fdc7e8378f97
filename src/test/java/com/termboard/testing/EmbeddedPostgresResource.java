package com.termboard.testing;

import com.termboard.system.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every {@code @QuarkusTest} a real, empty PostgreSQL: an embedded one in a fresh directory, or the
 * server named by {@code QUARKUS_DATASOURCE_JDBC_URL} when that is set.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private Path dir;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return Map.of();
        }
        try {
            dir = Files.createTempDirectory("termboard-test-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return EmbeddedDatabase.start(dir);
    }

    @Override
    public void stop() {
        EmbeddedDatabase.stop();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
