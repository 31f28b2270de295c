"""Source of ../stories_dev17/articles.jsonl and ../stories_dev17/gold.jsonl.

SEVENTEENTH DEVELOPMENT story set (stories_dev17) for the cross-article deduplication benchmark.
It was written for DEVELOPMENT by a helper that did not read the system and did not run it: no
timeline extractor, no `timeline` command, no dedup benchmark, no tests, and none of the system's
code, extraction or clustering rules or word lists.  Only the format of the earlier sets was
consulted (build_stories.py, validate.py's check_stories, the docstring and first two stories
of stories_dev16_spec, the topic lists in tests/gold/README.md, DATASETS.md section 2).  The
system's errors on it may later be read and used for tuning; it is not a blind set.

10 stories (a01..a10), each with 4 or 5 gold events and exactly one tricky pair, told by 4
articles each (40 in all) from invented outlets, published on different days over one to three
weeks in 2026.  All ten are on politics, diplomacy, elections, sanctions and security incidents,
in regions the earlier sets used little: the Pacific (Bougainville's independence talks with
Port Moresby; the Cook Islands' deal with China and New Zealand's answer), the Caribbean and
Central America (a Guatemalan gunboat firing near a Belizean patrol on the Sarstoon; gang
shootings and a state of emergency in Trinidad), Central Asia (attacks from Afghanistan on
Chinese workers in Tajikistan; U.S. and British sanctions on a Kyrgyz bank), the Balkans (North
Macedonia's constitutional amendments naming Bulgarians), West Africa (Guinean troops in the
disputed village of Yenga, Sierra Leone), South Asia (arrests of an opposition MP and two
journalists in the Maldives) and Southeast Asia (Bangsamoro's first parliamentary election).
Each story has a short breaking item, one or two follow-ups with background and quotes, and an
analysis written days or weeks later that retells the earlier events with dates or relative
dates.

All articles are fiction written for this data set (invented outlets, people, companies, a bank,
civic groups and events; real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev17_spec \\
        --out tests/gold/stories_dev17

Article ids follow the format of the earlier specs (a1..a4 within a story); the build prefixes
them with the story id, so the ids in articles.jsonl (a01-a1 ... a10-a4) are unique in the set.

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: the delegations "would meet again in Buka
next week", a rally "for Thursday", the JSB "is due to reconvene", Belize "would deliver a
formal protest note", the BDF "would reinforce" its positions, the ministers "had agreed to
meet", a Chinese delegation would arrive "for talks", a "final vote" and "final ballot" still to
come, "to pass the amendments on Thursday", EU ministers "ready to hold a first
intergovernmental conference", the conference "would be held in Luxembourg on Tuesday",
Freetown "would send" troops, soldiers "would be deployed", ministers "are due to meet", the
party urged supporters "to gather", British officials "are preparing sanctions", a delegation
"for talks" next week and "is due to meet", voters "will elect", "Monday's regional election",
observers "would issue a preliminary report", the Commission "would publish a report next
week", the prime minister "will travel to Wellington ... to meet", the House "must vote" and
the government "would ask the House ... to extend" the emergency), and elaborations of the same
event in a later sentence are marked too ("sailors on the gunboat fired several rounds", "The
shooting began shortly after dusk", "The attackers fired from a cornfield", "Demonstrators
marched along Majeedhee Magu", "took part in the operation").  Background and side events are
deliberately left unmarked, even when they have the type of a gold event: the 2019 Bougainville
referendum, the 2001 peace agreement, the civil war, the petition to the prime minister, the
cabinet meeting to endorse the roadmap, the Supreme Court opinion and the May sitting; the
Belizean ministry's account, the foreign minister's address, the Guatemalan official's remarks,
the OAS staff visit and findings, the ICJ case, the 1859 treaty, earlier turn-backs and the
hotline agreed in Washington; the border guards' return fire and the gunmen's retreat, the
Tajik security committee's and interior ministry's statements, the Taliban's denial, the
embassy's repeated call on Friday and the working group agreed in Dushanbe; the small protest
outside parliament during the first Skopje vote, the protest on the day of the final vote, two
men detained at the rally, Bulgaria's veto since 2020, the 2022 framework and the planned
court challenge and referendum petition; Sierra Leone's protest note to Conakry, the Sierra
Leonean and Guinean ministries' statements, the ECOWAS Commission's statement, the Guinean
troops of the 1990s, earlier border commissions and the revival of the commission agreed in
Conakry; the Friday rally at which the Maldivian MP spoke, the 23 protesters detained, the
court's remand, the extension of his custody, the journalists' release on bail, the
journalists' association's and the government's statements; the earlier U.S. rounds of
sanctions on Kyrgyz firms, the bank's and the National Bank's statements, the run on the bank,
the suspended correspondent accounts and the EU's "studying" the case; earlier election
incidents in Bangsamoro, the Commission on Elections' control of Datu Piang, the 2022 and 2025
postponements, the results protest and vote-buying arrests in Cotabato City and the 2025
national polls; the 1965 free association arrangement, New Zealand's review and release of
budget support, the no-confidence motion in Rarotonga; the soldiers sent to patrol under the
Trinidad emergency, the 11 people held in its first days, the seized weapons and the 2025 state
of emergency ("declared in 2025").  Aggregate mentions covering two gold events ("that mix, a
date and a street", "the exchange of letters", "the two notes", "Two attacks in six days", "both
votes", "Both detentions", "Both rounds of sanctions", "Two reports in ten days", "the two
documents", "The two shootings") and negated, generic or hypothetical mentions ("deadlines",
"no deadline of its own", "not an act of hostility", "Neither minister has met the other",
"would not call further protests", "the sanctions against Kyrgyz banks", "with no extension",
"with or without an election", "had made no arrests", "anything agreed in Beijing", "the next
one", "to stop the killing", "one killing becomes the next") are not marked.  Predicate nominals
and appositives that re-describe an event in the same sentence ("in the most serious incident",
"the first step toward", "in one of the largest demonstrations", "the government's answer") and
relative clauses re-telling an event within one sentence ("in which 19 suspects were detained")
are not marked either.  Titles are not annotated.  One event, a05-e5 (the Guinean pull-out), is
mentioned in one article only, three times.  Articles are 194-247 words.

The articles of a story are published on different days, so the same weekday name can point to
different dates, sometimes within one article ("on Wednesday" is Guatemala's past reply and the
coming Washington meeting in one Sarstoon article; "on Wednesday" is the coming Conakry meeting
and "Wednesday's march" the past Koindu protest in one Yenga article; "on Tuesday" is the coming
Luxembourg conference in a Friday article and the past one in a Wednesday article; "Monday's
regional election" is the coming vote in one Bangsamoro article and "Monday's vote" the past
one in the next), and some dates are given only relatively ("three days after", "three days
later", "two days after", "two days later", "five days after", "five days before", "six days
after", "ten days after", "Ten days later", "Eleven days later", "a day after", "a week after",
"less than three days after", "the next day", "the next evening", "the next afternoon", "The
next Thursday", "the following week", "By the end of that week", "that Friday", "That Friday",
"last Monday", "Last Tuesday", "last Friday", "Last Saturday's", "last Sunday", "last weekend's",
"last week", "last week's", "this week's", "next week", "for Thursday", "late on Sunday",
"Monday night", "Tuesday night", "Saturday evening's").

Type conventions used here (the type list has no better fit):
  * the Joint Supervisory Body's session in Port Moresby and its session in Buka nine days later
    (a tricky pair), the Belize-Guatemala foreign ministers' meeting at the OAS, the Chinese vice
    foreign minister's talks in Dushanbe, the EU intergovernmental conference with North
    Macedonia, the Sierra Leone-Guinea ministers' meeting in Conakry, the Kyrgyz delegation's
    talks at the U.S. Treasury and the Cook Islands prime minister's talks in Wellington are
    `meeting` events; the Buka Roadmap, the Cook Islands' deal with China and its consultation
    declaration with New Zealand eleven days later (a tricky pair) are `agreement` events;
  * Bougainville's March 31 ultimatum and OFAC's October 30 wind-down deadline are `deadline`
    events dated to their expiry (the first expires after the last article, overtaken by the
    roadmap; the second "expired" with no extension);
  * Belize's protest note and Guatemala's reply note two days later (a tricky pair) are `letter`
    events;
  * the Chinese embassy's condemnation, Bulgaria's welcome of the Skopje vote, the UN human rights
    office's call, the Kyrgyz foreign ministry's criticism, New Zealand's foreign minister's
    complaint and the Trinidad prime minister's declaration of a state of emergency are
    `statement` events; words for the content (the emergency, the measures) are not marked;
  * the Guatemalan gunboat's shots, the gunfire on the Chinese gold camp in Darvoz and the drone
    strike on a Chinese road crew in Shurobod five days later, the ambush on a Bangsamoro
    candidate's convoy, and the shootings at a wake in Laventille and outside a bar in Morvant
    three days later (two tricky pairs) are `attack` events; the deaths are part of the attacks
    and are marked only where the words name the attack itself ("killed two Chinese miners",
    "shot dead", "the killings", "Gunmen killed four mourners");
  * BDF troops sent to the Sarstoon, Tajik special forces sent to Darvoz, Guinean soldiers moving
    into Yenga and Sierra Leonean soldiers sent to the Koindu area four days later (a tricky
    pair), and army battalions sent to Maguindanao del Sur are `deployment` events; the Guinean
    pull-out from Yenga is a `withdrawal`;
  * North Macedonia's parliamentary vote to start the amendment procedure and its final vote
    sixteen days later (a tricky pair), the Bangsamoro parliamentary election and the Trinidad
    House vote extending the emergency are `election` events;
  * the march in Buka, the rally in Skopje, the march in Koindu, the night protest in Malé and the
    march in Avarua are `protest` events;
  * the arrest of the Maldivian MP and the detention of two journalists four days later (a tricky
    pair) and the raids detaining 19 gang suspects in Trinidad are `arrest` events;
  * the U.S. Treasury's and Britain's sanctions on Ala-Too Commerce Bank a week apart (a tricky
    pair) are `sanction` events;
  * the observers' preliminary report on the Bangsamoro vote and the Commission on Human Rights
    report eight days later (a tricky pair) are `report` events;
  * court hearings and remands, releases on bail, the run on a bank, the end of a state of
    emergency and the opening of negotiation clusters have no type in the list (or are side
    events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- a01
dict(story="a01", topic="Bougainville independence ratification: a failed Joint Supervisory Body meeting in Port Moresby, President Kanau's March 31 deadline, a march in Buka, the second JSB meeting in Buka and the Buka Roadmap agreement (Port Moresby and Buka; Papua New Guinea - Bougainville)", events=[
    dict(e="e1", type="meeting", date="2026-03-02", participants=["Papua New Guinea", "Autonomous Bougainville Government"], location="Port Moresby"),
    dict(e="e2", type="protest", date="2026-03-05", participants=["Bougainville residents"], location="Buka"),
    dict(e="e3", type="deadline", date="2026-03-31", participants=["Autonomous Bougainville Government", "Papua New Guinea"], location=None),
    dict(e="e4", type="meeting", date="2026-03-11", participants=["Papua New Guinea", "Autonomous Bougainville Government"], location="Buka"),
    dict(e="e5", type="agreement", date="2026-03-12", participants=["Papua New Guinea", "Autonomous Bougainville Government"], location="Buka"),
], tricky=[("e1", "e4", "the Joint Supervisory Body session in Port Moresby on March 2 that broke up without a deal vs the same body's two-day session in Buka opening on March 11, same delegations, same subject")],
note="The 2019 referendum, the 2001 peace agreement, the civil war and its deaths, the petition handed to the police "
     "commander, the cabinet meeting to endorse the roadmap, the Supreme Court's advisory opinion and the May "
     "sitting of parliament are background / side events. 'deadlines' (generic, an MP's remark), 'no deadline of "
     "its own' (negated) and 'that mix, a date and a street' (aggregate of e3 and e2) are not marked. The deadline is "
     "dated to its expiry, March 31, after the last article.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-03-03",
     title="Bougainville independence talks end without deal in Port Moresby",
     text="""PORT MORESBY - [[e1|Talks]] between Papua New Guinea's government and the Autonomous Bougainville Government on the island region's political future broke up on Monday without agreement on when the national parliament will vote on Bougainville's independence.

Delegations to the Joint Supervisory Body, which oversees the 2001 Bougainville Peace Agreement, sat for more than ten hours at a hotel on the capital's waterfront. Officials said the two sides were still split over whether ratification needs a simple majority of the 118-seat parliament or a two-thirds majority.

Bougainville's president, Simon Kanau, said after the [[e1|meeting]] that his government was setting a [[e3|deadline]] of March 31 for the results of the 2019 referendum to be tabled in parliament. "We have been patient for seven years. Patience is not the same as silence," he told reporters at Jacksons airport before flying home.

The national minister for Bougainville affairs, Gabriel Waki, called the [[e1|session]] "frank but useful" and said the two delegations would [[e4|meet]] again in Buka next week. He declined to comment on the president's [[e3|ultimatum]].

Church and community leaders in Buka have called a [[e2|rally]] for Thursday to press the national government to act.

In the 2019 referendum, 97.7 percent of Bougainvilleans voted for independence. The vote was not binding, and under the peace agreement the final say rests with the national parliament. Up to 20,000 people are thought to have died in the island's civil war, which ended in 1998."""),
dict(id="a2", source="North Solomons Herald", published="2026-03-06",
     title="Thousands march in Buka for independence vote",
     text="""BUKA - Several thousand people [[e2|marched]] through Buka town on Thursday to demand that Papua New Guinea's parliament ratify Bougainville's vote for independence, three days after [[e1|talks]] in Port Moresby ended without a date.

Former combatants, church groups, women's associations and students walked from the main market to the Bougainville House of Representatives, carrying banners that read "Respect the 97.7". Police put the crowd at 4,000; organisers said it was twice that.

"Our parents fought a war and then signed a peace. We voted. Now Port Moresby must keep its word," said Ruth Sirivi, a teacher from Hahalis who crossed to the [[e2|rally]] on a crowded banana boat.

The [[e2|demonstration]] ended peacefully with prayers and a petition to the prime minister, which organisers handed to the regional police commander.

President Simon Kanau told the crowd that his March 31 [[e3|deadline]] for the national government stood. "If the results are not tabled by then, Bougainville will decide its own next step," he said, without giving details.

The Joint Supervisory Body is due to [[e4|reconvene]] in Buka on Wednesday. A national delegation led by Gabriel Waki, the minister for Bougainville affairs, is expected to bring a draft timetable for parliament. Officials on both sides said Monday's [[e1|meeting]] in the capital had at least narrowed the argument to the voting threshold.

Many in Buka remain sceptical. "They come, they talk, they fly back," said Joseph Tsiroan, who sells betel nut near the wharf. "We have heard all of it before.\""""),
dict(id="a3", source="Niugini Daily Record", published="2026-03-13",
     title="Port Moresby and Bougainville sign roadmap to independence vote",
     text="""BUKA - Papua New Guinea and the Autonomous Bougainville Government [[e5|signed]] an agreement on Thursday committing the national government to table the results of Bougainville's 2019 independence referendum in parliament at its May sitting.

The [[e5|deal]], which officials are calling the Buka Roadmap, was signed by the minister for Bougainville affairs, Gabriel Waki, and Bougainville's president, Simon Kanau, at the end of two days of [[e4|talks]] that opened on Wednesday at the Bougainville House of Representatives.

It leaves the hardest question, whether ratification needs a simple or a two-thirds majority, to the Supreme Court. Both governments will ask the court for an advisory opinion before the sitting.

"For the first time, Port Moresby has put a date in writing," Kanau said. He said the March 31 [[e3|deadline]] he set after the failed [[e1|round]] in the capital on March 2 had "done its job".

Waki said the government had listened to "the voice of the people", a reference to last week's [[e2|march]] in Buka, where thousands demanded ratification. The national cabinet will meet on Monday to endorse the [[e5|roadmap]], he said.

Opposition members in Port Moresby criticised the [[e5|accord]]. Kila Pokana, who represents a Highlands seat, said the government had "no mandate to break up the country" and that parliament would not be "pushed around by deadlines".

Bougainville, home to about 300,000 people, holds the Panguna copper mine, closed since 1989, when a dispute over its profits and pollution set off the civil war."""),
dict(id="a4", source="Melanesia Review", published="2026-03-23",
     title="How a deadline and a street turned Bougainville's talks around",
     text="""ANALYSIS - At the start of March, Bougainville seemed to be heading for a rupture with Port Moresby. Ten days later the two governments [[e5|signed]] a timetable.

The turn began badly. The Joint Supervisory Body [[e1|meeting]] in the capital on March 2 ended in open disagreement, and President Simon Kanau answered with a [[e3|deadline]]: table the 2019 referendum results by March 31, or Bougainville would "decide its own next step". Three days later several thousand people [[e2|marched]] in Buka, the largest crowd the island had seen since the referendum itself.

Officials in Port Moresby say that mix, a date and a street, changed the mood in cabinet. When the delegations [[e4|sat down]] again in Buka the following week, the national side came with a draft. The Buka Roadmap, [[e5|signed]] on March 12, promises a parliamentary vote in May and sends the question of the threshold to the Supreme Court.

"Kanau's [[e3|ultimatum]] was a risk, but a calculated one," said Theresa Makis, a political scientist at the University of Papua New Guinea. "It gave Port Moresby a reason to move, and the Buka [[e4|session]] gave it a way to move without looking pushed."

The [[e5|roadmap]] is thin. It does not say what happens if parliament rejects independence, and the court has no deadline of its own. Bougainvilleans, who have waited seven years, will be watching the May sitting closely."""),
]),
# ---------------------------------------------------------------------------- a02
dict(story="a02", topic="Sarstoon River incident: a Guatemalan gunboat fires near a Belize Defence Force patrol, Belize's protest note, Guatemala's reply note, BDF reinforcements sent to the river, and the foreign ministers' meeting at the OAS (Sarstoon River, Belmopan, Guatemala City and Washington; Belize - Guatemala)", events=[
    dict(e="e1", type="attack", date="2026-04-11", participants=["Guatemalan Navy", "Belize Defence Force"], location="Sarstoon River"),
    dict(e="e2", type="letter", date="2026-04-13", participants=["Belize", "Guatemala"], location="Belmopan"),
    dict(e="e3", type="letter", date="2026-04-15", participants=["Guatemala", "Belize"], location="Guatemala City"),
    dict(e="e4", type="deployment", date="2026-04-17", participants=["Belize Defence Force"], location="Sarstoon River"),
    dict(e="e5", type="meeting", date="2026-04-22", participants=["Belize", "Guatemala", "Organization of American States"], location="Washington"),
], tricky=[("e2", "e3", "Belize's protest note handed to the Guatemalan ambassador in Belmopan on Monday vs Guatemala's counter-note delivered to Belize's embassy in Guatemala City two days later, same incident, opposite senders")],
note="The Belizean foreign ministry's account of the incident, the foreign minister's televised address, the Guatemalan "
     "defence official's remarks and the ministry's 'monitoring' comment, the OAS staff visit and findings, the 1859 "
     "treaty, the ICJ case, earlier turn-backs since 2016, and the hotline and patrol arrangements agreed at the "
     "Washington meeting are background / side events. 'the exchange of letters' and 'the two notes' (aggregates "
     "of e2 and e3), 'not an act of hostility' and 'Neither minister has met the other' (negated) are not marked.",
articles=[
dict(id="a1", source="Caribbean Newswire", published="2026-04-12",
     title="Guatemalan navy fires shots near Belize army patrol on Sarstoon",
     text="""BELIZE CITY - A Guatemalan navy boat [[e1|fired]] shots near a Belize Defence Force patrol on the Sarstoon River on Saturday, Belize's government said, in the most serious incident on the disputed border river in several years.

No one was hurt. According to an account released by Belize's Ministry of Foreign Affairs, the BDF boat was on a routine patrol near the river's mouth when a Guatemalan gunboat approached and ordered it to leave, saying it was in Guatemalan waters. When the Belizean crew refused, sailors on the gunboat [[e1|fired]] several rounds into the water a few metres from the patrol's bow.

"This was a deliberate and dangerous act against our soldiers on Belizean territory," Foreign Minister Carla Usher said in a televised address on Saturday night. She said Belize would deliver a formal protest [[e2|note]] to Guatemala on Monday.

Guatemala's navy did not comment. A Guatemalan defence ministry official, speaking on condition of anonymity, said the patrol had been "warned off" in line with standard procedure and described the [[e1|shots]] as a warning, not an act of hostility.

The Sarstoon marks Belize's southern border, but Guatemala claims it as part of a wider claim to about half of Belize's territory. The two countries have asked the International Court of Justice to settle the dispute; a ruling is not expected before next year.

Belizean activists who sail to the river each year to assert sovereignty have been turned back by Guatemalan boats several times since 2016."""),
dict(id="a2", source="Southern Belize Chronicle", published="2026-04-16",
     title="Guatemala hits back at Belize protest with note of its own",
     text="""PUNTA GORDA - Guatemala has answered Belize's [[e2|protest]] over Saturday's [[e1|shooting]] incident on the Sarstoon River with a [[e3|note]] of its own, accusing Belizean soldiers of "repeated incursions" into Guatemalan waters.

The Guatemalan [[e3|document]], delivered to Belize's embassy in Guatemala City on Wednesday, rejects Belize's version of events and says the Belize Defence Force patrol had entered "without authorisation" an area Guatemala considers its own. It calls on Belize to "refrain from provocations" while the International Court of Justice considers the border case.

Belize's [[e2|note]], handed to the Guatemalan ambassador in Belmopan on Monday, described the [[e1|incident]] as "a grave violation of Belizean sovereignty" and demanded assurances that it would not be repeated.

Foreign Minister Carla Usher said on Wednesday that the exchange of letters "shows how far apart we are", and that the BDF would [[e4|reinforce]] its positions on the river "in the coming days".

In Barranco, the Garifuna village closest to the river's mouth, residents said they had heard the [[e1|gunfire]] clearly. "My grandson was fishing out there on Saturday," said Alfonso Nunez, 71. "Now he won't go back until the soldiers tell him it's safe."

The Organization of American States, which runs an office in the border area to defuse such incidents, said its staff had visited the site on Monday and would present their findings to both governments."""),
dict(id="a3", source="Central America Dispatch", published="2026-04-18",
     title="Belizean troops reach Sarstoon as OAS sets talks",
     text="""BARRANCO, Belize - About 120 Belizean soldiers and two additional patrol boats [[e4|arrived]] on the Sarstoon River on Friday, six days after a Guatemalan gunboat [[e1|fired]] near a Belize Defence Force patrol there.

The troops, from the BDF's 2nd Infantry Battalion, came by road from Punta Gorda and set up at the force's forward operating base on the river's north bank, residents said. A BDF spokesman, Major Dwayne Flowers, said the [[e4|deployment]] was "defensive in nature" and that patrols on the river would continue "every day, as they always have".

Guatemala's defence ministry said it was "monitoring" the Belizean [[e4|build-up]] and had no plans to change its own posture.

The two governments have spent the week trading accusations. Belize [[e2|protested]] in writing on Monday, and Guatemala [[e3|replied]] on Wednesday, accusing the BDF of entering its waters.

The Organization of American States said the foreign ministers of both countries had agreed to [[e5|meet]] at its headquarters in Washington on Wednesday. Neither minister has met the other since the [[e1|incident]].

"We want this settled at a table, not on the water," said an OAS official who asked not to be named.

Guatemala bases its claim on a disputed reading of an 1859 treaty with Britain, which then ruled Belize. Belize, independent since 1981, says the border was fixed long ago and that the river is shared at most."""),
dict(id="a4", source="Isthmus Review", published="2026-04-30",
     title="A quiet table in Washington cools a hot river",
     text="""ANALYSIS - When the foreign ministers of Belize and Guatemala [[e5|met]] at the Organization of American States in Washington on April 22, they agreed on little beyond a promise to keep talking. But the [[e5|talks]] may have done what mattered most: they cooled a river.

The crisis began on April 11, when a Guatemalan gunboat [[e1|fired]] into the water beside a Belize Defence Force patrol near the mouth of the Sarstoon. Belize's protest [[e2|note]] followed two days later; Guatemala's [[e3|reply]], accusing Belizean soldiers of incursions, came on April 15. By the end of that week about 120 BDF troops had [[e4|moved]] up to the river.

At the [[e5|session]], chaired by an OAS assistant secretary general, the ministers agreed to restore a hotline between their navies and to let OAS staff ride along on some patrols. Neither side withdrew the two notes.

"Nobody wants a shooting war over a few hundred metres of water," said Marisol Chen, who follows the dispute for a research institute in Guatemala City. "But the river is where the court case becomes personal."

Belizean officials privately concede that the April 11 [[e1|episode]] handed them something useful: evidence for the court that Guatemala behaves as if the river were its own. Guatemalan diplomats say the same of the BDF's patrols.

The extra soldiers remain on the Sarstoon, and fishermen in Barranco are going out again, though not as far as before."""),
]),
# ---------------------------------------------------------------------------- a03
dict(story="a03", topic="attacks from Afghanistan on Chinese workers in Tajikistan: gunmen kill two Chinese miners in Darvoz, the Chinese embassy's statement, Tajik special forces sent to Darvoz, a drone strike on a Chinese road crew in Shurobod, and the Chinese vice foreign minister's talks in Dushanbe (Darvoz, Shurobod and Dushanbe; Tajikistan - China - Afghanistan)", events=[
    dict(e="e1", type="attack", date="2026-05-02", participants=["Pamir Huaxin Mining", "Chinese workers"], location="Darvoz"),
    dict(e="e2", type="statement", date="2026-05-03", participants=["China"], location="Dushanbe"),
    dict(e="e3", type="deployment", date="2026-05-04", participants=["Tajikistan"], location="Darvoz"),
    dict(e="e4", type="attack", date="2026-05-07", participants=["Xinjiang Beilu Construction"], location="Shurobod"),
    dict(e="e5", type="meeting", date="2026-05-12", participants=["China", "Tajikistan"], location="Dushanbe"),
], tricky=[("e1", "e4", "gunfire from across the Panj on a Chinese gold-mining camp in Darvoz on Saturday May 2 vs a drone strike on a Chinese road-building compound in Shurobod five days later, both on Chinese interests on the Afghan border")],
note="The deaths of the two miners and of the guard are part of the attacks (words for them are marked as the "
     "attack only where they name it, e.g. 'killed', 'shot dead'). The border guards' return fire, the gunmen's "
     "retreat, the security committee's and interior ministry's statements, the embassy's repeated call on Friday, "
     "the Taliban's denial, earlier thefts from a road crew, the border alert in Khatlon and the working group agreed "
     "in Dushanbe are side events. 'Two attacks in six days' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Central Asia Wire", published="2026-05-03",
     title="Gunmen from Afghanistan kill two Chinese miners in Tajikistan",
     text="""DUSHANBE - Gunmen firing from the Afghan bank of the Panj River [[e1|attacked]] a camp of Chinese gold miners in Tajikistan's Darvoz district on Saturday, killing two Chinese workers and wounding a third, Tajik officials said.

The [[e1|shooting]] began shortly after dusk, when the workers were eating outside their quarters near the river, about 40 km (25 miles) downstream of Kalai-Khumb, the district centre, a local official told Central Asia Wire by telephone. Tajik border guards returned fire, and the gunmen withdrew into the hills on the Afghan side.

The mine belongs to Pamir Huaxin Mining, a Chinese-owned company that has worked gold deposits in Darvoz since 2019 and employs about 300 people, most of them local.

China's embassy in Dushanbe on Sunday [[e2|condemned]] the [[e1|attack]] and urged Tajikistan to "take all necessary measures to ensure the safety of Chinese citizens and projects". In the [[e2|statement]], posted on its website, the embassy also told Chinese companies in border areas to "raise their level of vigilance".

Tajikistan's State Committee for National Security said it had opened an investigation and would "respond firmly". It did not say who it believed was behind the [[e1|ambush]].

The Taliban administration in Kabul did not immediately comment. Tajik officials have in the past blamed violence along the 1,300-km border on drug smugglers and on militant groups that the Taliban say they do not control."""),
dict(id="a2", source="Tajik Daily Monitor", published="2026-05-05",
     title="Tajikistan rushes special forces to Darvoz after Chinese deaths",
     text="""DUSHANBE - Tajikistan has [[e3|sent]] several hundred special forces and border troops to the Darvoz district, two days after gunmen on the Afghan side of the Panj River [[e1|killed]] two Chinese miners, the interior ministry said on Tuesday.

The troops, flown by helicopter to Kalai-Khumb and driven on along the river road, [[e3|arrived]] on Monday and took up positions around the Chinese-run mine and two nearby villages, the ministry said. It described the [[e3|deployment]] as temporary but gave no end date.

Saturday evening's [[e1|attack]] was the deadliest on Chinese citizens in Tajikistan in years. In its [[e2|statement]] on Sunday, China's embassy demanded "all necessary measures" to protect its nationals, wording that diplomats in Dushanbe described as unusually blunt for Beijing.

China is Tajikistan's largest creditor and one of its biggest investors. Chinese companies run gold, silver and antimony mines and have built many of the country's roads and power lines.

"The Chinese are nervous, and so are we," said Firuz Nazarov, who runs a shop in Kalai-Khumb. "At night nobody walks by the river now."

A spokesman for the Taliban's defence ministry said on Monday that no one on Afghan territory had been involved in the [[e1|shooting]] and that Kabul was ready to cooperate with any inquiry.

Security analysts say smuggling of drugs and gold across the Panj has grown since 2021, and that armed groups on the Afghan side increasingly see foreign mining camps as targets."""),
dict(id="a3", source="Central Asia Wire", published="2026-05-08",
     title="Drone hits Chinese road crew on Tajik-Afghan border",
     text="""DUSHANBE - A drone carrying explosives [[e4|struck]] the compound of a Chinese road-building company in southern Tajikistan on Thursday, killing a Tajik security guard, five days after two Chinese miners were [[e1|shot dead]] further up the Panj River.

The drone, which officials said was launched from across the river, [[e4|hit]] a workshop at the Shurobod district camp of Xinjiang Beilu Construction at about 3 a.m. Two Chinese engineers sleeping in a neighbouring building were slightly hurt. Shurobod, in Khatlon province, lies about 150 km south-west of Darvoz.

The [[e4|strike]] was the first known use of an armed drone against a target inside Tajikistan. "This is a new level," said Rustam Haydarov, a former border guard officer who now advises companies on security. "Guards with rifles cannot stop it."

Tajikistan's foreign ministry said a Chinese delegation led by Vice Foreign Minister Liang Wenbo would arrive in Dushanbe next week for [[e5|talks]] on the safety of Chinese workers and projects. It said the forces [[e3|sent]] to Darvoz on Monday would stay "as long as needed".

On Friday the Chinese embassy repeated its call for protection and advised Chinese staff in Khatlon to stay inside their compounds after dark.

Xinjiang Beilu has been widening the road between Panj and Shurobod since last year under a Chinese loan. Work has been suspended, the company said."""),
dict(id="a4", source="Silk Road Security Monitor", published="2026-05-19",
     title="Tajikistan's Afghan border becomes Beijing's problem",
     text="""ANALYSIS - Two attacks in six days have turned Tajikistan's southern border into a problem for Beijing.

On May 2 gunmen [[e1|opened fire]] on a Chinese gold camp in Darvoz from the Afghan bank of the Panj, killing two miners. The next Thursday a drone [[e4|hit]] a Chinese road crew's compound in Shurobod, killing a Tajik guard. Dushanbe's response to the first [[e1|attack]] was quick: special forces [[e3|flew]] into Darvoz two days later. Beijing's was pointed. The embassy's [[e2|statement]] of May 3 asked for "all necessary measures", language China usually keeps for countries it trusts less.

Last Tuesday Vice Foreign Minister Liang Wenbo [[e5|met]] Foreign Minister Davlat Rahimzoda in Dushanbe. People briefed on the [[e5|talks]] say the two sides agreed to set up a joint working group on the security of Chinese projects and discussed letting Chinese private security firms guard mines and road camps, something Tajikistan has long resisted.

"China does not want soldiers on the Panj. It wants its projects to be safe, and it is running out of patience," said Dilnoza Karimova, who studies Chinese investment in Central Asia at a Bishkek institute.

The drone [[e4|strike]] worries officials most. Rifle fire across a river is an old problem; explosives delivered at 3 a.m. to a camp 150 km away from the first [[e1|ambush]] are a new one."""),
]),
# ---------------------------------------------------------------------------- a04
dict(story="a04", topic="North Macedonia's constitutional amendments naming Bulgarians: parliament's first vote to start the procedure, a rally in Skopje, the final vote, Bulgaria's welcome, and the first EU intergovernmental conference in Luxembourg (Skopje, Sofia and Luxembourg; North Macedonia - Bulgaria - EU)", events=[
    dict(e="e1", type="election", date="2026-06-09", participants=["Assembly of North Macedonia"], location="Skopje"),
    dict(e="e2", type="protest", date="2026-06-20", participants=["Citizens for the Constitution"], location="Skopje"),
    dict(e="e3", type="election", date="2026-06-25", participants=["Assembly of North Macedonia"], location="Skopje"),
    dict(e="e4", type="statement", date="2026-06-26", participants=["Bulgaria"], location="Sofia"),
    dict(e="e5", type="meeting", date="2026-06-30", participants=["European Union", "North Macedonia"], location="Luxembourg"),
], tricky=[("e1", "e3", "the parliament's vote on June 9 to start the amendment procedure (83 votes) vs its final vote adopting the amendments on June 25 (84 votes), same chamber, same amendments")],
note="The small protest outside parliament during the first vote, the two men detained at the rally, the 2022 "
     "negotiating framework, Bulgaria's veto since 2020, the 2005 candidate status, the promised Constitutional Court "
     "challenge, the prime minister's and deputy prime minister's remarks and Bulgaria's silence on the day of the "
     "first vote are background / side events. 'both votes' (aggregate) and 'might abstain' (hypothetical) are not "
     "marked.",
articles=[
dict(id="a1", source="Balkan Wire", published="2026-06-10",
     title="North Macedonia's parliament votes to open constitutional change for Bulgarians",
     text="""SKOPJE - North Macedonia's parliament [[e1|voted]] on Tuesday to begin changing the constitution to name Bulgarians as one of the country's peoples, the first step toward meeting a condition for opening European Union membership negotiations.

The proposal won 83 votes in the 120-seat assembly, two more than the two-thirds majority it needed. Thirty deputies opposed it and seven were absent.

The amendments must now be drafted in committee and put to a final [[e3|vote]], which the speaker said could take place before the end of the month.

"Today we chose Europe over fear," Prime Minister Zoran Petreski told deputies before the [[e1|ballot]]. Opposition deputies accused him of surrendering to Sofia and walked out of the chamber as the result was read.

About 200 people protested outside the assembly building while the debate went on. A civic group that opposes the changes, Citizens for the Constitution, has called a larger [[e2|rally]] in central Skopje for June 20.

Bulgaria has blocked North Macedonia's accession talks since 2020 over disputes about history and language. A compromise negotiating framework agreed in 2022 made the inclusion of Bulgarians in the constitution a condition for the talks to start in earnest.

The Bulgarian government did not comment on Tuesday. A diplomat in Sofia said the government would wait for the final [[e3|ballot]] "before celebrating anything".

North Macedonia has been a candidate for EU membership since 2005, longer than any other country in the region."""),
dict(id="a2", source="Vardar Daily", published="2026-06-21",
     title="Tens of thousands rally in Skopje against constitution changes",
     text="""SKOPJE - Tens of thousands of people [[e2|rallied]] in central Skopje on Saturday against constitutional changes that would add Bulgarians to North Macedonia's constitution, five days before parliament's final [[e3|vote]] on the amendments.

Demonstrators filled Macedonia Square, waving red-and-yellow flags and chanting "No to dictation from Sofia". Police estimated the crowd at 25,000; organisers said 60,000.

"We are not against Europe. We are against being told who we are," said Elena Trajkovska, 34, a nurse from Kumanovo.

The [[e2|protest]], organised by Citizens for the Constitution and backed by two opposition parties, passed off peacefully, though police said two men were detained for throwing bottles near the government building.

The government needs 81 votes to [[e3|pass]] the amendments on Thursday. It won 83 in the first [[e1|vote]] on June 9, but two deputies of a junior coalition partner said this week they might abstain.

Deputy Prime Minister for European Affairs Ana Stojanovska said the government was "confident" and that EU ministers were ready to hold a first intergovernmental [[e5|conference]] with Skopje within days of the final [[e3|ballot]].

"Saturday showed that many people are afraid," she said. "Our job is to show them that the constitution protects every citizen, not only some."

Organisers said they would return to the square on the day of the [[e3|vote]]. Police said they would close the streets around parliament from Wednesday night."""),
dict(id="a3", source="Balkan Wire", published="2026-06-26",
     title="North Macedonia adopts amendments, Bulgaria welcomes step",
     text="""SKOPJE - North Macedonia's parliament [[e3|approved]] constitutional amendments on Thursday that recognise Bulgarians as one of the country's constituent peoples, clearing the way for the start of EU accession negotiations.

The amendments [[e3|passed]] with 84 votes after a debate of nearly ten hours, one more than in the first [[e1|vote]] on June 9. Thirty-one deputies opposed them. A few thousand protesters gathered outside but dispersed peacefully after the result was announced.

Bulgaria's foreign ministry [[e4|welcomed]] the [[e3|vote]] on Friday as "a European step" and said Sofia would not stand in the way of the talks. In its [[e4|statement]], the ministry added that it expected Skopje to "implement in good faith" its commitments on the rights of Bulgarians and on hate speech.

EU officials said the first intergovernmental [[e5|conference]] with North Macedonia would be held in Luxembourg on Tuesday, on the margins of a meeting of EU ministers, to open the "fundamentals" cluster of the negotiations.

"This is the day we have waited for since 2005," Prime Minister Zoran Petreski said after Thursday's [[e3|session]].

Last Saturday's [[e2|rally]] against the amendments was one of the largest in the country in a decade. Citizens for the Constitution said it would challenge the changes before the Constitutional Court."""),
dict(id="a4", source="Southeast Europe Review", published="2026-07-01",
     title="Skopje's three weeks that opened Europe's door",
     text="""ANALYSIS - For North Macedonia, the waiting room has finally opened. On Tuesday the European Union held its first intergovernmental [[e5|conference]] with Skopje in Luxembourg, formally starting accession negotiations with a country that has been a candidate since 2005.

It took three weeks of hard politics at home. In the first parliamentary [[e1|vote]], on June 9, the government scraped together 83 votes to start the procedure, two more than it needed. Eleven days later, tens of thousands of people [[e2|demonstrated]] in Macedonia Square against what they called a constitution written in Sofia. On June 25, deputies [[e3|adopted]] the amendments with 84 votes.

Sofia's [[e4|reaction]] the next day was warm but conditional, and it set the tone for the Luxembourg [[e5|meeting]]. Bulgarian ministers made clear there that they will watch every chapter.

"The government won both votes, but it has not yet won the argument," said Goran Iliev, a political scientist at Ss. Cyril and Methodius University in Skopje. "The [[e2|protest]] showed how raw the issue still is."

Diplomats expect the "fundamentals" cluster to take at least two years. In the meantime Citizens for the Constitution plans a petition for a referendum on the changes, which would need 150,000 signatures.

For Prime Minister Zoran Petreski the gamble has paid off for now, but the real test will come at the next general election."""),
]),
# ---------------------------------------------------------------------------- a05
dict(story="a05", topic="Guinean troops in Yenga: Guinean soldiers cross into the disputed village, a march in Koindu, Sierra Leonean troops sent to the area, the ministers' meeting in Conakry and the Guinean pull-out (Yenga, Koindu and Conakry; Sierra Leone - Guinea)", events=[
    dict(e="e1", type="deployment", date="2026-08-03", participants=["Guinea"], location="Yenga"),
    dict(e="e2", type="protest", date="2026-08-05", participants=["Koindu residents"], location="Koindu"),
    dict(e="e3", type="deployment", date="2026-08-07", participants=["Republic of Sierra Leone Armed Forces"], location="Koindu"),
    dict(e="e4", type="meeting", date="2026-08-12", participants=["Sierra Leone", "Guinea"], location="Conakry"),
    dict(e="e5", type="withdrawal", date="2026-08-15", participants=["Guinea"], location="Yenga"),
], tricky=[("e1", "e3", "about 40 Guinean soldiers moving into Yenga on Monday August 3 vs about 300 Sierra Leonean soldiers sent to the Koindu area four days later, the two sides' troops in the same disputed corner")],
note="Sierra Leone's protest note to Conakry, the information ministry's and the Guinean spokesman's statements, the "
     "defence minister's remarks to parliament, the ECOWAS Commission's statement, the Guinean troops of the 1990s, "
     "earlier leaders' agreements and border commissions, the revival of the joint border commission agreed in "
     "Conakry, and the closed and reopened market are background / side events. 'For a week the two armies faced "
     "each other' is not marked. The withdrawal is mentioned only in the last article (three times).",
articles=[
dict(id="a1", source="West Africa Wire", published="2026-08-04",
     title="Guinean troops move into disputed Sierra Leone border village",
     text="""FREETOWN - Guinean soldiers [[e1|crossed]] into the disputed village of Yenga in eastern Sierra Leone on Monday and began building a post on the Sierra Leonean bank of the Makona River, local officials and residents said.

About 40 soldiers in two trucks [[e1|arrived]] at midday, a chiefdom official in Kissi Teng told West Africa Wire by telephone. They raised the Guinean flag beside the village market, ordered farmers away from nearby fields and started clearing ground for what appeared to be barracks, he said.

"They came as if the land were theirs. Our people are afraid to go to their farms," said Sahr Tengbeh, a youth leader in Yenga.

Sierra Leone's information ministry said the government was "aware of the [[e1|incursion]]" and in contact with authorities in Conakry. It urged residents to remain calm and to avoid any confrontation with the soldiers.

Yenga, a farming village of a few thousand people near the border town of Koindu, has been disputed since Guinean troops entered the area in the 1990s to help Sierra Leone's army fight Revolutionary United Front rebels and never fully left. Leaders of the two countries have since declared more than once that the village belongs to Sierra Leone, and joint border commissions have met several times without marking the boundary on the ground.

Guinea's defence ministry did not respond to requests for comment on Monday's [[e1|move]]."""),
dict(id="a2", source="Freetown Observer", published="2026-08-06",
     title="Koindu marches against Guinean soldiers as Freetown promises troops",
     text="""KOINDU, Sierra Leone - Hundreds of residents [[e2|marched]] through Koindu on Wednesday to demand the removal of Guinean soldiers from nearby Yenga, as the government in Freetown said it would [[e3|send]] troops to the area.

Traders, farmers and schoolchildren walked to the chiefdom headquarters carrying placards reading "Yenga is Sierra Leone" and "No more silence". The [[e2|protest]] was peaceful, but the weekly market, normally one of the busiest in the region, stayed shut.

"We have lived with this problem for twenty-five years. This time they are building," said Finda Sandi, who sells palm oil and rice.

Defence Minister Alhaji Kemoh Conteh told parliament on Wednesday that soldiers of the Republic of Sierra Leone Armed Forces would be [[e3|deployed]] to the border "to reassure our people", and that the foreign ministry had sent a protest note to Conakry.

The Guinean soldiers who [[e1|moved]] into Yenga on Monday have continued work on their post, residents said, and have set up a checkpoint on the road to the river crossing.

In Conakry, a government spokesman said the troops were on "Guinean soil" and were there to fight smuggling of fuel and cocoa across the river. He said Guinea wanted "good neighbourly relations" with Sierra Leone.

Opposition lawmakers accused the government of reacting too slowly to the [[e1|incursion]]. "Our people knew about it before the ministers did," one said during the debate."""),
dict(id="a3", source="West Africa Wire", published="2026-08-09",
     title="Sierra Leone troops take up positions near Yenga; ministers to meet",
     text="""KAILAHUN, Sierra Leone - About 300 Sierra Leonean soldiers [[e3|arrived]] in the Koindu area on Friday and set up camp about two kilometres from Guinean troops who [[e1|entered]] the disputed village of Yenga last Monday.

An army spokesman, Lieutenant Colonel Augustine Kamara, said the [[e3|deployment]] was "purely defensive" and that the soldiers had orders not to approach the Guinean position. "We are here to protect civilians, not to start a war," he said.

The defence and foreign ministers of Sierra Leone and Guinea are due to [[e4|meet]] in Conakry on Wednesday, Guinea's foreign ministry said on Saturday. The ECOWAS Commission said it welcomed the planned [[e4|talks]] and urged both sides to avoid "any action that may escalate tension".

In Koindu, traders reopened the market on Saturday for the first time since Wednesday's [[e2|march]]. But many farmers with fields near the river say they are still afraid to work them.

"The soldiers on both sides are very young," said Mamie Kallon, a nurse at the town's health centre. "We pray nobody makes a mistake."

Kailahun district was the first part of Sierra Leone to be overrun by rebels in 1991, at the start of a civil war that lasted until 2002. Many residents fled across the border to Guinea at the time, and families on both sides remain closely linked."""),
dict(id="a4", source="Mano River Review", published="2026-08-21",
     title="Yenga: a short crisis and a long dispute",
     text="""ANALYSIS - Guinea's soldiers have [[e5|left]] Yenga, but the question of whom the village belongs to has not.

On Saturday, August 15, the Guinean detachment [[e5|pulled out]], dismantling its half-built post and recrossing the Makona River in the early morning, residents said. The [[e5|withdrawal]] came three days after the two countries' defence and foreign ministers [[e4|met]] in Conakry and agreed to revive the joint border commission, which has not sat since 2019.

The crisis lasted less than two weeks. Guinean troops [[e1|moved]] into Yenga on August 3. Two days later residents of Koindu [[e2|took to the streets]], and that Friday Freetown [[e3|sent]] about 300 soldiers to the area. For a week the two armies faced each other across a few fields of cassava.

Diplomats credit the Conakry [[e4|talks]] with giving both governments a way out. Guinea could say its concerns about smuggling had been heard; Sierra Leone could say the flag was gone.

"This is the fourth time since 2002 that the two sides have promised to settle Yenga through a commission," said Ibrahim Fofanah, a lecturer in international relations at Fourah Bay College. "Until the boundary is marked and the marks are respected, it will happen again."

The Sierra Leonean troops will stay near Koindu for at least another month, the army said."""),
]),
# ---------------------------------------------------------------------------- a06
dict(story="a06", topic="crackdown in the Maldives: the arrest of opposition MP Hussain Nazeef, a night protest in Malé, the arrest of two Hulhangu journalists and the UN human rights office's statement (Malé and Geneva; Maldives)", events=[
    dict(e="e1", type="arrest", date="2026-09-06", participants=["Maldives Police Service", "Hussain Nazeef"], location="Malé"),
    dict(e="e2", type="protest", date="2026-09-07", participants=["Maldivian opposition supporters"], location="Malé"),
    dict(e="e3", type="arrest", date="2026-09-10", participants=["Maldives Police Service", "Hulhangu"], location="Malé"),
    dict(e="e4", type="statement", date="2026-09-11", participants=["Office of the United Nations High Commissioner for Human Rights"], location="Geneva"),
], tricky=[("e1", "e3", "the night-time arrest of MP Hussain Nazeef at his home on Sunday vs the detention of two Hulhangu journalists at their office four days later, same police, same week, same capital")],
note="The 23 protesters detained on the night of the protest, the Friday rally at which Nazeef spoke, the police's "
     "and home ministry's statements, the court's remand orders, the journalists' release on bail, the Maldives "
     "Journalists Association's statement, the media law of 2025 and its commission are side / background events. "
     "'Both detentions' (aggregate of e1 and e3), 'would not call further protests' (negated) and 'Nazeef's "
     "detention has been extended' (the extension of custody, a side event) are not marked.",
articles=[
dict(id="a1", source="South Asia Wire", published="2026-09-07",
     title="Maldives police arrest opposition MP over speech",
     text="""MALÉ - Maldives police [[e1|arrested]] opposition lawmaker Hussain Nazeef at his home in Malé late on Sunday, accusing him of inciting violence in a speech criticising the government, his party said.

Nazeef, 41, who represents a constituency in the capital, was taken to the Dhoonidhoo detention centre on an island near Malé after a court issued a warrant shortly before 10 p.m., party officials said.

The Maldives Police Service said in a brief statement that the [[e1|arrest]] was "lawful and based on evidence" and that the MP would be brought before a judge within 24 hours.

Nazeef had told a rally in Malé on Friday that citizens should "take back the streets" from a government he accused of silencing its critics. The government says the speech was an open call for unrest.

His party called the [[e1|detention]] "a political act" and urged supporters to [[e2|gather]] on Majeedhee Magu, Malé's main street, on Monday evening.

"They can lock up one man. They cannot lock up everyone who agrees with him," the party's deputy leader, Aminath Rifa, told South Asia Wire.

Tension has been rising in the Maldives since parliament passed a media law last year creating a regulatory commission with the power to fine outlets and block websites. Press freedom groups and foreign diplomats criticised the law, which the government says is needed to fight disinformation.

The government did not respond to requests for comment on Sunday night."""),
dict(id="a2", source="Malé Monitor", published="2026-09-08",
     title="Police break up Malé protest over MP's arrest; 23 detained",
     text="""MALÉ - Police used pepper spray and batons to break up a [[e2|protest]] by several thousand opposition supporters in Malé on Monday night, detaining 23 people, a day after the [[e1|arrest]] of opposition MP Hussain Nazeef.

Demonstrators [[e2|marched]] along Majeedhee Magu toward the President's Office shortly after evening prayers, chanting "Free Nazeef" and waving the party's flags. Police said officers moved in after some protesters threw rocks and plastic bottles at a barricade near the Republic Square. Four officers and at least eleven protesters were treated in hospital.

"We came peacefully. They came for us with sticks," said Aishath Shifa, 22, a student who said she was hit on the arm.

The home ministry said the [[e2|demonstration]] had been "unlawful" because organisers had not notified police in advance, as the law requires for gatherings in the capital.

Nazeef, who was [[e1|detained]] late on Sunday at his home, was ordered held for 15 days by a court on Tuesday morning. His lawyer, Ahmed Saeed, said the MP had not been questioned about any specific act of violence.

Opposition leaders said they would not call further protests for now but would "fill the courts" with legal challenges.

Several embassies in Colombo, which also cover the Maldives, said they were following events closely. The country's economy, which depends on luxury tourism, has been under strain from heavy foreign debt."""),
dict(id="a3", source="South Asia Wire", published="2026-09-11",
     title="Two Maldives journalists held over protest video; UN raises alarm",
     text="""MALÉ - Maldives police [[e3|detained]] two journalists from the online news outlet Hulhangu on Thursday over their coverage of this week's opposition [[e2|protest]] in Malé, the outlet's editor said.

Reporter Mariyam Zeena and camera operator Ahmed Rasheed were [[e3|picked up]] at Hulhangu's office in the Henveiru district and questioned about a video showing officers beating a protester, editor Ibrahim Waheed said. Police said the two were being held for "publishing false content that could incite unrest".

"The video is real. Everyone in Malé has seen it," Waheed said.

The United Nations human rights office [[e4|urged]] the Maldives on Friday to free the journalists and opposition MP Hussain Nazeef, who was [[e1|arrested]] on Sunday. "Detaining journalists for reporting on protests has a chilling effect on everyone," a spokesperson said in Geneva. The [[e4|statement]] also called for an independent investigation into the police's use of force on Monday night.

The Maldives Journalists Association said the [[e3|arrests]] were the first of reporters under last year's media law, and that no charges had been filed.

The government said on Friday it respected press freedom but that "no one is above the law". Nazeef remains in custody at Dhoonidhoo."""),
dict(id="a4", source="Indian Ocean Review", published="2026-09-22",
     title="The Maldives' week of arrests",
     text="""ANALYSIS - It took five days for a dispute over one speech to become the Maldives' worst political crisis in years.

The sequence began on September 6, when police [[e1|arrested]] opposition MP Hussain Nazeef at his home for a speech telling supporters to "take back the streets". The next evening thousands [[e2|marched]] on Majeedhee Magu; police answered with batons and pepper spray. Three days later, two journalists from the news site Hulhangu were [[e3|detained]] over a video of the crackdown, the first reporters held under the 2025 media law.

Both detentions drew criticism abroad. On September 11 the UN human rights office [[e4|criticised]] the government and called for an inquiry into the policing of the [[e2|rally]]. The Maldives' foreign ministry replied that the [[e4|statement]] was "based on one-sided reports".

The journalists were released on bail on Monday, after eleven days in custody. Nazeef's detention has been extended by a further 15 days.

"The government wanted to show strength. What it showed was nervousness," said Fathimath Nisha, a lawyer and former member of the Human Rights Commission of the Maldives. "The [[e3|arrest]] of the Hulhangu reporters did more damage abroad than anything the opposition said."

Tourism officials say bookings have not been affected. But diplomats in Colombo say donors are watching whether the government will amend the media law before a debt review next year."""),
]),
# ---------------------------------------------------------------------------- a07
dict(story="a07", topic="sanctions on a Kyrgyz bank over Russia trade: U.S. Treasury sanctions on Ala-Too Commerce Bank, Kyrgyzstan's statement, British sanctions a week later, the Kyrgyz delegation's talks at the Treasury, and the October 30 wind-down deadline (Washington, Bishkek and London; United States - United Kingdom - Kyrgyzstan)", events=[
    dict(e="e1", type="sanction", date="2026-10-13", participants=["United States Department of the Treasury", "Ala-Too Commerce Bank"], location="Washington"),
    dict(e="e2", type="statement", date="2026-10-14", participants=["Kyrgyzstan"], location="Bishkek"),
    dict(e="e3", type="sanction", date="2026-10-20", participants=["United Kingdom", "Ala-Too Commerce Bank"], location="London"),
    dict(e="e4", type="meeting", date="2026-10-22", participants=["Kyrgyzstan", "United States Department of the Treasury"], location="Washington"),
    dict(e="e5", type="deadline", date="2026-10-30", participants=["United States Department of the Treasury", "Ala-Too Commerce Bank"], location=None),
], tricky=[("e1", "e3", "the U.S. Treasury's designation of Ala-Too Commerce Bank on Tuesday October 13 vs Britain's sanctions on the same bank and two executives a week later")],
note="Earlier U.S. rounds of sanctions on Kyrgyz firms, the National Bank's reassurance, the run on the bank's "
     "branches, the suspension of correspondent accounts by Kazakh and Uzbek banks, the EU's hint at measures of its "
     "own (hypothetical), the bank's own statement and the Foreign Office's explanation are side / background "
     "events. 'Both rounds of sanctions' (aggregate), 'the sanctions against Kyrgyz banks' (generic) and 'with no "
     "extension' (negated) are not marked. The deadline is dated to its expiry.",
articles=[
dict(id="a1", source="Eurasia Business Wire", published="2026-10-14",
     title="U.S. sanctions Kyrgyz bank over Russian defence payments",
     text="""WASHINGTON/BISHKEK - The U.S. Treasury [[e1|imposed]] sanctions on Tuesday on Kyrgyzstan's Ala-Too Commerce Bank and three Bishkek trading companies, accusing them of helping Russian defence manufacturers pay for Western electronics and machine tools.

The Office of Foreign Assets Control said the bank had processed more than $400 million in payments for Russian buyers since 2024, disguising them as trade in consumer goods. The [[e1|designation]] freezes any assets the bank and the companies hold in the United States and bars Americans from dealing with them.

OFAC gave companies and banks a [[e5|deadline]] of October 30 to wind down existing transactions with the lender.

Kyrgyzstan's foreign ministry [[e2|criticised]] the [[e1|decision]] on Wednesday, saying it had been taken "without any prior consultation" and would hurt ordinary Kyrgyz depositors more than anyone in Moscow.

Ala-Too Commerce Bank, the country's sixth-largest lender by assets, said in a statement that it complied with Kyrgyz law and would contest the [[e1|measures]].

"This is not a surprise for anyone who has watched the trade figures," said Daniel Hirsch, a sanctions lawyer in Washington. Kyrgyz imports of electronics from Europe and Asia have risen several times over since 2022, and much of the increase has been re-exported to Russia.

Washington has sanctioned several Kyrgyz firms in earlier rounds, but Tuesday's [[e1|action]] is the first against a major Kyrgyz bank."""),
dict(id="a2", source="Bishkek Herald", published="2026-10-16",
     title="Depositors queue at Ala-Too bank as Bishkek fumes over U.S. move",
     text="""BISHKEK - Hundreds of depositors queued outside branches of Ala-Too Commerce Bank in Bishkek and Osh on Thursday to withdraw savings, two days after the United States [[e1|blacklisted]] the lender for helping Russia evade Western sanctions.

The National Bank of the Kyrgyz Republic said deposits were insured and that the bank had enough cash, but several branches ran out of dollars by midday.

"I don't care about Russia or America. I care about my money," said Gulnara Sydykova, a 58-year-old retired teacher who waited four hours in central Bishkek.

In its [[e2|statement]] on Wednesday, the foreign ministry called the U.S. [[e1|sanctions]] "politically motivated" and said Kyrgyzstan was "not a party" to Western restrictions on Russia, its main trading partner and the workplace of hundreds of thousands of Kyrgyz migrants.

British officials are preparing [[e3|sanctions]] of their own against the bank, two people familiar with the matter told the Bishkek Herald. The European Union has said only that it is "studying" the case.

Deputy Prime Minister Nurlan Abdykadyrov will lead a delegation to Washington next week for [[e4|talks]] with Treasury officials, the government said. He told reporters the delegation would offer "full transparency" about the bank's transactions and ask for the October 30 [[e5|cut-off]] to be extended.

Two banks in Kazakhstan and one in Uzbekistan have already suspended correspondent accounts with Ala-Too, according to bankers in Almaty."""),
dict(id="a3", source="Eurasia Business Wire", published="2026-10-21",
     title="Britain follows U.S. with sanctions on Kyrgyz lender",
     text="""LONDON - Britain [[e3|sanctioned]] Kyrgyzstan's Ala-Too Commerce Bank and two of its senior executives on Tuesday, a week after the United States [[e1|targeted]] the lender for processing payments for Russian arms makers.

The Foreign, Commonwealth and Development Office said the bank was "a key channel" for Russia to obtain British and European components. The UK [[e3|measures]] freeze the bank's assets in Britain and bar British banks and companies from doing business with it. Chairman Talant Musaev and deputy chairman Elmira Osmonova also face travel bans.

The bank called the British [[e3|decision]] "unfounded" and said it would seek a review.

A Kyrgyz delegation led by Deputy Prime Minister Nurlan Abdykadyrov is due to [[e4|meet]] Treasury officials in Washington on Thursday. Kyrgyz officials hope to persuade the United States to extend the October 30 wind-down [[e5|deadline]], which they say leaves too little time to move payments for fuel and grain imports to other banks.

Analysts doubt the [[e4|talks]] will change much. "Washington wants to make an example of a bank in Central Asia, and London's [[e3|move]] shows the allies are coordinated," said Aida Bekova, an economist in Bishkek.

Kyrgyzstan's foreign ministry, which last week [[e2|called]] the U.S. [[e1|action]] "politically motivated", did not comment on Tuesday.

Russia's embassy in Bishkek said the sanctions against Kyrgyz banks were "a form of economic pressure on a sovereign state"."""),
dict(id="a4", source="Central Asia Finance Review", published="2026-11-03",
     title="Ala-Too after the deadline: what the sanctions did to Kyrgyz banking",
     text="""ANALYSIS - The U.S. Treasury's wind-down period for Ala-Too Commerce Bank [[e5|expired]] last Friday with no extension, and the bank has since lost nearly all its foreign correspondent accounts.

The three weeks before the [[e5|deadline]] followed a script familiar from earlier cases. The U.S. [[e1|designation]] on October 13 was followed by an angry [[e2|response]] from Bishkek the next day, a run on the bank's branches and, a week after Washington, British [[e3|sanctions]] on the bank and two of its executives.

The Kyrgyz delegation that [[e4|met]] Treasury officials in Washington on October 22 offered to open the bank's books. Officials at the [[e4|meeting]] listened, people familiar with it said, but offered no relief beyond advice on how other Kyrgyz banks could avoid the same fate.

"The lesson for the region is that the second-tier banks are now in the line of fire," said Marat Dzhunushev, a former deputy governor of the National Bank. "Both rounds of sanctions were aimed as much at Almaty and Tashkent as at Bishkek."

The government has told state companies and importers to move their accounts to other lenders. Ala-Too says it will continue to serve domestic customers in soms.

Kyrgyz imports of electronics from Europe fell by a fifth in October, customs data show, the first drop in three years."""),
]),
# ---------------------------------------------------------------------------- a08
dict(story="a08", topic="Bangsamoro's first parliamentary election: an ambush on a candidate's convoy near Datu Piang, army battalions sent to Maguindanao del Sur, the vote, the observers' preliminary report and the Commission on Human Rights report on election violence (Maguindanao del Sur and Cotabato City; Philippines)", events=[
    dict(e="e1", type="attack", date="2026-11-07", participants=["Samsudin Abdulatip"], location="Datu Piang"),
    dict(e="e2", type="deployment", date="2026-11-10", participants=["Armed Forces of the Philippines"], location="Maguindanao del Sur"),
    dict(e="e3", type="election", date="2026-11-16", participants=["Bangsamoro Autonomous Region in Muslim Mindanao"], location=None),
    dict(e="e4", type="report", date="2026-11-18", participants=["Mindanao Election Watch"], location="Cotabato City"),
    dict(e="e5", type="report", date="2026-11-26", participants=["Commission on Human Rights"], location="Cotabato City"),
], tricky=[("e4", "e5", "the independent observers' preliminary report in Cotabato City two days after the vote vs the Commission on Human Rights report on election killings eight days later, both on the same election")],
note="The two bodyguards' deaths (part of the ambush), earlier election-related incidents, the Commission on "
     "Elections' control over Datu Piang, the postponements of 2022 and 2025, the navy ship, the results and the "
     "canvassing, the vote-buying arrests, the results protest in Cotabato City and the 2025 national polls are "
     "side / background events. 'Two reports in ten days' (aggregate), 'with or without an election' (generic) "
     "and 'had made no arrests' (negated) are not marked.",
articles=[
dict(id="a1", source="Philippine Newswire", published="2026-11-08",
     title="Gunmen ambush Bangsamoro candidate's convoy, two bodyguards killed",
     text="""COTABATO CITY, Philippines - Gunmen [[e1|ambushed]] the convoy of a candidate in the Bangsamoro regional [[e3|election]] near the town of Datu Piang in Maguindanao del Sur on Saturday, killing two of his bodyguards, police said.

Samsudin Abdulatip, who is running for a seat in the Bangsamoro Parliament, escaped unhurt. The attackers [[e1|fired]] from a cornfield as his three vehicles passed on the highway shortly after 4 p.m., then fled toward the Liguasan Marsh, according to the provincial police.

Police Colonel Rodel Manansala, the provincial police director, said investigators were looking into "a possible link to a family feud" as well as to the campaign. He said the [[e1|attack]] was the most serious of several election-related incidents in the province since campaigning began last month.

"I will not stop. If they wanted to frighten me, they chose the wrong man," Abdulatip told reporters at a hospital in Cotabato City, where he visited a wounded driver.

Voters in the Bangsamoro Autonomous Region in Muslim Mindanao will [[e3|elect]] a regional parliament for the first time on November 16, after postponements in 2022 and 2025. The parliament will replace a transition authority that has run the region since it was created under a peace deal with the Moro Islamic Liberation Front.

The Commission on Elections placed Datu Piang under its direct control last month because of a history of violence around elections."""),
dict(id="a2", source="Cotabato Chronicle", published="2026-11-11",
     title="Army sends two more battalions to Maguindanao ahead of vote",
     text="""COTABATO CITY - The army has [[e2|sent]] two more infantry battalions, about 1,000 soldiers, to Maguindanao del Sur ahead of Monday's regional [[e3|election]], military officials said on Wednesday.

The troops [[e2|arrived]] on Tuesday on trucks from Lanao del Norte and aboard a navy ship that docked in Cotabato City, said Major Jonathan Dizon, spokesman for the 6th Infantry Division. They will guard polling centres and escort election officers in towns considered at risk.

The [[e2|deployment]] follows Saturday's [[e1|ambush]] near Datu Piang, in which two bodyguards of candidate Samsudin Abdulatip were killed. Police said on Wednesday they had identified two suspects but had made no arrests.

"We want voters to feel safe enough to leave their houses on Monday," Dizon said.

In Datu Piang, residents welcomed the soldiers but said fear would keep some people at home. "The guns are always here, with or without an election," said Norhaida Ampatuan, a market vendor.

Mindanao Election Watch, an independent group with about 600 trained observers, said it would issue a preliminary [[e4|report]] two days after the [[e3|polls]] close. The group's chairman, Fr. Eliseo Mercado, said it had already logged cases of vote-buying and threats against candidates in four provinces.

About 2.3 million voters are registered in the region, which covers five provinces, Cotabato City and a cluster of villages in Cotabato province."""),
dict(id="a3", source="Philippine Newswire", published="2026-11-19",
     title="Observers call Bangsamoro vote largely peaceful but flawed",
     text="""COTABATO CITY, Philippines - Independent observers said on Wednesday that the Bangsamoro region's first parliamentary [[e3|election]] was "largely peaceful but marred by vote-buying and intimidation" in several towns.

In a preliminary [[e4|report]] released in Cotabato City, Mindanao Election Watch said its observers had recorded 212 cases of vote-buying, 37 cases of voters being turned away and 9 violent incidents on polling day, none of them fatal.

Turnout in Monday's [[e3|vote]] was about 78 percent, according to the Commission on Elections. Partial results gave the party of the outgoing transition authority a majority of the 80 seats, with counting continuing in parts of Lanao del Sur.

"Most polling stations were calm. But in too many places the ballot was bought or forced," Mercado said as he presented the [[e4|findings]].

Supporters of losing candidates staged a noisy protest outside the regional canvassing centre on Wednesday, accusing election officials of tampering with results. Police said 14 people had been detained for vote-buying since Sunday.

The Commission on Human Rights said it was investigating killings during the campaign, including the November 7 [[e1|ambush]] near Datu Piang, and would publish a [[e5|report]] next week.

Military officials said the troops [[e2|sent]] to Maguindanao del Sur last week would remain until the proclamation of winners."""),
dict(id="a4", source="Asia Pacific Governance Review", published="2026-11-28",
     title="Bangsamoro's first election: peaceful enough, not clean enough",
     text="""ANALYSIS - Two reports in ten days have given the Bangsamoro region's first parliamentary [[e3|election]] a mixed verdict.

The Commission on Human Rights [[e5|report]], released in Cotabato City on Thursday, counted 14 people killed in election-related violence during the two-month campaign, more than in the 2025 national polls in the same provinces. Among the cases it examined was the November 7 [[e1|ambush]] on candidate Samsudin Abdulatip near Datu Piang, in which two bodyguards died. The [[e5|study]] blamed most of the killings on clan rivalries fed by the competition for seats.

Its [[e5|findings]] were harsher than those of Mindanao Election Watch, whose preliminary [[e4|report]] two days after the November 16 [[e3|vote]] called it "largely peaceful". The observers counted incidents on polling day; the commission counted the weeks before it.

Security forces point to the calm of election day as proof that the [[e2|deployment]] of two extra army battalions to Maguindanao del Sur on November 10 worked. Human rights workers say soldiers guarded polling stations, not candidates' homes.

"The lesson is that the violence did not happen at the ballot box. It happened on the roads and in the villages, weeks earlier," said Amirah Lidasan, a researcher in Cotabato City.

The new parliament is due to meet for the first time in January."""),
]),
# ---------------------------------------------------------------------------- a09
dict(story="a09", topic="the Cook Islands' deal with China: the fisheries and port agreement signed in Beijing, New Zealand's statement, a march in Avarua, the prime minister's talks in Wellington and the consultation declaration signed there (Beijing, Wellington and Avarua; Cook Islands - China - New Zealand)", events=[
    dict(e="e1", type="agreement", date="2026-02-09", participants=["Cook Islands", "China"], location="Beijing"),
    dict(e="e2", type="statement", date="2026-02-10", participants=["New Zealand"], location="Wellington"),
    dict(e="e3", type="protest", date="2026-02-13", participants=["Cook Islands residents"], location="Avarua"),
    dict(e="e4", type="meeting", date="2026-02-19", participants=["Cook Islands", "New Zealand"], location="Wellington"),
    dict(e="e5", type="agreement", date="2026-02-20", participants=["Cook Islands", "New Zealand"], location="Wellington"),
], tricky=[("e1", "e5", "the Cook Islands' fisheries and port agreement with China signed in Beijing on February 9 vs the consultation declaration with New Zealand signed in Wellington eleven days later, which answers it")],
note="The 1965 free association arrangement and the 2001 Joint Centenary Declaration, the Chinese funding for the "
     "Avatiu wharf (part of the deal), New Zealand's review and then release of budget support, the opposition's "
     "no-confidence motion, the prime minister's remarks on his return, and the 2025 seabed minerals deal are "
     "background / side events. 'the two documents' (aggregate of e1 and e5), 'anything agreed in Beijing' "
     "and 'the next one' (generic) are not marked.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-02-10",
     title="Cook Islands signs fisheries and port deal with China; Wellington not consulted",
     text="""AVARUA, Cook Islands - The Cook Islands [[e1|signed]] an agreement with China in Beijing on Monday covering fisheries, port development and maritime training, prompting New Zealand, its closest partner, to [[e2|complain]] that it had not been consulted.

Prime Minister Tama Pareanga and Chinese officials signed the [[e1|deal]] at the Great Hall of the People during a five-day visit. It includes Chinese funding for a new wharf at Avatiu harbour on Rarotonga, two patrol boats for fisheries surveillance and scholarships for Cook Islands students, according to a summary released by Pareanga's office.

New Zealand's foreign minister, Helen Rowe, [[e2|said]] on Tuesday that Wellington was "disappointed and concerned" to learn of the [[e1|agreement]] from media reports. In a written [[e2|statement]], she said that under the two countries' free association arrangement the Cook Islands had committed to consult New Zealand on matters of defence and security.

"Port infrastructure and maritime surveillance are security matters," Rowe said. She added that New Zealand would "review the implications" for its development assistance, which totals about NZ$200 million over three years.

The Cook Islands, a nation of 15 islands and about 15,000 people, has been self-governing in free association with New Zealand since 1965. Cook Islanders hold New Zealand citizenship, and New Zealand is responsible for defence when asked.

Pareanga's office said the [[e1|pact]] was "economic, not military" and that the Cook Islands made its own foreign policy."""),
dict(id="a2", source="Rarotonga Record", published="2026-02-14",
     title="Hundreds march in Avarua over China deal",
     text="""AVARUA - Several hundred people [[e3|marched]] through Avarua on Friday to protest against the Cook Islands government's new [[e1|agreement]] with China, in one of the largest demonstrations the capital has seen in years.

Marchers, many of them wearing flower crowns and carrying New Zealand and Cook Islands flags side by side, walked from the Punanga Nui market along the main road to Parliament. Organisers, a coalition of church groups and the Cook Islands Fishing Association, said they feared Chinese fleets would gain access to the islands' tuna.

"We are not against China. We are against decisions made in secret," said Teina Mataio, a retired teacher from Titikaveka.

The [[e3|march]] was peaceful. Police said it drew about 600 people; organisers said 1,000.

Prime Minister Tama Pareanga, who returned from Beijing on Thursday, will travel to Wellington next week to [[e4|meet]] New Zealand's foreign minister, Helen Rowe, his office said. Rowe's [[e2|criticism]] on Tuesday, that Wellington had learned of the [[e1|deal]] from the media, caused anger in the prime minister's office and some embarrassment among officials.

The opposition Democratic Party said it had filed a motion of no confidence in the government, to be debated when Parliament sits in March.

"This is the most serious strain in our relationship with New Zealand in my lifetime," said Vaine Tuara, a former foreign secretary. "It can be fixed, but only if both sides stop talking through the newspapers.\""""),
dict(id="a3", source="Tasman Press Agency", published="2026-02-21",
     title="New Zealand and Cook Islands sign consultation pledge after China row",
     text="""WELLINGTON - New Zealand and the Cook Islands [[e5|signed]] a declaration on Friday committing both governments to consult each other before concluding security or maritime agreements with third countries, easing a row over the Cook Islands' recent [[e1|deal]] with China.

The [[e5|declaration]] was signed by Prime Minister Tama Pareanga and Foreign Minister Helen Rowe at Parliament in Wellington, a day after the two [[e4|met]] for more than four hours on Thursday.

Under the [[e5|accord]], the two governments will set up a joint committee that meets twice a year, and the Cook Islands will share the text of its February 9 [[e1|arrangement]] with China within a month. New Zealand said it would release NZ$20 million in budget support that it had put on hold.

Rowe, whose [[e2|statement]] last week accused the Cook Islands of breaching its commitment to consult, said the [[e4|talks]] had been "frank and, in the end, warm". "We are family. Families argue, and then they sit down," she said.

Pareanga said the [[e5|declaration]] did not cancel anything agreed in Beijing. "Our [[e1|agreement]] with China stands, and our relationship with New Zealand stands. Both can be true," he said.

In Avarua, organisers of last week's [[e3|protest]] against the China [[e1|agreement]] said they welcomed the Wellington [[e5|pledge]] but would keep pressing for the Chinese text to be published in full."""),
dict(id="a4", source="Pacific Affairs Review", published="2026-03-03",
     title="Three weeks that tested free association",
     text="""ANALYSIS - For three weeks in February, the relationship between New Zealand and the Cook Islands looked more like a quarrel between states than an arrangement between family.

It began with the fisheries and port [[e1|deal]] that Prime Minister Tama Pareanga signed in Beijing on February 9. Wellington's sharp [[e2|statement]] the next day, saying it had not been consulted, turned a trade story into a constitutional one. That Friday several hundred people [[e3|marched]] in Avarua, and ten days after the [[e1|signing]] in Beijing, Pareanga [[e4|sat down]] with Foreign Minister Helen Rowe in Wellington.

The [[e5|declaration]] they signed on February 20 restores the principle of consultation and puts it on paper. It does not undo the Chinese [[e1|agreement]], and it was never meant to.

"Both governments got what they needed: Pareanga kept his [[e1|deal]], and Wellington got a promise that the next one will not come as a surprise," said Moana Jackson-Reid, who lectures on Pacific politics at Victoria University of Wellington.

The harder question is what the two documents mean for the next ten years. Chinese engineers are due on Rarotonga in April to survey Avatiu harbour. New Zealand's budget support has been released, but officials in Wellington say future funding will be tied to the new committee.

Pareanga faces a no-confidence motion when Parliament sits this month. Few expect it to pass."""),
]),
# ---------------------------------------------------------------------------- a10
dict(story="a10", topic="gang violence and a state of emergency in Trinidad: gunmen kill four at a wake in Laventille, the prime minister declares a state of emergency, a reprisal shooting in Morvant, raids that detain 19 suspects, and the House vote extending the emergency (Port of Spain; Trinidad and Tobago)", events=[
    dict(e="e1", type="attack", date="2026-01-10", participants=["Laventille mourners"], location="Laventille"),
    dict(e="e2", type="statement", date="2026-01-11", participants=["Government of Trinidad and Tobago"], location="Port of Spain"),
    dict(e="e3", type="attack", date="2026-01-13", participants=["Morvant residents"], location="Morvant"),
    dict(e="e4", type="arrest", date="2026-01-15", participants=["Trinidad and Tobago Police Service", "suspected gang members"], location="Port of Spain"),
    dict(e="e5", type="election", date="2026-01-23", participants=["House of Representatives of Trinidad and Tobago"], location="Port of Spain"),
], tricky=[("e1", "e3", "gunmen firing on mourners at a wake in Laventille late on Saturday January 10 (four dead) vs a reprisal shooting outside a bar in Morvant on Tuesday night (two dead), the same gang feud in neighbouring districts")],
note="The deaths are part of the attacks ('shot dead' and 'killings' name the Morvant attack itself). The soldiers "
     "sent to patrol under the emergency, the 11 people held in the first days, the weapons seized in the raids, the "
     "police commissioner's remarks, the opposition's statements, the 15-day limit on the proclamation, earlier "
     "states of emergency (one 'declared in 2025') and the murder figures of past years are side / background "
     "events. 'The two shootings' (aggregate), 'to stop the killing' and 'one killing becomes the next' "
     "(generic) are not marked.",
articles=[
dict(id="a1", source="Caribbean Newswire", published="2026-01-11",
     title="Gunmen kill four at Trinidad wake; state of emergency declared",
     text="""PORT OF SPAIN - Gunmen [[e1|opened fire]] on mourners at a wake in Laventille, east of Trinidad's capital, late on Saturday, killing four people and wounding six, police said. On Sunday the government [[e2|declared]] a state of emergency in parts of Port of Spain.

The [[e1|shooting]] happened shortly before midnight outside a house off Laventille Road, where relatives and friends had gathered to mourn a man killed a week earlier. Witnesses said two men got out of a car and [[e1|fired]] at least 30 rounds into the crowd before driving off.

Police Commissioner Marlon Baptiste said the [[e1|attack]] appeared to be part of a feud between two gangs that has claimed more than a dozen lives since November.

In a televised address on Sunday afternoon, Prime Minister Anand Rampersad [[e2|announced]] that the emergency would cover the Port of Spain and Northern police divisions, giving police and soldiers powers to search and detain without warrants. "Enough is enough. The state will not surrender a single street to these killers," he said.

Under the constitution the House of Representatives must [[e5|vote]] within 15 days to extend the emergency, or the proclamation lapses.

Opposition leaders said they would support "any lawful measure" to stop the killing but warned against abuses.

Trinidad and Tobago recorded more than 600 murders in 2024, one of the highest rates in the Caribbean, and has turned to states of emergency several times in recent years."""),
dict(id="a2", source="Port of Spain Gazette", published="2026-01-14",
     title="Two shot dead in Morvant in apparent reprisal for wake killings",
     text="""PORT OF SPAIN - Two men were [[e3|shot dead]] outside a bar in Morvant on Tuesday night in what police described as a reprisal for Saturday's [[e1|massacre]] at a wake in Laventille, despite soldiers patrolling the area under the state of emergency.

The victims, aged 19 and 27, were standing on the pavement on Lady Young Road when a gunman walked up and [[e3|fired]] several shots, police said. A third man was wounded. Police said one of the dead was a cousin of a man being sought over the Laventille [[e1|killings]].

The [[e3|killings]] came less than three days after the government's [[e2|declaration]] of a state of emergency on Sunday. Soldiers of the Trinidad and Tobago Regiment have been patrolling Laventille, Morvant and Beetham since Monday, and police say 11 people have been detained under emergency powers.

"They put soldiers on the main road. The gunmen use the side roads," said a Morvant shopkeeper who asked not to be named.

Commissioner Marlon Baptiste said the Morvant [[e3|shooting]] showed that the gangs were "testing" the security forces. He promised "a strong response in the coming days".

Many families in Morvant kept their children home from school on Wednesday. The education ministry said attendance at three primary schools near Lady Young Road was below half.

"We are living between two gangs and an army," said a mother of three who waited outside one of the schools. "Nobody asked us which one we wanted.\""""),
dict(id="a3", source="Caribbean Newswire", published="2026-01-16",
     title="Trinidad raids net 19 gang suspects, including alleged wake attack planner",
     text="""PORT OF SPAIN - Police and soldiers [[e4|detained]] 19 suspected gang members in pre-dawn raids across Laventille, Morvant and Beetham on Thursday, including a man police believe ordered last weekend's [[e1|attack]] on a wake in Laventille.

More than 300 officers and soldiers took part in the [[e4|operation]], which began at 3 a.m., police said. They seized seven firearms, several hundred rounds of ammunition and about 40,000 Trinidad and Tobago dollars in cash.

The [[e4|arrests]] are the largest since the state of emergency was [[e2|declared]] last Sunday. Among the detainees is a 24-year-old man whom police suspect of taking part in Tuesday's [[e3|shooting]] in Morvant, in which two men were killed outside a bar.

"This is what the emergency powers are for," Police Commissioner Marlon Baptiste told reporters. "We are going after the people who give the orders, not only the boys who pull the trigger."

Human rights lawyers said several of those held in the [[e4|raids]] had been denied access to counsel for more than 24 hours.

Attorney General Nadia Ramlal said the government would ask the House of Representatives on January 23 to [[e5|extend]] the emergency by three months, before the proclamation lapses. The opposition said it would decide its position after seeing crime figures for the first two weeks.

Trinidad's last state of emergency, declared in 2025, was extended twice before it ended."""),
dict(id="a4", source="Antilles Review", published="2026-01-28",
     title="Trinidad's emergency, extended: what two weeks changed",
     text="""ANALYSIS - Trinidad and Tobago's House of Representatives [[e5|voted]] last Friday to extend the state of emergency in Port of Spain by three months, by 26 votes to 15. The [[e5|vote]] split along party lines, and the debate before it was bitter.

The emergency was born of a single night. Gunmen [[e1|killed]] four mourners at a wake in Laventille on January 10, and the next afternoon Prime Minister Anand Rampersad [[e2|announced]] the measure on national television. Three days after the wake [[e1|shooting]], a reprisal [[e3|attack]] outside a bar in Morvant left two men dead within sight of an army patrol. The [[e4|raids]] of January 15, in which 19 suspects were detained, were the government's answer.

Ministers point to the figures since the [[e4|sweep]]: three murders in the capital's eastern districts in twelve days, against 14 in the same period a year ago.

"The emergency buys time. It does not buy peace," said Kerry-Ann Mohammed, a criminologist at the University of the West Indies in St. Augustine. "The two shootings showed how quickly one killing becomes the next."

Opposition members argued in the debate that detentions without warrant had swept up dozens of young men with no gang links, and that the Morvant [[e3|killings]] happened despite the soldiers. The government replied that without the emergency there would have been more.

The extension runs until late April."""),
]),
]
