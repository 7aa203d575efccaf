package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventOntologyTest {

  private static final EventOntology ONTOLOGY = EventOntology.load();
  private static final Set<String> COOPERATIVE =
      Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  private static CameoCode code(String code) {
    return ONTOLOGY.cameo(code).orElseThrow(() -> new AssertionError("no CAMEO code " + code));
  }

  @Test
  void loadIsCachedAndImmutable() {
    assertSame(ONTOLOGY, EventOntology.load());
    assertThrows(UnsupportedOperationException.class, () -> ONTOLOGY.cameoCodes().add(code("042")));
    assertThrows(UnsupportedOperationException.class, () -> ONTOLOGY.contexts().add("nuclear"));
    assertThrows(UnsupportedOperationException.class, () -> ONTOLOGY.modes("PROTEST").add("sit-in"));
  }

  @Test
  void cameoTableIsCompleteWithoutDuplicates() {
    List<CameoCode> all = ONTOLOGY.cameoCodes();
    assertEquals(311, all.size(), "every code of the GDELT CAMEO table");
    Set<String> seen = new HashSet<>();
    for (CameoCode c : all) {
      assertTrue(seen.add(c.code()), "duplicate " + c.code());
      assertFalse(c.name().isBlank(), c.code());
    }
    for (int root = 1; root <= 20; root++) {
      assertTrue(ONTOLOGY.cameo(String.format("%02d", root)).isPresent(), "root " + root);
    }
    assertTrue(ONTOLOGY.cameo("1213").isEmpty(), "in the 2021 conversion table but not a CAMEO code");
    assertTrue(ONTOLOGY.cameo(null).isEmpty());
    assertTrue(ONTOLOGY.cameo("42").isEmpty(), "codes are text: 42 is not 042");
  }

  @Test
  void quadClassFollowsTheRoot() {
    for (CameoCode c : ONTOLOGY.cameoCodes()) {
      int root = Integer.parseInt(c.root());
      int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
      assertEquals(expected, c.quadClass(), c.code());
    }
  }

  @Test
  void onlyStatementsAndAppealsHaveNoPloverType() {
    Set<String> untyped = ONTOLOGY.cameoCodes().stream()
        .filter(c -> !c.hasPloverType()).map(CameoCode::root).collect(Collectors.toSet());
    assertEquals(Set.of("01", "02"), untyped);
    assertEquals("", code("010").ploverType());
    assertEquals("", code("0233").ploverType());
  }

  @Test
  void everyMappedModeAndContextIsLegal() {
    for (CameoCode c : ONTOLOGY.cameoCodes()) {
      if (!c.ploverMode().isEmpty()) {
        assertTrue(ONTOLOGY.modes(c.ploverType()).contains(c.ploverMode()), c.code() + " " + c.ploverMode());
      }
      for (String context : c.contexts()) {
        assertTrue(ONTOLOGY.contexts().contains(context), c.code() + " " + context);
      }
    }
  }

  @Test
  void spotChecksAgainstTheReferenceTables() {
    CameoCode visit = code("042");
    assertEquals("Make a visit", visit.name());
    assertEquals(1.9, visit.goldstein());
    assertEquals(1, visit.quadClass());
    assertEquals("CONSULT", visit.ploverType());
    assertEquals("visit", visit.ploverMode());

    CameoCode riot = code("145");
    assertEquals("Protest violently, riot", riot.name());
    assertEquals(-7.5, riot.goldstein());
    assertEquals(3, riot.quadClass(), "GDELT puts all of root 14 in verbal conflict");
    assertEquals("riot", riot.ploverMode());

    CameoCode force = code("190");
    assertEquals(-10.0, force.goldstein());
    assertEquals(4, force.quadClass());
    assertEquals("ASSAULT", force.ploverType());
    assertEquals("military", force.ploverContext());

    CameoCode kill = code("1823");
    assertEquals("Kill by physical assault", kill.name());
    assertEquals(-10.0, kill.goldstein());
    assertEquals("ASSAULT", kill.ploverType());

    assertEquals(8.0, code("057").goldstein());
    assertEquals("SUPPORT", code("057").ploverType());
    assertEquals(10.0, code("0874").goldstein());
    assertEquals("RETREAT", code("0874").ploverType());
    assertEquals(0.0, code("010").goldstein());
    assertEquals(-8.0, code("163").goldstein());
    assertEquals("cbrn", code("204").ploverContext());
    assertEquals(List.of("crime", "corruption"), code("1121").contexts());
    assertEquals("Meet at a 'third' location", code("044").name(), "mojibake of the GDELT file repaired");
  }

  @Test
  void mappingDecisionsFromTheManual() {
    assertEquals("SANCTION", code("163").ploverType(), "sanctions are SANCTION discontinue");
    assertEquals("discontinue", code("163").ploverMode());
    assertEquals("SANCTION", code("116").ploverType(), "find guilty is SANCTION convict");
    assertEquals("convict", code("116").ploverMode());
    assertEquals("targeted", code("186").ploverMode(), "assassinate folded into targeted");
    assertEquals("aerial", code("195").ploverMode());
    assertEquals("CONCEDE", code("0811").ploverType());
    assertEquals("pro_democracy", code("0811").ploverContext(), "'democracy' is not a PLOVER context");
    assertEquals("human_security", code("073").ploverContext(), "'humanitarian' is not a PLOVER context");
    assertEquals("yield", code("105").ploverMode());
    assertEquals("Demand meeting, negotiation", code("106").name(), "stale GDELT label corrected");
  }

  @Test
  void everyTypeHasAConsistentDefault() {
    assertEquals(16, EventOntology.TYPES.size());
    for (String type : EventOntology.TYPES) {
      assertTrue(ONTOLOGY.isType(type));
      CameoCode d = ONTOLOGY.defaultCameo(type, null);
      assertPolarity(type, d);
      assertEquals(d, ONTOLOGY.defaultCameo(type, ""));
      assertEquals(type, d.ploverType(), "a type-only default codes back to the same type: " + type);
      for (String mode : ONTOLOGY.modes(type)) {
        assertPolarity(type + " " + mode, ONTOLOGY.defaultCameo(type, mode));
      }
    }
  }

  private static void assertPolarity(String what, CameoCode c) {
    String type = what.split(" ")[0];
    if (COOPERATIVE.contains(type)) {
      assertTrue(c.quadClass() == 1 || c.quadClass() == 2, what + " -> " + c.code());
      assertTrue(c.goldstein() > 0, what + " -> " + c.code());
    } else {
      assertTrue(c.quadClass() == 3 || c.quadClass() == 4, what + " -> " + c.code());
      assertTrue(c.goldstein() < 0, what + " -> " + c.code());
    }
  }

  @Test
  void defaultsForTypeAndMode() {
    assertEquals("042", ONTOLOGY.defaultCameo("CONSULT", "visit").code());
    assertEquals("043", ONTOLOGY.defaultCameo("CONSULT", "visit", "host").code());
    assertEquals("042", ONTOLOGY.defaultCameo("CONSULT", "visit", "no-such-variant").code());
    assertEquals("041", ONTOLOGY.defaultCameo("consult", "phone").code(), "types are case-insensitive");
    assertEquals("141", ONTOLOGY.defaultCameo("PROTEST", "demo").code());
    assertEquals("141", ONTOLOGY.defaultCameo("PROTEST", "demonstrate").code(), "alias");
    assertEquals("142", ONTOLOGY.defaultCameo("PROTEST", "Hunger strike").code(), "case and space");
    assertEquals("145", ONTOLOGY.defaultCameo("PROTEST", "riot").code());
    assertEquals("140", ONTOLOGY.defaultCameo("PROTEST", "no-such-mode").code(), "unknown mode -> type");
    assertEquals("186", ONTOLOGY.defaultCameo("ASSAULT", "assassinate").code(), "old codebook mode");
    assertEquals("193", ONTOLOGY.defaultCameo("ASSAULT", "firearms").code());
    assertEquals("190", ONTOLOGY.defaultCameo("ASSAULT", null).code());
    assertEquals("173", ONTOLOGY.defaultCameo("COERCE", "arrest").code());
    assertEquals("030", ONTOLOGY.defaultCameo("AGREE", "visit").code(), "AGREE has no modes");
    assertThrows(IllegalArgumentException.class, () -> ONTOLOGY.defaultCameo("FIGHT", null));
    assertThrows(IllegalArgumentException.class, () -> ONTOLOGY.defaultCameo(null, null));
  }

  @Test
  void modesAndContexts() {
    assertEquals(List.of("visit", "third-party", "multilateral", "phone"), List.copyOf(ONTOLOGY.modes("CONSULT")));
    assertTrue(ONTOLOGY.modes("AGREE").isEmpty());
    assertTrue(ONTOLOGY.modes("FIGHT").isEmpty());
    assertEquals(ONTOLOGY.modes("REQUEST"), ONTOLOGY.modes("REJECT"), "shared by the manual's design");
    assertTrue(ONTOLOGY.modes("PROTEST").containsAll(Set.of("demo", "riot", "strike", "hunger", "boycott")));
    assertEquals("martial-law", ONTOLOGY.canonicalMode("COERCE", "state of emergency").orElseThrow());
    assertTrue(ONTOLOGY.canonicalMode("CONSULT", "riot").isEmpty());

    assertEquals(37, ONTOLOGY.contexts().size());
    assertTrue(ONTOLOGY.contexts().containsAll(
        Set.of("diplomatic", "economic", "military", "migration", "cbrn", "human_security", "legal")));
    assertFalse(ONTOLOGY.contexts().contains("humanitarian"));
    assertTrue(ONTOLOGY.contextDefinition("asylum").orElseThrow().contains("asylum"));
  }

  @Test
  void strictType() {
    for (String type : List.of("CONSULT", "SUPPORT", "COOPERATE", "AID")) {
      assertEquals("AGREE", ONTOLOGY.strictType(type, true), type);
      assertEquals(type, ONTOLOGY.strictType(type, false), type);
    }
    assertEquals("CONCEDE", ONTOLOGY.strictType("RETREAT", true), "manual: announced retreats are CONCEDE");
    assertEquals("RETREAT", ONTOLOGY.strictType("RETREAT", false));
    assertEquals("CONCEDE", ONTOLOGY.strictType("CONCEDE", true));
    assertEquals("AGREE", ONTOLOGY.strictType("AGREE", true));
    assertEquals("ASSAULT", ONTOLOGY.strictType("ASSAULT", true));
    assertEquals("AGREE", ONTOLOGY.strictType("consult", true));
    assertThrows(IllegalArgumentException.class, () -> ONTOLOGY.strictType("FIGHT", false));
  }

  // The loader must refuse broken tables rather than emit codes from them.

  private static final String MODES = "PROTEST\tdemo\tdemonstrate\tpeaceful\n";
  private static final String CONTEXTS = "# c\tdef\neconomic\teconomy\n";
  private static final String PLOVER = String.join("\n",
      EventOntology.TYPES.stream().map(t -> t + "\t\t\t140\twhy").toList()) + "\n";

  private static EventOntology parse(String cameo, String modes, String contexts, String plover) {
    return EventOntology.parse(new StringReader(cameo), new StringReader(modes),
        new StringReader(contexts), new StringReader(plover));
  }

  @Test
  void minimalTablesParse() {
    EventOntology tiny = parse("# comment\n140\tDissent\t-6.5\t3\tPROTEST\t\t\r\n141\tDemo\t-6.5\t3\tPROTEST\tdemo\n",
        MODES, CONTEXTS, PLOVER);
    assertEquals(2, tiny.cameoCodes().size());
    assertEquals("demo", tiny.canonicalMode("PROTEST", "demonstrate").orElseThrow());
    assertEquals("140", tiny.defaultCameo("PROTEST", "demo").code(), "no mode row: the type's default");
    assertEquals("140", tiny.defaultCameo("ASSAULT", null).code());
  }

  @Test
  void duplicateCodesAreRejected() {
    String cameo = "140\tDissent\t-6.5\t3\tPROTEST\n140\tAgain\t-6.5\t3\tPROTEST\n";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(cameo, MODES, CONTEXTS, PLOVER));
    assertTrue(e.getMessage().contains("cameo.tsv:2"), e.getMessage());
  }

  @Test
  void inconsistentRowsAreRejected() {
    String ok = "140\tDissent\t-6.5\t3\tPROTEST\n";
    assertThrows(IllegalStateException.class,
        () -> parse(ok + "141\tDemo\t-6.5\t4\tPROTEST\n", MODES, CONTEXTS, PLOVER), "wrong QuadClass");
    assertThrows(IllegalStateException.class,
        () -> parse(ok + "141\tDemo\t-6.5\t3\tPROTEST\triot\n", MODES, CONTEXTS, PLOVER), "illegal mode");
    assertThrows(IllegalStateException.class,
        () -> parse(ok + "141\tDemo\t-6.5\t3\tPROTEST\t\tnuclear\n", MODES, CONTEXTS, PLOVER), "illegal context");
    assertThrows(IllegalStateException.class,
        () -> parse(ok + "141\tDemo\t-16\t3\tPROTEST\n", MODES, CONTEXTS, PLOVER), "Goldstein range");
    assertThrows(IllegalStateException.class,
        () -> parse(ok, MODES, CONTEXTS, PLOVER.replace("ASSAULT\t\t\t140", "ASSAULT\t\t\t999")), "unknown code");
    assertThrows(IllegalStateException.class,
        () -> parse(ok, MODES, CONTEXTS, PLOVER.replace("ASSAULT\t\t\t140\twhy\n", "")), "missing type default");
  }
}
