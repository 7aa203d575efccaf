package org.veille.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One word list of the language data: each line "phrase | field | field ...", '#' starting a comment.
 * Lookups are forgiving about case, accents, apostrophe style, hyphens and spacing, because news text is
 * inconsistent about all of them ("Eté", "été", "aujourd’hui", "après midi").
 */
final class Lexicon {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    /** Marks a phrase that matches only as written ("=May", never the modal verb "may"). */
    static final String CASED = "=";

    private final List<String> phrases;
    private final Map<String, String[]> fields;

    private Lexicon(List<String> phrases, Map<String, String[]> fields) {
        this.phrases = List.copyOf(phrases);
        this.fields = Map.copyOf(fields);
    }

    static Lexicon load(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing time data file " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a file whose entries may themselves contain '|' and '#' (the rules): only whole-line comments. */
    static List<String> rawLines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing time data file " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(List<String> lines) {
        List<String> phrases = new ArrayList<>();
        Map<String, String[]> fields = new HashMap<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            phrases.add(parts[0]);
            String[] rest = new String[parts.length - 1];
            System.arraycopy(parts, 1, rest, 0, rest.length);
            fields.putIfAbsent(key(parts[0]), rest);
        }
        return new Lexicon(phrases, fields);
    }

    static String key(String s) {
        if (s.startsWith(CASED)) {
            s = s.substring(CASED.length());
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    boolean contains(String phrase) {
        return phrase != null && fields.containsKey(key(phrase));
    }

    /** The i-th field after the phrase, or null when the phrase is unknown or has no such field. */
    String field(String phrase, int i) {
        if (phrase == null) {
            return null;
        }
        String[] f = fields.get(key(phrase));
        return f == null || i >= f.length || f[i].isEmpty() ? null : f[i];
    }

    List<String> phrases() {
        return Collections.unmodifiableList(phrases);
    }
}
