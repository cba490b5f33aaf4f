package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code archive} beside {@code archive.jar} (made by {@code mvn package}) runs as the README says: by
 * its path, and by its name once on the PATH; the next commands {@code init} prints run as they are printed.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("archive").toAbsolutePath();

    @TempDir
    Path dir;

    /** The exit code and the output of a shell command run in {@code folder} with the search path {@code path}. */
    private record Shell(int exit, String out) {
        static Shell run(Path folder, String path, String command) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(folder.toFile())
                    .redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("PATH", path);
            env.remove("JDK_JAVA_OPTIONS");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), command);
            return new Shell(p.exitValue(), out);
        }
    }

    /** The commands after "Next:", without their comments, joined to run one after the other. */
    private static String next(String out) {
        String after = out.substring(out.indexOf("Next:\n") + "Next:\n".length());
        List<String> lines = after.lines().limit(2).map(l -> l.replaceFirst("\\s+#.*", "").strip()).toList();
        return String.join(" && ", lines);
    }

    @Test
    void theLauncherRunsByItsPathAndTheNextCommandsInitPrintsRun() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "the launcher is in the repository, executable");
        String path = System.getenv("PATH");
        Shell init = Shell.run(dir, path, "'" + LAUNCHER + "' init news");
        assertEquals(0, init.exit(), init.out());
        assertTrue(init.out().contains("Next:\n  cd news\n  " + LAUNCHER + " build "), init.out());
        Shell build = Shell.run(dir, path, next(init.out()));
        assertEquals(0, build.exit(), build.out());
        assertTrue(Files.isRegularFile(dir.resolve("news/site/fr/articles/valbrune-library/index.html")), build.out());
    }

    @Test
    void theLauncherOnThePathRunsByItsNameFromAnyFolder() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("archive"), LAUNCHER);
        String path = bin + File.pathSeparator + System.getenv("PATH");
        Shell init = Shell.run(dir, path, "archive init news");
        assertEquals(0, init.exit(), init.out());
        assertTrue(init.out().contains("Next:\n  cd news\n  archive build "), init.out());
        Shell build = Shell.run(dir, path, next(init.out()));
        assertEquals(0, build.exit(), build.out());
        assertTrue(build.out().startsWith("Built 1 article"), build.out());
        Shell help = Shell.run(dir.resolve("news"), path, "archive --version");
        assertEquals("Verbatim 0.1.0\n", help.out());
    }

    /** What a copy of the launcher beside an archive.jar (and an archive.jsa, when {@code shared}) passes to java. */
    private String javaArguments(boolean shared, String jdkJavaOptions) throws Exception {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(LAUNCHER, app.resolve("archive"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(app.resolve("archive.jar"), "");
        Files.deleteIfExists(app.resolve("archive.jsa"));
        if (shared) {
            Files.writeString(app.resolve("archive.jsa"), "");
        }
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n"); // prints what it is given
        assertTrue(bin.resolve("java").toFile().setExecutable(true));
        String env = jdkJavaOptions == null ? "" : "JDK_JAVA_OPTIONS='" + jdkJavaOptions + "' ";
        Shell run = Shell.run(dir, bin + File.pathSeparator + System.getenv("PATH"),
                env + "sh '" + app.resolve("archive") + "' build --content c");
        assertEquals(0, run.exit(), run.out());
        return run.out().strip();
    }

    @Test
    void theLauncherGivesJavaTheClassDataSharingArchiveBesideTheJar() throws Exception {
        String given = javaArguments(true, null);
        Path app = dir.resolve("app").toRealPath(); // the launcher names its folder without links
        assertEquals("-XX:SharedArchiveFile=" + app.resolve("archive.jsa") + " -Xlog:cds=off,cds+dynamic=off"
                + " -Dverbatim.launcher=" + app.resolve("archive") + " -jar " + app.resolve("archive.jar")
                + " build --content c", given);
    }

    @Test
    void theLauncherGivesNoClassDataSharingArchiveWhenThereIsNoneOrOneIsNamed() throws Exception {
        assertTrue(javaArguments(false, null).startsWith("-Dverbatim.launcher="));
        assertTrue(javaArguments(true, "-Xshare:off").startsWith("-Dverbatim.launcher="));
        assertTrue(javaArguments(true, "-XX:SharedArchiveFile=/elsewhere.jsa").startsWith("-Dverbatim.launcher="));
    }

    @Test
    void aBuildThroughTheLauncherWithAnArchiveMadeForAnotherJarSaysNothingOfIt() throws Exception {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(LAUNCHER, app.resolve("archive"));
        Files.copy(LAUNCHER.resolveSibling("archive.jar"), app.resolve("archive.jar"));
        Files.write(app.resolve("archive.jsa"), new byte[4096]); // no archive of this jar: unused, silently
        Shell init = Shell.run(dir, System.getenv("PATH"), "sh '" + app.resolve("archive") + "' init news");
        assertEquals(0, init.exit(), init.out());
        Shell build = Shell.run(dir.resolve("news"), System.getenv("PATH"), "sh '" + app.resolve("archive") + "' build");
        assertEquals(0, build.exit(), build.out());
        assertTrue(build.out().startsWith("Built 1 article"), build.out());
    }

    @Test
    void theJarRunByJavaNamesItselfSoInItsMessages() throws Exception {
        String path = System.getenv("PATH");
        String java = "java -jar " + LAUNCHER.resolveSibling("archive.jar");
        Shell init = Shell.run(dir, path, java + " init news");
        assertTrue(init.out().contains("Next:\n  cd news\n  " + java + " build "), init.out());
        Files.writeString(dir.resolve("news/content/notes.txt"), "À relire.\n");
        Shell build = Shell.run(dir.resolve("news"), path, java + " build");
        assertEquals(0, build.exit(), build.out());
        assertTrue(build.out().contains("import it with: " + java + " import content/notes.txt (then delete it)"),
                build.out());
        Shell typo = Shell.run(dir.resolve("news"), path, java + " buidl");
        assertEquals(2, typo.exit(), typo.out());
        assertEquals("error: unknown command 'buidl'. Did you mean: build? See '" + java + " --help'.\n", typo.out());
    }
}
