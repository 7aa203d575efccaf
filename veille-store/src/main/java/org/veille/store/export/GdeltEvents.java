package org.veille.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.store.EventRow;
import org.veille.store.MentionRow;

/**
 * GDELT 2.0 Events: the 61 columns of the GDELT event table, in its order, no header (as GDELT
 * publishes). What Veille does not know (ethnicity, religion, tone, coordinates, ADM codes) is empty;
 * AvgTone is 0. Geographic country codes are ISO alpha-3 where GDELT writes FIPS codes.
 */
public final class GdeltEvents {
  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
  /** Parties that are no country: GDELT's known-group codes rather than country codes. */
  static final Set<String> GROUPS = Set.of("EUR", "UNO", "IGO", "NGO", "MNC", "IMG");
  /** An event stated in the first sentences is the article's lead, GDELT's "root event". */
  private static final int LEAD_SENTENCES = 3;

  private GdeltEvents() {
  }

  static int write(List<EventRow> events, Map<Long, List<MentionRow>> mentions, Writer w) throws IOException {
    for (EventRow e : events) {
      Tsv.line(w, row(e, mentions.getOrDefault(e.id(), List.of())));
    }
    return events.size();
  }

  static List<String> row(EventRow e, List<MentionRow> mentions) {
    LocalDate day = e.date() != null ? Dates.firstDay(e.date()) : e.firstReport();
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(String.valueOf(e.id()));
    r.add(Dates.sqlDate(day));
    r.add(Dates.monthYear(day));
    r.add(Dates.year(day));
    r.add(Dates.fraction(day));
    actor(r, e.actorCode(), e.actorSector(), Parties.firstText(e.actors()));
    String secondText = e.symmetric() ? Parties.secondText(e.actors()) : Parties.firstText(e.recipients());
    actor(r, e.recipientCode(), e.recipientSector(), secondText);
    boolean root = mentions.stream().anyMatch(m -> m.sentence() < LEAD_SENTENCES);
    r.add(root ? "1" : "0");
    String cameo = e.cameo() == null ? "" : e.cameo();
    r.add(cameo);
    r.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    r.add(cameo.length() > 2 ? cameo.substring(0, 2) : cameo);
    r.add(String.valueOf(e.quadClass()));
    r.add(String.valueOf(e.goldstein()));
    r.add(String.valueOf(e.numMentions()));
    r.add(String.valueOf(e.numSources()));
    r.add(String.valueOf(e.numArticles()));
    r.add("0");
    geo(r, null, null);
    geo(r, null, null);
    geo(r, e.locationName(), e.locationCountry());
    r.add(Dates.timestamp(e.firstReport()));
    r.add(e.sourceUrl() == null ? "" : e.sourceUrl());
    return r;
  }

  private static void actor(List<String> r, String code, String sector, String name) {
    boolean known = code != null && !code.isEmpty();
    String sec = sector == null ? "" : sector;
    r.add(known ? code + sec : "");
    r.add(known ? name.toUpperCase(java.util.Locale.ROOT) : "");
    r.add(known && !GROUPS.contains(code) ? code : "");
    r.add(known && GROUPS.contains(code) ? code : "");
    r.add("");
    r.add("");
    r.add("");
    r.add(sec);
    r.add("");
    r.add("");
  }

  /** Type 1 (country) when the country is known, else nothing: Veille has no gazetteer coordinates. */
  private static void geo(List<String> r, String name, String country) {
    boolean known = country != null && !country.isEmpty();
    r.add(known ? "1" : "");
    r.add(known ? (name == null ? country : name) : "");
    r.add(known ? country : "");
    r.add("");
    r.add("");
    r.add("");
    r.add("");
    r.add("");
  }
}
