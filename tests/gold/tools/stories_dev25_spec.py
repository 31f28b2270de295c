"""Source of ../stories_dev25/articles.jsonl and ../stories_dev25/gold.jsonl.

TWENTY-FIFTH DEVELOPMENT story set (stories_dev25) for the cross-article deduplication
benchmark.  It was written without reading the system's code, extraction or clustering rules or
word lists, and without running the timeline extractor, the `timeline` command or the dedup
benchmark on these texts; only the format of the earlier sets was consulted (build_stories.py,
validate.py's check_stories, the docstring and first two stories of stories_dev16_spec, the
list of topics of the earlier sets in tests/gold/README.md, DATASETS.md section 2).  It is
intended for DEVELOPMENT: the system's errors on it may be read and used for tuning.  It is not
a blind set.

10 stories (na01..na10), each with 5 gold events and exactly one tricky pair, each told by 4
articles (40 in all, 190-250 words) from invented outlets (at least 3 per story), published on
different days over one to three weeks in 2026: a short breaking item with a dateline, two
follow-ups with background and quotes, and an analysis written days or weeks later that retells
the events with explicit and relative dates.  The theme is crises on the ground, with death
tolls that change from article to article and help and troops told with varied words:
  na01  an earthquake and an aftershock two days later in Tajikistan's Rasht Valley (Gharm),
        soldiers sent, a Kazakh rescue team flown in, the emergencies committee's damage report;
  na02  a breakout from Buimo jail in Lae (Papua New Guinea): inmates shot dead, a police mobile
        squad flown in and soldiers from Igam Barracks sent two days later, two warders
        arrested, a surrender deadline;
  na03  two abductions on the same mountain road near Chilapa (Guerrero, Mexico) two days
        apart, National Guard and army troops sent, relatives' highway blockade, talks mediated
        by the bishop;
  na04  Cyclone Okoa on Rodrigues (Mauritius): deaths, a coast guard ship with Special Mobile
        Force soldiers, an Indian and a French relief flight landing at Plaine Corail a day
        apart, the prime minister's visit;
  na05  a meningitis epidemic in Zinder (Niger): deaths, the health ministry's weekly bulletin
        and its declaration of an epidemic, a vaccine airlift, a WHO outbreak report;
  na06  a fire on an oil platform in the Gunashli field (Azerbaijan): workers killed, navy ships
        sent, a Turkish firefighting team flown in, the platform's manager and safety engineer
        detained, two executives of the contractor arrested a week later;
  na07  unrest at Bulusan volcano (Sorsogon, Philippines): the alert level raised, the
        four-kilometre zone evacuated, army trucks and soldiers sent, the six-kilometre zone
        evacuated two days later, Japanese relief goods;
  na08  a hostage-taking at a bank branch in Osh (Kyrgyzstan): special forces flown in from
        Bishkek, negotiations, the storming of the bank the next night, two accomplices
        arrested;
  na09  hunger in Wag Hemra (Amhara, Ethiopia): deaths in Sekota district, an OCHA flash report,
        a safe-passage deal brokered by elders in Lalibela, two WFP convoys reaching Sekota two
        days apart;
  na10  floods at Maun (Botswana): drownings, Botswana Defence Force helicopters and soldiers,
        South African Air Force helicopters flown in, a blockade of the Thamalakane bridge and a
        march on the district commissioner's office two days later.
Four stories have two similar events a day or two apart in the same place (the quake and the
aftershock in na01, the two relief flights in na04, the two evacuations in na07, the two
convoys in na09; also the two abductions in na03 and the two protests in na10).

All articles are fiction written for this data set (invented outlets, people, companies, a
gang, a cyclone and events; real places and institutions).  Event mentions are marked inline
as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes
the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev25_spec \\
        --out tests/gold/stories_dev25

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked, one trigger per event
per sentence, including planned or future references to an event that then happened (Kazakhstan
"would fly" rescuers, the mobile squad "would be flown" to Lae, soldiers "would join" the hunt,
troops "would be sent" to Chilapa, relatives "would block" the highway, talks "would be held"
on Monday, the state secretary "promised a meeting", an Indian plane "would bring" supplies, a
French plane "would land", the prime minister "will visit", vaccines "to be flown" and "scheduled
to land", the committee "would publish" an assessment, AFAD "would send" a team, the army "was
sending" soldiers, negotiators "would try to open talks", WFP "planned to send" a convoy, a
second convoy "due to leave", flood victims "would march").  Background and side events are
deliberately left unmarked, even when they have the type of a gold event: the 1949 Khait
earthquake and the 2023 Murghab quake, the Uzbek convoy and offers of tents, China's pledges of
money (na01, na04), the landslide near Obigarm, the end of the Kazakh search; the recaptures and
surrenders of Buimo escapees, the wounding of two warders, the 2017 Buimo breakout and its
deaths, the roadblocks, the national prisons report of 2024, the minister's inquiry; the
release of the Chilapa hostages, the gang's ransom video, the 2019 abduction of musicians, the
2014 Ayotzinapa disappearances and detentions, the Defence Ministry statement, the governor's
remarks, the suspension of clinic visits; Cyclone Kalunde in 2003, the injured, power and water
cuts, the Red Cross appeal, the reconstruction fund; the 2015
meningitis epidemic and its deaths, the approval of Niger's vaccine request, the MSF treatment
centre and second team, Nigeria's alert in Kano and Katsina, the vaccination campaign itself;
the 2015 Gunashli fire, the rescue of 41 workers by lifeboat, the fire being put out, the court's
remand, SOCAR's suspension of production and inspections, the government commission; the 2016
and 2022 Bulusan eruptions, PHIVOLCS's recommendation to widen the zone, the provincial state
of calamity, the death of an elderly evacuee, the social welfare department's food packs, the
Red Cross donation, the lowering of the alert and the return home; the wounding of the bank's
security guard, the evacuation of shops near the bank, the release of five hostages during
the talks, the gunman killed and the two wounded in the storming (part of the raid), the
charges, the 2010 Osh violence and the 2022 Bishkek pharmacy siege; the 2015-16 drought, the
2020-22 war, the looting of aid trucks in 2025, the regional appeal, the distributions, the
checkpoint delay, the third convoy and the federal wheat pledge; the 2009 and 2010 floods, the
rescues from rooftops, the state of emergency declared by Botswana's president, the move of
6,000 people into schools and camps, the petition and the promised plots.  Aggregate mentions
covering two gold events ("All 19 captives taken", "the 19 people held", "the more than
22,000 people who have fled", "four people are in custody", "the number of people held in the case", "the Osh bank siege", "Aid
convoys into Ethiopia's Wag Hemra zone", "What came today", "Foreign aircraft were quicker")
and negated, generic or hypothetical mentions ("Kidnappings of workers ... are frequent",
"would 'not bargain with criminals'", "to press the state government to negotiate", "Every
jailbreak brings the army out", "more aftershocks were likely", "Hostage-takings are rare", "the
government would never negotiate", "the next aftershock", "By then children have already
died", "not a single person was killed by the volcano", "No hostage was hurt") are not marked.
Predicate nominals re-describing an event in its own sentence ("the first aircraft to land on
the island since the storm", "the first food aid to arrive ... since April", "the first foreign
help to reach the valley") and titles are not annotated.

Dates: the articles of a story are published on different days, and several dates are given
only relatively: "two days after the earthquake", "within hours of the first shock", "the
aftershock two days later", "a week after the quake", "the next day", "on the morning of the
disaster", "early next week", "two weeks after"; "last Sunday", "last Friday", "the next
morning", "two days later", "the day after the troops went in", "since the breakout"; "two
days earlier", "a day after", "the day before"; "the morning after the storm", "three days
after the storm", "the following day", "five days after landfall", "earlier in the day";
"two days after the government declared", "the next day", "the following day", "four days
after the declaration", "a week after the declaration", "two days after a chartered cargo
plane delivered"; "last week", "a week earlier", "the day after the fire", "the night of the
fire", "three days after the disaster", "the following Monday"; "nearly a week after", "a week
after the alert", "two days after the first evacuation"; "the same evening", "that night",
"earlier on Wednesday", "two days after the storming"; "two days after the first", "the next
day", "two days after that"; "the morning after the first houses went under", "three days
later", "two days later".  Weekday names point to different dates in different articles of a
story: "on Monday" is the first abduction in one Chilapa article and the coming talks in
another; "on Monday" is the evacuation of the four-kilometre zone in one Bulusan article and the
arrival of Japanese goods in another; "on Monday" is the state of emergency in one Maun article
and the bridge blockade in another; "on Saturday" is the Turkish team's flight in one Gunashli
article and the divers' finds in another.

Type conventions used here (the type list has no better fit):
  * deaths in an earthquake, an aftershock, a cyclone, an epidemic, a platform fire, a flood,
    hunger and a jailbreak are `casualties` events, one per shock (na01: the main quake and the
    aftershock two days later are a tricky pair) or one per disaster; later deaths of the
    injured and bodies found later ("a fourth person has died of injuries", "the last two
    found in the reeds") are mentions of that one event; only words for the deaths are marked,
    not the tremor, storm, fire, flood, outbreak or breakout, which have no type; the Zinder
    meningitis deaths, counted since early March, and the Wag Hemra hunger deaths, counted since
    June, are dated to the month;
  * soldiers, navy ships, a coast guard ship with Special Mobile Force soldiers, a police mobile
    squad and a special forces unit sent to a place are `deployment` events (na02: the police
    squad flown into Lae and the soldiers sent from Igam Barracks two days later are a tricky
    pair);
  * foreign rescue teams, relief and vaccine flights, food convoys and relief goods sent to help
    are `support` events (na04: an Indian and a French relief flight landing at Plaine Corail on
    consecutive days; na09: two WFP convoys reaching Sekota two days apart; two tricky pairs);
  * the evacuations of villages around Bulusan are `withdrawal` events (people pulled out; na07:
    the four-kilometre and the six-kilometre evacuations two days apart are a tricky pair);
  * abductions, a hostage-taking and the special forces' storming of the bank are `attack`
    events (na03: two abductions on the same road two days apart; na08: the seizure of the bank
    and its storming the next night; two tricky pairs);
  * the detentions of two warders, of a platform's manager and safety engineer, of the
    contractor's two executives a week later (na06, a tricky pair) and of two accomplices are
    `arrest` events;
  * PHIVOLCS raising the volcano's alert level and the Nigerien health ministry's declaration
    of an epidemic are `statement` events; words for the content (the alert level, the
    epidemic) are not marked, but "the alert" and "the declaration" used for the act are;
  * the emergencies committee's damage assessment, the health ministry's weekly bulletin, the
    WHO's Disease Outbreak News report (na05: the bulletin and the WHO report eight days later
    are a tricky pair) and OCHA's flash update are `report` events;
  * the prime minister's visit to Rodrigues and his meeting with the regional assembly, the
    negotiations with the hostage-takers and the bishop's mediated talks are `meeting` events;
  * the elders' safe-passage deal for aid trucks is an `agreement` event;
  * the surrender deadline for the Buimo escapees is a `deadline` event dated to its expiry;
  * a highway blockade, a bridge blockade and a march are `protest` events (na10: the bridge
    blockade and the march two days later are a tricky pair);
  * releases of hostages, surrenders and recaptures of escapees, the end of searches, the
    lifting of restrictions and returns home are side events or have no type in the list and
    are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- na01
dict(story="na01", topic="earthquake in Tajikistan's Rasht Valley: deaths in the main shock and in an aftershock two days later, soldiers sent to Gharm, a Kazakh rescue team flown in, the emergencies committee's damage report (Gharm and Rasht Valley; Tajikistan, Kazakhstan)", events=[
    dict(e="e1", type="casualties", date="2026-02-17", participants=["Rasht Valley residents"], location="Rasht Valley"),
    dict(e="e2", type="deployment", date="2026-02-17", participants=["Armed Forces of Tajikistan"], location="Gharm"),
    dict(e="e3", type="support", date="2026-02-18", participants=["Kazakhstan", "Tajikistan"], location="Gharm"),
    dict(e="e4", type="casualties", date="2026-02-19", participants=["Gharm residents"], location="Gharm"),
    dict(e="e5", type="report", date="2026-02-24", participants=["Committee of Emergency Situations"], location="Dushanbe"),
], tricky=[("e1", "e4", "the deaths in the magnitude 6.1 earthquake before dawn on Tuesday February 17, mostly in villages around Gharm, vs the deaths in Gharm itself in the magnitude 5.2 aftershock two days later; one casualties event per shock")],
note="The tremors themselves are not annotated (only the deaths). The 1949 Khait earthquake, the 2023 Murghab quake, the "
     "Uzbek convoy of trucks with tents and flour, China's pledge of money, the landslide blocking the road near "
     "Obigarm, the injured, the end of the search and the rebuilding plan are side / background events. 'more "
     "aftershocks were likely' is generic and not marked.",
articles=[
dict(id="a1", source="Central Asia Wire", published="2026-02-17",
     title="Earthquake kills at least 14 in Tajikistan's Rasht Valley",
     text="""GHARM, Tajikistan - A strong earthquake struck the Rasht Valley in central Tajikistan before dawn on Tuesday, [[e1|killing]] at least 14 people and flattening hundreds of mud-brick homes, the Committee of Emergency Situations said.

The magnitude 6.1 quake hit at 4:52 a.m. local time at a depth of about 12 kilometres, nine kilometres north-east of Gharm, the valley's main town, according to the committee's seismic service. Most of the dead were in the villages of Navdonak and Sangvor, where families were asleep when walls and roofs came down.

"The whole house moved like a boat. Then the ceiling fell on my mother," said Sharif Nazarov, 38, a farmer in Navdonak, reached by telephone. Neighbours were digging through the rubble with shovels and bare hands, he said.

The defence ministry said it had [[e2|sent]] about 400 soldiers, bulldozers and field kitchens from Dushanbe to Gharm. Snow and a landslide blocking the road near Obigarm slowed the column for several hours.

Kazakhstan's emergencies ministry said it would [[e3|fly]] a team of 60 rescuers with search dogs to Tajikistan on Wednesday, and Uzbekistan offered tents and blankets.

The Rasht Valley sits on one of the most active fault systems in Central Asia. In 1949 the Khait earthquake and the landslides it set off buried whole villages in the same region, killing thousands of people."""),
dict(id="a2", source="Pamir Herald", published="2026-02-19",
     title="Aftershock brings down damaged houses in Gharm",
     text="""DUSHANBE - An aftershock of magnitude 5.2 shook the Rasht Valley on Thursday morning, bringing down already cracked buildings in Gharm and [[e4|killing]] three people, two days after the earthquake that devastated the region.

Two of the victims were sisters who had gone back into their damaged home in the town's Lakhsh quarter to fetch bedding, a local official said. The third, a schoolboy, was struck by a collapsing wall on his way to a tent camp.

The [[e1|death toll]] from Tuesday's quake rose to 29 on Thursday, the Committee of Emergency Situations said, as search teams pulled more bodies from the ruins of Sangvor. More than 120 people have been treated for injuries.

Sixty Kazakh rescuers, with eleven sniffer dogs and thermal cameras, [[e3|landed]] at Dushanbe airport late on Wednesday aboard an Il-76 transport plane and drove through the night to the valley. By Thursday they were working beside the roughly 400 Tajik soldiers the army [[e2|rushed]] to Gharm within hours of the first shock.

"We have people sleeping in tents at minus ten degrees," said Gulnora Rahimova, deputy head of the Rasht district administration. "Every new tremor sends them running out into the snow."

A convoy of 30 Uzbek trucks loaded with tents, flour and blankets crossed the border at Oybek on Wednesday and was expected in the valley by the weekend.

Seismologists warned that more aftershocks were likely in the coming weeks."""),
dict(id="a3", source="Eurasia Relief Monitor", published="2026-02-21",
     title="Tajik quake toll climbs to 33 as rescuers end search",
     text="""The number of people [[e1|killed]] by Tuesday's earthquake in Tajikistan's Rasht Valley has risen to 33, the government said on Saturday, and a fourth person has [[e4|died]] of injuries suffered in Thursday's aftershock in Gharm.

The 60-member Kazakh search team, which [[e3|arrived]] on Wednesday, ended its operation on Saturday after pulling two survivors and eleven bodies from collapsed homes in Sangvor and Navdonak. "After four days in this cold, the chance of finding anyone alive is close to zero," said its commander, Colonel Yerlan Dzhaksybekov.

Soldiers [[e2|deployed]] to the valley have set up three tent camps on the football ground in Gharm and on school grounds in two villages, housing about 4,000 people. Field kitchens serve hot meals twice a day, but residents complain of a shortage of stoves and fuel.

"The tent is fine for a week. We need a wall and a roof before March," said Davlat Saidov, a teacher whose house in Navdonak cracked in the first shock and fell in the second.

The Committee of Emergency Situations said it would publish a full damage [[e5|assessment]] early next week, the basis for a rebuilding plan to be presented to the government. Its engineers have inspected about half of the valley's 12,000 houses.

China's embassy in Dushanbe announced two million dollars for reconstruction on Friday."""),
dict(id="a4", source="Steppe & Mountain Review", published="2026-03-05",
     title="After the Rasht quake, the real damage is in the walls",
     text="""ANALYSIS - Two weeks after the ground shook the Rasht Valley, the figures have settled. The earthquake of February 17 [[e1|killed]] 36 people, most of them in Navdonak and Sangvor, and the aftershock two days later left four more [[e4|dead]] in Gharm itself, all of them in houses that had survived the first shock with cracks.

The Committee of Emergency Situations' [[e5|report]], published a week after the quake, counts 2,340 homes destroyed and another 5,100 unsafe to live in. Almost all were built of sun-dried brick without any steel reinforcement.

By regional standards the emergency response was quick. The army [[e2|sent]] about 400 soldiers on the morning of the disaster, and a Kazakh rescue team [[e3|flew in]] the next day, the first foreign help to reach the valley. Uzbek trucks with tents followed.

"Rescue was not the problem. Building is the problem," said Firuza Karimova, a structural engineer at the Tajik Technical University. "We know how to make cheap houses safer. Nobody pays for it."

The [[e5|assessment]] puts the cost of rebuilding at about 180 million dollars, roughly a tenth of the national budget. The government has promised new houses to families before next winter, but past pledges were slow: some families who lost homes in the 2023 quake in the Murghab district of the Pamirs still live in containers.

In Gharm, many residents now sleep in tents beside intact houses, afraid of the next aftershock."""),
]),
# ---------------------------------------------------------------------------- na02
dict(story="na02", topic="breakout from Buimo jail in Lae: escapees shot dead, a police mobile squad flown in from Port Moresby and soldiers from Igam Barracks sent into the hunt two days later, two warders arrested, a surrender deadline (Lae, Morobe Province; Papua New Guinea)", events=[
    dict(e="e1", type="casualties", date="2026-04-12", participants=["Buimo Correctional Institution inmates"], location="Lae"),
    dict(e="e2", type="deployment", date="2026-04-13", participants=["Royal Papua New Guinea Constabulary"], location="Lae"),
    dict(e="e3", type="deployment", date="2026-04-15", participants=["Papua New Guinea Defence Force"], location="Lae"),
    dict(e="e4", type="arrest", date="2026-04-16", participants=["Royal Papua New Guinea Constabulary", "Buimo warders"], location="Lae"),
    dict(e="e5", type="deadline", date="2026-04-24", participants=["Correctional Service of Papua New Guinea", "Buimo escapees"], location="Lae"),
], tricky=[("e2", "e3", "60 police mobile squad officers flown from Port Moresby to Lae on Monday April 13 vs about 120 soldiers of the Defence Force sent from Igam Barracks into the same manhunt in Lae two days later")],
note="The breakout itself has no type and is not annotated; the deaths of inmates shot by warders (three at the gate, "
     "a fourth and a fifth who died later of their wounds) are one casualties event. The recaptures of escapees "
     "(many separate arrests over days), the wounding of two warders, the 2017 Buimo breakout and its deaths, the "
     "roadblocks, the inquiry ordered by the minister and the court appearance of the warders are side / background "
     "events. The deadline is dated to its expiry.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-04-13",
     title="Dozens escape Lae jail, three shot dead",
     text="""LAE, Papua New Guinea - At least 47 inmates broke out of Buimo Correctional Institution in Lae on Sunday evening after overpowering guards at the main gate, and three of them were [[e1|shot dead]] by warders as they ran, police said.

The escapees, many of them on remand for armed robbery and murder, used a smuggled bolt-cutter and iron bars pulled from a cell block to force the gate shortly after the evening head count, according to the Morobe provincial police commander, Chief Superintendent Samuel Wampa. Two warders were stabbed and are in hospital.

"Most of them went into the bush towards the Busu River and the settlements along the highway," Wampa said. "We are asking the public not to hide them. Anyone who does will be charged."

Police headquarters in Port Moresby said 60 officers of the mobile squad would be [[e2|flown]] to Lae on Monday morning to lead the search. Roadblocks were set up on the Highlands Highway and at the turn-off to Nadzab airport.

Buimo was built for about 400 prisoners and now holds more than 750, a Correctional Service official said. Escapes are frequent. In 2017 more than 50 inmates broke out of the same jail, and seventeen were killed when guards opened fire.

The Correctional Service said a head count was still under way on Monday, and the number of escapees could rise."""),
dict(id="a2", source="Morobe Courier", published="2026-04-15",
     title="Fourth Buimo escapee dies; army to join manhunt",
     text="""A fourth inmate wounded in Sunday's breakout from Buimo jail has [[e1|died]] at Angau Memorial Hospital, police said on Tuesday, as the number of escaped prisoners was revised up to 52.

The 60 officers of the police mobile squad who [[e2|arrived]] from Port Moresby on Monday morning have searched settlements at Bumbu, Eriku and Tent Siti and recaptured eleven men, Chief Superintendent Samuel Wampa said. Three others walked into the Lae police station and gave themselves up.

The Defence Force said soldiers from Igam Barracks, on the edge of Lae, would [[e3|join]] the hunt from Wednesday. "Police lead, we support. Our men know the ground around the city," said a PNGDF spokesman, Major Peter Tonde.

Correctional Services Commissioner Daniel Kuman set a [[e5|deadline]] of Friday, April 24, for the remaining escapees to surrender, promising that those who come in before then would face no extra charge for the escape.

In Bumbu settlement, residents said the night searches had frightened families. "They came at four in the morning, kicked doors, took young men who were never in prison," said Elizabeth Awi, a market seller. Police denied any abuse.

Lae's business council said several shops on Markham Road had closed early since Monday. The council called for more guards at Buimo, where, it said, only six warders were on duty on Sunday evening for more than 700 inmates."""),
dict(id="a3", source="Highlands & Islands Times", published="2026-04-17",
     title="Two Buimo warders arrested over jailbreak",
     text="""Police in Lae [[e4|arrested]] two warders at Buimo Correctional Institution on Thursday on suspicion of helping 52 prisoners escape from the jail last Sunday, the provincial police commander said.

Chief Superintendent Samuel Wampa said the two men, a senior guard and a gate officer, were accused of smuggling in the bolt-cutter used to break the lock and of leaving a side door open. Both are due in court next week.

"This was not a lucky escape. It was a bought one," Wampa told reporters. Their [[e4|detention]] followed phone records found by investigators, he said.

About 120 soldiers from Igam Barracks [[e3|moved]] into the hills north of the city on Wednesday and have been searching the Busu River valley with the mobile squad officers [[e2|flown in]] on Monday. Twenty-three escapees had been recaptured by Thursday night.

Four inmates have [[e1|died]] since the breakout, three shot at the gate and one in hospital.

The Correctional Service repeated its offer to the men still at large: surrender before the April 24 [[e5|cut-off]] and face no new charges. After that, Commissioner Daniel Kuman said, "the soldiers and police will come for you, and the courts will add years."

Correctional Services Minister Joe Kapi ordered an inquiry into security at Buimo on Thursday."""),
dict(id="a4", source="Melanesia Review", published="2026-04-30",
     title="Buimo breakout shows a prison system at breaking point",
     text="""ANALYSIS - The [[e5|deadline]] for the Buimo escapees to give themselves up passed last Friday. Twelve men came in during its final week; nineteen are still at large somewhere between Lae and the Markham Valley.

The breakout of April 12 has become the worst at the jail since 2017. Five inmates have now [[e1|died]]: three shot by warders at the gate that evening and two who later succumbed to their wounds in hospital.

The state's reply followed a familiar path. Police [[e2|flew in]] 60 mobile squad officers from Port Moresby the next morning. Two days later the Defence Force [[e3|deployed]] about 120 soldiers from Igam Barracks, which lies barely ten kilometres from the prison. The day after the troops [[e3|went in]], detectives [[e4|arrested]] two warders accused of selling the escape for about 8,000 kina.

"Every jailbreak brings the army out for a week, and nothing changes inside the walls," said Ruth Kaupa, a lawyer who represents remand prisoners in Morobe. Most of the men who fled had waited more than two years for trial, she said.

Buimo holds almost twice the prisoners it was built for. A national prisons report written in 2024 warned that the jail could not be secured with its current staff. The minister's new inquiry is due to report in July."""),
]),
# ---------------------------------------------------------------------------- na03
dict(story="na03", topic="abductions on a mountain road near Chilapa, Guerrero: 14 road workers seized, then five health workers two days later on the same road, National Guard and army troops sent, relatives' highway blockade, talks mediated by the bishop (Chilapa, Guerrero; Mexico)", events=[
    dict(e="e1", type="attack", date="2026-06-08", participants=["Cártel de la Sierra Alta", "Constructora Tlapaneca road workers"], location="Chilapa"),
    dict(e="e2", type="deployment", date="2026-06-09", participants=["National Guard", "Mexican Army"], location="Chilapa"),
    dict(e="e3", type="attack", date="2026-06-10", participants=["Cártel de la Sierra Alta", "Guerrero health workers"], location="Chilapa"),
    dict(e="e4", type="protest", date="2026-06-11", participants=["relatives of the abducted workers"], location="Chilpancingo"),
    dict(e="e5", type="meeting", date="2026-06-15", participants=["Guerrero state government", "Bishop of Chilpancingo-Chilapa", "community leaders"], location="Chilapa"),
], tricky=[("e1", "e3", "the seizure of 14 road workers of a state contractor at their camp near Acatlán on Monday June 8 vs the seizure of five health workers from a clinic van on the same road two days later; same gang, same road")],
note="The release of the hostages has no type in the list and is left out; the gang's ransom demand and video, the "
     "2014 Iguala disappearances and detentions, the 2019 abduction of musicians near Chilapa, the state prosecutor's "
     "statements, the Defence Ministry statement, the suspension of clinic visits and the governor's remarks are side "
     "/ background events. 'All 19 captives taken' and 'the 19 people held' are aggregate and not marked; 'to press "
     "the state government to negotiate' is hypothetical and not marked.",
articles=[
dict(id="a1", source="Mexico News Desk", published="2026-06-09",
     title="Gunmen seize 14 road workers in Guerrero",
     text="""CHILAPA, Mexico - Armed men [[e1|kidnapped]] 14 workers repairing a mountain road near Chilapa in the southern state of Guerrero on Monday, the state prosecutor's office said.

The workers, employed by the Chilpancingo contractor Constructora Tlapaneca, were [[e1|taken]] from their camp near the village of Acatlán at about 7 a.m. by some 20 men in pick-up trucks who also took a bulldozer and two dump trucks, a company manager said. One worker who hid in a drainage culvert walked to Chilapa and raised the alarm.

The road, which links Chilapa with Nahua villages in the Montaña region, crosses territory disputed by two criminal groups. Prosecutors said they suspected the Cártel de la Sierra Alta, which has demanded payments from contractors working in the area.

"They are labourers, fathers of families. They earn 400 pesos a day," said Rosa Cuevas, whose husband and son were among those [[e1|taken]].

The federal security cabinet said on Tuesday that about 300 National Guard members and soldiers would be [[e2|sent]] to Chilapa during the day to search for the men.

Kidnappings of workers, teachers and traders are frequent in the municipality. In 2019 ten musicians were abducted and killed on the road to Chilapa, and the region still has one of the highest murder rates in the country."""),
dict(id="a2", source="Gulf & Pacific Press", published="2026-06-11",
     title="Second kidnapping on Guerrero road as troops arrive",
     text="""Gunmen [[e3|abducted]] five health workers on Wednesday on the same mountain road near Chilapa where 14 road workers were [[e1|seized]] two days earlier, Guerrero's health ministry said.

A doctor, two nurses and two vaccinators were travelling in a clearly marked state clinic van to the village of Ayahualtempa when armed men blocked the road with a truck and [[e3|forced]] them into two vehicles, the ministry said. The driver was beaten and left at the roadside.

The [[e3|abduction]] came a day after around 300 National Guard members and army soldiers [[e2|arrived]] in Chilapa and began patrolling the highway and the hills around Acatlán. Security officials said the troops had not yet reached the stretch of road where the van was stopped.

"We asked for protection, and they send soldiers who stay in the town square," said Father Tomás Lagunas, a parish priest in Chilapa.

The health ministry suspended all clinic visits in the municipality. Prosecutors said a video sent to the construction firm showed the road workers sitting on the ground, unharmed, with a man reading a demand for ten million pesos.

Relatives of the road workers said they would [[e4|block]] the Chilpancingo-Tlapa highway on Thursday to press the state government to negotiate.

Guerrero's governor said the state would "not bargain with criminals" but would use "every channel" to bring the workers home."""),
dict(id="a3", source="Latin America Daily", published="2026-06-13",
     title="Guerrero families block highway over kidnapped workers",
     text="""CHILPANCINGO, Mexico - Hundreds of relatives of the 19 people held by a criminal gang in the mountains of Guerrero [[e4|blocked]] the highway between Chilpancingo and Tlapa for eleven hours on Thursday, stranding buses and fuel trucks.

The protesters, many of them women from Acatlán and surrounding Nahua villages, sat on the asphalt with photographs of the 14 road workers [[e1|kidnapped]] on Monday and of the doctor, two nurses and two vaccinators [[e3|taken]] from their clinic van on Wednesday.

"The soldiers came, the government talks, and our men are still in the hills," said Marisol Tecpa, whose brother drives a dump truck for the construction company.

The [[e4|blockade]] was lifted at dusk after the state interior secretary promised a [[e5|meeting]]. The bishop of Chilpancingo-Chilapa, Salvador Rangel Ortiz, said he had agreed to act as mediator and that [[e5|talks]] with community leaders and intermediaries of the gang would be held in Chilapa on Monday.

The National Guard and army troops [[e2|sent]] to Chilapa on Tuesday have set up checkpoints on the road, a Defence Ministry statement said, but residents say the gang's lookouts still watch every vehicle.

Guerrero has a long record of mass abductions. The disappearance of 43 students from Ayotzinapa after they were detained in Iguala in 2014 remains unsolved."""),
dict(id="a4", source="Americas Security Monitor", published="2026-06-26",
     title="How the Chilapa hostages came home, and what it cost",
     text="""ANALYSIS - All 19 captives taken on the Chilapa road this month are home, but the way they were freed says more about Guerrero than about the men who held them.

The crisis began on June 8, when gunmen [[e1|seized]] 14 road workers at their camp near Acatlán. Two days later the same gang, according to prosecutors, [[e3|snatched]] a doctor, two nurses and two vaccinators from a clinic van a few kilometres up the road, despite the 300 troops [[e2|deployed]] to the town the day before.

It was not the soldiers who changed the outcome. After relatives [[e4|shut]] the Chilpancingo-Tlapa highway for most of a day, the state accepted the bishop of Chilpancingo-Chilapa as mediator. The [[e5|meeting]] he chaired in Chilapa's parish hall on June 15, with village commissioners and two men described as "representatives of the other side", ran past midnight. The five health workers were released two days later, the road workers on June 20.

Officials deny paying a ransom. The construction firm will not say. "Everybody in the mountains knows what the rules are now," said Ana Lilia Morán, a researcher on violence in Guerrero. "Contractors pay, and the church talks."

The [[e5|talks]] produced one more result: the gang let work resume on the road, with local men hired as labourers. The troops remain in Chilapa."""),
]),
# ---------------------------------------------------------------------------- na04
dict(story="na04", topic="Cyclone Okoa on Rodrigues: deaths on the island, a coast guard ship with Special Mobile Force soldiers sent from Port Louis, an Indian Air Force relief flight and a French military flight from Réunion landing at Plaine Corail a day apart, the prime minister's visit (Rodrigues; Mauritius, India, France)", events=[
    dict(e="e1", type="casualties", date="2026-01-24", participants=["Rodrigues residents"], location="Rodrigues"),
    dict(e="e2", type="support", date="2026-01-27", participants=["India", "Mauritius"], location="Plaine Corail"),
    dict(e="e3", type="support", date="2026-01-28", participants=["France", "Mauritius"], location="Plaine Corail"),
    dict(e="e4", type="meeting", date="2026-01-29", participants=["Prime Minister of Mauritius", "Rodrigues Regional Assembly"], location="Port Mathurin"),
    dict(e="e5", type="deployment", date="2026-01-25", participants=["National Coast Guard", "Special Mobile Force"], location="Rodrigues"),
], tricky=[("e2", "e3", "an Indian Air Force C-130J with tarpaulins, food and medicines landing at Plaine Corail airport on Tuesday January 27 vs a French military Casa from Réunion with water purifiers and generators landing at the same airport the next day")],
note="The cyclone itself is not annotated (only the deaths); later deaths of the injured are mentions of the one "
     "casualties event. Cyclone Kalunde in 2003, the power and water cuts, the school closures, the Red Cross appeal, "
     "China's donation and the reconstruction fund announced by the prime minister are side / background events. 'What"
     " came today' and 'Foreign aircraft were quicker' are aggregate and not marked.",
articles=[
dict(id="a1", source="Indian Ocean Press Agency", published="2026-01-25",
     title="Cyclone Okoa kills three on Rodrigues",
     text="""PORT MATHURIN, Mauritius - Cyclone Okoa tore across the Mauritian island of Rodrigues on Saturday night with gusts of more than 200 kilometres an hour, [[e1|killing]] three people and tearing the roofs off hundreds of homes, officials said on Sunday.

Two of the dead were fishermen whose boat capsized in the lagoon off Port Sud-Est as they tried to bring it ashore, and the third was an elderly woman crushed when the wall of her house in Grande Montagne collapsed, the island's police said.

Power and telephone lines were down across the island of 44,000 people, and the main road from Port Mathurin to the airport at Plaine Corail was blocked by fallen trees and landslides.

"We have never had wind like this. The whole night the house was shaking," said Marie-Josée Perrine, a shopkeeper in Port Mathurin.

The Mauritian government said the coast guard ship Barracuda had [[e5|sailed]] from Port Louis on Sunday morning with 80 soldiers of the Special Mobile Force, engineers and relief supplies. The crossing of about 600 kilometres takes roughly two days.

India's high commission said an Indian Air Force transport plane would [[e2|bring]] tents, food and medicines as soon as the Plaine Corail runway was cleared.

Rodrigues was last hit this hard by Cyclone Kalunde in 2003, which destroyed much of its housing but caused no deaths."""),
dict(id="a2", source="Mascarene Times", published="2026-01-27",
     title="Indian relief plane lands on storm-hit Rodrigues as toll rises to six",
     text="""The [[e1|death toll]] from Cyclone Okoa on Rodrigues rose to six on Tuesday after rescuers found the bodies of a farmer and his grandson under a landslide near Mont Lubin and a man died of head injuries in hospital in Port Mathurin.

An Indian Air Force C-130J [[e2|touched down]] at Plaine Corail airport shortly after 2 p.m., the first aircraft to land on the island since the storm, with 18 tonnes of tarpaulins, rice, bottled water and medicines, India's high commission in Port Louis said. Airport staff had worked through Monday to clear debris from the runway.

Earlier in the day the coast guard ship Barracuda [[e5|arrived]] in Port Mathurin after a rough two-day crossing. Its 80 Special Mobile Force soldiers began clearing roads in the hills and distributing drinking water in Grande Montagne and La Ferme.

"The island is still without electricity, and half the water tanks are broken," said Jean-Claude Pierre-Louis, the Chief Commissioner of Rodrigues. "What came today will keep people going for a few days."

France said a military transport plane from its base in Réunion would [[e3|land]] at Plaine Corail on Wednesday with water purification units, generators and a team of engineers.

The prime minister will [[e4|visit]] the island on Thursday to meet the Chief Commissioner and members of the Rodrigues Regional Assembly, his office said.

Schools on Rodrigues will stay closed until at least next week, and the Mauritius Red Cross launched an appeal for 30 million rupees."""),
dict(id="a3", source="Southern Ocean Dispatch", published="2026-01-29",
     title="Mauritian premier tours Rodrigues, promises rebuilding fund",
     text="""PORT MATHURIN - The prime minister of Mauritius [[e4|toured]] cyclone-hit Rodrigues on Thursday, walking through roofless streets in Port Mathurin and promising a reconstruction fund of one billion rupees for the island.

After a [[e4|meeting]] with the Rodrigues Regional Assembly, he said the government would pay for new roofs on 1,500 homes before the end of the cyclone season. "Rodrigues will not be forgotten behind Mauritius," he told residents outside the assembly building.

The number of people [[e1|killed]] by Cyclone Okoa rose to seven on Wednesday, when a woman injured in the collapse of her house in Citronelle died in hospital.

A French Casa transport from Réunion [[e3|landed]] at Plaine Corail airport on Wednesday morning carrying four water purification units, twelve generators and eight army engineers, who began repairing the pumping station at Pointe Canon. It [[e3|came]] a day after an Indian Air Force plane [[e2|delivered]] 18 tonnes of food, tarpaulins and medicines.

Special Mobile Force soldiers [[e5|sent]] from Port Louis on the coast guard ship Barracuda have reopened the road from Port Mathurin to the airport and are now working on mountain tracks around Mont Lubin.

China's embassy said on Thursday it would donate 500,000 dollars for housing. Electricity has been restored to about a third of homes, the Central Electricity Board said, mainly in Port Mathurin."""),
dict(id="a4", source="Island States Review", published="2026-02-12",
     title="Rodrigues after Okoa: the limits of a far-flung rescue",
     text="""ANALYSIS - When Cyclone Okoa crossed Rodrigues on the night of January 24, it [[e1|killed]] eight people, the last of them a fisherman who died of his injuries on Monday, and left roughly one home in three without a roof. Two weeks on, the storm's harder lesson is about distance.

Rodrigues lies 600 kilometres from Port Louis, and getting there from Mauritius took time. The coast guard ship Barracuda, which [[e5|left]] Port Louis with Special Mobile Force soldiers the morning after the storm, needed two days to reach the island.

Foreign aircraft were quicker once the runway at Plaine Corail was clear. Three days after the storm an Indian Air Force transport [[e2|landed]] with food and tarpaulins; the following day a French military plane from Réunion [[e3|brought]] water purifiers and generators. The prime minister's [[e4|visit]], five days after landfall, came with promises of money that islanders now want to see spent.

"We are grateful to India and France, but we should not have to wait for foreign planes to drink clean water," said Stéphane Ravina, a member of the regional assembly for the opposition.

The government says it will keep a permanent stock of relief supplies on the island and station a coast guard patrol boat at Port Mathurin during the cyclone season. Similar promises were made after Cyclone Kalunde in 2003."""),
]),
# ---------------------------------------------------------------------------- na05
dict(story="na05", topic="meningitis epidemic in Zinder: deaths rising from week to week, the health ministry's weekly bulletin and its declaration of an epidemic, a vaccine airlift from the international stockpile, and a WHO outbreak report a week later (Zinder and Niamey; Niger, WHO)", events=[
    dict(e="e1", type="casualties", date="2026-03", participants=["Zinder region residents"], location="Zinder"),
    dict(e="e2", type="statement", date="2026-03-17", participants=["Niger Ministry of Public Health"], location="Niamey"),
    dict(e="e3", type="support", date="2026-03-21", participants=["International Coordinating Group on Vaccine Provision", "Niger"], location="Zinder"),
    dict(e="e4", type="report", date="2026-03-16", participants=["Niger Ministry of Public Health"], location="Niamey"),
    dict(e="e5", type="report", date="2026-03-24", participants=["World Health Organization"], location="Geneva"),
], tricky=[("e4", "e5", "the Nigerien health ministry's weekly epidemiological bulletin of Monday March 16, which showed Zinder over the epidemic threshold, vs the WHO's Disease Outbreak News report on the same epidemic eight days later")],
note="The epidemic's deaths, counted from the first deaths in early March, are one casualties event dated to the month; only words for "
     "the deaths are marked, not 'cases', 'outbreak' or 'epidemic'. The 2015 meningitis C epidemic, the approval of "
     "Niger's vaccine request, the MSF treatment centre and its second team, the school closures, the vaccination "
     "campaign itself (as distinct from the delivery) and Nigeria's alert in Kano and Katsina are side / background "
     "events.",
articles=[
dict(id="a1", source="Sahel Press Service", published="2026-03-17",
     title="Niger declares meningitis epidemic in Zinder",
     text="""ZINDER, Niger - Niger's health ministry [[e2|declared]] a meningitis epidemic in the Zinder region on Tuesday after the disease had [[e1|killed]] 41 people since the start of March, most of them children and young adults.

The ministry's weekly epidemiological [[e4|bulletin]], released on Monday, showed 612 suspected cases in the region and an attack rate above the epidemic threshold of ten cases per 100,000 people per week in three health districts: Zinder city, Mirriah and Magaria.

Laboratory tests at the national reference centre in Niamey identified Neisseria meningitidis serogroup C, the strain behind a large epidemic in 2015.

"The hospitals are full. We have children lying two to a bed and on mats in the corridors," said Dr. Hadiza Moussa, a paediatrician at Zinder's national hospital.

Health Minister Ibrahim Garba said Niger had asked the International Coordinating Group on Vaccine Provision for half a million doses, and that he expected the vaccines to be [[e3|flown]] to Zinder within days. Schools in the three districts will close from Wednesday.

Meningitis strikes the Sahel's "meningitis belt" every dry season, when hot winds and dust weaken the lining of the nose and throat. The 2015 epidemic killed more than 500 people across Niger."""),
dict(id="a2", source="West Africa Health Wire", published="2026-03-19",
     title="Zinder meningitis deaths reach 58; vaccines due Saturday",
     text="""The number of people who have [[e1|died]] of meningitis in Niger's Zinder region has risen to 58, the regional health directorate said on Thursday, two days after the government [[e2|declared]] an epidemic.

More than 800 suspected cases have now been recorded, against 612 in Monday's ministry [[e4|bulletin]]. Two more districts, Tanout and Matamèye, are close to the epidemic threshold, the directorate said.

The International Coordinating Group on Vaccine Provision, which manages a global emergency stockpile, approved Niger's request for 500,000 doses of the MenFive conjugate vaccine on Wednesday. A charter plane is scheduled to [[e3|land]] at Zinder airport on Saturday, and vaccination of people aged one to 29 is expected to start on Monday.

Médecins Sans Frontières opened a 60-bed treatment centre in Zinder on Wednesday and said it was sending a second team to Magaria.

"What kills is the delay," said Dr. Souleymane Issa, who runs a health centre in Mirriah. "Families arrive after three days of fever because the clinic is 30 kilometres away and there is no transport."

Nigeria's health authorities said they had raised their alert level in Kano and Katsina states, which border the Zinder region and share markets and families with it.

The ministry's [[e2|declaration]] frees emergency funds and allows the government to request outside help, officials said."""),
dict(id="a3", source="Sahel Observer", published="2026-03-25",
     title="WHO warns meningitis could spread beyond Zinder",
     text="""NIAMEY - The World Health Organization said in a [[e5|report]] published on Tuesday that the meningitis epidemic in Niger's Zinder region posed a high risk at national level and a moderate risk for neighbouring Nigeria.

The WHO's Disease Outbreak News [[e5|bulletin]] counts 1,043 suspected cases and 77 [[e1|deaths]] since early March, a case fatality rate of 7.4 percent. It urges Niger to extend vaccination to two more districts and to strengthen surveillance along the border.

Vaccination began in Zinder city on Monday, two days after a chartered cargo plane [[e3|delivered]] 500,000 doses from the global stockpile. Teams of nurses and volunteers vaccinated more than 40,000 people on the first day, the health ministry said.

The outbreak was first flagged in the ministry's own weekly [[e4|bulletin]] of March 16, which showed three districts over the epidemic threshold. The government's [[e2|declaration]] followed the next day.

"The vaccines [[e3|came]] fast this time. Now the problem is fuel for the vehicles and cold boxes for the villages," said Aïcha Mahamadou, a district health officer in Magaria.

Some parents in Zinder's old town said they were keeping their children at home even though schools remain closed. "When a child has a fever now, we run to the hospital," said Rabi Oumarou, a mother of four."""),
dict(id="a4", source="Global Health Review", published="2026-04-08",
     title="Zinder's meningitis season: a faster response, still too many deaths",
     text="""ANALYSIS - By the standards of the Sahel's meningitis belt, Niger moved quickly this year. By the standards of the families in Zinder, it was still too slow.

The epidemic has now [[e1|claimed]] 96 lives since the first deaths were recorded in early March. The health ministry's weekly [[e4|bulletin]] of March 16 showed three districts over the epidemic threshold, and the government [[e2|declared]] an epidemic the following day, a step that in 2015 took almost a month.

Four days after the [[e2|declaration]], a charter plane [[e3|landed]] in Zinder with half a million doses from the international stockpile. A week after the [[e2|declaration]], the World Health Organization's outbreak [[e5|report]] rated the national risk as high and called for vaccination in two more districts, which began on April 1.

Case numbers have fallen for two weeks in Zinder city and Mirriah but are still rising in Tanout, a district of scattered villages far from any paved road.

"The system reacts once the threshold is crossed. By then children have already died," said Dr. Mariama Sani, an epidemiologist in Niamey. She argues for vaccinating young children routinely with the new five-strain vaccine before the dry season, which Niger has begun doing only in a few regions.

The first rains, expected in May, usually end the season."""),
]),
# ---------------------------------------------------------------------------- na06
dict(story="na06", topic="fire on an offshore oil platform in the Gunashli field: workers killed and missing, navy ships sent, a Turkish offshore firefighting team flown in, the platform manager and safety engineer detained, then two executives of the contractor arrested a week later (Caspian Sea and Baku; Azerbaijan, Turkey)", events=[
    dict(e="e1", type="casualties", date="2026-09-11", participants=["Platform 14 workers"], location="Gunashli field"),
    dict(e="e2", type="support", date="2026-09-12", participants=["AFAD", "Azerbaijan"], location="Gunashli field"),
    dict(e="e3", type="deployment", date="2026-09-11", participants=["Azerbaijani Navy"], location="Gunashli field"),
    dict(e="e4", type="arrest", date="2026-09-14", participants=["Prosecutor General of Azerbaijan", "Platform 14 manager", "Platform 14 safety engineer"], location="Baku"),
    dict(e="e5", type="arrest", date="2026-09-21", participants=["Prosecutor General of Azerbaijan", "Absheron Marine Services executives"], location="Baku"),
], tricky=[("e4", "e5", "the detention of the platform's manager and its safety engineer on Monday September 14 vs the arrest of the contractor's deputy director and technical director in Baku a week later, in the same criminal case")],
note="The fire and gas explosion themselves are not annotated (only the deaths); the missing workers who were later "
     "confirmed dead are mentions of the one casualties event. The 2015 fire on the same field, the rescue of 41 "
     "workers by lifeboat, the fire being put out, SOCAR's suspension of production and inspections, the court's pre-"
     "trial orders, the government commission and the families' gathering at the port are side / background events.",
articles=[
dict(id="a1", source="Caspian News Agency", published="2026-09-12",
     title="Fire on Caspian oil platform kills five, nine missing",
     text="""BAKU - A fire that broke out after a gas leak on an offshore oil platform in Azerbaijan's Gunashli field on Friday evening [[e1|killed]] at least five workers, and nine others were missing, the Ministry of Emergency Situations said on Saturday.

The blaze started at about 7 p.m. on Platform 14, about 100 kilometres east of Baku, when a gas pipeline beneath the living quarters ruptured in strong winds, according to the ministry. Forty-one workers escaped in lifeboats and were picked up by supply ships.

The Azerbaijani Navy [[e3|sent]] three ships, including a fire-fighting tug, to the platform overnight, the defence ministry said. Waves of up to five metres and winds of 25 metres per second were hampering the search for the missing men.

"My brother called at six and said the wind was terrible. After that nothing," said Elnur Mammadov, one of dozens of relatives gathered at the Bayil port in Baku.

Turkey's disaster agency AFAD said it would [[e2|send]] a team of offshore firefighting specialists to Azerbaijan on Saturday at the request of the Azerbaijani government.

The platform is operated under contract by Absheron Marine Services, a Baku company that services several ageing installations in shallow water. In December 2015 a fire on another platform in the same field killed more than 30 workers, Azerbaijan's worst offshore disaster."""),
dict(id="a2", source="Trans-Caucasus Wire", published="2026-09-15",
     title="Azerbaijan detains platform chiefs as oil fire toll reaches 11",
     text="""Azerbaijani prosecutors [[e4|detained]] the manager and the safety engineer of the oil platform that caught fire in the Caspian Sea last week, the Prosecutor General's office said on Monday, as the number of workers confirmed [[e1|dead]] rose to eleven.

The two men are suspected of violating safety rules by ignoring warnings of corrosion on the gas line that ruptured under Platform 14, the office said in a statement. A Baku court is expected to decide on Tuesday whether to hold them for four months pending trial.

Divers recovered six more bodies from the sea and the lower decks over the weekend. Three workers are still missing.

The fire was put out late on Sunday with the help of 38 specialists from Turkey's disaster agency AFAD, who [[e2|flew]] into Baku on Saturday with foam equipment and were taken to the field by helicopter. "The structure was still burning from below. Our job was to cut off the gas," said the team's leader, Murat Yüksel.

The three navy ships [[e3|dispatched]] on Friday night stayed near the platform to cool the structure with water cannon, the defence ministry said.

Relatives of the workers have accused the operator, Absheron Marine Services, of putting off repairs. "Everybody on that platform knew the pipe was rotten," said Tural Hasanov, whose cousin survived by jumping into the sea.

The company said it was cooperating with investigators."""),
dict(id="a3", source="Energy Frontier Daily", published="2026-09-22",
     title="Two executives arrested over Gunashli platform fire",
     text="""BAKU - Police [[e5|arrested]] two senior executives of Absheron Marine Services, the contractor that operated the oil platform destroyed by fire in Azerbaijan's Gunashli field, in Baku on Monday, the Prosecutor General's office said.

The company's deputy director, Rauf Aliyev, and its technical director, Kamran Guliyev, are accused of negligence causing death and of falsifying inspection records for Platform 14. Their [[e5|arrests]] widen a case that began a week earlier with the [[e4|detention]] of the platform's manager and its safety engineer, who have since been remanded in custody for four months.

The [[e1|death toll]] from the September 11 fire now stands at 14, after divers found the bodies of two more workers on Saturday. One man is still listed as missing.

Investigators say that corrosion on the gas line was reported to the company in writing at least twice this year. "The documents were in the office. The repair never came," a prosecutor told reporters.

The state oil company SOCAR, which owns the field, has suspended production on three other platforms run by the same contractor pending inspections. A government commission led by the deputy prime minister will publish its findings within two months.

Turkey's AFAD team, which [[e2|arrived]] the day after the fire and helped put it out, returned home on Thursday."""),
dict(id="a4", source="Eurasian Energy Review", published="2026-10-02",
     title="Gunashli fire puts ageing Caspian platforms in the dock",
     text="""ANALYSIS - Three weeks after Platform 14 burned, the fire has become the deadliest in Azerbaijan's offshore industry since 2015. Fifteen workers have been confirmed [[e1|dead]] and one is still missing, presumed drowned.

The state's response followed a pattern familiar in Baku. The navy [[e3|rushed]] three ships to the field the night of the fire, and a Turkish team of firefighters [[e2|flown in]] the next day helped put out the blaze. Three days after the disaster, prosecutors took the platform manager and safety engineer into [[e4|custody]], and the following Monday they [[e5|arrested]] two directors of the contractor, Absheron Marine Services.

Lawyers for the manager say he is being made a scapegoat. "He asked for the repair three times. The money was decided in Baku, not on the platform," said Sevinj Rzayeva, who represents him.

The wider question is the state of the shallow-water platforms built in the Soviet era, many of them run by small contractors on thin budgets. SOCAR has ordered inspections of 40 installations and suspended production on three.

Oil workers interviewed in Baku describe a culture of silence. "You complain, you lose your shift," said one welder who asked not to be named. The government commission's findings are due in November."""),
]),
# ---------------------------------------------------------------------------- na07
dict(story="na07", topic="unrest at Bulusan volcano: PHIVOLCS raises the alert level, villages within four kilometres evacuated, army trucks and soldiers sent to Irosin, a wider evacuation of the six-kilometre zone two days later, Japanese relief goods (Sorsogon; Philippines, Japan)", events=[
    dict(e="e1", type="statement", date="2026-07-06", participants=["PHIVOLCS"], location="Quezon City"),
    dict(e="e2", type="withdrawal", date="2026-07-06", participants=["Sorsogon provincial government", "residents of the four-kilometre zone"], location="Irosin"),
    dict(e="e3", type="withdrawal", date="2026-07-08", participants=["Sorsogon provincial government", "residents of the six-kilometre zone"], location="Irosin"),
    dict(e="e4", type="deployment", date="2026-07-07", participants=["Philippine Army"], location="Irosin"),
    dict(e="e5", type="support", date="2026-07-13", participants=["Japan", "Philippines"], location="Sorsogon City"),
], tricky=[("e2", "e3", "the evacuation of about 8,400 people from the four-kilometre permanent danger zone on Monday night July 6 vs the evacuation of another 14,000 from the six-kilometre extended zone on Wednesday July 8, after a stronger explosion; same volcano, same towns")],
note="Evacuations are typed withdrawal (people pulled out). The eruptions and ashfall themselves are not annotated. "
     "The 2016 and 2022 eruptions of Bulusan, the closure of schools, PHIVOLCS's recommendation to widen the zone, the"
     " death of an elderly evacuee, the provincial state of calamity, the social welfare department's food packs, the "
     "Red Cross donation, the return of residents and the lowering of the alert level are side / background events. "
     "'the more than 22,000 people who have fled' is aggregate and not marked.",
articles=[
dict(id="a1", source="Archipelago News Service", published="2026-07-07",
     title="Thousands flee as Bulusan volcano stirs",
     text="""SORSOGON, Philippines - About 8,400 people living on the slopes of Bulusan volcano in the eastern Philippines were [[e2|evacuated]] overnight as the volcano showed signs of a hazardous eruption, disaster officials said on Tuesday.

The Philippine Institute of Volcanology and Seismology (PHIVOLCS) [[e1|raised]] the volcano's alert level from 2 to 3 on Monday afternoon, following a steam-driven explosion that sent ash two kilometres into the sky and more than 300 volcanic earthquakes in 24 hours. Level 3 means magma is rising towards the surface.

Residents of eleven villages in Irosin, Juban and Casiguran inside the four-kilometre permanent danger zone were [[e2|moved]] by bus and truck to schools and gymnasiums in the town centres. "We left the carabao and the pigs. We only took rice and the children," said Nenita Gallanosa, 54, from the village of Cogon.

The army's 9th Infantry Division said it was [[e4|sending]] 250 soldiers and 30 trucks to Irosin on Tuesday to help move residents and guard empty villages against looting.

Ash fell on Juban and Casiguran overnight, and the provincial government closed schools in five towns.

Bulusan, a 1,565-metre volcano in Sorsogon province at the southern tip of Luzon, erupted several times in 2016 and in 2022, but without casualties. PHIVOLCS said it could not rule out a larger explosive eruption."""),
dict(id="a2", source="Bicol Daily Chronicle", published="2026-07-09",
     title="Bulusan danger zone widened, 14,000 more moved out",
     text="""Authorities in Sorsogon [[e3|evacuated]] some 14,000 more people from the slopes of Bulusan volcano on Wednesday after a stronger explosion sent a column of ash five kilometres high and PHIVOLCS recommended extending the danger zone to six kilometres.

The new [[e3|evacuation]] covers 19 villages in Irosin, Juban, Casiguran and Barcelona, on top of the eleven villages [[e2|emptied]] on Monday night. More than 22,000 people are now in 41 evacuation centres, according to the provincial disaster office.

"The second explosion was much louder. The windows rattled in town," said Irosin's mayor, Eduardo Ongjoco. "Nobody argued this time."

Soldiers of the army's 9th Infantry Division, who [[e4|arrived]] in Irosin on Tuesday with 30 trucks, manned checkpoints on mountain roads covered in grey ash. Many farmers first refused to leave their livestock, officials said.

PHIVOLCS kept the alert level at 3, which it [[e1|declared]] on Monday, but said the volcano's gas emissions had doubled. "The system is pressurised. We are watching it hour by hour," said its director, Dr. Ramon Aguilar.

Evacuees from Monday's pre-emptive [[e2|evacuation]] said conditions in the crowded schools were hard. In one gymnasium in Irosin, more than 600 people share eight toilets.

The provincial board declared a state of calamity, freeing emergency funds."""),
dict(id="a3", source="Asia Pacific Disaster Desk", published="2026-07-14",
     title="Japanese relief goods reach Bulusan evacuees",
     text="""MANILA - Relief goods from Japan [[e5|arrived]] in Sorsogon City on Monday for the more than 22,000 people who have fled the Bulusan volcano, the Japanese embassy in Manila said.

The [[e5|shipment]], provided through the Japan International Cooperation Agency, includes 400 family tents, 60 water tanks, 1,000 plastic sheets and portable water purifiers, flown to Legazpi and trucked to Sorsogon.

"Our evacuation centres are over capacity. The tents mean families can stay together outside the classrooms," said Sorsogon's provincial disaster officer, Marites Ditan.

Nearly a week after the first residents were [[e2|moved out]] of the four-kilometre zone, families from the villages [[e3|cleared]] on Wednesday in the wider six-kilometre area are living in chapels and covered courts. An 81-year-old man from Juban died of a heart attack at an evacuation centre on Saturday, officials said.

PHIVOLCS said volcanic earthquakes had fallen to about 40 a day since the weekend, but that the alert level it [[e1|raised]] on July 6 would remain until the ground stopped swelling.

Troops [[e4|deployed]] to Irosin have begun escorting farmers back into the danger zone for two hours each morning to feed animals. Ash has damaged rice and abacá crops on about 3,000 hectares, the agriculture department estimated.

Japan's [[e5|aid]] follows a shipment of food packs from the social welfare department and a donation from the Philippine Red Cross."""),
dict(id="a4", source="Philippine Affairs Review", published="2026-07-28",
     title="Bulusan: evacuations worked, but the ash economy did not",
     text="""ANALYSIS - Three weeks after Bulusan began to rumble, most of its evacuees are back home, and not a single person was killed by the volcano. The response shows what the Philippines does well, and what it does not.

On July 6, PHIVOLCS [[e1|raised]] the alert to level 3 and, within hours, officials had [[e2|moved]] 8,400 people out of the four-kilometre danger zone. The army [[e4|sent]] 30 trucks and 250 soldiers the next morning, and when a stronger explosion came two days after the first [[e2|evacuation]], provincial authorities [[e3|emptied]] 19 more villages in the six-kilometre zone in a single afternoon.

"In 2006 we would have argued for days," said Rodel Lim, a village captain in Cogon. "Now people know. When the siren goes, they go."

Japanese tents and water tanks [[e5|delivered]] a week after the [[e1|alert]] eased the overcrowding in schools.

What failed was the economy. About 3,000 hectares of rice and abacá were buried in ash, and farmers who spent two weeks in evacuation centres missed the planting window. Relief packs covered food, not seed.

On Saturday PHIVOLCS lowered the alert to level 2, and residents of the six-kilometre zone were allowed home. Those from the four-kilometre zone can visit by day but must sleep outside it."""),
]),
# ---------------------------------------------------------------------------- na08
dict(story="na08", topic="hostage-taking at a bank branch in Osh: gunmen seize staff and customers, a special forces unit flown in from Bishkek, negotiations at the bank, the storming of the building the next night, two accomplices arrested (Osh; Kyrgyzstan)", events=[
    dict(e="e1", type="attack", date="2026-10-20", participants=["gunmen", "Ferghana Commerce Bank hostages"], location="Osh"),
    dict(e="e2", type="deployment", date="2026-10-20", participants=["State Committee for National Security", "Alfa special forces"], location="Osh"),
    dict(e="e3", type="meeting", date="2026-10-21", participants=["Kyrgyz negotiators", "gunmen"], location="Osh"),
    dict(e="e4", type="attack", date="2026-10-21", participants=["Alfa special forces", "gunmen"], location="Osh"),
    dict(e="e5", type="arrest", date="2026-10-23", participants=["State Committee for National Security", "accomplices of the gunmen"], location="Osh"),
], tricky=[("e1", "e4", "the gunmen's seizure of the Ferghana Commerce Bank branch and its staff and customers on Tuesday October 20 vs the special forces' storming of the same building on the night of Wednesday October 21; both raids on the same bank")],
note="The hostage-taking and the storming are both typed attack (raids on the building). The release of five hostages "
     "during the talks, the final freeing of the hostages, the gunman killed and the two wounded in the storming (part"
     " of the raid), the shooting of the security guard, the gunmen's demands, the cordon and the evacuation of nearby"
     " shops, the 2010 Osh violence, the 2022 hostage-taking in Bishkek and the charges brought by prosecutors are "
     "side / background events. 'the Osh bank siege', 'Since the siege', 'four people are in custody' and 'the number "
     "of people held in the case' are aggregate and not marked.",
articles=[
dict(id="a1", source="Fergana Valley Dispatch", published="2026-10-21",
     title="Gunmen hold hostages in Osh bank",
     text="""OSH, Kyrgyzstan - Three armed men [[e1|seized]] a branch of the Ferghana Commerce Bank in the centre of Osh on Tuesday afternoon and were holding about eleven employees and customers hostage on Wednesday morning, police said.

The men, carrying automatic rifles, [[e1|struck]] at the branch on Kurmanjan Datka Street shortly before closing time and locked the doors, according to the city police chief, Colonel Bakyt Asanov. A security guard shot in the leg escaped through a rear window.

The State Committee for National Security (GKNB) said a unit of its Alfa special forces had been [[e2|flown]] from Bishkek to Osh on Tuesday evening. Police sealed off several blocks, and shops and a school nearby were evacuated.

In phone calls to a local television station, one of the gunmen demanded the release of his brother, serving a 15-year sentence for drug trafficking, and five million soms in cash.

Officials said negotiators would try to open [[e3|talks]] with the men on Wednesday morning, with the help of an imam from the city's central mosque.

"My daughter is a cashier there. She sent one message at four o'clock: 'Mama, pray'," said Gulzat Toktosunova, waiting behind the police cordon with other relatives.

Osh, Kyrgyzstan's second city, was the scene of deadly ethnic violence in 2010. Hostage-takings are rare; the last major one, in a Bishkek pharmacy in 2022, ended without deaths."""),
dict(id="a2", source="Tien Shan Wire", published="2026-10-22",
     title="Special forces storm Osh bank, free hostages",
     text="""Kyrgyz special forces [[e4|stormed]] a bank in the southern city of Osh late on Wednesday, freeing all the remaining hostages and killing one of the three gunmen inside, the State Committee for National Security said.

Two other gunmen were wounded. No hostage was hurt in the [[e4|assault]], which began at about 11 p.m. with explosions at the rear door and a power cut to the building, the GKNB said.

Earlier on Wednesday, [[e3|negotiations]] led by a police negotiator and an imam had led to the release of five hostages, among them a pregnant customer and an elderly man. But the [[e3|talks]] broke down in the evening after the gunmen fired shots through a window, officials said.

The Alfa unit, [[e2|flown in]] from Bishkek on Tuesday night, had taken up positions in neighbouring buildings. "We waited as long as we could. When they started shooting, we had no choice," said a GKNB spokesman, Colonel Nurlan Abdyrakhmanov.

The gunmen had [[e1|burst into]] the Ferghana Commerce Bank branch on Kurmanjan Datka Street on Tuesday afternoon and demanded money and the release of a convicted relative.

Relatives who had waited two nights behind the police tape cried and applauded as the hostages came out wrapped in blankets.

President's office spokesman Daniyar Isakov praised the special forces and said the government would never negotiate on prisoners' release."""),
dict(id="a3", source="Eurasia Security Monitor", published="2026-10-24",
     title="Two more held over Osh bank siege",
     text="""BISHKEK - Security officers [[e5|arrested]] two men in Osh on Friday on suspicion of helping the gunmen behind this week's [[e1|hostage-taking]] at a bank in the city, the State Committee for National Security said.

One of the men is accused of supplying two of the rifles the gunmen carried into the bank, the other of driving the gunmen to the bank and waiting for them in a car that was later found abandoned near the Jayma bazaar. Both are cousins of the gunman killed in the [[e4|raid]] on Wednesday night, the committee said.

Their [[e5|detention]] brings to four the number of people held in the case. The two wounded gunmen are under guard in hospital and have been charged with terrorism.

Prosecutors said the [[e1|attack]] on Tuesday had been planned for weeks. The men had visited the branch twice as customers to study its layout.

Questions are growing over the decision to end the [[e3|talks]] on Wednesday evening. A former police negotiator, Almaz Kurbanov, told local media that the gunmen had been "tired and close to giving up" and that the special forces [[e2|sent]] from Bishkek had been impatient.

The GKNB rejected the criticism, saying the lives of the hostages had been at risk.

The Ferghana Commerce Bank branch reopened on Friday with new locks and two armed guards."""),
dict(id="a4", source="Central Asian Review", published="2026-11-05",
     title="What the Osh bank siege says about Kyrgyz security",
     text="""ANALYSIS - Two weeks after the Osh bank siege, Kyrgyz officials are treating it as a success: eleven hostages walked out alive, one gunman is dead and four people are in custody. The details are less tidy.

The three men who [[e1|took over]] the Ferghana Commerce Bank branch on October 20 were not seasoned militants but unemployed relatives of a jailed drug trafficker, armed with rifles bought on the black market. The state's answer was swift: the Alfa special forces unit was [[e2|airlifted]] from Bishkek the same evening.

The [[e3|negotiations]] the next day freed five people, then stalled when the gunmen fired a few shots in panic. That night the commandos [[e4|went in]]. Two days after the [[e4|storming]], the security service [[e5|detained]] two cousins who had helped.

"The police did not have one trained negotiator in Osh. They had to ask an imam," said Elmira Sadykova, a security analyst in Bishkek. "The outcome was good. The system was lucky."

Bank staff say the branch had asked twice for armed guards and been refused as too expensive. Since the siege, the central bank has ordered all lenders to review security in the south.

The government has promised a negotiator course for regional police officers. Critics note that a similar promise followed the 2022 pharmacy siege in Bishkek."""),
]),
# ---------------------------------------------------------------------------- na09
dict(story="na09", topic="hunger in Wag Hemra: deaths from malnutrition in Sekota district, an OCHA flash report, a safe-passage deal brokered by elders in Lalibela, and two WFP food convoys reaching Sekota two days apart (Sekota, Wag Hemra Zone, Amhara; Ethiopia, WFP, OCHA)", events=[
    dict(e="e1", type="casualties", date="2026-06", participants=["Sekota district residents"], location="Sekota"),
    dict(e="e2", type="report", date="2026-08-03", participants=["OCHA"], location="Addis Ababa"),
    dict(e="e3", type="support", date="2026-08-06", participants=["World Food Programme", "Sekota district residents"], location="Sekota"),
    dict(e="e4", type="support", date="2026-08-08", participants=["World Food Programme", "Sekota district residents"], location="Sekota"),
    dict(e="e5", type="agreement", date="2026-08-04", participants=["Amhara regional government", "local armed groups", "Lalibela elders"], location="Lalibela"),
], tricky=[("e3", "e4", "the first WFP convoy of 22 trucks reaching Sekota on Thursday August 6 vs the second convoy of 35 trucks reaching the same town two days later, both from Woldia under the same safe-passage deal")],
note="The hunger deaths, counted since June, are one casualties event dated to the month. The 2015-16 drought, the "
     "2020-22 war, the looting of trucks in 2025, the distributions in Sekota, the regional government's appeal, the "
     "checkpoint delay, the third convoy planned for late August and the federal government's pledge of wheat are side"
     " / background events. 'Aid convoys into Ethiopia's Wag Hemra zone' is aggregate and not marked.",
articles=[
dict(id="a1", source="Horn of Africa Wire", published="2026-08-04",
     title="UN warns of hunger deaths in Ethiopia's Wag Hemra",
     text="""BAHIR DAR, Ethiopia - At least 41 people, most of them young children, have [[e1|died]] of malnutrition and related illness since June in the Sekota district of northern Ethiopia, where insecurity has cut off food aid for months, the United Nations said.

In a flash update [[e2|published]] on Monday, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said that more than 180,000 people in the Wag Hemra zone of Amhara region needed food assistance and that malnutrition among children under five had passed emergency levels in four health centres.

"Families are eating seeds they had saved for planting," the [[e2|report]] said.

The World Food Programme has about 60 trucks loaded with wheat, oil and nutritional supplements waiting in Woldia, but fighting between government forces and local armed groups along the road has made the journey of about 200 kilometres too dangerous, aid officials said.

WFP said it planned to [[e3|send]] a first convoy to Sekota later this week, once guarantees of safe passage were obtained from all sides.

Wag Hemra, a dry, mountainous zone, was among the areas worst hit by the 2015-16 drought and by the war of 2020-22, when aid was blocked for long periods. In 2025 several aid trucks were looted on the same road.

The regional government appealed on Monday for emergency food, medicine and fuel."""),
dict(id="a2", source="Highlands Courier", published="2026-08-07",
     title="First food convoy in months reaches Sekota",
     text="""A convoy of 22 World Food Programme trucks [[e3|reached]] Sekota on Thursday, the first food aid to arrive in the northern Ethiopian town by road since April, aid officials said.

The trucks, carrying about 500 tonnes of wheat, vegetable oil and supplements for malnourished children, [[e3|left]] Woldia before dawn on Thursday and crossed the front lines under an [[e5|agreement]] brokered by religious elders in Lalibela on Tuesday.

Under the [[e5|deal]], the regional government and local armed groups agreed to let clearly marked aid trucks use the Woldia-Sekota road for 30 days without searches or fees.

"When people saw the trucks on the hill, they ran out of their houses," said Abebe Tesfaye, a health worker at Sekota hospital. "Some mothers had walked two days to reach the distribution point."

The number of [[e1|deaths]] from hunger in Sekota district since June has risen to 56, local health officials said, more than the 41 counted in Monday's OCHA [[e2|report]].

A second convoy of 35 trucks is due to [[e4|leave]] Woldia early on Saturday and reach Sekota the same evening, WFP said. Fuel shortages could delay it.

Aid groups welcomed the [[e5|accord]] but said one month was not enough. "The lean season runs until October. This is a start, not a solution," said Hanna Girma of the Ethiopian Red Cross Society."""),
dict(id="a3", source="Relief Logistics Bulletin", published="2026-08-11",
     title="Second WFP convoy unloads in Sekota",
     text="""ADDIS ABABA - A second World Food Programme convoy [[e4|arrived]] in Sekota on Saturday with 35 trucks of food and medical supplies, two days after the first, WFP said on Tuesday.

The convoy was held up for five hours at a checkpoint near Lalibela, where armed men demanded a list of drivers' names, but was allowed through after elders intervened, a WFP logistics officer said. It [[e4|brought]] about 800 tonnes of wheat, pulses and oil, and two trucks of medicines for the hospital.

The 22-truck convoy that [[e3|got through]] on Thursday delivered mostly cereals, which are now being distributed in eleven villages.

Aid officials said the safe-passage [[e5|deal]] struck in Lalibela was holding, but that road access alone would not end the crisis. Local health officials say 63 people have [[e1|died]] since June, and that hospital admissions for severe malnutrition doubled in July.

"We can feed people for a few weeks. We cannot bring back a harvest that failed," said Tadesse Alemu, the Wag Hemra zone's disaster risk officer.

OCHA, whose [[e2|flash update]] last week first drew attention to the [[e1|deaths]], said 180,000 people in the zone would need help until the next harvest. WFP is planning a third convoy for late August.

The federal government has pledged 20,000 tonnes of wheat to the region but has not said how it will reach Sekota."""),
dict(id="a4", source="Horn Review", published="2026-08-25",
     title="In Wag Hemra, food got through, but only after the dying",
     text="""ANALYSIS - Aid convoys into Ethiopia's Wag Hemra zone this month show how quickly food can move when armed groups agree to let it, and how long it took to get them to agree.

By the time OCHA's flash [[e2|report]] appeared on August 3, at least 41 people had [[e1|died]] of hunger in Sekota district; the local count has since reached 70. The [[e2|report]] gave elders in Lalibela the argument they needed. The next day they [[e5|brokered]] a 30-day safe-passage arrangement between the regional authorities and the armed groups along the road.

The first convoy of 22 trucks [[e3|rolled into]] Sekota two days after that. The second, larger one, with 35 trucks, [[e4|came]] on August 8, slowed by a checkpoint but not stopped.

"The trucks were loaded in Woldia for weeks. What changed was a piece of paper [[e5|signed]] by old men in a church compound," said Mesfin Berhanu, an Ethiopian researcher on humanitarian access.

The [[e5|arrangement]] expires in early September, before the lean season ends. Aid officials want it extended, but the armed groups have tied any renewal to the release of prisoners, a demand the regional government rejects.

The third convoy is now scheduled for the first days of September."""),
]),
# ---------------------------------------------------------------------------- na10
dict(story="na10", topic="floods on the Thamalakane River at Maun: drownings, Botswana Defence Force helicopters and soldiers sent, South African Air Force helicopters flown in, residents' blockade of the Thamalakane bridge and a march on the district commissioner's office two days later (Maun, North-West District; Botswana, South Africa)", events=[
    dict(e="e1", type="casualties", date="2026-03-21", participants=["Maun residents"], location="Maun"),
    dict(e="e2", type="deployment", date="2026-03-22", participants=["Botswana Defence Force"], location="Maun"),
    dict(e="e3", type="support", date="2026-03-25", participants=["South African Air Force", "Botswana"], location="Maun"),
    dict(e="e4", type="protest", date="2026-03-30", participants=["Boseja residents"], location="Maun"),
    dict(e="e5", type="protest", date="2026-04-01", participants=["Boseja residents", "flood victims"], location="Maun"),
], tricky=[("e4", "e5", "flooded residents' blockade of the Thamalakane bridge on Monday March 30 vs their march to the district commissioner's office two days later; same people, same town, same demands")],
note="The floods themselves are not annotated (only the deaths); bodies found later are mentions of the one casualties"
     " event. The 2009 and 2010 floods, the people rescued from rooftops and trees, the move of 6,000 people into "
     "schools and camps, the state of emergency declared by the president, the government's promise of plots, the "
     "closure of schools and of the airport road and the petition handed over at the end of the march are side / "
     "background events.",
articles=[
dict(id="a1", source="Southern Africa News Agency", published="2026-03-22",
     title="Floods kill four in Botswana's Maun",
     text="""MAUN, Botswana - Floodwater from the swollen Thamalakane River swept through low-lying parts of Maun on Saturday, [[e1|drowning]] four people and forcing hundreds of families onto rooftops, police said on Sunday.

Among the dead were two children who were swept away while crossing a flooded footpath in the Boseja ward, and an elderly man whose house collapsed in the night, the North-West District police commander, Senior Superintendent Kefilwe Mogapi, said.

The Botswana Defence Force [[e2|sent]] two helicopters and about 150 soldiers with boats to Maun on Sunday morning to pull residents from flooded homes, the army said. By midday they had rescued more than 300 people, some of them from trees.

"The water came in an hour. We had no time to take anything," said Onalenna Kgosi, a mother of three who spent the night on the roof of her house in Boseja with her children.

Heavy rains in Angola since February have pushed an unusually large flood down the Okavango Delta, and several days of local storms this week raised the river further. Water levels at Maun are the highest since 2010, the Department of Water and Sanitation said.

Schools in Maun were closed, and the road to the airport was cut. The town of about 85,000 people is the gateway to the delta's safari lodges, many of which have suspended flights to their camps."""),
dict(id="a2", source="Kalahari Times", published="2026-03-26",
     title="South African helicopters join Maun flood rescue as toll rises",
     text="""Two South African Air Force Oryx helicopters [[e3|landed]] in Maun on Wednesday to help Botswana rescue people cut off by floods, as the number of people [[e1|killed]] by the rising Thamalakane River climbed to seven.

The helicopters, with a crew of 14 and a team of rescue swimmers, were [[e3|flown]] from Air Force Base Hoedspruit at the request of the Botswana government, the South African defence department said. They began flying search patterns over villages north of Maun the same afternoon.

The bodies of a fisherman and two women were recovered near the Shorobe road on Tuesday, police said.

The Botswana Defence Force soldiers [[e2|deployed]] in Maun since Sunday have rescued more than 1,200 people, the army said, but its two helicopters could not reach every island of high ground in the flooded delta.

"We have families who have been sitting on anthills for three days with their goats," said Ditiro Seretse, a councillor for Boseja ward. "Without the South Africans they would still be there."

About 6,000 people have been moved into schools, churches and a tent camp at the Maun sports ground. The president declared a state of emergency in the North-West District on Monday.

The Department of Water and Sanitation said the river was expected to peak this weekend and stay high for several weeks as the delta flood arrives from Angola."""),
dict(id="a3", source="Okavango Voice", published="2026-03-31",
     title="Flood victims block Maun bridge, plan march",
     text="""MAUN - Hundreds of residents displaced by the floods in Maun [[e4|blocked]] the Thamalakane bridge for six hours on Monday, cutting the main road through the town, to demand faster aid and new plots of land on higher ground.

The protesters, most of them from the flooded Boseja and Disaneng wards, [[e4|sat]] on the bridge with buckets, mattresses and placards that read "We are not fish". Police watched but did not intervene, and the [[e4|blockade]] ended peacefully in the late afternoon.

"Every year the river comes to our houses, and every year they promise us land," said Mmoloki Tau, a taxi driver who organised the [[e4|protest]]. "This time we want the paper before the water goes down."

He said flood victims would [[e5|march]] to the district commissioner's office on Wednesday to hand over a petition.

Nine people have [[e1|died]] in the floods, police said, after the body of a boy missing since Saturday was found on Sunday.

The two South African Air Force helicopters that [[e3|arrived]] last week have flown more than 400 people and 30 tonnes of food to safety and supply points. The Botswana Defence Force soldiers [[e2|sent]] to Maun have set up two more tent camps.

District officials said plots were being identified but gave no date."""),
dict(id="a4", source="Southern Africa Review", published="2026-04-14",
     title="After the flood, Maun's poorest want land, not tents",
     text="""ANALYSIS - The water is falling in Maun, but the anger is not. The floods that began on March 21 have [[e1|killed]] eleven people, the last two found in the reeds near Shorobe last week, and left about 6,000 in tents and schools.

The emergency response was, by most accounts, good. The army [[e2|sent]] helicopters and soldiers the morning after the first houses went under, and three days later two South African Air Force helicopters [[e3|flew in]] from Hoedspruit to reach families stranded on islands of high ground.

What followed was political. On March 30, residents of the flooded wards [[e4|sat down]] on the Thamalakane bridge and closed the town's main road for six hours. Two days later, about 2,000 people [[e5|marched]] to the district commissioner's office, where a petition asking for plots above the flood line was handed to officials.

"People are not asking for charity. They are asking not to drown again," said Thato Ramotswa, a lawyer who advises the residents' committee.

The government has promised 1,500 plots on higher ground east of the town, but similar promises were made after the floods of 2009 and 2010. District officials say land surveys will start next month.

Organisers of the [[e5|march]] say they will return if nothing has moved by June."""),
]),
]
