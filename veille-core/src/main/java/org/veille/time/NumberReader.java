package org.veille.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads quantities written in digits ("30,4", "10") or in words ("vingt-deux", "deux cents", "soixante et onze",
 * "twenty-four") from the numbers word list. Word values add up, except multipliers ("cent", "mille") which scale
 * what precedes them; that covers both French and English cardinal numbers without any language-specific code.
 */
final class NumberReader {
    private static final int MAX_WORDS_PER_ENTRY = 3;

    private final Lexicon numbers;

    NumberReader(Lexicon numbers) {
        this.numbers = numbers;
    }

    /** Regex for a number in digits or words; words joined by spaces, hyphens or the connectors of the list. */
    String regex() {
        List<String> words = new ArrayList<>();
        List<String> connectors = new ArrayList<>();
        for (String p : numbers.phrases()) {
            ("+".equals(numbers.field(p, 0)) ? connectors : words).add(p);
        }
        String word = Alternation.of(words);
        String glue = connectors.isEmpty() ? "[\\s\\-]+" : "[\\s\\-]+(?:" + Alternation.of(connectors) + "[\\s\\-]+)?";
        return "(?:\\d+(?:[.,]\\d+)?|" + word + "(?:" + glue + word + ")*)";
    }

    /** The value, or null when the text is not a number this reader knows. */
    Double read(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return Double.parseDouble(t.replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String[] tokens = Lexicon.key(t).split(" ");
        double total = 0;
        double current = 0;
        boolean any = false;
        int i = 0;
        while (i < tokens.length) {
            int taken = 0;
            String value = null;
            String kind = null;
            for (int n = Math.min(MAX_WORDS_PER_ENTRY, tokens.length - i); n >= 1 && value == null; n--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n));
                if (numbers.contains(phrase)) {
                    value = numbers.field(phrase, 0);
                    kind = numbers.field(phrase, 1);
                    taken = n;
                }
            }
            if (value == null) {
                return null;
            }
            i += taken;
            if ("+".equals(value)) {
                continue;
            }
            if ("alone".equals(kind) && tokens.length > 1) {
                // an article counts as one only by itself: "a year" is 1, "a five year plan" is 5
                continue;
            }
            double v = Double.parseDouble(value);
            any = true;
            if ("x".equals(kind)) {
                if (v >= 1000) {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                } else {
                    current = (current == 0 ? 1 : current) * v;
                }
            } else {
                current += v;
            }
        }
        return any ? total + current : null;
    }
}
