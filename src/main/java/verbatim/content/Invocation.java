package verbatim.content;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How to run this program again, as a command to type in a shell: the one place that names the command, for
 * {@code init}'s next steps and for every message that tells the user to run one ({@code run: archive check --accept
 * a}). The README writes the commands {@code archive …}; here the name is the one that works where the user is. The
 * launcher script ({@code archive} beside {@code archive.jar}, which names itself in {@value #LAUNCHER}) gives
 * {@code archive} when the first {@code archive} on the {@code PATH} is that script, else its absolute path; a
 * plain {@code java -jar archive.jar} gives {@code java -jar /absolute/path/archive.jar}; classes not run from a jar
 * (tests) give {@code archive}. Each works from any folder: {@code cd my-archive} then
 * {@code /home/ann/verbatim/archive build}.
 */
public final class Invocation {

    /** The system property in which the launcher script gives its own path. */
    static final String LAUNCHER = "verbatim.launcher";

    private Invocation() {
    }

    /** The command that runs this program from any folder, such as {@code archive} or {@code java -jar /…/archive.jar}. */
    public static String command() {
        return command(System.getProperty(LAUNCHER), System.getenv("PATH"), jar());
    }

    /** The command line that runs the command {@code args}: {@code archive check --accept a}. */
    public static String of(String args) {
        return command() + " " + args;
    }

    /**
     * The command line that runs {@code args} in a JVM given {@code heap} ({@code 2g}): {@code java -Xmx2g -jar
     * /…/archive.jar build} for the jar, {@code JDK_JAVA_OPTIONS=-Xmx2g archive build} for the launcher (which runs
     * java, which reads that variable).
     */
    public static String withHeap(String heap, String args) {
        return withHeap(command(), heap, args);
    }

    static String withHeap(String command, String heap, String args) {
        return command.startsWith("java -jar ") ? "java -Xmx" + heap + command.substring("java".length()) + " " + args
                : "JDK_JAVA_OPTIONS=-Xmx" + heap + " " + command + " " + args;
    }

    /**
     * The command for a launcher at {@code launcher} (null when there is none) with the search path {@code path},
     * or for the jar {@code jar} (null when the classes are not run from a jar: then the plain name).
     */
    static String command(String launcher, String path, Path jar) {
        if (launcher != null && !launcher.isEmpty()) {
            Path script = Path.of(launcher).toAbsolutePath().normalize();
            String name = script.getFileName().toString();
            Path found = onPath(name, path);
            return found != null && same(found, script) ? name : quoted(script.toString());
        }
        if (jar != null) {
            return "java -jar " + quoted(jar.toAbsolutePath().normalize().toString());
        }
        return "archive";
    }

    /** The first executable file named {@code name} in the folders of {@code path}, or null. */
    private static Path onPath(String name, String path) {
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The jar these classes were loaded from, or null when they were not loaded from one. */
    private static Path jar() {
        try {
            CodeSource source = Invocation.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A word as a POSIX shell reads it: as it is when it holds only safe characters, else in single quotes. */
    public static String quoted(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
