"""Source of ../stories_dev3/articles.jsonl and ../stories_dev3/gold.jsonl.

THIRD DEVELOPMENT story set for the cross-article deduplication benchmark.  It was written
blind, as "stories_blind3": without reading the system's code, extraction or clustering
rules or word lists (timeline/), without running the timeline extractor or the dedup
benchmark on these texts, and without reading the articles of the other story sets (only the
format of stories_dev2_spec was looked at).  It was measured blind once (session 4: pairwise
precision 74.4, recall 60.8; 75.2 / 60.3 on the code the session started from) and then
became a development set: its errors may be inspected and used for tuning.  The fourth set,
stories_blind4, took its place as the blind one.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev3_spec \\
        --out tests/gold/stories_dev3

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (a 2024
landslide, a side meeting of Micronesian leaders, a later protest in Accra, UNICEF water
tablets...).  Aggregate mentions covering two gold events ("both notes", "two deadly
incidents", "the two attacks") and negated mentions ("without arrests", "without a joint
statement") are not marked.  Events without a type in the list (the court verdict in b04,
the oil spill in b06, the mine cave-in itself in b01) are not in gold; for the mine and the
boat disasters the deaths are the `casualties` events, one per incident.
"""

STORIES = [
# ---------------------------------------------------------------------------- b01
dict(story="b01", topic="copper mine cave-in, second collapse on rescuers, arrests and inquiry report", events=[
    dict(e="e1", type="casualties", date="2026-02-10", participants=["Ridgeline Copper"],
         location="Chingola"),
    dict(e="e2", type="casualties", date="2026-02-12", participants=["Ridgeline Copper"],
         location="Chingola"),
    dict(e="e3", type="arrest", date="2026-02-16", participants=["Zambia Police Service"],
         location="Chingola"),
    dict(e="e4", type="report", date="2026-03-19", participants=["Zambia"], location="Lusaka"),
], tricky=[("e1", "e2", "deaths of 15 miners in the first cave-in vs. deaths of three rescuers in a second collapse of the same tunnel two days later")],
note="The cave-in itself has no type in the list; its deaths (e1) and the rescuers' deaths (e2) are the gold events. The 2024 landslide is background.",
articles=[
dict(id="a1", source="Copperbelt News Agency", published="2026-02-11",
     title="At least 11 miners die in Zambian copper mine cave-in",
     text="""CHINGOLA, Zambia - At least 11 miners were [[e1|killed]] on Tuesday evening when part of an underground level at the Kasenga Deep copper mine near Chingola caved in, the operator and police said.

Ridgeline Copper, which runs the mine, said 42 workers were on the night shift about 600 metres below the surface when rock and mud poured into a haulage tunnel. Twenty-seven were brought up alive, some with broken limbs, and taken to hospital in Chingola.

"We are devastated. Our first duty now is to the families," the company's chief executive, Adrian Mwelwa, told reporters at the shaft head. Rescue teams were still trying to reach a chamber where four men may be trapped.

Copperbelt Province police commissioner Grace Banda said the [[e1|death toll]] could rise. Relatives waited outside the mine gates through the night.

Mines Minister Felix Chanda suspended production at Kasenga Deep and said a technical inquiry would begin this week. Zambia has been pushing to double its copper output, and unions complain that safety inspections have not kept pace. In 2024, several people died in a landslide at an unlicensed dump site near Chingola."""),
dict(id="a2", source="Southern Africa Press Wire", published="2026-02-17",
     title="Zambian police arrest mine bosses after deadly collapses",
     text="""LUSAKA - Zambian police on Monday [[e3|arrested]] the manager and the chief safety officer of the Kasenga Deep copper mine, where 15 miners [[e1|died]] in a cave-in a week ago and three rescuers were [[e2|killed]] when another section of the same tunnel gave way two days later.

Police spokesman Robert Hamoonga said the two men, whose names were not released, were [[e3|detained]] in Chingola on suspicion of manslaughter and of ignoring an order to reinforce the roof of the damaged level. They are expected in court on Wednesday.

The rescuers, members of the mine's own emergency team, were [[e2|crushed]] on Thursday as they tried to reach four trapped miners, whose bodies were recovered at the weekend. Their [[e2|deaths]] caused anger among workers, who say the team was sent back in before engineers had checked the rock.

"Those men should never have been ordered into that tunnel," said Joseph Zulu of the Mineworkers Union of Zambia.

Ridgeline Copper said it was cooperating with the police. The [[e3|arrests]] are the first after a mining accident in Zambia in several years."""),
dict(id="a3", source="Lusaka Ledger", published="2026-03-20",
     title="Inquiry blames operator for Kasenga Deep mine disaster",
     text="""LUSAKA - A government inquiry into the Kasenga Deep mine disaster has found that Ridgeline Copper kept miners working on a level that inspectors had flagged as unstable three weeks before the February 10 cave-in that [[e1|killed]] 15 men.

The inquiry's preliminary [[e4|report]], handed to Mines Minister Felix Chanda on Thursday, also says the mine's rescue team lacked proper equipment and was sent back into the tunnel too early, which led to the [[e2|deaths]] of three rescuers on February 12.

The three-member panel, chaired by retired judge Mutale Kapembwa, said ground sensors on the level had been switched off for maintenance for more than a month.

The [[e4|findings]] are likely to weigh on the manslaughter case against the mine's manager and its chief safety officer, who were [[e3|arrested]] four days after the second collapse and later released on bail.

Ridgeline Copper said it "disagreed with several conclusions" of the [[e4|report]] and would submit its own engineering analysis. Chanda told parliament that Kasenga Deep would stay closed until the panel delivers its final version, expected in June. The miners' union wants all underground levels at the mine inspected by independent engineers."""),
]),
# ---------------------------------------------------------------------------- b02
dict(story="b02", topic="naval drills near Scarborough Shoal, water-cannon incident and two protest notes", events=[
    dict(e="e1", type="deployment", date="2026-04-06", participants=["China"], location="Scarborough Shoal"),
    dict(e="e2", type="letter", date="2026-04-07", participants=["Philippines", "China"], location="Manila"),
    dict(e="e3", type="attack", date="2026-04-11", participants=["China Coast Guard", "Philippines"],
         location="Scarborough Shoal"),
    dict(e="e4", type="letter", date="2026-04-13", participants=["Philippines", "China"], location="Manila"),
], tricky=[("e2", "e4", "two diplomatic protest notes from Manila to Beijing six days apart: over the naval drills, then over the water-cannon attack")],
note="Diplomatic protest notes are typed as letters. e1 is the dispatch of the flotilla; the live-fire drills/exercises it then held have no type and are not marked. The '19th protest' of the year is a predicate nominal and 'both notes' is aggregate; neither is marked.",
articles=[
dict(id="a1", source="Manila Bay Wire", published="2026-04-08",
     title="Manila protests Chinese live-fire drills near Scarborough Shoal",
     text="""MANILA - The Philippines on Tuesday [[e2|protested]] to China over live-fire naval drills near Scarborough Shoal, handing a diplomatic note to the Chinese embassy in Manila, the Department of Foreign Affairs said.

The [[e2|note]] says the exercises, announced on Sunday night with less than a day's warning, closed off waters inside the Philippine exclusive economic zone where hundreds of Filipino fishing boats operate.

China's navy [[e1|sent]] a destroyer, two frigates and a supply ship to the area on Monday for what its Southern Theatre Command called "routine combat readiness training". Beijing has controlled the shoal since 2012 and claims it as its own.

"Drills of this scale, so close to our coast, are a provocation," foreign affairs spokeswoman Teresita Lacson said. She said it was the 19th protest Manila had filed with Beijing this year.

The Chinese embassy did not immediately respond. Fishermen from Masinloc, in Zambales province, said coast guard vessels had shadowed their boats for most of the weekend and warned them by radio to stay away from the drill zone."""),
dict(id="a2", source="Pacific Maritime Review", published="2026-04-12",
     title="Chinese coast guard blasts Philippine patrol ship with water cannon",
     text="""MASINLOC, Philippines - A Chinese coast guard ship [[e3|blasted]] a Philippine fisheries patrol vessel with water cannon near Scarborough Shoal on Saturday, injuring two crew members, Philippine officials said.

The [[e3|attack]] shattered windows on the bridge of the BRP Datu Malinao and flooded its radio room, the Bureau of Fisheries and Aquatic Resources said. The vessel had been escorting fishing boats back to Masinloc.

China's coast guard said the Philippine ship had "intruded" into Chinese waters and that it had taken "necessary control measures".

The [[e3|incident]] came days after a Chinese flotilla of a destroyer, two frigates and a supply ship [[e1|deployed]] to the area for live-fire exercises, which ended on Thursday.

Philippine officials said Saturday's [[e3|confrontation]] would lead to a fresh diplomatic [[e4|protest]], four days after Manila [[e2|lodged]] a note over the naval drills.

National Security Adviser Ramon Villareal called the [[e3|assault]] on a civilian government ship "dangerous and unlawful". The United States and Japan, which both hold regular exercises with the Philippine navy, said they were concerned."""),
dict(id="a3", source="Luzon Strait Dispatch", published="2026-04-20",
     title="Philippines files second protest with China in a week",
     text="""MANILA - The Philippines has filed a second diplomatic [[e4|protest]] with China in less than a week, this time over a water-cannon [[e3|attack]] on one of its fisheries vessels near Scarborough Shoal.

The [[e4|note]], handed to the Chinese embassy's deputy chief of mission on April 13, "strongly condemns" the [[e3|attack]] on the BRP Datu Malinao two days earlier, which injured two crew members, the Department of Foreign Affairs said.

An earlier [[e2|protest]], filed on April 7, objected to live-fire drills that China's navy staged after [[e1|dispatching]] four warships to the shoal.

China's foreign ministry rejected both notes, saying Philippine ships had entered "China's territorial waters". The shoal lies about 220 kilometres west of Luzon and well inside the Philippine exclusive economic zone.

Foreign Secretary Lourdes Abad raised the issue with her Japanese counterpart on Thursday during talks in Tokyo on coast guard cooperation. Manila has relied on publicising Chinese actions at sea since an international tribunal rejected most of Beijing's claims in the South China Sea in 2016, a ruling China does not recognise."""),
]),
# ---------------------------------------------------------------------------- b03
dict(story="b03", topic="Japanese sanctions on Russian shadow-fleet tankers and Russian counter-measures", events=[
    dict(e="e1", type="sanction", date="2026-05-12", participants=["Japan", "Russia"], location=None),
    dict(e="e2", type="sanction", date="2026-05-15", participants=["Russia", "Japan"], location=None),
    dict(e="e3", type="meeting", date="2026-05-13", participants=["Russia", "Japan"], location="Moscow"),
    dict(e="e4", type="statement", date="2026-05-25", participants=["Japan"], location="Tokyo"),
], tricky=[("e1", "e2", "Japan's sanctions on Russian tanker operators vs. Russia's retaliatory entry ban on Japanese officials three days later")],
note="Harada's remarks on May 12 (a1) are a side statement, not e4. Moscow 'would respond' (a1) is too vague to be marked as e2.",
articles=[
dict(id="a1", source="Kanto Press Agency", published="2026-05-12",
     title="Japan sanctions Russian 'shadow fleet' tankers",
     text="""TOKYO - Japan on Tuesday [[e1|imposed]] sanctions on 11 Russian shipping companies and 30 oil tankers that it says belong to a "shadow fleet" used to move Russian crude around a price cap set by the Group of Seven.

The [[e1|measures]], approved by the cabinet in the morning, freeze any assets the companies hold in Japan and ban Japanese firms from insuring, repairing or refuelling the listed ships. Several of the tankers called at ports in Singapore and India this year, according to ship-tracking data.

"Japan will continue to act in step with its G7 partners," Chief Cabinet Secretary Kenji Harada told a news conference.

The [[e1|package]] is the first Tokyo has adopted since December, when it froze the assets of 14 Russian individuals linked to the defence industry. Liquefied natural gas from the Sakhalin-2 project, which supplies Japanese utilities, is not affected.

Russia's embassy in Tokyo called the [[e1|decision]] "a hostile act" and said Moscow would respond. Relations between the two countries have been frozen since 2022, and talks on a peace treaty and on the disputed Kuril Islands, which Japan calls the Northern Territories, remain suspended."""),
dict(id="a2", source="Eurasia Monitor", published="2026-05-16",
     title="Russia bars 24 Japanese from entry in tit-for-tat move",
     text="""MOSCOW - Russia on Friday [[e2|barred]] 24 Japanese lawmakers, officials and journalists from entering the country, in retaliation for sanctions Tokyo [[e1|slapped]] on Russian tanker operators earlier this week.

The foreign ministry said the entry [[e2|ban]] was a response to Japan's "unfriendly course" and that the list included a deputy defence minister, several members of the upper house and the editor of a Tokyo business daily.

Two days earlier, the ministry [[e3|summoned]] Japan's ambassador, Takeshi Morimoto, over the tanker [[e1|sanctions]]. At the [[e3|meeting]], Deputy Foreign Minister Pavel Kuznetsov told the envoy that Tokyo was "sacrificing its own interests for the sake of Washington", according to a ministry readout.

Moscow also said it would not renew a fishing arrangement that lets Japanese boats catch kelp near the islands off Hokkaido that the two countries both claim. Japanese fishing cooperatives in Nemuro said the loss would cost them about 1 billion yen a year.

Japan's foreign ministry said the Russian [[e2|countermeasures]] were "unjustified". Around 300 Japanese citizens and officials are already banned from entering Russia under earlier lists."""),
dict(id="a3", source="Pacific Rim Post", published="2026-05-26",
     title="Tokyo stands by tanker sanctions despite Russian retaliation",
     text="""TOKYO - Japan will not reverse its [[e1|sanctions]] on Russian tankers despite Moscow's retaliatory [[e2|ban]] on 24 Japanese citizens, Chief Cabinet Secretary Kenji Harada [[e4|said]] on Monday.

"Our [[e1|measures]] are a response to Russia's war against Ukraine, and they will stay in place," Harada [[e4|told]] reporters, adding that Japan was in contact with other G7 members about adding more ships to the list.

The cabinet [[e1|approved]] the asset freezes on May 12, targeting 11 shipping firms and 30 vessels. Russia's foreign ministry [[e3|called in]] Japan's ambassador the next day and, on May 15, announced the entry [[e2|ban]], which covers lawmakers, a deputy defence minister and a newspaper editor.

Fishing cooperatives in Nemuro have asked the government for compensation after Moscow also refused to renew an arrangement that let their boats harvest kelp near the disputed islands, just as the season was about to start.

Harada's [[e4|remarks]] came as Japan's Coast Guard reported two of the blacklisted tankers sailing through the Tsugaru Strait between Honshu and Hokkaido on Saturday."""),
]),
# ---------------------------------------------------------------------------- b04
dict(story="b04", topic="prison sentence for opposition leader, protests and arrests", events=[
    dict(e="e1", type="protest", date="2026-06-09", participants=["Tunisian Future Party"], location="Tunis"),
    dict(e="e2", type="protest", date="2026-06-13", participants=["Tunisian Future Party"], location="Tunis"),
    dict(e="e3", type="arrest", date="2026-06-13", participants=["Tunisia"], location="Tunis"),
    dict(e="e4", type="statement", date="2026-06-16", participants=["United Nations"], location="Geneva"),
], tricky=[("e1", "e2", "small protest outside the courthouse on verdict day vs. the large Saturday march four days later, both in Tunis")],
note="The verdict itself has no type in the list and is not in gold. 'without arrests' (a2) is negated and not marked.",
articles=[
dict(id="a1", source="Mediterranean News Agency", published="2026-06-09",
     title="Tunisian opposition leader jailed for 12 years",
     text="""TUNIS - A Tunis court on Tuesday sentenced opposition leader Sami Bouzaiene to 12 years in prison for conspiring against state security, prompting [[e1|protests]] by several hundred of his supporters outside the courthouse.

Demonstrators chanted "Freedom!" and waved Tunisian flags as riot police lined the boulevard in front of the Palace of Justice. The [[e1|rally]] broke up peacefully by early evening.

Bouzaiene, 58, who leads the Tunisian Future Party, was detained in February last year along with several business figures and former officials. His lawyers said the case rested on the testimony of a single anonymous witness and that they would appeal.

"This trial was a farce from beginning to end," said his daughter, Amira Bouzaiene, standing on the courthouse steps.

The justice ministry said the trial had been fair and that the defendant had been able to present his case.

The Future Party called for a mass [[e2|march]] in the capital on Saturday. Party officials said buses would bring supporters to the capital from Sfax, Sousse and Gafsa, and urged trade unions and other opposition groups to join."""),
dict(id="a2", source="North Africa Observer", published="2026-06-14",
     title="Police detain dozens as thousands march in Tunis",
     text="""TUNIS - Police [[e3|detained]] at least 40 people on Saturday as thousands [[e2|marched]] through central Tunis against the prison sentence handed to opposition leader Sami Bouzaiene earlier in the week.

Officers fired tear gas when a group of young men tried to push through a cordon near the interior ministry on Avenue Habib Bourguiba, witnesses said. The [[e2|demonstration]] was the largest the capital had seen in several years, according to local journalists.

The interior ministry said those [[e3|arrested]] had thrown stones at police and damaged shop fronts. Organisers put the crowd at 20,000; the ministry said about 5,000 people took part.

Tuesday's smaller [[e1|protest]] outside the courthouse, on the day of the verdict, passed off without arrests.

"We will march every week until Sami is free," said Hela Mansouri, a Future Party spokeswoman, speaking through a megaphone before police moved in.

Bouzaiene's lawyers lodged an appeal on Thursday. In a message read out by his daughter at the [[e2|march]], he urged supporters to remain peaceful."""),
dict(id="a3", source="Alpine Wire Service", published="2026-06-17",
     title="UN rights office urges Tunisia to free detained protesters",
     text="""GENEVA - The UN human rights office on Tuesday [[e4|urged]] Tunisia to release dozens of people [[e3|detained]] during an opposition [[e2|march]] in Tunis last weekend and to review the 12-year sentence handed to Sami Bouzaiene.

In a [[e4|statement]], spokeswoman Marta Lindqvist said the office had received reports that some of the 43 people in custody since Saturday's [[e2|march]] had been denied access to lawyers.

"Peaceful protest is not a crime," Lindqvist [[e4|said]].

Bouzaiene's supporters first [[e1|gathered]] outside the Tunis courthouse on June 9, the day he was sentenced, before the Future Party's much larger [[e2|rally]] on Avenue Habib Bourguiba four days later.

Tunisia's foreign ministry rejected what it called interference in the work of an independent judiciary. Eleven of those [[e3|arrested]] were released on Monday, a defence lawyer said, while the others are due to appear before an investigating judge this week.

The European Union, Tunisia's largest trading partner, has also expressed concern about the sentence, while the African Union has not commented."""),
]),
# ---------------------------------------------------------------------------- b05
dict(story="b05", topic="migrant boat disasters off the Canary Islands and a Spain-Senegal patrol deal", events=[
    dict(e="e1", type="casualties", date="2026-09-20", participants=["migrants"], location="El Hierro"),
    dict(e="e2", type="casualties", date="2026-09-23", participants=["migrants"], location="Tenerife"),
    dict(e="e3", type="meeting", date="2026-09-29", participants=["Spain", "Senegal"], location="Dakar"),
    dict(e="e4", type="agreement", date="2026-09-29", participants=["Spain", "Senegal"], location="Dakar"),
], tricky=[("e1", "e2", "deaths in a capsizing off El Hierro vs. deaths of thirst on a drifting boat south of Tenerife three days later")],
note="The capsizing itself is not annotated; its deaths are e1 (toll grows from 9 to 27). 'two deadly incidents' (a3) is aggregate and not marked.",
articles=[
dict(id="a1", source="Atlantic Islands Press", published="2026-09-21",
     title="Nine dead as migrant boat capsizes off El Hierro",
     text="""LA RESTINGA, El Hierro - At least nine people [[e1|died]] when a wooden boat carrying migrants capsized a few hundred metres from the port of La Restinga on Sunday, Spain's maritime rescue service said.

Salvamento Maritimo said the boat, with about 150 people on board, overturned as passengers rushed to one side when a rescue vessel came alongside. Rescuers and local fishermen pulled 118 people from the water, and dozens are still missing.

"We saw people going under and could not reach all of them," said Alicia Padron, a Red Cross volunteer who was on the quay.

Survivors told rescuers the boat had left Mbour, on Senegal's coast south of Dakar, eleven days earlier. Most of those on board were from Senegal, Gambia and Mali.

The president of the Canary Islands regional government called the [[e1|tragedy]] "a wound for all of us" and again asked Madrid for more money to care for arrivals. The small island of El Hierro, with fewer than 12,000 inhabitants, has become the main landing point on the Atlantic route from West Africa, and its reception centre is full."""),
dict(id="a2", source="Iberian News Service", published="2026-09-24",
     title="Seven found dead on drifting migrant boat off Tenerife",
     text="""SANTA CRUZ DE TENERIFE - Rescuers found seven people [[e2|dead]] aboard a drifting migrant boat south of Tenerife on Wednesday, three days after a capsizing off El Hierro [[e1|killed]] at least 27 people.

The 61 survivors, among them nine children, told Red Cross workers that the seven had [[e2|died]] of thirst and exposure after the engine failed and the boat drifted for almost a week. Several survivors were taken to hospital with severe dehydration.

Divers recovered 18 more bodies from the El Hierro wreck on Monday and Tuesday, raising the [[e1|death toll]] from Sunday's accident to 27. A few people are still missing.

Spain's Interior Minister Fernando Ruiz Salgado will fly to Dakar next week for [[e3|talks]] with his Senegalese counterpart on stopping departures from the coast. He said Spain wanted to "strengthen cooperation at sea" and would offer equipment and training.

Migrant groups criticised the plan. "More patrols only push the boats onto longer and more dangerous routes," said Mamadou Sy of the Caminando Fronteras network."""),
dict(id="a3", source="West Africa Monitor", published="2026-09-30",
     title="Spain and Senegal agree joint sea patrols after deadly month",
     text="""DAKAR - Spain and Senegal [[e4|agreed]] on Tuesday to set up joint sea patrols off the Senegalese coast, after two deadly incidents off the Canary Islands this month.

The [[e4|deal]] was signed in Dakar after a [[e3|meeting]] between Spain's Interior Minister Fernando Ruiz Salgado and Senegal's Interior Minister Ousmane Diallo. Under the [[e4|agreement]], Spain will provide four patrol boats, a surveillance plane and training for 200 Senegalese gendarmes, and the two countries will share radar data.

The Dakar [[e3|talks]] came nine days after at least 27 people [[e1|drowned]] when a boat capsized off El Hierro, and six days after seven migrants were found [[e2|dead]] aboard a drifting canoe south of Tenerife.

Diallo said Senegal would also step up checks on fishing ports such as Mbour and Joal, where many of the boats are bought. "Our youth must not die at sea," he said.

Spain has funded patrols in Senegal and Mauritania for years, and the number of people reaching the Canaries fell last year. Aid groups say boats are now leaving from further south, including Guinea."""),
]),
# ---------------------------------------------------------------------------- b06
dict(story="b06", topic="oil spill off Ghana: fishermen's blockade, damage report and compensation deal", events=[
    dict(e="e1", type="report", date="2026-07-14", participants=["Environmental Protection Agency"],
         location="Accra"),
    dict(e="e2", type="protest", date="2026-07-08", participants=["fishermen"], location="Tema"),
    dict(e="e3", type="agreement", date="2026-08-04", participants=["Orion Maritime", "Ghana"], location="Accra"),
], tricky=[],
note="No tricky pair. The spill (July 3) has no type and is not in gold. The later protest in Accra (a3) is a side event of the same type as e2 and is deliberately left unmarked.",
articles=[
dict(id="a1", source="Gold Coast Daily Wire", published="2026-07-09",
     title="Fishermen block Tema harbour over oil spill",
     text="""TEMA, Ghana - Hundreds of fishermen [[e2|protested]] at Tema fishing harbour on Wednesday, blocking the main gate with canoes and nets to demand compensation for an oil spill that has kept them ashore for almost a week.

The spill began on July 3, when the Liberian-flagged tanker Mira Horizon leaked fuel oil after a collision with a fishing trawler about 20 kilometres offshore, according to the Ghana Maritime Authority. Slicks have since washed up on beaches from Tema to Ada.

"We cannot feed our children. Who is going to pay?" said Nii Armah Quaye, a chief fisherman in Tema.

Traders said the price of fish in Accra markets had nearly doubled since the leak.

The [[e2|demonstration]] ended in the afternoon after the harbour master agreed to meet fishermen's leaders on Thursday. Police said there were no injuries.

The Environmental Protection Agency said it would publish an [[e1|assessment]] of the damage next week. Its officials have taken water samples along the coast and asked people not to eat fish caught near the slick."""),
dict(id="a2", source="Volta Press Agency", published="2026-07-15",
     title="Ghana oil spill fouled 60 km of coast, EPA says",
     text="""ACCRA - The oil spill from the tanker Mira Horizon has polluted about 60 kilometres of Ghana's coastline and killed thousands of fish and at least 40 sea turtles, the Environmental Protection Agency said in a [[e1|report]] on Tuesday.

The [[e1|assessment]] estimates that about 1,300 tonnes of heavy fuel oil escaped from a ruptured tank before salvage crews sealed it. Mangroves near the Sakumono lagoon, a bird sanctuary, were among the worst-hit areas.

According to the [[e1|report]], the inshore fishing grounds between Tema and Ada could take two years to recover fully.

Fishermen, who [[e2|blockaded]] Tema fishing harbour last week, said the [[e1|findings]] confirmed their fears. "Now the government knows what we lost," said Nii Armah Quaye, a chief fisherman.

The tanker's Greek owner, Orion Maritime, and its insurers have opened talks with the government on compensation. The ship has been towed to Takoradi, where investigators from the Maritime Authority are examining its hull and logbooks."""),
dict(id="a3", source="West Africa Business Report", published="2026-08-05",
     title="Tanker owner to pay $85 million over Ghana oil spill",
     text="""ACCRA - The owner of the tanker Mira Horizon and its insurers will pay 85 million dollars to Ghana's government and coastal fishing communities under a compensation [[e3|deal]] signed on Tuesday, the Ministry of Fisheries said.

The [[e3|settlement]] covers clean-up costs and lost income. The ministry said 45 million dollars would go directly to about 12,000 fishermen and fish processors, to be paid through their associations by the end of the year.

The [[e3|agreement]] follows an EPA [[e1|study]] last month that found 60 kilometres of coastline had been polluted by the July 3 spill.

Fishermen's leaders, who staged a [[e2|blockade]] of Tema harbour in the first week after the spill and a second, smaller protest outside parliament in Accra in late July, welcomed the money but said it came late.

Orion Maritime said in a short statement that the [[e3|accord]] did not amount to an admission of liability. Fisheries Minister Abena Owusu-Ansah said the government would now push for new rules requiring tankers in Ghanaian waters to carry higher insurance."""),
]),
# ---------------------------------------------------------------------------- b07
dict(story="b07", topic="drone strike on Port Sudan, retaliatory air strikes on Nyala and a UN Security Council session", events=[
    dict(e="e1", type="attack", date="2026-03-03", participants=["Rapid Support Forces"], location="Port Sudan"),
    dict(e="e2", type="attack", date="2026-03-05", participants=["Sudanese Armed Forces"], location="Nyala"),
    dict(e="e3", type="meeting", date="2026-03-09", participants=["United Nations Security Council"],
         location="New York"),
], tricky=[("e1", "e2", "drone strike on Port Sudan vs. the army's retaliatory bombing of Nyala two days later")],
note="'the latest attack' in the first sentence of a1 re-describes e1 in the same sentence and is not marked; 'the two attacks' (a3) is aggregate. The 2025 drone attacks on Port Sudan are background.",
articles=[
dict(id="a1", source="Red Sea Wire", published="2026-03-04",
     title="Drones hit fuel depot in Sudan's wartime capital",
     text="""PORT SUDAN - Drones [[e1|struck]] a fuel depot and a power substation in Port Sudan before dawn on Tuesday, setting off fires that burned for hours, Sudanese officials said, in the latest attack on the seat of the army-aligned government.

Information Minister Khalid al-Tayeb blamed the Rapid Support Forces, the paramilitary group that has fought the army since April 2023. The RSF did not comment on the [[e1|strike]].

Witnesses said they heard at least six explosions near the port's southern oil terminal. Civil defence crews used seawater to fight the flames, and much of the city was without electricity by midday.

"We heard the drones circling and then the sky turned orange," said Awadiya Hamid, who lives a few streets from the depot.

Port Sudan, on the Red Sea coast, was largely spared from fighting until drones first hit it in May 2025. It hosts government ministries, UN agencies and most foreign embassies that left Khartoum.

Army chief spokesman Brigadier Nabil Abdallah said the [[e1|attack]] would "not go unanswered". Shipping agents said two fuel tankers had been diverted to Djibouti while the terminal is repaired."""),
dict(id="a2", source="Horn of Africa Dispatch", published="2026-03-06",
     title="Sudan army bombs RSF-held Nyala airport",
     text="""KHARTOUM - Sudan's army said on Thursday its aircraft had [[e2|bombed]] the airport in Nyala, the Rapid Support Forces' main stronghold in Darfur, two days after a drone [[e1|attack]] on Port Sudan's fuel depot that it blamed on the paramilitary group.

Army spokesman Brigadier Nabil Abdallah said the [[e2|raid]] destroyed two cargo planes and a hangar used to assemble drones. He did not say how many aircraft took part.

The RSF said the [[e2|strikes]] hit a market near the airport and killed 14 civilians, a claim that could not be independently verified. A doctor at Nyala Teaching Hospital said it had received more than 30 wounded.

The Port Sudan [[e1|strike]] on Tuesday knocked out power to much of the city and forced the closure of its oil terminal, which handles most of the country's fuel imports.

Aid agencies warned that the escalation threatened deliveries to Darfur, where the United Nations says hundreds of thousands of people face famine. The World Food Programme said it had suspended flights into Nyala until further notice."""),
dict(id="a3", source="East River Dispatch", published="2026-03-10",
     title="UN Security Council meets on Sudan escalation",
     text="""NEW YORK - The UN Security Council [[e3|met]] behind closed doors on Monday to discuss an escalation in Sudan's war after a drone [[e1|strike]] on Port Sudan and a retaliatory army [[e2|bombing]] of Nyala last week.

Diplomats said the [[e3|session]], requested by Britain, ended without a joint statement because members could not agree on whether to name foreign suppliers of drones.

The [[e1|attack]] on Port Sudan's main fuel depot on March 3 caused fuel shortages across eastern Sudan. Two days later, army jets [[e2|hit]] the airport in Nyala, in South Darfur, which the RSF has used as a supply hub.

"The two attacks show that no part of Sudan is safe anymore," a Western diplomat said after the [[e3|meeting]].

UN envoy Jonas Halvorsen, who has been trying to bring the two sides to talks, briefed members by video. The council last adopted a resolution on Sudan in 2024, calling for a halt to the siege of El Fasher.

The African Union's Peace and Security Council is due to discuss Sudan in Addis Ababa on Thursday."""),
]),
# ---------------------------------------------------------------------------- b08
dict(story="b08", topic="Pacific Islands Forum summit: Micronesian dissent on deep-sea mining and the final communique", events=[
    dict(e="e1", type="meeting", date="2026-08-25", participants=["Pacific Islands Forum"], location="Koror"),
    dict(e="e2", type="statement", date="2026-08-27", participants=["Pacific Islands Forum"], location="Koror"),
    dict(e="e3", type="statement", date="2026-08-26",
         participants=["Palau", "Federated States of Micronesia", "Kiribati", "Nauru", "Marshall Islands"],
         location="Koror"),
    dict(e="e4", type="support", date="2026-08-25", participants=["New Zealand", "Pacific Resilience Facility"],
         location="Koror"),
], tricky=[("e2", "e3", "the forum's final communique vs. the separate joint statement of five Micronesian states a day earlier, at the same summit")],
note="The Micronesian leaders' side meeting on Monday and the Cook Islands' remarks are side events and not marked.",
articles=[
dict(id="a1", source="Oceania News Agency", published="2026-08-26",
     title="Pacific leaders open summit in Palau split over seabed mining",
     text="""KOROR, Palau - Pacific Islands Forum leaders opened their annual [[e1|summit]] in Koror on Tuesday, with deep-sea mining and climate finance at the top of the agenda and the region divided over both.

The host, Palau's President Ernesto Tellei, told the opening session that the ocean "is not a quarry". Leaders of the Cook Islands, which has granted exploration licences for seabed minerals, argued that small states should be free to develop their own resources.

New Zealand's Foreign Minister Hemi Walker [[e4|pledged]] 90 million New Zealand dollars to the Pacific Resilience Facility, a regional fund that helps communities prepare for storms and rising seas.

Leaders of the Micronesian states met separately on Monday evening to coordinate their position ahead of the three-day [[e1|meeting]], diplomats said.

The forum is due to issue a [[e2|communique]] on Thursday. Officials said drafts seen so far refer to "responsible management of ocean resources" but do not mention a moratorium on mining, which several island governments have sought for years.

Australia, the forum's largest donor, is represented by its deputy prime minister."""),
dict(id="a2", source="Southern Cross Wire", published="2026-08-27",
     title="Micronesian states break ranks with call for mining ban",
     text="""KOROR - Five Micronesian nations broke ranks with other Pacific leaders on Wednesday, demanding in a joint [[e3|statement]] a ten-year ban on deep-sea mining throughout the region.

Palau, the Federated States of Micronesia, Kiribati, Nauru and the Marshall Islands [[e3|said]] the seabed was "too little understood to be sold off" and urged the International Seabed Authority to halt all licensing.

The [[e3|declaration]], issued on the second day of the forum [[e1|summit]] in Koror, exposes divisions ahead of Thursday's final [[e2|communique]], which must be agreed by consensus among the 18 members.

Nauru had itself sponsored a mining company's application at the seabed authority before changing course last year, a shift its president described as "listening to our fishermen".

Diplomats said New Zealand's [[e4|pledge]] on Tuesday of 90 million New Zealand dollars for the Pacific Resilience Facility had eased tension over climate finance, but not over mining.

A Cook Islands minister told reporters his country "respects its neighbours' views" and would continue with its exploration programme."""),
dict(id="a3", source="Coral Sea Times", published="2026-09-02",
     title="Pacific forum communique sidesteps deep-sea mining",
     text="""SUVA - The final [[e2|communique]] of last week's Pacific Islands Forum [[e1|summit]] in Palau avoided any mention of deep-sea mining, a sign of how deeply the issue divides the region.

Leaders [[e2|issued]] the 14-page document on August 27 after drafting ran late into the night. It commits members to "precautionary and science-based management" of the ocean and welcomes progress on the Pacific Resilience Facility.

Five Micronesian states had [[e3|urged]] a ten-year moratorium a day earlier, and their delegations pushed until the last hours to include the word in the text, officials said.

New Zealand's 90-million-dollar [[e4|contribution]] brings the facility close to its initial target of 500 million US dollars, the forum secretariat said on Monday.

Environmental groups in Fiji called the [[e2|communique]] "a missed opportunity". A senior Palauan official said the Micronesian bloc would raise the issue again at the seabed authority's council in Kingston, Jamaica, next year.

The next forum meeting will be held in 2027 in Nuku'alofa, Tonga."""),
]),
# ---------------------------------------------------------------------------- b09
dict(story="b09", topic="cholera outbreak in Malawi: outbreak report, vaccine delivery and British funding", events=[
    dict(e="e1", type="report", date="2026-01-13", participants=["Malawi"], location="Blantyre"),
    dict(e="e2", type="support", date="2026-01-19", participants=["Gavi", "Malawi"], location="Lilongwe"),
    dict(e="e3", type="support", date="2026-01-21", participants=["United Kingdom", "Malawi"], location=None),
], tricky=[("e2", "e3", "arrival of 1.2 million vaccine doses funded by Gavi vs. a British funding pledge two days later, both help for the same outbreak")],
note="UNICEF water tablets (a3) and the earlier request for vaccines (a1) are side events, not marked. The 2022-2023 outbreak is background.",
articles=[
dict(id="a1", source="Shire Valley Press", published="2026-01-14",
     title="Malawi declares cholera outbreak in south",
     text="""BLANTYRE - Malawi's health ministry on Tuesday [[e1|reported]] 23 deaths and more than 900 suspected cases of cholera in the southern districts of Blantyre, Chikwawa and Nsanje, and declared an outbreak in all three.

In the [[e1|report]], the ministry said most patients lived in low-lying areas flooded by heavy rains in late December, where latrines overflowed into shallow wells.

Health Minister Chifundo Banda said the government had asked the International Coordinating Group on Vaccine Provision for emergency doses, which are expected to [[e2|arrive]] next week. "We are racing against time," she said.

Treatment centres have been set up at Queen Elizabeth Central Hospital in Blantyre and in Nsanje, near the border with Mozambique, where cases have also been reported.

Malawi's worst cholera outbreak on record, in 2022 and 2023, killed more than 1,700 people. Doctors said clinics in Chikwawa were short of intravenous fluids and that some patients had walked for hours to reach treatment.

The ministry urged people to boil drinking water and to avoid funerals with large gatherings, where the disease has spread in the past."""),
dict(id="a2", source="Zambezi News Service", published="2026-01-20",
     title="Cholera vaccines arrive in Malawi as death toll climbs",
     text="""LILONGWE - A shipment of 1.2 million oral cholera vaccine doses [[e2|arrived]] in Malawi on Monday, as the number of deaths from the outbreak in the south rose to 41.

The [[e2|delivery]], drawn from the global emergency stockpile and funded by the Gavi vaccine alliance, was flown into Lilongwe's Kamuzu International Airport and will be trucked to Blantyre, Chikwawa and Nsanje this week. Vaccination is due to start on Thursday.

The health ministry's [[e1|report]] last week put the toll at 23 deaths; new cases have since appeared in Zomba and Mulanje.

"Vaccines buy us time, but the real answer is clean water," said Dr Yamikani Phiri, who heads the treatment centre in Chikwawa.

Britain's high commission in Lilongwe said London would announce new [[e3|funding]] for water and sanitation later this week. The World Health Organization has sent epidemiologists to help track cases.

Officials said one batch of doses would be held back for fishing communities along Lake Malawi, where cholera tends to return in the rainy season."""),
dict(id="a3", source="Global Health Dispatch", published="2026-01-28",
     title="UK money to help Malawi fight cholera",
     text="""LONDON - Britain has [[e3|pledged]] 4 million pounds to help Malawi contain a cholera outbreak that has now killed 58 people, most of them in the south of the country.

The [[e3|grant]], announced by the Foreign Office on Wednesday last week, will pay for chlorination of wells, new latrines in flood-hit villages and extra staff at treatment centres, the British high commission in Lilongwe said.

It came two days after 1.2 million vaccine doses [[e2|reached]] Lilongwe from the global stockpile. About 700,000 people have been vaccinated since then, Malawi's health ministry said.

Since the ministry first [[e1|reported]] the outbreak on January 13, cases have been confirmed in seven districts. UNICEF has delivered water purification tablets to more than 100,000 households.

Aid workers said the British [[e3|money]] would help, but warned that the rainy season runs until March and that many health centres in the Lower Shire valley are still cut off by floods.

Malawi's government has also asked the World Bank for an emergency loan to repair water systems damaged by the storms."""),
]),
# ---------------------------------------------------------------------------- b10
dict(story="b10", topic="Burundian troop withdrawal from central Somalia, exit deadline and an attack on a vacated base", events=[
    dict(e="e1", type="withdrawal", date="2026-10-05", participants=["Burundi"], location="Jalalaqsi"),
    dict(e="e2", type="withdrawal", date="2026-10-08", participants=["Burundi"], location="Buloburde"),
    dict(e="e3", type="deadline", date="2026-10-31", participants=["Somalia", "Burundi"], location=None),
    dict(e="e4", type="attack", date="2026-10-10", participants=["al-Shabaab", "Somalia"], location="Jalalaqsi"),
], tricky=[("e1", "e2", "Burundian pull-out from Jalalaqsi vs. the second contingent's departure from Buloburde three days later, same region")],
note="Burundi's overall plan to withdraw its 2,000 troops (announced in August) covers both gold withdrawals and is not marked.",
articles=[
dict(id="a1", source="Mogadishu Wire", published="2026-10-06",
     title="Burundian troops hand Jalalaqsi base to Somali army",
     text="""MOGADISHU - About 400 Burundian soldiers [[e1|pulled out]] of their base in Jalalaqsi, in central Somalia's Hiran region, on Monday and handed it to Somali army troops, the first step in Burundi's exit from the African Union mission.

Burundi announced in August that it would withdraw all of its roughly 2,000 troops after a dispute with Mogadishu over their numbers and unpaid allowances.

A ceremony at the base was attended by the Hiran regional governor and Somali army commanders. "Our forces are ready to take full responsibility," said Colonel Abdirahman Warsame, who will command the garrison.

Somalia's government has set an October 31 [[e3|deadline]] for all Burundian troops to leave the country. A second group is due to [[e2|leave]] the base at Buloburde, further south along the Shabelle river, later this week.

Local elders in Jalalaqsi said they feared al-Shabaab fighters, who control villages a few kilometres from the town, would test the new garrison. Ethiopia, Egypt and Uganda also have troops in the mission, which is short of money after donors cut their contributions last year."""),
dict(id="a2", source="Great Lakes Press", published="2026-10-09",
     title="Second Burundian contingent leaves Somalia's Hiran region",
     text="""BUJUMBURA - A second contingent of Burundian troops [[e2|left]] Somalia's Hiran region on Thursday, vacating the town of Buloburde three days after the [[e1|withdrawal]] from Jalalaqsi, Burundi's defence ministry said.

The [[e2|departure]] of about 500 soldiers leaves Burundi with around 1,100 troops in Somalia, most of them in the Middle Shabelle region. Convoys carrying the soldiers and their equipment were heading to Mogadishu, from where they will be flown home.

Defence ministry spokesman Colonel Thierry Ndikumana said the remaining troops would be out before the October 31 [[e3|deadline]] set by the Somali government. "Our soldiers leave with their heads high," he said, noting that more than 100 Burundians had been killed in Somalia since 2007.

In Bujumbura, families gathered at the airport to wait for the first flights. The government has said the returning soldiers will be redeployed at home and along the border with the Democratic Republic of Congo.

Somali officials said army units from Beledweyne had moved into Buloburde to take over the base."""),
dict(id="a3", source="Horn Monitor", published="2026-10-14",
     title="Al-Shabaab attacks base days after Burundian pull-out",
     text="""BELEDWEYNE - Al-Shabaab fighters [[e4|attacked]] the former Burundian base in Jalalaqsi on Saturday, five days after Burundi's troops [[e1|withdrew]] from it, killing at least six Somali soldiers, military officials said.

The [[e4|assault]] began with a car bomb at the main gate, followed by gunfire from several directions, a Somali army officer said. The army said it had repelled the [[e4|raid]] after three hours with help from local clan militia.

Al-Shabaab said in a statement on its radio station that it had killed 20 soldiers and seized weapons. The figure could not be verified.

Burundi [[e2|pulled]] its remaining troops in Hiran out of Buloburde on October 8, and Somali units have taken over both bases.

Local elders criticised the pace of the handover, which Somalia's government insists must be completed by the October 31 [[e3|deadline]]. "They left in a week what took years to build," said Hassan Nur, an elder in Jalalaqsi.

Somalia's defence minister visited the base on Sunday and promised reinforcements. Egypt is expected to send additional troops to central Somalia before the end of the year."""),
]),
]
