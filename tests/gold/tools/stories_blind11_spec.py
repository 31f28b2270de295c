"""Source of ../stories_blind11/articles.jsonl and ../stories_blind11/gold.jsonl.

ELEVENTH story set for the cross-article deduplication benchmark (stories_blind11): a BLIND set,
for reporting only.  It was written without running the timeline extractor or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering
rules, patterns or word lists; only the format of the earlier sets was consulted (the module
docstring and a few stories of stories_blind10_spec, build_stories.py, validate.py, a list of
the topics of the earlier story sets, DATASETS.md section 2).  Never use it for tuning: its
errors must never be read or used to change rules, word lists or thresholds; only its totals
are reported.  Once it has been used for tuning it is no longer blind and must be relabelled a
development set.

All articles are fiction written for this data set (invented outlets, people, companies,
clubs, vessels and events; real places and some real institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    cd /work/main && /tmp/venv/bin/python tests/gold/tools/build_stories.py \\
        --spec stories_blind11_spec --out tests/gold/stories_blind11

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events are
deliberately left unmarked, even when they have the same type as a gold event.  Side events
left out here include: the release of the Guyanese loggers and the 1969 and 2000 border
incidents, a Surinamese army spokesman's remarks, the storm red alert and a smaller army team
sent to the countryside after the Uruguayan tornadoes, arrests of looters, the footballers'
court appearance and bail, the club's and the bookmaker's statements, Gabonese border
screening, earlier unexplained deaths and the quarantine of contacts, the 2015 Sousse beach
attack, the Botswana mine workers' union statement, the funeral of a murdered party organiser,
the police presence on polling day, a Taiwanese company's denial, the EU "yellow card" of
2015, a developer's first statement defending its permit, the EPA's review of the permit, the
Cyprus government's own condemnation and the 2023 Pyla understanding.  Aggregate mentions
covering two gold events ("an exchange of notes", "the two twisters ... killed eight people",
"the two measures", "whether the two attacks were linked", "to meet both leaders"), negated,
conditional or hypothetical mentions ("a second flight was possible", "urged Washington to
block imports") and predicate nominals are not marked.  Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * deaths caused by a tornado are one `casualties` event per tornado (two tornadoes from the
    same storm on the same evening in two towns are a tricky pair); as with the tremor of an
    earthquake in the main set, the words for the tornado itself ("tornado", "twister") are not
    marked, only the death words ("killed", "died", "deaths", "death toll");
  * a gunman's shooting on a hotel beach, a raid on a National Guard post, an election-rally
    shooting and the assault of UN peacekeepers by road workers are `attack`; the deaths and
    injuries they cause are not separate events, and "killed" in such sentences is not marked;
  * a diplomatic protest note and the other side's reply note are two `letter` events (a
    tricky pair);
  * a UEFA betting-monitoring report, a health ministry's laboratory confirmation of a virus,
    a labour NGO's report, a fisheries agency's investigation report and a marine research
    institute's reef survey are `report`;
  * a football association's suspension of players, a gaming regulator's licence suspension,
    a U.S. customs import ban (withhold release order) and an environment agency's halt order
    with a fine are `sanction`;
  * WHO and Africa CDC expert teams sent to an outbreak town, soldiers sent to a storm-hit
    town and to beach resorts are `deployment`, dated to their arrival;
  * tour operators flying their customers out of a resort after an attack are `withdrawal`;
  * EU emergency funding and a Brazilian relief flight are `support`;
  * the expiry of a diamond sales agreement is a `deadline`, dated to the expiry;
  * a ministry's statement, a mining company's reply statement, an election commission's
    statement banning rallies (its mentions include "ban"), a developer's statement and a UN
    Secretary-General's statement are `statement`; a reporting verb is marked only where it is
    itself the lead mention of a gold statement ("the company ... said on Tuesday that ...");
  * foreign ministers' talks, final sales talks and a UN envoy's separate meetings with the
    two Cypriot leaders on consecutive days are `meeting` (multi-day talks are dated to their
    first day);
  * a release-and-commission deal, a sales agreement and a buffer-zone road accord are
    `agreement`;
  * detentions of loggers by soldiers, of footballers, of suspected accomplices, of gunmen, of
    a candidate's aide and of a ship's captain are `arrest`;
  * a rally in a capital and a flotilla of fishing boats around a dredger are `protest`;
  * a provincial council election is `election`.
"""

STORIES = [
# ---------------------------------------------------------------------------- y01
dict(story="y01", topic="detention of Guyanese loggers by Surinamese soldiers in a disputed forest, Guyana's protest note, Suriname's reply note, foreign ministers' talks and a release deal (New River Triangle, Guyana - Suriname)", events=[
    dict(e="e1", type="arrest", date="2026-02-09", participants=["Suriname National Army", "Guyanese loggers"],
         location="New River Triangle"),
    dict(e="e2", type="letter", date="2026-02-10", participants=["Guyana", "Suriname"], location="Georgetown"),
    dict(e="e3", type="letter", date="2026-02-12", participants=["Suriname", "Guyana"], location="Paramaribo"),
    dict(e="e4", type="meeting", date="2026-02-16", participants=["Guyana", "Suriname"], location="Paramaribo"),
    dict(e="e5", type="agreement", date="2026-02-17", participants=["Guyana", "Suriname"], location="Paramaribo"),
], tricky=[("e2", "e3", "Guyana's protest note over the detentions (Tuesday February 10) vs Suriname's reply note rejecting it (Thursday February 12), same two governments, same subject, two days apart")],
note="The release of the loggers at the Moleson Creek ferry (Thursday February 19), the Surinamese army spokesman's "
     "remarks, the 1969 clash and the 2000 oil-rig incident, the 2007 maritime ruling, the relatives' gathering in "
     "Orealla, opposition calls to go to CARICOM and the planned border commission session are background / side "
     "events. 'A sharp exchange of notes' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-02-11",
     title="Guyana protests to Suriname over detained loggers",
     text="""GEORGETOWN, Guyana - Guyana has [[e2|protested]] to neighbouring Suriname after Surinamese soldiers [[e1|detained]] nine Guyanese loggers in a remote stretch of rainforest claimed by both countries, officials in Georgetown said on Wednesday.

The men were [[e1|picked up]] on Monday at a logging camp on the upper New River, inside the area known as the New River Triangle, and taken by boat to a Surinamese army post, according to their employer, Corentyne Timber Works.

In a [[e2|note]] handed to Suriname's ambassador on Tuesday, Guyana's foreign ministry called the [[e1|detentions]] "a grave violation of Guyana's sovereignty" and demanded the release of the workers and the return of their equipment, which includes two skidders and a portable sawmill.

Suriname's foreign ministry confirmed it had received the [[e2|protest]] and said it would [[e3|respond]] "through the proper diplomatic channels" within days. An army spokesman in Paramaribo said the loggers had been "operating without any permit on Surinamese territory".

The triangle, roughly 15,000 square kilometres of forest between the New River and the Coeroeni, has been disputed since colonial times. The two countries' forces clashed there in 1969, and in 2000 Surinamese gunboats forced an oil rig out of waters claimed by both sides.

Relatives of the loggers gathered on Wednesday outside the company's office in Orealla, a village on the Corentyne River, waiting for news."""),
dict(id="a2", source="Berbice Daily Chronicle", published="2026-02-13",
     title="Suriname rejects Guyana's protest, says loggers broke its law",
     text="""NEW AMSTERDAM - Suriname on Thursday rejected Guyana's [[e2|protest]] over the [[e1|arrest]] of nine Berbice loggers, saying in a [[e3|reply]] that the men had been cutting timber illegally "several kilometres inside Surinamese territory".

The Surinamese [[e3|note]], delivered to the Guyana embassy in Paramaribo, said the loggers would be "dealt with under Surinamese law" and that their machines had been seized as evidence. It did not say whether they would be charged.

Foreign Minister Hugh Ramcharran told reporters in Georgetown that the [[e3|response]] was "disappointing but not the last word". He said he would travel to Paramaribo early next week to [[e4|meet]] his Surinamese counterpart, Ingrid Pinas-Amafo, and that Guyana's [[e2|note]] of Tuesday had been "firm and clear". Georgetown would not accept the men being tried in a Surinamese court, he added.

In Orealla, families said they had heard nothing from the men since soldiers [[e1|seized]] them on Monday. "My son went up the river to earn money for his children. Now he is a prisoner in another country," said Shirley Baksh, whose 24-year-old son is among the nine.

Devendra Persaud, manager of Corentyne Timber Works, said the company had held a concession in the area since 2019, issued by the Guyana Forestry Commission, and had "every right" to be there.

Opposition MPs urged the government to bring the dispute before the Caribbean Community."""),
dict(id="a3", source="Paramaribo Courant", published="2026-02-18",
     title="Suriname and Guyana agree to free loggers, revive border commission",
     text="""PARAMARIBO - Suriname and Guyana [[e5|agreed]] on Tuesday that nine Guyanese loggers held since their [[e1|arrest]] in a disputed border forest will be freed this week, and that a joint border commission will meet next month for the first time in six years.

The [[e5|agreement]] was announced at the end of two days of [[e4|talks]] between Foreign Minister Ingrid Pinas-Amafo and her Guyanese counterpart, Hugh Ramcharran, that opened on Monday at the foreign ministry on the Waterkant.

Under the [[e5|deal]], the nine men will be handed over at the ferry terminal in South Drain, near Nieuw Nickerie, but the two skidders and the sawmill seized at their camp will stay in Suriname until the commission has discussed the status of the area. Both ministers stressed that the arrangement did not affect either country's claim.

Pinas-Amafo said the [[e4|meeting]] had "lowered the temperature" after a sharp exchange of notes last week. Guyana [[e2|protested]] on February 10, a day after soldiers [[e1|detained]] the loggers at a camp on the upper New River, and Paramaribo [[e3|answered]] two days later that the men had been logging illegally on Surinamese soil.

Ramcharran called the outcome "a victory for good sense". Back in Georgetown, some opposition politicians said the government had given away too much by leaving the equipment behind.

The army said its patrols in the area, which Surinamese maps call the Tigri zone, would continue as normal."""),
dict(id="a4", source="Americas Policy Review", published="2026-02-23",
     title="A small forest, a big test for Guyana and Suriname",
     text="""ANALYSIS - The nine Guyanese loggers who stepped off the ferry at Moleson Creek on Thursday were home, ten days after Surinamese soldiers [[e1|seized]] them at their camp. But the quarrel over the forest where they were working is far from settled.

Last Tuesday's [[e5|accord]] in Paramaribo, reached after a two-day [[e4|meeting]] of the two foreign ministers, bought calm rather than a solution. It leaves the loggers' equipment in Surinamese hands and refers everything else to a border commission that has not met since 2020.

Both governments have talked up the [[e5|deal]]. Yet the diplomatic language of the week before was unusually sharp: Guyana's [[e2|protest note]] accused Suriname of a "grave violation" of sovereignty, and Suriname's [[e3|reply]] spoke of "timber theft" by foreign nationals.

The stakes are rising. Guyana has become one of the world's fastest-growing oil producers, and Suriname expects its own offshore oil to flow before the end of the decade. Neither capital wants a quarrel over land to spill over into their maritime boundary, which an international tribunal settled in 2007.

Diplomats in Georgetown say the real test will come when the commission sits in March and each side lays out its maps. "The [[e1|detentions]] were a warning shot," said a Caribbean official who follows the dispute. "Next time it may not end with a handshake at a ferry terminal."

For now, Corentyne Timber Works says it will not send crews back up the New River until the commission has met."""),
]),
# ---------------------------------------------------------------------------- y02
dict(story="y02", topic="two deadly tornadoes on the same evening in Young and near Guichón, army deployment and a Brazilian relief flight (Rio Negro and Paysandu, Uruguay)", events=[
    dict(e="e1", type="casualties", date="2026-10-18", participants=["residents of Young"], location="Young"),
    dict(e="e2", type="casualties", date="2026-10-18", participants=["Walter Techera", "Nelida Cabrera"],
         location="Guichon"),
    dict(e="e3", type="deployment", date="2026-10-19", participants=["Uruguayan Army"], location="Young"),
    dict(e="e4", type="support", date="2026-10-21", participants=["Brazil", "Brazilian Air Force", "Uruguay"],
         location="Paysandu"),
], tricky=[("e1", "e2", "the tornado deaths in the town of Young (five, then six dead) vs the deaths of a farming couple from a second tornado near Guichón, about 70 km away, 40 minutes later on the same Sunday evening")],
note="The meteorological institute's red alert, power cuts, school closures, the smaller army team that reached the "
     "Guichón area on Tuesday, the emergency declaration, arrests of looters, Argentina's offer of help, a possible "
     "second Brazilian flight and the 2016 Dolores tornado are background / side events. 'The two twisters ... killed "
     "eight people in all' (aggregate) is not marked; the tornado words themselves are not marked.",
articles=[
dict(id="a1", source="Rio de la Plata Press Agency", published="2026-10-19",
     title="Tornadoes kill seven in western Uruguay",
     text="""MONTEVIDEO - A tornado tore through the town of Young in western Uruguay on Sunday evening, [[e1|killing]] five people and injuring more than 40, and a second twister [[e2|killed]] two people on a farm near Guichón, about 70 kilometres to the north-east, officials said on Monday.

The National Emergency System (SINAE) said the Young tornado touched down shortly after 7 p.m. with winds of more than 200 km/h, destroying or damaging about 600 homes in the town of 17,000 people. Three of those [[e1|killed]] were members of one family whose house collapsed on them.

Near Guichón, in Paysandú department, a farmer and his wife [[e2|died]] when the wind flattened their house about 40 minutes later, police said. Their teenage son, who was in a barn, survived with a broken arm.

Defence Minister Sofía Larrañaga said about 350 soldiers were being [[e3|sent]] to Young on Monday to clear debris, distribute drinking water and guard damaged homes against looting.

The state power company UTE said some 30,000 customers in Río Negro and Paysandú were still without electricity. Schools in Young will stay closed all week.

The meteorological institute had issued a red alert for severe storms on Sunday afternoon. The [[e1|deaths]] in Young make it the country's deadliest tornado since the one that struck Dolores in 2016.

"I heard a noise like a train and then the roof was gone," said Marta Olivera, 58, who sheltered with her grandchildren in a bathroom."""),
dict(id="a2", source="Noticias del Litoral", published="2026-10-20",
     title="Guichón buries farming couple as aid reaches countryside late",
     text="""GUICHÓN, Uruguay - Several hundred people followed two coffins through the streets of Guichón on Tuesday, two days after a tornado [[e2|killed]] Walter Techera, 61, and his wife Nélida Cabrera, 59, on their dairy farm east of the town.

Neighbours said the couple had run to their kitchen when the wind hit on Sunday evening. The house was reduced to a pile of bricks and sheet metal. "Nobody here had ever seen anything like it," said the local police chief, Hugo Rodríguez.

Some residents complained that help had been slow to reach the countryside around Guichón while attention focused on Young, about 70 kilometres away, where a separate tornado [[e1|killed]] five people the same evening. The [[e1|death toll]] there rose to six on Monday night when a 74-year-old woman died in hospital in Fray Bentos.

About 350 soldiers [[e3|arrived]] in Young on Monday morning and began clearing fallen trees and power lines. A smaller army team reached the Guichón area only on Tuesday, the mayor's office said.

Brazil said on Tuesday it would [[e4|fly]] tents, blankets and generators to the region on Wednesday aboard an air force cargo plane. The government in Montevideo has declared an emergency in both departments.

The Techera farm lost most of its 120 cows, neighbours said, and the couple's son is staying with relatives in Paysandú."""),
dict(id="a3", source="Southern Cone Wire", published="2026-10-21",
     title="Brazilian plane brings tents and generators to tornado-hit Uruguay",
     text="""PAYSANDÚ, Uruguay - A Brazilian Air Force cargo plane [[e4|landed]] in Paysandú on Wednesday with 14 tonnes of tents, blankets, water filters and generators for families left homeless by Sunday's tornadoes in western Uruguay.

The [[e4|aid]] will be trucked to Young, where six people [[e1|died]] and about 600 homes were damaged, and to rural areas near Guichón, where a farming couple were [[e2|killed]], the National Emergency System said.

Brazil's ambassador, Ricardo Paes, who met the plane on the tarmac, said the [[e4|donation]] was "a gesture between brothers" and that a second flight was possible if needed.

Soldiers [[e3|deployed]] to Young since Monday have cleared most streets of debris, and the power company UTE said electricity had been restored to 80 percent of homes in the town. About 900 people are still sleeping in schools and a sports hall.

Police said they had arrested three men for looting damaged shops in Young on Monday night.

The government says it will spend 15 million dollars on rebuilding homes and has asked banks to freeze mortgage payments for affected families. Argentina has also offered help.

Uruguay is not often hit by tornadoes, but meteorologists say the plains along the Uruguay River lie at the southern edge of a corridor of violent spring storms that stretches north into Argentina and Brazil."""),
dict(id="a4", source="Southern Cone Weekly", published="2026-10-23",
     title="Uruguay's tornado week: what went right, and what did not",
     text="""ANALYSIS - Uruguay does not think of itself as tornado country. Last Sunday may change that.

The two twisters that struck Río Negro and Paysandú departments on October 18 killed eight people in all, the worst toll from a single storm in the country's modern records. In Young, where six people [[e1|died]], many residents say they never received the alert sent to mobile phones that afternoon. Near Guichón, the farming couple who [[e2|died]] had no mobile signal at all.

The response was quick by regional standards. The army's [[e3|deployment]] to Young the morning after the storm kept looting to a minimum, and Brazil's [[e4|airlift]] arrived on Wednesday, before many European governments had sent condolences.

But the contrast between the town and the countryside has become a political issue. Opposition senators asked why soldiers reached Guichón's farms a day later than Young, and why the two [[e2|deaths]] there were barely mentioned in the president's first address.

Meteorologists say better radar coverage along the Uruguay River is overdue. The country has three weather radars, none of them in the west. "A forecast can tell you a storm is coming. Only radar tells you a tornado is forming," said Gabriela Núñez, a climatologist at the University of the Republic.

The government has promised a review, and 15 million dollars for new homes. In Young, most families are still waiting for roofs."""),
]),
# ---------------------------------------------------------------------------- y03
dict(story="y03", topic="football match-fixing: UEFA betting report, arrests of players and a club director, Malta FA suspensions and the gaming regulator's licence suspension of a bookmaker (Msida and St Julian's, Malta)", events=[
    dict(e="e1", type="report", date="2026-02-26", participants=["UEFA", "Malta Football Association"], location=None),
    dict(e="e2", type="arrest", date="2026-03-04", participants=["Malta Police Force", "Msida Rangers players"],
         location="Msida"),
    dict(e="e3", type="sanction", date="2026-03-06", participants=["Malta Football Association", "Msida Rangers players"],
         location="Ta' Qali"),
    dict(e="e4", type="sanction", date="2026-03-09", participants=["Malta Gaming Authority", "Lyra Gaming Ltd"],
         location="St Julian's"),
], tricky=[("e3", "e4", "the football association's provisional bans on three players and a club director (Friday) vs the gaming regulator's licence suspension of the bookmaker that took the bets (the following Monday), same fixed match, three days apart")],
note="The match of February 21 itself, the footballers' court appearance and bail on March 5, the club's and the "
     "bookmaker's statements, the order to hand over bank records, Lyra's planned appeal and earlier Maltese "
     "match-fixing cases are background / side events. 'The two measures' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Mediterranean Press Agency", published="2026-03-04",
     title="Malta police arrest footballers in match-fixing probe",
     text="""VALLETTA - Maltese police [[e2|arrested]] three footballers and a director of Premier League club Msida Rangers on Wednesday on suspicion of fixing a league match last month, police said.

The four were [[e2|detained]] in dawn raids at their homes in Msida, Birkirkara and Sliema, and officers seized phones, laptops and about 40,000 euros in cash. They are expected to be charged in court on Thursday.

The [[e2|arrests]] followed a [[e1|report]] from UEFA's betting monitoring unit, sent to the Malta Football Association last week, which flagged "highly irregular" betting on Rangers' 4-0 home defeat on February 21. According to the [[e1|report]], bookmakers in Asia and Europe took more than 1.2 million euros in bets on the match, over 20 times the usual amount for a Maltese league game.

The association said its disciplinary panel would meet on Friday and was expected to [[e3|suspend]] the players. The club said in a statement that it was "shocked" and was cooperating fully with the investigation.

Malta, a hub for online gambling companies, has seen several match-fixing cases over the past decade. Players in the small league are often paid a few hundred euros a month, which investigators say makes them easy targets for fixers.

Police did not name the suspects, but club officials confirmed that two of the players were foreign nationals."""),
dict(id="a2", source="The Valletta Herald", published="2026-03-07",
     title="MFA bans Msida Rangers trio and director pending trial",
     text="""TA' QALI - The Malta Football Association on Friday [[e3|suspended]] three Msida Rangers players and the club's director of football from all football activity, a day after they were charged in court with conspiring to fix a league match.

The provisional [[e3|ban]] will stay in force until the criminal case is decided, the association's disciplinary panel said. It also ordered the club to hand over its bank records and player contracts within ten days.

The four men, among them a 27-year-old Serbian goalkeeper and a 31-year-old Maltese defender, pleaded not guilty on Thursday before Magistrate Clara Zammit and were granted bail against a deposit of 10,000 euros each. They had been [[e2|arrested]] in raids on Wednesday.

Prosecutors told the court that the players had been promised 15,000 euros each to lose the February 21 match by at least three goals. They said a [[e1|report]] by UEFA's betting monitors in late February had led police to the suspects.

Police Inspector Mark Vella said investigators were now looking at "a second level", including the companies that accepted the bets. Several of those firms hold Maltese licences, he said.

The club's president, Anthony Camilleri, said the [[e3|suspensions]] had left the team with only 13 fit senior players for Sunday's match against Żebbuġ. "We are the victims here too," he said."""),
dict(id="a3", source="Gaming Compliance Wire", published="2026-03-09",
     title="Malta regulator suspends bookmaker's licence over fixed match",
     text="""ST JULIAN'S, Malta - The Malta Gaming Authority [[e4|suspended]] the licence of online bookmaker Lyra Gaming Ltd on Monday, saying the company had failed to report suspicious bets on a league match at the centre of a match-fixing investigation.

In a notice on its website, the regulator said Lyra had accepted 286,000 euros in wagers on Msida Rangers' home game on February 21, most of them placed from newly opened accounts in the last hour before kick-off, without alerting the authorities as its licence requires.

The [[e4|suspension]] runs for 30 days and can be extended. Lyra, which employs about 60 people, must stop taking bets but must still pay out existing winnings to customers.

Three Msida Rangers players and the club's director of football were [[e2|detained]] last Wednesday and charged the following day. On Friday the Malta Football Association [[e3|banned]] them from football until their trial.

Lyra's chief executive, Daniel Aquilina, said the company "rejects the regulator's findings" and would take the case to the appeals tribunal.

Industry lawyers said the [[e4|decision]] would worry other licensees. "Until now the authority has treated match-fixing as a football problem," said one St Julian's lawyer who advises several operators. "This tells every bookmaker that it is their problem as well."

Malta licenses about 300 gambling companies, which together employ more than 10,000 people on the island."""),
dict(id="a4", source="European Sports Integrity Desk", published="2026-03-10",
     title="Malta's match-fixing case reaches the bookmakers",
     text="""ANALYSIS - For years, match-fixing cases in Maltese football ended with a few players banned and nobody else held to account. This one is different.

On Monday the Malta Gaming Authority [[e4|suspended]] the licence of Lyra Gaming, an online bookmaker based in St Julian's, over bets it took on a match that prosecutors say was fixed. It is the first time the regulator has acted against a licensee in a domestic match-fixing case.

The regulator's [[e4|move]] came three days after the Malta Football Association [[e3|suspended]] three Msida Rangers players and a club director pending trial. The two measures target different ends of the same scheme: the players who allegedly lost on purpose, and a company that, according to the regulator, failed to flag almost 300,000 euros in bets on the game.

The case began with a [[e1|report]] from UEFA's betting monitoring unit, which spotted unusual betting on Rangers' 4-0 loss on February 21. Police [[e2|arrested]] the four men on March 4.

Critics have long said the authority is too close to an industry that supplies more than a tenth of Malta's economic output. Its [[e4|sanction]] against Lyra suggests that may be changing, though thirty days without a licence is hardly a death sentence.

Football officials say the real work is only starting. "Fixers go where players are poor and bets are easy to place," said a UEFA integrity officer. "Malta has both.\""""),
]),
# ---------------------------------------------------------------------------- y04
dict(story="y04", topic="Marburg virus outbreak: laboratory confirmation, WHO and Africa CDC expert teams and EU emergency funding (Mongomo, Wele-Nzas, Equatorial Guinea)", events=[
    dict(e="e1", type="report", date="2026-05-12", participants=["Equatorial Guinea Ministry of Health"],
         location="Malabo"),
    dict(e="e2", type="deployment", date="2026-05-14", participants=["World Health Organization"], location="Mongomo"),
    dict(e="e3", type="deployment", date="2026-05-16", participants=["Africa Centres for Disease Control and Prevention"],
         location="Mongomo"),
    dict(e="e4", type="support", date="2026-05-19", participants=["European Union", "Equatorial Guinea"], location=None),
], tricky=[("e2", "e3", "the WHO expert team arriving in Mongomo on Thursday May 14 vs the Africa CDC team with a mobile laboratory arriving on Saturday May 16, same outbreak, same town, two days apart")],
note="The unexplained deaths since late April, the isolation of suspected cases and tracing of contacts, Gabonese "
     "and Cameroonian border screening, the 2023 outbreak in Kie-Ntem, a possible vaccine trial and the rising case "
     "and death counts are background / side events. The outbreak itself and its running death toll are not events "
     "in gold.",
articles=[
dict(id="a1", source="Central Africa News Agency", published="2026-05-13",
     title="Equatorial Guinea confirms Marburg outbreak in Mongomo",
     text="""MALABO - Equatorial Guinea's health ministry has [[e1|confirmed]] an outbreak of Marburg virus disease in the eastern town of Mongomo, where at least five people have died of a fever with bleeding since late April, the government said on Wednesday.

Samples from two patients tested positive at the national reference laboratory in Baney on Tuesday, Health Minister Teodora Esono said in a televised address. The [[e1|test results]] were shared with the World Health Organization the same day.

Marburg, a relative of Ebola, spreads through contact with the blood and other bodily fluids of infected people and has killed up to 88 percent of patients in some outbreaks. There is no approved vaccine or treatment.

The WHO said it would [[e2|send]] a team of epidemiologists and infection-control experts to Mongomo this week, and the Africa Centres for Disease Control and Prevention said it was preparing a [[e3|mission]] of its own.

Authorities have isolated 14 suspected cases and are tracing about 120 people who had contact with them. Mongomo lies on the border with Gabon, and Gabonese health officials said they had begun screening travellers at crossings into Woleu-Ntem province.

Equatorial Guinea's first Marburg outbreak, in Kié-Ntem province in 2023, took more than three months to contain.

"People should not panic, but they must avoid funerals where bodies are touched and go to a health centre at the first sign of fever," Esono said."""),
dict(id="a2", source="Rio Muni Journal", published="2026-05-17",
     title="Africa CDC experts join WHO team in Mongomo",
     text="""BATA - Experts from the Africa Centres for Disease Control and Prevention [[e3|arrived]] in Mongomo on Saturday to help contain the Marburg outbreak, two days after a World Health Organization team [[e2|reached]] the town.

The Africa CDC [[e3|deployment]], led by Dr. Kwame Osei, includes 12 specialists and a mobile laboratory that can test samples on site, cutting the wait for results from two days to a few hours.

The eight WHO experts, who [[e2|flew]] into Bata on Thursday and drove to Mongomo the same afternoon, are training nurses at the regional hospital in safe burial methods and in the use of protective suits. They have also set up a separate ward for suspected cases.

Since the ministry [[e1|confirmed]] the outbreak on Tuesday, the number of confirmed cases has risen to seven, four of them fatal. About 160 contacts are being followed, but health workers said some families had hidden sick relatives for fear of being taken away.

In Mongomo, the market was half empty on Saturday and several churches held their services outdoors. Schools remain open.

"We are afraid to take our children to the hospital, and we are afraid not to," said Ana Nsue, who sells cassava at the market.

The government has asked people in Wele-Nzas province not to travel to Bata or Malabo unless necessary."""),
dict(id="a3", source="Global Health Dispatch", published="2026-05-21",
     title="EU money arrives as Marburg spreads in Equatorial Guinea",
     text="""GENEVA - The European Union on Tuesday released 1.5 million euros in emergency [[e4|funding]] for the Marburg outbreak in eastern Equatorial Guinea, where nine cases have now been confirmed, six of them fatal.

The [[e4|grant]] will pay for protective equipment, fuel for ambulances and allowances for contact tracers, the European Commission said. It will be spent through the WHO and the Red Cross.

By the standards of past outbreaks the international response has been fast. WHO experts [[e2|arrived]] in Mongomo two days after the laboratory [[e1|confirmation]] on May 12, and the Africa CDC [[e3|deployment]] followed that weekend, bringing a mobile laboratory that now tests samples in hours instead of days.

But speed on paper has not yet slowed the virus. Health workers say a quarter of known contacts cannot be found, and two of the new cases were in people who were not on any list. Cameroon and Gabon have stepped up checks at their borders.

"The first three weeks, before anyone knew what this was, are what we are paying for now," said Dr. Hélène Mba, a public health researcher in Yaoundé.

The Commission said the [[e4|money]] was a first tranche and that more could follow. A trial of a candidate vaccine is being discussed but has not been approved.

Equatorial Guinea's government has been criticised in the past for slow reporting of outbreaks, but WHO officials this time praised its openness."""),
]),
# ---------------------------------------------------------------------------- y05
dict(story="y05", topic="gunman's attack on a beach hotel, raid on a National Guard post, tour operators' pullout, arrests of suspected accomplices and army deployment to the resorts (Tabarka and Ain Draham, Jendouba, Tunisia)", events=[
    dict(e="e1", type="attack", date="2026-06-12", participants=["gunman", "Hotel Corail Bleu guests"], location="Tabarka"),
    dict(e="e2", type="attack", date="2026-06-14", participants=["gunmen", "Tunisian National Guard"], location="Ain Draham"),
    dict(e="e3", type="withdrawal", date="2026-06-13", participants=["SonnenWeg Reisen", "Zonnekust Travel"],
         location="Tabarka"),
    dict(e="e4", type="arrest", date="2026-06-15", participants=["Tunisian security forces", "suspected accomplices"],
         location="Jendouba"),
    dict(e="e5", type="deployment", date="2026-06-16", participants=["Tunisian Army"], location="Tabarka"),
], tricky=[("e1", "e2", "the gunman's shooting on the beach of the Hotel Corail Bleu in Tabarka (Friday) vs the raid by gunmen on a National Guard post outside Ain Draham, 25 km away (Sunday night), possibly linked, two days apart")],
note="The 2015 Sousse beach attack, the police who shot the gunman, the hotel owners' appeal, the wounded guests' "
     "repatriation by hospital planes, the Interior Ministry spokesman's remarks, foreign travel advice and the "
     "investigation into links between the attacks are background / side events. 'Whether the two attacks were "
     "linked' (aggregate) is not marked; 'killed' and 'killing' after the attacks are not marked.",
articles=[
dict(id="a1", source="Maghreb Wire", published="2026-06-13",
     title="Gunman kills four at Tunisian beach hotel",
     text="""TUNIS - A gunman [[e1|opened fire]] on holidaymakers on the beach of a hotel in the Tunisian resort of Tabarka on Friday, killing three foreign tourists and a hotel guard before he was shot dead by police, the Interior Ministry said.

The [[e1|attack]] at the Hotel Corail Bleu began shortly after 4 p.m., when the man took an assault rifle out of a sports bag and walked along the sand firing at people on sun loungers, witnesses said. Two German women and a Belgian man were killed. Five other people were wounded, two of them seriously.

A ministry spokesman said the gunman, a 26-year-old from the Jendouba region, had been questioned by security services in 2024 but was not under surveillance. No group had claimed the [[e1|shooting]] by Saturday morning.

German tour operator SonnenWeg Reisen and Belgium's Zonnekust Travel said on Friday night that they would [[e3|fly home]] all 1,400 of their customers in Tabarka, starting on Saturday, and cancelled departures to the resort until the end of June.

Tabarka, a small port near the Algerian border known for coral diving and a summer jazz festival, had been trying to win back European visitors after years of low bookings.

The [[e1|attack]] revived memories of 2015, when a gunman killed 38 people, most of them British, at a beach hotel near Sousse. Tourism accounts for about a tenth of Tunisia's economy."""),
dict(id="a2", source="Northwest Daily", published="2026-06-15",
     title="Gunmen attack National Guard post near Ain Draham",
     text="""JENDOUBA - Gunmen [[e2|attacked]] a National Guard post outside Aïn Draham late on Sunday, wounding two guardsmen, two days after a [[e1|shooting]] at a beach hotel in nearby Tabarka killed four people.

The [[e2|assault]] on the post, on the mountain road between Aïn Draham and the Algerian border, lasted about 20 minutes, the National Guard said. The attackers fired rifles and threw a home-made explosive before escaping into the cork-oak forest. Both wounded guardsmen are in stable condition at the regional hospital in Jendouba.

Security sources told this newspaper that investigators were trying to establish whether the two attacks were linked. The Tabarka gunman grew up in a village a few kilometres from the post.

In Tabarka, hotels emptied over the weekend as foreign tour operators [[e3|flew]] their customers home. More than 1,400 guests have left since Saturday, and the town's hotel association said 80 percent of July bookings had been cancelled.

"We lost three guests and a colleague on Friday. Now we are losing the season," said Mourad Jlassi, who manages a hotel near the marina.

The Defence Ministry said soldiers would be [[e5|deployed]] to guard hotels in Tabarka and along the northern coast from Tuesday.

Residents of Aïn Draham said National Guard units had set up checkpoints on all roads out of the town."""),
dict(id="a3", source="Holiday Trade Wire", published="2026-06-16",
     title="Tour operators count the cost of Tabarka pullout",
     text="""TUNIS - The army began [[e5|deploying]] soldiers to Tunisian beach resorts on Tuesday as tour operators assessed the cost of [[e3|evacuating]] their customers from Tabarka after last Friday's beach [[e1|attack]].

SonnenWeg Reisen said its [[e3|pullout]] of about 900 German guests over the weekend had cost it more than two million euros in extra flights and refunds. Zonnekust Travel said it had brought home 500 Belgian and Dutch customers by Sunday.

Security forces [[e4|arrested]] four men in Jendouba and Aïn Draham on Monday on suspicion of helping the gunman, the Interior Ministry said. It said one of them had driven him to Tabarka and another had hidden the rifle in his home.

The ministry did not say whether the four were also suspected of the [[e2|raid]] on a National Guard post near Aïn Draham on Sunday night, in which two guardsmen were wounded.

About 600 soldiers are expected to take up positions at hotels and beaches in Tabarka, Bizerte and Hammamet, the Defence Ministry said.

Other operators have so far kept their programmes for Djerba, Hammamet and Sousse, but several said bookings for the whole country had fallen by a third since Friday. "Customers do not distinguish between one Tunisian beach and another," said an executive at a British operator."""),
dict(id="a4", source="Euro-Med Security Review", published="2026-06-18",
     title="After Tabarka, Tunisia's north-west returns to the security map",
     text="""ANALYSIS - Soldiers in helmets now stand at the gates of hotels in Tabarka, Bizerte and Hammamet. Their [[e5|deployment]] on Tuesday, the first of its kind since 2015, is the government's answer to a week that put the country's north-west back on the security map.

It began last Friday with the [[e1|attack]] on the Hotel Corail Bleu, where a lone gunman killed three tourists and a guard. Two days later, gunmen [[e2|fired]] on a National Guard post in the hills above Aïn Draham. On Monday police [[e4|detained]] four men accused of helping the Tabarka gunman, and officials say the [[e4|arrests]] have broken up a small local cell.

Investigators are less sure about the [[e2|attack]] on the post. The mountains along the Algerian border have sheltered armed groups for more than a decade, and the [[e2|raid]] fits the pattern of their occasional strikes on security forces.

The economic damage is already clear. The tour operators' [[e3|pullout]] last weekend emptied Tabarka's hotels at the start of the season, and bookings nationwide have fallen sharply.

The government's challenge is to look in control without looking like a country at war. "Soldiers on the beach reassure some visitors and frighten others," said a European diplomat in Tunis. "What tourists want is to forget about security, and that takes years.\""""),
]),
# ---------------------------------------------------------------------------- y06
dict(story="y06", topic="rough-diamond sales agreement: expiry of the old deal, the ministry's statement on a bigger state share, the mining group's reply statement, final talks and a new ten-year deal (Gaborone, Botswana)", events=[
    dict(e="e1", type="deadline", date="2026-06-30", participants=["Botswana", "Meridian Diamond Group"], location=None),
    dict(e="e2", type="statement", date="2026-07-01", participants=["Botswana Ministry of Minerals and Energy"],
         location="Gaborone"),
    dict(e="e3", type="statement", date="2026-07-01", participants=["Meridian Diamond Group"], location="London"),
    dict(e="e4", type="meeting", date="2026-07-06", participants=["Botswana", "Meridian Diamond Group"],
         location="Gaborone"),
    dict(e="e5", type="agreement", date="2026-07-08", participants=["Botswana", "Meridian Diamond Group"],
         location="Gaborone"),
], tricky=[("e2", "e3", "the minerals ministry's statement that the state trader would take 40 percent of output (Wednesday July 1) vs Meridian's statement from London calling that unworkable (the same Wednesday evening), opposite sides, same subject, same day")],
note="The original 2015 agreement and its one-year extension, the transitional sales under the old terms, the mine workers' union statement, "
     "Meridian's review of spending at Jwaneng, the slump in diamond prices and lab-grown stones, the next sales "
     "session and parliament's debate are background / side events.",
articles=[
dict(id="a1", source="Southern Africa Business Wire", published="2026-06-30",
     title="Botswana, Meridian miss deadline for new diamond deal",
     text="""GABORONE - Botswana and mining group Meridian Diamond Group failed to close a new rough-diamond sales agreement before the [[e1|expiry]] of their current deal at midnight on Tuesday, raising the prospect of disruption to sales from Africa's biggest diamond producer by value.

Officials on both sides said negotiations would go on after the [[e1|deadline]] and that sales would continue under the old terms "for a short transitional period". A government official said the Ministry of Minerals and Energy would set out its position in a [[e2|statement]] on Wednesday.

Under the ten-year agreement signed in 2015, Meridian's London-based sales arm buys 75 percent of the rough stones produced by Moremi Diamonds, the miner's 50-50 joint venture with the government, while a state trading company markets the rest.

Gaborone wants a much bigger share, arguing that it should capture more of the value of a resource that makes up about 80 percent of the country's exports. Meridian says the joint venture needs a single strong seller at a time when prices are falling and laboratory-grown stones are taking market share.

The talks have dragged on for more than a year. The government set the June 30 [[e1|deadline]] itself when it gave the old agreement a one-year extension last year and has said it will not extend it again.

"Both sides need each other, and both know it," said Thato Kgosi, a mining analyst in Gaborone."""),
dict(id="a2", source="The Gaborone Standard", published="2026-07-02",
     title="Government claims 40 percent of diamonds, Meridian hits back",
     text="""GABORONE - The government has told Meridian Diamond Group that the state will sell 40 percent of the diamonds mined by their joint venture from next month, up from 25 percent, in a [[e2|statement]] issued on Wednesday, a day after the old sales agreement [[e1|lapsed]].

Minister of Minerals and Energy Lesego Molefhe said in the [[e2|statement]] that Botswana "can no longer be a spectator in the sale of its own wealth".

Meridian [[e3|hit back]] within hours. In its own [[e3|statement]], issued from London on Wednesday evening, the company said a 40 percent share was "commercially unworkable" and that it would review its spending on the underground extension of the Jwaneng mine.

The exchange alarmed workers. The Botswana Mine Workers Union said the two sides were "playing poker with 12,000 jobs" and called on them to settle quickly.

Both sides said [[e4|talks]] would resume in Gaborone on Monday, with the minister and Meridian's chief executive, Charlotte Ainsworth, taking part in person for the first time.

At the Jwaneng mine, about 170 kilometres west of the capital, workers said they feared for their jobs. "Every time the diamond price goes down we hear about cuts," said a shift supervisor who asked not to be named.

The diamond industry accounts for about a third of government revenue. The International Monetary Fund warned last month that Botswana's budget deficit would widen sharply this year because of weak diamond sales."""),
dict(id="a3", source="Southern Africa Business Wire", published="2026-07-08",
     title="Botswana and Meridian sign ten-year diamond sales deal",
     text="""GABORONE - Botswana and Meridian Diamond Group [[e5|signed]] a new ten-year rough-diamond sales agreement on Wednesday, ending a standoff that had unsettled the market since their previous deal [[e1|expired]] eight days ago.

Under the [[e5|agreement]], the state trading company will market 35 percent of the stones produced by the Moremi Diamonds joint venture immediately, rising to 45 percent by 2031. Meridian keeps the rest.

The [[e5|deal]] was signed at the end of three days of [[e4|negotiations]] in Gaborone that opened on Monday. Minerals Minister Lesego Molefhe called it "a fair partnership for a new era". Meridian's chief executive, Charlotte Ainsworth, said it gave the company "the certainty it needs to keep investing".

Meridian also agreed to go ahead with the underground extension of the Jwaneng mine, which it had put under review after the government's [[e2|announcement]] last week that it would take 40 percent of output.

Analysts said both sides had given ground. "The government got more than Meridian wanted and less than it asked for. That is what a deal looks like," said Thato Kgosi, a mining analyst.

Diamond prices have fallen by about a third in two years. Meridian will hold its next sales session in Gaborone later this month."""),
dict(id="a4", source="Commodities Insight", published="2026-07-10",
     title="What Botswana's new diamond deal says about a shrinking market",
     text="""ANALYSIS - The ten-year [[e5|pact]] that Botswana and Meridian Diamond Group put their names to on Wednesday was never really in doubt. What was in doubt was how much each side would have to give up, and the answer says a good deal about the state of the diamond trade.

When the old agreement [[e1|expired]] on June 30, the government went on the offensive. The ministry's [[e2|statement]] the following day claimed 40 percent of the joint venture's stones for the state. Meridian's [[e3|reply]] that same evening called the demand unworkable and threatened to review investment at Jwaneng.

Yet by the time the two delegations sat down for the final [[e4|round]] on Monday, both knew that a long fight would hurt them more than any split of the output. Rough prices are at their lowest in over a decade, and laboratory-grown stones now make up more than half of engagement rings sold in the United States.

The compromise, 35 percent now and 45 percent by 2031, gives Gaborone a bigger say in selling its stones without forcing Meridian to give up its role as the main buyer.

The risk for Botswana is that it has won a larger share of a smaller cake. A state trader selling more stones in a weak market may find that buyers are fewer than it hoped.

For Meridian, the [[e5|agreement]] buys time to cut costs. Its shares rose 4 percent in London on Thursday."""),
]),
# ---------------------------------------------------------------------------- y07
dict(story="y07", topic="election-campaign violence: shooting at an opposition rally, arrests of the gunmen and of a candidate's aide, election commission's ban on rallies and the provincial council election (Kuliyapitiya and Kurunegala, North Western Province, Sri Lanka)", events=[
    dict(e="e1", type="attack", date="2026-09-06", participants=["gunmen", "Lanka Progressive Front", "Nuwan Herath"],
         location="Kuliyapitiya"),
    dict(e="e2", type="arrest", date="2026-09-08", participants=["Criminal Investigation Department", "suspected gunmen"],
         location="Negombo"),
    dict(e="e3", type="statement", date="2026-09-10", participants=["Election Commission of Sri Lanka"],
         location="Colombo"),
    dict(e="e4", type="arrest", date="2026-09-11", participants=["Sri Lanka Police", "Chaminda Rathnayake"],
         location="Kurunegala"),
    dict(e="e5", type="election", date="2026-09-19", participants=["North Western Provincial Council", "Lanka Progressive Front", "Democratic Renewal Alliance"],
         location="North Western Province"),
], tricky=[("e2", "e4", "the arrest of the two suspected gunmen at a guest house in Negombo (Tuesday) vs the arrest of a ruling-party candidate's campaign aide as the alleged organiser in Kurunegala (Friday), same shooting, three days apart")],
note="The murdered organiser's funeral, the suspects' court appearance, the candidate's suspension of his aide, "
     "the monitors' complaints, the police presence on polling day, the election results and the provincial "
     "councils' history are background / side events. 'Killing' and 'killed' after the shooting are not marked.",
articles=[
dict(id="a1", source="Lanka Wire Service", published="2026-09-07",
     title="Gunmen kill party organiser at Sri Lanka election rally",
     text="""COLOMBO - Gunmen on a motorcycle [[e1|opened fire]] on an election rally in the town of Kuliyapitiya in north-western Sri Lanka on Sunday evening, killing a local party organiser and wounding five people, police said on Monday.

The [[e1|shooting]] happened as Nuwan Herath, a 44-year-old organiser for the opposition Lanka Progressive Front (LPF), was introducing a candidate to a crowd of about 300 people near the town's bus stand. Witnesses said two men on a motorcycle fired at least ten shots and sped away towards Hettipola.

Herath died on the way to hospital. Two of the wounded, including a 15-year-old boy, are in intensive care at Kurunegala Teaching Hospital.

Police spokesman Ruwan Gunasekara said the Criminal Investigation Department had taken over the case and that "several suspects" had been identified from video footage.

The [[e1|attack]] is the most serious violence so far in the campaign for the North Western Provincial Council [[e5|election]] on September 19, the first provincial vote in the country in more than a decade.

LPF leader Priyantha Jayasuriya blamed "thugs protected by a rival party" and demanded that the Election Commission act. The governing Democratic Renewal Alliance (DRA) condemned the [[e1|shooting]] and denied any link to it.

Monitors from the People's Election Watch said they had recorded 46 complaints of violence and intimidation in the province since nominations closed in July."""),
dict(id="a2", source="Wayamba Times", published="2026-09-12",
     title="Ruling-party candidate's aide held over Kuliyapitiya shooting",
     text="""KURUNEGALA - Police [[e4|arrested]] a campaign aide to a ruling-party candidate in Kurunegala on Friday on suspicion of organising last Sunday's [[e1|shooting]] at an opposition rally in Kuliyapitiya.

Chaminda Rathnayake, 38, who works for Democratic Renewal Alliance candidate Lalith Ekanayake, was [[e4|taken into custody]] at his home in the early hours and will be produced before the Kurunegala magistrate on Monday, police said.

His [[e4|arrest]] comes three days after detectives [[e2|caught]] two men suspected of being the gunmen at a guest house in Negombo. Police say the pair, a former soldier and a three-wheeler driver, were paid 500,000 rupees each. The motorcycle used in the [[e1|attack]] was found in a canal near Hettipola.

Ekanayake said he had "nothing to do with this crime" and had suspended Rathnayake from his campaign.

On Thursday the Election Commission said in a [[e3|statement]] that open-air rallies in Kurunegala district were banned until the [[e5|vote]]. Candidates may still hold indoor meetings with police permission, the [[e3|statement]] said.

Thousands of people attended the funeral of Nuwan Herath, the LPF organiser killed in the [[e1|attack]], in Kuliyapitiya on Wednesday.

Campaigning has otherwise been calm ahead of next Saturday's [[e5|poll]], in which 1.9 million people are eligible to elect 52 council members."""),
dict(id="a3", source="South Asia Monitor", published="2026-09-21",
     title="After a violent campaign, a calm vote in Sri Lanka's north-west",
     text="""ANALYSIS - Voters in Sri Lanka's North Western Province turned out in large numbers on Saturday for the first provincial council [[e5|election]] in more than a decade, and handed the opposition Lanka Progressive Front its first victory at the polls in years.

The LPF won 24 of the council's 52 seats, the governing Democratic Renewal Alliance 21 and smaller parties the rest. Turnout was 71 percent. The [[e5|vote]] passed off peacefully, with more than 8,000 police officers on duty.

It was a different picture two weeks ago, when gunmen [[e1|fired]] on an LPF rally in Kuliyapitiya, killing a party organiser. Police [[e2|arrested]] two suspected gunmen two days later, and on September 11 detectives [[e4|detained]] a campaign aide to a DRA candidate, accusing him of arranging the [[e1|attack]].

The Election Commission's [[e3|ban]] on open-air rallies in Kurunegala district, announced after the [[e1|shooting]], kept the campaign's final week quiet but also hurt smaller parties that cannot afford to hire halls.

The LPF did best in and around Kuliyapitiya, where many voters said the killing had changed their minds. "People wanted to show that bullets do not decide elections," said a school principal in the town.

For the DRA, the result is a warning before next year's parliamentary elections. Its candidate Lalith Ekanayake, whose aide is now in custody, lost his seat.

The new council will have limited powers, but the parties see it as a test of strength."""),
]),
# ---------------------------------------------------------------------------- y08
dict(story="y08", topic="forced labour on a distant-water tuna longliner: labour NGO's report, U.S. import ban, fisheries agency's investigation report and the captain's detention (Kaohsiung, Taiwan)", events=[
    dict(e="e1", type="report", date="2026-11-03", participants=["SeaRights Asia"], location="Jakarta"),
    dict(e="e2", type="sanction", date="2026-11-12", participants=["U.S. Customs and Border Protection", "Chin Hsiang Marine Co."],
         location=None),
    dict(e="e3", type="report", date="2026-11-16", participants=["Taiwan Fisheries Agency"], location="Taipei"),
    dict(e="e4", type="arrest", date="2026-11-18", participants=["Kaohsiung District Prosecutors Office", "captain of the Chin Hsiang No. 31"],
         location="Kaohsiung"),
], tricky=[("e1", "e3", "the labour NGO's report on beatings and unpaid wages aboard the Chin Hsiang No. 31 (Tuesday November 3) vs the Fisheries Agency's investigation report on the same vessel (Monday November 16), same ship, same allegations, thirteen days apart")],
note="The company's denials, the prosecutors' plan to question the crew, a Thai cannery's suspension of purchases, "
     "the 2025 death of a deckhand, the EU yellow card of 2015, the U.S. Labor Department's list and earlier U.S. "
     "orders against other vessels are background / side events. SeaRights' call on Washington to block imports "
     "(a demand, not the ban) is not marked.",
articles=[
dict(id="a1", source="Asia-Pacific Labour Wire", published="2026-11-04",
     title="Crew on Taiwanese tuna boat beaten and unpaid, rights group says",
     text="""JAKARTA - Indonesian and Filipino fishermen on a Taiwanese tuna longliner were beaten, made to work up to 20 hours a day and went months without pay, a labour rights group said in a [[e1|report]] published on Tuesday.

The [[e1|report]] by SeaRights Asia, based on interviews with 19 former crew members of the Chin Hsiang No. 31, says the captain kept the men's passports, docked their wages for "mistakes" and denied medical care to two deckhands who fell ill during an 18-month voyage in the Indian Ocean.

"They told us if we complained we would be thrown into the sea," one Indonesian fisherman, identified only as Rudi, was quoted as saying.

The vessel is owned by Chin Hsiang Marine Co., based in the southern port city of Kaohsiung, which sells its catch to traders supplying canneries in Thailand and buyers in the United States and Japan, according to the [[e1|study]].

Taiwan's Fisheries Agency said on Wednesday it had opened an investigation and would publish its [[e3|findings]] within two weeks. Chin Hsiang Marine said the [[e1|report]] was "one-sided" and that all crew had been paid according to their contracts.

SeaRights urged Washington to block imports of the vessel's tuna.

Taiwan has one of the world's largest distant-water fishing fleets, and about 20,000 foreign fishermen, most of them Indonesians and Filipinos, work on its vessels on the high seas, where inspections are rare."""),
dict(id="a2", source="Southern Taiwan Daily", published="2026-11-13",
     title="U.S. bans tuna from Kaohsiung longliner over forced labour",
     text="""KAOHSIUNG - The United States has [[e2|banned]] imports of tuna caught by a Kaohsiung-owned longliner, saying it found evidence of forced labour on board, a blow to a fishing industry that has spent years trying to clean up its image.

U.S. Customs and Border Protection issued a withhold release [[e2|order]] against the Chin Hsiang No. 31 on Thursday. The [[e2|order]] means that any tuna from the vessel arriving at U.S. ports will be held until the importer proves it was not caught with forced labour. The agency cited withheld wages, retained passports and physical violence.

The [[e2|decision]] came nine days after SeaRights Asia, a Jakarta-based labour group, published a [[e1|report]] based on interviews with 19 former crew members.

At the company's office near Cianjhen fishing port, owner Lin Kuo-ping told reporters he was "shocked" and that the crew had been "treated like family". He said the company would hire lawyers in the United States.

The Fisheries Agency said its own [[e3|report]] on the vessel would be released on Monday. The Chin Hsiang No. 31 is expected to return to Kaohsiung next week, and prosecutors said they would question the captain and crew when it docks.

"One boat can damage the name of the whole fleet," said Chen Wen-tsai, who heads a Kaohsiung tuna boat owners' association. "We have 1,100 longliners, and most of them follow the rules.\""""),
dict(id="a3", source="Seafood Trade Review", published="2026-11-19",
     title="Taiwan detains tuna captain as forced-labour case widens",
     text="""KAOHSIUNG - Prosecutors in Kaohsiung [[e4|detained]] the captain of the tuna longliner Chin Hsiang No. 31 on Wednesday, hours after the ship docked at Cianjhen fishing port, on suspicion of forced labour and assault.

The [[e4|detention]] of the captain, a 52-year-old Taiwanese man surnamed Huang, follows a Fisheries Agency [[e3|report]] on Monday that confirmed the crew had gone unpaid for up to seven months and that their passports had been held on board. The [[e3|report]] said inspectors could not verify accounts of beatings, but referred them to prosecutors.

The agency's [[e3|findings]] were milder than those of SeaRights Asia, whose [[e1|report]] on November 3 first described the abuse. The group said the agency had relied too heavily on interviews with crew who were still on board and afraid to speak.

Buyers are already reacting. The U.S. [[e2|ban]] on the vessel's tuna, imposed a week ago, has led at least one Thai cannery to suspend purchases from Chin Hsiang Marine's three boats while it reviews their records.

Taiwan has been under pressure over conditions in its distant-water fleet for a decade. The European Union issued it a "yellow card" warning over illegal fishing in 2015, and the U.S. Labor Department lists fish from Taiwan among goods produced with forced labour.

Industry groups fear the case will hurt exports. "Buyers do not read inspection reports, they read headlines," said a Kaohsiung tuna trader."""),
]),
# ---------------------------------------------------------------------------- y09
dict(story="y09", topic="reef buried by dredging for a resort island: marine institute's report, a rally in Male, a fishermen's boat flotilla around the dredger, the environment agency's halt order and fine, the developer's statement (Raa Atoll, Maldives)", events=[
    dict(e="e1", type="report", date="2027-01-11", participants=["Maldives Marine Research Institute"], location="Male"),
    dict(e="e2", type="protest", date="2027-01-15", participants=["Reef Guardians Maldives", "Male residents"],
         location="Male"),
    dict(e="e3", type="protest", date="2027-01-17", participants=["Ungoofaaru fishermen"], location="Raa Atoll"),
    dict(e="e4", type="sanction", date="2027-01-18", participants=["Environmental Protection Agency", "Azure Isle Developments"],
         location="Male"),
    dict(e="e5", type="statement", date="2027-01-19", participants=["Azure Isle Developments"], location="Male"),
], tricky=[("e2", "e3", "the rally of about 2,000 people at the Artificial Beach in Male (Friday evening) vs the flotilla of some 40 fishing boats around the dredger off Veyofushi in Raa Atoll (Sunday), same campaign against the same dredging, two days apart")],
note="The developer's first statement defending its permit, the EPA's review of the permit, the coast guard's talks "
     "with the flotilla's organisers, the 2024 coral bleaching, the resort's planned opening and the developer's "
     "planned court appeal are background / side events.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2027-01-12",
     title="Resort dredging buried Maldives reef, scientists say",
     text="""MALÉ - Dredging for a luxury resort in the Maldives' Raa Atoll has smothered more than half of a coral reef that local fishermen and divers have used for generations, government marine scientists said in a [[e1|report]] released on Monday.

Divers from the Maldives Marine Research Institute found that sediment from the dredging of a lagoon at Veyofushi, an uninhabited island being turned into a 120-villa resort, had buried about 60 percent of the live coral on the neighbouring reef, the [[e1|report]] said. Plumes of silt had spread up to four kilometres.

The developer, Azure Isle Developments, holds a permit to dredge six hectares of lagoon, but the institute's [[e1|assessment]] estimates that more than 15 hectares have been dug up since work began in October. The company said it had "followed every condition of its permit" and would study the findings.

Environmental group Reef Guardians Maldives called a [[e2|rally]] at the Artificial Beach in Malé on Friday evening to demand that the work be stopped.

"This reef is a fish nursery for the whole atoll. You cannot build paradise by destroying it," said the group's founder, Aishath Nasreena.

Tourism provides about a quarter of the Maldives' economic output, and the government has approved more than 30 new resorts in the past three years. Scientists say reefs across the country are still recovering from a mass bleaching in 2024."""),
dict(id="a2", source="Male Evening Post", published="2027-01-16",
     title="Thousands rally in Malé to save Raa Atoll reef",
     text="""MALÉ - About 2,000 people [[e2|rallied]] at the Artificial Beach in Malé on Friday evening to demand a halt to dredging at a resort site in Raa Atoll, where government scientists say more than half of a reef has been buried in sand.

The [[e2|protest]], one of the largest environmental gatherings in the capital in years, drew divers, students, resort workers and a group of fishermen who travelled from the atoll by ferry. Many carried photographs of the reef before and after the dredging began.

Speakers read out the Marine Research Institute's [[e1|findings]], released on Monday, that 60 percent of the live coral next to the island of Veyofushi had been smothered. "The government's own scientists have told us the truth. Now the government must act," Aishath Nasreena of Reef Guardians Maldives told the crowd.

Fishermen from Ungoofaaru, the atoll's capital, said they would [[e3|surround]] the dredger with their boats on Sunday. "We catch bait fish on that reef. Without it, there is no tuna," said one of them, Ibrahim Shafeeu.

The Environmental Protection Agency said it was reviewing the developer's permit. Azure Isle Developments did not respond to requests for comment.

The [[e2|demonstration]] ended peacefully at about 10 p.m. Police said there had been no arrests."""),
dict(id="a3", source="Atoll Times", published="2027-01-18",
     title="Fishing boats surround dredger as agency halts resort work",
     text="""UNGOOFAARU, Maldives - About 40 fishing boats [[e3|encircled]] a dredging barge off the island of Veyofushi in Raa Atoll on Sunday, forcing it to stop work for several hours, and on Monday the Environmental Protection Agency [[e4|ordered]] the resort developer to halt all dredging.

The [[e3|protest]] at sea began at dawn and ended peacefully at dusk after coast guard officers spoke to the organisers, fishermen said. Several boats flew banners reading "Our reef is not for sale".

The agency's [[e4|order]], which takes effect immediately, also fines Azure Isle Developments 25 million rufiyaa, about 1.6 million dollars, for dredging far beyond the six hectares allowed in its permit. It is the largest [[e4|penalty]] the agency has ever imposed.

Environment Minister Ahmed Rasheed said the developer would have to pay for the reef's restoration before any further work was approved.

The Marine Research Institute's [[e1|report]], published a week ago, found that silt from the dredging had buried about 60 percent of the coral on the reef next to the island.

Campaigners welcomed the [[e4|decision]], which came three days after a [[e2|rally]] in Malé drew about 2,000 people. "We did not expect it so fast," said Aishath Nasreena of Reef Guardians Maldives.

Azure Isle Developments said it would comment on Tuesday."""),
dict(id="a4", source="Reef and Coast Review", published="2027-01-20",
     title="A reef, a fine and a test for Maldives tourism",
     text="""ANALYSIS - The company building a resort on Veyofushi in Raa Atoll [[e5|said]] on Tuesday that it had stopped all work but would challenge its [[e4|fine]] in court, setting up the first big legal test of how far the Maldives will go to protect reefs from its own tourism boom.

In a [[e5|statement]], Azure Isle Developments blamed a subcontractor for dredging outside the permitted area and said it was "fully committed to restoring the reef". The [[e5|statement]] called the 25 million rufiyaa [[e4|fine]] "disproportionate".

The Environmental Protection Agency's [[e4|decision]] on Monday to stop the dredging and fine the company was unusually fast. It came a week after the Marine Research Institute's [[e1|report]], and after a weekend of public pressure: a [[e2|rally]] in Malé last Friday and, on Sunday, a [[e3|flotilla]] of fishing boats that surrounded the dredger off the island.

The case matters beyond one reef. The Maldives has approved dozens of new resorts in recent years, many on islands that need dredging to create lagoons and beaches. Critics say environmental impact assessments are often approved quickly and rarely checked afterwards.

Tourism officials fear that a long legal fight could deter investors. Environmental groups say the opposite: that healthy reefs are what tourists pay for.

"The fishermen who took their boats out on Sunday understood the economics better than anyone," said a marine biologist in Malé."""),
]),
# ---------------------------------------------------------------------------- y10
dict(story="y10", topic="assault on UN peacekeepers over a road in the buffer zone, UN Secretary-General's statement, the UN envoy's separate meetings with the two Cypriot leaders and a road accord (Pyla, Cyprus)", events=[
    dict(e="e1", type="attack", date="2026-08-14", participants=["Turkish Cypriot road workers", "Turkish Cypriot police", "UNFICYP"],
         location="Pyla"),
    dict(e="e2", type="statement", date="2026-08-14", participants=["UN Secretary-General"], location="New York"),
    dict(e="e3", type="meeting", date="2026-08-19", participants=["Karin Lindqvist", "Hasan Kiral"], location="Nicosia"),
    dict(e="e4", type="meeting", date="2026-08-20", participants=["Karin Lindqvist", "Giorgos Hadjiloizou"],
         location="Nicosia"),
    dict(e="e5", type="agreement", date="2026-08-25", participants=["United Nations", "Republic of Cyprus", "Turkish Cypriot administration"],
         location="Nicosia"),
], tricky=[("e3", "e4", "the UN envoy's talks with the Turkish Cypriot leader in the north of Nicosia (Wednesday August 19) vs her meeting with the Cypriot president at the presidential palace (Thursday August 20), same envoy, same road dispute, consecutive days")],
note="The Cyprus government's condemnation, the Turkish Cypriot authorities' statement blaming the peacekeepers, the "
     "treatment of the injured peacekeepers, the halt of the bulldozers, the 2023 Pyla understanding and the stalled "
     "reunification talks are background / side events. 'Plans to meet both leaders next week' (aggregate) is not "
     "marked.",
articles=[
dict(id="a1", source="Levant Press Agency", published="2026-08-15",
     title="UN peacekeepers injured in Cyprus buffer zone road clash",
     text="""NICOSIA - Turkish Cypriot road workers and police [[e1|attacked]] United Nations peacekeepers who were blocking construction of a road in the buffer zone near the village of Pyla on Friday, injuring four of them, the U.N. force in Cyprus said.

The [[e1|assault]] happened when peacekeepers parked vehicles across the path of bulldozers working on a road from Pyla to the Turkish Cypriot village of Arsos, which the U.N. says was being built without its permission. Video footage showed men punching and kicking peacekeepers and a bulldozer shoving a U.N. jeep off the track.

Two Slovak and two British peacekeepers were treated in hospital for minor injuries and released.

In a [[e2|statement]] late on Friday, the spokesperson for the U.N. Secretary-General called the [[e1|attack]] "unacceptable" and urged all sides to respect the buffer zone. Peacekeepers "must never be threatened or harmed", the [[e2|statement]] said.

Turkish Cypriot authorities said the road was a humanitarian project to give Arsos residents a shorter route to their fields and accused the peacekeepers of provoking the workers. The Cyprus government called the [[e1|incident]] a serious violation of the ceasefire lines.

Pyla is the only village in the 180-kilometre buffer zone where Greek Cypriots and Turkish Cypriots live side by side. The island has been divided since 1974.

The U.N. special representative, Karin Lindqvist, plans to meet both leaders next week to try to calm tensions."""),
dict(id="a2", source="Nicosia Morning Mail", published="2026-08-21",
     title="President tells UN envoy: no new facts on the ground at Pyla",
     text="""NICOSIA - President Giorgos Hadjiloizou told the U.N. envoy at a [[e4|meeting]] at the presidential palace on Thursday that the government would accept "no new facts on the ground" in the buffer zone near Pyla, a day after her [[e3|talks]] with Turkish Cypriot leader Hasan Kıral.

The 90-minute [[e4|meeting]] with Karin Lindqvist, the U.N. special representative, was "frank", a government spokesman said. Lindqvist presented ideas for a compromise, including a U.N.-run checkpoint on the disputed road, he said.

At Wednesday's [[e3|meeting]] in the northern part of the city, Kıral told Lindqvist that the road to Arsos would be finished "with or without" U.N. approval, but that he was open to "practical arrangements", his office said.

The [[e1|clash]] last Friday, in which four peacekeepers were hurt, drew a sharp [[e2|rebuke]] from the U.N. Secretary-General and has put the U.N. force under pressure to show it can still control the buffer zone.

In Pyla, residents of both communities said they wanted calm. "We drink coffee together every morning. Then the politicians come and shout," said Andreas Pieri, who runs a café on the village square.

The bulldozers have not moved since the [[e1|incident]], and U.N. vehicles remain parked across the track. Turkish Cypriot police have set up a post a few metres away."""),
dict(id="a3", source="Eastern Mediterranean Review", published="2026-08-27",
     title="A small road, a rare deal in divided Cyprus",
     text="""ANALYSIS - For a track barely two kilometres long, the road between Pyla and Arsos has caused a remarkable amount of trouble. On Tuesday the United Nations announced an [[e5|agreement]] that may end it: the road will be completed under U.N. supervision, with a U.N. checkpoint at its southern end and free access for residents of both communities.

The [[e5|deal]] was the result of shuttle diplomacy by the U.N. envoy, Karin Lindqvist. She held [[e3|talks]] with the Turkish Cypriot leader, Hasan Kıral, on August 19 and [[e4|met]] President Giorgos Hadjiloizou the following day, then spent the weekend exchanging drafts between the two offices.

It was quick work after the [[e1|scuffle]] of August 14, when road workers and police punched and pushed peacekeepers who were blocking the bulldozers. The Secretary-General's [[e2|statement]] that night, calling the [[e1|attack]] unacceptable, was among the sharpest the U.N. has issued on Cyprus in years.

Both leaders are presenting the [[e5|accord]] as a win. Kıral gets his road; Hadjiloizou can say the U.N., not the Turkish Cypriot side, controls it.

But the wider picture is bleak. Talks on reuniting the island have been frozen since 2017, and small disputes over fields, roads and patrol lines in the buffer zone have become more frequent.

"Every metre of the buffer zone is now a negotiation," said a Western diplomat in Nicosia. "This time the U.N. won. It cannot win every time.\""""),
]),
]
