"""Source of ../stories_dev23/articles.jsonl and ../stories_dev23/gold.jsonl.

TWENTY-THIRD DEVELOPMENT story set (stories_dev23) for the cross-article deduplication
benchmark.  It was written without reading the system's code, extraction or clustering rules,
word lists or data files, and without running the timeline extractor, the `timeline` command,
the dedup benchmark or any test on these texts; only the format of the earlier sets was
consulted (build_stories.py, validate.py's check_stories, the docstring and first two stories
of stories_dev16_spec, the list of topics of the earlier sets in tests/gold/README.md,
DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's errors on it may be read
and used for tuning.  It is not a blind set.

Theme: long-running stories retold by analysis pieces.  10 stories (la01..la10), each with 4
or 5 gold events and exactly one tricky pair, each told by 4 articles (40 in all, 191-246
words) from invented outlets (at least 3 outlets per story), published on different days over
one to three weeks in 2026: a breaking item with a dateline, two follow-ups with background and
quotes, and an analysis written days or weeks later.  Topics, mixed across diplomacy,
security, labour, courts and public health, in regions the earlier sets used little:
  la01  the Comoros-France row over returns from Mayotte: a Comorian note, France's reply
        letter, a visa suspension for Comorian officials, ministers' talks in Paris and a
        returns protocol (diplomacy);
  la02  attacks on the Maroni-Lawa border river in French Guiana: a gold-camp robbery near
        Maripasoula, a pirogue shot at near Papaïchton, gendarmes and legionnaires sent to
        Maripasoula, arrests in Albina (Suriname) and talks in Paramaribo (security);
  la03  cocaine on the yacht Maré Alta in Cabo Verde: the crew arrested in Mindelo, the owner
        arrested at Praia airport, Portugal's extradition request and the Supreme Court's
        deadline for Lisbon's documents (courts);
  la04  a dockers' pay dispute at Port Louis, Mauritius: a 48-hour strike, failed talks, the
        union's deadline, an open-ended strike and a wage deal (labour);
  la05  anthrax in Samarkand region, Uzbekistan: two herders' deaths in Urgut, a quarantine
        announcement, a woman's death in Payariq, WHO supplies and the health ministry's
        report (public health);
  la06  a shooting at the Ras Ajdir crossing between Tunisia and Libya: Tunisian army units
        and a Libyan border force sent to the crossing, interior ministers' talks in Djerba and
        a reopening agreement (security, diplomacy);
  la07  low water in Lake Kariba: the Zambezi River Authority's bulletin, ZESCO's
        announcement of longer power cuts, a technical meeting in Harare, the energy
        ministers' meeting at Siavonga and a water-allocation agreement (diplomacy, energy);
  la08  listeria in sheep's cheese from a dairy in Detva, Slovakia: a death in Zvolen, the
        Public Health Authority's announcement, a regional inspection report, the reference
        laboratory's genetic report and a fine (public health);
  la09  a junior doctors' strike in Gabon: the strike, the health ministry's deadline, a labour
        court's 48-hour deadline, talks with ministers and an agreement (labour, courts, health);
  la10  piracy off São Tomé: pirates board the tanker Kalinda and kidnap six crew, a
        Portuguese navy patrol ship sent to São Tomé, a patrol boat from Brazil, an EU grant
        and arrests by Equatorial Guinea's navy off Bioko (security).

Relative-date chains.  In every story the fourth article is an analysis that retells the
events in order with a CHAIN of relative dates, each counted from the event told just before
it rather than from the article's date, mixed with a few explicit dates (e.g. la01: "On
February 2 ... Three days later ... The following Monday ... A week and a day after that ...
the next morning"; la08: "On August 2 ... The next day ... Four days later ... Five days after
that ... The following Monday").  A second article of seven stories also uses such a chain
(la02 a2, la03 a3, la04 a2, la06 a2, la07 a2, la09 a3, la10 a3); in la02 a2 and la04 a2 the
chain runs on into events still planned at publication ("two days after that, on Saturday,
the first of the reinforcements are due to land"; "Three days after that ... the union's
ultimatum runs out").  Relative expressions used: "two days after", "three days after",
"eight days after", "a day after", "two days later", "three days later", "four days later",
"five days later", "two days after that", "three days after that", "four days after that",
"five days after that", "nine days later", "a week later", "a week after that", "a week and a
day after that", "four days into the second strike", "the next day", "the next morning", "the
following day", "the following morning", "the following Monday", "the following Tuesday",
"the following Thursday", "that Sunday", "the day before", "last Saturday", "last Sunday",
"last Wednesday", "last Friday", "last Friday's", "Tuesday of last week", "last week", "two
weeks ago", "next Monday", "next Thursday", "next week", "within days", "in the coming days",
"a month ago", "the fortnight before it", "for the second time in eight days".  The same
weekday name can point to different dates in one article ("last Wednesday" is the Urgut
quarantine and "On Wednesday" the WHO delivery in la05 a3; "on Monday" is both the past
deadline and the coming talks in la09 a3).

Planned events that then happened are marked, as in the earlier sets.  Several stories
announce an event and then report it done: the Paris talks ("are due to meet", la01), the
reinforcements and the Paramaribo talks ("would be sent", "due to land", "will meet", la02),
Portugal's request ("would formally request", la03), the Port Louis talks and the open-ended
strike ("are due to meet", "has already given notice of an open-ended strike", "due to walk
out", la04), the ministry's report ("would publish", la05), the Tunisian deployment and the
Djerba talks ("would deploy", "will meet", la06), ZESCO's announcement and both Kariba
meetings ("is expected to announce", "would convene", "will meet", la07), both Slovak reports
and the fine ("will report", "expects to publish", "would fine", la08), the Libreville talks
("invited the collective to talks", la09), the Portuguese ship and the Brazilian boat ("would
send", "will hand over", la10).

All articles are fiction written for this data set (invented outlets, people, companies, a
union, a doctors' collective, a border force and events; real places and institutions).
Event mentions are marked inline as [[eN|trigger]]; build_stories.py strips the markers,
computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev23_spec \\
        --out tests/gold/stories_dev23

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (anaphors such as "the
raid", "that reply", "the Payariq death" and mentions in reported speech included), and
background / side events are deliberately left unmarked, even when they have the same type as
a gold event.  Unmarked side events include: the ferry turned away at Mutsamudu, the 2019
framework deal, the 2018 visa ban, the 1974 vote, the Mayotte road blockades and march and the
review planned for June (la01); earlier ambushes on soldiers, Surinamese police patrols, the
2021 police agreement and the next meeting planned for June (la02); the court hearings, the
refusal of bail, the Lisbon arrest warrant, the arrests in Belém, the customs officer detained
on Sal and the extradition hearing set for May (la03); the 2018 dock strike, the talks at the
Prime Minister's office on May 14 and the members' ratification vote (la04); the sick cows,
the 2022 Kashkadarya death, the governor's remarks, the dismissals and the lifting of the
quarantine (la05); the clashes that closed Ras Ajdir two years earlier, the Libyan
condemnation, the Zuwara road blockade, the detention of a suspect in Zuwara, the joint
patrols and the reopening (la06); the 2016 allocation cut, the Zimbabwe Power Company's own
power cuts, the mining chamber's warning and the October review (la07); the recall, the
dairy's closure and licence suspension, the 2018 frozen-vegetable outbreak, the doctors'
reports of cases in July, the Czech warning and the EU alert (la08); the 2023 strike, the
strikers' meeting and general assembly, the ministry's payroll threat and the return to the
wards (la09); the 2025 hijacking off Príncipe, the coast guard boat sent to the tanker, the
patrol ship's earlier deployment off Guinea-Bissau, French navy patrols, Brazil's training of
Santomean sailors, the ransom and the hostages' release (la10).  Aggregate mentions covering
two gold events ("two armed attacks", "an outbreak that killed three people", "The two
ultimatums") and negated, generic or hypothetical mentions ("any meeting", "more arrests could
follow", "a long strike during the loading season could cost them", "No boat has been fired
on since") are not marked, nor are predicate nominals or titles.  Where a clause names an
event twice ("Paris answered, in a letter"; "The deal that reopened it, signed in Djerba"),
one trigger is marked.  Two agreements, la04-e5 and la09-e5, are mentioned in the analysis
article only, three times each.

Type conventions used here (the type list has no better fit):
  * the Comorian diplomatic note and the French reply letter three days later (a tricky pair)
    and Portugal's extradition request are `letter` events;
  * France's suspension of visas for Comorian officials and the fine imposed on the Detva
    dairy are `sanction` events;
  * the robbery of the Inini gold camp and the shooting at a fuel pirogue two days later (a
    tricky pair), the shooting at the Ras Ajdir customs post and the pirates' boarding of the
    Kalinda with the kidnapping of six crew are `attack` events; the wounding of workers,
    officers and the boatman and the kidnapping are part of the attacks and not marked
    separately;
  * gendarmes and legionnaires flown to Maripasoula, Tunisian army units and a Libyan border
    force sent to the two sides of Ras Ajdir two days apart (a tricky pair) and a Portuguese
    navy patrol ship sent to São Tomé are `deployment` events;
  * the arrests of the Maré Alta's crew in Mindelo and of its owner at Praia airport three
    days later (a tricky pair), the arrests in Albina and those off Bioko are `arrest` events;
  * the two strikes at Port Louis a week apart (a tricky pair) and the junior doctors' strike
    in Libreville are `protest` events dated to their first day; the end of a strike and the
    return to work have no type;
  * the Port Louis union's deadline, the Gabonese health ministry's return-to-work deadline and
    the labour court's 48-hour deadline (a tricky pair) and the Cabo Verdean Supreme Court's
    deadline for Lisbon's documents are `deadline` events dated to their expiry;
  * the talks in Paris, Paramaribo, Djerba, Port Louis and Libreville, and the technical
    committee in Harare and the energy ministers' meeting at Siavonga a week later (a tricky
    pair) are `meeting` events; the protocol, the wage deal, the Ras Ajdir agreement, the
    Kariba water agreement and the doctors' accord are separate `agreement` events dated to
    their signing;
  * the quarantine announcement in Samarkand region, ZESCO's announcement of longer power cuts
    and the Slovak Public Health Authority's outbreak announcement are `statement` events;
    words for their content (the quarantine, the power cuts, the recall) are not marked;
  * the deaths of two herders in Urgut and of a woman in Payariq a week later (a tricky pair)
    and the death of a man in Zvolen are `casualties` events; only words for the deaths are
    marked;
  * the Zambezi River Authority's bulletin, the Uzbek health ministry's report, and the
    regional inspection report on the Detva dairy and the reference laboratory's genetic
    report five days later (a tricky pair) are `report` events;
  * the WHO supplies delivered to Samarkand, and Brazil's patrol boat and the EU's grant to
    São Tomé two days apart (a tricky pair) are `support` events;
  * returns of migrants, the closure and reopening of a border crossing, court rulings and
    hearings, releases of hostages, the lifting of a quarantine, the suspension of a licence and
    product recalls have no type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- la01
dict(story="la01", topic="Comoros-France row over returns from Mayotte: the Comorian note refusing collective returns, France's reply letter, France's visa suspension for Comorian officials, the foreign ministers' talks in Paris and the returns protocol (Moroni, Paris; Comoros - France)", events=[
    dict(e="e1", type="letter", date="2026-02-02", participants=["Comoros", "France"], location="Moroni"),
    dict(e="e2", type="letter", date="2026-02-05", participants=["France", "Comoros"], location="Paris"),
    dict(e="e3", type="sanction", date="2026-02-09", participants=["France", "Comoros"], location=None),
    dict(e="e4", type="meeting", date="2026-02-17", participants=["France", "Comoros"], location="Paris"),
    dict(e="e5", type="agreement", date="2026-02-18", participants=["France", "Comoros"], location="Paris"),
], tricky=[("e1", "e2", "the Comorian foreign ministry's note to the French embassy in Moroni on February 2 refusing returns vs the French foreign ministry's reply letter to the Comorian ambassador in Paris three days later, same dispute, same two governments")],
note="The ferry turned away at Mutsamudu on February 1, the 2019 framework deal and its earlier suspensions, "
     "the 1974 vote in Mayotte, the road blockades and the march on the prefecture by residents' collectives in "
     "Mayotte, the French embassy's acknowledgement, the spokesmen's remarks, the lifting of the visa suspension, "
     "the resumption of returns on March 2 and the review meeting planned for June are side / background events. "
     "The visa ban of 2018 is a side event of the same type as e3. The protocol is dated to its signing, the day "
     "after the talks.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2026-02-03",
     title="Comoros tells France it will refuse migrants expelled from Mayotte",
     text="""MORONI, Comoros - The Comoros [[e1|wrote]] to France on Monday to say it would no longer accept people expelled from Mayotte, the French-ruled island in the same archipelago, reopening one of the oldest quarrels in the Indian Ocean.

In a diplomatic [[e1|note]] handed to the French embassy in Moroni, the foreign ministry said Comorian ports and airports would refuse "all collective returns carried out without prior consultation". A ministry spokesman, Said Abdallah Mzé, said the decision took effect at once.

On Sunday port officials on Anjouan turned away a ferry carrying about 140 people removed from Mayotte, leaving it at anchor off Mutsamudu for six hours before it sailed back to Mamoudzou.

"We are not a waiting room for decisions taken in Paris," Mzé told reporters. He said the [[e1|letter]] also asked France for a "dignified" procedure in which Moroni would be told in advance who was being sent back.

The French embassy confirmed it had received the [[e1|document]] and said it was being studied in Paris.

France sends back more than 20,000 people a year from Mayotte, most of them Comorians who cross the 70 kilometres of open sea on small fishing boats known as kwassa-kwassa. A 2019 framework deal traded French development aid for Comorian cooperation on returns, but Moroni has suspended that cooperation twice before, most recently during a police crackdown on the island three years ago.

The Comoros has never recognised the 1974 vote in which Mayotte chose to remain French."""),
dict(id="a2", source="Lagoon Courier", published="2026-02-10",
     title="Paris freezes visas for Comorian officials as returns row deepens",
     text="""France has [[e3|suspended]] visas for Comorian government officials, the French foreign ministry said on Tuesday, eight days after the Comoros [[e1|told]] Paris in writing that it would no longer take back people expelled from Mayotte.

The [[e3|suspension]], in force since Monday, covers holders of diplomatic and service passports, ministers' families and senior civil servants, a ministry spokeswoman said. Ordinary applicants are not affected.

It is the second step Paris has taken in the row. On Thursday the ministry's director for Africa and the Indian Ocean sent a [[e2|letter]] to the Comorian ambassador saying returns from Mayotte were "a matter of French law and will continue", and warning that France would "draw the consequences" of a lasting refusal. Moroni had not answered that [[e2|reply]] by Tuesday evening.

"First a [[e2|warning]] by post, then a [[e3|visa ban]]. This is not how neighbours talk," said Ahmed Chanfi, a government spokesman in Moroni.

France used the same tool in 2018, when it briefly stopped issuing visas to Comorian officials during an earlier dispute over returns.

In Mamoudzou, the retention centre at Pamandzi held 212 people on Monday night, more than twice its official capacity, according to the aid group Solidarité Lagon. Residents' collectives have blocked roads in the north of the island three times since January to demand more expulsions.

The two foreign ministers are due to [[e4|meet]] in Paris on February 17, the French spokeswoman said, and the visa [[e3|measure]] would stay in place at least until then."""),
dict(id="a3", source="Francophone Dispatch", published="2026-02-19",
     title="France and Comoros sign protocol on returns from Mayotte",
     text="""PARIS - France and the Comoros [[e5|signed]] a protocol on Wednesday under which Moroni will again accept people expelled from Mayotte, ending a standoff that had filled the island's retention centre and soured relations between the two countries.

Under the [[e5|agreement]], returns will resume on March 2 at no more than two boats a week, each announced to the Comorian authorities 72 hours ahead, and France will pay for a reception centre at Mutsamudu on Anjouan. Paris will lift the visa [[e3|suspension]] it imposed on Comorian officials on February 9.

Negotiators settled the details during [[e4|talks]] on Tuesday between Foreign Minister Claire Vasseur and her Comorian counterpart, Dhoihir Ahmed Said, that ran late into the evening at the Quai d'Orsay, diplomats said.

"Two weeks ago we [[e1|wrote]] that we would accept nothing imposed on us. Today we leave with guarantees we negotiated ourselves," Said told reporters after the [[e5|signing]].

Vasseur called the [[e4|meeting]] "frank and useful" and said the [[e5|deal]] changed nothing in French law. She did not say whether Paris regretted the tone of its [[e2|letter]] of February 5, which had warned Moroni of "consequences".

In Mayotte, residents' collectives said the cap of two boats a week was far too low and called a march on the prefecture in Mamoudzou for Saturday.

The two governments will review the arrangement in June, officials said."""),
dict(id="a4", source="Indian Ocean Review", published="2026-02-24",
     title="Mayotte returns: how a note and a visa ban produced a deal",
     text="""ANALYSIS - Returns from Mayotte to the Comoros are due to resume next Monday under the protocol [[e5|signed]] in Paris on February 18. Both governments call it a success. Neither has explained what changed in the fortnight before it.

The sequence itself is simple. On February 2 the Comorian foreign ministry [[e1|wrote]] to the French embassy that collective returns would be refused. Three days later Paris [[e2|answered]], in a letter from the ministry's Africa director, that they would continue. The following Monday France [[e3|suspended]] visas for Comorian officials and their families. A week and a day after that, the two foreign ministers [[e4|sat down]] at the Quai d'Orsay, and the next morning they [[e5|signed]] the protocol.

Diplomats in Moroni say the [[e3|visa ban]] hurt more than the [[e2|letter]] did. Several ministers have children studying in France. "The [[e3|ban]] reached into the homes of the people who decide," said a Western diplomat in Moroni.

French officials point instead to the reception centre at Mutsamudu, which Paris will pay for and which Moroni had demanded for years.

The [[e5|protocol]] is fragile. It caps returns at two boats a week, while the retention centre at Pamandzi took in more than 400 people during the dispute. On Saturday several thousand people marched on the prefecture in Mamoudzou to demand more expulsions. And the Comoros has walked away from the 2019 framework deal twice before."""),
]),
# ---------------------------------------------------------------------------- la02
dict(story="la02", topic="armed attacks on the Maroni-Lawa border river in French Guiana: the robbery of a gold camp east of Maripasoula, the shooting of a fuel pirogue near Papaïchton, French gendarmes and legionnaires sent to Maripasoula, arrests in Albina and French-Surinamese talks in Paramaribo (French Guiana, Suriname)", events=[
    dict(e="e1", type="attack", date="2026-03-03", participants=["armed gang", "Société Minière de l'Inini"], location="Maripasoula"),
    dict(e="e2", type="attack", date="2026-03-05", participants=["armed gang", "Papaïchton boatman"], location="Papaïchton"),
    dict(e="e3", type="deployment", date="2026-03-07", participants=["Gendarmerie nationale", "French Foreign Legion"], location="Maripasoula"),
    dict(e="e4", type="arrest", date="2026-03-12", participants=["Suriname Police Force"], location="Albina"),
    dict(e="e5", type="meeting", date="2026-03-19", participants=["France", "Suriname"], location="Paramaribo"),
], tricky=[("e1", "e2", "a gang robbing a licensed gold camp on the Inini River east of Maripasoula on the night of March 3 vs gunmen firing on a fuel pirogue on the Lawa near Papaïchton two days later, same border river, possibly the same gang")],
note="The wounding of the mechanic, the cook and the boatman is part of the attacks and not marked separately. "
     "Earlier ambushes on soldiers and gendarmes, the prefect's condemnation, the interior ministry's "
     "announcement, Surinamese police patrols on their bank of the river, the seizure of guns and gold, the French "
     "prosecutors' request to question the suspects, the hotline and the next meeting planned for June are side "
     "events. The patrols on the Surinamese bank are a side event of the same type as e3.",
articles=[
dict(id="a1", source="Guiana Shield Wire", published="2026-03-04",
     title="Gunmen rob gold camp in French Guiana interior",
     text="""CAYENNE, French Guiana - Armed men [[e1|attacked]] a licensed gold-mining camp on the Inini River in the interior of French Guiana late on Tuesday, wounding two workers and escaping with about four kilograms of gold, the prefecture said on Wednesday.

About eight attackers, some of them carrying assault rifles, arrived by pirogue shortly before midnight, tied up the camp's 14 employees and emptied the safe, according to the operator, Société Minière de l'Inini. A mechanic was shot in the leg and a cook was beaten. Both were flown to the hospital in Cayenne by helicopter on Wednesday morning.

The camp lies about 40 kilometres east of Maripasoula, a town on the Lawa River, which forms the border with Suriname. Gendarmes reached the site at dawn, several hours after the [[e1|raid]].

"They knew exactly where the gold was kept and when it was due to be collected," said the company's director, Laurent Bouchard. "This was planned."

Investigators believe the gang came from one of the illegal mining sites that dot the forest on both sides of the river, and that it escaped towards Suriname, a source close to the inquiry said.

The prefect, Hélène Marchetti, condemned the [[e1|attack]] and promised "a firm response".

Armed robberies against miners, legal and illegal, have become common along the river. Over the past fifteen years several soldiers and gendarmes have been killed in ambushes during operations against illegal gold diggers in the same area."""),
dict(id="a2", source="Amazonie Matin", published="2026-03-06",
     title="Boatman shot on the Lawa as Paris sends reinforcements",
     text="""Gunmen [[e2|fired on]] a fuel pirogue on the Lawa River near Papaïchton on Thursday afternoon, wounding its boatman, two days after a gang [[e1|robbed]] a gold camp east of Maripasoula.

The boat, carrying 40 drums of petrol to a shop in Papaïchton, was hit by several bullets fired from the Surinamese bank, the gendarmerie said. The boatman, a 52-year-old father of five, was hit in the shoulder and taken to the health centre in Maripasoula. The attackers then took the cargo.

The interior ministry said on Friday that 80 mobile gendarmes and a platoon of Foreign Legion soldiers from Cayenne would be [[e3|sent]] to Maripasoula.

Residents say the pace of the violence is new. The [[e1|raid]] on the Inini camp came on Tuesday night. Two days later the pirogue was [[e2|ambushed]], and two days after that, on Saturday, the first of the reinforcements are due to [[e3|land]] at Maripasoula's airstrip.

"People here no longer travel on the river after four o'clock," said Théodore Aloeboetoe, a councillor in Papaïchton. "The river is our only road. If it is closed, the town is closed."

Suriname's justice minister said his police would patrol their side of the river from Friday and would cooperate with French investigators. Gendarmes believe the same gang may have carried out the [[e2|shooting]], but have made no arrests.

Fuel prices in Papaïchton rose by a third on Friday, shopkeepers said."""),
dict(id="a3", source="Suriname Daily Courier", published="2026-03-13",
     title="Four held in Albina over attacks on the border river",
     text="""PARAMARIBO - Surinamese police have [[e4|arrested]] four men suspected of two armed attacks on the French side of the border river last week, the Suriname Police Force said on Friday.

The men, aged between 23 and 41, were [[e4|detained]] on Thursday at a guesthouse in Albina, the border town on the lower Marowijne River, after a tip from French investigators, a police spokesman said. Officers seized two rifles, a pistol and about 600 grams of gold.

Police believe the group carried out the [[e1|robbery]] of a gold camp on the Inini River on March 3. They are also questioning the men about the [[e2|shooting]] of a fuel boatman near Papaïchton two days later.

Three of the suspects are Surinamese and one is Brazilian. French prosecutors have asked to question them, and a judge in Paramaribo will decide next week whether they stay in jail.

On the French side, the 80 gendarmes and the Legion platoon who [[e3|arrived]] in Maripasoula last Saturday have set up checkpoints on the Lawa and are searching pirogues. Traders in Albina complained on Friday that the checks had slowed the river trade to a crawl.

Officials from France and Suriname will [[e5|meet]] in Paramaribo next Thursday to discuss joint river patrols, the Surinamese foreign ministry said. The two countries signed a cross-border police agreement in 2021 but have rarely used it.

"The river belongs to both of us, and so do the criminals," said the ministry's spokeswoman, Mireille Pinas."""),
dict(id="a4", source="Caribbean Security Review", published="2026-03-25",
     title="A border river learns to live with its gangs",
     text="""ANALYSIS - When French and Surinamese officials [[e5|met]] in Paramaribo on March 19, they agreed on little beyond a police hotline and a promise to meet again in June. That was still more than the two governments had managed in years of complaints about the lawless stretch of river between them.

The crisis moved quickly. On the night of March 3 eight gunmen [[e1|robbed]] a licensed gold camp east of Maripasoula and shot a mechanic. Two days later a boatman was [[e2|shot]] near Papaïchton as he carried fuel upriver. Two days after that, 80 gendarmes and a platoon of legionnaires [[e3|flew]] into Maripasoula. The following Thursday Surinamese police [[e4|picked up]] four suspects in Albina. A week later, the two delegations [[e5|sat down]] in the Surinamese capital.

The French [[e3|reinforcements]] have calmed the upper Lawa for now. No boat has been fired on since the Papaïchton [[e2|ambush]], and the camp's owner says his workers are back on site.

But officials on both banks admit that the [[e4|arrests]] in Albina were lucky. A tip from a jeweller in Saint-Laurent led to the guesthouse.

Hundreds of illegal mining sites remain in the forest, and the fuel, food and gold that move between them pay for guns. "You can put a gendarme on every bend of the river for a month," said Paul Doekhie, a former Surinamese police commander. "The question is who is there in September.\""""),
]),
# ---------------------------------------------------------------------------- la03
dict(story="la03", topic="cocaine found on the yacht Maré Alta in Cabo Verde: the crew arrested in Mindelo, the owner arrested at Praia airport, Portugal's extradition request and the Supreme Court's deadline for Lisbon's documents (Mindelo, Praia; Cabo Verde - Portugal)", events=[
    dict(e="e1", type="arrest", date="2026-04-06", participants=["Cabo Verde Judiciary Police", "Maré Alta crew"], location="Mindelo"),
    dict(e="e2", type="arrest", date="2026-04-09", participants=["Cabo Verde Judiciary Police", "Rui Valente Matos"], location="Praia"),
    dict(e="e3", type="letter", date="2026-04-14", participants=["Portugal", "Cabo Verde"], location="Praia"),
    dict(e="e4", type="deadline", date="2026-04-24", participants=["Supreme Court of Justice of Cabo Verde", "Portugal"], location="Praia"),
], tricky=[("e1", "e2", "the arrest of the four crew members on the yacht in Mindelo harbour on April 6 vs the arrest of the yacht's owner at Praia airport three days later, same cocaine case, same police")],
note="The seizure of the cocaine, the court hearings in Mindelo and Praia, the refusal of bail, the Portuguese "
     "police investigation of the owner's company, the defence's objections, the certified translations sent "
     "by Lisbon, the extradition hearing set for May and the arrest of a customs officer on Sal last year are side "
     "events; the Sal arrest is of the same type as e1 and e2. The deadline is dated to its expiry (April 24); "
     "it was set on April 16.",
articles=[
dict(id="a1", source="Atlantic Islands Wire", published="2026-04-07",
     title="Cabo Verde police find cocaine on yacht in Mindelo, crew held",
     text="""MINDELO, Cabo Verde - Police in Cabo Verde have [[e1|arrested]] four crew members of a sailing yacht after finding about 1.1 tonnes of cocaine hidden in its hull in the harbour of Mindelo, the Judiciary Police said on Tuesday.

Officers boarded the 18-metre yacht Maré Alta on Monday afternoon, a few hours after it tied up at the marina on the island of São Vicente at the end of a crossing from northern Brazil. The drugs, packed in 1,040 bricks behind a false bulkhead, would fetch more than 35 million euros in Europe, said the head of the Judiciary Police, Arlindo Fortes.

The four men, two Brazilians, a Portuguese and a Cabo Verdean aged between 29 and 63, were [[e1|taken into custody]] without a struggle and will appear before a judge in Mindelo on Wednesday, Fortes said.

"This was not a random search. We were waiting for this boat," he told reporters on the quay.

He would not say whether the yacht's owner was being sought or where the cocaine was heading. A police source said the yacht had been due to sail on to the Algarve.

Cabo Verde, a string of ten islands about 500 kilometres off the coast of Senegal, lies on one of the main routes used to smuggle South American cocaine to Europe by sea. Last year police detained a customs officer on the island of Sal accused of helping traffickers move drugs through the airport there."""),
dict(id="a2", source="Lusophone Press Service", published="2026-04-10",
     title="Owner of cocaine yacht arrested at Praia airport",
     text="""PRAIA - Police in Cabo Verde [[e2|arrested]] the owner of a yacht found with more than a tonne of cocaine on Thursday evening at Praia's international airport, as he waited to board a flight to Lisbon.

Rui Valente Matos, a 57-year-old Portuguese businessman who runs a yacht charter company in Portimão, had flown to Praia from São Vicente on Wednesday, the Judiciary Police said. Officers [[e2|detained]] him at the departure gate.

His [[e2|arrest]] comes three days after police [[e1|seized]] four crew members on the yacht, the Maré Alta, in the harbour of Mindelo. A judge there refused the crew bail on Wednesday.

Matos' lawyer, Jaqueline Delgado, said her client had leased the boat to a third party in February and "knew nothing" about its cargo. "He was going home, not running away," she said.

A spokesman for Portugal's Polícia Judiciária in Lisbon said its officers had been investigating the charter company for two years and had alerted their Cabo Verdean colleagues to the yacht's voyage. Portugal would formally [[e3|request]] Matos' extradition within days, he said.

Cabo Verde's constitution does not allow the extradition of its own citizens, but Matos holds only a Portuguese passport, and the two countries have an extradition treaty.

Matos will appear before a judge in Praia on Friday. Police said more arrests could follow in Portugal and Brazil."""),
dict(id="a3", source="Island Journal", published="2026-04-17",
     title="Court gives Lisbon until April 24 in yacht extradition case",
     text="""Portugal has formally [[e3|asked]] Cabo Verde to hand over Rui Valente Matos, the owner of the yacht found with 1.1 tonnes of cocaine in Mindelo, and the Supreme Court of Justice has given Lisbon little time to back up its case.

The [[e3|request]], delivered to the justice ministry in Praia on Tuesday, accuses Matos of organising at least three cocaine shipments by sea since 2024. On Thursday the court set a [[e4|deadline]] of April 24 for Portugal to send certified copies of the evidence and of the arrest warrant issued in Lisbon.

The case has moved fast. Police [[e1|detained]] the four crew members on the Maré Alta on April 6. Three days later they [[e2|caught]] the owner at Praia airport, and five days after that the Portuguese [[e3|letter]] arrived. The court's [[e4|time limit]] came two days later.

Matos' lawyer, Jaqueline Delgado, said the Portuguese [[e3|request]] was "a copy of a newspaper article with a stamp on it" and that she would fight the extradition "up to the Constitutional Court".

Justice Minister Carla Tavares said Cabo Verde would apply the law "without haste and without delay". A diplomat in Praia said Lisbon expected to meet the [[e4|deadline]] easily.

The four crew members remain in jail in Mindelo. Under Cabo Verdean law they can be held for up to four months before being charged."""),
dict(id="a4", source="West Africa Justice Monitor", published="2026-04-28",
     title="The Maré Alta case: a test for Cabo Verde's courts",
     text="""ANALYSIS - The extradition hearing of Rui Valente Matos, set for May 12 in Praia, will be the first serious test of the treaty Cabo Verde and Portugal signed two decades ago. Lisbon's papers, at least, are in order: the certified documents reached the Supreme Court of Justice on April 23, the day before the court's [[e4|deadline]] ran out.

The case began on April 6, when Judiciary Police officers boarded the yacht Maré Alta in Mindelo and [[e1|arrested]] its four crew. Three days later they [[e2|stopped]] Matos, the yacht's owner, at Praia airport as he was about to fly to Lisbon. The following Tuesday Portugal's extradition [[e3|request]] reached the justice ministry. Two days after that the court gave Lisbon eight days to complete its file, a [[e4|cut-off]] that fell on a Friday.

Defence lawyers had counted on that [[e4|deadline]]. Translations and certifications have sunk extradition cases in Cabo Verde before, and the court's speed suggested, wrongly, that it was ready to release Matos.

The police, meanwhile, have been busy elsewhere. The crew's [[e1|detention]] in Mindelo has produced names: two more Brazilians were arrested in Belém last week, and Portuguese police searched the charter company's offices in Portimão.

"Cabo Verde wants to show Europe that it is not a soft spot on the route," said Amílcar Lopes, a lawyer in Praia. "The Maré Alta case is its chance.\""""),
]),
# ---------------------------------------------------------------------------- la04
dict(story="la04", topic="dockers' pay dispute at Port Louis: a 48-hour strike, failed talks at the labour ministry, the union's Sunday-midnight deadline, an open-ended strike and the wage agreement (Port Louis, Mauritius)", events=[
    dict(e="e1", type="protest", date="2026-05-04", participants=["Port Workers' Federation", "Port Louis dockers"], location="Port Louis"),
    dict(e="e2", type="meeting", date="2026-05-07", participants=["Port Workers' Federation", "Mauritius Port Handling Company"], location="Port Louis"),
    dict(e="e3", type="deadline", date="2026-05-10", participants=["Port Workers' Federation", "Mauritius Port Handling Company"], location=None),
    dict(e="e4", type="protest", date="2026-05-11", participants=["Port Workers' Federation", "Port Louis dockers"], location="Port Louis"),
    dict(e="e5", type="agreement", date="2026-05-15", participants=["Port Workers' Federation", "Mauritius Port Handling Company"], location="Port Louis"),
], tricky=[("e1", "e4", "the 48-hour strike that began on Monday May 4 vs the open-ended strike that began a week later on Monday May 11, same dockers, same port, same pay claim")],
note="The 2018 dock strike, the sugar exporters' and shipping lines' complaints, the company's statements, the "
     "talks at the Prime Minister's office on May 14, the ships diverted to Réunion, the end of the strike on "
     "May 15 and the ratification vote planned by the union are side events; the 2018 strike is of the same "
     "type as e1 and e4, and the May 14 talks of the same type as e2. The deadline is dated to its expiry at "
     "midnight on Sunday May 10.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2026-05-04",
     title="Port Louis dockers begin 48-hour strike over pay",
     text="""PORT LOUIS, Mauritius - Dockers at Port Louis began a 48-hour [[e1|strike]] on Monday over pay, leaving container ships waiting at anchor outside the island's only commercial port.

About 1,100 workers of the state-controlled Mauritius Port Handling Company stayed away from the container terminal at Mer Rouge and the bulk sugar terminal from the morning shift, their union, the Port Workers' Federation, said. By midday nine ships were waiting offshore.

The federation is asking for a 12 percent pay rise, backdated to January, and for the hiring of 150 permanent staff to replace casual labourers. The company has offered four percent.

"Our members have lost a third of their buying power in five years. Four percent is an insult," said the federation's secretary-general, Jean-Claude Labonne, outside the port gates.

The company said the [[e1|stoppage]] was "disproportionate" and would cost the economy millions of rupees a day.

The union has already given notice of an open-ended [[e4|strike]] from May 11 and has set the company a [[e3|deadline]] of midnight on Sunday, May 10, to improve its offer. Both sides are due to [[e2|meet]] at the labour ministry on Thursday.

Port Louis handles almost all of Mauritius' imports and exports, including fuel, rice and sugar. The last major walkout at the port, in 2018, lasted three days."""),
dict(id="a2", source="Island Business Daily", published="2026-05-08",
     title="Port talks collapse, dockers set Sunday deadline",
     text="""[[e2|Talks]] between Port Louis dockers and the Mauritius Port Handling Company broke down at the labour ministry on Thursday without a deal, and neither side said when it would return to the table.

The company raised its offer from four to six percent during the eight-hour [[e2|session]], according to people present, but the Port Workers' Federation held out for 12 percent and the hiring of permanent staff. Labour Minister Anil Gopee said he would keep "every door open".

The week has followed the script the union wrote in advance. Its 48-hour [[e1|strike]] began on Monday morning and ended on Wednesday. The next day the two sides [[e2|sat down]] with the minister. Three days after that, at midnight on Sunday, the union's [[e3|ultimatum]] runs out, and its members are due to [[e4|walk out]] again the following morning, this time with no end date.

"We gave them a week. They used it to move two percent," said federation secretary-general Jean-Claude Labonne.

The company's chief executive, Priya Seebaluck, said the port had lost 14 ship calls to Réunion during the first [[e1|stoppage]] and that six percent was "the limit of what we can pay without raising tariffs".

Sugar exporters said on Friday that a long strike during the loading season could cost them a contract with a European buyer. The shipping line CMA CGM has warned customers of delays.

A strike in 2018 ended after three days with a seven percent rise."""),
dict(id="a3", source="Mascarene Post", published="2026-05-12",
     title="Cranes stop again at Port Louis as open-ended strike begins",
     text="""Dockers at Port Louis [[e4|stopped work]] indefinitely on Monday after the Mauritius Port Handling Company let their union's [[e3|deadline]] pass without a new pay offer.

The container terminal at Mer Rouge was silent for the second time in eight days. Pickets of several hundred workers gathered at the port gates from 6 a.m., and by the evening 17 ships were waiting at anchor, the port authority said.

The [[e4|strike]] follows a 48-hour [[e1|walkout]] last week and [[e2|talks]] at the labour ministry on Thursday that ended without agreement. The company had until midnight on Sunday to improve on its offer of six percent. It did not, saying that a higher raise would force it to increase port charges.

"They thought the first [[e1|strike]] was a bluff. Now they know," said Marie-Anne Ramdin, a crane operator with 22 years at the port.

The Prime Minister's office said it would host new talks on Thursday with the federation, the company and the labour and finance ministers.

Supermarkets reported shortages of some imported goods, and the state trading corporation said it had enough rice and flour for five weeks. Two fuel tankers were given permission to unload under a minimum-service arrangement.

Business groups urged the government to declare the port an essential service, which would make the [[e4|stoppage]] illegal. The union said it would defy any such order."""),
dict(id="a4", source="Africa Labour Review", published="2026-05-25",
     title="How Port Louis dockers won their raise",
     text="""ANALYSIS - The wage [[e5|agreement]] that ended the Port Louis dock dispute gives 1,100 workers a nine percent rise over two years and 80 new permanent posts. It is less than the 12 percent they asked for and more than anyone at the Mauritius Port Handling Company thought it would pay a month ago.

The union ran its campaign like a timetable. On May 4 the Port Workers' Federation called a 48-hour [[e1|strike]]. Three days later its leaders [[e2|met]] the company at the labour ministry and walked out after eight hours. The union's [[e3|deadline]] ran out that Sunday at midnight, and the next morning the cranes [[e4|stopped]] again, this time with no end date. Four days into the second [[e4|strike]], on May 15, the two sides [[e5|signed]] at the Prime Minister's office after an all-night session.

What changed the company's mind was the queue at sea. By the end of the open-ended [[e4|stoppage]], 23 ships were at anchor and two shipping lines had begun sending Mauritian cargo through Réunion.

"The first [[e1|walkout]] cost the company money. The second cost the country its reputation," said Rajen Nuckchady, a port economist in Port Louis.

The [[e5|deal]] still has to be approved by the union's members in a vote next week, and the government has not dropped the idea of making the port an essential service."""),
]),
# ---------------------------------------------------------------------------- la05
dict(story="la05", topic="anthrax in Samarkand region: two herders' deaths in Urgut, the quarantine announcement, a woman's death in Payariq, WHO antibiotics and vaccine delivered to Samarkand and the health ministry's report (Samarkand region, Uzbekistan)", events=[
    dict(e="e1", type="casualties", date="2026-06-08", participants=["Urgut herders"], location="Urgut"),
    dict(e="e2", type="statement", date="2026-06-10", participants=["Samarkand regional sanitary-epidemiological service"], location="Samarkand"),
    dict(e="e3", type="casualties", date="2026-06-15", participants=["Payariq woman"], location="Payariq"),
    dict(e="e4", type="support", date="2026-06-17", participants=["World Health Organization", "Uzbekistan"], location="Samarkand"),
    dict(e="e5", type="report", date="2026-06-26", participants=["Uzbekistan Ministry of Health"], location="Tashkent"),
], tricky=[("e1", "e3", "the deaths of two herders in Urgut district on June 8 vs the death of a woman in Payariq district a week later, same disease, same region")],
note="The sick cows and their slaughter, the patients treated in hospital, the quarantine itself, the "
     "regional governor's remarks, the vaccination of cattle, the 2022 death of a shepherd in Kashkadarya, the "
     "lifting of the quarantine and the dismissal of veterinary officials are side events; the 2022 death is of "
     "the same type as e1 and e3. Aggregates over both casualty events ('three deaths', 'the three victims', "
     "'killed three people') are not marked.",
articles=[
dict(id="a1", source="Central Asia Newsline", published="2026-06-09",
     title="Two herders die of suspected anthrax in Samarkand region",
     text="""SAMARKAND, Uzbekistan - Two herders have [[e1|died]] of suspected anthrax in the Urgut district of Samarkand region, health officials said on Tuesday, and seven of their relatives and neighbours are being watched for symptoms.

The men, aged 46 and 58, came from the same mountain village south of Urgut. They fell ill late last month after slaughtering a sick cow and selling its meat to neighbours, and both were [[e1|pronounced dead]] at the district hospital on Monday, a regional health official said.

"The symptoms, the history of the animal and the speed of their [[e1|deaths]] all point to anthrax," said Dilshod Rakhimov, deputy head of the regional sanitary-epidemiological service. Samples have been sent to a laboratory in Tashkent for confirmation.

Veterinary officers have burned the remains of the cow and are checking cattle in four neighbouring villages. Officials said they would decide within days whether further measures were needed.

Anthrax spores can survive in soil for decades, and cases occur in Uzbekistan most summers, usually among people who handle or butcher infected animals. In 2022 a shepherd died of the disease in neighbouring Kashkadarya region.

Villagers said the cow had not been vaccinated. A state programme that once vaccinated all cattle in the mountain districts every spring has been cut back in recent years, leaving it to owners to pay for the shots."""),
dict(id="a2", source="Silk Road Herald", published="2026-06-11",
     title="Samarkand region quarantines three villages after anthrax deaths",
     text="""Health authorities in Samarkand region [[e2|announced]] a quarantine on three villages in Urgut district on Wednesday, two days after two herders [[e1|died]] of anthrax there.

The [[e2|order]], signed by the head of the regional sanitary-epidemiological service, bans the movement of cattle and sheep in and out of the villages for 21 days and closes the local meat market. Police have set up checkpoints on the roads leading to the area.

A laboratory in Tashkent confirmed on Tuesday that the two men had been infected with anthrax, the service said. Four people who ate meat from the same cow are being treated with antibiotics in hospital in Samarkand, and their condition is stable.

"We are acting early so that we do not have to act late," Dilshod Rakhimov, the service's deputy head, said when he read out the [[e2|announcement]] at a news conference.

Villagers were less convinced. "The cows are our money. If they cannot go to market, we cannot eat," said Bakhtiyor Nazarov, who keeps twelve head of cattle.

The regional governor's office said it would pay for vaccinating all livestock in the three villages.

The [[e1|deaths]] have revived criticism of the cuts to free cattle vaccination. The state veterinary committee said the number of vaccinated animals in Samarkand region had fallen by almost half since 2021."""),
dict(id="a3", source="Uzbek Monitor", published="2026-06-18",
     title="Woman dies of anthrax in second Samarkand district; WHO sends help",
     text="""A 34-year-old woman has [[e3|died]] of anthrax in Payariq district, the first case outside the Urgut area where two herders were [[e1|killed]] by the disease this month, the health ministry said.

The woman, a mother of three, fell ill after helping her husband butcher a sheep that had died suddenly. She [[e3|died]] in hospital in Samarkand on Monday. Doctors said she had arrived too late for antibiotics to work.

Her [[e3|death]], some 60 kilometres from the Urgut villages, has raised fears that the disease is more widespread than the authorities admitted. The quarantine [[e2|declared]] in Urgut last Wednesday covers only three villages.

On Wednesday a team from the World Health Organization [[e4|delivered]] 5,000 courses of antibiotics, protective equipment and 200,000 doses of livestock vaccine to the regional health department in Samarkand, the agency's office in Tashkent said.

"The priority is to vaccinate animals quickly and to stop people slaughtering sick ones at home," said Anna Kowalczyk, a WHO health emergencies officer.

The [[e4|shipment]] was paid for from the agency's emergency fund.

The health ministry said it would [[e5|publish]] the findings of its inquiry into the outbreak next week. Three people remain in hospital.

Across Central Asia anthrax kills a handful of people most summers."""),
dict(id="a4", source="Eurasia Health Journal", published="2026-06-30",
     title="What Samarkand's anthrax summer says about Uzbekistan's vets",
     text="""ANALYSIS - Uzbekistan's health ministry was unusually blunt in the [[e5|report]] it published last Friday on this month's anthrax outbreak in Samarkand region. It blamed home slaughter of sick animals, a collapse in cattle vaccination and "the late reaction of district services" for an outbreak that killed three people.

The timeline in the [[e5|report]] shows how the outbreak spread. On June 8 two herders from a village near Urgut [[e1|died]] in the district hospital. Two days later the regional sanitary service [[e2|declared]] a quarantine on three villages. The following Monday a woman [[e3|died]] in Payariq, far outside the quarantine zone. Two days after that a WHO team [[e4|brought]] antibiotics and 200,000 doses of cattle vaccine to Samarkand, and nine days later the ministry [[e5|published]] its findings.

The Payariq [[e3|death]] exposed the narrow scope of the first response. The quarantine [[e2|order]] covered three villages, while veterinary records cited in the [[e5|report]] show sick animals in at least eleven.

The [[e4|aid]] from the WHO allowed the region to vaccinate 150,000 animals in ten days. The ministry now wants the state to pay for vaccinating cattle again, a cost it puts at 40 billion som a year.

Two district veterinary chiefs have been dismissed. The quarantine in Urgut was lifted on Monday."""),
]),
# ---------------------------------------------------------------------------- la06
dict(story="la06", topic="shooting at the Ras Ajdir border crossing: gunmen fire on the Tunisian customs post, Tunisian army units and a Libyan border force sent to the crossing, interior ministers' talks in Djerba and the reopening agreement (Ras Ajdir, Ben Gardane, Djerba; Tunisia - Libya)", events=[
    dict(e="e1", type="attack", date="2026-01-13", participants=["gunmen", "Tunisian customs"], location="Ras Ajdir"),
    dict(e="e2", type="deployment", date="2026-01-14", participants=["Tunisian Army"], location="Ras Ajdir"),
    dict(e="e3", type="deployment", date="2026-01-16", participants=["Libya", "Western Border Security Force"], location="Ras Ajdir"),
    dict(e="e4", type="meeting", date="2026-01-22", participants=["Tunisia", "Libya"], location="Djerba"),
    dict(e="e5", type="agreement", date="2026-01-23", participants=["Tunisia", "Libya"], location="Djerba"),
], tricky=[("e2", "e3", "Tunisian armoured units sent to the Tunisian side of Ras Ajdir on January 14 vs a Libyan border force sent to the Libyan side of the same crossing two days later")],
note="The wounding of two customs officers is part of the attack and not marked separately. The closure and "
     "the reopening of the crossing, the Libyan government's condemnation, the clashes that closed the crossing "
     "two years earlier, the traders' protest in Zuwara, the smuggling of fuel, the joint patrols still to come "
     "and the arrest of a suspect in Zuwara are side events; the earlier clashes are of the same type as e1. The "
     "ministers' meeting ran over two days and is dated to its first day.",
articles=[
dict(id="a1", source="Maghreb Wire", published="2026-01-14",
     title="Gunmen fire on Tunisian customs post at Libyan border",
     text="""BEN GARDANE, Tunisia - Gunmen [[e1|opened fire]] on the Tunisian customs post at the Ras Ajdir border crossing with Libya late on Tuesday, wounding two customs officers, the Tunisian interior ministry said on Wednesday.

The attackers drove up to the Libyan side of the crossing in two pickup trucks shortly before 11 p.m. and fired for about ten minutes at the Tunisian building across the barrier before driving off, the ministry said. One of the officers was hit in the chest and is in a serious condition in hospital in Médenine.

Tunisia closed the crossing to all traffic immediately after the [[e1|shooting]]. Hundreds of lorries and cars were stuck on both sides on Wednesday.

The defence ministry said army units would [[e2|deploy]] to Ras Ajdir and the town of Ben Gardane "within hours".

Libya's Government of National Unity in Tripoli condemned the [[e1|attack]] and said it would find those responsible. No group has said it carried out the [[e1|assault]].

Ras Ajdir, on the Mediterranean coast, is the main land crossing between the two countries and a lifeline for traders in southern Tunisia, many of whom make their living from cheap Libyan fuel and goods. The crossing was closed for several months two years ago after clashes between Libyan armed groups over who should control it.

"Without Ras Ajdir, Ben Gardane has no work," said Mabrouk Ferchichi, who sells petrol by the roadside outside the town."""),
dict(id="a2", source="Carthage Courier", published="2026-01-17",
     title="Libyan force takes position at Ras Ajdir as Tunisian troops dig in",
     text="""A Libyan border force [[e3|arrived]] on the Libyan side of the Ras Ajdir crossing on Friday, three days after gunmen [[e1|fired]] on Tunisian customs officers there, the interior ministry in Tripoli said.

About 300 members of the newly formed Western Border Security Force, in some 40 vehicles, [[e3|took over]] the Libyan customs and immigration buildings from a local armed group, the ministry said. Tripoli presented the [[e3|deployment]] as a sign that it was taking control of the crossing.

Tunisian soldiers were already facing them across the barrier. The [[e1|attack]] came on Tuesday night. The next day armoured units of the Tunisian army [[e2|moved]] into Ben Gardane and up to the crossing, and two days after that the Libyan convoy [[e3|rolled in]].

A Tunisian officer at the crossing said the two forces had been in radio contact since Friday evening. "They are on their side, we are on ours, and that is how it should be," he said.

The interior ministers of the two countries will [[e4|meet]] on the island of Djerba next Thursday to discuss reopening the crossing, the Tunisian government said.

In the Libyan border town of Zuwara, traders blocked the coastal road for several hours on Friday to demand that the crossing reopen. The closure has left thousands of people on both sides without income.

Tunisian investigators say the gunmen were linked to fuel smugglers angered by a crackdown at the post."""),
dict(id="a3", source="Tripoli Evening News", published="2026-01-24",
     title="Tunisia and Libya agree to reopen Ras Ajdir on Monday",
     text="""Libya and Tunisia [[e5|agreed]] on Friday to reopen the Ras Ajdir border crossing on Monday under a joint security plan, at the end of two days of [[e4|talks]] between their interior ministers on the Tunisian island of Djerba.

Under the [[e5|agreement]], the crossing will open from 7 a.m. to 7 p.m. for the first month, the two sides will set up a joint operations room, and Libyan and Tunisian patrols will coordinate along the border. Both governments promised to share intelligence on smuggling networks.

"Ras Ajdir is a door between two brothers. Today we put a lock on it that both of us can open," Libya's interior minister, Salem al-Fitouri, told reporters after the [[e5|signing]].

His Tunisian counterpart, Nabil Jaziri, said the [[e4|meeting]], which began on Thursday, had been "difficult but honest". He said the gunmen who [[e1|shot at]] the Tunisian customs post on January 13 must be caught.

The ministers praised the [[e3|deployment]] of the Libyan border force on January 16, which Tripoli says has taken the Libyan side of the crossing out of the hands of local armed groups. The Tunisian army units [[e2|sent]] to the border on January 14 will stay in place for now, Jaziri said.

Traders in Ben Gardane and Zuwara welcomed the news but said they had lost two weeks of income. Libyan officials said a suspect in the [[e1|shooting]] had been detained in Zuwara on Thursday."""),
dict(id="a4", source="North Africa Security Monitor", published="2026-02-04",
     title="Ras Ajdir reopens, but who controls it?",
     text="""ANALYSIS - Ras Ajdir has been open for nine days, and traffic is almost back to normal. The [[e5|deal]] that reopened it, signed in Djerba on January 23, is holding. That does not mean the question behind the crisis has been answered.

The sequence was quick even by the standards of this border. On January 13 gunmen [[e1|fired]] on the Tunisian customs post from the Libyan side. The next day Tunisian armoured units [[e2|deployed]] to the crossing. Two days after that a new Libyan border force [[e3|took over]] the Libyan buildings. The following Thursday the two interior ministers [[e4|sat down]] in Djerba, and the next day they [[e5|signed]].

The Libyan [[e3|deployment]] was the real turning point. For years the Libyan side of Ras Ajdir was run by armed groups from Zuwara, which made money from every lorry and every jerrycan of fuel. The Western Border Security Force answers to the interior ministry in Tripoli.

Tunisian officials say the [[e1|attack]] was a message from smugglers who had lost out. A Libyan man arrested in Zuwara in connection with it has not yet been charged.

"Tripoli used the [[e1|shooting]] to take a crossing it had wanted for years," said Hamza Ben Salem, a researcher in Tunis. The Tunisian [[e2|reinforcements]], he noted, are still in Ben Gardane."""),
]),
# ---------------------------------------------------------------------------- la07
dict(story="la07", topic="low water in Lake Kariba: the Zambezi River Authority's bulletin, ZESCO's announcement of longer power cuts, the technical committee meeting in Harare, the energy ministers' meeting at Siavonga and the water allocation agreement (Lusaka, Harare, Siavonga; Zambia - Zimbabwe)", events=[
    dict(e="e1", type="report", date="2026-07-06", participants=["Zambezi River Authority"], location="Lusaka"),
    dict(e="e2", type="statement", date="2026-07-08", participants=["ZESCO"], location="Lusaka"),
    dict(e="e3", type="meeting", date="2026-07-09", participants=["ZESCO", "Zimbabwe Power Company", "Zambezi River Authority"], location="Harare"),
    dict(e="e4", type="meeting", date="2026-07-16", participants=["Zambia", "Zimbabwe"], location="Siavonga"),
    dict(e="e5", type="agreement", date="2026-07-17", participants=["Zambia", "Zimbabwe"], location="Siavonga"),
], tricky=[("e3", "e4", "the technical committee of the two power utilities and the river authority in Harare on July 9 vs the energy ministers' meeting at Siavonga a week later, same water allocation")],
note="The 2016 and 2024 allocation cuts, the Zimbabwe Power Company's own power cuts, the mining chamber's "
     "complaint, the review of lake levels due in October and the solar "
     "tenders are side events; the 2016 cut is of the same type as e5 and the October review of the same type "
     "as e3 and e4. The ministers' meeting is dated to its first day; the agreement to the day after.",
articles=[
dict(id="a1", source="Southern Africa Wire", published="2026-07-07",
     title="Kariba nears power cut-off level, river authority warns",
     text="""LUSAKA - The water in Lake Kariba has fallen to 1.1 metres above the level at which power stations on the dam must stop generating, the Zambezi River Authority said in a [[e1|bulletin]] on Monday, raising the prospect of deeper power cuts in Zambia and Zimbabwe.

The authority, which manages the dam for both countries, said inflows from the upper Zambezi during this year's rainy season were the third lowest on record. At the current rate of use, the lake would reach its minimum operating level by late September, the [[e1|report]] said.

Zambia's state power company ZESCO, which relies on the Kariba North Bank station for about a third of its electricity, is expected to [[e2|announce]] longer daily power cuts this week. Households in Lusaka already go without electricity for up to 12 hours a day.

The river authority said it would [[e3|convene]] engineers from ZESCO and the Zimbabwe Power Company in Harare on Thursday to review how much water each may use for the rest of the year.

"We cannot generate power from water that is not there," said the authority's chief executive, Martin Chilufya. "Both utilities will have to take less."

Kariba, built in the late 1950s, is one of the largest man-made lakes in the world. In 2016, after a similar drought, the authority cut the two utilities' allocation by a quarter, and the two countries went through months of rolling blackouts."""),
dict(id="a2", source="Zambezi Times", published="2026-07-10",
     title="ZESCO extends load-shedding as Kariba engineers meet in Harare",
     text="""Engineers from Zambia's and Zimbabwe's power utilities [[e3|met]] in Harare on Thursday to divide what is left of the water in Lake Kariba, a day after ZESCO [[e2|said]] Zambian households would go without power for up to 17 hours a day.

The [[e3|meeting]], chaired by the Zambezi River Authority, ended without a recommendation, people who attended said. The Zimbabwe Power Company wants the water shared equally, while ZESCO argues that Zambia depends more on Kariba.

The week has brought bad news in quick succession. Monday's [[e1|bulletin]] from the river authority showed the lake only 1.1 metres above the cut-off level. Two days later ZESCO [[e2|announced]] the longer power cuts, and the next day the engineers [[e3|sat down]] in Harare.

"We have moved from managing a shortage to managing a crisis," ZESCO's managing director, Mutale Phiri, said in the [[e2|statement]] on Wednesday. The new schedule starts on Monday.

Mining companies on the Copperbelt have been told to cut their demand by a fifth. The Zambia Chamber of Mines said on Thursday that the cuts would cost the industry thousands of tonnes of copper.

The energy ministers of the two countries will [[e4|meet]] at Siavonga, on the Zambian shore of the lake, next Thursday to take the decision the engineers could not, the authority said.

In Harare, the Zimbabwe Power Company announced its own longer power cuts on Friday."""),
dict(id="a3", source="Harare Business Chronicle", published="2026-07-18",
     title="Zambia and Zimbabwe agree to share Kariba's shrinking water",
     text="""Zambia and Zimbabwe [[e5|agreed]] on Friday to cut the amount of water their power stations may take from Lake Kariba by 30 percent for the rest of the year, after two days of [[e4|talks]] between their energy ministers at Siavonga.

Under the [[e5|agreement]], each country may use 7.5 billion cubic metres of water in 2026, down from the 10.7 billion each was allotted in January. ZESCO and the Zimbabwe Power Company will report their weekly use to the Zambezi River Authority, which can stop generation at either station if it overshoots.

The [[e4|meeting]] opened on Thursday with the two sides far apart. Zimbabwe's delegation arrived arguing for a bigger share because of its larger industrial load, officials said. The technical committee that [[e3|met]] in Harare on July 9 had failed to settle the same question.

"Nobody won today. The lake lost," Zimbabwe's energy minister, Tinashe Mhlanga, said after the [[e5|signing]].

His Zambian counterpart, Chanda Mwale, said ZESCO's [[e2|announcement]] of July 8, which extended power cuts to 17 hours a day, would not be reversed. "The [[e5|deal]] buys time. It does not buy rain," he said.

The river authority will review the lake levels again in October, before the rains are due."""),
dict(id="a4", source="Energy Africa Review", published="2026-07-28",
     title="Kariba's water deal shows the limits of hydropower",
     text="""ANALYSIS - The Kariba water [[e5|agreement]] of July 17 was, by the standards of southern African diplomacy, fast. It was also the third time in ten years that Zambia and Zimbabwe have had to ration a lake that supplies about a third of their electricity.

The crisis followed a clear order. On July 6 the Zambezi River Authority [[e1|reported]] that the lake was barely above the level at which generation must stop. Two days later ZESCO [[e2|told]] Zambians to expect 17-hour power cuts. The next day engineers from both utilities [[e3|met]] in Harare and failed to agree. A week after that the energy ministers [[e4|gathered]] at Siavonga, and the following day they [[e5|signed]].

The Harare [[e3|meeting]] failed because the engineers had no mandate to trade water for anything else. At Siavonga the ministers did: diplomats say Zimbabwe accepted an equal share in exchange for Zambian help with transmission lines to import power from Mozambique.

The authority's [[e1|bulletin]] should not have surprised anyone. Inflows have fallen in six of the last ten years, and in 2016 the authority cut the utilities' allocation by a quarter after a similar drought.

Both governments are now tendering for solar farms. "Kariba will still matter," said Ruth Banda, an energy analyst in Lusaka. "But a country that relies on one lake for its lights will keep having weeks like July.\""""),
]),
# ---------------------------------------------------------------------------- la08
dict(story="la08", topic="listeria in sheep's cheese from a Detva dairy: a man's death in Zvolen, the Public Health Authority's outbreak announcement, the regional inspection report, the reference laboratory's genetic report and the food administration's fine (Detva, Zvolen, Banská Bystrica, Bratislava; Slovakia)", events=[
    dict(e="e1", type="statement", date="2026-08-03", participants=["Public Health Authority of the Slovak Republic"], location="Bratislava"),
    dict(e="e2", type="casualties", date="2026-08-02", participants=["79-year-old man"], location="Zvolen"),
    dict(e="e3", type="report", date="2026-08-07", participants=["Regional Public Health Authority in Banská Bystrica"], location="Banská Bystrica"),
    dict(e="e4", type="report", date="2026-08-12", participants=["National Reference Laboratory for Listeria"], location="Bratislava"),
    dict(e="e5", type="sanction", date="2026-08-17", participants=["State Veterinary and Food Administration", "Mliekareň Poľana"], location="Bratislava"),
], tricky=[("e3", "e4", "the regional public health office's inspection report on the Detva dairy on August 7 vs the national reference laboratory's genetic report linking the patients to the dairy five days later, same outbreak")],
note="The recall of the cheese, the illnesses of the other patients, the dairy's closure and its owner's "
     "remarks, the 2018 frozen-vegetable outbreak, the Czech warning, the suspension of the dairy's licence, the "
     "dairy's appeal, the doctors' reports of cases in July and the European Commission's alert are side events; "
     "the Czech warning is of the same type as e1, the doctors' reports of the same type as e3 and e4. The fine "
     "is typed `sanction`.",
articles=[
dict(id="a1", source="Central European Newswire", published="2026-08-04",
     title="Slovakia warns against sheep's cheese after listeria death",
     text="""BRATISLAVA - Slovakia's Public Health Authority [[e1|announced]] an outbreak of listeriosis on Monday and told people not to eat sheep's cheese from a dairy in the central town of Detva, a day after a 79-year-old man [[e2|died]] of the infection.

The man, from a village near Zvolen, had been admitted to hospital there with a high fever last week and [[e2|died]] on Sunday, the authority said. At least nine other people in Banská Bystrica region have fallen ill since mid-July, among them a pregnant woman.

All the patients had eaten bryndza, the soft sheep's cheese used in Slovakia's national dish, or other products from Mliekareň Poľana, a family dairy in Detva, the chief hygienist, Katarína Bieliková, said in the [[e1|announcement]]. The dairy has recalled all products with a use-by date in August.

Inspectors from the regional public health office in Banská Bystrica spent Monday at the dairy and will [[e3|report]] their findings by Friday.

"The risk is greatest for pregnant women, newborns, older people and anyone with a weak immune system," said Peter Kováč, an infectious-disease specialist at the hospital in Banská Bystrica.

Listeria bacteria can survive in fridges and cause a severe infection weeks after a contaminated food has been eaten. In 2018 an outbreak linked to frozen vegetables from a plant in Hungary killed people in several European countries.

The dairy's owner, Ján Hrivnák, said his family had made cheese in Detva for three generations. "We will find the cause," he said."""),
dict(id="a2", source="Danube Post", published="2026-08-08",
     title="Inspectors find listeria in Detva dairy",
     text="""Inspectors found listeria on a cheese-slicing machine and in a floor drain at Mliekareň Poľana, the dairy in Detva at the centre of Slovakia's listeriosis outbreak, the regional public health office in Banská Bystrica said in a [[e3|report]] on Friday.

The [[e3|report]] also describes cracked tiles in the ripening room, a broken thermometer in one of the cold stores and cleaning records that had not been filled in since June. The dairy has been closed since Wednesday.

The number of people known to be ill has risen to 12, the Public Health Authority said, with five of them still in hospital. The outbreak has claimed one life: a 79-year-old man from near Zvolen [[e2|died]] last Sunday.

The authority's [[e1|warning]] on Monday has emptied shelves of bryndza across the country, and several restaurants in Bratislava have taken bryndzové halušky off their menus for now.

Hrivnák, the dairy's owner, said he accepted the [[e3|findings]] and had hired a private laboratory to test every machine. "I will not reopen until I am sure," he said.

Officials stressed that the bacteria found at the dairy had not yet been matched to the patients. The national reference laboratory in Bratislava is comparing the genetic fingerprints of the two and expects to [[e4|publish]] its results next week.

The Czech food inspection authority on Friday advised Czech shoppers to check whether they had bought cheese from the Detva dairy."""),
dict(id="a3", source="Bratislava Daily", published="2026-08-13",
     title="Genetic tests tie 14 listeria cases to Detva dairy",
     text="""Genetic tests have linked 14 cases of listeriosis in Slovakia to bacteria found at a sheep's cheese dairy in Detva, the national reference laboratory said in a [[e4|report]] on Wednesday, confirming the source of the country's worst food poisoning outbreak in years.

The laboratory compared the genome of the bacteria taken from patients with samples collected at Mliekareň Poľana. All 14 were the same strain, the [[e4|report]] said, and two more patients in Žilina region are being tested.

Last Friday's [[e3|report]] by the regional public health office had found listeria on a slicing machine and in a drain at the dairy, but could not say whether it was the strain making people ill. The new [[e4|results]] settle that question, the chief hygienist, Katarína Bieliková, said.

Among the patients was a 79-year-old man from near Zvolen whose [[e2|death]] on August 2 first alerted doctors. A newborn baby treated in Banská Bystrica is now out of danger.

The State Veterinary and Food Administration said it would [[e5|fine]] the dairy in the coming days and would decide separately whether to withdraw its licence.

Consumer groups asked why the outbreak was [[e1|announced]] only after a [[e2|death]], when the first patients fell ill in mid-July. The Public Health Authority said it had needed time to find what linked the cases.

Hrivnák, the owner, said he would not contest the [[e4|findings]]."""),
dict(id="a4", source="Food Safety Europe Review", published="2026-08-25",
     title="Slovakia's cheese outbreak: fast in the end, slow at the start",
     text="""ANALYSIS - The 40,000-euro [[e5|fine]] imposed on the Detva dairy Mliekareň Poľana is the largest ever handed to a Slovak cheesemaker. It closes the official part of a listeriosis outbreak that made 14 people ill and [[e2|killed]] one.

Once the authorities moved, they moved fast. On August 2 a 79-year-old man [[e2|died]] in hospital in Zvolen. The next day the Public Health Authority [[e1|announced]] the outbreak and named the dairy. Four days later the regional inspectors [[e3|reported]] listeria on the dairy's machines. Five days after that the national reference laboratory [[e4|matched]] the bacteria from the dairy to the patients. The following Monday the State Veterinary and Food Administration [[e5|fined]] the dairy and suspended its licence.

The slow part came before. The first patients fell ill in mid-July, and doctors in Banská Bystrica region reported several cases of listeriosis in the second half of the month. None of them was linked to the others until the man's [[e2|death]].

The genetic [[e4|report]] was decisive. Without it, the regional [[e3|inspection]] would have shown only that the dairy was dirty, not that it had made people ill.

Hrivnák, the owner, has appealed against the [[e5|penalty]] but not against the suspension. The European Commission has passed the laboratory's data to other member states through its food alert system."""),
]),
# ---------------------------------------------------------------------------- la09
dict(story="la09", topic="junior doctors' strike in Gabon: the strike at Libreville's public hospitals, the health ministry's Monday return-to-work deadline, the labour court's 48-hour deadline, talks with the health and finance ministers and the agreement on unpaid allowances (Libreville, Gabon)", events=[
    dict(e="e1", type="protest", date="2026-09-01", participants=["Collective of Junior Doctors of Gabon"], location="Libreville"),
    dict(e="e2", type="deadline", date="2026-09-07", participants=["Gabon Ministry of Health", "Collective of Junior Doctors of Gabon"], location="Libreville"),
    dict(e="e3", type="deadline", date="2026-09-11", participants=["Libreville Labour Court", "Collective of Junior Doctors of Gabon"], location="Libreville"),
    dict(e="e4", type="meeting", date="2026-09-14", participants=["Gabon", "Collective of Junior Doctors of Gabon"], location="Libreville"),
    dict(e="e5", type="agreement", date="2026-09-15", participants=["Gabon", "Collective of Junior Doctors of Gabon"], location="Libreville"),
], tricky=[("e2", "e3", "the health ministry's deadline for striking junior doctors to return by 8 a.m. on Monday September 7 vs the 48-hour deadline set by the labour court on September 9, which ran out on Friday September 11, same strike, same doctors")],
note="The 2023 strike, the strikers' meeting outside the hospital, the minimum service in emergency wards, the patients' families' complaints, the "
     "ministry's threat to stop salaries, the court ruling itself, the doctors' general assembly, the return to "
     "the wards and the payment of the first allowances are side events; the 2023 "
     "strike is of the same type as e1 and the strikers' meeting and general assembly of the same type as e4. 'The two "
     "ultimatums' (both deadlines) is not marked. Deadlines are dated to their expiry: the ministry's was issued on "
     "September 3 and the court's on September 9.",
articles=[
dict(id="a1", source="Gulf of Guinea Wire", published="2026-09-02",
     title="Junior doctors strike at Gabon's public hospitals",
     text="""LIBREVILLE - Junior doctors at Gabon's main public hospitals [[e1|went on strike]] on Tuesday, demanding five months of unpaid allowances and better conditions, and leaving senior staff to run wards and emergency rooms on their own.

About 400 interns and resident doctors at the University Hospital of Libreville, the Owendo hospital and the military hospital stopped work from 7 a.m., their Collective of Junior Doctors of Gabon said. Emergency departments were kept open with a minimum service.

"We have worked since April without our allowances. Some of us can no longer pay for the taxi to the hospital," said Dr Landry Moussavou, the collective's spokesman, at a meeting of strikers outside the University Hospital.

The collective says the state owes each of its members between 600,000 and 900,000 CFA francs. It also wants a guaranteed number of posts for doctors who finish their training.

The health ministry said the allowances would be paid "as soon as the budget allows" and called the [[e1|strike]] "irresponsible at a time when patients need their doctors".

Families waiting outside the University Hospital's paediatric ward said some consultations had been cancelled. "They told us to come back next week," said a mother who had travelled from Ntoum with her sick son.

Junior doctors in Gabon last stopped work in 2023, when a three-week walkout ended with a promise of regular payments that the collective says was never kept."""),
dict(id="a2", source="Estuaire News", published="2026-09-05",
     title="Ministry gives striking doctors until Monday",
     text="""Gabon's health ministry has set striking junior doctors a [[e2|deadline]] of 8 a.m. on Monday to return to their wards, warning that those who stay away will be struck off the payroll.

The [[e2|ultimatum]], read out on state television on Thursday evening by the ministry's secretary-general, came two days after about 400 interns and residents [[e1|stopped work]] at Libreville's public hospitals over five months of unpaid allowances.

"The state has heard the doctors. Now the doctors must hear the patients," the secretary-general, Gaston Nzamba, said.

The Collective of Junior Doctors of Gabon said it would not be intimidated. "You cannot strike off a payroll people who have not been paid since April," said its spokesman, Dr Landry Moussavou. The collective will hold a general assembly on Sunday to decide its answer to the [[e2|deadline]].

Senior doctors at the University Hospital of Libreville said on Friday they were exhausted after four days of covering the [[e1|strike]]. Several planned operations have been postponed, and the paediatric ward has stopped accepting new patients except for emergencies.

The health ministry said the finance ministry had released part of the money owed and that the first payments would reach doctors' accounts within two weeks.

The Gabonese Medical Association urged both sides to talk. The collective says it has not been invited to any meeting since the [[e1|stoppage]] began."""),
dict(id="a3", source="Central Africa Press Service", published="2026-09-10",
     title="Labour court orders Gabon's junior doctors back within 48 hours",
     text="""LIBREVILLE - A labour court in Libreville on Wednesday ordered Gabon's striking junior doctors back to work within 48 hours, setting a new [[e3|deadline]] after most of them ignored the health ministry's [[e2|ultimatum]].

The court ruled on a request from the ministry, which argued that the [[e1|strike]] put lives at risk. The doctors' collective said it would study the ruling but that its members would not return "with empty pockets".

The dispute has escalated step by step. The [[e1|walkout]] began on Tuesday of last week. Two days later the ministry issued its [[e2|ultimatum]], which ran out on Monday morning with most wards still short of junior staff. Two days after that, the court gave the doctors until Friday, a [[e3|time limit]] the collective's lawyers say they will appeal.

Fewer than 50 of the roughly 400 strikers returned on Monday, hospital managers said. The ministry has not yet said whether it has stopped anyone's pay.

The government has invited the collective to [[e4|talks]] with the health and finance ministers on Monday, Health Minister Paulette Ondo said on Wednesday. The [[e4|meeting]] would be the first between the two sides since the [[e1|stoppage]] began.

"We are not against talking. We are against being threatened," said the collective's spokesman, Dr Landry Moussavou.

Patients' groups said several people had been turned away from the University Hospital's emergency room this week."""),
dict(id="a4", source="Pan-African Health Review", published="2026-09-22",
     title="Gabon's doctors' strike: two deadlines and a deal",
     text="""ANALYSIS - Gabon's junior doctors returned to their wards last Wednesday with a written promise that their five months of unpaid allowances will be cleared by the end of October. The [[e5|agreement]] they signed with the government on September 15 also guarantees 120 training posts a year.

It took two weeks of pressure from both sides. On September 1 about 400 interns and residents [[e1|walked out]]. Two days later the health ministry gave them until Monday morning to return, a [[e2|deadline]] that ran out four days after that with most of them still away. Two days later a labour court set its own 48-hour [[e3|deadline]], which passed on Friday. The following Monday the doctors' representatives [[e4|sat down]] with the health and finance ministers, and the next day they had a [[e5|deal]].

The two ultimatums hardened the doctors rather than breaking them. Only a few dozen returned after the ministry's [[e2|cut-off]], and almost none after the court's.

What worked was money. At the [[e4|talks]] the finance minister brought a payment schedule, not a warning.

The [[e5|accord]] leaves the hardest question open: whether Gabon can pay its young doctors on time next year."""),
]),
# ---------------------------------------------------------------------------- la10
dict(story="la10", topic="piracy off São Tomé: pirates board the tanker Kalinda and kidnap six crew, a Portuguese navy patrol ship sent to São Tomé, a patrol boat donated by Brazil, an EU maritime security grant and arrests by Equatorial Guinea's navy off Bioko (Gulf of Guinea; São Tomé and Príncipe)", events=[
    dict(e="e1", type="attack", date="2026-10-05", participants=["pirates", "Kalinda"], location="Gulf of Guinea"),
    dict(e="e2", type="deployment", date="2026-10-08", participants=["Portuguese Navy"], location="São Tomé"),
    dict(e="e3", type="support", date="2026-10-13", participants=["Brazil", "São Tomé and Príncipe Coast Guard"], location="São Tomé"),
    dict(e="e4", type="support", date="2026-10-15", participants=["European Union", "São Tomé and Príncipe"], location="São Tomé"),
    dict(e="e5", type="arrest", date="2026-10-20", participants=["Equatorial Guinea Navy"], location="Bioko"),
], tricky=[("e3", "e4", "Brazil's handover of a patrol boat to São Tomé's coast guard on October 13 vs the EU's 6-million-euro maritime security grant announced in São Tomé two days later, both help to the same coast guard after the same attack")],
note="The kidnapping of the six crew is part of the attack. The 2025 hijacking of a fishing boat off Príncipe, "
     "the tanker's owner's and the shipping organisations' statements, the French navy patrols, the patrol ship's earlier deployment off Guinea-Bissau, the "
     "training of Santomean sailors, the crew's release and the ransom reports are side events; the 2025 hijacking is of the same type as e1, the French patrols of "
     "the same type as e2 and Brazil's earlier training of the same type as e3 and e4. The coast guard boat sent "
     "to the tanker on October 5 is a side event of the same type as e2.",
articles=[
dict(id="a1", source="West Africa Maritime Wire", published="2026-10-06",
     title="Pirates kidnap six crew from tanker off São Tomé",
     text="""SÃO TOMÉ - Pirates [[e1|attacked]] a product tanker about 60 nautical miles south of São Tomé on Monday and took six of its 19 crew members hostage, the island nation's coast guard and the ship's manager said.

About seven armed men in a fast skiff climbed aboard the Kalinda, a Marshall Islands-flagged tanker carrying diesel from Lomé to Luanda, shortly after dawn, according to its Greek manager, Aegean Crest Shipmanagement. The remaining crew locked themselves in a reinforced room and were unharmed.

The attackers left after about three hours with the captain, the chief engineer and four other crew members, whose nationalities were not disclosed. Their whereabouts are unknown.

São Tomé and Príncipe's coast guard, which has two small boats, sent one of them to the area, but it arrived long after the pirates had gone. The tanker later anchored off the capital.

"Our sea is larger than our navy. We cannot do this alone," said the coast guard commander, Captain Adilson Ramos.

Portugal's defence ministry said on Tuesday that it would [[e2|send]] a navy patrol ship to São Tomé "as soon as possible".

The [[e1|attack]] is the first on a merchant ship in Santomean waters this year. Piracy in the Gulf of Guinea fell sharply after 2021, but gangs based in the Niger Delta have returned to kidnapping crews for ransom in the past two years. Last year pirates hijacked a fishing boat off the island of Príncipe and held its crew for three weeks."""),
dict(id="a2", source="Lusophone Press Service", published="2026-10-09",
     title="Portuguese patrol ship reaches São Tomé after tanker attack",
     text="""SÃO TOMÉ - A Portuguese navy patrol ship [[e2|arrived]] in São Tomé on Thursday to help the archipelago's small coast guard patrol its waters, three days after pirates [[e1|boarded]] a tanker to the south and seized six of its crew.

The ship, with 45 sailors and a helicopter landing deck, sailed from a deployment off the coast of Guinea-Bissau. It will stay "for as long as São Tomé needs it", the Portuguese ambassador, Teresa Menezes, said at the port.

The six hostages from the tanker Kalinda are still missing. The ship's manager said it had been contacted by the kidnappers but would not say whether a ransom had been demanded.

Brazil, which trains Santomean sailors, will [[e3|hand over]] a patrol boat to the coast guard on Tuesday, the Brazilian embassy said. The 27-metre vessel was built for the Brazilian navy and has been refitted in Salvador.

Prime Minister Osvaldo Trindade thanked both countries and said his government would ask the European Union for money to build a permanent maritime surveillance centre.

Shipping organisations welcomed the Portuguese [[e2|deployment]] but warned that one ship could not cover São Tomé's exclusive economic zone, which is more than 150 times larger than its land area.

"The pirates know the coast guard's fuel budget better than the coast guard does," said a security adviser to shipping companies in the region.

French navy ships on patrol in the Gulf of Guinea have also been asked to keep watch south of the islands."""),
dict(id="a3", source="Maritime Security Bulletin", published="2026-10-21",
     title="Arrests off Bioko as help for São Tomé's coast guard arrives",
     text="""Equatorial Guinea's navy has [[e5|arrested]] five men suspected of the pirate [[e1|attack]] on the tanker Kalinda off São Tomé two weeks ago, the government in Malabo said on Wednesday.

The men were [[e5|detained]] on Tuesday in a skiff south of Bioko island, carrying rifles, a satellite phone and two outboard engines, a navy statement said. Santomean investigators will travel to Malabo to question them.

The [[e5|arrests]] come after a burst of foreign help for São Tomé and Príncipe's coast guard. Brazil [[e3|handed over]] a 27-metre patrol boat on Tuesday of last week. Two days later the European Union [[e4|pledged]] 6 million euros over three years for radar stations, fuel and training, and five days after that the suspects were [[e5|caught]] off Bioko.

The EU [[e4|grant]], announced in São Tomé by the bloc's ambassador, will pay for a maritime surveillance centre in the capital. "São Tomé is a front line for Europe's trade routes," the ambassador, Lena Sørensen, said.

The Brazilian [[e3|donation]] doubled the coast guard's fleet overnight. The Portuguese patrol ship that [[e2|arrived]] on October 8 is still in São Tomé.

The six crew members taken from the Kalinda have not been freed. Their families, in India and the Philippines, appealed on Monday for their release."""),
dict(id="a4", source="Atlantic Affairs Review", published="2026-10-27",
     title="São Tomé's three weeks at the centre of the Gulf of Guinea",
     text="""ANALYSIS - The six sailors taken from the tanker Kalinda were freed on Friday on a beach in the Niger Delta, reportedly after a ransom was paid. Their release closes a three-week episode that has given São Tomé and Príncipe more attention, and more boats, than it has had in years.

The chain of events was short. On October 5 pirates [[e1|boarded]] the Kalinda south of São Tomé. Three days later a Portuguese patrol ship [[e2|reached]] the capital. The following Tuesday Brazil [[e3|gave]] the coast guard a patrol boat. Two days after that the European Union [[e4|promised]] 6 million euros for surveillance. Five days later Equatorial Guinea's navy [[e5|caught]] five suspects off Bioko.

The Brazilian [[e3|gift]] and the EU [[e4|grant]] answer an old complaint. The coast guard had two small boats and little fuel for an area larger than Portugal.

The [[e5|arrests]] off Bioko were the most surprising part. Equatorial Guinea and São Tomé have argued over their sea border for years, and Malabo moved faster than anyone expected.

Whether the five men will be tried in Malabo or sent to São Tomé has not been decided.

The Portuguese [[e2|deployment]] ends in November. By then, officials hope, the surveillance centre paid for by Brussels will have its first radar."""),
]),
]
