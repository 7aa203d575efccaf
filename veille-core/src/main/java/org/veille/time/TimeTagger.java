package org.veille.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.model.TimeExpression;

/**
 * Finds time expressions in a text and normalises them to TimeML values against the publication date.
 * Instances are immutable and thread-safe (only the compiled patterns and word lists are shared) and cached
 * per language, since loading the data files and compiling the rules is the expensive part.
 */
public final class TimeTagger {
    private static final Map<String, TimeTagger> CACHE = new ConcurrentHashMap<>();
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})$");

    private final Grammar grammar;
    private final Interpreter interpreter;
    /** What may stand between a day and its clock time ("hier à 10 h", "vers 15 h 30, hier"). */
    private final Pattern link;

    private TimeTagger(String lang) {
        this.grammar = new Grammar(lang);
        this.interpreter = new Interpreter(grammar);
        this.link = Pattern.compile("[\\s,]*(?:" + Alternation.of(grammar.lexicon("links").phrases()) + ")?[\\s,]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static TimeTagger forLanguage(String lang) {
        String key = lang == null ? "fr" : lang.toLowerCase(java.util.Locale.ROOT);
        if (!key.equals("fr") && !key.equals("en")) {
            throw new IllegalArgumentException("no time data for language " + lang);
        }
        return CACHE.computeIfAbsent(key, TimeTagger::new);
    }

    public List<TimeExpression> tag(String text, LocalDate published, DirectionHint hint) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DirectionHint h = hint == null ? DirectionHint.NONE : hint;
        List<SpanSelector.Candidate> candidates = new ArrayList<>();
        for (Rule rule : grammar.rules()) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    candidates.add(new SpanSelector.Candidate(m.start(), m.end(), rule));
                }
            }
        }
        List<TimeExpression> out = new ArrayList<>();
        // clock times and "la nuit" belong to the last day the text spoke of, or else to the publication day
        Interpreter.Context context = new Interpreter.Context(published);
        for (SpanSelector.Candidate c : SpanSelector.select(candidates)) {
            Matcher m = c.rule().pattern().matcher(text);
            if (!m.find(c.start())) {
                continue;
            }
            for (TimeExpression e : interpreter.interpret(c.rule(), m, text, published, h, context)) {
                // "la veille" is told from the story's day and does not move it, or a "lendemain" would drift
                if (e.value() != null && DAY_VALUE.matcher(e.value()).find() && !c.rule().groups().contains("anchored")) {
                    context.day = LocalDate.parse(e.value().substring(0, 10));
                }
                out.add(e);
            }
        }
        return joinDayAndClock(text, out);
    }

    /** "vers 15 h 30, hier" is one TIME: the day that follows a clock time gives it its date. */
    private List<TimeExpression> joinDayAndClock(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeExpression a = in.get(i);
            TimeExpression b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b != null && a.value() != null && b.value() != null
                    && link.matcher(text.substring(a.end(), Math.max(a.end(), b.start()))).matches()) {
                String joined = null;
                // a day followed by its hour stays two expressions (TimeBank's habit); an hour followed by
                // its day ("vers 15 h 30, hier") needs the day to get its value, so they become one
                if (isClock(a) && isDay(b)) {
                    joined = b.value() + clockOf(a);
                }
                if (joined != null) {
                    out.add(new TimeExpression(a.start(), b.end(), text.substring(a.start(), b.end()), "TIME", joined));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean isDay(TimeExpression e) {
        return "DATE".equals(e.type()) && e.value().length() == 10 && DAY_VALUE.matcher(e.value()).find();
    }

    private static boolean isClock(TimeExpression e) {
        return "TIME".equals(e.type()) && CLOCK_VALUE.matcher(e.value()).matches();
    }

    private static String clockOf(TimeExpression e) {
        Matcher m = CLOCK_VALUE.matcher(e.value());
        return m.matches() ? m.group(1) : "";
    }
}
