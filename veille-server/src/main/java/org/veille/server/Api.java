package org.veille.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veille.store.EventQuery;
import org.veille.store.EventStore;

/** The route handlers: read the parameters, ask the store, write JSON. No query logic lives here. */
final class Api {
  private final EventStore store;
  private final Ingestion ingestion;
  private final ServerConfig config;

  Api(EventStore store, Ingestion ingestion, ServerConfig config) {
    this.store = store;
    this.ingestion = ingestion;
    this.config = config;
  }

  void events(Context ctx) {
    EventQuery q;
    try {
      q = new EventQuery(Params.filter(ctx), Params.code(ctx, "party"), Params.modality(ctx), Params.text(ctx, "q"),
          Params.integer(ctx, "page", 0, 0, 1_000_000), Params.integer(ctx, "size", 50, 1, EventQuery.MAX_SIZE),
          EventQuery.Sort.parse(ctx.queryParam("sort")));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(e.getMessage());
    }
    var page = store.events(q);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", page.total());
    body.put("page", page.page());
    body.put("size", page.size());
    body.put("events", Json.events(page.events()));
    Json.send(ctx, body);
  }

  void event(Context ctx) {
    long id = Params.id(ctx);
    var event = store.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", Json.event(event));
    body.put("mentions", store.mentionsOf(id));
    Json.send(ctx, body);
  }

  void article(Context ctx) {
    long id = Params.id(ctx);
    Json.send(ctx, store.article(id).orElseThrow(() -> ApiException.notFound("no article " + id)));
  }

  void dyads(Context ctx) {
    Json.send(ctx, Json.rows(store.topDyads(Params.filter(ctx), Params.integer(ctx, "limit", 50, 1, 1000))));
  }

  void timeline(Context ctx) {
    Json.send(ctx, Json.rows(store.timeline(Params.filter(ctx))));
  }

  void locations(Context ctx) {
    Json.send(ctx, Json.rows(store.locations(Params.filter(ctx))));
  }

  void actors(Context ctx) {
    Json.send(ctx, Json.rows(store.actors(Params.filter(ctx))));
  }

  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badParameter("q is required");
    }
    Json.send(ctx, store.search(q, Params.integer(ctx, "limit", 20, 1, 200)));
  }

  void ingest(Context ctx) {
    if (!config.ingestEnabled()) {
      throw new ApiException(403, "ingest is disabled: start the server with --token or VEILLE_TOKEN");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        config.token().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing or bad bearer token");
    }
    Ingestion.Result r = ingestion.ingest(ctx.body());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("received", r.received());
    body.put("added", r.added());
    body.put("rejected", r.rejected().stream().map(Object::toString).toList());
    body.put("store", r.store());
    Json.send(ctx, body);
  }
}
