"""Source of ../stories_dev24/articles.jsonl and ../stories_dev24/gold.jsonl.

TWENTY-FOURTH DEVELOPMENT story set (stories_dev24) for the cross-article deduplication
benchmark.  It was written without running the timeline extractor, the `timeline` command or
the dedup benchmark on these texts and without reading the system's code, extraction or
clustering rules, word lists or data files; only the format of the earlier sets was consulted
(build_stories.py, validate.py's check_stories, the docstring and first two stories of
stories_dev16_spec, the list of topics of the earlier sets in tests/gold/README.md, DATASETS.md
section 2).  It is intended for DEVELOPMENT: the system's errors on it may be read and used for
tuning.  It is not a blind set.

10 stories (ma01..ma10) on the economy, labour, trade and regulation, each with 4 or 5 gold
events (48 in all) and exactly one tricky pair, each told by 4 articles (40 in all, 221-250
words) from at least three invented outlets, published on different days over one to three
weeks in 2026: a short breaking item with a dateline, two follow-ups with background and
quotes, and an analysis written days or weeks later that retells the events with dates or
relative dates.
  ma01  a dock strike at the Daugava Container Terminal in Riga: a 24-hour walkout, the union's
        Friday deadline, a 72-hour strike a week later, mediated talks, the pay accord (Latvia);
  ma02  Kyrgyz dairy shut out: a Kazakh veterinary laboratory report, Kazakhstan's import ban,
        a drivers' blockade at Ak-Jol, Russian restrictions on five plants, talks in Almaty;
  ma03  a diesel contract case in Zambia: after a High Court ruling, the Anti-Corruption
        Commission's arrest of two company directors in Lusaka, the regulator's licence
        suspension, the energy minister's statement to Parliament, the arrest of a retired
        ministry official in Ndola;
  ma04  a port-access fee at Puerto Cortés, Honduras: truckers' blockade, 14 drivers detained,
        a failed round of talks in San Pedro Sula, a second round in Tegucigalpa, the deal;
  ma05  mobile data prices in Papua New Guinea: the competition commission's report, a
        students' march at UPNG, the telecoms regulator's audit, the minister's deadline, the
        operator's price memorandum;
  ma06  a milk-price crisis in Lithuania: a tractor rally in Vilnius, the farmers' meeting
        with the prime minister, the farmers' union's and the agriculture minister's letters
        to the European Commission, a national aid package;
  ma07  fishmeal pollution in Walvis Bay, Namibia: a residents' march, the Environmental
        Commissioner's inspection report, a 72-hour deadline and a second deadline, a public
        meeting;
  ma08  a battery plant in Uzbekistan: the government's investment agreement with a Chinese
        firm, the firm's supply contract with UzAuto Motors, a farmers' protest over the land in
        Jizzakh, the regional governor's meeting with the farmers;
  ma09  Fiji cane growers' boycott of the Rarawai mill: the boycott, the meeting with the prime
        minister, the growers' Friday deadline, the Cabinet's advance to growers, the Fiji
        Development Bank's loan to the Fiji Sugar Corporation;
  ma10  a strike at a garment plant in the San Bartolo free zone, El Salvador: the strike ballot,
        the strike, talks at the Ministry of Labour, the agreement, the ratification vote.

All articles are fiction written for this data set (invented outlets, people, companies, unions
and events; real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev24_spec \\
        --out tests/gold/stories_dev24

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, and every mention of them is marked, including in
quotes and planned or future references to an event that then happened (a second 72-hour
"stoppage starting next Tuesday", officials "would meet" / "are due to meet" in Almaty, a
ministerial "statement" due on Thursday, the ministry "invited the association to talks",
"will resume in Tegucigalpa", students "have called a rally", the regulator "is due to publish
its own audit", the union "would put that request to Brussels in a letter", the minister "would
also write", "a national aid package", "their inspection report is expected", a "second
deadline, on October 23", "Hexin will also sign a supply contract", farmers "plan to protest",
the khokim "would meet", talks "on a loan", workers "voted ... to strike", "the strike would
begin on Monday", members "will vote").  Many events are told mostly with nouns and anaphora
in the later articles ("the walkout", "the stoppage", "the action", "the ultimatum", "the
embargo", "the measure", "the decision", "the suspension", "the blockade", "the round", "the
study", "the audit", "the appeal", "the package", "the cut-off", "the gathering", "the accord",
"the pact", "the memorandum", "the advance", "the financing", "the ballot").

Side and background events are deliberately left unmarked, even when they have the type of a
gold event: the 2018 tugboat strike in Riga, the sanctions on Russian and Belarusian transit
cargo, the Riga company's statement and its letter to the union, the transport minister's
appeal, the pickets and the solidarity messages; Kazakhstan's 2019 border checks at Korday,
Russia's 2021 limits on Kyrgyz plants, the Kyrgyz ministry's own tests, the partial reopening
from April 20 and the World Bank grant; the High Court ruling in Lusaka, the charges, remands,
bail and court appearances, the Auditor General's 2025 review and its report due in July, the
2024 diesel contract, the 2022 detentions of oil company officials and the opposition walkout
during the minister's statement; the Puerto Cortés fee itself, ENP's statement, the drivers'
go-slow, the release of the detained drivers, the 2022 drivers' stoppage and fuel subsidy and
the IMF programme; Tumbuna's earlier price cuts, the commission's recommendations, the talks
between Tumbuna and the ICT department that began on July 13 and the 2019 audit; the 2024
Lithuanian farmers' protests, the Competition Council's 2024 report, the processors' price
rise, the Latvian and Estonian letter of August, the Latvian rally in Riga and the 2022 use of
the EU crisis reserve; the petition handed over in Walvis Bay, the inspection visit, the 2019
council fine, the fishmeal plant's halt in production and the workers sent home, and the
resumption of production; the 2023 Almalyk cable-plant agreement, the farmers' lease notices,
Hexin's and the regional administration's statements and the 2024 Namangan complaints; the
Fiji Sugar Corporation's statements, the mill breakdowns, the resumption of crushing and the
2023 Australian-funded study; the company's lockout in Ilopango, the brand's statement, the 2023
union vote at another plant and the U.S. tariffs on Asian apparel.  Aggregate mentions covering
two gold events ("both restrictions", "the two restrictions", "four working days to industrial
action", "the dispute", "either letter", "The order" and "the compliance order" covering both
Walvis Bay deadlines, "they wrote deadlines") and negated, generic or hypothetical mentions ("No
one was detained", "any settlement", "A second blockade would be a catastrophe", "another rally
if prices were not cut", "a workable settlement", "a long stoppage could push buyers", "A strike
that lasted into February would have cost") are not marked; nor are predicate nominals
re-describing an event in the same sentence ("the first industrial action at the port since
2018", "It was the first strike in the San Bartolo free zone", "a loan in disguise").  Titles
are not annotated.  Three events, the agreements that end ma01, ma04 and ma05, are mentioned in
the analysis article only, three to five times each.

Dates are often given only relatively: "next Tuesday", "last Tuesday", "a week after their
first walkout", "three days later", "a week after the first stoppage", "the day before the
signing", "two days after", "next Thursday", "less than a week after", "last Thursday", "two
days later", "the day after that", "the following Tuesday", "a day after", "three days after",
"the next morning", "within a day", "within five days of each other", "the day after the
arrests", "five days later", "the next day", "a week after the fee took effect", "next week",
"a week after the competition commission's study", "nine days left before the deadline", "last
Friday", "three weeks ago", "a day before the government's deadline", "this week", "last week's
protest", "four days later", "nine days ago", "last Tuesday's inspection report", "the
following Monday", "the same evening", "six days later", "on the Thursday of the first week",
"the following evening", "four days after that".  Because the articles of a story appear on
different days, one weekday name can point to different dates: "on Tuesday" is the first
walkout in the first Riga article and "from Tuesday" the second strike in the next one; "on
Thursday" is the Ak-Jol blockade in one Kyrgyz-story article and the coming Almaty talks in the
next; "on Monday" is the coming Tegucigalpa round in one Honduras article while the blockade
was on a Monday a week earlier.

Type conventions used here (the type list has no better fit):
  * strikes, walkouts and stoppages (the Riga dockers' 24-hour walkout and their 72-hour strike
    a week later, a tricky pair; the garment workers' strike in Ilopango), the cane growers'
    boycott of a mill, road blockades by drivers (Ak-Jol, Puerto Cortés), a tractor rally and
    marches by residents, students and farmers are `protest` events, each dated to its first
    day; the end of a strike or boycott is not an event of its own;
  * the strike ballot and the vote ratifying the agreement two weeks later (a tricky pair) are
    `election` events;
  * Kazakhstan's ban on Kyrgyz dairy imports and Rosselkhoznadzor's restrictions on five Kyrgyz
    plants six days later (a tricky pair) are `sanction` events, and so is the Energy
    Regulation Board's suspension of the fuel importer's licence;
  * the union's Friday deadline in Riga, the ICT minister's July 24 deadline, the Environmental
    Commissioner's 72-hour deadline and her deadline for an upgrade plan two weeks later (a
    tricky pair) and the cane growers' Friday deadline are `deadline` events, dated to their
    expiry, not to the day they were set;
  * the Kazakh laboratory report, the competition commission's market study and the telecoms
    regulator's network audit a week later (a tricky pair) and the Environmental Commissioner's
    inspection report are `report` events; words for their content ("found") are not marked;
  * the energy minister's ministerial statement to the National Assembly is a `statement`
    event; only the word "statement" is marked, not "told" in the same sentence;
  * the farmers' union's letter to the European Commission and the agriculture minister's
    letter four days later (a tricky pair) are `letter` events;
  * the Cabinet's F$25 million advance to cane growers and the Fiji Development Bank's F$40
    million loan to the Fiji Sugar Corporation four days later (a tricky pair) and Lithuania's
    national aid package are `support` events;
  * the pay accord in Riga, the port-fee deal in Tegucigalpa, the price memorandum in Port
    Moresby, the Uzbek government's investment agreement with Hexin New Energy and Hexin's
    supply contract with UzAuto Motors two days later (a tricky pair), and the garment plant's
    agreement are `agreement` events;
  * the mediated talks in Riga, the officials' talks in Almaty, the two rounds of port-fee talks
    in San Pedro Sula and Tegucigalpa (a tricky pair), the farmers' meeting with the prime
    minister, the public meeting in Walvis Bay, the khokim's meeting with the farmers, the cane
    growers' meeting with the prime minister and the talks at the Salvadoran Ministry of Labour
    are `meeting` events;
  * the Anti-Corruption Commission's arrest of two directors in Lusaka and of a retired ministry
    official in Ndola three days later (a tricky pair) and the detention of 14 drivers in
    Puerto Cortés are `arrest` events;
  * court rulings, lockouts, production halts and resumptions, the reopening of a border to
    some plants, releases, remands and court appearances, and fees or levies as such have no
    type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- ma01
dict(story="ma01", topic="Dock strike at the Daugava Container Terminal in the Freeport of Riga: a 24-hour walkout, the union's Friday deadline, a 72-hour strike a week after the first, mediated talks at the Ministry of Welfare and the pay accord (Riga; Port Workers' Union of Latvia - Baltic Stevedoring Group)", events=[
    dict(e="e1", type="protest", date="2026-02-10", participants=["Port Workers' Union of Latvia", "Daugava Container Terminal dockworkers"],
         location="Riga"),
    dict(e="e2", type="protest", date="2026-02-17", participants=["Port Workers' Union of Latvia", "Daugava Container Terminal dockworkers"],
         location="Riga"),
    dict(e="e3", type="deadline", date="2026-02-13", participants=["Port Workers' Union of Latvia", "Baltic Stevedoring Group"], location="Riga"),
    dict(e="e4", type="meeting", date="2026-02-19", participants=["Port Workers' Union of Latvia", "Baltic Stevedoring Group", "Ministry of Welfare of Latvia"],
         location="Riga"),
    dict(e="e5", type="agreement", date="2026-02-20", participants=["Port Workers' Union of Latvia", "Baltic Stevedoring Group"], location="Riga"),
], tricky=[("e1", "e2", "the 24-hour walkout at the Riga container terminal on Tuesday February 10 vs the 72-hour strike by the same dockers at the same terminal a week later, each told with the same words (walkout, stoppage, strike)")],
note="The 2018 tugboat strike, the sanctions on Russian and Belarusian transit cargo, the company's statement, its "
     "letter restating its offer, the transport minister's radio appeal, the diversion of ships to Ventspils and "
     "Klaipeda, the pickets, the solidarity messages, and the ITF's remark are side / "
     "background events. 'industrial action' as predicate nominal of the walkout, 'the dispute' and 'four working "
     "days to industrial action' (covering both stoppages) and 'a workable settlement' (generic) are not marked. "
     "The deadline is dated to its expiry (Friday February 13).",
articles=[
dict(id="a1", source="Baltic Commerce Wire", published="2026-02-10",
     title="Dockers walk out at Riga container terminal in pay row",
     text="""RIGA - Dockworkers at the Daugava Container Terminal in the Freeport of Riga [[e1|walked out]] at 6 a.m. on Tuesday, halting the loading of ships at Latvia's largest box terminal in a dispute over pay and night shifts.

About 420 crane operators, lashers and straddle-carrier drivers joined the 24-hour [[e1|stoppage]], according to the Port Workers' Union of Latvia, which called it after three months of fruitless negotiations with the terminal's owner, Baltic Stevedoring Group. By midday two feeder vessels were waiting at anchor in the Gulf of Riga and a third had been diverted to Ventspils.

The union wants a 14 percent pay rise and an end to twelve-hour night shifts. The company has offered 5 percent.

"Our members have been patient for a year. Today they showed the company what this port looks like without them," the union's chairman, Edgars Kalnins, said at the terminal gate on Kundzinsala.

Kalnins said the union had set management a [[e3|deadline]] of Friday to table a better offer, and had already notified the company of a second, 72-hour [[e2|stoppage]] starting next Tuesday.

Baltic Stevedoring Group said in a statement that the [[e1|strike]] was "disproportionate" and that its offer was "the most the terminal can afford while volumes remain weak". Container traffic through Riga fell by about 9 percent last year as transit cargo from Russia and Belarus dried up under sanctions.

The [[e1|walkout]] is the first industrial action at the port since 2018, when tugboat crews struck for two days."""),
dict(id="a2", source="Daugava Business Review", published="2026-02-14",
     title="Riga dockers to strike for three days after pay deadline passes",
     text="""The Port Workers' Union of Latvia said on Saturday that its members at the Daugava Container Terminal would [[e2|strike]] for 72 hours from Tuesday, after Baltic Stevedoring Group let the union's Friday [[e3|deadline]] pass without a new pay offer.

"We waited until midnight. Nothing came," the union's chairman, Edgars Kalnins, told reporters at the union's office on Eksporta iela. "So the terminal will be closed from 6 a.m. on Tuesday until 6 a.m. on Friday."

The company said it had written to the union on Friday afternoon to restate its offer of a 5 percent rise and to propose a joint review of shift patterns later in the year. The union, which wants 14 percent and an end to twelve-hour night shifts, called the letter "a postcard, not a proposal".

Last Tuesday's [[e1|walkout]] left about 2,300 containers stuck on the quay and cost the terminal some 600,000 euros, the company estimates. Several Nordic shipping lines have warned customers that sailings to Riga may be cancelled next week.

Transport Minister Andris Vitols urged both sides to go back to the table. "Riga cannot afford to be known as an unreliable port just when it is fighting for new cargo," he said in a radio interview.

Port users are already adjusting. Kotka Cargo, a Finnish forwarder, said it would send its Riga-bound containers through the Lithuanian port of Klaipeda for the duration of the [[e2|action]]. Two Estonian hauliers said they had offered extra trucks to carry boxes south by road."""),
dict(id="a3", source="Nordic Shipping Journal", published="2026-02-18",
     title="Riga terminal idle again as ministry calls both sides to talks",
     text="""RIGA - The Daugava Container Terminal stood idle for a second day on Wednesday as about 430 dockworkers kept up a 72-hour [[e2|strike]] that began at dawn on Tuesday, a week after their first [[e1|walkout]].

Latvia's Ministry of Welfare, which runs the state's labour mediation service, has invited the Port Workers' Union of Latvia and the terminal's owner, Baltic Stevedoring Group, to [[e4|talks]] on Thursday at its offices on Skolas iela. Both sides have accepted. The ministry's state secretary, Ilze Berzina, will chair the [[e4|session]].

"A mediator cannot invent money, but she can stop two sides talking past each other," Berzina said.

Pickets with union flags stood at the terminal gate on Wednesday morning, and the cranes behind them were still. Three container ships lay at anchor outside the harbour mouth. The Freeport of Riga Authority said it had moved one vessel to a neighbouring bulk terminal so that bagged fertiliser could be unloaded.

Baltic Stevedoring Group's chief executive, Tomas Lindqvist, put the cost of the dispute so far at about 2 million euros. "We are ready to look at the night-shift question. We are not ready to promise a pay rise we cannot finance," he said.

The union points out that the company's Swedish parent paid its shareholders a dividend of 11 million euros last year.

Dockers in Klaipeda and Tallinn have sent messages of solidarity, and the International Transport Workers' Federation said it was following the [[e2|stoppage]] in Riga "with concern"."""),
dict(id="a4", source="Baltic Economic Review", published="2026-03-03",
     title="Riga's dock dispute: peace bought, or only time?",
     text="""ANALYSIS - When the Port Workers' Union of Latvia and Baltic Stevedoring Group [[e5|signed]] a two-year pay deal on February 20, the Freeport of Riga had lost the best part of four working days to industrial action. The question now is whether the [[e5|deal]] buys peace or only time.

The dispute escalated quickly. The first [[e1|walkout]], on February 10, lasted a day. Management let the union's [[e3|ultimatum]] lapse three days later, and a week after the first [[e1|stoppage]] the dockers [[e2|downed tools]] again, this time for 72 hours.

What broke the deadlock was the mediated [[e4|meeting]] at the Ministry of Welfare on the day before the [[e5|signing]]. People who were in the room say the company moved first on night shifts, offering to cap them at ten hours, and the union then came down from its demand of 14 percent.

The [[e5|agreement]] gives a 7 percent rise this year and a further 4 percent in 2027, and sets up a joint committee on shift rosters.

"Both sides can claim they won something, which is usually the sign of a workable settlement," said Rasma Ozola, a labour economist at the University of Latvia.

The harder problem is cargo. Volumes through Riga are down by about a third since 2021, and during the three-day [[e2|strike]] shipping lines showed how easily they can switch to Klaipeda.

The union says it will watch closely whether the night-shift cap is applied from April, as the [[e5|accord]] promises."""),
]),
# ---------------------------------------------------------------------------- ma02
dict(story="ma02", topic="Kyrgyz dairy exports shut out: a Kazakh veterinary laboratory report, Kazakhstan's ban on Kyrgyz dairy imports, a drivers' blockade at Ak-Jol, Russia's restrictions on five Kyrgyz plants and the officials' talks in Almaty (Kazakhstan - Kyrgyzstan - Russia)", events=[
    dict(e="e1", type="report", date="2026-04-06", participants=["Committee of Veterinary Control and Supervision"], location="Astana"),
    dict(e="e2", type="sanction", date="2026-04-08", participants=["Kazakhstan", "Kyrgyzstan"], location=None),
    dict(e="e3", type="protest", date="2026-04-09", participants=["Kyrgyz truck drivers"], location="Ak-Jol"),
    dict(e="e4", type="sanction", date="2026-04-14", participants=["Rosselkhoznadzor", "Kyrgyzstan"], location=None),
    dict(e="e5", type="meeting", date="2026-04-16", participants=["Kazakhstan", "Kyrgyzstan"], location="Almaty"),
], tricky=[("e2", "e4", "Kazakhstan's blanket ban on Kyrgyz dairy imports on April 8 vs Rosselkhoznadzor's restrictions on five Kyrgyz dairy plants six days later: same product, same exporter country, told with 'ban', 'restrictions', 'controls', 'embargo'")],
note="The 2019 tightening of checks at Korday, Russia's 2021 limits on Kyrgyz plants, the Kyrgyz ministry's own "
     "tests, Kyrgyz officials' criticism, Ak-Suu Milk's unpaid leave, the appeal to the Eurasian Economic "
     "Commission, the partial reopening from April 20, the German laboratory results and the World Bank grant are "
     "side / background events. 'both restrictions' and 'the two restrictions' (aggregates) are not marked; 'No "
     "one was detained' is negated and not marked. The report's location is the committee's seat.",
articles=[
dict(id="a1", source="Steppe Trade Wire", published="2026-04-08",
     title="Kazakhstan halts Kyrgyz dairy imports over antibiotic findings",
     text="""ALMATY - Kazakhstan [[e2|suspended]] imports of milk, butter, cheese and milk powder from Kyrgyzstan on Wednesday, two days after a veterinary [[e1|report]] said antibiotic residues had been found in Kyrgyz dairy goods on sale in Kazakh shops.

The Committee of Veterinary Control and Supervision said the [[e2|ban]] applied at all crossings on the two countries' border from midnight and would stay in place "until the Kyrgyz side provides guarantees of safety". Trucks already on Kazakh territory may deliver their loads.

A laboratory [[e1|report]] published by the committee on Monday said that 11 of 40 samples taken in Almaty and Shymkent in March contained tetracycline or penicillin above the limits set by the Eurasian Economic Union. It also said that the veterinary certificates for three consignments appeared to have been forged.

Kyrgyzstan sells dairy products worth about 70 million dollars a year to Kazakhstan, its second-largest market after Russia. Officials in Bishkek said they had not been shown the full [[e1|report]] and called the [[e2|embargo]] "hasty and disproportionate".

"One bad batch and the whole country is punished," said Jyldyz Asanova, export manager at Chuy Dairy, a processor near Tokmok. "We have contracts with supermarkets in Almaty that will now go to Belarusian or Russian suppliers instead."

Both countries belong to the Eurasian Economic Union, whose members are not supposed to restrict trade with each other without consultation. In 2019 Kazakhstan tightened checks at the same border for several months, leaving hundreds of lorries queuing at the Korday crossing."""),
dict(id="a2", source="Bishkek Business Review", published="2026-04-10",
     title="Drivers block Ak-Jol road as milk loads spoil",
     text="""BISHKEK - Kyrgyz truck drivers stranded at the Ak-Jol border crossing [[e3|blocked]] the approach road for five hours on Thursday in protest at Kazakhstan's [[e2|ban]] on Kyrgyz dairy imports.

About 60 refrigerated lorries loaded with butter, cheese and yoghurt have been waiting at Ak-Jol since Kazakh border guards began turning them back on Wednesday. Drivers parked their trucks across both lanes of the highway and sounded their horns until police persuaded them to clear the road in the early evening. No one was detained.

"My cheese has two weeks of life. After that I pour it into a ditch," said Nurlan Sadykov, 38, a driver from Tokmok.

The Kyrgyz agriculture ministry said on Thursday that its own tests on samples from the same producers had found no antibiotic residues, and that the Kazakh laboratory [[e1|report]] released on April 6 named no companies.

Deputy agriculture minister Aibek Toktogulov said Kyrgyz and Kazakh officials would [[e5|meet]] in Almaty next Thursday to settle the issue "on the basis of science, not emotion".

Dairy farmers in the Chuy valley say collection prices for raw milk have fallen by a fifth since the [[e2|embargo]] was announced. Ak-Suu Milk, one of the country's largest processors, said it had sent 200 workers home on unpaid leave.

Kyrgyz dairy exporters have been hit before: in 2021 Russia limited imports from several Kyrgyz plants for six months after finding the same kind of residues. That episode, processors say, taught them to keep their laboratory records in order."""),
dict(id="a3", source="Eurasia Commodity News", published="2026-04-15",
     title="Russia tightens checks on Kyrgyz dairy after Kazakh ban",
     text="""MOSCOW - Russia's agricultural watchdog, Rosselkhoznadzor, [[e4|restricted]] imports from five Kyrgyz dairy plants on Tuesday, less than a week after Kazakhstan [[e2|closed]] its border to Kyrgyz milk products altogether.

The watchdog said goods from the five plants, among them Ak-Suu Milk and Chuy Dairy, would now be held at the border until laboratory tests were complete. It cited the Kazakh veterinary [[e1|report]] and "repeated violations" found by its own inspectors since January.

The Russian [[e4|measure]] is narrower than Kazakhstan's [[e2|ban]], but Russia is the larger market: Kyrgyzstan sold about 110 million dollars' worth of dairy goods there last year.

Kyrgyzstan's economy ministry called the [[e4|decision]] "regrettable but manageable" and said it would ask the Eurasian Economic Commission in Moscow to review both restrictions.

Kazakh and Kyrgyz agriculture officials are due to [[e5|meet]] in Almaty on Thursday. The Kyrgyz delegation will bring results from an accredited laboratory in Germany, officials in Bishkek said.

At Ak-Jol, most of the drivers who [[e3|blocked]] the road last Thursday have since sold their loads in Bishkek at a discount. "I lost half the value, but at least I did not lose all of it," one of them, Azamat Bekov, said by telephone.

Analysts at Kyrgyz Capital Partners, a Bishkek brokerage, estimate that the two restrictions together cover about 80 percent of Kyrgyzstan's dairy exports, an industry that employs some 40,000 people."""),
dict(id="a4", source="Central Asia Markets Monitor", published="2026-04-27",
     title="How a customs union closes: Kyrgyzstan's dairy fortnight",
     text="""ANALYSIS - It took Kyrgyzstan's dairy industry less than two weeks to learn how quickly an open market can shut.

The sequence began with a Kazakh laboratory [[e1|report]] on April 6 that found antibiotic residues in more than a quarter of the Kyrgyz samples tested. Two days later Kazakhstan [[e2|stopped]] all Kyrgyz dairy at the border. The day after that, drivers with spoiling loads [[e3|barricaded]] the road at Ak-Jol. The following Tuesday Russia added [[e4|restrictions]] of its own on five plants.

When officials of the two neighbours finally [[e5|sat down]] in Almaty on April 16, the Kyrgyz side brought German laboratory results showing clean samples from most of the plants named in Kazakh customs papers. The [[e5|talks]] produced only a partial reopening: since April 20, Kyrgyz plants that pass a joint inspection may export again. So far eleven have. The Kazakh [[e2|embargo]] still covers eight, and the Russian [[e4|controls]] are unchanged.

"The customs union works in good weather," said Daniyar Omarov, a trade economist in Almaty. "When one member decides a product is a threat, the rules give the other almost nothing to hold on to."

The episode has cost Kyrgyz farmers dearly. Milk prices in the Chuy valley fell by about a quarter in April, and processors cut jobs.

Bishkek's answer is a national residue-testing laboratory, paid for with a World Bank grant signed last year, which is due to open in June. Until then, Kyrgyz butter will travel with a certificate from Germany."""),
]),
# ---------------------------------------------------------------------------- ma03
dict(story="ma03", topic="Diesel contract case in Zambia: after a High Court ruling, the Anti-Corruption Commission arrests two directors of Chambeshi Petroleum Supplies in Lusaka, the Energy Regulation Board suspends the company's licence, the energy minister's statement to Parliament, and the arrest of a former ministry procurement director in Ndola (Lusaka and Ndola, Zambia)", events=[
    dict(e="e1", type="arrest", date="2026-05-12", participants=["Anti-Corruption Commission", "Mwansa Chileshe", "Kelvin Banda"], location="Lusaka"),
    dict(e="e2", type="arrest", date="2026-05-15", participants=["Anti-Corruption Commission", "Gideon Phiri"], location="Ndola"),
    dict(e="e3", type="sanction", date="2026-05-13", participants=["Energy Regulation Board", "Chambeshi Petroleum Supplies"], location="Lusaka"),
    dict(e="e4", type="statement", date="2026-05-14", participants=["Charity Mwale", "National Assembly of Zambia"], location="Lusaka"),
], tricky=[("e1", "e2", "the ACC's arrest of Chambeshi's two directors in Lusaka on Tuesday May 12 vs its arrest of the retired ministry procurement director in Ndola three days later, in the same case")],
note="The High Court ruling of May 11 (no type), the charges, the court appearances, remand and bail, the "
     "Auditor General's review of 2025 and its report due in July, the 2024 contract itself, the 2022 detentions "
     "of oil company officials, the opposition walkout during the statement and the company's appeal are side / "
     "background events. 'The three accused men' (aggregate) is not marked. The ERB licence suspension is typed "
     "sanction.",
articles=[
dict(id="a1", source="Zambezi Commerce Wire", published="2026-05-12",
     title="Zambia's anti-graft body arrests fuel importer's directors",
     text="""LUSAKA - Zambia's Anti-Corruption Commission [[e1|arrested]] two directors of Chambeshi Petroleum Supplies on Tuesday, a day after the High Court in Lusaka threw out the company's bid to stop an investigation into a 94 million dollar diesel import contract.

Managing director Mwansa Chileshe and finance director Kelvin Banda were [[e1|picked up]] at the company's offices in the Longacres area and charged with corrupt practices and money laundering, commission spokeswoman Nchimunya Hamweemba said. They are expected to appear before a magistrate this week.

The case concerns a 2024 government contract, awarded without tender during the drought that crippled Zambia's hydropower, to import diesel for emergency generators. An Auditor General's review published last year found that Chambeshi had been paid for about 41 million litres more than it delivered.

In Monday's ruling, Justice Mutinta Nkhata said the company had "no right to be shielded from lawful inquiry" and ordered it to pay the commission's costs.

Chambeshi's lawyer, Bwalya Kasonde, said the company would appeal and that its directors were "confident of vindication".

The Energy Regulation Board said it was reviewing Chambeshi's import licence. Energy Minister Charity Mwale is due to deliver a ministerial [[e4|statement]] on the contract to the National Assembly on Thursday.

The [[e1|arrests]] are the most prominent in Zambia's energy sector since 2022, when two officials of a state oil company were detained over a fuel procurement scandal. Both were later acquitted."""),
dict(id="a2", source="Copperbelt Courier", published="2026-05-14",
     title="Regulator suspends Chambeshi's fuel licence",
     text="""KITWE - The Energy Regulation Board on Wednesday [[e3|suspended]] the import and wholesale licence of Chambeshi Petroleum Supplies, whose two most senior directors have been held since Tuesday's [[e1|arrests]] by the Anti-Corruption Commission.

The board said the [[e3|suspension]] would last 90 days because the company had "failed to demonstrate the capacity to meet its obligations" while under criminal investigation. Chambeshi holds about 8 percent of Zambia's diesel import quota; the regulator said other licensed importers would cover the gap and that pump prices would not change.

Copperbelt mines, which burn large amounts of diesel in their haul trucks, said they had been assured of supplies.

Chambeshi's lawyer, Bwalya Kasonde, called the [[e3|decision]] premature. "A licence is a livelihood for 300 employees. Nobody has been convicted of anything," he said.

Managing director Mwansa Chileshe and finance director Kelvin Banda appeared before a Lusaka magistrate on Wednesday and were remanded in custody until May 19. Their bail application will be heard next week.

The opposition has demanded that the government explain how the contract was awarded without a tender. Energy Minister Charity Mwale will make a [[e4|statement]] to Parliament on Thursday afternoon, the Speaker's office confirmed.

"The money that disappeared into that contract would have built two district hospitals," said Chanda Mweemba of the Citizens' Budget Forum, a Lusaka civic group. "We want to see the people who signed it in court, not only the people who got paid.\""""),
dict(id="a3", source="Lusaka Ledger", published="2026-05-16",
     title="Former energy ministry official held in Ndola over diesel contract",
     text="""NDOLA - Anti-Corruption Commission officers [[e2|arrested]] a former director of procurement at the Ministry of Energy at his home in Ndola's Kansenshi suburb on Friday, widening the investigation into a 94 million dollar diesel contract.

Gideon Phiri, who retired last year, is accused of approving payments to Chambeshi Petroleum Supplies for fuel that was never delivered. He spent the night in a police cell in Ndola and was driven to Lusaka on Saturday morning, the commission said.

His [[e2|arrest]] came three days after the commission [[e1|detained]] Chambeshi's managing director, Mwansa Chileshe, and its finance director, Kelvin Banda, in Lusaka.

In a ministerial [[e4|statement]] on Thursday, Energy Minister Charity Mwale told the National Assembly that the government had so far recovered 6 million dollars linked to the contract and that "no official, serving or retired, will be protected". Opposition MPs walked out before she finished, saying she had not explained who approved the deal.

Mwale also defended the Energy Regulation Board's [[e3|suspension]] of Chambeshi's licence, saying fuel supplies were "secure and adequate".

Phiri's family said he was innocent and unwell. "He signed what his superiors told him to sign," said his son, Joseph Phiri, outside the commission's Lusaka offices.

Phiri is expected to appear before a magistrate on Monday. The commission said its investigators were still examining bank transfers to accounts in Dubai and Johannesburg, and that the case file would go to the Director of Public Prosecutions within a month."""),
dict(id="a4", source="Southern African Markets Review", published="2026-05-29",
     title="Zambia's diesel affair tests a new anti-graft mood",
     text="""ANALYSIS - Zambian investors have grown used to corruption cases that start loudly and then fade. The Chambeshi Petroleum affair, so far, is moving the other way.

It began in court. On May 11 the High Court in Lusaka refused to block the Anti-Corruption Commission's inquiry into a 94 million dollar diesel contract awarded without tender in 2024. The next morning the commission [[e1|arrested]] Chambeshi's managing director and finance director. The day after that, the Energy Regulation Board [[e3|pulled]] the company's import licence for 90 days.

On May 14 Energy Minister Charity Mwale used a [[e4|statement]] to Parliament to promise that no official would be protected, and within a day the commission had [[e2|detained]] a retired ministry procurement director, Gideon Phiri, in Ndola.

"It is the speed that is new," said Mulenga Chanda, a governance researcher at the University of Zambia. "The court, the commission and the regulator acted within five days of each other."

Bankers are less sure what comes next. Chambeshi owes about 30 million dollars to two local banks, and its suppliers in the Gulf have stopped shipments. Some 300 workers at its Ndola depot have not been paid since the [[e3|suspension]].

The three accused men, who deny the charges, were granted bail last week. Their trial is unlikely to start before next year.

The broader question is procurement. Zambia still buys most emergency fuel through direct contracts, and the Auditor General has flagged two more of them in a report due in July."""),
]),
# ---------------------------------------------------------------------------- ma04
dict(story="ma04", topic="Port-access fee at Puerto Cortés, Honduras: truckers' blockade of the port highway, police detain 14 drivers, a failed first round of talks in San Pedro Sula, a second round in Tegucigalpa chaired by the transport minister and the deal suspending the fee (Puerto Cortés, San Pedro Sula and Tegucigalpa, Honduras)", events=[
    dict(e="e1", type="protest", date="2026-06-08", participants=["Northern Haulers' Association", "Honduran truck drivers"], location="Puerto Cortés"),
    dict(e="e2", type="arrest", date="2026-06-09", participants=["Honduran National Police", "Honduran truck drivers"], location="Puerto Cortés"),
    dict(e="e3", type="meeting", date="2026-06-10", participants=["Northern Haulers' Association", "Empresa Nacional Portuaria", "Ministry of Infrastructure and Transport of Honduras"],
         location="San Pedro Sula"),
    dict(e="e4", type="meeting", date="2026-06-15", participants=["Northern Haulers' Association", "Empresa Nacional Portuaria", "Ministry of Infrastructure and Transport of Honduras"],
         location="Tegucigalpa"),
    dict(e="e5", type="agreement", date="2026-06-16", participants=["Northern Haulers' Association", "Honduras"], location="Tegucigalpa"),
], tricky=[("e3", "e4", "the first round of talks at the Chamber of Commerce in San Pedro Sula on June 10, which failed, vs the second round at the ministry in Tegucigalpa five days later with the same three parties, told with 'talks', 'round', 'meeting'")],
note="The port-access fee itself (in force since June 1), ENP's statement, the drivers' go-slow after the "
     "blockade, the release of the drivers and the charges against them, the walkout from the first round, the "
     "2022 drivers' stoppage, the IMF loan of 2023 and Guatemala's fee are side / background events. 'any "
     "settlement' and 'A second blockade would be a catastrophe' are hypothetical and not marked.",
articles=[
dict(id="a1", source="Central American Freight News", published="2026-06-08",
     title="Truckers block road to Puerto Cortés over new port fee",
     text="""PUERTO CORTÉS, Honduras - Hundreds of truck drivers [[e1|blocked]] the highway into Puerto Cortés on Monday, parking their rigs across all four lanes near the Baracoa junction in protest at a new port-access fee.

The fee of 35 dollars per container, charged by the state port company ENP since June 1, is meant to pay for new scanners and a truck-parking area. Drivers say cargo owners refuse to pay it, so it comes out of their own pockets.

The Northern Haulers' Association, which organised the [[e1|blockade]], said more than 600 trucks had joined. By the afternoon the queue stretched about 12 kilometres back towards San Pedro Sula, and container deliveries to the port had stopped.

"A driver earns 80 dollars for a trip from San Pedro. Now they take 35 at the gate. What is left for fuel and food?" said the association's president, Santos Mejía, standing on the step of his cab.

ENP said in a statement that the port "cannot be held hostage" and that ships were still being loaded with containers already inside the terminal.

The Ministry of Infrastructure and Transport invited the association to [[e3|talks]] at the Chamber of Commerce in San Pedro Sula on Wednesday. Mejía said the drivers would decide overnight whether to attend.

Puerto Cortés handles most of Honduras's container trade, including coffee, bananas and garments bound for the United States. In 2022 drivers stopped work there for two days over diesel prices, and the government answered with a fuel subsidy."""),
dict(id="a2", source="Sula Valley Business Journal", published="2026-06-10",
     title="Police clear Puerto Cortés blockade, detain 14 drivers",
     text="""SAN PEDRO SULA - Police cleared the highway to Puerto Cortés before dawn on Tuesday and [[e2|detained]] 14 truck drivers, ending a 20-hour [[e1|blockade]] that had cut Honduras's main port off from its hinterland.

Officers with riot shields and two tow trucks moved in at about 4 a.m. near the Baracoa junction, witnesses said. Most drivers moved their rigs when ordered to, a police spokesman said, and the 14 who refused were [[e2|held]] at the station in Puerto Cortés until Tuesday evening. They face charges of obstructing a public road.

The Northern Haulers' Association called the [[e2|arrests]] "a message to every poor man with a truck". Drivers kept up a go-slow on Tuesday, with convoys crawling towards the port at 20 kilometres an hour.

Representatives of the association, the state port company ENP and the Ministry of Infrastructure and Transport were due to [[e3|meet]] on Wednesday afternoon at the Chamber of Commerce in San Pedro Sula. Transport Minister Rolando Cáceres said "everything is on the table" except the scanners, which he called essential for exports to the United States.

About 900 containers missed their ships because of the [[e1|protest]], the Honduran Maritime Association estimated. Banana exporters said fruit loaded late would have to be sold at a discount in Europe.

"We lost a day, not a season," said a port official who asked not to be named. "But one more day and we would have started to lose customers to Guatemala.\""""),
dict(id="a3", source="Honduran Trade Monitor", published="2026-06-13",
     title="Port fee talks fail in San Pedro Sula, move to the capital",
     text="""TEGUCIGALPA - [[e3|Talks]] between truck drivers and the government over a new fee at Puerto Cortés broke down in San Pedro Sula on Wednesday night and will [[e4|resume]] in Tegucigalpa on Monday, the transport ministry said on Friday.

The first [[e3|round]], which lasted seven hours at the Chamber of Commerce, ended when the drivers' negotiators left the room after the state port company ENP offered to cut the fee to 25 dollars a container rather than scrap it. "We did not come to bargain over how deep the knife goes," said Santos Mejía, president of the Northern Haulers' Association.

Transport Minister Rolando Cáceres will chair Monday's [[e4|meeting]] himself, and the finance ministry has been asked to attend, officials said. That raises the possibility that the treasury could pay for the port's new scanners instead of the drivers.

Some of the 14 drivers [[e2|detained]] on Tuesday have asked for the charges against them to be dropped as part of any settlement. The association says it will not sign anything that leaves them facing trial.

Cargo owners are losing patience. The coffee exporters' association said the [[e1|blockade]] and the slow traffic since had delayed about 40,000 bags of coffee. "A second blockade would be a catastrophe for the harvest," its director, Marta Zelaya, said.

Honduran officials note that Guatemala's Santo Tomás de Castilla port charges a similar fee and has seen no unrest over it. Drivers reply that Guatemalan hauliers are paid more per trip."""),
dict(id="a4", source="Isthmus Trade Review", published="2026-06-26",
     title="A 35-dollar fee and the limits of Honduran port reform",
     text="""ANALYSIS - The [[e5|agreement]] signed in Tegucigalpa in the early hours of June 16 suspends the Puerto Cortés access fee for 90 days and shifts the cost of the port's new scanners to the treasury. It ends a dispute that briefly cut Honduras's main port off from the rest of the country, but it leaves the port company ENP short of money.

The episode moved fast. Drivers [[e1|blocked]] the highway to the port on June 8, a week after the fee took effect. Police cleared the road the next morning and [[e2|detained]] 14 of them, which hardened positions on both sides. The first [[e3|talks]], in San Pedro Sula the day after the [[e2|arrests]], collapsed over a 10-dollar gap. It took a second [[e4|round]], five days later in the capital and chaired by the transport minister, to produce the [[e5|accord]] at about 2 a.m. the next day.

Under the [[e5|deal]], charges against the 14 drivers will be dropped and a commission will study a smaller fee paid by cargo owners rather than hauliers.

"The drivers won this time because the port cannot work without them," said Ricardo Paz, a logistics consultant in San Pedro Sula. "But the scanners still have to be paid for."

ENP's managers say the 90-day pause will cost about 4 million dollars. The International Monetary Fund, which agreed a loan programme with Honduras in 2023, has urged the government to stop covering the losses of state companies."""),
]),
# ---------------------------------------------------------------------------- ma05
dict(story="ma05", topic="Mobile data prices in Papua New Guinea: the ICCC's market study, a students' march at UPNG, NICTA's network audit a week after the ICCC report, the ICT minister's July 24 deadline to Tumbuna Telecom and the price commitment signed a day before it (Port Moresby, Papua New Guinea)", events=[
    dict(e="e1", type="report", date="2026-07-07", participants=["Independent Consumer and Competition Commission", "Tumbuna Telecom"], location="Port Moresby"),
    dict(e="e2", type="protest", date="2026-07-09", participants=["University of Papua New Guinea students"], location="Port Moresby"),
    dict(e="e3", type="report", date="2026-07-14", participants=["National Information and Communications Technology Authority", "Tumbuna Telecom"], location="Port Moresby"),
    dict(e="e4", type="deadline", date="2026-07-24", participants=["Jacob Kaupa", "Tumbuna Telecom"], location=None),
    dict(e="e5", type="agreement", date="2026-07-23", participants=["Tumbuna Telecom", "Department of Information and Communications Technology"],
         location="Port Moresby"),
], tricky=[("e1", "e3", "the competition commission's market study on mobile data prices released on July 7 vs the sector regulator's network-quality audit released a week later, both reports on the same operator")],
note="The Coral Sea Cable of 2020, Tumbuna's earlier price cuts, the commission's recommendations, the company's "
     "statements, the share-price fall, the talks between Tumbuna and the ICT department that began on July 13, "
     "the consumer groups' complaint drive and the 2019 audit are side / background events. 'another rally if "
     "prices were not cut' and the licence review are hypothetical and not marked. The deadline is dated to its "
     "expiry; it was set on July 10.",
articles=[
dict(id="a1", source="Pacific Commerce Wire", published="2026-07-08",
     title="PNG watchdog says mobile data among dearest in the Pacific",
     text="""PORT MORESBY - Mobile data in Papua New Guinea costs up to three times as much as in Fiji or Samoa, the Independent Consumer and Competition Commission said in a [[e1|report]] released on Tuesday, and the dominant operator, Tumbuna Telecom, earns profits "well above those of a competitive market".

The 140-page [[e1|study]], commissioned by the government last year, found that a one-gigabyte prepaid bundle costs about 10 kina on Tumbuna's network, roughly a day's pay for many workers. Tumbuna carries about four in five of the country's mobile subscribers.

"People in Port Moresby, Lae and the Highlands are paying city prices for village service," the commission's chief executive, Martin Gari, told reporters.

Tumbuna said the [[e1|report]] ignored the cost of building and guarding towers in rugged, often roadless country, and noted that it had cut prices twice since 2023.

The commission recommended capping the charges operators pay for access to towers and opening the market to a third operator. It stopped short of proposing retail price controls.

Students at the University of Papua New Guinea have called a [[e2|rally]] on the Waigani campus on Thursday to demand cheaper data, which many of them need for online courses.

The sector regulator, the National Information and Communications Technology Authority, is due to publish its own [[e3|audit]] of network quality next week.

Cheaper mobile internet has been a political promise in Papua New Guinea since the Coral Sea Cable reached Port Moresby in 2020, but prices for most users have barely moved since."""),
dict(id="a2", source="Niugini Business Herald", published="2026-07-10",
     title="UPNG students march for cheaper data; minister sets deadline",
     text="""About 1,500 students [[e2|marched]] across the University of Papua New Guinea's Waigani campus on Thursday, chanting "data is education" and carrying placards with Tumbuna Telecom's prices crossed out in red.

The [[e2|protest]], which ended at the campus gate, was peaceful. Police watched from a distance, and the student representative council said no one was hurt.

"Some weeks I spend more on data than on food," said Grace Kila, a third-year economics student from Enga Province.

On Friday, Information and Communications Technology Minister Jacob Kaupa set Tumbuna Telecom a [[e4|deadline]] of July 24 to cut the price of its prepaid data bundles by at least 30 percent. He said that if it did not, he would ask the regulator to review its operating licence.

Kaupa cited the competition commission's [[e1|report]] released on Tuesday, which found that data in Papua New Guinea costs up to three times as much as in Fiji. "The evidence is now on the table. The excuses are not," he said.

Tumbuna's chief executive, Graham Tiernan, said the company would respond before the [[e4|deadline]] and wanted "a partnership, not a fight" with the government. He said Tumbuna had invested 900 million kina in its network since 2020.

Tumbuna's shares fell 6 percent in Port Moresby on Friday.

Student leaders said they would hold another rally if prices were not cut by the end of the month, and invited students in Lae and Goroka to join them."""),
dict(id="a3", source="Melanesia Telecom Review", published="2026-07-15",
     title="Regulator's audit finds dropped calls and slow data on Tumbuna network",
     text="""PORT MORESBY - Papua New Guinea's telecommunications regulator said on Tuesday that one in seven calls on Tumbuna Telecom's network was dropped during tests in May and June, and that mobile data speeds outside the main towns were "far below" the levels set in the company's licence.

The National Information and Communications Technology Authority's [[e3|audit]], based on drive tests along 3,000 kilometres of road in 12 provinces, is the first of its kind since 2019.

NICTA's [[e3|report]] comes a week after the competition commission's [[e1|study]] of mobile prices, which found that data in the country costs up to three times as much as in Fiji.

"The customer is paying a premium price for a budget service," said Samuel Aopi, the authority's director of licensing.

Tumbuna said the tests had been carried out during a month of landslides that cut power to dozens of towers in Enga and Hela provinces, and that the results were "not representative".

Tumbuna and the Department of Information and Communications Technology began talks on Monday on a new price structure. The company has nine days left before the [[e4|deadline]] set by the minister last Friday.

Consumer groups in Lae said they would collect complaints from customers to send to the regulator. "We have waited twenty years for someone to measure what we live with every day," said Margaret Sinen of the Morobe Consumers' Council.

The authority said it would repeat the tests in December."""),
dict(id="a4", source="Islands Economy Review", published="2026-07-28",
     title="How Port Moresby got cheaper data in three weeks",
     text="""ANALYSIS - Three weeks ago Tumbuna Telecom was defiant. On July 23, a day before the government's [[e4|deadline]] ran out, it [[e5|signed]] a price commitment with the Department of Information and Communications Technology that cuts prepaid data prices by 35 percent from August 1.

The company moved because pressure came from several directions at once. It had dismissed the competition commission's [[e1|report]] of July 7 as "academic". Two days later some 1,500 students [[e2|rallied]] at the University of Papua New Guinea, and the next day the minister issued his [[e4|ultimatum]]. A week after the commission's [[e1|study]], the regulator's [[e3|audit]] showed that customers were paying more for a worse service.

"Once the [[e3|audit]] was out, the licence question became real," said Helen Manua, an economist at the National Research Institute in Port Moresby. "A company can argue about prices. It is harder to argue about dropped calls."

The [[e5|memorandum]] runs for two years. It also obliges Tumbuna to let a future third operator use its towers at regulated rates, one of the commission's main recommendations.

Critics say the [[e5|agreement]] does nothing for network quality outside the towns, where many villages still have no signal at all. Tumbuna says cheaper data will bring more users and pay for new towers.

Consumers will see the price cut on August 1. Whether they see better service is a question for the regulator's next round of tests, due in December."""),
]),
# ---------------------------------------------------------------------------- ma06
dict(story="ma06", topic="Lithuanian milk-price crisis: a tractor rally in Vilnius, the dairy farmers' meeting with the prime minister, the farmers' union's letter to the European Commission, the agriculture minister's own letter four days later and the national aid package (Vilnius, Lithuania; Brussels)", events=[
    dict(e="e1", type="protest", date="2026-09-08", participants=["Lithuanian Dairy Farmers' Union"], location="Vilnius"),
    dict(e="e2", type="meeting", date="2026-09-09", participants=["Lithuanian Dairy Farmers' Union", "Prime Minister of Lithuania"], location="Vilnius"),
    dict(e="e3", type="letter", date="2026-09-10", participants=["Lithuanian Dairy Farmers' Union", "European Commission"], location="Vilnius"),
    dict(e="e4", type="letter", date="2026-09-14", participants=["Ruta Stankeviciene", "European Commissioner for Agriculture"], location="Vilnius"),
    dict(e="e5", type="support", date="2026-09-16", participants=["Government of Lithuania", "Lithuanian dairy farmers"], location="Lithuania"),
], tricky=[("e3", "e4", "the dairy farmers' union's letter to the European Commission on Thursday September 10 vs the agriculture minister's letter to the Commissioner for Agriculture four days later, same request for crisis-reserve money")],
note="The 2024 farmers' protests, the Competition Council's 2024 report, the processors' statement and their "
     "one-cent price rise, the August letter of Latvian and Estonian farmers, the Latvian farmers' rally in Riga "
     "on September 15, the Commission's statement and the 2022 use of the crisis reserve are side / background "
     "events. 'either letter' (negated and aggregate) and 'the two letters' are not marked.",
articles=[
dict(id="a1", source="Baltic Agri Wire", published="2026-09-08",
     title="Lithuanian dairy farmers bring tractors to Vilnius over milk prices",
     text="""VILNIUS - Lithuanian dairy farmers staged a tractor [[e1|rally]] in the centre of Vilnius on Tuesday, jamming Gediminas Avenue for most of the day to demand government help as the price they are paid for milk fell below the cost of producing it.

The [[e1|protest]], organised by the Lithuanian Dairy Farmers' Union, brought about 350 tractors and some 2,000 people to Daukantas Square outside the presidential palace and then to the government building, police said. Farmers poured milk from churns onto the pavement in front of the Seimas.

Processors now pay about 28 euro cents a litre, down from 41 cents a year ago, while farmers say it costs them at least 36 cents to produce.

"Every week another family in my district sells its cows," said the union's chairman, Vytautas Jankauskas. "When the small farms are gone, they will not come back."

The union wants the government to ask for money from the European Union's agricultural crisis reserve, and said it would put that request to Brussels in a [[e3|letter]] this week. The prime minister's office said he would [[e2|meet]] the farmers' leaders on Wednesday.

The Association of Lithuanian Milk Processors said purchase prices reflected a slump in world butter and milk powder prices, not any lack of competition. A Competition Council report in 2024 found no evidence of price collusion among the big dairies.

Farmers last drove tractors into Vilnius in 2024, when they protested against fuel taxes and environmental rules."""),
dict(id="a2", source="Vilnius Business Daily", published="2026-09-11",
     title="Dairy farmers write to Brussels after meeting prime minister",
     text="""Lithuania's main dairy farmers' union [[e3|wrote]] to the European Commission on Thursday asking for money from the EU's agricultural crisis reserve, a day after its leaders [[e2|met]] the prime minister in Vilnius.

The [[e3|letter]], signed by union chairman Vytautas Jankauskas and addressed to the Commissioner for Agriculture, warns that up to 40 percent of Lithuania's small dairy farms could close within two years without help.

At Wednesday's [[e2|meeting]], which lasted two hours, the prime minister promised a national [[e5|aid]] package "within days" and said Agriculture Minister Ruta Stankeviciene would also [[e4|write]] to Brussels.

"We came out of the room with promises, not money. But the promises were specific," Jankauskas said afterwards.

The tractors left the capital on Tuesday evening after the [[e1|rally]], which police said passed without incident apart from traffic jams that lasted into the night.

The processors' association said on Thursday that its members would raise purchase prices by one cent a litre from October, a gesture the union called "a tip, not a price".

Lithuania is not alone. Farmers' organisations in Latvia and Estonia sent a joint letter to Brussels in August asking for similar help, and Latvian dairy farmers plan a rally in Riga next week.

Dairy is one of Lithuania's largest food exports, with cheese going mainly to Italy, Germany and Russia's neighbours in the Baltic region. About 12,000 farms still keep dairy cows, a third of the number a decade ago."""),
dict(id="a3", source="Nordic-Baltic Farm Journal", published="2026-09-15",
     title="Lithuanian minister presses EU for dairy crisis money",
     text="""Lithuania's Agriculture Minister Ruta Stankeviciene has [[e4|written]] to the European Commissioner for Agriculture asking him to release crisis reserve funds for dairy farmers in the Baltic states, her ministry said on Tuesday.

The [[e4|letter]], sent on Monday, says farm-gate milk prices in Lithuania have fallen by a third in twelve months, the steepest drop in the European Union, and asks for at least 25 million euros for Lithuanian producers. It backs a similar [[e3|appeal]] made by the Lithuanian Dairy Farmers' Union last Thursday.

The government will decide on Wednesday on a national [[e5|aid]] package for dairy farmers, the ministry said. Officials have mentioned a figure of about 18 million euros, or roughly 60 euros for each cow.

The Commission has not yet replied to either letter. A spokesman in Brussels said it was "closely following the situation in dairy markets in all member states".

Jankauskas, the union's chairman, said last week's [[e1|protest]] had "finally got the attention of the people who sign the cheques". He warned that national money alone would not be enough.

The crisis reserve, worth about 450 million euros a year, was last used on a large scale in 2022, when farmers across the bloc were hit by soaring fertiliser and energy costs.

Economists say the Baltic dairy sector suffers from its size: farms are small, processors are few, and most of the milk ends up as cheese and powder sold on volatile world markets."""),
dict(id="a4", source="European Farm Policy Review", published="2026-09-28",
     title="Lithuania's milk crisis: quick money at home, slow answers from Brussels",
     text="""ANALYSIS - Lithuania's dairy farmers got an answer from their own government in eight days. From Brussels they are still waiting.

It started with the tractor [[e1|rally]] in Vilnius on September 8. The next day the prime minister [[e2|received]] the farmers' union's leaders and promised help. The union [[e3|wrote]] to the European Commission the day after that, and the agriculture minister sent a [[e4|letter]] of her own four days later, on September 14. On September 16 the cabinet approved an 18 million euro emergency [[e5|package]].

The national [[e5|aid]], about 60 euros per cow, will reach farmers' accounts in October. It will not change the price processors pay, which remains around 28 cents a litre.

The Commission's answer matters more. The minister's [[e4|letter]] asked for 25 million euros from the crisis reserve, on top of what the union's [[e3|letter]] had sought for small farms. Officials in Brussels say the reserve is already under pressure from requests by fruit growers hit by spring frosts in the south.

"Eighteen million buys a winter, not a future," said Ona Vaitkute, an agricultural economist at Vytautas Magnus University. "Lithuanian dairy needs fewer, stronger cooperatives that can bargain with processors."

Latvia's farmers, who held their own rally in Riga on September 15, have been promised less. Estonia has offered nothing so far.

The farmers' union says it will decide in October whether to bring the tractors back."""),
]),
# ---------------------------------------------------------------------------- ma07
dict(story="ma07", topic="Fishmeal plant pollution in Walvis Bay, Namibia: a residents' march to the Atlantic Meal Namibia plant, the Environmental Commissioner's inspection report, a 72-hour deadline to stop discharges, a public meeting and a second deadline for an upgrade plan (Walvis Bay, Namibia)", events=[
    dict(e="e1", type="protest", date="2026-10-03", participants=["Kuisebmond Clean Air Committee", "Kuisebmond residents"], location="Walvis Bay"),
    dict(e="e2", type="report", date="2026-10-06", participants=["Environmental Commissioner of Namibia", "Atlantic Meal Namibia"], location="Windhoek"),
    dict(e="e3", type="deadline", date="2026-10-09", participants=["Environmental Commissioner of Namibia", "Atlantic Meal Namibia"], location="Walvis Bay"),
    dict(e="e4", type="deadline", date="2026-10-23", participants=["Environmental Commissioner of Namibia", "Atlantic Meal Namibia"], location="Walvis Bay"),
    dict(e="e5", type="meeting", date="2026-10-14", participants=["Walvis Bay Municipality", "Atlantic Meal Namibia", "Kuisebmond residents"],
         location="Walvis Bay"),
], tricky=[("e3", "e4", "the 72-hour deadline to stop discharging effluent, which expired on Friday October 9, vs the deadline to submit a plan for scrubbers and water treatment two weeks later, both set by the Environmental Commissioner in the same compliance order against the same plant")],
note="The petition handed over at the march, the inspection visit itself, the 2019 council fine on another "
     "factory, the halt in production and the workers sent home on reduced pay (a lockout-like stoppage, no "
     "type), the sealing of the outlet pipe, the union's request, the resumption of production and the "
     "company's statements are side / background events. 'The order' and 'the compliance order' (covering both "
     "deadlines) and 'they wrote deadlines' (aggregate) are not marked. Both deadlines are dated to their expiry.",
articles=[
dict(id="a1", source="Namib Coast Wire", published="2026-10-04",
     title="Walvis Bay residents march on fishmeal plant over stench",
     text="""WALVIS BAY, Namibia - About 800 residents of Walvis Bay's Kuisebmond township [[e1|marched]] to the gates of the Atlantic Meal Namibia fishmeal plant on Saturday, demanding an end to a smell that they say has made their homes unbearable for months.

The [[e1|march]], organised by the Kuisebmond Clean Air Committee, set off from the township's sports field and ended at the factory in the industrial area about two kilometres away, where organisers handed a petition to the plant manager. Police said it was peaceful.

"Our children wake up coughing. We close the windows and the smell comes through the walls," said Loide Shikongo, the committee's chairwoman.

Residents also accuse the plant of releasing dirty water into a channel that drains towards the Walvis Bay lagoon, a wetland protected under the Ramsar convention and home to tens of thousands of flamingos.

Atlantic Meal Namibia, which employs about 320 people and turns pilchard and horse-mackerel offcuts into animal feed, said it operated within the terms of its environmental clearance certificate and would "engage constructively" with the community.

Officials from the Environmental Commissioner's office inspected the plant last week, and their inspection [[e2|report]] is expected on Tuesday.

Fishmeal plants in Walvis Bay have drawn complaints since the 1990s. In 2019 the town council fined another factory for odour emissions, but residents say little changed. "They pay the fine and the smell stays," Shikongo said."""),
dict(id="a2", source="Windhoek Business Observer", published="2026-10-07",
     title="Watchdog gives fishmeal plant 72 hours to stop discharges",
     text="""WINDHOEK - Namibia's Environmental Commissioner has given the Atlantic Meal Namibia fishmeal plant in Walvis Bay a 72-hour [[e3|deadline]] to stop discharging process water, after an inspection [[e2|report]] found that the factory was releasing untreated effluent into a stormwater channel that runs to the lagoon.

The [[e2|report]], released on Tuesday by Environmental Commissioner Hilma Nangolo's office, says samples taken at the outlet contained ammonia and fats at many times the permitted levels. It also says the plant's odour scrubbers had not worked "for an extended period".

Under the compliance order, the company must also hand in a plan for new scrubbers and a water treatment system before a second [[e4|deadline]], on October 23.

"An environmental clearance certificate is a licence to operate responsibly, not a licence to pollute," Nangolo told reporters.

The order follows Saturday's [[e1|march]] by some 800 Kuisebmond residents to the factory gate.

Atlantic Meal Namibia said it would comply and would pause production if that was needed to fix its drainage. It declined to comment on the [[e2|report]] itself.

The Walvis Bay Fishmeal Producers' Forum, which speaks for the town's five plants, said it supported "firm but fair" enforcement and warned that the industry supports about 1,500 jobs.

Environmental lawyers said the order was the strongest action the commissioner's office had taken against a coastal factory since the Environmental Management Act came into force in 2012."""),
dict(id="a3", source="Erongo Weekly", published="2026-10-12",
     title="Fishmeal plant halts production; workers sent home",
     text="""WALVIS BAY - Atlantic Meal Namibia stopped production at its Walvis Bay plant on Friday and sent most of its 320 workers home on reduced pay, hours before the Environmental Commissioner's 72-hour [[e3|deadline]] to stop discharging effluent ran out.

Inspectors who visited on Saturday said the outlet pipe to the stormwater channel had been sealed and the plant's waste water was being trucked to the municipal treatment works.

The plant's managing director, Pieter Burger, said the company accepted the conclusions of last Tuesday's inspection [[e2|report]]. "We should have fixed the scrubbers a year ago. We are fixing them now," he said.

The Namibia Food and Allied Workers Union said it would ask the company to pay full wages during the shutdown, since the workers were not to blame.

Residents who [[e1|marched]] on the plant nine days ago say the smell has eased. "For the first time since winter we slept with the windows open," said Loide Shikongo of the Kuisebmond Clean Air Committee.

The town council has called a public [[e5|meeting]] at the Kuisebmond community hall on Wednesday, where the company is due to present its plans ahead of the second [[e4|deadline]], on October 23. The mayor, Immanuel Haipinge, said he wanted residents "to hear the plans from the people who will have to carry them out".

Other fishmeal producers in the town have asked the commissioner's office for guidance on emissions limits, the producers' forum said."""),
dict(id="a4", source="Southern Africa Environment and Business Review", published="2026-10-24",
     title="Walvis Bay's fishmeal test: can a regulator bite?",
     text="""ANALYSIS - Atlantic Meal Namibia handed in its plan for new odour scrubbers and a water treatment plant on Thursday, a day before the Environmental Commissioner's [[e4|deadline]] of October 23. It is the first time in years that a Walvis Bay fishmeal factory has done what a regulator asked, on time.

The story moved quickly. Kuisebmond residents [[e1|marched]] on the plant on October 3. Three days later the commissioner's inspection [[e2|report]] found untreated effluent flowing towards the lagoon, and her office set a 72-hour [[e3|deadline]] to stop it. The company shut down production rather than miss that first [[e3|cut-off]].

At the public [[e5|meeting]] in the community hall five days later, residents heard the company's managers apologise, and the council promised to install air-quality monitors in Kuisebmond. The [[e5|gathering]] ran past midnight.

The plan costs about 45 million Namibian dollars. Production resumed on October 19 under daily monitoring, and the workers sent home are back on full shifts.

"Regulators in Namibia have usually written letters. This time they wrote deadlines and checked them," said Ndapewa Amutenya, an environmental lawyer in Windhoek.

The harder test comes next year, when the scrubbers are due to be running. Residents say they will judge the plan by one measure: whether they can keep their windows open in summer, when the fishing season peaks and the smell is worst."""),
]),
# ---------------------------------------------------------------------------- ma08
dict(story="ma08", topic="Battery plant in Uzbekistan: the government's investment agreement with Hexin New Energy, Hexin's supply contract with UzAuto Motors two days later, a farmers' protest over the plant's land in Jizzakh and the regional governor's meeting with the farmers (Tashkent and Jizzakh, Uzbekistan)", events=[
    dict(e="e1", type="agreement", date="2026-11-03", participants=["Uzbekistan", "Hexin New Energy"], location="Tashkent"),
    dict(e="e2", type="agreement", date="2026-11-05", participants=["UzAuto Motors", "Hexin New Energy"], location="Tashkent"),
    dict(e="e3", type="protest", date="2026-11-09", participants=["Sharof Rashidov district farmers"], location="Jizzakh"),
    dict(e="e4", type="meeting", date="2026-11-11", participants=["Jizzakh regional khokim", "Sharof Rashidov district farmers"], location="Jizzakh"),
], tricky=[("e1", "e2", "the investment agreement between the Uzbek government and Hexin New Energy signed in Tashkent on Tuesday November 3 vs the supply contract between Hexin and UzAuto Motors signed in Tashkent two days later, both 'deals' for the same battery plant")],
note="The 2023 cable-plant agreement in Almalyk, the land grant and tax relief (terms of the agreement), the "
     "farmers' lease notices, the regional administration's statement, Hexin's statement, the 2024 Namangan "
     "complaints and the compensation formula are side / background events.",
articles=[
dict(id="a1", source="Silk Road Commerce Wire", published="2026-11-03",
     title="Uzbekistan signs 480 mln dollar battery plant deal with Chinese firm",
     text="""TASHKENT - Uzbekistan [[e1|signed]] an investment agreement on Tuesday with China's Hexin New Energy to build a 480 million dollar battery cell factory in the Jizzakh region, the country's biggest foreign investment in car components so far.

The [[e1|agreement]], signed at the Ministry of Investment, Industry and Trade by Deputy Minister Sherzod Rakhimov and Hexin's chairman, Zhou Jianping, provides for a plant making lithium iron phosphate cells for electric cars and buses, with production due to start in 2028. It is expected to employ about 2,200 people.

Uzbekistan will give the company 120 hectares in the Jizzakh free economic zone, ten years of tax relief and a guaranteed electricity price, the ministry said.

"This is the first step towards an Uzbek electric car built from Uzbek parts," Rakhimov said after the [[e1|signing]].

Hexin will also sign a supply [[e2|contract]] with the state carmaker UzAuto Motors on Thursday, officials said. UzAuto, which assembles cars under licence from a U.S. manufacturer, wants to launch its own electric models by the end of the decade.

Uzbekistan has courted Chinese manufacturers since it began opening its economy in 2017. In 2023 it signed a similar agreement with another Chinese firm for a copper-cable plant in Almalyk, which opened last year.

"The incentives are generous, but so is the opportunity," said Dilnoza Karimova, an economist at a Tashkent investment bank. "The question is whether local suppliers will get a share of the work.\""""),
dict(id="a2", source="Tashkent Investment Review", published="2026-11-06",
     title="UzAuto agrees to buy batteries from Hexin's future plant",
     text="""UzAuto Motors, Uzbekistan's state carmaker, [[e2|agreed]] on Thursday to buy battery cells from the plant that China's Hexin New Energy is to build in the Jizzakh region, two days after Hexin [[e1|signed]] its investment deal with the government.

Under the five-year supply [[e2|contract]], signed at UzAuto's Tashkent headquarters, the carmaker will buy cells worth at least 1.1 billion dollars for electric versions of its models. Prices will be set in dollars and reviewed every year.

UzAuto's chief executive, Anvar Qodirov, said the [[e2|deal]] would allow the company to build 60,000 electric cars a year by 2030, most of them for export to Kazakhstan and Russia.

Economists say Tuesday's [[e1|agreement]] and the tax breaks it grants are generous even by the standards of Uzbekistan's free economic zones. Hexin will pay no profit tax for ten years and no customs duty on equipment.

The land promised to Hexin is now leased to cotton and wheat farmers, who have been told to leave after the harvest. Some farmers in the Sharof Rashidov district say they have not been offered compensation and plan to [[e3|protest]] in Jizzakh on Monday.

The regional administration said the farmers would be compensated "in accordance with the law" and given priority for jobs at the plant.

Hexin, founded in 2015 in Hefei, supplies batteries to several Chinese bus makers and opened its first foreign plant, in Hungary, last year."""),
dict(id="a3", source="Central Asian Industry Journal", published="2026-11-10",
     title="Jizzakh farmers protest over land for battery plant",
     text="""JIZZAKH, Uzbekistan - About 150 farmers [[e3|protested]] outside the regional administration building in Jizzakh on Monday, demanding compensation for land that is to be handed to a Chinese battery maker, a rare public show of discontent in Uzbekistan.

The farmers, who lease about 120 hectares of irrigated land in the Sharof Rashidov district from the state, were told last month that their leases would end after the cotton harvest. The plot is the site of the factory that Hexin New Energy agreed to build under an investment [[e1|agreement]] signed in Tashkent last Tuesday.

"We have worked this land for twenty years. Now they give us a letter and tell us to go," said Ilhom Tursunov, 54, who grows cotton and wheat on 14 hectares.

Police watched but did not intervene. The farmers went home after two hours, when an official told them that the regional governor, or khokim, would [[e4|meet]] their representatives on Wednesday.

Hexin said in a statement that the land was "a matter for the Uzbek authorities" and that it expected to receive the site free of disputes.

The project matters to UzAuto Motors, which last Thursday [[e2|signed]] a five-year contract to buy the plant's cells and is counting on it to launch electric models.

Similar complaints held up a textile park near Namangan in 2024 until farmers were offered cash and new plots, officials privately acknowledge. Rights groups say compensation for leased state land is often set without asking the farmers."""),
dict(id="a4", source="Eurasian Capital Monitor", published="2026-11-23",
     title="Uzbekistan's battery bet meets the land question",
     text="""ANALYSIS - Uzbekistan's government hoped November would be remembered for its battery [[e1|deal]]. Instead, the month showed how much depends on a few dozen cotton farmers.

The investment [[e1|agreement]] with Hexin New Energy, signed on November 3, promised 480 million dollars and 2,200 jobs in the Jizzakh region. Two days later UzAuto Motors signed a supply [[e2|contract]] for the plant's cells, giving the project a guaranteed customer at home.

The following Monday, about 150 farmers [[e3|rallied]] outside the regional administration in Jizzakh. Their complaint was simple: the land promised to Hexin is land they lease and farm, and no one had offered them anything for it.

When the khokim [[e4|met]] their representatives two days later, he offered what officials describe as a compensation formula: a cash payment per hectare, replacement plots in a neighbouring district and priority for jobs at the plant. Several farmers left the [[e4|meeting]] unconvinced, saying the replacement land had no reliable water.

"Investors read these signals," said Rustam Aliev, a lawyer who advises foreign companies in Tashkent. "A land dispute will not stop a plant, but it can delay it by a season."

For UzAuto the stakes are high. Its [[e2|deal]] with Hexin assumes cells from 2028, and its electric models are planned around them. A delay on the ground in Jizzakh would ripple through the carmaker's plans."""),
]),
# ---------------------------------------------------------------------------- ma09
dict(story="ma09", topic="Fiji cane growers' boycott of the Rarawai mill over a late payment: the boycott, the growers' meeting with the prime minister, the growers' Friday deadline, the government's F$25m advance to growers and the Fiji Development Bank's F$40m loan to the Fiji Sugar Corporation (Ba and Suva, Fiji)", events=[
    dict(e="e1", type="protest", date="2026-08-03", participants=["Western Cane Growers Union", "Ba cane growers"], location="Ba"),
    dict(e="e2", type="meeting", date="2026-08-05", participants=["Western Cane Growers Union", "Prime Minister of Fiji"], location="Suva"),
    dict(e="e3", type="deadline", date="2026-08-07", participants=["Western Cane Growers Union", "Fiji"], location=None),
    dict(e="e4", type="support", date="2026-08-06", participants=["Fiji", "Fiji cane growers"], location="Suva"),
    dict(e="e5", type="support", date="2026-08-10", participants=["Fiji Development Bank", "Fiji Sugar Corporation"], location="Suva"),
], tricky=[("e4", "e5", "the Cabinet's F$25 million advance to cane growers approved on Thursday August 6 vs the Fiji Development Bank's F$40 million loan to the Fiji Sugar Corporation four days later, both money for the same payment crisis")],
note="The FSC's statements, mill breakdowns, the resumption of harvesting and crushing, the 2023 Australian-"
     "funded study of mill upgrades, earlier seasons' late payments and the union's threat to spread the boycott "
     "to Lautoka and Labasa are side / background events. The deadline is dated to its expiry on Friday August 7.",
articles=[
dict(id="a1", source="Pacific Islands News Service", published="2026-08-03",
     title="Fiji cane growers boycott Rarawai mill over late payment",
     text="""BA, Fiji - Sugar cane growers in Fiji's Ba district began a [[e1|boycott]] of the Rarawai mill on Monday, leaving cane standing in the fields in protest at a payment that is six weeks overdue.

Only 14 lorries had arrived at the mill by noon, compared with about 300 on a normal day at the height of the crushing season, and the Fiji Sugar Corporation said crushing had slowed to a crawl.

The Western Cane Growers Union, which called the [[e1|boycott]], says the corporation owes growers about F$30 million for cane delivered earlier in the season. "Growers have paid for fertiliser, for cutters and for diesel. They cannot pay for them again with promises," said the union's general secretary, Ravindra Prasad.

The union has set the government a [[e3|deadline]] of Friday to pay. If the money has not arrived by then, it says, growers who supply the Lautoka and Labasa mills will join in.

The Fiji Sugar Corporation said breakdowns at its mills and low world sugar prices had left it short of cash, and that it was "working with government on a solution".

Union leaders are due to [[e2|meet]] the prime minister in Suva on Wednesday.

Sugar was once Fiji's biggest export earner, but output has roughly halved since 2000 as growers' leases expired, young people left for the towns and the state-owned mills aged. About 11,000 farmers still grow cane, most of them on small plots in the west of Viti Levu and on Vanua Levu."""),
dict(id="a2", source="Suva Business Times", published="2026-08-06",
     title="Cabinet approves F$25m advance for cane growers",
     text="""SUVA - Fiji's Cabinet on Thursday [[e4|approved]] a F$25 million advance to sugar cane growers, a day after union leaders [[e2|met]] the prime minister and a day before the growers' [[e3|deadline]] for their overdue payment.

Sugar Minister Josaia Naivalu said the [[e4|advance]], paid through the Sugar Cane Growers Fund, would reach growers' bank accounts "by Monday at the latest" and would be recovered from the corporation's payments later in the season.

The prime minister told union leaders at Wednesday's [[e2|meeting]] that the government would also help the Fiji Sugar Corporation "restore its cash flow". Officials said discussions were under way with the Fiji Development Bank on a [[e5|loan]] to the corporation.

The Western Cane Growers Union welcomed the [[e4|payment]] but said the [[e1|boycott]] of the Rarawai mill would go on until the money was in growers' accounts. "We have heard 'by Monday' before," said general secretary Ravindra Prasad.

In the fields around Ba, growers worry about their crop. Cane that is left standing too long loses sugar content, and dry weather raises the risk of fires.

"Every day the cane stands, I lose money. But if we go back now, we lose the fight," said Sashi Kumar, who farms eight hectares near Rarawai.

Millers say the corporation's problems go deeper than one payment. Two of its three mills broke down for more than a week each in July, and crushing is running a month behind schedule."""),
dict(id="a3", source="Oceania Commodities Report", published="2026-08-11",
     title="Fiji development bank lends F$40m to sugar miller as boycott ends",
     text="""SUVA - The Fiji Development Bank [[e5|lent]] F$40 million to the Fiji Sugar Corporation on Monday to cover its payments to growers and urgent repairs at its three mills, the bank said.

The bridging [[e5|loan]], signed in Suva, runs for three years and is guaranteed by the government. About F$18 million will go to growers for cane already delivered, and the rest to replacing boilers and rollers at the Rarawai and Labasa mills.

Growers in Ba went back to harvesting on Saturday, after the government's F$25 million [[e4|advance]], approved by Cabinet last Thursday, reached their accounts on Friday, the day of their [[e3|deadline]]. The union ended its [[e1|boycott]] the same evening.

Lorries queued at the Rarawai mill gates again on Monday morning. The week-long [[e1|boycott]] cost the mill about 60,000 tonnes of cane, the corporation estimated.

"The farmers showed they can stop the industry. Now the corporation has to show it can run it," said Ravindra Prasad, general secretary of the Western Cane Growers Union.

The corporation's chief executive, Peni Rokotuiveikau, said the [[e5|financing]] gave the company "breathing space" but not a long-term answer to falling output and ageing machinery.

Australia paid for a study of mill upgrades in 2023 that recommended closing one of the three mills, a proposal the government rejected. Officials say the study will now be reviewed."""),
dict(id="a4", source="Pacific Economic Review", published="2026-08-21",
     title="Fiji's sugar rescue: two cheques and a warning",
     text="""ANALYSIS - Fiji's cane growers are back in their fields, and the Rarawai mill is crushing again. But the week in August when the country's oldest industry stopped has left two debts behind it.

The [[e1|boycott]] at Rarawai began on August 3. Two days later union leaders [[e2|sat down]] with the prime minister in Suva. The next day Cabinet [[e4|approved]] a F$25 million advance to growers, which was paid in time for their Friday [[e3|deadline]]. The following Monday the Fiji Development Bank [[e5|lent]] the Fiji Sugar Corporation itself F$40 million.

The growers' [[e4|advance]] is a loan in disguise: it will be deducted from what the corporation pays them later in the season. The bank's [[e5|loan]] is a real debt, guaranteed by taxpayers, for a company that has lost money in nine of the past ten years.

"The government bought peace for one season," said Vijay Naidu, an economist in Lautoka. "Next year the mills will be a year older and the farmers a year more tired."

The numbers are stark. Fiji produced about 120,000 tonnes of sugar last year, less than half the level of the late 1990s. Many growers are in their sixties, and their children have little interest in cutting cane.

The corporation says it will present a plan to modernise the mills by the end of the year. Growers say they will judge it by one thing: whether they are paid on time next season."""),
]),
# ---------------------------------------------------------------------------- ma10
dict(story="ma10", topic="Strike at the Textiles Cuscatlán garment plant in the San Bartolo free zone, El Salvador: the strike ballot, the strike, talks at the Ministry of Labour, the agreement and the members' ratification vote (Ilopango and San Salvador, El Salvador)", events=[
    dict(e="e1", type="election", date="2026-01-13", participants=["Textiles Cuscatlán union", "Textiles Cuscatlán workers"], location="Ilopango"),
    dict(e="e2", type="protest", date="2026-01-19", participants=["Textiles Cuscatlán union", "Textiles Cuscatlán workers"], location="Ilopango"),
    dict(e="e3", type="meeting", date="2026-01-22", participants=["Textiles Cuscatlán union", "Textiles Cuscatlán", "Ministry of Labour and Social Welfare of El Salvador"],
         location="San Salvador"),
    dict(e="e4", type="agreement", date="2026-01-23", participants=["Textiles Cuscatlán union", "Textiles Cuscatlán"], location="San Salvador"),
    dict(e="e5", type="election", date="2026-01-27", participants=["Textiles Cuscatlán union", "Textiles Cuscatlán workers"], location="Ilopango"),
], tricky=[("e1", "e5", "the strike ballot at the plant on Tuesday January 13 vs the members' vote ratifying the agreement two weeks later, both votes of the same workers at the same plant, told with 'vote', 'voted', 'ballot'")],
note="The company's lockout on January 20 (no type), its statements, the brand's statement, the 2023 union "
     "vote at another San Bartolo plant, the reopening of the gates, the U.S. tariffs on Asian apparel and the "
     "union's earlier grievances are side / background events. 'It was the first strike in the San Bartolo free "
     "zone...' is a predicate nominal and not marked; 'a long stoppage could push buyers' and 'A strike that "
     "lasted into February would have cost' are hypothetical and not marked.",
articles=[
dict(id="a1", source="Istmo Labour News", published="2026-01-14",
     title="Salvadoran garment workers vote to strike at San Bartolo plant",
     text="""ILOPANGO, El Salvador - Workers at Textiles Cuscatlán, one of the largest garment factories in the San Bartolo free zone, [[e1|voted]] by a wide margin on Tuesday to [[e2|strike]] over wages and production quotas, their union said.

Of about 2,300 workers who took part in the [[e1|ballot]], 1,870 were in favour and 420 against, according to the union, whose officials counted the votes in the factory canteen in front of a Ministry of Labour inspector.

The union said the [[e2|strike]] would begin on Monday, January 19, and last until the company improved its offer.

The workers, most of them women, sew sports shirts and leggings for brands in the United States. The union wants a 12 percent pay rise and a cut in hourly production targets, which it says have risen by a quarter in two years. The company has offered 4 percent.

"The quota is the real wage. If you do not make the quota, you lose the bonus, and without the bonus you cannot pay the rent," said Marisol Hernández, the union's general secretary.

Textiles Cuscatlán said in a statement that it "regretted" the result and that its offer was in line with other factories in the free zone. It said it hoped to avoid "any interruption of production".

The union was formed in 2021. Workers at another San Bartolo plant voted to join a union in 2023, but strikes in the country's free zones have been rare for more than a decade."""),
dict(id="a2", source="San Salvador Business Daily", published="2026-01-20",
     title="Garment workers strike at Textiles Cuscatlán; company shuts gates",
     text="""Nearly 2,000 workers at the Textiles Cuscatlán garment factory in Ilopango [[e2|walked off]] the sewing lines on Monday morning. It was the first strike in the San Bartolo free zone in more than a decade.

The company responded on Tuesday by locking the factory gates and announcing that wages would not be paid for the days lost. Workers stood outside the gates with banners and cooking pots, and said they would stay there.

"We [[e1|voted]] for this. Now we will stand here until they listen," said Marisol Hernández, the union's general secretary.

Last Tuesday's [[e1|vote]], in which 1,870 workers backed the [[e2|strike]], followed six months of fruitless negotiations over pay and hourly production targets. The union wants a 12 percent rise; the company has offered 4 percent.

The Ministry of Labour and Social Welfare has invited the union and the company's management to [[e3|talks]] on Thursday at its offices in San Salvador. Deputy Labour Minister Claudia Renderos said the government wanted "a quick solution that protects jobs".

Northfield Athletic, a U.S. sportswear brand that buys about half of the plant's output, said it was "monitoring the situation closely" and expected its suppliers to respect workers' rights.

The factory employs about 2,600 people and ships around 40,000 garments a day. Exporters' associations warned that a long stoppage could push buyers to move orders to Honduras or Guatemala."""),
dict(id="a3", source="Maquila Monitor", published="2026-01-24",
     title="Deal reached to end Textiles Cuscatlán strike; members to vote Tuesday",
     text="""SAN SALVADOR - The union and management of Textiles Cuscatlán reached an [[e4|agreement]] late on Friday to end a five-day [[e2|strike]] at the Ilopango garment plant, after two days of [[e3|talks]] at the Ministry of Labour.

The [[e4|deal]] gives workers a 9 percent pay rise from February, cuts hourly production targets by 10 percent and sets up a joint committee to review them every six months. The company will also pay half of the wages lost during the [[e2|stoppage]].

Union members will [[e5|vote]] on the [[e4|accord]] on Tuesday at the plant. The union's general secretary, Marisol Hernández, said she would recommend it. "We did not get everything. We got the quota, and that is what hurt most," she said.

Deputy Labour Minister Claudia Renderos, who chaired the [[e3|negotiations]], said both sides had "shown maturity". The company said the factory gates would reopen on Monday and production would restart at once.

The workers had approved the [[e2|walkout]] in a [[e1|ballot]] on January 13, by 1,870 votes to 420.

Exporters in the San Bartolo free zone were relieved. "A strike that lasted into February would have cost the whole zone orders for the spring season," said an official of the free zone's management company.

Labour lawyers said the [[e3|talks]] were the first in years in which the ministry had brought a free-zone employer and a union to the same table."""),
dict(id="a4", source="Americas Apparel Review", published="2026-02-03",
     title="Two votes at San Bartolo: a lesson for Central American garment makers",
     text="""ANALYSIS - Workers at Textiles Cuscatlán [[e5|approved]] their new contract by 1,950 votes to 380 on January 27, closing the first [[e2|strike]] in El Salvador's free zones in more than a decade. The way it was won and settled holds lessons for the region's garment industry.

The [[e1|ballot]] that started it, on January 13, gave the union a clear mandate. Six days later the [[e2|strike]] began, and the company answered with a lockout. On the Thursday of the first week, the two sides [[e3|sat down]] at the Ministry of Labour, and the [[e4|agreement]] came the following evening. Four days after that, members [[e5|ratified]] it in the factory canteen.

The [[e4|deal]] is modest on pay, a 9 percent rise, but new on quotas: production targets will now be reviewed by a joint committee. "Quotas are where the money is made and lost in this industry," said Ana Beatriz Flores, a labour researcher in San Salvador.

Brands are watching. Since the United States raised tariffs on Asian apparel last year, buyers have moved orders to Central America, and factories have raised targets to keep up. The [[e2|walkout]] showed that workers will push back.

For employers, the lesson may be that a fast settlement is cheaper than a long fight. The plant lost about a week of output; a month would have cost it its biggest customer."""),
]),
]
