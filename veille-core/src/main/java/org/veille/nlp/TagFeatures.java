package org.veille.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a LanguageTool French tag ("V ind futu 3 s", "V con pres 3 p", "V ppa f s") into UD features
 * ("Mood=Ind|Tense=Fut|VerbForm=Fin"). Only verbs carry features Veille uses: mood, tense, verb form.
 */
final class TagFeatures {
  private TagFeatures() {
  }

  static String of(String tag) {
    if (!tag.startsWith("V")) {
      return "";
    }
    List<String> feats = new ArrayList<>();
    for (String part : tag.split(" ")) {
      switch (part) {
        case "ind" -> feats.add("Mood=Ind");
        case "con" -> feats.add("Mood=Cnd");
        case "sub" -> feats.add("Mood=Sub");
        case "imp" -> feats.add("Mood=Imp");
        case "pres" -> feats.add("Tense=Pres");
        case "futu" -> feats.add("Tense=Fut");
        case "impa" -> feats.add("Tense=Imp");
        case "psim" -> feats.add("Tense=Past");
        case "ppa" -> feats.add("Tense=Past|VerbForm=Part");
        case "ppr" -> feats.add("Tense=Pres|VerbForm=Part");
        case "inf" -> feats.add("VerbForm=Inf");
        default -> {
        }
      }
    }
    if (feats.stream().anyMatch(f -> f.startsWith("Mood="))) {
      feats.add("VerbForm=Fin");
    }
    return String.join("|", feats);
  }
}
