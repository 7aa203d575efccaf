package org.veille.store;

import java.time.LocalDate;

/**
 * One cross-article event: the coded fields of its first mention (date refined by later ones), the
 * parties as JSON lists of {code, sector, text}, the first party of each side in GDELT's Actor1/Actor2
 * style (for a symmetric event, the first two parties), and the cluster counts.
 */
public record EventRow(long id, String type, String mode, String context, String cameo, double goldstein,
                       int quadClass, String actorCode, String actorSector, String recipientCode,
                       String recipientSector, String actors, String recipients, boolean symmetric,
                       String date, String modality, String locationName, String locationCountry,
                       int numMentions, int numSources, int numArticles, LocalDate firstReport,
                       LocalDate lastReport, String sourceUrl) {
}
