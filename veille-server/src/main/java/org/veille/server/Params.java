package org.veille.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.veille.store.EventFilter;

/** Query and path parameters, checked: a bad one is a 400 that names it. */
final class Params {
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z_]{2,20}");
  private static final Set<String> MODALITIES = Set.of("asserted", "future", "negated", "hypothetical");

  private Params() {
  }

  static String code(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v != null && !CODE.matcher(v).matches()) {
      throw ApiException.badParameter(name + " must be a 3-letter code (FRA, KAZ, EUR...)");
    }
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  static String type(Context ctx) {
    String v = blankToNull(ctx.queryParam("type"));
    if (v != null && !TYPE.matcher(v).matches()) {
      throw ApiException.badParameter("type must be a PLOVER type (CONSULT, PROTEST...)");
    }
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  static String modality(Context ctx) {
    String v = blankToNull(ctx.queryParam("modality"));
    if (v != null && !MODALITIES.contains(v.toLowerCase(Locale.ROOT))) {
      throw ApiException.badParameter("modality must be one of asserted, future, negated, hypothetical");
    }
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  static LocalDate date(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name + " must be a date YYYY-MM-DD");
    }
  }

  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badParameter(name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name + " must be a whole number");
    }
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badParameter("id must be a whole number");
    }
  }

  static String text(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v != null && v.length() > 500) {
      throw ApiException.badParameter(name + " must be 500 characters or fewer");
    }
    return v;
  }

  /** The common filters: from, to, actor, recipient, type. */
  static EventFilter filter(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from must not be after to");
    }
    return new EventFilter(from, to, code(ctx, "actor"), code(ctx, "recipient"), type(ctx));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
