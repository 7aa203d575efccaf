package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veille.model.TimeExpression;

class TimeTaggerTest {

    /**
     * Each row: language, publication date, direction of the governing verb, sentence, the expected expression's
     * text (it must be found exactly), its type and value.
     */
    @ParameterizedTest(name = "{3} -> {4} = {6}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # --- examples of the brief
        fr | 2023-10-19 | FUTURE  | Le chef de l'État est attendu début novembre au Kazakhstan | début novembre | DATE | 2023-11
        fr | 2023-10-19 | FUTURE  | Le 1er novembre, le président se rendra à Astana | Le 1er novembre | DATE | 2023-11-01
        fr | 2023-10-19 | PAST    | qui avait effectué en novembre une visite | novembre | DATE | 2022-11
        fr | 2023-10-19 | PAST    | Le ministre a annoncé jeudi son départ | jeudi | DATE | 2023-10-19
        fr | 2023-10-19 | NEUTRAL | la France a cette année assuré la présidence | cette année | DATE | 2023
        fr | 2023-10-19 | NEUTRAL | Il a été réélu en novembre dernier | novembre dernier | DATE | 2022-11
        fr | 2023-10-19 | NEUTRAL | En janvier 2022, des émeutes ont éclaté | janvier 2022 | DATE | 2022-01
        fr | 2024-11-05 | PAST    | Le porte-parole a affirmé mardi que rien ne changerait | mardi | DATE | 2024-11-05
        fr | 2023-10-19 | NEUTRAL | Un an après sa visite, rien n'a bougé | Un an | DURATION | P1Y
        fr | 2023-10-19 | FUTURE  | Il arrivera jeudi à Dakar | jeudi | DATE | 2023-10-26
        # --- full and partial dates
        fr | 2023-10-19 | NEUTRAL | Le traité fut signé le 24 mars 2018 à Rome | le 24 mars 2018 | DATE | 2018-03-24
        fr | 2023-10-19 | NEUTRAL | Réunion prévue le 24/03/2018 au siège | 24/03/2018 | DATE | 2018-03-24
        fr | 2023-10-19 | NEUTRAL | Les prix ont flambé en mars 2018 | mars 2018 | DATE | 2018-03
        fr | 2023-10-19 | NEUTRAL | Le pays est entré en récession en 2022 | 2022 | DATE | 2022
        fr | 2023-10-19 | NEUTRAL | La grève avait commencé en octobre 98 | octobre 98 | DATE | 1998-10
        fr | 2023-10-19 | NEUTRAL | Le scrutin du 10 novembre 93 reste contesté | 10 novembre 93 | DATE | 1993-11-10
        fr | 2023-10-19 | NEUTRAL | Il a été élu le mardi 6 juin 2017 | le mardi 6 juin 2017 | DATE | 2017-06-06
        fr | 2023-10-19 | NEUTRAL | Le vote aura lieu l'année 2025 | l'année 2025 | DATE | 2025
        fr | 2023-10-19 | NEUTRAL | Le sommet du 1er décembre 2023 à Dubaï | 1er décembre 2023 | DATE | 2023-12-01
        fr | 2023-10-19 | NEUTRAL | Un accord daté du 2023-09-30 circule | 2023-09-30 | DATE | 2023-09-30
        fr | 2023-10-19 | NEUTRAL | Ils se sont rencontrés le 16 octobre à Paris | le 16 octobre | DATE | 2023-10-16
        fr | 2023-10-19 | NEUTRAL | La conférence s'ouvrira le 2 novembre à Genève | le 2 novembre | DATE | 2023-11-02
        fr | 2023-10-19 | PAST    | Il avait signé le 2 novembre un décret | le 2 novembre | DATE | 2022-11-02
        fr | 2023-10-19 | NEUTRAL | Le décret du 6 mai dernier est abrogé | 6 mai dernier | DATE | 2023-05-06
        fr | 2023-10-19 | NEUTRAL | Le vote du 20 décembre dernier a été annulé | 20 décembre dernier | DATE | 2022-12-20
        fr | 2023-10-19 | NEUTRAL | Les élections du 12 mars prochain | 12 mars prochain | DATE | 2024-03-12
        fr | 2023-10-19 | FUTURE  | Le conseil se réunira le 1er, selon la mairie | le 1er | DATE | 2023-11-01
        fr | 2023-10-19 | PAST    | Il avait quitté la ville le 1er. | le 1er | DATE | 2023-10-01
        # --- relative to publication (the dater attaches them; these check their values)
        fr | 2024-02-14 | PAST    | Le mois dernier, la Pologne a rappelé son ambassadeur | Le mois dernier | DATE | 2024-01
        fr | 2024-02-14 | PAST    | Le traité a été ratifié l'année dernière à Oslo | l'année dernière | DATE | 2023
        fr | 2024-02-14 | NEUTRAL | La rencontre s'est tenue le 3 novembre dernier à Dakar | le 3 novembre dernier | DATE | 2023-11-03
        fr | 2024-02-14 | PAST    | Le ministre a démissionné ce lundi soir | ce lundi soir | TIME | 2024-02-12TEV
        fr | 2024-02-14 | PAST    | La loi avait été votée début décembre par le Sénat | début décembre | DATE | 2023-12
        fr | 2024-02-14 | PAST    | Le préfet a annoncé depuis lundi des renforts | lundi | DATE | 2024-02-12
        fr | 2024-02-14 | PAST    | Le maire a été arrêté il y a trois semaines | il y a trois semaines | DATE | 2024-W04
        fr | 2024-02-14 | PAST    | Au début du mois, deux soldats avaient été enlevés | début du mois | DATE | 2024-02
        fr | 2024-02-14 | FUTURE  | Le texte sera voté d'ici la fin du mois | fin du mois | DATE | 2024-02
        fr | 2024-02-14 | FUTURE  | Le retrait s'achèvera fin du mois de juin | fin du mois de juin | DATE | 2024-06
        fr | 2024-02-14 | NEUTRAL | La grève dure depuis plus de dix jours | plus de dix jours | DURATION | P10D
        fr | 2024-02-14 | NEUTRAL | La visite du roi, prévue le 20 février, est confirmée | le 20 février | DATE | 2024-02-20
        fr | 2024-02-14 | NEUTRAL | Pékin a ratifié le traité à la veille du sommet | - | - | -
        fr | 2024-02-14 | NEUTRAL | Le lendemain de son élection, il a limogé le chef de l'armée | - | - | -
        fr | 2024-02-14 | PAST    | Le même jour, Rome a rappelé son ambassadeur | Le même jour | DATE | 2024-02-14
        # --- weekdays
        fr | 2023-10-19 | NEUTRAL | Le maire a démissionné mardi soir après le vote | mardi soir | TIME | 2023-10-17TEV
        fr | 2023-10-19 | NEUTRAL | Le juge a tranché mardi | mardi | DATE | 2023-10-17
        fr | 2023-10-19 | NEUTRAL | Il est parti mercredi dernier | mercredi dernier | DATE | 2023-10-18
        fr | 2023-10-19 | NEUTRAL | Ils voteront lundi prochain | lundi prochain | DATE | 2023-10-23
        fr | 2023-10-19 | NEUTRAL | Le conseil du lundi 16 octobre a tranché | lundi 16 octobre | DATE | 2023-10-16
        fr | 2023-10-19 | NEUTRAL | Le sommet s'ouvrira mardi 6 janvier | mardi 6 janvier | DATE | 2026-01-06
        fr | 2023-10-22 | NEUTRAL | Ce dimanche, les électeurs votent | Ce dimanche | DATE | 2023-10-22
        # --- months and seasons
        fr | 2023-10-19 | NEUTRAL | Il reviendra en juin prochain | juin prochain | DATE | 2024-06
        fr | 2023-10-19 | NEUTRAL | La loi a été votée mi-septembre | mi-septembre | DATE | 2023-09
        fr | 2023-10-19 | NEUTRAL | Les travaux finiront fin décembre | fin décembre | DATE | 2023-12
        fr | 2023-10-19 | NEUTRAL | Les soldes du mois de janvier | mois de janvier | DATE | 2024-01
        fr | 2023-10-19 | NEUTRAL | Le chantier reprendra au printemps 2024 | printemps 2024 | DATE | 2024-SP
        fr | 2023-10-19 | NEUTRAL | Le projet a été lancé l'été dernier | l'été dernier | DATE | 2023-SU
        fr | 2023-10-19 | NEUTRAL | La récolte de cet automne sera faible | cet automne | DATE | 2023-FA
        fr | 2023-10-19 | PAST    | Il avait neigé en hiver sur la capitale | hiver | DATE | 2022-WI
        fr | 2023-10-19 | FUTURE  | Il neigera en hiver sur la capitale | hiver | DATE | 2023-WI
        fr | 2023-10-19 | NEUTRAL | Le fleuve a débordé en été | été | DATE | XXXX-SU
        fr | 2023-10-19 | NEUTRAL | Le parti a été dissous | - | - | -
        # --- relative to publication
        fr | 2023-10-19 | NEUTRAL | Le maire a démissionné hier | hier | DATE | 2023-10-18
        fr | 2023-10-19 | NEUTRAL | Le verdict est attendu aujourd'hui | aujourd'hui | DATE | 2023-10-19
        fr | 2023-10-19 | NEUTRAL | Le verdict tombera demain | demain | DATE | 2023-10-20
        fr | 2023-10-19 | NEUTRAL | Les faits remontent à avant-hier | avant-hier | DATE | 2023-10-17
        fr | 2023-10-19 | NEUTRAL | Rendez-vous après-demain au tribunal | après-demain | DATE | 2023-10-21
        fr | 2023-10-19 | NEUTRAL | Ils ont défilé hier soir dans Paris | hier soir | TIME | 2023-10-18TEV
        fr | 2023-10-19 | NEUTRAL | Le président a parlé ce matin à la radio | ce matin | TIME | 2023-10-19TMO
        fr | 2023-10-19 | NEUTRAL | Il a été arrêté hier matin à Lyon | hier matin | TIME | 2023-10-18TMO
        fr | 2023-10-19 | NEUTRAL | Les chiffres de l'an dernier étaient meilleurs | l'an dernier | DATE | 2022
        fr | 2023-10-19 | NEUTRAL | Il a été élu l'année dernière | l'année dernière | DATE | 2022
        fr | 2023-10-19 | NEUTRAL | Le budget de l'année prochaine est serré | l'année prochaine | DATE | 2024
        fr | 2023-10-19 | NEUTRAL | Les prix ont baissé ce mois-ci | ce mois-ci | DATE | 2023-10
        fr | 2023-10-19 | NEUTRAL | Ils ont voté le mois dernier | le mois dernier | DATE | 2023-09
        fr | 2023-10-19 | NEUTRAL | Ils voteront le mois prochain | le mois prochain | DATE | 2023-11
        fr | 2023-10-19 | NEUTRAL | Il était à Berlin la semaine dernière | la semaine dernière | DATE | 2023-W41
        fr | 2023-10-19 | NEUTRAL | Il sera à Rome la semaine prochaine | la semaine prochaine | DATE | 2023-W43
        fr | 2023-10-19 | NEUTRAL | Les négociations ont échoué il y a deux semaines | il y a deux semaines | DATE | 2023-W40
        fr | 2023-10-19 | NEUTRAL | Le pont s'est effondré il y a trois ans | il y a trois ans | DATE | 2020
        fr | 2023-10-19 | NEUTRAL | Le verdict sera rendu dans trois jours | dans trois jours | DATE | 2023-10-22
        fr | 2023-10-19 | NEUTRAL | Il a démissionné à la fin de l'année dernière | la fin de l'année dernière | DATE | 2022
        fr | 2023-10-19 | NEUTRAL | Il est arrivé le 3 mai. La veille, il avait plu | La veille | DATE | 2023-05-02
        fr | 2023-10-19 | NEUTRAL | Il est arrivé le 3 mai. La veille il a plu, le lendemain matin il est reparti | le lendemain matin | TIME | 2023-05-04TMO
        fr | 2023-10-19 | NEUTRAL | Les comptes seront publiés fin 2024 | fin 2024 | DATE | 2024
        en | 2023-10-19 | NEUTRAL | He landed on May 3. The next day he left | The next day | DATE | 2023-05-04
        # --- durations
        fr | 2023-10-19 | NEUTRAL | Il a régné pendant trois ans sur le pays | trois ans | DURATION | P3Y
        fr | 2023-10-19 | NEUTRAL | La séance a été suspendue 30 minutes | 30 minutes | DURATION | PT30M
        fr | 2023-10-19 | NEUTRAL | Le siège a duré deux semaines | deux semaines | DURATION | P2W
        fr | 2023-10-19 | NEUTRAL | Il a gagné avec 30,4 secondes d'avance | 30,4 secondes | DURATION | PT30.4S
        fr | 2023-10-19 | NEUTRAL | Ces derniers jours, la tension est montée | Ces derniers jours | DURATION | PXD
        fr | 2023-10-19 | NEUTRAL | Le procès a duré environ une heure | environ une heure | DURATION | PT1H
        fr | 2023-10-19 | NEUTRAL | La guerre a duré vingt-deux mois | vingt-deux mois | DURATION | P22M
        fr | 2023-10-19 | NEUTRAL | Une tradition respectée depuis deux cents ans | deux cents ans | DURATION | P200Y
        fr | 2023-10-19 | NEUTRAL | Un conflit de quatre-vingt-dix jours a pris fin | quatre-vingt-dix jours | DURATION | P90D
        fr | 2023-10-19 | NEUTRAL | Il a purgé quelques mois de prison | quelques mois | DURATION | PXM
        fr | 2023-10-19 | NEUTRAL | Les prix ont grimpé durant les trois derniers mois | trois derniers mois | DURATION | P3M
        fr | 2023-10-19 | NEUTRAL | Il a effectué un quinquennat sans éclat | un quinquennat | DURATION | P5Y
        fr | 2023-10-19 | NEUTRAL | Un chauffeur de bus de 38 ans a été agressé | - | - | -
        # --- sets
        fr | 2023-10-19 | NEUTRAL | Le marché se tient chaque mardi sur la place | chaque mardi | SET | XXXX-WXX-2
        fr | 2023-10-19 | NEUTRAL | Le festival revient tous les ans en juillet | tous les ans | SET | P1Y
        fr | 2023-10-19 | NEUTRAL | Les réunions ont lieu tous les jeudis | tous les jeudis | SET | XXXX-WXX-4
        fr | 2023-10-19 | NEUTRAL | Le rapport est publié chaque année | chaque année | SET | P1Y
        # --- clock times, decades, references
        fr | 2023-10-19 | NEUTRAL | Le feu s'est déclaré à 21 h 45 dans un entrepôt | 21 h 45 | TIME | 2023-10-19T21:45
        fr | 2023-10-19 | NEUTRAL | L'accident a eu lieu mardi. Les secours sont arrivés vers 18 h | vers 18 h | TIME | 2023-10-17T18:00
        fr | 2023-10-19 | NEUTRAL | La réunion commencera à 10 heures précises | 10 heures | TIME | 2023-10-19T10:00
        fr | 2023-10-19 | NEUTRAL | Le cortège est parti à midi | midi | TIME | 2023-10-19T12:00
        fr | 2023-10-19 | NEUTRAL | La musique des années 1990 revient | années 1990 | DATE | 199
        fr | 2023-10-19 | NEUTRAL | Le pays a connu dans les années 80 une crise | les années 80 | DATE | 198
        fr | 2023-10-19 | NEUTRAL | Une idée née au XIXe siècle | XIXe siècle | DATE | 18
        fr | 2023-10-19 | NEUTRAL | Le pays traverse actuellement une crise | actuellement | DATE | PRESENT_REF
        fr | 2023-10-19 | NEUTRAL | Il a maintenant quitté le parti | maintenant | DATE | PRESENT_REF
        fr | 2023-10-19 | NEUTRAL | Il a récemment quitté le parti | récemment | DATE | PAST_REF
        # --- ranges
        fr | 2023-10-19 | NEUTRAL | Le sommet s'est tenu les 22 et 23 mars 2018 | les 22 | DATE | 2018-03-22
        fr | 2023-10-19 | NEUTRAL | Le sommet s'est tenu les 22 et 23 mars 2018 | 23 mars 2018 | DATE | 2018-03-23
        fr | 2023-10-19 | NEUTRAL | Le salon aura lieu du 3 au 5 mai 2024 | du 3 | DATE | 2024-05-03
        fr | 2023-10-19 | NEUTRAL | Le salon aura lieu du 3 au 5 mai 2024 | 5 mai 2024 | DATE | 2024-05-05
        # --- English
        en | 2023-10-19 | NEUTRAL | The minister resigned yesterday | yesterday | DATE | 2023-10-18
        en | 2023-10-19 | NEUTRAL | The treaty was signed on March 24, 2018 in Rome | March 24, 2018 | DATE | 2018-03-24
        en | 2023-10-19 | NEUTRAL | Talks collapsed last Tuesday | last Tuesday | DATE | 2023-10-17
        en | 2023-10-19 | NEUTRAL | The summit will open next week | next week | DATE | 2023-W43
        en | 2023-10-19 | NEUTRAL | The bridge collapsed two years ago | two years ago | DATE | 2021
        en | 2023-10-19 | NEUTRAL | A verdict is expected in three days | in three days | DATE | 2023-10-22
        en | 2023-10-19 | NEUTRAL | The siege lasted three years | three years | DURATION | P3Y
        en | 2023-10-19 | NEUTRAL | The music of the 1990s is back | the 1990s | DATE | 199
        en | 2023-10-19 | NEUTRAL | Sales fell in the third quarter | the third quarter | DATE | 2023-Q3
        en | 2023-10-19 | NEUTRAL | He spoke on Thursday evening | Thursday evening | TIME | 2023-10-19TEV
        en | 2023-10-19 | NEUTRAL | The company may cut jobs | - | - | -
        en | 2023-10-19 | NEUTRAL | Prices rose in May 2023 | May 2023 | DATE | 2023-05
        en | 2023-10-19 | NEUTRAL | It was launched a five year plan ago | a five year | DURATION | P5Y
        en | 2023-10-19 | NEUTRAL | Markets open at 9:30 a.m. | 9:30 a.m. | TIME | 2023-10-19T09:30
        en | 2023-10-19 | NEUTRAL | The board meets every Monday | every Monday | SET | XXXX-WXX-1
        en | 2023-10-19 | NEUTRAL | Prices are currently rising | currently | DATE | PRESENT_REF
        """)
    void tags(String lang, String published, TemporalDirection dir, String text, String span, String type, String value) {
        List<TimeExpression> found = TimeTagger.forLanguage(lang).tag(text, LocalDate.parse(published), (s, e) -> dir);
        if ("-".equals(span)) {
            assertTrue(found.isEmpty(), () -> "expected nothing in «" + text + "», found " + found);
            return;
        }
        TimeExpression hit = found.stream().filter(t -> t.text().equals(span)).findFirst().orElse(null);
        assertNotNull(hit, () -> "«" + span + "» not found in «" + text + "»: " + found);
        assertEquals(span, text.substring(hit.start(), hit.end()));
        assertEquals(type, hit.type(), () -> "type of «" + span + "»");
        assertEquals(value, hit.value(), () -> "value of «" + span + "»");
    }

    @Test
    void relativeExpressionsHaveNoValueWithoutPublicationDate() {
        List<TimeExpression> found = TimeTagger.forLanguage("fr").tag("Il est parti hier, le 3 mai 2020.", null, DirectionHint.NONE);
        assertEquals(2, found.size());
        assertNull(found.get(0).value());
        assertEquals("2020-05-03", found.get(1).value());
    }

    @Test
    void hintIsAskedOnlyForUnderspecifiedExpressions() {
        int[] asked = {0};
        DirectionHint counting = (s, e) -> {
            asked[0]++;
            return TemporalDirection.PAST;
        };
        TimeTagger.forLanguage("fr").tag("Le 3 mai 2020, hier, il y a trois ans, pendant deux jours.", LocalDate.of(2023, 10, 19), counting);
        assertEquals(0, asked[0]);
        TimeTagger.forLanguage("fr").tag("Il est venu en mars.", LocalDate.of(2023, 10, 19), counting);
        assertEquals(1, asked[0]);
    }

    @Test
    void valuesOutsideTheCalendarAreLeftEmpty() {
        LocalDate pub = LocalDate.of(2023, 10, 19);
        for (String text : List.of("il y a 99999999999 ans", "dans 9999999999999 jours", "le 31 février 2020",
                "tous les 999999999999 ans", "31/02/2019", "le XXXXe siècle")) {
            for (TimeExpression t : TimeTagger.forLanguage("fr").tag(text, pub, DirectionHint.NONE)) {
                assertTrue(t.value() == null || !t.value().startsWith("-"), () -> text + " gave " + t);
            }
        }
    }

    @Test
    void taggersAreCachedPerLanguage() {
        assertSame(TimeTagger.forLanguage("fr"), TimeTagger.forLanguage("FR"));
        assertSame(TimeTagger.forLanguage("en"), TimeTagger.forLanguage("en"));
    }
}
