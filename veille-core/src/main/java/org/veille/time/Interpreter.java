package org.veille.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import org.veille.model.TimeExpression;

/**
 * Gives a matched rule its TimeML type and value. The rule's named groups say what was found (day, month, year,
 * wd, season, shift, n + unit, part of day, clock...); the meaning of each word comes from the word lists, so this
 * class is the same for every language.
 */
final class Interpreter {
    /** Beyond this many units an offset ("il y a 99999999 ans") is no date the calendar can hold. */
    private static final long MAX_OFFSET = 100_000;
    /** A day followed by a time of day: "2023-10-19T21:45", "2023-10-19TEV". */
    private static final java.util.regex.Pattern WITH_TIME = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T");

    private final Grammar grammar;

    Interpreter(Grammar grammar) {
        this.grammar = grammar;
    }

    /** What the text has spoken of so far: the day clock times belong to, the quarter reports refer to. */
    static final class Context {
        LocalDate day;
        String quarter;

        Context(LocalDate day) {
            this.day = day;
        }
    }

    /** One match read out: its parts by group name, and how to ask for a direction only when needed. */
    private final class Slots {
        final Rule rule;
        final Matcher m;
        final DirectionHint hint;
        TemporalDirection asked;

        Slots(Rule rule, Matcher m, DirectionHint hint) {
            this.rule = rule;
            this.m = m;
            this.hint = hint;
        }

        String get(String name) {
            return rule.groups().contains(name) ? m.group(name) : null;
        }

        boolean has(String name) {
            return get(name) != null;
        }

        String field(String lexicon, String group, int i) {
            return grammar.lexicon(lexicon).field(get(group), i);
        }

        /** An explicit "dernier"/"prochain" wins over the tense; otherwise the caller's hint is asked, once. */
        TemporalDirection direction() {
            String mod = field("modifiers", "modifiers", 0);
            if (mod != null) {
                return TemporalDirection.valueOf(mod);
            }
            if (asked == null) {
                TemporalDirection d = hint.at(m.start(), m.end());
                asked = d == null ? TemporalDirection.NEUTRAL : d;
            }
            return asked;
        }

        boolean explicitDirection() {
            return has("modifiers") && field("modifiers", "modifiers", 0) != null;
        }
    }

    /** The expressions of one match; one whose value leaves the calendar keeps its span with no value. */
    List<TimeExpression> interpret(Rule rule, Matcher m, String text, LocalDate pub, DirectionHint hint, Context ctx) {
        try {
            return read(rule, m, text, pub, hint, ctx);
        } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
            String type = switch (rule.kind()) {
                case "TIME", "DURATION", "SET" -> rule.kind();
                case "SKIP" -> null;
                default -> "DATE";
            };
            return type == null ? List.of() : List.of(expr(m.start(), m.end(), text, type, null));
        }
    }

    private List<TimeExpression> read(Rule rule, Matcher m, String text, LocalDate pub, DirectionHint hint, Context ctx) {
        Slots s = new Slots(rule, m, hint);
        String kind = rule.kind();
        return switch (kind) {
            case "REF" -> List.of(expr(m.start(), m.end(), text,
                    s.field("refs", "refs", 0), s.field("refs", "refs", 1)));
            case "DURATION" -> List.of(expr(m.start(), m.end(), text, "DURATION", duration(s)));
            case "SKIP" -> List.of();
            case "SET" -> List.of(expr(m.start(), m.end(), text, "SET", set(s)));
            case "RANGE" -> {
                String first = calendar(s, pub, ctx, "day");
                String second = calendar(s, pub, ctx, "day2");
                yield List.of(expr(m.start(), m.end("day"), text, "DATE", first),
                        expr(m.start("day2"), m.end(), text, "DATE", second));
            }
            default -> {
                String value = calendar(s, pub, ctx, "day");
                boolean time = value != null && WITH_TIME.matcher(value).find() || "TIME".equals(kind);
                yield List.of(expr(m.start(), m.end(), text, time ? "TIME" : "DATE", value));
            }
        };
    }

    private static TimeExpression expr(int start, int end, String text, String type, String value) {
        return new TimeExpression(start, end, text.substring(start, end), type, value);
    }

    // ---- durations and sets

    private String duration(Slots s) {
        if (s.has("terms")) {
            return period(Double.parseDouble(s.field("terms", "terms", 0)), s.field("terms", "terms", 1));
        }
        String code = s.field("units", "units", 1);
        if (code == null) {
            return null;
        }
        if (s.has("vague") || !s.has("num")) {
            return vaguePeriod(code);
        }
        Double n = grammar.numbers().read(s.get("num"));
        if (n == null) {
            return null;
        }
        double q = n * Double.parseDouble(s.field("units", "units", 0));
        if (s.has("num2")) {
            // "une heure et demie", "a minute and a half": the fraction is a number of units too
            Double half = grammar.numbers().read(s.get("num2"));
            if (half != null) {
                q += half * Double.parseDouble(s.field("units", "units", 0));
            }
        }
        return period(q, code);
    }

    private String set(Slots s) {
        if (s.has("weekdays")) {
            String v = "XXXX-WXX-" + s.field("weekdays", "weekdays", 0);
            return s.has("parts") ? v + "T" + s.field("parts", "parts", 0) : v;
        }
        String code = s.field("units", "units", 1);
        if (code == null) {
            return null;
        }
        double q = Double.parseDouble(s.field("units", "units", 0));
        Double n = s.has("num") ? grammar.numbers().read(s.get("num")) : Double.valueOf(1);
        return period(q * (n == null ? 1 : n), code);
    }

    static String period(double q, String code) {
        return switch (code) {
            case "H" -> "PT" + number(q) + "H";
            case "MIN" -> "PT" + number(q) + "M";
            case "S" -> "PT" + number(q) + "S";
            case "Q" -> "P" + number(3 * q) + "M";
            case "DE" -> "P" + number(10 * q) + "Y";
            case "CE" -> "P" + number(100 * q) + "Y";
            default -> "P" + number(q) + code;
        };
    }

    private static String vaguePeriod(String code) {
        return switch (code) {
            case "H" -> "PTXH";
            case "MIN" -> "PTXM";
            case "S" -> "PTXS";
            case "CE" -> "PXC";
            default -> "PX" + code;
        };
    }

    private static String number(double q) {
        if (q == Math.rint(q)) {
            return Long.toString((long) q);
        }
        String s = Double.toString(q);
        return s.contains("E") ? String.valueOf(q) : s;
    }

    // ---- dates and times

    private String calendar(Slots s, LocalDate pub, Context ctx, String dayGroup) {
        String date = dateValue(s, pub, ctx, dayGroup);
        if (date == null) {
            return null;
        }
        if (s.has("parts")) {
            return date + "T" + s.field("parts", "parts", 0);
        }
        if (s.has("hh")) {
            int hh = Integer.parseInt(s.get("hh"));
            int mi = s.has("mi") ? Integer.parseInt(s.get("mi")) : 0;
            String half = s.field("halves", "halves", 0);
            if (half != null) {
                mi = Integer.parseInt(half);
            }
            String pm = s.field("meridiem", "meridiem", 0);
            if (pm != null && hh < 12) {
                hh += Integer.parseInt(pm);
            }
            if (hh > 24 || hh == 24 && mi > 0) {
                return null;
            }
            return String.format("%sT%02d:%02d", date, hh, mi);
        }
        if (s.has("clockwords")) {
            return date + "T" + s.field("clockwords", "clockwords", 0);
        }
        return date;
    }

    private String dateValue(Slots s, LocalDate pub, Context ctx, String dayGroup) {
        LocalDate anchor = ctx.day;
        if (s.has("sameq") || s.has("prevq")) {
            String q = ctx.quarter != null ? ctx.quarter : pub == null ? null : CalendarResolver.shifted(pub, -1, "Q");
            return q == null || s.has("sameq") ? q : CalendarResolver.quarterShift(q, -4);
        }
        if (s.has("anchored")) {
            String off = s.field("anchored", "anchored", 0);
            LocalDate base = anchor != null ? anchor : pub;
            return base == null || off == null ? null : CalendarResolver.date(base.plusDays(Long.parseLong(off)));
        }
        if (s.has("relative")) {
            String off = s.field("relative", "relative", 0);
            String unit = s.field("relative", "relative", 1);
            return pub == null || off == null ? null : CalendarResolver.shifted(pub, Long.parseLong(off), unit);
        }
        if (s.has("back") || s.has("ahead")) {
            return offset(s, pub, ctx);
        }
        if (s.has("decade")) {
            return decade(s.get("decade"), pub);
        }
        if (s.has("roman")) {
            int c = roman(s.get("roman"));
            return c <= 0 ? null : String.format("%02d", c - 1);
        }
        Integer year = year(s, pub);
        Integer month = s.has("months") ? Integer.valueOf(s.field("months", "months", 0))
                : s.has("mnum") ? Integer.valueOf(s.get("mnum")) : null;
        Integer day = day(s.get(dayGroup));
        int wd = s.has("weekdays") ? Integer.parseInt(s.field("weekdays", "weekdays", 0)) : 0;
        if (s.has("quarter")) {
            String q = grammar.lexicon("ordinals").field(s.get("quarter"), 0);
            int y = year != null ? year : pub == null ? -1 : pub.getYear();
            if (q == null || y < 0) {
                return null;
            }
            // only a quarter named in the text becomes the one later "the quarter" and "a year ago" refer to
            ctx.quarter = CalendarResolver.year(y) + "-Q" + q;
            return ctx.quarter;
        }
        if (year != null) {
            if (month == null) {
                if (s.has("seasons")) {
                    return CalendarResolver.year(year) + "-" + s.field("seasons", "seasons", 0);
                }
                return CalendarResolver.year(year);
            }
            if (day == null) {
                return String.format("%04d-%02d", year, month);
            }
            LocalDate d = CalendarResolver.safeDate(year, month, day);
            return d == null ? null : CalendarResolver.date(d);
        }
        if (s.has("seasons")) {
            return season(s, pub);
        }
        if (pub == null) {
            return null;
        }
        if (month != null) {
            if (day == null) {
                if (s.has("thisw")) {
                    return String.format("%04d-%02d", pub.getYear(), month);
                }
                return CalendarResolver.month(month, pub, s.direction(), s.explicitDirection());
            }
            LocalDate d = CalendarResolver.dayMonth(day, month, wd, pub, s.direction(), s.explicitDirection());
            return d == null ? null : CalendarResolver.date(d);
        }
        if (day != null) {
            LocalDate base = anchor != null && s.has("anchor") ? anchor : pub;
            LocalDate d = CalendarResolver.dayAlone(day, base, s.direction());
            return d == null ? null : CalendarResolver.date(d);
        }
        if (wd > 0) {
            if (s.has("thisw") && "anchor".equals(s.field("thisw", "thisw", 0)) && anchor != null) {
                return CalendarResolver.date(anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1L));
            }
            if (s.has("thisw")) {
                return CalendarResolver.date(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1L));
            }
            return CalendarResolver.date(CalendarResolver.weekday(wd, pub, s.direction(), s.explicitDirection()));
        }
        if (s.has("anchor") || s.has("hh") || s.has("clockwords")) {
            return CalendarResolver.date(anchor != null ? anchor : pub);
        }
        if (s.has("thisw") && "anchor".equals(s.field("thisw", "thisw", 0)) && anchor != null) {
            return CalendarResolver.date(anchor);
        }
        if (s.has("thisw") || s.has("parts")) {
            return CalendarResolver.date(pub);
        }
        return null;
    }

    private String offset(Slots s, LocalDate pub, Context ctx) {
        if (s.has("vague")) {
            // "il y a quelques jours", "several years ago": only the side of the present is known
            return s.has("back") ? "PAST_REF" : "FUTURE_REF";
        }
        if (pub == null) {
            return null;
        }
        Double n = s.has("num") ? grammar.numbers().read(s.get("num")) : Double.valueOf(1);
        String unit = s.field("units", "units", 1);
        if (n == null || unit == null) {
            return null;
        }
        long k = Math.round(n * Double.parseDouble(s.field("units", "units", 0)));
        if (Math.abs(k) > MAX_OFFSET) {
            return null;
        }
        if (s.has("back")) {
            k = -k;
        }
        if ("Y".equals(unit) && s.has("back") && ctx.quarter != null) {
            // in a text about quarterly results "a year ago" is the same quarter a year before
            return CalendarResolver.quarterShift(ctx.quarter, 4 * k);
        }
        return switch (unit) {
            case "H", "MIN", "S" -> CalendarResolver.date(pub);
            default -> CalendarResolver.shifted(pub, k, unit);
        };
    }

    private String season(Slots s, LocalDate pub) {
        String code = s.field("seasons", "seasons", 0);
        int start = Integer.parseInt(s.field("seasons", "seasons", 1));
        if (pub == null) {
            return null;
        }
        if (s.has("thisw")) {
            return CalendarResolver.year(CalendarResolver.season(start, pub, TemporalDirection.NEUTRAL, false)) + "-" + code;
        }
        TemporalDirection dir = s.direction();
        if (dir == TemporalDirection.NEUTRAL) {
            // a season named without "this", "last" or a tense is, in news, mostly a recurring one
            return "XXXX-" + code;
        }
        return CalendarResolver.year(CalendarResolver.season(start, pub, dir, s.explicitDirection())) + "-" + code;
    }

    private Integer year(Slots s, LocalDate pub) {
        if (s.has("year")) {
            return Integer.valueOf(s.get("year"));
        }
        if (s.has("yy")) {
            int yy = Integer.parseInt(s.get("yy").replaceAll("\\D", ""));
            int ref = pub == null ? 1950 : pub.getYear();
            int century = ref / 100 * 100;
            int best = century + yy;
            for (int c : new int[] {century - 100, century + 100}) {
                if (Math.abs(c + yy - ref) < Math.abs(best - ref)) {
                    best = c + yy;
                }
            }
            return best;
        }
        return null;
    }

    private Integer day(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            return Integer.valueOf(digits);
        }
        String v = grammar.lexicon("ordinals").field(text, 0);
        return v == null ? null : Integer.valueOf(v);
    }

    private static String decade(String text, LocalDate pub) {
        if (text.length() == 4) {
            return text.substring(0, 3);
        }
        int tens = Integer.parseInt(text);
        int ref = pub == null ? 1999 : pub.getYear();
        int century = ref / 100 * 100;
        int y = century + tens > ref ? century - 100 + tens : century + tens;
        return String.valueOf(y).substring(0, 3);
    }

    private static int roman(String r) {
        String digits = "IVXL";
        int[] values = {1, 5, 10, 50};
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = values[digits.indexOf(Character.toUpperCase(r.charAt(i)))];
            int next = i + 1 < r.length() ? values[digits.indexOf(Character.toUpperCase(r.charAt(i + 1)))] : 0;
            total += v < next ? -v : v;
        }
        return total;
    }
}
