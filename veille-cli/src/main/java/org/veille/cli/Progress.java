package org.veille.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One updated line on a terminal: articles done, articles/s and the time left. Nothing when the
 * output is a file or a pipe, where a line per update would only be noise.
 */
final class Progress {
  private final PrintStream err;
  private final boolean on;
  private final long total;
  private final long t0 = System.nanoTime();
  private long done;

  Progress(PrintStream err, boolean terminal, long total) {
    this.err = err;
    this.on = terminal;
    this.total = total;
  }

  void advance(long articles) {
    done += articles;
    if (!on) {
      return;
    }
    double rate = rate();
    String eta = total > done && rate > 0 ? duration((total - done) / rate) : "--";
    err.printf(Locale.ROOT, "\r%d/%d articles, %.1f articles/s, ETA %s   ", done, total, rate, eta);
    err.flush();
  }

  double rate() {
    double seconds = (System.nanoTime() - t0) / 1e9;
    return seconds > 0 ? done / seconds : 0;
  }

  void end() {
    if (on) {
      err.print("\r" + " ".repeat(70) + "\r");
    }
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
