package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Skips the neural network where the arc-standard system allows a single move. With fewer than three
 * words on the stack (the root counts as one), only SHIFT is valid while words remain, and only the
 * final arc to the root once none remain: the parser would score all ~100 moves and take the only
 * valid one. Returning equal scores makes it take that same move, so the trees do not change (checked
 * by BasicDependencyParserTest against CoreNLP's own annotator); about one step in six is spared.
 *
 * <p>The stack depth is read from the feature vector: its first entry is the word of the third stack
 * position, which is the "-NULL-" symbol exactly when the stack holds fewer than three words.
 * This class lives in CoreNLP's package because {@code computeScores} is package-private there.
 * Copyright (C) the Veille authors. GPL-3.0-or-later.
 */
public final class ForcedMoveClassifier extends Classifier {
  private int nullWord;
  private int moves;

  /** Never called: instances are copies of a loaded classifier (see {@link #install}). */
  private ForcedMoveClassifier() {
    super(null, null, null, null, null, null);
  }

  /** Replaces the classifier of a loaded parser by a forced-move-aware copy sharing its weights. */
  public static void install(DependencyParser parser) {
    try {
      Field field = DependencyParser.class.getDeclaredField("classifier");
      field.setAccessible(true);
      Classifier loaded = (Classifier) field.get(parser);
      ForcedMoveClassifier copy = (ForcedMoveClassifier) unsafe().allocateInstance(ForcedMoveClassifier.class);
      for (Field f : Classifier.class.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          f.set(copy, f.get(loaded));
        }
      }
      copy.nullWord = parser.getWordID(Config.NULL);
      copy.moves = loaded.getW2().length;
      field.set(parser, copy);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this CoreNLP version's parser cannot be given a forced-move classifier", e);
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    if (feature[0] == nullWord) {
      return new double[moves]; // a single valid move: the parser takes the first valid one
    }
    return super.computeScores(feature);
  }

  private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
    Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    return (sun.misc.Unsafe) f.get(null);
  }
}
