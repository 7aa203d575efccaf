package org.veille.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a list of phrases into one regular expression that tolerates the spelling noise found in news: missing
 * accents on capitals, either apostrophe, hyphen or space between words. The phrases are merged into a prefix
 * tree ("j(?:anvier|ui(?:n|llet))") because a flat list of a hundred alternatives, tried at every word of every
 * text, is what would make tagging slow. A shorter phrase is an optional end of a longer one, so the longer
 * is tried first ("l'année dernière" before "l'année").
 */
final class Alternation {
    private static final String ACCENTED = "àâäáéèêëîïíôöóùûüúçñ";
    private static final String PLAIN = "aaaaeeeeiiiooouuuucn";

    private Alternation() {
    }

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        boolean terminal;
    }

    static String of(List<String> phrases) {
        Node root = new Node();
        List<String> cased = new ArrayList<>();
        for (String p : phrases) {
            if (p.startsWith(Lexicon.CASED)) {
                cased.add("(?-i:" + String.join("", atoms(p.substring(Lexicon.CASED.length()), true)) + ")");
                continue;
            }
            Node n = root;
            for (String atom : atoms(p, false)) {
                n = n.children.computeIfAbsent(atom, a -> new Node());
            }
            n.terminal = true;
        }
        List<String> alternatives = new ArrayList<>(cased);
        String tree = emit(root);
        if (!tree.isEmpty()) {
            alternatives.add(tree);
        }
        return alternatives.isEmpty() ? "(?!)" : "(?:" + String.join("|", alternatives) + ")";
    }

    private static String emit(Node n) {
        List<String> alts = new ArrayList<>();
        for (Map.Entry<String, Node> e : n.children.entrySet()) {
            alts.add(e.getKey() + emit(e.getValue()));
        }
        if (alts.isEmpty()) {
            return "";
        }
        String body = alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
        return n.terminal ? "(?:" + body + ")?" : body;
    }

    /** One regex piece per character of the phrase, the unit the prefix tree is built on. */
    static List<String> atoms(String phrase, boolean keepCase) {
        List<String> out = new ArrayList<>();
        for (char c : phrase.toCharArray()) {
            char lower = Character.toLowerCase(c);
            int accent = ACCENTED.indexOf(lower);
            if (accent >= 0) {
                out.add("[" + lower + PLAIN.charAt(accent) + "]");
            } else if (c == '\'' || c == '’') {
                out.add("['’]\\s*");
            } else if (c == ' ' || c == '-') {
                out.add("[\\s\\-]+");
            } else if (Character.isLetterOrDigit(c)) {
                out.add(String.valueOf(keepCase ? c : lower));
            } else {
                out.add("\\" + c);
            }
        }
        return out;
    }
}
