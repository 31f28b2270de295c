"""Source of ../stories_blind7/articles.jsonl and ../stories_blind7/gold.jsonl.

SEVENTH story set for the cross-article deduplication benchmark: a BLIND set, for reporting
only.  It was written without running the timeline extractor or the dedup benchmark on these
texts and without reading the system's code, extraction or clustering rules or word lists;
only the format of the earlier sets was consulted (stories_blind6_spec, the topic= lines of
the other spec files, DATASETS.md section 2).  Never use it for tuning: do not inspect the
system's errors on it to change rules, word lists or thresholds.  Once it has been used for
tuning it is no longer blind and must be relabelled a development set.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind7_spec \\
        --out tests/gold/stories_blind7

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("blowing up the pipeline twice", "both
marches", "the two arrests") and negated or hypothetical mentions are not marked.
Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * pipeline sabotage blasts, an armed bank robbery, a train hijacking and the blowing-up
    of a railway track are `attack` events;
  * a company's declaration of force majeure is typed `statement`;
  * an election-commission recount result is typed `report`; a locust-situation bulletin
    and a volcanology agency's assessment are also `report`;
  * a university occupation, a road blockade, a sit-in and a march are typed `protest`;
  * a mining concession contract and a compensation deal with villages are both
    `agreement` (a tricky pair); so is a university budget deal;
  * funding pledges and relief grants are `support`;
  * the recall of an ambassador and the closure of an embassy (pulling out its staff) are
    both `withdrawal` (a tricky pair);
  * the sending of commando battalions is `deployment`;
  * deaths caused by a volcanic eruption and by a lahar are `casualties`; the eruption and
    the mudflow themselves are not annotated (like the tremor in s09);
  * a hostage release, a recount (as an activity), an eviction and the lifting of force
    majeure have no type and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- m01
dict(story="m01", topic="pipeline sabotage: two blasts on a crude trunk line, force majeure and navy arrests (Bayelsa, Nigeria)", events=[
    dict(e="e1", type="attack", date="2026-06-14", participants=["Niger Coastal Petroleum Company"], location="Nembe"),
    dict(e="e2", type="attack", date="2026-06-17", participants=["Niger Coastal Petroleum Company"], location="Twon-Brass"),
    dict(e="e3", type="statement", date="2026-06-15", participants=["Niger Coastal Petroleum Company"], location="Yenagoa"),
    dict(e="e4", type="arrest", date="2026-06-20", participants=["Nigerian Navy", "pipeline sabotage suspects"],
         location="Bayelsa"),
], tricky=[("e1", "e2", "the charge that ruptured the Okpoama line near Nembe on Sunday vs the blast at a valve station near Twon-Brass on Wednesday night, same pipeline, same week")],
note="The declaration of force majeure is typed statement; its lifting is a side event. The 2016 pipeline attacks, "
     "the navy gunboat patrols and oil theft are background / side events.",
articles=[
dict(id="a1", source="Delta Coast Wire", published="2026-06-15",
     title="Blast shuts crude pipeline in Nigeria's Bayelsa state",
     text="""YENAGOA, Nigeria - An explosion [[e1|ruptured]] a crude oil trunk line near Nembe in Nigeria's Bayelsa state before dawn on Sunday, setting fire to a stretch of mangrove swamp and cutting the flow of about 80,000 barrels a day, the pipeline's operator said.

Niger Coastal Petroleum Company (NCPC) said the 24-inch Okpoama Trunk Line was [[e1|damaged]] at about 3 a.m. where it crosses a tidal creek some eight kilometres east of the town. Firefighting boats put out the flames by mid-morning.

On Monday the company [[e3|declared]] force majeure on crude exports from the Okpoama terminal, saying it could not meet its delivery contracts until repairs were finished.

Security sources said the [[e1|blast]] appeared to be deliberate. "Somebody placed a charge under the pipe at low tide. Thieves do not use explosives like that," said a naval officer in Yenagoa who asked not to be named.

Fishermen in Nembe said oil had spread along at least three creeks. "We cannot put our nets in the water," said Tonye Alagoa, a community leader.

Militants in the Niger Delta blew up pipelines repeatedly in 2016, cutting Nigeria's oil output to a 30-year low, before an amnesty and security contracts brought relative calm. Theft of crude from pipelines remains widespread."""),
dict(id="a2", source="Niger Delta Monitor", published="2026-06-18",
     title="Second explosion hits Okpoama pipeline",
     text="""BRASS, Nigeria - A second explosion [[e2|hit]] the Okpoama Trunk Line on Wednesday night, about 30 kilometres from the site of Sunday's [[e1|blast]], in what the operator called "a coordinated campaign of sabotage".

The [[e2|explosion]], close to the village of Twon-Brass, wrecked a valve station a short distance from the Brass export terminal shortly before 11 p.m., Niger Coastal Petroleum Company said. Nobody was hurt.

"We had almost finished repairing the first [[e1|breach]], and now they have [[e2|hit]] us again," said NCPC spokeswoman Ebiere Dokubo. She said the force majeure the company [[e3|announced]] on Monday would remain in place "for the foreseeable future".

Bayelsa state governor Ebikabo Tamuno condemned Wednesday's [[e2|attack]] and urged young people in the creeks not to "destroy the goose that lays the golden egg". No group has claimed responsibility.

The Nigerian Navy said it had sent two more gunboats to patrol the waterways between Nembe and Brass.

Analysts said the outage would cost Nigeria about 9 million dollars a day in lost exports at a time when the government is counting on higher output to finance its budget."""),
dict(id="a3", source="Lagos Energy Journal", published="2026-06-22",
     title="Navy arrests eight over Bayelsa pipeline bombings",
     text="""PORT HARCOURT - The Nigerian Navy said on Monday that it had [[e4|arrested]] eight men suspected of blowing up the Okpoama crude pipeline twice in four days.

The suspects were [[e4|captured]] on Saturday at a camp hidden in the mangroves between Nembe and Brass, where sailors found detonators, two drums of fuel and a speedboat, navy spokesman Commodore Adamu Sule told reporters.

Sule said two of the men had confessed to planting the charge that [[e1|damaged]] the line near Nembe on June 14, and that the same group had carried out the [[e2|bombing]] at the valve station near Twon-Brass three days later. He said they had wanted to force the operator to give them security contracts.

Community leaders in Nembe said some of those [[e4|detained]] were fishermen with no link to the [[e1|attack]], and demanded that they be released.

Niger Coastal Petroleum Company, which [[e3|declared]] force majeure on exports a day after the first explosion, said repairs were nearly finished and that flow would resume at about 60 percent of capacity on Wednesday. It did not say when the force majeure would be lifted.

Oil theft and pipeline vandalism cost Nigeria several billion dollars a year, according to the national oil regulator."""),
]),
# ---------------------------------------------------------------------------- m02
dict(story="m02", topic="by-election, opposition protests and hand recount (Bayanzurkh, Ulaanbaatar, Mongolia)", events=[
    dict(e="e1", type="election", date="2027-04-11", participants=["Mongolian People's Party", "Democratic Party"],
         location="Ulaanbaatar"),
    dict(e="e2", type="protest", date="2027-04-13", participants=["Democratic Party supporters"], location="Ulaanbaatar"),
    dict(e="e3", type="report", date="2027-04-18", participants=["General Election Commission"], location="Ulaanbaatar"),
    dict(e="e4", type="protest", date="2027-04-19", participants=["Democratic Party supporters"], location="Ulaanbaatar"),
], tricky=[("e2", "e4", "the rally outside the election commission demanding a recount on Tuesday vs the larger protest in Sukhbaatar Square against the recount result six days later")],
note="The recount result is typed report; the hand recount as an activity is not annotated. The 2024 parliamentary "
     "election, the detentions at the second protest and the planned court appeal are side / background events.",
articles=[
dict(id="a1", source="Steppe News Agency", published="2027-04-14",
     title="Opposition demands recount after narrow Ulaanbaatar by-election loss",
     text="""ULAANBAATAR - Several hundred supporters of Mongolia's opposition Democratic Party [[e2|rallied]] outside the General Election Commission on Tuesday, demanding a recount of Sunday's [[e1|by-election]] in the capital's Bayanzurkh district, which their candidate lost by 212 votes.

Preliminary results gave Oyunchimeg Dashdorj of the ruling Mongolian People's Party 41.6 percent of the [[e1|vote]], against 41.2 percent for the Democratic Party's Erdenebat Ganbold. Turnout was 52 percent.

Erdenebat told the [[e2|demonstration]] that vote-counting machines at six polling stations had broken down on Sunday evening and that ballots had been counted behind closed doors. "We are not asking for victory. We are asking for every ballot to be counted in front of the people," he said.

The commission said on Tuesday evening that it would count ballots from all 48 polling stations by hand and publish the [[e3|results]] by Sunday. Its chairwoman, Sarantuya Byambaa, denied any wrongdoing.

The seat fell vacant in January when the sitting member of parliament was appointed ambassador to Japan. The ruling party will keep its large majority in the State Great Khural whatever the outcome, but the contest was seen as a test of the government's popularity ahead of the 2028 general election."""),
dict(id="a2", source="Gobi Daily Post", published="2027-04-19",
     title="Recount confirms ruling party win, with smaller margin",
     text="""ULAANBAATAR - A hand recount of the April 11 [[e1|by-election]] in Bayanzurkh district has confirmed the victory of the ruling party's candidate, though by only 167 votes, the General Election Commission said on Sunday.

In its [[e3|report]], the commission said 61 ballots had been wrongly rejected by counting machines and 19 had been counted twice. It found no evidence of deliberate fraud. Oyunchimeg Dashdorj of the Mongolian People's Party will be sworn in next week.

The Democratic Party rejected the [[e3|findings]] and said it would appeal to the Constitutional Court. Party leader Tumenbayar Lkhagva called a [[e4|protest]] for Monday afternoon in Sukhbaatar Square.

Opposition supporters first took to the streets last Tuesday, when several hundred people [[e2|demonstrated]] outside the commission's offices and forced it to agree to the recount.

"The commission has marked its own homework," said Erdenebat Ganbold, the defeated candidate. International observers from the OSCE, who watched the [[e1|vote]] but not the recount, have not commented."""),
dict(id="a3", source="Mongolia Weekly Review", published="2027-04-21",
     title="Police detain nine as thousands protest recount result",
     text="""ULAANBAATAR - Police detained nine people on Monday when scuffles broke out at a [[e4|protest]] by about 3,000 opposition supporters in Ulaanbaatar's central Sukhbaatar Square against the result of a recount in last week's [[e1|by-election]].

The [[e4|rally]], the largest in the capital since 2022, was peaceful until a group of young men tried to push through a police line in front of Government House, the city police department said. Two officers were slightly hurt.

Demonstrators carried placards reading "212 or 167?", a reference to the winning margin before and after the hand count. The General Election Commission's [[e3|report]], published on Sunday, confirmed Oyunchimeg Dashdorj of the ruling Mongolian People's Party as the winner of the April 11 [[e1|poll]].

Monday's [[e4|demonstration]] was much larger than the first [[e2|rally]], on April 13, when several hundred Democratic Party members gathered outside the commission to demand the recount.

The Democratic Party said it had filed an appeal with the Constitutional Court. Prime Minister Ganzorig Tseveen said in a statement that the recount had been "open and fair" and urged the opposition to accept it."""),
]),
# ---------------------------------------------------------------------------- m03
dict(story="m03", topic="protests against a border-fence extension through wetlands, activists' arrests and ministry statement (Evros, Greece)", events=[
    dict(e="e1", type="protest", date="2026-09-05", participants=["Evros villagers", "environmental activists"],
         location="Feres"),
    dict(e="e2", type="arrest", date="2026-09-07", participants=["Hellenic Police", "environmental activists"],
         location="Feres"),
    dict(e="e3", type="protest", date="2026-09-12", participants=["Evros villagers", "environmental activists"],
         location="Alexandroupoli"),
    dict(e="e4", type="statement", date="2026-09-08", participants=["Greek Ministry of Citizen Protection"],
         location="Athens"),
], tricky=[("e1", "e3", "the march to the construction site near Feres on Saturday vs the rally in Alexandroupoli one week later, same campaign, same organisers")],
note="The start of construction in August, the 2020 border crisis and the original 2012 fence are background. "
     "The release of the activists and the EU Commission's request for information are side events.",
articles=[
dict(id="a1", source="Aegean Wire", published="2026-09-06",
     title="Hundreds march against Evros border fence extension",
     text="""FERES, Greece - About 1,500 villagers, farmers and environmental activists [[e1|marched]] on Saturday to a construction site near the Greek-Turkish border to protest against the extension of a steel fence through the wetlands of the Evros river delta.

The [[e1|march]] set off from the main square of Feres and ended at the edge of the Evros Delta National Park, where contractors began clearing reed beds last month for a 5-metre-high barrier. Protesters hung banners reading "Birds have no passports" on the machinery.

The government plans to extend the fence by 35 kilometres by the end of 2027, saying the delta has become a main crossing point for migrants and smugglers. The area is protected under the European Union's Natura 2000 network and is home to more than 300 bird species, including the Dalmatian pelican.

"Nobody here wants open borders. But this wall will drain the marsh that feeds our fields and our fish," said Stavros Karamanlidis, the head of the local farmers' cooperative.

Police watched Saturday's [[e1|demonstration]] from a distance and there were no incidents. Organisers said they would return to the site every day until the work stopped.

Greece built a first 12.5-kilometre fence along the land border in 2012 and extended it after thousands of migrants tried to cross from Turkey in early 2020."""),
dict(id="a2", source="Thrace Observer", published="2026-09-09",
     title="Fourteen activists held at Evros fence site; ministry says work goes on",
     text="""ALEXANDROUPOLI, Greece - Police [[e2|arrested]] 14 environmental activists on Monday after they chained themselves to two excavators at the site where Greece is extending its border fence through the Evros delta, two days after a large [[e1|march]] against the project.

The activists, among them a retired biology teacher aged 71, were [[e2|held]] for several hours at the police station in Feres and charged with obstructing public works. They were released on Tuesday pending trial.

In a [[e4|statement]] on Tuesday, the Ministry of Citizen Protection said construction would continue "without delay" and that the route had been chosen "with full respect for the environment". Officials [[e4|said]] an environmental study had found that the fence would not affect water levels in the wetland.

Campaign groups disputed that and said the study had never been published. The coalition behind Saturday's [[e1|protest]] in Feres announced a [[e3|rally]] in Alexandroupoli, the regional capital, for this Saturday.

"We were [[e2|taken away]] in vans like criminals, for defending a marsh," said Eleni Vafeiadou of the group Save the Delta, who was among the 14."""),
dict(id="a3", source="Balkan Herald", published="2026-09-14",
     title="Thousands rally in Alexandroupoli against Evros wall",
     text="""ALEXANDROUPOLI - Several thousand people [[e3|rallied]] in the northern Greek port city of Alexandroupoli on Saturday against the extension of the border fence through the Evros delta, in the largest [[e3|protest]] in the region for years.

Police put the crowd at 4,000 and organisers at 9,000. The [[e3|demonstrators]] walked from the railway station to the regional government building, where farmers parked tractors decorated with stuffed pelicans.

The campaign against the 35-kilometre barrier began a week earlier with a [[e1|march]] of about 1,500 people to the construction site near Feres. On September 7 police [[e2|arrested]] 14 activists who had chained themselves to excavators there.

The Ministry of Citizen Protection, which [[e4|said]] last Tuesday that work would go on without delay, did not comment on Saturday's [[e3|rally]]. Deputy minister Giorgos Xanthopoulos told a television channel on Friday that the fence was "a matter of national security, not of ornithology".

Environmental groups said they had asked the European Commission to examine whether the project breaks EU nature protection law. A Commission spokesperson said it had requested information from Athens."""),
]),
# ---------------------------------------------------------------------------- m04
dict(story="m04", topic="armed bank robbery and two rounds of arrests (Brno, Czech Republic; Bratislava; Ostrava)", events=[
    dict(e="e1", type="attack", date="2027-01-22", participants=["Moravia Savings Bank"], location="Brno"),
    dict(e="e2", type="arrest", date="2027-01-25", participants=["Slovak police", "Radek Hanák"], location="Bratislava"),
    dict(e="e3", type="arrest", date="2027-01-28", participants=["Czech police", "robbery suspects"], location="Ostrava"),
], tricky=[("e2", "e3", "the arrest of the first suspect in Bratislava on Monday vs the arrest of two more men in Ostrava on Thursday, same robbery, same investigation")],
note="The armed robbery is typed attack. The extradition request, the recovery of part of the money and the "
     "2019 robbery in Olomouc are side / background events.",
articles=[
dict(id="a1", source="Czech News Wire", published="2027-01-22",
     title="Armed men rob Brno bank, wound guard",
     text="""BRNO, Czech Republic - Three masked men armed with assault rifles [[e1|robbed]] a bank branch in the centre of Brno on Friday morning, shooting a security guard in the leg and escaping with about 11 million crowns, police said.

The [[e1|robbery]] at the Moravia Savings Bank on Masarykova Street, a busy shopping street near the main railway station, took less than four minutes, police spokeswoman Petra Dvořáková said. The men forced staff to open the vault shortly after it was unlocked at 8:30 a.m. and left in a dark grey Škoda Octavia, which was later found burnt out in a forest near the village of Bílovice nad Svitavou.

The guard, aged 58, was taken to the University Hospital Brno. His injuries were not life-threatening. Customers and employees were treated for shock.

"They knew exactly when the vault would be open," Dvořáková said. Police set up checkpoints on the D1 and D2 motorways and asked anyone with dashcam footage from the city centre to come forward.

Armed bank robberies have become rare in the Czech Republic as cash use has fallen. The last comparable robbery in Moravia was in Olomouc in 2019."""),
dict(id="a2", source="Central European Press", published="2027-01-26",
     title="Slovak police arrest suspect in Brno bank heist",
     text="""BRATISLAVA - Slovak police have [[e2|arrested]] a 34-year-old Czech man suspected of taking part in last Friday's armed [[e1|robbery]] of a bank in Brno, the Czech police presidium said on Tuesday.

The man, identified by Czech media as Radek Hanák, a former employee of a private security company, was [[e2|detained]] on Monday evening in a rented flat in Bratislava's Petržalka district under a European arrest warrant. Officers found 1.2 million crowns in cash and a rifle of the type used in the [[e1|raid]], the presidium said.

Czech prosecutors have asked for his extradition. He faces up to 18 years in prison if convicted.

Investigators believe Hanák knew the bank's security routine because his former employer had installed the alarm system at the branch. Police were still looking for two other men and most of the money, about 10 million crowns.

The guard who was shot during the [[e1|heist]] has left hospital. The bank's chief executive, Jiří Pospíšil, thanked police for the "quick progress" and said the branch would reopen on Wednesday.

"The [[e2|arrest]] is an important step, but the investigation is far from over," said police spokeswoman Petra Dvořáková."""),
dict(id="a3", source="Moravian Courier", published="2027-01-30",
     title="Two more held over Brno bank robbery",
     text="""OSTRAVA - Czech police [[e3|arrested]] two men in Ostrava on Thursday on suspicion of being the remaining members of the gang that [[e1|held up]] a Moravia Savings Bank branch in Brno on January 22.

Special forces officers [[e3|detained]] the men, aged 29 and 41, at a car repair shop on the edge of the city in an operation that lasted less than a minute, regional police chief Tomáš Kubíček said on Friday. No shots were fired. Officers found a bag with about 7 million crowns hidden in the roof of the workshop.

The two [[e3|arrests]] came three days after Slovak police [[e2|caught]] a third suspect, former security guard Radek Hanák, in Bratislava. Hanák is awaiting extradition to the Czech Republic.

Kubíček said the older of the two men had a criminal record for armed robbery dating back to the 1990s. Investigators believe he planned the Brno [[e1|attack]], in which a security guard was shot in the leg, while Hanák provided information about the vault.

Police said about 3 million crowns was still missing. All three suspects face charges of robbery and attempted grievous bodily harm."""),
]),
# ---------------------------------------------------------------------------- m05
dict(story="m05", topic="iron-ore mining concession: final negotiations, signing, villagers' road blockade and compensation deal (Kindia, Guinea)", events=[
    dict(e="e1", type="meeting", date="2026-11-02", participants=["Guinea", "Atlantic Ferrous Holdings"], location="Conakry"),
    dict(e="e2", type="agreement", date="2026-11-04", participants=["Guinea", "Atlantic Ferrous Holdings"], location="Conakry"),
    dict(e="e3", type="protest", date="2026-11-07", participants=["Friguiagbé villagers"], location="Friguiagbé"),
    dict(e="e4", type="agreement", date="2026-11-10", participants=["Atlantic Ferrous Holdings", "Guéréké village councils"],
         location="Kindia"),
], tricky=[("e2", "e4", "the 25-year mining concession signed by the government and the consortium in Conakry vs the compensation deal between the consortium and village councils in Kindia six days later")],
note="The 2021 review of mining contracts, the planned railway to the coast and the first ore exports due in 2029 "
     "are background / future side events.",
articles=[
dict(id="a1", source="West Africa Mining Wire", published="2026-11-03",
     title="Guinea in final talks on Guéréké iron ore concession",
     text="""CONAKRY - Guinea's government and the Atlantic Ferrous Holdings consortium opened a final round of [[e1|negotiations]] in Conakry on Monday on a concession to mine iron ore in the Guéréké hills of Kindia region, officials from both sides said.

The [[e1|talks]], at the Ministry of Mines and Geology, are expected to last two days. If they succeed, a 25-year [[e2|concession]] worth an estimated 4.5 billion dollars in investment could be signed as early as Wednesday, a ministry adviser said.

The main sticking points are the state's free stake in the project, which Guinea wants raised from 15 to 20 percent, and a commitment to process part of the ore in the country rather than ship it all abroad, people familiar with the discussions said.

Atlantic Ferrous, a consortium of Emirati and Australian investors registered in London, has been exploring the deposit since 2023. Its chief executive, Martin Kellaway, said on arrival in Conakry that he was "optimistic but not complacent".

Guinea's transitional authorities began reviewing all mining contracts in 2021 and have cancelled dozens of exploration permits held by companies they accused of failing to invest. Bauxite and iron ore account for most of the country's exports."""),
dict(id="a2", source="Conakry Tribune", published="2026-11-05",
     title="Guinea signs 25-year iron ore deal with Atlantic Ferrous",
     text="""CONAKRY - Guinea [[e2|signed]] a 25-year concession on Wednesday allowing the Atlantic Ferrous Holdings consortium to mine iron ore in the Guéréké hills, after two days of [[e1|talks]] that ran late into Tuesday night.

Under the [[e2|agreement]], the Guinean state will hold a free 18 percent stake in the project and receive royalties of 3.5 percent on exports. The consortium has pledged to build a pellet plant in Kindia by 2031 and to employ Guineans in at least 80 percent of jobs.

"This [[e2|contract]] shows that Guinea can attract investors while defending the interests of its people," Mines Minister Mamady Kourouma said at the signing ceremony, which was broadcast on state television.

Atlantic Ferrous will also build a 140-kilometre railway to a new loading terminal on the coast. The first ore is expected to be shipped in 2029.

Civil society groups criticised the [[e2|deal]] for not including any commitments to the roughly 6,000 people living in villages around the deposit. "Nobody has asked the farmers where they will go," said Mariama Bah of the Kindia-based group Terres et Droits."""),
dict(id="a3", source="Sahel and Coast Review", published="2026-11-11",
     title="Villagers win compensation deal after blocking Guinea mine road",
     text="""KINDIA, Guinea - Atlantic Ferrous Holdings [[e4|agreed]] on Tuesday to pay compensation and build new homes for families in eight villages near its planned iron ore mine in the Guéréké hills, three days after residents [[e3|blocked]] the main road to the site.

The [[e4|accord]], signed in Kindia with the village councils and the regional governor, sets aside 38 million dollars for relocation, farmland and a new health centre, the consortium said.

On Saturday several hundred villagers from around Friguiagbé [[e3|barricaded]] the road with tree trunks and burning tyres, stopping trucks carrying drilling equipment. The [[e3|blockade]] lasted 30 hours and ended on Sunday after the governor promised talks.

The protesters said they had learned from the radio that the government had [[e2|granted]] the 25-year concession in Conakry on November 4 without consulting them.

"The [[e2|mining contract]] was signed for the investors. This [[e4|agreement]] is the first one signed for us," said Alpha Oumar Diallo, the chief of Dounkimagna village.

Activists welcomed the [[e4|compensation deal]] but said it should be monitored by an independent body."""),
]),
# ---------------------------------------------------------------------------- m06
dict(story="m06", topic="desert locust outbreak: FAO warning, EU and Japanese emergency funding, regional ministers' meeting (eastern Ethiopia)", events=[
    dict(e="e1", type="report", date="2027-02-03", participants=["Food and Agriculture Organization"], location="Rome"),
    dict(e="e2", type="support", date="2027-02-08", participants=["European Union", "Ethiopia"], location=None),
    dict(e="e3", type="support", date="2027-02-11", participants=["Japan", "Ethiopia"], location=None),
    dict(e="e4", type="meeting", date="2027-02-09", participants=["Desert Locust Control Organization for Eastern Africa"],
         location="Addis Ababa"),
], tricky=[("e2", "e3", "the EU's 12-million-euro emergency grant on Monday vs Japan's 5-million-dollar grant on Thursday, both for locust control in Ethiopia")],
note="The 2019-2021 locust upsurge, Ethiopia's own spraying flights and the Somali and Kenyan outbreaks are "
     "background / side events.",
articles=[
dict(id="a1", source="Horn Agriculture Wire", published="2027-02-04",
     title="FAO warns of desert locust swarms in eastern Ethiopia",
     text="""ADDIS ABABA - Desert locust swarms are forming in Ethiopia's Somali and Afar regions and could reach the country's main cereal-growing highlands by March unless control operations are stepped up, the United Nations Food and Agriculture Organization (FAO) warned on Wednesday.

In its monthly desert locust [[e1|bulletin]], the FAO said unusually heavy rains along the Red Sea coast and in northern Somalia in late 2026 had allowed several generations of locusts to breed undetected. Immature swarms had been seen near Jijiga, Degehabur and Dubti in the past ten days, the [[e1|report]] said.

"The situation is serious but it can still be contained if surveys and spraying are scaled up immediately," said Lucia Montanari, an FAO locust forecasting officer quoted in the [[e1|warning]].

A single swarm of one square kilometre can contain 40 million locusts, which can eat as much food in a day as 35,000 people.

Ethiopia's Ministry of Agriculture said it had four spraying aircraft in the east and was training local scouts, but officials privately said the country lacked pesticide and fuel.

The Horn of Africa suffered its worst locust upsurge in 70 years between 2019 and 2021, when swarms destroyed hundreds of thousands of hectares of crops and pasture in Ethiopia, Somalia and Kenya."""),
dict(id="a2", source="Addis Business Dispatch", published="2027-02-09",
     title="EU gives 12 million euros to fight Ethiopian locusts",
     text="""ADDIS ABABA - The European Union [[e2|pledged]] 12 million euros on Monday to help Ethiopia fight desert locust swarms spreading through the east of the country, days after a United Nations [[e1|warning]] that the insects could reach the highlands by March.

The EU [[e2|grant]], channelled through the Food and Agriculture Organization, will pay for pesticides, two more spraying aircraft and ground teams in the Somali and Afar regions, the EU delegation in Addis Ababa said.

"Every week we wait, the swarms multiply," EU ambassador Henrik Lindqvist said. "This [[e2|funding]] is about protecting the harvest of millions of families."

Agriculture Minister Tesfaye Gebremedhin welcomed the money and said Ethiopia needed about 40 million dollars in total to bring the outbreak under control.

Agriculture ministers from Ethiopia, Djibouti, Eritrea, Kenya, Somalia and Sudan will hold an emergency [[e4|meeting]] in Addis Ababa on Tuesday under the Desert Locust Control Organization for Eastern Africa to coordinate spraying across borders.

In its [[e1|bulletin]] last Wednesday, the FAO said swarms had formed near Jijiga and Degehabur after heavy rains."""),
dict(id="a3", source="Rift Valley Tribune", published="2027-02-12",
     title="Japan adds 5 million dollars to Ethiopia locust response",
     text="""ADDIS ABABA - Japan [[e3|announced]] a 5-million-dollar emergency grant on Thursday to help Ethiopia control desert locusts, three days after the European Union [[e2|committed]] 12 million euros to the same effort.

The Japanese [[e3|grant]] will be spent through the Food and Agriculture Organization on pesticides, vehicles and protective equipment for spraying teams, the Japanese embassy said. Ambassador Kenji Shibata said Japan's [[e3|aid]] was meant to "protect food security in the whole Horn of Africa".

On Tuesday, ministers from six countries agreed at an emergency [[e4|meeting]] in Addis Ababa to share survey data daily and to allow spraying aircraft to cross borders without prior permission. The [[e4|session]] was hosted by the Desert Locust Control Organization for Eastern Africa.

The FAO, whose [[e1|report]] on February 3 first raised the alarm, said swarms had now been seen in the eastern parts of Oromia region. Farmers near Harar said locusts had stripped sorghum fields in a single afternoon.

Ethiopian officials said that with the EU and Japanese contributions the government had about half of the 40 million dollars it needed. They urged other donors to follow."""),
]),
# ---------------------------------------------------------------------------- m07
dict(story="m07", topic="ambassador recall and embassy closure over offshore oil blocks, Somali reply and AU-mediated talks (Kenya - Somalia)", events=[
    dict(e="e1", type="withdrawal", date="2026-03-16", participants=["Kenya"], location="Mogadishu"),
    dict(e="e2", type="withdrawal", date="2026-03-20", participants=["Kenya"], location="Mogadishu"),
    dict(e="e3", type="statement", date="2026-03-17", participants=["Somali Ministry of Foreign Affairs"], location="Mogadishu"),
    dict(e="e4", type="meeting", date="2026-03-24", participants=["Kenya", "Somalia", "African Union"], location="Addis Ababa"),
], tricky=[("e1", "e2", "Kenya's recall of its ambassador from Mogadishu on Monday vs the closure of its embassy and the pull-out of the remaining diplomats on Friday")],
note="The recall of the ambassador and the closure of the embassy (withdrawal of staff) are both typed withdrawal. "
     "The 2021 ICJ ruling, the award of the oil blocks and the 2020 break in relations are background.",
articles=[
dict(id="a1", source="Nairobi Daily Ledger", published="2026-03-17",
     title="Kenya recalls envoy from Somalia over offshore oil blocks",
     text="""NAIROBI - Kenya [[e1|recalled]] its ambassador to Somalia on Monday in protest at Mogadishu's decision to award oil exploration licences in waters that Nairobi still regards as disputed, the foreign ministry said.

Ambassador Josephine Wairimu was [[e1|called home]] "for consultations with immediate effect", Foreign Affairs Principal Secretary Daniel Kiprono said in Nairobi. He said Somalia had awarded three offshore blocks to a Turkish-Qatari consortium "in total disregard of ongoing dialogue".

Somalia's foreign ministry [[e3|replied]] on Tuesday that the blocks lay "entirely within Somali waters as confirmed by the International Court of Justice" and that Kenya's [[e1|recall]] of its envoy was "regrettable and unnecessary". In the [[e3|statement]], it urged Nairobi to "respect international law".

The International Court of Justice drew a new maritime boundary in 2021 that gave Somalia most of a contested area of the Indian Ocean believed to hold oil and gas. Kenya rejected the ruling and said it did not recognise the court's jurisdiction.

The two neighbours broke off relations for several months in 2020 over accusations of interference in Somalia's Jubaland region. Kenya has several thousand troops in Somalia under the African Union mission, and Somali traders depend on flights and trade through Nairobi."""),
dict(id="a2", source="Horn Observer", published="2026-03-21",
     title="Kenya shuts its embassy in Mogadishu as row deepens",
     text="""MOGADISHU - Kenya [[e2|closed]] its embassy in Mogadishu on Friday and pulled out its remaining diplomats, four days after it [[e1|withdrew]] its ambassador in a row over offshore oil exploration licences.

A convoy of embassy vehicles drove the last eleven Kenyan staff to Aden Adde International Airport under African Union escort on Friday morning, airport officials said. The Kenyan flag was lowered over the compound near the airport.

Kenya's foreign ministry said the [[e2|closure]] was temporary and that consular services for Kenyans in Somalia would be handled from Nairobi.

Somalia's foreign ministry had [[e3|accused]] Kenya on Tuesday of disregarding international law and called the earlier [[e1|recall]] "regrettable". On Friday a spokesman said only that Somalia "remains open to dialogue".

The African Union Commission said it had invited both foreign ministers to [[e4|talks]] in Addis Ababa on Tuesday.

Traders in Mogadishu's Bakara market said they feared for flights of khat and other goods from Kenya. "Whenever politicians quarrel, it is the small businesses that pay," said Abdirahman Nur, an importer."""),
dict(id="a3", source="Pan-African Diplomatic Review", published="2026-03-25",
     title="Kenya and Somalia agree to keep talking after AU meeting",
     text="""ADDIS ABABA - The foreign ministers of Kenya and Somalia [[e4|met]] at African Union headquarters on Tuesday for the first time since Nairobi [[e2|shut]] its embassy in Mogadishu last week, and agreed to set up a joint technical committee on their maritime dispute.

The three-hour [[e4|meeting]], chaired by the AU Commission chairperson, ended without agreement on the offshore oil blocks that Somalia awarded this month. But both sides said they would meet again within 30 days.

"We came here to talk, not to shout," Kenyan Foreign Minister Wanjiru Mbugua said after the [[e4|talks]]. Her Somali counterpart, Ahmed Farah Warsame, said Somalia would "never negotiate on its sovereignty" but was ready to discuss joint security along the border.

Kenya [[e1|recalled]] its ambassador on March 16 and [[e2|evacuated]] its remaining diplomats on March 20. Officials said there was no decision yet on when the [[e2|embassy closure]] might end.

Diplomats in Addis Ababa said the AU was keen to stop the row from affecting its peacekeeping mission in Somalia, where Kenyan troops play a leading role."""),
]),
# ---------------------------------------------------------------------------- m08
dict(story="m08", topic="Maoist hijacking of a passenger train, commando deployment, track bombing and arrests (West Singhbhum, Jharkhand, India)", events=[
    dict(e="e1", type="attack", date="2027-10-04", participants=["CPI (Maoist)", "Indian Railways"], location="Manoharpur"),
    dict(e="e2", type="deployment", date="2027-10-05", participants=["Central Reserve Police Force"], location="Saranda"),
    dict(e="e3", type="attack", date="2027-10-07", participants=["CPI (Maoist)", "Indian Railways"], location="Goilkera"),
    dict(e="e4", type="arrest", date="2027-10-09", participants=["Jharkhand Police", "CPI (Maoist)"], location="Chaibasa"),
], tricky=[("e1", "e3", "the hijacking of the Barbil-Tatanagar passenger train near Manoharpur on Monday vs the bombing of the track near Goilkera that derailed a goods train on Thursday, same rebels, same railway line")],
note="The hijacking and the track bombing are typed attack. The release of the passengers, the bandh called by the "
     "Maoists and the 2010 Jnaneswari Express derailment are side / background events.",
articles=[
dict(id="a1", source="Eastern India Wire", published="2027-10-05",
     title="Maoists hijack passenger train in Jharkhand, free passengers after nine hours",
     text="""RANCHI - Maoist rebels [[e1|hijacked]] a passenger train in the forests of Jharkhand's West Singhbhum district on Monday and held about 400 passengers for nine hours before letting them go, police and railway officials said.

About 60 armed rebels, some in uniform, forced the driver of the Barbil-Tatanagar passenger train to stop near Manoharpur station at around 6 a.m. by placing boulders on the track, said Superintendent of Police Ashutosh Mahato. They fired in the air, took the driver and guard's radios and made passengers listen to speeches against iron ore mining in the Saranda forest.

Nobody was hurt. The rebels released the passengers in the afternoon and disappeared into the forest, taking two railway employees with them. The two were freed in the evening.

Jharkhand's chief minister called the [[e1|hijacking]] "an attack on ordinary people" and said the central government had agreed to [[e2|send]] extra commando units to the area.

The Communist Party of India (Maoist) has called a two-day shutdown in the region this week. Maoist rebels have been fighting for decades in parts of central and eastern India, although their strength has fallen sharply in recent years. In 2010, suspected Maoist sabotage derailed the Jnaneswari Express in West Bengal, killing about 150 people."""),
dict(id="a2", source="Ranchi Express Chronicle", published="2027-10-08",
     title="Goods train derails after Maoists blow up track",
     text="""CHAIBASA, Jharkhand - Suspected Maoist rebels [[e3|blew up]] a section of railway track near Goilkera in West Singhbhum district early on Thursday, derailing eleven wagons of an iron ore goods train, three days after the [[e1|hijacking]] of a passenger train on the same line.

The driver and his assistant escaped with minor injuries, South Eastern Railway said. Train services between Chakradharpur and Rourkela were suspended while engineers repaired the line damaged in the [[e3|explosion]].

Police said the rebels had used about 10 kilograms of explosives. The [[e3|blast]] took place about 25 kilometres from Manoharpur, where rebels [[e1|stopped]] the Barbil-Tatanagar passenger train on Monday and held its passengers for hours.

Two battalions of the Central Reserve Police Force's CoBRA jungle warfare unit [[e2|arrived]] in the Saranda forest on Tuesday, bringing the number of commandos searching for the rebels to about 3,000, an official said. The [[e2|deployment]] had been requested by the state government.

"These attacks on the railway are meant to show that they still control the forest," said retired police officer Rajiv Kujur. Leaflets left at the site called for an end to new mining leases."""),
dict(id="a3", source="Subcontinent Security Digest", published="2027-10-11",
     title="Five arrested over Jharkhand train hijacking",
     text="""RANCHI - Police in Jharkhand said on Sunday they had [[e4|arrested]] five suspected Maoist rebels, including a local commander, in connection with last week's [[e1|hijacking]] of a passenger train in West Singhbhum district.

The five were [[e4|detained]] on Saturday in a village near Chaibasa during a joint operation by state police and the CRPF commandos [[e2|sent]] to the area after the [[e1|incident]], Inspector General of Police Manoj Soren said. Officers seized rifles, a radio set and a diary listing railway timetables.

Soren said the commander, known by the alias Comrade Bikash, had led the group that [[e1|seized]] the Barbil-Tatanagar train near Manoharpur on October 4. Investigators were also checking whether the men took part in the [[e3|bombing]] of the track near Goilkera on October 7, which derailed a goods train.

The railway line reopened to traffic on Saturday after engineers repaired the damaged section.

Human rights groups in Ranchi said two of those [[e4|held]] were farmers with no links to the rebels and demanded their release. Police rejected the claim."""),
]),
# ---------------------------------------------------------------------------- m09
dict(story="m09", topic="university occupation, national march for university funding, talks and budget deal (Buenos Aires, Argentina)", events=[
    dict(e="e1", type="protest", date="2026-05-11", participants=["University of Buenos Aires students"],
         location="Buenos Aires"),
    dict(e="e2", type="protest", date="2026-05-14", participants=["university students", "university staff"],
         location="Buenos Aires"),
    dict(e="e3", type="meeting", date="2026-05-19", participants=["Argentina", "National Interuniversity Council"],
         location="Buenos Aires"),
    dict(e="e4", type="agreement", date="2026-05-21", participants=["Argentina", "National Interuniversity Council"],
         location="Buenos Aires"),
], tricky=[("e1", "e2", "the students' occupation of the Faculty of Philosophy and Letters from Monday vs the national march to the Plaza de Mayo on Thursday, same campaign over university funding")],
note="The occupation is typed protest (dated to its first day); its end is not annotated. The 2024 university "
     "marches and the presidential veto are background.",
articles=[
dict(id="a1", source="Rio de la Plata Wire", published="2026-05-12",
     title="Students occupy Buenos Aires faculty over funding cuts",
     text="""BUENOS AIRES - Hundreds of students [[e1|occupied]] the Faculty of Philosophy and Letters of the University of Buenos Aires (UBA) on Monday, the opening move in a campaign against what they say is a freeze on university funding that has halved the value of lecturers' salaries.

Students voted at a mass assembly on Monday morning to [[e1|take over]] the building on Puan Street and suspend classes "until the government listens", said Camila Ferreyra, president of the faculty's student union. By the evening, about 300 students were sleeping in classrooms and corridors.

The [[e1|occupation]] is backed by the lecturers' unions, which have held several strikes this year. The faculty's dean said she would not ask for police to clear the building.

The national government says the universities must live within their budgets like the rest of the public sector and has asked for audits of their spending. Education officials did not comment on the [[e1|sit-in]] on Monday.

Student federations have called a national [[e2|march]] for university funding on Thursday, which is expected to draw hundreds of thousands of people in Buenos Aires and other cities. Similar marches in 2024 were among the largest demonstrations against the government."""),
dict(id="a2", source="Southern Cone Herald", published="2026-05-15",
     title="Huge crowds march for Argentina's public universities",
     text="""BUENOS AIRES - Hundreds of thousands of students, lecturers and parents [[e2|marched]] through Buenos Aires on Thursday to demand more money for Argentina's public universities, filling the Plaza de Mayo and the streets around Congress.

Police estimated the crowd in the capital at 250,000; organisers said 700,000 took part. Smaller demonstrations were held in Córdoba, Rosario, Mendoza and La Plata.

The [[e2|march]] was called by student federations and university unions after inflation eroded the value of a university budget that has been frozen since January. At the Faculty of Philosophy and Letters, students have [[e1|occupied]] the building since Monday and say they will stay until the government makes an offer.

"We are not asking for privileges. We are asking that the university our parents paid for still exists for our children," said Tomás Ledesma, 22, a history student who has slept in the faculty all week.

A government spokesman, Ignacio Arrieta, said the authorities were ready for [[e3|talks]] with university rectors next week but would not "print money". The National Interuniversity Council, which groups the rectors of public universities, said it would attend."""),
dict(id="a3", source="Andes and Pampa Review", published="2026-05-22",
     title="Argentine government and universities strike budget deal; occupation ends",
     text="""BUENOS AIRES - Argentina's government and the rectors of the country's public universities reached a [[e4|deal]] on Thursday to raise university operating budgets by 45 percent and lecturers' salaries by 30 percent over three months, both sides said.

The [[e4|agreement]] followed a first round of [[e3|talks]] on Tuesday between the Ministry of Human Capital and the National Interuniversity Council, which ended without a result after six hours. The rectors had asked for an increase of 70 percent.

Students at the University of Buenos Aires' Faculty of Philosophy and Letters voted on Thursday evening to end the [[e1|occupation]] they began on May 11, saying the [[e4|deal]] was "insufficient but a victory for the streets". Classes will resume on Monday.

Pressure on the government had grown after last week's [[e2|march]], when hundreds of thousands of people rallied in Buenos Aires and other cities.

Rector Ricardo Gelós, who heads the council, said after Tuesday's [[e3|meeting]] that the government had "finally understood that the universities cannot close". The government said the extra money would come from savings elsewhere and would not affect its goal of a balanced budget.

Lecturers' unions said they would study the offer before deciding whether to call off a strike planned for next week."""),
]),
# ---------------------------------------------------------------------------- m10
dict(story="m10", topic="volcanic eruption deaths, deadly lahar, Australian relief aid and volcanology report (Flores, Indonesia)", events=[
    dict(e="e1", type="casualties", date="2027-06-02", participants=["Wolorona villagers"], location="Wolorona"),
    dict(e="e2", type="casualties", date="2027-06-05", participants=["Boru villagers"], location="Boru"),
    dict(e="e3", type="support", date="2027-06-06", participants=["Australia", "Indonesia"], location="East Flores"),
    dict(e="e4", type="report", date="2027-06-09", participants=["Centre for Volcanology and Geological Hazard Mitigation"],
         location="Bandung"),
], tricky=[("e1", "e2", "deaths from falling rocks and ash when the volcano erupted on Wednesday night vs deaths in a lahar that buried houses in another village on Saturday")],
note="Deaths are annotated, not the eruption or the mudflow. The November 2024 eruption, the evacuation of 9,000 "
     "people and the cancelled flights at Maumere are background / side events.",
articles=[
dict(id="a1", source="Nusantara Wire", published="2027-06-03",
     title="Seven killed as volcano erupts on Indonesia's Flores island",
     text="""LARANTUKA, Indonesia - Mount Lewotobi Laki-laki on the Indonesian island of Flores erupted late on Wednesday, hurling rocks and ash onto nearby villages and [[e1|killing]] at least seven people, disaster officials said.

Most of the victims were in the village of Wolorona, about four kilometres from the crater, where glowing rocks crashed through roofs and set houses on fire shortly before midnight, said Fransiskus Lamanepa, the head of the East Flores disaster agency. Two children were among the [[e1|dead]].

More than 9,000 people were evacuated to schools and churches in Larantuka and other towns. Ash fell as far away as Maumere, where the airport was closed.

Indonesia's Centre for Volcanology and Geological Hazard Mitigation raised the alert for the volcano to the highest of four levels and widened the exclusion zone to seven kilometres. The centre said it would issue a full [[e4|assessment]] once the eruption had calmed.

Lewotobi Laki-laki also erupted in November 2024, killing several people. Indonesia sits on the Pacific "Ring of Fire" and has about 130 active volcanoes."""),
dict(id="a2", source="East Nusa Tenggara Herald", published="2027-06-07",
     title="Lahar kills four in Flores village as Australia sends aid",
     text="""MAUMERE, Indonesia - A torrent of volcanic mud and boulders swept through the village of Boru on the slopes of Mount Lewotobi Laki-laki on Saturday after heavy rain, [[e2|killing]] four people, three days after an eruption [[e1|killed]] nine in a neighbouring village.

The lahar, a flow of rainwater mixed with fresh ash, buried 20 houses and cut the main road between Larantuka and Maumere, the East Flores disaster agency said. The four victims, an elderly couple and their two grandchildren, had returned home from an evacuation shelter to fetch their belongings, relatives said.

Two more people injured in the eruption on Wednesday night [[e1|died]] in hospital in Larantuka, bringing the [[e1|death toll]] in Wolorona to nine.

Australia [[e3|announced]] 3 million Australian dollars in emergency aid on Sunday, including tarpaulins, water purification kits and help for Indonesian Red Cross teams. "Australia stands with the people of Flores," Foreign Minister Claire Hutchison said. The [[e3|assistance]] will be delivered through Indonesia's national disaster agency.

Officials warned of more lahars as the rainy season tails off. The volcanology centre is expected to publish its [[e4|assessment]] of the eruption this week."""),
dict(id="a3", source="Asia Pacific Disaster Monitor", published="2027-06-10",
     title="Flores volcano still dangerous, agency says, as death toll reaches 13",
     text="""BANDUNG, Indonesia - Indonesia's Centre for Volcanology and Geological Hazard Mitigation kept Mount Lewotobi Laki-laki at its highest alert level on Wednesday, saying in a [[e4|report]] that a new lava dome was growing in the crater and that more explosive eruptions were possible.

The [[e4|report]] said the eruption of June 2 had thrown rocks up to five kilometres from the crater, further than in 2024. It recommended that the villages of Wolorona and Boru be permanently relocated.

Thirteen people have died since the volcano erupted: nine in Wolorona, [[e1|killed]] by falling rocks and fire on the night of the eruption, and four in Boru, who [[e2|died]] when a lahar buried their houses three days later.

Australia's 3-million-dollar aid [[e3|package]], announced on Sunday, has begun to arrive, and Japan and South Korea have also offered help. About 11,000 people remain in shelters.

"We lost our houses, our goats and our cashew trees," said Maria Goreti Kedang, 46, whose brother was [[e1|killed]] in Wolorona and who is living in a school in Larantuka. The agency's [[e4|findings]] mean she cannot go back."""),
]),
]
