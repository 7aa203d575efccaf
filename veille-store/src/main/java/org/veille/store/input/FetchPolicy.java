package org.veille.store.input;

import java.time.Duration;

/**
 * What fetching a URL may do. The defaults refuse private, loopback and link-local addresses (a feed
 * must not make Veille read an intranet or a cloud metadata service), follow at most five redirects,
 * each checked again, and stop at a time-out and a size cap.
 */
public record FetchPolicy(boolean allowPrivate, Duration connectTimeout, Duration timeout, long maxBytes,
                          int maxRedirects) {
  public static FetchPolicy safe() {
    return new FetchPolicy(false, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5);
  }

  public static FetchPolicy allowingPrivate() {
    FetchPolicy s = safe();
    return new FetchPolicy(true, s.connectTimeout(), s.timeout(), s.maxBytes(), s.maxRedirects());
  }
}
