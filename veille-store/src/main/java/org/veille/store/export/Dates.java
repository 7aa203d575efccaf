package org.veille.store.export;

import java.time.LocalDate;
import java.util.Locale;

/** GDELT's date forms, from Veille's YYYY / YYYY-MM / YYYY-MM-DD (a coarse date counts as its first day). */
final class Dates {
  private Dates() {
  }

  static LocalDate firstDay(String date) {
    if (date == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> LocalDate.parse(date + "-01");
      default -> LocalDate.parse(date.substring(0, 10));
    };
  }

  static String sqlDate(LocalDate d) {
    return d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  static String monthYear(LocalDate d) {
    return d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
  }

  static String year(LocalDate d) {
    return d == null ? "" : String.valueOf(d.getYear());
  }

  /** YYYY.FFFF: the year plus the elapsed fraction of it, as GDELT writes it. */
  static String fraction(LocalDate d) {
    return d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
  }

  /** YYYYMMDDHHMMSS; Veille knows days only. */
  static String timestamp(LocalDate d) {
    return d == null ? "" : sqlDate(d) + "000000";
  }
}
