package org.veille.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veille.model.ActorMention;

/**
 * Turns primitive dictionary matches into mentions. A role noun takes the nationality of an
 * adjacent demonym or of a "du/de la/of (the)" country or organisation complement, and may carry
 * a portfolio ("ministre français des Affaires étrangères"); in English the demonym or
 * "Country's" comes first ("Russian army", "Russia's army").
 */
final class RoleCombiner {
  private final String lang;
  private final String text;
  private final List<Tokenizer.Tok> toks;
  private final List<PhraseTrie.Match> prim;
  private final OfficeTable offices;
  private final LocalDate asOf;

  RoleCombiner(String lang, String text, List<Tokenizer.Tok> toks, List<PhraseTrie.Match> prim,
               OfficeTable offices, LocalDate asOf) {
    this.lang = lang;
    this.text = text;
    this.toks = toks;
    this.prim = prim;
    this.offices = offices;
    this.asOf = asOf;
  }

  List<ActorMention> combine() {
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < prim.size(); ) {
      PhraseTrie.Match m = prim.get(i);
      String kind = m.entry().kind();
      if (lang.equals("en") && m.entry().code() != null && (kind.equals("DEMONYM")
          || kind.equals("COUNTRY") || kind.equals("GROUP") || kind.equals("ORG"))) {
        int j = englishPrefixedRole(i);
        if (j > i) {
          PhraseTrie.Match role = prim.get(j);
          int[] end = {role.to()};
          int next = roleComplement(j + 1, end, new String[] {m.entry().code()});
          out.add(mention(m.from(), end[0], m.entry().code(), role.entry().sector(), "ROLE", ""));
          i = next;
          continue;
        }
      }
      if (kind.equals("ROLE")) {
        i = role(i, out);
        continue;
      }
      if (!kind.equals(LexEntry.LINK) && !kind.equals(LexEntry.PORTFOLIO)
          && !kind.equals(LexEntry.STOP)) {
        out.add(plain(m));
      }
      i++;
    }
    return out;
  }

  /**
   * English "Kazakh President", "US President", "Houthi rebels", "Russia's army": index of the
   * role, or i when none. Organisations with a sector of their own ("NATO", "FBI") keep it
   * rather than lend their code to the role that follows.
   */
  private int englishPrefixedRole(int i) {
    if (i + 1 >= prim.size()) return i;
    PhraseTrie.Match m = prim.get(i);
    PhraseTrie.Match n = prim.get(i + 1);
    if (!n.entry().kind().equals("ROLE") || n.entry().code() != null) return i;
    String k = m.entry().kind();
    // English uses names as noun adjuncts: "US President", "EU leaders", "Houthi rebels".
    if (!k.equals("ORG") || m.entry().sector().isEmpty()) {
      if (adjacent(m.to(), n.from())) return i + 1;
    }
    if (m.entry().kind().equals("COUNTRY") && m.to() < toks.size()
        && toks.get(m.to()).folded().equals("s") && adjacent(m.to() + 1, n.from())
        && text.charAt(toks.get(m.to()).start() - 1) != ' ') {
      return i + 1;
    }
    return i;
  }

  private int role(int i, List<ActorMention> out) {
    PhraseTrie.Match r = prim.get(i);
    String[] code = {r.entry().code()};
    String sector = r.entry().sector();
    int[] end = {r.to()};
    int j = i + 1;
    if (code[0] == null && j < prim.size() && adjacent(end[0], prim.get(j).from())) {
      LexEntry e = prim.get(j).entry();
      boolean nationality = e.kind().equals("DEMONYM")
          || (e.kind().equals("GROUP") && lang.equals("fr") && e.code() != null
              && isLowerCase(prim.get(j)));
      if (nationality) {
        code[0] = e.code();
        end[0] = prim.get(j).to();
        j++;
      }
    }
    String[] groupSector = new String[1];
    j = roleComplement(j, end, code, groupSector);
    if (groupSector[0] != null && !groupSector[0].isEmpty() && sector.equals("GOV")) {
      sector = groupSector[0];
    }
    out.add(mention(r.from(), end[0], code[0], sector, "ROLE", ""));
    return j;
  }

  private int roleComplement(int j, int[] end, String[] code) {
    return roleComplement(j, end, code, new String[1]);
  }

  /**
   * Consumes "link portfolio" and "link country/organisation" after a role; fills code[0] from
   * the complement when the array slot is still null.
   */
  private int roleComplement(int j, int[] end, String[] code, String[] groupSector) {
    for (int round = 0; round < 2 && j + 1 < prim.size(); round++) {
      PhraseTrie.Match link = prim.get(j);
      PhraseTrie.Match obj = prim.get(j + 1);
      if (!link.entry().kind().equals(LexEntry.LINK) || !adjacent(end[0], link.from())
          || !adjacent(link.to(), obj.from())) {
        break;
      }
      String k = obj.entry().kind();
      if (k.equals(LexEntry.PORTFOLIO)) {
        end[0] = obj.to();
        j += 2;
      } else if (code[0] == null && obj.entry().code() != null
          && (k.equals("COUNTRY") || k.equals("ORG") || k.equals("GROUP"))) {
        code[0] = obj.entry().code();
        if (k.equals("GROUP")) groupSector[0] = obj.entry().sector();
        end[0] = obj.to();
        j += 2;
        break;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean isLowerCase(PhraseTrie.Match m) {
    return toks.get(m.from()).caps() == 0;
  }

  /** Token index a ends where token index b starts, with only soft separators between. */
  private boolean adjacent(int endTok, int startTok) {
    return endTok == startTok && startTok < toks.size() && toks.get(startTok).softGap();
  }

  private ActorMention plain(PhraseTrie.Match m) {
    LexEntry e = m.entry();
    int s = toks.get(m.from()).start();
    int t = toks.get(m.to() - 1).end();
    if (e.kind().equals("PERSON")) {
      Optional<Standing> st = offices.resolve(e.entity(), asOf);
      String code = st.map(Standing::code).orElse(null);
      String sector = st.map(Standing::sector).orElse("");
      return new ActorMention(s, t, text.substring(s, t), code, sector, "PERSON", e.entity());
    }
    return new ActorMention(s, t, text.substring(s, t), e.code(), e.sector(), e.kind(), e.entity());
  }

  private ActorMention mention(int fromTok, int toTok, String code, String sector, String kind,
                               String entity) {
    int s = toks.get(fromTok).start();
    int t = toks.get(toTok - 1).end();
    return new ActorMention(s, t, text.substring(s, t), code, sector, kind, entity);
  }
}
