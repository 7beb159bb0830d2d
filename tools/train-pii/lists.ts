/**
 * Word lists written for the generator (not taken from any evaluation set): romanised names of cultures that
 * @faker-js/faker covers only in their own script or not at all, street words of many countries, and capitalised
 * words that are not names (the negatives).
 */

const split = (s: string): string[] => s.trim().split(/\s+/);

/** Romanised given names and family names per culture. */
export const romanised: Record<string, { first: string[]; last: string[] }> = {
  chinese: {
    first: split(`wei fang min jing li na lei jun yan hui ying hao yu xin jie tao ming qiang ping lan xiu ying
      jian guo zhiwei xiaoming yifan zihan haoran yuxuan jiahui meiling xiaoyu chen bo dong lin jiayi ruoxi
      zhen kai liang shu feng hong mei qing yun zhao jin hua`),
    last: split(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
      song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen`),
  },
  japanese: {
    first: split(`hiroshi takashi kenji yuki haruto sota yuto riku aoi yui hina sakura yuna mio rin akira daiki
      kenta shota naoki takumi kaito ren mei koharu emi ayaka misaki nanami kaori keiko yoko noriko tomoko hideo
      satoshi kazuki ryo sho haruka`),
    last: split(`sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
      yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada
      fujita goto hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura`),
  },
  korean: {
    first: split(`minjun seojun doyun yejun siwoo hajun jiho jiwoo seoyeon seoyun jiwon haeun minseo jiyoung
      eunji soyeon hyejin jisoo minho jaehyun sungmin dongwook youngho hyunwoo taeyang sunhee mijin`),
    last: split(`kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon`),
  },
  arabic: {
    first: split(`mohammed muhammad ahmed ali omar youssef khalid hassan hussein ibrahim mustafa tariq karim samir
      nabil walid fatima aisha maryam layla noor zainab khadija amira yasmin salma huda rania dalia hana`),
    last: split(`al-sayed haddad khalil nasser mansour hamdan abdullah rahman aziz farouk hashemi qureshi
      al-farsi al-masri al-rashid bakr saleh suleiman darwish othman karam bin-laden el-amin`),
  },
  persian: {
    first: split(`reza mehdi ali hossein amir babak dariush kourosh farhad arash shirin parisa nasrin maryam
      leila mahsa niloofar azadeh golnar roya sara yasaman behnaz`),
    last: split(`mohammadi hosseini ahmadi rezaei karimi moradi jafari rahimi hashemi sadeghi tehrani shirazi
      esfahani kazemi ghorbani najafi farahani bagheri`),
  },
  indian: {
    first: split(`aarav vivaan aditya arjun rohan rahul amit vikram sanjay suresh rajesh priya ananya aditi
      kavya pooja neha deepika lakshmi meera sunita anjali divya shreya ishaan karthik venkat srinivas
      harpreet gurpreet manpreet`),
    last: split(`sharma verma gupta patel singh kumar reddy nair iyer menon rao joshi mehta shah chatterjee
      banerjee mukherjee das bose pillai desai kapoor malhotra chopra agarwal bhat krishnan subramanian`),
  },
  african: {
    first: split(`chidi emeka ngozi chioma adaeze obinna kwame kofi ama akosua yaw abena tendai tafadzwa thabo
      sipho lerato nomvula zanele amara nia wanjiru wambui kamau otieno achieng juma baraka fatou amadou
      moussa aminata oluwaseun tunde folake abebe tigist selam dawit`),
    last: split(`okafor okonkwo adeyemi babatunde mensah asante owusu boateng moyo ndlovu dlamini nkosi khumalo
      mwangi kariuki odhiambo otieno diallo traore keita coulibaly toure haile tesfaye bekele kebede`),
  },
  vietnamese: {
    first: split(`anh binh chau dung giang hanh hoa hung khanh lan linh long mai minh nam nga ngoc phuong quang
      thanh thao thu trang tuan tuyet van vinh`),
    last: split(`nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly`),
  },
  turkish: {
    first: split(`mehmet mustafa ahmet emre burak can cem deniz elif emine ayse fatma zeynep merve ozlem selin
      serkan murat hakan kerem yusuf baris`),
    last: split(`yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
      cetin kara koc kurt ozkan simsek`),
  },
  slavic: {
    first: split(`ivan dmitri sergei alexei nikolai vladimir andrei mikhail oleg yuri olga natalia tatiana
      svetlana irina elena anastasia ekaterina piotr tomasz krzysztof agnieszka katarzyna magdalena jan
      jiri petra tereza milos dragan ana marija`),
    last: split(`ivanov petrov smirnov sokolov popov volkov kuznetsov novak kowalski nowak wisniewski wojcik
      kaminski lewandowski zielinski horvat kovac jovanovic petrovic nikolic dvorak novotny svoboda`),
  },
  nordic: {
    first: split(`lars erik anders nils sven bjorn olav magnus henrik astrid ingrid sigrid freya linnea saga
      elsa maja karin helga kari aino eero juha mikko sanna`),
    last: split(`andersson johansson karlsson nilsson eriksson larsson hansen johansen olsen pedersen nielsen
      jensen virtanen korhonen nieminen lindqvist berg dahl lund holm øberg lindgren`),
  },
};

/** Street words (lower-case) of many countries: gazetteer class `street`. */
export const streetWords = split(`
street st avenue ave av road rd boulevard blvd lane ln drive dr court ct place pl way terrace ter parkway pkwy
circle cir highway hwy square sq trail trl crescent cres close row alley plaza grove gardens mews walk wharf quay
hill ridge park view crossing loop pike path broadway expressway freeway route rte parade esplanade embankment
rue avenue allée allee chemin impasse quai cours passage faubourg bd
straße strasse str weg gasse platz allee ring damm ufer chaussee
calle avenida av avda carrera paseo plaza camino carretera ronda travesía travesia
via viale piazza corso vicolo largo strada contrada piazzale
straat laan gracht kade plein dijk singel steeg plantsoen
rua estrada travessa praça praca alameda
ulica ul aleja al
marg nagar road cross main layout colony sector chowk gali
chome chōme ban banchi gō cho machi dori
katu gatan vägen vej gade gata veien
`);

/** Unit words: gazetteer class `unit`. */
export const unitWords = split(`apt apartment suite ste unit flat floor fl room rm building bldg box po p.o c/o co
  étage etage bâtiment bat apto apartamento piso puerta planta interno scala piano wohnung whg stock zimmer
  hoog bus tower block`);

export const titleWords = split(`mr mrs ms miss mx dr prof professor sir madam dame lord lady herr frau señor señora
  sr sra srta monsieur madame mme mlle m signor signora sig dott dhr mevr shri smt sri san sensei rev father sister`);

export const calendarWords = split(`monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  today tomorrow yesterday christmas easter ramadan diwali hanukkah thanksgiving`);

/** Capitalised words and phrases that are not names or addresses (negatives for the generator). */
export const nonNames = {
  tech: split(`Python JavaScript TypeScript React Angular Vue Svelte Node Deno Docker Kubernetes Terraform AWS Azure
    Linux Windows macOS Ubuntu Debian GitHub GitLab Excel Word PowerPoint Outlook Slack Zoom Jira Confluence
    PostgreSQL MySQL MongoDB Redis Kafka Spark Hadoop Pandas NumPy PyTorch TensorFlow Rust Go Java Kotlin Swift
    Flutter Django Flask Rails Laravel Spring Express Next Nuxt Webpack Vite Chrome Firefox Safari Android iOS
    ChatGPT Claude Gemini Llama Copilot Figma Notion Salesforce SAP Oracle Tableau Bash PowerShell Vim Emacs`),
  brands: split(`Apple Google Amazon Microsoft Tesla Nike Adidas Toyota Honda Samsung Sony Netflix Spotify Uber
    Airbnb IKEA Walmart Costco Starbucks McDonald's Visa Mastercard PayPal Stripe Shopify Nvidia Intel AMD IBM
    Meta Facebook Instagram WhatsApp TikTok LinkedIn Twitter YouTube Reddit Disney Pixar Marvel Lego Nintendo`),
  phrases: [
    'Visual Studio Code', 'Google Sheets', 'Microsoft Teams', 'Amazon Web Services', 'Harvard Business Review',
    'World War II', 'New Year', 'Black Friday', 'Prime Minister', 'Supreme Court', 'European Union', 'United Nations',
    'Machine Learning', 'Data Science', 'Human Resources', 'Customer Success', 'Product Manager', 'Senior Engineer',
    'Chief Executive Officer', 'Board of Directors', 'Terms of Service', 'Privacy Policy', 'Table of Contents',
    'Main Street', 'Wall Street', 'Silicon Valley', 'Middle East', 'South America', 'Star Wars', 'Game of Thrones',
    'Stranger Things', 'The Great Gatsby', 'Harry Potter', 'Lord of the Rings', 'Premier League', 'Champions League',
    'Formula One', 'Super Bowl', 'Rest API', 'Pull Request', 'Unit Test', 'Dark Mode', 'Quick Sort', 'Big O',
  ],
  /** Capitalised words that are in some name list but, in text, usually are not names. */
  listed: split(`Sun Moon Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto One Two Three Four Five Six Seven
    Eight Nine Ten Julia Ruby Crystal Pascal Ada Haskell Erlang Elixir Dart Lua Perl Max Min Sum Count Mean Mode Range
    English Science Maths History Art Music Spring Summer Autumn Winter North South East West Grace Hope Faith Joy
    Will May June April August Mark Bill Frank Rose Lily Iris Jasmine Olive Amber Ivy Violet Hunter Mason Cooper Baker
    Taylor Carter Parker Porter Fisher Miller Smith Young King Brown White Green Black Gray Long Little Love Page Case
    Lane Chase Price Rich Hall Wood Stone Bush Cash Banks Hill Field Ford Holmes Watson Sherlock God Jesus Buddha`),
  verbsAtStart: split(`Write Explain Summarize Translate Create Generate Describe Compare List Give Help Tell Make
    Draft Fix Refactor Convert Calculate Find Show Suggest Review Rewrite Please Can Could Would Should What Why How
    When Where Which Who Is Are Do Does Given Consider Imagine Assume Thanks Hello Hi Hey Sure Okay Also However
    Then Finally First Second Next Note Remember Today Yesterday Tomorrow`),
};
