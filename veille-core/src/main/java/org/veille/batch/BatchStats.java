package org.veille.batch;

import java.lang.management.ManagementFactory;

/** Counters of one run, and the line `--stats` prints (read by bench/throughput). */
public final class BatchStats {
  private long articles;
  private long sentences;
  private long parsed;
  private long events;
  private long rejected;
  private long skipped;
  private long nanos;
  private long cpuNanos;

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

  /** CPU time of the whole process (all threads, GC included) spent while processing. */
  synchronized void cpuTime(long processCpuNanos) {
    cpuNanos += processCpuNanos;
  }

  /**
   * CPU time used by this process so far, or -1 where the JVM cannot tell. On a shared machine it
   * varies less than elapsed time, which other programs' load stretches.
   */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
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
        "stats: articles=%d sentences=%d parsed=%d events=%d rejected=%d seconds=%.2f cpu_seconds=%.2f "
            + "heap_peak_mb=%d",
        articles, sentences, parsed, events, rejected, seconds, cpuNanos / 1e9, heapPeakMb());
  }

  private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

  static {
    // Pool peaks cannot be summed (each pool peaks at another moment), so sample the whole heap instead.
    Thread sampler = new Thread(() -> {
      while (true) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        PEAK.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "veille-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Highest heap use seen (sampled every 20 ms since the first run started), in MiB. */
  static long heapPeakMb() {
    PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    return PEAK.get() / (1024 * 1024);
  }
}
