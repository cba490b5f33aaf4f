package verbatim.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;

/**
 * The quick compiler only, for a build too short for the optimising one to pay for itself: HotSpot's C2 spent a third
 * of the CPU time of a build of 1,000 articles, and over a third of the seed site's, and its faster code did not win
 * that back in a build this short (with C1 alone the 1,000 articles took 13.6–18.7 s of CPU instead of 26.3 s). A
 * JVM started by the person building cannot be given {@code -XX:TieredStopAtLevel=1} once running, but it takes a
 * compiler directive that excludes every method from C2 (as {@code jcmd PID
 * Compiler.directives_add} does), after which methods are compiled by C1 alone.
 *
 * <p>Example: a build of the seed site with the plain {@code java -jar archive.jar build} took 2.4 s of CPU time with
 * C2 and 1.7 s without. Nothing is done on a JVM that has no such command (not HotSpot), or when the person building
 * chose the compilers ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation}, {@code -Xint}, a directives
 * file).
 */
final class QuickCompiler {

    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompiler() {
    }

    /** True when the JVM options {@code given} choose the compilers, which are then left as chosen. */
    static boolean chosen(List<String> given) {
        return given.stream().anyMatch(o -> o.contains("TieredStopAtLevel") || o.contains("TieredCompilation")
                || o.contains("CompilerDirectives") || o.startsWith("-Xint") || o.startsWith("-Xcomp"));
    }

    /**
     * Whether a build over {@code content} in a JVM started with the options {@code given} should ask for the quick
     * compiler only: its compilers were not chosen, and the folder holds fewer than {@value HeapLimit#QUICK_BELOW}
     * files. The folder is counted only when the compilers were not chosen: the second JVM of a large archive's build
     * is given them ({@link HeapLimit#options}), and counting its 10,000 files again took 50–60 ms of a rebuild's
     * start.
     */
    static boolean wanted(List<String> given, Path content) {
        return !chosen(given) && HeapLimit.count(content, HeapLimit.QUICK_BELOW) < HeapLimit.QUICK_BELOW;
    }

    /** Asks this JVM to compile nothing more with C2; true when it said yes. */
    static boolean only() {
        if (chosen(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("verbatim-compiler", ".json");
            Files.writeString(file, DIRECTIVE);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return said != null && !said.toString().toLowerCase(java.util.Locale.ROOT).contains("error");
        } catch (Exception | LinkageError e) {
            return false; // no such command here: both compilers, as started
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }
}
