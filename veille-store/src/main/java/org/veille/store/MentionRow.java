package org.veille.store;

import java.time.LocalDate;

/**
 * One place in one article that states an event, with the fields the pipeline coded there and what
 * the store knows of the article.
 *
 * @param docEvent     the event's id in the article's own output ("doc#2")
 * @param sentenceText the whole sentence, kept for the first mention of each article event only
 */
public record MentionRow(long id, long eventId, long articleId, String docId, String docEvent, int sentence,
                         int start, int end, String quote, String sentenceText, String type, String modality,
                         String date, String url, String source, LocalDate published, int textLength) {
}
