"""Source of ../stories/articles.jsonl and ../stories/gold.jsonl.

All articles are fiction written for this data set (invented outlets, people and
events, some real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the two JSONL files.  Only the story's key events are marked; every other event
in the text (background, side events) is deliberately left unmarked.
"""

STORIES = [
# ---------------------------------------------------------------------------- s01
dict(story="s01", topic="military deployment", events=[
    dict(e="e1", type="deployment", date="2026-03-02", participants=["United Kingdom"],
         location="Tapa"),
    dict(e="e2", type="deployment", date="2026-03-09", participants=["Denmark"], location="Tapa"),
    dict(e="e3", type="statement", date="2026-03-03", participants=["Russia"], location="Moscow"),
], tricky=[("e1", "e2", "two deployments to the same base a week apart, different senders")],
articles=[
dict(id="a1", source="Northern Wire Service", published="2026-03-02",
     title="British troops arrive at Estonian base as NATO reinforces eastern flank",
     text="""TAPA, Estonia - About 900 British soldiers [[e1|arrived]] at the Tapa military base in northern Estonia on Monday, the Estonian defence ministry said, the largest single reinforcement of the NATO battlegroup there since it was set up in 2017.

The troops, mostly from an armoured infantry battalion, travelled by rail from the Latvian port of Riga with about 40 tracked vehicles. Their [[e1|deployment]] had been announced by London in January after a series of airspace violations over the Gulf of Finland.

"This is a clear signal that Estonia is not alone," Defence Minister Kaarel Org told reporters at the base. The British contingent will stay at least until the end of the year.

Estonia, a country of 1.3 million people, spends more than 3 percent of its economic output on defence. Its government has asked allies for air-defence systems as well as ground forces.

Russia did not immediately comment. Denmark is expected to [[e2|send]] a smaller unit to Tapa later this month, Estonian officials said."""),
dict(id="a2", source="Baltic Ledger", published="2026-03-04",
     title="Moscow condemns UK troop build-up in Estonia",
     text="""Russia's foreign ministry on Tuesday [[e3|condemned]] the [[e1|arrival]] of British troops in Estonia, calling it a "provocative step" that would "not go unanswered".

In a statement posted on its website, the ministry said the [[e1|deployment]] of some 900 soldiers to the Tapa base, 150 kilometres from the Russian border, violated the spirit of the 1997 NATO-Russia Founding Act. It did not say what measures Moscow might take.

Estonian Foreign Minister Liis Tammik dismissed the [[e3|criticism]]. "Russia does not get a vote on where allied soldiers train," she said.

The British battalion began [[e1|arriving]] on Monday. Copenhagen has said it will [[e2|send]] about 250 soldiers to the same base next week, and the Netherlands is considering a contribution of engineers.

Last month a Russian reconnaissance aircraft entered Estonian airspace for about two minutes near the island of Vaindloo, prompting Tallinn to summon Moscow's charge d'affaires."""),
dict(id="a3", source="Continental Press Agency", published="2026-03-10",
     title="Danish soldiers join allied force in Estonia",
     text="""COPENHAGEN - Some 250 Danish soldiers [[e2|arrived]] in Estonia on Monday, joining the British troops who [[e1|deployed]] to the Tapa base a week earlier, Denmark's defence command said.

The Danish company, drawn from the Jutland Dragoon Regiment, brought its own reconnaissance vehicles and a small drone unit. Its [[e2|deployment]] is planned for six months.

Defence Minister Mette Holm said the move was "a direct answer" to Russian pressure on the Baltic states. She noted that Moscow had [[e3|denounced]] the British [[e1|reinforcement]] as provocative but had so far taken no concrete steps.

Estonia hosted a large NATO exercise, Spring Storm, in May last year, involving more than 14,000 troops. This year's edition is due to start on May 4.

The Danish parliament approved the mission in February with a broad majority; only two small parties voted against."""),
]),
# ---------------------------------------------------------------------------- s02
dict(story="s02", topic="ceasefire agreement", events=[
    dict(e="e1", type="agreement", date="2026-02-14",
         participants=["Democratic Republic of the Congo", "M23", "Qatar"], location="Doha"),
    dict(e="e2", type="attack", date="2026-02-17", participants=["M23"], location="Sake"),
    dict(e="e3", type="attack", date="2026-02-18", participants=["M23"], location="Sake"),
    dict(e="e4", type="meeting", date="2026-02-21",
         participants=["Democratic Republic of the Congo", "M23"], location="Goma"),
], tricky=[("e2", "e3", "two shellings of the same town on consecutive days")],
articles=[
dict(id="a1", source="Gulf Dispatch", published="2026-02-14",
     title="Congo and M23 rebels sign ceasefire in Doha",
     text="""DOHA - The government of the Democratic Republic of the Congo and the M23 rebel group [[e1|signed]] a ceasefire agreement in the Qatari capital on Saturday, the foreign ministry of Qatar said, after three weeks of indirect talks.

Under the [[e1|deal]], both sides are to halt hostilities in North Kivu province from midnight, pull heavy weapons back from front lines around the town of Sake and allow a joint commission to monitor compliance.

"Today we chose peace over the gun," said Congolese negotiator Patrick Mbala after the ceremony. An M23 spokesman said the movement would respect the [[e1|truce]] "as long as the other side does".

The United Nations welcomed the [[e1|agreement]] and offered logistical support to the monitors. A previous ceasefire brokered in Luanda collapsed in 2024 within weeks.

Fighting in eastern Congo has displaced more than seven million people, according to UN figures."""),
dict(id="a2", source="Great Lakes Monitor", published="2026-02-18",
     title="Shells hit Sake days after Doha truce",
     text="""GOMA - Artillery shells [[e2|struck]] the town of Sake on Tuesday afternoon, killing two civilians, local officials said, the first serious breach of the ceasefire [[e1|signed]] in Doha on Saturday.

A second [[e3|bombardment]] hit the eastern edge of the town early on Wednesday, wounding at least five people and damaging a health centre, according to the Red Cross. It was not clear whether the same unit fired both barrages.

The army blamed M23 for both incidents. The rebels said they had been responding to drone flights over their positions and accused Kinshasa of violating the [[e1|accord]] first.

Residents said many families who had returned after the [[e1|truce]] were again leaving for camps around Goma. "We thought it was over," said Espérance Kahindo, a trader. "On Tuesday the shells came at lunch time, today before dawn."

The joint monitoring commission created by the [[e1|agreement]] has not yet met."""),
dict(id="a3", source="Continental Press Agency", published="2026-02-22",
     title="Congo truce monitors hold first meeting amid violations",
     text="""GOMA, Democratic Republic of Congo - The commission charged with policing the Doha [[e1|ceasefire]] [[e4|met]] for the first time on Saturday in Goma, bringing army officers and M23 representatives to the same table under Qatari and UN observation.

The [[e4|meeting]] focused on two incidents this week near Sake: the [[e2|shelling]] of the town on Tuesday, which killed two people, and a [[e3|bombardment]] before dawn on Wednesday that wounded five. Both sides agreed to a joint inspection of the area, a UN official said.

Diplomats say the [[e1|agreement]] of February 14 remains fragile. It does not address the future of mining areas that M23 took over last year, which will be discussed in a second round of talks in March.

Separately, the government said on Friday it had reopened the road between Goma and Sake to commercial traffic."""),
]),
# ---------------------------------------------------------------------------- s03
dict(story="s03", topic="embassy attack", events=[
    dict(e="e1", type="attack", date="2026-05-08", participants=["protesters"], location="Tbilisi"),
    dict(e="e2", type="arrest", date="2026-05-09", participants=["Georgia"], location="Tbilisi"),
    dict(e="e3", type="statement", date="2026-05-09", participants=["Lithuania"], location="Vilnius"),
    dict(e="e4", type="withdrawal", date="2026-05-11", participants=["Lithuania"], location="Tbilisi"),
], tricky=[],
articles=[
dict(id="a1", source="Caucasus Wire", published="2026-05-09",
     title="Protesters attack Lithuanian embassy in Tbilisi",
     text="""TBILISI, Georgia - Several hundred protesters [[e1|attacked]] the Lithuanian embassy in the Georgian capital late on Friday, throwing stones and fireworks and setting fire to a diplomatic car, witnesses said.

The [[e1|assault]] followed a rally against a resolution of the Lithuanian parliament that criticised the Georgian government's handling of last year's election. Police used pepper spray to push the crowd back from the gates after about forty minutes.

No embassy staff were hurt, the Lithuanian foreign ministry said. Georgian police [[e2|detained]] 14 people early on Saturday and said more arrests were possible.

The Georgian interior ministry said the [[e1|attack]] was "unacceptable" and promised to reinforce security at all foreign missions in Tbilisi.

Relations between Tbilisi and several EU states have been strained since October, when the government suspended talks on joining the European Union."""),
dict(id="a2", source="Baltic Ledger", published="2026-05-09",
     title="Vilnius summons Georgian envoy after embassy riot",
     text="""VILNIUS - Lithuania's foreign ministry [[e3|condemned]] Friday night's [[e1|attack]] on its embassy in Tbilisi as "an assault on the Vienna Convention" and summoned Georgia's ambassador on Saturday.

"We hold the Georgian authorities responsible for the safety of our diplomats," Foreign Minister Rūta Baranauskienė said in the [[e3|statement]]. She said the mob had broken two windows and burned a car belonging to the mission.

Georgian police said they had [[e2|arrested]] 14 suspects. Lithuania asked for the investigation to be completed "within days, not months".

Lithuania's parliament adopted the resolution that sparked the protest on Thursday by 98 votes to 4. It calls for sanctions against Georgian officials involved in the crackdown on demonstrators last December.

The embassy will remain closed to visitors until further notice."""),
dict(id="a3", source="Harbor Times", published="2026-05-15",
     title="Lithuania pulls staff from Georgia as embassy row deepens",
     text="""Lithuania has [[e4|withdrawn]] most of its diplomats from Tbilisi, leaving only the charge d'affaires and two security officers, a week after protesters [[e1|stormed]] the embassy compound.

The foreign ministry said the [[e4|pullout]], completed on Monday, was temporary. It followed the Lithuanian government's [[e3|protest]] over what it called slow police action during the [[e1|riot]].

Georgian prosecutors have charged six of the 14 people [[e2|detained]] after the [[e1|attack]] with hooliganism and damage to property; the other eight were released.

In the United States, members of the Lithuanian-American community held a candlelight vigil on Wednesday outside the state capitol in Atlanta, Georgia, in solidarity with the embassy staff. Organizers said about 200 people attended.

EU foreign ministers are due to discuss relations with Georgia at a meeting in Brussels on May 26."""),
]),
# ---------------------------------------------------------------------------- s04
dict(story="s04", topic="election", events=[
    dict(e="e1", type="election", date="2026-02-22", participants=["Kaunas"], location="Kaunas"),
    dict(e="e2", type="election", date="2026-03-08", participants=["Kaunas"], location="Kaunas"),
    dict(e="e3", type="protest", date="2026-03-09",
         participants=["supporters of Darius Vaitkus"], location="Kaunas"),
], tricky=[("e1", "e2", "first round and runoff of the same mayoral race, two weeks apart")],
articles=[
dict(id="a1", source="Baltic Ledger", published="2026-02-23",
     title="Kaunas mayoral race heads to runoff",
     text="""KAUNAS, Lithuania - No candidate won an outright majority in Sunday's snap mayoral [[e1|election]] in Kaunas, setting up a [[e2|runoff]] on March 8 between the independent Darius Vaitkus and the Social Democrat Asta Jankauskienė.

Vaitkus took 38.2 percent and Jankauskienė 31.5 percent, the Central Electoral Commission said on Monday. Turnout was 41 percent, slightly higher than in the 2023 municipal [[e1|vote]].

The [[e1|ballot]] was called after former mayor Tomas Rimkus resigned in December amid an investigation into city procurement contracts. He denies wrongdoing.

Jankauskienė has won the backing of the third-placed candidate, a Liberal, which could make the [[e2|second round]] close. "Everything starts again from zero," she told supporters.

Kaunas, Lithuania's second-largest city, has about 300,000 inhabitants. The new mayor will serve until the regular municipal elections in 2027."""),
dict(id="a2", source="Northern Wire Service", published="2026-03-09",
     title="Social Democrat wins Kaunas runoff by narrow margin",
     text="""VILNIUS - Social Democrat Asta Jankauskienė narrowly won Sunday's [[e2|runoff]] for mayor of Kaunas, overturning a seven-point deficit from the [[e1|first round]] two weeks earlier.

With all districts counted, she had 50.9 percent against 49.1 percent for independent Darius Vaitkus, a gap of fewer than 2,000 votes, the electoral commission said.

Vaitkus refused to concede and said his campaign would ask for a recount in several districts, citing problems with postal ballots. Several hundred of his supporters [[e3|rallied]] outside city hall on Monday morning.

Jankauskienė, a former school principal, promised to publish all city contracts online. Turnout in the [[e2|second round]] rose to 47 percent.

The result is a boost for the Social Democrats ahead of next year's nationwide municipal elections."""),
dict(id="a3", source="Continental Press Agency", published="2026-03-16",
     title="Electoral body rejects recount bid in Kaunas",
     text="""Lithuania's Central Electoral Commission on Friday rejected a request for a recount of the March 8 mayoral [[e2|runoff]] in Kaunas, confirming Asta Jankauskienė as the city's new mayor.

The commission said it found no irregularities that could have changed the result. Her rival Darius Vaitkus, who led after the first-round [[e1|vote]] on February 22, said he would take the case to court.

About 600 Vaitkus supporters had [[e3|protested]] in front of city hall the day after the [[e2|vote]], some carrying signs reading "Count again". Police reported no incidents.

Jankauskienė is due to be sworn in on Tuesday. On her first day she plans to meet the city's transport company, which has threatened a strike over unpaid wages. Drivers say they have not been paid overtime since November."""),
]),
# ---------------------------------------------------------------------------- s05
dict(story="s05", topic="sanctions", events=[
    dict(e="e1", type="sanction", date="2026-04-20", participants=["European Union", "Belarus"],
         location="Brussels"),
    dict(e="e2", type="sanction", date="2026-04-21", participants=["United Kingdom", "Belarus"],
         location="London"),
    dict(e="e3", type="statement", date="2026-04-21", participants=["Belarus"], location="Minsk"),
], tricky=[("e1", "e2", "two sanction packages against the same target on consecutive days")],
articles=[
dict(id="a1", source="Continental Press Agency", published="2026-04-20",
     title="EU sanctions Belarusian potash exporters over migrant flights",
     text="""BRUSSELS - The European Union on Monday [[e1|imposed]] sanctions on two Belarusian potash exporters and 17 officials it accuses of organising flights that bring migrants to the bloc's eastern border.

The [[e1|measures]], agreed by EU foreign ministers in Brussels, freeze the assets of Belaruskali's trading arm and a logistics firm and ban the officials from travelling to the EU.

"Lukashenko's regime is using human beings as a weapon, and it will pay a price," the EU foreign policy chief said.

Poland and Lithuania had pushed for tougher steps, including a full ban on Belarusian truck traffic, which did not win unanimous support.

The bloc first blacklisted Belarusian officials after the disputed 2020 presidential election and has since expanded the list several times."""),
dict(id="a2", source="Capital Ledger", published="2026-04-21",
     title="Britain follows EU with Belarus sanctions",
     text="""LONDON - Britain on Tuesday [[e2|sanctioned]] eight Belarusian officials and a state airline subsidiary, a day after the European Union [[e1|blacklisted]] potash exporters over what it calls the weaponisation of migration.

The UK Foreign Office said the [[e2|designations]] target people involved in issuing visas and arranging charter flights from the Middle East to Minsk. Their assets in Britain will be frozen.

Minsk [[e3|denounced]] both moves. Foreign ministry spokesman Andrei Kolesnik said the EU [[e1|decision]] and the British [[e2|measures]] were "economic terrorism" and warned that Belarus would restrict transit of Western goods.

The United States has not announced new steps but the Treasury is reviewing similar designations, a US official said.

Belarusian potash exports have already fallen sharply since Lithuania stopped their transit through the port of Klaipeda in 2022."""),
dict(id="a3", source="Harbor Times", published="2026-04-28",
     title="Belarus potash trade reroutes after new Western sanctions",
     text="""A week after the European Union and Britain imposed new penalties on Belarus, traders say potash cargoes are increasingly moving by rail to Russian ports on the Gulf of Finland.

The EU [[e1|listing]] of April 20 hit Belaruskali's trading arm, while the UK [[e2|sanctions]] announced on April 21 focused on officials and an aviation company.

Belarus's foreign ministry had [[e3|called]] the measures "economic terrorism" and threatened counter-steps. So far it has only suspended a cross-border bus service to Lithuania.

Analysts at a Warsaw-based consultancy estimate the rerouting adds about 25 dollars per tonne to costs. Belarus produces around a fifth of the world's potash, a key fertiliser ingredient.

Farm groups in Brazil, a major buyer, say they have not yet seen price effects."""),
]),
# ---------------------------------------------------------------------------- s06
dict(story="s06", topic="arrests after protests", events=[
    dict(e="e1", type="protest", date="2026-07-07", participants=["protesters"], location="Nairobi"),
    dict(e="e2", type="arrest", date="2026-07-07", participants=["Kenya Police Service"],
         location="Nairobi"),
    dict(e="e3", type="arrest", date="2026-07-08", participants=["Kenya Police Service"],
         location="Nairobi"),
    dict(e="e4", type="statement", date="2026-07-09", participants=["Kenya"], location="Nairobi"),
], tricky=[("e2", "e3", "arrests during the protest vs. a second wave of arrests in raids the next night, same city")],
articles=[
dict(id="a1", source="East Africa Newswire", published="2026-07-07",
     title="Police fire tear gas as fuel tax protests hit Nairobi",
     text="""NAIROBI - Thousands of people [[e1|marched]] through central Nairobi on Tuesday against a new fuel levy, and police fired tear gas and water cannon to stop them from reaching parliament.

Police [[e2|arrested]] 85 people during the [[e1|demonstrations]], a police spokeswoman said, adding that 12 officers had been injured by stones. Rights groups said at least 30 protesters were treated in hospital.

The levy, which took effect on July 1, adds about 8 shillings to a litre of petrol. The government says the money is needed to service debt.

Tuesday's [[e1|protest]] coincided with Saba Saba, the anniversary of the July 7, 1990 rally that helped push Kenya towards multi-party politics.

Shops in the central business district stayed closed for most of the day. Smaller rallies were reported in Kisumu and Nakuru."""),
dict(id="a2", source="Daily Horizon", published="2026-07-09",
     title="Second wave of arrests after Nairobi protests",
     text="""NAIROBI - Police [[e3|detained]] about 40 more people in overnight raids in Nairobi's Mathare and Kibera neighbourhoods on Wednesday, a day after 85 were [[e2|arrested]] during street [[e1|protests]] against the fuel levy.

Officers said those [[e3|picked up]] on Wednesday night were suspected of looting shops during Tuesday's [[e1|unrest]]. Families said many were young men taken from their homes without warrants.

The Law Society of Kenya called the [[e3|raids]] "collective punishment" and said its lawyers would seek the release of anyone held for more than 24 hours without charge.

Most of those [[e2|held]] on Tuesday were released on police bail on Wednesday and told to report to court next week.

Opposition leaders have called for further rallies on Monday. The government has said it will not withdraw the levy."""),
dict(id="a3", source="Continental Press Agency", published="2026-07-15",
     title="Kenya's interior minister defends police after protest arrests",
     text="""Kenya's interior minister on Thursday [[e4|defended]] the police response to last week's fuel tax protests, telling parliament that officers had acted "with restraint under extreme provocation".

Speaking to a parliamentary committee, Minister Joseph Kiprono said 85 people were [[e2|arrested]] during the July 7 [[e1|protests]] in Nairobi and 41 in follow-up [[e3|operations]] the next night. He said 19 had been charged with looting or assault.

In his [[e4|remarks]], Kiprono also accused "political entrepreneurs" of paying young people to join the [[e1|march]], without naming anyone.

Human rights groups have documented two deaths linked to the [[e1|protests]], which the police dispute.

The finance ministry said on Monday it would review the levy in the supplementary budget due in September. Fuel prices in Kenya are among the highest in East Africa."""),
]),
# ---------------------------------------------------------------------------- s07
dict(story="s07", topic="summit meeting", events=[
    dict(e="e1", type="meeting", date="2026-09-14", participants=["ASEAN"], location="Jakarta"),
    dict(e="e2", type="meeting", date="2026-09-15", participants=["ASEAN"], location="Jakarta"),
    dict(e="e3", type="agreement", date="2026-09-15", participants=["ASEAN", "Myanmar"],
         location="Jakarta"),
], tricky=[("e1", "e2", "ministers' preparatory meeting and the leaders' summit on consecutive days in the same city")],
articles=[
dict(id="a1", source="Pacific Newswire", published="2026-09-14",
     title="ASEAN ministers prepare Myanmar summit in Jakarta",
     text="""JAKARTA - Foreign ministers of the Association of Southeast Asian Nations [[e1|met]] in Jakarta on Monday to prepare a special leaders' [[e2|summit]] on Myanmar, Indonesian officials said.

The ministers' [[e1|talks]] focused on a draft declaration that would open humanitarian corridors into conflict areas of Myanmar and set up an ASEAN monitoring office in Yangon, diplomats said.

Leaders are due to [[e2|gather]] on Tuesday. Myanmar's military government is sending a senior official rather than its leader, in line with an ASEAN decision from 2021 to limit its representation.

Thailand and Malaysia have pushed for closer engagement with the junta, while the Philippines has called for firmer pressure, according to two diplomats familiar with the discussions.

More than three million people have been displaced inside Myanmar since the 2021 coup, according to the United Nations."""),
dict(id="a2", source="Gulf Dispatch", published="2026-09-16",
     title="ASEAN leaders agree Myanmar aid corridors",
     text="""JAKARTA - Southeast Asian leaders [[e3|agreed]] on Tuesday to open three humanitarian corridors into Myanmar and to station ASEAN monitors in Yangon, at a special [[e2|summit]] in the Indonesian capital.

The [[e3|declaration]], backed by all ten attending members, calls on all parties to allow aid convoys to pass through Shan, Kachin and Rakhine states within 30 days.

Indonesian President's spokesman Arif Wibowo said the [[e3|deal]] built on the work of the foreign ministers, who had [[e1|met]] on Monday to narrow differences over the text.

Myanmar's representative, a deputy foreign minister, did not object but said security on the routes would be handled by the army, which rights groups warned could undermine the plan.

In a separate session, leaders discussed a maritime code of conduct with China, but made no announcement."""),
dict(id="a3", source="Harbor Times", published="2026-09-22",
     title="Aid groups cautious on ASEAN Myanmar deal",
     text="""A week after Southeast Asian leaders [[e3|endorsed]] humanitarian corridors into Myanmar, aid agencies say they are still waiting for details on how convoys will be protected.

The plan, [[e3|adopted]] at the Jakarta [[e2|summit]] on September 15, gives the military government 30 days to guarantee access. The UN's humanitarian office said it was "ready to move as soon as the routes are open".

Diplomats said the toughest bargaining took place not at the leaders' [[e2|meeting]] but at the foreign ministers' [[e1|session]] the day before, where Thailand and the Philippines clashed over the wording on the army's role.

On Sunday a truck convoy carrying rice reached the Rakhine border town of Maungdaw, but it had been arranged before the ASEAN [[e3|deal]]. Its cargo will feed about 20,000 people for a month."""),
]),
# ---------------------------------------------------------------------------- s08
dict(story="s08", topic="hostage release", events=[
    dict(e="e1", type="attack", date="2026-01-11", participants=["JNIM"], location="Mopti"),
    dict(e="e2", type="agreement", date="2026-03-27", participants=["Mali", "JNIM", "Qatar"],
         location=None),
    dict(e="e3", type="statement", date="2026-03-28", participants=["Italy"], location="Rome"),
], tricky=[],
note="The release itself (2026-03-28) has no type in the label set; it is deliberately not in gold.",
articles=[
dict(id="a1", source="Sahel Report", published="2026-01-12",
     title="Gunmen kidnap aid workers in central Mali",
     text="""BAMAKO - Gunmen [[e1|kidnapped]] three foreign aid workers and their Malian driver on Sunday on a road outside Mopti in central Mali, a security source and the aid group said.

The four, working for an Italian water charity, were [[e1|seized]] when armed men on motorcycles stopped their vehicle about 20 kilometres east of the town. The [[e1|abduction]] has not been claimed, but the area is a stronghold of JNIM, the al-Qaeda-linked group.

The charity said two of the hostages are Italian and one is Spanish. It asked for their names not to be published.

Kidnappings of foreigners have become rarer in central Mali as most Western organisations have withdrawn staff since 2022. In May last year, a convoy of the same charity was attacked near Djenne, but no one was taken.

Italy's foreign ministry said a crisis unit had been activated."""),
dict(id="a2", source="Continental Press Agency", published="2026-03-28",
     title="Four hostages freed in Mali after Qatari-brokered deal",
     text="""ROME - Three European aid workers and a Malian driver held since January were freed on Saturday under a [[e2|deal]] brokered by Qatar, Italy's foreign ministry said.

In a [[e3|statement]], Foreign Minister Carla Benedetti thanked Qatar and the Malian authorities and said the four were "tired but in good health". She did not say whether a ransom was paid.

A Malian security source said the [[e2|agreement]], concluded on Friday, included the release of several JNIM prisoners held in Bamako.

The hostages had been [[e1|seized]] on January 11 near Mopti while working on a well-drilling project.

The two Italians and the Spaniard were flown to Niamey and are expected in Rome on Sunday. The Malian driver has returned to his family in Mopti.

Spain's government also thanked Qatar. Madrid had sent a diplomat to Doha in February to follow the talks."""),
dict(id="a3", source="Sahel Report", published="2026-04-03",
     title="Questions over prisoner swap behind Mali hostage release",
     text="""BAMAKO - Details are emerging of the [[e2|arrangement]] that ended the 11-week captivity of four aid workers [[e1|kidnapped]] in central Mali.

According to two people involved, the [[e2|accord]] reached on March 27 through Qatari mediators saw Mali free five JNIM members, including a commander captured in 2024, in exchange for the hostages.

Italy's [[e3|announcement]] of the release on March 28 made no mention of prisoners, and Mali's government has declined to comment.

Security analysts warned the swap could encourage further kidnappings. The four were [[e1|taken]] in January on a road where army patrols had been reduced.

On Monday, suspected jihadists attacked a military post near Boni, killing four soldiers, the army said. Mali's junta has not commented on that attack either."""),
]),
# ---------------------------------------------------------------------------- s09
dict(story="s09", topic="earthquake casualties", events=[
    dict(e="e1", type="casualties", date="2026-06-03", participants=[], location="Malatya"),
    dict(e="e2", type="casualties", date="2026-06-04", participants=[], location="Malatya"),
    dict(e="e3", type="support", date="2026-06-04", participants=["European Union", "Turkey"],
         location="Malatya"),
    dict(e="e4", type="report", date="2026-06-10", participants=["AFAD"], location="Ankara"),
], tricky=[("e1", "e2", "deaths in the main quake vs. deaths in a strong aftershock the next day, same province")],
articles=[
dict(id="a1", source="Anatolian Desk", published="2026-06-03",
     title="Earthquake kills at least 12 in eastern Turkey",
     text="""ANKARA - A magnitude 6.1 earthquake struck Malatya province in eastern Turkey on Wednesday, [[e1|killing]] at least 12 people and injuring more than 200, the disaster agency AFAD said.

The quake hit at 14:22 local time at a depth of about 10 kilometres. Several buildings collapsed in the town of Doğanşehir, where rescue teams were searching the rubble.

"We expect the [[e1|death toll]] to rise," Interior Minister Selim Aydın told reporters in Malatya.

The region is still rebuilding after the February 2023 earthquakes, which killed more than 50,000 people in Turkey and Syria. Many residents have lived in container cities since then.

Schools in the province will be closed until Monday. The Kandilli Observatory in Istanbul recorded more than 60 aftershocks in the first three hours, the strongest of magnitude 4.2. Officials urged residents not to return to cracked buildings."""),
dict(id="a2", source="Continental Press Agency", published="2026-06-05",
     title="Aftershock adds to toll as EU rescuers reach Malatya",
     text="""MALATYA, Turkey - A strong aftershock of magnitude 5.4 shook Malatya province on Thursday morning, [[e2|killing]] six people in already damaged buildings, as the [[e1|death toll]] from Wednesday's quake rose to 41.

The six [[e2|victims]] of the aftershock included two rescue volunteers in Doğanşehir, AFAD said.

European Union rescue teams from Greece, Italy and Romania [[e3|arrived]] on Thursday under the EU civil protection mechanism, bringing sniffer dogs and heavy equipment. The EU also released 3 million euros in emergency [[e3|aid]].

Turkey's president visited the area on Thursday and promised new housing within a year.

More than 3,000 people spent the night in tents set up in the city stadium. The Turkish Red Crescent said it had distributed 12,000 hot meals since Wednesday. Several villages in the mountains east of Doğanşehir were still cut off by landslides on Thursday."""),
dict(id="a3", source="Anatolian Desk", published="2026-06-11",
     title="Malatya quake toll stands at 47, AFAD report says",
     text="""ANKARA - Forty-one people were [[e1|killed]] in last week's magnitude 6.1 earthquake in Malatya and six more in the aftershock the following day, the disaster agency AFAD said in its final [[e4|report]] published on Wednesday.

The [[e4|assessment]] puts the number of injured at 612 and says 1,340 buildings are uninhabitable.

It praised the work of foreign teams, including 180 rescuers sent by the European Union, whose [[e3|assistance]] helped pull 11 people alive from the rubble.

The aftershock [[e2|deaths]], all in the district of Doğanşehir, have prompted calls for stricter rules on re-entering damaged homes.

Reconstruction is expected to cost about 400 million dollars, the environment ministry said. Families whose homes were destroyed will receive rent support for twelve months, the government announced. Opposition deputies have asked why buildings repaired after 2023 collapsed again."""),
]),
# ---------------------------------------------------------------------------- s10
dict(story="s10", topic="trade deal deadline", events=[
    dict(e="e1", type="deadline", date="2026-06-30", participants=["Canada", "European Union"],
         location=None),
    dict(e="e2", type="meeting", date="2026-06-22", participants=["Canada", "European Union"],
         location="Brussels"),
    dict(e="e3", type="agreement", date="2026-06-29", participants=["Canada", "European Union"],
         location="Brussels"),
], tricky=[],
articles=[
dict(id="a1", source="Capital Ledger", published="2026-06-22",
     title="Canada, EU negotiators race steel quota deadline",
     text="""BRUSSELS - Canadian and EU trade negotiators [[e2|opened]] a final round of talks in Brussels on Monday on steel import quotas, eight days before a June 30 [[e1|deadline]] after which EU safeguard duties would start to apply to Canadian steel.

Officials on both sides said the [[e2|talks]] were expected to run through the week. The main sticking point is the size of a duty-free quota for Canadian hot-rolled coil.

If no deal is reached by the end of the month, a 25 percent tariff will apply to volumes above the current quota, a European Commission spokesperson said.

Canada exported about 1.1 million tonnes of steel to the EU last year. Ottawa argues that its mills should be treated like those of European Free Trade Association members."""),
dict(id="a2", source="Northern Wire Service", published="2026-06-29",
     title="Canada and EU strike steel deal a day before deadline",
     text="""OTTAWA - Canada and the European Union [[e3|reached]] an agreement on Monday on steel import quotas, a day before the [[e1|deadline]] that would have triggered EU tariffs on Canadian shipments, Trade Minister Claire Dubois said.

Under the [[e3|deal]], Canada will get a duty-free quota of 900,000 tonnes a year, up from 650,000, with a review in 2028.

The [[e3|breakthrough]] came after a week of [[e2|negotiations]] in Brussels that ended late on Sunday, officials said.

"We protected thousands of jobs in Hamilton and Sault Ste. Marie," Dubois said.

The EU's trade commissioner said the deal showed that "partners who play by the rules get a fair hearing".

Separately, Canada and Mexico are preparing for a review of the North American trade pact next month. Talks on dairy access are expected to be difficult."""),
dict(id="a3", source="Harbor Times", published="2026-07-06",
     title="Steelworkers say EU quota deal falls short",
     text="""Canada's largest steelworkers' union said on Monday that the quota [[e3|agreement]] struck with the European Union a week ago did not go far enough, even though it averted tariffs that were due to kick in after the June 30 [[e1|cutoff]].

The union said the 900,000-tonne quota would still leave some mills running below capacity.

Trade experts said the Brussels [[e2|round]], which lasted a week, had been unusually tense. The EU side wanted stronger rules on steel originating from third countries and transshipped through Canada.

The European Parliament's trade committee is due to review the [[e3|accord]] in September, a formality according to officials.

Steel prices in North America fell 2 percent last week. Canada's trade ministry said it would publish the text of the quota arrangement by the end of July."""),
]),
# ---------------------------------------------------------------------------- s11
dict(story="s11", topic="letter from officials", events=[
    dict(e="e1", type="letter", date="2026-05-04",
         participants=["United States Senate", "U.S. Department of Defense"], location=None),
    dict(e="e2", type="letter", date="2026-05-06",
         participants=["Governor of Georgia", "U.S. Department of Defense"], location=None),
    dict(e="e3", type="statement", date="2026-05-07", participants=["Pentagon"],
         location="Washington, D.C."),
], tricky=[("e1", "e2", "two letters to the same recipient on the same topic two days apart, different senders")],
articles=[
dict(id="a1", source="Capital Ledger", published="2026-05-05",
     title="Senators urge Pentagon to keep Georgia training camp open",
     text="""WASHINGTON - Twelve U.S. senators from both parties [[e1|wrote]] to Defense Secretary Mark Hollis on Monday urging him to drop plans to close Camp Harlow, an Army training site near Savannah, Georgia.

In the [[e1|letter]], the senators said the closure would cost about 2,400 civilian jobs and weaken training for units that deploy to Europe. "We ask that you pause any decision until Congress has reviewed the data," they wrote.

The Army proposed the closure in March as part of a review of its training infrastructure. It argues the camp's ranges are too small for modern artillery.

Georgia's two senators were among the signatories. Governor Ellen Tate is expected to make her own [[e2|appeal]] this week, her office said.

The Pentagon did not respond to a request for comment."""),
dict(id="a2", source="Harbor Times", published="2026-05-07",
     title="Georgia governor joins fight over Camp Harlow",
     text="""ATLANTA - Georgia Governor Ellen Tate [[e2|sent]] a letter to the Pentagon on Wednesday offering state land to expand Camp Harlow, two days after a bipartisan group of senators [[e1|appealed]] to the defense secretary to keep the Army site open.

Tate's [[e2|letter]] proposes transferring 3,000 acres of forest next to the camp at no cost, which she said would solve the Army's concern about the size of its ranges.

"We are not asking for charity, we are offering a solution," the governor told reporters at the state capitol.

Local business leaders in Savannah said the camp brings about 180 million dollars a year to the region.

A similar closure plan for a base in Georgia was dropped in 2005 after a campaign by state officials."""),
dict(id="a3", source="Capital Ledger", published="2026-05-12",
     title="Pentagon says no decision yet on Camp Harlow",
     text="""WASHINGTON - The Pentagon said on Thursday that no final decision had been taken on closing Camp Harlow in Georgia and that it would study the state's land offer.

"The department has received the correspondence from members of the Senate and from the governor and will respond to both," spokeswoman Dana Whitfield [[e3|said]] at a briefing.

The senators' [[e1|letter]] of May 4 and Governor Ellen Tate's [[e2|offer]] two days later have turned the closure into a test of political influence ahead of the fiscal 2027 defense budget.

In her [[e3|comments]], Whitfield said the Army's review would be completed by August.

The Army is also considering closing two smaller sites in Texas and Washington state. Both have drawn far less political opposition than Camp Harlow, which trains about 15,000 soldiers a year."""),
]),
# ---------------------------------------------------------------------------- s12
dict(story="s12", topic="troop withdrawal", events=[
    dict(e="e1", type="withdrawal", date="2026-09-30", participants=["Spain"], location="Besmaya"),
    dict(e="e2", type="attack", date="2026-10-02", participants=["Kataib Hezbollah"],
         location="Erbil"),
    dict(e="e3", type="attack", date="2026-10-03", participants=[], location="Erbil"),
    dict(e="e4", type="statement", date="2026-10-01", participants=["Iraq"], location="Baghdad"),
], tricky=[("e2", "e3", "two drone attacks on the same airport on consecutive nights")],
articles=[
dict(id="a1", source="Gulf Dispatch", published="2026-09-30",
     title="Spanish troops leave Iraq's Besmaya base",
     text="""BAGHDAD - The last Spanish soldiers of the international coalition against Islamic State [[e1|left]] the Besmaya training base south-east of Baghdad on Wednesday, ending a mission that began in 2015, Spain's defence ministry said.

About 150 troops [[e1|withdrew]] in a convoy to Baghdad airport and were flown to Zaragoza. Spain had trained some 60,000 Iraqi soldiers at Besmaya, the ministry said.

The [[e1|pullout]] is part of a plan agreed between Baghdad and the US-led coalition in 2024 to end the coalition's military mission in federal Iraq by September 2026. A smaller presence will remain in the Kurdistan region until 2027.

ISIS no longer controls territory in Iraq but its cells still carry out attacks in Kirkuk and Diyala provinces.

Iran-backed factions have repeatedly demanded a faster departure of foreign forces."""),
dict(id="a2", source="Continental Press Agency", published="2026-10-03",
     title="Drone attack targets Erbil airport after coalition drawdown",
     text="""ERBIL, Iraq - A drone packed with explosives [[e2|struck]] near the military section of Erbil international airport late on Friday, causing a fire but no casualties, the Kurdistan region's counter-terrorism service said.

It blamed Kataib Hezbollah, an Iran-backed militia, for the [[e2|attack]]. The group did not comment.

The [[e2|strike]] came two days after Spain [[e1|withdrew]] its last troops from the Besmaya base, and a day after Iraqi Prime Minister Hassan al-Karimi [[e4|said]] the country "no longer needs foreign combat forces".

US-led coalition troops remain at the Erbil airbase under the 2024 agreement. Washington has said attacks on its personnel would be answered.

In Diyala province, a roadside bomb wounded three Iraqi soldiers on Friday; police said Daesh militants were suspected."""),
dict(id="a3", source="Gulf Dispatch", published="2026-10-08",
     title="Second Erbil drone strike raises fears of escalation",
     text="""ERBIL - Kurdish officials said on Wednesday they had recovered debris from two drones used in separate attacks on Erbil airport on consecutive nights last week, and that both were of the same Iranian-made type.

The first [[e2|attack]], on Friday night, set fire to a storage area. A second drone was [[e3|launched]] at the airport perimeter on Saturday night and shot down by air defences; falling debris injured one guard, officials said. No group claimed the second [[e3|attack]].

Both incidents followed the [[e1|departure]] of Spanish forces from Besmaya on September 30 and the prime minister's [[e4|remarks]] on October 1 that Iraq no longer needed foreign combat troops.

Analysts said Iran-aligned groups, including factions close to Hizbollah, want to show the drawdown is happening under pressure. The ISIL remnants remain a separate threat in the north."""),
]),
]
