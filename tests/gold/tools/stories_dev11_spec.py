"""Source of ../stories_dev11/articles.jsonl and ../stories_dev11/gold.jsonl.

ELEVENTH DEVELOPMENT story set (stories_dev11) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, validate.py, the docstring
and first two stories of stories_dev10_spec, a list of the topics of the earlier sets,
DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's errors on it may be
read and used for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
mines, pipelines, storms and events, some real places and institutions).  Event mentions
are marked inline as [[eN|trigger]]; build_stories.py strips the markers, computes
character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev11_spec \\
        --out tests/gold/stories_dev11

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (the
provincial order halting the Map Ta Phut plant, a 2024 fire at a neighbouring plastics
plant, one-hour warning stoppages at other Silesian pits, the 2021 social contract with the
miners, the cocaine seizure itself, a shooting in Limon, Benin's halt of tanker loadings,
the 2023 border closure between Niger and Benin, a Jordanian army statement, a soldier
killed in a clash with smugglers, drones shot down at the border, a statement by Druze
religious leaders, an Australian air force flight with mosquito nets, the 2019 measles
epidemic, the detention of four protesters in Belgrade, the 2024 EU-Serbia raw-materials
memorandum, Human Rights Watch's 2009 report on Marange, the Kimberley Process export ban of
2009-2011, the evacuation before Typhoon Yanyan, Typhoon Yagi in 2024, the closure of three
Lesotho garment factories, the lapse of AGOA).  Aggregate mentions covering two gold events
("the two documents", "He is the sixth person held", "a week in which air strikes ... killed
at least seven people", "U.S. and British sanctions", "both moves", "the two protests",
"Yanyan and the floods that followed have killed", "the two packages") and negated or
hypothetical mentions ("warned that pumping would stop", "if the licence is not revoked")
are not marked.  Titles are not annotated.  Articles are 180-250 words; the articles of a
story are published on different weekdays, so the same weekday name can point to different
dates, and some dates are only given relatively ("a day after", "two days later", "three
days after", "last Wednesday", "last week", "a week ago", "the following day", "later on
Friday", "next week").

Type conventions used here (the type list has no better fit):
  * deaths in a chlorine leak, deaths when a typhoon made landfall and deaths in flash
    floods and a landslide two days later in another province (a tricky pair) are
    `casualties` events; "killed", "dead", "died", "deaths", "victims", "toll" are
    mentions; the leak, the storm and the floods themselves are not annotated;
  * an air-quality report by the Pollution Control Department and an inquiry report by the
    Department of Industrial Works three days later on the same leak (a tricky pair), a
    government expert commission's review of a mine and a rights group's report on abuses
    at diamond fields are `report` events;
  * villagers' blockade of an industrial-estate gate, miners' underground sit-in (dated to
    its first day), a villagers' road blockade and a rally in the capital two days later
    (a tricky pair) and a garment workers' march are `protest` events;
  * failed union talks with a coal company in Katowice and talks with the ministry in
    Warsaw two days later (a tricky pair), two-day ministerial talks in Cotonou (dated to
    their first day), a joint security committee meeting and trade talks in Washington are
    `meeting` events; the deals reached after them are separate `agreement` events, and a
    lithium supply contract between two companies is an `agreement`;
  * investigators detaining five dockworkers and, two days later, a customs officer in
    another city over the same cocaine seizure (a tricky pair) and police arresting a plant
    manager are `arrest` events;
  * police reinforcements sent to a container terminal, army troops and helicopters sent to
    typhoon-hit provinces and two foreign medical teams arriving two days apart in Apia and
    on Savai'i (a tricky pair) are `deployment` events;
  * a U.S. donation of container scanners, an EU grant against dengue, Japanese relief
    goods, a Lesotho government wage-relief fund and a World Bank grant two days later for
    the same laid-off workers (a tricky pair) are `support` events;
  * Niger's protest letter to Benin and the pipeline operator's warning letter to both
    governments two days later (a tricky pair) are `letter` events;
  * two air strikes on drug smugglers' sites in southern Syria two days apart (a tricky
    pair) are `attack` events; deaths in them are part of the attack and not a separate
    event;
  * a health ministry declaring a dengue epidemic, the Syrian foreign ministry condemning a
    strike and the Zimbabwean government rejecting sanctions are `statement` events;
  * U.S. Treasury sanctions on a diamond company and a British asset freeze on the same
    company the following day (a tricky pair) are `sanction` events;
  * the release of miners from the pit, the closure of factories, permits, evacuations,
    court custody orders and the arrival of goods have no type in the list (or are side
    events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- w01
dict(story="w01", topic="chlorine leak deaths at a chemical plant, villagers' blockade of the estate gate, arrest of the plant manager and two official reports (Map Ta Phut, Rayong, Thailand)", events=[
    dict(e="e1", type="casualties", date="2026-02-09", participants=["Siam Coastal Chemicals workers"],
         location="Map Ta Phut"),
    dict(e="e2", type="protest", date="2026-02-11", participants=["Ban Nong Fab villagers"], location="Map Ta Phut"),
    dict(e="e3", type="arrest", date="2026-02-12", participants=["Rayong police", "Chaiwat Rattanakul"],
         location="Si Racha"),
    dict(e="e4", type="report", date="2026-02-13", participants=["Thai Pollution Control Department"],
         location="Bangkok"),
    dict(e="e5", type="report", date="2026-02-16", participants=["Thai Department of Industrial Works"],
         location="Bangkok"),
], tricky=[("e4", "e5", "Pollution Control Department's air-quality report on Friday vs Department of Industrial Works' inquiry report on the cause on Monday, same leak, three days apart, both 'report' / 'findings'")],
note="The leak itself, the provincial governor's order halting the plant, the 2009 court freeze on Map Ta Phut "
     "projects, the 2024 fire at a neighbouring plastics plant and the minister's promised inspections are side / "
     "background events. 'the two documents together' covers both reports and is not marked; 'if the licence is "
     "not revoked' is hypothetical.",
articles=[
dict(id="a1", source="Andaman Wire Service", published="2026-02-10",
     title="Chlorine leak at Thai industrial estate kills four workers",
     text="""RAYONG, Thailand - A chlorine leak at a chemical plant in the Map Ta Phut industrial estate [[e1|killed]] four workers late on Monday and sent more than 60 people, many of them residents of a neighbouring village, to hospital, provincial officials said on Tuesday.

The gas escaped from a storage unit at Siam Coastal Chemicals, a maker of water-treatment products, at around 10.40 p.m. Three of the [[e1|dead]] were contract workers from Myanmar who had been cleaning a tank; the fourth was a Thai shift supervisor who went back inside to close a valve.

Firefighters in protective suits sealed the unit before dawn. Schools in Ban Nong Fab, the community closest to the plant's fence, were shut for the day, and about 800 residents spent the night at a Buddhist temple.

"We could smell it in our bedrooms. My son was vomiting," said Wanpen Srisuk, 44, who was treated at Rayong Hospital.

The Pollution Control Department said air samples taken overnight were being analysed in Bangkok and that its [[e4|findings]] would be published by the end of the week.

Village leaders said they would [[e2|block]] the main gate of the estate on Wednesday to demand the plant's closure. Map Ta Phut, one of Southeast Asia's largest petrochemical hubs, has a long history of conflict with its neighbours, and a court froze dozens of projects there in 2009 over health concerns.

Siam Coastal Chemicals said it was cooperating with the authorities and would compensate the families of the [[e1|victims]]."""),
dict(id="a2", source="Bangkok Business Dispatch", published="2026-02-12",
     title="Thai police arrest chemical plant manager after deadly leak",
     text="""RAYONG - Police on Thursday [[e3|arrested]] the plant manager of Siam Coastal Chemicals on charges of negligence causing death, three days after four workers [[e1|died]] in a chlorine leak at the company's factory in the Map Ta Phut industrial estate.

Chaiwat Rattanakul, 51, was [[e3|taken into custody]] at his home in Si Racha and later freed on bail of 300,000 baht, Rayong police commander Somkid Thongdee told reporters. Investigators believe a gas alarm in the storage unit had been switched off for more than a week.

The [[e3|arrest]] came a day after several hundred villagers [[e2|blockaded]] the estate's main gate, stopping tanker trucks for nine hours. Wednesday's [[e2|blockade]] ended only after the provincial governor ordered the plant to halt operations until further notice.

Shares in the company's listed parent, Eastern Polymer Group, fell 7 percent in Bangkok on Thursday. Analysts at a local brokerage said the shutdown could cut the group's quarterly profit by a fifth.

The Department of Industrial Works, which licenses factories, has opened its own inquiry and said its [[e5|report]] would be ready within a week. Environmental groups said the estate had seen at least a dozen serious accidents in a decade, including a fire at a neighbouring plastics plant in 2024 that forced the evacuation of two villages.

"Each time there is an investigation, and each time nothing changes," said Suthida Kaewmanee of the Eastern People's Network."""),
dict(id="a3", source="Eastern Seaboard Times", published="2026-02-14",
     title="Gas in village reached 40 times safe limit, agency says",
     text="""RAYONG - Chlorine in the air of Ban Nong Fab, the village beside the Siam Coastal Chemicals plant, reached 40 times the safe limit on the night of Monday's leak, the Pollution Control Department said on Friday.

The department's [[e4|report]], based on samples taken at six points between the plant fence and the village school, found that levels fell back to normal by 6 a.m. Residents living within 500 metres of the storage unit had been exposed to "a dose capable of causing lasting lung damage", it said.

"Now they have it in writing," said village headman Prasit Chanthong, who led Wednesday's [[e2|protest]] at the estate gate. "We said the air was poison, and the company said everything was under control."

One resident, a 67-year-old woman, remains in intensive care at Rayong Hospital. The four [[e1|deaths]] at the plant were all among workers inside the storage unit.

The plant's manager, who was [[e3|detained]] on Thursday and released on bail, will contest the negligence charge, his lawyer, Niran Boonmee, said. "My client raised the condition of the valves with head office in writing last year," he said.

Provincial officials said the [[e4|air-quality study]] would be sent to prosecutors. A separate [[e5|inquiry report]] on the cause of the leak, from the Department of Industrial Works, is due on Monday.

The plant remains shut. About 120 Myanmar workers employed there through a subcontractor said they had not been told whether they would be paid."""),
dict(id="a4", source="Mekong Regional Service", published="2026-02-17",
     title="Corroded valve and disabled alarm behind Map Ta Phut leak, inquiry finds",
     text="""BANGKOK - A corroded valve and a gas alarm that had been switched off for maintenance caused the chlorine leak that [[e1|killed]] four workers in the Map Ta Phut industrial estate last week, Thailand's Department of Industrial Works said on Monday.

The department's [[e5|report]] recommends revoking the operating licence of Siam Coastal Chemicals and says the company twice postponed replacing the valve to save money. It also found that the contract workers who were cleaning the tank on February 9 had no breathing apparatus.

The [[e5|inquiry]] follows an air-quality [[e4|report]] from the Pollution Control Department, released last Friday, which measured chlorine levels 40 times the safe limit in the nearest village. Residents said the two documents together should be enough to keep the plant closed for good.

Industry Minister Pakorn Wongsawat said the government would inspect every chlorine storage unit in the estate within 30 days.

Villagers who [[e2|blocked]] the estate's main gate last Wednesday have said they will return if the licence is not revoked. The plant's manager, [[e3|arrested]] last week, is on bail.

Eastern Polymer Group, the parent company, said in a filing to the Stock Exchange of Thailand that it "accepts the [[e5|findings]]" and had set aside 40 million baht for the families of the [[e1|dead]] and for residents' medical bills.

Map Ta Phut, on the Gulf of Thailand about 180 km southeast of Bangkok, hosts more than 150 factories and several of the country's largest refineries."""),
]),
# ---------------------------------------------------------------------------- w02
dict(story="w02", topic="coal miners' underground sit-in against an early pit closure, failed talks with the coal group, talks at the ministry and a closure deal (Ruda Slaska, Katowice and Warsaw, Poland)", events=[
    dict(e="e1", type="protest", date="2026-04-13", participants=["Pokoj mine miners", "Solidarity", "Sierpien 80"],
         location="Ruda Slaska"),
    dict(e="e2", type="meeting", date="2026-04-15", participants=["mining unions", "Slaska Grupa Weglowa"],
         location="Katowice"),
    dict(e="e3", type="meeting", date="2026-04-17", participants=["mining unions", "Polish Ministry of State Assets"],
         location="Warsaw"),
    dict(e="e4", type="agreement", date="2026-04-18", participants=["mining unions", "Polish Ministry of State Assets",
         "Slaska Grupa Weglowa"], location="Warsaw"),
], tricky=[("e2", "e3", "unions' failed talks with the coal group SGW in Katowice on Wednesday vs unions' talks with the deputy minister in Warsaw on Friday, same dispute and same union leaders, two days apart")],
note="The candlelit vigil of miners' wives, the one-hour warning stoppages at two other SGW pits, the 2021 social "
     "contract, the 2024 EU state-aid approval and SGW's closure announcement last month are side / background "
     "events. The miners coming to the surface has no type and is not marked.",
articles=[
dict(id="a1", source="Central European Press Agency", published="2026-04-14",
     title="Polish miners refuse to leave pit in protest at early closure",
     text="""KATOWICE, Poland - About 180 coal miners spent a second day underground at the Pokoj mine in Ruda Slaska on Tuesday, [[e1|occupying]] a chamber 720 metres below the surface to protest against plans to close the pit four years early.

The [[e1|sit-in]] began on Monday, when the morning shift refused to come up at the end of its work, a spokesman for the Solidarity union said. Food, water and blankets are being sent down in the cage, and a mine doctor visits twice a day.

The state-controlled coal group Slaska Grupa Weglowa (SGW) said last month that Pokoj would stop producing coal at the end of 2027 instead of 2031, citing losses of more than 900 million zlotys last year and the cost of meeting European Union limits on methane emissions. About 2,400 people work at the mine.

Unions say the 2021 social contract between the government and the miners guaranteed the later date. "A signature must mean something," said Piotr Mazurek, head of the Sierpien 80 union at the mine.

SGW's management board has invited union leaders to [[e2|talks]] at its Katowice headquarters on Wednesday. The company said it was "open to discussing the timetable" but warned that it could not keep paying for loss-making pits.

Outside the mine gate, miners' wives and children held a candlelit vigil on Monday evening, and Silesian bishops called on both sides to avoid "a repetition of the bitter conflicts of the past"."""),
dict(id="a2", source="Vistula News Service", published="2026-04-16",
     title="Talks fail in Katowice as miners' underground protest enters fourth day",
     text="""WARSAW - Talks between Polish mining unions and the state-controlled coal group SGW [[e2|broke down]] in Katowice on Wednesday evening after the company refused to drop its plan to close the Pokoj mine in 2027, union leaders said.

The [[e2|meeting]], which lasted nearly seven hours, ended without a date for another round. "They offered us severance pay and nothing else," Solidarity's Ryszard Kalinowski told reporters outside the company's headquarters.

About 180 miners have been [[e1|occupying]] a chamber at the bottom of the Ruda Slaska pit since Monday. Their [[e1|protest]] entered its fourth day on Thursday, and union officials said two men had been brought to the surface with high blood pressure.

The government, which owns SGW through the Ministry of State Assets, stepped in on Thursday. Deputy Minister Tomasz Gorski invited the unions to [[e3|talks]] in Warsaw on Friday and said the closure date was "not set in stone".

Economists say Poland cannot afford to subsidise its hard-coal mines for much longer. The European Commission approved a state-aid scheme for the sector in 2024 on condition that the last pits shut by 2049, and SGW's losses have doubled since.

Unions at other mines of the group said they would hold one-hour warning stoppages on Friday morning if no progress was made.

"Our men are sitting underground in the dark while managers sit in warm offices," said Krystyna Nowak, whose husband is among the protesters."""),
dict(id="a3", source="Silesian Daily Courier", published="2026-04-19",
     title="Miners come up after deal pushes Pokoj closure to 2029",
     text="""RUDA SLASKA - The last of the miners who had been [[e1|occupying]] the Pokoj mine came to the surface on Saturday afternoon to cheers from their families, after unions and the government [[e4|agreed]] to keep the pit open until the end of 2029.

The [[e4|deal]], signed at the Ministry of State Assets in Warsaw at about 4 a.m. on Saturday after [[e3|negotiations]] that began on Friday morning, also gives workers who are not moved to other mines a severance payment of 120,000 zlotys, a union statement said.

Wednesday's [[e2|talks]] in Katowice with the coal group SGW had ended in acrimony, and many in Ruda Slaska feared the [[e1|sit-in]] could last for weeks. In the end it lasted almost six days.

"We did not win everything, but we won two years," said Piotr Mazurek of the Sierpien 80 union, who spent the entire [[e1|protest]] underground. He said the miners had lost four kilograms each on average.

Under the [[e4|agreement]], SGW will present a plan by September for transferring at least 1,500 Pokoj workers to its other mines in the region. The government also promised to seek European Commission approval for extra aid.

Deputy Minister Tomasz Gorski, who led the government side at the Warsaw [[e3|meeting]], said the compromise was "expensive but fair". Economists at the Silesian University of Technology put its cost at about 600 million zlotys.

Miners at two other SGW pits held one-hour stoppages on Friday in solidarity with their colleagues."""),
]),
# ---------------------------------------------------------------------------- w03
dict(story="w03", topic="cocaine in banana containers: arrests of dockworkers and of a customs officer, police deployment to the port and U.S. scanner donation (Moin terminal, Limon, Costa Rica)", events=[
    dict(e="e1", type="arrest", date="2026-06-08", participants=["Judicial Investigation Agency (OIJ)",
         "Moin terminal dockworkers"], location="Limon"),
    dict(e="e2", type="arrest", date="2026-06-10", participants=["Judicial Investigation Agency (OIJ)", "customs officer"],
         location="Cartago"),
    dict(e="e3", type="deployment", date="2026-06-11", participants=["Costa Rican Public Force"], location="Moin"),
    dict(e="e4", type="support", date="2026-06-12", participants=["United States", "Costa Rican Ministry of Public Security"],
         location="San Jose"),
], tricky=[("e1", "e2", "OIJ detaining five dockworkers in Limon and Siquirres on Monday vs OIJ detaining a customs officer in Cartago on Wednesday, same cocaine seizure, two days apart")],
note="The seizure of 2.1 tonnes of cocaine on Sunday, tighter Belgian and Dutch checks, earlier U.S. patrol boats and "
     "radars, a shooting in Limon on Wednesday night and the pretrial custody order are side / background events. "
     "'He is the sixth person held over the seizure' covers both arrests and is not marked.",
articles=[
dict(id="a1", source="Central America Wire", published="2026-06-09",
     title="Costa Rica detains five dockworkers after record cocaine find in banana boxes",
     text="""SAN JOSE, Costa Rica - Costa Rican investigators have [[e1|detained]] five dockworkers at the Moin container terminal on the Caribbean coast after 2.1 tonnes of cocaine were found hidden among boxes of bananas bound for Antwerp, the Judicial Investigation Agency (OIJ) said on Tuesday.

The men, aged between 24 and 39, were [[e1|arrested]] on Monday in dawn raids on nine homes in Limon and the nearby town of Siquirres, OIJ director Marcela Quesada told a news conference. Agents seized four cars, two pistols and about 18 million colones in cash.

The drugs were discovered on Sunday, when a sniffer dog reacted to three refrigerated containers that had already passed through the terminal's scanner. Investigators believe the packages were loaded after the containers had been sealed at a plantation in Matina.

"This is the largest seizure ever made at Moin. Someone inside the system was helping," Quesada said, adding that the investigation was "far from over".

Costa Rica, once seen as a quiet corner of Central America, has become a major transit point for South American cocaine heading to Europe. Homicides in Limon province have more than doubled since 2020, and police blame most of the killings on gangs fighting over the port trade.

The terminal's operator said it was cooperating fully and that none of the men was its direct employee; all five worked for a stevedoring subcontractor."""),
dict(id="a2", source="Isthmus Financial Daily", published="2026-06-11",
     title="Customs officer held over Moin cocaine as Costa Rica sends police to port",
     text="""SAN JOSE - Agents of Costa Rica's Judicial Investigation Agency [[e2|arrested]] a customs officer in Cartago on Wednesday on suspicion of switching off a container scanner at the Moin terminal so that cocaine could pass undetected, prosecutors said.

The officer, a 46-year-old man identified by his surnames, Brenes Solano, was [[e2|detained]] as he left his home for work. Prosecutors say he received at least 40 million colones from a Limon gang over six months. He is the sixth person held over the 2.1-tonne seizure; five dockworkers were [[e1|picked up]] in Limon on Monday.

Security Minister Andres Villalobos said 150 officers of the Public Force, including a canine unit and a tactical team, were being [[e3|sent]] to the terminal on Thursday and would stay for at least three months. "The port will not be run by criminals," he said.

The [[e3|deployment]] comes as exporters warn that Costa Rica's reputation is suffering in Europe. Belgian and Dutch customs have tightened checks on Costa Rican fruit containers, adding days to deliveries, the national banana corporation said. Bananas and pineapples earned the country more than 2.5 billion dollars last year.

The minister also said Washington had [[e4|offered]] two mobile container scanners, to be handed over on Friday. The United States has provided patrol boats, radars and training to Costa Rica's coast guard in recent years.

Unions at the port said they welcomed the police but rejected "the criminalisation of all dockworkers"."""),
dict(id="a3", source="Caribbean Coast Herald", published="2026-06-13",
     title="U.S. scanners and 150 police arrive at Moin as Limon waits for answers",
     text="""LIMON - The United States on Friday [[e4|donated]] two mobile container scanners to Costa Rica for use at the Moin terminal, five days after the biggest cocaine seizure in the port's history.

U.S. Ambassador Karen Whitfield and Security Minister Andres Villalobos signed the handover at the ministry in San Jose. The [[e4|donation]], worth about 3.4 million dollars, also includes training for 30 customs officers, the embassy said.

In Limon, the arrival of 150 Public Force officers on Thursday has changed the mood at the port gates. Dockworkers now pass through two checkpoints, and police dogs inspect every lorry. "We feel watched, but maybe that is good," said crane operator Luis Campbell, 33.

The [[e3|reinforcements]] follow the [[e1|arrest]] of five dockworkers last Monday and the [[e2|detention]] of a customs officer in Cartago two days later.

Relatives of the dockworkers, all employed by a stevedoring subcontractor, say the men are being made scapegoats. "My brother drives a forklift. He doesn't decide what goes into a container," said Sharon Gordon, 28.

Limon, Costa Rica's poorest province, recorded 212 homicides last year. On Wednesday night a man was shot dead outside a bar in the Cieneguita neighbourhood in what police described as a dispute between rival drug crews.

The OIJ said a judge had ordered the six suspects held for six months while investigators trace the cocaine's buyers in Europe."""),
]),
# ---------------------------------------------------------------------------- w04
dict(story="w04", topic="halted crude loadings at an export terminal: Niger's protest letter, the pipeline operator's warning letter, ministers' talks and a deal to resume exports (Niamey, Niger - Cotonou and Seme, Benin)", events=[
    dict(e="e1", type="letter", date="2026-09-07", participants=["Niger Ministry of Petroleum", "Government of Benin"],
         location="Niamey"),
    dict(e="e2", type="letter", date="2026-09-09", participants=["Sahel-Atlantic Pipeline Corporation", "Government of Niger",
         "Government of Benin"], location=None),
    dict(e="e3", type="meeting", date="2026-09-11", participants=["Niger", "Benin"], location="Cotonou"),
    dict(e="e4", type="agreement", date="2026-09-12", participants=["Niger", "Benin", "Sahel-Atlantic Pipeline Corporation"],
         location="Cotonou"),
], tricky=[("e1", "e2", "Niger's petroleum ministry's protest letter to Benin on Monday vs the Chinese-owned pipeline operator's warning letter to both governments on Wednesday, same halted loadings, two days apart")],
note="Benin's customs halt of tanker loadings on August 31, the 2023 border closure, a Beninese spokesman's remarks, a "
     "tanker sailing to Lagos and the first tanker expected on Monday are side / background events. The operator's "
     "threat to stop pumping ('warning that pumping would stop') did not happen and is not an event.",
articles=[
dict(id="a1", source="Sahel Economic Wire", published="2026-09-08",
     title="Niger protests to Benin as crude exports stall at Seme",
     text="""NIAMEY, Niger - Niger has sent a [[e1|letter]] of protest to Benin demanding that it lift a week-old halt on the loading of Nigerien crude at the Seme export terminal, the oil ministry in Niamey said on Tuesday.

The [[e1|letter]], signed by Petroleum Minister Moussa Garba Hamidou and delivered to Benin's foreign ministry on Monday, accuses Cotonou of "taking hostage" an economy that depends on the pipeline for most of its export revenue.

Benin's customs service stopped issuing loading permits for tankers at Seme on August 31, saying the pipeline operator owed 38 billion CFA francs in transit fees. No tanker has loaded since, and two are waiting at anchor off Cotonou.

The 1,950-km pipeline, built and run by the Chinese-owned Sahel-Atlantic Pipeline Corporation (SAPCO), carries oil from the Agadem field in eastern Niger to the Gulf of Guinea. It has been repeatedly disrupted by tensions between the two neighbours since the 2023 coup in Niamey.

A Beninese government spokesman said on Tuesday that the dispute was "commercial, not political" and that the terminal would reopen "as soon as what is owed is paid". He did not say whether Cotonou would answer the [[e1|protest note]].

Analysts say storage tanks along the route will be full within about ten days, after which pumping would have to stop.

"Both sides lose if the oil stops," said Kossi Agbeko, an energy economist in Lome. "Niger loses its revenue, Benin loses its fees, and the Chinese lose patience." """),
dict(id="a2", source="Gulf of Guinea Energy Report", published="2026-09-10",
     title="Pipeline operator warns it will stop pumping as Niger-Benin standoff drags on",
     text="""COTONOU - The Chinese-owned operator of the Niger-Benin oil pipeline has warned both governments that it will stop pumping crude by September 16 unless tankers are allowed to load at Benin's Seme terminal, according to a [[e2|letter]] seen by Gulf of Guinea Energy Report.

The [[e2|letter]], sent on Wednesday by Sahel-Atlantic Pipeline Corporation (SAPCO) general manager Zhao Wenliang to the petroleum ministers of Niger and Benin, says storage at the terminal is 94 percent full. SAPCO denies owing transit fees and says it has paid "every invoice presented".

The operator's [[e2|warning]] followed a [[e1|protest note]] that Niamey delivered to Cotonou on Monday, accusing Benin of strangling its economy.

Under pressure from Beijing, the two governments have agreed to hold [[e3|talks]]. Petroleum ministers and finance officials from both countries will [[e3|meet]] in Cotonou on Friday, Benin's foreign ministry said.

Niger produces about 110,000 barrels a day, almost all of it for export through the pipeline. The International Monetary Fund estimates that oil will account for a quarter of the country's tax revenue this year.

Traders said a Chinese-chartered tanker that had been waiting off Cotonou for ten days left for Lagos on Wednesday night to load Nigerian crude instead.

"The longer this lasts, the more buyers will wonder whether Nigerien crude is reliable," said a Geneva-based trader who asked not to be named."""),
dict(id="a3", source="Cotonou Evening Post", published="2026-09-13",
     title="Benin lets Niger oil flow again after overnight deal",
     text="""COTONOU - Benin will allow tankers to load Nigerien crude at the Seme terminal again from Monday under a [[e4|deal]] reached with Niger early on Saturday, ending a two-week standoff that threatened to shut down the pipeline between the two countries.

Under the [[e4|agreement]], signed by the two petroleum ministers at the Palais des Congres after [[e3|negotiations]] that began on Friday morning, the pipeline operator SAPCO will place 20 billion CFA francs in an escrow account while an independent auditor checks Benin's claim for unpaid transit fees.

"Common sense has prevailed," said Beninese Petroleum Minister Rodrigue Dossou-Yovo. His Nigerien counterpart, Moussa Garba Hamidou, said the [[e4|accord]] "protects the interests of two brotherly peoples".

The [[e3|talks]] were held under pressure from Beijing and from SAPCO, whose manager had [[e2|written]] to both governments on Wednesday warning that pumping would stop within a week. Niger's own [[e1|letter]] of protest, delivered on September 7, had gone unanswered for days.

Dockers at Seme welcomed the news. About 300 people work at the terminal, and many had been sent home without pay.

Relations between Benin and Niger have been tense since Niamey's military government kept its side of the border closed in 2023, accusing Cotonou of hosting French troops, a charge Benin denies. The border has still not fully reopened to trade.

The first tanker is expected to berth at Seme on Monday."""),
dict(id="a4", source="Niamey Observer", published="2026-09-15",
     title="First tanker loads at Seme as Niamey counts the cost of the standoff",
     text="""NIAMEY - The first tanker in more than two weeks loaded Nigerien crude at Benin's Seme terminal on Monday, two days after the two governments [[e4|settled]] their dispute over transit fees, the oil ministry said.

The Liberian-flagged Ocean Pearl took on about 950,000 barrels and was due to sail for China on Tuesday evening. A second ship was waiting offshore.

In Niamey, officials were counting the cost. The halt, which began on August 31, cost the treasury about 45 billion CFA francs in lost revenue, finance ministry spokesman Ibrahim Maiga said. Civil servants will be paid on time this month, he said, but some payments to contractors will be delayed.

Under Saturday's [[e4|accord]], reached after [[e3|talks]] in Cotonou that ran from Friday morning through the night, the pipeline operator SAPCO will deposit 20 billion CFA francs in escrow while an auditor reviews Benin's claims.

Niger's [[e1|protest letter]] of September 7 and the operator's [[e2|warning]] two days later had raised fears of a shutdown that engineers say would have taken months to reverse, because the waxy crude would have set solid in the pipe.

State television hailed the outcome as a victory for Niger's "sovereign diplomacy", and the petroleum minister was greeted by a crowd of supporters at the airport on Sunday.

"We were lucky this time," said Abdou Salifou, an economist at Abdou Moumouni University. "But a pipeline that depends on the mood of two governments is a fragile asset. Investors will remember these two weeks." """),
]),
# ---------------------------------------------------------------------------- w05
dict(story="w05", topic="air strikes on drug smugglers' sites in southern Syria blamed on Jordan, Syrian condemnation and a joint security committee meeting (Sweida, Syria - Amman, Jordan)", events=[
    dict(e="e1", type="attack", date="2026-01-13", participants=["Royal Jordanian Air Force", "drug smugglers"],
         location="Arman"),
    dict(e="e2", type="attack", date="2026-01-15", participants=["Royal Jordanian Air Force", "drug smugglers"],
         location="Salkhad"),
    dict(e="e3", type="statement", date="2026-01-14", participants=["Syrian Ministry of Foreign Affairs"],
         location="Damascus"),
    dict(e="e4", type="meeting", date="2026-01-18", participants=["Jordan", "Syria"], location="Amman"),
], tricky=[("e1", "e2", "air strike on a farmhouse in Arman before dawn on Tuesday (seven dead) vs air strike on a warehouse near Salkhad at dawn on Thursday (no dead), same province and presumed attacker, two days apart")],
note="The Jordanian army's statement, drones shot down at the border on Saturday, a Jordanian soldier killed in a clash "
     "near Jaber last week, Jordan's strikes of 2023 and 2024, the Druze leaders' statement and the next committee "
     "meeting planned for February are side / background events. 'a week in which air strikes ... killed at least "
     "seven people' and 'either operation' cover both strikes and are not marked.",
articles=[
dict(id="a1", source="Levant Wire Service", published="2026-01-13",
     title="Air strike on southern Syrian farm kills seven, Jordan suspected",
     text="""AMMAN, Jordan - An air [[e1|strike]] on a farmhouse in Syria's southern province of Sweida before dawn on Tuesday killed seven people, among them a man residents described as a well-known drug trafficker, a local journalist and a village official said.

Warplanes coming from the direction of the Jordanian border [[e1|hit]] the building on the edge of the village of Arman at about 3.30 a.m., said Nidal Abu Hamdan, a journalist in the nearby town of Salkhad. Two children were among the dead, he said.

Jordan's army did not confirm that it had carried out the [[e1|raid]], but it said in a statement that it would "use all means" to stop the flow of drugs across its northern border. On Saturday, border guards shot down two drones carrying crystal methamphetamine, and a Jordanian soldier was killed in a clash with smugglers near the Jaber crossing last week.

Jordan says it has foiled hundreds of smuggling attempts in the past year, most of them involving captagon, an amphetamine-type pill produced mainly in Syria. Its jets struck targets in Sweida in 2023 and 2024 in operations it never officially acknowledged.

Residents of Arman said they were afraid. "The man they wanted lived there, but so did his cousins and his neighbours' children," said a farmer who gave his name only as Abu Fadi.

There was no immediate comment from the authorities in Damascus, which restored relations with Amman in 2023 and promised to help curb the drug trade."""),
dict(id="a2", source="Arab Affairs Agency", published="2026-01-15",
     title="Syria condemns deadly strike as second raid hits Sweida",
     text="""DAMASCUS - A second air [[e2|strike]] hit southern Syria at dawn on Thursday, destroying a warehouse near the town of Salkhad that residents said was used to store captagon pills, two days after a [[e1|raid]] on a farmhouse in the village of Arman killed seven people.

No one was killed in Thursday's [[e2|attack]], local activists said, but the blast shattered windows across the town of 15,000 people.

In a [[e3|statement]] on Wednesday, the Syrian foreign ministry called Tuesday's [[e1|bombing]] of Arman "a flagrant violation of Syrian sovereignty" and said innocent civilians, including children, had died. It did not name Jordan, referring instead to "a neighbouring country that claims to be fighting drugs".

A Jordanian government spokesman, Omar Haddadin, declined to comment on either operation but said Jordan "will not wait for others to protect our young people".

The [[e3|condemnation]] was unusually sharp. The two governments set up a joint committee on drug smuggling after restoring ties in 2023, but it has not met since the summer, and diplomats say Amman has lost patience with Syrian promises.

Captagon has become one of the region's most lucrative illegal trades, worth several billion dollars a year, and much of it crosses Jordan on its way to Saudi Arabia and other Gulf states.

"Sweida is caught between the smugglers and the planes," said Samer Azzam, a teacher in Salkhad. "We pay the price either way." """),
dict(id="a3", source="Amman Chronicle", published="2026-01-19",
     title="Jordan and Syria revive anti-smuggling committee after week of strikes",
     text="""AMMAN - Jordanian and Syrian security officials [[e4|met]] in Amman on Sunday for the first time in seven months to discuss drug smuggling across their border, after a week in which air strikes in southern Syria blamed on Jordan killed at least seven people.

The [[e4|meeting]] of the joint security committee, led by Jordan's deputy intelligence chief and a Syrian interior ministry general, lasted five hours, a Jordanian official said. Its closing communique spoke of "exchanging information on criminal networks" and did not mention the strikes.

Diplomats said Damascus had used the [[e4|talks]] to press its complaint about last Tuesday's [[e1|strike]] on a farmhouse in Arman, in which two children died, and about a second [[e2|raid]] on Thursday that destroyed a warehouse near Salkhad. Jordan has still not confirmed carrying out either operation.

The Syrian foreign ministry's [[e3|rebuke]] last Wednesday had raised fears in Amman of a new diplomatic rift with a neighbour whose cooperation it needs to police a 375-km frontier.

In Sweida, where most residents belong to the Druze community, religious leaders issued a statement on Saturday asking both governments to "fight the smugglers, not the farmers".

The committee is due to meet again in Damascus in February. Jordanian officials said the number of drones crossing the border had dropped sharply since Thursday, though they gave no figures.

"Talking is better than bombing," said Layla Khatib, a researcher at a think tank in Amman. "But the smugglers are not at the table." """),
dict(id="a4", source="Gulf Security Review", published="2026-01-22",
     title="Analysis: Jordan's war on captagon tests its new ties with Damascus",
     text="""DUBAI - When jets [[e1|struck]] a farmhouse in the Syrian village of Arman before dawn on January 13, killing seven people including two children, the message to Damascus was unmistakable, diplomats in the region say.

Jordan has never admitted carrying out that [[e1|strike]] or the [[e2|bombing]] of a warehouse near Salkhad two days later. But officials in Amman make little secret of their frustration with Syria's failure to stop the captagon trade, which they say has turned their northern border into a front line.

The Syrian foreign ministry's [[e3|statement]] of January 14, which called the Arman [[e1|raid]] "a flagrant violation of Syrian sovereignty", was the sharpest public criticism of Jordan from Damascus since relations were restored in 2023. Yet four days later the two sides' security officials were [[e4|sitting down]] together in Amman.

"Both need each other. Damascus needs Jordan's trade routes, and Amman needs someone on the other side to answer the phone," said Rami Odeh, a former Jordanian diplomat.

The [[e4|meeting]] on Sunday produced a promise to share information on smuggling networks and a date for a further session in Damascus in February.

Jordan's army says it has seized more than 1.2 million pills since the start of the year. Most are destined for Saudi Arabia, where a single tablet can sell for up to 20 dollars.

"Air strikes can destroy a warehouse. They cannot destroy an economy," Odeh said. "As long as the trade pays better than farming, someone will load the next drone." """),
]),
# ---------------------------------------------------------------------------- w06
dict(story="w06", topic="dengue epidemic: health ministry's declaration, New Zealand and Japanese medical teams and an EU grant (Apia and Savai'i, Samoa)", events=[
    dict(e="e1", type="statement", date="2026-03-02", participants=["Samoan Ministry of Health"], location="Apia"),
    dict(e="e2", type="deployment", date="2026-03-05", participants=["New Zealand Medical Assistance Team"],
         location="Apia"),
    dict(e="e3", type="deployment", date="2026-03-07", participants=["Japan Disaster Relief medical team"],
         location="Tuasivi"),
    dict(e="e4", type="support", date="2026-03-09", participants=["European Union", "Samoa"], location="Apia"),
], tricky=[("e2", "e3", "New Zealand medical team landing in Apia on Thursday vs Japanese medical team arriving at Tuasivi on Savai'i on Saturday, same epidemic, two days apart, both 'arrived'")],
note="School closures, the fumigation campaign, an Australian air force flight with mosquito nets on Wednesday, the "
     "2019 measles epidemic and the rising death count are side / background events. Japan 'considering a request "
     "for help' is not a firm plan and is not marked.",
articles=[
dict(id="a1", source="Pacific Islands News Service", published="2026-03-03",
     title="Samoa declares dengue epidemic as hospital fills with children",
     text="""APIA, Samoa - Samoa's Ministry of Health [[e1|declared]] a dengue fever epidemic on Monday after more than 1,100 cases and three deaths were recorded in six weeks, most of them among children and young adults.

The [[e1|declaration]] allows the government to close schools, order clean-ups of mosquito breeding sites and call in outside help. Director-General of Health Leota Masoe Tuilagi said the outbreak was driven by dengue type 2, a strain that has not circulated widely in Samoa for a decade, leaving few people immune.

"Our children's ward is full, and we are putting beds in the corridors," said a nurse at Tupua Tamasese Meaole Hospital in Apia, who asked not to be named.

Schools on both main islands, Upolu and Savai'i, will close from Wednesday for two weeks, and village councils have been told to clear old tyres, tins and coconut shells that collect rainwater.

New Zealand said a team of doctors and nurses would [[e2|fly]] to Apia on Thursday. Japan was considering a request for help for Savai'i, where the district hospital at Tuasivi has only four doctors.

The outbreak has revived painful memories. In 2019 a measles epidemic killed 83 people in Samoa, most of them babies and small children, and the country declared a state of emergency that lasted more than two months.

"People remember 2019. They come to us early now, and that saves lives," Leota said."""),
dict(id="a2", source="Oceania Health Wire", published="2026-03-06",
     title="New Zealand medics arrive in dengue-hit Samoa, Japanese team next",
     text="""APIA - A 24-member New Zealand medical team [[e2|arrived]] in Apia on Thursday to help Samoa fight a dengue epidemic that has now killed five people, New Zealand's foreign ministry said.

The [[e2|deployment]], the largest since the 2019 measles outbreak, includes two paediatricians, intensive-care nurses and a laboratory technician with equipment to test up to 200 blood samples a day. The team will work at Tupua Tamasese Meaole Hospital for at least three weeks.

A 15-strong Japan Disaster Relief medical team will [[e3|arrive]] on Saturday and will be based at the district hospital in Tuasivi on the island of Savai'i, where clinics have been overwhelmed, Japan's embassy in Apia said.

Samoa's health ministry [[e1|declared]] the epidemic on Monday. Since then 380 new cases have been confirmed, bringing the total to about 1,500. On Wednesday a Royal Australian Air Force plane delivered 12,000 mosquito nets and insecticide.

The World Health Organization said dengue was spreading across the Pacific this year, with outbreaks also reported in Tonga and the Cook Islands, and warned that the rainy season would last until April.

Samoan officials said the foreign doctors would also train local nurses to recognise the warning signs of severe dengue, which can cause internal bleeding and shock.

"Most patients recover with fluids and rest. The danger is the ones who come too late," said Dr Hannah Whitaker, who leads the New Zealand team."""),
dict(id="a3", source="Apia Weekly Observer", published="2026-03-10",
     title="EU grant to fund mosquito war as Samoa's dengue cases slow",
     text="""APIA - The European Union on Monday [[e4|granted]] Samoa 1.5 million euros to fight the dengue epidemic, money the government said would pay for fumigation teams, laboratory tests and overtime for nurses who have worked double shifts for a month.

The [[e4|grant]] was signed at the Ministry of Finance by the EU's ambassador to the Pacific, Henrik Lindqvist, and Finance Minister Tuala Iosefo Ponifasio. About a third of the [[e4|funding]] will go to Savai'i.

New cases have fallen for four days in a row, but seven people have now died since the epidemic was [[e1|declared]] on March 2, among them four children.

The New Zealand medical team, which [[e2|landed]] last Thursday, has treated 640 patients at Apia's main hospital. On Savai'i, the Japanese doctors who [[e3|arrived]] on Saturday have set up a children's ward in a school hall next to the overcrowded hospital in Tuasivi.

"Before the Japanese came, mothers were sleeping on the floor with their babies," said Fa'amoe Lealaiauloto, a nurse in Tuasivi. "Now at least every child has a bed."

Schools remain closed until March 18. Village councils in several districts have fined families who failed to clear water containers from their yards, and church youth groups have joined clean-up days every Saturday.

Health officials warned that the rainy season was not over and urged people to keep using nets and repellent."""),
]),
# ---------------------------------------------------------------------------- w07
dict(story="w07", topic="lithium mine in the Jadar valley: expert commission's review, villagers' road blockade, Belgrade rally and a supply contract with a German carmaker (Loznica and Belgrade, Serbia)", events=[
    dict(e="e1", type="report", date="2026-10-08", participants=["Serbian government expert commission"],
         location="Belgrade"),
    dict(e="e2", type="protest", date="2026-10-10", participants=["Jadar valley villagers"], location="Gornje Nedeljice"),
    dict(e="e3", type="protest", date="2026-10-12", participants=["environmental groups", "student organisations"],
         location="Belgrade"),
    dict(e="e4", type="agreement", date="2026-10-15", participants=["Drina Lithium", "Rheinmotor"], location="Berlin"),
], tricky=[("e2", "e3", "villagers' road blockade in the Jadar valley on Saturday vs rally outside the government building in Belgrade on Monday, same mine, two days apart")],
note="The detention of four protesters in Belgrade, the mass protests of 2021 and 2024, the 2024 EU-Serbia raw-materials "
     "memorandum, the planned exploitation permit and the villagers' planned legal challenge are side / background "
     "events. 'the two protests' covers both protests and is not marked.",
articles=[
dict(id="a1", source="Balkan Wire Service", published="2026-10-11",
     title="Serbian villagers block road as lithium mine clears expert review",
     text="""LOZNICA, Serbia - Hundreds of villagers [[e2|blocked]] the main road through the Jadar valley in western Serbia on Saturday, two days after a government commission said a planned lithium mine there would pose "no unacceptable risk" to water and farmland.

The [[e2|blockade]] near the village of Gornje Nedeljice, where the company Drina Lithium plans to dig one of Europe's largest lithium mines, lasted about six hours. Farmers parked tractors across the road and handed out plum brandy and leaflets to stranded drivers. Police watched but did not intervene.

The expert commission's [[e1|report]], published on Thursday, is the last major step before the mining ministry can issue an exploitation permit. It found the company's plans for storing waste rock and treating water "adequate", provided that monitoring wells are installed.

"They wrote the [[e1|report]] in Belgrade. We drink the water here," said Milena Jovanovic, 52, who grows raspberries two kilometres from the planned pit.

Environmental groups and student organisations have called a [[e3|rally]] outside the government building in Belgrade for Monday evening.

Mass protests forced the government to revoke the project's permits in 2021, but it revived the plan in 2024, and Serbia signed a memorandum on critical raw materials with the European Union that year. The government says the mine will bring investment and jobs; opponents say it will poison one of the country's most fertile valleys.

Drina Lithium said it respected "the right of citizens to express their views"."""),
dict(id="a2", source="Danube Business Review", published="2026-10-13",
     title="Thousands rally in Belgrade against lithium mine as carmaker deal nears",
     text="""BELGRADE - Several thousand people [[e3|rallied]] outside the Serbian government's headquarters on Monday evening against a planned lithium mine in the Jadar valley, chanting "You will not dig" and blocking Nemanjina Street for three hours.

The [[e3|protest]] was largely peaceful, but police said four people were detained after a scuffle near the finance ministry. Organisers put the crowd at 20,000; police said 6,500.

It followed a [[e2|roadblock]] in the valley on Saturday and the publication last week of an expert [[e1|review]] that cleared the project's environmental plans.

The mine's developer, Drina Lithium, said it would go ahead with a supply [[e4|agreement]] with the German carmaker Rheinmotor, to be signed in Berlin on Thursday. Under the [[e4|contract]], Rheinmotor would buy up to 40 percent of the mine's lithium carbonate output for ten years from 2029.

Analysts said the timing was no accident. "The company wants to show that the project has European customers before the permit decision," said Dragan Petrovic, a mining analyst at a Belgrade brokerage. "It makes it politically harder to say no."

Serbia hopes the mine will attract battery and car-parts plants and turn the country into a supplier for Europe's electric-vehicle industry. Critics doubt that much of the value will stay in Serbia.

Shares of Drina Lithium's London-listed parent, Balkan Minerals, rose 4 percent on Monday."""),
dict(id="a3", source="Drina Valley Gazette", published="2026-10-16",
     title="Valley answers Berlin signing with black flags",
     text="""LOZNICA - Black flags hung from fences across the Jadar valley on Friday, a day after Drina Lithium [[e4|signed]] a ten-year contract in Berlin to supply lithium to the German carmaker Rheinmotor.

The [[e4|deal]], worth an estimated 2.3 billion euros, was signed by the two companies' chief executives in the presence of German and Serbian economy ministry officials.

In Gornje Nedeljice, residents who [[e2|blocked]] the valley road last Saturday said they were preparing a legal challenge to the expert commission's [[e1|findings]], published on October 8. Their lawyer, Jelena Markovic, said the [[e1|report]] ignored data from three springs that supply drinking water to about 9,000 people.

"The capital stood with us on Monday. That gave people here courage," said farmer Radomir Stankovic, referring to the Belgrade [[e3|demonstration]]. He said villagers would meet on Sunday to decide whether to block the road again.

The two protests were the largest against the mine since 2024. Opinion polls suggest that a majority of Serbs oppose the project, although support is higher among young people in the cities.

Drina Lithium says the mine will create 1,200 jobs and that it has already bought more than half of the land it needs. Residents who have refused to sell say they are under pressure from intermediaries offering prices far above the market rate.

"Money comes once. The land is forever," Stankovic said."""),
]),
# ---------------------------------------------------------------------------- w08
dict(story="w08", topic="abuses at Marange diamond fields: rights group's report, U.S. Treasury sanctions and a British asset freeze on a diamond company, Zimbabwean government's rejection (Marange and Harare, Zimbabwe)", events=[
    dict(e="e1", type="report", date="2026-07-06", participants=["Eastern Highlands Rights Monitor"], location="Mutare"),
    dict(e="e2", type="sanction", date="2026-07-09", participants=["U.S. Treasury", "Chiadzwa Diamond Mining Company",
         "Tobias Mudzingwa"], location="Washington"),
    dict(e="e3", type="sanction", date="2026-07-10", participants=["United Kingdom", "Chiadzwa Diamond Mining Company",
         "Tobias Mudzingwa"], location="London"),
    dict(e="e4", type="statement", date="2026-07-11", participants=["Government of Zimbabwe"], location="Harare"),
], tricky=[("e2", "e3", "U.S. Treasury sanctions on the diamond company and its chairman on Thursday vs British asset freeze on the same company and chairman on Friday, a day apart")],
note="Human Rights Watch's 2009 report on Marange, the 2008 military operation, the Kimberley Process export ban of "
     "2009-2011, CDMC's denial, the planned request to SADC and a ruling-party youth rally are side / background "
     "events. 'U.S. and British sanctions' and 'Both moves' cover both sanctions and are not marked.",
articles=[
dict(id="a1", source="Southern Africa Press Service", published="2026-07-07",
     title="Rights group accuses diamond firm's guards of beating Marange miners",
     text="""MUTARE, Zimbabwe - Security guards employed by a state-linked diamond company in Zimbabwe's Marange fields have beaten, set dogs on and illegally detained hundreds of informal miners in the past year, a human rights group said on Monday.

The 64-page [[e1|report]] by the Mutare-based Eastern Highlands Rights Monitor documents 212 cases of assault between May last year and April, including two deaths, and accuses the Chiadzwa Diamond Mining Company (CDMC) of running "private cells" inside its concession where men were held for days without food.

The [[e1|study]] is based on interviews with 140 miners and relatives, medical records and photographs of injuries. Its authors called on Western governments to act against the company and its chairman, retired brigadier Tobias Mudzingwa.

CDMC said the claims were "fabricated by people who want to steal the nation's diamonds" and that its guards only protected the concession from armed gangs.

Marange, in eastern Zimbabwe, became notorious after a 2008 military operation against informal diggers in which more than 200 people were killed, according to a 2009 report by Human Rights Watch. The Kimberley Process, which certifies rough diamonds, blocked exports from the fields between 2009 and 2011.

The U.S. embassy in Harare said it was "studying the [[e1|findings]] closely".

"Nothing has changed since 2008 except the uniforms," said Blessing Chikowore, a miner from Chiadzwa village who says he was bitten by a guard dog in March."""),
dict(id="a2", source="Global Markets Wire", published="2026-07-10",
     title="U.S. sanctions Zimbabwe diamond miner over abuses; Britain set to follow",
     text="""WASHINGTON/HARARE - The United States on Thursday imposed [[e2|sanctions]] on Zimbabwe's Chiadzwa Diamond Mining Company and its chairman, accusing them of "serious human rights abuse" against informal miners in the Marange diamond fields.

The Treasury's Office of Foreign Assets Control said the [[e2|designation]] freezes any U.S. assets of the company and of retired brigadier Tobias Mudzingwa and bars Americans from dealing with them. Banks that handle the company's payments could also face penalties.

The Treasury cited a [[e1|report]] published on Monday by a Zimbabwean rights group that documented more than 200 assaults on miners by the company's guards.

Britain's Foreign Office said it would announce its own [[e3|measures]] against the company and its chairman later on Friday, and officials in Brussels said the European Union was "considering its options".

Diamond traders in Antwerp and Dubai said the U.S. [[e2|move]] would make it much harder for CDMC to sell its stones through established channels. The company produced about 3 million carats last year, most of it low-value industrial and near-gem material, according to industry estimates.

"The Americans are not big buyers of Marange goods, but the dollar payment system is the problem," said a Dubai-based trader.

Zimbabwe's government did not immediately comment. Harare has long described Western sanctions on its officials, most of which were lifted or eased in recent years, as an attempt to undermine the ruling ZANU-PF party."""),
dict(id="a3", source="Harare Independent Weekly", published="2026-07-13",
     title="Government vows to fight 'illegal' diamond sanctions",
     text="""HARARE - Zimbabwe's government on Saturday [[e4|rejected]] U.S. and British sanctions on the diamond miner CDMC as "illegal and racist" and said it would ask the Southern African Development Community to take up the matter.

In a [[e4|statement]] read on state television, Information Minister Farai Mhlanga said the measures were "an attack on Zimbabwe's right to benefit from its own resources" and accused Western embassies of paying activists to write "fictional reports".

The U.S. Treasury [[e2|blacklisted]] the company and its chairman, retired brigadier Tobias Mudzingwa, on Thursday, and Britain [[e3|froze]] their assets in London a day later. Both moves cited a [[e1|report]] released a week ago by the Eastern Highlands Rights Monitor, which documented 212 assaults on informal miners by company guards.

The government's [[e4|response]] drew a mixed reaction in Harare. Opposition MPs said the sanctions punished one company, not the country, and called for an independent inquiry into the allegations.

In Chiadzwa, miners said the guards had been less visible since Thursday. "They are afraid now that the world is watching," said one digger, who asked not to be named for fear of reprisals.

On Sunday the ruling party's youth league held a rally in Mutare in support of the company, where speakers called the rights group's researchers "traitors".

CDMC employs about 1,800 people and is one of the largest employers in Manicaland province."""),
dict(id="a4", source="Rough Trade Diamond Bulletin", published="2026-07-15",
     title="Marange goods go cold in Antwerp and Dubai after sanctions",
     text="""ANTWERP - Rough diamonds from Zimbabwe's Marange fields have become almost impossible to sell on the main trading floors since the United States [[e2|sanctioned]] their biggest producer last Thursday, dealers in Antwerp and Dubai said on Wednesday.

Banks have stopped processing payments linked to the Chiadzwa Diamond Mining Company, and two Indian cutting firms cancelled purchases they had agreed in June. Britain's [[e3|asset freeze]] on the company and its chairman, imposed on Friday, added to the pressure, as several trading houses use London banks for their dollar payments.

"Nobody wants to be the test case for OFAC," said an Antwerp broker who asked not to be named.

The measures were triggered by a [[e1|report]] from the Eastern Highlands Rights Monitor, published on July 6, which documented assaults on informal miners by the company's guards. Harare's angry [[e4|rejection]] of the penalties on Saturday, in which it called them "illegal and racist", has done nothing to reassure buyers.

Industry analysts expect CDMC to sell through smaller traders in the United Arab Emirates and Asia at discounts of 20 to 30 percent. The company is Zimbabwe's largest diamond producer, and diamonds are among the country's top five exports.

The Kimberley Process, the certification scheme for rough diamonds, will hold an intersessional meeting in Gaborone next month, but its rules cover smuggling and rebel financing, not abuses by companies, and few expect it to act.

Zimbabwe says it will raise the issue with its neighbours instead."""),
]),
# ---------------------------------------------------------------------------- w09
dict(story="w09", topic="Typhoon Yanyan: deaths at landfall on the coast, flash-flood and landslide deaths in the mountains two days later, army deployment and Japanese relief aid (Ha Tinh and Nghe An, Vietnam)", events=[
    dict(e="e1", type="casualties", date="2026-11-03", participants=["residents of Ha Tinh", "fishermen"],
         location="Ha Tinh"),
    dict(e="e2", type="casualties", date="2026-11-05", participants=["Hmong villagers of Ky Son"], location="Ky Son"),
    dict(e="e3", type="deployment", date="2026-11-04", participants=["Vietnam People's Army"], location="Ha Tinh"),
    dict(e="e4", type="support", date="2026-11-06", participants=["Japan", "Vietnam"], location="Hanoi"),
], tricky=[("e1", "e2", "nine dead when the typhoon came ashore in Ha Tinh on Tuesday vs 14 dead in flash floods and a landslide in Ky Son, Nghe An, on Thursday, same storm system, two days apart, both 'killed'")],
note="The evacuation of 230,000 people, power cuts, the storm and floods themselves, Typhoon Yagi in 2024, the "
     "arrival of the Japanese goods on Sunday and the reopening of factories in Vung Ang are side / background "
     "events. 'Yanyan and the floods that followed have killed' covers both casualty events and is not marked.",
articles=[
dict(id="a1", source="Asia Pacific Newswire", published="2026-11-04",
     title="Typhoon Yanyan kills nine in central Vietnam",
     text="""HANOI - Typhoon Yanyan [[e1|killed]] at least nine people when it slammed into Vietnam's north-central coast on Tuesday, ripping roofs off thousands of homes and sinking fishing boats, the national disaster agency said on Wednesday.

Most of the [[e1|deaths]] were in Ha Tinh province, where the storm came ashore near Ky Anh with winds of up to 150 km/h. Two fishermen drowned when their boat capsized in the port of Vung Ang; others were crushed by falling trees or walls. Four people are missing.

More than 230,000 people had been moved to schools and government buildings before landfall, which officials said had prevented a far higher toll.

The Defence Ministry said it was [[e3|sending]] 3,500 soldiers, 12 helicopters and amphibious vehicles to Ha Tinh and neighbouring Nghe An on Wednesday to clear roads and reach villages cut off by floodwater.

Forecasters warned that heavy rain would continue over the mountains of Nghe An, along the border with Laos, for at least two more days, raising the risk of flash floods and landslides.

About 1.2 million households lost power, and the main north-south railway was closed between Vinh and Dong Hoi.

Vietnam is hit by about a dozen storms a year. Typhoon Yagi, which struck the north in September 2024, killed about 300 people and caused damage estimated at more than 3 billion dollars."""),
dict(id="a2", source="Hanoi Business Journal", published="2026-11-06",
     title="Landslide buries Hmong hamlet as typhoon rains hit mountains",
     text="""NGHE AN - Flash floods and a landslide [[e2|killed]] 14 people in the mountainous border area of Ky Son in Nghe An province on Thursday, two days after Typhoon Yanyan [[e1|killed]] nine people on the coast of neighbouring Ha Tinh.

A hillside collapsed before dawn onto a hamlet of Hmong families near Muong Xen, burying eight houses. Six people are still missing, and the [[e2|death toll]] is expected to rise, provincial officials said.

Soldiers [[e3|deployed]] to the region on Wednesday dug through the mud with shovels because heavy machinery could not reach the site. Helicopters dropped food and water to three communes cut off by the floods.

For businesses, the damage on the coast appears smaller than feared. Factories in Ha Tinh's Vung Ang economic zone, including a large steel mill, resumed work on Thursday after two days, although several reported damaged warehouses. Port operations at Vung Ang restarted on Friday.

Insurers said claims from the typhoon were likely to be modest because few small businesses in the region are insured.

Japan's embassy said on Friday that Tokyo would [[e4|provide]] emergency relief goods, including tents, water purifiers and generators, at the request of the Vietnamese government.

"The coast has the headlines, but the mountains always suffer most, because the water comes down with the earth," said Vo Thi Lan, who runs a rice mill in Vinh."""),
dict(id="a3", source="Central Coast Reporter", published="2026-11-09",
     title="Japanese aid reaches Nghe An as storm survivors count losses",
     text="""VINH - Tents, water purifiers and generators from Japan arrived in Vinh on Sunday, two days after Tokyo [[e4|pledged]] emergency relief for the provinces hit by Typhoon Yanyan and the floods that followed.

The Japanese [[e4|aid]], worth about 40 million yen, will go mainly to Ky Son, where 14 people [[e2|died]] in Thursday's landslide and two are still missing. Provincial officials said the 24 houses destroyed there would be rebuilt on safer ground.

On the coast, the typhoon's [[e1|toll]] rose to 11 after the bodies of two missing fishermen were found near Vung Ang on Saturday. Altogether, Yanyan and the floods that followed have killed at least 25 people in Ha Tinh and Nghe An.

The 3,500 soldiers [[e3|sent]] to the region last Wednesday have cleared most main roads, the Defence Ministry said, and the railway between Vinh and Dong Hoi reopened on Sunday.

In Ky Anh, families were still patching roofs with plastic sheets. "The wind took everything in ten minutes," said Nguyen Van Hung, 58, a fisherman whose boat was smashed against the harbour wall.

The government has released 300 billion dong from its reserve fund for the two provinces, and the Vietnam Red Cross has appealed for blankets and school supplies.

Meteorologists said another tropical depression forming east of the Philippines could bring more rain to central Vietnam next week."""),
]),
# ---------------------------------------------------------------------------- w10
dict(story="w10", topic="garment factory closures: workers' march on parliament, trade talks in Washington, a government wage-relief fund and a World Bank grant (Maseru, Lesotho)", events=[
    dict(e="e1", type="protest", date="2026-05-05", participants=["garment workers",
         "Lesotho Clothing and Textile Workers' Union"], location="Maseru"),
    dict(e="e2", type="meeting", date="2026-05-08", participants=["Lesotho Ministry of Trade",
         "Office of the U.S. Trade Representative"], location="Washington"),
    dict(e="e3", type="support", date="2026-05-12", participants=["Government of Lesotho", "garment workers"],
         location="Maseru"),
    dict(e="e4", type="support", date="2026-05-14", participants=["World Bank", "Lesotho"], location="Washington"),
], tricky=[("e3", "e4", "Lesotho government's wage-relief fund on Tuesday vs World Bank emergency grant on Thursday, both for the same laid-off garment workers, two days apart")],
note="The closure of three factories in April, the lapse of AGOA, the 2025 U.S. tariffs, the 2019 garment workers' "
     "strike and a planned union meeting are side / background events. 'the two packages' covers both support "
     "events and is not marked.",
articles=[
dict(id="a1", source="Southern Africa Labour Wire", published="2026-05-06",
     title="Lesotho garment workers march on parliament after factory closures",
     text="""MASERU, Lesotho - Thousands of garment workers [[e1|marched]] through Maseru to parliament on Tuesday, demanding government help after three Taiwanese-owned factories closed in April and put about 6,000 people out of work.

The [[e1|march]], organised by the Lesotho Clothing and Textile Workers' Union, stretched for more than a kilometre along Kingsway. Many marchers, most of them women, carried the denim jeans they used to sew for American chain stores.

"We made clothes for America for twenty years. Now America does not want us, and our own government does not see us," union secretary-general Mamello Mokoena told the crowd outside parliament.

The textile industry is Lesotho's largest private employer, with about 35,000 workers, most of them in Maseru and Maputsoe. Orders from U.S. buyers have fallen sharply since Washington raised tariffs on imports from the small kingdom in 2025 and a trade preference scheme, the African Growth and Opportunity Act, lapsed.

Trade Minister Thabo Letsie, who received a petition from the marchers, said he would [[e2|meet]] U.S. trade officials in Washington on Friday to argue for a lower tariff rate. He said the cabinet would also consider help for workers who had lost their jobs.

Factory owners say they cannot wait much longer. The Lesotho Textile Exporters Association warned that at least two more plants could close by July without new orders.

The march ended peacefully, and police said no one was detained. Workers last staged a strike of this size in 2019, over wages."""),
dict(id="a2", source="Maseru Times", published="2026-05-13",
     title="Government launches relief fund for jobless garment workers",
     text="""MASERU - The government on Tuesday launched a 180 million maloti [[e3|relief fund]] that will pay garment workers who lost their jobs 60 percent of their last wages for three months, Finance Minister Lerato Mothibeli told parliament.

The [[e3|scheme]] covers the roughly 6,000 workers laid off when three factories closed in April, as well as those who lose their jobs before the end of September. Payments will be made through mobile money from May 25.

The announcement came a week after thousands of workers [[e1|marched]] on parliament to demand help. Union leader Mamello Mokoena called the [[e3|fund]] "a first step" but said three months was "not enough time to find work in a country without work".

Trade Minister Thabo Letsie, back from Washington, said his [[e2|talks]] with the Office of the U.S. Trade Representative last Friday had been "frank but friendly". He said U.S. officials had agreed to study Lesotho's request for a lower tariff but had made no promises.

The World Bank's board is expected to approve a 25 million dollar emergency [[e4|grant]] for Lesotho on Thursday to fund cash transfers and retraining for garment workers, a government official said.

Economists warned that the crisis would hit shops, taxi operators and landlords in Maseru's industrial suburbs, where most factory workers rent rooms.

"When the factory closes, the whole street closes," said Puleng Ramakhula, who sells cooked food outside the gates of a shut plant in Thetsane."""),
dict(id="a3", source="Africa Development Monitor", published="2026-05-15",
     title="World Bank approves emergency grant for Lesotho's textile workers",
     text="""WASHINGTON - The World Bank on Thursday [[e4|approved]] a 25 million dollar emergency grant for Lesotho to support thousands of garment workers who have lost their jobs as the kingdom's textile industry struggles with U.S. tariffs.

The [[e4|financing]] will pay monthly cash transfers to about 9,000 workers for six months and fund retraining courses in agriculture, construction and information technology, the bank said in a statement.

It adds to the Lesotho government's own [[e3|relief package]], announced on Tuesday, which pays laid-off workers 60 percent of their wages for three months. Officials said the two packages would be paid through the same mobile-money system to avoid duplication.

Pressure on the government has grown since the [[e1|march]] of May 5, when thousands of workers walked to parliament in Maseru. Trade Minister Thabo Letsie [[e2|met]] officials of the Office of the U.S. Trade Representative in Washington last Friday to ask for a lower tariff rate, so far without result.

Lesotho, a landlocked country of about 2.3 million people surrounded by South Africa, depends on textiles for most of its manufacturing exports. The World Bank estimates that a further 10,000 jobs could be lost this year if U.S. orders do not recover.

"Cash transfers buy time, but only new markets will save the industry," said Kabelo Mosothoane, an economist at the National University of Lesotho in Roma.

Factory owners have begun looking for buyers in South Africa and Europe."""),
]),
]
