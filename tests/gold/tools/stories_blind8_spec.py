"""Source of ../stories_blind8/articles.jsonl and ../stories_blind8/gold.jsonl.

EIGHTH story set for the cross-article deduplication benchmark: a BLIND set, for reporting
only.  It was written without running the timeline extractor or the dedup benchmark on these
texts and without reading the system's code, extraction or clustering rules or word lists;
only the format of the earlier sets was consulted (stories_blind7_spec, build_stories.py,
validate.py, the topic= lines of the other spec files, DATASETS.md section 2).  Never use it
for tuning: do not inspect the system's errors on it to change rules, word lists or
thresholds.  Once it has been used for tuning it is no longer blind and must be relabelled a
development set.

All articles are fiction written for this data set (invented outlets, people, companies and
events, some real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind8_spec \\
        --out tests/gold/stories_blind8

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("the two raids", "both incidents", "both Latvian
complaints", "the two blocs opened talks"), negated or hypothetical mentions and predicate
nominals re-describing an event in the same sentence are not marked.  Titles are not
annotated.

Type conventions used here (the type list has no better fit):
  * the rival hotel "camps" of coalition bargaining after an election are `meeting` events
    (a tricky pair: same day, same city);
  * a hydropower treaty between two states and the power-exchange contract their utilities
    sign the next day are both `agreement` (a tricky pair);
  * a mob's looting of shops and the torching of a workers' hostel are `attack` events; the
    mass detention of people at a scam compound during a police raid is `arrest`;
  * a governor's 72-hour ultimatum to a grid operator is a `deadline`, dated to its expiry;
  * a pot-banging "cacerolazo", a road blockade, a march and a candlelit vigil are `protest`;
  * a diplomatic protest note and a letter to the UN Security Council are both `letter`
    (a tricky pair); so is a letter to the OAS;
  * NATO Article 4 consultations and an OAS Permanent Council session are `meeting`;
  * firefighters sent abroad, water-bombing helicopters and an air-defence unit sent to an
    ally are `deployment`;
  * a company's announcement that it will close a smelter and a foreign ministry's travel
    warning are typed `statement`;
  * a state loan and a provincial grant to keep a plant open are both `support`
    (a tricky pair); so is a development-bank loan;
  * a regional weather centre's haze assessment and an energy regulator's blackout inquiry
    are `report`;
  * a blackout, a drone crash, smoke haze, deportations / expulsions and repatriation flights
    have no type in the list and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- n01
dict(story="n01", topic="snap general election and rival hotel camps in coalition bargaining, coalition pact (Honiara, Solomon Islands)", events=[
    dict(e="e1", type="election", date="2027-03-10", participants=["Solomon Islands"], location="Solomon Islands"),
    dict(e="e2", type="meeting", date="2027-03-13", participants=["Our People's Alliance", "Jeremiah Tovua"],
         location="Honiara"),
    dict(e="e3", type="meeting", date="2027-03-13", participants=["Kastom Democratic Party", "Lilian Maetoloa"],
         location="Honiara"),
    dict(e="e4", type="agreement", date="2027-03-18", participants=["Kastom Democratic Party", "independent MPs"],
         location="Honiara"),
], tricky=[("e2", "e3", "the outgoing prime minister's camp at the Heritage Harbour Hotel vs the opposition camp at the Kukum Beach Resort, both opened on Saturday March 13 in Honiara, same bargaining, rival participants")],
note="The failed budget vote that brought the snap election, the parliamentary vote for prime minister due on "
     "March 24, the 2006 and 2021 unrest, the 2019 switch of recognition and the 2022 security pact with China "
     "are background / side events. 'The two blocs ... opened talks' style aggregates are not marked.",
articles=[
dict(id="a1", source="Melanesia Wire", published="2027-03-11",
     title="Solomon Islands counts votes after snap election as coalition camps form",
     text="""HONIARA - Counting was under way across Solomon Islands on Thursday after a snap [[e1|general election]] called six months early, when Prime Minister Jeremiah Tovua lost a vote on his budget in parliament.

Electoral officials said about 61 percent of the country's 420,000 registered voters [[e1|turned out]] on Wednesday, fewer than in 2024. Results from the first 19 of the 50 constituencies gave no party more than seven seats, making another coalition government almost certain.

Police reported no serious incidents on [[e1|polling day]], although ballot boxes from two constituencies on Malaita reached the capital a day late because of rough seas. "[[e1|Polling]] was peaceful. Now comes the hard part," said Chief Electoral Officer Moses Kelesi.

By tradition, winning candidates gather in rival hotel "camps" in Honiara to bargain over ministries before parliament chooses a prime minister. Tovua's Our People's Alliance said it would [[e2|host]] its allies at the Heritage Harbour Hotel from Saturday. Opposition leader Lilian Maetoloa, whose Kastom Democratic Party appeared to have won the most seats so far, told supporters in Auki that her group would [[e3|gather]] at the Kukum Beach Resort "the moment the last box is counted".

Rioters burned much of Honiara's Chinatown after parliament picked a prime minister in 2006, and the capital saw three days of unrest in 2021. Australian and New Zealand police officers are in Honiara to help keep order during the count."""),
dict(id="a2", source="Honiara Star", published="2027-03-14",
     title="Rival Solomons camps each claim to be close to a majority",
     text="""HONIARA - Solomon Islands' two rival blocs both claimed on Saturday to be within reach of a majority, as newly elected members of parliament shuttled between hotels in the capital on the first day of coalition bargaining.

Opposition leader Lilian Maetoloa [[e3|hosted]] 21 members-elect at the Kukum Beach Resort east of the city centre, her spokesman said, enough to govern if five more join her. At the Heritage Harbour Hotel, less than three kilometres away, outgoing Prime Minister Jeremiah Tovua [[e2|met]] 17 members over a lunch of fish and taro and told reporters that "the numbers are moving our way".

Final results from Wednesday's [[e1|vote]], published on Saturday morning, gave Maetoloa's Kastom Democratic Party 11 of the 50 seats and Tovua's Our People's Alliance nine. Fourteen independents won seats, and their support will decide who governs.

Several independents from Western Province left the Heritage Harbour [[e2|meeting]] early and were seen arriving at Kukum in the afternoon. "We listen to everybody," said one of them, Ezekiel Pitu, the member-elect for Gizo.

Tovua's camp accused the opposition of "buying loyalty with promises of ministries". A Kastom Democratic official said the Kukum [[e3|talks]] had produced an outline of a government programme and that he expected a written coalition [[e4|agreement]] to be signed within days.

The governor-general has set the parliamentary vote for prime minister for March 24."""),
dict(id="a3", source="South Pacific Report", published="2027-03-19",
     title="Maetoloa bloc signs coalition pact, set to take power in Honiara",
     text="""HONIARA - Opposition leader Lilian Maetoloa's bloc [[e4|signed]] a coalition agreement with 13 independents on Thursday, giving it 30 of the 50 seats in Solomon Islands' new parliament and putting her on course to become the country's first woman prime minister.

The [[e4|pact]], read out on the lawn of the Kukum Beach Resort, shares out 24 ministries and promises a review of logging licences and a new hospital in Auki. Under the [[e4|accord]], the post of deputy prime minister goes to Ezekiel Pitu, an independent from Gizo.

The [[e4|deal]] ended almost a week of bargaining that began last Saturday, when Maetoloa's camp first [[e3|convened]] at the resort while outgoing Prime Minister Jeremiah Tovua [[e2|courted]] members at the Heritage Harbour Hotel across town.

Tovua conceded on Thursday evening and said his Our People's Alliance would sit in opposition. "We respect the result of the March 10 [[e1|poll]] and we respect the numbers," he said.

Parliament is due to elect the prime minister on March 24, a formality now that Maetoloa has a clear majority.

Maetoloa has said she will review the security pact that Tovua's predecessor signed with China in 2022, three years after Solomon Islands switched diplomatic recognition from Taiwan to Beijing. Australia's high commissioner in Honiara welcomed the coalition and said Canberra looked forward to working with the new government."""),
]),
# ---------------------------------------------------------------------------- n02
dict(story="n02", topic="hydropower treaty on the Tuyamuyun dam, utilities' power-exchange contract and a development-bank loan (Turkmenistan - Uzbekistan, Amu Darya)", events=[
    dict(e="e1", type="meeting", date="2026-09-21", participants=["Turkmenistan", "Uzbekistan"], location="Urgench"),
    dict(e="e2", type="agreement", date="2026-09-25", participants=["Turkmenistan", "Uzbekistan"], location="Ashgabat"),
    dict(e="e3", type="agreement", date="2026-09-26", participants=["Turkmenenergo", "Uzbekhydroenergo"],
         location="Ashgabat"),
    dict(e="e4", type="support", date="2026-10-01",
         participants=["Asian Development Bank", "Turkmenistan", "Uzbekistan"], location="Tashkent"),
], tricky=[("e2", "e3", "the treaty signed by the two presidents in Ashgabat on Friday vs the electricity-exchange contract signed by the two state utilities in the same city the next day")],
note="The talks (e1) lasted two days and are dated to their first day. The 1996 water-sharing accord, the March "
     "trade memorandum, the Soviet-era construction of the dam and the shrinking of the Aral Sea are background.",
articles=[
dict(id="a1", source="Central Asia Dispatch", published="2026-09-23",
     title="Turkmen and Uzbek negotiators finish text of Tuyamuyun dam treaty",
     text="""URGENCH, Uzbekistan - Turkmen and Uzbek officials have finished drafting a [[e2|treaty]] on rebuilding and jointly running the Tuyamuyun hydropower complex on the Amu Darya river, after two days of [[e1|talks]] in the Uzbek city of Urgench that ended on Tuesday, both governments said.

The [[e1|negotiations]], led by Uzbekistan's deputy energy minister Sardor Islomov and Merdan Atayev of Turkmenistan's state water committee, settled the last open question: how the electricity from the 150-megawatt plant will be shared in dry years, when the river runs low.

The document is to be [[e2|signed]] by the two presidents in Ashgabat on Friday. The state utilities of the two countries are also expected to [[e3|sign]] a separate contract on exchanging electricity during the visit, officials said.

"For thirty years we argued about every cubic metre. This week we argued about how to share the benefits," Islomov told reporters after the [[e1|meeting]].

The Tuyamuyun dam and reservoir, built in the 1980s on the border between the two countries, supply drinking water to about two million people downstream, including in the dry Karakalpakstan region. Engineers say its worn-out Soviet turbines now produce barely a third of their designed output.

Water has long been a source of friction in the region. A 1996 accord split the Amu Darya's flow between Turkmenistan and Uzbekistan, but it said nothing about the dam's power station, which Uzbekistan has run alone since independence."""),
dict(id="a2", source="Amu Darya Herald", published="2026-09-27",
     title="Presidents sign Tuyamuyun treaty; utilities seal power swap",
     text="""ASHGABAT - The presidents of Turkmenistan and Uzbekistan [[e2|signed]] a treaty in the Turkmen capital on Friday to rebuild the Soviet-era Tuyamuyun hydropower complex on their shared border and run it together for 30 years.

Under the [[e2|treaty]], each country will own half of a new joint company, Tuyamuyun Hydro, which will replace the plant's four turbines, strengthen the dam and manage releases of water to farms on both banks of the Amu Darya.

On Saturday, a day after the leaders' [[e2|ceremony]], the state utilities Turkmenenergo and Uzbekhydroenergo [[e3|concluded]] a 15-year electricity-exchange contract at a business forum in Ashgabat. Under the [[e3|contract]], Uzbekistan will send power to Turkmenistan in winter and receive the plant's surplus in summer, when melting snow in the Pamirs fills the reservoir.

Both texts were finalised at two days of [[e1|talks]] in Urgench earlier in the week.

"Water divided our grandfathers. It will light our grandchildren's homes," Turkmenistan's deputy prime minister for energy, Batyr Orazov, said at the forum.

The rebuilding is expected to cost about 420 million dollars. The Asian Development Bank is expected to announce a [[e4|loan]] for most of that sum next week, a person familiar with the plans said. Work on the dam would begin next spring and take four years."""),
dict(id="a3", source="Silk Road Business Review", published="2026-10-02",
     title="ADB lends $310 million for Turkmen-Uzbek hydropower plant",
     text="""TASHKENT - The Asian Development Bank [[e4|pledged]] a 310-million-dollar loan on Thursday to rebuild the Tuyamuyun hydropower complex on the Amu Darya, a week after Turkmenistan and Uzbekistan [[e2|agreed]] to own and operate the border plant together.

The [[e4|financing]], announced in Tashkent by the bank's country director, Keiko Tanabe, will pay for new turbines, a fish passage and repairs to the dam's spillway. The two governments will provide the remaining 110 million dollars.

Bankers said the [[e4|loan]] had become possible only after last Friday's [[e2|accord]] created a single owner for the plant, and after the utilities' electricity-swap [[e3|deal]], signed the following day, guaranteed a buyer for its power in every season.

Officials said the last details had been hard to settle. At the September [[e1|talks]] in Urgench, negotiators spent most of a night arguing over who would pay to repair the spillway.

Environmental groups in Nukus welcomed the project but said the Ashgabat [[e2|treaty]] did little for the Aral Sea, which has lost most of its water since the 1960s because of irrigation upstream. "There is a chapter on turbines and a paragraph on the sea," said Aigul Utebaeva of the Aral Heritage Foundation.

In March the two countries also signed a memorandum on cross-border trade, and the Uzbek energy ministry said talks on a second border plant could start next year."""),
]),
# ---------------------------------------------------------------------------- n03
dict(story="n03", topic="anti-immigrant violence: looting of foreign-owned shops, hostel arson, arrests and army deployment (Durban, South Africa)", events=[
    dict(e="e1", type="attack", date="2026-10-11", participants=["foreign-owned shops"], location="Umlazi"),
    dict(e="e2", type="attack", date="2026-10-13", participants=["Malawian and Mozambican workers"], location="KwaMashu"),
    dict(e="e3", type="deployment", date="2026-10-15", participants=["South African National Defence Force"],
         location="Durban"),
    dict(e="e4", type="arrest", date="2026-10-14", participants=["South African Police Service", "looting suspects"],
         location="Umlazi"),
], tricky=[("e1", "e2", "the mob's looting and burning of foreign-owned shops in Umlazi on Sunday night vs the petrol-bomb attack on a workers' hostel in KwaMashu on Tuesday night, same city, same wave of violence")],
note="The community meeting before the looting, the 2008 and 2015 violence, the Malawian buses bringing citizens "
     "home and the court appearance of the suspects are background / side events. 'The army has not been asked' "
     "(negated) and 'both incidents' (aggregate) are not marked.",
articles=[
dict(id="a1", source="Natal Coast Courier", published="2026-10-12",
     title="Mob loots foreign-owned shops in Durban's Umlazi township",
     text="""DURBAN - Hundreds of people [[e1|looted]] and set fire to at least 40 foreign-owned shops in Umlazi township south of Durban on Sunday night, police said, in the worst outbreak of anti-immigrant violence in KwaZulu-Natal for several years.

Shopkeepers from Ethiopia, Somalia, Bangladesh and Malawi said crowds armed with sticks and iron bars went from one small grocery to the next after a community meeting at which speakers accused foreigners of selling expired food. Eleven people were treated in hospital.

"They took everything, then they poured petrol," said Abdi Warsame, 34, who has run a spaza shop in Umlazi's F Section for eight years.

Police spokesman Lieutenant Colonel Sipho Mkhize said officers fired rubber bullets to break up the crowds but were outnumbered during the [[e1|rampage]]. Investigators had opened cases of public violence and arson, he said, and no one had yet been detained.

KwaZulu-Natal premier Thandeka Mthembu condemned the [[e1|attacks]] as "criminal and shameful" and said the provincial government had not asked for the army to help. "The police have this under control," she said.

South Africa has seen repeated waves of violence against foreign nationals. More than 60 people were killed across the country in 2008, and Durban was the centre of attacks on migrants in 2015.

Migrant groups said they feared more violence. A message circulating on social media on Monday called on residents of other townships to "finish the job"."""),
dict(id="a2", source="Southern African Press Agency", published="2026-10-14",
     title="Hostel housing Malawian workers torched in second Durban attack",
     text="""DURBAN - Attackers [[e2|set fire]] to a hostel housing about 200 Malawian and Mozambican workers in KwaMashu, north of Durban, late on Tuesday, two days after a mob [[e1|ransacked]] foreign-owned shops in Umlazi township on the other side of the city.

Residents escaped through windows when petrol bombs were thrown into the building shortly before midnight, police said. Four men were badly burned. Most of the hostel's residents work on construction sites and at the port.

The [[e2|assault]] on the hostel prompted the Defence Ministry to announce on Wednesday morning that soldiers would be [[e3|deployed]] in Umlazi and KwaMashu by Thursday to support the police. About 600 troops are expected, a ministry spokeswoman said.

Police said they were searching for suspects from both incidents and had increased patrols at taxi ranks and markets.

Malawi's High Commission in Pretoria said its staff had visited the injured and that the government in Lilongwe was preparing buses to bring home citizens who wanted to leave.

The Durban Migrant Solidarity Forum said Sunday's [[e1|rampage]] had been organised on WhatsApp and that officers had ignored warnings. "The KwaMashu [[e2|arson]] was announced in the same groups the day before," said the forum's coordinator, Grace Phiri.

Business groups said many foreign-owned shops in townships across the province stayed shut on Wednesday."""),
dict(id="a3", source="Johannesburg Ledger", published="2026-10-19",
     title="Troops patrol Durban townships as 38 appear in court over looting",
     text="""DURBAN - Soldiers patrolled the streets of Umlazi and KwaMashu on Monday, four days after the army was [[e3|sent]] into Durban townships hit by a week of anti-immigrant violence, and 38 people appeared in court over the [[e1|looting]] of foreign-owned shops.

The 38 were [[e4|detained]] last Wednesday in house-to-house searches in Umlazi, where more than 40 spaza shops were [[e1|emptied]] and burned on the night of October 11, police said. Officers recovered fridges, sacks of maize meal and cases of cooking oil. The magistrate kept the suspects in custody until next week.

The [[e4|arrests]] were the first since the violence began. Nobody has yet been charged over the arson [[e2|attack]] on a workers' hostel in KwaMashu two days after the [[e1|looting]], in which four Malawian men were badly burned. Police said they had identified "persons of interest".

The [[e3|deployment]] of 600 soldiers, approved by the presidency for an initial 30 days, has calmed the area, residents said. Some shops reopened on Saturday.

Malawi has brought home 112 of its citizens by bus since the weekend, and its foreign minister said in Lilongwe that he had raised the "safety of our people" with his South African counterpart.

"People are afraid to come back," said Abdi Warsame, a Somali shopkeeper in Umlazi whose store was [[e1|looted]]. "Soldiers cannot stay forever.\""""),
]),
# ---------------------------------------------------------------------------- n04
dict(story="n04", topic="island-wide blackout: pot-banging protest, governor's ultimatum to the grid operator, march on La Fortaleza and regulator's report (San Juan, Puerto Rico)", events=[
    dict(e="e1", type="protest", date="2026-08-10", participants=["San Juan residents"], location="San Juan"),
    dict(e="e2", type="protest", date="2026-08-15", participants=["students", "trade unions"], location="San Juan"),
    dict(e="e3", type="deadline", date="2026-08-14", participants=["Puerto Rico", "Isla Power Grid"], location="San Juan"),
    dict(e="e4", type="report", date="2026-08-19", participants=["Puerto Rico Energy Bureau"], location="San Juan"),
], tricky=[("e1", "e2", "the pot-banging cacerolazo in Rio Piedras and Santurce on Monday night vs the march to La Fortaleza in Old San Juan on Saturday, same city, same blackout")],
note="The ultimatum was announced on Tuesday August 11 and expired on Friday August 14 at noon; the deadline event "
     "is dated to its expiry. The blackout itself, the substation fire, Hurricane Maria and the 2019 protests are "
     "background / side events.",
articles=[
dict(id="a1", source="Caribbean Current", published="2026-08-12",
     title="Puerto Rico governor gives grid operator 72 hours as blackout anger grows",
     text="""SAN JUAN - Puerto Rico's governor, Marisol Velez, has set the private company that runs the island's electricity grid a [[e3|deadline]] of noon on Friday to restore power to at least 90 percent of customers or face the cancellation of its contract.

The [[e3|ultimatum]], announced at a news conference on Tuesday, came four days into a blackout that began on Saturday when a fire at a substation in Bayamon tripped the island's main transmission lines. By Tuesday evening about 540,000 of 1.5 million customers still had no electricity, and water pumps had stopped in parts of the north coast.

On Monday night thousands of residents in the San Juan districts of Rio Piedras and Santurce banged pots and pans on balconies and in the streets in a noisy [[e1|cacerolazo]], a form of protest last seen on this scale in 2019, when weeks of street demonstrations forced a governor to resign. The [[e1|protest]] lasted more than an hour.

Isla Power Grid, the operator, said its crews were "working around the clock" and called the [[e3|deadline]] "ambitious but achievable".

Student and union groups have called a [[e2|march]] on La Fortaleza, the governor's residence in Old San Juan, for Saturday.

Hurricane Maria destroyed much of the grid in 2017, and outages have remained frequent since. The Puerto Rico Energy Bureau, the island's regulator, has opened an investigation and said it would publish preliminary [[e4|findings]] within ten days."""),
dict(id="a2", source="Borinquen Daily News", published="2026-08-16",
     title="Tens of thousands march on La Fortaleza as power returns",
     text="""SAN JUAN - Tens of thousands of people [[e2|marched]] through Old San Juan to La Fortaleza, the governor's residence, on Saturday, demanding that Puerto Rico end its contract with the private operator of the island's power grid after a week-long blackout.

The [[e2|march]], organised by student and union groups, was peaceful. Protesters waved flags and held up dead light bulbs, and a brass band played outside the residence's gates.

Isla Power Grid restored electricity to 88 percent of its customers by noon on Friday, just short of the 90 percent target in Governor Marisol Velez's [[e3|ultimatum]]. When the [[e3|deadline]] passed, the governor said she would not cancel the contract "for now" but had asked the Justice Department to study whether the company had broken its terms.

Saturday's [[e2|demonstration]] was far bigger than the pot-banging [[e1|cacerolazo]] in Rio Piedras and Santurce last Monday night.

"We are not going to live in the dark every time it rains," said Yarimar Colon, a nursing student who walked from Santurce.

The Puerto Rico Energy Bureau said its preliminary [[e4|report]] into the causes of the blackout would be released on Wednesday. Isla Power Grid has blamed a fire at a substation in Bayamon, but engineers' unions say years of skipped maintenance left the network fragile."""),
dict(id="a3", source="Antilles Energy Review", published="2026-08-20",
     title="Regulator blames skipped maintenance for Puerto Rico blackout",
     text="""SAN JUAN - Puerto Rico's energy regulator said in a preliminary [[e4|report]] on Wednesday that the island-wide blackout of August 8 was caused by a fire at a poorly maintained substation in Bayamon and made worse by protection systems that had not been tested for years.

The 64-page [[e4|document]] from the Puerto Rico Energy Bureau said that Isla Power Grid, the private operator, had postponed the replacement of a transformer at the substation three times since 2023. When the fire broke out, faulty relays failed to isolate it and the shutdown spread across the island within four minutes.

The Bureau's [[e4|findings]] add to pressure on Governor Marisol Velez, whose 72-hour [[e3|ultimatum]] to the operator expired last Friday with power restored to 88 percent of customers, just short of her target.

Tens of thousands of people [[e2|marched]] on La Fortaleza last Saturday to demand that the contract be cancelled, five days after the pot-banging [[e1|cacerolazo]] of August 10 in two San Juan districts.

Isla Power Grid said it "respects the Bureau's work" and would reply in detail within 30 days. The governor's office said lawyers were still reviewing the contract.

The regulator is due to publish its final conclusions in November. It has also opened a separate inquiry into a shorter outage in eastern Puerto Rico in June."""),
]),
# ---------------------------------------------------------------------------- n05
dict(story="n05", topic="Russian drone crash: protest note to Moscow, letter to the UN Security Council, NATO Article 4 consultations and a Swedish air-defence deployment (Rezekne, Latvia)", events=[
    dict(e="e1", type="letter", date="2027-05-05", participants=["Latvia", "Russia"], location="Riga"),
    dict(e="e2", type="letter", date="2027-05-07", participants=["Latvia", "UN Security Council"], location="New York"),
    dict(e="e3", type="meeting", date="2027-05-10", participants=["NATO", "Latvia"], location="Brussels"),
    dict(e="e4", type="deployment", date="2027-05-12", participants=["Sweden", "Latvia"], location="Lielvarde"),
], tricky=[("e1", "e2", "the protest note handed to Russia's charge d'affaires in Riga on Wednesday vs the letter to the UN Security Council two days later, same sender, same incident")],
note="The drone crash itself has no type and is not annotated. The similar crash of 2024, the closure of the eastern "
     "airspace, the Baltic neighbours' statements of solidarity and Russia's rejection are side / background events. "
     "'Both Latvian complaints' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Baltic News Desk", published="2027-05-06",
     title="Latvia protests to Moscow after military drone crashes near Rezekne",
     text="""RIGA - Latvia [[e1|handed]] a protest note to Russia's charge d'affaires on Wednesday after a military drone carrying explosives crashed in a field near the eastern town of Rezekne, the Foreign Ministry said.

The drone, which investigators identified as a Russian-made long-range attack drone, came down about 40 kilometres from the Russian border late on Tuesday. Its warhead did not explode, and army engineers destroyed it on Wednesday morning. Nobody was hurt.

In the [[e1|note]], the ministry demanded an explanation and called the incursion "a dangerous violation of Latvia's sovereignty". Russia's embassy in Riga did not reply to requests for comment.

Foreign Minister Kristaps Ozolins told reporters that Latvia would also [[e2|write]] to the UN Security Council and would ask NATO allies for formal [[e3|consultations]] under Article 4 of the alliance's founding treaty. "This was not an accident of weather. This was a weapon of war in a Latvian potato field," he said.

The army closed the airspace along the eastern border to civilian flights until further notice, and police asked residents of the Rezekne area to report any debris they find.

A similar drone crashed in the same region in 2024, when Latvia also summoned Russian diplomats. Estonia and Lithuania said on Wednesday they stood with Riga, and Sweden's defence minister spoke to his Latvian counterpart by phone."""),
dict(id="a2", source="Riga Morning Post", published="2027-05-08",
     title="Latvia takes drone crash to UN Security Council",
     text="""RIGA - Latvia asked the United Nations Security Council on Friday to condemn Russia over the military drone that crashed in its eastern Latgale region this week, in a [[e2|letter]] from its UN ambassador that called the incursion "reckless and deliberate".

The two-page [[e2|message]], addressed to the council's president, said the drone had flown more than 40 kilometres into Latvian territory and asked members to "make clear that such acts will not be tolerated". Diplomats said a formal council debate was unlikely because of Russia's veto.

Riga also formally requested NATO [[e3|consultations]] under Article 4, and allied ambassadors will [[e3|meet]] in Brussels on Monday, a NATO official said.

Moscow, for its part, rejected Wednesday's protest [[e1|note]] as "groundless", saying in a statement that Latvia had produced no proof the drone was Russian.

Sweden's defence minister, Jonas Lindqvist, said on Friday that his country would [[e4|send]] a ground-based air-defence unit to Latvia next week. "An attack on the sky over Latvia is an attack on the sky over the Baltic Sea," he said.

Farmers near Rezekne said fragments of the drone had been found in two more fields. The army said the eastern airspace would stay closed to civilian flights over the weekend."""),
dict(id="a3", source="Nordic Defence Weekly", published="2027-05-13",
     title="Swedish air-defence unit arrives in Latvia after drone incursion",
     text="""STOCKHOLM - A Swedish air-defence unit with short-range missile systems [[e4|arrived]] at Latvia's Lielvarde air base on Wednesday, a week after a Russian military drone crashed near the eastern town of Rezekne.

The [[e4|deployment]] of about 80 soldiers is Sweden's first air-defence mission in the Baltic states. It will last at least three months, the Swedish Armed Forces said, and the unit will cover the eastern border regions.

NATO ambassadors held Article 4 [[e3|consultations]] in Brussels on Monday at Latvia's request. After the [[e3|session]], a NATO spokeswoman said allies had agreed to "step up vigilance" on the eastern flank, but announced no new measures.

Latvia [[e1|protested]] to Moscow the day after the crash and [[e2|wrote]] to the UN Security Council two days later. Russia has rejected both Latvian complaints and says the drone was not Russian.

"Sending a unit quickly matters more than its size," said Karin Ahlgren, a defence analyst at the Stockholm Institute for Security Studies. "Sweden is showing that the Baltic Sea is now one theatre."

The Swedish [[e4|mission]] follows a request from Riga on Friday. Finland said it was considering a similar contribution later this year."""),
]),
# ---------------------------------------------------------------------------- n06
dict(story="n06", topic="transboundary haze: Malaysian diplomatic note, Indonesian water-bombing helicopters, Malaysian firefighters sent to Riau and a regional hotspot report (Malaysia - Indonesia)", events=[
    dict(e="e1", type="letter", date="2026-09-08", participants=["Malaysia", "Indonesia"], location="Putrajaya"),
    dict(e="e2", type="deployment", date="2026-09-09", participants=["Indonesia"], location="Riau"),
    dict(e="e3", type="deployment", date="2026-09-12", participants=["Malaysia", "Indonesia"], location="Pelalawan"),
    dict(e="e4", type="report", date="2026-09-15", participants=["ASEAN Specialised Meteorological Centre"],
         location="Singapore"),
], tricky=[("e2", "e3", "Indonesia's 12 water-bombing helicopters sent to Riau on Wednesday vs the 60 Malaysian firefighters who landed in Riau on Saturday, same fires, same province")],
note="The haze, the school closures, the sealing of plantations, the 2015 and 2019 haze crises and the 2002 ASEAN "
     "haze agreement are background / side events. A general offer of help ('ready to help') is not marked.",
articles=[
dict(id="a1", source="Straits Morning News", published="2026-09-09",
     title="Malaysia shuts 1,400 schools, protests to Jakarta over haze",
     text="""KUALA LUMPUR - Malaysia [[e1|sent]] a diplomatic note to Indonesia on Tuesday urging it to take "immediate and effective action" against forest and peatland fires on Sumatra, as smoke closed more than 1,400 schools in Selangor, Kuala Lumpur and Negeri Sembilan.

Air Pollutant Index readings passed 200, the "very unhealthy" level, in Klang and Putrajaya on Tuesday afternoon, and the health ministry told older people and children to stay indoors. Flights at Penang were delayed by poor visibility.

Natural Resources Minister Azlan Hashim said the [[e1|note]] asked Jakarta to share satellite data on fires burning on land held by plantation companies, including some owned by Malaysian groups. "We are ready to help put out the fires if our neighbours ask," he said.

Indonesia's disaster management agency said it would [[e2|send]] 12 water-bombing helicopters to Riau province on Wednesday, where satellites have detected more than 900 hotspots. The forestry ministry said it had sealed off 14 plantations suspected of starting fires to clear land.

Haze from Indonesian fires is an almost yearly problem for Malaysia and Singapore. In 2015 the smoke caused an estimated 16 billion dollars of damage in Indonesia alone, and in 2019 Malaysia closed 2,400 schools.

The ASEAN Specialised Meteorological Centre in Singapore said dry conditions were likely to last until early October."""),
dict(id="a2", source="Andalas Herald", published="2026-09-13",
     title="Malaysian firefighters join battle against Riau peat fires",
     text="""PEKANBARU, Indonesia - Sixty Malaysian firefighters [[e3|landed]] in Riau province on Saturday to help Indonesian crews fight peatland fires that have covered much of the region in smoke for two weeks.

The Malaysian team, flown in on two air force transport planes with pumps and hoses, was taken by road to Pelalawan regency, where fires have burned more than 8,000 hectares of peat. Indonesia's disaster agency said the [[e3|mission]] would last at least two weeks.

Indonesia [[e2|deployed]] 12 water-bombing helicopters to Riau on Wednesday, and the helicopters have made more than 600 drops since then, the agency said. But peat fires burn underground and can only be put out by pumping water deep into the soil, which is why the ground crews are needed.

Indonesia had at first said it needed no outside help, but changed course after Malaysia's diplomatic [[e1|protest]] earlier in the week, in which Kuala Lumpur urged it to act against the fires. "The smoke does not stop at borders, and neither does our cooperation," said Riau's governor, Hendra Saputra, as he welcomed the Malaysian firefighters at the airport.

Schools in Pekanbaru have been closed since Tuesday. The ASEAN Specialised Meteorological Centre is expected to publish a new [[e4|assessment]] of the fires on Tuesday."""),
dict(id="a3", source="ASEAN Environment Monitor", published="2026-09-17",
     title="Regional weather centre says Sumatra hotspots halved, warns of new fires",
     text="""SINGAPORE - The number of fire hotspots on Sumatra fell by more than half in the past week, the ASEAN Specialised Meteorological Centre said in a [[e4|report]] on Tuesday, but it warned that a late monsoon could bring new fires in October.

The Singapore-based centre's [[e4|assessment]] counted 412 hotspots in Riau, Jambi and South Sumatra on Monday, down from 960 on September 8.

It credited rain and firefighting, including water-bombing by 12 Indonesian helicopters [[e2|sent]] to Riau on September 9 and the work of 60 Malaysian firefighters who [[e3|arrived]] in Pelalawan three days later.

Malaysia reopened most of its schools on Monday as air quality improved. Its [[e1|note]] to Jakarta, delivered on September 8, had asked Indonesia to enforce its ban on burning to clear land, and Indonesian officials said 11 people had since been charged.

The centre's [[e4|report]] said smoke could return to the Malacca Strait if the rains failed. Environmental groups said the figures showed that fires were still being lit on land cleared for oil palm.

The ten ASEAN members signed an agreement on transboundary haze pollution in 2002. Its environment ministers will discuss the fires at a meeting in Brunei next month."""),
]),
# ---------------------------------------------------------------------------- n07
dict(story="n07", topic="raids on online-scam compounds, South Korean travel warning and a joint police task-force deal (Sihanoukville and Bavet, Cambodia - South Korea)", events=[
    dict(e="e1", type="arrest", date="2027-07-06", participants=["Cambodian National Police", "scam compound workers"],
         location="Sihanoukville"),
    dict(e="e2", type="arrest", date="2027-07-09", participants=["Cambodian National Police", "scam compound workers"],
         location="Bavet"),
    dict(e="e3", type="statement", date="2027-07-07", participants=["South Korea"], location="Seoul"),
    dict(e="e4", type="agreement", date="2027-07-13", participants=["Cambodia", "South Korea"], location="Phnom Penh"),
], tricky=[("e1", "e2", "the police raid on the Golden Crescent Park compound in Sihanoukville on Tuesday vs the round-up at the Royal Dragon casino complex in Bavet on Friday, same police, same week, South Koreans held in both")],
note="The repatriation flights, the death of a student in 2025 and the earlier Korean police visit are background / "
     "side events. 'The two raids' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Mekong Wire", published="2027-07-07",
     title="Cambodian police detain 430 in raid on Sihanoukville scam compound",
     text="""PHNOM PENH - Cambodian police [[e1|detained]] 430 people in a raid on a walled compound in the coastal city of Sihanoukville on Tuesday, suspecting them of running online investment and romance scams, the National Police said. Among them were 62 South Koreans, 140 Chinese and dozens of Indonesians and Vietnamese.

About 300 officers surrounded the Golden Crescent Park compound before dawn and seized more than 2,000 mobile phones and 600 computers, police spokesman Chhay Kimsan said. Some of those [[e1|held]] told officers they had been lured to Cambodia by fake job offers and had their passports taken.

Kimsan said the [[e1|operation]] was the largest in the province this year. Those [[e1|detained]] would be questioned to decide who were suspects and who were victims of trafficking, he said.

South Korea's foreign ministry, in a [[e3|statement]] on Wednesday, raised its travel alert for Sihanoukville to the second-highest level and told citizens to leave the city unless they had an urgent reason to stay. It said consular staff were on their way from Phnom Penh.

Scam centres in Cambodia, Myanmar and Laos have made billions of dollars by defrauding people around the world, according to the United Nations. Last year the death of a South Korean student who had been held in a compound near Kampot caused outrage in Seoul and led to the first visit by Korean police investigators."""),
dict(id="a2", source="Han River Herald", published="2027-07-10",
     title="Second Cambodian raid nets 215 at Bavet casino complex",
     text="""SEOUL - Cambodian police [[e2|rounded up]] 215 people at a casino complex in the border town of Bavet on Friday, including 19 South Koreans, three days after a similar [[e1|raid]] in Sihanoukville, South Korea's embassy in Phnom Penh said.

The [[e2|sweep]] at the Royal Dragon complex, near the Vietnamese border in Svay Rieng province, followed tips from relatives of workers who had sent messages asking to be rescued, the embassy said. Police found rooms where workers said they had been beaten for missing targets.

The two raids have now put 81 South Koreans in Cambodian custody. Most say they were tricked into working for the gangs, and Seoul is pressing for them to be treated as victims.

The foreign ministry, which [[e3|urged]] South Koreans on Wednesday to stay away from Sihanoukville "for any reason", said the Bavet [[e2|operation]] showed the problem was "not one city but a whole industry".

Vice Interior Minister Park Ji-hoon will fly to Phnom Penh on Monday and is due to [[e4|sign]] an agreement on a joint police task force on Tuesday, officials said. Park told reporters that Korean investigators needed "a desk inside the Cambodian police, not a visit every six months".

A charter flight is expected to bring home the first group of released Koreans next week."""),
dict(id="a3", source="Indochina Report", published="2027-07-14",
     title="Cambodia, South Korea set up joint police unit to fight online scams",
     text="""PHNOM PENH - Cambodia and South Korea [[e4|agreed]] on Tuesday to set up a joint police task force in Phnom Penh to investigate online scam centres, after two raids last week in which more than 600 people were detained.

Under the [[e4|deal]], signed by South Korea's vice interior minister, Park Ji-hoon, and Cambodia's secretary of state for the interior, Sok Vannak, eight Korean officers will work inside the Cambodian National Police headquarters for two years and the two sides will share phone and bank data on suspects.

The first [[e1|operation]], on July 6 at the Golden Crescent Park compound in Sihanoukville, led to the detention of 430 people, 62 of them South Korean. A second [[e2|raid]], at a casino complex in Bavet on July 9, caught 215 more.

Seoul's [[e3|warning]] last Wednesday to avoid Sihanoukville remains in force, and the foreign ministry said it would not lift it until the task force had "shown results".

Fifty-four South Koreans released by the Cambodian police flew home on a charter flight on Monday. Prosecutors in Seoul said they would question all of them.

"This [[e4|accord]] is a good start, but the compounds move faster than the police," said Lim Soo-jin of the Korean Centre for Migrant Rights. Cambodian officials say more than 40 compounds have been closed since 2023, but many reopen under new names."""),
]),
# ---------------------------------------------------------------------------- n08
dict(story="n08", topic="nickel smelter closure announcement, workers' road blockade, French state loan and a provincial grant (Nepoui, New Caledonia)", events=[
    dict(e="e1", type="statement", date="2027-08-16", participants=["Pacific Ferronickel"], location="Noumea"),
    dict(e="e2", type="protest", date="2027-08-18", participants=["Nepoui smelter workers"], location="Poya"),
    dict(e="e3", type="support", date="2027-08-20", participants=["France", "Pacific Ferronickel"], location="Paris"),
    dict(e="e4", type="support", date="2027-08-24", participants=["Northern Province", "Pacific Ferronickel"],
         location="Kone"),
], tricky=[("e3", "e4", "the French government's 120-million-euro emergency loan on Friday vs the Northern Province's 25-million-euro grant voted on Tuesday, same plant, same purpose")],
note="The announcement of the closure is typed statement; the suspension of the closure plan and the lifting of "
     "the roadblock are side events. The 2024 unrest, the mothballing of another smelter in 2024 and nickel prices "
     "are background.",
articles=[
dict(id="a1", source="Noumea Chronicle", published="2027-08-17",
     title="Nickel smelter to halt, putting 1,100 jobs at risk in New Caledonia",
     text="""NOUMEA - Pacific Ferronickel [[e1|announced]] on Monday that it would shut down its smelter at Nepoui on New Caledonia's west coast at the end of the month and place it on "care and maintenance", blaming low nickel prices and the high cost of electricity.

In a [[e1|statement]], the company said the plant had lost 180 million euros in the past year and that its shareholders were no longer willing to cover the losses. About 1,100 people work at the smelter and the mines that supply it, and several thousand more depend on it indirectly.

The Northern Mine Workers' Union said its members would [[e2|block]] the RT1, the main road along the west coast, from Wednesday morning "until Paris answers". Union secretary Jean-Marc Wamytan said the closure would "empty the north of its young people".

The plant is the second in the territory to face closure since 2024, when another smelter in the Northern Province was mothballed. Nickel prices have fallen by more than a third in three years as Indonesian production has soared.

New Caledonia's economy has still not recovered from the unrest of 2024, which left 14 people dead and caused more than two billion euros in damage. The territory's government said it would ask Paris to act, and the president of the Northern Province called an extraordinary session of the provincial assembly."""),
dict(id="a2", source="Pacific Mining Journal", published="2027-08-21",
     title="Paris offers 120 million euro loan to save New Caledonia nickel smelter",
     text="""PARIS - The French government [[e3|offered]] an emergency loan of 120 million euros on Friday to keep the Nepoui nickel smelter in New Caledonia running for another year, two days after workers [[e2|blocked]] the territory's main west coast road in protest at its planned closure.

The Overseas Ministry said the [[e3|loan]], at a low rate and repayable from 2030, would cover the plant's electricity bills while the owner looked for a buyer. Pacific Ferronickel, which [[e1|said]] on Monday that the smelter would close at the end of August, welcomed the [[e3|offer]] but said it was "a bridge, not a destination".

About 300 workers and their families have kept lorries and ore loaders parked across the RT1 at Poya since Wednesday. The [[e2|blockade]] has cut fuel deliveries to villages further north, and some petrol stations in Kone ran dry on Thursday.

The Northern Province assembly will vote on Tuesday on a bridging [[e4|grant]] of 25 million euros, its president, Marie-Claude Gowe, said. "Paris has done its part. Now we must do ours," she said.

Analysts said the French [[e3|rescue]] would buy time but not solve the plant's problems. "Without cheaper energy, no buyer will come," said Thomas Lefevre of the consultancy Oceania Metals Research."""),
dict(id="a3", source="Oceania Business Wire", published="2027-08-26",
     title="Province votes grant for Nepoui smelter; roadblock lifted",
     text="""KONE, New Caledonia - New Caledonia's Northern Province [[e4|approved]] a 25-million-euro grant on Tuesday to keep the Nepoui nickel smelter running, and workers lifted the [[e2|roadblock]] they had kept on the main west coast highway for a week.

The provincial [[e4|subsidy]], backed by 18 of the assembly's 22 members, comes on top of the 120-million-euro [[e3|loan]] from the French state last Friday. Together they will cover the plant's costs for about 14 months.

Pacific Ferronickel said on Wednesday that it had suspended the closure plan it [[e1|announced]] on August 16 and would keep its 1,100 workers on the payroll. The company said it had begun talks with two possible buyers, one of them from South Korea.

"The [[e2|blockade]] worked. Without it, nobody in Paris or Kone would have moved," said Jean-Marc Wamytan of the Northern Mine Workers' Union, as the last lorries were driven off the road at Poya on Wednesday morning.

Some members of the assembly voted against the [[e4|grant]], saying the province could not afford to keep a loss-making plant alive. Fuel deliveries to the north resumed on Wednesday afternoon.

The French Overseas Ministry said the state [[e3|aid]] came with conditions, including a plan to cut the plant's energy costs by switching part of its power supply to solar farms."""),
]),
# ---------------------------------------------------------------------------- n09
dict(story="n09", topic="colonial-genocide reconciliation deal: final talks in Berlin, initialling in Windhoek, march to parliament and a vigil at Shark Island (Namibia - Germany)", events=[
    dict(e="e1", type="meeting", date="2026-11-02", participants=["Namibia", "Germany"], location="Berlin"),
    dict(e="e2", type="agreement", date="2026-11-06", participants=["Namibia", "Germany"], location="Windhoek"),
    dict(e="e3", type="protest", date="2026-11-06", participants=["Herero and Nama community groups"],
         location="Windhoek"),
    dict(e="e4", type="protest", date="2026-11-08", participants=["Nama community groups"], location="Luderitz"),
], tricky=[("e3", "e4", "the march to parliament in Windhoek on Friday, the day of the initialling, vs the candlelit vigil at Shark Island in Luderitz on Sunday, same cause, partly the same groups")],
note="The talks (e1) lasted two days and are dated to their first day. The 1904-1908 killings, the 2021 joint "
     "declaration and Germany's 2021 acknowledgement are background; the planned Bundestag debate and ratification are "
     "side events. 'The second protest against the deal in three days' is a predicate nominal re-describing e4 in the "
     "same sentence and is not marked.",
articles=[
dict(id="a1", source="Namib Times Agency", published="2026-11-04",
     title="Namibia and Germany conclude talks on revised reconciliation deal",
     text="""WINDHOEK - Namibian and German negotiators wrapped up a final round of [[e1|talks]] in Berlin on Tuesday on a revised [[e2|agreement]] over the colonial-era killings of Herero and Nama people, and the text will be [[e2|initialled]] in Windhoek on Friday, Namibia's special envoy said.

The two-day [[e1|session]] at the German Foreign Office settled the size of a reconstruction and development fund, which Germany will raise to 1.8 billion euros over 30 years from the 1.1 billion euros offered in a 2021 joint declaration that Namibia's parliament never approved.

"The Berlin [[e1|round]] was frank, and it was final," the envoy, Ndapewa Shilongo, said on her return to Windhoek on Wednesday. She said the text also included a separate chapter on land, the issue that sank the earlier declaration.

Herero and Nama groups, who say they were shut out of the [[e1|negotiations]], called a [[e3|march]] to parliament on Friday to coincide with the [[e2|ceremony]]. "Our ancestors are not a line in a budget," said Vekuii Kandjii, a Herero community leader in Okahandja.

German colonial troops killed tens of thousands of Herero and Nama people between 1904 and 1908, in what Germany acknowledged as genocide in 2021. Survivors were driven into the desert or held in camps, where many died of hunger and disease.

The text must then be approved by both parliaments before the two governments can sign it."""),
dict(id="a2", source="Southern Africa Chronicle", published="2026-11-07",
     title="Namibia and Germany initial reconciliation deal as protesters march",
     text="""WINDHOEK - Namibia and Germany [[e2|initialled]] a revised joint declaration on Friday under which Berlin will pay 1.8 billion euros over 30 years for development in Herero and Nama areas, while about 2,000 protesters [[e3|marched]] through the city to parliament to denounce it.

The [[e2|declaration]], initialled by the two special envoys at the Tintenpalast, the parliament building, includes a German apology and a chapter on buying land for communities that lost it during colonial rule. Germany's envoy, Matthias Kessler, called the [[e2|accord]] "a step, not a full stop".

Outside, marchers carried photographs of ancestors and banners reading "Nothing about us without us". The [[e3|protest]], organised by Herero and Nama traditional leaders, was peaceful, and police said no one was detained. Organisers handed a petition to the speaker of the National Assembly.

The text was finalised at [[e1|negotiations]] in Berlin earlier this week, to which the traditional leaders were not invited.

Nama leaders said they would hold a [[e4|vigil]] on Sunday evening at Shark Island in Luderitz, the site of a German concentration camp where thousands of Nama prisoners died between 1905 and 1907.

The Namibian government said it would hold consultations in all affected regions before the National Assembly debates the text early next year."""),
dict(id="a3", source="Europe-Africa Monitor", published="2026-11-11",
     title="Nama vigil at Shark Island deepens opposition to Namibia-Germany deal",
     text="""LUDERITZ, Namibia - Several hundred Nama people [[e4|gathered]] with candles on Shark Island on Sunday night to remember prisoners who died in a German colonial camp there, and to reject the reconciliation [[e2|agreement]] that Namibia and Germany initialled two days earlier.

The [[e4|vigil]], the second protest against the [[e2|deal]] in three days, followed Friday's [[e3|march]] to parliament in Windhoek, where about 2,000 Herero and Nama people accused the two governments of deciding "over our heads".

Nama leaders said they had not been invited to the November 2-3 [[e1|talks]] in Berlin, where the text was finalised. "Germany negotiated with the government that it chose, not with the descendants of the dead," said Elias Gertze, a Nama traditional leader from Keetmanshoop, speaking by the memorial stones at the [[e4|ceremony]].

Under the [[e2|declaration]], Germany will pay 1.8 billion euros over 30 years into a fund for land, water and schools in Herero and Nama areas, and will apologise formally once both parliaments have approved the text.

In Berlin, a government spokesman said on Monday that Germany respected the right to protest and that the door "remains open" to traditional leaders. The Bundestag is expected to debate the text in the spring.

Shark Island, now a campsite on the edge of Luderitz harbour, held thousands of Nama and Herero prisoners between 1905 and 1907. Historians estimate that most of them died there. Nama groups have long asked for the campsite to be closed and the island turned into a memorial."""),
]),
# ---------------------------------------------------------------------------- n10
dict(story="n10", topic="deportation drive: Dominican troop reinforcement at the border, Haitian letter to the OAS, ministers' border meeting and an OAS Permanent Council session (Dajabon, Dominican Republic - Haiti)", events=[
    dict(e="e1", type="deployment", date="2027-02-15", participants=["Dominican Republic"], location="Dajabon"),
    dict(e="e2", type="letter", date="2027-02-17", participants=["Haiti", "Organization of American States"],
         location="Port-au-Prince"),
    dict(e="e3", type="meeting", date="2027-02-19", participants=["Dominican Republic", "Haiti"], location="Dajabon"),
    dict(e="e4", type="meeting", date="2027-02-24", participants=["Organization of American States", "Haiti",
                                                                  "Dominican Republic"], location="Washington"),
], tricky=[("e3", "e4", "the two foreign ministers' four-hour meeting in Dajabon on Friday vs the OAS Permanent Council's special session in Washington the next Wednesday, same dispute, same two countries")],
note="The immigration sweeps and expulsions, the closure of the binational market, the 2023 canal dispute and a "
     "planned CARICOM ministers' meeting are background / side events.",
articles=[
dict(id="a1", source="Hispaniola Wire", published="2027-02-16",
     title="Dominican Republic sends 1,500 more troops to Haitian border",
     text="""SANTO DOMINGO - The Dominican Republic [[e1|sent]] 1,500 more soldiers to its border with Haiti on Monday, part of a campaign in which immigration agents have detained and expelled more than 9,000 Haitians in two weeks, the Defence Ministry said.

The [[e1|deployment]] raises the number of troops on the 390-kilometre frontier to about 12,000, Defence Minister Rafael Cuello said at a base in Dajabon, where soldiers unloaded armoured vehicles and drones. "The border is not a door that opens by itself," he said.

The government says it is fighting people smuggling and gangs that control much of Haiti. Human rights groups say agents have pulled children out of schools and pregnant women out of hospitals during night raids in Santo Domingo and Santiago.

Haiti's foreign minister, Jean-Robert Dorval, called the expulsions "collective punishment" and said his government would [[e2|write]] to the Organization of American States to ask for an urgent [[e4|debate]]. Haitian officials at the Ouanaminthe crossing said buses with deported people were arriving every hour.

The twice-weekly binational market in Dajabon, where thousands of Haitians buy and sell food, was closed on Monday for the second time this month.

Relations between the two countries, which share the island of Hispaniola, were already strained. In 2023 the Dominican Republic shut the border for weeks in a dispute over a Haitian canal on the Massacre River."""),
dict(id="a2", source="Santo Domingo Journal", published="2027-02-20",
     title="Dominican and Haitian ministers meet at border but fail to agree",
     text="""DAJABON, Dominican Republic - The foreign ministers of the Dominican Republic and Haiti [[e3|met]] for four hours in the border town of Dajabon on Friday but failed to agree on how deportations should be carried out, officials on both sides said.

The [[e3|meeting]], held in a customs building beside the Massacre River, was the first high-level contact since Santo Domingo began its deportation drive this month. Dominican Foreign Minister Lucia Almonte said her country would "never apologise for enforcing its laws" but offered to let Haitian consuls visit detention centres.

Haiti went into the [[e3|talks]] two days after [[e2|writing]] to the Organization of American States. In that [[e2|letter]], Foreign Minister Jean-Robert Dorval asked for a special [[e4|session]] of the OAS Permanent Council, which has been called for next Wednesday in Washington.

Dorval told reporters after Friday's [[e3|encounter]] that the expulsions had "gone beyond any law" and that Haiti would press its case in Washington.

The 1,500 soldiers [[e1|deployed]] to the frontier on Monday could be seen patrolling the riverbank as the ministers arrived. The Dominican army said it had stopped 600 people trying to cross the river since then.

Haitian aid groups said about 1,200 people a day were being sent across the border, many without shoes or documents. The International Organization for Migration said it was running out of space at its reception centre in Ouanaminthe."""),
dict(id="a3", source="Americas Diplomatic Review", published="2027-02-25",
     title="OAS council urges Dominican restraint but adopts no resolution on expulsions",
     text="""WASHINGTON - Members of the Organization of American States' Permanent Council [[e4|met]] in special session on Wednesday to discuss the Dominican Republic's mass expulsion of Haitians, and most of the speakers urged Santo Domingo to respect migrants' rights. No resolution was put to a vote.

The [[e4|session]] had been requested by Haiti in a [[e2|letter]] last week. Haiti's ambassador told the council that more than 14,000 people had been expelled in three weeks, and that the 1,500 extra soldiers [[e1|sent]] to the border on February 15 were "an act of intimidation".

The Dominican ambassador, Carlos Peguero, replied that every country had the right to control its borders and that the troop [[e1|deployment]] was aimed at smugglers, not at Haiti. He said last Friday's border [[e3|talks]] in Dajabon between the two foreign ministers showed that "the dialogue is bilateral and it is working".

Diplomats said the United States and Canada had pushed for a short statement of concern at the end of the [[e4|meeting]], but several Caribbean members objected to singling out one country.

CARICOM foreign ministers are due to meet in Georgetown next month, and Haiti has asked for the expulsions to be put on their agenda. The OAS Secretary General said he would send a mission to both sides of the border."""),
]),
]
