package org.veille.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie keyed by folded tokens. Each entry keeps the capitalisation its spelling demands, so
 * "Turquie" needs a capital while "turc" (adjective) matches in any case.
 */
final class PhraseTrie {
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Hit> hits = new ArrayList<>(1);
  }

  /**
   * An entry as stored: the minimal capitalisation required per token, its tokens in lower case
   * with their diacritics, and its payload.
   */
  record Hit(int[] caps, String[] lower, LexEntry entry) {}

  /** A match: tokens [from, to) and the entry. */
  record Match(int from, int to, LexEntry entry) {}

  private final Node root = new Node();

  void add(String phrase, LexEntry entry) {
    List<Tokenizer.Tok> toks = Tokenizer.tokenize(phrase);
    if (toks.isEmpty()) return;
    Node node = root;
    int[] caps = new int[toks.size()];
    String[] lower = new String[toks.size()];
    for (int k = 0; k < toks.size(); k++) {
      Tokenizer.Tok t = toks.get(k);
      node = node.next.computeIfAbsent(t.folded(), x -> new Node());
      caps[k] = t.caps();
      lower[k] = t.lower();
    }
    for (Hit h : node.hits) {
      if (h.entry().equals(entry) && Arrays.equals(h.caps(), caps)
          && Arrays.equals(h.lower(), lower)) {
        return;
      }
    }
    node.hits.add(new Hit(caps, lower, entry));
  }

  /** Longest entry starting at token {@code from} whose capitalisation the text satisfies. */
  Match longest(List<Tokenizer.Tok> toks, int from) {
    Node node = root;
    Match best = null;
    for (int k = from; k < toks.size(); k++) {
      Tokenizer.Tok t = toks.get(k);
      if (k > from && !t.softGap()) break;
      node = node.next.get(t.folded());
      if (node == null) break;
      for (Hit h : node.hits) {
        if (capsOk(h.caps(), toks, from) && accentsOk(h.lower(), toks, from)) {
          best = new Match(from, k + 1, h.entry());
          break;
        }
      }
    }
    return best;
  }

  private static boolean accentsOk(String[] lower, List<Tokenizer.Tok> toks, int from) {
    for (int k = 0; k < lower.length; k++) {
      Tokenizer.Tok t = toks.get(from + k);
      if (t.marked() && !t.lower().equals(lower[k])) return false;
    }
    return true;
  }

  private static boolean capsOk(int[] caps, List<Tokenizer.Tok> toks, int from) {
    for (int k = 0; k < caps.length; k++) {
      int have = toks.get(from + k).caps();
      // An all-capitals text token ("ETATS-UNIS" in a headline) satisfies a capitalised entry.
      if (caps[k] > have) return false;
    }
    return true;
  }
}
