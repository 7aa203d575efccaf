package org.veille.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Counters of one run, and the line `--stats` prints (read by bench/throughput). */
public final class BatchStats {
  private long articles;
  private long sentences;
  private long parsed;
  private long events;
  private long rejected;
  private long skipped;
  private long nanos;

  synchronized void add(int sentenceCount, int parsedCount, int eventCount) {
    articles++;
    sentences += sentenceCount;
    parsed += parsedCount;
    events += eventCount;
  }

  synchronized void rejected() {
    rejected++;
  }

  synchronized void skipped() {
    skipped++;
  }

  synchronized void time(long elapsedNanos) {
    nanos += elapsedNanos;
  }

  public synchronized long articles() {
    return articles;
  }

  public synchronized long events() {
    return events;
  }

  public synchronized long rejectedCount() {
    return rejected;
  }

  public synchronized long skippedCount() {
    return skipped;
  }

  public synchronized String line() {
    double seconds = nanos / 1e9;
    return String.format(java.util.Locale.ROOT,
        "stats: articles=%d sentences=%d parsed=%d events=%d rejected=%d seconds=%.2f heap_peak_mb=%d",
        articles, sentences, parsed, events, rejected, seconds, heapPeakMb());
  }

  /** Peak use of all heap pools since the JVM started, in MiB. */
  static long heapPeakMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
