/**
 * A compact list of common given names across many cultures, lower-case. Names that are also everyday English
 * words or names of places, brands and technologies (will, may, mark, grace, jordan, taylor, julia, pascal…) are
 * left out: they would turn ordinary sentences into names.
 */
export const firstNames: ReadonlySet<string> = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick raymond
dennis jerry tyler aaron jose adam nathan henry zachary peter kyle noah ethan jeremy walter keith roger terry
sean gerald carl harold dylan arthur lawrence jesse bryan billy bruce gabriel joe logan alan juan albert willie
elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene liam oliver lucas mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly
emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia dorothy amy kathleen
angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn janet
maria catherine heather diane olivia julie joyce ruth lauren kelly christina joan evelyn judith andrea hannah
megan cheryl jacqueline martha teresa gloria sara janice ann kathryn abigail frances jean alice judy isabella
denise amber doris marilyn danielle beverly natalie theresa diana brittany kayla alexis lori tiffany ava mia
harper chloe zoe lily ella nora leah hazel violet sofia camila valentina lucia elena ana carmen marta paula alba
irene claudia raquel pilar rosa cristina beatriz alejandro carlos miguel javier francisco antonio manuel pedro
pablo sergio jorge luis alberto fernando rafael diego andres ricardo eduardo roberto mario ramon enrique emilio
hector oscar rodrigo mateo sebastian giuseppe giovanni marco luca matteo alessandro francesco lorenzo stefano
giorgio paolo simone giulia chiara francesca martina elisa silvia federica alessia hans klaus jurgen wolfgang
stefan andreas markus uwe dieter jens lukas felix maximilian leon jonas finn elias lena lea emilia sophie marie
katharina sabine petra ursula monika ingrid heike birgit pierre michel philippe alain nicolas christophe
francois laurent olivier julien sebastien antoine mathieu louis theo camille manon ines juliette margaux
nathalie isabelle sylvie valerie aurelie jan piotr tomasz pawel krzysztof andrzej marek michal katarzyna
agnieszka malgorzata magdalena joanna ewa ivan dmitri sergei alexei andrei nikolai vladimir mikhail yuri olga
natalia tatiana svetlana irina ekaterina anastasia oksana lars erik anders johan karl nils sven astrid karin
kerstin ulla sigrid freya soren henrik mikkel mohammed muhammad ahmed ali omar hassan hussein ibrahim youssef
mustafa khalid fatima aisha zainab mariam layla noor amina yasmin leila raj rahul amit arjun vikram sanjay anil
sunil rohit vijay priya ananya pooja neha kavya divya anjali deepika sunita lakshmi wei li ming hui xin yan jing
lei hao chen yang hiroshi takeshi kenji yuki haruto sakura yui hana aiko minjun seojun jiwoo minji seoyeon jisoo
kwame kofi chinedu emeka oluwaseun tunde amara chiamaka ngozi abena sam alex chris jamie casey riley avery quinn
alexandra carla magnus kristen erin brad abby gladys shane stephan josef lina lara jana marisa rebeca mette
katrine nikolaj zuzana eva alma vilma liisa luiza matheus rolando thaddeus benito tracy cormac bertram halldor
tomas agnes beatrice bianca birgitta britta camilla cecilia clara cornelia dagmar daniela dora edith elsa emilie
erika eszter fanny gabriela gertrud greta gudrun hedda helga henrietta ilse ingeborg johanna jolanta judit
karolina klara kristina lene liv lotte lucie ludmila madeleine malin margit marianne marketa mathilde mirjam
nadia nadja natasha nina noemi ottilie paulina pia ramona renata rita ronja rut sabina sanna signe silke simona
sonja stina susanne svenja tamara tereza thea tove ulrike vanessa vera veronika wilhelmina yvonne zofia zsofia
adrian albin aleksander alessio anatol andrej anton armin arne arvid axel bastian bela benedikt bernd bjorn
boris bruno casimir cedric constantin dario detlef dominik edvard egon emil enzo erling ewald fabian fabio filip
florian frederik gaspard georg gerhard gottfried gunnar gustav hakon harald heinrich helmut henning horst hubert
igor ingo ivo jakob janos jaroslav jiri joachim johannes jorgen jozef karel kaspar kjell konrad kristian laszlo
leopold lennart linus lorenz lothar ludwig manfred marcel marius mats mattias milos miroslav nikola niklas olaf
oskar otto patrik pavel pekka radek rainer reinhard rolf ruben rudolf sandor sigurd silvio simon sindre snorre
stanislav sune sverre tadeusz thorsten tibor timo tobias torben torsten ulf valentin vaclav viktor vilhelm
vladislav werner wilhelm wojciech yannick zoltan abdul abdullah adnan ahmad amir anwar ayman bilal farid faisal
hamza hamid imran jamal karim kareem khalil mahmoud malik mansour nabil nasser rashid salim samir tariq walid
yasin yusuf zaid aylin elif emine esra fatma hatice merve zeynep ayse emre mehmet murat burak cem kemal serkan
volkan ozan akira daiki haruki hideo hiroko kazuki keiko kenta masato naoki naomi riku ryota shota takumi yoko
yuto yumi hyun jisung jiwon minho seo-yeon sungmin yejin aarav aditya akash anand arun ashok deepak ganesh
harish karthik krishna manish mohan naveen nikhil pradeep rajesh ramesh ravi sachin sandeep suresh varun vinod
anita asha bhavna geeta kiran lata meera nisha radha rani rekha ritu sapna seema shreya sneha swati usha adebayo
chidi chukwuma femi folake ifeoma kemi nnamdi obinna segun thabo themba sipho zanele lerato aurelio catalina
conchita consuelo dolores esperanza fernanda graciela guadalupe josefina leticia lourdes manuela marisol
milagros nuria rocio soledad yolanda agustin alfonso alvaro armando arturo cesar domingo efrain esteban felipe
gonzalo guillermo gustavo ignacio joaquin julio marcelo mauricio octavio raul ulises vicente xavier joao
thiago rafaela
`.split(/\s+/).filter((name) => name.length > 0));
