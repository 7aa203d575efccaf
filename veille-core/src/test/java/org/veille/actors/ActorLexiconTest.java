package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veille.model.ActorMention;

/**
 * Table-driven checks of the matcher: each row is a sentence, a date, the span expected among the
 * mentions found, and its code and sector ("null" for no code, "" for no sector).
 */
class ActorLexiconTest {

  // lang | date | sentence | expected span | code | sector
  private static final String TABLE = """
      fr|2023-05-10|Le président Tokaïev a signé le décret hier.|Tokaïev|KAZ|GOV
      fr|2023-05-10|Kassym-Jomart Tokaïev s'est rendu à Moscou.|Kassym-Jomart Tokaïev|KAZ|GOV
      fr|2023-05-10|Kassym-Jomart Tokaïev s'est rendu à Moscou.|Moscou|RUS|GOV
      en|2023-05-10|Kazakh leader Tokayev met the envoy.|Tokayev|KAZ|GOV
      fr|2020-03-01|François Hollande a publié un livre.|François Hollande|FRA|ELI
      fr|2016-03-01|François Hollande a reçu le roi du Maroc.|François Hollande|FRA|GOV
      fr|2009-06-01|Vladimir Poutine a visité l'usine.|Vladimir Poutine|RUS|GOV
      fr|2016-06-15|Donald Trump a tenu un meeting en Floride.|Donald Trump|USA|
      fr|2017-03-15|Donald Trump a signé un décret.|Donald Trump|USA|GOV
      fr|2016-08-01|Recep Tayyip Erdoğan a limogé des milliers de juges.|Recep Tayyip Erdoğan|TUR|GOV
      fr|2016-08-01|Erdogan accuse la confrérie.|Erdogan|TUR|GOV
      fr|2016-08-01|Xi Jinping est arrivé à Paris.|Xi Jinping|CHN|GOV
      en|2016-08-01|Putin spoke by phone with Obama.|Putin|RUS|GOV
      en|2016-08-01|Putin spoke by phone with Obama.|Obama|USA|GOV
      fr|2018-01-01|Barack Obama a pris la parole.|Barack Obama|USA|ELI
      fr|2016-04-01|Emmanuel Macron, ministre de l'Économie, a lancé son mouvement.|Emmanuel Macron|FRA|GOV
      fr|2017-01-10|Emmanuel Macron tient un meeting à Lyon.|Emmanuel Macron|FRA|ELI
      fr|2017-06-01|Emmanuel Macron a reçu Vladimir Poutine à Versailles.|Emmanuel Macron|FRA|GOV
      fr|2017-02-01|Ban Ki-moon est rentré à Séoul.|Ban Ki-moon|KOR|ELI
      fr|2016-02-01|Ban Ki-moon a appelé au cessez-le-feu.|Ban Ki-moon|UNO|GOV
      fr|2017-02-01|António Guterres a appelé au cessez-le-feu.|António Guterres|UNO|GOV
      fr|2016-11-01|Jens Stoltenberg a mis en garde Moscou.|Jens Stoltenberg|IGO|GOV
      fr|2016-11-01|Federica Mogherini est arrivée à Téhéran.|Federica Mogherini|EUR|GOV
      fr|2016-11-01|Federica Mogherini est arrivée à Téhéran.|Téhéran|IRN|GOV
      fr|2016-11-01|Bachar el-Assad a rejeté la proposition.|Bachar el-Assad|SYR|GOV
      fr|2017-04-01|Theresa May a déclenché l'article 50.|Theresa May|GBR|GOV
      fr|2016-05-01|Le président kazakh a reçu son homologue.|président kazakh|KAZ|GOV
      fr|2016-05-01|Le président du Kazakhstan a reçu son homologue.|président du Kazakhstan|KAZ|GOV
      fr|2016-05-01|L'armée russe a bombardé la ville.|armée russe|RUS|MIL
      fr|2016-05-01|La police française a interpellé deux suspects.|police française|FRA|COP
      fr|2016-05-01|Les autorités nord-coréennes ont procédé à un essai.|autorités nord-coréennes|PRK|GOV
      fr|2016-05-01|Des médias sud-coréens rapportent un tir de missile.|médias sud-coréens|KOR|MED
      fr|2016-05-01|Le ministre français des Affaires étrangères est arrivé.|ministre français des Affaires étrangères|FRA|GOV
      fr|2016-05-01|Les manifestants ont occupé la place.|manifestants|null|CVL
      fr|2016-05-01|Le gouvernement a démissionné.|gouvernement|null|GOV
      fr|2016-05-01|L'opposition vénézuélienne réclame un référendum.|opposition vénézuélienne|VEN|OPP
      fr|2016-05-01|Des rebelles houthis ont tiré sur le navire.|rebelles houthis|YEM|REB
      fr|2016-05-01|Les soldats maliens ont repoussé l'attaque.|soldats maliens|MLI|MIL
      fr|2016-05-01|La justice brésilienne a ouvert une enquête.|justice brésilienne|BRA|JUD
      fr|2016-05-01|Le secrétaire général de l'ONU a condamné l'attaque.|secrétaire général de l'ONU|UNO|GOV
      fr|2016-05-01|Le ministre de la Défense du Japon a démissionné.|ministre de la Défense du Japon|JPN|MIL
      fr|2016-05-01|Les réfugiés syriens arrivent en Grèce.|réfugiés syriens|SYR|REF
      fr|2016-05-01|Un accord a été signé avec la France.|France|FRA|
      fr|2016-05-01|Il s'est rendu au Kazakhstan.|Kazakhstan|KAZ|
      fr|2016-05-01|Les sanctions imposées aux États-Unis sont levées.|États-Unis|USA|
      fr|2016-05-01|Les sanctions imposées aux Etats-Unis sont levées.|Etats-Unis|USA|
      fr|2016-05-01|Un essai nucléaire de la Corée du Nord a été détecté.|Corée du Nord|PRK|
      fr|2016-05-01|Les troupes françaises ont quitté le nord du Mali.|Mali|MLI|
      fr|2016-05-01|Le pétrole d’Iran arrive en Europe.|Iran|IRN|
      fr|2016-05-01|Le Royaume-Uni quitte l'Union européenne.|Union européenne|EUR|
      fr|2016-05-01|La Birmanie a libéré des prisonniers.|Birmanie|MMR|
      fr|2016-05-01|L'Élysée a démenti l'information.|Élysée|FRA|GOV
      fr|2016-05-01|Le Kremlin a salué la décision.|Kremlin|RUS|GOV
      fr|2016-05-01|La Maison-Blanche a réagi dans la soirée.|Maison-Blanche|USA|GOV
      fr|2016-05-01|Pyongyang a de nouveau tiré un missile.|Pyongyang|PRK|GOV
      fr|2016-05-01|Le Conseil de sécurité de l'ONU s'est réuni en urgence.|Conseil de sécurité de l'ONU|UNO|
      fr|2016-05-01|Le Haut-Commissariat des Nations unies pour les réfugiés s'inquiète.|Haut-Commissariat des Nations unies pour les réfugiés|UNO|REF
      fr|2016-05-01|L'OTAN renforce sa présence en Pologne.|OTAN|IGO|MIL
      fr|2016-05-01|La Banque mondiale a relevé ses prévisions.|Banque mondiale|IGO|BUS
      fr|2016-05-01|Amnesty International dénonce des exécutions.|Amnesty International|NGO|
      fr|2016-05-01|Médecins sans frontières a évacué son hôpital.|Médecins sans frontières|NGO|HLH
      fr|2016-05-01|Le groupe Alstom a remporté le contrat.|Alstom|FRA|BUS
      fr|2016-05-01|Gazprom a coupé le gaz.|Gazprom|RUS|BUS
      fr|2016-05-01|Le groupe État islamique a revendiqué l'attentat.|État islamique|IMG|REB
      fr|2016-05-01|Daech a perdu du terrain.|Daech|IMG|REB
      fr|2016-05-01|Un attentat revendiqué par l'EI a fait dix morts.|EI|IMG|REB
      fr|2016-05-01|Les shebab ont attaqué une base.|shebab|SOM|REB
      fr|2016-05-01|Le Hezbollah combat aux côtés de l'armée syrienne.|Hezbollah|LBN|REB
      fr|2016-05-01|Le Hezbollah combat aux côtés de l'armée syrienne.|armée syrienne|SYR|MIL
      fr|2016-05-01|Le PKK a revendiqué l'attaque.|PKK|TUR|REB
      fr|2016-05-01|Les FARC ont signé l'accord de paix.|FARC|COL|REB
      fr|2016-05-01|Boko Haram a enlevé des lycéennes.|Boko Haram|NGA|REB
      fr|2016-05-01|La Commission européenne propose des quotas.|Commission européenne|EUR|GOV
      fr|2016-05-01|Le Parlement européen a voté le texte.|Parlement européen|EUR|LEG
      fr|2016-05-01|La CPI a condamné l'ancien chef de milice.|CPI|IGO|JUD
      en|2017-03-01|The Russian army shelled the town.|Russian army|RUS|MIL
      en|2017-03-01|Russia's foreign ministry issued a statement.|Russia's foreign ministry|RUS|GOV
      en|2017-03-01|The President of Kazakhstan arrived in Beijing.|President of Kazakhstan|KAZ|GOV
      en|2017-03-01|The President of Kazakhstan arrived in Beijing.|Beijing|CHN|GOV
      en|2017-03-01|Protesters gathered outside the White House.|White House|USA|GOV
      en|2017-03-01|Protesters gathered outside the White House.|Protesters|null|CVL
      en|2017-03-01|The United States imposed new sanctions.|United States|USA|
      en|2017-03-01|North Korean state media reported the launch.|North Korean state media|PRK|MED
      en|2017-03-01|Houthi rebels fired a missile.|Houthi rebels|YEM|REB
      en|2017-03-01|The Islamic State claimed the attack.|Islamic State|IMG|REB
      en|2017-03-01|The UN Security Council met on Friday.|UN Security Council|UNO|
      en|2017-03-01|French police arrested two men.|French police|FRA|COP
      en|2017-03-01|US President Donald Trump spoke.|US President|USA|GOV
      en|2017-03-01|US President Donald Trump spoke.|Donald Trump|USA|GOV
      en|2017-03-01|EU leaders met in Brussels.|EU leaders|EUR|GOV
      en|2017-03-01|EU leaders met in Brussels.|Brussels|EUR|GOV
      en|2012-03-01|Kazakhstan's foreign minister Yerzhan Kazykhanov arrived.|Yerzhan Kazykhanov|KAZ|GOV
      fr|2017-05-20|Le Premier ministre Édouard Philippe a nommé son cabinet.|Édouard Philippe|FRA|GOV
      fr|2016-10-01|Un coup d'État a échoué en Turquie.|Turquie|TUR|
      fr|2016-10-01|Les talibans ont attaqué Kunduz.|talibans|AFG|REB
      fr|2022-01-10|L'Akorda a annoncé la levée de l'état d'urgence.|Akorda|KAZ|GOV
      """;

  static Stream<Arguments> rows() {
    return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
      String[] c = l.split("\\|", -1);
      return Arguments.of(c[0], LocalDate.parse(c[1]), c[2], c[3], c[4], c[5]);
    });
  }

  @ParameterizedTest(name = "{0} {1}: {3}")
  @MethodSource("rows")
  void findsMention(String lang, LocalDate date, String sentence, String span, String code,
                    String sector) {
    List<ActorMention> found = ActorLexicon.forLanguage(lang).find(sentence, date);
    Optional<ActorMention> m = found.stream().filter(x -> x.text().equals(span)).findFirst();
    assertTrue(m.isPresent(), () -> "no mention '" + span + "' in " + found);
    assertEquals(code.equals("null") ? null : code, m.get().code(), () -> "code of " + m.get());
    assertEquals(sector, m.get().sector(), () -> "sector of " + m.get());
    assertEquals(span, sentence.substring(m.get().start(), m.get().end()));
  }
}
