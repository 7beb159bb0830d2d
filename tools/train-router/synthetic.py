"""Prompts written here from templates, covering task types the public sets lack and, for each task, both
easy requests (weak model is fine) and demanding ones (strong model), so length alone does not decide."""

LANGS = ["French", "Spanish", "German", "Italian", "Japanese", "Portuguese", "Dutch", "Korean", "Polish", "Turkish"]
PHRASES = ["where is the train station", "good morning, how are you", "I would like a coffee please",
           "the meeting is moved to Friday", "thank you for your help", "how much does this cost",
           "my flight was cancelled", "can you recommend a restaurant", "happy birthday", "I am learning to cook",
           "please close the door", "the weather is nice today", "see you tomorrow", "I lost my keys"]
FOREIGN = ["je ne sais pas", "hasta luego", "danke schön", "buongiorno", "obrigado", "arigatou gozaimasu",
           "wie geht es dir", "c'est la vie", "lo siento", "bon appétit"]
REVIEWS = ["Absolutely loved the new update!", "The battery died after two hours.", "Great service, friendly staff.",
           "Worst pizza I have ever had.", "It works, nothing special.", "Shipping took forever and the box was crushed.",
           "Best purchase this year, highly recommend.", "The app keeps crashing when I open settings."]
HEADLINES = ["Local team wins the championship after overtime thriller", "New chip promises faster laptops",
             "Parliament passes the budget after long debate", "Scientists discover water ice on a distant moon",
             "Stock markets fall as interest rates rise", "Popular singer announces world tour"]
TOPICS = ["the ocean", "autumn leaves", "a lost cat", "coffee", "the city at night", "friendship", "rain",
          "a robot learning to paint", "mountains", "a first day at school", "the moon", "old libraries"]
COUNTRIES = ["France", "Japan", "Brazil", "Canada", "Kenya", "Norway", "India", "Australia", "Mexico", "Egypt"]
FACTS = ["What is the boiling point of water at sea level?", "Who wrote Pride and Prejudice?",
         "How many legs does a spider have?", "What is the largest planet in our solar system?",
         "When did the Berlin Wall fall?", "What does DNA stand for?", "Who painted the Mona Lisa?",
         "What is the chemical symbol for gold?", "How far is the moon from the earth?",
         "What language is spoken in Brazil?", "What is photosynthesis?", "Who invented the telephone?"]
SYSTEMS = ["a rate limiter for a multi-tenant API gateway", "a globally distributed key-value store",
           "a real-time collaborative text editor", "a payment processing pipeline with exactly-once semantics",
           "a recommendation engine for a streaming service", "a log ingestion system handling 2 TB per day",
           "a ride-sharing dispatch service", "an offline-first mobile sync protocol",
           "a feature flag service used by 200 microservices", "a search index for 1 billion documents"]
HARD_MATH = ["Prove that the square root of {n} is irrational.", "Prove that there are infinitely many primes of the form 4k+3.",
             "Find all integer solutions of x^2 - {n}y^2 = 1 and explain the method.",
             "Show that every group of order {p2} is abelian.", "Compute the integral of x^{k} e^(-x) from 0 to infinity and justify each step.",
             "Prove by induction that the sum of the first n cubes equals the square of the sum of the first n integers.",
             "Let f be continuous on [0,1] with f(0)=f(1). Prove there exist x, y with |x-y|=1/{k} and f(x)=f(y).",
             "Derive the closed form of the Fibonacci sequence using generating functions and prove it is correct.",
             "What is the expected number of rolls of a fair die until the sum exceeds {n}? Derive it rigorously.",
             "Determine the eigenvalues of the {k}x{k} matrix with 2 on the diagonal and -1 on the off-diagonals, with proof."]
HARD_CODE = ["Implement a lock-free concurrent hash map in {lang} with resizing, and explain the memory ordering you rely on.",
             "Write a complete {lang} implementation of {system}, with tests, error handling and a README.",
             "Refactor this legacy {lang} module into clean architecture layers, keep behaviour identical, and add property-based tests.",
             "Write a compiler front end in {lang} for a small language with closures: lexer, Pratt parser, type checker and error recovery.",
             "Find and fix the race condition in my {lang} worker pool that deadlocks under load, then explain why it happened and how to test for it.",
             "Write a {lang} asyncio web crawler with politeness delays per domain, robots.txt support, retries with exponential backoff and a bounded queue."]
EASY_CODE = ["Write a {lang} function that reverses a string.", "How do I read a file line by line in {lang}?",
             "What does this {lang} error mean: index out of range?", "Write a {lang} one-liner to sum a list of numbers.",
             "How do I sort a dictionary by value in Python?", "Convert this for loop to a list comprehension: for x in xs: out.append(x*2)",
             "What is the difference between let and const in JavaScript?", "Write a SQL query that counts rows per country.",
             "How do I make a git branch?", "Write a regex that matches an email address."]
CODE_LANGS = ["Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#"]
HARD_REASON = ["Design {system} serving {n}k requests per second across 3 regions, compare at least three approaches, and describe failure behaviour during a network partition.",
               "Compare the long-term economic effects of {a} and {b}, use specific historical episodes, and evaluate what the evidence says about inequality.",
               "Analyze the trade-offs between {a} and {b} for a company of {n} engineers, and recommend a migration plan with risks and milestones.",
               "Evaluate the strongest arguments for and against {a}, steelman both sides, and explain which evidence would change your mind.",
               "Create a 12-week plan to {goal}, with phases, weekly milestones, risks, and the reasoning behind each phase.",
               "A detective has five suspects; each makes two statements, exactly one of which is true. Work out who is guilty step by step: {puzzle}"]
EASY_REASON = ["If all cats are animals and Tom is a cat, is Tom an animal?", "Which is heavier, a kilo of feathers or a kilo of steel?",
               "If today is Monday, what day is it in three days?", "Is it a good idea to bring an umbrella if it is cloudy?",
               "Should I take the bus or walk 500 meters?", "What comes next: 2, 4, 6, 8?"]
PAIRS = [("monetary and fiscal policy", "supply-side reforms"), ("microservices", "a modular monolith"),
         ("nuclear power", "solar with storage"), ("remote work", "office work"), ("quantitative easing", "negative interest rates"),
         ("event sourcing", "CRUD with audit tables"), ("universal basic income", "targeted welfare")]
GOALS = ["run a first marathon", "learn conversational Spanish", "launch a SaaS product", "pass the bar exam", "rebuild a data platform"]
ENTITIES = ["names", "dates", "city names", "email addresses", "prices", "company names", "phone numbers"]
UNITS = [("km", "miles"), ("kg", "pounds"), ("celsius", "fahrenheit"), ("liters", "gallons"), ("hours", "minutes"),
         ("GB", "MB"), ("feet", "meters"), ("mph", "km/h")]


GREETINGS = ["good morning", "good night", "hi", "hello", "hey", "thanks", "thank you", "ok thanks", "thanks bye",
             "bye", "see you", "cool, thanks", "ok cool", "night night", "morning", "yo", "great, thank you", "cheers",
             "how's it going", "nice", "have a good day", "ok bye", "awesome thanks", "sounds good"]
SMILEYS = ["", "!", "!!", " :)", " :-)", " :D", " ;)", " <3", " 😊", " 👍", "...", " lol", " haha", "?", " xx"]
MODERATION = ["Does this comment contain a threat? '{t}'", "Is this message offensive? '{t}'", "Is this review fake or genuine? '{t}'",
              "Flag whether this post breaks the rules: '{t}'", "Does this email look like phishing? '{t}'"]
DEBUG = ["Why does my {lang} build fail with exit code 1 after upgrading the compiler?",
         "My CI job says 403 when it pushes the docker image, what is wrong with the token setup?",
         "Why does my deploy fail? The logs say permission denied on /var/run/docker.sock.",
         "How do I fix 'module not found' in my {lang} project?", "My {lang} tests pass locally but fail in CI, how do I debug that?"]


def _chat(rng):
    text = rng.choice(GREETINGS) + rng.choice(SMILEYS)
    return text.capitalize() if rng.random() < 0.3 else text


def _arith(rng):
    a, b, n = rng.randint(2, 999), rng.randint(2, 99), rng.randint(1, 500)
    return rng.choice([f"what is {a} + {b}", f"{a} * {b}", f"calculate {b}% of {n}", f"What's {a} divided by {b}?",
                       f"{a} - {b} = ?", f"square root of {n}", f"what is {b} to the power of 3",
                       f"convert {n} {rng.choice(UNITS)[0]} to {rng.choice(UNITS)[1]}",
                       f"How many minutes are in {b} hours?", f"what's 15% tip on ${n}", f"({a} + {b}) * 2"])


def _passage(rng, pool, k):
    return " ".join(rng.choice(pool) for _ in range(k))


def generate(rng, pool, n_per_task):
    out = []
    for _ in range(n_per_task):
        lang = rng.choice(LANGS)
        text = rng.choice(pool)
        long_text = _passage(rng, pool, rng.randint(3, 6))
        out.append((_arith(rng), "arithmetic", 0.02))
        out.append((_chat(rng), "chitchat", 0.02))
        out.append((rng.choice(MODERATION).format(t=rng.choice(REVIEWS)), "classification", 0.1))
        out.append((rng.choice(DEBUG).format(lang=rng.choice(CODE_LANGS)), "code", 0.5))
        out.append((rng.choice([f"Translate '{rng.choice(PHRASES)}' into {lang}.", f"How do you say '{rng.choice(PHRASES)}' in {lang}?",
                                f"What does '{rng.choice(FOREIGN)}' mean in English?", f"{lang} for '{rng.choice(PHRASES)}'?",
                                f"Translate to {lang}: {text}"]), "translation", 0.1))
        out.append((f"Translate the following contract clause into {lang}, keeping the legal register and defined terms consistent, "
                    f"and add translator's notes where the legal concepts differ between jurisdictions: {long_text}", "translation", 0.7))
        out.append((rng.choice([f"Positive or negative: '{rng.choice(REVIEWS)}'", f"Classify the sentiment of this review: {rng.choice(REVIEWS)}",
                                f"Which category fits this headline: sports, politics, tech, science or entertainment? '{rng.choice(HEADLINES)}'",
                                f"Is this email spam? 'Congratulations, you won a free cruise, click here to claim.'",
                                f"Label this comment as toxic or not toxic: '{rng.choice(REVIEWS)}'", f"Tag the topic of: {text}"]), "classification", 0.08))
        out.append((rng.choice([f"Summarize this: {text}", f"TL;DR in one line: '{text}'", f"Give me a one-sentence summary of: {long_text}",
                                f"Summarize the key points:\n{long_text}"]), "summarization", 0.15))
        out.append((f"Write a critical executive summary of the following report that compares its arguments, identifies unstated "
                    f"assumptions and weak evidence, and recommends next steps: {long_text}", "summarization", 0.7))
        out.append((rng.choice([f"Extract all the {rng.choice(ENTITIES)} from: '{text}'", f"Pull out the {rng.choice(ENTITIES)}: '{text}'",
                                f"List the {rng.choice(ENTITIES)} mentioned in this text as JSON: {text}",
                                f"Pull out the city names: 'We flew from Lisbon to Oslo via Paris.'"]), "extraction", 0.1))
        out.append((rng.choice([f"Fix the grammar: '{text}'", f"Rewrite this more formally: {text}", f"Paraphrase: {text}",
                                f"Make this a numbered list: plan, build, test, ship", f"Make this shorter: {text}",
                                f"Fix the typo: 'Teh report is attached.'", f"Rewrite this email to sound friendlier: {text}"]), "rewriting", 0.1))
        out.append((rng.choice(FACTS + [f"What is the capital of {rng.choice(COUNTRIES)}?", f"What currency does {rng.choice(COUNTRIES)} use?",
                                        f"What time zone is {rng.choice(COUNTRIES)} in?"]), "qa", 0.12))
        out.append((rng.choice([f"Explain in depth how {t} works, including the underlying mechanisms, open research questions and common misconceptions."
                                for t in ("CRISPR gene editing", "public-key cryptography", "the transformer architecture", "monetary policy transmission",
                                          "quantum entanglement", "the immune system's memory", "TCP congestion control")]), "qa", 0.75))
        out.append((rng.choice([f"Write a haiku about {rng.choice(TOPICS)}.", f"Give me two ideas for a team lunch.",
                                f"Write a friendly one-sentence reminder that rent is due Friday.", f"Tell me a short poem about {rng.choice(TOPICS)}.",
                                f"Suggest a name for a bakery.", f"Write a limerick about {rng.choice(TOPICS)}."]), "creative", 0.2))
        out.append((rng.choice([f"Write a 2,000-word short story about {rng.choice(TOPICS)} told backwards in time, where each section starts with the same sentence but means something different.",
                                f"Write a sonnet sequence of five poems about {rng.choice(TOPICS)} in strict iambic pentameter, each answering the previous one.",
                                f"Write the opening chapter of a mystery novel set in {rng.choice(COUNTRIES)} with three unreliable narrators and a twist that recontextualizes the first page."]),
                    "creative", 0.8))
        code_lang = rng.choice(CODE_LANGS)
        out.append((rng.choice(EASY_CODE).format(lang=code_lang), "code", 0.3))
        out.append((rng.choice(HARD_CODE).format(lang=code_lang, system=rng.choice(SYSTEMS)), "code", 0.92))
        k, n = rng.randint(3, 9), rng.choice([2, 3, 5, 6, 7, 10, 11])
        out.append((rng.choice(HARD_MATH).format(n=n, k=k, p2=rng.choice([4, 9, 25, 49])), "math", 0.92))
        out.append((rng.choice([f"A shop sells pens at ${n} each. How much do {k} pens cost?", f"Solve for x: {k}x + {n} = {k * n + n}",
                                f"Tom has {k * 4} apples and gives away {k}. How many are left?", f"What is the area of a rectangle {k} by {n}?"]), "math", 0.25))
        a, b = rng.choice(PAIRS)
        out.append((rng.choice(HARD_REASON).format(system=rng.choice(SYSTEMS), n=rng.randint(5, 90), a=a, b=b,
                                                   goal=rng.choice(GOALS), puzzle=text), "reasoning", 0.9))
        out.append((rng.choice(EASY_REASON), "reasoning", 0.2))
    return out
