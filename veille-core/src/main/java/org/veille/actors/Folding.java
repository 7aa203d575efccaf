package org.veille.actors;

import java.text.Normalizer;

/**
 * Folds a token to the key used for dictionary look-up: lower case, no diacritics, ligatures
 * spelled out. Accents are dropped because news copy often omits them on capitals ("Etats-Unis").
 */
final class Folding {
  private Folding() {}

  static String fold(CharSequence s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      switch (c) {
        case 'œ', 'Œ' -> b.append("oe");
        case 'æ', 'Æ' -> b.append("ae");
        case 'ß' -> b.append("ss");
        case 'ı' -> b.append('i');
        case 'ł', 'Ł' -> b.append('l');
        case 'ø', 'Ø' -> b.append('o');
        case 'đ', 'Đ' -> b.append('d');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
