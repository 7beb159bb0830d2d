/**
 * Terms spelled alike in every language this detector reads: drug names (by stem, so metformin, Metformin,
 * metformine and metformina all match), clinical abbreviations and lab names.
 */
export const sharedHealth = `
metformin* insulin insuline insulina insulins lisinopril* amlodipin* atorvastatin* simvastatin* rosuvastatin* levothyrox* l-thyroxin* metoprolol*
losartan* omeprazol* pantoprazol* sertralin* fluoxetin* citalopram* escitalopram* paroxetin* venlafaxin* duloxetin*
bupropion* mirtazapin* trazodon* quetiapin* olanzapin* risperidon* aripiprazol* lithium litio lamotrigin* valproat*
levetiracetam* gabapentin* pregabalin* methylphenidat* metilfenidato adderall ritalin vyvanse lisdexamfetamin*
alprazolam* lorazepam* diazepam* clonazepam* zolpidem* prednison* prednisolon* methotrexat* metotrexato
hydroxychloroquin* adalimumab* humira warfarin* apixaban* rivaroxaban* eliquis xarelto clopidogrel* tramadol*
oxycodon* oxycontin morphine morphin morphium morfina fentanyl* codeine codein codeina hydrocodon* buprenorphin* suboxone methadon* metadona
naloxone naloxon amoxicillin* amoxicilina azithromycin* azitromicina doxycyclin* ciprofloxacin* cephalexin* augmentin
nitrofurantoin* metronidazol* salbutamol albuterol ventolin* symbicort montelukast* fluticason* furosemid*
spironolacton* espironolactona hydrochlorothiazid* ramipril* enalapril* bisoprolol* propranolol* carvedilol*
digoxin digoxine semaglutid* ozempic wegovy mounjaro tirzepatid* liraglutid* victoza jardiance empagliflozin* dapagliflozin*
farxiga sitagliptin* januvia glipizid* gliclazid* levodopa donepezil* memantin* tamoxifen* letrozol* truvada
biktarvy antiretrovir* estradiol* finasterid* sildenafil* viagra tadalafil* isotretinoin* accutane allopurinol*
colchicin* dupixent lantus novorapid humalog epipen kardegic chemo chemotherap* chimio chimiotherap* quimio quimioterap*
radiotherap* radioterapia
dialysis dialyse dialysed dialisis diagnose diagnosed diagnoses diagnosis diagnosing diagnostique diagnostiquee diagnostiques diagnostiziert diagnostizierte diagnosticaron diagnosticado diagnosticada diagnostico diagnosen antidepress* antibiot* antipsychoti* antipsicotico* benzodiazepin* ibuprofen ibuprofeno ibuprofene paracetamol
acetaminophen* levodopa diabetes diabetic diabetics diabete diabetique diabetico diabetica diabetiker diabetikerin prediabet* parkinson* alzheimer* hba1c= a1c= egfr= gfr= ldl= hdl= tsh= spo2=
creatinin*= kreatinin*= ^T2DM ^T1DM ^DM2 ^CKD ^COPD ^BPCO ^EPOC ^MI ^CHF ^TIA ^DVT ^HIV ^VIH ^AIDS ^SIDA ^STI ^STD
^UTI ^IBS ^GERD ^PTSD ^TDAH ^ADHS adhd ^OCD ^BP= ^IVF ^HPV ^ICU ^UCI ^AVC ^IVG hiv-positive
`;

/** Look-alikes of the terms above that are about no one's health. */
export const sharedNone = 'diagnostics lithium+batter* lithium+ion lithium+polymer';
