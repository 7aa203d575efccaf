package org.veille.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.store.EventStore;

/**
 * The HTTP server: the read API under {@code /api}, {@code POST /api/ingest} behind a bearer token, and
 * the dashboard at {@code /}. Same-origin only: no CORS headers are sent.
 */
public final class VeilleServer implements AutoCloseable {
  /** One registered route, for the check that openapi.yaml documents every one. */
  public record Route(String method, String path) {
  }

  static final String OPENAPI = "/openapi.yaml";
  private static final String ERROR_SENT = "veille.error";
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  private VeilleServer(EventStore store, Function<Article, Document> pipeline, ServerConfig config) {
    Api api = new Api(store, new Ingestion(store, pipeline), config);
    String openapi = resource(OPENAPI);
    app = Javalin.create(c -> {
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.http.maxRequestSize = 10_000_000L;
      c.startup.showJavalinBanner = false;
      if (VeilleServer.class.getResource("/static/index.html") != null) {
        c.staticFiles.add("/static", Location.CLASSPATH);
      }
      route(c, HandlerType.GET, "/api/events", api::events);
      route(c, HandlerType.GET, "/api/events/{id}", api::event);
      route(c, HandlerType.GET, "/api/articles/{id}", api::article);
      route(c, HandlerType.GET, "/api/stats/dyads", api::dyads);
      route(c, HandlerType.GET, "/api/stats/timeline", api::timeline);
      route(c, HandlerType.GET, "/api/stats/locations", api::locations);
      route(c, HandlerType.GET, "/api/actors", api::actors);
      route(c, HandlerType.GET, "/api/search", api::search);
      route(c, HandlerType.GET, "/api/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openapi));
      route(c, HandlerType.POST, "/api/ingest", api::ingest);
      c.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
      });
      c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("veille-server: " + ctx.method() + " " + ctx.path() + ": " + e);
        error(ctx, 500, "internal error");
      });
      c.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_SENT) == null) {
          error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
        }
      });
    });
  }

  private void route(JavalinConfig c, HandlerType method, String path, Handler handler) {
    routes.add(new Route(method.name(), path));
    c.routes.addHttpHandler(method, path, handler);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_SENT, Boolean.TRUE);
    ctx.status(status);
    Json.send(ctx, Map.of("status", status, "error", message == null ? "error" : message));
  }

  private static String resource(String name) {
    try (InputStream in = VeilleServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server over a store; {@code pipeline} codes the articles posted to {@code /api/ingest}. */
  public static VeilleServer create(EventStore store, Function<Article, Document> pipeline, ServerConfig config) {
    return new VeilleServer(store, pipeline, config);
  }

  public VeilleServer start() {
    app.start();
    return this;
  }

  /** The port listened on (the actual one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    app.stop();
  }
}
