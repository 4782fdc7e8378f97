import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Constant-rate (open-model) load: sends requests at fixed intended times whatever the answers, and measures each
 * latency from its intended send time, so a stall counts for every request that should have been sent during it
 * (no coordinated omission). Run: java -cp HdrHistogram.jar OpenLoad.java URL RATE SECONDS [COOKIE [JSON_BODY]]
 * Prints: rate=<sent/s> ok=<2xx> errors=<other> p50= p90= p99= p999= max= (milliseconds). With -Dwarm=N it first
 * sends N seconds at the same rate that are not recorded, so that the generator's own start (its JIT, its
 * connections) is not counted against the server.
 */
public class OpenLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String cookie = args.length > 3 ? args[3] : "";
        String body = args.length > 4 && !args[4].isEmpty() ? args[4] : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long warm = Math.round(rate * Integer.getInteger("warm", 0));
        long total = warm + Math.round(rate * seconds);
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        for (long i = 0; i < total; i++) {
            boolean recorded = i >= warm;
            long intended = start + Math.round(i * interval);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (recorded) {
                    recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1000)); // µs from intended
                    if (e == null && r.statusCode() / 100 == 2) {
                        ok.incrementAndGet();
                    } else if (errors.incrementAndGet() == 1) {
                        System.err.println("first error: " + (e != null ? e : "HTTP " + r.statusCode()));
                    }
                }
                done.countDown();
            });
        }
        double sentRate = total / ((System.nanoTime() - start) / 1e9); // warm-up included: the same rate
        done.await();
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf(java.util.Locale.ROOT, "rate=%.1f ok=%d errors=%d p50=%.1f p90=%.1f p99=%.1f p999=%.1f "
                + "max=%.1f%n", sentRate, ok.get(), errors.get(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
