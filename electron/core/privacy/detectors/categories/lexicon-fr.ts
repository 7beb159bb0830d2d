import type { Lexicon } from './lexicon-types';

export const fr: Lexicon = {
  matter: {
    HEALTH: `
      diabete diabetique cancer tumeur chimiotherapie radiotherapie depression deprime deprimee anxiete crise+d'angoisse
      bipolaire schizophrene schizophrenie autiste autisme enceinte grossesse fausse+couche avortement infarctus avc
      insuffisance bpco asthme epilepsie migraine* sclerose+en+plaques demence hepatite hospitalise hospitalisee
      hospitalisation urgences opere operee chirurgie greffe dialyse medicament* prescrit prescrite tension+arterielle=
      tension= hypertension cholesterol= glycemie= arret+maladie arret+de+travail handicap* maladie psychiatre
      therapeute addiction alcoolique toxicomanie cardiaque ventoline crises symptomes sclerose
    `,
    LEGAL: `
      ete+arrete ete+arretee ete+arretes ete+interpelle interpelle interpellee garde+a+vue inculpe inculpee mis+en+examen
      mise+en+examen condamne condamnee condamnation casier+judiciaire proces tribunal juge plainte poursuivi poursuivie
      assigne+en+justice expulsion expulse expulsee oqtf obligation+de+quitter divorce divorcer divorcons
      garde+exclusive garde+des+enfants garde+alternee pension+alimentaire instance+de+divorce sursis prison detention
      ordonnance+de+protection escroquerie delit amende convoque+au+tribunal
    `,
    FINANCIAL: `
      dette dettes endette endettee surendette surendettee surendettement faillite salaire fiche+de+paie revenus gagne
      emprunt emprunter credit credits credit+immobilier impaye impayes loyer+impaye huissier agios rembourser fiche
      fichee interdit+bancaire decouvert a+decouvert
    `,
  },
  first: "je j' moi me m' mon ma mes nous notre nos",
  third: 'il elle lui son sa ses',
  possessive: 'mon ma mes notre nos son sa ses',
  relations: `
    patient patiente client cliente employe employee salarie salariee locataire fils fille femme mari epouse epoux
    conjoint conjointe compagnon compagne mere pere maman papa frere soeur copain copine ami amie enfant enfants collegue
    patron patronne grand-mere grand-pere tante oncle cousin cousine voisin voisine bebe parents beau-pere belle-mere
    ex-femme ex-mari
  `,
  titles: 'm mme mlle monsieur madame',
  artifacts: `
    essai dissertation memoire these livre roman histoire application code fonction table base projet presentation cours
    expose article poeme
  `,
  general: `
    qu'est-ce quel quelle quels quelles comment pourquoi explique expliquer expliquez dissertation essai histoire
    statistiques general generalement moyen moyenne exemple definition personnes patients quelqu'un selon poeme
  `,
  fiction: 'histoire poeme roman conte exemple fictif fictive',
  stopwords: "le la les et est un une des du je mon ma pour dans avec qui que pas il elle sur au aux sont ai suis comment quel quelle c'est j'ai",
};
