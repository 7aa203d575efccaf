package org.veille.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.actors.Entities;
import org.veille.model.Document;
import org.veille.model.Event;
import org.veille.model.Sentence;
import org.veille.model.TimeExpression;
import org.veille.model.Token;

/** What `veille annotate` shows of a document: every layer, so a user can see why an event was found. */
public final class AnnotationJson {
  private AnnotationJson() {
  }

  public static Map<String, Object> full(Document doc) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", doc.article().id());
    m.put("lang", doc.article().lang());
    m.put("published", doc.article().published() == null ? null : doc.article().published().toString());
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("index", s.index());
      sm.put("start", s.start());
      sm.put("end", s.end());
      sm.put("text", doc.text().substring(s.start(), s.end()));
      sm.put("parsed", s.parsed());
      List<Map<String, Object>> tokens = new ArrayList<>();
      for (Token t : s.tokens()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("i", t.index());
        tm.put("word", t.word());
        tm.put("start", t.start());
        tm.put("end", t.end());
        tm.put("pos", t.pos());
        tm.put("lemma", t.lemma());
        tm.put("feats", t.feats());
        tm.put("head", t.head());
        tm.put("deprel", t.deprel());
        tm.put("ner", t.ner());
        tokens.add(tm);
      }
      sm.put("tokens", tokens);
      sentences.add(sm);
    }
    m.put("sentences", sentences);
    m.put("entities", entities(doc).get("entities"));
    List<Map<String, Object>> actors = new ArrayList<>();
    for (org.veille.model.ActorMention a : doc.actors()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("start", a.start());
      x.put("end", a.end());
      x.put("text", a.text());
      x.put("kind", a.kind());
      x.put("code", a.code());
      x.put("sector", a.sector());
      x.put("entity", a.entity());
      actors.add(x);
    }
    m.put("actors", actors);
    m.put("times", times(doc).get("times"));
    List<Map<String, Object>> events = new ArrayList<>();
    for (Event e : doc.events()) {
      events.add(EventJson.toMap(e, true));
    }
    m.put("events", events);
    m.put("warnings", doc.warnings());
    return m;
  }

  /** {doc_id, entities:[{start, end, text, type, code, sector}]} with type PER/LOC/ORG. */
  public static Map<String, Object> entities(Document doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entities.Entity e : Entities.of(doc)) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("start", e.start());
      x.put("end", e.end());
      x.put("text", e.text());
      x.put("type", e.type());
      x.put("code", e.code());
      x.put("sector", e.sector());
      out.add(x);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", doc.article().id());
    m.put("entities", out);
    return m;
  }

  /** {doc_id, times:[{start, end, text, type, value}]}: the shape score_times.py reads. */
  public static Map<String, Object> times(Document doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("start", t.start());
      x.put("end", t.end());
      x.put("text", t.text());
      x.put("type", t.type());
      x.put("value", t.value());
      out.add(x);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", doc.article().id());
    m.put("times", out);
    return m;
  }
}
