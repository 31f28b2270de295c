"""Source of ../stories_dev2/articles.jsonl and ../stories_dev2/gold.jsonl.

SECOND DEVELOPMENT set for the cross-article deduplication benchmark.  It was written blind:
without running the timeline extractor or the dedup benchmark on these texts and without
reading the system's extraction or clustering rules.  Unlike stories_heldout, it is a
development set: errors on it may be inspected and used for tuning.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev2_spec \\
        --out tests/gold/stories_dev2

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("both attacks", "the kidnappings", "two more
rounds of voting") and negated mentions ("denied firing the rockets") are not marked.
"""

STORIES = [
# ---------------------------------------------------------------------------- d01
dict(story="d01", topic="kidnapping of seafarers and ransom deal", events=[
    dict(e="e1", type="attack", date="2026-06-02", participants=["pirates", "Kalliope Star"],
         location="Bioko"),
    dict(e="e2", type="attack", date="2026-06-03", participants=["Hai Feng 718"], location="São Tomé"),
    dict(e="e3", type="deployment", date="2026-06-05", participants=["Equatorial Guinea"],
         location="Gulf of Guinea"),
    dict(e="e4", type="agreement", date="2026-06-27", participants=["Helios Ship Management", "kidnappers"],
         location=None),
], tricky=[("e1", "e2", "two kidnappings of crew members from two different ships in the Gulf of Guinea on consecutive days")],
note="The release of the tanker crew has no type in the list and is not in gold; the ransom deal (e4) is.",
articles=[
dict(id="a1", source="Gulf of Guinea Maritime Wire", published="2026-06-04",
     title="Pirates kidnap nine crew from tanker off Bioko",
     text="""MALABO - Pirates [[e1|kidnapped]] nine crew members from the Greek-managed oil tanker Kalliope Star about 45 nautical miles south-west of Bioko Island late on Tuesday, the ship's manager said.

Helios Ship Management, based in Piraeus, said the gunmen boarded the vessel from two speedboats and [[e1|seized]] the captain, the chief engineer and seven other sailors from Greece, the Philippines and Ukraine. The rest of the crew locked themselves in the engine room and were unharmed.

Less than 24 hours later, a second group of armed men [[e2|attacked]] the Chinese-flagged fishing trawler Hai Feng 718 north of São Tomé, taking four fishermen, the maritime security firm Tridens Risk said. It was not clear whether the same gang carried out both attacks.

Equatorial Guinea's navy will [[e3|send]] two patrol boats and a helicopter to the area by the end of the week, Defence Minister Santiago Esono Nsue told state radio on Wednesday. "These criminals will find no hiding place in our waters," he said.

Kidnappings of seafarers in the Gulf of Guinea fell sharply after 2021, when regional navies stepped up patrols, but insurers say attacks have picked up again this year. In March, pirates robbed a cargo ship at anchor off Lomé, Togo, but took no hostages."""),
dict(id="a2", source="Atlantic Shipping Journal", published="2026-06-12",
     title="Navy search finds no trace of kidnapped tanker crew",
     text="""SÃO TOMÉ - Two Equatoguinean patrol boats and a helicopter have been searching the waters between Bioko and São Tomé since their [[e3|deployment]] last Friday, but there is still no sign of the nine sailors [[e1|abducted]] from the tanker Kalliope Star on June 2.

Navy spokesman Captain Rufino Ondo said the [[e3|patrols]] had stopped and searched 14 fishing boats and a tug. "We believe the hostages were moved to the Niger Delta within hours," he said.

The gunmen who [[e2|raided]] the trawler Hai Feng 718 the next day freed one of their four captives, an injured Ghanaian deckhand, on a beach near the town of Luba on Sunday, local officials said. China's embassy in Malabo called the [[e2|kidnapping]] "a heinous crime" and urged the authorities to find the other three men.

Helios Ship Management, the tanker's manager, said it had been contacted by people claiming to hold its crew. It declined to comment on reports that the kidnappers want 3 million dollars.

Greek and Filipino seafarers' unions have asked for the naval [[e3|mission]] to be widened to Nigerian and Cameroonian waters. Nigeria's navy, which runs its own Deep Blue maritime security programme, has not joined the search."""),
dict(id="a3", source="Hellenic Press Service", published="2026-06-30",
     title="Kidnapped Kalliope Star sailors freed after ransom deal",
     text="""ATHENS - Nine sailors [[e1|kidnapped]] from the oil tanker Kalliope Star in the Gulf of Guinea four weeks ago were freed on Monday, two days after the ship's manager reached a [[e4|deal]] with their captors, Greece's foreign ministry said.

The five Greeks, three Filipinos and a Ukrainian were handed to Equatoguinean naval officers at sea and flown to Malabo for medical checks. "They are tired and thin, but they are alive," said Eleni Manolaki, the wife of the tanker's captain, Giorgos Manolakis.

Helios Ship Management did not disclose the terms of the [[e4|agreement]], which was concluded on Saturday after weeks of contacts through intermediaries in Nigeria's Bayelsa state. Security sources said a ransom of about 1.5 million dollars was paid.

The three fishermen still held since the [[e2|attack]] on the Chinese trawler Hai Feng 718, the day after the tanker [[e1|abduction]], are not covered by the [[e4|deal]], a Chinese diplomat in Malabo said.

Equatorial Guinea's navy, which [[e3|sent]] patrol boats to the area after the kidnappings, said they would stay until the fishermen are found."""),
]),
# ---------------------------------------------------------------------------- d02
dict(story="d02", topic="cross-border shelling and diplomatic protest", events=[
    dict(e="e1", type="attack", date="2026-11-10", participants=["Cambodia", "Ban Nong Khiam"],
         location="Ban Nong Khiam"),
    dict(e="e2", type="casualties", date="2026-11-10", participants=["villagers"], location="Ban Nong Khiam"),
    dict(e="e3", type="attack", date="2026-11-11", participants=["Kantharalak"], location="Kantharalak"),
    dict(e="e4", type="letter", date="2026-11-12", participants=["Thailand", "Cambodia"], location="Bangkok"),
    dict(e="e5", type="meeting", date="2026-11-19", participants=["Thailand", "Cambodia"],
         location="Siem Reap"),
], tricky=[("e1", "e3", "two bombardments of Kantharalak district, Sisaket province, on consecutive days, 12 km apart")],
note="The death toll of the first shelling changes across articles (2, then 3); one casualties event.",
articles=[
dict(id="a1", source="Siam Daily Wire", published="2026-11-11",
     title="Shells from Cambodia kill two in Thai border village",
     text="""SISAKET, Thailand - Artillery shells [[e1|fired]] from across the Cambodian border hit the Thai village of Ban Nong Khiam in Sisaket province on Tuesday afternoon, [[e2|killing]] two villagers and wounding five, Thai military officials said.

Several houses and a temple hall in the village, in Kantharalak district, were damaged in the [[e1|shelling]], which lasted about 40 minutes, according to the army's Second Army Region. The army said it had put its units along the border on alert.

Cambodia's defence ministry denied targeting civilians and accused Thai soldiers of provoking the [[e1|incident]] by crossing into Cambodian territory.

Foreign Minister Pakorn Srisuwan said Bangkok would send a formal [[e4|note]] of protest to Phnom Penh. "The lives of Thai civilians are not negotiable," he told reporters.

Thailand and Cambodia fought a five-day border war in July 2025 that killed more than 40 people and displaced about 300,000 before a ceasefire brokered by Malaysia. Since then the two armies have accused each other of dozens of violations. About 800 residents of Ban Nong Khiam spent Tuesday night in shelters at a district school."""),
dict(id="a2", source="Mekong Post", published="2026-11-13",
     title="Thailand protests to Cambodia as toll from shelling rises",
     text="""BANGKOK - Thailand's foreign ministry [[e4|delivered]] a letter of protest to Cambodia's ambassador on Thursday over two days of cross-border fire in Sisaket province, as the [[e2|death toll]] from the first [[e1|bombardment]] rose to three.

A 62-year-old rice farmer who was wounded when shells [[e1|hit]] the village of Ban Nong Khiam on Tuesday [[e2|died]] in hospital overnight, provincial governor Thanit Boonmee said.

On Wednesday morning, four rockets [[e3|struck]] rice fields and the yard of a primary school on the edge of Kantharalak town, about 12 kilometres from the village. No one was hurt; classes had been cancelled after the earlier [[e1|attack]].

The [[e4|letter]], handed to Ambassador Chea Vannak in Bangkok, calls on Phnom Penh to "immediately cease all hostile acts". Cambodia denied firing the rockets and said the Thai army had staged the [[e3|incident]] to justify sending more troops to the area.

The two armies' regional commanders will [[e5|meet]] in the Cambodian city of Siem Reap next Thursday, Thailand's Second Army Region said. About 2,000 villagers remain in temporary shelters, Thai officials said on Friday."""),
dict(id="a3", source="Asia Pacific Newsline", published="2026-11-24",
     title="Thai and Cambodian commanders agree hotline after deadly shelling",
     text="""PHNOM PENH - Thai and Cambodian army commanders have agreed to set up a 24-hour telephone hotline and to keep heavy weapons at least 10 kilometres from the border in Sisaket province, Cambodia's defence ministry said on Monday, after [[e5|talks]] in Siem Reap last week.

The [[e5|meeting]] of the Regional Border Committee on November 19 was the first since the [[e1|shelling]] of the Thai village of Ban Nong Khiam on November 10, which [[e2|killed]] three civilians, and a rocket [[e3|strike]] near the district town of Kantharalak the following day.

Cambodia has never admitted firing the rockets, and its delegation at the [[e5|session]] rejected Thailand's protest [[e4|letter]] as "based on assumptions", a Thai officer who attended said.

Lieutenant General Sok Chanthy, a Cambodian defence ministry spokeswoman, said both sides had shown "maturity". Thai Foreign Minister Pakorn Srisuwan said Bangkok would judge Phnom Penh "by actions on the ground".

Most of the villagers who fled have returned home, though the primary school in Kantharalak remains closed. Malaysia, which brokered last year's ceasefire, has offered to send more observers to the border."""),
]),
# ---------------------------------------------------------------------------- d03
dict(story="d03", topic="grain embargo, ultimatum and counter-ban", events=[
    dict(e="e1", type="sanction", date="2026-09-07", participants=["Poland", "Ukraine"], location=None),
    dict(e="e2", type="deadline", date="2026-09-21", participants=["Ukraine", "Poland"], location=None),
    dict(e="e3", type="sanction", date="2026-09-22", participants=["Ukraine", "Poland"], location=None),
    dict(e="e4", type="meeting", date="2026-09-29", participants=["Tomasz Wróbel", "Mykola Danylenko"],
         location="Lublin"),
    dict(e="e5", type="agreement", date="2026-09-30", participants=["Poland", "Ukraine"], location="Lublin"),
], tricky=[("e1", "e3", "Poland's embargo on Ukrainian grain and Ukraine's retaliatory ban on Polish produce, same two countries, two weeks apart")],
note="The ultimatum (e2) was announced on 2026-09-08 and is dated by its expiry, 2026-09-21. "
     "The two days of talks (e4) are dated to their first day.",
articles=[
dict(id="a1", source="Kyiv Economic Herald", published="2026-09-09",
     title="Ukraine gives Poland two weeks to lift grain embargo",
     text="""KYIV - Ukraine has set Poland a [[e2|deadline]] of September 21 to lift an [[e1|embargo]] on Ukrainian grain, warning that it will take "mirror measures" against Polish farm goods if Warsaw does not back down.

The [[e2|ultimatum]] was announced on Tuesday by Economy Minister Oksana Hrytsenko, a day after the Polish government [[e1|banned]] imports of Ukrainian wheat, maize, rapeseed and sunflower seed, citing a collapse in prices paid to its farmers.

"We have waited long enough. After the [[e2|deadline]], we will protect our producers," Hrytsenko told reporters in Kyiv.

Polish Agriculture Minister Tomasz Wróbel said the [[e1|ban]] would stay "as long as necessary" and stressed that grain passing through Poland to ports on the Baltic was not affected.

Poland, Hungary and Slovakia unilaterally blocked Ukrainian grain imports in 2023, when EU-wide restrictions expired, and Kyiv took the dispute to the World Trade Organization. Polish farmers blocked several border crossings with tractors in August this year, demanding protection from cheaper Ukrainian produce."""),
dict(id="a2", source="Warsaw Business Wire", published="2026-09-23",
     title="Ukraine bans Polish fruit and vegetables as grain row escalates",
     text="""WARSAW - Ukraine [[e3|banned]] imports of Polish apples, tomatoes, onions and cabbage on Tuesday, a day after its [[e2|deadline]] for Warsaw to lift an [[e1|embargo]] on Ukrainian grain passed without a response.

Polish Agriculture Minister Tomasz Wróbel called the Ukrainian [[e3|move]] "unjustified and harmful to our partnership". Polish fruit and vegetable exports to Ukraine are worth about 400 million euros a year, according to the Polish fruit growers' association.

Hundreds of growers protested outside the Ukrainian embassy in Warsaw on Tuesday evening, demanding compensation.

Kyiv says the [[e3|restrictions]] mirror Poland's [[e1|ban]], imposed on September 7, which has cut Ukrainian grain shipments across the land border by about 60 percent.

The European Commission urged both governments to settle the dispute quickly. Wróbel and his Ukrainian counterpart, Agriculture Minister Mykola Danylenko, will [[e4|meet]] in the eastern Polish city of Lublin next Tuesday, the ministry in Warsaw said. Danylenko said he was ready for "a long night of [[e4|negotiations]]"."""),
dict(id="a3", source="Continental Press Agency", published="2026-10-02",
     title="Poland and Ukraine end grain row with licensing deal",
     text="""LUBLIN, Poland - Poland and Ukraine [[e5|signed]] an agreement on Wednesday to replace Warsaw's [[e1|embargo]] on Ukrainian grain with a licensing system, and Kyiv will lift its [[e3|ban]] on Polish fruit and vegetables in return.

The [[e5|deal]] came at the end of two days of [[e4|talks]] in Lublin between the two countries' agriculture ministers, Tomasz Wróbel and Mykola Danylenko.

Under the [[e5|accord]], Ukrainian exporters will need licences for wheat, maize and rapeseed sold in Poland, and Polish inspectors will check shipments at the border. Grain in transit to Baltic ports will not be affected.

"Nobody won this trade war," Danylenko told reporters after the [[e4|negotiations]]. Wróbel said Polish farmers had been "heard at last".

Relations had soured after Kyiv's [[e2|ultimatum]] expired without a response from Warsaw. Ukraine's retaliatory [[e3|measures]] had hit about 400 million euros of Polish exports.

Farmers' unions in Poland said they would watch closely how the licences are issued. Hungary and Slovakia still keep their own restrictions on Ukrainian grain."""),
]),
# ---------------------------------------------------------------------------- d04
dict(story="d04", topic="presidential election in parliament and electoral college", events=[
    dict(e="e1", type="election", date="2026-08-31", participants=["Riigikogu", "Mart Saar", "Kadri Tamm"],
         location="Tallinn"),
    dict(e="e2", type="election", date="2026-09-01", participants=["Riigikogu", "Mart Saar", "Kadri Tamm"],
         location="Tallinn"),
    dict(e="e3", type="election", date="2026-09-01", participants=["Riigikogu", "Mart Saar", "Kadri Tamm"],
         location="Tallinn"),
    dict(e="e4", type="election", date="2026-09-26", participants=["electoral college", "Kadri Tamm"],
         location="Tallinn"),
    dict(e="e5", type="statement", date="2026-09-26", participants=["Kadri Tamm"], location="Tallinn"),
], tricky=[("e2", "e3", "second and third parliamentary rounds of the same presidential election, same chamber, same day"),
           ("e1", "e2", "first and second parliamentary rounds on consecutive days")],
note="Aggregate mentions of several rounds ('two more rounds of voting', 'all three parliamentary rounds') "
     "are not marked. e5 is mentioned in a3 only.",
articles=[
dict(id="a1", source="Baltic Ledger", published="2026-09-01",
     title="Estonian parliament fails to elect president in first round",
     text="""TALLINN - Estonia's parliament failed to elect a new head of state on Monday, as neither candidate won the required two-thirds majority in the first [[e1|round]] of voting in the Riigikogu.

Mart Saar, a former ambassador to NATO backed by the governing coalition, received 55 votes in the secret [[e1|ballot]], and former chancellor of justice Kadri Tamm received 31, both well short of the 68 needed in the 101-seat chamber.

Lawmakers will [[e2|vote]] again on Tuesday morning, when a candidate will once more need 68 votes.

"I am not discouraged. Many colleagues are still making up their minds," Saar told reporters after Monday's [[e1|vote]].

If parliament cannot agree, the choice passes to an electoral college of lawmakers and local council representatives. In 2016 both parliament and the college failed, sending the decision back to the Riigikogu. The outgoing president, whose five-year term ends in October, is not seeking a second term."""),
dict(id="a2", source="Nordic News Agency", published="2026-09-02",
     title="Estonia's presidential vote goes to electoral college",
     text="""TALLINN - Estonia's choice of president will go to an electoral college later this month after lawmakers failed in two more rounds of voting on Tuesday to give either candidate the two-thirds majority required.

In the morning's second [[e2|round]], coalition candidate Mart Saar won 61 votes and Kadri Tamm 33. Saar picked up six votes compared with Monday's first [[e1|ballot]], apparently from independent members of the Riigikogu.

A third [[e3|round]], in which only the two candidates could be chosen, was held at 3 p.m. Saar again fell short, with 63 votes to Tamm's 35.

"Parliament has spoken twice today, and it has not spoken for the coalition," Tamm told reporters after the afternoon [[e3|vote]]. Prime Minister Kristjan Lepik said he was confident that Saar would win in the college.

The college, made up of the 101 members of parliament and 107 representatives of local councils, will [[e4|vote]] on September 26 at the Estonia Concert Hall in Tallinn. Both candidates remain in the race, and new candidates can be nominated by at least 21 electors."""),
dict(id="a3", source="Continental Press Agency", published="2026-09-28",
     title="Former ombudsman Kadri Tamm elected Estonian president",
     text="""TALLINN - An electoral college [[e4|elected]] Kadri Tamm as Estonia's president on Saturday, handing the former chancellor of justice a surprise victory over the governing coalition's candidate, Mart Saar.

Tamm won 109 of the 207 votes cast in the [[e4|ballot]] at the Estonia Concert Hall, where local council delegates, who make up just over half of the college, swung behind her. Saar received 96.

"This is a victory for an Estonia that listens to its towns and villages," Tamm [[e5|said]] after the result was announced. In her [[e5|speech]], she promised to defend the independence of the courts and to speak for rural areas.

Saar, who led in all three parliamentary rounds and came within five votes of the required majority in the third [[e3|round]] on September 1, congratulated her. Few observers gave Tamm a chance after she trailed by 24 votes in the first [[e1|round]] in the Riigikogu on August 31 and by 28 in the second [[e2|round]] the next day.

Prime Minister Kristjan Lepik said the coalition would "respect the choice" and work with the new president. Tamm will be sworn in on October 11."""),
]),
# ---------------------------------------------------------------------------- d05
dict(story="d05", topic="earthquake relief and survivors' protest", events=[
    dict(e="e1", type="casualties", date="2026-02-08", participants=["people"], location="Jumla"),
    dict(e="e2", type="support", date="2026-02-10", participants=["India", "Nepal"], location="Nepalgunj"),
    dict(e="e3", type="protest", date="2026-02-16", participants=["earthquake survivors"], location="Jumla"),
    dict(e="e4", type="report", date="2026-02-20",
         participants=["UN Office for the Coordination of Humanitarian Affairs"], location="Kathmandu"),
], tricky=[],
note="The death toll changes across articles (38, 124, 131); all quake deaths are one casualties event. "
     "The aftershock injuries, the 2023 Jajarkot deaths and aid pledged by other countries are side events.",
articles=[
dict(id="a1", source="Himalayan Wire", published="2026-02-09",
     title="Earthquake kills at least 38 in western Nepal",
     text="""KATHMANDU - A magnitude 6.2 earthquake struck western Nepal late on Sunday, [[e1|killing]] at least 38 people and flattening hundreds of mud-brick houses in the remote district of Jumla, officials said.

Most of the victims were asleep when the quake hit at 11:47 p.m., police spokesman Dinesh Acharya said. Rescuers were digging through rubble with their hands in several villages that can only be reached on foot.

"The [[e1|death toll]] is likely to rise as we reach more villages," Home Minister Sita Gurung told reporters in Kathmandu on Monday.

India will [[e2|send]] a team of disaster response specialists and relief supplies to the area, its embassy in Kathmandu said. Prime Minister Bikram Thapa flew to the regional hub of Nepalgunj to oversee the rescue effort.

Western Nepal is one of the country's poorest regions, and many villages in Jumla are a day's walk from the nearest road. In November 2023, an earthquake in Jajarkot district, to the south-east, killed 153 people."""),
dict(id="a2", source="South Asia Monitor", published="2026-02-17",
     title="Nepal quake survivors block highway demanding tents",
     text="""JUMLA, Nepal - Hundreds of earthquake survivors [[e3|blocked]] the Karnali Highway for six hours on Monday, demanding tents and blankets as night-time temperatures in the district fell below freezing.

Many of the demonstrators have slept in the open for a week. They piled rocks across the road near the district headquarters and let only ambulances through. Police said the [[e3|blockade]] ended after local officials promised new deliveries within two days.

The [[e1|death toll]] from the February 8 earthquake has risen to 124, the home ministry said on Tuesday, and more than 11,000 homes have been destroyed or damaged. An aftershock on Saturday injured four people in neighbouring Kalikot district.

Aid has been slowed by landslides and the lack of roads. A 60-member Indian rescue team and 40 tonnes of tents and medicines, [[e2|flown]] to Nepalgunj last Tuesday, reached Jumla by helicopter only on Thursday. China and Britain have also pledged help.

A United Nations team is assessing the damage and will publish a [[e4|report]] later this week, a UN spokesman in Kathmandu said."""),
dict(id="a3", source="Indus Press Agency", published="2026-02-27",
     title="UN says 60,000 need shelter after Nepal earthquake",
     text="""KATHMANDU - The earthquake that struck western Nepal this month destroyed or damaged more than 14,000 homes and left about 60,000 people in need of shelter, the United Nations said in a [[e4|report]] published on February 20.

The quake [[e1|killed]] 131 people in Jumla and neighbouring districts, according to the latest government figures.

According to the [[e4|assessment]] by the UN Office for the Coordination of Humanitarian Affairs, only a third of families in the worst-hit villages have received tents. The agency is seeking 48 million dollars in emergency funding.

Anger over slow deliveries boiled over last week, when survivors [[e3|blocked]] the main highway into Jumla for several hours.

Indian rescuers [[e2|sent]] by New Delhi two days after the disaster have returned home after recovering 23 bodies. The [[e4|report]] warns that snow in March could cut off dozens of villages in the upper valleys, and urges donors to pay for helicopter flights."""),
]),
# ---------------------------------------------------------------------------- d06
dict(story="d06", topic="corruption audit, arrests and protest", events=[
    dict(e="e1", type="report", date="2026-03-09", participants=["National Audit Office of Mongolia"],
         location="Ulaanbaatar"),
    dict(e="e2", type="arrest", date="2026-03-12",
         participants=["Independent Authority Against Corruption", "Ganzorig Batbayar"], location="Ulaanbaatar"),
    dict(e="e3", type="arrest", date="2026-03-19",
         participants=["Independent Authority Against Corruption", "Enkhbold Sukhbat"], location="Ulaanbaatar"),
    dict(e="e4", type="protest", date="2026-03-14", participants=["protesters"], location="Ulaanbaatar"),
], tricky=[("e2", "e3", "two arrests by the same agency in the same coal graft case in Ulaanbaatar a week apart")],
note="The court hearing and the rally called for a later Saturday are side events.",
articles=[
dict(id="a1", source="Mongolia Business Wire", published="2026-03-13",
     title="Head of Mongolian state coal exporter detained after audit",
     text="""ULAANBAATAR - Mongolia's anti-corruption agency [[e2|detained]] the chief executive of state coal exporter Erdenes Nuurs on Thursday, three days after a state [[e1|audit]] found that about 350 million dollars in coal revenue could not be accounted for.

Ganzorig Batbayar, who has run the company since 2023, was [[e2|arrested]] at his office in central Ulaanbaatar, the Independent Authority Against Corruption said. He is being questioned on suspicion of abuse of office over coal sales to Chinese buyers at below-market prices. His lawyer said he would cooperate fully.

The National Audit Office [[e1|report]], published on Monday, said the company had sold about 4 million tonnes of coal through intermediaries registered in Hong Kong between 2023 and 2025.

Opposition parties and civic groups have called a [[e4|rally]] in Sükhbaatar Square for Saturday to demand the government's resignation.

In December 2022, thousands of people protested in freezing temperatures in the capital over allegations that officials had stolen coal bound for China. Several executives of state companies were later jailed."""),
dict(id="a2", source="Central Asia Dispatch", published="2026-03-16",
     title="Thousands rally in Ulaanbaatar over coal scandal",
     text="""ULAANBAATAR - Several thousand people [[e4|rallied]] in the Mongolian capital's central Sükhbaatar Square on Saturday, demanding the government's resignation over a coal revenue scandal at the state miner Erdenes Nuurs.

Police estimated the crowd at 6,000; organisers said 15,000 took part in the [[e4|protest]], which ended peacefully after dark.

"They stole our coal, they stole our future," read one banner. Speakers demanded that the missing money be returned and that all officials named in last week's [[e1|audit]] be prosecuted.

The company's chief executive, Ganzorig Batbayar, remains in custody after his [[e2|arrest]] on Thursday. His lawyer said on Sunday that he denied any wrongdoing.

Prime Minister Tserendorj Altangerel said on Sunday that no one was above the law and that the government would make public all the contracts examined in the [[e1|audit]]. Lawmakers from the opposition Democratic Party said they would seek a vote of no confidence in his cabinet."""),
dict(id="a3", source="Eurasia Wire", published="2026-03-24",
     title="Mongolia arrests deputy mining minister in coal graft probe",
     text="""ULAANBAATAR - Mongolian anti-corruption investigators have [[e3|arrested]] a deputy mining minister, widening a graft inquiry into the state coal exporter Erdenes Nuurs.

Deputy Minister of Mining and Heavy Industry Enkhbold Sukhbat was [[e3|detained]] last Thursday at Chinggis Khaan International Airport as he was about to board a flight to Seoul, the Independent Authority Against Corruption said.

The agency suspects him of approving sales contracts that the National Audit Office, in its [[e1|report]] earlier this month, said had cost the state about 350 million dollars.

His [[e3|arrest]] came a week after investigators [[e2|detained]] the company's chief executive, Ganzorig Batbayar. At a hearing at the Chingeltei District Court on Monday, Batbayar's lawyers asked for his release on bail, saying he was cooperating. The judge rejected the request.

The case has revived memories of the 2022 coal theft scandal. Organisers of the mass [[e4|protest]] in Sükhbaatar Square on March 14 have called another rally for next Saturday. The mining ministry declined to comment."""),
]),
# ---------------------------------------------------------------------------- d07
dict(story="d07", topic="river water dispute: letter to the UN, talks and deal", events=[
    dict(e="e1", type="letter", date="2026-07-06", participants=["Iraq", "United Nations"], location=None),
    dict(e="e2", type="meeting", date="2026-07-14", participants=["Iraq", "Turkey"], location="Ankara"),
    dict(e="e3", type="meeting", date="2026-07-15", participants=["Ali Kadhim al-Saadi", "Murat Yavuz"],
         location="Ankara"),
    dict(e="e4", type="agreement", date="2026-07-15", participants=["Turkey", "Iraq"], location="Ankara"),
], tricky=[("e2", "e3", "technical talks and the ministers' meeting on the same water dispute in Ankara on consecutive days")],
note="The Dhi Qar farmers' protest and the 2024 water framework agreement are side events.",
articles=[
dict(id="a1", source="Mesopotamia News Agency", published="2026-07-08",
     title="Iraq complains to UN over Turkish dams as drought bites",
     text="""BAGHDAD - Iraq has [[e1|written]] to the United Nations Secretary-General to complain that Turkish dams are holding back water from the Tigris and Euphrates rivers during the worst drought in decades, the foreign ministry said on Tuesday.

In the [[e1|letter]], sent on Monday, Foreign Minister Raad al-Hashimi says flows into Iraq have fallen to less than a third of the July average, threatening drinking water supplies for millions of people in the south.

Iraqi and Turkish water experts will [[e2|meet]] in Ankara next Tuesday to discuss emergency releases, Water Resources Minister Ali Kadhim al-Saadi told state television. He said he would then hold [[e3|talks]] with his Turkish counterpart in the Turkish capital the following day.

Turkey's foreign ministry said the [[e1|complaint]] ignored the fact that Turkey itself was suffering from low rainfall, and that its dams were "releasing as much water as possible".

In the southern province of Dhi Qar, farmers blocked roads on Sunday to protest against water cuts that have left thousands of hectares of rice fields dry. Iraq and Turkey signed a framework agreement on water cooperation in 2024, but Iraqi officials say it has not been implemented."""),
dict(id="a2", source="Bosphorus Wire", published="2026-07-15",
     title="Turkish-Iraqi water talks end without deal, ministers to meet",
     text="""ANKARA - Turkish and Iraqi water officials ended a day of [[e2|talks]] in Ankara on Tuesday without agreeing on emergency releases from Turkish dams, leaving the issue to ministers who [[e3|meet]] in the Turkish capital on Wednesday.

The technical [[e2|session]] at the headquarters of the State Hydraulic Works lasted more than nine hours, an Iraqi delegate said. Iraq asked for at least 500 cubic metres of water per second to be released into the Tigris for the rest of the summer; Turkish officials offered 350.

Iraqi Water Resources Minister Ali Kadhim al-Saadi and Turkish Agriculture and Forestry Minister Murat Yavuz will try to bridge the gap at their [[e3|meeting]].

Baghdad raised the stakes last week with a [[e1|letter]] to the UN Secretary-General accusing Ankara of "using water as a weapon". Turkish officials called the accusation unfair.

"We came to Ankara as neighbours, not as adversaries," Saadi said on arrival on Tuesday evening. Syria, which also depends on the Euphrates, has made similar complaints about low flows this summer."""),
dict(id="a3", source="Levant Press Service", published="2026-07-24",
     title="Tigris rises in southern Iraq after Turkish water deal",
     text="""BASRA, Iraq - Water levels on the Tigris in southern Iraq have begun to rise after Turkey [[e4|agreed]] last week to increase releases from its dams, local officials said on Thursday.

Under the [[e4|deal]], reached by the two countries' water ministers in Ankara, Turkey will release 420 cubic metres per second into the Tigris until the end of September. Iraq had sought 500.

The [[e4|agreement]] was concluded on July 15, a day after technical [[e2|talks]] between officials of the two countries broke up without a result.

Iraqi Water Resources Minister Ali Kadhim al-Saadi said the outcome of his [[e3|meeting]] with Turkish minister Murat Yavuz showed that "dialogue works better than complaints".

Iraq has not withdrawn its [[e1|letter]] to the United Nations, which asks the Secretary-General to appoint a special envoy on water in the region, a foreign ministry official said.

In Basra, where salt water from the Gulf has pushed up the Shatt al-Arab waterway, hospitals have treated hundreds of people for stomach illnesses this summer."""),
]),
# ---------------------------------------------------------------------------- d08
dict(story="d08", topic="security mission handover: withdrawal, new contingents, gang attack", events=[
    dict(e="e1", type="withdrawal", date="2026-05-04", participants=["Kenya"], location="Port-au-Prince"),
    dict(e="e2", type="deployment", date="2026-05-06", participants=["Guatemala", "Gang Suppression Force"],
         location="Port-au-Prince"),
    dict(e="e3", type="deployment", date="2026-05-08", participants=["El Salvador", "Gang Suppression Force"],
         location="Port-au-Prince"),
    dict(e="e4", type="attack", date="2026-05-07", participants=["gangs", "Mirebalais police station"],
         location="Mirebalais"),
], tricky=[("e2", "e3", "Guatemalan and Salvadoran contingents of the same force arriving in Port-au-Prince two days apart")],
note="'the two deployments' and 'the Guatemalan and Salvadoran contingents, which arrived on May 6 and 8' are "
     "aggregate mentions and not marked; Kenya's 2024 deployment and promised Jamaican troops are side events.",
articles=[
dict(id="a1", source="Caribbean Newswire", published="2026-05-05",
     title="Last Kenyan police leave Haiti as new force takes over",
     text="""PORT-AU-PRINCE - The last 280 Kenyan police officers [[e1|left]] Haiti on Monday, ending Kenya's two-year role at the head of the international security mission fighting the country's gangs.

The officers flew out of Toussaint Louverture International Airport on a chartered plane to Nairobi after a farewell ceremony at their base. Kenya's ambassador, Grace Wambui, said the [[e1|departure]] was "a handover, not an abandonment".

Their place will be taken by the Gang Suppression Force authorised by the UN Security Council last year. A first contingent of 150 Guatemalan soldiers will [[e2|arrive]] in Port-au-Prince on Wednesday, and about 200 troops from El Salvador will [[e3|follow]] later in the week, a spokesman for the force said.

Haitian police and residents fear the gangs will exploit the gap. The Viv Ansanm gang coalition controls most of the capital, according to UN estimates, and has pushed into the Artibonite and Centre departments in the past year.

"We cannot afford even one week without reinforcements," said police union leader Lionel Jean-Baptiste. Kenya first deployed officers to Haiti in June 2024."""),
dict(id="a2", source="Americas Press Agency", published="2026-05-09",
     title="Salvadoran troops land in Haiti after gang attack on police station",
     text="""PORT-AU-PRINCE - About 200 Salvadoran soldiers [[e3|landed]] at Port-au-Prince's airport on Friday to join Haiti's new Gang Suppression Force, two days after a contingent of 150 Guatemalan troops [[e2|arrived]] in the capital.

The [[e3|arrival]] of the Salvadorans brings the force to about 1,100 personnel, far short of the 5,500 authorised by the UN Security Council.

Between the two deployments, gang members [[e4|attacked]] the police station in Mirebalais, about 50 kilometres north-east of the capital, on Thursday night, setting vehicles on fire and freeing about 30 detainees, police said. Two officers were wounded.

Police chief Rosemond Pierre-Louis said the [[e4|assault]] was "a message" to the new force after the [[e1|withdrawal]] of the Kenyan police earlier this week.

A spokesman for the force said the Guatemalans, who [[e2|flew in]] on Wednesday, had begun joint patrols with Haitian police in the capital's Delmas district."""),
dict(id="a3", source="Hemisphere Report", published="2026-05-20",
     title="Haiti force commander vows to retake Mirebalais",
     text="""PORT-AU-PRINCE - The commander of Haiti's new Gang Suppression Force, Guatemalan Brigadier General Otto Méndez, said on Tuesday that his troops would retake Mirebalais "within weeks", after gangs [[e4|overran]] the town's police station earlier this month.

Speaking at the force's headquarters near the airport, Méndez said the Guatemalan and Salvadoran contingents, which arrived on May 6 and 8, were still short of armoured vehicles and helicopters.

The Kenyan police [[e1|pullout]] had left the mission without its most experienced unit, Méndez acknowledged. "The Kenyans knew every street," he said.

Residents of Mirebalais say gangs have controlled most of the town since the [[e4|attack]] on May 7, in which about 30 prisoners were freed. Salvadoran soldiers who [[e3|landed]] on May 8 are now guarding the road between the capital and the airport.

More troops are expected: Jamaica and the Bahamas have promised several hundred soldiers by July, and Chad is considering a contribution."""),
]),
]
