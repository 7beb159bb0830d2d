/**
 * A compact list of common given names across many cultures, lower-case. Names that are also everyday English
 * words (will, may, mark, grace, rose, bill…) are left out: they would turn ordinary sentences into names.
 */
export const firstNames: ReadonlySet<string> = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick raymond dennis jerry
tyler aaron jose adam nathan henry zachary peter kyle noah ethan jeremy walter christian keith roger
terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan
juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene liam oliver lucas
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia dorothy amy
kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn
janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn
judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia
frances jean alice judy isabella julia denise amber doris marilyn danielle beverly charlotte natalie theresa diana
brittany kayla alexis lori tiffany ava mia harper chloe zoe lily ella aria nora leah hazel violet aurora sofia
camila valentina lucia elena ana carmen laura marta paula alba irene claudia raquel pilar rosa cristina beatriz
alejandro carlos miguel javier francisco antonio manuel pedro pablo sergio jorge luis alberto fernando rafael
diego andres ricardo eduardo roberto mario ramon enrique emilio hector oscar rodrigo santiago mateo sebastian
giuseppe giovanni marco luca matteo alessandro andrea francesco lorenzo stefano giorgio paolo roberto simone
giulia chiara francesca sara martina elisa silvia valentina federica alessia
hans peter klaus jurgen wolfgang stefan michael thomas andreas markus uwe dieter jens lukas felix maximilian
leon jonas paul finn elias anna lena lea hannah mia emilia sophie marie laura katharina julia sabine petra ursula
monika ingrid heike birgit
jean pierre michel philippe alain nicolas christophe francois laurent olivier julien sebastien antoine mathieu
louis hugo theo camille manon chloe lea ines juliette margaux sophie nathalie isabelle sylvie valerie aurelie
jan piotr tomasz pawel krzysztof andrzej marek michal katarzyna agnieszka malgorzata magdalena joanna ewa
ivan dmitri sergei alexei andrei nikolai vladimir mikhail yuri olga natalia tatiana svetlana irina ekaterina
anastasia elena oksana
lars erik anders johan karl nils per sven ingrid astrid karin kerstin ulla sigrid freya soren henrik mikkel
mohammed muhammad ahmed ali omar hassan hussein ibrahim youssef mustafa khalid fatima aisha zainab mariam layla
noor amina yasmin leila
raj rahul amit arjun vikram sanjay anil sunil rohit vijay priya ananya pooja neha kavya divya anjali deepika
sunita lakshmi
wei jun li ming hui xin yan jing lei hao chen yang hiroshi takeshi kenji yuki haruto sakura yui hana aiko
minjun seojun jiwoo minji seoyeon jisoo
kwame kofi chinedu emeka oluwaseun tunde amara chiamaka ngozi abena
sam alex chris jamie taylor morgan casey riley avery quinn
`.split(/\s+/).filter((name) => name.length > 0));
