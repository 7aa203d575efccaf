package org.veille.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic that places underspecified dates around the publication date and formats TimeML values.
 * NEUTRAL uses what news usually means: a weekday alone is the last one (reports are mostly about the past);
 * a month or a day-and-month is the nearest occurrence, a future one counting double distance, so that
 * "en mars" written in November is last March but "le 16 juillet" written on 9 July is next week.
 */
final class CalendarResolver {
    private static final int FUTURE_WEIGHT = 2;

    private CalendarResolver() {
    }

    static String month(int month, LocalDate pub, TemporalDirection dir, boolean strict) {
        YearMonth ref = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        YearMonth past = same.isAfter(ref) || (strict && same.equals(ref)) ? same.minusYears(1) : same;
        YearMonth future = same.isBefore(ref) || (strict && same.equals(ref)) ? same.plusYears(1) : same;
        YearMonth pick = switch (dir) {
            case PAST -> past;
            case FUTURE -> future;
            case NEUTRAL -> monthsBetween(past, ref) <= FUTURE_WEIGHT * monthsBetween(ref, future) ? past : future;
        };
        return pick.toString();
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return Math.abs((b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue());
    }

    /**
     * A day and month without year; a weekday, when given, picks the year in which the date falls on it.
     * Null for a day the month never has.
     */
    static LocalDate dayMonth(int day, int month, int weekday, LocalDate pub, TemporalDirection dir, boolean strict) {
        if (weekday > 0) {
            for (int delta : new int[] {0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6}) {
                LocalDate d = safeDate(pub.getYear() + delta, month, day);
                if (d != null && d.getDayOfWeek().getValue() == weekday) {
                    return d;
                }
            }
        }
        if (day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        LocalDate past = null;
        LocalDate future = null;
        // looking up to eight years around finds 29 February too
        for (int y = pub.getYear(); past == null && y >= pub.getYear() - 8; y--) {
            LocalDate d = safeDate(y, month, day);
            if (d != null && (d.isBefore(pub) || !strict && d.equals(pub))) {
                past = d;
            }
        }
        for (int y = pub.getYear(); future == null && y <= pub.getYear() + 8; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d != null && (d.isAfter(pub) || !strict && d.equals(pub))) {
                future = d;
            }
        }
        if (past == null || future == null) {
            return past == null ? future : past;
        }
        return pickNearest(past, future, pub, dir);
    }

    /** A day of month alone ("le 1er"): this month's or a neighbouring month's. */
    static LocalDate dayAlone(int day, LocalDate pub, TemporalDirection dir) {
        LocalDate past = null;
        LocalDate future = null;
        for (int m = -2; m <= 2; m++) {
            YearMonth ym = YearMonth.from(pub).plusMonths(m);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (!d.isAfter(pub)) {
                past = d;
            }
            if (!d.isBefore(pub) && future == null) {
                future = d;
            }
        }
        if (past == null) {
            return future;
        }
        return future == null ? past : pickNearest(past, future, pub, dir);
    }

    private static LocalDate pickNearest(LocalDate past, LocalDate future, LocalDate pub, TemporalDirection dir) {
        return switch (dir) {
            case PAST -> past;
            case FUTURE -> future;
            case NEUTRAL -> pub.toEpochDay() - past.toEpochDay()
                    <= FUTURE_WEIGHT * (future.toEpochDay() - pub.toEpochDay()) ? past : future;
        };
    }

    /** A weekday alone: PAST and NEUTRAL take the last one, today included; FUTURE the next one after today. */
    static LocalDate weekday(int weekday, LocalDate pub, TemporalDirection dir, boolean strictPast) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (dir == TemporalDirection.FUTURE) {
            return pub.with(TemporalAdjusters.next(dow));
        }
        return strictPast ? pub.with(TemporalAdjusters.previous(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
    }

    /** Seasons are named by the month they start in (spring March, summer June, autumn September, winter December). */
    static int season(int startMonth, LocalDate pub, TemporalDirection dir, boolean strict) {
        LocalDate start = LocalDate.of(pub.getYear(), startMonth, 1);
        LocalDate end = start.plusMonths(3);
        int y = pub.getYear();
        boolean inside = !pub.isBefore(start) && pub.isBefore(end);
        boolean inPreviousWinter = startMonth == 12 && pub.getMonthValue() <= 2;
        if (inPreviousWinter) {
            return dir == TemporalDirection.FUTURE ? y : y - 1;
        }
        return switch (dir) {
            case PAST -> (!strict && inside) || pub.isAfter(end.minusDays(1)) ? y : y - 1;
            case FUTURE -> strict ? (pub.isBefore(start) ? y : y + 1) : (pub.isBefore(end) ? y : y + 1);
            case NEUTRAL -> y;
        };
    }

    /** "1989-Q3" shifted by n quarters. */
    static String quarterShift(String quarter, long n) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(quarter.length() - 1) - '1';
        long index = year * 4L + q + n;
        return year((int) Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    static String date(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /**
     * Shifts the publication date by n units and formats the result at that unit's precision
     * (Y year, Q quarter, M month, W week, WE weekend, D day, hours and smaller a day).
     */
    static String shifted(LocalDate pub, long n, String unit) {
        return switch (unit) {
            case "Y" -> year(pub.getYear() + (int) n);
            case "DE" -> year(pub.getYear() + (int) n * 10).substring(0, 3);
            case "CE" -> year(pub.getYear() + (int) n * 100).substring(0, 2);
            case "Q" -> {
                LocalDate d = pub.plusMonths(3 * n);
                yield d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            }
            case "M" -> YearMonth.from(pub).plusMonths(n).toString();
            case "W" -> week(pub.plusWeeks(n));
            // "ce week-end" is the nearest one: early in the week, the one just past
            case "WE" -> week(pub.plusWeeks(n).minusWeeks(n == 0 && pub.getDayOfWeek().getValue() <= 3 ? 1 : 0)) + "-WE";
            case "D" -> date(pub.plusDays(n));
            default -> date(pub);
        };
    }
}
