"""Source of ../stories_dev10/articles.jsonl and ../stories_dev10/gold.jsonl.

TENTH DEVELOPMENT story set (stories_dev10) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, the docstring and first two
stories of stories_dev9_spec, a list of the topics of the earlier sets, DATASETS.md
section 2).  It is intended for DEVELOPMENT: the system's errors on it may be read and used
for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
ships, candidates and events, some real places and institutions).  Event mentions are
marked inline as [[eN|trigger]]; build_stories.py strips the markers, computes character
offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev10_spec \\
        --out tests/gold/stories_dev10

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (a theft
of bronze lamps at Apollonia, arrests of coin smugglers in Tobruk, a central-bank fine on two
other Ivorian lenders, an earlier EU grant for a sewage plant in Gavar, a State Audit Office
report, Indonesia's freeze on new placements of maids, the 2022 Indonesia-Malaysia
memorandum, opposition MPs' letter to the governor-general of St. Kitts, the EU suspension
of Vanuatu's visa waiver, NATO frigates sent to the Baltic, the seizure of the Eagle S,
the 2024 hajj deaths, Egypt's 2024 licence withdrawals, a 2021 arson attack on an
inspector's car in Struga, UNESCO's 2017 mission report, a coach's doping ban).  Aggregate
mentions covering two gold events ("two scientific reports in a week", "two of the
country's top road runners were suspended", "more than 120 people died in the heat", "He
is the fourth person held in the case", "the two letters") and negated or hypothetical
mentions ("weighing all options, including the licence", "if Brussels is not satisfied")
are not marked.  Titles are not annotated.  Articles are 180-250 words; the articles of a
story are published on different weekdays, so the same weekday name can point to different
dates (and, within one article, "Friday" can point back to the previous Friday and forward
to the next one), and some dates are only given relatively ("a day after", "two days
earlier", "last Sunday", "last weekend", "at the weekend", "earlier this week", "next
Friday", "next week", "the following day", "late on Tuesday", "last month").

Type conventions used here (the type list has no better fit):
  * an armed break-in at an antiquities storeroom, in which guards were tied up and beaten,
    and the torching of demolition excavators with a beating of a guard are `attack`
    events; "raid", "theft", "stolen", "break-in", "assault" and "set fire to" are mentions
    of them;
  * police detaining storeroom guards and, three days later, an antiques dealer in another
    city over the same theft (a tricky pair), police detaining a tanker's officers after a
    cable was cut and detectives detaining a pharmacist are `arrest` events;
  * an Italian archaeological mission leaving its excavation after the raid is a
    `withdrawal` event;
  * a navy minehunter sent to guard a damaged cable and a border-guard patrol ship sent
    three days later to escort the repair vessel (a tricky pair) are `deployment` events;
  * a state monitoring centre's water-quality report and an academy institute's study two
    days later (a tricky pair), grid operators' damage assessment and a UNESCO / ICOMOS /
    IUCN mission report are `report` events;
  * a government declaring an ecological emergency, a UNESCO appeal to collectors and a
    Saudi ministry blaming unregistered pilgrims are `statement` events;
  * an EU grant for sewage plants and a state compensation fund for savers of a failed
    microlender are `support` events;
  * savers' sit-in at a lender's headquarters and a savers' march in another city two days
    later (a tricky pair) and a town's railway blockade (dated to its first day) are
    `protest` events;
  * a finance ministry revoking a microlender's licence, the provisional suspensions of two
    runners by the Athletics Integrity Unit two days apart (a tricky pair) and Egypt
    stripping travel agencies of their licences are `sanction` events;
  * the European Commission's and the U.S. Treasury's letters to the same five passport-
    selling states two days apart (a tricky pair) and a minister's letter of protest are
    `letter` events;
  * a demolition ultimatum for lakeside piers and bars and a second one for hotels a week
    later (a tricky pair) and a reply deadline set in a letter are `deadline` events, dated
    to the day they expire;
  * rounds of talks are `meeting` events dated to their first day (a failed round in Cusco
    and a second round in Machu Picchu two days later are a tricky pair); a leaders'
    summit is a `meeting`, and the accord reached at it is a separate `agreement`;
  * a protocol initialled by officials and a memorandum signed by ministers two days later
    (a tricky pair) are separate `agreement` events;
  * heat deaths of pilgrims on Arafat day and during the stoning at Mina two days later (a
    tricky pair) are `casualties` events; "the dead", "victims", "toll" and "killing" are
    mentions;
  * a federation's presidential vote is an `election`;
  * the cable damage itself, the demolitions, the freezing of deposits, court decisions,
    the lifting of a placement freeze, beach closures and the release of detainees have no
    type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- v01
dict(story="v01", topic="armed raid on the Cyrene antiquities storeroom, arrests of guards and of a Benghazi dealer, Italian archaeologists' pullout and a UNESCO appeal (Shahat and Benghazi, Libya)", events=[
    dict(e="e1", type="attack", date="2026-03-08", participants=["unidentified gunmen", "Libyan Department of Antiquities"],
         location="Shahat"),
    dict(e="e2", type="arrest", date="2026-03-09", participants=["Libyan police", "storeroom guards"], location="Shahat"),
    dict(e="e3", type="arrest", date="2026-03-12", participants=["Libyan police", "antiques dealer"], location="Benghazi"),
    dict(e="e4", type="withdrawal", date="2026-03-10", participants=["Italian archaeological mission at Cyrene"],
         location="Shahat"),
    dict(e="e5", type="statement", date="2026-03-11", participants=["UNESCO"], location="Paris"),
], tricky=[("e2", "e3", "police detaining two guards and a driver in Shahat on Monday vs police detaining an antiques dealer in Benghazi on Thursday, same theft and same investigators, three days apart")],
note="The January theft of bronze lamps at Apollonia, the 2011 Benghazi Treasure theft, the arrests of coin smugglers "
     "in Tobruk last year, the reward offer and the reading of the appeal at Friday prayers are side / background "
     "events. 'He is the fourth person held in the case' covers both arrests and is not marked.",
articles=[
dict(id="a1", source="North Africa Press Agency", published="2026-03-10",
     title="Libya detains guards after armed raid on Cyrene antiquities store",
     text="""SHAHAT, Libya - Libyan police have [[e2|detained]] two night guards and a driver over an armed [[e1|raid]] on an antiquities storeroom at the ancient Greek city of Cyrene, officials said on Tuesday.

The three men, all from Shahat, the modern town beside the ruins, were [[e2|arrested]] on Monday and handed over to prosecutors in Al Bayda, the Department of Antiquities said.

Gunmen [[e1|stormed]] the storeroom shortly after 2 a.m. on Sunday, tying up four guards and beating one of them with a rifle butt before driving off with 23 marble heads and statuettes. The injured guard was treated in hospital and released.

The [[e1|raid]] prompted an Italian archaeological team to [[e4|pull out]] of Cyrene. Its 14 members were [[e4|leaving]] Shahat for Benghazi on Tuesday and will fly to Rome later in the week, mission director Paola Venturini said.

"We cannot work in a place where our colleagues are tied up at gunpoint," she said.

Eastern Libyan authorities offered a reward of 50,000 dinars for information leading to the recovery of the pieces, most of which were excavated after 2008 and have never been put on display.

Cyrene, founded by Greek settlers in the seventh century BC, is one of five Libyan sites on UNESCO's World Heritage list. In January, thieves cut through the fence of the museum at nearby Apollonia and took two bronze lamps. Nobody has been charged over that theft."""),
dict(id="a2", source="Maghreb Analysis Service", published="2026-03-12",
     title="UNESCO alarm over Cyrene theft exposes Libya's unguarded heritage",
     text="""TRIPOLI, Libya - UNESCO has [[e5|urged]] auction houses and customs services to look out for marble sculptures looted from the ancient city of Cyrene, after an armed [[e1|theft]] that laid bare how thinly Libya's archaeological sites are guarded fifteen years after the fall of Muammar Gaddafi.

The UN cultural agency's [[e5|statement]], issued in Paris on Wednesday, said all 23 pieces, among them a second-century head of Apollo, had been catalogued and "will be recognised wherever they surface". The [[e5|appeal]] also asked Egypt, Tunisia and Malta to tighten checks at ports and border crossings.

The sculptures were taken early on Sunday, when armed men [[e1|overpowered]] the guards of a storeroom in Shahat. Two of those guards, along with a driver, were [[e2|detained]] the following day on suspicion of having tipped off the gang, investigators said.

Cyrene has been on UNESCO's danger list since 2016, and its custodians complain of unpaid salaries. In 2011 thousands of ancient coins known as the Benghazi Treasure vanished from a bank vault, and last year police in Tobruk arrested three men with Cyrenaican coins hidden in a fuel tank.

The [[e1|attack]] has also cost the site its foreign expertise. Italian archaeologists, who had returned only in 2024 after a decade away, [[e4|withdrew]] on Tuesday, and their university said it would not send a team back "until security allows".

"Every season lost is a season in which the looters fill the gap," said Nuri al-Taher, an archaeologist at the University of Benghazi."""),
dict(id="a3", source="Green Mountain Courier", published="2026-03-14",
     title="Shahat relieved, and ashamed, as stolen heads turn up in Benghazi",
     text="""SHAHAT - Three of the marble heads [[e1|stolen]] from Cyrene last weekend were found in the back room of an antiques shop in Benghazi, where police [[e3|arrested]] the owner on Thursday, investigators said.

The 52-year-old dealer, identified only by his initials, was [[e3|picked up]] after a customer told police about "old stone faces" on sale in the Souq al-Jreed. He is the fourth person held in the case, after two storeroom guards and a driver from our town were [[e2|taken into custody]] on Monday.

In Shahat the news brought relief mixed with shame. "Our grandfathers dug these heads out of the ground, and they belong here," said Mabrouka Salem, 61, who sells tea at the entrance to the Sanctuary of Apollo. "Now people say the thieves were our own sons."

Ahmed Buzaid, whose cousin was among the guards tied up during the [[e1|break-in]] in the early hours of last Sunday, said the men had not been paid since November. "Four guards, one old rifle, and marble worth millions," he said.

Shopkeepers said the Italian team's [[e4|departure]] on Tuesday would hurt the town. "They rented six houses and hired twenty diggers every spring," said grocer Khaled Omar.

UNESCO's [[e5|warning]] to collectors, published on Wednesday, was read out after Friday prayers at the main mosque, worshippers said. Twenty pieces are still missing, and the Department of Antiquities has asked residents to report anything they see offered for sale."""),
]),
# ---------------------------------------------------------------------------- v02
dict(story="v02", topic="collapse of a microfinance lender: savers' sit-in in Abidjan, savers' march in Bouake, licence revocation and a state compensation fund (Abidjan and Bouake, Cote d'Ivoire)", events=[
    dict(e="e1", type="protest", date="2026-05-11", participants=["CIES depositors"], location="Abidjan"),
    dict(e="e2", type="protest", date="2026-05-13", participants=["CIES depositors"], location="Bouake"),
    dict(e="e3", type="sanction", date="2026-05-14", participants=["Ivorian Ministry of Economy and Finance",
         "Caisse Ivoirienne d'Epargne Solidaire"], location="Abidjan"),
    dict(e="e4", type="support", date="2026-05-15", participants=["Government of Cote d'Ivoire", "CIES depositors"],
         location="Abidjan"),
], tricky=[("e1", "e2", "savers' sit-in outside the lender's Abidjan headquarters on Monday vs savers' march to the Bouake prefecture on Wednesday, same depositors of the same lender, two days apart")],
note="The freezing of withdrawals on May 4, the brief detention of 11 protesters, the 2019 closure of Epargne Plus, "
     "the BCEAO's March fines on two other lenders, the planned meeting with the administrator and a planned march in "
     "Korhogo are side / background events. 'weighing all options, including the licence' is hypothetical and not marked.",
articles=[
dict(id="a1", source="West Africa Financial Wire", published="2026-05-12",
     title="Ivorian savers besiege microlender's headquarters, police fire tear gas",
     text="""ABIDJAN, Ivory Coast - Hundreds of savers [[e1|besieged]] the Abidjan headquarters of microfinance lender CIES on Monday, demanding access to deposits frozen for more than a week, and police fired tear gas to clear them from the street.

The [[e1|sit-in]], which began at dawn, blocked traffic on the Boulevard de la Republique in the Plateau business district until early afternoon. Police said 11 people were briefly detained and two officers slightly hurt.

Caisse Ivoirienne d'Epargne Solidaire, which says it has about 180,000 clients, halted withdrawals on May 4, citing "a temporary liquidity shortfall". Its chief executive, Serge Kouame Yao, has not been seen in public since.

Depositors' committees in Bouake, the country's second-largest city, said they would [[e2|march]] to the regional prefecture on Wednesday.

The finance ministry, which supervises microfinance institutions together with the regional central bank, BCEAO, said it was "following the situation closely" and had ordered an audit of the lender's books. An official who asked not to be named said the ministry was weighing "all options, including the licence".

Microfinance institutions hold the savings of millions of Ivorians who have no bank account, among them market traders, taxi drivers and cocoa farmers. Regulators shut down another lender, Epargne Plus, in 2019 after its managers vanished with deposits, and many of its clients never recovered their money."""),
dict(id="a2", source="Gulf of Guinea Economic Review", published="2026-05-15",
     title="Ivory Coast pulls CIES licence as microfinance crisis spills onto the streets",
     text="""ABIDJAN - Ivorian authorities [[e3|revoked]] the operating licence of the microfinance lender CIES on Thursday and placed it under provisional administration, the toughest step yet in a collapse that has cut off some 180,000 savers, many of them market traders and cocoa farmers, from their money.

The [[e3|revocation]], ordered by the Ministry of Economy and Finance on the recommendation of the central bank, BCEAO, bars the company from taking deposits or granting loans. A provisional administrator, former banker Mariam Diabate, has three months to establish how much is left.

The [[e3|decision]] came after two days of anger on the streets. On Monday, savers staged a [[e1|sit-in]] outside the lender's headquarters in Abidjan that police broke up with tear gas; on Wednesday several thousand people [[e2|marched]] through Bouake to the prefecture, chanting "give us back our sweat".

Microfinance has grown fast in the West African Economic and Monetary Union, but supervision has lagged behind. In March the BCEAO fined two smaller Ivorian lenders for failing to file accounts, and a 2023 review found that one institution in five was under-capitalised.

"The regulator saw the warning signs at CIES at least a year ago," said Awa Toure-Bamba, an economist at Felix Houphouet-Boigny University in Cocody. "[[e3|Pulling]] the licence now protects nobody's savings."

Whether the state will cover the losses is the next question. The prime minister's office said a [[e4|rescue fund]] for small depositors would go before ministers later on Friday."""),
dict(id="a3", source="Gbeke Morning Post", published="2026-05-18",
     title="Bouake savers welcome state fund, but say the fight goes on",
     text="""BOUAKE - Savers who [[e2|marched]] on the prefecture last Wednesday say the government's compensation [[e4|fund]] for depositors of the collapsed lender CIES, approved on Friday, is "a start, not the end".

Under the [[e4|scheme]], worth 12 billion CFA francs (about 21 million dollars), savers will be repaid up to 500,000 francs each from June. Larger depositors must wait for the provisional administrator to sell the company's assets.

"I put 1.4 million francs in there, the money for my daughter's school fees," said yam seller Adjoua Konan, 47, at the Grand Marche. "Half a million is something. The rest is still in the air."

Our city's [[e2|procession]], which drew about 3,000 people from the Koko district to the prefecture, ended peacefully, unlike the [[e1|sit-in]] in Abidjan two days earlier, when police fired tear gas at savers.

Residents said the [[e3|withdrawal]] of the lender's licence last Thursday had come too late. "Everyone in the market knew CIES was paying interest it could not afford," said tailor Moussa Ouattara, who lost 800,000 francs.

The depositors' committee said it would meet the administrator on Tuesday and would call another march, in Korhogo, next Saturday if repayments are delayed. Its spokesman, Ibrahim Sangare, said about 40,000 of the lender's clients live in the Gbeke region, most of them traders who used CIES because the nearest bank branch was too far away."""),
]),
# ---------------------------------------------------------------------------- v03
dict(story="v03", topic="toxic algal bloom on Lake Sevan: monitoring centre's report, academy study blaming sewage, government emergency declaration and an EU grant for sewage plants (Sevan, Armenia)", events=[
    dict(e="e1", type="report", date="2026-08-03", participants=["Hydrometeorology and Monitoring Center of Armenia"],
         location="Yerevan"),
    dict(e="e2", type="report", date="2026-08-05", participants=["Scientific Centre of Zoology and Hydroecology"],
         location="Yerevan"),
    dict(e="e3", type="statement", date="2026-08-06", participants=["Government of Armenia"], location="Yerevan"),
    dict(e="e4", type="support", date="2026-08-07", participants=["European Union", "Armenia"], location="Yerevan"),
], tricky=[("e1", "e2", "the state monitoring centre's water-quality report on Monday vs the Academy of Sciences institute's study on Wednesday, same bloom on the same lake, two days apart")],
note="The weekly cabinet session, last year's beach closures, the Soviet-era draining of the lake, the EU's 2019 grant "
     "for a sewage plant in Gavar and the State Audit Office report of last month are side / background events. "
     "'two scientific reports in a week' covers both reports and is not marked.",
articles=[
dict(id="a1", source="Caucasus News Agency", published="2026-08-04",
     title="Toxic algae found at Lake Sevan beaches, monitoring centre says",
     text="""YEREVAN, Armenia - Levels of toxic blue-green algae at several beaches on Lake Sevan are four times above the safe limit, Armenia's state monitoring centre said in a [[e1|report]] published on Monday, at the height of the summer holiday season.

The Hydrometeorology and Monitoring Center, part of the Environment Ministry, [[e1|found]] the highest concentrations of cyanobacteria near the town of Sevan and the village of Shorzha, where water samples were taken last week. It advised people not to swim at seven beaches and said livestock should not drink from the lake.

Water in parts of the lake's northern basin has turned green, and residents have complained of a strong smell along the shore since late July.

Sevan, the largest lake in the Caucasus and Armenia's main source of fish and irrigation water, has suffered algal blooms in several recent summers. Last August the ministry closed two beaches for a week after a smaller outbreak.

Scientists at the Academy of Sciences, who have been sampling the lake since June, are due to publish their own [[e2|findings]] on Wednesday.

Environment Minister Ani Grigoryan said the government would discuss the bloom at its weekly cabinet session on Thursday. "Sevan is not only a beach. It is the country's water reserve," she told reporters.

Tour operators said bookings at lakeside hotels had fallen by a third since the weekend."""),
dict(id="a2", source="Lakeside Gazette", published="2026-08-06",
     title="'The lake is sick': Sevan beach owners count losses as scientists blame sewage",
     text="""SEVAN - On the beach below the Sevanavank monastery, the plastic sunbeds were empty on Wednesday, and the water lapping the sand had the colour of pea soup.

"In August this place should be full of families from Yerevan. Look at it," said Armen Hakobyan, 54, who rents out 40 sunbeds and runs a small cafe. "Since the [[e1|report]] on Monday, people cancel every day."

The monitoring centre's [[e1|findings]], which put cyanobacteria at four times the safe level, were followed on Wednesday by a [[e2|study]] from the Academy of Sciences' Scientific Centre of Zoology and Hydroecology that blamed untreated sewage from lakeside towns and hotels for feeding the bloom. The institute's [[e2|analysis]] said phosphorus levels in the northern basin had doubled in ten years.

Fishermen in the village of Tsovagyugh say the whitefish catch has fallen sharply. "We have known for years where the sewage goes. Everyone in town knows," said Gagik Manukyan, who has fished the lake for three decades.

The town's only treatment plant, built in Soviet times, has not worked since 2011, municipal officials admit. Two years ago the town applied for foreign money to rebuild it and heard nothing back.

Residents hope the government will act when ministers meet later on Thursday. The prime minister's office said a [[e3|statement]] on the lake would be issued after the session. "We do not need more studies. We need pipes," said Hakobyan."""),
dict(id="a3", source="Eurasia Environment Wire", published="2026-08-08",
     title="EU money for sewage plants as Armenia declares Sevan bloom an emergency",
     text="""YEREVAN - The European Union will [[e4|give]] Armenia 15 million euros to build wastewater treatment plants around Lake Sevan, its delegation in Yerevan said on Friday, a day after the government [[e3|declared]] this summer's algal bloom on the lake an ecological emergency.

The [[e4|grant]], which Armenia must match with 5 million euros of its own, will pay for three plants in Sevan, Martuni and Vardenis, where sewage now flows almost untreated into the lake or its tributaries. The EU funded a smaller plant in Gavar in 2019.

In its [[e3|declaration]] after Thursday's cabinet session, the government banned swimming at seven beaches until further notice and ordered inspections of every hotel on the shore.

Two scientific reports in a week had forced the government's hand. The first, [[e1|released]] on Monday by the state Hydrometeorology and Monitoring Center, found cyanobacteria at four times the safe limit; a [[e2|report]] by the Academy of Sciences' hydroecology centre two days later traced the bloom to phosphorus from untreated sewage.

Sevan's troubles go back decades. Soviet planners drained the lake for irrigation and hydropower from the 1930s, lowering it by almost 20 metres, and the water rising again since the 2000s has flooded shoreline forests that now rot in the shallows. Last month the State Audit Office criticised the slow spending of earlier lake-protection budgets.

"The money is welcome, but plants take years to build, and the lake needs relief now," said hydrobiologist Lilit Avetisyan."""),
]),
# ---------------------------------------------------------------------------- v04
dict(story="v04", topic="domestic workers' row after a maid's death: Indonesian minister's letter, Kuala Lumpur talks, an officials' protocol on rest days and wages and a new recruitment memorandum (Indonesia - Malaysia)", events=[
    dict(e="e1", type="letter", date="2026-05-28", participants=["Indonesian Ministry of Migrant Workers Protection",
         "Malaysian Ministry of Human Resources"], location="Jakarta"),
    dict(e="e2", type="meeting", date="2026-06-08", participants=["Indonesia", "Malaysia"], location="Kuala Lumpur"),
    dict(e="e3", type="agreement", date="2026-06-09", participants=["Indonesia", "Malaysia"], location="Kuala Lumpur"),
    dict(e="e4", type="agreement", date="2026-06-11", participants=["Indonesia", "Malaysia"], location="Putrajaya"),
], tricky=[("e3", "e4", "the protocol on a weekly day off and direct wage payment initialled by officials late on Tuesday vs the memorandum on recruitment signed by ministers on Thursday, same two governments, two days apart")],
note="The maid's death in Penang and the murder charge, Indonesia's freeze on new placements (imposed May 30) and its "
     "planned lifting, the 2022 memorandum, Indonesia's 2009 freeze, a planned meeting on plantation workers and a "
     "prayer vigil are side / background events. 'Agreements have been signed before' is generic and not marked.",
articles=[
dict(id="a1", source="Straits Press Agency", published="2026-06-08",
     title="Indonesia, Malaysia open talks on maids after worker's death",
     text="""KUALA LUMPUR, Malaysia - Indonesian and Malaysian officials opened two days of [[e2|talks]] in Kuala Lumpur on Monday on protecting the roughly 90,000 Indonesian women working as maids in Malaysia, weeks after the death of a worker in Penang prompted an angry [[e1|letter]] from Jakarta.

The [[e2|negotiations]] are expected to produce a [[e3|protocol]] on wages and rest days, to be followed by a new memorandum of understanding that ministers from both countries plan to [[e4|sign]] in Putrajaya on Thursday, a Malaysian official said.

In a [[e1|letter]] to Malaysian Human Resources Minister Kamal Ariffin dated May 28, Indonesia's Minister for Migrant Workers Protection, Rahmat Siregar, demanded "concrete guarantees" after a 23-year-old maid from East Nusa Tenggara was found dead in her employer's house in Penang. The employer has been charged with murder.

Indonesia said it would not lift a freeze on new placements of domestic workers, imposed on May 30, until a deal is in place.

The two countries signed their last agreement on domestic workers in April 2022 in Jakarta, but Indonesian rights groups say it has been poorly enforced and that many maids still work without a day off and hand their passports to employers.

Malaysian employers' groups say more than 20,000 households are waiting for maids. "Families with elderly parents are the ones suffering from the freeze," said Hamidah Yusof of the Malaysian Maid Employers Association."""),
dict(id="a2", source="Asia Labour Monitor", published="2026-06-10",
     title="Malaysia concedes weekly day off for Indonesian maids as ministers prepare to sign new pact",
     text="""KUALA LUMPUR - Indonesian domestic workers in Malaysia will be entitled to a full day off each week and must be paid directly into their own bank accounts, under a [[e3|protocol]] agreed late on Tuesday by officials of the two countries, bringing closer a broader deal that ministers hope to [[e4|sign]] on Thursday.

The [[e3|text]], initialled at the end of two days of [[e2|talks]] at Malaysia's human resources ministry, also caps the recruitment fees that agencies may deduct from a maid's salary at one month's pay, Indonesian negotiator Dewi Anggraini told reporters.

It is the first tangible result of a diplomatic row that flared when Jakarta's migrant workers minister, Rahmat Siregar, [[e1|wrote]] to his Malaysian counterpart last month demanding guarantees for the safety of Indonesian maids. Indonesia then froze new placements of domestic workers, a step it last took in 2009, when the freeze lasted two years.

Indonesians are the largest group among Malaysia's foreign maids, and abuse cases have strained relations for two decades. The memorandum signed in 2022 created a single recruitment channel on paper, but employers kept hiring through agents on tourist visas.

The [[e4|memorandum]] that ministers are due to sign in Putrajaya would replace that accord and move all recruitment onto an online system run jointly by the two governments, officials said.

"Rules on paper have never been the problem. Enforcement inside private homes is," said Tan Hui Ling of the Kuala Lumpur-based Migrant Rights Forum."""),
dict(id="a3", source="Flobamora Post", published="2026-06-13",
     title="Kupang families cautious as Jakarta and Kuala Lumpur seal maid deal",
     text="""KUPANG, Indonesia - In the hill village of Oelbiteno, outside Kupang, where the maid who died in Penang grew up, news that Indonesia and Malaysia had [[e4|signed]] a new agreement on domestic workers on Thursday was met with shrugs.

"Agreements have been signed before. My sister still came home in a coffin," said Yohana Bria, 38, the dead woman's elder sister.

The [[e4|memorandum]], signed in Putrajaya by Indonesian minister Rahmat Siregar and Malaysian human resources minister Kamal Ariffin, moves all hiring onto a single online system. According to the ministry, it builds on Tuesday's [[e3|protocol]] giving maids a weekly day off and wages paid straight into their own bank accounts.

Both were worked out at [[e2|talks]] in Kuala Lumpur earlier this week, which Siregar's ministry called "the most serious in years".

The family said Siregar's [[e1|letter]] to Malaysia last month was the first sign that anyone in Jakarta cared. "He [[e1|wrote]] it the week she was buried. We felt heard," said Bria.

Recruitment agents in Kupang are more worried about business. "We have sent nobody since the freeze, and families here live on the money from Malaysia," said agent Fransiskus Ndun. The ministry said the freeze on new placements would be lifted on July 1.

East Nusa Tenggara sends more women abroad as maids than almost any other Indonesian province. Church groups in Kupang will hold a prayer vigil for migrant workers on Sunday."""),
]),
# ---------------------------------------------------------------------------- v05
dict(story="v05", topic="citizenship-by-investment under pressure: European Commission and U.S. Treasury letters to five Eastern Caribbean states, a reply deadline, a leaders' summit in Basseterre and a joint-regulator accord (St. Kitts and Nevis, Antigua and Barbuda, Dominica, Grenada, St. Lucia)", events=[
    dict(e="e1", type="letter", date="2026-10-05", participants=["European Commission", "Antigua and Barbuda", "Dominica",
         "Grenada", "Saint Kitts and Nevis", "Saint Lucia"], location="Brussels"),
    dict(e="e2", type="letter", date="2026-10-07", participants=["United States Department of the Treasury", "Antigua and Barbuda",
         "Dominica", "Grenada", "Saint Kitts and Nevis", "Saint Lucia"], location="Washington"),
    dict(e="e3", type="deadline", date="2026-10-16", participants=["European Commission", "Antigua and Barbuda", "Dominica",
         "Grenada", "Saint Kitts and Nevis", "Saint Lucia"], location=None),
    dict(e="e4", type="meeting", date="2026-10-10", participants=["Antigua and Barbuda", "Dominica", "Grenada",
         "Saint Kitts and Nevis", "Saint Lucia"], location="Basseterre"),
    dict(e="e5", type="agreement", date="2026-10-10", participants=["Antigua and Barbuda", "Dominica", "Grenada",
         "Saint Kitts and Nevis", "Saint Lucia"], location="Basseterre"),
], tricky=[("e1", "e2", "the European Commission's letter delivered on Monday vs the U.S. Treasury's letter received on Wednesday, same five recipient governments and the same subject, two days apart")],
note="The EU's 2024 suspension of Vanuatu's visa waiver, the 2023 agreement on a 200,000-dollar minimum investment, "
     "opposition MPs' letter to the governor-general the previous week, the 2022 Commission report and the planned "
     "joint reply are side / background events. 'the two letters' covers both letters and is not marked; 'if Brussels "
     "is not satisfied' is hypothetical.",
articles=[
dict(id="a1", source="Antilles News Agency", published="2026-10-06",
     title="EU warns Caribbean passport-selling states over visa-free travel",
     text="""ST. JOHN'S, Antigua - The European Commission has [[e1|written]] to five Eastern Caribbean governments warning that their citizens could lose visa-free access to Europe's Schengen area unless they tighten checks on people who buy their passports, officials said on Tuesday.

The [[e1|letter]], delivered on Monday to Antigua and Barbuda, Dominica, Grenada, St. Kitts and Nevis and St. Lucia, sets a [[e3|deadline]] of October 16 for a reply listing the applicants rejected since 2023 and the background checks used on the others.

Citizenship-by-investment programmes, which grant a passport in exchange for a donation or a property investment of at least 200,000 dollars, bring in up to a third of government revenue on some of the islands.

Antigua's foreign minister, Cedric Joseph, called the [[e1|warning]] "heavy-handed and late". Leaders of the five states will [[e4|meet]] in Basseterre, the capital of St. Kitts and Nevis, on Saturday to coordinate a response, his office said.

The European Union suspended visa-free travel for citizens of Vanuatu in 2024 over the sale of its passports, and the Commission has repeatedly said that the Caribbean programmes could be next. Passports from the five states give visa-free entry to about 150 countries.

A Commission spokesperson in Brussels confirmed that the [[e1|letter]] had been sent but declined to comment on its content. Dominica's government said it would "engage constructively"."""),
dict(id="a2", source="St. Kitts Evening Herald", published="2026-10-09",
     title="Now Washington writes too: Kittitians uneasy as leaders gather for passport summit",
     text="""BASSETERRE - A second [[e2|letter]], this one from the United States Treasury, has added to the unease in Basseterre ahead of Saturday's [[e4|summit]] of leaders from the five Caribbean countries that sell citizenship.

The Treasury's [[e2|letter]], received by the five governments on Wednesday, asks for the names and nationalities of everyone granted citizenship through investment since 2020 and warns that banks may be told to treat the new passport holders as "higher-risk" customers. It arrived two days after the European Commission's own [[e1|warning]].

"Half the new roads and the hospital wing were paid for by passports," said taxi driver Delroy Browne, 52, waiting for fares outside the Circus. "If Europe closes the door, it is ordinary Kittitians who will stand in line for visas to visit Paris."

Sharon Liburd, a receptionist at a hotel on Frigate Bay, said she worried for her job. "Half our guests in the winter are investors coming to look at villas," she said.

The prime ministers of Antigua and Barbuda, Dominica, Grenada and St. Lucia are due to fly in on Friday evening, and the [[e4|meeting]] will be held at government headquarters on Church Street. Brussels' [[e3|deadline]] for answers, October 16, is a week from today.

The previous week, opposition MPs wrote to the governor-general asking for a public inquiry into the citizenship unit, which was reorganised in 2023 after complaints that passports had been sold at discounts."""),
dict(id="a3", source="Atlantic and Caribbean Economic Report", published="2026-10-12",
     title="Caribbean passport states agree common regulator under EU and U.S. pressure",
     text="""BASSETERRE, St. Kitts - Five Eastern Caribbean states that sell citizenship [[e5|agreed]] at the weekend to create a joint regulator with powers to vet applicants and revoke passports, in an attempt to head off European and American threats to their programmes.

The [[e5|accord]], reached on Saturday at a [[e4|summit]] of the five heads of government in Basseterre, also commits the five to share applicant data and to interview every applicant in person.

The [[e4|meeting]] was called after the European Commission [[e1|wrote]] to the five on October 5 threatening to suspend their citizens' visa-free access to the Schengen area. The U.S. Treasury followed two days later with a [[e2|letter]] asking for the names of everyone who had bought citizenship since 2020. Diplomats in Basseterre said the two letters did not appear to have been coordinated, but their timing left the leaders little room.

In 2023 the same five countries agreed a common minimum investment of 200,000 dollars to stop a price war, and a Commission report in 2022 had already flagged weak vetting.

Grenada's prime minister said the leaders would send a joint answer before Friday's [[e3|deadline]] set by Brussels.

"Whether the regulator satisfies Brussels depends on whether it exists by then, and on who pays for it," said Kendra Phillip, a governance researcher at the University of the West Indies. If Brussels is not satisfied, it could propose a suspension of visa-free travel to EU member states."""),
]),
# ---------------------------------------------------------------------------- v06
dict(story="v06", topic="Estlink 2 power cable cut in the Gulf of Finland: detention of a tanker's officers, a navy minehunter sent to the site, grid operators' damage assessment and a border-guard ship escorting repairs (Porkkala, Finland - Estonia)", events=[
    dict(e="e1", type="arrest", date="2026-01-11", participants=["Finnish National Bureau of Investigation",
         "officers of the tanker Sova Trader"], location="Porkkala"),
    dict(e="e2", type="deployment", date="2026-01-11", participants=["Finland", "Finnish Navy"], location="Gulf of Finland"),
    dict(e="e3", type="deployment", date="2026-01-14", participants=["Finland", "Finnish Border Guard"],
         location="Gulf of Finland"),
    dict(e="e4", type="report", date="2026-01-13", participants=["Fingrid", "Elering"], location="Helsinki"),
], tricky=[("e2", "e3", "the Finnish Navy minehunter sent to guard the cut cable on Sunday vs the Border Guard patrol ship Turva sent on Wednesday to escort the repair vessel, same country and same stretch of seabed, three days apart")],
note="The cable damage on Saturday, the damage to two telecom cables, the seizure of the Eagle S in December 2024, "
     "the Balticconnector damage in 2023, NATO's Baltic Sentry frigates and the court's custody ruling on Thursday are "
     "side / background events.",
articles=[
dict(id="a1", source="Baltic Sea News Agency", published="2026-01-12",
     title="Finland detains tanker officers after Baltic power cable cut",
     text="""HELSINKI, Finland - Finnish police have [[e1|detained]] the captain and two officers of an oil tanker suspected of cutting the Estlink 2 power cable between Finland and Estonia by dragging its anchor along the seabed, the National Bureau of Investigation said on Monday.

The Cook Islands-flagged Sova Trader, which had left the Russian port of Ust-Luga, was [[e1|boarded]] by police and border guards from helicopters on Sunday and escorted to an anchorage off Porkkala, west of Helsinki. The three crew members were [[e1|taken into custody]] on suspicion of aggravated criminal mischief.

Estlink 2 went offline shortly after 12:30 p.m. on Saturday. Two telecommunications cables on the same stretch of seabed were also damaged.

The Finnish Navy [[e2|sent]] a minehunter to the site on Sunday to survey the seabed and guard the cable. The Border Guard said its offshore patrol vessel Turva would [[e3|escort]] a repair ship to the area from Wednesday.

"We are treating this as a deliberate act until proven otherwise," said detective superintendent Jari Laaksonen of the bureau.

The ship's operator, a company registered in the United Arab Emirates, could not be reached for comment. Estonia's grid operator Elering said electricity supplies were not at risk but that prices could rise.

In December 2024, Finnish authorities seized the tanker Eagle S after a similar outage on the same link, and NATO later stepped up patrols in the Baltic Sea."""),
dict(id="a2", source="Northern Europe Analysis Wire", published="2026-01-14",
     title="Months of repairs ahead for Estlink 2 as Finland tightens guard on the seabed",
     text="""HELSINKI - Repairing the Estlink 2 power link between Finland and Estonia will take until at least May, the two countries' grid operators said in a damage [[e4|assessment]] on Tuesday, leaving the Baltic states more reliant on imports from Sweden and Poland.

The [[e4|report]] by Fingrid and Elering found that the cable had been dragged 40 metres out of its trench and split at a depth of about 80 metres.

Finnish investigators suspect the anchor belonged to the Sova Trader, a tanker that had just left the Russian port of Ust-Luga. Its captain and two officers have been held since their [[e1|detention]] on Sunday, and a Helsinki court must decide by Friday whether to keep them in custody.

Finland's response has been quicker than in earlier incidents. A navy minehunter, [[e2|dispatched]] within a day of the cable failure, has been guarding the damaged stretch since Sunday, and on Wednesday the Border Guard's patrol ship Turva was [[e3|sent]] to shield the cable-laying vessel that will carry out the repairs.

The Baltic seabed has become a front line. In October 2023 a ship's anchor ruptured the Balticconnector gas pipeline, and in December 2024 the Eagle S damaged Estlink 2 itself. NATO sent frigates and drones to the region under its Baltic Sentry mission the following month.

"Each time the reaction is faster, but the problem is that we still react," said Elina Virtanen, a maritime security researcher at the Finnish Institute of International Affairs."""),
dict(id="a3", source="Kirkkonummi Coast News", published="2026-01-16",
     title="Porkkala fishermen watch the tanker and wonder what lies on the seabed",
     text="""KIRKKONUMMI - From the harbour at Porkkala, the black hull of the Sova Trader has been visible on the horizon all week, anchored where police left it after the [[e1|arrests]] last Sunday.

"My nets are five kilometres from that cable. I have fished here for forty years and never thought about what lies under them," said fisherman Tapio Lindholm, 63.

Since the navy minehunter [[e2|arrived]] on Sunday evening, a grey ship has been sitting out there day and night, said Marja Hellstrom, who runs the cafe by the pier. "The children count the ships now, not the swans."

The Border Guard's big patrol vessel Turva, [[e3|deployed]] on Wednesday to protect the repair crew, sailed past the harbour at dawn that day with the cable ship behind it.

According to the grid operators' [[e4|assessment]] published on Tuesday, the power link will not be repaired before May. Local businesses fear higher electricity bills. "In January you do not want to hear that," said baker Jussi Aaltonen.

On Thursday, the Helsinki district court ordered the captain held for another two weeks, while the two officers were released but barred from leaving Finland.

Older residents are used to living next to geopolitics. From 1944 to 1956 the Porkkala peninsula was leased to the Soviet Union as a naval base, and families were given ten days to leave. "Now we have Russian ships in front of us again," said Lindholm."""),
]),
# ---------------------------------------------------------------------------- v07
dict(story="v07", topic="ticketing dispute at Machu Picchu: townspeople's railway blockade, failed talks in Cusco, a second round in the town and a ticket deal (Machu Picchu Pueblo and Cusco, Peru)", events=[
    dict(e="e1", type="protest", date="2026-04-13", participants=["residents of Machu Picchu Pueblo"],
         location="Machu Picchu Pueblo"),
    dict(e="e2", type="meeting", date="2026-04-15", participants=["Peruvian Ministry of Culture", "Machu Picchu Pueblo defence front"],
         location="Cusco"),
    dict(e="e3", type="meeting", date="2026-04-17", participants=["Presidency of the Council of Ministers",
         "Peruvian Ministry of Culture", "Machu Picchu Pueblo defence front"], location="Machu Picchu Pueblo"),
    dict(e="e4", type="agreement", date="2026-04-18", participants=["Government of Peru", "Machu Picchu Pueblo defence front"],
         location="Machu Picchu Pueblo"),
], tricky=[("e2", "e3", "the failed talks with the culture minister in Cusco on Wednesday vs the second round with a deputy minister in the town hall of Machu Picchu Pueblo on Friday, same dispute and same protest leaders, two days apart")],
note="The September 2025 bus strike, the special train on Tuesday evening, the Cusco hoteliers' letter to the president, "
     "the January accord on visitor caps and the tourists' walk to the hydroelectric station are side / background events.",
articles=[
dict(id="a1", source="Pacific Andes Press", published="2026-04-14",
     title="Protest strands tourists at Machu Picchu as townspeople block railway",
     text="""LIMA, Peru - More than 1,500 tourists were stranded in the town at the foot of Machu Picchu on Tuesday after residents [[e1|blocked]] the railway line with rocks and tree trunks, protesting against a new system for selling tickets to the Inca citadel.

The [[e1|blockade]], which began before dawn on Monday, halted trains between Machu Picchu Pueblo and Ollantaytambo, the only land route to the site apart from a long detour on foot. Buses up to the ruins also stopped running, the Culture Ministry said.

Residents oppose the ministry's decision to sell all tickets online through a private contractor from May, ending the sale of 1,000 tickets a day at a counter in the town.

Culture Minister Rosa Quispe Huaman said she would hold [[e2|talks]] with protest leaders in Cusco on Wednesday. "The citadel belongs to all Peruvians, and we will not manage it under pressure," she said.

Rail operators PeruRail and Inca Rail said they had cancelled 38 trains since Monday. Some tourists walked 11 kilometres along the tracks to the hydroelectric station to catch minibuses to Cusco, a journey of six hours.

A strike over the concession for the buses to the ruins shut the site for three days in September 2025. Machu Picchu receives about 1.5 million visitors a year and is Peru's largest source of tourism revenue."""),
dict(id="a2", source="Cusco Highland Herald", published="2026-04-16",
     title="'We are not against tourists': Machu Picchu town digs in after Cusco talks fail",
     text="""MACHU PICCHU PUEBLO - Shops selling alpaca sweaters were shuttered and the railway tracks that run through the middle of town were still piled with rocks on Thursday, a day after [[e2|talks]] in Cusco between protest leaders and the Culture Ministry ended without agreement.

"We are not against tourists. We live from tourists," said Marleny Ccahua, 44, who runs a guesthouse by the Vilcanota river. "With the online system the tickets go to big agencies in Lima, and the backpackers who slept here and ate here disappear."

The [[e2|meeting]], which lasted almost nine hours at the regional government's headquarters, broke down when the minister refused to suspend the online system, said Efrain Mamani, president of the town's defence front. He said the [[e1|strike]] that began on Monday would go on.

Chilean backpacker Javiera Soto, stranded since Monday, said residents had been kind. "They give us soup, but nobody knows when a train will come," she said. On Tuesday evening about 600 tourists were taken out on a special train after protesters cleared the track for two hours.

Hoteliers in Cusco, where cancellations are piling up, wrote to the president's office on Wednesday asking for the army to clear the line.

The prime minister's office said a deputy minister would come to the town on Friday for a new round of [[e3|negotiations]]. "If they come here and listen, we can talk," Mamani said."""),
dict(id="a3", source="Latin America Policy Wire", published="2026-04-19",
     title="Machu Picchu deal ends blockade, but the fight over who profits from the citadel goes on",
     text="""LIMA - Trains returned to Machu Picchu on Saturday after the government and residents of the town at the foot of the Inca citadel [[e4|signed]] an agreement to keep part of the ticket sales in person, ending a six-day [[e1|blockade]] that stranded thousands of tourists.

The [[e4|deal]] was reached shortly after midnight at the end of a second round of [[e3|talks]], held in the town's municipal hall on Friday with a deputy minister from the prime minister's office. An earlier [[e2|session]] in Cusco on Wednesday had collapsed after nine hours when the culture minister refused to budge.

Under the [[e4|agreement]], the online platform will go ahead in May, but a quarter of the daily tickets will be reserved for sale in the town, and a commission including residents will review the contract with the private operator by September.

The dispute goes beyond tickets. Machu Picchu Pueblo, a town of about 5,000 people that exists almost entirely for visitors, has fought the ministry over bus concessions, visitor caps and rubbish collection for a decade. In January the ministry and tour operators signed a separate accord capping visits at 5,600 a day.

"Every reform of access to the citadel shifts money from the town to Lima or to foreign platforms, and every time the town blocks the line," said Carmen Villacorta, who studies tourism at the Pontifical Catholic University of Peru. "Blocking the railway is the only bargaining chip they have," she added."""),
]),
# ---------------------------------------------------------------------------- v08
dict(story="v08", topic="hajj heat deaths on Arafat day and at Mina, Saudi ministry blaming unregistered pilgrims and Egypt's licence withdrawals from travel agencies (Mecca, Saudi Arabia - Minya, Egypt)", events=[
    dict(e="e1", type="casualties", date="2026-05-26", participants=["hajj pilgrims"], location="Arafat"),
    dict(e="e2", type="casualties", date="2026-05-28", participants=["hajj pilgrims"], location="Mina"),
    dict(e="e3", type="statement", date="2026-05-29", participants=["Saudi Ministry of Hajj and Umrah"], location="Mecca"),
    dict(e="e4", type="sanction", date="2026-05-30", participants=["Government of Egypt", "Egyptian travel agencies"],
         location="Cairo"),
], tricky=[("e1", "e2", "heat deaths on the plain of Arafat on Tuesday vs heat deaths on the way to the Jamarat bridge at Mina on Thursday, same pilgrims and same hajj, two days apart")],
note="The 2024 hajj deaths, Egypt's 2024 licence withdrawals, Jordan's foreign ministry statement, the heat-exhaustion "
     "cases and the start of the stoning on Wednesday are side / background events. 'more than 120 people died in the "
     "heat' covers both casualties events and is not marked.",
articles=[
dict(id="a1", source="Arabian Peninsula Wire", published="2026-05-27",
     title="Dozens of pilgrims die in extreme heat on Arafat day",
     text="""MECCA, Saudi Arabia - At least 54 pilgrims [[e1|died]] of heatstroke on Tuesday as temperatures on the plain of Arafat reached 49 degrees Celsius during the high point of the hajj, medical sources and foreign diplomats said.

Saudi health officials said more than 1,900 cases of heat exhaustion were treated on Arafat day, when some 1.8 million pilgrims pray on and around Mount Arafat from noon until sunset.

Most of the [[e1|dead]] were Egyptian, Jordanian and Indonesian, diplomats said. Many were thought to be unregistered pilgrims without access to air-conditioned tents, who had walked for hours in the sun to avoid checkpoints.

Egypt's Foreign Ministry said it was working with Saudi authorities to identify 31 Egyptian [[e1|victims]] and to bring their bodies home.

Pilgrims began the symbolic stoning of the devil at Mina on Wednesday, the first day of Eid al-Adha. Saudi authorities asked them to avoid the Jamarat bridge between 10 a.m. and 4 p.m., when the heat is at its worst, and to carry umbrellas.

More than 1,300 pilgrims died during the 2024 hajj, most of them unregistered, when temperatures in Mecca passed 51 degrees. Saudi Arabia has since built more shaded walkways and misting stations along the routes between the holy sites."""),
dict(id="a2", source="Levant and Gulf Analysis", published="2026-05-30",
     title="Second wave of heat deaths at Mina puts unregistered pilgrims back under scrutiny",
     text="""RIYADH - Saudi Arabia [[e3|blamed]] unlicensed tour operators and unregistered pilgrims on Friday for a hajj in which more than 120 people died in the heat, after a second spate of [[e2|deaths]] during the stoning ritual at Mina added to the [[e1|toll]] from Arafat day.

Temperatures again passed 47 degrees on Thursday as crowds walked between their camps and the Jamarat bridge, [[e2|killing]] at least 38 pilgrims, according to figures compiled from foreign governments. That came two days after 83 pilgrims [[e1|perished]] on the plain of Arafat, a toll revised upward as bodies were identified.

In its [[e3|statement]], the Ministry of Hajj and Umrah said 58 percent of the dead had entered the kingdom on tourist or visit visas without hajj permits and therefore had no place in tents or on the shuttle trains. Jordan's foreign ministry had said on Thursday that most of its dead citizens were unregistered.

The pattern is familiar. In 2024 more than 1,300 pilgrims died, and Egypt afterwards stripped 16 travel companies of their licences. An official package for Egyptians now costs more than 6,000 dollars, several times a year's wages for many.

On Saturday, Egypt's government went further, [[e4|revoking]] the licences of 19 agencies accused of selling unofficial trips and referring their managers to prosecutors.

"Heat is the constant; the variable is how many pilgrims are outside the system," said Lina Haddad, who studies heat stress at the American University of Beirut."""),
dict(id="a3", source="Upper Egypt Courier", published="2026-06-01",
     title="In Minya villages, grief and anger at agencies that sold a deadly hajj",
     text="""MINYA - Funeral tents went up in at least six villages around Minya at the weekend as families mourned relatives who died in Saudi Arabia during this year's hajj.

"My father paid 180,000 pounds to an agent in Minya who promised him a tent and a bus," said Mahmoud Abdel-Sattar, 33, whose father, 67, [[e2|died]] at Mina on Thursday. "There was no tent and no bus. He walked."

Three other men from the district were among the [[e1|victims]] on the plain of Arafat last Tuesday, according to the governorate, and a woman from Samalut is still missing.

Saudi Arabia's [[e3|statement]] on Friday that most of the dead had travelled without permits angered many here. "They say 'without permits' as if that makes them less dead," said Abdel-Sattar's cousin, a teacher.

A day after the Saudi [[e3|announcement]], the government in Cairo [[e4|stripped]] 19 travel agencies of their licences, two of them with offices in Minya. Residents said the [[e4|measure]] came too late. "Everyone knew which offices sold cheap hajj on a visit visa. They advertised on Facebook," said shopkeeper Hassan Farouk.

The governor of Minya said the bodies of the Minya pilgrims would be buried in Mecca, in line with the wishes of most families, and that the province would pay for relatives to visit the graves next year.

Police in Minya said they had questioned the owner of one of the closed agencies."""),
]),
# ---------------------------------------------------------------------------- v09
dict(story="v09", topic="illegal construction on the shore of Lake Ohrid: demolition deadline for piers and bars, arson attack on demolition excavators, UNESCO mission report and a second deadline for hotels (Ohrid and Peshtani, North Macedonia)", events=[
    dict(e="e1", type="deadline", date="2026-07-03", participants=["Government of North Macedonia", "owners of lakeshore structures"],
         location="Ohrid"),
    dict(e="e2", type="deadline", date="2026-07-10", participants=["Government of North Macedonia", "Ohrid lakeshore hotels"],
         location="Ohrid"),
    dict(e="e3", type="attack", date="2026-07-04", participants=["unidentified attackers", "demolition crew"],
         location="Peshtani"),
    dict(e="e4", type="report", date="2026-07-08", participants=["UNESCO World Heritage Centre", "ICOMOS", "IUCN"],
         location="Paris"),
], tricky=[("e1", "e2", "the midnight Friday deadline for owners of piers, bars and fences vs the deadline a week later for 11 hotels, same government, same lakeshore and the same demolition drive")],
note="The bar owners' protest on Thursday, the demolitions from Saturday, the 2021 arson attack on an inspector's car in "
     "Struga, UNESCO's 2017 mission report and the Albanian government's plan are side / background events.",
articles=[
dict(id="a1", source="Balkan Press Agency", published="2026-07-03",
     title="North Macedonia sets midnight deadline for illegal Lake Ohrid piers",
     text="""SKOPJE, North Macedonia - North Macedonia's government has given owners of illegal piers, beach bars and fences along the shore of Lake Ohrid a [[e1|deadline]] of midnight on Friday to remove them or see them torn down by the state.

Environment Minister Bojan Trajkovski said excavators would move in on Saturday wherever owners failed to comply. At least 140 structures on a 12-kilometre stretch between Ohrid town and the village of Peshtani have been marked for demolition.

A second [[e2|deadline]], for 11 hotels to remove extensions built on public land, expires on July 10, he said.

About 200 bar and restaurant owners protested outside Ohrid town hall on Thursday, saying they had paid local taxes for years and should be allowed to finish the summer season. Trajkovski said the government would not extend the [[e1|ultimatum]].

The lake and the town of Ohrid have been on UNESCO's World Heritage List since 1979 and 1980, and the site was extended to the Albanian shore in 2019. UNESCO's advisers are due to publish a [[e4|report]] on the state of the site next week.

"This is the last chance to keep Ohrid off the danger list," Trajkovski told reporters in Skopje.

The opposition accused the government of targeting small family businesses while larger hotels with political connections were given more time. Ohrid receives about 400,000 foreign visitors a year, most of them in July and August."""),
dict(id="a2", source="Ohrid Lakeside News", published="2026-07-06",
     title="Excavators torched in Peshtani as lakeside demolitions begin",
     text="""OHRID - Masked men [[e3|set fire to]] two excavators and beat a security guard at a demolition site in Peshtani late on Saturday, hours after the first illegal structures on the lake shore were knocked down, police said.

The guard, 58, suffered a broken arm in the [[e3|assault]]. Police said the attackers came by boat and fled the same way. Nobody has been arrested.

In Peshtani, opinion is divided. "My father built that pier in 1992 with a permit from the old municipality, and now they treat me like a criminal," said Ljupco Stojanoski, 61, whose fish restaurant lost its terrace on Saturday morning.

Others welcomed the works. "For twenty years you could not walk along the water here without paying for a sunbed," said retired teacher Vesna Ristovska, 70. "But violence is not the answer. That is not who we are."

About a third of the owners took down their structures themselves before the [[e1|deadline]] ran out at midnight on Friday, the ministry said on Sunday.

The 11 hotels facing demolition orders have until next Friday, the second [[e2|cut-off]], to remove terraces and extensions built on public land. Several hotel owners said they would challenge the orders in court.

It is not the first violent reaction to the clean-up. In 2021 a municipal inspector's car was set alight in Struga, on the northern shore, after he ordered a beach bar closed."""),
dict(id="a3", source="Southeast Europe Review Wire", published="2026-07-09",
     title="UNESCO report warns Ohrid could lose heritage status as demolitions meet resistance",
     text="""SKOPJE - The Lake Ohrid region could be placed on the List of World Heritage in Danger next year unless North Macedonia and Albania stop unchecked building on its shores, according to a UNESCO [[e4|report]] published on Wednesday.

The joint [[e4|assessment]] by the World Heritage Centre and its advisory bodies ICOMOS and IUCN, based on a mission to the lake in April, welcomed the start of demolitions on the North Macedonian side but said sewage, unregulated tourism and new roads still threatened one of the oldest lakes in Europe, home to more than 200 species found nowhere else.

UNESCO first called for a moratorium on construction in a 2017 mission report, but building continued on both shores.

The government's clearance drive began after its [[e1|deadline]] for owners of piers and bars expired last Friday. A day later, masked men [[e3|attacked]] a demolition site in Peshtani, torching two excavators and injuring a guard. The [[e3|attack]] has been condemned by all parties, but it showed how much money is at stake in a short summer season.

The next test comes on Friday, when the [[e2|deadline]] for 11 hotels to remove extensions on public land expires. Several are owned by businessmen close to local politicians.

"Tearing down beach bars is the easy part. The hotels will show whether the state is serious," said Aleksandar Petrovski, an urban planner in Skopje.

Albania's government has said it will present its own plan for the Pogradec shore by September."""),
]),
# ---------------------------------------------------------------------------- v10
dict(story="v10", topic="doping week in Kenyan athletics: provisional suspensions of a marathoner and a half-marathoner, arrest of an Iten pharmacist and the Athletics Kenya presidential election (Iten and Nairobi, Kenya)", events=[
    dict(e="e1", type="sanction", date="2026-11-02", participants=["Athletics Integrity Unit", "Dennis Kiplagat Sang"],
         location="Monaco"),
    dict(e="e2", type="sanction", date="2026-11-04", participants=["Athletics Integrity Unit", "Mercy Chebet Kosgei"],
         location="Monaco"),
    dict(e="e3", type="arrest", date="2026-11-05", participants=["Kenyan Directorate of Criminal Investigations", "Iten pharmacist"],
         location="Iten"),
    dict(e="e4", type="election", date="2026-11-07", participants=["Athletics Kenya", "Esther Jerotich Koech",
         "Barnabas Tanui"], location="Nairobi"),
], tricky=[("e1", "e2", "the AIU's provisional suspension of marathoner Sang on Monday vs its provisional suspension of half-marathoner Kosgei on Wednesday, same body, same training town, two days apart")],
note="The coach's four-year ban last month, bans since 2017, Kenya's 2016 non-compliance finding, the government's 2023 "
     "anti-doping funding pledge, the pharmacist's court appearance and a possible federation suspension are side / "
     "background events. 'two of the country's top road runners were suspended' covers both sanctions and is not marked.",
articles=[
dict(id="a1", source="East Africa Sports Wire", published="2026-11-03",
     title="Kenyan marathoner Sang provisionally suspended over EPO",
     text="""NAIROBI, Kenya - Kenyan marathon runner Dennis Kiplagat Sang has been provisionally [[e1|suspended]] after testing positive for the blood booster EPO, the Athletics Integrity Unit (AIU) said on Monday.

Sang, 27, who won the Seoul Marathon in March, was tested out of competition at his training camp in Iten in September, the Monaco-based unit said. He can ask for his B sample to be analysed.

His manager, Peter Onyango, said the runner "has never knowingly taken a banned substance" and would fight the [[e1|suspension]] before the disciplinary tribunal.

Kenya has had more than 100 athletes banned since 2017 and is in the AIU's highest-risk category, which obliges the national federation to test its athletes more often before major championships. Last month the Anti-Doping Agency of Kenya banned a coach for four years for supplying steroids to junior runners.

The [[e1|ban]] comes days before Athletics Kenya members [[e4|elect]] a new federation president in Nairobi on Saturday, in a contest dominated by the doping crisis. Former 10,000 metres runner Esther Jerotich Koech, who has promised an independent testing unit, faces the federation's long-serving vice-president, Barnabas Tanui.

World Athletics has warned that Kenya could face tougher measures if the number of cases does not fall. The sport's governing body has not said what those measures might be.

Sang's coach, Japheth Kirui, told reporters in Eldoret that the whole camp would be tested again this month."""),
dict(id="a2", source="Rift Valley Tribune", published="2026-11-06",
     title="Iten pharmacist held as second local star is suspended",
     text="""ITEN - Detectives [[e3|arrested]] a pharmacist in Iten on Thursday and seized vials of EPO and testosterone from his chemist's shop on the Eldoret road, a day after a second runner training in the town was [[e2|suspended]] for doping.

The pharmacist, 41, was [[e3|held]] overnight in Eldoret and will appear in court on Monday, a Directorate of Criminal Investigations officer said. Supplying banned substances to athletes carries a prison term of up to three years.

On Wednesday the Athletics Integrity Unit [[e2|barred]] half-marathoner Mercy Chebet Kosgei from competing pending a hearing over testosterone, two days after Dennis Kiplagat Sang, also based in Iten, was provisionally [[e1|suspended]] over EPO.

"Iten calls itself the Home of Champions. Now visitors ask if it is the home of cheats," said Gideon Kiprop, who runs a hostel for foreign athletes near the Kerio Valley viewpoint.

Young runners say the cases hurt them all. "We train at 2,400 metres and run 200 kilometres a week. Then one needle and everyone looks at you," said Brian Kiptoo, 19. A neighbour of the pharmacist said his shop was always full of athletes in the evenings.

Elders in the town hope the leadership chosen at Saturday's Athletics Kenya [[e4|polls]] in Nairobi will bring testing closer to the camps. Both candidates campaigned in Iten last month."""),
dict(id="a3", source="Global Athletics Review", published="2026-11-08",
     title="Koech takes over Athletics Kenya with promise of doping purge after week of scandal",
     text="""NAIROBI - Former 10,000 metres runner Esther Jerotich Koech was [[e4|elected]] president of Athletics Kenya on Saturday, becoming the first woman to lead the federation, after a week in which two of the country's top road runners were suspended for doping and a pharmacist was [[e3|arrested]] in Iten.

Koech won the [[e4|vote]] among branch delegates at the Moi International Sports Centre in Kasarani by 61 to 47, defeating the federation's vice-president, Barnabas Tanui, who had led it in all but name for a decade. "We will not wait for Monaco to catch our cheats," she said in her acceptance speech.

The week began with the provisional [[e1|suspension]] on Monday of marathoner Dennis Kiplagat Sang over EPO. On Wednesday the Athletics Integrity Unit [[e2|sanctioned]] half-marathoner Mercy Chebet Kosgei, and on Thursday detectives [[e3|detained]] a pharmacist accused of supplying both drugs.

Kenya's problem is old. The World Anti-Doping Agency declared the country non-compliant in 2016, and in 2023 the government pledged 5 million dollars a year for anti-doping work. Since then testing has increased, and so have positive cases.

"The federation can test more, but the economics stay the same: one big-city marathon win can buy a farm," said Wanjiku Mwangi, a sports economist in Nairobi.

Koech said she would set up an independent testing unit within 100 days and publish the names of agents and coaches linked to banned athletes. Tanui conceded defeat."""),
]),
]
