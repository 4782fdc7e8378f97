package com.termboard.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A steady stream of progress entries through the API, each with its own Idempotency-Key, and what each got. */
final class WriteLoad implements Runnable {

    /** One POST: its key, the status (0: no answer in time) and the entry id of a 201. */
    record Attempt(String key, int status, Long id, long millis, long sentAtNanos) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String prefix;
    private final String url;
    private final Map<String, String> headers;
    private final String asOf;
    private final long pauseMillis;
    private final List<Attempt> attempts = new ArrayList<>();
    private volatile boolean stopped;

    /** Posts to {@code url} as whoever {@code headers} (Cookie and X-CSRF-Token, or Authorization) name. */
    WriteLoad(String url, Map<String, String> headers, String asOf, long pauseMillis) {
        this("outage-", url, headers, asOf, pauseMillis);
    }

    /** The same, with keys {@code prefix + n}, so that several loads at once never share a key. */
    WriteLoad(String prefix, String url, Map<String, String> headers, String asOf, long pauseMillis) {
        this.prefix = prefix;
        this.url = url;
        this.headers = Map.copyOf(headers);
        this.asOf = asOf;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public void run() {
        for (int i = 0; !stopped; i++) {
            String key = prefix + i;
            attempts(send(key, i));
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        stopped = true;
    }

    /** Sends the entry of {@code key} number {@code n}: the same body every time, so a retry is a true repeat. */
    Attempt send(String key, int n) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        headers.forEach(builder::header);
        HttpRequest request = builder.header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"" + asOf + "\",\"value\":" + n
                        + ",\"comment\":\"" + key + "\"}")).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ID.matcher(r.body());
            Long id = r.statusCode() == 201 && m.find() ? Long.valueOf(m.group(1)) : null;
            return new Attempt(key, r.statusCode(), id, (System.nanoTime() - start) / 1_000_000, start);
        } catch (java.io.IOException e) {
            return new Attempt(key, 0, null, (System.nanoTime() - start) / 1_000_000, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(key, 0, null, (System.nanoTime() - start) / 1_000_000, start);
        }
    }

    private synchronized void attempts(Attempt a) {
        attempts.add(a);
    }

    synchronized List<Attempt> attempts() {
        return new ArrayList<>(attempts);
    }
}
