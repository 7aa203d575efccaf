package org.veille.actors;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Expands a demonym written in the data files to its inflected forms, so the files list one
 * base per nationality. A base containing '/' lists its forms explicitly ("grec/grecque/grecs/
 * grecques") for the irregular ones.
 */
final class Demonyms {
  private Demonyms() {}

  static Set<String> forms(String base, String lang) {
    Set<String> out = new LinkedHashSet<>();
    if (base.contains("/")) {
      for (String f : base.split("/")) if (!f.isBlank()) out.add(f.trim());
      return out;
    }
    out.add(base);
    if (lang.equals("fr")) {
      if (base.endsWith("e")) {
        out.add(base + "s");
      } else if (base.endsWith("s") || base.endsWith("x")) {
        out.add(base + "e");
        out.add(base + "es");
      } else if (base.endsWith("en") || base.endsWith("on")) {
        out.add(base + "ne");
        out.add(base + "s");
        out.add(base + "nes");
      } else {
        out.add(base + "e");
        out.add(base + "s");
        out.add(base + "es");
      }
    } else if (base.endsWith("an") || base.endsWith("i")) {
      out.add(base + "s"); // English nouns of nationality: "Americans", "Israelis"
    }
    return out;
  }
}
