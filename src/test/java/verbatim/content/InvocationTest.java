package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command {@code init} prints as the next step can be typed as it is, from any folder. */
class InvocationTest {

    @TempDir
    Path dir;

    private Path script(Path folder) throws Exception {
        Path script = Files.createDirectories(folder).resolve("archive");
        Files.writeString(script, "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void theLauncherOnThePathIsCalledByItsName() throws Exception {
        Path script = script(dir.resolve("verbatim"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("archive"), script);
        assertEquals("archive", Invocation.command(script.toString(), "/nowhere" + File.pathSeparator + bin, null));
    }

    @Test
    void aLauncherNotOnThePathIsCalledByItsAbsolutePath() throws Exception {
        Path script = script(dir.resolve("verbatim"));
        Path other = script(dir.resolve("other"));
        assertEquals(script.toString(), Invocation.command(script.toString(), other.getParent().toString(), null));
        assertEquals(script.toString(), Invocation.command(script.toString(), null, null));
    }

    @Test
    void aJarRunByJavaIsCalledWithJavaAndItsAbsolutePathQuotedWhenNeeded() {
        Path jar = dir.resolve("my tools").resolve("archive.jar");
        assertEquals("java -jar '" + jar + "'", Invocation.command(null, "/usr/bin", jar));
    }

    @Test
    void aWordWithSpacesOrQuotesIsSingleQuoted() {
        assertEquals("news", Invocation.quoted("news"));
        assertEquals("'my news'", Invocation.quoted("my news"));
        assertEquals("'l'\\''archive'", Invocation.quoted("l'archive"));
    }

    @Test
    void moreHeapIsGivenToJavaItselfOrThroughTheVariableTheLauncherPassesOn() {
        assertEquals("java -Xmx2g -jar /opt/v/archive.jar build",
                Invocation.withHeap("java -jar /opt/v/archive.jar", "2g", "build"));
        assertEquals("JDK_JAVA_OPTIONS=-Xmx2g archive build", Invocation.withHeap("archive", "2g", "build"));
    }
}
