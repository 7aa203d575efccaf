package org.veille.store.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Fetches a page or a feed without letting it reach what it should not: http(s) only; hosts that
 * resolve to loopback, private, link-local, multicast or unspecified addresses refused (unless
 * allowed); redirects followed by hand so that each target is checked again; a time-out and a size cap.
 */
public final class SafeFetcher {
  private final FetchPolicy policy;
  private final HttpClient client;

  public SafeFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.connectTimeout())
        .build();
  }

  /** What a fetch brought back. */
  public record Fetched(URI uri, String contentType, byte[] body) {
  }

  public Fetched fetch(String address) throws IOException {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IOException("not a valid URL");
    }
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      check(uri);
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(policy.timeout())
          .header("User-Agent", "veille/0.1 (+https://github.com/veille)").GET().build();
      HttpResponse<InputStream> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      } catch (java.net.http.HttpTimeoutException e) {
        throw new IOException("timed out after " + policy.timeout().toSeconds() + " s");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        response.body().close();
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new IOException("redirect " + status + " without a Location"));
        uri = uri.resolve(location);
        continue;
      }
      try (InputStream in = response.body()) {
        if (status != 200) {
          throw new IOException("HTTP " + status);
        }
        return new Fetched(uri, response.headers().firstValue("Content-Type").orElse(""), readCapped(in));
      }
    }
    throw new IOException("more than " + policy.maxRedirects() + " redirects");
  }

  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int r;
    while ((r = in.read(buf)) > 0) {
      if (out.size() + r > policy.maxBytes()) {
        throw new IOException("larger than " + (policy.maxBytes() >> 20) + " MB");
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  /** Scheme and address checks, before every request (the first and each redirect). */
  void check(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("only http and https URLs are fetched, not '" + scheme + ":'");
    }
    if (uri.getHost() == null) {
      throw new IOException("no host in the URL");
    }
    if (policy.allowPrivate()) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + uri.getHost());
    }
    for (InetAddress a : addresses) {
      if (isPrivate(a)) {
        throw new IOException("refused: " + uri.getHost() + " is a private, loopback or link-local address ("
            + a.getHostAddress() + "); use --allow-private to fetch it");
      }
    }
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // fc00::/7, unique local
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
        || (first == 198 && (second == 18 || second == 19)); // benchmarking networks
  }
}
