"""Source of ../stories_blind12/articles.jsonl and ../stories_blind12/gold.jsonl.

TWELFTH BLIND story set (stories_blind12) for the cross-article event deduplication benchmark.
It is a BLIND set, FOR REPORTING ONLY: never use it for tuning (do not read the system's errors
on it to change rules, word lists or thresholds, and do not add it to the eval gate).  It was
written without running the timeline extractor, the `timeline` command or any benchmark on
these texts, and without reading the system's code, extraction or clustering rules or word
lists (nothing under timeline/ or benchmarks/, no tests/*.py, no other story set's data or
spec).  Only these were consulted: DATASETS.md section 2, build_stories.py, validate.py's
check_stories, the docstring and first two stories of stories_dev13_spec (for the format) and
the list of topics in tests/gold/README.md (so that the topics here are new).

All articles are fiction written for this data set (invented outlets, people, companies, an
oil consortium and field, a coal mine and events, set in 2026; real places and institutions).
No real article was copied; do not use these texts as facts.  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets
and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind12_spec \\
        --out tests/gold/stories_blind12

10 stories (g01..g10), half politics / diplomacy / security (a river standoff between
Belize and Guatemala, a presidential election in Sao Tome and Principe, the Pyla road in the
Cyprus buffer zone, a flaring dispute in Kazakhstan, prisoner-exchange talks on Yemen) and
half crises on the ground (a tanker explosion in Tanzania, a miners' blockade in Bolivia,
insurgent attacks in southern Thailand, ferry strikes in Greece, coal-mine explosions in
Queensland).  Each story has 4-5 gold events and is told by 3-4 articles from different
outlets, published on different days over 1-3 weeks: a short breaking item, longer
follow-ups with background, and an analysis or a report written days later that retells the
earlier events.  Articles are 209-249 words.  Every story has one tricky pair: two different
gold events of the same type that must not be merged.  Six events are mentioned in one article
only, each with at least two mentions: g02-e5, g03-e5, g04-e5, g05-e3, g07-e5, g09-e5.

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md,
section 2): only the story's key events are marked, every mention of them is marked (planned
or future references to an event that then happened included: Belize "would send" soldiers,
"talks ... next week", Guatemala "will withdraw", UNFICYP "would reinforce", negotiators
"would meet", KOP "would reply", "a final agreement ... to be signed within ten days", Kenya
"would send", a committee to "report within ten days", the army "would send" a battalion,
"invited both sides to talks on Friday", "would hold a 24-hour stoppage", "is expected to
publish an interim report"), one trigger per mention (when one clause says the same event
twice -- "hurled sticks of dynamite ... and set it on fire", "has ordered ... according to a
letter", "has refused to pay ..., saying in a reply", "ambushed a ranger patrol ..., killing
two" -- only one is marked), and titles are not annotated.  Bare pronouns ("it", "this") and
vague nouns without an event word ("what happened on Monday", "the outcome", "the news",
"the standoff") are not marked.

Side and background events deliberately left unmarked, even when they have the type of a
gold event: the Punta Gorda rally, the Belizean soldiers' own pullback, the undertaking to
notify the OAS office, Guatemalan patrols turning back activists, the 1859 treaty, the
2018/2019 referendums and the pending ICJ ruling (g01); the provisional results, Braganca's
rejection of them and his recount request, the Constitutional Court's ruling, the tear gas
and eleven detentions at the march, Vaz Neto's call for calm, the Lemba campaign visits, the
inauguration, the 1991 transition (g02); the UN spokesman's condemnation, the Turkish
Cypriot reply, the Cypriot call on the Security Council, the road works, the UN statement
after the negotiators' talks, the leaders' meeting in January, the 2004 and 2017
reunification efforts, the arrangements suggested for Deneia and Athienou, the 1974
division (g03); the threatened arbitration, the appeal against the fine, the 2019 flaring
agreement and the production sharing agreement, the 2023 claims against other projects, the
gas-plant outage, the ecology ministry's own statement, share-price moves, audits of two
other fields (g04); the exchange flights (a release, no type), the April 2023 exchange, the
2022 truce, the vigils in Aden and Sanaa, Oman's foreign ministry joining the talks, the government's
denial, the Houthi threat to walk out, the June round on missing persons (g05); the
overturning of the tanker and the explosion itself, the appeal for blood donors, the
burials, the DNA centre, the driver's charge and bail, the committee's appointment and
recommendations, the 2019 Morogoro explosion (g06); the mercury decree, the government's
statements, the police operation clearing the road (apart from the arrests), the talks at
the mining ministry that produced the deal, Choque's release on bail, the shortages (g07);
the 2004 flare-up and the overall toll, the sealing-off of the market, the doubled
checkpoints, the Malaysia-facilitated dialogue (July round, October round) (g08); the draft
rules, the shipowners' court application and the ruling, the helicopter transfers, the
rally outside the ministry, the second ministry meeting on November 12 that led to the deal,
the 2024 strike (g09); the explosions and fire themselves, the regulator's stop-work order,
the operator's statements, the Board of Inquiry's hearings and final report, the funerals,
the vigil, the Moranbah march during the stoppage, the 2020 Grosvenor blast and its inquiry,
the union's earlier warnings (g10).

Not marked either: aggregate mentions covering two gold events ("Both letters", "two strikes
in eight days", "The two stoppages", "the four men killed at Carrow Creek North", "Relief
for the victims has come from home and abroad") and negated or hypothetical mentions ("If
it is not met, ... seamen would stop work for 72 hours" -- the union's conditional threat,
although the 72-hour strike then happened --, "produced no written accord", "passed without
a deal", "the fine could be reduced if KOP agreed", "threatened to walk out").

The articles of a story are published on different days, so the same weekday name points
to different dates ("on Friday" is the Guatemalan pullback in one g01 article; "on Friday"
is the failed ferry talks of November 6 in two g09 articles and "last Friday" the deal of
November 13 in another; in one g08 article "last Monday" is the market bomb and "on Monday"
the arrests a week later), and some dates are only given relatively ("the following day",
"the next day", "a day after", "the day after the blast", "two days after", "two days
later", "three days after", "five days after", "five days later", "nine days after", "a week
after that", "three weeks ago", "later that week", "that Friday", "the following Monday",
"On Friday of that week", "On the Thursday", "last Tuesday", "last Wednesday", "last
Thursday", "last Friday", "last Sunday's", "last week", "next week", "later this week",
"early next week", "within ten days", "for the second time in eight days").

Type conventions used here (the type list has no better fit):
  * Guatemalan navy boats and marines arriving at the Sarstoon mouth and Belizean troops
    taking up positions on the other bank three days later (a tricky pair), UNFICYP
    reinforcements at Pyla and an extra Thai ranger battalion are `deployment` events; the
    Guatemalan boats sailing back to Livingston is a `withdrawal`;
  * Belize's protest note, and a Kazakh ministry's letter and the consortium's reply five
    days later (a tricky pair), are `letter` events; the ministry's October 15 deadline and
    a seamen's union's Monday-midnight deadline are `deadline` events dated to their expiry;
  * OAS talks in Washington, a negotiators' meeting and the leaders' meeting a week later
    (a tricky pair), the Muscat prisoner talks (a multi-day round dated to its opening day)
    and failed ferry talks at the maritime ministry are `meeting` events;
  * the Pyla road deal (reached at the leaders' meeting, same day), a flaring settlement, an
    agreement in principle on a prisoner swap and the signing of the final lists nine days
    later (a tricky pair), a miners' deal and a ferry crewing deal are `agreement` events;
  * the first round of a presidential election and the runoff three weeks later (a tricky
    pair) are `election` events;
  * African Union observers' preliminary report, a presidential committee's report and a
    mine safety regulator's interim report are `report` events;
  * a march by a candidate's supporters, a highway blockade (dated to its first day), a
    48-hour ferry strike and a 72-hour strike a week later (a tricky pair) and a 24-hour
    miners' stoppage are `protest` events;
  * a defeated candidate's concession, a Houthi statement, the BRN's denial and a state
    government's announcement of a Board of Inquiry are `statement` events;
  * an assault on UN peacekeepers, a dynamite attack on a police checkpoint, a market bomb
    and an ambush on rangers two days later (a tricky pair) are `attack` events; deaths and
    injuries in them are part of the attack and are not marked separately;
  * the deaths in a tanker explosion, and the deaths of miners in a coal-mine explosion and
    of a rescue volunteer in a second explosion two days later (a tricky pair), are
    `casualties` events, whose tolls rise across the articles (31 to 58; two to three); only
    words for the deaths ("killed", "died", "death toll", "death", "lost their lives") are
    mentions, and the explosions themselves are not annotated;
  * a tanker driver's arrest, the arrest of 23 miners and of their federation's leader three
    days later (a tricky pair) and the arrest of two bombing suspects are `arrest` events;
  * a government's emergency funding for burn victims and Kenya's airlifted donation of burn
    supplies two days later (a tricky pair) are `support` events;
  * an ecology ministry's fine on an oil consortium is a `sanction` event.
"""

STORIES = [
# ---------------------------------------------------------------------------- g01
dict(story="g01", topic="Sarstoon River standoff: Guatemalan navy boats sent to the river mouth, Belize's protest note, Belizean troops sent to the opposite bank, OAS talks in Washington and the Guatemalan pullback (Belize-Guatemala border)", events=[
    dict(e="e1", type="deployment", date="2026-03-02", participants=["Guatemalan Navy"], location="Sarstoon River"),
    dict(e="e2", type="letter", date="2026-03-03", participants=["Belize Ministry of Foreign Affairs", "Guatemala"],
         location="Belmopan"),
    dict(e="e3", type="deployment", date="2026-03-05", participants=["Belize Defence Force", "Belize Coast Guard"],
         location="Sarstoon River"),
    dict(e="e4", type="meeting", date="2026-03-11", participants=["Belize", "Guatemala", "Organization of American States"],
         location="Washington"),
    dict(e="e5", type="withdrawal", date="2026-03-13", participants=["Guatemalan Navy"], location="Sarstoon River"),
], tricky=[("e1", "e3", "Guatemalan navy boats and marines arriving at the Sarstoon mouth on Monday vs Belizean soldiers and coast guard boats taking up positions on the opposite bank on Thursday, same river, three days apart")],
note="The rally in Punta Gorda, the Belizean soldiers' own pullback the day after the Guatemalan one, the understanding "
     "to notify the OAS office, Guatemalan patrols turning back Belizean activists, the 1859 treaty, the 2018/2019 "
     "referendums and the pending ICJ ruling are side / background events.",
articles=[
dict(id="a1", source="Caribbean Coast Wire", published="2026-03-04",
     title="Belize protests as Guatemalan gunboats anchor in disputed river",
     text="""BELMOPAN - Belize has lodged a formal [[e2|protest]] with Guatemala after two Guatemalan navy patrol boats and about 40 marines [[e1|took up positions]] at the mouth of the Sarstoon River, the disputed waterway that forms the southern border between the two countries.

The Guatemalan vessels [[e1|arrived]] on Monday and anchored within sight of the Belizean fishing village of Barranco. Guatemala's defence ministry said the [[e1|deployment]] was aimed at drug traffickers who use the river and took place "entirely within Guatemalan waters".

In its [[e2|note]], handed to the Guatemalan embassy in Belmopan on Tuesday, Belize's foreign ministry called the [[e1|move]] a "grave provocation" and demanded an explanation.

The Belize Defence Force said it would [[e3|send]] soldiers and two coast guard interceptors to the area later this week "to protect Belizean fishermen".

Both governments have accepted an invitation to [[e4|talks]] at the headquarters of the Organization of American States in Washington next week, an OAS official said.

The Sarstoon has been a flashpoint for years. Guatemala claims about half of Belize's territory, and the dispute has been before the International Court of Justice since 2019. Belizean activists who sail up the river to assert sovereignty have often been turned back by Guatemalan patrols.

Fishermen in Barranco said they had stayed ashore since Monday. "Nobody goes out when the gunboats are sitting there," said Delroy Nunez, 52, who fishes for snapper off the river mouth. "We lose a day, we lose a week of school fees.\""""),
dict(id="a2", source="The Belize Chronicle", published="2026-03-06",
     title="Belizean troops face Guatemalan gunboats across the Sarstoon",
     text="""BARRANCO, Toledo District - About 60 Belizean soldiers and two coast guard interceptors [[e3|arrived]] on the northern bank of the Sarstoon River on Thursday, within sight of the Guatemalan navy boats that have been anchored at the river mouth since Monday.

The troops, from the 2nd Infantry Battalion in Punta Gorda, set up camp above the village beach. Their commander, Major Marcus Tillett, said they had strict orders to avoid any confrontation. "We are here so our fishermen can fish," he said.

It is the largest Belizean [[e3|deployment]] in the south in years. Guatemala has not budged. Its navy [[e1|sent]] the two patrol boats and a platoon of marines to the river at the start of the week, saying it was chasing drug runners; the marines are now camped on a sandbar on the southern bank.

Belize's protest [[e2|note]] of Tuesday has gone unanswered, the foreign ministry said. Its spokeswoman, Aileen Castillo, said Belize would "raise every aspect of this [[e1|incursion]]" when the two sides [[e4|meet]] at the Organization of American States in Washington on Wednesday.

The OAS has kept an office in the adjacency zone between the two countries since 2003.

In Punta Gorda, about 300 people rallied on Thursday evening, waving flags and singing the national anthem outside the town hall.

Villagers in Barranco were relieved but uneasy. "Soldiers on one side, sailors on the other," said Celia Ramirez, who runs a small shop. "We are in the middle, like always.\""""),
dict(id="a3", source="Central American Press Agency", published="2026-03-12",
     title="Guatemala to pull navy boats from Sarstoon after Washington talks",
     text="""GUATEMALA CITY - Guatemala will [[e5|withdraw]] its two navy patrol boats from the mouth of the Sarstoon River by Friday, the foreign ministry said on Thursday, a day after [[e4|talks]] with Belize at the Organization of American States.

Delegations from the two countries [[e4|met]] for seven hours on Wednesday at OAS headquarters in Washington, with a Chilean mediator, Rodrigo Araneda. Both sides undertook to notify the OAS office in the adjacency zone before sending armed vessels onto the river in future, and Belize said it would pull back the soldiers it [[e3|stationed]] on the northern bank last week.

Deputy Foreign Minister Ana Lucia Monterroso told reporters the navy's [[e1|mission]] had been "fulfilled" and that the country's claim to the river was unchanged. "No one should read this as a concession," she said.

The patrol boats [[e1|went]] to the Sarstoon on March 2 to stop traffickers who use the river to move cocaine, according to the defence ministry. Opposition deputies in Congress accused the government of staging the [[e1|operation]] for a domestic audience.

Belize's foreign ministry welcomed the outcome but said it still expected a written reply to its [[e2|letter]] of protest of March 3.

The quarrel dates back to an 1859 treaty under which Guatemala recognised British control of the territory in exchange for a road that was never built. Both countries took the dispute to the International Court of Justice after referendums in 2018 and 2019, and a ruling is expected later this year."""),
dict(id="a4", source="Gulf of Honduras Review", published="2026-03-23",
     title="Eleven days on the Sarstoon: a standoff both sides say they won",
     text="""ANALYSIS - For eleven days this month, a muddy river mouth on the Caribbean coast was the most closely watched stretch of water in Central America.

It began on March 2, when Guatemala [[e1|moved]] two patrol boats and a platoon of marines to the mouth of the Sarstoon. Belize answered first on paper, with a sharply worded [[e2|note]] the following day, and then on the ground: three days after the Guatemalan boats [[e1|appeared]], some 60 Belizean soldiers [[e3|deployed]] on the opposite bank.

Nobody fired a shot. After a single day of [[e4|negotiations]] in Washington at the Organization of American States, the Guatemalan boats [[e5|sailed]] back to their base at Livingston on the morning of March 13. The Belizean troops left the riverbank the following day.

Both governments have claimed victory. Guatemala says its navy showed it can patrol the river at will; Belize says its own [[e3|deployment]] forced a Guatemalan [[e5|pullback]] within a fortnight.

Imani Flowers, a law lecturer at the University of Belize, is less sure. "Guatemala proved it can put boats in the river whenever it likes, and Belize proved it will answer," she said. "That is not a solution. That is a routine."

The OAS [[e4|meeting]] produced no written accord, only an understanding that each side will inform the OAS office in the adjacency zone before sending armed vessels into the river.

The International Court of Justice is expected to rule on the wider dispute this year."""),
]),
# ---------------------------------------------------------------------------- g02
dict(story="g02", topic="presidential election in Sao Tome and Principe: first round, African Union observers' preliminary report, a march by the third-placed candidate's supporters, the runoff and the loser's concession (Sao Tome)", events=[
    dict(e="e1", type="election", date="2026-07-19", participants=["Aurelio Pontes", "Lurdes Vaz Neto", "Januario Braganca"],
         location="Sao Tome and Principe"),
    dict(e="e2", type="report", date="2026-07-21", participants=["African Union Election Observation Mission"],
         location="Sao Tome"),
    dict(e="e3", type="protest", date="2026-07-24", participants=["supporters of Januario Braganca"], location="Sao Tome"),
    dict(e="e4", type="election", date="2026-08-09", participants=["Aurelio Pontes", "Lurdes Vaz Neto"],
         location="Sao Tome and Principe"),
    dict(e="e5", type="statement", date="2026-08-11", participants=["Aurelio Pontes"], location="Sao Tome"),
], tricky=[("e1", "e4", "first round of the presidential election on July 19 vs the runoff between the two leading candidates on August 9, same office, same candidates, three weeks apart")],
note="The announcement of provisional results, Braganca's rejection of them and his recount request, the Constitutional Court's ruling on it, the police "
     "tear gas and the eleven detentions at the march, Vaz Neto's call for calm, the campaign visits to Lemba, the "
     "inauguration and the 1991 transition are side / background events.",
articles=[
dict(id="a1", source="Gulf of Guinea Wire", published="2026-07-22",
     title="Sao Tome heads for presidential runoff as observers praise calm vote",
     text="""SAO TOME - Former finance minister Aurelio Pontes finished first in Sao Tome and Principe's presidential [[e1|election]] on Sunday but fell short of an outright majority, provisional results showed on Wednesday, setting up a [[e4|runoff]] against Lurdes Vaz Neto on August 9.

Pontes, the candidate of the governing Movement for Democratic Renewal, won 41.8 percent of the vote, the National Electoral Commission said. Vaz Neto, the mayor of Agua Grande district, which includes the capital, took 33.2 percent. Januario Braganca, a businessman who owns the country's largest cocoa exporter, came third with 19.7 percent. Turnout was 64 percent.

African Union observers said in a preliminary [[e2|report]] on Tuesday that the [[e1|ballot]] had been "peaceful, orderly and broadly transparent", though they noted late openings at polling stations on Principe and a shortage of indelible ink in two districts.

Braganca has rejected the results, saying thousands of his votes were wrongly counted as invalid. His campaign called a [[e3|march]] in the capital for Friday and asked the Constitutional Court to order a recount.

"We will not be robbed in silence," he told supporters outside his campaign office.

Neither Pontes nor Vaz Neto has won Braganca's endorsement, and analysts say his voters, many of them young and urban, will decide the [[e4|second round]].

The president of the island nation of about 230,000 people has limited powers, but appoints the prime minister and can dissolve parliament, and the last two heads of state clashed repeatedly with their governments."""),
dict(id="a2", source="Lusophone Africa Dispatch", published="2026-07-25",
     title="Tear gas in Sao Tome as third-placed candidate's supporters reject vote",
     text="""Police in Sao Tome fired tear gas on Friday to break up a [[e3|march]] by several hundred supporters of Januario Braganca, the businessman who came third in last Sunday's presidential [[e1|election]], witnesses said.

The [[e3|protest]] began peacefully outside the cathedral and headed towards the offices of the National Electoral Commission, where riot police blocked the road. At least eleven people were briefly detained, a police spokesman said.

Braganca, who won just under a fifth of the vote in the [[e1|first round]], says his votes were wrongly counted as invalid. The Constitutional Court is due to rule on his request for a recount next week.

Observers from the African Union, whose preliminary [[e2|findings]] on Tuesday described the [[e1|vote]] as broadly transparent, said they had received no formal complaint from his campaign.

"I voted for the first time, and now they tell me my vote is null," said Edna Lima, 19, a student who joined the [[e3|demonstration]]. "Then why did I queue for three hours?"

Aurelio Pontes, who led with 41.8 percent, will face Lurdes Vaz Neto in the [[e4|runoff]] on August 9. Vaz Neto urged calm on Friday and said electoral disputes belonged in court, not in the street. Pontes's campaign accused Braganca of "trying to win with stones what he lost at the ballot box".

Sao Tome and Principe has held peaceful, competitive elections since it moved to multiparty rule in 1991, and power has changed hands several times at the ballot box."""),
dict(id="a3", source="Atlantic Islands Review", published="2026-08-12",
     title="Mayor's comeback: how Vaz Neto turned Sao Tome's runoff around",
     text="""ANALYSIS - Three weeks ago Lurdes Vaz Neto trailed by almost nine points. On Sunday she beat Aurelio Pontes in the presidential [[e4|runoff]] with 52.4 percent of the vote.

Pontes [[e5|conceded]] on Tuesday. In a short [[e5|statement]] read on national radio, the former finance minister congratulated his rival and said he would not contest the result.

The outcome turned on the voters of Januario Braganca, the cocoa exporter who won 19.7 percent in the July 19 [[e1|first round]] and then spent a week disputing the count. Five days after that [[e1|vote]], his supporters' [[e3|march]] on the electoral commission ended in tear gas and eleven arrests, and the Constitutional Court later rejected his request for a recount.

Vaz Neto courted his voters quietly. She visited Braganca's home district of Lemba twice, promised a review of cocoa export taxes and never criticised the [[e3|protest]]. Braganca endorsed nobody, but turnout in Lemba rose by eight points in the [[e4|second round]].

The African Union observers' preliminary [[e2|report]], published two days after the [[e1|first round]], had warned about ink shortages and late-opening polling stations. Officials say both problems were fixed for Sunday's [[e4|poll]].

"Pontes ran as if the first result was a coronation," said Helder Sacramento, a political scientist in Lisbon. "She ran as if she was twenty points behind."

The governing party, which backed Pontes, still controls the National Assembly. Her inauguration is set for September 3."""),
]),
# ---------------------------------------------------------------------------- g03
dict(story="g03", topic="Pyla road dispute in the Cyprus buffer zone: assault on UN peacekeepers, UNFICYP reinforcements, negotiators' meeting, leaders' meeting and the road deal (Pyla and Nicosia, Cyprus)", events=[
    dict(e="e1", type="attack", date="2026-06-08", participants=["Turkish Cypriot police", "Turkish Cypriot construction workers",
         "UNFICYP peacekeepers"], location="Pyla"),
    dict(e="e2", type="deployment", date="2026-06-10", participants=["UNFICYP"], location="Pyla"),
    dict(e="e3", type="meeting", date="2026-06-16", participants=["Andreas Hadjipetrou", "Kemal Aksoylu", "Tove Marstrand"],
         location="Nicosia"),
    dict(e="e4", type="meeting", date="2026-06-23", participants=["President of Cyprus", "Turkish Cypriot leader", "Tove Marstrand"],
         location="Nicosia"),
    dict(e="e5", type="agreement", date="2026-06-23", participants=["President of Cyprus", "Turkish Cypriot leader"],
         location="Nicosia"),
], tricky=[("e3", "e4", "the two negotiators' talks at the UN compound on Tuesday June 16 vs the two leaders' meeting at the same compound a week later, same road, same UN envoy")],
note="The UN spokesman's condemnation, the Turkish Cypriot authorities' reply, the Cypriot government's call on the "
     "Security Council, the road works themselves, the UN statement after the negotiators' talks, the leaders' "
     "previous meeting in January, the reunification plans and talks of 2004 and 2017, the suggested arrangements "
     "for Deneia and Athienou and the 1974 division are side / background events.",
articles=[
dict(id="a1", source="Eastern Mediterranean Wire", published="2026-06-09",
     title="UN peacekeepers injured in Cyprus buffer zone scuffle",
     text="""NICOSIA - Four United Nations peacekeepers were injured on Monday when Turkish Cypriot police officers and construction workers [[e1|attacked]] them in the buffer zone near the mixed village of Pyla, the UN mission in Cyprus said.

The peacekeepers, from the mission's Slovak contingent, had parked two vehicles across a dirt track to stop bulldozers widening a road that would link Pyla with the Turkish Cypriot north. Video posted online showed several men in work clothes and police uniforms surrounding the soldiers.

Two of the injured were taken to hospital in Larnaca with head and hand wounds. The mission's spokesman, Daniel Ferreira, called the [[e1|assault]] "unacceptable" and said the road was an unauthorised change to the status quo in the buffer zone.

Turkish Cypriot authorities said the peacekeepers had provoked the workers and that the road was a humanitarian project for villagers who now drive a long detour to reach the north.

The UN Peacekeeping Force in Cyprus (UNFICYP) said it would [[e2|reinforce]] its positions around Pyla in the coming days. The Cypriot government called on the UN Security Council to respond.

Pyla is the only village in the 180-km buffer zone where Greek Cypriots and Turkish Cypriots still live side by side, with a Greek Cypriot coffee shop on one side of the square and a Turkish Cypriot one on the other. The island has been divided since 1974, and UN-led reunification talks have been stalled since 2017."""),
dict(id="a2", source="Nicosia Herald", published="2026-06-11",
     title="UN sends extra troops to Pyla; negotiators to meet next week",
     text="""About 50 additional peacekeepers [[e2|moved]] into positions around Pyla on Wednesday, two days after UN soldiers were [[e1|beaten]] by Turkish Cypriot police and workers at a road construction site outside the village.

The [[e2|deployment]], which UNFICYP described as "temporary and defensive", added two observation posts and a line of concrete blocks across the disputed track. The troops, Slovaks and Argentines from the mission's reserve, patrolled the edge of the village in pairs through the afternoon. Bulldozers stood idle at the site.

Government spokesman Stelios Angelides said it was not enough. "[[e2|Reinforcing]] the line is necessary, but it does not reverse what happened on Monday," he said. "Those who raised their hands against blue helmets must face justice."

Two of the four soldiers injured in Monday's [[e1|scuffle]] remain in hospital in Larnaca, one with a fractured wrist.

The UN announced on Wednesday evening that negotiators for the two communities would [[e3|meet]] under its auspices on Tuesday to discuss the road, their first formal contact since the [[e1|incident]].

In Pyla, residents of both communities said they wanted the road question settled quickly. "We share a coffee shop, we share a football pitch," said Nikos Economides, 67, a retired teacher. "Now we share a checkpoint."

Mustafa Eroglu, who runs a grocery on the Turkish Cypriot side of the square, said he understood why the road was wanted. "For us it is twenty minutes to the hospital instead of one hour," he said. "But not like this, not with fists.\""""),
dict(id="a3", source="Levant and Cyprus Report", published="2026-06-17",
     title="Cyprus negotiators narrow gap on Pyla road; leaders to meet",
     text="""NICOSIA - Greek Cypriot and Turkish Cypriot negotiators made "real progress" on the disputed Pyla road at [[e3|talks]] on Tuesday, the United Nations said, clearing the way for the two leaders to [[e4|meet]] next week.

Andreas Hadjipetrou and Kemal Aksoylu [[e3|met]] for four hours with the UN envoy Tove Marstrand at the UN compound next to Nicosia's disused airport. A UN statement said they had discussed a proposal under which UNFICYP would supervise the road's completion and staff a checkpoint at its northern end.

Hadjipetrou called the [[e3|session]] "constructive but not decisive". Aksoylu said the Turkish Cypriot side wanted "a road, not a new line on the map".

The leaders' [[e4|meeting]], set for June 23 at the same compound, will be their first since January.

Tensions flared on June 8, when Turkish Cypriot police and workers [[e1|assaulted]] four Slovak peacekeepers who had blocked bulldozers at the edge of Pyla, the only village in the buffer zone with residents from both communities. UNFICYP [[e2|sent]] about 50 extra troops to the village two days later, and work on the road has been frozen since.

"Roads in the buffer zone are never just roads," said Elif Yontem, a researcher at a Nicosia think tank that works with both communities. "Every metre of asphalt is read as a claim. The negotiators have to make it boring again."

Diplomats said the most difficult point was policing: who would patrol the road once it opens, and whether Turkish Cypriot police could use it."""),
dict(id="a4", source="Island Affairs Weekly", published="2026-06-29",
     title="Pyla deal shows how Cyprus diplomacy works now: small, slow and local",
     text="""ANALYSIS - When the two Cypriot leaders shook hands at the UN compound in Nicosia last Tuesday, the subject was something that would have looked minor a month ago: a single road.

Under the [[e5|deal]] reached at their [[e4|meeting]], the road from Pyla to the north will be finished under UN supervision, a joint checkpoint staffed by UNFICYP will sit at its northern end, and Turkish Cypriot police will not enter the buffer zone. Villagers on both sides will be able to use it.

Getting there took just over two weeks. On June 8, Turkish Cypriot police and workers [[e1|attacked]] peacekeepers who had blocked the bulldozers. Two days later the UN [[e2|rushed]] 50 more troops into the village. A week after that, the two chief negotiators [[e3|met]] to draft the framework that the leaders' [[e5|agreement]] largely follows.

"It is the opposite of the grand plans of 2004 and 2017," said Marios Petrides, a retired diplomat. "Nobody promised federation. They promised a checkpoint. It may be the only kind of promise Cypriots believe now."

The UN envoy, Tove Marstrand, said after the leaders' [[e4|talks]] that the [[e5|accord]] should be "a template, not an exception", and suggested similar arrangements for two other disputed tracks near Deneia and Athienou.

Critics on both sides were quick to speak. Greek Cypriot nationalists said the [[e5|arrangement]] rewarded violence; Turkish Cypriot hardliners called it a surrender of policing rights.

Still, the bulldozers are due back in Pyla on Monday, this time with a UN escort."""),
]),
# ---------------------------------------------------------------------------- g04
dict(story="g04", topic="gas flaring dispute at an offshore oil field: the energy ministry's letter, the consortium's reply letter, the deadline, the ecology ministry's fine and a settlement (Atyrau and Astana, Kazakhstan)", events=[
    dict(e="e1", type="letter", date="2026-10-01", participants=["Ministry of Energy of Kazakhstan", "Kuryk Offshore Petroleum"],
         location="Astana"),
    dict(e="e2", type="letter", date="2026-10-06", participants=["Kuryk Offshore Petroleum", "Ministry of Energy of Kazakhstan"],
         location="Atyrau"),
    dict(e="e3", type="deadline", date="2026-10-15", participants=["Ministry of Energy of Kazakhstan", "Kuryk Offshore Petroleum"],
         location=None),
    dict(e="e4", type="sanction", date="2026-10-16", participants=["Ministry of Ecology and Natural Resources of Kazakhstan",
         "Kuryk Offshore Petroleum"], location="Astana"),
    dict(e="e5", type="agreement", date="2026-10-22", participants=["Kazakhstan", "Kuryk Offshore Petroleum"], location="Astana"),
], tricky=[("e1", "e2", "the energy ministry's letter to the consortium on October 1 vs the consortium's reply letter to the ministry on October 6, same dispute, opposite senders")],
note="The threatened arbitration, KOP's announced appeal against the fine, the 2019 flaring agreement, the 2023 claims "
     "against other oil projects, the outage at the onshore gas plant, the ecology ministry's own statement, the "
     "share-price fall and the audits of two other fields are side / background events. 'Both letters' covers e1 and e2 and is not marked.",
articles=[
dict(id="a1", source="Central Asia Energy Wire", published="2026-10-02",
     title="Kazakhstan demands end to gas flaring at offshore field",
     text="""ASTANA - Kazakhstan's energy ministry has ordered the operator of the offshore Zhaiyk-Teniz oil field to stop routine gas flaring and pay for environmental damage, setting a [[e3|deadline]] of October 15, according to a [[e1|letter]] seen by Central Asia Energy Wire.

The [[e1|letter]], sent on Thursday to Kuryk Offshore Petroleum (KOP), says the consortium burned 1.9 billion cubic metres of associated gas last year, more than four times the volume allowed under its permit. It asks KOP to submit a plan to capture the gas and to pay 212 billion tenge ($420 million) into a regional environmental fund.

If the company fails to comply by the [[e3|deadline]], the ministry "reserves the right to apply all measures provided by law", the [[e1|letter]] says.

KOP, owned by Italy's Ferrante Energia, the Dutch firm Noordkaap Oil and a Kazakh state holding, declined to comment. People familiar with the matter said it would [[e2|reply]] in writing early next week.

Zhaiyk-Teniz, about 60 km off the coast south of Atyrau, started producing in 2022 and pumps about 180,000 barrels a day.

Kazakhstan has pressed foreign-led oil ventures harder since 2023, when it filed multibillion-dollar claims against the partners in two of its largest projects over costs and environmental breaches.

"The flaring numbers are not in dispute; the satellites see them," said Aigerim Bekova, an energy analyst at an Almaty brokerage. "What is in dispute is who pays, and how much.\""""),
dict(id="a2", source="Steppe Business Daily", published="2026-10-07",
     title="Offshore consortium rejects flaring demands, hints at arbitration",
     text="""The consortium that runs the Zhaiyk-Teniz oil field has refused to pay the 212 billion tenge sought by the energy ministry, saying in a [[e2|reply]] sent on Tuesday that its gas flaring was covered by a 2019 agreement with the government.

In the four-page [[e2|letter]], signed by Kuryk Offshore Petroleum's chief executive, Matteo Ravasi, the company calls the ministry's figures "inflated" and blames the extra flaring on a months-long outage at a state-owned gas processing plant onshore. It offers to present a gas-capture plan by the end of the year but refuses any payment, and warns that it "will defend its rights under the production sharing agreement, including through international arbitration".

The ministry, which [[e1|wrote]] to KOP last Thursday, confirmed it had received the [[e2|response]] and was "studying it". Its [[e3|deadline]] of October 15 still stands, a spokesman, Daniyar Seitkali, told Steppe Business Daily.

"Both letters are written for lawyers," said Aigerim Bekova, an energy analyst at an Almaty brokerage. "The ministry wants money and a plan. The company offers a plan and no money. There is a deal somewhere in the middle, but neither side can be seen to blink first."

Shares in Ferrante Energia, the Italian company that holds 40 percent of the consortium, fell 2.1 percent in Milan on Wednesday.

Environmental groups in Atyrau welcomed the ministry's pressure. "For ten years the flares have been lit day and night, and for ten years everybody said it was temporary," said Gulnara Utepova of the Caspian Coast Alliance."""),
dict(id="a3", source="Caspian Monitor", published="2026-10-17",
     title="Kazakhstan fines Zhaiyk-Teniz operator as flaring deadline passes",
     text="""ATYRAU - Kazakhstan's ecology ministry on Friday [[e4|fined]] Kuryk Offshore Petroleum 305 billion tenge ($600 million) for excess gas flaring at the Zhaiyk-Teniz field, a day after a government [[e3|deadline]] for the consortium to settle the dispute passed without a deal.

The [[e4|penalty]] is higher than the 212 billion tenge the energy ministry had demanded in its [[e1|letter]] of October 1, because it adds interest and damage to fish stocks in the northern Caspian, the ecology ministry said in a statement.

KOP said it would appeal against the [[e4|fine]] in court. In its [[e2|reply]] to the energy ministry on October 6, the consortium had blamed an outage at a state gas plant for the flaring and hinted at international arbitration.

The [[e3|ultimatum]] expired at midnight on Thursday. Officials said the company had sent a draft gas-capture plan on Wednesday evening but no payment.

In the fishing village of Damba, 40 km from the field, the news was welcomed. "They have burned our air for years," said Serik Abenov, 58. "Now they burn some money."

A government source said talks with the consortium were still possible and that the ecology ministry's [[e4|fine]] could be reduced if KOP agreed to a binding timetable for the capture plant.

Analysts say the size of the [[e4|sanction]] is a signal to other foreign investors in the Caspian. "Astana is showing that environmental permits now have teeth," said Ruslan Ermekov of a consultancy in Almaty."""),
dict(id="a4", source="Eurasia Markets Weekly", published="2026-10-23",
     title="Zhaiyk-Teniz settlement: Astana gets its gas plan, KOP gets a discount",
     text="""Kazakhstan and the partners in the Zhaiyk-Teniz oil field signed a [[e5|settlement]] in Astana on Thursday, ending three weeks of escalating pressure over gas flaring at the offshore field.

Under the [[e5|agreement]], Kuryk Offshore Petroleum will pay 150 billion tenge ($295 million) into a regional environmental fund, build a gas reinjection unit by 2028 and drop its threat of arbitration. In return the ecology ministry will halve the [[e4|fine]] it imposed last Friday, and the energy ministry will extend the field's flaring permit on reduced terms until the unit is running.

The dispute moved fast. The energy ministry's [[e1|letter]] on October 1 demanded a capture plan and a payment. The consortium's defiant [[e2|answer]] five days later refused to pay anything. Then the October 15 [[e3|deadline]] came and went, and the next day the 305-billion-tenge [[e4|penalty]] landed.

"That [[e4|fine]] was the message," said Aigerim Bekova, an energy analyst at an Almaty brokerage. "Everything after it was choreography."

For Ferrante Energia and Noordkaap Oil, the [[e5|deal]] caps a liability that analysts had feared could exceed $1 billion.

For the government, it is a second win in three years against foreign partners in the Caspian, and a sign of how it intends to use environmental law. Officials say two other fields are being audited for flaring.

Residents of the coast are less impressed. "The money goes to a fund in Atyrau," said Gulnara Utepova of the Caspian Coast Alliance. "The flares stay lit until 2028.\""""),
]),
# ---------------------------------------------------------------------------- g05
dict(story="g05", topic="UN-sponsored prisoner-exchange talks between the Yemeni government and the Houthis: opening of the Muscat round, an agreement in principle, a Houthi statement accusing the government, and the signing of the final lists (Muscat, Oman)", events=[
    dict(e="e1", type="meeting", date="2026-04-07", participants=["Government of Yemen", "Houthis", "Office of the UN Special Envoy for Yemen",
         "International Committee of the Red Cross"], location="Muscat"),
    dict(e="e2", type="agreement", date="2026-04-12", participants=["Government of Yemen", "Houthis"], location="Muscat"),
    dict(e="e3", type="statement", date="2026-04-16", participants=["Houthis"], location="Sanaa"),
    dict(e="e4", type="agreement", date="2026-04-21", participants=["Government of Yemen", "Houthis"], location="Muscat"),
], tricky=[("e2", "e4", "the agreement in principle to swap about 900 detainees on April 12 vs the signing of the final name lists on April 21, same talks in Muscat, same parties")],
note="The exchange flights themselves (a release, no type), the April 2023 exchange, the families' vigil in Aden and Sanaa, "
     "the government's denial of the Houthi accusation, the Houthi threat to walk out, the next round on missing persons "
     "the ICRC's logistics and the 2022 truce are side / background events.",
articles=[
dict(id="a1", source="Arabian Peninsula Wire", published="2026-04-08",
     title="Yemen's warring sides open prisoner talks in Muscat",
     text="""MUSCAT - Delegations from Yemen's internationally recognised government and the Houthi movement began UN-sponsored [[e1|talks]] in the Omani capital on Tuesday on a new exchange of detainees, the UN envoy's office said.

The [[e1|negotiations]], co-chaired by the International Committee of the Red Cross, aim to free about 900 prisoners held by the two sides, among them journalists, civil servants and fighters captured on the front lines around Marib and Taiz.

The government delegation is led by Nabil al-Asbahi, a deputy minister for human rights. The Houthi team is headed by Fadhl al-Qudami, who took part in earlier rounds. Both men told reporters on arrival that they expected difficult discussions over names.

Officials said the [[e1|round]] could last up to two weeks and would take place behind closed doors at a hotel outside the city.

The last large exchange, in April 2023, freed nearly 900 people in three days of flights between Yemeni and Saudi airports. Since then, talks on further releases have repeatedly stalled over disputed lists and over a handful of prominent detainees.

"Families have been waiting for years, some without a single phone call," said Ayesha Rahimi, a spokeswoman for the UN envoy's office. "Every name on these lists is a household."

Relatives of detainees held vigils in Aden and Sanaa on Tuesday evening, holding photographs of missing sons and fathers. Oman, which has mediated between the Houthis and Saudi Arabia for years, is hosting the [[e1|meeting]] at the request of the United Nations."""),
dict(id="a2", source="Gulf Observer", published="2026-04-13",
     title="Yemen's rivals agree in principle to swap 900 prisoners",
     text="""Yemen's government and the Houthis [[e2|agreed]] in principle on Sunday to exchange about 900 detainees, after six days of [[e1|talks]] in Muscat, UN officials said.

Under the preliminary [[e2|deal]], the Houthis would free about 300 people, including four journalists and more than a dozen Saudi and Sudanese nationals, and the government and its allies would release about 600 Houthi fighters and supporters.

The two sides must still match the names on their lists and settle the cases of several senior figures. UN officials said they expected a final [[e4|agreement]] on the lists to be signed "within ten days", after which the ICRC would need about two weeks to interview detainees and organise flights.

"This is the most serious progress we have seen in three years," said Ayesha Rahimi, a spokeswoman for the UN envoy's office. "But a handshake is not a list. The hard part is the paper."

The [[e2|breakthrough]] came after Oman's foreign ministry joined the [[e1|sessions]] on Saturday to help resolve a dispute over prisoners from the Marib front, according to two people close to the delegations.

In Sanaa, the Houthi-run Saba news agency hailed the [[e2|accord]] as proof that the government "cannot ignore the will of the Yemeni people". A government minister in Aden said it was "a humanitarian step, not a political one".

Fighting has largely subsided since a UN-brokered truce in 2022, but sporadic clashes continue, and the two sides remain far apart on a wider political settlement."""),
dict(id="a3", source="Red Sea Dispatch", published="2026-04-22",
     title="Final lists signed for Yemen prisoner exchange after Houthi threat",
     text="""The Yemeni government and the Houthis [[e4|signed]] the final lists for an exchange of 894 detainees in Muscat on Tuesday, nine days after they [[e2|agreed]] to the swap in principle, the United Nations said.

The [[e4|accord]] nearly fell apart. Last Thursday the Houthis said in a [[e3|statement]] that the government had quietly removed 40 names from its lists, including several men the group considers commanders, and threatened to walk out of the Muscat [[e1|talks]]. "The other side is playing with the lives of prisoners and their mothers," the [[e3|statement]] said.

The government denied removing any names and said the Houthis had added detainees who did not exist. UN mediators spent the weekend going through the lists line by line with both delegations, according to a diplomat briefed on the process.

In the end, 36 of the disputed names were restored. The [[e4|deal]] signed on Tuesday commits the Houthis to free 298 people and the government side to release 596.

The International Committee of the Red Cross said it would begin interviewing detainees this week and expected the first flights between Sanaa, Aden and Saudi Arabia in early May.

"Tuesday's [[e4|signature]] is a relief, not a celebration," said Ayesha Rahimi, a spokeswoman for the UN envoy's office. "Until the planes land, nobody is free."

The two delegations are due to meet again in June to discuss detainees who remain unaccounted for, a far more difficult file."""),
]),
# ---------------------------------------------------------------------------- g06
dict(story="g06", topic="fuel tanker explosion: deaths of villagers collecting petrol, arrest of the driver, the government's emergency funding, Kenya's donation of burn supplies and a presidential committee's report (Chalinze, Pwani Region, Tanzania)", events=[
    dict(e="e1", type="casualties", date="2026-01-20", participants=["residents of Mdaula"], location="Chalinze"),
    dict(e="e2", type="arrest", date="2026-01-21", participants=["Tanzania Police Force", "tanker driver"], location="Morogoro"),
    dict(e="e3", type="support", date="2026-01-22", participants=["Government of Tanzania"], location="Kibaha"),
    dict(e="e4", type="support", date="2026-01-24", participants=["Government of Kenya", "Muhimbili National Hospital"],
         location="Dar es Salaam"),
    dict(e="e5", type="report", date="2026-01-30", participants=["presidential committee on the Chalinze explosion"],
         location="Dodoma"),
], tricky=[("e3", "e4", "the Tanzanian government's emergency funding for treatment and burials on Thursday vs Kenya's airlifted donation of burn supplies on Saturday, same victims, two days apart")],
note="The overturning of the tanker and the explosion itself, the appeal for blood donors, the driver's court charge, "
     "the burials, the DNA testing centre, the committee's appointment and its recommendations, the driver's bail and the August 2019 "
     "Morogoro tanker explosion are side / background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="East Africa Wire", published="2026-01-21",
     title="Fuel tanker explosion kills 31 in Tanzania",
     text="""DAR ES SALAAM - At least 31 people were [[e1|killed]] on Tuesday when an overturned fuel tanker exploded as villagers were collecting petrol from it near Chalinze, about 100 km west of Dar es Salaam, police said.

The tanker, carrying 36,000 litres of petrol to Morogoro, left the road on a bend near the village of Mdaula at about 4 p.m. Within minutes, dozens of people from nearby homes and a roadside market had gathered with jerrycans and buckets, witnesses said. The blast came about half an hour later and set fire to several houses and motorcycles.

More than 70 people with burns were taken to Tumbi Referral Hospital in Kibaha and to Muhimbili National Hospital in Dar es Salaam, the Pwani regional police commander, Joseph Mwakalinga, said. Many are in a critical condition.

Police said on Wednesday they had [[e2|arrested]] the tanker's driver at a guest house in Morogoro. He left the scene on foot shortly after the crash and is being questioned on suspicion of reckless driving and failing to report an accident.

"I told my son not to go. He said everybody was going," said Halima Said, who was searching for her 17-year-old at Tumbi hospital.

Hospitals in the region appealed for blood donors on Wednesday morning.

Similar disasters have claimed hundreds of lives across Africa in recent years. In August 2019, more than 100 people died after a tanker exploded in Morogoro town as crowds collected spilled fuel."""),
dict(id="a2", source="The Coastal Mirror", published="2026-01-23",
     title="Chalinze blast toll rises to 47 as government releases emergency funds",
     text="""The [[e1|death toll]] from Tuesday's tanker explosion near Chalinze rose to 47 on Thursday, health officials said, as doctors at two hospitals struggled to treat dozens of people with severe burns.

The government on Thursday released 1.5 billion shillings ($590,000) in emergency [[e3|funding]] for the treatment of the injured and the burial of the dead, the Prime Minister's Office said. The [[e3|allocation]] will also pay for counselling for families in Mdaula, where most of the victims lived.

Kenya's health ministry said it would [[e4|send]] burn dressings, skin substitutes and intravenous fluids by air on Saturday, after a request from Tanzanian doctors.

"We are using in one day what we normally use in a month," said Dr Neema Kisanga, who heads the burns unit at Tumbi Referral Hospital in Kibaha. "Many of these patients will need surgery for weeks."

The tanker's driver, whom police [[e2|picked up]] in Morogoro on Wednesday, was charged on Thursday with reckless driving. His lawyer said he had tried to warn villagers away before fleeing.

In Mdaula, residents buried eleven of the dead on Thursday afternoon in a field behind the primary school. Many bodies have not been identified, and the government has set up a DNA testing centre in Kibaha.

"They did not see fuel. They saw school fees, a week of food," said Abdallah Mfaume, a village elder. "Poverty brought them to that road."

The government has appointed a committee to investigate the disaster and [[e5|report]] within ten days."""),
dict(id="a3", source="Afya Health Journal", published="2026-01-26",
     title="Kenyan burn supplies reach Dar hospitals treating Chalinze victims",
     text="""Kenya [[e4|flew]] 4.2 tonnes of burn dressings, skin-graft kits and intravenous fluids to Dar es Salaam on Saturday for survivors of last Tuesday's tanker explosion near Chalinze, the Kenyan High Commission said.

The [[e4|donation]], carried on a Kenya Air Force transport plane, was handed to Muhimbili National Hospital, which is treating 29 of the most seriously burned patients. Some of the dressings were driven on to Tumbi Referral Hospital in Kibaha on Sunday.

"Before the Kenyan [[e4|supplies]] arrived we were rationing dressings and choosing whose wounds to change first," said a senior nurse at Muhimbili who asked not to be named.

The explosion has now [[e1|killed]] 52 people, after five more patients [[e1|died]] over the weekend. Doctors say about 20 others have burns covering more than half of their bodies.

The Tanzanian government's emergency [[e3|grant]] of 1.5 billion shillings, announced on Thursday, has so far paid for drugs, blood and the transport of bodies to home villages, officials in Kibaha said. Hospitals have asked for more, and the health ministry said it was discussing further help with the World Health Organization.

Burn care is one of the weakest links in East African health systems. Muhimbili has one specialist burns unit with 18 beds; the rest of the patients lie in general surgical wards.

"Every tanker disaster teaches us the same lesson, and then we forget it," said Dr Paul Minja, a plastic surgeon at the hospital."""),
dict(id="a4", source="Tanzania Weekly Review", published="2026-02-02",
     title="Chalinze inquiry blames brakes, bystanders and a slow police response",
     text="""A presidential committee investigating the tanker explosion that [[e1|killed]] 58 people near Chalinze on January 20 has found that the truck's brakes had not been serviced for 14 months and that police took more than 25 minutes to seal off the crash site.

The committee's [[e5|report]], handed to the President in Dodoma on Friday, says the first officers on the scene were outnumbered by villagers with jerrycans and did not call for reinforcements. It recommends that every police station on the central corridor be given cordon equipment and that transport companies fit tankers with tracking devices.

The [[e5|findings]] also criticise the owner of the tanker, a Dar es Salaam haulage firm, for sending the driver on a second overnight trip without rest. The driver, [[e2|arrested]] in Morogoro the day after the blast, is out on bail.

Relief for the victims has come from home and abroad. Two days after the disaster the government set aside 1.5 billion shillings in emergency [[e3|aid]], and Kenya [[e4|airlifted]] burn dressings and skin-graft kits to Muhimbili National Hospital later that week.

The committee's chairman, retired judge Fatma Khamis, said the country had ignored similar warnings after earlier disasters. "We wrote these recommendations in 2019," she said. "This time they must be carried out."

In Mdaula, where most of the dead came from, residents said the [[e5|report]] changed little. "The road is the same, the bend is the same," said Abdallah Mfaume, a village elder. "The next tanker will come.\""""),
]),
# ---------------------------------------------------------------------------- g07
dict(story="g07", topic="gold miners' highway blockade against a mercury decree: the blockade, a dynamite attack on a police checkpoint, the arrest of 23 miners, the arrest of the federation's leader and a deal with the mining ministry (Patacamaya, Lahuachaca, El Alto and La Paz, Bolivia)", events=[
    dict(e="e1", type="protest", date="2026-05-04", participants=["Federation of Gold Mining Cooperatives of La Paz"],
         location="Patacamaya"),
    dict(e="e2", type="attack", date="2026-05-06", participants=["cooperative miners", "Bolivian Police"], location="Lahuachaca"),
    dict(e="e3", type="arrest", date="2026-05-07", participants=["Bolivian Police", "cooperative miners"], location="Patacamaya"),
    dict(e="e4", type="arrest", date="2026-05-10", participants=["Bolivian Police", "Efrain Choque"], location="El Alto"),
    dict(e="e5", type="agreement", date="2026-05-13", participants=["Ministry of Mining and Metallurgy",
         "Federation of Gold Mining Cooperatives of La Paz"], location="La Paz"),
], tricky=[("e3", "e4", "police detaining 23 miners while clearing the highway at Patacamaya at dawn on Thursday vs the arrest of the federation's leader in El Alto on Sunday, same blockade, three days apart")],
note="The mercury decree itself, the government's statements, the talks at the mining ministry that led to the deal, "
     "Choque's release on bail, the charges, the police operation that cleared the road on May 7 (apart from the "
     "arrests), the stranded trucks and the shortages in La Paz and Patacamaya are side / background events. The blockade is dated to its first day.",
articles=[
dict(id="a1", source="Andean Press Service", published="2026-05-07",
     title="Bolivian police arrest 23 miners after dynamite attack on checkpoint",
     text="""LA PAZ - Bolivian police [[e3|arrested]] 23 gold miners early on Thursday as they cleared a highway [[e1|blockade]] south of La Paz, a day after miners [[e2|hurled]] sticks of dynamite at a police checkpoint and set it on fire, the government said.

Nine officers were injured in Wednesday's [[e2|attack]] on the checkpoint at Lahuachaca, on the main highway between La Paz and Oruro.

Members of the Federation of Gold Mining Cooperatives of La Paz have [[e1|blocked]] the highway at Patacamaya since Monday, demanding that the government scrap a decree that limits the use of mercury in gold processing.

About 400 police officers moved in with tear gas before dawn on Thursday and removed rocks and burning tyres from the road. The 23 miners [[e3|detained]] in the operation were taken to La Paz to be charged with obstruction and public disorder, a police spokesman said.

The federation's leader, Efrain Choque, called the [[e3|detentions]] "a declaration of war against working people" and said the [[e1|blockade]] would be back "within hours".

Hundreds of trucks and buses have been stranded on the Altiplano since the start of the week, and some markets in La Paz reported shortages of vegetables and chicken on Wednesday.

The government says mercury from small-scale gold mining is poisoning rivers in the Amazon lowlands and that the decree is required under an international convention Bolivia has ratified. Cooperative miners, a powerful political force, say the rules would put thousands of small operations out of business."""),
dict(id="a2", source="Altiplano Times", published="2026-05-11",
     title="Miners' leader arrested in El Alto as blockade enters second week",
     text="""Police [[e4|arrested]] Efrain Choque, the leader of La Paz's gold mining cooperatives, at his home in El Alto on Sunday and charged him with instigating last Wednesday's [[e2|assault]] on a police checkpoint at Lahuachaca, in which nine officers were hurt.

His [[e4|arrest]] came three days after officers [[e3|rounded up]] 23 miners while clearing the La Paz-Oruro highway at Patacamaya. Those miners were released on Saturday but still face charges of obstruction.

The [[e1|blockade]], broken up by police on Thursday morning, was back in place by the afternoon, and on Sunday night several hundred miners were camped on the road. It has now cut the country's main highway for a week.

Choque's lawyer, Veronica Mamani, said her client had been "kidnapped by the state" and had been nowhere near Lahuachaca when the checkpoint was [[e2|set ablaze]]. The government says it has video of him addressing miners at the site an hour before.

"The federation cannot use dynamite as a negotiating tool," said a government ministry spokesman, Ruben Aliaga. "The door to dialogue is open, the road must be opened too."

Officials at the mining ministry said on Sunday they were ready to receive a federation delegation on Wednesday to discuss a delay in applying the mercury decree.

In Patacamaya, shopkeepers said they had run out of bottled gas and flour. "They want to save their jobs, and they are killing ours," said Juana Condori, who runs a roadside restaurant that has been closed since the [[e1|protest]] began."""),
dict(id="a3", source="Southern Cone Review", published="2026-05-18",
     title="Bolivia's gold miners lift blockade and win delay on mercury rules",
     text="""ANALYSIS - Bolivia's gold cooperatives ended their nine-day [[e1|blockade]] of the La Paz-Oruro highway on Wednesday night after a [[e5|deal]] with the mining ministry that postpones the government's mercury decree by 18 months.

The [[e5|agreement]], signed in La Paz after eleven hours of talks, also sets up a fund to help cooperatives buy mercury-free processing equipment and lets them register gold buyers in stages. In return the federation promised to lift its [[e1|roadblocks]] and stop "all acts of violence".

That clause was aimed at the worst day of the dispute. On May 6, miners [[e2|attacked]] the police checkpoint at Lahuachaca with dynamite, injuring nine officers and burning the building to the ground. Police [[e3|detained]] 23 miners at Patacamaya at dawn the next day, and on May 10 they [[e4|arrested]] the federation's leader, Efrain Choque, at his home in El Alto.

Choque was released on bail on Thursday under the [[e5|accord]], although the charges against him stand. He returned to Patacamaya to a hero's welcome.

Analysts say the government gained little. "It lost a week of highway traffic and then gave the cooperatives almost everything they asked for," said Marcela Quiroga, an economist at a university in Cochabamba. "The lesson every sector will draw is that roadblocks work."

The environmental case has not gone away. Researchers have found mercury levels above international limits in fish and in the hair of indigenous communities along several Amazon rivers, and Bolivia is one of the world's largest importers of the metal."""),
]),
# ---------------------------------------------------------------------------- g08
dict(story="g08", topic="insurgent violence in Thailand's Deep South: a motorcycle bomb at a Yala market, an ambush on rangers in Rueso two days later, the BRN's denial, an extra ranger battalion sent south and the arrest of two suspects (Yala and Narathiwat, Thailand)", events=[
    dict(e="e1", type="attack", date="2026-09-14", participants=["unidentified insurgents", "market traders and shoppers"],
         location="Yala"),
    dict(e="e2", type="attack", date="2026-09-16", participants=["unidentified gunmen", "Thai rangers"], location="Rueso"),
    dict(e="e3", type="statement", date="2026-09-17", participants=["Barisan Revolusi Nasional"], location=None),
    dict(e="e4", type="deployment", date="2026-09-18", participants=["Royal Thai Army", "Fourth Army Region"], location="Yala"),
    dict(e="e5", type="arrest", date="2026-09-21", participants=["Royal Thai Police", "two bombing suspects"],
         location="Bannang Sata"),
], tricky=[("e1", "e2", "the motorcycle bomb at the Yala morning market on Monday vs the ambush on a ranger patrol in Rueso, Narathiwat, on Wednesday, same insurgency, two days apart")],
note="The 2004 flare-up of the insurgency and its overall toll, the sealing-off of the market, the doubled "
     "checkpoints, the Malaysia-facilitated peace dialogue (its July round and the round due in October) and the "
     "suspects' access to lawyers are side / background events. Deaths and injuries are part of the attacks and are not marked separately.",
articles=[
dict(id="a1", source="Southeast Asia Wire", published="2026-09-14",
     title="Bomb at market in Thailand's Yala kills three",
     text="""YALA, Thailand - A bomb hidden in a parked motorcycle [[e1|exploded]] at a crowded morning market in the southern Thai city of Yala on Monday, killing three people and wounding at least 20, police said.

The [[e1|blast]] went off at about 6.40 a.m. between stalls selling fish and vegetables, police colonel Somchai Rattanapong told reporters at the scene. Among the dead were a fruit seller and her teenage son. Several of the wounded were in a serious condition at Yala Regional Hospital.

Soldiers sealed off the market and nearby streets while bomb-disposal officers checked other vehicles. Shop owners said the area had been packed with people buying food before schools opened.

No group has claimed the [[e1|bombing]]. Security officials said it bore the hallmarks of the Barisan Revolusi Nasional (BRN), the main insurgent group fighting for more autonomy for the Malay-Muslim majority provinces of Yala, Pattani and Narathiwat.

"The device was made to kill as many people as possible," said Rattanapong. "These are ordinary people buying breakfast."

More than 7,000 people have been killed since the insurgency flared again in 2004, although violence has declined in recent years. Thailand and the BRN have held on-and-off peace talks facilitated by Malaysia, most recently in July.

The market in Yala city has been hit before, but Monday's [[e1|attack]] was the deadliest in the province in more than two years, according to Deep South Watch, a monitoring group."""),
dict(id="a2", source="Krungthep Herald", published="2026-09-17",
     title="Two rangers killed in Narathiwat ambush; army to send extra troops south",
     text="""Gunmen [[e2|ambushed]] a ranger patrol in Narathiwat's Rueso district on Wednesday, killing two rangers and wounding three, two days after a market [[e1|bombing]] in neighbouring Yala killed four people.

The [[e2|ambush]] took place on a road through rubber plantations about 6 km from the district town, where a homemade bomb disabled the rangers' pickup truck before attackers opened fire from the trees, the Fourth Army Region said. The gunmen escaped on motorcycles.

The army said it would [[e4|send]] an additional ranger battalion, about 600 troops, from Songkhla to Yala and Narathiwat on Friday to guard markets, schools and roads. Checkpoints on roads into Yala city have already been doubled.

In a [[e3|statement]] posted online on Thursday, the BRN said it had no part in the Yala market [[e1|bombing]] and "does not target civilians". It made no reference to the [[e2|ambush]] in Rueso. Security officials dismissed the [[e3|denial]], saying the group often distances itself from attacks that kill civilians.

The toll from Monday's [[e1|blast]] rose to four on Wednesday when a 62-year-old trader died of his injuries.

"Every time there is a bomb, we close for three days, and then we open again because we have to eat," said Aminah Doloh, who sells curry at the Yala market and lost her stall.

Opposition politicians in Bangkok called on the government to revive the stalled peace dialogue rather than relying on more troops. A government spokesman said talks and security "go together"."""),
dict(id="a3", source="Peninsula Observer", published="2026-09-22",
     title="Thai police hold two suspects over Yala market bombing",
     text="""KUALA LUMPUR - Thai police have [[e5|arrested]] two men suspected of building the motorcycle bomb that [[e1|tore through]] a morning market in the southern city of Yala last Monday, killing four people, Thai officials said.

The two were [[e5|detained]] before dawn on Monday at a house in Bannang Sata district, about 30 km south of the city, where police said they found wires, fertiliser and mobile phone parts. One of them, a 24-year-old, is a former student at an Islamic boarding school in Pattani.

The [[e5|arrests]] followed a week of heavy security in the three southern provinces. About 600 extra rangers [[e4|arrived]] in the region on Friday, and the army has set up new checkpoints around markets and schools. Two days after the market [[e1|blast]], gunmen [[e2|ambushed]] a ranger patrol in Narathiwat's Rueso district, killing two.

The BRN, which [[e3|denied]] involvement in the [[e1|bombing]] last week, has not commented on the [[e5|arrests]]. Human rights lawyers in Pattani said the suspects had not yet been allowed to see a lawyer.

In Kuala Lumpur, Malaysia's facilitator for the peace process said the next round of dialogue between Bangkok and the BRN would go ahead as planned in October. "Violence on the ground is the reason to talk, not the reason to stop," he told reporters.

Malaysia shares a long border with Thailand's Deep South, and many residents on both sides have family across it."""),
dict(id="a4", source="Asia Security Review", published="2026-10-02",
     title="A bad week in Thailand's Deep South, and what it says about the peace dialogue",
     text="""ANALYSIS - It began on a Monday morning in Yala, when a bomb in a parked motorcycle [[e1|ripped through]] the city's busiest market and killed four people. Two days later, on a plantation road in Narathiwat, gunmen [[e2|attacked]] a ranger patrol, killing two.

The state's response followed a familiar script. On Friday of that week the army [[e4|moved]] an extra battalion of 600 rangers into Yala and Narathiwat. The following Monday, police [[e5|arrested]] two young men in Bannang Sata over the market [[e1|bombing]].

The most revealing moment came in between. On the Thursday, the Barisan Revolusi Nasional issued a [[e3|statement]] distancing itself from the Yala [[e1|attack]] while saying nothing about the [[e2|ambush]] of the rangers. Analysts read the silence as tacit acceptance of the second [[e2|operation]] and a sign that the group wants to be seen as fighting soldiers, not shoppers.

"The BRN's [[e3|denial]] is a message to Kuala Lumpur as much as to Bangkok," said Worawut Saengthong, a researcher on the conflict. "It is saying: we still control our people, and we still want a seat at the table."

If that is true, the [[e5|arrests]] are awkward. The suspects are young, locally recruited and, according to their families, had no known links to any armed group.

The Malaysian-facilitated dialogue is due to resume in October. For the traders of Yala, who reopened their stalls within three days, the question is simpler: whether the next bomb will come before or after the talks."""),
]),
# ---------------------------------------------------------------------------- g09
dict(story="g09", topic="Greek seamen's strikes over winter crew cuts: a 48-hour ferry strike, failed talks at the maritime ministry, the union's deadline, a second, 72-hour strike and a deal (Piraeus and the Aegean islands, Greece)", events=[
    dict(e="e1", type="protest", date="2026-11-03", participants=["Panhellenic Seamen's Federation"], location="Piraeus"),
    dict(e="e2", type="meeting", date="2026-11-06", participants=["Ministry of Maritime Affairs and Insular Policy",
         "Panhellenic Seamen's Federation", "Union of Coastal Passenger Shipowners"], location="Piraeus"),
    dict(e="e3", type="deadline", date="2026-11-09", participants=["Panhellenic Seamen's Federation", "Greece"], location=None),
    dict(e="e4", type="protest", date="2026-11-10", participants=["Panhellenic Seamen's Federation"], location="Piraeus"),
    dict(e="e5", type="agreement", date="2026-11-13", participants=["Ministry of Maritime Affairs and Insular Policy",
         "Panhellenic Seamen's Federation", "Union of Coastal Passenger Shipowners"], location="Piraeus"),
], tricky=[("e1", "e4", "the 48-hour ferry strike starting Tuesday November 3 vs the 72-hour strike starting Tuesday November 10, same union, same ports, a week apart")],
note="The ministry's draft rules, the shipowners' court application and the court's ruling, the military helicopter "
     "transfers, the rally outside the ministry on November 10, the second meeting at the ministry on Thursday November 12 that led to the deal, the union's 2024 "
     "two-day strike and the conditional 72-hour stoppage threatened in the Athens Courier are side / background "
     "events. 'two strikes in eight days' and 'the two stoppages' cover e1 and e4 and are not marked.",
articles=[
dict(id="a1", source="Hellenic Wire", published="2026-11-03",
     title="Greek ferries tied up as seamen start 48-hour strike",
     text="""PIRAEUS - Ferries stayed in port across Greece on Tuesday as seamen began a 48-hour [[e1|strike]] over crew cuts and pay, leaving thousands of island residents and travellers stranded.

The Panhellenic Seamen's Federation (PNO) called the [[e1|walkout]] after the maritime ministry published draft rules that would let operators sail with smaller crews between November and March, when passenger numbers fall. The union says the change would cost about 1,500 jobs and put safety at risk on older vessels.

The coast guard said 112 passenger ships and cargo ferries were tied up at Piraeus, Rafina, Lavrio and other mainland ports by midday. Some island hospitals asked for patients with urgent appointments in Athens to be flown by military helicopter.

"A ship in winter has the same engines and the same sea as a ship in summer," said PNO general secretary Yiannis Kourtidis. "Why should it have fewer hands?"

The Union of Coastal Passenger Shipowners said the rules were needed to keep loss-making winter routes running and accused the union of holding islanders hostage.

The maritime ministry invited both sides to [[e2|talks]] on Friday at its headquarters in Piraeus.

Seamen's strikes are frequent in Greece but usually last 24 hours. The union last called a two-day stoppage in 2024, over pay."""),
dict(id="a2", source="Athens Courier", published="2026-11-07",
     title="Ferry talks collapse; seamen set Monday deadline",
     text="""[[e2|Talks]] between the seamen's union, ferry owners and the maritime ministry broke down on Friday after the government refused to withdraw its plans for smaller winter crews.

The Panhellenic Seamen's Federation (PNO) then set a [[e3|deadline]] of midnight on Monday for the government to scrap the draft rules. If it is not met, the union's executive said, seamen would stop work for 72 hours from Tuesday morning.

The [[e2|meeting]], at the ministry's headquarters in Piraeus, lasted just over three hours. Union officials said the ministry had offered to limit the cuts to routes with fewer than 200 passengers a day, an offer they called "a salami slice".

"We came to negotiate and they came to inform us," said PNO general secretary Yiannis Kourtidis.

A ministry official said the government had shown flexibility and would not "legislate under threat". The shipowners' union said it would ask a court to declare any new action illegal.

This week's 48-hour [[e1|stoppage]] on Tuesday and Wednesday halted almost all ferry traffic in the Aegean and Ionian seas. Tourism businesses on the islands said it had cost them bookings for the long weekend, and supermarkets on smaller islands reported empty shelves of fresh milk and bread by Thursday.

On Naxos, the mayor asked the government to exempt supply ships from any future action. "We are not against the seamen," he said. "But an island cannot live on solidarity alone.\""""),
dict(id="a3", source="Aegean Islands Gazette", published="2026-11-11",
     title="Islands cut off again as seamen begin 72-hour strike",
     text="""NAXOS - For the second time in eight days, ferries stayed in port on Tuesday as Greek seamen began a 72-hour [[e4|strike]] against the government's plan to cut winter crews.

The [[e4|stoppage]] started at 6 a.m., six hours after the union's [[e3|ultimatum]] expired at midnight on Monday without a reply from the maritime ministry. A court in Piraeus had rejected the shipowners' request to declare it illegal late on Monday.

On Naxos, the harbour was empty except for fishing boats. Supermarkets rationed milk, and the island's health centre postponed non-urgent transfers to Athens. "Last week we lost two days, this week three," said Manolis Stamatakis, who runs a hardware shop in Chora. "My customers are builders. Without the boat, there is no cement."

Islanders say they had barely recovered from the 48-hour [[e1|strike]] of November 3 and 4, after which the first ferries arrived so overloaded that some passengers were turned away at the ramp.

The ministry said on Tuesday that it was ready to see the union again on Thursday. Its officials and the seamen last [[e2|sat down]] together on Friday, for three hours and without result.

Union leaders were unmoved. "The ships will stay where they are until Friday morning," said PNO general secretary Yiannis Kourtidis, speaking at a rally outside the ministry in Piraeus. "After that, it depends on them."

Greece has more than 100 inhabited islands, and about 20 of them have no airport."""),
dict(id="a4", source="Southeast Europe Business Review", published="2026-11-19",
     title="Greek ferry deal limits winter crew cuts after two strikes",
     text="""Greek ferry owners, the seamen's union and the maritime ministry [[e5|agreed]] last Friday on new rules for winter crewing, ending a dispute that had brought two strikes in eight days and cut off the islands for five days in all.

Under the [[e5|deal]], signed in Piraeus after an all-night session, smaller crews will be allowed on only 14 low-traffic routes, no permanent jobs will be lost, and seamen will get a 4 percent pay rise from January.

The sequence was textbook Greek labour relations. The union first [[e1|walked out]] for 48 hours on November 3. [[e2|Talks]] at the ministry that Friday failed within three hours. The union then set a [[e3|deadline]] for the following Monday, and when it passed, its members [[e4|struck]] again, this time for 72 hours.

The two stoppages cost ferry operators an estimated 18 million euros in lost fares and freight, according to the shipowners' union, and island businesses say their losses were larger.

"The government moved only when the second [[e4|strike]] began to empty supermarket shelves," said Eleni Vassilaki, a labour economist at the University of Piraeus. "Both sides now know exactly where the pain threshold is."

Shipping analysts expect the [[e5|agreement]] to raise winter operating costs by about 3 percent, which operators may pass on to ticket prices.

The seamen's union said it would watch the 14 routes closely. "One mistake, one accident, and we are back in port," Kourtidis said."""),
]),
# ---------------------------------------------------------------------------- g10
dict(story="g10", topic="explosions at an underground coal mine: deaths of miners in the first blast, death of a mines rescue volunteer in a second blast two days later, the state's announcement of a Board of Inquiry, a union stoppage across the Bowen Basin and the regulator's interim report (Moranbah, Queensland, Australia)", events=[
    dict(e="e1", type="casualties", date="2026-07-07", participants=["Carrow Creek North miners", "Eastwind Coal"],
         location="Moranbah"),
    dict(e="e2", type="casualties", date="2026-07-09", participants=["Queensland Mines Rescue Service", "Shane Kowalski"],
         location="Moranbah"),
    dict(e="e3", type="statement", date="2026-07-10", participants=["Queensland Government"], location="Brisbane"),
    dict(e="e4", type="protest", date="2026-07-14", participants=["Mining and Energy Union"], location="Bowen Basin"),
    dict(e="e5", type="report", date="2026-07-22", participants=["Resources Safety and Health Queensland"],
         location="Brisbane"),
], tricky=[("e1", "e2", "deaths of three miners in the first explosion on Tuesday July 7 vs the death of a rescue volunteer in a second explosion on Thursday July 9, same mine, two days apart")],
note="The explosions and the fire themselves, the regulator's order shutting the mine, the operator's statements, the "
     "Board of Inquiry's hearings and final report, the funerals, the vigil in Moranbah, the march in Moranbah "
     "during the stoppage, the 2020 Grosvenor mine explosion and its inquiry, and the union's "
     "earlier warnings about gas are side / background events. Only words for the deaths are marked for e1 and e2; "
     "'the four men killed' covers both and is not marked.",
articles=[
dict(id="a1", source="Pacific Rim Newswire", published="2026-07-08",
     title="Two miners killed in Queensland coal mine explosion",
     text="""BRISBANE - Two coal miners were [[e1|killed]] and three injured in an underground explosion at the Carrow Creek North mine near Moranbah in central Queensland on Tuesday, emergency services said.

The blast happened at about 2.30 p.m. in a longwall section about 280 metres below the surface, the mine's operator, Eastwind Coal, said. Nineteen other workers who were underground at the time reached the surface on foot or by transporter within an hour.

The three injured men were flown by helicopter to Mackay and then to Brisbane with burns and breathing injuries. One was in a critical condition on Wednesday.

The men who [[e1|died]] were a 34-year-old deputy from Mackay and a 51-year-old fitter from Moranbah, the company said.

Resources Safety and Health Queensland, the state's mine safety regulator, said its inspectors were at the site and had ordered all work at the mine to stop. A fire was still burning in the sealed section on Wednesday, and the Queensland Mines Rescue Service was monitoring gas levels from the surface.

"This is every mining family's worst fear," said Eastwind Coal's chief executive, Daniel Harrop. "We will cooperate fully with the regulator and with police."

The Mining and Energy Union said workers had raised concerns about methane readings in the section last month.

Queensland's underground coal mines have not had a fatal explosion in decades, but a methane blast at the Grosvenor mine in 2020 left five men with serious burns."""),
dict(id="a2", source="Bowen Basin Bulletin", published="2026-07-11",
     title="Rescue volunteer dies in second blast at Carrow Creek North",
     text="""MORANBAH - A volunteer with the Queensland Mines Rescue Service [[e2|died]] on Thursday when a second explosion tore through the Carrow Creek North mine, two days after the first blast [[e1|killed]] two miners.

Shane Kowalski, 41, a Moranbah electrician and father of three, was part of a team sealing the burning section of the mine when the gas ignited at about 11 a.m. Two other brigade members were hurt. His [[e2|death]] has shaken a town where almost every family has someone working underground.

A third miner injured in Tuesday's explosion [[e1|died]] in a Brisbane hospital on Wednesday night.

On Friday the state government [[e3|announced]] a Board of Inquiry into both explosions, with the powers of a royal commission. In its [[e3|statement]], the government said all underground mining at Carrow Creek North would remain suspended until the board reports.

"Shane went down to help his mates. That is who he was," said his brother-in-law, Trent Byrne, outside the family's home.

The Mining and Energy Union said it would hold a 24-hour [[e4|stoppage]] at coal mines across the Bowen Basin on Tuesday in memory of the dead and to demand tougher gas monitoring. The union's district president, Kerry Nolan, said workers had warned about methane readings in the section in June.

Eastwind Coal said it would support the families and cooperate with the inquiry. Its shares have fallen by a third since Tuesday.

A vigil is planned at the Moranbah Town Square on Sunday evening."""),
dict(id="a3", source="Brisbane Sentinel", published="2026-07-15",
     title="Bowen Basin miners down tools for Carrow Creek dead",
     text="""About 6,000 coal miners [[e4|walked off]] the job across the Bowen Basin on Tuesday, halting production at more than 20 mines to remember the four men killed at Carrow Creek North and to press for tougher gas rules.

The 24-hour [[e4|strike]], called by the Mining and Energy Union, began at 6 a.m. with a minute's silence at mine gates from Blackwater to Collinsville. In Moranbah, about 1,500 people marched from the union office to the town square.

The union wants the state to make real-time methane monitoring compulsory in every underground longwall and to give safety representatives the power to stop work without fear of discipline.

The government's [[e3|announcement]] on Friday of a Board of Inquiry had been welcomed by the union, but its district president, Kerry Nolan, said an inquiry was not enough. "We had an inquiry after Grosvenor," he said. "We got a report and a lot of promises."

Shane Kowalski, the rescue volunteer who [[e2|died]] in the second blast last Thursday, was buried on Monday in Moranbah. The three miners who [[e1|lost their lives]] in the first explosion on July 7 will be farewelled at a joint service later this month.

Queensland's mining industry body said the [[e4|stoppage]] had cost about 40 million dollars in lost output but that it "understood the grief of the workforce".

The state's mine safety regulator, Resources Safety and Health Queensland, is expected to publish an interim [[e5|report]] on the explosions next week."""),
dict(id="a4", source="Australian Resources Review", published="2026-07-24",
     title="Carrow Creek: regulator's interim findings point to methane warnings ignored",
     text="""Methane levels in the longwall section of the Carrow Creek North mine exceeded legal limits for more than 40 minutes before the first explosion on July 7, Queensland's mine safety regulator said in an interim [[e5|report]] on Wednesday.

The [[e5|report]] by Resources Safety and Health Queensland found that gas sensors had recorded the readings, but that alarms at the surface control room had been muted during maintenance. Three miners were [[e1|killed]] in that blast.

The regulator's [[e5|findings]] on the second explosion, which [[e2|killed]] mines rescue volunteer Shane Kowalski two days later, are more tentative. Investigators believe a seal being built around the burning section failed and let fresh air reach the fire, but they say more tests are needed.

Eastwind Coal said it had "acted on every alert it received" and would respond in detail to the Board of Inquiry, which the state government [[e3|announced]] on July 10 and which will hold its first public hearings in Mackay in September.

The interim [[e5|report]] is likely to strengthen the hand of the Mining and Energy Union, whose 24-hour [[e4|stoppage]] across the Bowen Basin on July 14 was the largest in the region in more than a decade.

"Muted alarms are the nightmare scenario," said Professor Anna Whitfield, a mining engineer at the University of Queensland. "Nobody should be surprised that the union wants sensors that cannot be switched off."

Analysts say Carrow Creek North is unlikely to reopen this year."""),
]),
]
