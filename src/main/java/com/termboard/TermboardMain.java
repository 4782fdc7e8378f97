package com.termboard;

import com.termboard.system.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the embedded PostgreSQL when no datasource is configured, then Quarkus. */
@QuarkusMain
public class TermboardMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatasource();
        Quarkus.run(args);
    }
}
