"""Source of ../stories_dev20/articles.jsonl and ../stories_dev20/gold.jsonl.

TWENTIETH DEVELOPMENT story set (stories_dev20) for the cross-article deduplication benchmark.
It was written without running the timeline extractor, the `timeline` command or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering rules
or word lists; only the format of the earlier sets was consulted (build_stories.py,
validate.py's check_stories, the docstring and first two stories of stories_dev16_spec, the
list of topics of the earlier sets in tests/gold/README.md, DATASETS.md section 2).  It is
intended for DEVELOPMENT: the system's errors on it may be read and used for tuning.  It is not
a blind set.

10 stories (l01..l10), 4 or 5 gold events each with exactly one tricky pair, each told by 4
articles (40 in all) from invented outlets (4 different outlets per story), published on
different days over one to three weeks in 2026.  The theme is politics, diplomacy and security
in regions the earlier sets used little.  Five stories are politics and diplomacy:
  l01 Croatia - Montenegro row over the training ship Jadran (a protest note, a letter to the
      European Commission, Podgorica's statement, ministers' talks and a memorandum in Dubrovnik);
  l02 Chile - Bolivia row over migrant pushbacks at Colchane (a protest note, Chile's reply, a
      border committee session in Colchane, ministers' talks and a readmission protocol in Arica);
  l03 three Ivorian gendarmes detained by Burkina Faso near Doropo (the detention, Ouagadougou's
      spying accusation, Abidjan's denial, a letter to Togo and talks in Lomé);
  l04 the re-run of the Morotai regent election in North Maluku (the re-run, a protest in Daruba,
      a Bawaslu report on pre-punched ballots, a re-vote on Rao and the final result);
  l05 sanctions on a Somali money-transfer company accused of financing al-Shabaab (U.S.
      sanctions, the company's denial, the central bank's freeze letter, British sanctions and a
      meeting in Nairobi).
Five stories are security:
  l06 Russian border guards leaving Armenia's border with Turkey (Margara and Bagaran a week
      apart, Armenian troops taking over Margara, Moscow's statement, the envoys' meeting);
  l07 two roadside bombs in Mandera county, Kenya (near Arabia and near Rhamu, a curfew
      announcement, GSU officers sent, six arrests in Elwak);
  l08 a Shining Path ambush in Peru's VRAEM (the ambush, 600 troops flown in, a commander's
      capture at Llochegua and four suppliers' arrest in Kimbiri);
  l09 a market shooting in Bawku, Ghana (the shooting, the curfew announcement, police and then
      army reinforcements, the elders' meeting in Bolgatanga);
  l10 an attack on an army post in Sinak, Papua (the attack, the TPNPB's claim, 450 soldiers
      sent, a students' march in Jayapura and a protest in Nabire).
Each story has a short breaking item with a dateline, two follow-ups with background and quotes,
and an analysis written days or weeks later that retells the earlier events with dates or
relative dates.  Articles are 213-246 words.

All articles are fiction written for this data set (invented outlets, people, companies and
events; real places and institutions; no real article was copied).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev20_spec \\
        --out tests/gold/stories_dev20

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, and every mention of them is marked, in reported speech
and quotations too, including planned or future references to an event that then happened
(Croatia "would also write" to the Commission and the ministers' invitation "to meet in
Dubrovnik"; officials "are due to meet" in Colchane, the ministers "would meet in Arica next
Friday" where they "are expected to sign" a protocol; the Ivorian president "was preparing to
write" to Togo, Togo "will host talks"; the KPU "will announce" / "is due to announce" the
result and voters "would take part in a re-vote"; Britain "was expected to announce its own
sanctions", the finance minister "is due to meet" Treasury officials; Russian guards "are also
to leave" / "are due to pull out" of Bagaran and the envoys "would meet" / "are to meet" at
Margara; GSU officers "would be sent"; reinforcements "would be sent" to the VRAEM; the minister
"is expected to announce" measures, the army "would deploy" a battalion, the elders "will
meet"; the military "would send" reinforcements, the students "would hold a rally" and "the
march would be allowed").  Anaphors are marked ("the move", "the complaint", "the deal", "the
listing", "the raid", "the findings", "That rally").  Not marked: aggregate mentions covering
two gold events ("Both of Zagreb's written complaints", "Neither side's public statements",
"The handover", "the departure of Russian border guards from the Turkish frontier", "the two
roadside bombs", "two operations", "the security forces now in the town", "the two forces",
"the two protests", "Both demonstrations"); negated, generic or hypothetical mentions ("had not
commented", "We will not settle this through letters", "A note between neighbours is routine",
"a charge Abidjan denies", "no further bomb", "no arrests", "Every surge of troops", "the
withdrawal of the new troops" demanded by students, "until Indonesia pulled its troops out",
"those responsible would be hunted down"); predicate nominals and appositions that re-describe
an event in its own sentence ("a step Podgorica denounced", "the first meeting of the two
ministers", "their first encounter since 2024", "the latest incident on a frontier", "Moscow's
sharpest public reaction yet", "the first such meeting held on the border itself", "the worst
violence in the town this year", "the first face-to-face session", "the second protest in four
days"); a second word for the same event in one clause ("went to the polls ... in a
court-ordered re-run", "voted again ... in a re-run", "said in a statement"); weapons ("the
Rhamu device"); the men's custody as a state ("held since Sunday", "is being held"); titles.

Side and background events left unmarked, several of the same type as a gold event: earlier
Croatian notes of 2018 and 2021 (letters), Montenegro's announcement of the voyage, the
Commission spokesman's remarks, the Croatia-Slovenia arbitration of 2009; the pushback of about
80 migrants at Colchane, the border committee's November meeting, the Route 15 blockade, Red
Cross aid, Chile's 2023 arrangement with Peru, later returns under the protocol; the RTB report,
the 2024 and 2022 border detentions (arrests), the Kafolo and Tougbo attacks, the Ivorian cabinet
meeting, the pro-junta rally in Ouagadougou, Togo's announcement, the gendarmes' release; the
annulled 2024 Morotai election and the 2029 elections, the court ruling, the police sent for
polling day, the suspension of two chairmen, the commission's decision to order the re-vote;
earlier U.S. sanctions (2024), the UN arms embargo, the central bank's similar order of 2024,
Puntland's comment, the company's text message, the British embassy's refusal, the Foreign
Office minister's remarks; the December handover agreement, the Russian exits from Zvartnots and
Agarak, the Armenian soldiers' arrival at Bagaran (a deployment), Armenia's replies to Moscow;
the 2014 attacks near Mandera, Kenya's 2011 intervention, the county security committee meeting,
the lifting of the curfew; the 2009 VRAEM ambush, the Joint Command's statement, the funeral,
the state-of-emergency extension, the coca growers' planned strike; the 2021 and 2022 Bawku
clashes and the 2022 army deployment, the National Security Council meeting, the regional
security council's appeal; the 2022 killing of telecoms workers in Puncak, the detention of
protesters and students, the governor's appeal, the 2019 unrest.

Type conventions used here (the type list has no better fit):
  * Croatia's protest note to Montenegro and the prime minister's letter to the European
    Commission two days later (a tricky pair), Bolivia's protest note to Chile, the Ivorian
    president's letter to Togo and the Central Bank of Somalia's freeze order sent as a letter
    to banks are `letter` events;
  * Podgorica's cabinet statement, Chile's Foreign Ministry reply, Ouagadougou's televised
    spying accusation and Abidjan's televised denial the next day (a tricky pair), the Morotai
    election commission's announcement of the final result, Haldoor Remit's denial, the Russian
    Foreign Ministry's warning, the Kenyan Interior Cabinet Secretary's and the Ghanaian interior
    minister's curfew announcements and the TPNPB's claim of responsibility are `statement`
    events; the curfews themselves are the content of the statements and are not marked;
  * the Dubrovnik, Colchane, Arica, Lomé, Nairobi, Margara and Bolgatanga talks are `meeting`
    events (the Colchane border committee session and the Arica ministers' talks eight days
    later are a tricky pair); the Dubrovnik memorandum and the Arica protocol are separate
    `agreement` events, dated to their signing;
  * the court-ordered re-run of the Morotai regent election and the re-vote at nine stations
    on Rao two weeks later are two `election` events (a tricky pair); the Bawaslu findings are
    a `report` event; the protest in Daruba is a `protest` event;
  * U.S. and British sanctions on the same company a week apart are two `sanction` events (a
    tricky pair);
  * the detention of Ivorian gendarmes, the capture of a Shining Path commander and the arrest
    of four suppliers three days later (a tricky pair) and the arrest of six suspects in Elwak
    are `arrest` events;
  * the Russian border guards' departures from Margara and, a week later, from Bagaran are two
    `withdrawal` events (a tricky pair); Armenian border troops taking over Margara, GSU officers
    flown to Mandera, 600 troops flown to the VRAEM, police reinforcements and three days later
    an army battalion sent to Bawku (a tricky pair) and 450 soldiers sent to Puncak are
    `deployment` events;
  * the two roadside bombs in Mandera county on consecutive days (a tricky pair), the VRAEM
    ambush, the Bawku market shooting and the Sinak attack are `attack` events; the deaths in
    them are part of the attack and words for them ("killed", "murdered our boys", "left eight
    people dead") are not marked as separate `casualties` events;
  * the students' march in Jayapura and the Nabire protest three days later are two `protest`
    events (a tricky pair);
  * releases, court hearings, curfews as such, the lifting of curfews and the opening of
    crossings have no type in the list (or are side events) and are left out of gold.

Dates: the articles of a story are published on different days, so the same weekday name points
to different dates in different articles: "on Monday" is Croatia's note (March 2) in the first
two Jadran articles and the Dubrovnik talks (March 16) in the third; "on Sunday" is the detention
near Doropo (May 3) in l03-a1 and the pro-junta rally (May 10) in l03-a3; "on Saturday" is the
Morotai re-run (February 28) in l04-a1 and the Rao re-vote (March 14) in l04-a3; "on Tuesday" is
the U.S. sanctions (June 2) in l05-a1 and the British sanctions (June 9) in l05-a3, where "on
Thursday" is the coming Nairobi meeting and "last Thursday" the central bank letter; "on
Saturday" is the Margara withdrawal (February 14) in l06-a1/a2 and the Bagaran withdrawal
(February 21) in l06-a3, and "on Wednesday" is Moscow's statement in l06-a2 and both that
statement and the coming meeting in l06-a3; "on Tuesday" in l07-a3 is both the Arabia bombing
and the suspects' coming court date; "on Monday" is the Bawku shooting (October 5) in l09-a1 and
the reopening of the market (October 12) in l09-a3; "on Wednesday" is the Sinak attack (July 1)
in l10-a1 and the students' release (July 8) in l10-a3.  Some dates are only given relatively:
"two days later", "the day after that", "the following morning", "three days later", "the next
day", "that Thursday", "eight days later", "eight days before", "eleven days", "within a day",
"By the end of that week", "the following day", "two weeks ago", "two days after the first
vote", "two days after that", "a fortnight later", "within hours", "Two days after the American
move", "A week after Washington", "a week after", "eleven days earlier", "a week later", "In
between", "by the end of next week", "this weekend", "next Wednesday", "next Friday", "a day
after", "a day later", "The next morning", "Two days after the first bombing", "That Friday",
"five days after the first attack", "Three weeks after", "Within a week of the ambush", "Three
days after that", "last week", "last Tuesday", "last Thursday", "last Friday", "a week earlier",
"The following Monday", "three days after that", "in four days", "the night before".
"""

STORIES = [
# ---------------------------------------------------------------------------- l01
dict(story="l01", topic="Croatia - Montenegro row over the training ship Jadran: Croatia's protest note to Montenegro, the Croatian prime minister's letter to the European Commission, the Montenegrin government's statement, the foreign ministers' meeting in Dubrovnik and the memorandum signed there (Zagreb, Podgorica, Dubrovnik and Tivat; Croatia - Montenegro)", events=[
    dict(e="e1", type="letter", date="2026-03-02", participants=["Croatia", "Montenegro"], location="Zagreb"),
    dict(e="e2", type="letter", date="2026-03-04", participants=["Croatia", "European Commission"], location="Zagreb"),
    dict(e="e3", type="statement", date="2026-03-05", participants=["Montenegro"], location="Podgorica"),
    dict(e="e4", type="meeting", date="2026-03-16", participants=["Croatia", "Montenegro"], location="Dubrovnik"),
    dict(e="e5", type="agreement", date="2026-03-17", participants=["Croatia", "Montenegro"], location="Dubrovnik"),
], tricky=[("e1", "e2", "Croatia's diplomatic protest note handed to Montenegro's ambassador in Zagreb on Monday March 2 vs the Croatian prime minister's letter to the European Commission two days later, both Croatian written complaints about the same ship")],
note="Montenegro's February announcement of the summer voyage, the earlier Croatian notes of 2018 and 2021 (letters), the "
     "absent reply on March 2, the Commission spokesman's remarks, the Croatia-Slovenia arbitration of 2009, the "
     "commission's future report and the replacement of the sails are side / background events. 'We will not settle "
     "this through letters', 'A note between neighbours is routine' and 'Asking the Commission to hold a candidate "
     "hostage is not' are generic; 'Both of Zagreb's written complaints' covers e1 and e2 and is not marked; 'a step' "
     "re-describes the letter in the same sentence and is not marked.",
articles=[
dict(id="a1", source="Adriatic Wire", published="2026-03-03",
     title="Croatia demands return of training ship Jadran from Montenegro",
     text="""ZAGREB - Croatia [[e1|protested]] formally to Montenegro on Monday over the Jadran, a 93-year-old naval training ship, demanding that the three-masted schooner be returned to the Croatian navy instead of sailing abroad under the Montenegrin flag this summer.

The [[e1|note]], handed to Montenegro's ambassador at the Foreign Ministry in Zagreb, calls the ship "Croatian cultural heritage unlawfully held" at the naval base in Tivat, ministry spokeswoman Ivana Matić told reporters. It asks Podgorica to cancel plans, announced in February, for the Jadran to carry Montenegrin cadets to Bari and Corfu in June.

"A ship that belongs in a museum in Split cannot go on a publicity cruise," Matić said.

The prime minister's office said the government would also [[e2|write]] to the European Commission this week, asking Brussels to treat the Jadran as an open bilateral question in Montenegro's accession talks. Croatia, an EU member since 2013, must approve every step of its neighbour's path into the bloc.

The Jadran was built in Hamburg in 1933 for the navy of the Kingdom of Yugoslavia and trained generations of officers in Split. It was being repaired in Tivat when Yugoslavia broke apart in 1991 and has stayed there ever since. Croatia sent similar notes in 2018 and 2021; neither received a written reply.

Montenegro's government had no immediate comment on Monday evening. In Split, a veterans' association said it would collect signatures for the ship's return."""),
dict(id="a2", source="Montenegro Courier", published="2026-03-06",
     title="Podgorica rejects Croatian claim to Jadran, calls EU appeal blackmail",
     text="""PODGORICA - Montenegro's government [[e3|rejected]] Croatia's claim to the training ship Jadran on Thursday, saying the schooner was Montenegrin state property and would sail with its cadets in June as planned.

In a [[e3|statement]] issued after its weekly session, the cabinet said Montenegro had paid to maintain the ship for 35 years and accused Zagreb of "turning a question of old timber into a question of EU membership".

The [[e3|response]] came a day after the Croatian prime minister [[e2|wrote]] to the European Commission. In the two-page [[e2|letter]], seen by the Montenegro Courier, he asks the Commission to list the Jadran among the "unresolved bilateral issues" that candidate countries must settle before joining the bloc. Zagreb had already handed Montenegro a diplomatic [[e1|note]] on Monday demanding the ship's return.

Officials in Podgorica fear the dispute could hold up the closing of negotiating chapters planned for this spring. Montenegro hopes to finish its accession talks by the end of next year.

Foreign Minister Jelena Vuković told the Courier she had accepted an invitation from her Croatian counterpart, Tomislav Barić, to [[e4|meet]] in Dubrovnik on March 16. "We are neighbours and allies in NATO. We will not settle this through letters," she said.

In Tivat, where the Jadran is moored beside the naval heritage collection, the crew carried on with preparations for the voyage. The ship's commander, Captain Dragan Lalić, said new sails had been fitted last autumn and that the cadets were ready."""),
dict(id="a3", source="Southeast Europe Times", published="2026-03-17",
     title="Croatia and Montenegro hand Jadran dispute to joint commission",
     text="""DUBROVNIK, Croatia - Croatia and Montenegro [[e5|agreed]] on Tuesday to hand the future of the Jadran to a joint commission of historians and lawyers, calming a two-week quarrel over the 93-year-old naval training ship.

The [[e5|memorandum]], signed by foreign ministers Tomislav Barić and Jelena Vuković in the Rector's Palace, keeps the schooner at its berth in Tivat while the commission works and cancels its planned June voyage to Italy and Greece. The experts must report within twelve months.

The [[e5|deal]] came after six hours of [[e4|talks]] on Monday that one diplomat described as "tense, then tired, then practical". Barić told reporters Croatia had not dropped its claim, "but a ship cannot sail away from a commission". Vuković called the [[e4|meeting]] "frank and finally useful".

The quarrel started on March 2, when Zagreb sent Podgorica a diplomatic [[e1|note]] demanding the ship back. Two days later the Croatian prime minister sent a [[e2|letter]] to the European Commission asking it to count the Jadran among the open questions in Montenegro's accession talks, a step Podgorica [[e3|denounced]] as blackmail.

A Commission spokesman in Brussels said on Monday that the EU welcomed "direct dialogue between neighbours". Croatia and Slovenia turned to international arbitration over their sea border in 2009, a process that left bitterness on both sides for a decade.

The Jadran was built in Hamburg in 1933 and trained officers of the Yugoslav navy for almost sixty years."""),
dict(id="a4", source="Adriatic Policy Review", published="2026-03-27",
     title="A schooner, a veto and a commission",
     text="""ANALYSIS - The schooner Jadran has not left its berth in Tivat in years, but this month it carried a heavy cargo of Balkan politics.

The row began on March 2, when Croatia's Foreign Ministry sent Montenegro a protest [[e1|note]] demanding the ship's return. Two days later the prime minister raised the stakes with a [[e2|letter]] to the European Commission, and the day after that Podgorica hit back with a cabinet [[e3|statement]] calling the [[e2|move]] blackmail. When the two foreign ministers finally [[e4|sat down]] together in Dubrovnik on March 16, few diplomats expected more than a handshake.

What they produced, a [[e5|memorandum]] signed the following morning, is modest. A commission will study the ship's history and legal status for a year, and the Jadran stays in port meanwhile. But the [[e5|accord]] takes the dispute out of Montenegro's accession file, which is what Podgorica wanted most.

"The [[e2|appeal]] to Brussels was the real escalation," said Nina Perić, who follows enlargement at the Institute for Development and International Relations in Zagreb. "A note between neighbours is routine. Asking the Commission to hold a candidate hostage is not."

Both of Zagreb's written complaints remain on file, and neither government has changed its view of who owns the Jadran. Croatia still lists the ship in its register of cultural property; Montenegro still flies its ensign from the stern.

The real test comes next year, when the commission reports and Montenegro hopes to close its last negotiating chapters."""),
]),
# ---------------------------------------------------------------------------- l02
dict(story="l02", topic="Chile - Bolivia migrant pushback row: Bolivia's protest note over expulsions at Colchane, Chile's Foreign Ministry statement, the border committee meeting in Colchane, the foreign ministers' meeting in Arica and the readmission protocol signed there (La Paz, Santiago, Colchane and Arica; Chile - Bolivia)", events=[
    dict(e="e1", type="letter", date="2026-04-13", participants=["Bolivia", "Chile"], location="La Paz"),
    dict(e="e2", type="meeting", date="2026-04-16", participants=["Chile", "Bolivia"], location="Colchane"),
    dict(e="e3", type="meeting", date="2026-04-24", participants=["Chile", "Bolivia"], location="Arica"),
    dict(e="e4", type="agreement", date="2026-04-24", participants=["Chile", "Bolivia"], location="Arica"),
    dict(e="e5", type="statement", date="2026-04-14", participants=["Chile"], location="Santiago"),
], tricky=[("e2", "e3", "the border committee session of migration officials in Colchane on Thursday April 16 vs the foreign ministers' talks in Arica eight days later, same dispute, same two countries, both in northern Chile")],
note="The pushback of about 80 migrants on April 10, the 2023 rules on army pushbacks, the November meeting of the border "
     "committee, the Route 15 blockade by Colchane shopkeepers, the Bolivian Red Cross aid, the ombudsman's account, "
     "Chile's 2023 arrangement with Peru, the later returns of migrants under the protocol and the planned complaint "
     "to the Inter-American Commission are side / background events. 'had not commented' is negated. 'The talks were "
     "the first meeting of the two ministers...' is a predicate nominal: only 'talks' is marked.",
articles=[
dict(id="a1", source="Andean News Agency", published="2026-04-14",
     title="Bolivia protests to Chile over migrant expulsions at Colchane",
     text="""LA PAZ - Bolivia [[e1|protested]] to Chile on Monday over the expulsion of about 80 migrants whom Chilean soldiers pushed back across the border at Colchane last week, calling the operation "a violation of Bolivian sovereignty and of basic humanity".

In a [[e1|note]] delivered to Chile's consulate general in La Paz - the two countries have not exchanged ambassadors since 1978 - the Bolivian Foreign Ministry said the migrants, most of them Venezuelans and among them 19 children, were left without food or shelter at 3,700 metres near the village of Pisiga Carangas.

"Bolivia is not the waiting room for the people Chile does not want," Vice-Minister of Foreign Relations Ana Lucía Quispe told reporters.

Chilean officials say the expulsions are lawful under rules adopted in 2023 that let the army turn back people caught crossing away from official posts. Thousands of migrants, mostly Venezuelans heading south through Peru and Bolivia, have crossed the desert border in recent years.

Migration officials of the two countries are due to [[e2|meet]] in Colchane on Thursday, in a session of the bilateral border committee, which last met in November. Quispe said Bolivia would ask Chile to take the group back and to stop the pushbacks.

Chile's Foreign Ministry had not commented by Tuesday morning. The Bolivian ombudsman's office said the expulsion took place on Friday near border marker 19 and that one woman had been treated in hospital for hypothermia."""),
dict(id="a2", source="Altiplano Herald", published="2026-04-17",
     title="Colchane border talks end without deal; ministers to meet in Arica",
     text="""Chilean and Bolivian officials [[e2|met]] for six hours in the Chilean border town of Colchane on Thursday but failed to agree on how to handle migrants caught crossing between the two countries, passing the problem up to their foreign ministers.

The [[e2|session]] of the bilateral border committee, led by Chile's undersecretary of the interior and Bolivia's director general of migration, ended with a one-page minute promising "further technical work". The Bolivian delegates wanted Chile to take back the roughly 80 Venezuelans expelled on April 10; the Chileans refused.

Relations have soured all week. On Monday La Paz sent Santiago a formal [[e1|protest]] over the pushback, and a day later Chile's Foreign Ministry [[e5|replied]] that its soldiers had acted "within the law and with full respect for human rights". The [[e5|statement]] also urged Bolivia to do more against smugglers on its own side of the line.

Both governments said after Thursday's [[e2|meeting]] that foreign ministers Ricardo Salinas of Chile and Mariela Choque of Bolivia would [[e3|meet]] in Arica next Friday, where they are expected to sign a readmission [[e4|protocol]].

In Colchane, a town of about 1,700 mostly Aymara residents, shopkeepers blocked Route 15 for two hours on Thursday morning to demand more police. "We are tired of being the door of the continent," said Eulogio Mamani, who sells fuel and groceries near the crossing.

The expelled migrants are staying in a church hall in Pisiga Carangas, where the Bolivian Red Cross has brought blankets and food."""),
dict(id="a3", source="Pacific Coast Wire", published="2026-04-25",
     title="Chile and Bolivia sign migrant readmission protocol in Arica",
     text="""ARICA, Chile - Chile and Bolivia [[e4|signed]] a protocol on Friday under which Bolivia will take back migrants who cross into Chile irregularly from its territory, in exchange for Chilean money for a reception centre in Oruro department.

The [[e4|agreement]] was concluded by foreign ministers Ricardo Salinas and Mariela Choque after a day of [[e3|talks]] at the regional government building in Arica. The [[e3|talks]] were the first meeting of the two ministers on Chilean soil since 2019.

Under the [[e4|deal]], groups of no more than 30 people may be returned at a time, only through the official crossing at Colchane-Pisiga, and only after Chilean officials have recorded their names and a Bolivian consul has interviewed them. Chile will pay 2.4 million dollars over two years for the centre.

"This is not a wall. It is a procedure," Salinas said. Choque said the [[e4|accord]] protected "the dignity of migrants and the sovereignty of Bolivia".

The neighbours had traded accusations since Bolivia [[e1|protested]] on April 13 over the pushback of about 80 Venezuelans near Colchane. A first [[e2|round]] between migration officials in Colchane eight days before the ministers' [[e3|meeting]] produced only a promise of more work.

Chile signed a similar arrangement with Peru in 2023, which human rights groups say has been applied unevenly. Lawyers in Santiago said the new text did not guarantee asylum interviews for people sent back."""),
dict(id="a4", source="Southern Andes Review", published="2026-05-08",
     title="Eleven days from protest to protocol",
     text="""ANALYSIS - It took eleven days to get from an angry Bolivian [[e1|note]] to a signed readmission [[e4|protocol]], fast work for two neighbours that have not had ambassadors in each other's capitals for almost half a century.

The speed says more about Chilean politics than about any thaw. The army's pushback of about 80 Venezuelans near Colchane on April 10 was meant to show voters in the north a firm hand; Bolivia's [[e1|protest]] three days later turned it into a diplomatic problem. Chile's Foreign Ministry [[e5|dismissed]] the [[e1|complaint]] the next day, defending its soldiers and blaming Bolivian smugglers.

When migration officials [[e2|sat down]] in Colchane that Thursday, the Bolivians arrived with a list of names and the Chileans with a list of smuggling routes. Nothing came of it. The ministers' [[e3|meeting]] in Arica eight days later was different because both sides needed something: Chile a procedure it could show voters, Bolivia money and a say in who is sent back.

The [[e4|deal]] has limits. It covers only people who crossed from Bolivia, and only through one crossing. Since it took effect, Chile has returned 112 people at Colchane in four groups, according to Bolivian migration figures.

"This [[e4|protocol]] will be tested on the first cold night a family is sent back with nowhere to go," said Rosario Vargas, a migration lawyer in La Paz whose group is preparing a complaint to the Inter-American Commission on Human Rights."""),
]),
# ---------------------------------------------------------------------------- l03
dict(story="l03", topic="Ivorian gendarmes detained by Burkina Faso: the detention near Doropo, the Burkinabe spokesman's spying accusation, the Ivorian government's denial, the Ivorian president's letter asking Togo to mediate and the ministers' talks in Lomé (Doropo, Ouagadougou, Abidjan and Lomé; Côte d'Ivoire - Burkina Faso - Togo)", events=[
    dict(e="e1", type="arrest", date="2026-05-03", participants=["Burkina Faso", "Ivorian gendarmes"], location="Doropo"),
    dict(e="e2", type="statement", date="2026-05-05", participants=["Burkina Faso"], location="Ouagadougou"),
    dict(e="e3", type="statement", date="2026-05-06", participants=["Côte d'Ivoire"], location="Abidjan"),
    dict(e="e4", type="meeting", date="2026-05-18", participants=["Côte d'Ivoire", "Burkina Faso", "Togo"], location="Lomé"),
    dict(e="e5", type="letter", date="2026-05-08", participants=["Côte d'Ivoire", "Togo"], location="Abidjan"),
], tricky=[("e2", "e3", "the Burkinabe government spokesman's televised accusation of spying on Tuesday May 5 vs the Ivorian government's televised denial the next day, two statements about the same three gendarmes")],
note="The RTB report of the interception, the seizure of rifles and motorbikes (part of the detention), the trial "
     "threatened under anti-espionage laws, the 2024 jailing of Burkinabe traders and the 2022 detention of an "
     "Ivorian customs officer (arrests), the Kafolo and Tougbo attacks, the Ivorian cabinet meeting, Togo's earlier "
     "mediation, the pro-junta rally in Ouagadougou, Togo's foreign ministry announcement and the gendarmes' release "
     "the day after the talks are side / background events. The men's custody as a state ('held since Sunday', 'where the "
     "men are being held') is not marked; 'the latest incident on a frontier' re-describes e1 in the same sentence. "
     "'a charge Abidjan denies' is generic, and 'Neither side's "
     "public statements' covers e2 and e3 and is not marked; in 'it was their first encounter since 2024' the "
     "predicate nominal is not marked.",
articles=[
dict(id="a1", source="West Africa Newswire", published="2026-05-04",
     title="Burkina Faso detains three Ivorian gendarmes near border",
     text="""ABIDJAN - Burkinabe soldiers [[e1|detained]] three Ivorian gendarmes near the northern border town of Doropo on Sunday, Côte d'Ivoire's military said, the latest incident on a frontier that has grown tense since soldiers seized power in Ouagadougou.

The gendarmes, a sergeant and two corporals from the Doropo brigade, were patrolling on motorbikes about 15 kilometres north of the town when a Burkinabe army unit stopped them and took them across the border, a military source in Abidjan said. Their rifles and motorbikes were also seized.

"Our men were on Ivorian soil, doing their job," the source said, asking not to be named.

Officials in Ouagadougou made no immediate comment. Burkina Faso's state broadcaster RTB reported on Sunday evening that "armed foreign elements" had been [[e1|intercepted]] near Kampti, in the country's south-west, and handed to the gendarmerie.

The [[e1|arrests]] are likely to strain relations further between the two neighbours. Burkina Faso's military government has repeatedly accused Côte d'Ivoire of sheltering its opponents, a charge Abidjan denies. In 2024 an Ivorian court jailed two Burkinabe traders for smuggling fuel across the same stretch of border, and in 2022 Burkinabe police held an Ivorian customs officer in Gaoua for six weeks.

Côte d'Ivoire has strengthened its northern defences since jihadist attacks on army posts at Kafolo and Tougbo in 2020 and 2021. Thousands of Burkinabe refugees now live in camps in the Bounkani region around Doropo."""),
dict(id="a2", source="Lagunes Observer", published="2026-05-07",
     title="Abidjan rejects Burkinabe spying charge, demands gendarmes' release",
     text="""Côte d'Ivoire on Wednesday [[e3|rejected]] [[e2|claims]] by Burkina Faso's military government that three Ivorian gendarmes held since Sunday were spies, and demanded that they be freed at once.

"These are gendarmes in uniform, on patrol, on our own territory. They are nobody's agents," government spokesman Daniel Kouassi Yao said in a [[e3|statement]] read on national television after the weekly cabinet meeting.

Abidjan was [[e3|answering]] Ouagadougou, whose government spokesman, Ousmane Sawadogo, [[e2|accused]] the three men on Tuesday of gathering information on army positions around Kampti "on behalf of a foreign power". In his [[e2|address]] on the state broadcaster RTB, delivered in uniform, Sawadogo said the gendarmes had been [[e1|captured]] two kilometres inside Burkinabe territory and would be tried under anti-espionage laws.

Burkinabe officials have given no details of where the men are being held. Their families in Bouna told the Observer they had heard nothing since the [[e1|arrest]].

Diplomats in Abidjan said the Ivorian president was preparing to [[e5|write]] to Togo's head of state to ask for mediation. Togo has kept working relations with the military rulers of the Sahel and helped end a standoff between Mali and Côte d'Ivoire three years ago.

"Lomé is the only door still open in Ouagadougou," said Mariam Touré, a researcher at a security think tank in Abidjan. "Abidjan shouting on television will not bring these men home."

Trade across the Doropo crossing, mostly cattle and motorbike parts, has slowed since the weekend, traders said."""),
dict(id="a3", source="Sahel Courier", published="2026-05-12",
     title="Togo to host Ivorian-Burkinabe talks on detained gendarmes",
     text="""LOMÉ - Togo will host [[e4|talks]] between Côte d'Ivoire and Burkina Faso on Monday, May 18, on the fate of three Ivorian gendarmes held in Burkina Faso since early this month, the Togolese foreign ministry said on Monday.

The foreign ministers of both countries have accepted the invitation, the ministry said. The [[e4|meeting]] will take place at the presidency in Lomé, with Togo's foreign minister in the chair.

Lomé's offer followed a [[e5|letter]] that the Ivorian president sent to his Togolese counterpart on Friday. In the [[e5|message]], according to a Togolese official who has read it, the Ivorian leader asks Togo to "use its good offices" to bring the men home.

The dispute hardened after Ouagadougou's [[e2|charge]] of espionage against the gendarmes, broadcast on May 5, and Abidjan's angry [[e3|denial]] the following day. The gendarmes face trial in Burkina Faso, although for Abidjan they were on Ivorian soil when they were [[e1|seized]].

In Ouagadougou, several thousand people rallied on Sunday in support of the military government, some carrying placards that read "No spies on our soil". Organisers said the rally had been planned before the [[e1|detentions]] of May 3.

Togo is itself fighting jihadist attacks in its northern Savanes region and has avoided taking sides between the Sahel juntas and the coastal states. Its foreign minister has made four trips to Ouagadougou in the past year."""),
dict(id="a4", source="Continental Affairs Weekly", published="2026-05-27",
     title="How Lomé brought three gendarmes home",
     text="""ANALYSIS - The three Ivorian gendarmes who came home from Burkina Faso last week owe their freedom to a mediator that both sides still trust.

When the foreign ministers of Côte d'Ivoire and Burkina Faso [[e4|sat down]] in Lomé on May 18, it was their first encounter since 2024. The [[e4|talks]] lasted seven hours. The men were released the next day and driven to the Doropo crossing, where their families were waiting.

The case began on May 3, when a Burkinabe patrol [[e1|seized]] the gendarmes on a stretch of border that neither country has ever marked on the ground. Two days later the military government went on television to [[e2|accuse]] them of spying; Abidjan [[e3|answered]] within a day, calling them ordinary gendarmes on patrol. By the end of that week the Ivorian president had [[e5|written]] to Togo asking for help.

Neither side's public statements changed much. What changed was the price of keeping the men. Ivorian traders had cut cattle shipments through Doropo, and Burkinabe officials privately wanted the border trade back.

"Togo is the only capital where both governments can drink coffee together," said Koffi Amegah, who teaches international relations at the University of Lomé.

Ouagadougou has not withdrawn its [[e2|accusation]]. Officials there say the release was a gesture of good neighbourliness, not an admission that the [[e1|arrest]] was wrong."""),
]),
# ---------------------------------------------------------------------------- l04
dict(story="l04", topic="Morotai regent election re-run: the court-ordered re-run across the regency, a protest at the election commission in Daruba, the Bawaslu report on pre-punched ballots, the re-vote at nine polling stations on Rao and the commission's announcement of the final result (Morotai Island Regency, North Maluku, Indonesia)", events=[
    dict(e="e1", type="election", date="2026-02-28", participants=["Sahril Djaafar", "Marthen Lolaro"], location="Morotai"),
    dict(e="e2", type="protest", date="2026-03-02", participants=["supporters of Marthen Lolaro"], location="Daruba"),
    dict(e="e3", type="report", date="2026-03-04", participants=["Bawaslu"], location="Daruba"),
    dict(e="e4", type="election", date="2026-03-14", participants=["Sahril Djaafar", "Marthen Lolaro"], location="Rao"),
    dict(e="e5", type="statement", date="2026-03-17", participants=["KPU Pulau Morotai"], location="Daruba"),
], tricky=[("e1", "e4", "the court-ordered re-run of the regent election across Morotai on Saturday February 28 vs the repeat vote at nine polling stations on Rao island two weeks later, same office, same candidates")],
note="The annulled November 2024 election and the Constitutional Court ruling, the quick counts, the police sent for "
     "polling day, the suspension of two polling-station chairmen, the commission's decision to order the re-vote, "
     "the petition, the next regional elections in 2029, the swearing-in and Lolaro's decision not to go to court are "
     "side / background events. In a4 'a re-run that needed a re-run of its own' names e1 and then e4. In a3 'voted "
     "again ... in a re-run' and in a1 'went to the polls ... in a court-ordered re-run' say the event twice in one "
     "clause, so only the first is marked. 'of the vote' (a share of votes) is not an event mention.",
articles=[
dict(id="a1", source="Nusantara Wire", published="2026-03-01",
     title="Morotai votes again for regent; ferry owner trails narrowly",
     text="""DARUBA, Indonesia - Voters on Morotai, an island regency in North Maluku province, [[e1|went to the polls]] on Saturday in a court-ordered re-run of their regent election, and unofficial counts showed a narrow lead for a former regency secretary, Sahril Djaafar.

Quick counts by two local survey groups gave Djaafar about 51 percent against 49 percent for Marthen Lolaro, a businessman who runs ferries between Morotai and Halmahera. About 52,000 people were registered at 164 polling stations spread over the main island and a dozen smaller ones; turnout was estimated at 78 percent.

The Constitutional Court annulled the result of the regency's November 2024 election last December, ruling that the winner had concealed a past conviction for fraud. He was barred from standing again.

Lolaro's campaign said it had received complaints of ballots marked in advance at several polling stations on Rao, an island off Morotai's west coast, and would take them to the election supervisory agency, Bawaslu. "We will not accept a result built on dirty ballots," said campaign manager Yakob Kalengit.

Police said the [[e1|vote]] had passed off without violence. About 400 officers from the provincial police headquarters in Ternate were sent to the regency for polling day.

The regency's General Elections Commission (KPU) will [[e5|announce]] the official result once all district tallies are in. Morotai, an Allied base in the Second World War, is promoted by Jakarta as a hub for tourism and tuna fishing."""),
dict(id="a2", source="Maluku Post", published="2026-03-05",
     title="Supervisors find pre-punched ballots on Rao; nine stations to vote again",
     text="""Election supervisors on Morotai [[e3|reported]] on Wednesday that ballots at nine polling stations on the island of Rao had been punched before voters arrived for Saturday's regent [[e1|election]].

The [[e3|report]] by the regency branch of the supervisory agency Bawaslu, based on complaints from the Lolaro campaign and on its own inspections, counted 611 ballots with holes beside the name of Sahril Djaafar, all apparently made with the same nail. Two polling-station chairmen have been suspended.

Hours later the regency's General Elections Commission said about 2,900 voters at the nine stations would take part in a [[e4|re-vote]] on Saturday, March 14. The count for the rest of Morotai stands.

The [[e3|findings]] came two days after hundreds of Lolaro supporters [[e2|rallied]] outside the commission's office in Daruba, the regency capital, demanding a recount across the whole regency. The [[e2|demonstration]] on Monday ended peacefully after the commission's chairwoman, Nurlela Hasan, came out to accept a petition.

"The problem is limited to Rao. We found nothing similar anywhere else," Bawaslu's regency chairman, Irfan Soleman, told the Maluku Post.

Djaafar's team welcomed the [[e4|re-vote]], saying it expected to win on Rao as well. Lolaro's camp said nine stations were not enough and that it had evidence from two villages on the main island.

According to the unofficial tallies, Djaafar leads by about 1,400 votes, fewer than half the number of voters registered at the nine stations."""),
dict(id="a3", source="Archipelago Times", published="2026-03-15",
     title="Rao votes again; Morotai result unlikely to change",
     text="""Voters at nine polling stations on Rao island in North Maluku [[e4|voted]] again on Saturday in a re-run ordered after ballots were found pre-punched in the Morotai regent [[e1|election]] two weeks ago, and early tallies suggested the overall result would not change.

According to tallies posted at the stations, Marthen Lolaro won six of the nine, but by too few votes to close the gap of about 1,400 that Sahril Djaafar opened on February 28. Turnout on Rao was 84 percent, higher than in the [[e1|first round]].

The [[e4|re-vote]] was watched by Bawaslu observers, witnesses from both campaigns and 120 police officers who crossed from Daruba by boat the night before. Ballot boxes were carried back to the regency capital under escort.

Lolaro's campaign, which led a [[e2|protest]] outside the election commission in Daruba on March 2, said it would study the tallies before deciding whether to go to the Constitutional Court again.

Bawaslu's [[e3|report]] on Rao, published on March 4, blamed two polling-station chairmen, who have been suspended and could face criminal charges. Police are trying to establish who supplied the ballots before polling day.

The commission is due to [[e5|announce]] the final result for the regency on Tuesday. The new regent will serve only until the next nationwide regional elections in 2029.

Morotai has about 75,000 inhabitants, most of them fishermen and farmers, on an island that was a major Allied air base in 1944."""),
dict(id="a4", source="Eastern Indonesia Review", published="2026-03-27",
     title="Morotai's long election ends quietly",
     text="""ANALYSIS - Sahril Djaafar will be sworn in as regent of Morotai next month, more than a year after the regency first chose a regent and after a [[e1|re-run]] that needed a [[e4|re-run]] of its own.

The election commission's [[e5|announcement]] on March 17 gave him 50.6 percent of the vote across the regency, combining the February 28 [[e1|poll]] with the [[e4|repeat vote]] at nine stations on Rao a fortnight later. Marthen Lolaro has said he will not go to court.

The sequence was quick by Indonesian standards. Lolaro's supporters [[e2|marched]] on the commission two days after the first [[e1|vote]], Bawaslu [[e3|reported]] on the pre-punched ballots two days after that, and the commission scheduled the new [[e4|ballot]] within hours.

"When supervisors publish fast, the street calms down," said Dewi Ratnasari, who studies local politics at Khairun University in Ternate. "The [[e2|protest]] in Daruba could easily have turned violent. In other regencies, disputes like this have ended with election offices set on fire."

The speed also hid a problem. Police have still not said who punched 611 ballots on Rao, and the two suspended chairmen say they were told to look away. The supervisors' [[e3|report]] named no one above them.

Djaafar inherits a regency with one hospital, an airstrip the military shares with civilian flights, and a tuna industry that depends on ferries owned by his defeated rival."""),
]),
# ---------------------------------------------------------------------------- l05
dict(story="l05", topic="sanctions on a Somali money-transfer company accused of financing al-Shabaab: U.S. Treasury sanctions, the company's denial, the Central Bank of Somalia's freeze letter, British sanctions a week later and the finance minister's meeting with U.S. Treasury officials in Nairobi (Washington, Bosaso, Mogadishu, London and Nairobi; United States - United Kingdom - Somalia)", events=[
    dict(e="e1", type="sanction", date="2026-06-02", participants=["United States", "Haldoor Remit"], location="Washington"),
    dict(e="e2", type="sanction", date="2026-06-09", participants=["United Kingdom", "Haldoor Remit"], location="London"),
    dict(e="e3", type="letter", date="2026-06-04", participants=["Central Bank of Somalia"], location="Mogadishu"),
    dict(e="e4", type="statement", date="2026-06-03", participants=["Haldoor Remit"], location="Bosaso"),
    dict(e="e5", type="meeting", date="2026-06-11", participants=["Somalia", "United States"], location="Nairobi"),
], tricky=[("e1", "e2", "the U.S. Treasury designation of Haldoor Remit on Tuesday June 2 vs the British asset freeze on the same company on Tuesday June 9, two sanctions on one target a week apart")],
note="The Treasury official's remark, earlier U.S. sanctions on al-Shabaab financiers (2024), the UN arms embargo and "
     "its lifting in 2023, the central bank's similar order of 2024, the Puntland government's comment, the company's "
     "text message to customers, the queues in Bosaso, the British embassy's refusal to comment, the Foreign Office "
     "minister's remarks and the Treasury's promise after the Nairobi meeting are side / background events. 'the "
     "accusations' (the content of the U.S. designation) and 'the American one' (a pro-form) are not marked.",
articles=[
dict(id="a1", source="Horn Wire", published="2026-06-03",
     title="U.S. sanctions Somali money-transfer firm over al-Shabaab funds",
     text="""NAIROBI - The United States imposed [[e1|sanctions]] on Tuesday on a Somali money-transfer company and four of its managers, accusing them of moving millions of dollars for the militant group al-Shabaab.

The Treasury Department said Haldoor Remit, which is based in the northern port of Bosaso and has branches in Mogadishu, Nairobi and Dubai, had handled the proceeds of "taxes" that al-Shabaab extorts from traders and farmers in southern Somalia since at least 2022. The [[e1|designation]] freezes any assets the company and the four men hold under U.S. jurisdiction and bars Americans from dealing with them.

"Al-Shabaab depends on facilitators who make its extortion look like ordinary commerce," a Treasury official said in Washington.

Haldoor Remit [[e4|denied]] the accusations on Wednesday. In a [[e4|statement]] posted on its website and read out on a Bosaso radio station, the company said it had "never knowingly served any armed group" and would contest the [[e1|sanctions]]. Its Bosaso office opened as usual on Wednesday morning, a customer said.

Money-transfer companies, known as hawalas, are a lifeline in Somalia, where most families depend on relatives abroad and the banking system is still young. The diaspora sends home more than a billion dollars a year.

Washington has sanctioned dozens of al-Shabaab financiers in recent years, among them a network of Somali and Kenyan businessmen in 2024. The United Nations lifted its arms embargo on the Somali government in December 2023 but kept its measures against al-Shabaab in place."""),
dict(id="a2", source="Mogadishu Monitor", published="2026-06-05",
     title="Central bank orders freeze of Haldoor accounts",
     text="""Somalia's central bank has [[e3|ordered]] all banks and money-transfer companies in the country to freeze accounts linked to Haldoor Remit, two days after the United States [[e1|blacklisted]] the Bosaso-based company for allegedly financing al-Shabaab.

The governor's [[e3|letter]], dated Thursday and sent to 13 licensed banks and 11 transfer companies, asks them to report any balances within two days and to block new transfers to or from the company and its managers. The central bank issued a similar order in 2024, after American sanctions on two smaller firms.

Haldoor Remit, which [[e4|said]] on Wednesday that it had never knowingly served any armed group, told customers by text message that their money was safe. In Bosaso, dozens of people queued outside its main office on Thursday to withdraw cash.

"If Haldoor closes, my mother in Garowe does not eat," said Abdiqani Farah, a taxi driver in Mogadishu who sends her 150 dollars a month.

Officials in Mogadishu said Britain was expected to announce its own [[e2|sanctions]] against the company within days. A British embassy spokesman declined to comment.

The Puntland regional government, which licenses Haldoor, said it had not been consulted by Washington and urged the company to cooperate with investigators. Puntland's leaders have long complained that the federal government in Mogadishu uses financial rules to extend its reach into the region.

Haldoor says it has about 300,000 customers in Somalia and the Gulf."""),
dict(id="a3", source="Red Sea Business Daily", published="2026-06-10",
     title="Britain follows U.S. with sanctions on Haldoor Remit",
     text="""LONDON - Britain [[e2|sanctioned]] the Somali money-transfer company Haldoor Remit on Tuesday, a week after Washington [[e1|targeted]] it for allegedly moving money for al-Shabaab.

The Foreign, Commonwealth and Development Office [[e2|added]] the company, its chief executive and two other men to the list of people and entities whose assets are frozen under Britain's Somalia regime. The British [[e2|measures]] go further than the American [[e1|designation]] in one respect: they also name Haldoor's Dubai branch manager, whom London accuses of converting extortion money into gold.

"We will not allow British financial channels to be used to fund terrorism in the Horn of Africa," a Foreign Office minister said.

Somalia's finance minister, Abdirahman Warsame, is due to [[e5|meet]] U.S. Treasury officials in Nairobi on Thursday to discuss how to keep legitimate remittances flowing. The central bank's [[e3|letter]] of last Thursday, which told banks to freeze Haldoor accounts, has left thousands of families unable to collect money, aid groups say.

Remittances from Britain, home to one of the largest Somali communities in Europe, account for about a fifth of the money sent to Somalia each year.

Haldoor's lawyers in London said they would ask for the [[e2|listing]] to be reviewed. Under British rules, the company can apply to the Foreign Office for a licence to pay out funds already in transit."""),
dict(id="a4", source="East Africa Finance Review", published="2026-06-24",
     title="After Haldoor: who pays for a hawala's fall",
     text="""ANALYSIS - When the U.S. Treasury put Haldoor Remit under [[e1|sanctions]] on June 2, the company [[e4|protested]] its innocence the next day and promised to keep paying out. It did not get the chance.

Two days after the American [[e1|move]], the central bank [[e3|wrote]] to every bank and transfer company in Somalia ordering a freeze, and Haldoor's agents stopped paying out within hours. A week after Washington, London [[e2|followed]], listing the company's Dubai manager as well.

By the time Somalia's finance minister [[e5|sat down]] with Treasury officials in Nairobi on June 11, some 300,000 customers had lost access to their money. At the [[e5|meeting]], Abdirahman Warsame asked for a 60-day licence that would let Haldoor pay out funds already in transit. Treasury officials promised to consider it; no licence has been issued.

"Nobody disputes that al-Shabaab uses hawalas," said Faduma Hersi, who studies remittances at a research centre in Nairobi. "The question is who carries the cost when one is closed overnight."

Other companies have picked up some of the business, but they charge more in rural Puntland. Aid agencies say some families in the Bari region are now borrowing food from shopkeepers.

The British [[e2|listing]] may prove harder to escape than the American one, because most of Haldoor's cash came through London."""),
]),
# ---------------------------------------------------------------------------- l06
dict(story="l06", topic="Russian border guards leave Armenia's border with Turkey: the withdrawal from the Margara crossing, Armenian border troops taking over the post, the Russian Foreign Ministry's statement, the withdrawal from the Bagaran outpost a week later and the Armenian and Turkish envoys' meeting at Margara (Margara, Bagaran, Moscow; Armenia - Russia - Turkey)", events=[
    dict(e="e1", type="withdrawal", date="2026-02-14", participants=["Russian Border Guard Service"], location="Margara"),
    dict(e="e2", type="withdrawal", date="2026-02-21", participants=["Russian Border Guard Service"], location="Bagaran"),
    dict(e="e3", type="deployment", date="2026-02-14", participants=["Armenian Border Guard Troops"], location="Margara"),
    dict(e="e4", type="statement", date="2026-02-18", participants=["Russia"], location="Moscow"),
    dict(e="e5", type="meeting", date="2026-02-25", participants=["Armenia", "Turkey"], location="Margara"),
], tricky=[("e1", "e2", "Russian border guards leaving the Margara crossing on Saturday February 14 vs the last Russian guards leaving the Bagaran outpost on the same border on Saturday February 21")],
note="The December agreement on the handover, the flag ceremony, the earlier Russian departures from Zvartnots (2024) "
     "and Agarak (2025), the 2023 war in Nagorno-Karabakh, the 2023 aid convoys through Margara, the Russian base in "
     "Gyumri, the Armenian Foreign Ministry's and prime minister's replies and the envoys' promise to study opening "
     "the crossing are side / background events. 'The handover' (the Russian exit and the Armenian arrival at once) "
     "and 'the departure of Russian border guards from the Turkish frontier' (both withdrawals) are aggregates and "
     "are not marked; 'the first such meeting held on the border itself' and 'Moscow's sharpest public reaction yet' "
     "re-describe e5 and e4 in the same sentence. The Armenian soldiers arriving at Bagaran two hours after the "
     "Russians left are a side deployment, not marked.",
articles=[
dict(id="a1", source="Caucasus Wire", published="2026-02-15",
     title="Russian guards leave Armenia's Margara crossing",
     text="""YEREVAN - Russian border guards [[e1|left]] the Margara crossing on Armenia's border with Turkey on Saturday, ending more than three decades in which Moscow's troops controlled the frontier post, and Armenian border troops [[e3|took over]] the checkpoint.

A column of eight Russian army trucks [[e1|pulled out]] of the post shortly after 10 a.m. and headed north towards the Russian military base in Gyumri, Armenian officials said. About 50 Armenian border guards then [[e3|moved into]] the barracks and raised the national flag at a short ceremony attended by the director of the National Security Service.

The handover follows an agreement reached in December under which Russia's border service, part of the FSB, will end its role on the Turkish frontier by the spring. Russian guards are also to [[e2|leave]] the Bagaran outpost, further south on the Akhurian river, by the end of next week, a National Security Service spokesman said.

Russian border guards left Yerevan's Zvartnots airport in 2024 and the Agarak crossing on the Iranian border in January 2025. Armenia's government has cooled on its alliance with Moscow since Azerbaijan retook Nagorno-Karabakh in 2023.

Margara, on the road between Yerevan and the Turkish town of Iğdır, has been closed to regular traffic since 1993. It opened briefly in 2023 to let aid trucks reach Turkey after the earthquakes there.

"Today our own soldiers stand at our own gate," said Anahit Sargsyan, 62, who watched the ceremony from the roadside."""),
dict(id="a2", source="Ararat Herald", published="2026-02-19",
     title="Moscow warns Yerevan over border guard exit",
     text="""Russia's Foreign Ministry [[e4|warned]] Armenia on Wednesday that the departure of Russian border guards from the Turkish frontier would weaken the security of the whole region, Moscow's sharpest public reaction yet to Yerevan's drift towards the West.

In a [[e4|statement]] posted on its website, the ministry's spokeswoman said Moscow "regrets the haste" of the Armenian decision and that Russian guards had "protected Armenia's borders honestly for 34 years".

Russian troops [[e1|withdrew]] from the Margara crossing on Saturday, and the Armenian border guards who [[e3|replaced]] them that day say the first nights passed quietly. The next step is Bagaran, a smaller outpost further south, where the last Russian guards on the Turkish border are due to [[e2|pull out]] this weekend.

Armenia's Foreign Ministry answered on Thursday that the decision was "a sovereign matter agreed with our Russian partners" and that Russia's base in Gyumri, with some 3,000 troops, was not affected.

Officials in Yerevan also said that Armenia's and Turkey's special envoys for normalisation would [[e5|meet]] at Margara next Wednesday, the first such meeting held on the border itself.

"Moscow is not losing a military position. It is losing a symbol," said Tigran Hakobyan, a security analyst in Yerevan. "Russian uniforms at the Turkish border told every Armenian who protected them. That message is now gone."

Trade between Armenia and Turkey still travels through Georgia, a detour of several hundred kilometres for trucks."""),
dict(id="a3", source="Black Sea Dispatch", published="2026-02-22",
     title="Last Russian guards quit Armenia's Turkish frontier",
     text="""BAGARAN, Armenia - The last Russian border guards on Armenia's frontier with Turkey [[e2|withdrew]] from the Bagaran outpost on Saturday, a week after Moscow's troops [[e1|left]] the Margara crossing further north.

About 30 Russian guards [[e2|drove out]] of the outpost, a cluster of concrete buildings above the Akhurian river, at dawn, leaving behind a watchtower and a football pitch marked with white stones. Armenian soldiers arrived two hours later.

The [[e2|pullout]] completes a transfer agreed in December. At Margara, where Armenian border guards [[e3|took up positions]] on February 14, villagers say Turkish border police on the other side of the river now wave at the new sentries.

Moscow's [[e4|complaint]] on Wednesday that Yerevan was acting in haste drew a short reply from Armenia's prime minister, who said on Friday that "borders are guarded by those who own them".

The special envoys of Armenia and Turkey are to [[e5|meet]] at Margara on Wednesday to discuss opening the crossing to citizens of third countries and to diplomats. Ankara has tied full normalisation to a peace treaty between Armenia and Azerbaijan, which has been initialled but not yet signed.

In Bagaran, a village of some 300 people, residents said they were more worried about water for their orchards than about the soldiers. "Russians, Armenians, the river is still low," said Gagik Martirosyan, a farmer."""),
dict(id="a4", source="Eurasia Security Review", published="2026-03-06",
     title="Armenia's border without Russians",
     text="""ANALYSIS - When the special envoys of Armenia and Turkey [[e5|met]] at the Margara crossing on February 25, they stood on ground that until eleven days earlier had been guarded by Russian soldiers.

The sequence was swift. On February 14 Russian border guards [[e1|drove away]] from Margara and Armenian troops [[e3|took over]] the post; a week later the Russians [[e2|left]] Bagaran, their last position on the Turkish frontier. In between, Moscow's Foreign Ministry [[e4|accused]] Yerevan of "haste" and of weakening the security of the region.

The envoys' [[e5|talks]] produced only a promise to study opening Margara to third-country citizens. But the choice of venue was the message. Turkey had refused for years to hold such sessions anywhere but Vienna or Ankara.

"The Russian [[e1|withdrawal]] from Margara made the [[e5|meeting]] possible," said Lilit Avetisyan, who follows the region for a think tank in Tbilisi. "Ankara would never have sent its envoy to a checkpoint with Russian guards on it."

Russia has not left Armenia. Its base in Gyumri remains, and its guards still patrol the border with Iran outside Agarak. Moscow has so far done nothing beyond words.

The hard part lies ahead. A Turkish border that Armenians guard themselves is only useful if it opens, and that depends on a peace treaty with Azerbaijan that neither Baku nor Yerevan has yet signed."""),
]),
# ---------------------------------------------------------------------------- l07
dict(story="l07", topic="roadside bombs in Mandera county: a bomb that kills four police officers escorting a bus near Arabia, a second bomb under a lorry near Rhamu the next day, the Interior Cabinet Secretary's curfew announcement, General Service Unit officers sent to Mandera and the arrest of six suspects in Elwak (Mandera county, Kenya)", events=[
    dict(e="e1", type="attack", date="2026-04-07", participants=["al-Shabaab", "Kenya Police Service"], location="Arabia"),
    dict(e="e2", type="attack", date="2026-04-08", participants=["al-Shabaab"], location="Rhamu"),
    dict(e="e3", type="deployment", date="2026-04-10", participants=["General Service Unit"], location="Mandera"),
    dict(e="e4", type="arrest", date="2026-04-12", participants=["Kenya Police Service", "six suspects"], location="Elwak"),
    dict(e="e5", type="statement", date="2026-04-09", participants=["Kenya Ministry of Interior"], location="Mandera"),
], tricky=[("e1", "e2", "the roadside bomb under a police escort vehicle near Arabia on the Elwak road on Tuesday April 7 vs the roadside bomb under a cement lorry near Rhamu the next day, both in Mandera county and both blamed on al-Shabaab")],
note="The deaths and wounds are part of the two bombings and are not marked separately. The police commander's remark, "
     "the suspension of traffic and the bomb squad's sweep, the 2014 bus and quarry attacks, the 2011 border closure "
     "and Kenya's 2011 intervention in Somalia, the county security meeting, the traders' complaints, the lifting of "
     "the curfew and the suspects' court appearance are side / background events; the curfew itself is the content of "
     "e5 and is not marked. 'the two roadside bombs' and 'two roadside bombs shook Mandera' cover e1 and e2 and are "
     "not marked; 'the Rhamu device' names the weapon; 'no further bomb' is negated.",
articles=[
dict(id="a1", source="Frontier Press Service", published="2026-04-08",
     title="Roadside bomb kills four police officers in Mandera",
     text="""MANDERA, Kenya - Four Kenyan police officers were killed on Tuesday when a roadside bomb [[e1|exploded]] under their vehicle on the road between Mandera and Elwak, close to the border with Somalia, police said.

The officers were escorting a passenger bus from Mandera town when the [[e1|blast]] tore through their Land Cruiser near the village of Arabia, about 30 kilometres south-west of the town, at around 9 a.m. Two other officers were wounded and flown to Nairobi for treatment. The bus and its 46 passengers were unhurt.

Police blamed al-Shabaab, the Somali militant group that has planted explosives on the roads of Mandera county for years. "This is the work of cowards who hide bombs in the sand," the county police commander, Joseph Kiprono, told reporters at the scene.

The [[e1|attack]] was the deadliest on security forces in the county this year. In 2014 al-Shabaab gunmen stopped a bus near Mandera and killed 28 passengers, and a quarry outside the town was attacked a few days later.

Traffic on the Elwak road was halted for the rest of the day while a bomb squad swept the verges. Residents of Arabia said they had heard the [[e1|explosion]] from several kilometres away.

Mandera, a county of about 900,000 people in Kenya's north-eastern corner, borders both Somalia and Ethiopia. Kenya sent troops into Somalia in 2011 after a series of kidnappings on its side of the border."""),
dict(id="a2", source="Capital Ledger", published="2026-04-10",
     title="Second Mandera bomb kills lorry driver; curfew imposed",
     text="""A second roadside bomb in two days [[e2|struck]] a lorry near Rhamu in Mandera county on Wednesday, killing its driver and wounding his two assistants, a day after four police officers died when their vehicle [[e1|hit]] an explosive device on the road to Elwak.

The lorry, carrying cement for a school under construction in Rhamu, was [[e2|blown]] off the road about ten kilometres from the town, police said. Officers believe the device had been buried during the night.

Interior Cabinet Secretary Peter Wambua flew to Mandera on Thursday, chaired a meeting of the county security committee and [[e5|announced]] a dusk-to-dawn curfew on all main roads in the county. He [[e5|said]] 300 officers of the paramilitary General Service Unit would be [[e3|sent]] to the county within days to guard convoys and search for the bomb makers.

"We will not surrender a single kilometre of road to these criminals," Wambua [[e5|told]] residents at Mandera airstrip.

Traders were less enthusiastic. Many drivers on the routes to Elwak and Rhamu travel at night to avoid the heat and the daytime checkpoints, and say the curfew will double the cost of moving goods.

"The bombs are planted at night, so they close the road at night. But who will guard it in the day?" asked Hassan Abdi, who runs a fleet of four lorries from Mandera town.

The driver killed on Wednesday, a father of five, was buried in Rhamu the same afternoon."""),
dict(id="a3", source="Horn Security Bulletin", published="2026-04-13",
     title="Six held in Elwak over Mandera roadside bombs",
     text="""Kenyan police [[e4|arrested]] six men in Elwak on Sunday on suspicion of helping al-Shabaab plant the two roadside bombs that killed five people in Mandera county last week.

The suspects, among them a mechanic and two motorcycle-taxi riders, were [[e4|picked up]] at their homes before dawn, a police spokeswoman said. Officers seized mobile phones, a bag of fertiliser and a roll of electrical wire.

The [[e4|arrests]] came two days after 300 officers of the General Service Unit [[e3|arrived]] in Mandera town from Nairobi aboard two military transport planes. The [[e3|reinforcements]] now escort buses and lorries on the roads to Elwak and Rhamu.

Police said the men had watched the movements of the police escort that was [[e1|bombed]] near Arabia on Tuesday, and had supplied the fertiliser used in the [[e2|explosion]] that killed a lorry driver near Rhamu a day later. They are expected in court in Mandera on Tuesday, when detectives will ask for more time to hold them.

The curfew that Interior Cabinet Secretary Peter Wambua [[e5|announced]] on Thursday remains in force on all main roads in the county.

Elders in Elwak said some of the men were well known in the town and urged police not to "punish a whole clan for the crimes of a few". Al-Shabaab fighters regularly cross into Mandera from the Gedo region of Somalia, a few kilometres away."""),
dict(id="a4", source="East African Review", published="2026-04-28",
     title="Mandera's roads after the bombs",
     text="""ANALYSIS - Three weeks after two roadside bombs shook Mandera county, the buses to Elwak are running again, but only in convoy and only by day.

The first [[e1|blast]], on April 7, killed four police officers escorting a bus near the village of Arabia. The next morning another bomb [[e2|exploded]] under a cement lorry near Rhamu, killing its driver. Two days after the first [[e1|bombing]], the Interior Cabinet Secretary flew in and [[e5|announced]] a night curfew on the county's roads. That Friday, 300 General Service Unit officers [[e3|landed]] at the Mandera airstrip, and five days after the first [[e1|attack]] police [[e4|detained]] six men in Elwak.

The response was fast by Kenyan standards, and it has worked for now: there has been no further bomb. "The [[e3|deployment]] has made the road feel safe again," said Amina Hussein, who sells tea at the Elwak bus stage. "But the GSU will go back to Nairobi one day, and the people who plant bombs live here."

Police say the six suspects supplied fertiliser and information, not the bombs themselves. The man believed to have built the Rhamu device is thought to be in Somalia.

Security analysts say al-Shabaab has shifted its Kenyan operations from the coast to the north-east, where the border is long and the police are few. The curfew was lifted on April 20, after traders complained that it had doubled the cost of moving goods."""),
]),
# ---------------------------------------------------------------------------- l08
dict(story="l08", topic="Shining Path ambush in the VRAEM: an ambush on an army patrol in Vizcatán del Ene, 600 troops flown to Pichari, the capture of a column commander at Llochegua and the arrest of four suspected suppliers in Kimbiri three days later (VRAEM, Ayacucho and Cusco, Peru)", events=[
    dict(e="e1", type="attack", date="2026-09-05", participants=["Militarized Communist Party of Peru", "Peruvian Army"], location="Vizcatán del Ene"),
    dict(e="e2", type="deployment", date="2026-09-08", participants=["Peruvian Armed Forces"], location="Pichari"),
    dict(e="e3", type="arrest", date="2026-09-11", participants=["Peruvian National Police", "Comrade Rómulo"], location="Llochegua"),
    dict(e="e4", type="arrest", date="2026-09-14", participants=["Peruvian National Police", "four suspected suppliers"], location="Kimbiri"),
], tricky=[("e3", "e4", "the capture of the column commander 'Comrade Rómulo' at a roadblock outside Llochegua on Friday September 11 vs the arrest of four alleged suppliers of the same column in Kimbiri on Monday September 14, both in the VRAEM after the same ambush")],
note="The three soldiers' deaths are part of the ambush and words for them ('killed', 'murdered our boys') are not marked. The Joint Command's statement, the "
     "2009 ambush, the helicopter evacuation, the minister's vow to hunt the column down (hypothetical), the funeral in "
     "Huamanga, the extension of the state of emergency, lawmakers' demands, the seizure of a rifle and radios, the "
     "Interior Ministry's announcement and the coca growers' planned strike are side / background events; Rómulo's custody as a "
     "state ('is being held') is not marked. 'two "
     "operations' covers e3 and e4 and is not marked.",
articles=[
dict(id="a1", source="Andes Wire Service", published="2026-09-06",
     title="Three Peruvian soldiers killed in VRAEM ambush",
     text="""AYACUCHO, Peru - Three Peruvian soldiers were killed and five wounded on Saturday when remnants of the Shining Path [[e1|ambushed]] an army patrol in the Vizcatán del Ene area of the VRAEM, the country's main coca-growing valley, the armed forces' Joint Command said.

The patrol of 22 soldiers was returning on foot to its base after a reconnaissance mission when it [[e1|came under fire]] from rifles and homemade explosives on a forest trail above the Mantaro river, according to a Joint Command statement. The wounded were evacuated by helicopter to the army base at Pichari and then flown to Lima.

The [[e1|attack]] was the deadliest on the security forces in the valley in three years. In 2009 a single ambush in the VRAEM killed more than a dozen soldiers.

Defence Minister Carlos Ugarte said reinforcements would be [[e2|sent]] to the valley "in the coming days" and promised that those responsible would be hunted down.

The armed group, which calls itself the Militarized Communist Party of Peru, is believed to have between 200 and 300 fighters. The government accuses it of protecting the cocaine traffickers who move paste out of the valley by river and on foot; the group denies any link to the drug trade.

The VRAEM, an area of steep jungle valleys where the regions of Ayacucho, Cusco and Junín meet, has been under a state of emergency for most of the past two decades. All three dead soldiers were conscripts, the Joint Command said."""),
dict(id="a2", source="Lima Evening Post", published="2026-09-09",
     title="Peru flies 600 troops into VRAEM after ambush",
     text="""Peru [[e2|sent]] 600 more soldiers and two combat helicopters to the VRAEM valley on Tuesday, three days after an [[e1|ambush]] that killed three soldiers in the district of Vizcatán del Ene.

The troops, from special forces units based in Lima and Arequipa, [[e2|landed]] at the Pichari base aboard four air force transport planes, the Defence Ministry said. They will join about 4,000 soldiers and police already stationed in the valley.

"The [[e2|reinforcements]] have one mission: to find the column that murdered our boys," Defence Minister Carlos Ugarte told reporters at the base.

The soldiers killed on Saturday, all between 19 and 21 years old, were buried in Huamanga on Monday. Their relatives asked why a patrol of conscripts had been sent into an area where the armed group was known to operate.

Opposition lawmakers demanded that Ugarte explain to Congress why intelligence had not detected the [[e1|attack]] in advance. The government on Monday extended the state of emergency in 34 districts of the valley for another 60 days.

Coca growers in Pichari said they feared that the new troops would destroy their crops rather than hunt the fighters. "Every time soldiers come, our fields pay," said Filomena Huamán, who leads a growers' association in the town.

The valley produces most of Peru's coca leaf, much of it destined for cocaine laboratories hidden in the forest."""),
dict(id="a3", source="Sierra Central Herald", published="2026-09-15",
     title="Shining Path commander captured; four held as suppliers",
     text="""Peruvian police and soldiers have [[e3|captured]] a senior Shining Path commander and [[e4|detained]] four suspected suppliers of the group in two operations in the VRAEM valley since Friday, the Interior Ministry said on Monday.

The commander, known as Comrade Rómulo, was [[e3|arrested]] on Friday at a roadblock outside Llochegua, where he was riding in a motorcycle taxi dressed as a coca farmer, the ministry said. Police found a pistol and a satellite phone in his bag.

Investigators believe Rómulo led the group that [[e1|attacked]] an army patrol in Vizcatán del Ene on September 5, killing three soldiers.

On Monday, police [[e4|arrested]] four men in the market town of Kimbiri, across the Apurímac river, whom they accuse of supplying the column with fuel, rice and radio batteries. Officers seized two rifles and a stock of radios from a shop owned by one of the men. Their lawyer said the four were ordinary traders.

Interior Minister Rosa Paredes said Rómulo's [[e3|capture]] was "the most important blow to the terrorists in five years". He has been flown to Lima and is being held at police headquarters.

The 600 soldiers [[e2|flown in]] last week have set up new patrol bases along the Ene river, the Defence Ministry said, and helicopters have been searching the forest where the column is believed to hide."""),
dict(id="a4", source="Andean Security Monitor", published="2026-09-30",
     title="After the VRAEM ambush, a familiar cycle",
     text="""ANALYSIS - The pattern in Peru's VRAEM valley is old, and September followed it closely.

On September 5 a Shining Path column [[e1|ambushed]] a patrol of conscripts in Vizcatán del Ene, killing three. Three days later the government [[e2|flew]] 600 special forces troops into Pichari. Within a week of the [[e1|ambush]], police had [[e3|caught]] the man they say commanded it, Comrade Rómulo, at a roadblock outside Llochegua. Three days after that, four alleged suppliers were [[e4|detained]] in Kimbiri.

The [[e3|capture]] of Rómulo is a real success. He is the most senior figure of the armed group to be taken alive since 2012, and investigators hope his phone will reveal the column's routes.

The [[e4|arrests]] in Kimbiri are another matter. Local coca growers say the four are shopkeepers who sold rice and fuel to anyone who paid, as every shop in the valley does. Their associations have called a 48-hour strike for October to demand their release.

"The state comes to the VRAEM with helicopters after every death and leaves with them a few months later," said Julio Cárdenas, a former army officer who now advises the Ayacucho regional government. "What it never brings is a road, a school or a price for anything but coca."

The troops [[e2|sent]] in September are due to stay until the end of the year."""),
]),
# ---------------------------------------------------------------------------- l09
dict(story="l09", topic="market shooting in Bawku: gunmen open fire in the central market, the interior minister's curfew announcement, 300 police officers sent to the town, an army battalion deployed three days later and the elders' peace meeting in Bolgatanga (Bawku and Bolgatanga, Upper East Region, Ghana)", events=[
    dict(e="e1", type="attack", date="2026-10-05", participants=["gunmen", "Bawku Central Market"], location="Bawku"),
    dict(e="e2", type="statement", date="2026-10-06", participants=["Ghana Ministry of the Interior"], location="Accra"),
    dict(e="e3", type="deployment", date="2026-10-07", participants=["Ghana Police Service"], location="Bawku"),
    dict(e="e4", type="deployment", date="2026-10-10", participants=["Ghana Armed Forces"], location="Bawku"),
    dict(e="e5", type="meeting", date="2026-10-16", participants=["Kusasi elders", "Mamprusi elders", "Upper East Regional Minister"], location="Bolgatanga"),
], tricky=[("e3", "e4", "300 officers of the police's formed units arriving in Bawku on Wednesday October 7 vs an army infantry battalion deployed to the same town on Saturday October 10, both sent after the same shooting")],
note="The deaths and injuries are part of the shooting and are not marked separately; the curfew is the content of e2. "
     "The National Security Council meeting, the hospital's appeal, the clashes since 2021, the army deployment of "
     "2022, the earlier night curfew, the reopening of the market, the regional security council's remarks, the "
     "promise to meet again and the trucks stranded at the border are side / background events. 'No arrests' is "
     "negated; 'the worst violence in the town this year' re-describes e1 in the same sentence. 'the security forces now "
     "in the town' and 'the two forces' cover e3 and e4 and are not marked; 'the "
     "first face-to-face session between the two sides since May' re-describes e5 in its own clause.",
articles=[
dict(id="a1", source="Gold Coast Wire", published="2026-10-06",
     title="Gunmen kill six in Bawku market",
     text="""BOLGATANGA, Ghana - Gunmen [[e1|opened fire]] in the central market of Bawku in northern Ghana on Monday, killing six people and wounding at least 14, police and hospital officials said, in the worst violence in the town this year.

Witnesses said men on motorbikes rode into the market shortly before noon, when it was crowded with traders from Burkina Faso and Togo, and [[e1|fired]] at stalls selling grain and livestock. The [[e1|shooting]] lasted about ten minutes before the attackers fled towards the border villages to the east.

"They did not ask anybody's name. They just [[e1|shot]]," said Ayishetu Nabila, who sells onions in the market and hid under her table.

Bawku has been torn for decades by a chieftaincy dispute between the Kusasi and Mamprusi communities over the town's paramount seat. Clashes flared again in 2021 and have killed scores of people since, and the town has lived under a night curfew for most of the past five years.

Police said no arrests had been made. The Presbyterian hospital in Bawku appealed for blood donors and said three of the wounded were in a critical condition.

The interior minister is expected to [[e2|announce]] new security measures on Tuesday after a meeting of the National Security Council in Accra, his spokesman said.

Bawku sits on one of the busiest trade routes between Ghana and the Sahel, and its market draws buyers from as far away as Ouagadougou. Most stalls stayed shut on Monday afternoon."""),
dict(id="a2", source="Savannah Chronicle", published="2026-10-09",
     title="Police reinforcements reach Bawku as curfew bites",
     text="""Three hundred police officers [[e3|arrived]] in Bawku on Wednesday, a day after Interior Minister Kwame Asante-Boadu [[e2|announced]] a 22-hour curfew on the town following Monday's market [[e1|shooting]].

The officers, drawn from the formed police units in Accra and Tamale, travelled overnight in a convoy of buses and armoured vehicles. The [[e3|reinforcements]] have set up checkpoints on the roads to Pusiga and Zebilla and are searching motorbikes at the entrance to the market.

The death toll from the [[e1|attack]] rose to eight on Thursday after two of the wounded died in hospital in Bolgatanga.

In his [[e2|statement]] on Tuesday, the minister also said the army would [[e4|deploy]] a battalion to the town "by the weekend" and that anyone found carrying a firearm would be arrested on sight.

Residents said the curfew, which allows them out only between 6 a.m. and 8 a.m., had left families short of water and food. "We are prisoners in our houses. The gunmen are not," said Abdul-Razak Issahaku, a teacher.

The Upper East Regional Security Council said it was in touch with leaders of both communities and urged young men not to take revenge.

The army was last sent to Bawku in force in 2022, after clashes that closed the market for months. Trucks carrying grain to Burkina Faso have been stuck at the nearby border post since Tuesday."""),
dict(id="a3", source="Accra Mirror", published="2026-10-12",
     title="Soldiers move into Bawku; elders to meet Friday",
     text="""Soldiers of the Ghana Armed Forces [[e4|took up positions]] in Bawku on Saturday, a week after a [[e1|shooting]] in the town's central market that left eight people dead, the army said.

About 450 troops of an infantry battalion based in Tamale were [[e4|deployed]] to the town and surrounding villages, the army's public relations directorate said. Armoured vehicles now stand at the main junctions.

The army's [[e4|arrival]] came three days after 300 police officers [[e3|reached]] Bawku. Police said the two forces would run joint patrols and that the night curfew would stay in place.

On Monday, shops in the central market reopened for the first time since the [[e1|attack]] a week earlier, although many traders stayed away. The curfew [[e2|announced]] last Tuesday has been eased to allow residents out between 6 a.m. and 6 p.m.

Elders of the Kusasi and Mamprusi communities will [[e5|meet]] in Bolgatanga on Friday, under the chairmanship of the Upper East Regional Minister, in the first face-to-face session between the two sides since May. A Catholic bishop and a senior imam from Tamale have agreed to attend as observers.

"If the elders talk, the young men listen," said Moses Azure, a youth leader in Bawku. "If the elders stay at home, the guns speak."

No one has claimed responsibility for the [[e1|shooting]], and police have made no arrests."""),
dict(id="a4", source="West Africa Security Monitor", published="2026-10-23",
     title="Bawku: eleven days from gunfire to the table",
     text="""ANALYSIS - When elders of Bawku's two feuding communities [[e5|sat down]] together in Bolgatanga last Friday, only eleven days had passed since the violence that brought them there.

The sequence began on October 5, when gunmen on motorbikes [[e1|sprayed]] the central market with bullets, killing eight. The next day the interior minister [[e2|declared]] a 22-hour curfew. Police reinforcements [[e3|reached]] the town the day after that, and on October 10 an army battalion [[e4|rolled in]] from Tamale.

The security forces now in the town have kept Bawku quiet, for the moment. But the [[e5|talks]] produced little beyond a promise to meet again in November and a joint appeal for calm. Neither side's elders would discuss the core question of who holds the town's chieftaincy.

"Uniforms calm the streets. They do not settle a succession dispute that is older than Ghana," said Fuseini Adam, who researches conflict in northern Ghana at the University for Development Studies in Tamale.

Traders are counting the cost. Bawku's market, which handles livestock and grain from Burkina Faso and Togo, lost almost two weeks of business, and some Burkinabe buyers say they will use markets in Togo instead.

The army says the battalion will stay in Bawku "as long as necessary". Residents remember that the troops sent in 2022 stayed for 14 months."""),
]),
# ---------------------------------------------------------------------------- l10
dict(story="l10", topic="attack on an army post in Sinak: separatist fighters attack the post, the TPNPB's claim of responsibility, 450 soldiers sent to Puncak regency, a students' rally in Jayapura and a protest in Nabire broken up with tear gas three days later (Puncak, Jayapura and Nabire; Papua and Central Papua, Indonesia)", events=[
    dict(e="e1", type="attack", date="2026-07-01", participants=["TPNPB", "Indonesian Army"], location="Sinak"),
    dict(e="e2", type="statement", date="2026-07-02", participants=["TPNPB"], location=None),
    dict(e="e3", type="deployment", date="2026-07-03", participants=["Indonesian Army"], location="Puncak"),
    dict(e="e4", type="protest", date="2026-07-06", participants=["Papuan Students' Alliance"], location="Jayapura"),
    dict(e="e5", type="protest", date="2026-07-09", participants=["Nabire residents"], location="Nabire"),
], tricky=[("e4", "e5", "the students' march from Abepura to the provincial legislature in Jayapura on Monday July 6 vs the protest in Nabire broken up with tear gas on Thursday July 9, both against the same troop deployment")],
note="The two soldiers' deaths are part of the attack and are not marked separately. The 1971 declaration, the 2022 "
     "killing of telecoms workers, the military spokesman's remarks, villagers fleeing to the church compound, the "
     "detention and release of protesters and of students in Jayapura, the governor's appeal, the commission's "
     "inquiry and the demanded withdrawal of troops (hypothetical) are side / background events. 'It was the second "
     "protest in four days' is a predicate nominal; 'the two protests' and 'Both demonstrations' cover e4 and e5 and "
     "are not marked; 'Every surge of troops' is generic.",
articles=[
dict(id="a1", source="Pacific Rim Wire", published="2026-07-02",
     title="Two Indonesian soldiers killed in attack on Papua highlands post",
     text="""JAYAPURA, Indonesia - Separatist fighters [[e1|attacked]] an Indonesian army post in Sinak, in the highlands of Central Papua province, on Wednesday, killing two soldiers and wounding three, the military said.

About 20 fighters armed with rifles [[e1|fired]] on the post at dawn from the hills around the town's airstrip, a military spokesman in Timika said. The [[e1|raid]] fell on July 1, the date Papuan separatists mark as the anniversary of a 1971 declaration of independence.

On Thursday the West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation, [[e2|claimed]] the [[e1|attack]] in a video sent to journalists. In the [[e2|message]], a man in camouflage who called himself a TPNPB spokesman said the fighters would go on until Indonesia pulled its troops out of Papua.

The military said it would [[e3|send]] reinforcements to Puncak regency, where Sinak lies, and that the soldiers' bodies would be flown to their home towns in Java and Sulawesi.

Puncak has seen repeated violence in recent years. In 2022 gunmen killed eight workers repairing a telecommunications tower in a neighbouring district, and thousands of villagers have fled their homes during army operations since then.

Rights groups say civilians are often caught between the two sides. Access to the highlands for journalists remains restricted, and the military's account of the [[e1|assault]] could not be independently verified.

Sinak, a town of about 10,000 people at 2,500 metres, is reached only by small planes from Timika and Nabire."""),
dict(id="a2", source="Highlands Herald", published="2026-07-04",
     title="Army flies 450 soldiers into Puncak after Sinak attack",
     text="""Indonesia's army [[e3|flew]] about 450 soldiers into Puncak regency on Friday, two days after separatist fighters [[e1|stormed]] a post in Sinak, killing two soldiers.

The troops, from an infantry battalion based in Nabire and a special forces unit, [[e3|landed]] at the airstrips of Sinak and Ilaga aboard military planes and helicopters, the regional military command said. They will "restore security and hunt down the armed criminal group", a spokesman said, using the government's term for the separatists.

The TPNPB, which [[e2|said]] on Thursday that it had carried out the [[e1|raid]], warned civilians to stay away from military posts.

Church leaders in Sinak said about 800 residents had taken refuge in the compound of the local church since Wednesday, fearing reprisals. "People are afraid of both the fighters and the soldiers," said pastor Yunus Wenda.

In Jayapura, the Papuan Students' Alliance said it would hold a [[e4|rally]] on Monday to demand the withdrawal of the new troops. The group said it expected thousands of students from Cenderawasih University and other campuses.

Police in Jayapura said the [[e4|march]] would be allowed if it stayed peaceful and did not display the Morning Star flag, the banned symbol of Papuan independence.

The Central Papua governor appealed for calm and said the provincial government would send food and medicine to the people sheltering in Sinak."""),
dict(id="a3", source="Jakarta Evening Review", published="2026-07-10",
     title="Tear gas in Nabire as protests spread against Papua deployment",
     text="""Police fired tear gas on Thursday to break up a [[e5|protest]] by several hundred people in Nabire, the capital of Central Papua province, against the [[e3|deployment]] of 450 extra troops to the highlands.

The protesters gathered outside the governor's office in the morning and refused to leave when police ordered them to, a police spokesman said. Eleven people were detained and released in the evening. Local activists said two demonstrators were hurt by rubber bullets; police denied using them.

It was the second protest in four days against the reinforcements, which the army [[e3|sent]] after an [[e1|attack]] on its post in Sinak on July 1 that killed two soldiers.

On Monday, about 1,000 students [[e4|marched]] from the Cenderawasih University campus in Abepura to the provincial legislature in Jayapura, carrying banners that read "Papua is not a battlefield". That [[e4|rally]] ended peacefully after legislators came out to receive the students' demands.

On Wednesday, police in Jayapura released 12 students who had been held overnight for putting up banners on the university fence.

The national human rights commission said it would send a team to Nabire to look into the [[e5|demonstration]] and the way police handled it.

The TPNPB, which [[e2|claimed]] the Sinak [[e1|attack]] a day after it happened, has since threatened further strikes on army posts in Puncak and Intan Jaya."""),
dict(id="a4", source="Melanesia Policy Review", published="2026-07-24",
     title="Papua's July: an attack, a surge, two marches",
     text="""ANALYSIS - The sequence in Papua this month was depressingly familiar, and fast.

On July 1 separatist fighters [[e1|hit]] an army post in Sinak, killing two soldiers. The next day the TPNPB [[e2|claimed]] responsibility in a video. A day later 450 soldiers [[e3|arrived]] in Puncak regency by plane and helicopter. The following Monday, students [[e4|demonstrated]] in Jayapura, and three days after that police tear-gassed a [[e5|march]] in Nabire.

The two protests were different in tone. The Jayapura [[e4|march]] was organised by students, negotiated with police in advance and ended with legislators receiving a petition. The Nabire [[e5|protest]] was larger in spirit than in numbers, angrier, and drew on families from the highlands who have relatives in Puncak.

"Every surge of troops brings a surge of displaced people," said Theo Kogoya, a researcher at a church-run institute in Jayapura. "The people who [[e5|marched]] in Nabire are the relatives of the people sleeping in the church in Sinak."

Jakarta presents the [[e3|reinforcements]] as a response to terrorism. The TPNPB presents its [[e1|attack]] as war. Both framings leave little space for the talks that church leaders have proposed for years.

Both demonstrations were small compared with the unrest of 2019, when protests spread to dozens of towns. But they show that each military operation in the highlands now has a political echo on the coast."""),
]),
]
