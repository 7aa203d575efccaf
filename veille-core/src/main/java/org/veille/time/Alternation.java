package org.veille.time;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a list of phrases into one regular-expression alternation that tolerates the spelling noise found
 * in news: missing accents on capitals, either apostrophe, hyphen or space between words. Longest phrases go
 * first so that "l'année dernière" wins over "l'année".
 */
final class Alternation {
    private static final String ACCENTED = "àâäáéèêëîïíôöóùûüúçñ";
    private static final String PLAIN = "aaaaeeeeiiiooouuuucn";

    private Alternation() {
    }

    static String of(List<String> phrases) {
        Set<String> unique = new LinkedHashSet<>(phrases);
        List<String> sorted = unique.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(literal(sorted.get(i)));
        }
        return sb.append(')').toString();
    }

    static String literal(String phrase) {
        if (phrase.startsWith(Lexicon.CASED)) {
            return "(?-i:" + literal(phrase.substring(Lexicon.CASED.length())) + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : phrase.toCharArray()) {
            char lower = Character.toLowerCase(c);
            int accent = ACCENTED.indexOf(lower);
            if (accent >= 0) {
                sb.append('[').append(lower).append(PLAIN.charAt(accent)).append(']');
            } else if (c == '\'' || c == '’') {
                sb.append("['’]\\s*");
            } else if (c == ' ' || c == '-') {
                sb.append("[\\s\\-]+");
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }
}
