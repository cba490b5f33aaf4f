package verbatim.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import verbatim.content.InputException;

/**
 * The Pebble templates of a site: a template in the user's folder wins, the ones inside the jar fill in.
 *
 * <p>Example: with {@code templates/article.peb} in the folder, articles use it, while {@code base.peb}
 * still comes from the jar. A template error becomes an {@link InputException} naming the template and line.
 */
public final class Templates {

    /** Where the default templates and static files sit on the class path. */
    public static final String BUILT_IN = "verbatim/templates/";

    private final Path folder;
    /** Made the first time a page is rendered: a build that renders none (nothing changed) never makes it. */
    private PebbleEngine engine;

    /** Templates from {@code folder} (which may be missing) over the built-in ones. */
    public Templates(Path folder) {
        this.folder = folder;
    }

    private synchronized PebbleEngine engine() {
        if (engine == null) {
            engine = engine(folder);
        }
        return engine;
    }

    private static PebbleEngine engine(Path folder) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            FileLoader files = new FileLoader();
            files.setPrefix(folder.toAbsolutePath().toString());
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader builtIn = new ClasspathLoader(Templates.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        builtIn.setCharset("UTF-8");
        loaders.add(builtIn);
        return new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .cacheActive(true)
                .addEscapingStrategy("html", Templates::escapeHtml)
                .extension(new ElideFilter.Extension())
                .build();
    }

    /**
     * Escapes text for HTML as Pebble's own "html" strategy does (unbescape's {@code escapeHtml4Xml}): the five
     * markup-significant characters only, {@code < > & "} by name and the apostrophe by number. Pebble's strategy
     * first builds unbescape's tables of every HTML 5 entity, which takes most of the time of rendering a build's
     * first page; this one gives the same characters without them.
     *
     * <p>Example: {@code l'« A & B »} → {@code l&#39;« A &amp; B »}.
     */
    static String escapeHtml(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Makes the engine and reads the templates {@code names} ahead of their first page, so that it can be done on
     * another thread while the page's content is being prepared; a template that cannot be read is told when a page
     * uses it.
     */
    public void prepare(String... names) {
        for (String name : names) {
            try {
                engine().getTemplate(name);
            } catch (PebbleException e) {
                return;
            }
        }
    }

    /** Renders {@code name} (for example "article.peb") with the given variables. */
    public String render(String name, Map<String, Object> context) {
        int size = sizes.getOrDefault(name, FIRST_SIZE);
        TextWriter out = new TextWriter(size + size / 8);
        render(name, context, out);
        sizes.put(name, out.text.length());
        return out.toString();
    }

    /** Characters a page's text starts with room for, before any page of its template was rendered. */
    private static final int FIRST_SIZE = 1 << 14;

    /** The length of the last page of each template, so that the next one is rendered into a text of about its size. */
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    /**
     * A writer into a text of a given first capacity, not synchronised (a page is rendered by one thread), that Pebble
     * gives numbers as they are ({@link SpecializedWriter}): the characters a {@link StringWriter} gets.
     */
    private static final class TextWriter extends Writer implements SpecializedWriter {

        private final StringBuilder text;

        TextWriter(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void writeSpecialized(int i) {
            text.append(i);
        }

        @Override
        public void writeSpecialized(long l) {
            text.append(l);
        }

        @Override
        public void writeSpecialized(double d) {
            text.append(d);
        }

        @Override
        public void writeSpecialized(float f) {
            text.append(f);
        }

        @Override
        public void writeSpecialized(short s) {
            text.append(s);
        }

        @Override
        public void writeSpecialized(byte b) {
            text.append(b);
        }

        @Override
        public void writeSpecialized(char c) {
            text.append(c);
        }

        @Override
        public void writeSpecialized(String s) {
            text.append(s);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Renders {@code name} with the given variables into {@code out}, as the template is evaluated; the text form
     * above writes through it.
     */
    public void render(String name, Map<String, Object> context, java.io.Writer out) {
        try {
            PebbleTemplate template = engine().getTemplate(name);
            template.evaluate(out, context, Locale.ROOT);
        } catch (PebbleException e) {
            String file = e.getFileName() != null ? e.getFileName() : name;
            Path where = folder != null && Files.exists(folder.resolve(file)) ? folder.resolve(file)
                    : Path.of("(built-in)", file);
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new InputException(where, line, "template error: " + e.getPebbleMessage(),
                    "Fix the template, or delete it to fall back on the built-in one.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A static file (such as {@code style.css}) from the folder, or the built-in one.
     *
     * @return its bytes, or null when neither has it
     */
    public byte[] staticFile(String name) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                return Files.readAllBytes(folder.resolve(name));
            }
            try (var in = Templates.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
