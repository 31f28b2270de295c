"""Source of ../stories_dev5/articles.jsonl and ../stories_dev5/gold.jsonl.

FIFTH DEVELOPMENT story set for the cross-article deduplication benchmark.  It was written
blind, as "stories_blind6", by a helper in session 5: without running the timeline extractor
or the dedup benchmark on these texts and without reading the system's code, extraction or
clustering rules or word lists; only the format of the earlier sets was consulted
(stories_blind5_spec, stories_dev4_spec, DATASETS.md section 2).  It was measured blind on
the session's starting code (pairwise precision 73.7, recall 57.7) and once on the code of
that session's first half (75.1 / 57.5), and then became a development set: its errors were
read and used for tuning.  The seventh set, stories_blind7, took its place as the blind one.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev5_spec \\
        --out tests/gold/stories_dev5

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("the two blasts", "two insurgent ambushes",
"four people died in mine blasts") and negated or hypothetical mentions are not marked.
Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * deaths in an accidental refinery explosion, in landmine blasts and from methanol-laced
    alcohol are `casualties` events; the explosion / mine blast / poisoning itself is not
    annotated (like the tremor in s09).  In the bombing and ambush stories (k02, k08) the
    explosion IS the attack and is marked as such;
  * a referendum is typed `election`;
  * a general strike and a street march are typed `protest`;
  * a militant group's claim of responsibility is typed `statement`;
  * the due date of a bond repayment is typed `deadline`;
  * an IMF staff-level loan agreement and a creditors' restructuring deal are both
    `agreement` (a tricky pair);
  * an inspection visit, an evacuation and a release on bail have no type and are left
    out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- k01
dict(story="k01", topic="refinery explosion, second tank blast, residents' roadblock and regulator's report (Salina Cruz, Mexico)", events=[
    dict(e="e1", type="casualties", date="2027-03-09", participants=["Pemex workers"], location="Salina Cruz"),
    dict(e="e2", type="casualties", date="2027-03-11", participants=["Mexican Navy firefighters"],
         location="Salina Cruz"),
    dict(e="e3", type="protest", date="2027-03-13", participants=["Salina Cruz residents"], location="Salina Cruz"),
    dict(e="e4", type="report", date="2027-03-17", participants=["ASEA"], location="Mexico City"),
], tricky=[("e1", "e2", "deaths of workers in the distillation-unit explosion on Tuesday night vs deaths of three navy firefighters when a fuel-oil tank burst two days later, at the same refinery fire")],
note="The explosion and the tank rupture themselves are not annotated; only the deaths are. "
     "The suspension of two plant managers, the 2019 fire and the families' planned lawsuit are side / background events.",
articles=[
dict(id="a1", source="Pacific Isthmus Wire", published="2027-03-10",
     title="Nine killed in blast at Mexico's Salina Cruz refinery",
     text="""SALINA CRUZ, Mexico - An explosion tore through a crude distillation unit at the Salina Cruz refinery late on Tuesday, [[e1|killing]] nine workers and injuring 27 others, state oil company Petróleos Mexicanos (Pemex) said on Wednesday.

The blast, at about 11:40 p.m., started a fire that spread to two storage tanks and sent a column of black smoke over the Pacific port city in Oaxaca state. Firefighters from the refinery, the navy and the city were still fighting the flames on Wednesday afternoon.

Pemex said the [[e1|dead]] were six of its employees and three contract welders who had been working on a scheduled maintenance shutdown. Eleven of the injured were flown to hospitals in Oaxaca City and Mexico City with severe burns.

"This is a very painful day for the Pemex family," said the company's director general, Arturo Quintanilla, who flew to the site. He said it was too early to say what had caused the explosion.

The industry regulator, the Agency for Safety, Energy and Environment (ASEA), sent inspectors to the plant and said it would publish a preliminary [[e4|report]] within a week.

Residents of the neighbourhoods next to the refinery, some of whom were evacuated overnight, complained of headaches and a strong smell of gas. The Salina Cruz plant, opened in 1979, is one of the largest in Mexico and has suffered several fires, including one in 2019 that burned for two days."""),
dict(id="a2", source="Oaxaca Coast Herald", published="2027-03-12",
     title="Tank blast kills three firefighters at burning Mexican refinery",
     text="""SALINA CRUZ - Three navy firefighters [[e2|were killed]] on Thursday when an overheated storage tank burst at the Salina Cruz refinery, where crews had been battling a fire since a blast in a distillation unit on Tuesday night.

The tank, holding about 80,000 barrels of fuel oil, ruptured shortly after 3 p.m. and engulfed a crew spraying foam from a ladder truck, said Mariela Toledo, the civil protection coordinator for Oaxaca. Four other firefighters were injured, one of them critically.

Two workers hurt on Tuesday [[e1|died]] in hospital in Mexico City overnight, Pemex said, bringing the [[e1|death toll]] from the first explosion to 11.

The navy said its crew had followed protocol, but the firefighters' [[e2|deaths]] raised questions about why they had been sent so close to a tank whose temperature had been rising for hours. "Someone decided that the oil was worth more than those men," said Rafael Cruz, whose brother-in-law was among those [[e2|killed]].

The fire was declared under control late on Thursday.

Neighbourhood associations in Salina Cruz called a [[e3|protest]] for Saturday on the Trans-Isthmus highway to demand that the refinery stay shut until an independent safety review, and that residents exposed to the smoke be given medical checks.

Inspectors from the ASEA regulator, who have been at the plant since Wednesday, said their preliminary [[e4|findings]] on what caused Tuesday's explosion would be released next week."""),
dict(id="a3", source="Mexico Energy Monitor", published="2027-03-18",
     title="Corroded pipe behind Salina Cruz refinery blast, regulator says",
     text="""MEXICO CITY - A corroded pipe joint that had been flagged for replacement in 2025 was the most likely cause of the explosion at the Salina Cruz refinery that [[e1|killed]] 12 workers on March 9, Mexico's oil industry regulator said on Wednesday.

In a preliminary [[e4|report]], the Agency for Safety, Energy and Environment (ASEA) said hydrocarbon vapour escaped from the joint during maintenance work and was ignited by welding nearby. The replacement part had been ordered but never installed, it said.

The 46-page [[e4|document]] also criticised the response to the fire that followed. Three navy firefighters [[e2|died]] two days later when a tank of fuel oil burst, and ASEA said crews should have been pulled back once the tank's temperature passed safety limits.

Pemex said it had suspended two plant managers. Director general Arturo Quintanilla said the distillation units would stay shut "until every joint has been checked".

Residents of Salina Cruz said that was not enough. On Saturday about 2,000 people [[e3|blocked]] the Trans-Isthmus highway for six hours, and the [[e3|roadblock]] was lifted only after the governor of Oaxaca promised free health checks for families living near the plant.

Lawyers for the families of the 15 people who died in the two blasts said they would sue Pemex for negligence."""),
]),
# ---------------------------------------------------------------------------- k02
dict(story="k02", topic="bus bombing, second bombing at a police checkpoint, claim of responsibility and arrests (Quetta, Pakistan)", events=[
    dict(e="e1", type="attack", date="2027-05-10", participants=["Jabal Front", "University of Balochistan"],
         location="Quetta"),
    dict(e="e2", type="attack", date="2027-05-12", participants=["Balochistan Police"], location="Mastung"),
    dict(e="e3", type="statement", date="2027-05-11", participants=["Jabal Front"], location="Quetta"),
    dict(e="e4", type="arrest", date="2027-05-15", participants=["Counter Terrorism Department", "bombing suspects"],
         location="Pishin"),
], tricky=[("e1", "e2", "the bomb on a university bus in Quetta vs the suicide car bombing of a police checkpoint in Mastung two days later, same province, same week")],
note="The claim of responsibility is typed statement. The chief minister's condemnation, the students' sit-in and "
     "the reopening of the university are side events.",
articles=[
dict(id="a1", source="Frontier News Service", published="2027-05-10",
     title="Bomb on university bus kills 14 in Quetta",
     text="""QUETTA, Pakistan - A bomb [[e1|ripped through]] a bus carrying students and staff of the University of Balochistan in Quetta on Monday morning, killing at least 14 people and wounding more than 30, police and hospital officials said.

The device, hidden under a seat near the back of the bus, went off at about 8:15 a.m. as the vehicle slowed at a junction on Sariab Road, about two kilometres from the campus, said Deputy Inspector General of Police Naveed Kakar. Most of the victims were women students, he said.

"The whole back of the bus was gone," said Abdul Wahid, a shopkeeper who helped carry the wounded to a rickshaw. The Civil Hospital in Quetta declared an emergency and appealed for blood donors.

No group immediately claimed responsibility. Balochistan's chief minister, Sardar Imtiaz Jamali, condemned the [[e1|attack]] and ordered the university closed for three days.

Separatist insurgents and Islamist militants have carried out frequent attacks on security forces, workers and students in Balochistan, the largest and poorest of Pakistan's provinces. Last year a bomb at a railway station in the city killed more than 20 people."""),
dict(id="a2", source="Indus Valley Dispatch", published="2027-05-13",
     title="Suicide bomber kills six police in Mastung after Quetta bus claim",
     text="""MASTUNG, Pakistan - A suicide bomber [[e2|rammed]] an explosives-laden car into a police checkpoint on the highway outside Mastung on Wednesday, killing six policemen, two days after a [[e1|bombing]] on a university bus in nearby Quetta that left 17 people dead.

The [[e2|blast]] at the Kanak checkpoint, about 50 kilometres south of Quetta, destroyed two police vehicles and a roadside tea stall, district police officer Shahzeb Raisani said. Three passers-by were wounded.

A little-known militant group, the Jabal Front, [[e3|claimed responsibility]] on Tuesday for Monday's [[e1|attack]] on the University of Balochistan bus, in a message sent to journalists in Quetta. In the [[e3|statement]], the group said it had targeted the bus because the university "trains servants of the occupying state".

Officials said it was too early to link the Mastung [[e2|attack]] to the same group.

Three more students wounded in Monday's [[e1|explosion]] died in hospital on Tuesday, doctors said. Hundreds of students held a sit-in outside the provincial assembly on Wednesday, demanding armed guards on campus buses.

Interior Minister Farhan Qureshi said security forces would "hunt down every last one of those behind this week's bloodshed"."""),
dict(id="a3", source="South Asia Security Review", published="2027-05-17",
     title="Three held over Quetta university bus bombing",
     text="""QUETTA - Pakistan's Counter Terrorism Department (CTD) said on Sunday it had [[e4|arrested]] three men suspected of planting the bomb that [[e1|tore apart]] a university bus in Quetta a week ago, killing 17 people.

The suspects were [[e4|detained]] at a house in Pishin district, north of Quetta, late on Saturday, a CTD spokesman said. Officers seized detonators, two pistols and a laptop.

One of the men worked as a cleaner at the depot of the bus company, the spokesman said, and is believed to have hidden the device under a seat on the evening of May 9.

The Jabal Front, which [[e3|said]] last Tuesday that it had carried out the [[e1|attack]], has not commented on the [[e4|arrests]]. Analysts say the group first appeared last year and may be a new name for an older separatist faction.

Investigators are still examining whether the same network was behind the suicide [[e2|attack]] on a police checkpoint in Mastung on May 12 that killed six officers. The CTD said the car used by the Mastung bomber had been bought in Pishin in April.

The University of Balochistan reopened on Monday with police escorts on its buses."""),
]),
# ---------------------------------------------------------------------------- k03
dict(story="k03", topic="nuclear-inspection talks, access deal, Vienna technical talks and IAEA report (Iran)", events=[
    dict(e="e1", type="meeting", date="2027-02-08", participants=["International Atomic Energy Agency", "Iran"],
         location="Tehran"),
    dict(e="e2", type="agreement", date="2027-02-09", participants=["International Atomic Energy Agency", "Iran"],
         location="Tehran"),
    dict(e="e3", type="meeting", date="2027-02-15", participants=["International Atomic Energy Agency", "Iran"],
         location="Vienna"),
    dict(e="e4", type="report", date="2027-02-17", participants=["International Atomic Energy Agency"],
         location="Vienna"),
], tricky=[("e1", "e3", "two days of high-level talks in Tehran vs two days of technical talks in Vienna a week later, same delegations' agencies, same subject")],
note="The inspection visit to Isfahan itself has no type and is not in gold. The June 2025 strikes and the March "
     "board meeting are background / future side events.",
articles=[
dict(id="a1", source="Caspian Wire", published="2027-02-09",
     title="Iran to let IAEA inspectors back into Isfahan plant",
     text="""TEHRAN - Iran [[e2|agreed]] on Tuesday to let United Nations nuclear inspectors return to its uranium conversion plant at Isfahan this week, after two days of [[e1|talks]] in Tehran with a senior official of the International Atomic Energy Agency, both sides said.

Under the [[e2|arrangement]], set out in a joint statement, a small team of inspectors will visit the site and reinstall surveillance cameras that were removed after the military strikes on Iranian nuclear facilities in June 2025.

Hannele Virtanen, the agency's deputy director general for safeguards, told reporters at Imam Khomeini airport that her [[e1|discussions]] with the head of the Atomic Energy Organization of Iran, Behrouz Kamali, had been "frank and constructive".

Kamali said the [[e2|deal]] showed Iran's "good faith", but that access to the enrichment sites at Fordow and Natanz would depend on guarantees that they would not be attacked again. He said experts from both sides would [[e3|meet]] in Vienna next week to discuss those sites.

Western diplomats in Vienna gave the news a cautious welcome. The agency's director general is due to send member states his quarterly [[e4|report]] on Iran ahead of a meeting of the Board of Governors in March, and diplomats said it would show whether the Isfahan visit had taken place."""),
dict(id="a2", source="Danube Diplomatic Wire", published="2027-02-12",
     title="IAEA inspectors return to Iran's Isfahan site",
     text="""VIENNA - Inspectors from the International Atomic Energy Agency visited Iran's Isfahan uranium conversion facility on Thursday for the first time in more than a year and a half, the agency said, under an [[e2|accord]] reached in Tehran this week.

The four-member team spent about nine hours at the site and reinstalled three surveillance cameras, an agency spokesman said. It did not say what the inspectors had found.

The visit was agreed at the end of a [[e1|meeting]] on Monday and Tuesday between Hannele Virtanen, the agency's safeguards chief, and Iranian nuclear officials.

A spokesman for Iran's foreign ministry said on Friday that the [[e2|agreement]] covered Isfahan only. "Any further access will be discussed at the technical [[e3|talks]] in Vienna on Monday," he said. Iran's delegation to those [[e3|talks]] will be led by Kamran Farzaneh, a deputy head of the country's atomic energy organisation.

European diplomats said they hoped the return of inspectors would be followed quickly by access to the underground enrichment plant at Fordow, where the agency believes most of Iran's highly enriched uranium was stored before the 2025 strikes. Israel's foreign ministry said Iran "cannot be trusted with any enrichment at all"."""),
dict(id="a3", source="Middle East Policy Wire", published="2027-02-18",
     title="IAEA report confirms Isfahan visit, but Vienna talks stall",
     text="""VIENNA - The International Atomic Energy Agency said in a confidential quarterly [[e4|report]] on Wednesday that its inspectors had verified equipment at Iran's Isfahan plant but still could not account for Iran's stock of highly enriched uranium.

The [[e4|report]], seen by Middle East Policy Wire, said last Thursday's inspection was carried out under the [[e2|arrangement]] agreed in Tehran on February 9 and that Iranian staff had "cooperated fully" at the site.

But two days of technical [[e3|talks]] at the agency's headquarters, which opened on Monday, ended on Tuesday without agreement on access to Fordow and Natanz. A Western diplomat said the Iranian side at the [[e3|meeting]] had asked for written security guarantees that the agency could not give.

Hannele Virtanen's [[e1|visit]] to Tehran earlier this month had raised hopes of a broader breakthrough. Diplomats said the agency's [[e4|findings]] would make it harder for Western states to win support for a resolution censuring Iran at the board meeting in March.

Iran's ambassador to the agency said Tehran had "done more than its share" and accused Western governments of moving the goalposts."""),
]),
# ---------------------------------------------------------------------------- k04
dict(story="k04", topic="cattle raid, revenge raid, army deployment and elders' peace meeting (Karamoja, Uganda)", events=[
    dict(e="e1", type="attack", date="2027-06-13", participants=["cattle raiders", "Nakapelimoru residents"],
         location="Kotido"),
    dict(e="e2", type="attack", date="2027-06-16", participants=["cattle raiders", "Kalapata residents"],
         location="Kaabong"),
    dict(e="e3", type="deployment", date="2027-06-17", participants=["Uganda People's Defence Force"],
         location="Karamoja"),
    dict(e="e4", type="meeting", date="2027-06-22", participants=["Kotido elders", "Kaabong elders", "Uganda"],
         location="Moroto"),
], tricky=[("e1", "e2", "the raid on Nakapelimoru in Kotido district on Sunday vs the revenge raid on Kalapata in Kaabong district three days later")],
note="The recovery of cattle, the elders' undertakings at the meeting and the earlier disarmament campaigns are "
     "side / background events. The Kotido elder's threat in a1 ('the boys will go themselves') is hypothetical and "
     "unmarked; 'revenge attacks that has killed 12 people' in a3 is an aggregate and unmarked.",
articles=[
dict(id="a1", source="Nile Highlands Press", published="2027-06-14",
     title="Cattle raiders kill seven in Uganda's Kotido district",
     text="""KAMPALA - Armed cattle raiders [[e1|attacked]] a village in Uganda's Kotido district before dawn on Sunday, killing seven people and driving off about 600 head of cattle, police and local leaders said.

More than 100 raiders armed with Kalashnikov rifles [[e1|struck]] Nakapelimoru sub-county at about 4 a.m. and exchanged fire with local defence units for nearly an hour, said Michael Longole, the police spokesman for the Karamoja region. Among the dead were two women and a 12-year-old herd boy.

Local leaders blamed rustlers from neighbouring Kaabong district, and elders in Kotido warned that young men were preparing to go after the animals. "If the army does not bring back the cows, the boys will go themselves," said Lokol Apua, an elder.

The army said soldiers were tracking the raiders and had recovered about 150 head of cattle by Sunday evening. Several homesteads were burned during the [[e1|raid]], residents said.

Karamoja, a semi-arid region bordering Kenya and South Sudan, has a long history of cattle raiding. Disarmament campaigns in the 2000s brought a period of relative calm, but raids have increased since 2019 as guns flow in from neighbouring countries and drought kills pasture."""),
dict(id="a2", source="East Africa Observer", published="2027-06-18",
     title="Uganda sends more troops to Karamoja after revenge raid",
     text="""MOROTO, Uganda - Uganda's army said on Thursday it had [[e3|deployed]] 1,200 more soldiers to the Karamoja region, a day after a [[e2|revenge raid]] in Kaabong district left five people dead.

Gunmen believed to have come from Kotido [[e2|attacked]] cattle enclosures in Kalapata sub-county on Wednesday afternoon, shooting dead four herders and a woman and taking about 300 animals, said Kaabong's resident district commissioner, Peter Lomongin.

Residents said the [[e2|attack]] was retaliation for Sunday's [[e1|raid]] on Nakapelimoru in Kotido, in which seven people were killed and some 600 cattle were taken.

The extra troops arrived in Kotido and Kaabong by road on Thursday and will set up patrol bases along the border between the two districts, army spokesman Brigadier Felix Kulayigye said. The [[e3|deployment]] brings the number of soldiers in Karamoja to about 5,000.

The minister for Karamoja affairs, Agnes Lokiru, said she would bring elders from both districts together for a peace [[e4|meeting]] in Moroto next Tuesday. "Guns alone will not end this," she said."""),
dict(id="a3", source="Great Rift Chronicle", published="2027-06-23",
     title="Karamoja elders pledge to return stolen cattle",
     text="""MOROTO - Elders from Kotido and Kaabong districts promised at a [[e4|meeting]] in Moroto on Tuesday to return stolen cattle and hand suspected raiders over to the police, in an effort to stop a cycle of revenge attacks that has killed 12 people in Uganda's Karamoja region this month.

The [[e4|gathering]], chaired by the minister for Karamoja affairs, Agnes Lokiru, brought together about 80 elders, local officials and army commanders.

Tensions have been high since the [[e1|raid]] on Nakapelimoru in Kotido on June 13, and the [[e2|reprisal]] three days later in Kalapata, Kaabong, where five people died. Kaabong elders said their community had lost 300 animals in the Kalapata [[e2|attack]] and wanted them back before handing any over.

Soldiers [[e3|sent]] to the region last week have recovered about 400 of the 600 cattle taken from Kotido, the army said, and arrested 11 suspected raiders.

Traders in Kotido town said the livestock market had reopened on Monday for the first time in a week."""),
]),
# ---------------------------------------------------------------------------- k05
dict(story="k05", topic="landmine deaths, deminer killed, army demining deployment and EU funding (Maglaj, Bosnia and Herzegovina)", events=[
    dict(e="e1", type="casualties", date="2027-04-17", participants=["Novi Šeher woodcutters"], location="Maglaj"),
    dict(e="e2", type="casualties", date="2027-04-21", participants=["Armed Forces of Bosnia and Herzegovina"],
         location="Maglaj"),
    dict(e="e3", type="deployment", date="2027-04-19", participants=["Armed Forces of Bosnia and Herzegovina"],
         location="Maglaj"),
    dict(e="e4", type="support", date="2027-04-26", participants=["European Union", "Bosnia and Herzegovina"],
         location="Sarajevo"),
], tricky=[("e1", "e2", "three woodcutters killed by a mine on Saturday vs an army deminer killed on the same hillside four days later")],
note="The mine blasts themselves are not annotated; only the deaths are. The March landslides, the 2027 clearance "
     "target and the funerals are background / side events.",
articles=[
dict(id="a1", source="Adriatic News Agency", published="2027-04-18",
     title="Landmine kills three woodcutters in central Bosnia",
     text="""SARAJEVO - Three men [[e1|were killed]] on Saturday when a landmine left over from the 1992-95 war exploded in a forest near Maglaj in central Bosnia, police said.

The men, two brothers aged 41 and 38 and their cousin, were cutting firewood on a hillside above the village of Novi Šeher when one of them stepped on an anti-personnel mine, police in Zenica-Doboj canton said. A fourth man lost a leg and was taken to hospital in Zenica.

The Bosnia and Herzegovina Mine Action Centre (BHMAC) said the hillside had long been marked as a suspected minefield, but that heavy rain and landslides in March may have carried mines into areas that were thought to be safe.

"We put up signs, but people need wood and the signs are old," said Edin Hodžić, head of the local community.

The [[e1|deaths]] are the first from landmines in Bosnia this year. BHMAC said a team of army deminers would be [[e3|sent]] to the area on Monday to clear the path the men had used.

About 2 percent of Bosnia's territory is still suspected to contain mines, most of them along former front lines. The country had promised to be free of mines by 2027 but has asked for more time."""),
dict(id="a2", source="Sarajevo Evening Dispatch", published="2027-04-22",
     title="Army deminer killed clearing Bosnian minefield",
     text="""MAGLAJ, Bosnia and Herzegovina - An army deminer [[e2|was killed]] on Wednesday while clearing the forest near Maglaj where a landmine [[e1|killed]] three woodcutters four days earlier, the Bosnian armed forces said.

Sergeant Nedim Karić, 52, was working with a team from the army's demining battalion, which was [[e3|deployed]] to Novi Šeher on Monday, when a mine went off as he probed the ground, the defence ministry said. A colleague was lightly injured.

Defence Minister Zoran Petrović said Karić "gave his life so that others can walk in their own forests". No Bosnian deminer had died on duty since 2019, according to the Mine Action Centre.

The team had found and destroyed 14 mines on the hillside since the start of the [[e3|operation]], most of them of a type used by all sides during the war. The work was suspended after Karić's [[e2|death]].

The European Union's delegation in Sarajevo said it was preparing extra [[e4|funding]] for mine clearance, to be announced next week.

Hundreds of people attended the funeral of the three men in Novi Šeher on Tuesday."""),
dict(id="a3", source="Brussels Balkan Report", published="2027-04-28",
     title="EU pledges 3 million euros for mine clearance in Bosnia",
     text="""SARAJEVO - The European Union [[e4|pledged]] 3 million euros on Monday to speed up mine clearance in Bosnia and Herzegovina, after four people died in mine blasts near Maglaj in less than a week.

The [[e4|grant]], announced by the head of the EU delegation, Ingrid Rasmussen, will pay for six new demining teams and 20 mine-detection dogs for two years. "No child in Europe should grow up next to a minefield," she said.

Three woodcutters [[e1|died]] on April 17 when one of them stepped on a mine above the village of Novi Šeher, and an army deminer [[e2|was killed]] on the same hillside four days later.

The army's demining battalion, [[e3|sent]] to the area on April 19, resumed work there on Monday with armoured machines.

Bosnia's security minister, Senad Begović, said the EU [[e4|money]] would allow the country to clear the most dangerous areas near villages by 2029. Bosnia spends about 5 million euros a year of its own money on demining, far less than experts say is needed."""),
]),
# ---------------------------------------------------------------------------- k06
dict(story="k06", topic="constitutional referendum, rally before the vote, observers' report and protest after the result (Fiji)", events=[
    dict(e="e1", type="election", date="2027-10-13", participants=["Fiji"], location=None),
    dict(e="e2", type="protest", date="2027-10-09", participants=["Fiji Trades Union Congress"], location="Suva"),
    dict(e="e3", type="protest", date="2027-10-18", participants=["Fiji Trades Union Congress"], location="Lautoka"),
    dict(e="e4", type="report", date="2027-10-15", participants=["Multinational Observer Group"], location="Suva"),
], tricky=[("e2", "e3", "the 'No' campaign march in Suva four days before the referendum vs the protest against the result in Lautoka five days after it, same organisers")],
note="The referendum is typed election. The announcement of the result, the arrests in Lautoka and the opposition's "
     "court challenge are side events; the 2013 constitution and the 2014 elections are background. The further "
     "protests threatened in a3 are hypothetical and unmarked.",
articles=[
dict(id="a1", source="Pacific Islands Press", published="2027-10-10",
     title="Thousands march in Suva against constitutional changes",
     text="""SUVA, Fiji - Several thousand people [[e2|marched]] through central Suva on Saturday to urge Fijians to vote "No" in Wednesday's constitutional [[e1|referendum]], chanting "Our constitution, our choice".

The [[e2|march]], organised by the Fiji Trades Union Congress and several church groups, ended peacefully outside Government Buildings, where union leader Salote Naivalu told the crowd that the proposed changes would "hand too much power to the few".

Voters will be asked to approve a package of amendments that would create an appointed upper house of parliament and lower the majority needed for future changes to the 2013 constitution from three-quarters of voters to two-thirds of members of parliament.

Prime Minister Josefa Ratuvou said the [[e1|ballot]] would "give power back to the people" and accused opponents of spreading fear.

About 690,000 Fijians are registered to vote. A multinational observer group with members from Australia, New Zealand, India and Pacific island states will [[e4|report]] its preliminary findings on October 15, its chair said.

Fiji returned to parliamentary democracy with elections in 2014 after eight years of military-backed rule."""),
dict(id="a2", source="Oceania Wire", published="2027-10-16",
     title="Fijians narrowly approve constitutional changes",
     text="""SUVA - Fijians approved a package of constitutional changes in Wednesday's [[e1|referendum]] by 53.4 percent to 46.6 percent, the Fijian Elections Office said on Friday, but opponents said they would challenge the result in court.

Turnout was 68 percent. The "Yes" side won comfortably in the Central Division, which includes Suva, while the "No" side carried most of the Western Division.

The Multinational Observer Group said in a preliminary [[e4|assessment]] on Friday that the [[e1|vote]] was "credible and broadly reflected the will of voters", but noted long delays in counting in parts of the Western Division and a shortage of ballot papers at 23 polling stations.

Prime Minister Josefa Ratuvou called the outcome "a new beginning".

The Fiji Trades Union Congress, which led last Saturday's [[e2|march]] in Suva against the changes, said the counting delays "smelled of manipulation" and called a [[e3|protest]] in Lautoka for Monday. Police said the organisers had been granted a permit.

The new upper house is due to be appointed within a year."""),
dict(id="a3", source="South Seas Chronicle", published="2027-10-20",
     title="Lautoka protesters reject referendum result",
     text="""LAUTOKA, Fiji - About 3,000 people [[e3|protested]] in Lautoka on Monday against the result of last week's constitutional [[e1|referendum]], accusing the Fijian Elections Office of rigging the count in the west of the country.

Police said the [[e3|demonstration]] was largely peaceful, but four people were arrested after stones were thrown at a police vehicle near the Elections Office branch in Vitogo Parade.

The Lautoka [[e3|protest]] was smaller than the [[e2|rally]] that union leaders held in Suva on October 9, but it drew many sugar cane farmers, who fear the appointed upper house will be dominated by business interests.

Election officials deny any wrongdoing. The Multinational Observer Group, whose [[e4|report]] was released two days after the [[e1|poll]], found no evidence of fraud, although it criticised delays in counting.

The opposition filed a petition at the High Court on Tuesday asking for a recount in 11 constituencies. Union leader Salote Naivalu said further protests would be held in Nadi and Ba if the court refused."""),
]),
# ---------------------------------------------------------------------------- k07
dict(story="k07", topic="march and general strike over fuel prices, talks and deal (Ghana)", events=[
    dict(e="e1", type="protest", date="2027-01-19", participants=["Fix the Pump coalition"], location="Accra"),
    dict(e="e2", type="protest", date="2027-01-25", participants=["Trades Union Congress of Ghana"], location=None),
    dict(e="e3", type="meeting", date="2027-01-27", participants=["Ghana", "Trades Union Congress of Ghana"],
         location="Accra"),
    dict(e="e4", type="agreement", date="2027-01-28", participants=["Ghana", "Trades Union Congress of Ghana"],
         location="Accra"),
], tricky=[("e1", "e2", "the civil-society march in Accra on January 19 vs the TUC's nationwide general strike from January 25, same grievance")],
note="A general strike and a street march are typed protest. The fuel price rise of January 16 and the levy itself are "
     "background; the calling-off of the strike is not annotated separately.",
articles=[
dict(id="a1", source="Gold Coast Wire", published="2027-01-20",
     title="Thousands march in Accra over fuel levy; unions call general strike",
     text="""ACCRA - Thousands of people [[e1|marched]] through Accra on Tuesday to protest against a steep rise in fuel prices, and Ghana's Trades Union Congress announced a nationwide [[e2|general strike]] from Monday.

The [[e1|demonstration]], organised by a coalition of student unions, commercial drivers and civil society groups under the banner "Fix the Pump", moved from Obra Spot to the Ministry of Finance, where organisers handed in a petition. Police estimated the crowd at 8,000; organisers said it was three times that.

Petrol and diesel prices rose by about 23 percent on January 16, when a new energy sector recovery levy of 2 cedis a litre took effect. Trotro minibus drivers have since raised fares by a third.

TUC secretary-general Mercy Ampofo said the [[e2|strike]] would continue "until the levy goes". "Workers cannot carry the debts of the power sector on their backs," she said.

Finance Minister Kwabena Asante-Mensah said the levy was needed to pay arrears owed to independent power producers and to keep the country's IMF programme on track. He urged the unions to "return to the table"."""),
dict(id="a2", source="West Africa Business Report", published="2027-01-26",
     title="General strike shuts Ghana's banks and markets",
     text="""ACCRA - Ghana's general [[e2|strike]] over fuel prices shut banks, markets and most public offices for a second day on Tuesday, as unions and the government prepared for their first direct [[e3|talks]] since the dispute began.

Stalls in Accra's Makola market were closed and the city's usually clogged roads were almost empty. Port workers in Tema and nurses at public hospitals also stayed away from work, although emergency wards stayed open, the Ghana Registered Nurses and Midwives Association said.

The [[e2|walkout]], which began on Monday, is the first nationwide strike in Ghana in more than a decade. It came a week after thousands [[e1|marched]] in Accra against a 2-cedi-per-litre fuel levy that pushed petrol prices up by nearly a quarter.

The presidency invited TUC leaders to [[e3|talks]] at Jubilee House on Wednesday morning, to be chaired by Vice President Nana Adjoa Boakye. TUC secretary-general Mercy Ampofo said the union would attend "with an open mind but firm demands".

The Association of Ghana Industries estimated that the [[e2|shutdown]] was costing the economy about 90 million dollars a day."""),
dict(id="a3", source="Harmattan News Agency", published="2027-01-29",
     title="Ghana unions end strike after government suspends fuel levy",
     text="""ACCRA - Ghana's Trades Union Congress called off a four-day general [[e2|strike]] on Thursday after the government [[e4|agreed]] to suspend a new fuel levy for six months and cut pump prices by 12 percent.

The [[e4|deal]] was struck in the early hours of Thursday after almost 20 hours of [[e3|negotiations]] at Jubilee House, which began on Wednesday morning. Vice President Nana Adjoa Boakye, who chaired the [[e3|talks]], said the government had "listened to the people".

Under the [[e4|agreement]], a joint committee of unions, government and the energy regulator will review the finances of the power sector and report by May.

Opposition to the levy first spilled onto the streets on January 19, when thousands [[e1|marched]] to the Ministry of Finance. The Fix the Pump coalition, which organised that [[e1|protest]], said the suspension was "a start" but that the levy should be scrapped altogether.

Banks and markets reopened on Thursday afternoon, and fuel stations lowered prices at midnight. Economists warned that the suspension would leave a gap of about 1.5 billion cedis in this year's budget."""),
]),
# ---------------------------------------------------------------------------- k08
dict(story="k08", topic="insurgent ambush on a convoy, second roadside attack, claim and Rwandan reinforcements (Cabo Delgado, Mozambique)", events=[
    dict(e="e1", type="attack", date="2027-08-03", participants=["Islamic State", "Mozambique Armed Defence Forces"],
         location="Macomia"),
    dict(e="e2", type="attack", date="2027-08-06", participants=["insurgents", "civilians"], location="Chai"),
    dict(e="e3", type="statement", date="2027-08-05", participants=["Islamic State"], location=None),
    dict(e="e4", type="deployment", date="2027-08-09", participants=["Rwanda Defence Force"], location="Pemba"),
], tricky=[("e1", "e2", "the ambush on an escorted truck convoy north of Macomia on Tuesday vs the attack on a minibus and two trucks near Chai on Friday, same road")],
note="The claim of responsibility is typed statement. The transporters' suspension of convoys and the 2017 start of "
     "the insurgency are side / background events.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2027-08-04",
     title="Insurgents ambush convoy in northern Mozambique, nine dead",
     text="""PEMBA, Mozambique - Insurgents [[e1|ambushed]] a convoy of trucks and army vehicles on the main road through Mozambique's Cabo Delgado province on Tuesday, killing at least nine people, including four soldiers, security sources and a transport union official said.

The [[e1|attack]] happened about 15 kilometres north of Macomia on the N380, the only paved road linking the provincial capital Pemba to the northern districts. Twenty-two lorries carrying food, fuel and cement were travelling under army escort when gunmen fired rocket-propelled grenades at the lead vehicle and then opened fire from the bush on both sides of the road.

Five truck drivers were among the dead, said Armando Chissano of the provincial transporters' association. Several lorries were set on fire.

Mozambique's defence ministry gave no casualty figures.

The insurgency, led by militants linked to Islamic State, began in 2017 and has killed more than 6,000 people. Rwandan and Mozambican troops pushed the fighters out of the main towns in 2021, but they have since regrouped in small, mobile units that attack roads and villages."""),
dict(id="a2", source="Lusophone Africa Report", published="2027-08-07",
     title="Second attack on Cabo Delgado highway kills four civilians",
     text="""MAPUTO - Suspected insurgents [[e2|attacked]] a minibus and two cargo trucks near Chai, in Mozambique's Cabo Delgado province, on Friday, killing four civilians, three days after an [[e1|ambush]] on an escorted convoy on the same road left nine people dead.

Witnesses said the gunmen stopped the minibus at a makeshift roadblock and shot the driver and three passengers before burning the trucks. The [[e2|assault]] took place about 20 kilometres south of Macomia.

Islamic State [[e3|claimed]] the Macomia convoy [[e1|raid]] on Thursday. In a [[e3|statement]] published by its Amaq news agency, the group said its fighters had killed "12 soldiers of the crusader army" and seized weapons. The figure could not be verified.

No group had claimed Friday's [[e2|attack]] by Saturday morning.

Transport operators in Pemba said they had suspended convoys to the north until security improved. Rwanda's defence ministry said it would [[e4|reinforce]] its contingent in the province "in the coming days"."""),
dict(id="a3", source="Southern Africa Security Monitor", published="2027-08-11",
     title="Rwanda flies 500 more troops to northern Mozambique",
     text="""PEMBA - Rwanda [[e4|sent]] 500 more soldiers to northern Mozambique on Monday after two insurgent ambushes in four days on the main road through Cabo Delgado province.

The troops landed at Pemba airport on two Rwandan air force planes and will be based in Macomia district, a Rwanda Defence Force spokesman said. The [[e4|reinforcements]] bring the Rwandan force in Mozambique to about 5,000.

Insurgents [[e1|ambushed]] an escorted convoy of 22 lorries north of Macomia on August 3, killing nine people, and three days later gunmen [[e2|fired on]] a minibus near Chai, killing four. Islamic State, which [[e3|claimed]] the convoy [[e1|ambush]], has not commented on the Chai [[e2|killings]].

Mozambique's defence minister, Cristóvão Mabunda, welcomed the Rwandan [[e4|deployment]] and said Mozambican troops would clear the bush along the road for a kilometre on each side.

Transporters said they hoped to resume convoys by the weekend. Food prices in Mocímboa da Praia have doubled since the road closed, aid workers said."""),
]),
# ---------------------------------------------------------------------------- k09
dict(story="k09", topic="methanol-laced vodka deaths, arrests of sellers and of the distiller, laboratory report (southern Kyrgyzstan)", events=[
    dict(e="e1", type="casualties", date="2027-07-10", participants=["Osh residents"], location="Osh"),
    dict(e="e2", type="arrest", date="2027-07-12", participants=["Kyrgyz police", "Kara-Suu kiosk owners"],
         location="Kara-Suu"),
    dict(e="e3", type="arrest", date="2027-07-16", participants=["Kyrgyz police", "Bakyt Sadyrov"],
         location="Jalal-Abad"),
    dict(e="e4", type="report", date="2027-07-13", participants=["Kyrgyz health ministry"], location="Bishkek"),
], tricky=[("e2", "e3", "arrest of two kiosk owners at Kara-Suu bazaar on Monday vs arrest of the alleged distiller in Jalal-Abad four days later")],
note="Deaths from the poisoned vodka are one casualties event (toll rising 11, 19, 26); the poisoning itself is not "
     "annotated. The ban on kiosk alcohol sales and the 2025 cases are side / background events.",
articles=[
dict(id="a1", source="Central Asia News Service", published="2027-07-12",
     title="Bootleg vodka kills 11 in southern Kyrgyzstan",
     text="""BISHKEK - At least 11 people have [[e1|died]] in southern Kyrgyzstan since Saturday after drinking vodka suspected of containing methanol, and police on Monday [[e2|detained]] two men who sold the bottles, officials said.

The first victims were taken to hospital in Osh on Saturday evening with blurred vision, vomiting and breathing problems. The health ministry said 34 other people were being treated in hospitals in Osh and Kara-Suu, nine of them on ventilators.

The two men, who ran kiosks at the bazaar in Kara-Suu, near the border with Uzbekistan, were [[e2|arrested]] on suspicion of selling counterfeit alcohol, the interior ministry said. The bottles carried the label of a well-known Bishkek brand, which said it had never supplied the kiosks.

Samples were flown to the national laboratory in Bishkek, and [[e4|results]] were expected on Tuesday, Deputy Health Minister Aigul Mamytova said. She urged anyone who had bought vodka at the bazaar in the past week not to drink it.

The government ordered a temporary ban on alcohol sales from street kiosks in Osh region. Several people died from bootleg alcohol in the Chui region in 2025."""),
dict(id="a2", source="Fergana Valley Report", published="2027-07-14",
     title="Tests confirm methanol in Kyrgyz vodka as death toll reaches 19",
     text="""OSH, Kyrgyzstan - Laboratory tests confirmed that the vodka that has [[e1|killed]] 19 people in southern Kyrgyzstan contained lethal amounts of methanol, the health ministry said in a [[e4|report]] on Tuesday.

According to the [[e4|findings]], samples from bottles seized at the Kara-Suu bazaar contained up to 38 percent methanol, an industrial alcohol that can cause blindness and death in small doses. Investigators believe it was sold as cheap vodka in 0.5-litre bottles with fake labels.

Most of the victims were men aged between 30 and 60 from Osh city and the Kara-Suu district. Doctors in Osh said at least six survivors had lost their sight.

The two kiosk owners [[e2|held]] on Monday have been charged with selling goods that endanger life. Police said the men told investigators they had bought 40 crates of the vodka from a supplier in Jalal-Abad.

President's envoy to the south, Nurlan Abdiev, said the government would pay funeral costs for the victims and asked residents to hand in any unmarked vodka at police stations."""),
dict(id="a3", source="Silk Road Chronicle", published="2027-07-19",
     title="Kyrgyz police arrest alleged maker of deadly vodka",
     text="""JALAL-ABAD, Kyrgyzstan - Kyrgyz police have [[e3|arrested]] a man suspected of running the illegal distillery that produced methanol-laced vodka which [[e1|killed]] 26 people in the south of the country this month, the interior ministry said on Saturday.

Bakyt Sadyrov, 47, was [[e3|detained]] on Friday at a warehouse on the outskirts of Jalal-Abad, where officers found 12 barrels of industrial alcohol, a bottling machine and thousands of fake labels, the ministry said.

His [[e3|arrest]] came four days after police [[e2|picked up]] two kiosk owners at the Kara-Suu bazaar, who told investigators they had bought the vodka from a supplier in Jalal-Abad.

A health ministry laboratory [[e4|report]] published on July 13 found up to 38 percent methanol in bottles seized at the bazaar.

Sadyrov's lawyer said his client produced cleaning fluid and had never sold drinks. Investigators said they were checking whether bottles from the same warehouse had reached shops in neighbouring Uzbekistan.

The [[e1|death toll]] rose to 26 on Thursday, when a 52-year-old man [[e1|died]] in hospital in Osh."""),
]),
# ---------------------------------------------------------------------------- k10
dict(story="k10", topic="creditors' talks, debt-restructuring deal, IMF staff-level agreement and bond deadline (Laos)", events=[
    dict(e="e1", type="meeting", date="2027-11-09", participants=["Laos", "China", "France"], location="Paris"),
    dict(e="e2", type="agreement", date="2027-11-11", participants=["Laos", "official creditors"], location="Paris"),
    dict(e="e3", type="agreement", date="2027-11-16", participants=["Laos", "International Monetary Fund"],
         location="Vientiane"),
    dict(e="e4", type="deadline", date="2027-11-30", participants=["Laos"], location=None),
], tricky=[("e2", "e3", "the official creditors' debt-restructuring deal in Paris vs the IMF staff-level loan agreement in Vientiane five days later")],
note="The bond deadline is dated to the due date. The IMF board approval and the bondholders' vote are future side "
     "events; the China-Laos railway debts are background.",
articles=[
dict(id="a1", source="Mekong Economic Wire", published="2027-11-10",
     title="Laos creditors meet in Paris as bond deadline nears",
     text="""VIENTIANE - The main official creditors of Laos, led by China, [[e1|met]] in Paris on Tuesday to discuss restructuring about 9 billion dollars of the country's debt, three weeks before a [[e4|deadline]] for repaying a Thai baht bond that the government says it cannot meet.

The closed-door [[e1|talks]], co-chaired by China and France, were expected to continue until Thursday, a Lao finance ministry official said. Laos is asking for repayments to be stretched over 20 years, with lower interest in the first five.

Finance Minister Somphone Vilayvong told the National Assembly last week that the country did not have the foreign currency to repay the 10-billion-baht bond, worth about 290 million dollars, which [[e4|falls due]] on November 30.

Much of the debt owed by Laos stems from loans for hydropower dams and the China-Laos railway, which opened in 2021. The kip has lost more than half of its value against the dollar since 2022, and inflation reached 31 percent in 2023.

Rating agencies have warned that a missed bond payment would count as a default. An International Monetary Fund team arrived in Vientiane on Monday for talks on a possible loan."""),
dict(id="a2", source="Asia Finance Dispatch", published="2027-11-12",
     title="Laos wins debt relief from official creditors",
     text="""PARIS - Laos and its official creditors [[e2|agreed]] in principle on Thursday to stretch out repayments on about 9 billion dollars of debt over 20 years, the French finance ministry said, easing the pressure on one of Asia's most indebted countries.

The [[e2|deal]], announced after three days of [[e1|talks]] in Paris, covers loans from China, Thailand, Japan, South Korea and several European governments. Interest payments will be cut by about a third until 2032, a source close to the negotiations said.

The International Monetary Fund, whose team is in Vientiane, said it hoped to reach a staff-level [[e3|agreement]] with the Lao government on a loan "in the coming days". Creditors had made a Fund programme a condition of debt relief.

Laos still has to find a way to repay a Thai baht bond before the November 30 [[e4|deadline]]. Officials said they would ask bondholders to accept a three-year extension.

Lao Finance Minister Somphone Vilayvong thanked China "for its understanding and leadership". Chinese state banks hold about half of the country's external debt."""),
dict(id="a3", source="Indochina Markets Review", published="2027-11-17",
     title="IMF and Laos reach staff-level deal on 450 million dollar loan",
     text="""VIENTIANE - The International Monetary Fund and Laos reached a staff-level [[e3|agreement]] on Tuesday on a 450-million-dollar, 40-month loan, five days after the country's official creditors [[e2|agreed]] to restructure its debts.

IMF mission chief Kirsten Aldous said the [[e3|accord]], which still needs approval by the Fund's executive board, would support reforms to cut inflation, rebuild foreign reserves and make the state power company financially viable.

The creditors' [[e2|deal]], reached in Paris last Thursday after a [[e1|meeting]] co-chaired by China and France, cut interest payments until 2032 and stretched repayments over 20 years.

The government still faces the November 30 [[e4|deadline]] on its 10-billion-baht bond. Holders of the bond will vote next week on a proposal to extend its maturity by three years, and two large Thai banks have said they will support it.

"With the IMF programme and the creditors' [[e2|agreement]], Laos has a path out of this crisis," Finance Minister Somphone Vilayvong told reporters. Analysts said the economy remained fragile."""),
]),
]
