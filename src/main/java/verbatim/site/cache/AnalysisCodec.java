package verbatim.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import verbatim.analysis.Analysis;
import verbatim.analysis.Organization;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.Repair;
import verbatim.analysis.dates.DateMention;
import verbatim.analysis.reading.Span;
import verbatim.analysis.speakers.Attribution;

/**
 * A file {@link Analysed} as bytes and back: its HTML paragraphs, then every field of the {@link Analysis} in record
 * order; strings as UTF-8 after their length (and a flag for null where a field may be null), lists with their
 * length first. {@code decode(encode(a)).equals(a)} for every value.
 *
 * <p>Decoding bytes that are not an encoding (cut short, or from another version of this format) throws
 * {@link IOException}; the cache then analyses the article again.
 */
final class AnalysisCodec {

    private AnalysisCodec() {
    }

    /** The read file as bytes. */
    static byte[] encode(Analysed read) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(read.html().size());
            for (String h : read.html()) {
                longString(out, h);
            }
            Analysis a = read.analysis();
            string(out, a.lang());
            string(out, a.date());
            out.writeInt(a.paragraphs().size());
            for (String p : a.paragraphs()) {
                longString(out, p);
            }
            out.writeInt(a.quotes().size());
            for (Quote q : a.quotes()) {
                longString(out, q.text());
                string(out, q.speaker());
                span(out, q.span());
                out.writeByte(q.attribution().ordinal());
            }
            out.writeInt(a.people().size());
            for (Person p : a.people()) {
                string(out, p.name());
                out.writeChar(p.gender());
                spans(out, p.mentions());
            }
            out.writeInt(a.organizations().size());
            for (Organization o : a.organizations()) {
                string(out, o.name());
                spans(out, o.mentions());
            }
            out.writeInt(a.dates().size());
            for (DateMention d : a.dates()) {
                string(out, d.text());
                string(out, d.value());
                span(out, d.span());
            }
            out.writeInt(a.repairs().size());
            for (Repair r : a.repairs()) {
                out.writeInt(r.paragraph());
                string(out, r.before());
                string(out, r.after());
            }
            out.writeInt(a.warnings().size());
            for (String w : a.warnings()) {
                longString(out, w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The read file the bytes hold; {@link IOException} when they hold none (cut short, wrong values). */
    static Analysed decode(InputStream bytes) throws IOException {
        DataInputStream in = new DataInputStream(bytes);
        try {
            List<String> html = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                html.add(longString(in));
            }
            String lang = string(in);
            String date = string(in);
            List<String> paragraphs = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                paragraphs.add(longString(in));
            }
            List<Quote> quotes = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String text = longString(in);
                String speaker = string(in);
                Span span = span(in);
                int how = in.readUnsignedByte();
                if (how >= Attribution.values().length) {
                    throw new IOException("unknown attribution " + how);
                }
                quotes.add(new Quote(text, speaker, span, Attribution.values()[how]));
            }
            List<Person> people = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                people.add(new Person(string(in), in.readChar(), spans(in)));
            }
            List<Organization> organizations = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                organizations.add(new Organization(string(in), spans(in)));
            }
            List<DateMention> dates = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                dates.add(new DateMention(string(in), string(in), span(in)));
            }
            List<Repair> repairs = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                repairs.add(new Repair(in.readInt(), string(in), string(in)));
            }
            List<String> warnings = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                warnings.add(longString(in));
            }
            if (in.read() != -1) {
                throw new IOException("bytes after the analysis");
            }
            return new Analysed(html, new Analysis(lang, date, paragraphs, quotes, people, organizations, dates,
                    repairs, warnings));
        } catch (IllegalArgumentException | NullPointerException e) { // a record refused what was read
            throw new IOException("not an analysis: " + e.getMessage(), e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            longString(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        return in.readBoolean() ? longString(in) : null;
    }

    /** A string of any length (writeUTF stops at 64 kB), as its UTF-8 bytes after their count. */
    private static void longString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String longString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[count(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("impossible length " + n);
        }
        return n;
    }

    private static void span(DataOutputStream out, Span s) throws IOException {
        out.writeInt(s.paragraph());
        out.writeInt(s.start());
        out.writeInt(s.end());
    }

    private static Span span(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt(), in.readInt());
    }

    private static void spans(DataOutputStream out, List<Span> spans) throws IOException {
        out.writeInt(spans.size());
        for (Span s : spans) {
            span(out, s);
        }
    }

    private static List<Span> spans(DataInputStream in) throws IOException {
        List<Span> out = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            out.add(span(in));
        }
        return out;
    }
}
