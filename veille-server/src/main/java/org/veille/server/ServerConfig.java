package org.veille.server;

/**
 * How to serve.
 *
 * @param token the bearer token that {@code POST /api/ingest} requires; null or blank disables ingest
 */
public record ServerConfig(String host, int port, String token) {
  public ServerConfig {
    host = host == null ? "127.0.0.1" : host;
  }

  public boolean ingestEnabled() {
    return token != null && !token.isBlank();
  }
}
