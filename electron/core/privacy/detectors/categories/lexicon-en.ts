import type { Lexicon } from './lexicon-types';

export const en: Lexicon = {
  matter: {
    HEALTH: `
      cancer cancers cancerous tumor tumors tumour tumours  carcinoma* lymphoma* leukemia leukaemia melanoma* radiation+therapy oncologist oncology oncologie oncologo oncologa metastasis metastases metastatic metastasized metastasised biopsy
      mammogram blood+sugar= blood+glucose= glucose= kidney+disease kidney+failure renal+failure creatinine= emphysema
      asthma asthmatic inhaler bronchitis pneumonia hypertension high+blood+pressure blood+pressure= cholesterol= triglycerides
      statin statins heart+attack heart+failure cardiac+arrest afib atrial+fibrillation arrhythmia angina stent pacemaker stroke
      blood+clot depression depressed depressive anxiety panic+attack* bipolar schizophreni* psychosis psychotic autism
      autistic asperger* eating+disorder anorexia anorexic bulimia bulimic suicide suicidal self-harm* therapist psychiatrist therapy rehab
      addiction addicted alcoholi* overdose sober relapse chlamydia gonorrhea gonorrhoea syphilis herpes dementia epilepsy epileptic seizure seizures
      migraine* multiple+sclerosis concussion arthritis lupus fibromyalgia crohn crohns colitis celiac coeliac hepatitis
      cirrhosis thyroid hypothyroid* hyperthyroid* anemia anaemia osteoporosis gout psoriasis eczema long+covid covid
      tested+positive infection strep+throat strep sepsis fever flu pregnant pregnancy miscarriage abortion infertil*
      gestational disability disabled wheelchair hearing+loss paralysis paralysed paralyzed amputation amputated amputee surgery hospitalised hospitalized
      hospitalisation hospitalization intensive+care knee+replacement hip+replacement transplant physio physiotherapy physiotherapist discharge+summary
      prescribed prescription* medication* meds dose dosage mg mcg bloodwork blood+test* lab+results potassium=
      mri ct+scan x-ray ultrasound chronic+pain back+pain chest+pain shortness+of+breath delirium sick+note sick+leave
      symptom symptoms diagnosed diagnosis mental+health obesity obese hiv+positive drug+test drug+tests drug+screen
    `,
    LEGAL: `
      arrest arrests arrested charged+with indicted indictment arraigned arraignment convicted conviction criminal+record felony felon misdemeanor
      misdemeanour pleaded+guilty plead+guilty pleaded+not+guilty plea+deal plea+bargain sentenced sentencing prison jail
      custody lawsuit sued suing sue small+claims court+date court+hearing court preliminary+hearing bail parole
      probation restraining+order protective+order subpoena* testify deport deported deportation deporting asylum immigration+detention
      immigration+status undocumented divorce divorced divorcing evict evicted eviction evicting dui dwi drunk+driving shoplifting theft assault embezzlement
      burglary vandalism expunge expunged expungement defendant police+record criminal+charges
    `,
    FINANCIAL: `
      debt debts debtor owe owes owed owing bankrupt* insolven* foreclos* arrears overdraft overdrawn credit+score credit+rating
      salary wage wages garnished garnishment garnishee garnishing paycheck paycheque payslip pay+stub income earn earns net+worth loan loans mortgage
      payday+loan missed+payment* late+payment* behind+on+payment* behind+on+rent behind+on+the+rent
      collection+agency sent+to+collections debt+collector* defaulted repossess* tax+return
      student+loan* savings hardship+letter back+taxes unpaid+taxes tax+debt tax+lien credit+report
      chapter+7 chapter+11 chapter+13
    `,
    none: 'cardiac+arrest court+of+appeal debt+vs debt+and+equity',
  },
  first: "i'm i've i'd i'll me my mine myself we we're we've our ours us",
  third: "he he's she she's his her him hers",
  possessive: 'my our his her',
  relations: `
    patient client employee tenant son daughter wife husband partner mother father mom mum dad brother sister
    boyfriend girlfriend child kid kids children colleague coworker co-worker boss friend grandmother grandfather grandma
    grandpa aunt uncle cousin neighbour neighbor ex fiance fiancee baby toddler parents family student roommate landlord
    nephew niece stepson stepdaughter stepfather stepmother mother-in-law father-in-law spouse girl boy teen teenager
  `,
  titles: 'mr mrs ms miss mx',
  artifacts: `
    essay thesis paper article book novel story app application code function class table column database schema
    project presentation course homework assignment lecture blog website startup script program model dataset slides
    quiz exam character game dissertation screenplay
  `,
  general: `
    what what's whats which explain essay history statistics research article define definition overview generally
    general typical typically usually usual normal average common example sample fake fictional fiction story novel poem
    haiku character characters scene quiz flashcards lecture course learn understand how why policy law laws rates
    people patients someone somebody anyone generate mock dummy hypothetical tell teach about list give info
    information facts summary summarise summarize know
  `,
  fiction: 'story novel poem haiku fiction fictional character characters scene fake sample example mock dummy generate hypothetical',
  stopwords: 'the and is are was were of to with for what how have has it this that my your be been can should do does after from',
};
