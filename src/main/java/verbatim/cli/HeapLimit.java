package verbatim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import verbatim.site.Site;

/**
 * The heap a build of a large archive is given when the person building gave none. A JVM started without
 * {@code -Xmx} may grow its heap to a quarter of the machine's memory, and G1 grows it whenever collecting takes more
 * than about a thirteenth of the time, which a build that allocates as fast as the analysis does keeps reaching: far
 * more than the build holds (1.7 GiB of resident memory at 20,000 articles for about 110 MiB live). So a build started
 * by the jar's {@code main} without {@code -Xmx} (on its command line, {@code JDK_JAVA_OPTIONS} or
 * {@code JAVA_TOOL_OPTIONS}), whose content folder holds at least {@value #LARGE} files, runs in a second JVM started
 * with the same options and arguments and {@code -Xmx}{@value #HEAP_MIB}{@code m}; a small archive keeps the quick start
 * of one JVM, and a JVM whose default heap is that small already is not doubled.
 *
 * <p>Why {@value #HEAP_MIB} MiB: the aim is 1 GiB of resident memory for both JVMs. At 100,000 articles the build
 * held at most about 150 MiB live (315 MiB after young collections while the manifest and catalogue were written)
 * and built in {@code -Xmx512m}; its JVM's memory beside the heap (the collector's tables, code, metaspace, threads)
 * was 150–180 MiB, and the first JVM holds about 55 MiB. With 768 MiB the build's JVM peaked at 948 MiB, both JVMs
 * 1,003 MiB: no room left. With 640 MiB: 640 + 180 + 55 = 875 MiB at worst, a margin of about 150 MiB, and still
 * twice the most the build was seen to hold after young collections (315 MiB).
 *
 * <p>Example: {@code java -jar archive.jar build} over a content folder of 200,000 files runs
 * {@code java -Xmx640m -cp archive.jar verbatim.cli.Main build} and exits with its exit code.
 */
final class HeapLimit {

    /** Content files from which an archive counts as large: 1,000 articles in two languages. */
    static final int LARGE = 2_000;
    /** The heap given to the build of a large archive, in MiB. */
    static final int HEAP_MIB = 640;
    /**
     * Content files below which the second JVM compiles with the quick compiler only ({@code -XX:TieredStopAtLevel=1}):
     * its code runs slower, but the optimising compiler's work does not pay for itself in a build this short (at 1,000
     * articles it was a third of the build's CPU time); a larger build keeps it, unless it is a rebuild
     * ({@link #quick}). See docs/speed-rounds.md.
     */
    static final int QUICK_BELOW = 10_000;
    /** The least young generation of a rebuild's second JVM, in MiB ({@link #options}). */
    static final int YOUNG_MIB = 256;
    /** The size of a catalogue (MiB) below which a rebuild's second JVM gets that young generation: 20,000 articles. */
    static final int YOUNG_RECORDS_MIB = 24;
    /** The class-data-sharing archive that {@code mvn package} leaves beside the jar. */
    static final String SHARED_ARCHIVE = "archive.jsa";

    private HeapLimit() {
    }

    /** True when the JVM was given a maximum heap size. */
    static boolean given() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize=") || arg.startsWith("-XX:MaxRAM")) {
                return true;
            }
        }
        for (String env : new String[] {"JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"}) {
            String options = System.getenv(env);
            if (options != null && (options.contains("-Xmx") || options.contains("MaxHeapSize")
                    || options.contains("MaxRAM"))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code content} holds at least {@value #LARGE} files and folders, at any depth (counted to there). */
    static boolean large(Path content) {
        return count(content, LARGE + 1) > LARGE; // the folder itself is the first
    }

    /**
     * The files and folders of {@code content}, itself included, counted to {@code limit}; 0 when unreadable. A folder
     * whose own names reach the limit (a flat archive) is not walked: its names are read without their attributes.
     */
    static long count(Path content, long limit) {
        if (!Files.isDirectory(content)) {
            return 0;
        }
        Counted last = counted;
        Path folder = content.toAbsolutePath().normalize();
        if (Main.launched && last != null && last.folder().equals(folder)
                && (last.files() < last.limit() || limit <= last.limit())) {
            return Math.min(last.files(), limit); // counted for this command already (for the heap, the compilers)
        }
        long top = 1; // the folder and its own names, read without the attributes of each (as the walk reads them)
        try (java.nio.file.DirectoryStream<Path> names = Files.newDirectoryStream(content)) {
            for (java.util.Iterator<Path> i = names.iterator(); top < limit && i.hasNext(); i.next()) {
                top++;
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            top = 0; // walked below, which tells
        }
        if (top >= limit) { // as many as the walk would count to its limit: a flat archive, not walked
            counted = new Counted(folder, limit, limit);
            return limit;
        }
        try (Stream<Path> files = Files.walk(content)) {
            long n = files.limit(limit).count();
            counted = new Counted(folder, n, limit);
            return n;
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // told by the build
        }
    }

    /**
     * The last count of a JVM started by {@link Main#main} (one command, counting its folder up to three times: for the
     * heap, to {@value #LARGE} then to {@value #QUICK_BELOW}, and for the compilers): of the folder {@code folder}, to
     * {@code limit}.
     */
    private record Counted(Path folder, long files, long limit) {
    }

    private static volatile Counted counted;

    /**
     * The options the second JVM gets besides those of the first ({@code given}) and its heap: the quick compiler only
     * for an archive of fewer than {@value #QUICK_BELOW} files or a rebuild ({@code quick}); a young generation of at
     * least {@value #YOUNG_MIB} MiB for a rebuild of an archive of up to about 20,000 articles ({@code young}); and the
     * class-data-sharing archive beside the jar when there is one ({@code shared}, or null), its messages off (an
     * archive made for another jar is not used, silently). An option the person building gave about any of them is
     * left as given.
     *
     * <p>Why a young generation: a rebuild holds the previous build's records (about 100 MiB at 10,000 articles) and
     * is over in a second, and G1 starts from a young generation of about 20 MiB, so that it stopped the build about
     * ten times to copy those records from one survivor space to the next (0.1–0.15 s at 10,000 articles); with
     * {@value #YOUNG_MIB} MiB it collects once or never, for about 50 MiB more resident memory. A larger archive keeps
     * G1's own sizing, which leaves the old generation room for its larger records.
     *
     * <p>Example: {@code options(List.of(), true, false, Path.of("/opt/archive.jsa"))} is
     * {@code [-XX:TieredStopAtLevel=1, -XX:SharedArchiveFile=/opt/archive.jsa, -Xlog:cds=off,cds+dynamic=off]}.
     */
    static List<String> options(List<String> given, boolean quick, boolean young, Path shared) {
        List<String> out = new ArrayList<>();
        if (quick && given.stream().noneMatch(o -> o.contains("TieredStopAtLevel") || o.contains("TieredCompilation")
                || o.startsWith("-Xint") || o.startsWith("-Xcomp"))) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        if (young && given.stream().noneMatch(o -> o.startsWith("-Xmn") || o.contains("NewSize")
                || o.contains("NewRatio") || o.contains("GC"))) {
            out.add("-XX:NewSize=" + YOUNG_MIB + "m");
        }
        if (shared != null && given.stream().noneMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                || o.contains("ArchiveClassesAtExit"))) {
            out.add("-XX:SharedArchiveFile=" + shared);
            out.add("-Xlog:cds=off,cds+dynamic=off");
        }
        return out;
    }

    /**
     * Whether the second JVM of a build over {@code files} content files (counted to {@value #QUICK_BELOW}) compiles
     * with the quick compiler only: below {@value #QUICK_BELOW} files, and for a rebuild at any size. A rebuild reads
     * most of what it gives from the cache and is over in a few seconds, too soon for the optimising compiler's work to
     * pay: after one edit at 10,000 articles it took half the CPU time and twice the wall time (4.2–5.0 s of user time
     * against 2.0 s with the quick one). A cold build of that size is as fast with either (see docs/speed-rounds.md),
     * so a rebuild that analyses everything again (a new version of the analyser) loses nothing.
     */
    static boolean quick(long files, boolean rebuild) {
        return files < QUICK_BELOW || rebuild;
    }

    /** The class-data-sharing archive beside the jar this JVM runs from, or null. */
    private static Path sharedArchive() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(SHARED_ARCHIVE);
        return Files.isRegularFile(archive) ? archive : null;
    }

    /**
     * Runs the build in a JVM with {@value #HEAP_MIB} MiB of heap when this one was started by {@link Main#main}
     * without a heap size, may grow past that, and {@code content} is large; returns its exit code, or -1 when the
     * build is to run here. {@code previous}: the size of the catalogue a previous build left in the cache folder, or
     * -1 when there is none ({@link Site#previousRecords}), asked only of a large archive. A rebuild compiles with the
     * quick compiler at any size ({@link #quick}), so the folder is counted to {@value #QUICK_BELOW} only for a cold
     * build; a rebuild of a catalogue under {@value #YOUNG_RECORDS_MIB} MiB gets a young generation of
     * {@value #YOUNG_MIB} MiB ({@link #options}).
     */
    static int relaunch(Path content, java.util.function.LongSupplier previous, List<String> args) {
        if (!Main.launched || given() || Runtime.getRuntime().maxMemory() <= (long) HEAP_MIB << 20) {
            return -1;
        }
        if (count(content, LARGE + 1) <= LARGE) {
            return -1;
        }
        long records = previous.getAsLong();
        boolean quick = records >= 0 || quick(count(content, QUICK_BELOW), false);
        boolean young = records >= 0 && records < (long) YOUNG_RECORDS_MIB << 20;
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(given);
        command.add("-Xmx" + HEAP_MIB + "m");
        command.addAll(options(given, quick, young, sharedArchive()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy, "verbatim-stop-build");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (IOException e) {
            return -1; // no second JVM: built here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INPUT_ERROR;
        }
    }
}
