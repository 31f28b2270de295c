"""Source of ../stories_heldout/articles.jsonl and ../stories_heldout/gold.jsonl.

HELD-OUT set for the cross-article deduplication benchmark.  It was written blind: without
running the timeline extractor or the dedup benchmark on these texts and without reading
the system's extraction or clustering rules.  Use it for reporting only, never for tuning.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_heldout_spec \\
        --out tests/gold/stories_heldout

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
"""

STORIES = [
# ---------------------------------------------------------------------------- h01
dict(story="h01", topic="port strike", events=[
    dict(e="e1", type="protest", date="2026-02-10", participants=["Piraeus Port Workers' Union"],
         location="Piraeus"),
    dict(e="e2", type="protest", date="2026-02-16", participants=["Piraeus Port Workers' Union"],
         location="Piraeus"),
    dict(e="e3", type="meeting", date="2026-02-19",
         participants=["Piraeus Port Workers' Union", "Piraeus Container Terminal", "Greece"],
         location="Athens"),
    dict(e="e4", type="agreement", date="2026-02-20",
         participants=["Piraeus Port Workers' Union", "Piraeus Container Terminal"],
         location="Athens"),
], tricky=[("e1", "e2", "a 48-hour strike and an open-ended strike by the same union at the same port six days apart")],
articles=[
dict(id="a1", source="Aegean Business Wire", published="2026-02-11",
     title="Piraeus dockworkers stage 48-hour strike over pay and safety",
     text="""PIRAEUS, Greece - Dockworkers at the container terminals of Piraeus, Greece's largest port, began a 48-hour [[e1|strike]] on Tuesday over pay and crane safety, leaving more than a dozen cargo ships waiting at anchor off the coast, port officials said.

The [[e1|walkout]] was called by the Piraeus Port Workers' Union after negotiations on a new collective contract with the terminal operator, Piraeus Container Terminal, broke down last month. The union wants a 9 percent raise and a fourth crew member on every quay crane.

"Nobody should risk his life for a shift bonus," union secretary Stavros Lekkas told about 300 workers gathered outside Pier II. He said members had already voted for an open-ended [[e2|strike]] starting next Monday.

The operator said the [[e1|stoppage]] would cost exporters millions of euros and described its offer of a 5 percent raise as "fair and final".

Piraeus handled about 5 million containers last year. Its container piers have been run by a Chinese-owned company since 2016.

Dockworkers last stopped work for several days in October 2021, after a crane accident killed a 45-year-old worker. Separately on Tuesday, farmers protesting over fuel costs blocked the highway between Athens and Thessaloniki with tractors for the second week running."""),
dict(id="a2", source="Continental Press Agency", published="2026-02-17",
     title="Piraeus at a standstill as dockers launch open-ended strike",
     text="""ATHENS - Container traffic at Piraeus came to a standstill again on Monday as dockworkers began an open-ended [[e2|strike]], less than a week after a 48-hour [[e1|walkout]] that left ships queuing off Greece's largest port.

The Piraeus Port Workers' Union said about 1,100 of its members had joined the [[e2|action]] and that it would go on until the terminal operator improved its offer. Picket lines were set up at all three container piers.

Shipping agents said at least 22 vessels were waiting at anchor on Tuesday morning. Two Asian carriers have diverted calls to Thessaloniki and to the Italian port of Gioia Tauro. The operator, Piraeus Container Terminal, said last week's [[e1|strike]] alone had cost its customers about 14 million euros.

The labour ministry has invited both sides to [[e3|talks]] in Athens on Thursday. "We will come, but we will not sign anything on the first day," union secretary Stavros Lekkas said of the [[e3|meeting]]. Labour Minister Eleni Douka will chair the [[e3|session]] herself, her office said.

Greece's economy depends heavily on shipping and tourism. In August last year a 24-hour strike by ferry crews left thousands of holidaymakers stranded on the islands."""),
dict(id="a3", source="Harbor Times", published="2026-02-23",
     title="Piraeus dockers end strike after wage deal",
     text="""Dockworkers were back at the cranes in Piraeus over the weekend after their union and the terminal operator [[e4|reached]] a wage agreement late on Friday, ending a five-day [[e2|strike]] that had paralysed Greece's busiest port.

The [[e4|deal]], struck at the labour ministry in Athens after two days of [[e3|negotiations]], gives workers a 7 percent raise over two years and puts a fourth crew member on each quay crane from July.

Labour Minister Eleni Douka, who had chaired the [[e3|talks]] since Thursday morning, said both sides had "shown courage". Union secretary Stavros Lekkas called the [[e4|agreement]] "a victory for safety".

The open-ended [[e2|walkout]] had begun on February 16, less than a week after a first 48-hour [[e1|strike]] on February 10 and 11. Shipping agents estimate that about 60 vessels were delayed by the second [[e2|stoppage]].

Port workers in Antwerp and Rotterdam are also negotiating new contracts this spring, and Belgian unions have called a national day of action for March 12. The Piraeus [[e4|accord]] must still be approved in a ballot of union members next week."""),
]),
# ---------------------------------------------------------------------------- h02
dict(story="h02", topic="cyberattacks on ministries", events=[
    dict(e="e1", type="attack", date="2026-01-19", participants=["NightOwl", "Czech Ministry of Finance"],
         location="Prague"),
    dict(e="e2", type="attack", date="2026-01-21", participants=["Czech Ministry of Labour and Social Affairs"],
         location="Prague"),
    dict(e="e3", type="statement", date="2026-01-20", participants=["NightOwl"], location=None),
    dict(e="e4", type="report", date="2026-01-27", participants=["NÚKIB"], location="Prague"),
], tricky=[("e1", "e2", "two cyberattacks on two Czech ministries in Prague two days apart")],
articles=[
dict(id="a1", source="Central European Wire", published="2026-01-20",
     title="Ransomware attack paralyses Czech finance ministry",
     text="""PRAGUE - Hackers [[e1|broke into]] the computer network of the Czech finance ministry on Monday, encrypting servers and forcing the ministry to take its online tax portal offline, officials said on Tuesday.

A ministry spokesman said the [[e1|attack]] was discovered shortly after 6 a.m. on Monday, when staff found ransom demands on their screens. Email and the payroll system for about 14,000 employees were also hit.

A group calling itself NightOwl [[e3|claimed responsibility]] in a post on Telegram on Tuesday afternoon, saying it had copied "the tax files of Czech citizens". The [[e3|claim]] could not be independently verified.

Finance Minister Pavel Hruby said the government would not pay a ransom. "We will restore the systems from backups. It will take days, not hours," he told Czech Television.

The national cyber security agency, NÚKIB, and the police are investigating the [[e1|intrusion]].

Czech institutions have been targeted before. In 2020 a ransomware attack crippled the university hospital in Brno during the first wave of the Covid-19 pandemic, and pro-Russian hackers repeatedly knocked government websites offline in 2023."""),
dict(id="a2", source="Danube Daily", published="2026-01-22",
     title="Second Czech ministry hit by cyberattack",
     text="""PRAGUE - Hackers [[e2|knocked]] the Czech labour ministry's website and benefits portal offline for about nine hours on Wednesday, officials said, while the finance ministry was still struggling to recover from a ransomware [[e1|attack]] two days earlier.

Labour ministry spokeswoman Jana Kolarova said no data had been stolen in Wednesday's [[e2|attack]], in which the ministry's servers were flooded with requests from thousands of hijacked devices. About 200,000 people who claim unemployment or housing benefits online could not file forms during the [[e2|assault]].

NightOwl, the group that [[e3|said]] it was behind the finance ministry [[e1|breach]], has threatened to publish stolen tax records unless it is paid 5 million dollars in cryptocurrency. No group has claimed responsibility for the [[e2|incident]] at the labour ministry.

Interior Minister Lukas Benes, who chaired a meeting of the national security council on Thursday, said investigators had not yet found a link to Monday's [[e1|hack]].

In December a ransomware attack shut down the land registry in neighbouring Slovakia for nearly a week. Slovak officials later blamed a criminal gang operating from abroad."""),
dict(id="a3", source="Continental Press Agency", published="2026-01-28",
     title="Czech cyber agency says hackers stole data of 40,000 taxpayers",
     text="""PRAGUE - Hackers who [[e1|attacked]] the Czech finance ministry last week stole the personal data of about 40,000 taxpayers, including bank account numbers, the national cyber security agency NÚKIB said in a preliminary [[e4|report]] on Tuesday.

According to the [[e4|report]], the attackers got in through a contractor's stolen password. The tax portal, shut down after the January 19 [[e1|breach]], went back online on Monday.

The [[e4|document]] found no evidence that NightOwl also carried out the [[e2|attack]] on the labour ministry two days later, which used a network of hijacked home routers, mostly in Asia, to overload the ministry's servers.

NightOwl's [[e3|claim]] of responsibility for the finance ministry [[e1|hack]] is consistent with the technical evidence, the [[e4|report]] says. The group published a first sample of stolen files on Sunday.

Finance Minister Pavel Hruby said affected taxpayers would be contacted by letter and offered free credit monitoring. Opposition deputies have called for a parliamentary inquiry into why the contractor's account was not protected by two-factor authentication.

The European Union added two Russian military intelligence officers to its cyber sanctions list in December over attacks on German political parties."""),
]),
# ---------------------------------------------------------------------------- h03
dict(story="h03", topic="border clash", events=[
    dict(e="e1", type="attack", date="2026-03-15", participants=["Kyrgyzstan", "Tajikistan"],
         location="Ak-Sai"),
    dict(e="e2", type="casualties", date="2026-03-15", participants=[], location="Ak-Sai"),
    dict(e="e3", type="agreement", date="2026-03-16", participants=["Kyrgyzstan", "Tajikistan"],
         location=None),
    dict(e="e4", type="withdrawal", date="2026-03-17", participants=["Kyrgyzstan", "Tajikistan"],
         location="Ak-Sai"),
], tricky=[],
note="The death toll changes across articles (7, then 9); all deaths from the clash are one casualties event.",
articles=[
dict(id="a1", source="Steppe Newswire", published="2026-03-16",
     title="Seven killed in Kyrgyz-Tajik border clash",
     text="""BISHKEK - Kyrgyz and Tajik border guards [[e1|exchanged fire]] for several hours on Sunday near the village of Ak-Sai in Kyrgyzstan's Batken region, and at least seven servicemen were [[e2|killed]], officials in both countries said. Four of the dead were Kyrgyz and three Tajik.

Kyrgyzstan's border service accused Tajik troops of [[e1|opening fire]] on a patrol that was repairing a water pipeline. Dushanbe said the Kyrgyz side had started the [[e1|shooting]] by moving a checkpoint onto disputed land.

The two governments [[e3|agreed]] a ceasefire early on Monday, the Kyrgyz presidential administration said. By midday the [[e3|truce]] was holding, residents of Ak-Sai told Steppe Newswire by phone.

Mortar rounds damaged at least a dozen houses in Ak-Sai during the [[e1|fighting]], and several hundred residents fled to the regional centre of Batken.

Water and land lie at the heart of the dispute. Long stretches of the border were not demarcated until a treaty signed in March 2025, and the section around Ak-Sai was left for later negotiation. In September 2022, fighting along the border killed about 100 people and forced more than 100,000 to flee.

Russia, which has military bases in both countries, called for restraint."""),
dict(id="a2", source="Central Asia Monitor", published="2026-03-18",
     title="Troops pull back from Kyrgyz-Tajik frontier as death toll rises",
     text="""DUSHANBE - Tajik and Kyrgyz forces [[e4|pulled back]] from the disputed section of their border near Ak-Sai on Tuesday, under the terms of the [[e3|ceasefire]] reached the day before, Tajikistan's border troops said.

About 400 soldiers and their armoured vehicles were [[e4|withdrawn]] to positions at least three kilometres from the line. Joint police patrols will now watch the area.

The [[e2|death toll]] from Sunday's [[e1|clash]] rose to nine after a wounded Kyrgyz guard died in hospital in Batken and the body of a Tajik shepherd was found near the canal, officials said.

Tajikistan's foreign ministry said the [[e4|pullback]] showed "the will of both peoples to live as good neighbours", but repeated that the Kyrgyz checkpoint built last month stood on Tajik territory.

Residents who fled Ak-Sai during the [[e1|fighting]] began returning on Wednesday morning, Kyrgyz local officials said. Schools in the area are to reopen next week.

The Collective Security Treaty Organization, a Moscow-led alliance to which both countries belong, has offered to send observers. Neither government has responded to the offer."""),
dict(id="a3", source="Continental Press Agency", published="2026-03-24",
     title="Kyrgyz and Tajik officials to resume border talks after deadly clash",
     text="""Kyrgyz and Tajik officials will meet in the Tajik town of Isfara on Friday to resume marking the last disputed stretch of their border, little more than a week after the deadliest [[e1|clash]] between the two neighbours since 2022.

Nine people [[e2|died]] in the [[e1|fighting]] near Ak-Sai on March 15: eight border guards and a shepherd. Both governments have held funerals with military honours for the soldiers.

The [[e3|ceasefire]] agreed the following day has held, and the [[e4|withdrawal]] of troops and armour from the area was completed last Tuesday, the Kyrgyz border service said.

Human rights groups have urged both governments to compensate families in Ak-Sai whose houses were damaged during the [[e1|shooting]].

Friday's meeting in Isfara will be the first session of the joint border commission since October. Kyrgyzstan is also preparing for a referendum on constitutional changes on April 12, and Russia's foreign minister is due to visit Dushanbe later in April."""),
]),
# ---------------------------------------------------------------------------- h04
dict(story="h04", topic="peace talks round", events=[
    dict(e="e1", type="meeting", date="2026-04-13", participants=["Colombia", "ELN"], location="Havana"),
    dict(e="e2", type="attack", date="2026-04-15", participants=["ELN"], location="Saravena"),
    dict(e="e3", type="attack", date="2026-04-16", participants=["Estado Mayor Central"],
         location="Saravena"),
    dict(e="e4", type="agreement", date="2026-04-18", participants=["Colombia", "ELN"],
         location="Havana"),
], tricky=[("e2", "e3", "a pipeline bombing and a drone attack on an army post near the same town on consecutive days, different perpetrators")],
articles=[
dict(id="a1", source="Andes Press Service", published="2026-04-13",
     title="Colombia and ELN open new round of peace talks in Havana",
     text="""HAVANA - Negotiators for the Colombian government and the National Liberation Army (ELN) guerrilla group opened a sixth round of peace [[e1|talks]] in Havana on Monday, with a bilateral ceasefire due to expire at the end of the month.

The [[e1|round]] is expected to last about a week and will focus on the ceasefire and on a mechanism to verify it, said Norway's special envoy Kari Lund, whose country is one of the guarantors along with Cuba, Mexico and Brazil.

"We are here to stay at the table," the government's chief negotiator, Laura Mejía, told reporters as the [[e1|negotiations]] began at a conference centre west of the city.

The ELN, founded in 1964, has about 6,000 fighters and is active mainly along the Venezuelan border. Previous rounds in Caracas, Mexico City and Havana produced the current ceasefire, which took effect in February.

Violence has continued despite the truce. On Saturday, gunmen killed a community leader in the south-western department of Cauca; police blamed FARC dissidents who reject the peace process."""),
dict(id="a2", source="Caribbean Wire", published="2026-04-17",
     title="Pipeline bombing and base attack shake Colombia peace talks",
     text="""BOGOTA - A bomb [[e2|ripped through]] the Caño Limón-Coveñas oil pipeline near Saravena in the eastern department of Arauca on Wednesday, spilling crude into a river, state oil company Ecopetrol said. The army blamed the ELN for the [[e2|blast]].

A day later, gunmen [[e3|attacked]] an army post on the outskirts of Saravena with explosives dropped from drones, wounding four soldiers. Military officials attributed the [[e3|assault]] to a FARC dissident faction that is not part of any negotiations.

In Havana, where government and ELN negotiators have been [[e1|meeting]] since Monday, the government delegation protested about the pipeline [[e2|bombing]] but did not leave the table. The ELN delegation said it had no knowledge of the [[e2|attack]].

"Blowing up pipelines while we sit here is not the way to build trust," chief government negotiator Laura Mejía said.

The Caño Limón pipeline has been bombed more than 1,500 times since it opened in 1986, most often by the ELN.

The current ceasefire runs until April 30. The Havana [[e1|round]] is due to end this weekend."""),
dict(id="a3", source="Continental Press Agency", published="2026-04-21",
     title="Colombia and ELN extend ceasefire despite attacks",
     text="""The Colombian government and the ELN guerrillas [[e4|agreed]] on Saturday to extend their bilateral ceasefire by three months, to July 31, at the close of a week-long round of [[e1|talks]] in Havana.

Under the [[e4|accord]], a verification mechanism led by the United Nations and the Catholic Church will be expanded to the department of Arauca, where the ceasefire has been tested most.

The [[e4|extension]] came despite the [[e2|bombing]] of the Caño Limón-Coveñas pipeline near Saravena last Wednesday, which the army blamed on the ELN. The guerrillas have denied involvement.

A separate drone [[e3|attack]] on an army post in Saravena the following day was claimed on Sunday by a FARC dissident group, the Estado Mayor Central, which rejects negotiations with the government.

"This [[e4|agreement]] shows that dialogue works even under fire," said Norway's special envoy Kari Lund.

The parties will meet again in Mexico City in June. Colombia holds a presidential election on May 31, and several candidates have promised to review the peace policy."""),
]),
# ---------------------------------------------------------------------------- h05
dict(story="h05", topic="parliamentary no-confidence vote", events=[
    dict(e="e1", type="election", date="2026-05-20", participants=["National Assembly of Bulgaria"],
         location="Sofia"),
    dict(e="e2", type="election", date="2026-05-21",
         participants=["National Assembly of Bulgaria", "Kiril Stoyanov"], location="Sofia"),
    dict(e="e3", type="protest", date="2026-05-20", participants=["protesters"], location="Sofia"),
    dict(e="e4", type="statement", date="2026-05-22", participants=["Georgi Vasilev"], location="Sofia"),
], tricky=[("e1", "e2", "a no-confidence vote in the government and a vote to dismiss the interior minister, same chamber, consecutive days")],
articles=[
dict(id="a1", source="Balkan Wire", published="2026-05-20",
     title="Bulgarian government survives no-confidence vote over border scandal",
     text="""SOFIA - Bulgaria's government survived a no-confidence [[e1|vote]] in parliament on Wednesday over a procurement scandal in the border police. The [[e1|motion]], tabled by three opposition parties, won 109 votes in the 240-seat National Assembly, 12 short of the majority needed.

Prime Minister Georgi Vasilev told lawmakers before the [[e1|ballot]] that his cabinet had "nothing to hide".

Several thousand people [[e3|rallied]] outside the parliament building as lawmakers debated, chanting "Resign!" and waving Bulgarian and EU flags. Police said the [[e3|protest]] was peaceful.

The scandal centres on a 90-million-euro contract for thermal cameras on the border with Turkey, which prosecutors say was inflated. Interior Minister Kiril Stoyanov, who oversees the border police, faces a separate [[e2|vote]] on Thursday on a motion to dismiss him. The junior coalition partner, the centrist Union for Reform, has said Stoyanov should go.

Bulgaria has been through a long series of snap elections since 2021, and the current coalition holds only 130 of the 240 seats."""),
dict(id="a2", source="Black Sea Courier", published="2026-05-22",
     title="Bulgarian parliament ousts interior minister",
     text="""SOFIA - Bulgaria's parliament [[e2|voted]] on Thursday to dismiss Interior Minister Kiril Stoyanov over a disputed contract for border surveillance cameras, a day after the government as a whole survived a no-confidence [[e1|motion]] on the same issue.

The [[e2|dismissal]] passed with 127 votes to 98, as the junior coalition partner, the centrist Union for Reform, sided with the opposition.

"I have nothing to reproach myself for," Stoyanov told reporters after the [[e2|vote]], adding that he would remain a member of parliament.

Prime Minister Georgi Vasilev, who has 14 days to nominate a successor, [[e4|said]] on Friday that he would not resign. On Wednesday the opposition's [[e1|motion]] against his cabinet won only 109 of the 121 votes it needed, but Thursday's [[e2|ballot]] showed how fragile the coalition has become, analysts said.

Several thousand demonstrators who [[e3|rallied]] outside parliament on Wednesday had demanded the resignation of the whole government. Organisers have called another rally for Sunday.

Stoyanov, a former police general, had been interior minister since last year. Prosecutors have not charged him."""),
dict(id="a3", source="Continental Press Agency", published="2026-05-26",
     title="Bulgarian PM names new interior minister, rules out resignation",
     text="""Bulgarian Prime Minister Georgi Vasilev on Friday nominated a career police officer, Maria Ilieva, as interior minister and [[e4|said]] he would not resign over the border camera scandal.

"The government has the confidence of parliament, and we will govern," Vasilev [[e4|told]] a news conference in Sofia.

His [[e4|remarks]] came after lawmakers [[e2|removed]] Kiril Stoyanov from the post on May 21, a day after the cabinet survived a no-confidence [[e1|motion]] on May 20.

Parliament is expected to vote on Ilieva's appointment on Wednesday.

The opposition, which organised a [[e3|protest]] of several thousand people outside parliament on the day of the confidence [[e1|vote]], says it will table a new motion if the camera contract is not cancelled. Prosecutors charged two border police officials last week with abuse of office over the deal.

Bulgaria's next regular parliamentary election is not due until 2028, but few analysts expect the coalition to last that long."""),
]),
# ---------------------------------------------------------------------------- h06
dict(story="h06", topic="naval incident", events=[
    dict(e="e1", type="attack", date="2026-06-07", participants=["China Coast Guard", "Philippines"],
         location="Second Thomas Shoal"),
    dict(e="e2", type="attack", date="2026-06-09",
         participants=["China Coast Guard", "Bureau of Fisheries and Aquatic Resources"],
         location="Second Thomas Shoal"),
    dict(e="e3", type="statement", date="2026-06-08", participants=["Philippines"], location="Manila"),
    dict(e="e4", type="deployment", date="2026-06-10", participants=["Philippine Navy"],
         location="Second Thomas Shoal"),
], tricky=[("e1", "e2", "a water cannon attack and a ramming by the Chinese coast guard at the same shoal two days apart")],
articles=[
dict(id="a1", source="Pacific Newswire", published="2026-06-08",
     title="Chinese coast guard fires water cannon at Philippine supply boat",
     text="""MANILA - A Chinese coast guard ship [[e1|blasted]] a Philippine supply boat with water cannon near Second Thomas Shoal in the South China Sea on Sunday, injuring three crew members, the Philippine military said.

The boat was carrying food and fresh water to the handful of marines stationed on the BRP Sierra Madre, a rusting warship that Manila deliberately grounded on the shoal in 1999. The [[e1|attack]] shattered the boat's windows and damaged its engine, forcing it to turn back, military spokesman Colonel Ramon Aquino said.

The Department of Foreign Affairs [[e3|condemned]] the [[e1|incident]] on Monday as "dangerous and unlawful" and called on Beijing to respect the 2016 arbitral ruling that rejected its claims to most of the South China Sea.

China's coast guard said in a statement that the Philippine vessel had "illegally intruded" into Chinese waters and that it had taken "necessary control measures".

Similar confrontations at the shoal in 2023 and 2024 prompted Washington to remind Beijing of its mutual defence treaty with Manila. Philippine and Japanese coast guard ships held a joint drill off Manila Bay last month."""),
dict(id="a2", source="Harbor Times", published="2026-06-10",
     title="Chinese vessel rams Philippine fisheries ship in second clash this week",
     text="""MANILA - A Chinese coast guard cutter [[e2|rammed]] a Philippine fisheries patrol vessel near Second Thomas Shoal on Tuesday, denting its hull, two days after a Chinese water cannon [[e1|attack]] on a Philippine resupply mission in the same waters, officials in Manila said.

No one was hurt in Tuesday's [[e2|collision]], the Bureau of Fisheries and Aquatic Resources said. Its vessel, the BRP Datu Mantuka, was escorting Filipino fishing boats when the Chinese ship [[e2|cut across]] its bow.

Beijing accused Manila of "deliberately provoking" the [[e2|incident]]. A Chinese foreign ministry spokesman said the Philippine vessel had ignored repeated warnings to leave.

The Philippine foreign ministry, which on Monday [[e3|denounced]] Sunday's water cannon [[e1|attack]] as "dangerous and unlawful", said it was preparing a new diplomatic note. The navy said it would [[e4|send]] two frigates to the shoal later on Wednesday. The U.S. State Department said the [[e2|ramming]] was "the latest in a pattern of escalating behaviour".

The three sailors injured on Sunday were flown to a military hospital in Manila; one of them has a broken arm.

The Philippines has kept a small detachment of marines on the grounded warship BRP Sierra Madre since 1999 to assert its claim to the shoal."""),
dict(id="a3", source="Continental Press Agency", published="2026-06-15",
     title="Philippines sends frigates to disputed shoal after clashes with China",
     text="""The Philippine navy [[e4|deployed]] two frigates to the waters around Second Thomas Shoal on Wednesday, after a Chinese water cannon [[e1|attack]] on a supply boat on June 7 and the [[e2|ramming]] of a fisheries vessel two days later.

The [[e4|deployment]] of the BRP Jose Rizal and the BRP Antonio Luna is meant to protect resupply missions and fishermen, Defence Secretary Alfredo Castro said. "Our ships are there to protect Filipinos, not to provoke anyone," he said.

China said on Thursday it was "closely monitoring" the [[e4|move]] and accused Manila of militarising the dispute.

The Department of Foreign Affairs had [[e3|condemned]] the first [[e1|incident]] as "dangerous and unlawful" the day after it happened.

A resupply mission reached the Sierra Madre on Saturday without incident, the navy said.

Japan and the Philippines signed a reciprocal access agreement in 2024 that allows their troops to train on each other's territory. The two countries' defence ministers are due to meet in Tokyo in July."""),
]),
# ---------------------------------------------------------------------------- h07
dict(story="h07", topic="cyclone aid deliveries", events=[
    dict(e="e1", type="casualties", date="2026-02-24", participants=[], location="Beira"),
    dict(e="e2", type="support", date="2026-02-26", participants=["World Food Programme", "Mozambique"],
         location="Beira"),
    dict(e="e3", type="support", date="2026-03-01", participants=["European Union", "Mozambique"],
         location="Beira"),
    dict(e="e4", type="report", date="2026-03-03", participants=["OCHA"], location=None),
], tricky=[("e2", "e3", "two relief airlifts to the same city three days apart, different donors")],
note="The death toll changes across articles (18, 54, 71); all cyclone deaths are one casualties event, "
     "dated to the landfall.",
articles=[
dict(id="a1", source="Southern Africa Wire", published="2026-02-25",
     title="Cyclone Nandi kills at least 18 in central Mozambique",
     text="""BEIRA, Mozambique - Cyclone Nandi tore through central Mozambique overnight, [[e1|killing]] at least 18 people and flattening thousands of homes in and around the port city of Beira, the national disaster institute INGD said on Wednesday.

The storm made landfall just south of Beira late on Tuesday with winds of up to 190 kilometres per hour, before weakening over land. Most of the [[e1|deaths]] were caused by collapsing walls and falling trees, INGD said. Dozens of people were injured.

The World Food Programme said it would begin [[e2|flying]] high-energy biscuits and water purification tablets to Beira from Thursday, once the city's airport reopens.

Electricity and mobile networks were down across much of Sofala province on Wednesday, and the main road to Zimbabwe was blocked by fallen trees.

In March 2019, Cyclone Idai killed more than 600 people in Mozambique, most of them around Beira. The government has since built dozens of storm shelters, and officials said early warnings had saved many lives this time."""),
dict(id="a2", source="Continental Press Agency", published="2026-02-27",
     title="First aid flights reach cyclone-hit Beira as toll rises to 54",
     text="""MAPUTO - Two World Food Programme cargo planes [[e2|landed]] in Beira on Thursday with 40 tonnes of food, two days after Cyclone Nandi hit the city, as the [[e1|death toll]] rose to 54, Mozambique's disaster agency said.

The WFP [[e2|airlift]] will continue daily for at least two weeks, the agency's country director Sofia Nhantumbo said. Helicopters are being used to reach villages cut off by floods along the Búzi river, where many of the [[e1|victims]] drowned.

Britain pledged 2 million pounds for emergency shelter, and the European Union said a cargo plane chartered under its Humanitarian Air Bridge would [[e3|deliver]] tents, blankets and hygiene kits on Sunday.

Mozambique's president toured Beira by helicopter on Thursday and declared a state of emergency in Sofala and Manica provinces.

Health officials fear outbreaks of cholera in crowded shelters. About 18,000 people are staying in schools and churches in the city."""),
dict(id="a3", source="Harbor Times", published="2026-03-04",
     title="UN says cyclone affected 400,000 in Mozambique",
     text="""Cyclone Nandi [[e1|killed]] 71 people and affected about 400,000 in central Mozambique, the UN humanitarian office OCHA said in a [[e4|report]] on Tuesday.

The [[e4|report]] says about 30,000 people are still in temporary shelters in Beira, many of them in schools that were due to reopen this week.

Relief is arriving. A Boeing 747 chartered by the European Union [[e3|touched down]] in Beira on Sunday with 80 tonnes of tents and hygiene kits, and the World Food Programme's daily [[e2|airlift]], which began last Thursday, has delivered about 300 tonnes of food so far.

But the [[e4|assessment]] warns that roads to inland districts remain cut and that the first cholera cases have been confirmed in the Búzi district.

OCHA has appealed for 85 million dollars to fund the response over the next three months. Less than a fifth has been received. Malawi, where the remnants of the storm caused floods on Thursday, has also asked for international help."""),
]),
# ---------------------------------------------------------------------------- h08
dict(story="h08", topic="arrest and extradition", events=[
    dict(e="e1", type="arrest", date="2026-10-05", participants=["United Arab Emirates", "Victor Ciobanu"],
         location="Dubai"),
    dict(e="e2", type="arrest", date="2026-10-22",
         participants=["United Arab Emirates", "Moldova", "Victor Ciobanu"], location=None),
    dict(e="e3", type="letter", date="2026-10-07", participants=["Moldova", "United Arab Emirates"],
         location=None),
    dict(e="e4", type="protest", date="2026-10-23", participants=["supporters of Victor Ciobanu"],
         location="Chișinău"),
], tricky=[("e1", "e2", "arrest of a suspect in Dubai and his extradition 17 days later: both arrest-type, same suspect and countries")],
articles=[
dict(id="a1", source="Black Sea Courier", published="2026-10-06",
     title="Fugitive Moldovan energy chief arrested in Dubai",
     text="""CHIȘINĂU - Police in Dubai have [[e1|arrested]] Victor Ciobanu, the former head of Moldova's state energy trader MoldEnergo, who fled the country two years ago while under investigation for embezzlement, Moldovan prosecutors said on Tuesday.

Ciobanu was [[e1|detained]] on Monday at a hotel in Dubai Marina on an Interpol red notice issued at Moldova's request, the Anti-Corruption Prosecutor's Office said.

Prosecutors accuse him of diverting about 40 million euros through inflated gas contracts between 2019 and 2022. He denies wrongdoing and says the case against him is political.

The justice ministry will [[e3|send]] a formal request for his [[e2|extradition]] to the United Arab Emirates within days, Justice Minister Ana Rotaru said.

The two countries have no extradition treaty, but the Emirates have handed over several fugitives to European countries in recent years.

Moldova was shaken in 2014 when about 1 billion dollars vanished from three banks, a fraud equal to an eighth of the country's economic output. A former prime minister was later jailed over the scandal."""),
dict(id="a2", source="Gulf Dispatch", published="2026-10-09",
     title="Moldova formally asks UAE to extradite ex-energy boss",
     text="""DUBAI - Moldova's justice ministry [[e3|wrote]] to the authorities of the United Arab Emirates on Wednesday asking them to [[e2|hand over]] Victor Ciobanu, the former head of the state energy trader MoldEnergo, officials in both countries said.

Ciobanu has been in custody in Dubai since his [[e1|arrest]] on Monday at a hotel in the Dubai Marina district.

The [[e3|letter]], signed by Justice Minister Ana Rotaru, includes the charges against him and guarantees that he would be held in a prison meeting European standards. A Dubai court is due to rule on the [[e3|request]] within weeks, a UAE official said.

Ciobanu's lawyer, Radu Munteanu, said his client would ask the court to let him stay in the Emirates, arguing that he could not get a fair trial at home.

Dubai has long attracted wealthy fugitives, but the UAE has become more willing to cooperate with European investigators. Earlier this year it extradited a suspected French drug trafficker to Paris."""),
dict(id="a3", source="Continental Press Agency", published="2026-10-24",
     title="Ex-energy chief extradited to Moldova as supporters protest",
     text="""CHIȘINĂU - Victor Ciobanu, the former head of Moldova's state energy trader, was [[e2|extradited]] from the United Arab Emirates on Thursday and flown to Chișinău under police escort, 17 days after his [[e1|arrest]] in Dubai.

A court in Chișinău on Friday ordered him held in pre-trial detention for 30 days. About 200 of his supporters [[e4|demonstrated]] outside the court building during the hearing, some carrying banners reading "Political prisoner". The [[e4|protest]] ended peacefully.

Justice Minister Ana Rotaru thanked the Emirati authorities, saying the [[e2|handover]] showed that "there is no safe haven for those who steal from Moldova". The UAE approved Moldova's [[e3|request]], sent on October 7, after a court in Dubai rejected Ciobanu's appeal.

Ciobanu's lawyer said the charges were an attempt by the governing Party of Action and Solidarity, which won parliamentary elections in September 2025, to silence a critic."""),
]),
]
