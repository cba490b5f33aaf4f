import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-reload benchmark of {@code archive serve} (not a test): against a running, warm preview, saves a
 * paragraph of one original many times and measures, for each save, the time from the write to the preview's
 * {@code reload} event (read as a browser would, over Server-Sent Events), and to the new page fetched.
 *
 * <p>Usage (see serve.sh, which makes the archive and starts the preview):
 * {@code java src/bench/ServeBench.java URL CONTENT_FILE [ROUNDS] [WARMUP] [SERVER_PID CLOCK_TICKS]}. Prints each
 * round, then the medians in milliseconds; given the server's process id (Linux) and the clock ticks per second
 * ({@code getconf CLK_TCK}), also the CPU time the server used per measured save, all its threads (the JIT
 * compiler's and the collector's too).
 */
public final class ServeBench {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        Path file = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path stat = args.length > 5 ? Path.of("/proc", args[4], "stat") : null;
        int ticks = args.length > 5 ? Integer.parseInt(args[5]) : 100;
        long cpuStart = 0;
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.indexOf('.'));
        String lang = name.substring(slug.length() + 1, name.length() - ".md".length());
        URI page = url.resolve(lang + "/articles/" + slug + "/");
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        client.sendAsync(HttpRequest.newBuilder(url.resolve("/__verbatim/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    } else if (line.equals("event: build-error")) {
                        errors.add(line);
                    }
                }));
        Thread.sleep(1000);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        int body = original.indexOf("\n---", 3) + 4;
        int paragraphEnd = original.indexOf("\n\n", original.indexOf("\n\n", body) + 2);
        List<Long> toEvent = new ArrayList<>();
        List<Long> toPage = new ArrayList<>();
        try {
            for (int i = 0; i < warmup + rounds; i++) {
                if (i == warmup && stat != null) {
                    cpuStart = cpuMillis(stat, ticks);
                }
                String word = "Benchmarkword" + i;
                String edited = original.substring(0, paragraphEnd) + " " + word + "." + original.substring(paragraphEnd);
                reloads.clear();
                long saved = System.nanoTime();
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                Long reloaded = reloads.poll(300, TimeUnit.SECONDS);
                if (reloaded == null) {
                    throw new IllegalStateException("no reload event within 300 s" + (errors.isEmpty() ? "" : ": the build failed"));
                }
                String html = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
                long shown = System.nanoTime();
                if (!html.contains(word)) {
                    throw new IllegalStateException("the reloaded page " + page + " does not show the edit");
                }
                long e = (reloaded - saved) / 1_000_000;
                long p = (shown - saved) / 1_000_000;
                System.out.printf("%s round %2d: save → reload event %5d ms, → new page fetched %5d ms%n",
                        i < warmup ? "warm-up" : "       ", i + 1, e, p);
                if (i >= warmup) {
                    toEvent.add(e);
                    toPage.add(p);
                }
                Thread.sleep(500);
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        long cpuEnd = stat == null ? 0 : cpuMillis(stat, ticks);
        System.out.printf("median of %d saves: save → reload event %d ms (min %d, max %d); → new page fetched %d ms%n",
                rounds, median(toEvent), Collections.min(toEvent), Collections.max(toEvent), median(toPage));
        if (stat != null) {
            System.out.printf("server CPU time per save: %d ms (user and system, all threads, mean of %d saves)%n",
                    (cpuEnd - cpuStart) / rounds, rounds);
        }
        System.exit(0);
    }

    /** The CPU time a process used so far (user and system), from its {@code /proc/PID/stat}, in milliseconds. */
    private static long cpuMillis(Path stat, int ticks) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" "); // after the command's name
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / ticks; // utime, stime
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
