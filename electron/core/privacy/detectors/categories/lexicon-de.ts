import type { Lexicon } from './lexicon-types';

export const de: Lexicon = {
  matter: {
    HEALTH: `
      diabetes blutzucker= krebs *krebs tumor *tumor chemotherapie demenz depression depressionen depressiv
      angststorung essstorung zwangsstorung panikattacke* schwanger schwangerschaft fehlgeburt abtreibung schlaganfall
      infarkt *infarkt vorhofflimmern *insuffizienz *entzundung lungenentzundung asthma epilepsie migrane arthrose
      arthritis rheuma multiple+sklerose hepatitis operiert operation krankenhaus eingeliefert intensivstation diagnose
      medikament* medikation tabletten verschrieben verschreiben verschreibt therapie therapeut* psychiater
      psychotherap* alkoholsucht spielsucht drogensucht suchtig entzug blutdruck= bluthochdruck hypertonie cholesterin=
      krankgeschrieben krankschreibung arbeitsunfahig behinderung schwerbehindert* pflegegrad pflegebedurftig atemnot
      fieber grippe niereninsuffizienz herzinsuffizienz nierenversagen dialyse chemo kreatinin= erkrankung *erkrankung
      lungenkrebs brustkrebs darmkrebs symptome schmerzen adhs autismus autist autistic autiste autistin autistisch bipolar bipolare schizophren*
    `,
    LEGAL: `
      festgenommen festnahme verhaftet verhaftung untersuchungshaft haftbefehl gefangnis haft angeklagt anklage *anklage
      klage *klage verklagt verklagen strafverfahren ermittlungsverfahren strafanzeige anzeige+gegen trunkenheit+am+steuer
      vorbestraft verurteilt verurteilung bewahrung bewahrungsstrafe geldstrafe strafbefehl vor+gericht gerichtstermin gerichtsverfahren
      strafprozess abschiebung abschiebehaft abgeschoben asylantrag asylverfahren asyl ausweisung duldung scheidung
      scheidungsverfahren scheiden geschieden sorgerecht umgangsrecht einstweilige+verfugung kontaktverbot diebstahl
      betrug betrugs korperverletzung fuhrerschein+entzogen zwangsraumung raumungsklage
    `,
    FINANCIAL: `
      schulden *schulden verschuldet uberschuldet insolvenz *insolvenz privatinsolvenz pleite gehalt lohn monatsgehalt bruttogehalt nettogehalt jahresgehalt
      gepfandet pfandung *pfandung schufa schufa-eintrag kredit kredite darlehen ruckstand mietschulden zahlungsunfahig
      mahnung mahnungen inkasso verdiene einkommen hypothek
    `,
    none: 'prozess+der',
  },
  first: 'ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer',
  third: 'er sie ihm ihn seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres',
  possessive: `
    mein meine meinen meinem meiner meines unser unsere unseren unserem unserer seine seinen seinem seiner seines ihre
    ihren ihrem ihrer ihres
  `,
  relations: `
    patient patientin patienten mandant mandantin klient klientin mitarbeiter mitarbeiterin mieter mieterin sohn tochter
    frau mann ehemann ehefrau partner partnerin mutter vater mama papa bruder schwester freund freundin kind kinder
    kollege kollegin chef chefin oma opa grossmutter grossvater tante onkel cousin cousine nachbar nachbarin enkel enkelin
    schwiegermutter schwiegervater eltern baby lebensgefahrte lebensgefahrtin
  `,
  titles: 'herr herrn frau',
  artifacts: `
    aufsatz buch roman geschichte app code funktion tabelle datenbank projekt prasentation kurs vortrag referat hausarbeit
    bachelorarbeit masterarbeit artikel
  `,
  general: `
    was wie warum welche welcher welches erklare erklaren erklar aufsatz geschichte statistik allgemein normalerweise
    durchschnittlich typisch beispiel definition menschen patienten jemand man gedicht roman laut
  `,
  fiction: 'geschichte gedicht roman beispiel fiktiv fiktive',
  stopwords: 'der die das und ist nicht ich mein meine mit ein eine wie was fur auf den dem hat habe wurde bei sich seit oder zu auch sind kann',
};
