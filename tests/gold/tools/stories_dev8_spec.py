"""Source of ../stories_dev8/articles.jsonl and ../stories_dev8/gold.jsonl.

EIGHTH DEVELOPMENT story set (stories_dev8) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, the docstring and first two
stories of stories_dev7_spec, a list of the topics of the earlier sets, DATASETS.md
section 2).  It is intended for DEVELOPMENT: the system's errors on it may be read and used
for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
clubs, ships, armed groups and events, some real places and institutions).  Event mentions
are marked inline as [[eN|trigger]]; build_stories.py strips the markers, computes character
offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev8_spec \\
        --out tests/gold/stories_dev8

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("two days of shooting", "the two
resignations", "tit-for-tat summonses", "aid announced this week") and negated or
hypothetical mentions are not marked.  Titles are not annotated.  Articles are 180-250
words; the articles of a story are published on different weekdays, so the same weekday
name ("on Wednesday") can point to different dates, and some dates are only given
relatively ("two days earlier", "a day later", "last weekend", "four days ago").

Type conventions used here (the type list has no better fit):
  * a firefight between border guards and the mortar shelling of a village, a militia raid
    on an artisanal mine and an ambush on a mining company's convoy, and fishermen
    assaulting coast guard officers during a boarding are `attack` events (the first two
    pairs are tricky pairs);
  * a hotline telephone call between two border commanders and the border talks held two
    days later are both `meeting`; the accord signed at the talks is a separate
    `agreement`; the talks that produced a pay deal are a `meeting` dated to their first
    day and the deal itself is an `agreement`;
  * sending navy or coast guard ships and crews to an oil spill and sending army troops to
    a mining town are `deployment` events (the Chilean and Argentine ships are a tricky
    pair);
  * a fishermen's harbour blockade, a nurses' strike and the nurses' march during it
    (tricky pair), a march of a sacked minister's supporters and a patients'
    demonstration outside parliament are `protest` events;
  * a fine imposed by a maritime authority, a football federation's ban on supporters with
    a points deduction, and the suspension of an airline's operating certificate
    (grounding) are `sanction` events;
  * a parliament's election of its Speaker and a no-confidence vote two days later are both
    `election` (a tricky pair);
  * a prime minister sacking ministers in a reshuffle, a government declaring a state of
    national disaster, summoning an ambassador (Seoul's and Beijing's tit-for-tat summonses
    are a tricky pair), a company announcing the suspension of its mine, and the
    resignations of a minister and of a health-service chief (a tricky pair) are
    `statement` events;
  * deaths and injuries in a stadium brawl and deaths in a plane crash are `casualties`
    events; the crash itself has no type and is not annotated (like the tremor in s09);
    "the injured" and "the dead" are mentions of the casualties event;
  * a food-security assessment, a parliamentary committee's report, a watchdog's report on
    aviation inspectors and an accident investigators' preliminary report are `report`
    events (the last two are a tricky pair);
  * an emergency grant from the African Development Bank and a World Bank pledge are
    `support` events (a tricky pair);
  * detaining fishermen at sea, rounding up fans on the night of a derby and arresting a
    club's security chief two days later (a tricky pair) are `arrest` events; court orders
    issuing arrest warrants or placing suspects under house arrest are side events and
    are not marked;
  * the grounding of the tanker and the spill, the plane crash, the voluntary suspension of
    flights, the abandonment of a match, burials and the refloating of a ship have no type
    in the list and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- r01
dict(story="r01", topic="border firefight at a disputed canal head, mortar shelling of a village, hotline call, border talks and a pull-back accord (Batken, Kyrgyzstan - Isfara, Tajikistan)", events=[
    dict(e="e1", type="attack", date="2026-06-09", participants=["Kyrgyz Border Service", "Tajik Border Troops"],
         location="Kok-Tash"),
    dict(e="e2", type="attack", date="2026-06-10", participants=["Tajik Border Troops", "Ak-Sai"], location="Ak-Sai"),
    dict(e="e3", type="meeting", date="2026-06-10", participants=["Almaz Sydykov", "Rustam Nazarzoda"], location=None),
    dict(e="e4", type="meeting", date="2026-06-12", participants=["Kyrgyz Border Service", "Tajik Border Troops"],
         location="Isfara"),
    dict(e="e5", type="agreement", date="2026-06-12", participants=["Kyrgyzstan", "Tajikistan"], location="Isfara"),
], tricky=[("e1", "e2", "the firefight between border guards at the Golovnoi canal head near Kok-Tash on Tuesday vs the mortar shelling of the neighbouring village of Ak-Sai early on Wednesday, same border forces, a day apart")],
note="The Kyrgyz Security Council session, the Kyrgyz protest note, the overnight shooting near Vorukh, the shepherd "
     "shot near Vorukh in May, the 2022 fighting and ceasefire, the 2023 water schedule and the planned July commission "
     "meeting are side / background events. 'two days of shooting' and 'the worst violence on the frontier' cover "
     "both attacks and are not marked.",
articles=[
dict(id="a1", source="Central Asia Wire", published="2026-06-10",
     title="Kyrgyz and Tajik guards clash at disputed canal, village shelled",
     text="""BATKEN, Kyrgyzstan - Kyrgyz and Tajik border guards [[e1|clashed]] on Tuesday near a disputed canal head outside the village of Kok-Tash, and mortar rounds fired from the Tajik side [[e2|struck]] the neighbouring Kyrgyz village of Ak-Sai early on Wednesday, Kyrgyzstan's Border Service said.

Two Kyrgyz guards were wounded in Tuesday's [[e1|firefight]], which began when a Tajik patrol tried to mount a surveillance camera on a stretch of canal bank claimed by both countries, the service said. The [[e2|shelling]] on Wednesday damaged a school and three houses in Ak-Sai. Nobody was hurt because most residents had spent the night in cellars.

Tajikistan's border troops gave a different account, saying Kyrgyz soldiers had opened fire first and that Tajik units had "responded proportionately".

The heads of the two border services [[e3|spoke]] over a hotline on Wednesday afternoon, a Kyrgyz official told Central Asia Wire, without giving details. Kyrgyzstan's Security Council held an emergency session in Bishkek in the morning.

"We are ready to sit down with our neighbours, but we will defend every metre of our land," said Border Service spokesman Nurlan Abdyraev.

About half of the 970-km frontier between the two former Soviet republics has never been demarcated, and disputes over water and pasture often turn violent. Fighting in September 2022 killed about 100 people on both sides. In May a Kyrgyz shepherd was shot dead near the Tajik enclave of Vorukh."""),
dict(id="a2", source="Ferghana Valley Report", published="2026-06-11",
     title="Tajikistan and Kyrgyzstan to hold border talks on Friday",
     text="""DUSHANBE, Tajikistan - Border officials from Tajikistan and Kyrgyzstan will [[e4|meet]] in the Tajik town of Isfara on Friday to try to end two days of shooting on their disputed frontier, Tajikistan's State Committee for National Security said on Thursday.

The [[e4|talks]] were arranged during a telephone [[e3|call]] on Wednesday between Major General Rustam Nazarzoda, who commands Tajikistan's border troops, and his Kyrgyz counterpart, Colonel General Almaz Sydykov, the committee said. Both generals are expected to lead their delegations.

The committee said Kyrgyz guards had started the [[e1|shooting]] at the Golovnoi canal head near Kok-Tash on Tuesday, wounding one Tajik conscript. It said the mortar rounds that [[e2|landed]] in the Kyrgyz village of Ak-Sai a day later had been fired "to suppress machine-gun positions" and were not aimed at civilians.

Kyrgyz officials called that account false. Foreign Ministry spokeswoman Aida Imanalieva said Bishkek had handed a protest note to Tajikistan's ambassador over the [[e2|bombardment]] of Ak-Sai.

Sporadic gunfire was reported near the Vorukh enclave overnight, but no one was hurt, residents said.

"Dushanbe is committed to solving all border questions at the negotiating table," said Tajik Foreign Ministry spokesman Shokir Rahimov.

Several hundred residents of Ak-Sai and Kok-Tash have moved in with relatives in Batken, the regional capital, Kyrgyzstan's Emergencies Ministry said. Aid workers have put up tents next to the damaged school in Ak-Sai."""),
dict(id="a3", source="Eurasia Monitor", published="2026-06-13",
     title="Kyrgyzstan and Tajikistan agree to pull troops back from disputed canal",
     text="""ISFARA, Tajikistan - Kyrgyzstan and Tajikistan [[e5|agreed]] on Friday to pull their troops back from a disputed canal head and to patrol a 12-km stretch of their border jointly, after seven hours of [[e4|talks]] in this Tajik town.

The [[e5|accord]] was signed by the commanders of the two border services, General Rustam Nazarzoda and General Almaz Sydykov, who had first discussed a pullback in a hotline [[e3|call]] on Wednesday.

It follows the worst violence on the frontier since 2022. On Tuesday, guards [[e1|fought]] for nearly two hours at the Golovnoi canal head near the Kyrgyz village of Kok-Tash. The next morning, mortar [[e2|fire]] damaged a school and several homes in nearby Ak-Sai. Three guards were wounded in the [[e1|gunfight]].

Under the [[e5|deal]], each side will move its forces 500 metres back from the canal and remove the surveillance cameras that sparked Tuesday's [[e1|clash]]. Water from the canal will continue to be shared under a schedule agreed in 2023.

"Nobody wins when villages burn," Sydykov told reporters after the [[e4|meeting]].

Residents of Ak-Sai were cautious. "We have heard promises before," said Gulnara Toktogulova, a teacher whose classroom was hit. A ceasefire reached after the 2022 fighting held for only a few weeks.

A joint commission is due to meet in Batken in July to resume work on demarcating the border, most of which runs through the densely populated Ferghana Valley."""),
]),
# ---------------------------------------------------------------------------- r02
dict(story="r02", topic="tanker oil spill in the Strait of Magellan: Chilean navy clean-up deployment, fishermen's harbour blockade, Argentine coast guard ship and a maritime-authority fine (Punta Arenas, Chile)", events=[
    dict(e="e1", type="deployment", date="2026-03-16", participants=["Chilean Navy"], location="First Narrows"),
    dict(e="e2", type="protest", date="2026-03-17", participants=["Punta Arenas fishermen"], location="Punta Arenas"),
    dict(e="e3", type="deployment", date="2026-03-18", participants=["Argentine Naval Prefecture"],
         location="First Narrows"),
    dict(e="e4", type="sanction", date="2026-03-19", participants=["Directemar", "Helios Maritime"], location=None),
], tricky=[("e1", "e3", "Chilean navy ships and crews sent to the stranded tanker on Monday vs the Argentine coast guard ship that arrived at the same spill on Wednesday, same place, two days apart")],
note="The grounding and the spill have no type and are not in gold. The owner's appeal statement, the governor's "
     "promise of payments, the pumping of fuel, the planned refloating, the navy team moved to Porvenir and the 2019 "
     "spill near Porvenir are side / background events.",
articles=[
dict(id="a1", source="Patagonia Press Agency", published="2026-03-17",
     title="Chile sends navy ships to contain tanker spill in Strait of Magellan",
     text="""PUNTA ARENAS, Chile - Chile's navy [[e1|sent]] two ships and about 120 sailors and technicians to the eastern Strait of Magellan on Monday to contain fuel oil leaking from a tanker that ran aground there on Sunday, the Magallanes regional government said.

The Maltese-flagged Aurora Spirit, carrying 38,000 tonnes of diesel and fuel oil from Argentina, struck a sandbank in the First Narrows, the strait's tightest passage, in strong winds. Its crew of 24 was unhurt. Officials estimated that at least 300 tonnes had escaped from a ruptured tank.

The [[e1|deployment]], led by the patrol ship Isla Dawson, includes floating booms and two skimmers flown in from Valparaíso, navy spokesman Captain Felipe Oyarzún said. "The priority is to keep the oil away from the penguin colonies on Magdalena Island," he said.

On Tuesday, around 60 fishing boats [[e2|blocked]] the entrance to Punta Arenas harbour, demanding compensation for lost catches of king crab and sea urchin. "Nobody asked us anything. Our season is finished," said Jorge Millán, who heads the local fishermen's federation.

Argentina's Naval Prefecture said it would [[e3|send]] a coast guard vessel with spill-response equipment from Río Gallegos later this week at Chile's request.

The tanker's owner, Helios Maritime of Piraeus, said it was cooperating with the authorities and had hired a Dutch salvage company. In 2019 a smaller spill from a fishing vessel closed beaches near Porvenir, across the strait, for a week."""),
dict(id="a2", source="Southern Cone Wire", published="2026-03-19",
     title="Chile fines owner of grounded tanker as Argentine ship joins clean-up",
     text="""SANTIAGO - Chile's maritime authority on Thursday [[e4|fined]] the Greek owner of the tanker leaking oil in the Strait of Magellan 1.2 billion pesos (about 1.3 million dollars), saying the ship had ignored a storm warning before it ran aground on Sunday.

The Directorate General of the Maritime Territory (Directemar) said the Aurora Spirit's captain entered the First Narrows against the advice of a pilot station. The [[e4|penalty]] is the largest ever imposed for a spill in Chilean waters, it said. Helios Maritime has ten days to appeal.

An Argentine coast guard ship, the Lapataia, [[e3|arrived]] in the narrows on Wednesday with 30 specialists and two kilometres of floating boom, joining Chilean navy crews [[e1|deployed]] there since Monday.

"Oil does not respect borders. The currents could carry it to Tierra del Fuego in days," Argentine Naval Prefecture spokeswoman Laura Benítez said of the [[e3|mission]].

Oil has reached 14 km of coastline on both shores, and volunteers have rescued more than 200 oiled Magellanic penguins, the regional government said. Salvage crews began pumping fuel from the damaged tank into a barge on Wednesday night.

Fishermen who [[e2|blockaded]] Punta Arenas harbour on Tuesday went back to port after the regional governor promised emergency payments.

The conservation group Fundación Mar Austral called the [[e4|fine]] "a pittance" compared with the damage and urged Chile to ban laden tankers from the narrows in bad weather."""),
dict(id="a3", source="Andes Maritime Report", published="2026-03-21",
     title="Oil reaches Tierra del Fuego as tanker owner contests Chilean fine",
     text="""PORVENIR, Chile - Fuel oil from the tanker stranded in the Strait of Magellan has washed up on beaches near Porvenir, on Tierra del Fuego, Chilean officials said on Saturday, as the ship's owner said it would challenge the [[e4|fine]] imposed by the maritime authority two days earlier.

Helios Maritime said in a statement that the 1.3-million-dollar [[e4|sanction]] "prejudges the investigation" into why the Aurora Spirit grounded in the First Narrows last Sunday.

Clean-up crews found oil on 6 km of beach north of the town on Friday. The Chilean navy, which [[e1|dispatched]] the patrol ship Isla Dawson and 120 personnel to the narrows last Monday, said it was moving a team to Porvenir. The Argentine coast guard vessel Lapataia, which [[e3|joined]] the operation on Wednesday, is skimming oil near the Argentine shore at Cabo Vírgenes.

Salvors expect to finish pumping fuel out of the tanker by Monday and to try to refloat it at high tide next week.

Magellan fishermen, whose harbour [[e2|blockade]] on Tuesday ended after a day, say they have yet to receive the emergency payments promised by the regional government. "Words are cheap. Crab is not," said federation leader Jorge Millán.

About 2,000 ships pass through the strait each year, many of them avoiding the Panama Canal or too large to use it. Environmental groups have long warned that the narrows, swept by strong tidal currents, are the most dangerous stretch."""),
]),
# ---------------------------------------------------------------------------- r03
dict(story="r03", topic="cabinet reshuffle, march by a sacked treasurer's supporters, election of a Speaker and a no-confidence vote (Port Moresby, Papua New Guinea)", events=[
    dict(e="e1", type="statement", date="2026-02-09", participants=["James Kerenga", "Samuel Yapao"],
         location="Port Moresby"),
    dict(e="e2", type="election", date="2026-02-11", participants=["National Parliament of Papua New Guinea", "Joseph Waira"],
         location="Port Moresby"),
    dict(e="e3", type="election", date="2026-02-12", participants=["National Parliament of Papua New Guinea", "James Kerenga",
                                                                  "Benson Tamate"], location="Port Moresby"),
    dict(e="e4", type="protest", date="2026-02-10", participants=["Samuel Yapao supporters"], location="Waigani"),
], tricky=[("e2", "e3", "parliament's secret ballot electing Joseph Waira as Speaker on Wednesday vs the no-confidence vote that Prime Minister Kerenga survived on Thursday, same parliament, a day apart")],
note="The filing of the motion, the previous Speaker's resignation, the 2019 and 2023 no-confidence votes, the "
     "opposition supporters kept behind barricades on Thursday, the planned Supreme Court challenge and the 2027 "
     "general election are side / background events.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-02-10",
     title="PNG prime minister sacks treasurer ahead of confidence vote",
     text="""PORT MORESBY, Papua New Guinea - Prime Minister James Kerenga [[e1|sacked]] three cabinet ministers on Monday, including Treasurer Samuel Yapao, in a move opposition lawmakers called a desperate bid to hold on to power before a no-confidence [[e3|vote]] expected on Thursday.

Kerenga told reporters at his official residence that the [[e1|reshuffle]] was about "performance, not politics". He gave the treasury to Trade Minister Lucy Aro and named two backbenchers from the Southern Highlands to the mining and police portfolios.

Opposition leader Benson Tamate lodged the motion with the parliamentary clerk last week, naming former deputy prime minister Grace Mendi as alternative prime minister. Under Papua New Guinea's constitution a motion of no confidence must name a replacement and be given a week's notice.

Before that, parliament will [[e2|elect]] a new Speaker on Wednesday, after Speaker Amos Toki resigned last month citing ill health. The government has nominated Joseph Waira, a backbencher from Morobe; the opposition backs Highlands MP Rex Pundi.

Analysts say the Speaker [[e2|contest]] will show whether Kerenga still commands a majority in the 118-seat house. "Whoever controls the chair controls the agenda," said Ruth Kamo, a political scientist at the University of Papua New Guinea.

Yapao, who had been treasurer since 2024, did not comment on his [[e1|dismissal]]. Governments in Papua New Guinea have often fallen to no-confidence motions between elections; the last successful one was in 2019."""),
dict(id="a2", source="Coral Sea Herald", published="2026-02-11",
     title="Government candidate wins PNG Speaker vote, boosting Kerenga",
     text="""PORT MORESBY - Papua New Guinea's parliament [[e2|elected]] government backbencher Joseph Waira as Speaker on Wednesday by 66 votes to 42, a result that suggests Prime Minister James Kerenga can survive Thursday's [[e3|no-confidence vote]].

The secret [[e2|ballot]], held after two hours of procedural wrangling, was the first test of Kerenga's majority since he [[e1|dismissed]] three ministers, including Treasurer Samuel Yapao, on Monday.

Waira, 51, a former provincial administrator from Morobe, promised to be "a referee, not a player". The opposition's candidate, Rex Pundi, said several government MPs had been "bought with ministries" in the [[e1|reshuffle]].

On Tuesday about 800 supporters of Yapao [[e4|marched]] from Gordons market to the prime minister's office in Waigani, waving placards and blocking traffic for several hours. Police said the [[e4|march]] was peaceful. Yapao addressed the crowd but has not said how he will vote.

Opposition leader Benson Tamate said he still had the numbers to topple the government when the [[e3|motion]] comes before the house on Thursday. "The Speaker is one man. The floor is 118," he said.

In 2023 a similar motion against the previous government failed by 19 votes, and the opposition leader who moved it later joined the cabinet.

Businesses in the capital are watching nervously. The Port Moresby Chamber of Commerce said political uncertainty was delaying investment decisions in mining and liquefied natural gas."""),
dict(id="a3", source="Melanesia News Service", published="2026-02-13",
     title="PNG's Kerenga survives no-confidence vote",
     text="""PORT MORESBY, Papua New Guinea - Prime Minister James Kerenga [[e3|survived]] a no-confidence motion in parliament on Thursday, defeating an opposition bid to replace him with former deputy prime minister Grace Mendi by 63 votes to 47.

The [[e3|vote]] came a day after lawmakers [[e2|chose]] government nominee Joseph Waira as Speaker, and three days after Kerenga [[e1|removed]] Treasurer Samuel Yapao and two other ministers from cabinet.

Yapao and four of his allies crossed the floor to back the opposition, but defections from smaller parties were fewer than the opposition had hoped.

"The people's house has spoken," Kerenga told reporters after the [[e3|ballot]], adding that he would serve out his term until the 2027 general election.

Opposition leader Benson Tamate accused Speaker Waira of cutting the debate short and said the opposition would ask the Supreme Court to review the way Wednesday's [[e2|election]] of the Speaker was conducted.

Outside Parliament House, police kept several hundred opposition supporters behind barricades during the debate. Earlier in the week, about 800 of Yapao's supporters had [[e4|rallied]] in Waigani against his [[e1|sacking]].

The kina was steady against the dollar on Friday. Business leaders welcomed the end of weeks of uncertainty and urged the government to pass a delayed mining tax bill."""),
]),
# ---------------------------------------------------------------------------- r04
dict(story="r04", topic="nationwide nurses' strike, nurses' march on the government, pay talks and a pay deal (Ljubljana, Slovenia)", events=[
    dict(e="e1", type="protest", date="2026-04-20", participants=["Slovenian Union of Nurses and Health Technicians"],
         location=None),
    dict(e="e2", type="protest", date="2026-04-22", participants=["Slovenian Union of Nurses and Health Technicians"],
         location="Ljubljana"),
    dict(e="e3", type="meeting", date="2026-04-23", participants=["Slovenian Union of Nurses and Health Technicians",
                                                                 "Government of Slovenia"], location="Ljubljana"),
    dict(e="e4", type="agreement", date="2026-04-24", participants=["Slovenian Union of Nurses and Health Technicians",
                                                                   "Government of Slovenia"], location="Ljubljana"),
], tricky=[("e1", "e2", "the nationwide nurses' strike that began on Monday vs the nurses' march from the University Medical Centre to the government building on Wednesday, same union, during the strike")],
note="The Maribor sit-in, the petition, the members' ratification vote, the 2023-2024 doctors' strike and pay "
     "deal and the doctors' union's plan to reopen its agreement are side / background events.",
articles=[
dict(id="a1", source="Adriatic News Agency", published="2026-04-20",
     title="Slovenian nurses walk out over pay, hospitals cut to emergency care",
     text="""LJUBLJANA, Slovenia - Thousands of nurses across Slovenia went on [[e1|strike]] on Monday, forcing hospitals to postpone planned operations and outpatient appointments, their union said.

The Slovenian Union of Nurses and Health Technicians said about 9,000 of its 14,000 members had joined the [[e1|stoppage]], which it described as indefinite. Emergency wards, intensive care and dialysis units are staffed under minimum-service rules.

The union is demanding a 12 percent pay rise and a separate pay grade for nurses with university degrees. "A nurse with a degree earns less than a bus driver," union leader Tanja Breznik told reporters outside the University Medical Centre Ljubljana.

Breznik said members would [[e2|march]] from the hospital to the government building on Wednesday to press their demands.

Health Minister Mojca Kranjc said the government had offered 5 percent, which was "what the budget allows", and called the [[e1|walkout]] disproportionate. She said her door remained open.

The University Medical Centre said 340 operations had been postponed on Monday alone, and the Maribor and Celje hospitals reported similar disruption. Patients with cancer and heart conditions were being treated as planned, the health ministry said.

Slovenia's doctors held a months-long strike in 2023 and 2024 before winning a pay deal, and nurses say they were left behind. About 1,200 nurses have left the country for better-paid jobs in Austria and Germany since 2020, according to the union."""),
dict(id="a2", source="Alpine Press Service", published="2026-04-22",
     title="Striking nurses march on Slovenian government, talks set for Thursday",
     text="""LJUBLJANA - About 6,000 nurses and health technicians [[e2|marched]] through central Ljubljana on Wednesday, blowing whistles and carrying cardboard coffins, on the third day of a nationwide [[e1|strike]] that has forced hospitals to cancel more than 1,000 operations.

The [[e2|procession]] set off from the University Medical Centre and ended outside the government building on Gregorčičeva Street, where union leader Tanja Breznik handed a petition with 48,000 signatures to a government official.

"Applause during Covid did not pay our rent," read one banner.

After the [[e2|rally]], Health Minister Mojca Kranjc and Finance Minister Andrej Podobnik invited the union to [[e3|talks]] on Thursday morning. "We will come with a new offer," Podobnik said.

Breznik said the [[e1|strike]] would go on during the [[e3|negotiations]]. "We are not going home with a promise," she said.

In Maribor, about 40 nurses staged a sit-in at the hospital's administration building on Tuesday to protest against what they said was pressure on staff to break the strike.

Patients' groups urged both sides to settle quickly. "Every day of this dispute, someone waits longer for a hip or a cataract operation," said Marjan Kos of the Slovenian Patients' Association.

Slovenia's public-sector pay reform, adopted in 2024, raised salaries for doctors and teachers, but the nurses' union says the new grades did not reflect nurses' training."""),
dict(id="a3", source="Central European Wire", published="2026-04-25",
     title="Slovenian nurses end strike after pay deal",
     text="""LJUBLJANA, Slovenia - Slovenia's nurses returned to work on Saturday after their union and the government agreed on a pay [[e4|deal]] late on Friday, ending a five-day [[e1|strike]] that paralysed hospitals across the country.

The [[e4|agreement]], reached after nearly two days of [[e3|talks]] that began on Thursday morning, gives nurses a 9 percent rise from July and a new pay grade for nurses with university degrees from January 2027.

"It is not everything we asked for, but it is respect," union leader Tanja Breznik said after the [[e3|negotiations]] at the government building. Health Minister Mojca Kranjc said the [[e4|settlement]] would cost about 64 million euros a year.

The union's members approved the [[e4|accord]] in an online vote on Saturday morning, with 81 percent in favour.

Hospitals said it could take months to clear a backlog of about 2,000 postponed operations and tens of thousands of outpatient appointments.

Wednesday's [[e2|march]] on the government, which drew about 6,000 people, was the largest demonstration by health workers in Slovenia in decades, organisers said.

The doctors' union Fides said on Saturday it would ask to reopen its own 2024 agreement with the government, arguing that the nurses' new grade upset the balance between professions. Finance Minister Andrej Podobnik said the government had "no room" for further wage rises this year."""),
]),
# ---------------------------------------------------------------------------- r05
dict(story="r05", topic="drought in southern Madagascar: food-security assessment, state of national disaster, African Development Bank grant and World Bank pledge (Androy, Madagascar)", events=[
    dict(e="e1", type="report", date="2026-07-06", participants=["World Food Programme", "National Office of Nutrition"],
         location="Antananarivo"),
    dict(e="e2", type="statement", date="2026-07-07", participants=["Government of Madagascar"], location="Antananarivo"),
    dict(e="e3", type="support", date="2026-07-09", participants=["African Development Bank", "Madagascar"],
         location="Abidjan"),
    dict(e="e4", type="support", date="2026-07-10", participants=["World Bank", "Madagascar"], location=None),
], tricky=[("e3", "e4", "the African Development Bank's 45-million-dollar emergency grant approved on Thursday vs the World Bank's 80-million-dollar pledge on Friday, same drought, a day apart")],
note="The government's appeal to partners, the EU's humanitarian aid last month, the AfDB road loan in March, the "
     "finance minister's statement, MSF's nutrition centres and the 2021 drought are side / background events. "
     "'new international aid announced this week' covers both support events and is not marked.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2026-07-07",
     title="Madagascar declares disaster in drought-hit south after hunger warning",
     text="""ANTANANARIVO, Madagascar - Madagascar's government on Tuesday [[e2|declared]] a state of national disaster in three southern regions, a day after a United Nations-backed [[e1|report]] warned that 1.3 million people there faced acute hunger following a third failed rainy season.

The [[e1|assessment]], released on Monday by the World Food Programme and Madagascar's National Office of Nutrition, found that about 410,000 people in the Androy, Anosy and Atsimo-Andrefana regions were in the "emergency" phase, one step below famine. Acute malnutrition among children under five had reached 19 percent in some districts, it said.

Government spokeswoman Lalaina Rakotondrabe said the [[e2|declaration]] would let the state redirect budget funds and speed up food imports. "We are asking our partners to act now, not when children are dying," she told a news conference.

The rainy season between November and March brought less than 40 percent of normal rainfall to much of the south, the meteorological service said. Strong winds have also buried fields under sand.

The European Union released 5 million euros in humanitarian aid for the south last month, but the WFP said it had enough money to feed only 350,000 people until September.

The far south of Madagascar, a region of spiny forest and cattle herders, was hit by a severe drought in 2021, when the United Nations warned of famine-like conditions and thousands of families left for the cities in search of work."""),
dict(id="a2", source="Africa Development Wire", published="2026-07-09",
     title="AfDB approves $45 million for drought-stricken southern Madagascar",
     text="""ABIDJAN, Ivory Coast - The African Development Bank on Thursday [[e3|approved]] a 45-million-dollar emergency grant for southern Madagascar, where drought has left more than a million people short of food, the bank said.

The [[e3|grant]] will pay for seeds, water trucking and cash transfers to about 120,000 households in the Androy and Anosy regions over 18 months, said Kennedy Mweemba, the bank's director for southern Africa. "Speed matters more than size," he said.

The bank's [[e3|decision]] came two days after Madagascar [[e2|declared]] a national disaster in the south, and three days after the World Food Programme and the government's nutrition office [[e1|reported]] that 1.3 million people faced acute hunger.

The World Bank is expected to announce its own aid [[e4|package]] for the region on Friday, a person familiar with the plans said.

Madagascar's finance minister, Haja Rasolofo, welcomed the bank's "quick response" in a statement and said the government would publish monthly figures on how the money was spent.

The AfDB approved a separate 30-million-dollar loan in March to rebuild the road linking Ambovombe to the port of Fort-Dauphin, which aid agencies say is vital for moving food into the south.

Climate scientists say droughts in southern Madagascar have become more frequent, although a 2021 study found that natural variability played the main role in that year's crisis. Aid officials say deforestation and poor roads make the region more vulnerable."""),
dict(id="a3", source="Red Island Report", published="2026-07-11",
     title="World Bank pledges $80 million as Madagascar's south runs dry",
     text="""AMBOVOMBE, Madagascar - The World Bank [[e4|pledged]] 80 million dollars on Friday to help Madagascar cope with the drought in its far south, bringing new international aid announced this week to 125 million dollars.

The [[e4|money]], drawn from the bank's crisis response window, will expand a cash-transfer programme and repair boreholes, country director Sophie Laurent said in Antananarivo. It comes on top of a 45-million-dollar [[e3|grant]] approved by the African Development Bank on Thursday.

In Ambovombe, the capital of the Androy region, water sells for 1,500 ariary a jerrycan, three times the price in March, residents said. Women queue from before dawn at the town's two working wells.

"We eat cactus fruit and we sell our goats. Soon there will be nothing left to sell," said Mamy Razafy, 37, a mother of five.

The government [[e2|declared]] a state of national disaster in Androy, Anosy and Atsimo-Andrefana on Tuesday, after a WFP-backed [[e1|survey]] issued the previous day found 410,000 people at emergency levels of hunger.

Aid groups said the pledges must reach villages quickly. Médecins Sans Frontières opened two nutrition centres in Amboasary last week and said admissions had doubled since May.

"The money is welcome, but the lean season has already started," said Hery Andrianaivo, who runs a local farmers' cooperative. "What people need is water in the next month, not a programme next year.\""""),
]),
# ---------------------------------------------------------------------------- r06
dict(story="r06", topic="Chinese trawler crew assaults Korean coast guard officers, detention of the crew and tit-for-tat summoning of ambassadors (off Heuksan Island, South Korea - China)", events=[
    dict(e="e1", type="attack", date="2026-11-03", participants=["Lurongyu 2871", "Korea Coast Guard"],
         location="Heuksan Island"),
    dict(e="e2", type="arrest", date="2026-11-03", participants=["Korea Coast Guard", "Lurongyu 2871"],
         location="Heuksan Island"),
    dict(e="e3", type="statement", date="2026-11-04", participants=["South Korea", "Xu Haoming"], location="Seoul"),
    dict(e="e4", type="statement", date="2026-11-05", participants=["China", "Lee Sang-hoon"], location="Beijing"),
], tricky=[("e3", "e4", "Seoul summoning the Chinese ambassador on Wednesday vs Beijing summoning the South Korean ambassador on Thursday over the same clash, tit-for-tat, a day apart")],
note="The court's arrest warrants on Friday, the planned deportation of nine crew members, the Chinese Foreign "
     "Ministry briefing and Friday's calls for release, the extra patrol ships from next week, the annual fisheries "
     "talks, the 2016 sinking of a coast guard speedboat and last year's seizures are side / background events. "
     "'an unusual round of tit-for-tat summonses' covers both statements and is not marked.",
articles=[
dict(id="a1", source="Korea Maritime Wire", published="2026-11-04",
     title="Chinese fishermen wound three Korean coast guard officers; Seoul summons envoy",
     text="""SEOUL, South Korea - Crew members of a Chinese fishing boat [[e1|attacked]] South Korean coast guard officers with steel pipes and a fish knife on Tuesday during an inspection off Heuksan Island in the Yellow Sea, wounding three of them, the Korea Coast Guard said.

Officers [[e2|detained]] the trawler's captain and 11 crew members after a two-hour standoff and towed the boat to the southwestern port of Mokpo, the coast guard said. One officer was in serious condition with a stab wound to the shoulder.

The boat, the Lurongyu 2871, had been fishing illegally about 70 km inside South Korea's exclusive economic zone, officials said. Officers fired rubber bullets and a stun grenade during the [[e1|clash]], and one Chinese fisherman suffered a broken arm.

On Wednesday, South Korea's Foreign Ministry [[e3|summoned]] Chinese Ambassador Xu Haoming and demanded that Beijing stop its fishermen from "violent resistance" against law enforcement. First Vice Foreign Minister Kim Tae-hyun told Xu the [[e1|assault]] was "an unacceptable act against our sovereign authority", the ministry said.

The Chinese embassy said it was seeking consular access to the [[e2|detained]] fishermen.

The coast guard seized 18 Chinese boats for illegal fishing in the Yellow Sea last year. In 2016 a Chinese fishing boat rammed and sank a coast guard speedboat off Incheon, prompting Seoul to allow its officers to use firearms against violent crews."""),
dict(id="a2", source="East Asia Press Agency", published="2026-11-05",
     title="China summons South Korean ambassador over fishermen's detention",
     text="""BEIJING - China [[e4|summoned]] South Korea's ambassador on Thursday to protest against what it called the "excessive use of force" by the South Korean coast guard against a Chinese fishing crew in the Yellow Sea, a day after Seoul [[e3|called in]] the Chinese envoy over the same [[e1|incident]].

Assistant Foreign Minister Liu Jun told Ambassador Lee Sang-hoon that a Chinese fisherman had been seriously injured by rubber bullets and that the 12 crew members [[e2|detained]] on Tuesday must be treated "humanely and in accordance with the law", the Chinese Foreign Ministry said.

Ministry spokeswoman Gao Lin told a regular briefing that the crew had acted "in self-defence" after armed officers boarded their boat at night. She said the boat had been fishing in waters "whose status is still subject to negotiation".

In Seoul, officials rejected that account. At Wednesday's [[e3|summons]], First Vice Foreign Minister Kim Tae-hyun told Ambassador Xu Haoming that the [[e1|attack]] on three officers, one of whom was stabbed, could not be justified as self-defence, a ministry official said.

The two countries' fisheries officials are due to meet in Qingdao later this month for annual talks on catch quotas in the waters where their economic zones overlap.

Relations between Seoul and Beijing had been improving, with the two governments planning a visit by China's premier early next year. Analysts said both sides would try to keep the dispute from spilling over."""),
dict(id="a3", source="Peninsula News Service", published="2026-11-07",
     title="Korean court orders arrest of Chinese captain as diplomatic row simmers",
     text="""MOKPO, South Korea - A South Korean court on Friday issued arrest warrants for the captain and two crew members of a Chinese trawler whose crew [[e1|assaulted]] coast guard officers off Heuksan Island on Tuesday, prosecutors said.

The Mokpo District Court said the three men might flee. The other nine crew members, [[e2|seized]] with them at sea four days ago, will be deported after questioning, prosecutors said.

Captain Zhang Xiaobo, 46, is accused of ordering his crew to fight off the boarding team. His lawyer said the fishermen had panicked in the dark.

"He came at me with the knife before I was even on the deck," Sergeant Choi Min-jun, one of the three wounded officers, told reporters from his hospital bed.

The [[e1|violence]] has set off an unusual round of tit-for-tat summonses. Seoul [[e3|summoned]] Chinese Ambassador Xu Haoming on Wednesday, and Beijing [[e4|hauled in]] South Korean Ambassador Lee Sang-hoon the following day to complain of "excessive force".

China's Foreign Ministry on Friday again called for the crew to be freed and for the injured fisherman to be returned home for treatment.

South Korea's coast guard said it would send two additional 3,000-tonne patrol ships to the waters off Heuksan from next week, when the autumn fishing season for croaker and hairtail reaches its peak."""),
]),
# ---------------------------------------------------------------------------- r07
dict(story="r07", topic="militia raid on an artisanal gold mine, army deployment to the mining town, ambush on a mining company's convoy and suspension of the company's mine (Mongbwalu, Ituri, DR Congo)", events=[
    dict(e="e1", type="attack", date="2026-08-08", participants=["Coalition for the Defence of Ituri", "Kanga miners"],
         location="Kanga"),
    dict(e="e2", type="deployment", date="2026-08-10", participants=["Armed Forces of the Democratic Republic of the Congo"],
         location="Mongbwalu"),
    dict(e="e3", type="attack", date="2026-08-11", participants=["Coalition for the Defence of Ituri", "Aruwimi Gold"],
         location="Nizi"),
    dict(e="e4", type="statement", date="2026-08-12", participants=["Aruwimi Gold", "Martin Keogh"], location=None),
], tricky=[("e1", "e3", "the militia raid that killed 14 miners at the Kanga artisanal site on Saturday vs the ambush that killed four Aruwimi Gold workers on the company's fuel convoy near Nizi on Tuesday, same militia, same area, three days apart")],
note="The MONUSCO patrol, the mining minister's statement, the 2021 state of siege, the 2022 attack on a "
     "displaced people's camp and the 2025 UN experts' report are side / background events. Deaths are part of the "
     "attack events and are not annotated separately.",
articles=[
dict(id="a1", source="Great Lakes Wire", published="2026-08-09",
     title="Militia kills 14 at gold mine in Congo's Ituri",
     text="""BUNIA, Democratic Republic of Congo - Militia fighters [[e1|raided]] an artisanal gold mine near the town of Mongbwalu in Congo's Ituri province on Saturday, killing at least 14 miners and setting fire to dozens of shelters, local officials and a civil society group said.

The [[e1|attack]] on the Kanga site began at dawn, when many of the roughly 2,000 diggers were asleep, said Dieudonné Lossa, who heads a civil society group in Mongbwalu. Survivors fled into the forest, and nine people were being treated for gunshot and machete wounds at Mongbwalu general hospital.

Officials blamed the Coalition for the Defence of Ituri (CDI), a militia that says it defends farming communities and has fought over mining sites in the area for years. The group could not be reached for comment.

The province's military governor, Lieutenant General Jean-Bosco Mputu, said a battalion of the Congolese army would [[e2|deploy]] to Mongbwalu "in the coming days" to secure the mines.

"They came for the gold. Those who resisted were shot," a miner who gave his name only as Patrick told Great Lakes Wire by telephone.

Ituri has been under a "state of siege" since 2021, with army and police officers replacing civilian administrators. Militia violence in the province has killed thousands of people since 2017; in 2022 fighters killed more than 60 people at a camp for displaced people in Djugu territory."""),
dict(id="a2", source="Central Africa Dispatch", published="2026-08-11",
     title="Congo troops reach Ituri gold town; militia ambush company convoy",
     text="""MONGBWALU, Democratic Republic of Congo - About 600 Congolese soldiers [[e2|arrived]] in the gold-mining town of Mongbwalu on Monday, two days after a militia [[e1|massacre]] at a nearby mine site, but fighters [[e3|ambushed]] a mining company's convoy on the road to Bunia on Tuesday morning, the army said.

Three security guards and a driver working for Aruwimi Gold SA were killed in the [[e3|ambush]] near the village of Nizi, army spokesman Captain Serge Tabaro said. Two fuel trucks were burned. He blamed the Coalition for the Defence of Ituri (CDI), the group accused of [[e1|killing]] 14 miners at the Kanga artisanal site on Saturday.

Tabaro said the [[e2|deployment]], drawn from the army's 32nd Rapid Reaction Brigade, would set up positions around the main mining sites and along the Mongbwalu-Bunia road. "The enemy is testing us. They will find us," he said.

Aruwimi Gold, a Congolese-Australian venture, runs an industrial gold mine about 15 km south of Mongbwalu that employs 900 people. Company representatives in Bunia declined to say whether operations would continue.

Many of the miners who fled Kanga have taken refuge in a church compound in Mongbwalu, and traders said food prices in the town had doubled since the weekend.

The United Nations peacekeeping mission, MONUSCO, said it was sending a patrol from its base in Bunia to assess the situation around Nizi."""),
dict(id="a3", source="Equator News Agency", published="2026-08-13",
     title="Gold miner suspends Ituri operations after deadly attacks",
     text="""KINSHASA - Aruwimi Gold SA has [[e4|suspended]] operations at its mine in Congo's Ituri province and flown most of its foreign staff out, the company said on Wednesday, a day after militia fighters [[e3|killed]] four of its workers on the road to Bunia.

"The safety of our people comes first," chief executive Martin Keogh said in the [[e4|statement]], which gave no date for a restart. About 900 local employees have been sent home on half pay.

Tuesday's [[e3|attack]] on the company's fuel convoy near Nizi came despite the [[e2|arrival]] on Monday of about 600 troops sent to secure the area after a militia [[e1|raid]] on the nearby Kanga artisanal mine last weekend that left 14 diggers dead.

Mining Minister Claudine Ilunga said in Kinshasa that the government would not let "armed gangs" take control of Ituri's gold and urged Aruwimi to reopen quickly.

Dieudonné Lossa, a civil society leader in Mongbwalu, said the soldiers had so far stayed in the town. "Soldiers sit in town while the mines burn," he said.

Ituri is one of Congo's richest gold regions, but much of its output is smuggled out through Uganda, according to a 2025 report by United Nations experts. Militias, army units and traders compete for control of the artisanal sites, where tens of thousands of people dig by hand."""),
]),
# ---------------------------------------------------------------------------- r08
dict(story="r08", topic="parliamentary committee report on a failed hospital IT system, resignations of the health minister and of the health-service chief, patients' demonstration (Dublin, Ireland)", events=[
    dict(e="e1", type="report", date="2026-09-15", participants=["Public Accounts Committee", "Health Service Executive",
                                                                "Deirdre Fahy"], location="Dublin"),
    dict(e="e2", type="statement", date="2026-09-16", participants=["Deirdre Fahy"], location="Dublin"),
    dict(e="e3", type="statement", date="2026-09-17", participants=["Martin Coyle", "Health Service Executive"],
         location="Dublin"),
    dict(e="e4", type="protest", date="2026-09-17", participants=["Irish Patients' Alliance"], location="Dublin"),
], tricky=[("e2", "e3", "Health Minister Deirdre Fahy's resignation on Wednesday vs HSE chief executive Martin Coyle's resignation on Thursday, over the same report, a day apart")],
note="The HSE's first response to the report, Coyle's email to staff saying he would stay, the Taoiseach's "
     "acceptance and the planned review of IT contracts, Corvane's rejection of the findings, the 2024 Comptroller "
     "and Auditor General report and the 2021 ransomware attack are side / background events. 'the two "
     "departures' covers both resignations and is not marked.",
articles=[
dict(id="a1", source="Liffey News Agency", published="2026-09-15",
     title="Committee finds 310 million euros wasted on failed hospital IT system",
     text="""DUBLIN - A parliamentary committee [[e1|report]] published on Tuesday found that Ireland's health service wasted at least 310 million euros on a patient-records system that was never switched on, and said Health Minister Deirdre Fahy had ignored repeated warnings that the project was failing.

The Oireachtas Public Accounts Committee said the Health Service Executive (HSE) signed a contract for the PatientLink system with the software company Corvane Systems in 2022 without a proper tender, then approved four budget increases. Fahy received at least three memos flagging "critical risk" in 2025 but signed off on another 90 million euros, the [[e1|report]] said.

"This was not bad luck. This was a failure of leadership at every level," committee chairman Ciarán Mulhall told a news conference at Leinster House.

Fahy said she would study the [[e1|findings]] carefully. She did not answer questions about her future.

HSE chief executive Martin Coyle, who oversaw the project from 2023, said the health service accepted the committee's criticism and had already changed the way it buys technology.

Opposition leaders said the minister's position was untenable. Patients' groups said the money could have paid for about 20,000 hip replacements.

The Comptroller and Auditor General flagged cost overruns on PatientLink in a 2024 audit. The HSE's computer systems were crippled by a ransomware attack in 2021, which officials later cited as a reason to speed up the project."""),
dict(id="a2", source="Atlantic Press Agency", published="2026-09-16",
     title="Irish health minister resigns over failed IT project",
     text="""DUBLIN - Irish Health Minister Deirdre Fahy [[e2|resigned]] on Wednesday, a day after a parliamentary committee's [[e1|report]] found she had ignored warnings about a patient-records system that cost the state 310 million euros without ever being used.

"I accept that I should have acted sooner, and I take responsibility," Fahy said in a [[e2|resignation]] statement read outside Government Buildings.

The Taoiseach said he had accepted her [[e2|decision]] with regret and that Minister of State Niamh Quirke would take over the health portfolio for now.

The Public Accounts Committee's [[e1|report]], released on Tuesday, said the Health Service Executive (HSE) had approved four budget increases for the PatientLink project despite internal audits rating it "red" for three years in a row.

Pressure is now on HSE chief executive Martin Coyle, whom the committee also criticised. Coyle told staff in an email on Wednesday that he had "no intention of walking away" from the health service.

Opposition leaders said Fahy's [[e2|departure]] was overdue and demanded a full account of who had approved each payment to the software supplier, Corvane Systems.

Fahy, 54, a former nurse, has represented Galway West in the Dáil since 2016 and became health minister in 2024. She will remain a member of parliament.

Hospital consultants' representatives said the affair had damaged trust in the health service at a time when more than 600,000 people are waiting for hospital appointments."""),
dict(id="a3", source="Celtic News Service", published="2026-09-18",
     title="Head of Ireland's health service quits as patients protest outside parliament",
     text="""DUBLIN - The head of Ireland's Health Service Executive, Martin Coyle, [[e3|resigned]] on Thursday, a day after Health Minister Deirdre Fahy [[e2|quit]] over the failed PatientLink records system, as patients' groups [[e4|protested]] outside parliament.

Coyle, who had told staff on Wednesday that he would stay, said in a brief [[e3|statement]] that his continued presence "would be a distraction". The HSE board named chief operations officer Aoife Garvey as interim chief executive.

About 400 people, many of them patients waiting for surgery, [[e4|gathered]] outside Leinster House on Thursday afternoon, holding placards reading "310 million - how many hips?" Organisers from the Irish Patients' Alliance said the [[e4|demonstration]] was meant to keep attention on waiting lists.

The two departures leave the health service without its political and administrative leaders as it prepares for the winter, when emergency departments are usually most crowded.

The Public Accounts Committee, whose [[e1|report]] on Tuesday set off the crisis, said it would call Coyle to give evidence again next month.

Corvane Systems, the software supplier, said it rejected the committee's [[e1|findings]] and would defend its work "in any forum".

The Taoiseach said on Thursday that the government would commission an independent review of all public IT contracts worth more than 10 million euros."""),
]),
# ---------------------------------------------------------------------------- r09
dict(story="r09", topic="fan killed in derby violence, mass detention of fans, arrest of a club's security chief and stewards, and a federation ban with a points deduction (Tirana, Albania)", events=[
    dict(e="e1", type="casualties", date="2026-05-03", participants=["Erion Hoxha", "FK Dajti supporters"],
         location="Tirana"),
    dict(e="e2", type="arrest", date="2026-05-03", participants=["Albanian State Police", "football supporters"],
         location="Tirana"),
    dict(e="e3", type="arrest", date="2026-05-05", participants=["Albanian State Police", "Gentian Mema", "KS Shqiponja"],
         location="Tirana"),
    dict(e="e4", type="sanction", date="2026-05-06", participants=["Albanian Football Association", "KS Shqiponja",
                                                                  "FK Dajti"], location="Tirana"),
], tricky=[("e2", "e3", "46 fans detained by police on Sunday night after the derby vs the club security chief and two stewards arrested on Tuesday, same police, same case, two days apart")],
note="The interior minister's statement and inquiry, the murder charge, the march in Durres, the house-arrest "
     "ruling, the burial, the abandoned match, the 2024 Elbasan clashes and last season's UEFA fine are side / "
     "background events. 'the number of people detained over the violence' (49) covers both arrest events and is "
     "not marked.",
articles=[
dict(id="a1", source="Balkan Wire", published="2026-05-04",
     title="Fan stabbed to death as Tirana derby descends into violence",
     text="""TIRANA, Albania - A 19-year-old football supporter was [[e1|killed]] and 31 people were injured when rival fans fought in and around Tirana's national stadium during a league derby on Sunday evening, police said.

Police [[e2|detained]] 46 people, most of them supporters of the two clubs, KS Shqiponja and FK Dajti, and seized knives, flares and metal bars, police spokesman Arben Kola said on Monday.

The victim, Erion Hoxha, a Dajti supporter and student from Durrës, was stabbed near the stadium's south gate shortly after Shqiponja fans broke through a fence at half-time, Kola said. Five police officers were among the [[e1|injured]].

The match, which Shqiponja led 1-0, was abandoned in the 52nd minute.

"I saw people with knives inside the stadium. How did they get in?" asked Klodian Musa, 24, a Dajti supporter who was in the south stand.

Interior Minister Ilir Daci said those responsible would "face the full weight of the law" and ordered an inquiry into security at the stadium, which opened in 2019 and also hosts national team matches.

Albanian football has been hit by crowd trouble before. In 2024 the league suspended matches for a week after clashes between fans in Elbasan, and UEFA fined an Albanian club last season after its supporters threw flares during a European qualifier."""),
dict(id="a2", source="Southeast Europe Press", published="2026-05-06",
     title="Albanian police arrest club security chief over deadly derby",
     text="""TIRANA - Albanian police on Tuesday [[e3|arrested]] the head of security at KS Shqiponja and two stewards, accusing them of letting fans armed with knives into the national stadium before Sunday's derby, in which a rival supporter was [[e1|killed]].

Security chief Gentian Mema, 44, and the two stewards were [[e3|picked up]] at the club's training ground, police said. Prosecutors said video footage showed stewards opening a side gate for about 30 hooded men 40 minutes before kick-off. Mema's lawyer said his client had followed police instructions and denied any wrongdoing.

The [[e3|arrests]] bring to 49 the number of people detained over the violence. Of the 46 fans [[e2|rounded up]] on Sunday night, 12 remain in custody, including a 22-year-old Shqiponja supporter charged with murder over the [[e1|stabbing]] of Erion Hoxha, prosecutors said.

The Albanian Football Association (FSHF) is due to rule on [[e4|penalties]] against both clubs on Wednesday, its disciplinary committee said.

On Monday evening about 2,000 people marched through Durrës, Hoxha's home town, carrying his photograph and chanting "Justice for Erion".

Dajti's president, Fatmir Leka, said his club would not play Shqiponja again "until their thugs are behind bars". Shqiponja's board said it was cooperating fully with the police and suspended Mema from his post."""),
dict(id="a3", source="Illyria Press Agency", published="2026-05-08",
     title="Albanian federation bars fans, docks points after fatal derby",
     text="""TIRANA, Albania - Albania's football federation has [[e4|banned]] supporters of KS Shqiponja and FK Dajti from all matches for the rest of the season and docked Shqiponja six points, after a derby on Sunday in which a fan was [[e1|killed]] and more than 30 people hurt.

The FSHF disciplinary committee, which announced the [[e4|sanctions]] on Wednesday, also ordered Shqiponja to play its next home match at a neutral ground. Shqiponja said it would appeal against the [[e4|decision]], calling it "collective punishment" of thousands of peaceful fans.

The club's security chief, Gentian Mema, and two stewards [[e3|arrested]] on Tuesday were placed under house arrest by a Tirana court on Thursday.

Police said on Thursday they had released all but nine of the 46 fans [[e2|detained]] on the night of the [[e1|killing]].

Hoxha was buried in Durrës on Tuesday. Hundreds of Dajti supporters lined the road to the cemetery, and players from both clubs attended the funeral.

The [[e4|deduction]] leaves Shqiponja fourth in the table, out of the places for European competition, with four rounds left. The federation said the last rounds of the league would be played with reduced crowds and extra police.

Sports Minister Blerina Gjini said the government would draft a law allowing courts to ban violent fans from stadiums for up to five years."""),
]),
# ---------------------------------------------------------------------------- r10
dict(story="r10", topic="plane crash deaths in the Amazon, grounding of the regional airline, inspector general's report on skipped inspections and the investigators' preliminary report (Mitu, Vaupes, Colombia)", events=[
    dict(e="e1", type="casualties", date="2026-10-12", participants=["Aerovías del Vaupés"], location="Mitú"),
    dict(e="e2", type="sanction", date="2026-10-14", participants=["Aerocivil", "Aerovías del Vaupés"], location="Bogotá"),
    dict(e="e3", type="report", date="2026-10-15", participants=["Procuraduría General de la Nación", "Aerocivil"],
         location="Bogotá"),
    dict(e="e4", type="report", date="2026-10-16", participants=["Aerocivil accident investigation directorate"],
         location=None),
], tricky=[("e3", "e4", "the Inspector General's Office report on Thursday finding that aviation inspectors skipped checks on the airline vs the accident investigators' preliminary report on Friday pointing to water in the fuel, same crash, a day apart")],
note="The crash itself has no type and is not in gold, only the deaths. The airline's own suspension of flights, "
     "the disciplinary proceedings, the families' gathering at Villavicencio airport, the march in Mitu, the planned "
     "congressional hearing, the final report due within a year and the 2023 Guaviare crash are side / background events.",
articles=[
dict(id="a1", source="Andean Wire", published="2026-10-13",
     title="Seventeen killed as plane crashes in Colombian Amazon",
     text="""MITÚ, Colombia - Seventeen people were [[e1|killed]] when a passenger plane crashed into the jungle while approaching the Amazon town of Mitú on Monday afternoon, Colombia's civil aviation authority said. Five people survived, including a six-year-old girl.

The ATR 42 turboprop, operated by the regional carrier Aerovías del Vaupés, was flying from Villavicencio with 19 passengers and three crew when it lost contact with the control tower about 8 km from the runway in heavy rain, the authority, known as Aerocivil, said.

Soldiers and Indigenous guards reached the wreckage on foot late on Monday. Among the [[e1|dead]] were both pilots, a nurse travelling to Mitú's hospital and four members of a Cubeo family returning from a wedding, local officials said.

The survivors were flown to Bogotá on Tuesday in an air force plane.

Aerocivil director Luz Marina Ospina said investigators had recovered both flight recorders and would release preliminary [[e4|findings]] "within days".

Aerovías del Vaupés, which operates three aircraft and is the main air link for Mitú, a town with no road connection to the rest of the country, said it was "devastated" and suspended all flights on Tuesday.

Small planes are the lifeline of Colombia's Amazon departments, where runways are short and weather changes quickly. In 2023 a light aircraft crash in neighbouring Guaviare killed four people, and a cargo plane went off the runway at Mitú in 2021 without casualties."""),
dict(id="a2", source="Northern Andes Press", published="2026-10-15",
     title="Colombia grounds airline after Amazon crash; watchdog faults inspectors",
     text="""BOGOTA - Colombia's civil aviation authority on Wednesday [[e2|suspended]] the operating certificate of Aerovías del Vaupés, two days after one of its planes crashed near Mitú, [[e1|killing]] 17 people, and on Thursday a government watchdog [[e3|reported]] that inspectors had skipped required checks on the airline.

The Inspector General's Office, known as the Procuraduría, said in a [[e3|report]] that Aerocivil had failed to carry out two scheduled maintenance inspections of the carrier this year and had renewed its certificate in June "without verification on site". It opened disciplinary proceedings against four officials.

Aerocivil director Luz Marina Ospina said the [[e2|suspension]] would last until the airline proved that its two remaining ATR planes were airworthy. "Nobody flies until we are sure," she said. She did not respond directly to the Procuraduría's [[e3|findings]].

The [[e2|grounding]] leaves Mitú, a town of about 30,000 people with no road to the rest of Colombia, dependent on air force flights and one small charter operator.

Investigators are expected to publish a preliminary [[e4|report]] on the causes of Monday's crash on Friday.

Relatives of the victims gathered at Villavicencio airport on Wednesday to demand answers, carrying photographs of the [[e1|dead]].

Airline manager Hernán Cubides said the company had "complied with every requirement" and would cooperate fully with the investigation."""),
dict(id="a3", source="Amazonia News Agency", published="2026-10-17",
     title="Contaminated fuel suspected in Mitú crash, preliminary report says",
     text="""VILLAVICENCIO, Colombia - Water in the fuel may have caused both engines of an Aerovías del Vaupés plane to lose power before it crashed near Mitú on Monday, Colombian investigators said in a preliminary [[e4|report]] on Friday.

The 14-page [[e4|document]] from Aerocivil's accident investigation directorate said fuel samples taken from the airline's tanker truck at Villavicencio airport contained "significant" amounts of water. Chief investigator Andrés Quintero said a final report could take up to a year.

The crash [[e1|killed]] 17 of the 22 people on board. Five survivors, among them a six-year-old girl, are being treated in Bogotá.

Its [[e4|findings]] add to pressure on the civil aviation authority, which [[e2|grounded]] the carrier on Wednesday. A day later, the Inspector General's Office [[e3|reported]] that Aerocivil had skipped two mandatory inspections of the airline this year.

Airline manager Hernán Cubides said the fuel truck belonged to a contractor, Combustibles del Llano, which said in a statement that its fuel met all standards.

Congress's transport committee has called Aerocivil director Luz Marina Ospina to a hearing next Tuesday.

In Mitú, about 300 people marched to the airport on Friday to demand that commercial flights resume. "We are an island in the jungle. Without planes, we have no medicines and no way out," said community leader Rosa Tatuyo."""),
]),
]
