package verbatim.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import verbatim.content.InputException;
import verbatim.content.Invocation;

/**
 * A new archive that builds at once: one short example article in French and English under {@code content/}
 * (the translation accepted, as {@code archive check --accept} records it), {@code verbatim.yaml} with every
 * setting commented, and a {@code .gitignore} for the output.
 */
public final class NewArchive {

    /** The files written, as paths inside the new archive, and where each comes from on the class path. */
    private static final List<String[]> FILES = List.of(
            new String[] {"content/valbrune-library.fr.md", "content/valbrune-library.fr.md"},
            new String[] {"content/valbrune-library.en.md", "content/valbrune-library.en.md"},
            new String[] {".verbatim/accepted/valbrune-library.en.txt", "accepted-valbrune-library.en.txt"},
            new String[] {SiteConfig.FILE, "verbatim.yaml"},
            new String[] {".gitignore", "gitignore"});
    private static final String RESOURCES = "verbatim/site/new-archive/";

    private NewArchive() {
    }

    /**
     * Writes a new archive into {@code dir}, which may be missing or empty.
     *
     * @return the files written, relative to {@code dir}, in order
     * @throws InputException when {@code dir} is a file or a folder that holds anything
     */
    public static List<String> create(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir, 0, "is a file, not a folder", "Give the path of a new or empty folder.");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new InputException(dir, 0, "the folder is not empty, and init writes only into a new or "
                            + "empty folder", "Give the path of a new folder, such as: " + Invocation.of("init my-archive"));
                }
            } catch (IOException e) {
                throw new InputException(dir, 0, "cannot list the folder (" + e.getMessage() + ")", null);
            }
        }
        try {
            for (String[] file : FILES) {
                Path target = dir.resolve(file[0]);
                Files.createDirectories(target.getParent());
                try (InputStream in = NewArchive.class.getClassLoader().getResourceAsStream(RESOURCES + file[1])) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + RESOURCES + file[1]);
                    }
                    Files.write(target, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot write the new archive (" + e.getMessage() + ")",
                    "Check that the folder can be written.");
        }
        return FILES.stream().map(f -> f[0]).toList();
    }
}
