package verbatim.text.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Build-time tool: expands a Hunspell dictionary into all its word forms and asks Hunspell which elisions each
 * form admits, then writes the result as the transducer that {@link Lexicon} loads.
 *
 * <p>Loading the Hunspell dictionary takes over a second; the transducer loads in milliseconds. Usage:
 * {@code LexiconCompiler fr.aff fr.dic fr.fst}. Does nothing when fr.fst.sha256 shows fr.fst is up to date.
 */
public final class LexiconCompiler {

    /** Affix flags of the French dictionary that add an elided word (l', qu', jusqu'…) in front of a stem. */
    private static final Set<String> ELISION_FLAGS =
            Set.of("L'", "D'", "Q'", "Q*", "Qj", "Si", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "q'");

    private static final Pattern ELIDABLE_START = Pattern.compile("^[aàâäeéèêëiîïoôöuùûüyœæh]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Bump when the compiler's output changes for the same inputs. */
    private static final int FORMAT = 1;

    private LexiconCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LexiconCompiler fr.aff fr.dic fr.fst");
        }
        Path aff = Path.of(args[0]);
        Path dic = Path.of(args[1]);
        Path out = Path.of(args[2]);
        byte[] affBytes = Files.readAllBytes(aff);
        byte[] dicBytes = Files.readAllBytes(dic);
        String fingerprint = fingerprint(affBytes, dicBytes);
        Path stamp = out.resolveSibling(out.getFileName() + ".sha256");
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).strip().equals(fingerprint)) {
            return;
        }
        TreeMap<String, Integer> forms = compile(affBytes, dicBytes);
        Files.createDirectories(out.toAbsolutePath().getParent());
        write(forms, out); // silently: a build step of mvn -q says nothing (Maven names the step it runs otherwise)
        Files.writeString(stamp, fingerprint + "\n");
    }

    /**
     * A fingerprint of everything the transducer depends on: both dictionary files, the elisions and their bits,
     * and {@link #FORMAT}. Stored beside the transducer so that a build recompiles it only when one changes.
     */
    static String fingerprint(byte[] aff, byte[] dic) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(aff);
            digest.update(dic);
            for (Elision elision : Elision.values()) {
                digest.update((elision.prefix() + "=" + elision.bit() + ";").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(Integer.toString(FORMAT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every form of the dictionary, elided forms aside, with its mask of admitted {@link Elision}s. */
    static TreeMap<String, Integer> compile(byte[] aff, byte[] dic) throws IOException {
        Dictionary withoutElisions = load(withoutElisionAffixes(aff), dic);
        TreeMap<String, Integer> forms = new TreeMap<>();
        new WordFormGenerator(withoutElisions).generateAllSimpleWords(word -> {
            String form = word.getWord();
            if (!form.isEmpty() && (form.indexOf('\'') < 0 || word.getPrefixes().isEmpty())) {
                forms.put(form, 0);
            }
        }, () -> { });
        Hunspell full = new Hunspell(load(aff, dic));
        for (var entry : forms.entrySet()) {
            String form = entry.getKey();
            if (!ELIDABLE_START.matcher(form).find()) {
                continue;
            }
            int mask = 0;
            for (Elision elision : Elision.values()) {
                if (full.spell(elision.prefix() + "'" + form)) {
                    mask |= elision.bit();
                }
            }
            entry.setValue(mask);
        }
        return forms;
    }

    /** The affix file less the prefixes that glue an elided word to a stem, which the generator mangles. */
    static byte[] withoutElisionAffixes(byte[] aff) {
        String[] lines = new String(aff, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String[] head = lines[i].trim().split("\\s+");
            boolean blockHeader = head.length == 4 && head[0].equals("PFX") && head[3].matches("\\d+");
            if (!blockHeader) {
                kept.append(lines[i]).append('\n');
                continue;
            }
            int count = Integer.parseInt(head[3]);
            List<String> rules = new ArrayList<>();
            for (int r = 1; r <= count; r++) {
                String rule = lines[i + r];
                String[] parts = rule.trim().split("\\s+");
                if (parts.length < 4 || !parts[3].contains("'")) {
                    rules.add(rule);
                }
            }
            i += count;
            if (ELISION_FLAGS.contains(head[1]) || rules.isEmpty()) {
                continue;
            }
            kept.append(String.join(" ", head[0], head[1], head[2], Integer.toString(rules.size()))).append('\n');
            rules.forEach(rule -> kept.append(rule).append('\n'));
        }
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Dictionary load(byte[] aff, byte[] dic) throws IOException {
        try (InputStream affIn = new ByteArrayInputStream(aff); InputStream dicIn = new ByteArrayInputStream(dic)) {
            return new Dictionary(new ByteBuffersDirectory(), "hunspell", affIn, dicIn);
        } catch (java.text.ParseException e) {
            throw new IOException("cannot parse the dictionary: " + e.getMessage(), e);
        }
    }

    private static void write(TreeMap<String, Integer> forms, Path out) throws IOException {
        PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
        FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
        IntsRefBuilder key = new IntsRefBuilder();
        // TreeMap orders by UTF-16 code unit, the order the transducer needs for BYTE2 labels.
        for (var entry : forms.entrySet()) {
            key.clear();
            String form = entry.getKey();
            for (int i = 0; i < form.length(); i++) {
                key.append(form.charAt(i));
            }
            compiler.add(key.get(), (long) entry.getValue());
        }
        FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream stream = Files.newOutputStream(tmp)) {
            OutputStreamDataOutput data = new OutputStreamDataOutput(stream);
            fst.save(data, data);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
