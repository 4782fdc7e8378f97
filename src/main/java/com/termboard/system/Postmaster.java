package com.termboard.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the operating system says about the PostgreSQL processes of one data directory. */
final class Postmaster {

    private static final Path PROC = Path.of("/proc");

    private Postmaster() {
    }

    /** The pid that {@code postmaster.pid} names, if the file is there. */
    static Optional<Long> pid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // missing, or being written by a postmaster that starts
        }
    }

    /** True while the process {@code postmaster.pid} names runs (a zombie left by a kill no longer does). */
    static boolean running(Path dataDir) {
        return pid(dataDir).filter(Postmaster::alive).isPresent();
    }

    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return true; // no /proc (not Linux): ProcessHandle's answer
        }
    }

    /**
     * The processes still working in {@code dataDir} (every PostgreSQL process changes into its data directory): after
     * the postmaster died its backends take a moment to notice and exit, and while they hold its shared memory a new
     * postmaster refuses to start. Empty where there is no {@code /proc}.
     */
    static List<ProcessHandle> leftovers(Path dataDir) {
        Path dir;
        try {
            dir = dataDir.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                return Files.readSymbolicLink(PROC.resolve(Long.toString(p.pid())).resolve("cwd")).equals(dir);
            } catch (IOException | RuntimeException e) {
                return false; // gone, a zombie, or not ours to read
            }
        }).toList();
    }

    /**
     * Removes {@code postmaster.pid} when nothing runs in the directory any more, so that a pid reused since, or a
     * zombie that nobody reaps, cannot pass for a running server. Kept while anything still works there: that file
     * is what stops a second postmaster from starting on top of living backends.
     */
    static void removeStalePidFile(Path dataDir) throws IOException {
        Optional<Long> pid = pid(dataDir);
        if (pid.isPresent() && Files.isDirectory(PROC) && leftovers(dataDir).isEmpty()
                || pid.isPresent() && !Files.isDirectory(PROC) && !alive(pid.get())) {
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
        }
    }
}
