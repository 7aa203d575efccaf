package org.veille.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.veille.nlp.Syntax;
import org.veille.model.Modality;
import org.veille.model.TimeExpression;
import org.veille.model.Token;

/**
 * Dates an event from the time expression that governs its trigger: an expression attached (through
 * the dependency tree) to the trigger or its clause verb, without crossing another clause. Failing that,
 * an event told in the passé composé or present is news of the day and takes the publication date; a
 * background event (imperfect, pluperfect, a bare noun) gets null rather than a wrong date.
 */
public final class EventDater {
  private static final Set<String> AFTER = Set.of("après", "after");
  private static final Set<String> BEFORE = Set.of("avant", "before");

  private EventDater() {
  }

  public static String date(Token trigger, Token clause, Syntax syn, List<TimeExpression> times,
                            LocalDate published, Modality modality) {
    return date(trigger, clause, syn, times, published, modality, Set.of());
  }

  /** As above; {@code boundWords} before an expression make it a bound ("jusqu'en 2035"), not a date. */
  public static String date(Token trigger, Token clause, Syntax syn, List<TimeExpression> times,
                            LocalDate published, Modality modality, Set<String> boundWords) {
    return date(trigger, clause, syn, times, published, modality, boundWords, Set.of());
  }

  /**
   * As above; {@code deadlineWords} ("d'ici le 22 février") date a planned event at the deadline's month,
   * though they are bounds for any other.
   */
  public static String date(Token trigger, Token clause, Syntax syn, List<TimeExpression> times,
                            LocalDate published, Modality modality, Set<String> boundWords,
                            Set<String> deadlineWords) {
    if (!boundWords.isEmpty() || !deadlineWords.isEmpty()) {
      String text = syn.sentence().text();
      int base = syn.sentence().start();
      List<TimeExpression> kept = new java.util.ArrayList<>();
      for (TimeExpression te : times) {
        if (modality == Modality.FUTURE && isBound(text, te.start() - base, deadlineWords)) {
          kept.add(atMonth(te));
        } else if (!isBound(text, te.start() - base, boundWords)) {
          kept.add(te);
        }
      }
      times = kept;
    }
    String relative = relativeToAnchor(trigger, syn, times, published);
    if (relative != null) {
      return relative;
    }
    TimeExpression best = null;
    int bestDepth = Integer.MAX_VALUE;
    // "X vient de démissionner lundi", "a décidé lundi de sanctionner": the parse hangs the date on the
    // verb that governs the infinitive; it dates a done event, not an announced one ("a annoncé
    // mardi se rendre à Paris" in March)
    Token governor = modality == Modality.ASSERTED && clause.deprel().equals("xcomp") ? syn.head(clause) : null;
    for (TimeExpression te : times) {
      if (!isDate(te) || te.start() < syn.sentence().start() || te.end() > syn.sentence().end()) {
        continue;
      }
      Token head = headOf(te, syn);
      if (head == null) {
        continue;
      }
      int d = attachment(head, trigger, clause, syn);
      if (d < 0 && governor != null && attachment(head, governor, governor, syn) >= 0) {
        d = 30 + attachment(head, governor, governor, syn);
      }
      if (d >= 0 && d < bestDepth) {
        best = te;
        bestDepth = d;
      }
    }
    if (best == null) {
      best = antecedentDate(clause, syn, times);
    }
    if (best != null) {
      return precise(rangeStart(best, times, syn).value(), published);
    }
    String since = sinceSpan(trigger, clause, syn, times, published);
    if (since != null) {
      return since;
    }
    TimeExpression near = nearestBefore(trigger, syn, times);
    // "a annoncé lundi se rendre à Rome": the date hung on the governing verb is the announcement's
    Token announcer = clause.deprel().equals("xcomp") ? syn.head(clause) : null;
    if (near != null && modality != Modality.ASSERTED && announcer != null && headOf(near, syn) != null
        && attachment(headOf(near, syn), announcer, announcer, syn) >= 0) {
      near = null;
    }
    if (near != null) {
      return precise(rangeStart(near, times, syn).value(), published);
    }
    if (published == null || modality != Modality.ASSERTED) {
      return null;
    }
    return isNewsOfTheDay(trigger, clause, syn) ? narrativeDay(trigger, times, published) : null;
  }

  /**
   * "l'accord du 31 décembre, que Kinshasa avait signé": a relative clause whose pronoun is its object
   * takes the date named on the antecedent noun, which is the thing the clause's verb acts on.
   */
  private static TimeExpression antecedentDate(Token clause, Syntax syn, List<TimeExpression> times) {
    Token noun = syn.head(clause);
    if (!clause.deprel().equals("acl:relcl") || noun == null || !clause.pos().equals("VERB")) {
      return null;
    }
    boolean objectPronoun = false;
    for (Token ch : syn.children(clause, "obj")) {
      objectPronoun |= ch.pos().equals("PRON");
    }
    if (!objectPronoun) {
      return null;
    }
    for (TimeExpression te : times) {
      Token head = isDate(te) && te.start() >= syn.sentence().start() && te.end() <= syn.sentence().end()
          ? headOf(te, syn) : null;
      if (head != null && head.deprel().startsWith("nmod") && syn.head(head) != null
          && syn.head(head).index() == noun.index()) {
        return te;
      }
    }
    return null;
  }

  /** "et", "au", "à" between two days of one span: "les 28 et 29 avril", "du 3 au 5 mai". */
  private static final java.util.regex.Pattern RANGE_LINK =
      java.util.regex.Pattern.compile("\\s*(?:et|au|à)\\s+(?:le\\s+)?", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * An event over a span of days starts on its first day: the parse hangs the span on the second day,
   * which carries the month ("du 25 au 27 janvier"), so the day before it is taken instead.
   */
  static TimeExpression rangeStart(TimeExpression te, List<TimeExpression> times, Syntax syn) {
    String text = syn.sentence().text();
    int base = syn.sentence().start();
    for (TimeExpression first : times) {
      if (first == te || !isDate(first) || first.end() > te.start() || first.start() < base
          || te.start() - base > text.length()) {
        continue;
      }
      String between = text.substring(first.end() - base, te.start() - base);
      // the first day of a span is a bare number ("les 28"), unlike "le 3 mai et le 5 juin"
      if (RANGE_LINK.matcher(between).matches() && first.text().matches("(?s).*\\d(?:er)?")
          && first.value().length() == te.value().length()
          && first.value().compareTo(te.value()) < 0) {
        return first;
      }
    }
    return te;
  }

  /**
   * The day the story is at: the last full date named before the trigger, when it lies in the week
   * before publication ("Ce dimanche 9 avril, une explosion ... Cette explosion serait le fait de ...").
   * Reports without a date of their own follow the narrative; the publication date otherwise.
   */
  static String narrativeDay(Token trigger, List<TimeExpression> times, LocalDate published) {
    String day = published.toString();
    for (TimeExpression te : times) {
      if (te.end() > trigger.start()) {
        break;
      }
      if (isDate(te) && te.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        LocalDate d = LocalDate.parse(te.value().substring(0, 10));
        if (!d.isAfter(published) && !d.isBefore(published.minusDays(7))) {
          day = d.toString();
        }
      }
    }
    return day;
  }

  /**
   * The parse may hang a fronted date on the wrong verb ("la France a cette année assuré"). A date
   * expression shortly before the trigger, with no verb between them, still dates it.
   */
  private static TimeExpression nearestBefore(Token trigger, Syntax syn, List<TimeExpression> times) {
    TimeExpression best = null;
    for (TimeExpression te : times) {
      if (!isDate(te) || te.start() < syn.sentence().start() || te.end() > trigger.start()
          || trigger.start() - te.end() > 40 || inOtherRelative(te, trigger, syn)
          || inLandmark(te, trigger, syn)) {
        continue;
      }
      boolean verbBetween = false;
      for (Token t : syn.sentence().tokens()) {
        if (t.start() >= te.end() && t.end() <= trigger.start() && t.pos().equals("VERB")
            && t.index() != trigger.index() && syn.depthBelow(trigger, t) < 0) {
          verbBetween = true;
        }
      }
      if (!verbBetween && (best == null || te.start() > best.start())) {
        best = te;
      }
    }
    return best;
  }

  /**
   * "la grève qui dure depuis dix jours": the event began that long before publication. A year or a
   * month counted back is not exact to the day, so those keep month precision.
   */
  private static String sinceSpan(Token trigger, Token clause, Syntax syn, List<TimeExpression> times,
                                  LocalDate published) {
    if (published == null) {
      return null;
    }
    String text = syn.sentence().text().toLowerCase();
    int base = syn.sentence().start();
    for (TimeExpression te : times) {
      if (!"DURATION".equals(te.type()) || te.value() == null || te.start() < syn.sentence().start()
          || te.end() > syn.sentence().end()
          || !text.substring(0, te.start() - base).stripTrailing().endsWith("depuis")) {
        continue;
      }
      java.time.Period p = Durations.period(te.value());
      Token head = headOf(te, syn);
      if (p == null || p.isZero() || head == null || attachment(head, trigger, clause, syn) < 0) {
        continue;
      }
      return published.minus(p).toString().substring(0, p.getDays() == 0 ? 7 : 10);
    }
    return null;
  }

  /** The expression lies inside a subject or a landmark noun (see {@link #landmark}) short of any verb. */
  private static boolean inLandmark(TimeExpression te, Token trigger, Syntax syn) {
    Token head = headOf(te, syn);
    Token cur = head == null ? null : syn.head(head);
    for (int steps = 0; cur != null && steps < 8 && !cur.pos().equals("VERB"); steps++) {
      if (cur.index() == trigger.index()) {
        return false;
      }
      if (landmark(cur, syn)) {
        return true;
      }
      cur = syn.head(cur);
    }
    return false;
  }

  /**
   * "Le journaliste, qui avait été arrêté le 3 février, a été libéré": the date belongs to the relative
   * clause, which does not contain the release.
   */
  private static boolean inOtherRelative(TimeExpression te, Token trigger, Syntax syn) {
    Token head = headOf(te, syn);
    Token cur = head == null ? null : syn.head(head);
    for (int steps = 0; cur != null && steps < 8; steps++) {
      if (cur.pos().equals("VERB")) {
        return cur.deprel().startsWith("acl") && cur.index() != trigger.index()
            && syn.depthBelow(trigger, cur) < 0;
      }
      cur = syn.head(cur);
    }
    return false;
  }

  private static boolean isBound(String sentence, int at, Set<String> boundWords) {
    if (at <= 0 || at > sentence.length()) {
      return false;
    }
    String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase().replace('\u2019', '\'')
        .replace("' ", "'");
    for (String w : boundWords) {
      if (before.endsWith(w) || before.endsWith(w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** A deadline says the month the planned event falls in, not its day. */
  private static TimeExpression atMonth(TimeExpression te) {
    String v = te.value();
    return v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? new TimeExpression(te.start(), te.end(), te.text(), te.type(), v.substring(0, 7)) : te;
  }

  static boolean isDate(TimeExpression te) {
    return ("DATE".equals(te.type()) || "TIME".equals(te.type())) && te.value() != null
        && !te.value().isEmpty() && Character.isDigit(te.value().charAt(0));
  }

  /** Trims a TimeML value to YYYY, YYYY-MM or YYYY-MM-DD; weeks become their month, seasons their year. */
  static String precise(String value, LocalDate published) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return value.substring(0, 10);
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return value;
    }
    if (value.matches("\\d{4}-W\\d{2}.*")) {
      int year = Integer.parseInt(value.substring(0, 4));
      int week = Integer.parseInt(value.substring(6, 8));
      // the month that holds most of the week, that of its Thursday: "il y a deux semaines" on
      // 15 February 2017 is week 5 (30 January - 5 February), which is February's
      LocalDate thursday = LocalDate.of(year, 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(java.time.DayOfWeek.THURSDAY);
      return thursday.toString().substring(0, 7);
    }
    if (value.matches("\\d{4}.*")) {
      return value.substring(0, 4);
    }
    return null;
  }

  /** The word of a time expression highest in the tree (the one whose head lies outside it). */
  private static Token headOf(TimeExpression te, Syntax syn) {
    Token best = null;
    for (Token t : syn.sentence().tokens()) {
      if (t.start() >= te.start() && t.end() <= te.end()) {
        Token h = syn.head(t);
        if (h == null || h.start() < te.start() || h.end() > te.end()) {
          if (best == null || isNounLike(t)) {
            best = t;
          }
        }
      }
    }
    return best;
  }

  private static boolean isNounLike(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("NUM");
  }

  /**
   * How closely a time expression attaches to the event: 0-9 on the trigger's own branch, 10+ on the
   * clause verb; -1 when it belongs to another clause.
   */
  private static int attachment(Token timeHead, Token trigger, Token clause, Syntax syn) {
    // "Le mois dernier, X a expulsé ... et a sanctionné ...": a date on the first of coordinated verbs
    // dates them all
    Token first = clause.deprel().equals("conj") ? syn.head(clause) : null;
    Token cur = syn.head(timeHead);
    for (int steps = 0; cur != null && steps < 8; steps++) {
      if (cur.index() == trigger.index()) {
        return steps;
      }
      if (cur.index() == clause.index()) {
        return 10 + steps;
      }
      if (first != null && cur.index() == first.index()) {
        return 20 + steps;
      }
      if (cur.pos().equals("VERB") && !cur.deprel().equals("xcomp") && !describes(cur, trigger, syn)) {
        return -1;
      }
      if (landmark(cur, syn)) {
        return -1;
      }
      cur = syn.head(cur);
    }
    return -1;
  }

  /**
   * A noun that is not the event but its subject or a landmark in time: a date inside it describes that
   * noun ("Le Burundi, en crise depuis 2015, a expulsé"; "Après l'annexion de la Crimée en 2014,
   * l'Ukraine a rompu"). Objects are left alone: the parse often hangs the verb's date on them ("a pris
   * le pouvoir en 2012").
   */
  private static boolean landmark(Token noun, Syntax syn) {
    if (!(noun.pos().equals("NOUN") || noun.pos().equals("PROPN"))) {
      return false;
    }
    String prep = syn.preposition(noun);
    return noun.deprel().startsWith("nsubj")
        || noun.deprel().startsWith("obl") && (AFTER.contains(prep) || BEFORE.contains(prep) || "depuis".equals(prep));
  }

  /**
   * A bare participle on the trigger noun is part of its phrase, not another clause: "la visite,
   * prévue le 27 janvier", "la réunion tenue le 11 octobre".
   */
  private static boolean describes(Token verb, Token trigger, Syntax syn) {
    return verb.deprel().equals("acl") && verb.hasFeature("VerbForm=Part") && syn.head(verb) != null
        && syn.head(verb).index() == trigger.index() && syn.children(verb, "aux").isEmpty();
  }

  /**
   * "un an après sa visite à Astana": the visit happened a year before the reported one, which is news
   * of the day; month precision, since "a year" is not exact to the day.
   */
  private static String relativeToAnchor(Token trigger, Syntax syn, List<TimeExpression> times,
                                         LocalDate published) {
    if (published == null) {
      return null;
    }
    Token marker = marker(trigger, syn);
    if (marker == null) {
      return null;
    }
    boolean after = AFTER.contains(marker.lemma().toLowerCase());
    for (TimeExpression te : times) {
      if (!"DURATION".equals(te.type()) || te.value() == null || te.end() > marker.start()
          || marker.start() - te.end() > 3) {
        continue;
      }
      java.time.Period p = Durations.period(te.value());
      if (p == null) {
        continue;
      }
      LocalDate d = after ? published.minus(p) : published.plus(p);
      return d.toString().substring(0, p.getDays() == 0 ? 7 : 10);
    }
    return null;
  }

  /**
   * The "après" or "avant" that ties the trigger to a span of time: the preposition of a noun ("un an
   * après sa visite") or the conjunction of a clause ("trois jours après que la Turquie a abattu").
   */
  private static Token marker(Token trigger, Syntax syn) {
    List<Token> markers = new java.util.ArrayList<>(syn.children(trigger, "case"));
    markers.addAll(syn.children(trigger, "mark"));
    for (Token m : markers) {
      String w = m.lemma().toLowerCase();
      if (AFTER.contains(w) || BEFORE.contains(w)) {
        return m;
      }
    }
    return null;
  }

  /** Prepositions of a setting noun (fr/time/scene.txt, and en's when present). */
  private static final Set<String> SCENE = scene();

  private static Set<String> scene() {
    Set<String> out = new java.util.HashSet<>();
    for (String lang : List.of("fr", "en")) {
      if (EventDater.class.getResource("/org/veille/" + lang + "/time/scene.txt") != null) {
        out.addAll(org.veille.coding.Resources.lines("/org/veille/" + lang + "/time/scene.txt"));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * An oblique noun fixed in the verb's phrase ("voter en faveur de", "inscrire sur la liste noire") is the
   * clause's own event; one after a preposition of setting ("lors de la visite") is not.
   */
  private static boolean ownOblique(Token noun, Syntax syn) {
    if (!noun.deprel().startsWith("obl")) {
      return false;
    }
    String prep = syn.preposition(noun);
    return !prep.isEmpty() && !SCENE.contains(prep.split(" ")[0]);
  }

  /** Passé composé, present or passé simple in the clause: the event is reported as it happens. */
  private static boolean isNewsOfTheDay(Token trigger, Token clause, Syntax syn) {
    // "nous avons été en contact avec X": a noun predicate has its tense on its copula and auxiliaries
    List<Token> cop = clause.pos().equals("VERB") ? List.of() : syn.children(clause, "cop");
    Token verb = clause.pos().equals("VERB") ? clause : cop.isEmpty() ? null : clause;
    if (verb == null) {
      return false;
    }
    // a noun is the clause's own event only as its object, subject or the verb's own oblique argument
    // ("a effectué une visite", "se sont mis d'accord"); "lors de la visite", "depuis l'invasion" set
    // the scene for another event
    if (trigger != clause && syn.head(trigger) == clause && !(trigger.deprel().startsWith("obj")
        || trigger.deprel().startsWith("nsubj") || trigger.deprel().equals("obl:arg")
        || trigger.deprel().equals("xcomp") || ownOblique(trigger, syn))) {
      return false;
    }
    boolean hasAux = false;
    for (Token aux : syn.children(verb, "aux")) {
      hasAux = true;
      if (aux.hasFeature("Tense=Imp") || aux.hasFeature("Tense=Fut") || aux.hasFeature("Mood=Cnd")) {
        return false;
      }
    }
    if (hasAux) {
      return true;
    }
    if (!cop.isEmpty()) {
      verb = cop.get(0);
    }
    // a subjunctive is not a report ("bien qu'il se dise prêt", "pour que X signe")
    if (verb.hasFeature("Tense=Imp") || verb.hasFeature("Tense=Fut") || verb.hasFeature("Mood=Cnd")
        || verb.hasFeature("Mood=Sub")) {
      return false;
    }
    return true;
  }
}
