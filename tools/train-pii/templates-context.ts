/**
 * More sentence shapes, written for this tool, where a name or an address sits inside running text with no cue word
 * or form label: names after verbs and prepositions (with, by, for, of, about, starring, called), names in lists
 * ("A, B and C"), a given name or a surname alone, a name opening the sentence, story and meeting prose, quotes,
 * and addresses inside sentences (on, at, to, near, between). Same placeholders as templates.ts, plus {L} a
 * family name alone, {SN} a street name without a number and {U} an apartment, flat or suite alone ("Apt 4B"), both labelled
 * STREET_ADDRESS.
 * Real users' requests name people this way far more often than in "Name: …" forms.
 */

/** People inside running text: one or more names, often a single given name or surname. */
export const personContextTemplates = [
  // After verbs and prepositions, mid-sentence.
  'I went to the cinema with {F} and {F} on Saturday.', 'can you write a poem for {F} about the sea', 'I need advice about {F}, my roommate.',
  'the meeting with {P} went badly', 'a song by {P} came on the radio', 'the new biography of {P} is out', 'a portrait of {P} hangs in the hall',
  'We are hosting a dinner for {P} and her husband.', 'the novel follows {F}, a young nurse in {C}', 'a film starring {P} and {P}',
  'the company was founded by {P} in 1998', 'its founders, {P} and {P}, met at university', 'a startup co-founded by {L} and {L}',
  'the lead role was played by {P}', 'a painting attributed to {P}', 'a letter written by {P} to {P}', 'quotes from {P} about leadership',
  'I keep thinking about {F}', 'we are naming the baby {F}', 'our dog is called {F}', 'a girl named {F} moved in next door',
  'a man called {P} phoned the office', 'her friend {F} says hi', 'my colleague {L} disagrees', 'the tutor, {P}, was patient',
  'I am writing on behalf of {P}.', 'the complaint filed against {P} was dropped', 'a lawsuit between {P} and {CO}', 'as told to {P}',
  'the award went to {P} this year', 'a speech given by {T} at the ceremony', 'a present from {F} and {F}', 'a chat between {F} and {F}',
  'an interview {P} gave in 2015', 'the house belongs to {P}', 'I owe {F} 50 dollars', 'a debate between {L} and {L}',
  'the theory proposed by {L} in 1905', 'an essay comparing {L} and {L}', 'a paper co-authored with {P}', 'the recipe from {F}\'s grandmother',
  'play the role of {P}, a detective', 'pretend you are {P} and answer as her', 'write in the style of {P}', 'explain it as {P} would',
  // Names opening a sentence or a line.
  '{F} called while you were out.', '{F} is allergic to peanuts.', '{L} will chair the session.', '{P} won the election by a narrow margin.',
  '{F} and I are planning a trip to {C}.', '{F}, can you check the numbers?', '{F} - please send me the slides.', '{P} has been promoted.',
  '{F} thinks we should wait.', '{L} replied within the hour.', '{F} loves jazz and old films.', '{P} was seen leaving at noon.',
  '{F} says the printer is broken again.', '{P} disagreed with the verdict.', '{L} has left the company.', '{F} here, quick question.',
  // Lists of names.
  'the team: {P}, {P}, {P} and {P}', 'attendees were {F}, {F}, {F} and {F}', '{F}, {F} and {F} will share the prize',
  'invite {F}, {F}, and {F}', 'players: {L}, {L}, {L}', 'the shortlist is {P}, {P} or {P}', 'both {F} and {F} agreed',
  'neither {F} nor {F} replied', 'either {L} or {L} will do it', '{F} & {F}', '{P} and {P} divorced last year', 'from {F} to {F}',
  'seat {F} next to {F} and far from {F}', 'split the bill between {F}, {F} and me', 'me, {F} and {F} are going',
  // Quotes and reported speech.
  '"We will win," says {P}.', '"Not today," said {F}.', 'as {P} once said, "simplicity is the ultimate sophistication"',
  '{P} said that the plan was ready.', 'according to {L}, the results were wrong', '{F} told me that {F} had quit', 'I heard from {F} that you moved',
  // Stories and meeting notes.
  'Write a short story about {F}, a girl who can talk to birds, and her brother {F}.', 'Once upon a time, {F} lived in a small village.',
  'In the story, {F} meets {F} at a train station.', 'Action items: {F} to update the budget, {F} to book the venue.',
  'Notes: {L} presented Q3 results; {L} asked about hiring.', '{F} suggested moving the launch; {F} objected.',
  'Dialogue between {F} and {F} at a coffee shop:', '{F}: how was your weekend?\n{F}: great, thanks!',
  'characters: {P} (the hero), {P} (the villain)', 'my parents {F} and {F} are retiring', 'my kids {F} and {F} fight all the time',
  // Names in otherwise technical or business text.
  'the ticket was assigned to {F} yesterday', 'PR reviewed by {L}', 'ping {F} if the build fails', 'owner {P}, due {D}',
  'the invoice for {P} is overdue', 'please add {P} to the mailing list', 'remove {F} from the group chat', 'schedule {F} for the night shift',
  'patient {L} was discharged', 'the defendant, {P}, pleaded not guilty', 'client {P} wants a refund', 'the tenant {P} has not paid rent',
  'a reference letter for my student {P}', 'my manager {F} rejected my leave request', 'a thank-you note to {T}',
  'the wedding of {F} and {F}', 'the {L} family reunion', 'the {L} account', 'happy birthday to my friend {F}!', 'RIP {P}',
];

/** Addresses inside running text, and street names without a number. */
export const addressContextTemplates = [
  'there is a new cafe on {A}', 'the accident happened on {A} last night', 'we live on {A} near the park', 'turn left at {A}',
  'she moved from {C} to {A}', 'the parcel went to {A} instead of my flat', 'can you find a pharmacy near {A}?', 'how do I get to {A} by bus?',
  'the distance between {A} and {A}', 'is parking allowed outside {A}?', 'rent a room at {A} for two weeks', 'my grandmother lives at {A}.',
  'both {A} and {A} are listed in the deed', 'the flat is {A}, third door on the left', 'the school is {A}', 'our old house, {A}, was sold',
  'book a taxi from {A} to the airport', 'there is a leak in the flat at {A}', 'what is the postcode for {A}?', 'the event moved to {A}',
  'send flowers to {P} at {A}', 'invoice {P}, {A}', 'I grew up at {A} in the nineties', '{A} - ring the bell twice',
  'I am in {U} if you need me', 'my apartment is {U}', 'leave it at the door of {U}', 'the leak is in {U} again',
  'which floor is {U} on?', 'the tenant of {U} complained', 'mail for {U} goes to the front desk', 'I moved into {U} in March',
  'I live on {SN}', 'the bakery on {SN} closed down', 'turn right onto {SN}', 'we used to live on {SN} in {C}',
  'there is roadwork on {SN} all week', '{SN} is closed for the marathon', 'my office is on {SN}, near the station',
  'she grew up on {SN}', 'is {SN} a safe area to live?', 'noise complaint about a bar on {SN}',
];
