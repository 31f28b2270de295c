"""Source of ../stories_dev4/articles.jsonl and ../stories_dev4/gold.jsonl.

FOURTH DEVELOPMENT story set for the cross-article deduplication benchmark.  It was written
blind, as "stories_blind4": without reading the system's code, extraction or clustering
rules, word lists or other story sets' articles (only the format of one story of
stories_dev2_spec was looked at), and without running the timeline extractor or the dedup
benchmark on these texts.  It was measured blind in session 4 (pairwise precision 91.9,
recall 64.2; then 92.2 / 60.8 after the fixes of a code review; 82.5 / 61.5 on the code the
session started from) and then became a development set: its errors were read and used for
tuning.  The fifth set, stories_blind5, took its place as the blind one.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev4_spec \\
        --out tests/gold/stories_dev4

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("both strikes", "the two notes", "two rounds
of talks") and negated mentions ("did not claim") are not marked.  Titles are not annotated.
"""

STORIES = [
# ---------------------------------------------------------------------------- f01
dict(story="f01", topic="kidnapping of oil workers and mediated release deal (Colombia, ELN)", events=[
    dict(e="e1", type="attack", date="2026-02-10", participants=["ELN", "Petrollanos Servicios"],
         location="Saravena"),
    dict(e="e2", type="meeting", date="2026-03-03", participants=["Colombia", "ELN", "Norway"],
         location="Havana"),
    dict(e="e3", type="meeting", date="2026-03-17", participants=["Colombia", "ELN", "Norway"],
         location="Havana"),
    dict(e="e4", type="agreement", date="2026-03-19", participants=["Colombia", "ELN"], location="Havana"),
], tricky=[("e2", "e3", "two rounds of mediated talks between the same delegations in the same city, two weeks apart")],
note="The release of the hostages has no type in the list and is not in gold; the Havana deal (e4) is. "
     "The 2025 Catatumbo clashes are background.",
articles=[
dict(id="a1", source="Andean Wire Service", published="2026-02-11",
     title="Guerrillas seize three oil workers in Colombia's Arauca",
     text="""BOGOTÁ - Suspected ELN guerrillas [[e1|kidnapped]] three employees of an oil services company on a rural road outside Saravena, in the eastern department of Arauca, on Tuesday morning, regional police said.

The workers, two Colombians and a Canadian engineer, were travelling in a company pickup to a pumping station when about ten armed men stopped the vehicle and marched them into the forest, said Colonel Hernán Quintero, the Arauca police commander. The driver was left behind unharmed and raised the alarm.

Petrollanos Servicios, the Bogotá-based contractor that employs the men, said it was "in permanent contact with the authorities" and asked the media not to publish the captives' names. Canada's embassy said it was aware of the [[e1|abduction]] of one of its citizens.

The ELN, Colombia's largest remaining guerrilla group, has not commented. Peace talks between the group and the government have been frozen since January 2025, when its fighters killed dozens of people in clashes with FARC dissidents in the Catatumbo region.

Norway's foreign ministry said on Wednesday it stood ready to support "any humanitarian effort" to free the three men."""),
dict(id="a2", source="Caribbean Press Agency", published="2026-03-05",
     title="Government and ELN hold first talks on kidnapped oil workers",
     text="""HAVANA - Envoys of the Colombian government and the ELN guerrilla group [[e2|met]] in Havana on Tuesday for the first time in more than a year, in [[e2|talks]] mediated by Norway and the Catholic Church to secure the release of three oil workers [[e1|seized]] in Arauca last month.

A joint communiqué read by Norwegian diplomat Ingrid Sæther after the [[e2|meeting]] said the two delegations had agreed on the need for "a swift humanitarian solution" and would [[e3|meet]] again in the Cuban capital in two weeks.

The ELN admitted for the first time that it was holding the men, who were [[e1|taken]] from their vehicle near Saravena on February 10, and said they were in good health. Proof-of-life videos of the two Colombians and the Canadian engineer were handed to the mediators, a Church source said.

Government negotiator Álvaro Restrepo insisted the [[e2|session]] was "not a resumption of the peace process". The guerrillas want the army to suspend operations in parts of Arauca before the next [[e3|round]].

Relatives of the hostages held a candlelight vigil in Saravena on Wednesday night."""),
dict(id="a3", source="Maple Leaf Press", published="2026-03-22",
     title="Canadian engineer and two Colombian colleagues freed by ELN",
     text="""OTTAWA - A Canadian engineer and two Colombian colleagues held by ELN guerrillas for almost six weeks were released on Saturday in a remote part of Arauca and handed to a Church commission, Global Affairs Canada said.

The release came two days after government and rebel envoys [[e4|agreed]] in Havana on a "humanitarian protocol" under which the army paused operations in three rural districts for 72 hours. The [[e4|accord]] was sealed on Thursday, at the end of a second [[e3|round]] of talks that had opened on March 17.

The first [[e2|encounter]] between the two delegations, in the Cuban capital on March 3, produced little beyond proof that the hostages were alive.

Mark Ducharme, 41, from Calgary, was [[e1|abducted]] with his co-workers on February 10 on a road near Saravena, where he supervised maintenance for the contractor Petrollanos Servicios. "He has lost weight, but he is in good spirits," his sister told reporters at Calgary airport.

Foreign Minister Élise Martel thanked Norway, Cuba and the Church for their mediation. Colombia's government said the Havana [[e4|deal]] did not mean a return to formal peace negotiations, which it broke off last year."""),
]),
# ---------------------------------------------------------------------------- f02
dict(story="f02", topic="governorship election, protests and court challenge (Osun, Nigeria)", events=[
    dict(e="e1", type="election", date="2026-08-15", participants=["Osun"], location="Osun"),
    dict(e="e2", type="report", date="2026-08-16", participants=["Democracy Watch Nigeria"], location=None),
    dict(e="e3", type="protest", date="2026-08-17", participants=["PDP supporters"], location="Osogbo"),
    dict(e="e4", type="protest", date="2026-08-18", participants=["PDP supporters"], location="Ilesa"),
], tricky=[("e3", "e4", "two opposition protests against the same result on consecutive days in two towns of Osun state")],
note="The declaration of the result by INEC, the arrests in Ilesa and the petition filed at the tribunal are "
     "side events and not in gold; the 2022 governorship poll is background.",
articles=[
dict(id="a1", source="West Africa Wire", published="2026-08-17",
     title="Ruling party candidate declared winner in Osun governorship race",
     text="""OSOGBO, Nigeria - The electoral commission on Sunday declared Adebayo Olaniyan of the All Progressives Congress winner of Saturday's governorship [[e1|election]] in Osun state, but his main rival rejected the result and vowed to challenge it in court.

Olaniyan won 412,306 votes against 398,871 for Folake Adeyemi of the Peoples Democratic Party, a margin of fewer than 14,000 votes, the returning officer said. Turnout was 41 percent.

Adeyemi told supporters that results from 27 polling units in Ife and Ilesa had been "doctored" and called on them to [[e3|march]] peacefully to the commission's state office in Osogbo on Monday.

In a preliminary [[e2|report]] released on Sunday, the observer group Democracy Watch Nigeria said the [[e1|vote]] had been "largely orderly" but that its monitors had seen vote buying in at least nine local government areas. The group's [[e2|findings]] also cited late delivery of materials in Ilesa.

The PDP won the state in 2022 and had hoped to keep it. Police said they had deployed 21,000 officers for the [[e1|poll]]."""),
dict(id="a2", source="Lagos Ledger", published="2026-08-19",
     title="Police fire tear gas as Osun poll protests spread to Ilesa",
     text="""ILESA, Nigeria - Police fired tear gas on Tuesday to disperse hundreds of opposition supporters who blocked the main road through Ilesa, a day after thousands [[e3|marched]] through the state capital Osogbo to reject the result of the governorship [[e1|election]].

Witnesses said young men burned tyres outside the local government secretariat in Ilesa and chanted "Our mandate" before police moved in. Seven people were arrested, state police spokesman Yemisi Oladele said. The [[e4|demonstration]] in Ilesa was smaller but angrier than Monday's [[e3|rally]], which ended peacefully outside the electoral commission's office.

The Peoples Democratic Party's candidate, Folake Adeyemi, said she would file a petition at the election tribunal within the 21 days allowed by law. She urged supporters to "stay off the streets and let the lawyers speak".

The [[e1|ballot]], held on August 15, was observed by Democracy Watch Nigeria, whose Sunday [[e2|assessment]] reported vote buying in several areas. The group said on Tuesday it would publish a full analysis next month."""),
dict(id="a3", source="Sahel and Savannah Review", published="2026-09-09",
     title="Tribunal opens hearing on disputed Osun governorship result",
     text="""OSOGBO - The election petitions tribunal in Osun state began hearing on Tuesday a challenge by Folake Adeyemi of the Peoples Democratic Party to the declared result of last month's governorship [[e1|election]], which her rival Adebayo Olaniyan won by 13,435 votes.

Adeyemi's lawyers asked the three-judge panel to cancel results from 31 polling units and order a rerun there. They presented affidavits from party agents and quoted the preliminary [[e2|report]] of the observer group Democracy Watch Nigeria, which found vote buying in nine local government areas.

Olaniyan's counsel said the petition was "built on rumours" and noted that the same observers had described the [[e1|vote]] as largely orderly.

The case has calmed the streets of Osun after opposition [[e3|protests]] in Osogbo on August 17 and a violent [[e4|demonstration]] in Ilesa the following day, when police used tear gas and detained seven people.

The tribunal has 180 days to rule. Any appeal would go to the Court of Appeal and, finally, to the Supreme Court."""),
]),
# ---------------------------------------------------------------------------- f03
dict(story="f03", topic="train collision, strike and inquiry reports (Pombal, Portugal)", events=[
    dict(e="e1", type="casualties", date="2026-06-06", participants=["passengers"], location="Pombal"),
    dict(e="e2", type="report", date="2026-07-03", participants=["GPIAAF"], location="Lisbon"),
    dict(e="e3", type="report", date="2026-07-07", participants=["Court of Auditors"], location="Lisbon"),
    dict(e="e4", type="protest", date="2026-06-11", participants=["train drivers"], location=None),
], tricky=[("e2", "e3", "two official reports on the same railway safety problem, from two different bodies, four days apart")],
note="The collision itself is not annotated (as with earthquakes); its deaths are e1, whose toll changes "
     "(11, then 13). The 2013 audit warning and the minister's resignation offer are side events.",
articles=[
dict(id="a1", source="Iberian News Agency", published="2026-06-07",
     title="Eleven dead as trains collide on Portugal's main line",
     text="""POMBAL, Portugal - A high-speed Alfa Pendular train and a regional train collided head-on near Pombal on Saturday evening, [[e1|killing]] eleven people and injuring at least 60, Portugal's civil protection authority said.

The Lisbon-bound express, carrying about 300 passengers, struck the slower train on a single-track section that was being used while the parallel track was under repair, railway operator CP said. Both front carriages were crushed.

Rescue teams worked through the night to free people trapped in the wreckage. Among the dead are both train drivers and a ten-year-old girl, a hospital official in Leiria said.

Infrastructure Minister Rui Sampaio said the cause was not yet known and that the accident investigation office, GPIAAF, had opened an inquiry. "We owe the families the whole truth," he said.

The SMAQ train drivers' union called a 24-hour national [[e4|strike]] for Thursday, saying its members had complained for months about faulty signals on the stretch. Portugal's worst rail accident, near Alcafache in 1985, killed about 50 people."""),
dict(id="a2", source="Lusitania Daily", published="2026-06-12",
     title="Rail strike halts Portugal as crash toll rises to 13",
     text="""LISBON - Almost no trains ran in Portugal on Thursday as drivers [[e4|walked out]] for 24 hours in memory of the victims of last weekend's collision near Pombal, whose [[e1|death toll]] rose to 13 after two injured passengers [[e1|died]] in hospital.

Hundreds of drivers and their families gathered outside the Infrastructure Ministry in Lisbon during the [[e4|stoppage]], holding photographs of the two drivers who [[e1|died]] in Saturday's crash.

The union SMAQ says a signalling fault let both trains onto the same track. Infraestruturas de Portugal, which manages the network, has said its systems "were working normally".

The accident investigation office GPIAAF told reporters it would publish an interim [[e2|report]] within a month. Its investigators have recovered the data recorders of both trains.

Separately, the Court of Auditors is due to deliver an [[e3|audit]] on signalling investment that had been commissioned last year, before the crash.

Minister Rui Sampaio has offered his resignation, but Prime Minister Luís Ferraz refused it on Wednesday."""),
dict(id="a3", source="European Transport Monitor", published="2026-07-08",
     title="Two reports blame signal failures and underinvestment for Pombal crash",
     text="""BRUSSELS - Portugal's rail safety regime came under fire from two official bodies within four days, a month after the Pombal collision that [[e1|killed]] 13 people on June 6.

On Friday, the accident investigation office GPIAAF published an interim [[e2|report]] showing that a relay in the signal box at Pombal had failed, showing a green light to the high-speed train although the single track ahead was occupied. Its [[e2|analysis]] also found that a warning log was not read for 48 hours.

On Tuesday, Portugal's Court of Auditors released an [[e3|audit]] finding that only 38 percent of the money planned for signalling renewal between 2020 and 2025 had been spent. The auditors' [[e3|review]] said Infraestruturas de Portugal had "systematically postponed" safety work on the northern main line.

The drivers' union SMAQ, which staged a national [[e4|strike]] five days after the crash, said the [[e3|audit]] proved "what we have been shouting for years". The European Union Agency for Railways said it would send experts to Lisbon."""),
]),
# ---------------------------------------------------------------------------- f04
dict(story="f04", topic="airline pilots' strikes and pay deal (Nordstern Airways, Germany)", events=[
    dict(e="e1", type="protest", date="2026-04-14", participants=["Vereinigung Cockpit", "Nordstern Airways"],
         location="Hamburg"),
    dict(e="e2", type="protest", date="2026-04-22", participants=["Vereinigung Cockpit", "Nordstern Airways"],
         location="Hamburg"),
    dict(e="e3", type="meeting", date="2026-04-28", participants=["Vereinigung Cockpit", "Nordstern Airways"],
         location="Frankfurt"),
    dict(e="e4", type="agreement", date="2026-05-05", participants=["Vereinigung Cockpit", "Nordstern Airways"],
         location="Frankfurt"),
], tricky=[("e1", "e2", "a 24-hour and a 48-hour walkout by the same pilots at the same airline, eight days apart")],
note="The cabin crew strike of 2024 and the failed talks in March are background.",
articles=[
dict(id="a1", source="Hanseatic Business Wire", published="2026-04-14",
     title="Nordstern pilots strike, grounding 240 flights",
     text="""HAMBURG - Pilots at Nordstern Airways [[e1|walked off]] the job at midnight on Tuesday, forcing Germany's third-largest airline to cancel about 240 flights and strand some 30,000 passengers at the height of the Easter holiday return.

The 24-hour [[e1|strike]] was called by the Vereinigung Cockpit union after talks on pay and pensions broke down in March. The union wants a 14 percent raise over two years and the restoration of a company pension scheme that was cut during the pandemic.

Nordstern, based in Hamburg, called the [[e1|stoppage]] "disproportionate" and said it had offered 8 percent. Only flights operated by partner airlines and a few long-haul routes were running, a spokeswoman said.

At Hamburg airport, queues formed at the rebooking desks from early morning. "We were told by text message at two in the morning," said Anja Reimers, a teacher returning from Crete.

Union spokesman Matthias Brandl warned that further walkouts were possible "at short notice" if management did not improve its offer. Nordstern cabin crew staged a two-day strike in 2024."""),
dict(id="a2", source="Rhine Valley Post", published="2026-04-23",
     title="Second Nordstern pilots' strike enters day two",
     text="""FRANKFURT - Nordstern Airways cancelled all of its short-haul flights for a second day on Thursday as pilots pressed on with a 48-hour [[e2|strike]], their second walkout in just over a week.

The [[e2|action]], which began at 00:01 on Wednesday, has led to about 560 cancellations and hit business travellers on routes between Hamburg, Frankfurt, Munich and Vienna, the airline said. Last Tuesday's one-day [[e1|strike]] grounded some 240 flights.

Nordstern estimates the cost of the two disputes at 35 million euros so far. Chief executive Carola Wendt said she would not "negotiate at gunpoint" but agreed on Thursday to take part in [[e3|talks]] with the union under a former labour court judge, Reinhard Voss, as mediator.

The first mediation [[e3|session]] is set for next Tuesday in Frankfurt. Vereinigung Cockpit said it would call no new strikes while talks last.

Passenger groups have asked the government to require longer notice for strikes in critical transport, a demand unions reject."""),
dict(id="a3", source="Airline Insider Daily", published="2026-05-06",
     title="Nordstern and pilots strike pay deal after mediation",
     text="""BERLIN - Nordstern Airways and its pilots have reached a [[e4|deal]] on pay and pensions, ending a dispute that led to two strikes and more than 800 cancelled flights in April, the airline and the Vereinigung Cockpit union said on Wednesday.

Under the [[e4|agreement]], concluded late on Tuesday in Frankfurt, pilots will get a raise of 11 percent in two stages and a new employer-funded pension plan from 2027. The union had sought 14 percent.

The [[e4|settlement]] came after a week of mediated [[e3|negotiations]] that opened on April 28 under former judge Reinhard Voss. Both sides praised his patience.

The pilots first [[e1|struck]] for 24 hours on April 14, then held a 48-hour [[e2|walkout]] on April 22 and 23 that grounded the airline's entire short-haul fleet. Nordstern said the strikes had cost it about 40 million euros.

Union members must still approve the [[e4|accord]] in a ballot that closes on May 20. Analysts said the higher costs would weigh on Nordstern's summer results."""),
]),
# ---------------------------------------------------------------------------- f05
dict(story="f05", topic="border freight closure and reopening deal (Kazakhstan, Kyrgyzstan)", events=[
    dict(e="e1", type="sanction", date="2026-09-01", participants=["Kazakhstan", "Kyrgyzstan"], location=None),
    dict(e="e2", type="meeting", date="2026-09-08", participants=["Kazakhstan", "Kyrgyzstan"], location="Almaty"),
    dict(e="e3", type="meeting", date="2026-09-16", participants=["Kazakhstan", "Kyrgyzstan"], location="Astana"),
    dict(e="e4", type="agreement", date="2026-09-16", participants=["Kazakhstan", "Kyrgyzstan"], location="Astana"),
], tricky=[("e2", "e3", "a deputy prime ministers' meeting in Almaty and a prime ministers' meeting in Astana eight days later, on the same dispute")],
note="The reopening itself (September 17) has no type and is not in gold; the agreement to reopen (e4) is. "
     "The truck drivers' protest at Korday and the 2019 border dispute are side/background events.",
articles=[
dict(id="a1", source="Central Asia Monitor", published="2026-09-02",
     title="Kazakhstan halts Kyrgyz freight at border crossings",
     text="""BISHKEK - Kazakhstan on Tuesday [[e1|suspended]] freight traffic from Kyrgyzstan at all road crossings on their shared border, leaving more than 1,500 trucks stuck in queues up to 20 kilometres long, Kyrgyz officials said.

Kazakhstan's State Revenue Committee said the [[e1|halt]] would last "until the Kyrgyz side ensures proper customs control" and accused Kyrgyz exporters of re-exporting Chinese goods under false certificates of origin. Passenger cars and buses were still allowed through.

Kyrgyzstan's economy ministry called the [[e1|ban]] "a blow to the Eurasian Economic Union" and said fruit and vegetables worth millions of dollars would rot. Drivers at the Korday crossing blocked the road for two hours in protest on Tuesday afternoon.

Kyrgyz Deputy Prime Minister Nurlan Abdyldaev said he would travel to Almaty next week to [[e2|meet]] his Kazakh counterpart, Serik Dauletov, to resolve the dispute.

Kazakhstan closed the same crossings for several weeks in 2019 in a similar quarrel. About 70 percent of Kyrgyzstan's exports by road pass through Kazakh territory."""),
dict(id="a2", source="Steppe Post", published="2026-09-09",
     title="Kazakh-Kyrgyz talks fail to reopen border to trucks",
     text="""ALMATY - [[e2|Talks]] between Kazakh and Kyrgyz deputy prime ministers in Almaty ended on Tuesday without a deal to lift the freight [[e1|blockade]] Kazakhstan imposed a week ago, but the two sides agreed to set up a joint customs working group.

Serik Dauletov and Nurlan Abdyldaev held [[e2|talks]] for more than six hours at the regional administration building. Dauletov told reporters after the [[e2|meeting]] that Kazakhstan needed "guarantees, not promises" on certificates of origin.

Abdyldaev said the [[e1|closure]] had cost Kyrgyz exporters at least 40 million dollars and that some 2,000 trucks were still waiting at the border.

The issue will now go to the two prime ministers, who are to [[e3|meet]] in Astana on September 16, a Kazakh government spokesman said. Russia, which chairs the Eurasian Economic Union this year, has urged both sides to avoid "unilateral steps".

Kyrgyz traders in Osh said prices for imported goods had already risen."""),
dict(id="a3", source="Silk Road Wire", published="2026-09-18",
     title="Trucks roll again after Kazakh-Kyrgyz border deal",
     text="""ASTANA - Freight traffic between Kyrgyzstan and Kazakhstan resumed on Thursday morning, a day after the two countries' prime ministers [[e4|agreed]] in Astana to lift a two-week [[e1|ban]] on Kyrgyz trucks.

Under the [[e4|deal]] signed on Wednesday, Kyrgyz exporters will have to use electronic certificates of origin checked jointly by customs officers of both countries from October 1. Kazakhstan dropped its demand for a full inspection of every truck.

The prime ministers' [[e3|summit]] followed an inconclusive [[e2|round]] of talks between their deputies in Almaty on September 8. Officials said the Astana [[e3|meeting]] lasted less than two hours, as most of the text had been prepared by the customs working group.

Kazakhstan [[e1|shut]] the crossings to freight on September 1, accusing Kyrgyz firms of relabelling Chinese goods. Kyrgyz officials estimate the losses at about 60 million dollars.

At the Korday crossing, the first trucks passed at 8 a.m. on Thursday. "Two weeks in a cabin, but it is over," said one driver from Tokmok."""),
]),
# ---------------------------------------------------------------------------- f06
dict(story="f06", topic="truce in Tripoli and two violations (Libya)", events=[
    dict(e="e1", type="agreement", date="2026-05-14", participants=["Sidi Masri Brigade", "Tajoura Shield Force", "UNSMIL"],
         location="Tripoli"),
    dict(e="e2", type="attack", date="2026-05-16", participants=["Mitiga airport"], location="Mitiga airport"),
    dict(e="e3", type="attack", date="2026-05-17", participants=["Sidi Masri Brigade", "Tajoura Shield Force"],
         location="Tajoura"),
    dict(e="e4", type="statement", date="2026-05-17", participants=["UNSMIL"], location="Tripoli"),
], tricky=[("e2", "e3", "a rocket strike on Mitiga airport and armed clashes in Tajoura a day later, both breaching the same truce in eastern Tripoli")],
note="The week of fighting before the truce and the 2025 truce are background events.",
articles=[
dict(id="a1", source="Mediterranean Press", published="2026-05-15",
     title="Rival Tripoli militias agree truce after week of fighting",
     text="""TRIPOLI - Two armed groups that have fought for a week in the eastern districts of Tripoli [[e1|agreed]] on Thursday to an immediate ceasefire brokered by the United Nations Support Mission in Libya (UNSMIL), officials said.

The [[e1|truce]], signed at the UN compound in the Janzour district by commanders of the Sidi Masri Brigade and the Tajoura Shield Force, requires both sides to pull their fighters back to their bases within 48 hours and hand checkpoints on the airport road to interior ministry police.

At least 19 people, including four civilians, were killed in the fighting that began on May 7, the health ministry said. Flights at Mitiga, the capital's only functioning airport, have been suspended since Monday.

"This [[e1|agreement]] is fragile, but it is a start," said UN envoy Kerstin Ahlgren. Tripoli residents reported that the streets were quiet on Thursday evening for the first time in days.

A similar ceasefire in May 2025 held for several months before clashes resumed."""),
dict(id="a2", source="North Africa Dispatch", published="2026-05-17",
     title="Tripoli truce shaken by rockets and new clashes",
     text="""TRIPOLI - Heavy clashes [[e3|broke out]] in Tajoura on Sunday morning between fighters of the Tajoura Shield Force and the Sidi Masri Brigade, a day after rockets [[e2|hit]] Mitiga airport, threatening a [[e1|ceasefire]] that is barely three days old.

Residents said the [[e3|fighting]] began near a checkpoint on the coastal road and spread to a residential area, where at least two homes caught fire. Medics said three fighters were wounded.

On Saturday evening, three Grad rockets [[e2|struck]] near the apron at Mitiga, damaging a parked cargo plane. No group claimed the [[e2|strike]], and the airport, due to reopen on Monday, will stay closed.

The UN mission, UNSMIL, said on Sunday it "strongly [[e4|condemns]]" the violations and called on both commanders to honour the [[e1|deal]] they signed in Janzour on Thursday. In its [[e4|statement]], it also asked the Presidential Council to investigate who [[e2|fired]] the rockets.

The interior ministry said police had taken over two of the six checkpoints on the airport road."""),
dict(id="a3", source="Levant and Maghreb Wire", published="2026-05-21",
     title="Calm returns to Tripoli, but truce monitors wanted",
     text="""TUNIS - A tense calm has held in eastern Tripoli since Monday, after a rocket [[e2|attack]] on Mitiga airport on Saturday and a day of street [[e3|clashes]] in Tajoura on Sunday put the UN-brokered [[e1|ceasefire]] in doubt, diplomats said.

Mitiga airport reopened to domestic flights on Wednesday. The Sidi Masri Brigade has denied firing the rockets, while the Tajoura Shield Force blamed its rivals for Sunday's [[e3|gunfight]], which left four fighters wounded.

The UN mission's [[e4|condemnation]] on Sunday was followed by a call from the European Union and Turkey for a monitoring mechanism. UN envoy Kerstin Ahlgren said she would propose to the Security Council next month that unarmed UN observers be placed along the airport road.

Under the May 14 [[e1|truce]], both armed groups were to withdraw from the coastal road within 48 hours. Police now man five of the six checkpoints there, the interior ministry said on Wednesday.

More than 3,000 families displaced by the May fighting have not yet returned home."""),
]),
# ---------------------------------------------------------------------------- f07
dict(story="f07", topic="attacks on peacekeepers and UN mandate renewal (MINUSCA, Central African Republic)", events=[
    dict(e="e1", type="attack", date="2026-11-06", participants=["MINUSCA", "3R"], location="Bambari"),
    dict(e="e2", type="casualties", date="2026-11-06", participants=["MINUSCA"], location="Bambari"),
    dict(e="e3", type="attack", date="2026-11-08", participants=["MINUSCA"], location="Bangassou"),
    dict(e="e4", type="meeting", date="2026-11-13", participants=["United Nations Security Council"],
         location="New York"),
], tricky=[("e1", "e3", "two attacks on MINUSCA peacekeepers in two towns two days apart")],
note="The Security Council session that renewed the mandate (vote) is a meeting. The 2024 mandate renewal and "
     "an attack on a convoy in 2025 are background.",
articles=[
dict(id="a1", source="Equatorial Africa Wire", published="2026-11-07",
     title="Two peacekeepers killed in ambush in Central African Republic",
     text="""BANGUI - Gunmen [[e1|ambushed]] a United Nations patrol about 15 kilometres north of Bambari on Friday, [[e2|killing]] two Rwandan peacekeepers and wounding three, the UN mission in the Central African Republic, MINUSCA, said.

The patrol was escorting a truck with medical supplies when it came under fire from automatic weapons and a rocket-propelled grenade, the mission said. The peacekeepers fought back, and the attackers fled into the bush.

MINUSCA blamed the [[e1|attack]] on fighters of the 3R armed group, which has been active around Bambari since the spring. The group did not comment.

The two soldiers who [[e2|died]] are the first peacekeepers killed in the country this year. A convoy was attacked on the same road in 2025 without casualties.

The [[e1|assault]] comes a week before the Security Council [[e4|votes]] on renewing MINUSCA's mandate, which expires on November 15. The mission has about 14,000 troops and police. Several Council members want cuts because of the UN's budget crisis."""),
dict(id="a2", source="Turtle Bay Report", published="2026-11-09",
     title="Second attack on UN troops in CAR ahead of mandate vote",
     text="""NEW YORK - Unidentified gunmen [[e3|attacked]] a MINUSCA base in the south-eastern town of Bangassou late on Sunday, two days after an [[e1|ambush]] near Bambari in which two Rwandan peacekeepers [[e2|lost their lives]], the United Nations said on Monday.

The Moroccan contingent guarding the Bangassou base returned fire for about 30 minutes. No peacekeepers were hurt in the [[e3|raid]], but a generator and two vehicles were destroyed, UN spokesman Miguel Okonjo said.

Okonjo said the Bambari [[e1|attack]] "may constitute a war crime" and urged Bangui to bring the perpetrators to justice.

The Security Council is due to [[e4|vote]] on Friday on a French-drafted resolution that would extend MINUSCA's mandate by a year while cutting its troop ceiling by 1,000. Diplomats said the two incidents had weakened support for deeper cuts.

A peacekeeping official said the mission would add patrols in Haut-Mbomou, where Bangassou lies, and in the area around Bambari."""),
dict(id="a3", source="Francophone Africa Press", published="2026-11-14",
     title="UN extends Central African mission for a year",
     text="""NEW YORK - The UN Security Council on Friday extended the mandate of its peacekeeping mission in the Central African Republic, MINUSCA, until November 2027, in a [[e4|vote]] held a week after a deadly [[e1|ambush]] on its troops.

Thirteen members backed the French-drafted resolution, while Russia and China abstained during the [[e4|session]], saying the mission should do more to support the Central African army.

The text keeps the troop ceiling at about 13,000 and asks the Secretary-General to report within 90 days on the [[e1|ambush]] north of Bambari on November 6, in which two Rwandan soldiers were [[e2|killed]], and the [[e3|attack]] on the Bangassou base two days later.

Central African Foreign Minister Marthe Yakité welcomed the renewal but said her government wanted a timetable for the mission's withdrawal.

Before the [[e4|vote]], French Ambassador Jérôme Lacroix told the Council that the attacks on peacekeepers showed "how much is still at stake". The last renewal, in November 2024, had been adopted unanimously."""),
]),
# ---------------------------------------------------------------------------- f08
dict(story="f08", topic="wildfire deaths and international firefighting help (Biobío, Chile)", events=[
    dict(e="e1", type="casualties", date="2026-02-03", participants=["residents"], location="Santa Juana"),
    dict(e="e2", type="deployment", date="2026-02-04", participants=["Argentina"], location="Biobío"),
    dict(e="e3", type="deployment", date="2026-02-05", participants=["Brazil"], location="Biobío"),
    dict(e="e4", type="support", date="2026-02-09", participants=["European Union", "Chile"], location=None),
], tricky=[("e2", "e3", "two foreign firefighting contingents (Argentina, Brazil) arriving in the same region on consecutive days")],
note="The fire itself and the evacuations are not annotated; the deaths are e1 (14, then 17). The 2023 fires "
     "and a separate fire in Ñuble are background/side events.",
articles=[
dict(id="a1", source="Southern Cone Wire", published="2026-02-04",
     title="Wildfires kill 14 in Chile's Biobío region",
     text="""SANTIAGO - Forest fires driven by strong winds and temperatures above 38 degrees [[e1|killed]] at least 14 people in Chile's Biobío region on Tuesday and forced thousands to flee their homes, the interior ministry said.

Most of the victims were found in and around the town of Santa Juana, where flames swept through a hillside neighbourhood late in the afternoon. More than 400 homes were destroyed, officials said.

President's office spokeswoman Camila Orrego said the government had declared a state of catastrophe in Biobío and Ñuble, where a separate fire was burning near Quillón.

Argentina will [[e2|send]] two water-bombing aircraft and a team of 60 brigade members on Wednesday, its security ministry said in Buenos Aires. Brazil has also offered to [[e3|send]] firefighters.

About 12,000 people were ordered to evacuate, and shelters were opened in schools in Concepción and Los Ángeles. Chile's forest agency CONAF said 48 fires were active across the south.

Fires in the same region killed 26 people in February 2023."""),
dict(id="a2", source="Pacific Coast Herald", published="2026-02-06",
     title="Brazilian firefighters join battle against Chilean blazes",
     text="""CONCEPCIÓN, Chile - A contingent of 120 Brazilian firefighters [[e3|landed]] in Concepción on Thursday to help fight the wildfires that have [[e1|claimed]] 17 lives in the Biobío region this week, a day after Argentine crews and aircraft [[e2|arrived]].

The Brazilians, mostly from the federal forest fire brigade, flew in on two air force transport planes and were sent to the Nacimiento area, where flames threatened power lines. The [[e3|deployment]] will last at least two weeks, Brazil's environment ministry said.

The Argentine [[e2|team]], 60 brigade members with two water-bombing planes, has been working since Wednesday on the fire front near Santa Juana, where most of the [[e1|deaths]] occurred on Tuesday.

The [[e1|death toll]] rose after firefighters found three more bodies in burned houses on Thursday morning, the regional prosecutor said.

CONAF said cooler weather had allowed crews to contain about 40 percent of the main fire. Chile's interior minister said the government would ask the European Union for financial help."""),
dict(id="a3", source="Brussels Briefing", published="2026-02-12",
     title="EU releases emergency aid for Chilean fire victims",
     text="""BRUSSELS - The European Commission on Monday [[e4|released]] 3 million euros in emergency aid for people affected by last week's wildfires in southern Chile, which [[e1|killed]] 17 people and destroyed more than 500 homes.

The [[e4|funding]] will pay for shelter, drinking water and psychological support in Santa Juana and other towns of the Biobío region, the Commission said. EU crisis management commissioner Tomas Lindqvist said the bloc stood "shoulder to shoulder" with Chile.

Chile had also received help from its neighbours. An Argentine brigade with two water-bombing aircraft [[e2|reached]] Biobío on February 4, and 120 Brazilian firefighters [[e3|flew in]] the next day. Both teams were still in the region this week.

The Commission had already activated the Copernicus satellite mapping service to help firefighters track the burnt area, now put at 42,000 hectares.

Chilean officials said the fires were under control by the weekend. Prosecutors are investigating whether one of the blazes near Santa Juana was started deliberately."""),
]),
# ---------------------------------------------------------------------------- f09
dict(story="f09", topic="assassination attempt on a provincial prefect and arrests (Ecuador)", events=[
    dict(e="e1", type="attack", date="2026-03-20", participants=["Daniela Cordero"], location="Babahoyo"),
    dict(e="e2", type="arrest", date="2026-03-21", participants=["gunmen"], location="Babahoyo"),
    dict(e="e3", type="arrest", date="2026-03-27", participants=["Los Choneros"], location="Guayaquil"),
    dict(e="e4", type="statement", date="2026-03-22", participants=["Daniela Cordero"], location="Guayaquil"),
], tricky=[("e2", "e3", "arrest of two gunmen at a checkpoint and, six days later, arrest of the alleged mastermind in another city")],
note="The 2023 assassination of a presidential candidate and the reward offer are background/side events.",
articles=[
dict(id="a1", source="Pacific Andes Newswire", published="2026-03-21",
     title="Ecuadorean prefect survives shooting, two suspects held",
     text="""GUAYAQUIL, Ecuador - Gunmen on a motorcycle [[e1|fired]] on the car of Daniela Cordero, the prefect of Los Ríos province, in the city of Babahoyo on Friday evening, wounding her in the shoulder and injuring her driver, police said.

At least 20 bullets hit the armoured SUV as it stopped at a traffic light near the provincial government building, according to a police report. Cordero, 44, was taken to a hospital in Guayaquil, where doctors said her life was not in danger.

Police [[e2|arrested]] two men early on Saturday at a checkpoint on the road to Quevedo. They were carrying a pistol and a rifle that matched cartridge cases found at the scene, Interior Minister Pablo Reyes told reporters.

Cordero has pushed for the closure of illegal gold mines in her province and had received death threats, her office said.

The [[e1|attempt]] on her life revives memories of the killing of presidential candidate Fernando Villavicencio in Quito in 2023. President's spokesman Andrés Mora called the [[e1|shooting]] "an attack on democracy"."""),
dict(id="a2", source="Quito Evening Courier", published="2026-03-23",
     title="Wounded prefect vows to stay on after attack",
     text="""QUITO - Daniela Cordero, the Los Ríos prefect who was wounded in a gun [[e1|attack]] on Friday, [[e4|said]] on Sunday she would not resign and would return to work "as soon as the doctors let me".

In a video [[e4|message]] recorded in her hospital room in Guayaquil, Cordero, her arm in a sling, said the gunmen "wanted to silence a woman who said no to the illegal miners". She thanked the bodyguard and driver who "saved my life".

The two suspects [[e2|detained]] on Saturday near Quevedo, aged 19 and 23, have been charged with attempted murder and remanded in custody for 30 days. Prosecutors say the pair belong to a cell of the Los Choneros gang and were paid 5,000 dollars for the [[e1|hit]].

Interior Minister Pablo Reyes has offered a reward of 100,000 dollars for information on who ordered the [[e1|ambush]] in Babahoyo.

Lawmakers of all parties condemned the [[e1|attack]], and the National Assembly held a minute's silence on Monday morning."""),
dict(id="a3", source="Andes Legal Observer", published="2026-03-28",
     title="Alleged mastermind of attack on Los Ríos prefect arrested",
     text="""GUAYAQUIL - Police [[e3|arrested]] a local Los Choneros leader in Guayaquil on Friday on suspicion of ordering last week's [[e1|attempt]] to kill Daniela Cordero, the prefect of Los Ríos province, Ecuador's interior ministry said.

The suspect, identified only as Jhonny M., alias "El Flaco", was [[e3|seized]] in a pre-dawn raid on a house in the Guasmo district along with two bodyguards, who were released later in the day. Police found cash, phones and a ledger of payments.

His [[e3|capture]] came six days after officers [[e2|picked up]] the two alleged gunmen at a checkpoint near Quevedo, a day after the March 20 [[e1|shooting]] in Babahoyo. Investigators traced calls from the gunmen's phones to El Flaco, the ministry said.

Cordero, who in a video from hospital last Sunday [[e4|vowed]] to stay in office, left the hospital on Thursday. She said the [[e3|arrest]] was "a first step" and asked prosecutors to find out "who pays the people who pay the killers".

Illegal gold mining has spread in Los Ríos and neighbouring Bolívar over the past three years."""),
]),
# ---------------------------------------------------------------------------- f10
dict(story="f10", topic="arms deal and protest notes (France–Guyana patrol boats, Venezuela)", events=[
    dict(e="e1", type="agreement", date="2026-10-06", participants=["Guyana", "France"], location="Georgetown"),
    dict(e="e2", type="letter", date="2026-10-08", participants=["Venezuela", "France"], location="Caracas"),
    dict(e="e3", type="letter", date="2026-10-09", participants=["Venezuela", "Guyana"], location="Caracas"),
    dict(e="e4", type="statement", date="2026-10-10", participants=["CARICOM"], location=None),
], tricky=[("e2", "e3", "two Venezuelan protest notes about the same arms deal, to France and then to Guyana, on consecutive days in Caracas")],
note="Guyana's reply and the 2023 Essequibo referendum are side/background events.",
articles=[
dict(id="a1", source="Demerara Chronicle", published="2026-10-07",
     title="Guyana signs deal for French patrol vessels and radars",
     text="""GEORGETOWN - Guyana [[e1|signed]] a contract on Tuesday to buy four offshore patrol vessels and a coastal radar network from French companies, the largest defence purchase in its history, the government said.

The [[e1|agreement]], worth about 410 million euros, was signed in Georgetown by Guyana's defence chief of staff and executives of the shipbuilder Naval Méridien, in the presence of French Armed Forces Minister Hélène Marchal. The first vessel is due in 2028.

Officials said the ships would protect oil platforms off the coast, where Exxon-led fields now produce more than 900,000 barrels a day, and fight illegal fishing and smuggling.

"This is about protecting our sovereignty and our resources," Defence Minister Carl Hamilton said. The [[e1|contract]] also covers training for 200 Guyanese sailors in Brest.

Venezuela, which claims the Essequibo region that makes up two-thirds of Guyana, has not commented. Tensions rose sharply in 2023 after Caracas held a referendum on annexing the territory."""),
dict(id="a2", source="Orinoco Press Service", published="2026-10-10",
     title="Venezuela sends protest notes to France and Guyana over warships",
     text="""CARACAS - Venezuela's foreign ministry on Friday handed a [[e3|note]] of protest to Guyana's chargé d'affaires in Caracas over its purchase of French patrol ships, a day after it [[e2|sent]] a similar protest to the French embassy.

The [[e3|note]] to Georgetown says the [[e1|deal]] signed on Tuesday is "a provocation" that militarises "a territory under dispute" and "violates the spirit" of the 2023 Argyle declaration, in which both sides pledged not to use force.

In Thursday's [[e2|letter]], handed to French Ambassador Laurent Picard, Venezuela accused Paris of "arming one party" in the Essequibo controversy and asked France to suspend the [[e1|sale]]. The French embassy confirmed receiving the [[e2|note]] and said the ships were "purely defensive".

On Saturday, the Caribbean Community [[e4|said]] in a statement that Guyana had the "sovereign right" to equip its coast guard and urged Caracas to show restraint.

Venezuela's foreign minister said the National Assembly would debate the issue next week."""),
dict(id="a3", source="Paris Diplomatic Wire", published="2026-10-20",
     title="France stands by Guyana ship sale despite Venezuelan protest",
     text="""PARIS - France will go ahead with the [[e1|sale]] of four patrol vessels to Guyana, Foreign Minister Marc Delorme said on Monday, dismissing a protest [[e2|note]] that Venezuela sent to Paris this month.

"These are coast guard ships, not battleships," Delorme told the Senate's foreign affairs committee. The [[e1|contract]] was signed in Georgetown on October 6, and the first hull is to be laid down in Lorient next year.

Venezuela's [[e2|note]] to France, delivered on October 8, was followed a day later by a separate [[e3|protest]] to Guyana, which Georgetown rejected as "interference in a sovereign procurement decision".

The Caribbean Community backed Guyana in a [[e4|statement]] on October 10, and Brazil, which borders both countries, called for dialogue.

Analysts say Paris sees the [[e1|order]] as a foothold in the region. French Guiana, an overseas part of France, lies just across Suriname from Guyana."""),
]),
]
