package org.veille.model;

import java.util.List;

/**
 * One coded event: PLOVER type, mode and context, the GDELT-compatible CAMEO code, Goldstein score and
 * QuadClass, the parties as of the event date, when and where, how certain, and the evidence.
 *
 * @param date      YYYY, YYYY-MM or YYYY-MM-DD at the precision the text supports, or null
 * @param mentions  every place in the article that states this event; the first is the main quote
 * @param symmetric true when the parties act jointly (they meet, sign, agree together)
 * @param pattern   id of the coding pattern that produced the event (for --explain)
 * @param evidence  the trigger and argument words the pattern matched (for --explain)
 * @param topic     what the act is about, as a lemma ("accord", "feuille de route"), or ""; two
 *                  agreements signed by the same parties in one article stay two events
 */
public record Event(String id, String docId, String type, String mode, String context, String cameo,
                   double goldstein, int quadClass, List<Actor> actor, List<Actor> recipient,
                   boolean symmetric, String date, Modality modality, Location location,
                   List<Mention> mentions, String sentence, String pattern, List<String> evidence,
                   String topic) {
  public Event {
    actor = List.copyOf(actor);
    recipient = List.copyOf(recipient);
    mentions = List.copyOf(mentions);
    evidence = List.copyOf(evidence);
    topic = topic == null ? "" : topic;
  }

  public Mention mainMention() {
    return mentions.get(0);
  }

  public Event withMentions(List<Mention> all) {
    return new Event(id, docId, type, mode, context, cameo, goldstein, quadClass, actor, recipient,
        symmetric, date, modality, location, all, sentence, pattern, evidence, topic);
  }

  public Event withDate(String newDate) {
    return new Event(id, docId, type, mode, context, cameo, goldstein, quadClass, actor, recipient,
        symmetric, newDate, modality, location, mentions, sentence, pattern, evidence, topic);
  }

  public Event withLocation(Location where) {
    return new Event(id, docId, type, mode, context, cameo, goldstein, quadClass, actor, recipient,
        symmetric, date, modality, where, mentions, sentence, pattern, evidence, topic);
  }

  public Event withId(String newId) {
    return new Event(newId, docId, type, mode, context, cameo, goldstein, quadClass, actor, recipient,
        symmetric, date, modality, location, mentions, sentence, pattern, evidence, topic);
  }
}
