"""Source of ../stories_dev14/articles.jsonl and ../stories_dev14/gold.jsonl.

FOURTEENTH DEVELOPMENT story set (stories_dev14) for the cross-article deduplication benchmark.
It was written blind: without running the timeline extractor, the `timeline` command or any
benchmark on these texts and without reading the system's code, extraction or clustering
rules, patterns or word lists, the benchmarks or the tests.  Only the format of the earlier
sets was consulted (build_stories.py, validate.py's check_stories, the docstring and first
two stories of stories_dev13_spec, the topic lists in tests/gold/README.md so that the
topics differ, and DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's
errors on it may be read and used for tuning once it has been measured.

The set leans on politics, diplomacy and security, in places and conflicts the earlier sets
had not used: the South Ossetian dividing line in Georgia, the Ecuador-Colombia border, Palau,
The Gambia, Bosnia and Herzegovina, eastern Sabah and the Sulu Sea, Baikonur in Kazakhstan,
the Mauritania-Mali border, Kosovo-Serbia and the Essequibo.  Ten stories (d01..d10) of
4-5 gold events each are told by 3-4 articles from different invented outlets, published
on different days over one to three weeks of 2026; every story has one tricky pair of two
different gold events of the same type.  Each story mixes a short agency item, a longer
follow-up with background, and an analysis or a later report that retells the earlier
events with relative dates and other words.  Totals: 35 articles (206-248 words), 49 gold
events, 214 mentions (391 same-event mention pairs), 10 tricky pairs (207 cross-event mention
pairs that must stay apart).  Two events are mentioned in one article only (d06-e5, d07-e5),
each with three mentions.

All articles are fiction written for this data set (invented outlets, people, an armed
faction, ships, a political party and events; real places and institutions).  Event
mentions are marked inline as [[eN|trigger]]; build_stories.py strips the markers, computes
character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev14_spec \\
        --out tests/gold/stories_dev14

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: troops that "would be sent", "will meet
on Tuesday", "would arrive at Camp Butmir on Monday", "would sign an agreement during the
visit", "is due to visit Bamako on Thursday", "will hold closed consultations on Monday"),
and background / side events are deliberately left unmarked, even when they have the same
type as a gold event: the brothers' release after paying fines, the fence put up in 2019,
the 38 people held along the South Ossetian line last year, the 2008 war, the EU mission's
hotline call, the Georgian ministry's further comment of March 9, the next Ergneti session
in April; the soldiers' deaths and injuries in the Ecuadorian attacks, the president's
remarks, Colombia's regret, Sucumbíos's state of emergency, the drone brought down, the
Colombian marine battalion moved to Puerto Asís, the 2016 peace deal, Colombia's stalled
talks with dissident factions; the Chinese ship's survey, the existing U.S. shiprider
arrangement, the Compact of Free Association, the embassy's and High Commission's
announcements, the Palauan president's thanks and his remarks after the signing, a U.S. Air
Force exercise two years earlier, China's reply; the 2022 Gambian coup attempt and the four
soldiers detained then, soldiers posted at Banjul junctions, ECOWAS's first comment and its
mission present since 2017, the lawyer's statements, the tear gas fired at the Brikama
march, the treason charges; the Dayton accords, the 2006 army merger, the opposition
walkout, Kovačić's speeches and his Bijeljina rally, the OFAC and Foreign Office comments,
Hungary's earlier vetoes of EU sanctions, the EUFOR commander's visits and meetings with
police chiefs, a possible referendum; the 2013 Lahad Datu incursion, the sea curfew, the
2017 trilateral patrols, Indonesia's first comment, the ransom call, the Philippine
military's stepped-up patrols, the marine police returning fire; the 1994 Baikonur lease and
its 2004 extension, Russian media reports on delayed payments, the Soyuz launch schedule;
the summoning of Mali's ambassador, Mali's denials, the 2022 killings of Mauritanians in
Mali, the herders' burial and their release at Fassala, the joint border commission; the
Kraljevo court's custody order and suspended sentence, the 2023 arrest of three Kosovo
officers and the Banjska attack, the EU envoy's comments, the officers' release agreed
before the second round; the earlier shootings on the Cuyuni in February and May, the 2023
Essequibo referendum and the St Vincent meeting and its pledge, the ICJ case, Venezuela's
denials, the Venezuelan defence minister's remarks, Brazil's December 2023 reinforcement,
Guyana's alert and the stepped-up GDF patrols.

Aggregate mentions covering two gold events ("both cases", "The month's two detentions",
"two attacks in a week", "both attacks", "the patrols" welcomed by opposition senators,
"The two sets of sanctions", "the exchange of letters", "Two raids in eight
days", "Both rounds", "Neither troop movement") and negated or hypothetical mentions ("no
such raid had been recorded", "did not rule out its own measures", "studying all options",
"the means to reinforce at short notice", "hope to settle the dispute", "a referendum ...
could be held", "no new shootings", "would not produce a formal statement") are not marked.
Ongoing custody ("are being held", "where he is held", "still held") is not an arrest
mention.  Titles are not annotated.  Articles are 190-250 words.  The articles of a story
are published on different days, so the same weekday name points to different dates ("on
Friday" is the U.S. sanctions of September 11 in one Bosnia article and "that Friday" in
another; in the Baikonur story the reply letter is "dated Friday", November 6, and the
ultimatum "lapsed on Friday", November 20; "on Monday" is the Ecuadorian ambush of April 6,
the first Brussels round of July 13 and the Security Council consultations of August 17;
"last Wednesday" is May 13, June 3, June 10, July 8 and August 5 in different stories), and
some dates are only given relatively ("the day after", "the next day", "the following day",
"a day after", "one day before", "two days later", "three days after", "four days after",
"four days later", "five days after", "barely five days after", "six days after", "six days
later", "eight days after", "ten days after", "a week after", "a week ago", "a week earlier",
"within days", "two weeks ago", "the following Saturday", "the following weekend", "on the
Saturday", "that Friday", "last Monday", "last Tuesday", "last Wednesday", "last Thursday",
"last Friday", "last week", "earlier this month", "the next week", "next week", "next
Monday", "on Thursday next week").

Type conventions used here (the type list has no better fit):
  * Russian border guards detaining two brothers at Khurvaleti and a shepherd near Ditsi six
    days later (a tricky pair), military police arresting eleven soldiers at Yundum and
    police arresting a former minister in Brikama four days later (a tricky pair), and
    Serbian police arresting three Kosovo police officers are `arrest` events;
  * the Georgian foreign ministry's condemnation, the Palauan president's accusation at a
    news conference, the Gambian information minister's televised announcement, the High
    Representative's statement that a law is void and Mauritania's foreign ministry
    statement are `statement` events; every reporting verb or noun of that one act is a
    mention ("told" and "said" in one article);
  * an ambush of a canoe patrol and a drone attack on an army post five days later (a tricky
    pair), the abduction of four fishermen at sea and a failed raid on a seaweed farm eleven
    days later (a tricky pair; a kidnapping is an attack), a raid on a herders' camp and the
    abduction of three herders at a water point eight days later (a tricky pair), and gunmen
    firing on a Guyanese army boat are `attack` events; the deaths and injuries in them are
    part of the attack and are not marked (no casualties event is in gold);
  * troop reinforcements sent to Sucumbíos, a U.S. Coast Guard cutter sent to Koror and an
    Australian patrol aircraft based at Airai five days later (a tricky pair), EUFOR reserve
    troops arriving at Camp Butmir, Malaysian navy and police reinforcements in eastern
    Sabah, Mauritanian troops sent to Hodh Ech Chargui, and Venezuelan troops moved onto
    Anacoco Island and Brazilian armoured units sent to Pacaraima three days later (a tricky
    pair) are `deployment` events;
  * a mechanism meeting at Ergneti, defence ministers' talks on the Rumichaca bridge and in
    Tarakan, the Palauan president's visit to Canberra, an ECOWAS delegation's talks with
    the Gambian president, deputy prime ministers' talks in Astana, a defence minister's
    visit to Bamako, two rounds of EU-facilitated talks in Brussels a week apart (a tricky
    pair) and closed Security Council consultations are `meeting` events;
  * a joint-patrol protocol, a maritime surveillance pact, a trilateral accord on sea
    patrols and a rent-repayment deal are `agreement` events; where the agreement was
    reached at a meeting the same day (d02, d06, d07) the meeting and the agreement are two
    events;
  * Kazakhstan's letter to Roscosmos and Roscosmos's reply four days later (a tricky pair),
    the Kosovo prime minister's letter to the EU and Guyana's letter to the UN Security
    Council are `letter` events; the deadline set in Kazakhstan's letter is a separate
    `deadline` event dated to its expiry (November 20);
  * U.S. and British sanctions on the same three Bosnian Serb leaders six days apart (a
    tricky pair) are `sanction` events;
  * the Republika Srpska assembly's vote on a law is an `election` event (a parliamentary
    vote);
  * a march by an opposition leader's supporters in Brikama and a rally in Pristina are
    `protest` events;
  * multi-word triggers are used only where one word does not name the event: "led away",
    "picked up", "rounded up", "came under fire", "opened fire", "shot at";
  * releases of detainees and hostages have no type in the list and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- d01
dict(story="d01", topic="detentions along the South Ossetian dividing line: two brothers held at Khurvaleti, the Georgian foreign ministry's condemnation, a shepherd seized near Ditsi six days later and an Incident Prevention and Response Mechanism meeting (Khurvaleti, Ditsi and Ergneti, Georgia)", events=[
    dict(e="e1", type="arrest", date="2026-03-03", participants=["Russian border guards", "Zurab Kapanadze", "Davit Kapanadze"],
         location="Khurvaleti"),
    dict(e="e2", type="statement", date="2026-03-04", participants=["Georgian Ministry of Foreign Affairs"], location="Tbilisi"),
    dict(e="e3", type="arrest", date="2026-03-09", participants=["Russian border guards", "Avtandil Meladze"], location="Ditsi"),
    dict(e="e4", type="meeting", date="2026-03-12", participants=["Georgia", "South Ossetia", "EU Monitoring Mission", "OSCE"],
         location="Ergneti"),
], tricky=[("e1", "e3", "two brothers detained while collecting firewood at Khurvaleti on Tuesday March 3 vs a shepherd seized with his flock near Ditsi on Monday March 9, same guards, same dividing line, a few kilometres and six days apart")],
note="The brothers' release after paying fines, the fence put up in 2019, the 38 people held along the line last year, "
     "the 2008 war and Russia's recognition of South Ossetia, the EU mission's hotline call, the ministry's further "
     "comment on March 9, the South Ossetian reply that Meladze will face trial and the next mechanism session in April "
     "are side / background events. 'both cases' and 'the month's two detentions' cover e1 and e3 and are not marked.",
articles=[
dict(id="a1", source="Caucasus Newswire", published="2026-03-04",
     title="Russian guards detain two Georgian brothers at South Ossetian line",
     text="""TBILISI - Russian border guards [[e1|detained]] two Georgian brothers who were collecting firewood near the village of Khurvaleti, on the edge of the breakaway region of South Ossetia, on Tuesday afternoon, Georgia's State Security Service said.

Zurab Kapanadze, 41, and his brother Davit, 37, were driven to Tskhinvali, the region's main town, where the de facto authorities accuse them of "illegally crossing the state border". Georgia does not recognise the line as a border. Relatives said the men had been cutting dead branches in an orchard the family has worked for decades, about 200 metres from a green fence that Russian troops put up in 2019.

Georgia's Foreign Ministry [[e2|condemned]] the [[e1|detention]] on Wednesday as "another act of illegal borderisation" and called on Moscow, "as the power exercising effective control", to free both men at once. The ministry's [[e2|statement]] also asked the co-chairs of the Geneva International Discussions to take up the case.

The European Union Monitoring Mission, which patrols the Georgian side of the line but is refused access to South Ossetia, said it had raised the matter over its hotline.

Incidents of this kind are common. Georgian officials counted 38 people held along the line last year; most were freed after a few days, once their families had paid fines imposed by a court in Tskhinvali.

Khurvaleti, where the fence now runs between houses and their gardens, has become a symbol of the creeping line since Moscow recognised South Ossetia's independence after the 2008 war."""),
dict(id="a2", source="Mtkvari Post", published="2026-03-10",
     title="Shepherd seized near Ditsi days after Khurvaleti arrests",
     text="""GORI - Russian border guards [[e3|seized]] a shepherd grazing his sheep near the village of Ditsi on Monday, six days after two brothers were [[e1|detained]] at Khurvaleti, a few kilometres to the west.

Avtandil Meladze, 58, was [[e3|led away]] across the dividing line with South Ossetia together with part of his flock, his son Nika told local television. The State Security Service said the [[e3|arrest]] took place on land controlled by Tbilisi, about 150 metres from the nearest sign put up by the Russian side.

The Kapanadze brothers, [[e1|picked up]] last Tuesday, came home on Saturday after their family paid a fine of 2,000 roubles each. Zurab Kapanadze said they had been questioned for two nights in a cell in Tskhinvali and made to sign papers in Russian that he could not read.

The Foreign Ministry, which last week [[e2|denounced]] the brothers' [[e1|detention]] as "illegal borderisation", said on Monday that nothing had changed "except the name of the victim".

Officials from both sides are due to [[e4|meet]] on Thursday in Ergneti, the village on the line where the Incident Prevention and Response Mechanism has gathered since 2009. The EU Monitoring Mission, which chairs the [[e4|meeting]] together with the OSCE, said both cases would be on the agenda.

In Ditsi, neighbours said Meladze had grazed the same pasture for thirty years and knew every marker by heart. "The line moves, the grass doesn't," one of them said."""),
dict(id="a3", source="Black Sea Security Review", published="2026-03-16",
     title="Ergneti talks end without a release",
     text="""ANALYSIS - Thursday's [[e4|session]] of the Incident Prevention and Response Mechanism at Ergneti lasted almost five hours and ended, like most of its predecessors, with nothing either side could take home.

Georgian officials demanded the release of Avtandil Meladze, the shepherd [[e3|detained]] near Ditsi on March 9. The South Ossetian delegation replied that he had been [[e3|caught]] "deep inside" its territory and would stand trial. The only point of agreement was to meet again in April.

The month's two detentions were textbook cases. On March 3 guards [[e1|grabbed]] Zurab and Davit Kapanadze in an orchard at Khurvaleti; the brothers were freed four days later, after their family paid fines. The Foreign Ministry's [[e2|condemnation]] the day after their [[e1|capture]] was sharper than usual: for the first time it named Russia's border service, rather than "the occupation regime", as responsible.

"Ergneti is a place where incidents are recorded, not prevented," said Tamar Lomidze, a researcher at the Tbilisi Institute for Security Studies. "Everyone at that table knows the fence will move again in spring."

At the [[e4|meeting]], the head of the EU mission showed photographs of 14 new signs planted along the line since January, some of them inside orchards that Georgian farmers still use.

For villagers the practical advice has not changed in fifteen years: do not graze, pick or cut wood anywhere near a green sign. In Ditsi, Meladze's flock is now being looked after by his brother."""),
]),
# ---------------------------------------------------------------------------- d02
dict(story="d02", topic="Colombian dissidents on the Ecuadorian border: ambush of a river patrol on the San Miguel, Ecuadorian troop reinforcements in Sucumbíos, a drone attack on the army post at Puerto El Carmen, the defence ministers' meeting on the Rumichaca bridge and their joint-patrol protocol (Sucumbíos, Ecuador; Tulcán - Ipiales)", events=[
    dict(e="e1", type="attack", date="2026-04-06", participants=["Frente Fronterizo del Putumayo", "Ecuadorian Army"],
         location="San Miguel River"),
    dict(e="e2", type="deployment", date="2026-04-08", participants=["Ecuadorian Armed Forces"], location="Sucumbíos"),
    dict(e="e3", type="attack", date="2026-04-11", participants=["Frente Fronterizo del Putumayo", "Ecuadorian Army"],
         location="Puerto El Carmen de Putumayo"),
    dict(e="e4", type="meeting", date="2026-04-14", participants=["Gabriela Cordero", "Andrés Pineda", "Ecuador", "Colombia"],
         location="Rumichaca Bridge"),
    dict(e="e5", type="agreement", date="2026-04-14", participants=["Ecuador", "Colombia"], location="Rumichaca Bridge"),
], tricky=[("e1", "e3", "gunmen firing on a canoe patrol on the San Miguel river on Monday April 6 vs drones bombing the army post in Puerto El Carmen de Putumayo on Saturday April 11, same group blamed, same stretch of border, five days apart")],
note="The soldiers' deaths and injuries are part of the attacks and not marked separately. The president's remarks calling "
     "the ambush an act of war, Colombia's regret, the state of emergency in Sucumbíos, the drone shot down, the Colombian "
     "marine battalion moved to Puerto Asís last month, the 2016 peace deal and the joint command post are side / "
     "background events. 'two attacks in a week' and 'both attacks' are not marked.",
articles=[
dict(id="a1", source="Andean Wire Service", published="2026-04-07",
     title="Three Ecuadorian soldiers dead in border river ambush",
     text="""QUITO - Gunmen [[e1|ambushed]] an Ecuadorian army patrol on the San Miguel river, which marks the border with Colombia, on Monday, leaving three soldiers dead and two wounded, the Joint Command of the Armed Forces said.

The patrol, travelling in two motor canoes, [[e1|came under fire]] from the Colombian bank about 15 kilometres upstream of Puerto El Carmen de Putumayo, in Sucumbíos province. The command blamed the Frente Fronterizo del Putumayo, a faction of former FARC guerrillas who rejected the 2016 peace deal and now control cocaine routes along the river.

President Daniel Arboleda, speaking in Quito on Monday night, called the [[e1|attack]] "an act of war against the state" and said 1,500 more troops would be [[e2|sent]] to the northern border within 48 hours. He also asked Bogotá to act against the group on its side of the river.

Colombia's foreign ministry said it deeply regretted the deaths and offered to share intelligence with Quito.

The San Miguel has become one of the busiest smuggling corridors in the western Amazon. Ecuadorian officials say fuel, chemicals and weapons move south across it, while coca paste moves north to laboratories in Putumayo department.

Sucumbíos, home to most of Ecuador's oil fields, has been under a state of emergency since January, after a wave of killings in its capital, Nueva Loja. Residents say armed men from across the river collect "taxes" from shopkeepers and boatmen on both banks."""),
dict(id="a2", source="Quito Ledger", published="2026-04-12",
     title="Drone bombs hit army post on Colombian border",
     text="""Explosive-laden drones [[e3|struck]] an Ecuadorian army post at Puerto El Carmen de Putumayo before dawn on Saturday, wounding four soldiers, five days after three of their comrades died in an [[e1|ambush]] on the San Miguel river nearby.

The two small drones carried improvised charges and came in low over the river shortly before 4 a.m., the army said; the sleeping quarters and the fuel store were damaged. A third was brought down by rifle fire. No group has claimed the [[e3|strike]], but officers said the devices resembled those used by the Frente Fronterizo del Putumayo in southern Colombia.

The [[e3|raid]] came as the 1,500 [[e2|reinforcements]] ordered by President Daniel Arboleda were still settling in. Infantry units, armoured vehicles and two navy river boats [[e2|arrived]] in Nueva Loja and Puerto El Carmen on Wednesday.

Defence Minister Gabriela Cordero said the [[e2|deployment]] would double the number of soldiers on the San Miguel by the end of the month. She will [[e4|meet]] her Colombian counterpart, Andrés Pineda, on Tuesday on the Rumichaca bridge, the main crossing between the two countries, to discuss joint patrols.

Residents of Puerto El Carmen, a town of about 3,000 people, said the [[e3|blasts]] woke the whole riverfront. Several families left by road for Nueva Loja on Saturday afternoon.

"We used to fear the river. Now we fear the sky," said Rosa Quiñónez, who runs a grocery opposite the post. She said she would keep her shop closed for a week."""),
dict(id="a3", source="Pacific Andes Monitor", published="2026-04-15",
     title="Ecuador and Colombia agree joint patrols on the San Miguel",
     text="""TULCÁN, Ecuador - Ecuador and Colombia [[e5|agreed]] on Tuesday to coordinate army and police patrols along the San Miguel and Putumayo rivers and to share real-time intelligence on the armed groups that operate there.

The [[e5|protocol]] was signed by the two defence ministers, Gabriela Cordero of Ecuador and Andrés Pineda of Colombia, at the end of a four-hour [[e4|meeting]] on the Rumichaca bridge, which links Tulcán with the Colombian city of Ipiales. It creates a joint command post in Puerto El Carmen de Putumayo and allows "coordinated operations" on both banks, although troops of one country will not cross into the other.

The [[e4|talks]] were called after two attacks in a week on Ecuadorian forces. Three soldiers died when gunmen [[e1|fired]] on a river patrol on April 6, and four were wounded when drones [[e3|bombed]] the army post at Puerto El Carmen on Saturday. Quito blames both attacks on the Frente Fronterizo del Putumayo.

Pineda said Colombia had already moved a marine battalion to Puerto Asís last month and would add surveillance flights. Cordero said the 1,500 troops [[e2|sent]] north last week would stay "as long as necessary".

Human rights groups on both sides of the border warned that more soldiers could mean more abuses against civilians, and asked for the protocol's rules of engagement to be published.

Trade across the Rumichaca bridge, Ecuador's busiest land crossing, was halted for three hours during the ministers' [[e4|visit]]."""),
dict(id="a4", source="Frontier Security Brief", published="2026-04-24",
     title="Ecuador's river war: can a paper protocol hold?",
     text="""ANALYSIS - Ten days after Ecuador and Colombia [[e5|signed]] their patrol protocol on the Rumichaca bridge, the joint command post in Puerto El Carmen de Putumayo has a building and a flag, but not yet a radio link to the Colombian side.

The violence that led to the [[e4|talks]] came in quick succession. Gunmen on the Colombian bank [[e1|ambushed]] a canoe patrol on the San Miguel earlier this month, killing three soldiers; the following Saturday, drones [[e3|hit]] the army post in town. In between, President Daniel Arboleda [[e2|rushed]] 1,500 soldiers to Sucumbíos.

Since the [[e5|agreement]], the river has been quiet. Officers credit the extra boats; residents credit the rainy season, which makes the shallow smuggling channels hard to use.

"The armed groups are not retreating, they are waiting," said Mauricio Vela, a former army colonel who now teaches at the Institute of Higher National Studies in Quito. "A protocol is a promise to share intelligence. Whether Bogotá shares the good intelligence is another matter."

Critics in Quito point out that the [[e2|reinforcements]] were mostly taken from the southern border with Peru and from prison guard duty, leaving gaps elsewhere.

Colombia, for its part, faces the same groups with fewer resources. Its army has fought a dozen dissident factions in Putumayo and Caquetá since January, and the government's talks with some of them stalled in March.

The next test will come in June, when the rains end and the channels reopen."""),
]),
# ---------------------------------------------------------------------------- d03
dict(story="d03", topic="Chinese survey ship in Palau's waters: the president's accusation, a U.S. Coast Guard cutter sent to Koror, an Australian patrol aircraft based at Airai, the president's visit to Canberra and a maritime surveillance agreement (Koror and Airai, Palau; Canberra, Australia)", events=[
    dict(e="e1", type="statement", date="2026-05-05", participants=["Isaiah Ngirmang", "Palau", "China"], location="Koror"),
    dict(e="e2", type="deployment", date="2026-05-08", participants=["United States Coast Guard"], location="Koror"),
    dict(e="e3", type="deployment", date="2026-05-13", participants=["Royal Australian Air Force"], location="Airai"),
    dict(e="e4", type="meeting", date="2026-05-18", participants=["Isaiah Ngirmang", "Australia"], location="Canberra"),
    dict(e="e5", type="agreement", date="2026-05-19", participants=["Palau", "Australia"], location="Canberra"),
], tricky=[("e2", "e3", "the U.S. Coast Guard cutter Oliver Henry docking at Malakal harbour, Koror, on Friday May 8 vs the Australian P-8A patrol aircraft landing at Airai on Wednesday May 13, both sent to watch the same Chinese survey ship, five days apart")],
note="The Chinese ship's survey itself, the existing U.S. shiprider arrangement, the Compact of Free Association, the U.S. "
     "embassy's and the Australian High Commission's announcements, the president's thanks, China's foreign ministry reply, "
     "the funding of a second patrol boat as such and the ship leaving the zone are side / background events.",
articles=[
dict(id="a1", source="Pacific Islands Press", published="2026-05-06",
     title="Palau protests as Chinese survey ship lingers in its waters",
     text="""KOROR - Palau's President Isaiah Ngirmang [[e1|accused]] China on Tuesday of sending a research vessel to map the seabed inside Palau's exclusive economic zone without permission, and warned that his country of 18,000 people would "not be quiet about it".

The vessel, the Haiyang Tansuo 9, has moved slowly in a grid pattern about 120 nautical miles north-west of Kayangel atoll for nine days, according to Palau's Division of Marine Law Enforcement, which has one patrol boat to watch an area larger than France.

Ngirmang's [[e1|remarks]], at a news conference in Koror, were the sharpest from a Pacific leader about Chinese survey ships this year. Such vessels collect data on the seabed, currents and water temperature that scientists say can also serve submarine operations.

China, which has no diplomatic relations with Palau because Koror recognises Taiwan, did not respond. In past cases Beijing has said its ships were carrying out lawful scientific research in international waters.

The U.S. Embassy in Koror said a Coast Guard cutter would [[e2|arrive]] by the end of the week to help Palau's officers board and inspect vessels under an existing shiprider arrangement. Under the Compact of Free Association, Washington is responsible for Palau's defence.

Fishermen in Koror said they had seen the ship's lights on the horizon several nights running. "We know what a fishing boat looks like," said Ongerung Tellei, a tuna longline captain. "That was not a fishing boat."

Taiwan's embassy said it stood with Palau."""),
dict(id="a2", source="Koror Tide", published="2026-05-14",
     title="Australian patrol plane joins watch on Chinese ship",
     text="""An Australian P-8A Poseidon maritime patrol aircraft [[e3|landed]] at Palau International Airport in Airai on Wednesday and will fly daily surveillance missions over the country's northern waters, the Australian High Commission said.

The aircraft and a crew of about 40 will stay at least three weeks. Their [[e3|arrival]] follows that of the U.S. Coast Guard cutter Oliver Henry, which [[e2|docked]] at Malakal harbour last Friday and has since shadowed the Chinese research vessel Haiyang Tansuo 9 with Palauan officers on board.

The Chinese ship left Palau's zone on Sunday but has been sailing just outside it since then, according to the marine police.

President Isaiah Ngirmang, who last week [[e1|denounced]] the Chinese survey as "theft of our seabed", thanked both countries in a radio address on Wednesday night. He will fly to Canberra on Monday for [[e4|talks]] with Australia's prime minister, and officials said the two governments would sign a maritime surveillance [[e5|agreement]] during the [[e4|visit]].

Opposition senators welcomed the patrols but asked what Palau was giving in return. "Every plane that lands here comes with a bill, even if we never see it," Senator Kathy Remengesau told the Olbiil Era Kelulau, the national congress.

At the airport, curious residents gathered by the fence to photograph the grey aircraft, the largest to land in Airai since a U.S. Air Force exercise two years ago.

Palau's economy depends on tourism and fishing licences, and officials say illegal fishing costs it millions of dollars a year."""),
dict(id="a3", source="Southern Cross Bulletin", published="2026-05-20",
     title="Australia and Palau seal surveillance pact",
     text="""CANBERRA - Australia and Palau [[e5|signed]] an agreement on Tuesday that gives Australian patrol aircraft standing access to Palau's main airport and commits Canberra to pay for a second patrol boat for the Pacific nation, as both governments worry about Chinese survey ships in the region.

The [[e5|pact]] was concluded a day after Palau's president, Isaiah Ngirmang, [[e4|met]] the prime minister at Parliament House. Ngirmang's [[e4|visit]], the first by a Palauan leader in six years, was arranged in days.

Defence Minister Karen Lowther said the [[e5|deal]] was "about sovereignty, not about any one country". Ngirmang was blunter. The crisis began when he [[e1|accused]] Beijing on May 5 of mapping the seabed inside Palau's waters. Within days the United States [[e2|sent]] a Coast Guard cutter to Koror, and last Wednesday an Australian P-8A [[e3|arrived]] in Airai to track the Chinese vessel from the air.

"Our ocean is our country," Ngirmang told reporters after the [[e5|signing]]. "We cannot watch it with one boat."

China's foreign ministry said in Beijing that the ship had been doing legitimate research and accused "certain countries" of stirring up tension in the Pacific.

Analysts said the [[e5|agreement]] gives Australia a foothold north of the equator that it has long wanted. The patrol aircraft now in Airai will stay until the end of June, and further rotations are expected."""),
]),
# ---------------------------------------------------------------------------- d04
dict(story="d04", topic="alleged coup plot in The Gambia: soldiers arrested at Yundum barracks, the government's televised statement, the arrest of a former interior minister in Brikama, his supporters' march and an ECOWAS delegation's visit (Yundum, Brikama and Banjul, The Gambia)", events=[
    dict(e="e1", type="arrest", date="2026-06-02", participants=["Gambia Armed Forces", "eleven soldiers"], location="Yundum"),
    dict(e="e2", type="statement", date="2026-06-03", participants=["Fatou Sanneh", "The Gambia"], location="Banjul"),
    dict(e="e3", type="arrest", date="2026-06-06", participants=["Gambia Police Force", "Ousman Jabbi"], location="Brikama"),
    dict(e="e4", type="protest", date="2026-06-08", participants=["National Reform Party supporters"], location="Brikama"),
    dict(e="e5", type="meeting", date="2026-06-10", participants=["ECOWAS", "Ebrima Touray"], location="Banjul"),
], tricky=[("e1", "e3", "eleven soldiers arrested by military police at Yundum barracks on Tuesday June 2 vs the former interior minister arrested by police at his home in Brikama on Saturday June 6, same alleged plot, four days apart")],
note="The alleged plot itself, soldiers posted at junctions in Banjul and Serrekunda, the 2014 and 2022 coup attempts, "
     "the ECOMIG force present since 2017, ECOWAS's first comment, the lawyer's and the party's statements, the tear gas "
     "fired at the march and the charges brought against the soldiers are side / background events. "
     "'the detentions' covering both arrests is not marked.",
articles=[
dict(id="a1", source="West Coast Dispatch", published="2026-06-03",
     title="Gambian soldiers held over alleged coup plot",
     text="""BANJUL - Military police [[e1|arrested]] eleven soldiers, among them a major and two captains, at the Yundum barracks near the capital on Tuesday over what the government called a plot to overthrow President Ebrima Touray.

Information Minister Fatou Sanneh [[e2|told]] state television on Wednesday that the group had planned to seize the national broadcaster and the State House during the president's trip to an African Union meeting later this month. "The situation is under full control, and the armed forces remain loyal to the constitution," she [[e2|said]].

The soldiers are being held at a military facility and will be questioned by a joint team of army and police investigators. Sanneh did not say whether civilians were involved, but officials said the [[e1|arrests]] followed weeks of surveillance.

Soldiers in armoured vehicles were posted at the main junctions of Banjul and Serrekunda on Wednesday morning, but shops and markets opened as usual.

The Gambia, a narrow strip of land surrounded by Senegal except for its Atlantic coast, has seen several coup attempts, most recently in December 2022, when four soldiers were detained over a plan that officials said had been foiled before it started.

The Economic Community of West African States, which has kept a small military mission in the country since 2017, said it was "closely following" events and reaffirmed its "zero tolerance" for unconstitutional changes of government.

Touray, who was re-elected in 2021, has not spoken publicly since the [[e1|arrests]]."""),
dict(id="a2", source="Kombo Courier", published="2026-06-09",
     title="Former minister detained as coup probe widens",
     text="""BRIKAMA - Police [[e3|arrested]] former interior minister Ousman Jabbi at his home in Brikama late on Saturday, widening an investigation into an alleged coup plot that began with the [[e1|detention]] of eleven soldiers at Yundum barracks last Tuesday.

Jabbi, 63, who left the government in 2024 and now leads the opposition National Reform Party, is accused of financing the plotters. His lawyer, Amie Bojang, said the [[e3|arrest]] was "political" and that her client had not been allowed to see a doctor.

On Monday several hundred of his supporters [[e4|marched]] from Brikama market to the police station where he is held, chanting his name and waving the party's orange flags. Police fired tear gas to break up the [[e4|demonstration]] when some marchers tried to push through the gate, and at least nine people were treated for breathing problems.

Last Wednesday the government [[e2|announced]] on state television that the army had foiled a plan to seize the State House, but it has published no evidence. Jabbi's party says it learned of the accusation against him from social media.

A delegation from the Economic Community of West African States is expected in Banjul on Wednesday for [[e5|talks]] with President Ebrima Touray, the foreign ministry said.

Brikama, the country's second-largest town, is Jabbi's political base. Traders said the market reopened on Tuesday, but many stalls stayed shut."""),
dict(id="a3", source="Sahel & Coast Review", published="2026-06-15",
     title="ECOWAS backs Banjul, but asks for due process",
     text="""ANALYSIS - When the ECOWAS delegation [[e5|met]] President Ebrima Touray at the State House in Banjul last Wednesday, its message had two halves. The regional bloc stood by an elected government facing a plot; it also wanted the suspects treated by the book.

The affair started on June 2, when military police [[e1|rounded up]] eleven soldiers at Yundum barracks. The next day Information Minister Fatou Sanneh [[e2|declared]] on television that the armed forces had stopped a plan to seize the State House and the broadcaster. On the Saturday, police [[e3|detained]] Ousman Jabbi, a former interior minister turned opposition leader, in Brikama.

Jabbi's [[e3|arrest]] changed the mood. His supporters see a government using a real threat to remove a rival before next year's presidential election, and their [[e4|march]] in Brikama two days later was the largest opposition gathering there in years.

"ECOWAS cannot say no to coups and then stay silent when coup accusations are used against opponents," said Binta Sowe, a lawyer with a human rights group in Serrekunda.

According to a diplomat who attended the [[e5|meeting]], the delegation asked that all the detainees be charged or released within the legal time limit and that Jabbi have access to his lawyers.

The soldiers were charged with treason on Friday. Jabbi has not been charged, and his lawyer said on Sunday that she would ask the High Court to free him."""),
]),
# ---------------------------------------------------------------------------- d05
dict(story="d05", topic="Republika Srpska assembly's vote to withdraw from Bosnia's joint army and border police, the High Representative's statement, U.S. and British sanctions on the entity's leaders and EUFOR reserve troops sent to Sarajevo (Banja Luka and Sarajevo, Bosnia and Herzegovina)", events=[
    dict(e="e1", type="election", date="2026-09-08", participants=["National Assembly of Republika Srpska"], location="Banja Luka"),
    dict(e="e2", type="statement", date="2026-09-09", participants=["Office of the High Representative"], location="Sarajevo"),
    dict(e="e3", type="sanction", date="2026-09-11", participants=["United States", "Nenad Kovačić"], location="Washington, D.C."),
    dict(e="e4", type="sanction", date="2026-09-17", participants=["United Kingdom", "Nenad Kovačić"], location="London"),
    dict(e="e5", type="deployment", date="2026-09-21", participants=["EUFOR Althea", "Hungary"], location="Sarajevo"),
], tricky=[("e3", "e4", "U.S. Treasury sanctions on the Republika Srpska president and two ministers on Friday September 11 vs British asset freezes and travel bans on the same three men on Thursday September 17, six days apart")],
note="The Dayton accords, the 2006 army unification, the opposition walkout, Kovačić's speeches in Banja Luka and Bijeljina, "
     "the OFAC and Foreign Office comments, British and EU 'options' before London acted (hypothetical), EUFOR's earlier "
     "reserve call-up in 2022, the planned referendum and the six-month deadline in the law are side / background events. "
     "'The two sets of sanctions' covers e3 and e4 and is not marked.",
articles=[
dict(id="a1", source="Balkan Wire", published="2026-09-09",
     title="Bosnian Serb assembly votes to quit joint army and border police",
     text="""BANJA LUKA - The parliament of Bosnia's Serb-run entity, Republika Srpska, [[e1|voted]] late on Tuesday to withdraw the entity's consent to Bosnia's joint armed forces and state border police, the most serious challenge to the Dayton peace accords in years.

Fifty-one of the 83 deputies in the National Assembly backed the law, which orders the entity government to draw up, within six months, plans for its own "defence and border service". Most opposition deputies walked out before the [[e1|vote]].

The Office of the High Representative, the international envoy who oversees the civilian side of the 1995 peace agreement, [[e2|declared]] on Wednesday that the law had "no legal effect". The office's [[e2|statement]] added that any attempt to apply it would be "an attack on the constitutional order" and that the envoy would use "all instruments at his disposal".

Entity president Nenad Kovačić told supporters outside the assembly building that "the people's representatives have spoken" and that Republika Srpska would "take back what was taken from it".

Bosnia's joint army was created in 2006 by merging the forces of the two entities, and it is seen in the West as one of the main achievements of the post-war period.

Washington and London said they were studying "all options" and would coordinate with the European Union, which keeps about 1,100 troops in the country under its EUFOR Althea mission.

In Sarajevo, the presidency's Bosniak and Croat members called an emergency session for Thursday."""),
dict(id="a2", source="Sarajevo Courier", published="2026-09-12",
     title="U.S. sanctions Bosnian Serb leader over army vote",
     text="""SARAJEVO - The United States [[e3|sanctioned]] Republika Srpska's president, Nenad Kovačić, and two of his ministers on Friday, three days after the entity's assembly [[e1|voted]] to pull out of Bosnia's joint army and border police.

The Treasury's Office of Foreign Assets Control said the three men had "undermined the Dayton agreement" and "threatened the stability of the region". The [[e3|measures]] freeze any assets they hold under U.S. jurisdiction and bar Americans from doing business with them. Interior Minister Goran Lalić and Justice Minister Dragana Simić are also on the list.

Kovačić called the [[e3|sanctions]] "a medal" and said he had no money in America. "They can freeze my holiday photographs," he told reporters in Banja Luka.

Britain's Foreign Office said it was "working closely with partners" and did not rule out its own measures. The European Union needs unanimity for sanctions, and Hungary has blocked earlier proposals aimed at Bosnian Serb leaders.

The High Representative, who [[e2|declared]] the law void on Wednesday, has the power to remove officials from office but has not used it since 2021. Diplomats in Sarajevo said he was waiting to see whether the entity government took practical steps to apply it.

EUFOR, the EU peacekeeping force, said it was monitoring the situation and had "the means to reinforce at short notice".

Ordinary life in Banja Luka was unchanged on Friday, although the price of petrol at the border with Serbia rose for the third time this month."""),
dict(id="a3", source="South-East Europe Monitor", published="2026-09-18",
     title="Britain follows U.S. with Bosnia sanctions; EUFOR calls in reserves",
     text="""LONDON - Britain [[e4|imposed]] asset freezes and travel bans on Republika Srpska's president Nenad Kovačić and his interior and justice ministers on Thursday, six days after the United States [[e3|blacklisted]] the same three men.

The Foreign Office said the [[e4|sanctions]] were a response to the Serb entity assembly's [[e1|vote]] of September 8 to leave the joint armed forces and the state border police, which it called "a deliberate attack on Bosnia and Herzegovina's sovereignty". Foreign Secretary Imogen Hale said London would "not stand by while Dayton is dismantled".

Separately, the EU's peacekeeping force, EUFOR Althea, said a Hungarian company from its intermediate reserve would [[e5|arrive]] at Camp Butmir in Sarajevo on Monday "to reassure citizens and deter any attempt to use force". The [[e5|reinforcement]], about 250 soldiers, will bring the force to some 1,350 troops.

Hungary's choice to provide the troops surprised some diplomats, as Budapest has close ties with Kovačić and has vetoed EU sanctions against him.

In Banja Luka, Kovačić said the British [[e4|decision]] showed that "London still thinks it runs the Balkans". His party announced a rally in Bijeljina for Sunday.

The entity government has not yet taken any step to set up its own border service, and Bosnian border police officers in Republika Srpska are still reporting to work in Sarajevo."""),
dict(id="a4", source="Banja Luka Herald", published="2026-09-24",
     title="Hungarian troops at Butmir as Banja Luka digs in",
     text="""The [[e5|arrival]] on Monday of some 250 Hungarian soldiers at the EUFOR base at Butmir, on the edge of Sarajevo, was the most visible sign yet of international worry over Republika Srpska's challenge to the state. Their armoured vehicles were seen in the capital in daylight, a choice officers said was deliberate.

It has been a crowded fortnight. Two weeks ago the National Assembly [[e1|voted]] to withdraw from the joint army and border police; the following day the High Representative's office [[e2|branded]] the law null and void. Washington [[e3|sanctioned]] president Nenad Kovačić and two ministers that Friday, and London [[e4|followed]] six days later with its own asset freezes.

The two sets of sanctions have not changed Kovačić's course. At a rally in Bijeljina on Sunday he told about 10,000 supporters that a referendum on the law could be held next spring, and that "no foreign soldier" would decide the entity's future.

Opposition leader Mirko Savić said the government was "playing with fire to hide an empty budget". Public sector salaries in the entity were paid a week late in August.

EUFOR says the Hungarian [[e5|deployment]] will last at least three months. Its commander has visited Banja Luka and Brčko since Monday and met local police chiefs, who have told him that their officers will obey only the law as it stands.

For now, border posts on the Drina are staffed as before by the state border police."""),
]),
# ---------------------------------------------------------------------------- d06
dict(story="d06", topic="kidnap-for-ransom raids off eastern Sabah: four Indonesian fishermen abducted off Semporna, Malaysian navy and police reinforcements, a trilateral defence ministers' meeting in Tarakan and its joint-patrol accord, and a failed raid on a seaweed farm off Kunak (Sabah, Malaysia; Tarakan, Indonesia)", events=[
    dict(e="e1", type="attack", date="2026-10-03", participants=["gunmen", "Indonesian fishermen"], location="Semporna"),
    dict(e="e2", type="deployment", date="2026-10-06", participants=["Royal Malaysian Navy", "Royal Malaysia Police"],
         location="Semporna"),
    dict(e="e3", type="meeting", date="2026-10-09", participants=["Malaysia", "Indonesia", "Philippines"], location="Tarakan"),
    dict(e="e4", type="agreement", date="2026-10-09", participants=["Malaysia", "Indonesia", "Philippines"], location="Tarakan"),
    dict(e="e5", type="attack", date="2026-10-14", participants=["gunmen", "Royal Malaysia Police"], location="Kunak"),
], tricky=[("e1", "e5", "gunmen abducting four Indonesian crewmen from a trawler off Semporna on Saturday October 3 vs gunmen raiding a seaweed farm off Kunak and being driven off by marine police on Wednesday October 14, same sea, same kind of gang, eleven days apart")],
note="The 2013 Lahad Datu incursion, the eastern Sabah security zone and its sea curfew, the 2017 trilateral patrol "
     "arrangement, Indonesia's first comment, the ransom call, the hostages being held on Jolo, the marine police's "
     "return of fire and the hotline agreed in Tarakan are side / background events. 'no such raid had been recorded' "
     "(negated) is not marked.",
articles=[
dict(id="a1", source="Borneo Wire", published="2026-10-04",
     title="Gunmen seize four Indonesian fishermen off Sabah",
     text="""SEMPORNA, Malaysia - Armed men in a speedboat [[e1|abducted]] four Indonesian crewmen from a Malaysian-owned fishing trawler off Semporna, on the east coast of Sabah, late on Saturday, police said.

Sabah police commissioner Hamzah Idris said there were five gunmen in military fatigues, that their boat came alongside about 11 nautical miles from the coast shortly before midnight, and that it headed towards Philippine waters with the four men, all from Sulawesi, on board. Two Malaysian crew members hid in the engine room and raised the alarm by radio.

Police said the [[e1|abduction]] bore the marks of a kidnap-for-ransom gang based in the Sulu archipelago, and that no such raid had been recorded in Sabah waters since 2020.

Indonesia's foreign ministry said in Jakarta that it was in contact with Kuala Lumpur and Manila and that "the safety of our citizens is the priority".

The trawler was fishing inside the Eastern Sabah Security Zone, set up after armed followers of a Sulu sultanate claimant landed at Lahad Datu in 2013. A dusk-to-dawn curfew applies at sea in parts of the zone, but boats with permits may fish at night.

Kidnappings by Sulu-based groups, which sold hostages on to larger militant factions, once made the area one of the most dangerous stretches of water in Asia. Joint patrols by Malaysia, Indonesia and the Philippines had helped end them, but the patrols have been scaled back since 2023 for lack of money.

The trawler returned to port on Sunday morning."""),
dict(id="a2", source="Nusantara Daily", published="2026-10-07",
     title="Malaysia rushes ships and police to Sabah after kidnapping",
     text="""JAKARTA - Malaysia [[e2|deployed]] three navy vessels, two helicopters and about 400 police commandos to the east coast of Sabah on Tuesday, three days after four Indonesian fishermen were [[e1|snatched]] from a trawler off Semporna.

Defence Minister Azlan Rahim said the [[e2|reinforcements]] would stay "until the hostages are home and the sea is safe again". He said some of the commandos would be stationed on fish farms and resorts on the outlying islands.

In Bone district, South Sulawesi, relatives of the four men said a caller claiming to speak for the kidnappers had telephoned one family on Monday and demanded five billion rupiah. "We are fishermen. Where would we find this money?" said Hasna, the wife of the trawler's engineer, Rahmat.

Indonesia's defence minister, Bambang Wiratmo, will [[e3|meet]] his Malaysian and Philippine counterparts in Tarakan, North Kalimantan, on Friday to discuss reviving the trilateral sea patrols launched in 2017. Jakarta wants a fixed schedule of patrols and the right for ships to pursue kidnappers across maritime borders.

The Philippine military said on Tuesday it had stepped up patrols around Tawi-Tawi and Jolo but had no information yet on where the hostages were being held.

Indonesian fishermen's associations in Sulawesi have asked members not to take jobs on Malaysian boats until the men are freed. Several thousand Indonesians work on trawlers based in Sabah."""),
dict(id="a3", source="Tawau Tribune", published="2026-10-10",
     title="Three nations agree to resume joint sea patrols",
     text="""TAWAU - Malaysia, Indonesia and the Philippines [[e4|agreed]] on Friday to resume coordinated naval patrols in the Sulu and Sulawesi seas and to allow "hot pursuit" of kidnappers across their maritime borders.

The [[e4|accord]] was reached at a [[e3|meeting]] of the three defence ministers in Tarakan, an Indonesian island about 100 kilometres south of Tawau. It provides for monthly joint patrols from November, shared radar data and a common list of vessels authorised to fish at night.

The [[e3|talks]] were brought forward after gunmen [[e1|seized]] four Indonesian fishermen off Semporna a week ago. Malaysia has since [[e2|sent]] three warships and 400 police commandos to Sabah's east coast.

Philippine officials at the [[e3|meeting]] said the hostages were believed to be held on Jolo island. Manila's defence secretary promised "full cooperation" but gave no details of any rescue plan.

In Tawau, fishermen welcomed the [[e4|deal]] but said the night curfew at sea was hurting their catch. "The patrols should catch the kidnappers, not stop us working," said Lim Kok Seng, who owns three boats.

Analysts noted that similar promises have been made before. The first trilateral patrols in 2017 lapsed within a few years when the three navies' budgets were cut and kidnappings fell.

The four fishermen's families have been told that Malaysia will not pay ransom, in line with its long-standing policy."""),
dict(id="a4", source="Asia Maritime Security Digest", published="2026-10-16",
     title="Second raid tests new Sulu Sea pact",
     text="""ANALYSIS - Barely five days after the Tarakan [[e4|agreement]] on joint patrols, gunmen [[e5|struck]] again in Sabah's waters.

On Wednesday night about eight armed men in two boats [[e5|attacked]] a seaweed farm off Kunak, between Semporna and Lahad Datu. A marine police team, part of the [[e2|reinforcements]] Malaysia rushed to the area last week, returned fire, and the raiders fled towards the open sea. One officer was lightly wounded.

The contrast with the [[e1|kidnapping]] off Semporna on October 3, when four Indonesian fishermen were taken without a shot being fired, is the point officials want to make. "The Kunak [[e5|raid]] failed because we were there," a senior police officer in Lahad Datu said.

Others are less sure. The Tarakan [[e3|meeting]] produced a timetable, but joint patrols do not start until November, and the Philippine navy has few ships to spare in the south.

"The gangs are testing the response," said Farida Hashim, a maritime security researcher in Kuala Lumpur. "Wednesday tells them Sabah is guarded. It tells them nothing about the Philippine side, where the hostages are."

The four fishermen are still held, believed to be on Jolo. Their families in South Sulawesi said on Thursday that the kidnappers had not called again.

Seaweed farmers in Kunak said they would keep working under police guard. The industry employs several thousand people along the coast."""),
]),
# ---------------------------------------------------------------------------- d07
dict(story="d07", topic="Baikonur rent arrears: Kazakhstan's letter to Roscosmos, Roscosmos's reply letter, a payment deadline, deputy prime ministers' talks in Astana and a repayment deal (Astana, Kazakhstan; Moscow; Baikonur)", events=[
    dict(e="e1", type="letter", date="2026-11-02", participants=["Kazakhstan Aerospace Committee", "Nurlan Abenov", "Roscosmos"],
         location="Astana"),
    dict(e="e2", type="letter", date="2026-11-06", participants=["Roscosmos", "Pavel Gromov", "Kazakhstan Aerospace Committee"],
         location="Moscow"),
    dict(e="e3", type="deadline", date="2026-11-20", participants=["Kazakhstan", "Roscosmos"], location=None),
    dict(e="e4", type="meeting", date="2026-11-19", participants=["Aigerim Tuleuova", "Sergei Ryabtsev", "Kazakhstan", "Russia"],
         location="Astana"),
    dict(e="e5", type="agreement", date="2026-11-19", participants=["Kazakhstan", "Russia"], location="Astana"),
], tricky=[("e1", "e2", "Kazakhstan's Aerospace Committee writing to Roscosmos on Monday November 2 to demand 230 million dollars vs Roscosmos's reply letter dated Friday November 6 blaming sanctions and offering roubles, same dispute, four days apart")],
note="The 1994 lease and its 2004 extension, the launch pads handed back to Kazakhstan, Western sanctions on Russian "
     "banks, the Soyuz launch schedule and the review of the lease threatened in the letter are side / background events. "
     "The deadline is dated to its expiry (November 20). 'the exchange of letters' covers e1 and e2 and is not marked; "
     "'hope to settle the dispute' (hypothetical) is not marked.",
articles=[
dict(id="a1", source="Steppe Wire", published="2026-11-04",
     title="Kazakhstan gives Russia until Nov. 20 to pay Baikonur rent",
     text="""ASTANA - Kazakhstan has [[e1|written]] to Russia's space agency Roscosmos demanding 230 million dollars in overdue rent for the Baikonur cosmodrome and setting a [[e3|deadline]] of November 20 for payment, officials said on Wednesday.

The [[e1|letter]], sent on Monday by the head of Kazakhstan's Aerospace Committee, Nurlan Abenov, says Russia has paid nothing for 2025 or 2026 and warns that Astana could "review the conditions of use" of the site if the money does not arrive. It was copied to the Russian government.

Russia has leased Baikonur, a launch complex of some 6,700 square kilometres in the steppe of southern Kazakhstan, since the collapse of the Soviet Union. The lease, signed in 1994 and extended in 2004 until 2050, sets the rent at 115 million dollars a year.

Roscosmos did not reply to a request for comment. Russian state media have reported that payments were delayed because Russian banks cut off from Western payment systems have struggled to transfer dollars.

Kazakh officials stressed that they wanted the lease to continue. "This is about a contract, not about politics," a spokesman for the committee said.

Baikonur remains the only site from which Russia sends crews to the International Space Station, although Moscow has been building up its own Vostochny cosmodrome in the Far East.

The town of Baikonur, with about 70,000 people, is administered by Russia and uses the rouble. Many of its residents work for Russian space companies."""),
dict(id="a2", source="Eurasia Business Courier", published="2026-11-10",
     title="Roscosmos replies to Astana, blames bank transfers",
     text="""Roscosmos has [[e2|answered]] Kazakhstan over the overdue Baikonur rent with a letter that blames Western sanctions for the delay and proposes to pay in roubles, according to a copy seen by this newspaper.

The [[e2|reply]], dated Friday and signed by the agency's deputy director-general for international cooperation, Pavel Gromov, says Roscosmos "has never refused to meet its obligations" and asks for the talks to move "from correspondence to the negotiating table".

It responds to a [[e1|letter]] from Kazakhstan's Aerospace Committee last Monday that set a November 20 [[e3|deadline]] for the 230 million dollars owed for 2025 and 2026.

Kazakh officials have so far refused roubles. The lease specifies payment in dollars, and Astana's central bank does not want to hold more of the Russian currency, which has lost about a fifth of its value this year.

Deputy prime ministers Aigerim Tuleuova of Kazakhstan and Sergei Ryabtsev of Russia are to [[e4|meet]] in Astana on Thursday next week, government sources in both capitals said. Both sides hope to settle the dispute there.

"Nobody wants a Soyuz to be stuck on the pad over an invoice," said Daniyar Seitkali, an economist in Almaty. "But Astana has learned that a date in writing gets Moscow's attention."

A Soyuz cargo flight to the International Space Station is scheduled from Baikonur on December 3, and Russian officials said preparations were going ahead normally."""),
dict(id="a3", source="Caspian & Steppe Review", published="2026-11-23",
     title="Baikonur deal buys time, not trust",
     text="""ANALYSIS - The rent [[e5|deal]] that Kazakhstan and Russia reached in Astana on Thursday lets both sides claim victory, which is probably why it was reached at all.

Under the [[e5|agreement]], Russia will pay the 230 million dollars it owes for Baikonur in three instalments by March, in Chinese yuan rather than roubles or dollars. Kazakhstan drops its threat to review the conditions of use of the cosmodrome.

It was struck at [[e4|talks]] between Deputy Prime Ministers Aigerim Tuleuova and Sergei Ryabtsev one day before the [[e3|deadline]] that Astana had set in its [[e1|letter]] of November 2. Roscosmos's [[e2|response]], four days after that letter, had proposed roubles, which Kazakhstan refused. The yuan was the compromise.

The [[e3|ultimatum]] then lapsed on Friday without fuss. Kazakh officials say the exchange of letters did its job: it turned an accounting problem into a political one that deputy prime ministers had to solve.

"Astana showed it can put a date on a Russian debt and have the date respected," said Aliya Nurpeisova, a political scientist at a university in Astana. "That is new."

Russian commentators presented the [[e5|accord]] as proof that the two countries' partnership is intact, and stressed that Baikonur's lease runs until 2050.

The first instalment is due in December. Whether it arrives on time will say more about the relationship than any communique from Thursday's [[e4|meeting]]."""),
]),
# ---------------------------------------------------------------------------- d08
dict(story="d08", topic="Mauritania-Mali border crisis: a raid on a herders' camp near Adel Bagrou, Mauritania's foreign ministry statement, Mauritanian troops sent to Hodh Ech Chargui, an abduction of herders near Fassala and the defence minister's talks in Bamako (Hodh Ech Chargui, Mauritania; Bamako, Mali)", events=[
    dict(e="e1", type="attack", date="2026-01-17", participants=["Malian Armed Forces", "Mauritanian herders"], location="Adel Bagrou"),
    dict(e="e2", type="statement", date="2026-01-18", participants=["Mauritanian Ministry of Foreign Affairs"], location="Nouakchott"),
    dict(e="e3", type="deployment", date="2026-01-21", participants=["Mauritanian Army"], location="Hodh Ech Chargui"),
    dict(e="e4", type="attack", date="2026-01-25", participants=["gunmen", "Mauritanian herders"], location="Fassala"),
    dict(e="e5", type="meeting", date="2026-01-29", participants=["Mohamed Lemine Ould Bah", "Mali"], location="Bamako"),
], tricky=[("e1", "e4", "soldiers raiding a herders' camp near Adel Bagrou on Saturday January 17, seven dead, vs gunmen seizing three herders at a water point near Fassala on Sunday January 25, same border region, eight days apart")],
note="The herders' deaths are part of the raid and not marked separately. The summoning of Mali's ambassador, Mali's "
     "denials, the 2022 killings of Mauritanian civilians in Mali, the Mbera refugee camp, the defence minister's "
     "remarks on not crossing the border, the herders' release and the joint commission promised in Bamako are side / "
     "background events. 'Two raids in eight days' covers e1 and e4 and is not marked.",
articles=[
dict(id="a1", source="Saharan Press Agency", published="2026-01-19",
     title="Mauritania demands answers after herders killed near Malian border",
     text="""NOUAKCHOTT - Mauritania [[e2|demanded]] on Sunday that Mali explain a [[e1|raid]] by Malian soldiers on a camp of Mauritanian herders near the border town of Adel Bagrou in which seven people died.

The camp, about four kilometres inside Malian territory, was [[e1|attacked]] on Saturday morning by soldiers in pickup trucks accompanied by foreign fighters, according to survivors quoted by local officials. Herders from Hodh Ech Chargui have grazed their camels and cattle on both sides of the unmarked border for generations.

In a [[e2|statement]] read on state television, the foreign ministry described the deaths as "unacceptable abuses against innocent civilians" and said Nouakchott reserved the right "to protect its citizens wherever they are". Mali's ambassador was summoned to the ministry on Sunday afternoon.

Mali's armed forces said on Sunday that an [[e1|operation]] in the area on Saturday had targeted "armed terrorists" and that "all necessary precautions" had been taken.

The victims were buried in Adel Bagrou on Sunday. Hundreds of people attended, and some mourners chanted slogans against the military government in Bamako.

Relations between the two neighbours have been strained since 2022, when dozens of Mauritanians were killed in Mali in incidents that Nouakchott blamed on Malian troops and their Russian allies.

Eastern Mauritania also hosts the Mbera camp, home to more than 100,000 Malian refugees who fled the fighting in central and northern Mali."""),
dict(id="a2", source="Nouakchott Evening", published="2026-01-22",
     title="Army units sent to eastern border",
     text="""Mauritania [[e3|deployed]] armoured vehicles and about 600 soldiers to the Hodh Ech Chargui region on its eastern border with Mali on Wednesday, four days after seven herders died in a [[e1|raid]] on their camp near Adel Bagrou.

The troops [[e3|moved]] out from the military base at Nema in a long column that residents filmed along the road to Bassikounou. Army officers said they would set up posts at the main water points used by herders near the border.

Defence Minister Mohamed Lemine Ould Bah said the [[e3|deployment]] was "purely defensive" and that Mauritanian troops would not cross into Mali. "Our duty is to protect our people on our side of the line, and to let them graze in peace," he said.

The foreign ministry, which on Sunday [[e2|accused]] Malian troops of "unacceptable abuses", has received no answer from Bamako, officials said. Mali's military government says its soldiers were pursuing jihadists.

Ould Bah is expected to [[e5|visit]] Bamako next week to discuss border security with Mali's transitional authorities, according to a government source.

Herders' representatives in Adel Bagrou welcomed the soldiers but said they needed access to pastures in Mali during the dry season. "There is not enough grass on our side from February," said Sidi Mohamed Ould Ahmed, who speaks for a herders' cooperative.

Mauritania has not suffered a jihadist attack on its soil since 2011, which officials credit to a strong army presence in the east."""),
dict(id="a3", source="Sahel Wire", published="2026-01-26",
     title="Three herders abducted in new border raid",
     text="""FASSALA, Mauritania - Gunmen [[e4|raided]] a water point used by Mauritanian herders near Fassala on Sunday and took three men across the border into Mali, eight days after seven herders died in an [[e1|attack]] on a camp near Adel Bagrou, local officials said.

The [[e4|abduction]] happened at dawn, when about a dozen men arrived on motorcycles and in a pickup truck and seized the herders as they were watering their animals, a village chief told Sahel Wire by telephone. Some of the attackers wore uniforms, he said, but it was not clear whose.

A Malian army spokesman denied any involvement in Sunday's [[e4|incident]] and blamed "terrorist groups" active in the area.

Mauritanian troops [[e3|sent]] to the border last week had not yet set up a post at the water point, which lies about two kilometres from the Malian side.

The [[e4|attack]] has added pressure on Defence Minister Mohamed Lemine Ould Bah, who is due to [[e5|visit]] Bamako on Thursday. Opposition deputies have asked him to suspend cooperation with Mali on refugees and trade until the herders are freed.

Fassala is one of the main crossing points for goods and livestock between the two countries, and most families in the area have relatives on both sides of the border.

Traders said the crossing stayed open on Sunday but few trucks passed."""),
dict(id="a4", source="Maghreb & Sahel Analysis", published="2026-02-03",
     title="Nouakchott and Bamako step back from the brink",
     text="""ANALYSIS - Mauritania's defence minister came back from Bamako last Thursday with a promise of a joint border commission and the release of three herders. His [[e5|talks]] with Mali's transitional authorities were, by all accounts, frank.

Two raids in eight days had pushed relations close to rupture. The [[e1|attack]] at Adel Bagrou on January 17, which left seven herders dead, was followed by the [[e4|abduction]] of three herders near Fassala the following weekend. Between them came the foreign ministry's angry [[e2|statement]] and the 600 soldiers [[e3|rushed]] to Hodh Ech Chargui.

Mohamed Lemine Ould Bah's [[e5|visit]] was a gamble. Critics at home said it rewarded Bamako for violence. Supporters say it got the three herders back within a week: they were handed over at Fassala on Saturday.

"Nouakchott needs Mali as much as Mali needs Nouakchott," said Khadijetou Mint Cheikh, a researcher in Nouakchott. "Mali's imports come through our roads, and our herders go through their pastures."

What the [[e5|meeting]] did not produce is an account of who [[e1|fired]] on the camp at Adel Bagrou. Mali still says its soldiers were after jihadists; survivors say they saw no weapons in the camp.

The troops will stay on the border at least until the rainy season, officials said."""),
]),
# ---------------------------------------------------------------------------- d09
dict(story="d09", topic="three Kosovo police officers arrested by Serbian police near Jarinje: the Kosovo prime minister's letter to the EU, a rally in Pristina and two rounds of EU-facilitated talks in Brussels (Jarinje and Pristina, Kosovo; Brussels)", events=[
    dict(e="e1", type="arrest", date="2026-07-07", participants=["Serbian police", "three Kosovo Police officers"], location="Jarinje"),
    dict(e="e2", type="letter", date="2026-07-08", participants=["Arben Kryeziu", "Kosovo", "European Union"], location="Pristina"),
    dict(e="e3", type="protest", date="2026-07-11", participants=["Kosovo Police families", "veterans' associations"],
         location="Pristina"),
    dict(e="e4", type="meeting", date="2026-07-13", participants=["Kosovo", "Serbia", "European Union"], location="Brussels"),
    dict(e="e5", type="meeting", date="2026-07-20", participants=["Kosovo", "Serbia", "European Union"], location="Brussels"),
], tricky=[("e4", "e5", "the first round of EU-facilitated talks between the chief negotiators in Brussels on Monday July 13, which failed, vs the second round there on Monday July 20, after which the officers were freed, same parties, same city, a week apart")],
note="The court hearing in Kraljevo and the officers' remand, the similar arrest of three Kosovo officers in June 2023, "
     "the 2023 Banjska attack, the Serbian interior ministry's and the Serbian president's comments, the smugglers' chase, "
     "the officers' release and return at Jarinje and the next round of talks on other issues are side / background "
     "events. 'both rounds' covers e4 and e5 and is not marked.",
articles=[
dict(id="a1", source="Adriatic Newswire", published="2026-07-08",
     title="Serbia arrests three Kosovo police officers near border",
     text="""PRISTINA - Serbian police [[e1|arrested]] three Kosovo police officers near the Jarinje crossing on Tuesday, accusing them of entering Serbia armed and without permission. Kosovo says the officers were on its own territory, chasing a car carrying smuggled goods.

Serbia's interior ministry said the three, who were in uniform and carried service pistols, were being held in Raska and would be brought before a court in Kraljevo on charges of illegal border crossing and possession of weapons.

On Wednesday Kosovo's Prime Minister Arben Kryeziu [[e2|wrote]] to the European Union's foreign policy chief, asking the bloc to secure the officers' immediate release and to "hold Belgrade accountable". In the [[e2|letter]], he called the [[e1|arrests]] "illegal and provocative" and said Kosovo would not take part in any other part of the EU-facilitated dialogue until the men were home.

The EU's special envoy for the dialogue said he was in contact with both sides and urged "calm and restraint".

In June 2023 Serbia detained three Kosovo officers in a similar incident near the same crossing; they were released about two weeks later. Relations have been tense since an armed attack on Kosovo police in the village of Banjska in September of that year.

The northern crossings, Jarinje and Brnjak, were working normally on Wednesday, although Kosovo police reinforced checks on vehicles with Serbian plates. The area is home to most of Kosovo's ethnic Serbs, who make up about five percent of its population."""),
dict(id="a2", source="Pristina Ledger", published="2026-07-14",
     title="Brussels talks on detained officers end without deal",
     text="""EU-mediated [[e4|talks]] in Brussels on Monday failed to secure the release of three Kosovo police officers [[e1|seized]] by Serbian police near Jarinje a week ago.

The chief negotiators of Kosovo and Serbia [[e4|met]] for six hours at the European External Action Service with the EU's special envoy. Kosovo's negotiator, Blerta Gashi, said Belgrade had offered to free the men only if Kosovo dropped charges against several Serbs held in the north. "We do not trade policemen for suspects," she told reporters afterwards.

The envoy said the two sides would [[e5|meet]] again in Brussels next Monday and that "progress was made on the humanitarian aspects".

On Saturday several thousand people [[e3|rallied]] outside the EU office in Pristina, many carrying photographs of the three officers. The [[e3|rally]] was organised by the officers' families and two veterans' associations, and passed off peacefully.

Prime Minister Arben Kryeziu, whose [[e2|letter]] to the EU's foreign policy chief last Wednesday asked the bloc to "hold Belgrade accountable", spoke at the end of the [[e3|protest]] and promised that "no Kosovo policeman will be left in a Serbian cell".

A court in Kraljevo last week ordered the three held for 30 days. Their lawyer said they were being treated correctly and had been allowed to call their families.

The officers, aged between 24 and 31, belong to the border police unit based in Leposavic."""),
dict(id="a3", source="Western Balkans Review", published="2026-07-22",
     title="Second round brings Kosovo officers home",
     text="""The three Kosovo police officers held in Serbia for two weeks crossed back into Kosovo at Jarinje on Tuesday, a day after a second [[e5|round]] of EU-facilitated talks in Brussels ended with a promise to free them.

Unlike the first [[e4|session]] a week earlier, which broke up with the two chief negotiators refusing to issue a joint line, Monday's [[e5|meeting]] lasted less than three hours. Diplomats said the EU envoy had spent the week shuttling between Pristina and Belgrade, and that the release had been agreed in substance before the negotiators sat down.

Serbia's court in Kraljevo replaced custody with a suspended sentence for illegal border crossing, and Belgrade made no public demand in return. Kosovo has not released any of the Serbs it holds, officials in Pristina said.

The crisis began when Serbian police [[e1|detained]] the three near Jarinje on July 7. The next day Prime Minister Arben Kryeziu's [[e2|letter]] to the EU's foreign policy chief suspended Kosovo's participation in the dialogue, and on July 11 thousands [[e3|demonstrated]] outside the EU office in Pristina.

"Both rounds were about one thing: showing Brussels that the dialogue still works," said Dardan Berisha, an analyst at a Pristina think tank. "It does, when the stakes are three young men. On the bigger questions, nothing has moved."

Kryeziu said on Tuesday that Kosovo would return to the dialogue on other issues in September."""),
]),
# ---------------------------------------------------------------------------- d10
dict(story="d10", topic="Essequibo tension: gunmen firing on a Guyana Defence Force boat on the Cuyuni, Guyana's letter to the UN Security Council, Venezuelan troops moved onto Anacoco Island, Brazilian armoured units sent to Pacaraima and closed Security Council consultations (Cuyuni River, Guyana - Venezuela; Pacaraima, Brazil; New York)", events=[
    dict(e="e1", type="attack", date="2026-08-04", participants=["gunmen", "Guyana Defence Force"], location="Eteringbang"),
    dict(e="e2", type="letter", date="2026-08-05", participants=["Guyana", "UN Security Council"], location="Georgetown"),
    dict(e="e3", type="deployment", date="2026-08-10", participants=["Venezuela", "Bolivarian National Armed Forces"],
         location="Anacoco Island"),
    dict(e="e4", type="deployment", date="2026-08-13", participants=["Brazil", "Brazilian Army"], location="Pacaraima"),
    dict(e="e5", type="meeting", date="2026-08-17", participants=["UN Security Council", "Guyana", "Venezuela"], location="New York"),
], tricky=[("e3", "e4", "Venezuelan armoured vehicles and soldiers moved onto Anacoco Island on Monday August 10 vs Brazilian armoured units sent to Pacaraima on Thursday August 13, both troop moves on the Venezuelan borders in the same crisis, three days apart")],
note="The soldiers' wounds are part of the attack. The earlier shootings in February and May, the 2023 Venezuelan "
     "referendum on Essequibo, the Argyle declaration, the ICJ case, Venezuela's denials and its defence minister's "
     "remarks, Brazil's December 2023 reinforcement and the GDF patrols stepped up on the Cuyuni are side / background "
     "events. 'Neither troop movement' covers e3 and e4 and is not marked.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-08-05",
     title="Guyanese soldiers wounded in attack on Cuyuni River",
     text="""GEORGETOWN - Gunmen [[e1|opened fire]] on a Guyana Defence Force boat on the Cuyuni River near Eteringbang on Tuesday, wounding two soldiers, the force said.

The patrol was carrying supplies to a border post when it [[e1|came under fire]] from the Venezuelan bank, the GDF said. The soldiers returned fire and the boat reached the post, from where the wounded were flown to Georgetown by helicopter. Both were in a stable condition on Wednesday.

The GDF blamed armed Venezuelan gangs, known locally as "sindicatos", that control illegal gold mining along the river. Similar shootings were reported in February and May.

On Wednesday Guyana [[e2|wrote]] to the United Nations Security Council, asking it to take note of "a pattern of hostile acts" from Venezuelan territory. In the [[e2|letter]], Foreign Minister Hugh Ramcharan said the [[e1|attack]] could not be separated from Caracas's claim to the Essequibo region, which makes up about two-thirds of Guyana.

Venezuela's government did not comment. Caracas has in the past denied any link to the gangs and accused Guyana of allowing U.S. troops to operate on disputed land.

The dispute over the Essequibo is before the International Court of Justice. In December 2023 Venezuela held a referendum in which voters backed making the region a Venezuelan state, and the two presidents later met in St Vincent and agreed not to use force.

Eteringbang, a mining settlement, lies opposite Anacoco Island, which Venezuela has held since 1966."""),
dict(id="a2", source="Georgetown Sentinel", published="2026-08-11",
     title="Venezuela moves troops to Anacoco as tension rises",
     text="""Venezuela [[e3|moved]] armoured vehicles and several hundred soldiers onto Anacoco Island in the Cuyuni River on Monday, a week after gunmen [[e1|fired]] on a Guyana Defence Force boat from the Venezuelan bank nearby.

Residents of Eteringbang, across the river, said they watched landing craft unload troops and at least six armoured personnel carriers throughout the afternoon. Venezuela's defence minister, Admiral Rafael Urdaneta, said on state television that the [[e3|reinforcement]] was "a sovereign measure" to fight illegal mining and "foreign provocations".

Guyana's government said it was "deeply concerned" and put the GDF on alert. Its [[e2|letter]] to the Security Council last Wednesday had already warned of "a pattern of hostile acts" from Venezuelan territory.

Caracas denies any role in last Tuesday's [[e1|ambush]], in which two Guyanese soldiers were wounded, and says the gangs operate on both banks.

Diplomats in Georgetown said Brazil, which borders both countries, was following the situation closely. Brazilian officials have said they will not allow their territory to be used for any military action.

Traders in Eteringbang said boats carrying fuel and food from the Venezuelan side had stopped running. "We get everything from across the river. Now there is nothing," said Shirley Fredericks, who runs a small shop.

The GDF said it had increased patrols on the Cuyuni but would not be drawn into "provocations"."""),
dict(id="a3", source="Amazonia Post", published="2026-08-14",
     title="Brazil sends armoured units to Roraima border",
     text="""BOA VISTA, Brazil - Brazil [[e4|sent]] armoured vehicles and about 300 soldiers to Pacaraima, its main crossing with Venezuela in the state of Roraima, on Thursday, the army said.

The [[e4|move]] mirrors a similar reinforcement in December 2023, when Venezuela's referendum on the Essequibo region raised fears that Venezuelan forces might try to cross Brazilian territory to reach Guyana.

Brazilian officials said the [[e4|deployment]] was precautionary and came three days after Venezuela [[e3|sent]] troops and armoured carriers to Anacoco Island, on the Cuyuni River, where Venezuela faces Guyana. Tension rose after gunmen [[e1|shot at]] a Guyanese army boat near the island on August 4.

The UN Security Council will hold closed [[e5|consultations]] on the situation on Monday, at Guyana's request. Diplomats said the [[e5|session]] would not produce a formal statement, because Russia and China were expected to oppose one.

In Pacaraima, where thousands of Venezuelan migrants cross each month, residents watched as armoured vehicles took up positions near the border post. The crossing remained open. "We have seen this before," said Antonia Lima, who sells snacks at the bus station. "Soldiers come, soldiers go. The migrants keep coming."

Roraima's governor said the state needed more federal money to cope with arrivals from Venezuela, whether or not the troops stayed."""),
dict(id="a4", source="Hemisphere Security Review", published="2026-08-21",
     title="Essequibo: a month of nerves, and no exit",
     text="""ANALYSIS - When the Security Council [[e5|met]] behind closed doors on Monday to discuss the Essequibo, its members had a fortnight of incidents to weigh and very little appetite to act on any of them.

The sequence began with the [[e1|shooting]] on the Cuyuni on August 4, which wounded two Guyanese soldiers. Guyana's [[e2|letter]] to the council the next day described "a pattern of hostile acts". Venezuela's [[e3|build-up]] on Anacoco Island followed the next week, and Brazil's [[e4|reinforcement]] at Pacaraima three days after that.

Neither troop movement crossed a border, and diplomats say Monday's [[e5|consultations]] were mainly about keeping it that way. Council members heard briefings from the UN's political affairs department and called on both sides, in private, to respect the commitments they made in 2023.

"The Council has become a place where Guyana files complaints and Venezuela ignores them," said Marisol Acosta, a researcher at a Caribbean policy institute. "The only actor Caracas really listens to on this is Brasília."

The International Court of Justice is expected to rule on the merits of the border case next year. Venezuela has said it will not accept any ruling.

In the meantime, the gangs along the Cuyuni remain. The Guyana Defence Force says it has had no new shootings since August 4, but that its boats now travel in pairs."""),
]),
]
