package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.Actor;
import org.veille.model.Event;
import org.veille.model.Mention;
import org.veille.model.Modality;

class EventMergerTest {
  static Event event(String type, List<String> actors, List<String> recipients, boolean sym, String date,
                     Modality m, int sentence) {
    return event(type, "040", actors, recipients, sym, date, m, sentence);
  }

  static Event event(String type, String cameo, List<String> actors, List<String> recipients, boolean sym,
                     String date, Modality m, int sentence) {
    return new Event("d#x", "d", type, "", "", cameo, 1.0, 1,
        actors.stream().map(c -> new Actor(c, "", c)).toList(),
        recipients.stream().map(c -> new Actor(c, "", c)).toList(), sym, date, m, null,
        List.of(new Mention(sentence, sentence * 10, sentence * 10 + 5, "q" + sentence)), "s", "p", List.of(), "");
  }

  @Test
  void twoReportsOfOneVisitBecomeOneRecordWithBothMentionsAndTheMorePreciseDate() {
    Event a = event("CONSULT", List.of("KAZ"), List.of("FRA"), false, null, Modality.ASSERTED, 1);
    Event b = event("CONSULT", List.of("KAZ"), List.of("FRA"), false, "2022-11", Modality.ASSERTED, 6);
    List<Event> merged = EventMerger.merge(List.of(a, b));
    assertEquals(1, merged.size());
    assertEquals("2022-11", merged.get(0).date());
    assertEquals(2, merged.get(0).mentions().size());
    assertEquals("d#1", merged.get(0).id());
  }

  @Test
  void differentDirectionsModalitiesOrDatesStayApart() {
    Event visit = event("CONSULT", List.of("FRA"), List.of("KAZ"), false, "2023-11", Modality.ASSERTED, 1);
    Event back = event("CONSULT", List.of("KAZ"), List.of("FRA"), false, "2023-11", Modality.ASSERTED, 2);
    Event planned = event("CONSULT", List.of("FRA"), List.of("KAZ"), false, "2023-11", Modality.FUTURE, 3);
    Event earlier = event("CONSULT", List.of("FRA"), List.of("KAZ"), false, "2022-11", Modality.ASSERTED, 4);
    assertEquals(4, EventMerger.merge(List.of(visit, back, planned, earlier)).size());
  }

  @Test
  void jointActionsMergeWhicheverWayThePartiesAreListed() {
    Event a = event("SUPPORT", List.of("FRA", "KAZ"), List.of(), true, "2024-11-05", Modality.ASSERTED, 1);
    Event b = event("SUPPORT", List.of("KAZ", "FRA"), List.of(), true, "2024-11", Modality.ASSERTED, 2);
    assertEquals(1, EventMerger.merge(List.of(a, b)).size());
  }

  @Test
  void aJointCommitmentAndAOneSidedOfferStayTwoEvents() {
    Event joint = event("AGREE", List.of("FRA", "KAZ"), List.of(), true, null, Modality.ASSERTED, 1);
    Event offer = event("AGREE", List.of("FRA"), List.of("KAZ"), false, "2023", Modality.ASSERTED, 2);
    assertEquals(2, EventMerger.merge(List.of(joint, offer)).size());
  }

  @Test
  void datesAreComparedAtTheCoarserPrecision() {
    assertTrue(EventMerger.compatible("2024-11", "2024-11-05"));
    assertTrue(EventMerger.compatible(null, "2024-11-05"));
    assertFalse(EventMerger.compatible("2024-10", "2024-11-05"));
  }

  @Test
  void anArrestAndASeizureByTheSameGovernmentStayTwoEvents() {
    // "Plusieurs organisateurs ont été arrêtés." ... "Madrid a confisqué le matériel électoral."
    Event arrest = event("COERCE", "173", List.of("ESP"), List.of("ESP"), false, null, Modality.ASSERTED, 2);
    Event seizure = event("COERCE", "171", List.of("ESP"), List.of("ESP"), false, "2017-09", Modality.ASSERTED, 3);
    assertEquals(2, EventMerger.merge(List.of(arrest, seizure)).size());
  }

  @Test
  void twoReportsOfOneArrestStillMerge() {
    // "deux journalistes ont été arrêtés dimanche" ... "les deux journalistes, arrêtés alors qu'ils..."
    Event first = event("COERCE", "173", List.of("BDI"), List.of("BDI"), false, "2016-10-23", Modality.ASSERTED, 1);
    Event again = event("COERCE", "173", List.of("BDI"), List.of("BDI"), false, null, Modality.ASSERTED, 4);
    List<Event> merged = EventMerger.merge(List.of(first, again));
    assertEquals(1, merged.size());
    assertEquals(2, merged.get(0).mentions().size());
  }
}
