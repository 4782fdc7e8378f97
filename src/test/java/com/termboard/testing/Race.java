package com.termboard.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Sends several requests at the same instant (released by a barrier) and answers what each got, in order. */
public final class Race {

    /** How often each race is run: an interleaving that loses an update shows up within a few rounds. */
    public static final int ROUNDS = 12;

    private Race() {
    }

    /** Runs every call on its own thread, all released together; the answers in the order of {@code calls}. */
    @SafeVarargs
    public static List<Response> atOnce(Supplier<Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CyclicBarrier start = new CyclicBarrier(calls.length);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Supplier<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.get();
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status codes of the answers, sorted (e.g. [200, 409]). */
    public static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).sorted(Comparator.naturalOrder()).toList();
    }
}
