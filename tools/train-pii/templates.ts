/**
 * Sentence templates in the shapes people write: chat requests, letters, forms, lists, CSV rows, signatures, code,
 * and negatives (capitalised non-names, street-like phrases, numbers). Placeholders:
 * {P} a person ({F} given name only, {T} title + surname), {A} an address on one line, {AB} an address block;
 * labelled O: {C} city, {CO} company, {CT} country, {R} region, {J} job title, {S} a street name without number,
 * {NN} a product or technology, {X} a Title Case thing (product, car, breed, dish, song), {PH} a capitalised phrase, {N} a number, {D} a date, {EM} an e-mail, {TEL} a phone.
 */

/** Requests and prose with people in them (most without a cue word). */
export const personTemplates = [
  'write a birthday message for {P}', 'can you email {P} about the meeting on {D}?', 'draft a reply to {P} saying I accept the offer',
  'remind me to call {P} tomorrow', '{P} asked me to send the report by Friday', 'tell {F} I will be late',
  'what should I get {P} for her birthday?', 'my coworker {P} keeps taking credit for my work, how do I handle it?',
  'summarize this email from {P}:', 'please translate this note to {P} into Spanish', 'I had lunch with {P} yesterday',
  '{P} and {P} are getting married in {C} next June. Write a toast.', 'Write a recommendation letter for {P}, who worked as a {J} at {CO}.',
  'Thanks {F}!', 'Hi {F}, thanks for the update.', 'Hello {P},', 'cc {P} and {P}', 'forward this to {P} please',
  'meeting notes: {P} presented the roadmap, {P} raised concerns about the budget.', 'ask {F} whether the contract was signed',
  'According to {P}, the results were promising.', '{P} was born in {C} in 1984 and studied law.', 'The report was prepared by {P} ({J}).',
  'I need to write a condolence card to {P}, whose father passed away.', 'how do I tell {P} that I am quitting?',
  'My daughter {F} is 7 and loves dinosaurs. Write a bedtime story about her.', 'my husband {P} snores, any tips?',
  'Interview with {P}, {J} at {CO}', 'Can you schedule a call with {P} and {T} next week?', 'Patient {P} reports chest pain since Monday.',
  'Please review the contract between {CO} and {P}.', '{T} will see you at 3 pm.', 'I spoke with {T} about the invoice.',
  'is {P} available on {D}?', 'The winner is {P}!', 'Congratulations to {P} on the promotion.', 'send my regards to {F} and the kids',
  '{F} said the package arrived damaged', 'Our new hire {P} starts on {D}.', 'Assigned to: {P}', 'Reviewed-by: {P}',
  'Author: {P}', 'Owner: {P}', 'Contact person: {P}', 'Customer: {P}', 'Employee: {P} (ID {N})', 'From: {P}', 'To: {P}',
  'what does {P} mean when she says that?', 'I think {F} is upset with me', 'rewrite this text message to {F}: hey are we still on for tonight',
  'Story idea: {P}, a retired {J}, finds a letter in the attic.', '{P} - {J}', 'In 2019, {P} joined {CO} as {J}.',
  'We thank {P} and {P} for their help with this study.', 'Dear {T},', 'Dear {P},', 'Best regards, {P}', 'Kind regards,\n{P}',
  'Cheers,\n{F}', 'Sincerely,\n{P}\n{J}\n{CO}', 'Signed: {P}', 'Witness: {P}', 'Tenant: {P}', 'Landlord: {P}',
  'Driver {P} was not at fault.', 'the account belongs to {P}', 'Bill to {P}', 'Attn: {P}', 'Ref: call with {P} on {D}',
  'my name is {P} and I need help with my tax return', "I'm {P}, a {J} from {C}.", 'this is {F} from accounting',
  'hey its {F} again', 'Invite {P}, {P} and {P} to the review.', '{P}, {P}, {P}', 'Guest list: {P}; {P}; {P}',
  "{F}'s mother called", "I borrowed {P}'s car", 'Happy anniversary {F} and {F}!', 'Prepare a CV for {P}, {J}.',
  'Who is {P}?', 'ask {P} for the password', "{P}'s phone number is {TEL}", 'email {P} at {EM}',
  '{P} works at {CO} in {C}.', '{P} is a {J} at {CO}.', '{CO} hired {P} as {J}.', '{P} from {CO} called.',
  'I met {P} at the {CO} office in {C}.', '{P} ({J}, {CO})', '{P} left {CO} in 2021.', 'Contact {P} at {CO}.',
  'Please ask {F} from {CO} to call me.', 'Our {J}, {P}, will join the call.', '{F} is {N} years old.', "{F}'s birthday is on {D}.",
  'My friend {F} lives in {C}.', '{F} and I went to {C}.', 'Did {F} reply?', 'Thanks to {F} for the help!', 'I love you {F}',
  '{F} wants to know if the flight is delayed', 'Is {F} coming to the party?', 'Call {F}.', 'Text {F}: running late',
  'The {F} family moved to {C}.', '{T} is our new {J}.', 'Please contact {T} regarding your claim.', '{F} {N}',
  'Nominee: {P}', 'Passenger name: {P}', 'Full name: {P}', 'Account holder: {P}', 'Beneficiary - {P}', 'Ordered by {P}',
  '{P} wrote on {D}:', 'On {D}, {P} wrote:', '> {F}: sounds good', '[{D}] {F}: can you check this?', '@{F} can you review?',
];

/** Text with addresses (with and without cue words). */
export const addressTemplates = [
  'my address is {A}', 'ship it to {A}', 'please send the invoice to {A}', 'I live at {A}', 'we moved to {A} last month',
  'the office is at {A}', 'meet me at {A} at 6', 'deliver to {A}', 'Address: {A}', 'Shipping address: {A}', 'Billing address:\n{AB}',
  'Home address: {A}', 'Return address: {AB}', 'the property at {A} is for sale', '{A} is a two-bedroom flat',
  'Is {A} in a flood zone?', 'how far is {A} from the airport?', 'our new store opens at {A} on {D}', 'Venue: {A}',
  'Location: {A}', 'Pick-up: {A}', 'Drop-off: {A}', 'rent for {A} is due on the 1st', 'The lease for {A} ends in May.',
  'write a complaint to the landlord of {A} about the heating', 'Send the keys to {AB}', 'Mailing address\n{AB}', '{AB}',
  'The package is stuck at {A}.', 'change my address to {A}', 'our warehouse: {A}', 'registered office: {A}',
  'I was born at {A}', 'there was a fire at {A} last night', 'the party is at {A}, bring snacks', 'Anschrift: {A}',
  'Adresse : {A}', 'Dirección: {A}', 'Indirizzo: {A}', 'Adres: {A}', 'c/o {P}, {A}', 'please forward mail from {A} to {A}',
];

/** Records, letters and rows with both. */
export const recordTemplates = [
  'Name: {P}\nAddress: {A}\nPhone: {TEL}', 'Name: {P}\nEmail: {EM}\nCity: {C}', '{P}\n{AB}', 'To:\n{P}\n{AB}',
  'From: {P}, {A}', '{P}, {A}', '{N},{P},{EM},{C}', '{P};{A};{TEL}', '"{P}","{A}","{C}"', '| {P} | {J} | {C} |',
  '- {P}, {A}', '{P} ({A})', 'Dear {T},\n\nThank you for your letter of {D}.\n\nYours sincerely,\n{P}',
  '{P}\n{J}\n{CO}\n{A}\n{TEL}', 'Patient: {P}\nDOB: {D}\nAddress: {A}', 'Recipient: {P}, {A}', 'Sender: {P}\n{AB}',
  'Please update the record for {P}: new address {A}.', '{P} lives at {A} with her two sons.', '{P} moved from {A} to {A}.',
  'The parcel for {P} at {A} was returned.', 'Emergency contact: {P}, {TEL}', 'Customer {P} ({EM}) ordered item {N}.',
  'user = {"name": "{P}", "address": "{A}"}', 'INSERT INTO customers (name, city) VALUES (\'{P}\', \'{C}\');',
  '{"customer": "{P}", "email": "{EM}", "city": "{C}"}', 'name,street,city\n{P},{A}\n{P},{A}',
];

/** No PERSON and no STREET_ADDRESS in these (all O). */
export const negativeTemplates = [
  'Write a Python function that sorts a list of {N} numbers.', 'Explain the difference between {NN} and {NN}.',
  'What is the capital of {CT}?', 'I am flying to {C} next week, what should I pack?', 'What is the weather like in {C} in {D}?',
  'Compare {CO} and {CO} as employers.', 'How do I become a {J}?', 'Summarize the history of {CT} in 200 words.',
  'Translate "good morning" into {NN}.', 'Our team uses {NN} and {NN} for deployment.', 'The {PH} meeting is on {D}.',
  'Best restaurants in {C}?', 'Plan a 5-day trip to {C} and {C}.', 'Is {CO} a good stock to buy?', 'The {R} office will close early.',
  'Take the main road and turn left after the bridge.', 'They live down the street from the school.', 'the road to success is long',
  'Head north on the highway for 20 miles.', 'There are 12 streets in the old town.', 'We walked along the river path.',
  'Main Street businesses are struggling.', 'He works on Wall Street.', 'Route {N} of the API returns 404.',
  'Order {N} shipped on {D}.', 'Version {N} fixes 3 bugs.', 'Chapter 12: The Way Forward', 'Section 4.2 describes the main loop.',
  'Room 101 is on the second floor.', 'Call 911 if you see smoke.', 'It costs $45 per month.', 'Step 3: add 200 g of flour.',
  'The {PH} is a great read.', 'I finished {PH} last night.', '{NN} released a new version on {D}.', 'Happy New Year from all of us at {CO}!',
  'The conference takes place in {C}, {CT}.', 'She moved to {C} in 2019.', 'Sales in {R} grew by 12%.', '{CO} acquired {CO} for $2 billion.',
  'Please review the pull request.', 'Monday: gym. Tuesday: piano. Wednesday: rest.', 'Give me 10 ideas for a {NN} project.',
  'The Park Avenue style apartment is a myth.', 'Write a haiku about autumn.', 'Why is the sky blue?', 'List 5 facts about {CT}.',
  'Rank these cities by population: {C}, {C}, {C}.', '{J} wanted at {CO} in {C}.', 'I work as a {J}.', 'The {CO} Foundation funds research.',
  'Customer Success team update', 'Thank you for contacting {CO} support.', 'The Grand Hotel on the lake is lovely.',
  'Which is better for data science, {NN} or {NN}?', 'Solve 3x + 5 = 20.', 'What happened in {D}?', 'Convert 5 miles to km.',
  'Our {PH} team meets every Tuesday.', 'He plays for {C} United.', 'See you in {C}!', 'Best hikes near {C}',
  'The train from {C} to {C} takes 4 hours.', 'Is {C} safe at night?', 'Visit the {C} Museum of Art.', '{C} Central Station',
  'I work at {CO}.', '{CO} is hiring a {J}.', 'Reach out to {CO} support.', 'Send it to {CO}.', '{CO}, {C}', '{CO} ({CT})',
  'The contract with {CO} ends in {D}.', 'We switched from {CO} to {CO}.', '{CO} reported record profits.', 'Shares of {CO} fell 5%.',
  'She is the {J} of {CO}.', 'Job title: {J}', 'Company: {CO}', 'City: {C}', 'Country: {CT}', 'State: {R}', 'Department: {J}',
  'Our {J} will contact you.', 'The {J} approved it.', 'I am {N} years old and live in {C}.', 'He is {N} and from {CT}.',
  'The {C} branch of {CO} opened on {D}.', 'Flights from {C} to {C} on {D}', 'Population of {C}, {R}?',
  'I love {X}.', 'Is {X} good for kids?', 'Write a review of {X}.', '{X} is on sale this week.', 'We had {X} for dinner.',
  'Compare {X} with {X}.', 'My favourite is {X}.', '{X} and {X} are quite similar.', 'Where can I buy {X}?',
  'Tell me about {X}.', 'I listened to {X} on repeat.', 'Our {X} needs a vet visit.', 'The {X} is in the {C} store.',
  'Give me a recipe for {X}.', 'Recommend something like {X}', 'How much does {X} cost in {CT}?',
];

/** Code (negatives unless a person or address sits in a string literal: templates above cover those). */
export const codeTemplates = [
  'def get_user(user_id):\n    return db.query(User).filter(User.id == user_id).first()',
  'const firstName = user.firstName ?? "";\nconst lastName = user.lastName ?? "";',
  'class PersonSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Person\n        fields = ["first_name", "last_name", "street_address"]',
  'SELECT name, street, city FROM customers WHERE country = \'{CT}\' ORDER BY name;',
  'import React, { useState } from "react";\nexport default function AddressForm({ onSubmit }) {',
  'for (let i = 0; i < rows.length; i++) {\n  total += rows[i].amount;\n}',
  'Traceback (most recent call last):\n  File "main.py", line {N}, in <module>\n    main()\nValueError: invalid literal',
  'git commit -m "Fix address validation in CheckoutForm"', 'npm install --save-dev @types/node',
  'public class OrderService {\n    private final OrderRepository repository;\n}', 'docker run -p 8080:80 nginx:latest',
  'street_address = models.CharField(max_length=255)\ncity = models.CharField(max_length=100)',
  'interface Customer { name: string; address: Address; phone?: string }', 'SELECT * FROM orders WHERE id = {N};',
  'if (person.age >= 18) { console.log(`${person.name} can vote`); }', '#include <stdio.h>\nint main(void) { return 0; }',
  'func (s *Server) HandleUser(w http.ResponseWriter, r *http.Request) {', 'kubectl get pods -n production',
  'let mut names: Vec<String> = Vec::new();', 'export const MainStreet = styled.div`display: flex;`;',
  'def parse_address(line: str) -> Address:\n    parts = line.split(",")\n    return Address(*parts)',
  '<div class="user-card"><span>{{ user.fullName }}</span></div>', 'UPDATE users SET last_login = NOW() WHERE id = {N};',
  'const Road = require("./road"); const Street = new Road({ lanes: 2 });', 'Error: Cannot find module \'express\'',
];
