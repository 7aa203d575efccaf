package org.veille;

import java.util.ArrayList;
import java.util.List;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Builds parsed sentences for tests without CoreNLP, from CoNLL-like rows:
 * {@code "word POS lemma feats head deprel"} (head is 1-based, 0 for the root, feats "_" for none).
 * Words are joined by single spaces; offsets follow from that.
 */
public final class Parsed {
  private Parsed() {
  }

  public static Sentence sentence(int offset, String... rows) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      String[] c = rows[i].trim().split("\\s+");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = offset + text.length();
      text.append(c[0]);
      int head = Integer.parseInt(c[4]) - 1;
      String feats = c[3].equals("_") ? "" : c[3];
      tokens.add(new Token(i, c[0], start, start + c[0].length(), c[1], c[2], feats, head,
          head < 0 ? "root" : c[5], "O"));
    }
    return new Sentence(0, offset, offset + text.length(), text.toString(), tokens, true);
  }

  public static String text(Sentence s) {
    return s.text();
  }
}
