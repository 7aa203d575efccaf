package org.veille.coding;

import java.util.List;
import org.veille.model.Token;

/**
 * A pattern that matched in a sentence, before its arguments are turned into actors: the trigger word,
 * the clause verb that carries tense and mood, and the argument head words found for each role.
 */
public record Candidate(Pattern pattern, Token trigger, Token clause, List<Token> actorArgs,
                        List<Token> recipientArgs) {
}
