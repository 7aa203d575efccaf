package org.veille.ingest;

/** An input that could not be read as an article: where it was and why, for a one-line error. */
public record Rejection(String source, int line, String reason) {
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}
