package com.termboard;

import com.termboard.history.GenerateCommand;
import com.termboard.system.ClassArchiveTraining;
import com.termboard.system.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL when no datasource is configured, then Quarkus; {@code generate ...} fills the
 * database with a synthetic history instead of serving (README "Performance"); {@code train} makes one start for
 * the JVM's class archive (README "Start-up and memory").
 */
@QuarkusMain
public class TermboardMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("train")) {
            Path dir = ClassArchiveTraining.prepare();
            Quarkus.run(ClassArchiveTraining.class, (code, failure) -> {
                ClassArchiveTraining.cleanUp(dir);
                System.exit(failure == null ? code : 1);
            }, args);
            return;
        }
        EmbeddedDatabase.startIfNoDatasource();
        if (args.length > 0 && args[0].equals("generate")) {
            if (System.getProperty("quarkus.http.port") == null) {
                System.setProperty("quarkus.http.port", "0"); // the command serves nothing; never clash with an app
            }
            // Its bulk load and VACUUM run for minutes at the large scale: no statement or socket limit (those in
            // application.properties are there so that a stalled database cannot hang a request).
            System.setProperty("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=0");
            System.setProperty("quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "0");
            Quarkus.run(GenerateCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
