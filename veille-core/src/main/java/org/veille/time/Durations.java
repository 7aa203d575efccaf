package org.veille.time;

import java.time.Period;
import java.util.regex.Matcher;

/** Reads calendar TimeML durations (P1Y, P3M, P2W, P10D) into periods; clock durations are not dates. */
public final class Durations {
  private static final java.util.regex.Pattern CALENDAR =
      java.util.regex.Pattern.compile("P(\\d+)([YMWD])");

  private Durations() {
  }

  public static Period period(String value) {
    Matcher m = CALENDAR.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    return switch (m.group(2)) {
      case "Y" -> Period.ofYears(n);
      case "M" -> Period.ofMonths(n);
      case "W" -> Period.ofWeeks(n);
      default -> Period.ofDays(n);
    };
  }
}
