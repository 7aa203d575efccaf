package org.veille.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language data of one language, loaded once: the word lists and the rules, whose {placeholders} are expanded
 * into named groups. "{month}" becomes (?<month>janvier|...), "{day:day2}" a second day group named day2, and
 * "{notyear:}" a plain non-capturing alternation. Every language word lives in the data files, none in Java.
 */
final class Grammar {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([a-zA-Z0-9]*))?}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * Word boundaries that also work next to apostrophes, accented letters and digits; a rule that starts or
     * ends with punctuation (", 26 ans,") needs none on that side.
     */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    /** Literal punctuation a rule may start or end with (not "?" or ".", which are regex syntax there). */
    private static final String PUNCTUATION = ",;";

    /** Word lists the interpreter reads whether or not a rule names them. */
    private static final List<String> ALWAYS_LOADED = List.of("numbers", "months", "weekdays", "seasons", "ordinals",
            "units", "terms", "relative", "modifiers", "parts", "clockwords", "halves", "meridiem", "refs", "thisw",
            "links", "anchored");

    private final String base;
    /** Filled while loading, then frozen: after construction a Grammar is only read, from any thread. */
    private Map<String, Lexicon> lexicons = new HashMap<>();
    private final NumberReader numbers;
    private final List<Rule> rules;

    Grammar(String lang) {
        this.base = "/org/veille/" + lang + "/time/";
        ALWAYS_LOADED.forEach(this::lexicon);
        this.numbers = new NumberReader(lexicon("numbers"));
        List<Rule> built = new ArrayList<>();
        int order = 0;
        for (String line : Lexicon.rawLines(base + "rules.txt")) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            String body = line.substring(space + 1).strip();
            String before = PUNCTUATION.indexOf(body.charAt(0)) >= 0 ? "" : BEFORE;
            String after = PUNCTUATION.indexOf(body.charAt(body.length() - 1)) >= 0 ? "" : AFTER;
            String regex = before + "(?:" + expand(body) + ")" + after;
            Set<String> groups = new LinkedHashSet<>();
            Matcher g = GROUP_NAME.matcher(regex);
            while (g.find()) {
                groups.add(g.group(1));
            }
            built.add(new Rule(order++, kind, Pattern.compile(regex, FLAGS), Set.copyOf(groups), body));
        }
        this.rules = List.copyOf(built);
        this.lexicons = Map.copyOf(lexicons);
    }

    Lexicon lexicon(String name) {
        Lexicon l = lexicons.get(name);
        if (l == null) {
            // only reachable while loading: the frozen map holds every list a rule or the interpreter uses
            l = Lexicon.load(base + name + ".txt");
            lexicons.put(name, l);
        }
        return l;
    }

    NumberReader numbers() {
        return numbers;
    }

    List<Rule> rules() {
        return rules;
    }

    private String expand(String body) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String group = m.group(2) == null ? name : m.group(2);
            String inner = builtin(name);
            if (inner == null) {
                inner = Alternation.of(lexicon(name).phrases());
            }
            String replacement = group.isEmpty() ? "(?:" + inner + ")" : "(?<" + group + ">" + inner + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Language-neutral pieces: digits for days, years, clock times, and the number reader's expression. */
    private String builtin(String name) {
        return switch (name) {
            case "num" -> numbers.regex();
            case "day" -> "(?:(?:3[01]|[12]\\d|0?[1-9])(?!\\d)" + "(?:" + Alternation.of(lexicon("daysuffixes").phrases())
                    + ")?|" + Alternation.of(lexicon("ordinals").phrases()) + ")";
            case "year" -> "(?:1[0-9]|20)\\d\\d(?!\\d)";
            case "yy" -> "['’]?\\d\\d(?!\\d)";
            case "mnum" -> "(?:1[0-2]|0?[1-9])(?!\\d)";
            case "hh" -> "(?:2[0-4]|[01]?\\d)(?!\\d)";
            case "mi" -> "[0-5]\\d(?!\\d)";
            case "decade" -> "(?:1[0-9]|20)\\d0(?!\\d)|[0-9]0(?!\\d)";
            case "roman" -> "[IVXL]{1,6}";
            default -> null;
        };
    }
}
