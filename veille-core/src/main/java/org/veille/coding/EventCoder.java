package org.veille.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.model.Actor;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Event;
import org.veille.model.Location;
import org.veille.model.Mention;
import org.veille.model.Modality;
import org.veille.model.Sentence;
import org.veille.model.Token;
import org.veille.nlp.Syntax;
import org.veille.time.EventDater;

/**
 * The coding algorithm: patterns over each parsed sentence give candidates; their arguments become
 * actors, and each event gets its modality, date, place and CAMEO equivalents. One record per match;
 * merging reports of the same event is the next stage's job.
 */
public final class EventCoder {
  public static final String CODER = "veille-0.1.0";

  private final PatternMatcher matcher;
  private final ModalityDetector modality;
  private final EventOntology ontology;
  private final Set<String> pronouns = new HashSet<>();
  private final Set<String> pairNouns = new HashSet<>();
  private final Set<String> counterparts = new HashSet<>();
  private final Set<String> locatives = new HashSet<>();
  private final Set<String> impersonal = new HashSet<>();
  private final Set<String> authorVerbs = new HashSet<>();
  private final boolean ploverStrict;
  private final org.veille.actors.OfficeTable offices = org.veille.actors.OfficeTable.load();
  private final Set<String> apolitical = new HashSet<>();
  private final Set<String> boundWords;
  private final Set<String> deadlineWords;
  private final NotEvents notEvents;

  public EventCoder(String lang, boolean ploverStrict) {
    String base = "/org/veille/" + lang + "/coding";
    this.modality = new ModalityDetector(ModalityRules.load(lang));
    this.notEvents = new NotEvents(lang);
    this.ontology = EventOntology.load();
    for (String line : Resources.lines(base + "/references.txt")) {
      String[] c = line.split("\\s+");
      (switch (c[0]) {
        case "author" -> authorVerbs;
        case "pair" -> pairNouns;
        case "counterpart" -> counterparts;
        case "locative" -> locatives;
        case "impersonal" -> impersonal;
        default -> pronouns;
      }).add(c[1]);
    }
    this.matcher = new PatternMatcher(PatternFile.loadAll(base), authorVerbs);
    this.ploverStrict = ploverStrict;
    this.boundWords = Set.copyOf(Resources.lines("/org/veille/" + lang + "/time/bounds.txt"));
    this.deadlineWords = Set.copyOf(Resources.lines("/org/veille/" + lang + "/time/deadlines.txt"));
    for (String line : Resources.lines("/org/veille/coding/sectors.tsv")) {
      apolitical.add(line.split("\\s+")[0]);
    }
  }

  public PatternMatcher matcher() {
    return matcher;
  }

  /** Words for the other party of an act ("son homologue"). */
  public Set<String> counterparts() {
    return Set.copyOf(counterparts);
  }

  /** Words that stand for the last person named ("il", "elle"). */
  public Set<String> pronouns() {
    return Set.copyOf(pronouns);
  }

  /** Heads of "les deux X" that stand for the last two parties named. */
  public Set<String> pairNouns() {
    return Set.copyOf(pairNouns);
  }

  public List<Event> code(Document doc) {
    ArgumentActors resolver = new ArgumentActors(doc.actors(), pronouns, pairNouns, ArticleParties.topCountries(doc, 3),
        locatives, impersonal);
    List<Event> out = new ArrayList<>();
    List<Candidate> sources = new ArrayList<>();
    List<Syntax> syntaxes = new ArrayList<>();
    boolean disasterArticle = notEvents.isDisasterArticle(doc);
    for (Sentence s : doc.sentences()) {
      if (!s.parsed() || CandidateFilters.isHeading(s)) {
        continue;
      }
      Syntax syn = new Syntax(s, doc.times());
      List<Candidate> candidates = matcher.match(syn);
      for (Candidate c : candidates) {
        if (CandidateFilters.isContentOfAnother(c, candidates, syn) || CandidateFilters.isModifier(c, syn)
            || CandidateFilters.isIncise(c, syn) || notEvents.covers(c, syn, disasterArticle)) {
          continue;
        }
        Event e = toEvent(c, syn, resolver, doc, out.size());
        if (e != null) {
          out.add(e);
          sources.add(c);
          syntaxes.add(syn);
        }
      }
    }
    return EventAnchors.resolve(out, sources, syntaxes);
  }
  private Event toEvent(Candidate c, Syntax syn, ArgumentActors resolver, Document doc, int n) {
    Pattern p = c.pattern();
    List<Actor> actors = List.of();
    for (List<Token> option : c.actorOptions()) {
      actors = resolver.resolve(option, syn, false); // "de nouvelles sanctions": the adjective names nobody
      if (!actors.isEmpty()) {
        break;
      }
    }
    Set<String> actorCodes0 = new HashSet<>();
    actors.forEach(a -> actorCodes0.add(a.code()));
    List<Actor> recipients = List.of();
    for (List<Token> option : c.recipientOptions()) {
      recipients = resolver.resolvePatient(option, syn, p.has("place"), actorCodes0);
      if (!recipients.isEmpty()) {
        break;
      }
    }
    // in a passive ("Daech sera vaincu") the name before the verb is the patient, not the agent
    if (actors.isEmpty() && !p.has("strict") && !c.trigger().pos().equals("NOUN") && !syn.isPassive(c.trigger())) {
      actors = resolver.nearest(syn, c.trigger(), -1);
    }

    Location where = location(p, actors, recipients, c, syn, doc);
    if (actors.isEmpty() && p.actor().contains("home")) {
      // "des milliers de personnes ont manifesté": people of the place, else of the article's country
      String home = org.veille.actors.ReferenceResolver.homeCountry(doc.actors());
      if (where != null) {
        actors = List.of(new Actor(where.country(), "CVL", ""));
      } else if (home != null) {
        actors = List.of(new Actor(home, "CVL", ""));
      }
    }
    if (recipients.isEmpty() && p.recipient().contains("home") && where != null) {
      recipients = List.of(new Actor(where.country(), "", where.name()));
    }
    if (actors.isEmpty() && p.actor().contains("ctx") && syn.subject(c.trigger()) == null) {
      actors = ArticleParties.mainParties(doc); // "un accord a été signé": no agent at all, the article's two parties
    }
    if (actors.isEmpty() && p.actor().contains("armed")) {
      actors = ArticleParties.armedGroup(doc); // "une voiture piégée a explosé": the armed group the article names
    }
    if (actors.isEmpty() || actors.stream().allMatch(a -> apolitical.contains(a.sector()) && a.entity().isEmpty())) {
      return null;
    }
    boolean symmetric = p.has("sym") && recipients.isEmpty() && actors.size() > 1;
    if (!p.has("self")) {
      Set<String> actorCodes = new HashSet<>();
      actors.forEach(a -> actorCodes.add(a.code()));
      recipients = new ArrayList<>(recipients);
      recipients.removeIf(r -> actorCodes.contains(r.code()));

    }
    if (recipients.isEmpty() && p.recipient().isEmpty() && p.has("inward") && actors.size() == 1) {
      // a rule with no recipient path ("descendre dans la rue"): an inward act still has its country as target
      recipients = List.of(new Actor(actors.get(0).code(), "", ""));
    }
    if (recipients.isEmpty() && p.has("needs-recipient")) {
      return null;
    }
    if (recipients.isEmpty() && !p.recipient().isEmpty() && !p.has("strict") && !p.has("place")
        && (!p.has("sym") || actors.size() == 1)) {
      recipients = defaultRecipient(p, actors, c, syn, resolver, doc);
    }
    // veiled threats ("prendre toutes les mesures nécessaires") are threats only when aimed abroad
    if (p.has("foreign") && recipients.stream().allMatch(r -> actorCodes0.contains(r.code()))) {
      return null;
    }
    Modality mod = modality.detect(c, syn);
    String date = EventDater.date(c.trigger(), c.clause(), syn, doc.times(), doc.article().published(), mod,
        boundWords, deadlineWords);
    actors = asOf(actors, date);
    recipients = asOf(recipients, date);
    String type = ploverStrict ? ontology.strictType(p.type(), mod == Modality.FUTURE) : p.type();
    CameoCode cameo = p.option("cameo") != null
        ? ontology.cameo(p.option("cameo")).orElse(ontology.defaultCameo(p.type(), p.mode()))
        : ontology.defaultCameo(p.type(), p.mode());
    if (where == null) {
      where = location(p, actors, recipients, c, syn, doc);
    }
    if (where == null) {
      where = ArticleParties.impliedLocation(p.type(), actors, recipients);
    }
    int[] span = quoteSpan(c, syn);
    String text = doc.text();
    Mention m = new Mention(syn.sentence().index(), span[0], span[1], text.substring(span[0], span[1]));
    List<String> evidence = new ArrayList<>();
    evidence.add("trigger=" + c.trigger().word());
    c.actorArgs().forEach(t -> evidence.add("actor=" + t.word()));
    c.recipientArgs().forEach(t -> evidence.add("recipient=" + t.word()));
    String sentenceText = text.substring(syn.sentence().start(), syn.sentence().end());
    return new Event(doc.article().id() + "#" + (n + 1), doc.article().id(), type, p.mode(), p.context(),
        cameo.code(), cameo.goldstein(), cameo.quadClass(), actors, recipients, symmetric, date, mod, where,
        List.of(m), sentenceText, p.id(), evidence, topic(c, syn));
  }

  private Location location(Pattern p, List<Actor> actors, List<Actor> recipients, Candidate c, Syntax syn,
                            Document doc) {
    String loc = p.option("loc");
    if ("recipient".equals(loc) && !recipients.isEmpty()) {
      return new Location(recipients.get(0).text(), recipients.get(0).code());
    }
    if ("actor".equals(loc) && !actors.isEmpty()) {
      return new Location(actors.get(0).text(), actors.get(0).code());
    }
    // a noun's own place comes first: "revendique un attentat à Kaboul" happened in Kaboul
    List<Token> places = new ArrayList<>();
    if (c.trigger() != c.clause() && c.trigger().pos().equals("NOUN")) {
      places.addAll(syn.prepositional(c.trigger(), Set.of("à", "en", "dans", "in", "at")));
    }
    places.addAll(syn.prepositional(c.clause(), Set.of("à", "en", "dans", "in", "at")));
    for (Token t : places) {
      for (Token x : syn.phrase(t)) {
        for (ActorMention m : doc.actors()) {
          if (m.code() != null && ArticleParties.isPlace(m) && m.start() < x.end() && x.start() < m.end()) {
            return new Location(m.text(), m.code());
          }
        }
      }
    }
    return null;
  }

  /**
   * When the parse names no recipient: the nearest other party in the sentence (after the trigger, then
   * before it), else the article's main other country (news is written about a dyad; for an attack, any
   * other country named at least twice), else — for acts that can be domestic — the actor's own country. Implied parties carry an empty text.
   */
  private static List<Actor> defaultRecipient(Pattern p, List<Actor> actors, Candidate c, Syntax syn,
                                              ArgumentActors resolver, Document doc) {
    Set<String> own = new HashSet<>();
    actors.forEach(a -> own.add(a.code()));
    if (p.has("inward") && actors.size() == 1) {
      return List.of(new Actor(actors.get(0).code(), "", "")); // protests and police acts stay at home
    }
    List<Actor> found = resolver.nearest(syn, c.trigger(), +1, own, true);
    if (found.isEmpty()) {
      found = resolver.nearest(syn, c.trigger(), -1, own, true);
    }
    if (!found.isEmpty()) {
      return found;
    }
    if (Boolean.getBoolean("x.ownfirst") && actors.size() == 1) {
      return List.of(new Actor(actors.get(0).code(), "", ""));
    }
    Map<String, Integer> counts = ArticleParties.countryCounts(doc);
    int top = counts.values().stream().max(Integer::compare).orElse(0);
    for (String code : ArticleParties.topCountries(doc, 3)) {
      // the article is about a dyad only if the other country is named about as often as the first
      // force is seldom aimed at home: for an attack any other country named twice is the likelier target
      int need = p.type().equals("ASSAULT") ? 2 : top;
      if (!own.contains(code) && counts.getOrDefault(code, 0) * 2 >= need) {
        return List.of(new Actor(code, "", ""));
      }
    }
    if (actors.size() == 1) {
      return List.of(new Actor(actors.get(0).code(), "", ""));
    }
    return List.of();
  }

  /**
   * People are coded as of the event, not the article: Hollande in a 2020 article about 2016 is still
   * president. Dates at month or year precision are read at their middle.
   */
  private List<Actor> asOf(List<Actor> parties, String date) {
    if (date == null || parties.stream().allMatch(a -> a.entity().isEmpty())) {
      return parties;
    }
    java.time.LocalDate when = switch (date.length()) {
      case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 7, 1);
      case 7 -> java.time.LocalDate.parse(date + "-15");
      default -> java.time.LocalDate.parse(date);
    };
    List<Actor> out = new ArrayList<>();
    for (Actor a : parties) {
      var standing = a.entity().isEmpty() ? java.util.Optional.<org.veille.actors.Standing>empty()
          : offices.resolve(a.entity(), when);
      out.add(standing.map(s -> a.withStanding(s.code(), s.sector())).orElse(a));
    }
    return out;
  }

  /** The lemma of what the act is about: the verb's patient ("signer un accord") or the noun trigger. */
  private static String topic(Candidate c, Syntax syn) {
    if (!c.trigger().pos().equals("VERB")) {
      return c.trigger().lemma();
    }
    String required = c.pattern().option("obj");
    if (required != null) {
      // the noun that made the pattern fire ("accord", "feuille"), even when the parse put it aside
      java.util.Set<String> heads = new java.util.HashSet<>();
      for (String w : required.split("/")) {
        heads.add(w.split(" ")[0]);
      }
      for (Token t : syn.sentence().tokens()) {
        if (heads.contains(t.lemma()) && syn.depthBelow(t, c.trigger()) >= 0) {
          return t.lemma();
        }
      }
    }
    Token o = syn.object(c.trigger());
    return o == null ? "" : o.lemma();
  }

  /** The quote runs from the first to the last word involved: arguments, trigger, and the verb chain. */
  private static int[] quoteSpan(Candidate c, Syntax syn) {
    int start = c.trigger().start();
    int end = c.trigger().end();
    start = Math.min(start, c.clause().start());
    end = Math.max(end, c.clause().end());
    List<Token> involved = new ArrayList<>();
    involved.addAll(c.actorArgs());
    involved.addAll(c.recipientArgs());
    for (Token t : involved) {
      for (Token x : syn.phrase(t)) {
        if (x.deprel().equals("punct")) {
          continue;
        }
        start = Math.min(start, x.start());
        end = Math.max(end, x.end());
      }
    }
    return new int[] {start, end};
  }
}
