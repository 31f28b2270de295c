"""Source of ../stories_dev22/articles.jsonl and ../stories_dev22/gold.jsonl.

TWENTY-SECOND DEVELOPMENT story set (stories_dev22) for the cross-article deduplication
benchmark.  It was written without running the timeline extractor, the `timeline` command or
the dedup benchmark on these texts and without reading the system's code, extraction or
clustering rules or word lists; only the format of the earlier sets was consulted
(build_stories.py, validate.py's check_stories, the docstring and first two stories of
stories_dev16_spec, the list of topics of the earlier sets in tests/gold/README.md,
DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's errors on it may be
read and used for tuning.  It is not a blind set.

10 stories (ka01..ka10), each with 5 gold events and exactly one tricky pair, each told by 4
articles (40 in all, 204-250 words) from at least three invented outlets, published on
different days over one to three weeks in 2026: a short breaking item with a dateline, two
follow-ups with background and quotes, and an analysis written days or weeks later that
retells three or four earlier events with explicit or relative dates.  The theme is a mix of
economics, trade, energy and labour disputes, courts and policing, and military moves:
  ka01  lithium roadblocks by Toconao and then Peine villagers on the Salar de Atacama, the
        environmental regulator's (SMA) report, talks in Calama and a benefit-sharing deal;
  ka02  a tea pluckers' strike around Kericho, harvesters torched on an estate, 14 strikers
        arrested in Kericho and the union's general secretary arrested in Nairobi, a wage deal;
  ka03  a Japanese army missile battery on Yonaguni for an exercise, Chinese naval drills off
        the island, an islanders' rally, the Okinawa governor's letter, the battery's departure;
  ka04  Libyan diesel smuggled through Malta: a UN Panel of Experts report, police raids and
        arrests, U.S. and then British sanctions, a Libya-Malta ministers' meeting;
  ka05  Indonesia's suspension of Australian live cattle imports, an Indonesian and an
        Australian laboratory report on lumpy skin disease, ministers' talks, a testing protocol;
  ka06  an invented English water company: an Environment Agency report, Ofwat's record fine,
        a swimmers' protest at Gloucester Docks, Ofwat's and the bondholders' deadlines;
  ka07  Uganda's troops leaving South Sudan (Juba, then Nimule), South Sudanese troops taking
        over Nimule, an ambush on a fuel convoy, the defence ministers' meeting in Kampala;
  ka08  a truckers' blockade at Kasumbalesa over a Congolese road levy, the drivers' deadline,
        the ministers' meeting at the border, technical talks in Lubumbashi, the levy deal;
  ka09  Ghana's power cuts: an Energy Commission report, a march in Accra, the pipeline
        operator's deadline, a repayment agreement in Accra and a gas contract in Abuja;
  ka10  a fugitive Brazilian banker arrested in Cascais, Brazil's and then the U.S.
        extradition requests, a depositors' rally in São Paulo, the justice ministers' meeting.

All articles are fiction written for this data set (invented outlets, people, companies,
unions, campaign groups and events; real places and institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev22_spec \\
        --out tests/gold/stories_dev22

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked; every mention of them is marked, including mentions
in reported speech and quotations and planned or future references to an event that then
happened (the SMA "is due to publish a report", Peine "would block the road", "promised
talks", "hoped for a signed agreement", the labour secretary "hoped a deal could be signed",
the battery "will leave" / "would leave", Britain "is expected to announce its own sanctions",
the oil minister "will meet", "a full laboratory report would be released", "its own
laboratory report ... would be published", ministers "were expected to sign a joint testing
protocol", swimmers "would gather", an interest payment "falls due on April 14", a battalion
"would pull out", SSPDF troops "are expected to move into" Nimule, the ministers "are due to
meet", a committee "will meet", "expected to sign a deal", the VRA "would sign", Brazil
"would send a formal extradition request", depositors "would demonstrate", the minister "will
meet").  Background and side events are deliberately left unmarked, even when they have the
same type as a gold event: the 2019 march in Calama, the SMA's sanction procedure and
possible fine, Argentina's royalty arrangements; the 2023 burning of harvesters and the
arrests then, the collective agreement, the shop stewards' meeting, the talks at the Labour
Ministry, Langat's release on bail; the Yonaguni coastal observation unit (2016) and
electronic-warfare unit (2024), the Japan Coast Guard vessels sent to shadow the flotilla,
the town council's votes; the boarding of the Sea Lyra, the 2017 Catania ring and its
arrests, EU sanctions still under discussion; Australia's own export halt of 2011, a
television report that caused it, Indonesia's 2022 restrictions, Vietnam's review; the
lenders' standstill, the possible special administration; Uganda's deployments to Juba in
2013 and 2025, the 2018 peace agreement, SSPDF units taking over the Juba positions, the
handing of the Nimule base to a small team; the 2023 Kasumbalesa blockade, the lifting of the
blockade; the 2015 vigil in Accra, talks with the pipeline company, the IMF programme; the
Interpol red notice, the court's custody order, the 2025 raid on the bank's headquarters, an
extradition of 2023 and Brazilian media reports.  Aggregate mentions covering two or more
gold events ("the two roadblocks", "two roadblocks", "two deadlines in a week", "the two
deadlines", "a pullout" for the whole two-stage withdrawal, "the Ugandan pullouts", "two
rounds of talks", "The measures taken in Washington and London", "Both laboratory reports",
"both requests", "the sequence") and negated, generic or hypothetical mentions ("More arrests
will follow", "no strikes before December", "every move on the island", "Southern Shield will
be repeated", "halt imports from any supplier", "if it misses the payment", "a fair
agreement", "block the border again", "A signature does not switch on a fridge", "which
request goes to the courts first") are not marked; nor are appositives or predicates that
re-describe an event in the same sentence ("part of an exercise called Southern Shield", "the
closest such exercise", "one of the largest protests", "a finding Andes Litio disputes", "the
second round of negotiations in five days").  Titles are not annotated.

The articles of a story are published on different days, so a weekday name can point to
different dates: "on Monday" is the landing of the battery on Yonaguni in one article and the
governor's letter in another, where "next Monday" is the battery's departure; "on Friday" is
the Ofwat deadline and "Tuesday" the bondholders' deadline in one Severn Vale article; "on
Friday" is Brazil's request and "on Tuesday" the U.S. request in the Lisbon story; "on
Thursday" is the ministers' meeting at Kasumbalesa and "on Monday" the Lubumbashi talks.  Many
dates are given only relatively, counted from another event of the story: "earlier this
week", "for the second time in a week", "three days after it began", "three days later", "a
week after the Toconao blockade", "two days after the Peine roadblock began", "the next
morning", "two days after the negotiations opened", "before March 5"; "hours after", "on the
third night", "two days after", "two days before the fire", "now in its seventh day", "ten
days after the strike began", "for its first two days", "the next day", "two days after that";
"two days after", "last week", "last Wednesday", "next Monday", "exactly two weeks after",
"the following Saturday", "two days after the rally"; "a week after", "early this month",
"later this week", "ten days after", "six days later", "a week after the raids", "two days
later", "four days after the British move"; "within days", "last Thursday", "early next week",
"four days after that", "three days after the Australian findings", "the next day", "six days
after"; "two days after", "that weekend", "the following Tuesday", "last month", "last
Saturday", "four days after that deadline", "last week's report"; "later in the week", "three
days after", "the day after that", "two days later"; "three days later", "a day after", "four
days after the ministers' meeting", "two days after those talks began", "in five days"; "days
after", "a day before", "a day after", "a week after the Abuja gas contract was signed", "five
days later", "two days after the protest", "a day from expiring", "the following day"; "two
days after his arrest", "last week", "four days after Brazil's request", "twelve days
earlier", "four days after that", "in between", "two days before the American request".

Type conventions used here (the type list has no better fit):
  * road blockades by the Toconao and Peine villagers a week apart (a tricky pair), the
    pluckers' strike, the Yonaguni rally, the swimmers' and rowers' gathering at Gloucester
    Docks, the truckers' blockade at Kasumbalesa, the march in Accra and the depositors'
    rally in São Paulo are `protest` events, each dated to its first day;
  * the torching of harvesters at the Kapsongoi estate and the ambush of a fuel convoy near
    Pageri are `attack` events; the drivers killed in the ambush are part of it and not
    marked separately;
  * the arrest of 14 pluckers in Kericho and of the union's general secretary in Nairobi two
    days later (a tricky pair), the Maltese police operation (dawn raids and six arrests,
    one `arrest` event: "arrested", "detained", "searched", "raids", "raided", "operation",
    "held" and "arrests" are all its mentions) and the banker's arrest in Cascais are `arrest` events;
  * a Japanese army missile battery landing on Yonaguni for an exercise and Chinese naval
    live-fire drills off the island two days later (a tricky pair), and South Sudanese troops
    moving into Nimule, are `deployment` events; the Japanese battery's departure and
    Uganda's pullouts from Juba and, three days later, from Nimule (a tricky pair) are
    `withdrawal` events;
  * the SMA's report, the UN Panel of Experts' report, the Indonesian Quarantine Agency's
    report and the Australian agriculture department's report four days later (a tricky
    pair), the Environment Agency's assessment and the Energy Commission's report are
    `report` events ("findings", "study", "assessment", "review" name them too);
  * Indonesia's suspension of cattle imports, Ofwat's fine, and the U.S. and British sanctions
    two days apart (a tricky pair) are `sanction` events;
  * Ofwat's deadline for a turnaround plan and the bondholders' deadline for an interest
    payment four days later (a tricky pair), the truckers' Friday deadline and the pipeline
    operator's deadline are `deadline` events dated to their expiry;
  * the Okinawa governor's letter and the Brazilian and U.S. extradition requests (a diplomatic
    note and a letter four days apart, a tricky pair) are `letter` events;
  * talks in Calama, the ministers' talks in Jakarta, the Libya-Malta meeting, the trade
    ministers' meeting at Kasumbalesa and the technical talks in Lubumbashi four days later
    (a tricky pair), the defence ministers' meeting in Kampala and the justice ministers'
    meeting in Lisbon (called a "visit" too) are `meeting` events;
  * the benefit-sharing deal, the wage deal, the testing protocol, the levy agreement, and
    Ghana's repayment agreement in Accra and the VRA's gas contract in Abuja the next day (a
    tricky pair) are `agreement` events;
  * lifting a blockade, ending a strike, releases on bail, court hearings and rulings, the
    resumption of trade and payments have no type in the list (or are side events) and are
    left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- ka01
dict(story="ka01", topic="lithium protests on the Salar de Atacama: Toconao residents block the road to the Andes Litio plant, the environmental regulator's report on overpumped brine, a second roadblock at Peine a week later, talks in Calama and a benefit-sharing agreement (Salar de Atacama and Calama, Chile)", events=[
    dict(e="e1", type="protest", date="2026-03-02", participants=["Toconao residents", "Andes Litio"], location="Toconao"),
    dict(e="e2", type="report", date="2026-03-05", participants=["Superintendencia del Medio Ambiente", "Andes Litio"], location="Santiago"),
    dict(e="e3", type="protest", date="2026-03-09", participants=["Peine residents", "Andes Litio"], location="Peine"),
    dict(e="e4", type="meeting", date="2026-03-11", participants=["Andes Litio", "Toconao residents", "Peine residents", "Antofagasta Regional Government"], location="Calama"),
    dict(e="e5", type="agreement", date="2026-03-13", participants=["Andes Litio", "Toconao residents", "Peine residents"], location="Calama"),
], tricky=[("e1", "e3", "Toconao villagers blocking the road to the Andes Litio plant north of the salt flat on Monday March 2 vs Peine villagers blocking the road to the same company's evaporation ponds on the southern edge a week later, same company, same demand")],
note="The 2019 march in Calama, the SMA's sanction procedure and the possible fine, the company's appeal, the lifting of "
     "each roadblock, the company's statements, Chile's lithium strategy and the Argentine royalty arrangements around "
     "Salinas Grandes are side / background events. 'the two roadblocks' and 'two roadblocks' are aggregates and not "
     "marked; 'a finding Andes Litio disputes' re-describes the report and is not marked.",
articles=[
dict(id="a1", source="Pacific Andes Wire", published="2026-03-03",
     title="Atacama villagers block road to lithium plant",
     text="""SAN PEDRO DE ATACAMA, Chile - Residents of the Atacameño village of Toconao [[e1|blocked]] the only road to the Andes Litio lithium plant on the Salar de Atacama on Monday, halting about 40 trucks and trapping the night shift inside the site, the company and community leaders said.

About 200 people [[e1|piled]] stones and tyres across the gravel road south of the village before dawn and said they would stay until the company cut the amount of brine it pumps from beneath the salt flat. Carabineros watched from a distance but made no attempt to clear the [[e1|roadblock]], which was still in place on Tuesday morning.

"The lagoons are drying and the flamingos are leaving. We cannot wait for another study," said Rosa Cruz Ayavire, a spokeswoman for the Toconao water assembly.

Andes Litio, which exports lithium carbonate through the port of Antofagasta, said output had been cut by half and called for "dialogue without pressure". It insists that its pumping stays within its permit.

The environmental regulator, the Superintendencia del Medio Ambiente, is due to publish a [[e2|report]] on brine extraction at the salt flat on Thursday. Community leaders said they would judge the company by it.

Lithium from the Atacama supplies about a quarter of the world market, and the villages around the salt flat have long complained that they see little of the money. A march in Calama in 2019 ended after a week with promises that residents say were never kept."""),
dict(id="a2", source="Norte Grande Daily", published="2026-03-06",
     title="Regulator finds lithium miner overpumped Atacama brine",
     text="""Chile's environmental regulator has [[e2|found]] that Andes Litio pumped about 18 percent more brine from the Salar de Atacama last year than its permit allows, handing ammunition to the Atacameño villagers who [[e1|blockaded]] the company's plant earlier this week.

The 64-page [[e2|report]], published on Thursday by the Superintendencia del Medio Ambiente (SMA), says water levels in monitoring wells near the Soncor lagoons fell by up to 30 centimetres between 2023 and 2025. The SMA has opened a sanction procedure that could end in a fine of up to 10 million dollars.

Andes Litio rejected the [[e2|study]], saying the regulator had relied on "an incomplete hydrological model", and said it would appeal any penalty.

Toconao residents lifted their [[e1|roadblock]] on Tuesday evening, after 36 hours, when the regional governor's office promised [[e4|talks]] with the company. About 1,500 tonnes of lithium carbonate were held up, the company said.

The regulator's [[e2|findings]] have emboldened other villages. Leaders in Peine, on the southern edge of the salt flat, said on Thursday that they would [[e3|block]] the road to the company's evaporation ponds from Monday "until someone in Santiago listens".

"Toconao gave them time. Now the [[e2|report]] says what we always said," said Héctor Mamani, president of Peine's neighbourhood council.

The governor's office said the [[e4|negotiations]] would take place in Calama next week and that the communities, the company and the SMA would all be invited. Andes Litio said it would attend."""),
dict(id="a3", source="Mining & Energy Courier", published="2026-03-10",
     title="Second Atacama village cuts road as lithium talks near",
     text="""For the second time in a week, Atacameño villagers have [[e3|cut]] the road to Andes Litio's operations on the Salar de Atacama, raising the pressure on the company ahead of [[e4|talks]] with the communities.

About 120 residents of Peine [[e3|blocked]] the access road to the company's evaporation ponds at 6 a.m. on Monday, parking two buses and a water tanker across it. Truck drivers said at least 25 loads of lithium carbonate were stuck at the ponds. "We will keep the [[e3|barricade]] until the company takes us seriously," Héctor Mamani, the village's council president, told reporters.

The [[e1|blockade]] at Toconao, north of the salt flat, halted traffic for 36 hours last week. Three days after it began, the environmental regulator's [[e2|report]] found that the company had overpumped brine by 18 percent, a finding Andes Litio disputes.

The company's chief executive, Felipe Urrutia, called the Peine [[e3|protest]] "unnecessary" because the [[e4|talks]] were already scheduled. He is to [[e4|meet]] community leaders, regional officials and the regulator in Calama on Wednesday, and the governor's office said it hoped for a signed [[e5|agreement]] by Friday.

Analysts at the Santiago brokerage Valoriza estimate that the two roadblocks have cost Andes Litio about 9 million dollars in lost sales.

Chile's national lithium strategy, launched in 2023, promised that communities near the salt flats would share in the profits. Villagers say that promise has yet to reach them. CORFO, the state agency that owns the mining rights, will send an observer to Calama."""),
dict(id="a4", source="Latin Commodities Review", published="2026-03-24",
     title="How two roadblocks rewrote the Atacama lithium bargain",
     text="""ANALYSIS - The [[e5|agreement]] that Andes Litio signed with the Atacameño villages of Toconao and Peine in Calama on March 13 raises the communities' share of the company's sales from 1.7 to 3.5 percent and puts their own monitors in its wells. It took two roadblocks and a damning regulatory [[e2|report]] to get there.

The first came on March 2, when about 200 Toconao residents [[e1|piled]] stones and tyres across the road to the plant. Three days later the Superintendencia del Medio Ambiente [[e2|published]] its review of the salt flat, concluding that the company had taken 18 percent more brine than allowed. A week after the Toconao [[e1|blockade]], Peine's villagers [[e3|shut]] the road to the evaporation ponds, and this time trucks stayed idle for almost three days.

The [[e4|talks]] in Calama opened two days after the Peine [[e3|roadblock]] began and ran late into the night. Peine lifted its [[e3|barricade]] the next morning, and the [[e5|deal]] was signed two days after the [[e4|negotiations]] opened.

"The regulator's [[e2|findings]] changed the balance of power. Before March 5 the company could say it was a matter of opinion," said Carla Vidal, who follows the lithium sector at a Santiago consultancy.

The [[e5|accord]] is modest next to the royalty arrangements that Argentine provinces have negotiated around Salinas Grandes, and it says nothing about the regulator's pending fine. But other mining companies on the salt flat will now face the same demands, and the villages have learned that a road can be closed in an hour."""),
]),
# ---------------------------------------------------------------------------- ka02
dict(story="ka02", topic="tea pluckers' strike around Kericho: the walkout, harvesters torched at the Kapsongoi estate, 14 strikers arrested in Kericho, the union's general secretary arrested in Nairobi two days later, and the wage agreement (Kericho and Nairobi, Kenya)", events=[
    dict(e="e1", type="protest", date="2026-06-02", participants=["Tea and Allied Workers Union", "tea pluckers"], location="Kericho"),
    dict(e="e2", type="attack", date="2026-06-04", participants=["strikers", "Highland Leaf Plantations"], location="Kapsongoi estate"),
    dict(e="e3", type="arrest", date="2026-06-05", participants=["Kenya Police Service", "tea pluckers"], location="Kericho"),
    dict(e="e4", type="arrest", date="2026-06-07", participants=["Kenya Police Service", "Joseph Langat"], location="Nairobi"),
    dict(e="e5", type="agreement", date="2026-06-12", participants=["Tea and Allied Workers Union", "Kericho Estates Employers' Council"], location="Nairobi"),
], tricky=[("e3", "e4", "police arresting 14 striking pluckers in Kericho on Friday June 5 over the burning of the harvesters vs detectives arresting the union's general secretary at his home in Nairobi on Sunday June 7 over the same fire")],
note="The 2023 burning of harvesters near Kericho and the arrests then, the collective agreement running until December, "
     "the beating of the night watchman, the charges and court appearance, 'More arrests will follow' (future, generic), "
     "the shop stewards' meeting before the fire, Langat's release on bail, the church leaders' statement and the talks "
     "at the ministry that led to the deal are side / background events. 'no strikes before December' is generic and "
     "not marked.",
articles=[
dict(id="a1", source="Highlands Wire", published="2026-06-03",
     title="Kenyan tea pluckers strike over pay and machines",
     text="""KERICHO, Kenya - Thousands of tea pluckers on the large estates around Kericho [[e1|walked off]] the job on Tuesday, demanding a pay rise and a halt to the harvesting machines that have already replaced many of them.

The Tea and Allied Workers Union said about 9,000 of its members at 23 estates had joined the [[e1|strike]]. Estate managers put the figure closer to 6,000 and said their factories were running on green leaf bought from smallholders.

Pluckers earn about 460 shillings a day, paid by the kilo. The union wants a 30 percent increase and a written promise that no more machines will be brought in this year. Each harvester, it says, does the work of about 60 people.

"They bring one machine, and sixty families go hungry," said Esther Chepkoech, who has picked tea at the Kapsongoi estate for 19 years, as she stood with other strikers outside the estate gate.

The Kericho Estates Employers' Council called the [[e1|stoppage]] illegal, saying the union had not given the notice required by law, and pointed out that wages are set by a collective agreement that runs until December.

Labour Ministry officials said they would try to bring both sides together this week.

The machines have been a flashpoint before. In 2023 crowds burned several harvesters on estates near Kericho, and police made dozens of arrests. Tea is one of Kenya's largest export earners, and the Kericho highlands produce some of its best-known leaf."""),
dict(id="a2", source="Rift Valley Times", published="2026-06-06",
     title="Police arrest 14 after tea harvesters burned in Kericho",
     text="""Police in Kericho [[e3|arrested]] 14 tea workers on Friday, hours after eight mechanical harvesters were [[e2|set on fire]] at the Kapsongoi estate on the third night of a pluckers' [[e1|strike]].

Kericho County police commander Daniel Mutua said a group of about 50 people [[e2|stormed]] a shed near the estate factory shortly before midnight on Thursday and doused the machines, worth about 180 million shillings, with petrol. A night watchman was beaten but not seriously hurt.

"Those we have in [[e3|custody]] were identified from the estate's cameras. More arrests will follow," Mutua said. The 14, among them two shop stewards, will be charged with arson and malicious damage on Monday, he added.

Highland Leaf Plantations, which owns Kapsongoi, said the [[e2|attack]] was "organised, not spontaneous" and accused union officials of stirring up anger. The union condemned the [[e2|burning]] but said its members had been pushed to despair.

"Our members are not criminals. We have asked for talks for four months and nobody answered," the union's general secretary, Joseph Langat, said in Nairobi. He urged the police to free the 14.

The [[e1|walkout]], which began on Tuesday, has spread to estates in Bomet and Nandi Hills, according to the union. Employers say about half of the pluckers are back at work.

Tea buyers at the Mombasa auction said prices for Kericho teas had risen by about eight percent this week as supplies fell."""),
dict(id="a3", source="Capital Labour Report", published="2026-06-08",
     title="Tea union chief held in Nairobi over estate arson",
     text="""Detectives [[e4|arrested]] the general secretary of the Tea and Allied Workers Union, Joseph Langat, at his home in Nairobi's South B estate late on Sunday, accusing him of inciting the [[e2|arson]] attack on tea harvesters in Kericho last week.

The [[e4|arrest]] came two days after police in Kericho [[e3|detained]] 14 striking pluckers over the same [[e2|incident]]. Langat's lawyer, Miriam Achieng, said her client had been in Nairobi on the night the machines [[e2|burned]] and that detectives had shown her no evidence. "This is an attempt to break a lawful [[e1|strike]] by locking up its leader," she said.

A police statement said Langat had addressed a meeting of shop stewards two days before the [[e2|fire]] and told them to "deal with the machines". The union denies this.

The union said it would not call off the [[e1|stoppage]], now in its seventh day, until Langat was freed. Several hundred pluckers who had returned to work on Saturday stayed at home on Monday, estate managers said.

Labour Secretary Margaret Wanjiru said she had invited the union and the employers to the ministry on Tuesday and hoped a [[e5|deal]] could be signed before the end of the week. "Nobody gains from a crop rotting on the bushes," she said.

Kenya exported about 590 million kilos of tea last year. The Kericho estates, most of them owned by foreign groups, account for a large share of the premium leaf sold at auction in Mombasa."""),
dict(id="a4", source="East Africa Economic Review", published="2026-06-22",
     title="Kericho's tea truce buys time, not peace",
     text="""ANALYSIS - The [[e5|agreement]] that sent Kericho's tea pluckers back to the estates was signed at the Labour Ministry in Nairobi on June 12, ten days after the [[e1|strike]] began. It gives pluckers a 14 percent rise, freezes the purchase of new harvesters until mid-2027 and creates a fund to retrain workers whose jobs go to machines. Employers won a promise of no strikes before December.

The [[e1|walkout]] was peaceful for its first two days. On the night of June 4 a crowd [[e2|torched]] eight harvesters at the Kapsongoi estate, and the mood changed. The next day police [[e3|rounded up]] 14 workers in Kericho; two days after that, detectives [[e4|picked up]] the union's general secretary, Joseph Langat, in Nairobi.

Langat's [[e4|arrest]] backfired. Pluckers who had drifted back to work rejoined the [[e1|stoppage]], and church leaders in Kericho called his [[e4|detention]] "a provocation". He was released on bail on June 10 and went straight into the talks that produced the [[e5|deal]].

The 14 pluckers [[e3|held]] after the [[e2|fire]] are still awaiting trial, and the union wants the charges dropped.

"The machines will come anyway," said Paul Korir, an agricultural economist at Egerton University. "The [[e5|accord]] only decides how fast, and who pays for the people left behind."

Two estates have already said they will test new harvesters next year, within the limits of the freeze."""),
]),
# ---------------------------------------------------------------------------- ka03
dict(story="ka03", topic="missiles on Yonaguni: a Japanese army air-defence battery lands on the island for an exercise, Chinese naval live-fire drills east of the island two days later, an islanders' rally, the Okinawa governor's letter and the battery's departure (Yonaguni, Japan; Japan - China)", events=[
    dict(e="e1", type="deployment", date="2026-05-11", participants=["Japan Ground Self-Defense Force"], location="Yonaguni"),
    dict(e="e2", type="deployment", date="2026-05-13", participants=["People's Liberation Army Navy"], location="Yonaguni"),
    dict(e="e3", type="protest", date="2026-05-16", participants=["Yonaguni residents"], location="Yonaguni"),
    dict(e="e4", type="letter", date="2026-05-18", participants=["Haruko Tamashiro", "Japan Ministry of Defense"], location="Naha"),
    dict(e="e5", type="withdrawal", date="2026-05-25", participants=["Japan Ground Self-Defense Force"], location="Yonaguni"),
], tricky=[("e1", "e2", "a Japanese army missile battery coming ashore on Yonaguni for the Southern Shield exercise on Monday May 11 vs a Chinese flotilla holding live-fire drills in the waters east of the same island on Wednesday May 13; both military moves around Yonaguni, both called drills or exercises")],
note="The coastal observation unit stationed on Yonaguni since 2016 and the electronic-warfare unit of 2024, the "
     "Chinese foreign and defence ministries' statements, the scrambled fighters and the Japan Coast Guard patrol "
     "vessels sent to shadow the flotilla, the mayor's remarks, the Defence Ministry's reply to the governor and the "
     "Chinese ships' later returns are side / background events. 'the exercise' of the Japanese army and 'drills' of "
     "the Chinese navy are told apart by the actor; 'every move on the island' is generic and not marked.",
articles=[
dict(id="a1", source="Pacific Rim Wire", published="2026-05-12",
     title="Japan lands missile battery on island near Taiwan",
     text="""YONAGUNI, Japan - Japan's Ground Self-Defense Force [[e1|landed]] a surface-to-air missile battery on Yonaguni, the country's westernmost inhabited island, on Monday for a two-week exercise, the Defence Ministry said.

About 150 soldiers, four launchers and a radar vehicle [[e1|came ashore]] at Sonai port from a chartered roll-on roll-off ship that had sailed from Ishigaki overnight.

The ministry said the [[e1|deployment]] was part of an exercise called Southern Shield, meant to test how quickly air defences can be moved to the far end of the Nansei island chain in a crisis. The battery will [[e5|leave]] the island on May 25, when the [[e1|drill]] ends, a spokesman said.

Yonaguni lies about 110 kilometres east of Taiwan and on a clear day the larger island can be seen from its western cape. A coastal observation unit of about 160 soldiers has been stationed there since 2016, and an electronic-warfare unit was added in 2024.

Residents were divided. "We have lived next to the soldiers for ten years. Missiles are a different thing," said Kenji Arakaki, who runs a diving shop near the port. Others welcomed the troops, saying the island's shrinking economy depends on the base.

In Beijing, a foreign ministry spokesman said Japan was "raising tensions" in the region and urged Tokyo to "act with restraint" on matters concerning Taiwan. He did not say whether China would respond."""),
dict(id="a2", source="Tokyo Security Monitor", published="2026-05-14",
     title="Chinese warships drill off Yonaguni after Japanese missile move",
     text="""Chinese warships held live-fire [[e2|drills]] in waters east of Yonaguni on Wednesday, two days after Japan [[e1|moved]] a missile battery onto the island, Japan's Joint Staff said.

A flotilla of three destroyers, a frigate and a supply ship [[e2|sailed]] into a zone about 60 kilometres from the island in the morning and fired naval guns at sea targets for about four hours, the Joint Staff said. Ship-borne helicopters flew within 25 kilometres of Yonaguni's airspace, and Air Self-Defense Force fighters were scrambled from Naha. The Japan Coast Guard sent two patrol vessels to shadow the flotilla.

China's defence ministry said the [[e2|exercise]] was "routine training in accordance with international law" and was not aimed at any country. But a commentary in Chinese state media linked it to the Japanese [[e1|deployment]], calling the missiles on Yonaguni "a dagger pointed at the mainland".

Japan's chief cabinet secretary told reporters that Tokyo was "watching closely" and that the army's Southern Shield [[e1|drill]] would go ahead as planned until May 25.

Analysts said the timing was unlikely to be a coincidence. "Beijing wants every step on Yonaguni to carry a price," said Mariko Ueda of the Sasakawa Peace Foundation. "The message of Wednesday's [[e2|manoeuvres]] was: we can come this close, too."

Fishermen from Yonaguni who were at sea on Wednesday said they had been told by radio to stay west of the island."""),
dict(id="a3", source="Nansei Islands Herald", published="2026-05-19",
     title="Yonaguni rally, governor's letter demand missiles go",
     text="""About 300 Yonaguni residents [[e3|rallied]] at Sonai port on Saturday to protest against the missile battery that the army [[e1|brought]] to the island last week, in one of the largest protests seen on the island of 1,700 people.

Marchers carrying banners reading "No missiles, no target" [[e3|walked]] from the port to the town office, where they handed over a petition with 640 signatures. Some had come from Ishigaki by the morning ferry.

"Two days after the soldiers [[e1|came]], Chinese warships were [[e2|firing]] guns on our fishing grounds," said Sachiko Higa, a retired teacher who helped organise the [[e3|march]]. "That is what these missiles bring."

On Monday, Okinawa Governor Haruko Tamashiro [[e4|wrote]] to the Defence Minister asking for a guarantee that the battery would [[e5|leave]] Yonaguni when the [[e1|exercise]] ends next Monday and that no missiles would be stationed there permanently. In the [[e4|letter]], she cited the Chinese naval [[e2|drills]] of last Wednesday as proof that the [[e1|deployment]] "raises the risk to residents instead of lowering it".

The Defence Ministry said it had received the governor's [[e4|letter]] and would reply "in due course". Officials in Tokyo have said the battery is there only for the [[e1|exercise]].

Yonaguni's mayor, who supports the army's presence, said the [[e3|protest]] did not represent the majority. The town council has twice voted to welcome the troops."""),
dict(id="a4", source="Indo-Pacific Defence Review", published="2026-06-02",
     title="Two weeks on Yonaguni: what Japan's missile test revealed",
     text="""ANALYSIS - The Ground Self-Defense Force's missile launchers [[e5|left]] Yonaguni on May 25, exactly two weeks after they had [[e1|come ashore]]. The Defence Ministry says the [[e1|exercise]] proved that air defences can reach the western edge of Japan within a day. Its critics say it proved something else: that every move on the island now draws an answer.

Reactions came quickly. Two days after the battery [[e1|landed]], a Chinese flotilla held live-fire [[e2|drills]] about 60 kilometres east of the island, the closest such exercise to Japanese territory in this area since 2022. The following Saturday about 300 islanders [[e3|marched]] to the town office, and two days after the [[e3|rally]] Okinawa's governor sent Tokyo a [[e4|letter]] demanding that the missiles go and stay gone.

Tokyo did not give the written guarantee she asked for, but the [[e5|pullout]] went ahead on schedule, the launchers rolling onto a transport ship bound for Ishigaki before dawn.

"The ministry got its data and Beijing got its headline," said Tomohiro Kishi, a defence analyst in Tokyo. "The islanders got a preview of what a crisis would look like."

Chinese ships have since returned twice to the same waters, without firing. The Defence Ministry has not said whether Southern Shield will be repeated next year, or whether the battery's [[e5|departure]] is final."""),
]),
# ---------------------------------------------------------------------------- ka04
dict(story="ka04", topic="Libyan diesel smuggling through Malta: a UN Panel of Experts report names Karkanja Shipping, Maltese police raids and arrests, U.S. Treasury sanctions and British sanctions two days later, and a Libya-Malta ministers' meeting in Valletta (Malta; Libya - Malta - United States - United Kingdom)", events=[
    dict(e="e1", type="report", date="2026-09-02", participants=["UN Panel of Experts on Libya", "Karkanja Shipping"], location=None),
    dict(e="e2", type="arrest", date="2026-09-08", participants=["Malta Police Force", "Mario Vella Caruana"], location="Malta"),
    dict(e="e3", type="sanction", date="2026-09-15", participants=["United States", "Karkanja Shipping", "Ramadan al-Ferjani", "Mario Vella Caruana"], location=None),
    dict(e="e4", type="sanction", date="2026-09-17", participants=["United Kingdom", "Karkanja Shipping", "Ramadan al-Ferjani", "Tamarisk Fuels"], location=None),
    dict(e="e5", type="meeting", date="2026-09-21", participants=["Libya", "Malta"], location="Valletta"),
], tricky=[("e3", "e4", "the U.S. Treasury's sanctions on Karkanja Shipping, its tanker and four men on Tuesday September 15 vs Britain's sanctions on the same company and five people two days later, same network, same week")],
note="The dawn raids and the arrests are one police operation (e2, typed arrest); the boarding of the tanker, the seizure "
     "of cash and documents, the court appearance, the bail and the freezing order, the 2017 Catania ring and its arrests, "
     "the Treasury official's and Libyan government's statements, EU sanctions still under discussion (not imposed) and "
     "the joint-patrol plan agreed at the meeting are side / background events. 'the measures taken in Washington and "
     "London' is an aggregate and not marked.",
articles=[
dict(id="a1", source="Mediterranean Wire", published="2026-09-09",
     title="Malta police arrest six over Libyan fuel smuggling",
     text="""VALLETTA - Maltese police [[e2|arrested]] six people, including the director of a local shipping company, in dawn raids on Tuesday against an alleged ring that smuggled diesel from Libya into European markets, police said.

Officers of the Economic Crimes Unit [[e2|searched]] offices in Sliema and a fuel depot near Marsaxlokk, while soldiers of the Armed Forces of Malta boarded the tanker Sea Lyra at anchor off the south coast. Police seized documents, laptops and about 1.2 million euros in cash.

Those [[e2|detained]] include Mario Vella Caruana, 52, director of Karkanja Shipping, which manages the Sea Lyra. Police said the six would appear in court on Thursday.

The [[e2|operation]] came a week after a [[e1|report]] by the United Nations Panel of Experts on Libya described Karkanja as part of a network that buys subsidised Libyan diesel for a fraction of its market price and resells it with forged papers in Malta, Italy and Spain. The [[e1|report]] estimated the network's profits since 2023 at about 300 million dollars.

Diesel costs a few cents a litre at Libyan pumps because of state subsidies, and smuggling by sea and across the desert has flourished since 2011. Italian prosecutors broke up a similar ring in Catania in 2017, arresting dozens of people.

Malta's home affairs minister, Clive Farrugia, said the [[e2|raids]] showed that the island "will not be a laundromat for stolen Libyan fuel". Vella Caruana's lawyer declined to comment."""),
dict(id="a2", source="Transatlantic Finance Wire", published="2026-09-16",
     title="U.S. sanctions Malta shipper over Libyan diesel",
     text="""The United States [[e3|imposed]] sanctions on Tuesday on a Malta-based shipping company, its tanker and four people it accused of smuggling Libyan diesel worth hundreds of millions of dollars, a week after Maltese police [[e2|arrested]] the company's director.

The Treasury's Office of Foreign Assets Control [[e3|blacklisted]] Karkanja Shipping, its director Mario Vella Caruana, the tanker Sea Lyra and three Libyan nationals, among them Ramadan al-Ferjani, whom it described as the network's organiser in the coastal city of Zawiya.

The [[e3|measures]] freeze any assets they hold under U.S. jurisdiction and bar Americans from doing business with them. Banks that handle their transactions risk penalties of their own.

"Fuel smuggling robs the Libyan people and pays for the armed groups that stand in the way of a unified state," a Treasury official said.

The Treasury said it had drawn on the [[e1|report]] published early this month by the UN Panel of Experts on Libya, which traced cargoes of the Sea Lyra from Zawiya to Malta and on to buyers in southern Europe.

Britain is expected to announce its own [[e4|sanctions]] against the network later this week, two diplomats in London said. The European Union is discussing similar steps, but officials in Brussels said no decision was near.

Vella Caruana, who was [[e2|detained]] in the September 8 swoop, was granted bail by a Maltese court on Friday. He denies wrongdoing."""),
dict(id="a3", source="City Ledger", published="2026-09-18",
     title="Britain follows U.S. with sanctions on Libyan fuel ring",
     text="""Britain [[e4|sanctioned]] Karkanja Shipping and five people linked to a Libyan fuel-smuggling ring on Thursday, two days after Washington [[e3|targeted]] the same network.

The British [[e4|designations]], which freeze assets in the United Kingdom and ban travel, go further than Tuesday's U.S. [[e3|action]]: they also cover Ramadan al-Ferjani's brother Khaled and a Dubai-registered trading firm, Tamarisk Fuels, which the Foreign Office said bought much of the smuggled diesel.

"Those who profit from the theft of Libya's resources will find no safe haven in London," a Foreign Office minister said.

The Libyan government in Tripoli welcomed the [[e4|sanctions]] and said it had asked both countries for help tracing the money.

In Valletta, a magistrate extended a freezing order on Karkanja's bank accounts, ten days after police [[e2|raided]] the company's offices in Sliema. Vella Caruana, one of six people [[e2|held]] in that operation, is on bail.

Libya's oil minister, Abdelhakim Shneiba, will [[e5|meet]] Malta's home affairs minister in Valletta on Monday to discuss joint maritime patrols, officials of both governments said. Malta hopes the [[e5|talks]] will also lead to a system for checking the papers of tankers arriving from Libyan ports.

Shipping analysts said the Sea Lyra, at anchor under police guard since the [[e2|raids]], was unlikely to sail again soon. Insurers have dropped the vessel, and no port in the EU would now accept its cargo."""),
dict(id="a4", source="Mediterranean Policy Review", published="2026-10-01",
     title="The Karkanja case: a month that shook Malta's fuel trade",
     text="""ANALYSIS - For a month, the Karkanja case has moved faster than anyone in Valletta expected. A UN Panel of Experts [[e1|report]] published on September 2 named the company. Six days later police [[e2|raided]] its offices and a fuel depot at Marsaxlokk and took its director, Mario Vella Caruana, into custody along with five others.

A week after the [[e2|raids]], Washington [[e3|froze]] the assets of the company, its tanker and four men. London added its own [[e4|sanctions]] two days later, with a longer list that included a Dubai trading house. The measures taken in Washington and London cut Karkanja off from the dollar, the pound and most of the insurers that matter.

Four days after the British [[e4|move]], Libya's oil minister [[e5|sat down]] with his Maltese counterpart in Valletta. The [[e5|meeting]] produced a plan for joint patrols and an exchange of tanker data, though not the binding agreement Malta wanted.

"What changed is that the evidence in the UN [[e1|study]] was picked up by governments with real leverage," said Rania Bugeja, a maritime lawyer in Valletta. "Without the American [[e3|listing]], the [[e2|arrests]] would have been a local story."

Smuggling has not stopped. Traders say diesel from Zawiya now moves through Tunisian ports instead. And the European Union, which could hit the network hardest, has still not agreed on sanctions of its own."""),
]),
# ---------------------------------------------------------------------------- ka05
dict(story="ka05", topic="live cattle row: Indonesia suspends imports from Australia over suspected lumpy skin disease, the Indonesian Quarantine Agency's report of positive samples, the Australian agriculture department's report of negative retests, ministers' talks in Jakarta and a testing protocol (Darwin, Jakarta and Canberra; Indonesia - Australia)", events=[
    dict(e="e1", type="sanction", date="2026-08-03", participants=["Indonesia", "Australia"], location="Jakarta"),
    dict(e="e2", type="report", date="2026-08-06", participants=["Indonesian Quarantine Agency"], location="Jakarta"),
    dict(e="e3", type="report", date="2026-08-10", participants=["Australian Department of Agriculture, Fisheries and Forestry"], location="Canberra"),
    dict(e="e4", type="meeting", date="2026-08-13", participants=["Indonesia", "Australia"], location="Jakarta"),
    dict(e="e5", type="agreement", date="2026-08-14", participants=["Indonesia", "Australia"], location="Jakarta"),
], tricky=[("e2", "e3", "the Indonesian Quarantine Agency's laboratory report of 12 positive samples from an Australian shipment on Thursday August 6 vs the Australian agriculture department's report of negative retests in Darwin export yards four days later, on the same question of the same cattle trade")],
note="Australia's own suspension of exports to Indonesia in 2011 and Indonesia's restrictions on four Australian "
     "facilities in 2022, Vietnam's review of its imports, the ministers' statements, the resumption of shipments on "
     "August 20, the culling of the Lampung heifers and the test results as such are side / background events. "
     "'Both laboratory reports' is an aggregate and not marked; 'halt imports from any supplier' is hypothetical.",
articles=[
dict(id="a1", source="Top End Wire", published="2026-08-04",
     title="Indonesia halts Australian live cattle imports over disease fears",
     text="""DARWIN, Australia - Indonesia [[e1|suspended]] imports of live cattle from Australia on Monday after quarantine officials said they had found signs of lumpy skin disease in animals unloaded at a port in Lampung province, a heavy blow to cattle producers across northern Australia.

The [[e1|ban]], announced by Indonesia's agriculture ministry in Jakarta, halts a trade worth about 1.2 billion Australian dollars a year. Three ships that were loading at Darwin's East Arm wharf on Monday were told to stop, and about 9,000 cattle were sent back to holding yards outside the city.

Indonesian officials said a full laboratory [[e2|report]] on the samples would be released within days.

Australia's agriculture minister, Declan Forsyth, said Australia remained free of the disease and that no case had ever been confirmed in its herds. "We will share every piece of data we have, and we expect Indonesia to do the same," he said.

Lumpy skin disease, a viral infection spread by biting insects, has been present in Indonesia since 2022. It is rarely fatal but cuts milk yields and damages hides.

The [[e1|suspension]] revives memories of 2011, when Australia itself halted cattle exports to Indonesia for a month after a television report on cruelty in Indonesian abattoirs. That decision cost the northern industry hundreds of millions of dollars and soured relations for years.

"Every day the boats don't sail, our cattle lose weight and we lose money," said Tom Brennan, who runs a station near Katherine."""),
dict(id="a2", source="Jakarta Business Times", published="2026-08-07",
     title="Quarantine agency says 12 Australian cattle tested positive",
     text="""Indonesia's quarantine agency [[e2|reported]] on Thursday that 12 cattle from an Australian shipment had tested positive for lumpy skin disease, defending the import [[e1|suspension]] that the agriculture ministry announced on Monday.

In its [[e2|report]], the Indonesian Quarantine Agency said blood samples from 12 of 310 heifers unloaded from the vessel Arafura Spirit at Panjang port in Lampung had shown the virus. The animals had arrived on July 27 and were culled last week. The agency said the infection was likely to have been present before loading, because the cattle had shown skin lesions within three days of arrival.

Australian officials questioned the [[e2|report]], noting that the samples had been taken after the animals had spent several days in Indonesian yards, where the disease is common. Canberra said its own laboratory [[e3|report]], based on retests of cattle in Darwin export yards, would be published early next week.

"We respect Australia's position, but our duty is to protect Indonesian farmers," said agency head Bambang Sutrisno. He said the [[e1|ban]] would stay until Indonesia was satisfied with Australia's testing.

Feedlot owners in Lampung said they had enough cattle for about six weeks. Beef prices in Jakarta markets rose by about five percent this week.

Vietnam, the second-largest buyer of Australian live cattle, said it was reviewing the Indonesian [[e2|findings]] but had not stopped its own imports."""),
dict(id="a3", source="Canberra Rural Review", published="2026-08-11",
     title="Australian retests find no lumpy skin disease in export cattle",
     text="""Australia's agriculture department [[e3|reported]] on Monday that 1,400 cattle retested in Northern Territory export yards were all free of lumpy skin disease, contradicting the Indonesian quarantine [[e2|report]] published last Thursday.

The department's 40-page [[e3|report]] says blood and skin samples from the yards near Darwin, and from the stations that supplied the Arafura Spirit, were tested at the Australian Centre for Disease Preparedness in Geelong. None showed the virus. It suggests the 12 animals that tested positive in Lampung were infected after they arrived in Indonesia.

"The science is clear. Australia is free of lumpy skin disease," Agriculture Minister Declan Forsyth said. He will [[e4|meet]] his Indonesian counterpart, Ahmad Wiryawan, in Jakarta on Thursday to seek an end to the [[e1|suspension]], which is now in its second week.

Indonesian officials said they would study the Australian [[e3|findings]] before the [[e4|talks]] but gave no sign of lifting the [[e1|ban]] at once. Diplomats in Jakarta said the ministers were expected to sign a joint testing [[e5|protocol]] during the visit.

Exporters say about 9,000 cattle are being held in yards in Darwin and Broome at a cost of about 40,000 Australian dollars a day. Station owners in the Kimberley have stopped mustering.

In 2022, when the disease first spread through Indonesia, Jakarta restricted imports from four Australian facilities for several weeks after similar claims, before lifting the measure."""),
dict(id="a4", source="Asia-Pacific Agribusiness Review", published="2026-08-25",
     title="Cattle boats sail again, but trust between Darwin and Jakarta is thin",
     text="""ANALYSIS - The first cattle ship in almost three weeks left Darwin for Indonesia on August 20, six days after the two governments [[e5|signed]] a protocol that requires every animal to be tested for lumpy skin disease before loading. Darwin's cattle wharf had been quiet for 17 days.

It was a fortnight that showed how fragile the relationship is. Indonesia's [[e1|suspension]] on August 3 came before any test result had been published. Three days later its quarantine agency [[e2|reported]] 12 positive samples from the Arafura Spirit; four days after that, Canberra's own [[e3|report]] found nothing in 1,400 animals retested in Darwin.

When the two agriculture ministers [[e4|met]] in Jakarta on August 13, three days after the Australian [[e3|findings]], neither side retreated from its science. The [[e5|protocol]] they signed the next day simply sidesteps the argument: Australia pays for the extra tests, and Indonesia accepts the results of laboratories approved by both sides.

"Both laboratory reports can be true at once," said Lina Hartono, a veterinary epidemiologist at Bogor Agricultural University. "The cattle were probably clean when they left and infected when they landed."

Exporters estimate the [[e1|ban]] cost them about 60 million Australian dollars. Station owners worry more about the next time. Under the [[e5|agreement]], Indonesia can still halt imports from any supplier whose animals test positive on arrival, and no one in Darwin doubts that it will."""),
]),
# ---------------------------------------------------------------------------- ka06
dict(story="ka06", topic="Severn Vale Water in trouble: an Environment Agency report rates it one star, Ofwat's record fine, a protest by swimmers and rowers at Gloucester Docks, Ofwat's April 10 deadline for a turnaround plan and the bondholders' April 14 deadline for an interest payment (Gloucester, England)", events=[
    dict(e="e1", type="report", date="2026-03-31", participants=["Environment Agency", "Severn Vale Water"], location=None),
    dict(e="e2", type="sanction", date="2026-04-02", participants=["Ofwat", "Severn Vale Water"], location=None),
    dict(e="e3", type="protest", date="2026-04-04", participants=["Clean Severn", "swimmers and rowers"], location="Gloucester"),
    dict(e="e4", type="deadline", date="2026-04-10", participants=["Ofwat", "Severn Vale Water"], location=None),
    dict(e="e5", type="deadline", date="2026-04-14", participants=["Severn Vale Water bondholders", "Severn Vale Water"], location=None),
], tricky=[("e4", "e5", "the regulator Ofwat's deadline of Friday April 10 for Severn Vale Water's turnaround plan, met with hours to spare, vs the bondholders' deadline of Tuesday April 14 for a 48 million pound interest payment, missed four days later; two deadlines for the same company in the same week")],
note="The company's plan and its submission, the lenders' 30-day standstill, a possible special administration "
     "(hypothetical), the company's apology and its chief executive's statements, the 2025 spill figures, the "
     "government's review of the sector and the petition handed in at the protest are side / background events. "
     "'two deadlines' is an aggregate and not marked. Each deadline is dated to its expiry.",
articles=[
dict(id="a1", source="Severn Business Wire", published="2026-04-03",
     title="Ofwat hits Severn Vale Water with record fine",
     text="""GLOUCESTER, England - The water regulator Ofwat [[e2|fined]] Severn Vale Water 62 million pounds on Thursday for failing to stop sewage spills into the River Severn and its tributaries, the largest penalty it has imposed on a single company.

The [[e2|penalty]] came two days after an Environment Agency [[e1|report]] gave the company one star out of four, the lowest rating, for the second year running. The agency counted 5,240 spills from Severn Vale's storm overflows in 2025, lasting a combined 41,000 hours.

Ofwat also set an April 10 [[e4|deadline]] for the company to submit a turnaround plan showing how it would pay the [[e2|fine]], fund repairs and strengthen its finances. The regulator said it was "not ruling anything out" if the plan fell short.

Severn Vale, which supplies water to about 1.3 million people in Gloucestershire, Herefordshire and parts of Worcestershire, apologised and said it would not contest the [[e2|decision]]. Its chief executive, Andrew Pelham, said the company had "let down customers and the rivers they love".

The company carries about 2.4 billion pounds of debt. Credit analysts said its bondholders were watching closely: an interest payment of 48 million pounds [[e5|falls due]] on April 14, according to the company's accounts.

Campaign group Clean Severn called the [[e2|fine]] "a start" and said swimmers, rowers and anglers would [[e3|gather]] at Gloucester Docks on Saturday to demand that no fines be passed on to customers' bills."""),
dict(id="a2", source="Vale Evening Mercury", published="2026-04-06",
     title="Hundreds take to the water in Gloucester sewage protest",
     text="""About 800 swimmers, rowers and anglers [[e3|gathered]] at Gloucester Docks on Saturday to protest against sewage in the River Severn, two days after the regulator Ofwat [[e2|fined]] Severn Vale Water a record 62 million pounds.

Rowing crews paddled past the old warehouses with banners reading "Our river is not a drain", while swimmers in wetsuits held a minute's silence at the water's edge. Organisers from the campaign group Clean Severn handed a petition with 48,000 signatures to a company manager.

"Last week's [[e1|report]] told us what we already knew. Now we want to see the money spent on pipes, not on lawyers," said Helen Marsh, who swims in the Severn near Tewkesbury every morning from May to October.

The [[e3|protest]] comes as Severn Vale faces two deadlines in a week. Ofwat's [[e4|deadline]] for a turnaround plan falls on Friday. The following Tuesday, its bondholders' [[e5|deadline]] for a 48 million pound interest payment expires, and analysts say the company's cash is tight.

A spokesman for Severn Vale said the company would meet the regulator's [[e4|cut-off]] and was "in constructive discussions" with its lenders.

Local MPs from three parties joined the [[e3|rally]]. One of them, Rachel Odell, said ministers should be ready to place the company in special administration if it could not pay its way. The government has said it is reviewing the way water companies are regulated."""),
dict(id="a3", source="Regulated Markets Daily", published="2026-04-11",
     title="Severn Vale beats Ofwat deadline; lenders next",
     text="""Severn Vale Water submitted its turnaround plan to Ofwat on Friday afternoon, about six hours before the regulator's [[e4|deadline]] ran out, but it still faces a [[e5|deadline]] on Tuesday to find 48 million pounds for its bondholders.

The plan, which Ofwat has not published, proposes spreading the 62 million pound [[e2|fine]] over five years, selling a stake in the company's laboratory business and asking shareholders for 300 million pounds of new equity. Ofwat said it would assess it "rigorously" and respond within a month.

The more pressing test is Tuesday's [[e5|deadline]] for a coupon payment on bonds due in 2031. People familiar with the talks said the company was seeking a waiver from bondholders and might offer a higher interest rate in return. If it misses the payment, lenders could demand immediate repayment of the whole bond.

The Environment Agency's [[e1|assessment]] last month, which rated the company one star, has made new borrowing harder, analysts say. "Nobody wants to lend to a company that the regulators are queuing up to punish," said Owen Prichard of the credit research firm Harlow Analytics.

Clean Severn, whose [[e3|protest]] at Gloucester Docks last Saturday drew about 800 people, said it would scrutinise the plan line by line. Campaigners fear that customers, not shareholders, will end up paying for the [[e2|fine]] through higher bills from next year."""),
dict(id="a4", source="Infrastructure Finance Review", published="2026-04-28",
     title="Severn Vale's April: a fortnight of deadlines and a company on the brink",
     text="""ANALYSIS - Severn Vale Water ended April still solvent, but only because its bondholders blinked. On April 14 the company let the [[e5|deadline]] for a 48 million pound interest payment pass, and its lenders agreed the next day to a 30-day standstill.

The crisis had built quickly. It started with the Environment Agency's [[e1|report]] of March 31, which gave the company one star for the second year running. Two days later came Ofwat's 62 million pound [[e2|fine]], the largest it has imposed. That weekend about 800 swimmers and rowers [[e3|demonstrated]] at Gloucester Docks, a rare sight in a city where water bills had never been a political issue.

Then came the two deadlines. Ofwat's [[e4|ultimatum]] for a turnaround plan expired on April 10, and the company met it with hours to spare. Four days after that [[e4|deadline]], the bondholders' [[e5|cut-off]] passed without payment.

"The regulator's [[e4|deadline]] was about credibility. The lenders' [[e5|deadline]] was about cash, and there wasn't any," said Fiona Quayle, a utilities analyst in London.

The standstill expires in mid-May. If shareholders do not put in new money by then, the government may have to decide whether to place Severn Vale in special administration, a step taken only once before in the industry. Clean Severn says it will be back at the docks before then."""),
]),
# ---------------------------------------------------------------------------- ka07
dict(story="ka07", topic="Uganda pulls its troops out of South Sudan: special forces fly out of Juba, a battalion leaves Nimule three days later, South Sudanese troops take over Nimule, gunmen attack a fuel convoy near Pageri and the two defence ministers meet in Kampala (Juba, Nimule and Kampala; Uganda - South Sudan)", events=[
    dict(e="e1", type="withdrawal", date="2026-02-09", participants=["Uganda People's Defence Force"], location="Juba"),
    dict(e="e2", type="withdrawal", date="2026-02-12", participants=["Uganda People's Defence Force"], location="Nimule"),
    dict(e="e3", type="deployment", date="2026-02-13", participants=["South Sudan People's Defence Forces"], location="Nimule"),
    dict(e="e4", type="attack", date="2026-02-15", participants=["gunmen", "fuel convoy"], location="Pageri"),
    dict(e="e5", type="meeting", date="2026-02-19", participants=["Uganda", "South Sudan"], location="Kampala"),
], tricky=[("e1", "e2", "about 400 Ugandan special forces flying out of Juba airport on Monday February 9 vs the UPDF battalion leaving Nimule by road across the border at Elegu on Thursday February 12; two stages of the same pullout, three days and 190 kilometres apart")],
note="Uganda's first deployment to Juba in 2013 and its return in 2025, the 2018 peace agreement, the ceremony at "
     "Juba airport, the two drivers killed in the ambush (part of the attack), the trucks set on fire, the "
     "statements of the army spokesmen, the earlier attacks on the road in 2016 and the border security committee "
     "agreed at the meeting, the SSPDF units taking over the Ugandan positions in Juba and the handing of the Nimule base "
     "to a team of South Sudanese officers are side / background events. 'a pullout' (the whole two-stage withdrawal) "
     "and 'the Ugandan pullouts' are aggregates and not marked.",
articles=[
dict(id="a1", source="Nile Basin Wire", published="2026-02-10",
     title="Ugandan special forces leave Juba",
     text="""JUBA, South Sudan - Ugandan special forces [[e1|left]] Juba on Monday, ending a deployment of more than a year that had helped guard the South Sudanese capital and its airport, army officers of both countries said.

About 400 soldiers and their armoured vehicles [[e1|flew out]] of Juba International Airport on four transport planes bound for Entebbe, after a short ceremony attended by South Sudan's army chief of staff.

A Uganda People's Defence Force spokesman, Col Deo Kasozi, said the mission had been "accomplished" and that the capital was now secure. A battalion stationed at Nimule, on the border, would [[e2|pull out]] later in the week, he said, which would leave no Ugandan troops in South Sudan for the first time since early 2025.

Uganda first sent troops to Juba in December 2013, weeks after the civil war broke out, and kept them there until 2015. It returned them in March 2025 as tension rose between the country's leaders. The 2018 peace agreement, which ended the war, is still only partly in force.

Residents of Juba were divided. "They kept the roads open at night," said Mary Lado, a shopkeeper near the airport. Others saw the troops as a prop for the government and said the [[e1|withdrawal]] was overdue.

South Sudan's army said its own units had taken over the positions the Ugandans [[e1|left]] in the capital."""),
dict(id="a2", source="Kampala Chronicle", published="2026-02-13",
     title="Last UPDF troops cross home from South Sudan",
     text="""The last Ugandan troops in South Sudan [[e2|crossed]] back into Uganda at Elegu on Thursday, three days after special forces [[e1|flew out]] of Juba, completing a pullout that the army said had gone "without a single incident".

About 650 soldiers of the UPDF's 5th Battalion [[e2|drove]] across the Nile bridge in a column of trucks and armoured carriers, watched by crowds of traders at the border post. Their base at Nimule, on the South Sudanese side, was handed to a small team of South Sudanese officers.

"Our job was to keep the road from Nimule to Juba open. We did it," the battalion commander, Lt Col Brian Okello, said at Elegu. The unit will return to its barracks in Gulu.

South Sudan People's Defence Forces troops are expected to [[e3|move into]] the Nimule base on Friday, an SSPDF spokesman said by telephone from Juba.

The [[e2|withdrawal]] follows months of pressure from some South Sudanese politicians, who called the Ugandan presence a violation of sovereignty, and from donors, who questioned its cost. Kampala says it paid for the mission itself.

Truck drivers at Elegu said they feared the road north would become more dangerous without Ugandan patrols. Most of South Sudan's fuel and food comes in along it from Mombasa through Uganda. "The soldiers at Nimule were the only ones we trusted," said Peter Wafula, who drives a tanker."""),
dict(id="a3", source="Equatoria Observer", published="2026-02-16",
     title="Gunmen ambush fuel convoy days after Ugandan pullout",
     text="""Gunmen [[e4|attacked]] a convoy of fuel tankers on the Juba-Nimule road near Pageri on Sunday, killing two drivers and setting three trucks on fire, two days after South Sudanese troops [[e3|took over]] the border town of Nimule from Ugandan forces.

Survivors said about 20 armed men opened fire from the bush as the convoy of 14 trucks slowed on a steep bend. Soldiers from a nearby SSPDF post arrived about an hour after the [[e4|ambush]], when the attackers had gone. No group has claimed it.

The South Sudanese army said it had [[e3|deployed]] a full battalion to Nimule and the surrounding county on Friday and would begin escorting convoys this week. A spokesman, Maj Gen Lul Ruai Deng, said the [[e4|attack]] was "criminal, not political".

Drivers were not reassured. Ugandan soldiers [[e2|left]] Nimule on Thursday, and the Juba garrison of Ugandan special forces had [[e1|gone]] on Monday. "Since the Ugandan pullouts, we drive with our hearts in our mouths," said John Mugisha, a Ugandan tanker driver.

The road saw repeated ambushes during the civil war, most recently in 2016, when dozens of travellers were killed.

The defence ministers of Uganda and South Sudan are due to [[e5|meet]] in Kampala on Thursday. Officials said the security of the road would top the agenda."""),
dict(id="a4", source="Horn & Lakes Security Digest", published="2026-02-27",
     title="After the UPDF: a road, a vacuum and a promise",
     text="""ANALYSIS - When the defence ministers of Uganda and South Sudan [[e5|met]] in Kampala on February 19, they agreed on a joint border security committee and a hotline between the two armies. They did not agree on what mattered most to the traders who use the Nimule road: who will guard it.

The sequence that brought them to the table took ten days. The first [[e1|withdrawal]], of about 400 special forces from Juba, came on February 9. Three days later the 5th Battalion [[e2|drove]] out of Nimule and across the Nile bridge into Uganda. The day after that, South Sudanese soldiers [[e3|moved into]] the Ugandan base, and two days later gunmen [[e4|ambushed]] a fuel convoy near Pageri, killing two drivers.

Ugandan officers say privately that the Nimule [[e2|pullout]] came too quickly, before the SSPDF had enough troops in place. South Sudanese officials say the [[e4|attack]] was the work of bandits who would have struck anyway.

At the [[e5|talks]], Kampala offered to train South Sudanese escort units but refused to send soldiers back. "Uganda has done its part," its defence minister said afterwards.

For now, convoys move only in daylight and under SSPDF escort. Fuel prices in Juba have risen by a fifth since the [[e4|ambush]], and the queue of trucks at Elegu grows longer every week."""),
]),
# ---------------------------------------------------------------------------- ka08
dict(story="ka08", topic="truckers' blockade at Kasumbalesa over a new Congolese road levy: the blockade, the drivers' Friday deadline, the trade ministers' meeting at the border post, the technical talks in Lubumbashi four days later and the agreement suspending the levy (Kasumbalesa and Lubumbashi; Zambia - DR Congo)", events=[
    dict(e="e1", type="protest", date="2026-10-05", participants=["Zambia Long-Distance Drivers Association", "truck drivers"], location="Kasumbalesa"),
    dict(e="e2", type="deadline", date="2026-10-09", participants=["Zambia Long-Distance Drivers Association", "Haut-Katanga"], location=None),
    dict(e="e3", type="meeting", date="2026-10-08", participants=["Zambia", "Democratic Republic of the Congo"], location="Kasumbalesa"),
    dict(e="e4", type="meeting", date="2026-10-12", participants=["Zambia", "Democratic Republic of the Congo"], location="Lubumbashi"),
    dict(e="e5", type="agreement", date="2026-10-14", participants=["Zambia", "Democratic Republic of the Congo"], location="Lubumbashi"),
], tricky=[("e3", "e4", "the two trade ministers' meeting beside the truck queue at the Kasumbalesa border post on Thursday October 8 vs the technical talks of customs and transport officials in Lubumbashi four days later, same dispute, same two countries")],
note="The 2023 blockade of the same border, the province's decree creating the levy, the copper and cobalt export "
     "figures, the Zambian commerce ministry's promise that made the drivers lift the blockade, the lifting itself, "
     "the 24-hour lane and the resumption of traffic are side / background events. 'the second round of "
     "negotiations in five days' re-describes the Lubumbashi talks in an appositive and is not marked; 'two rounds "
     "of talks' is an aggregate; 'a fair agreement' (what the governor would accept) is hypothetical. The drivers' deadline is dated to its expiry.",
articles=[
dict(id="a1", source="Copperbelt Wire", published="2026-10-06",
     title="Truckers block Zambia-Congo border over new levy",
     text="""KASUMBALESA, Zambia - Hundreds of truck drivers [[e1|blocked]] the Kasumbalesa border post between Zambia and the Democratic Republic of Congo on Monday, protesting against a new road levy imposed by Congo's Haut-Katanga province.

Drivers [[e1|parked]] their rigs across both lanes on the Zambian side of the crossing from early morning, halting the flow of copper and cobalt southwards and of fuel, food and mining supplies northwards. By Tuesday the queue of trucks stretched about 40 kilometres towards Chililabombwe, police said.

The levy of 250 dollars per truck, introduced on October 1 to pay for road repairs, comes on top of existing border fees and tolls. Drivers say it adds two days of paperwork to every trip. "We are not refusing to pay for roads. We are refusing to pay twice," said Moses Banda, chairman of the Zambia Long-Distance Drivers Association.

The association set a Friday [[e2|deadline]] for the province to scrap the fee.

Zambia's commerce ministry said it was in contact with Congolese officials and urged the drivers to "exercise patience". Provincial officials in Lubumbashi said the levy was legal and would stay.

Kasumbalesa is the busiest crossing on the route that carries most of Congo's copper and cobalt to ports in South Africa, Tanzania and Namibia. Drivers blocked the same border for three days in 2023 over delays at the Congolese customs post."""),
dict(id="a2", source="Lusaka Trade Journal", published="2026-10-09",
     title="Ministers meet at Kasumbalesa as truckers' deadline nears",
     text="""The trade ministers of Zambia and the Democratic Republic of Congo [[e3|met]] at the Kasumbalesa border post on Thursday, as a drivers' [[e1|blockade]] against a new Congolese road levy entered its fourth day.

Zambia's commerce minister, Chanda Mwila, and Congo's foreign trade minister, Patrice Kabeya, held two hours of [[e3|talks]] in a customs office a few hundred metres from the head of the truck queue, which drivers say now holds more than 2,500 vehicles.

They agreed to refer the levy to a joint technical committee of customs and transport officials, which will [[e4|meet]] in Lubumbashi on Monday. "Nobody benefits from a closed border," Mwila told reporters after the [[e3|meeting]]. Kabeya said Congo "heard the concerns" but did not commit to scrapping the fee.

The drivers' [[e2|ultimatum]] for the levy to be withdrawn expires on Friday. Moses Banda of the Zambia Long-Distance Drivers Association said the ministers had brought "promises, not decisions" and that the [[e1|protest]] would go on.

Mining companies on both sides of the border say the [[e1|stoppage]] is costing them millions of dollars a day. Several copper smelters near Lubumbashi have cut output because sulphuric acid deliveries cannot get through.

Copper and cobalt account for more than 80 percent of Congo's exports. Zambia earns about 30 million dollars a year in transit fees from trucks using the corridor."""),
dict(id="a3", source="Lubumbashi Economic Courier", published="2026-10-13",
     title="Technical talks on Kasumbalesa levy open in Lubumbashi",
     text="""Customs and transport officials from Congo and Zambia opened two days of [[e4|talks]] in Lubumbashi on Monday, the second round of negotiations in five days, on a road levy that led to a five-day [[e1|blockade]] of the Kasumbalesa border.

The technical committee, set up at the ministers' [[e3|meeting]] at the border post on Thursday, is looking at suspending the 250-dollar fee and opening a 24-hour lane for trucks with pre-cleared cargo, officials at the [[e4|session]] said.

Truck drivers lifted their [[e1|blockade]] on Saturday morning, a day after their own [[e2|deadline]] for the levy to be scrapped passed without a decision. They said the Zambian commerce ministry had promised that the fee would be suspended while the [[e4|negotiations]] went on. Traffic through Kasumbalesa was back to normal by Sunday evening, although the queue had not yet cleared.

"The drivers showed that the corridor can be shut in one morning," said Jean-Marie Ilunga, a customs broker in Lubumbashi. "Both governments now understand that."

Haut-Katanga's governor said the province still needed money to repair roads damaged by overloaded trucks, but that he would accept "a fair agreement". Officials on both sides said they expected to sign a [[e5|deal]] on Wednesday.

Mining companies said it would take at least two weeks to clear the backlog of copper cathode waiting on the Congolese side."""),
dict(id="a4", source="Southern Africa Trade Review", published="2026-10-27",
     title="Kasumbalesa deal shows who really controls the copper corridor",
     text="""ANALYSIS - The [[e5|agreement]] signed in Lubumbashi on October 14 suspends Haut-Katanga's 250-dollar truck levy for 90 days and opens a round-the-clock lane for pre-cleared cargo at Kasumbalesa. It took a drivers' [[e1|blockade]], a missed [[e2|ultimatum]] and two rounds of talks to get there.

The drivers [[e1|parked]] across the border on October 5. Three days later the two countries' trade ministers [[e3|met]] beside the queue and handed the problem to officials. The drivers' Friday [[e2|deadline]] passed the next day without the levy being scrapped, but a promise from Lusaka was enough to reopen the road on Saturday.

The technical [[e4|talks]] in Lubumbashi opened four days after the ministers' [[e3|meeting]], and the [[e5|deal]] was signed two days after those [[e4|talks]] began. Officials involved say the [[e5|accord]] was shaped by the five-day [[e1|shutdown]] far more than by any argument about road repairs.

"A few hundred drivers achieved in five days what mining companies could not achieve in months of lobbying," said Grace Mutale, a trade economist in Lusaka.

The province has not given up its levy for good. Its officials say a reduced fee will return in January unless Zambia helps pay for the road. Drivers say they will block the border again if it does."""),
]),
# ---------------------------------------------------------------------------- ka09
dict(story="ka09", topic="Ghana's gas and power crunch: an Energy Commission report blames gas shortfalls for blackouts, a march in Accra, the pipeline company's Friday deadline over arrears, a repayment agreement in Accra and a gas supply contract signed in Abuja the next day (Accra and Abuja; Ghana - Nigeria)", events=[
    dict(e="e1", type="report", date="2026-10-29", participants=["Energy Commission of Ghana"], location="Accra"),
    dict(e="e2", type="protest", date="2026-11-03", participants=["Citizens Against Blackouts"], location="Accra"),
    dict(e="e3", type="deadline", date="2026-11-06", participants=["Gulf of Guinea Gas Transmission Company", "Ghana"], location=None),
    dict(e="e4", type="agreement", date="2026-11-05", participants=["Ghana", "Gulf of Guinea Gas Transmission Company"], location="Accra"),
    dict(e="e5", type="agreement", date="2026-11-06", participants=["Volta River Authority", "Niger Delta Gas Supply"], location="Abuja"),
], tricky=[("e4", "e5", "Ghana's finance ministry signing a repayment agreement for 180 million dollars of pipeline arrears with the pipeline company in Accra on Thursday November 5 vs the Volta River Authority signing a five-year gas supply contract with a Nigerian supplier in Abuja the next day; two gas deals of the same country, one day apart")],
note="The 2015 vigil against blackouts, the load-shedding timetables, the IMF programme, the statements of the "
     "finance minister and the protest organisers, the petition handed to parliament, the first instalment paid "
     "under the deal and the rise in gas flows are side / background events. 'the sequence' covering all events is "
     "not marked; 'A signature does not switch on a fridge' is generic. The deadline is dated to its expiry.",
articles=[
dict(id="a1", source="Gold Coast Wire", published="2026-11-04",
     title="Thousands march in Accra against power cuts",
     text="""ACCRA, Ghana - Thousands of people [[e2|marched]] through central Accra on Tuesday to demand an end to the rolling power cuts that have hit homes and businesses across Ghana for two months, police and organisers said.

Dressed in red and carrying torches, candles and dead light bulbs, the protesters [[e2|walked]] from the Obra Spot roundabout to Parliament House, where they handed over a petition. Police estimated the crowd at 6,000; organisers from the group Citizens Against Blackouts said 25,000 took part.

"My shop is dark for twelve hours a day. How do I feed my children?" said Abena Owusu, a tailor from Madina.

The [[e2|demonstration]] came days after an Energy Commission [[e1|report]] blamed shortages of natural gas for about 60 percent of the lost power. Thermal plants near Tema, which burn gas piped from Nigeria, have been running at half capacity because Ghana owes the pipeline operator about 180 million dollars.

The operator, the Gulf of Guinea Gas Transmission Company, has set Friday as the [[e3|deadline]] for Ghana to pay or agree a repayment schedule. After that, it says, it will cut the flow of gas by half.

Finance ministry officials said talks with the company were "at an advanced stage".

Ghana suffered years of blackouts, known locally as "dumsor", between 2012 and 2016. A candlelight vigil in Accra in 2015 drew thousands of people and became a turning point in that crisis."""),
dict(id="a2", source="West Africa Energy Daily", published="2026-11-06",
     title="Ghana signs gas arrears deal a day before cut-off",
     text="""Ghana [[e4|signed]] an agreement on Thursday to pay off about 180 million dollars owed to the operator of the gas pipeline from Nigeria, a day before the company's [[e3|deadline]] to cut supplies expired.

Under the [[e4|deal]], signed in Accra by the finance ministry and the Gulf of Guinea Gas Transmission Company, Ghana will pay 40 million dollars within a week and the rest in monthly instalments over 14 months. In return the company will keep gas flowing at current levels and restore full volumes once the first payment arrives.

"Ghanaians have been patient long enough," Finance Minister Kwabena Asante said at the [[e4|signing]]. He said the government had been moved by Tuesday's [[e2|march]] and by the Energy Commission's [[e1|report]], which showed "how much of the darkness is about gas".

The pipeline [[e4|agreement]] solves only part of the problem. Ghana also needs more gas at the source. Officials said the Volta River Authority, the state power producer, would [[e5|sign]] a five-year supply contract with Nigeria's Niger Delta Gas Supply in Abuja on Friday.

Protest leaders welcomed the [[e4|accord]] but said they would judge it by the number of hours with power. "A signature does not switch on a fridge," said Kojo Mensah of Citizens Against Blackouts.

Ghana is under an IMF programme that limits new borrowing, and analysts said the instalments would strain a budget already stretched by debt payments."""),
dict(id="a3", source="Abuja Business Courier", published="2026-11-09",
     title="Ghana's VRA signs five-year gas contract in Abuja",
     text="""Ghana's state power producer, the Volta River Authority, [[e5|signed]] a five-year contract with Niger Delta Gas Supply in Abuja on Friday to buy up to 120 million cubic feet of gas a day, a day after Accra [[e4|agreed]] to clear its arrears to the pipeline that carries the fuel.

The [[e5|contract]], worth an estimated 1.1 billion dollars, was signed at the Nigerian petroleum ministry in the presence of officials from both countries. Niger Delta Gas Supply, based in Port Harcourt, will deliver the gas into the pipeline at Lagos from January.

Nigerian officials said the [[e5|deal]] had been held up for months by doubts about Ghana's ability to pay. Thursday's repayment [[e4|agreement]] with the pipeline operator removed the main obstacle, they said.

The pipeline company's Friday [[e3|deadline]] passed without a cut in supplies. The company said it had received Ghana's first payment of 40 million dollars on Saturday.

"Last week Ghana had neither the money for the pipe nor the gas to put in it. Now it has both on paper," said Ifeoma Okafor, an energy analyst in Lagos.

In Accra, power cuts continued over the weekend, though the electricity company said the daily outages had been shortened from twelve to eight hours in most districts. Protest organisers said they would wait until the end of the month before deciding whether to return to the streets."""),
dict(id="a4", source="Energy Markets Africa", published="2026-11-24",
     title="Ghana's lights come back on, for now",
     text="""ANALYSIS - A week after the Abuja gas [[e5|contract]] was signed, the thermal plants near Tema were running at close to full capacity for the first time since September, and Accra went three days in a row without a power cut.

The turnaround took a little over two weeks. It began with the Energy Commission's [[e1|report]] of October 29, which for the first time put a number on the problem: about 60 percent of the lost power came from gas shortages. Five days later thousands of Ghanaians [[e2|marched]] on parliament with dead light bulbs. Two days after the [[e2|protest]], with the pipeline operator's [[e3|ultimatum]] a day from expiring, the finance ministry [[e4|signed]] a repayment schedule for 180 million dollars of arrears, and the following day the Volta River Authority [[e5|agreed]] to buy gas from Niger Delta Gas Supply for five years.

Officials insist the sequence was planned. Privately, some admit that the [[e3|deadline]] and the street [[e2|protest]] forced the government's hand on arrears it had ignored for months.

The risks are obvious. The repayment [[e4|deal]] depends on Ghana finding about 10 million dollars every month, and the Abuja [[e5|contract]] depends on the Nigerian supplier producing gas that it has promised to others before.

"Ghana has bought time, not security," said Yaw Boateng, an economist in Accra. "The next shortfall in either payments or gas will bring the blackouts straight back.\""""),
]),
# ---------------------------------------------------------------------------- ka10
dict(story="ka10", topic="a fugitive Brazilian banker in Portugal: his arrest in Cascais, Brazil's extradition request, a depositors' protest in São Paulo, the competing U.S. extradition request four days after Brazil's and the two justice ministers' meeting in Lisbon (Cascais, Lisbon and São Paulo; Portugal - Brazil - United States)", events=[
    dict(e="e1", type="arrest", date="2026-01-14", participants=["Polícia Judiciária", "Otávio Rezende Lima"], location="Cascais"),
    dict(e="e2", type="letter", date="2026-01-16", participants=["Brazil", "Portugal"], location="Lisbon"),
    dict(e="e3", type="letter", date="2026-01-20", participants=["United States Department of Justice", "Portugal"], location="Lisbon"),
    dict(e="e4", type="protest", date="2026-01-18", participants=["Banco Meridional Paulista depositors"], location="São Paulo"),
    dict(e="e5", type="meeting", date="2026-01-26", participants=["Brazil", "Portugal"], location="Lisbon"),
], tricky=[("e2", "e3", "Brazil's formal extradition request for the banker, handed by its embassy to Portugal's Justice Ministry on Friday January 16, vs the U.S. Justice Department's competing written request to the same ministry four days later, same man, same week")],
note="The Interpol red notice, the court hearing in Lisbon and the judge's order keeping him in custody, the 2025 "
     "collapse of Banco Meridional Paulista and the Federal Police raids on its offices that year, the statements of "
     "lawyers and ministers, the Portuguese extradition of another Brazilian in 2023 and the court's coming ruling "
     "are side / background events. 'both requests' is an aggregate and not marked; 'which application to forward', 'a request' and 'which "
     "request goes to the courts first' are generic.",
articles=[
dict(id="a1", source="Iberian Press Agency", published="2026-01-15",
     title="Fugitive Brazilian banker arrested near Lisbon",
     text="""LISBON - Portuguese police [[e1|arrested]] Otávio Rezende Lima, the founder of a collapsed Brazilian bank who has been on the run for eight months, at a rented villa in Cascais on Wednesday, the Polícia Judiciária said.

Rezende Lima, 61, was [[e1|detained]] on an Interpol red notice issued at Brazil's request. Brazilian prosecutors accuse him of diverting about 2.3 billion reais from Banco Meridional Paulista before it failed in May 2025, leaving more than 40,000 small depositors without their savings.

Officers found him with two Brazilian passports and about 90,000 euros in cash, the police said. He was taken to Lisbon, where a judge of the Court of Appeal ordered him held in custody pending extradition proceedings.

Brazil's Justice Ministry said in Brasília that it would send a formal extradition [[e2|request]] to Lisbon within 48 hours. "Brazilian justice has waited a long time for this day," the ministry said in a statement.

His lawyer in Lisbon, Rui Sarmento, said his client would fight extradition and had "every right" to be in Portugal, where he holds a residence permit obtained through an investment visa in 2019.

Federal Police raided the bank's São Paulo headquarters in June 2025, a month after its collapse, but Rezende Lima had already left the country. Brazilian media reported that he had travelled through Paraguay and Spain before settling on the Portuguese coast."""),
dict(id="a2", source="Brazil Business Wire", published="2026-01-17",
     title="Brazil files extradition request for Meridional banker",
     text="""Brazil's embassy in Lisbon handed a formal [[e2|request]] for the extradition of banker Otávio Rezende Lima to Portugal's Justice Ministry on Friday, two days after his [[e1|arrest]] in Cascais, the Brazilian government said.

The [[e2|note]], about 300 pages long with its annexes, lists 14 charges, including fraud, money laundering and running a criminal organisation, linked to the collapse of Banco Meridional Paulista in 2025.

Justice Minister Helena Cavalcanti said Brazil had "met every requirement" of its extradition treaty with Portugal and expected a quick decision. Portuguese courts have 60 days to rule once the government forwards a request.

For the bank's depositors, the [[e1|capture]] is the first good news in months. A group representing about 8,000 of them said it would [[e4|demonstrate]] outside the Portuguese consulate in São Paulo on Sunday to ask Lisbon to send him home quickly.

"He lives by the sea while we count coins," said Márcia Toledo, a retired nurse who lost 310,000 reais. "We want him in a Brazilian court."

The Central Bank of Brazil has repaid most small depositors up to the deposit guarantee limit, but thousands with larger balances are still waiting.

Portuguese officials have not commented on the timing. In 2023, Portugal extradited a Brazilian businessman convicted of corruption after a legal battle that lasted more than a year, a precedent that the banker's lawyers are studying."""),
dict(id="a3", source="Atlantic Legal Times", published="2026-01-21",
     title="U.S. joins race to extradite Brazilian banker from Portugal",
     text="""The U.S. Justice Department has sent Portugal its own [[e3|request]] for the extradition of Otávio Rezende Lima, setting up a contest with Brazil over the banker [[e1|arrested]] in Cascais last week, Portuguese officials said on Wednesday.

The American [[e3|letter]], delivered to the Justice Ministry in Lisbon on Tuesday, accuses Rezende Lima of laundering about 400 million dollars through real estate in Miami and shell companies in Delaware. It arrived four days after Brazil's [[e2|request]], which Portuguese officials received on Friday.

Under Portuguese law, the government must decide which application to forward to the courts first, weighing the seriousness of the crimes, where they were committed and which arrived first. Lawyers said Brazil's case looked stronger on all three counts.

"The Americans want the money trail. The Brazilians want the man," said Inês Carvalho, an extradition lawyer in Lisbon.

In São Paulo, about 2,000 depositors of the failed bank [[e4|rallied]] outside the Portuguese consulate on Sunday, chanting "Send him home" and holding up old passbooks. The [[e4|protest]] ended peacefully.

Brazil's justice minister, Helena Cavalcanti, will [[e5|meet]] her Portuguese counterpart in Lisbon on Monday. Brazilian officials said the [[e5|visit]] had been planned before the [[e1|arrest]] but that the case would dominate it.

Rezende Lima remains in custody at the Lisbon judicial police jail. His lawyer said he would oppose both requests."""),
dict(id="a4", source="Global Compliance Review", published="2026-02-03",
     title="One banker, two extradition requests: Lisbon's dilemma",
     text="""ANALYSIS - When Portugal's and Brazil's justice ministers [[e5|sat down]] in Lisbon on January 26, they said they had discussed "judicial cooperation in general". Everyone in the room knew they meant Otávio Rezende Lima.

The founder of the collapsed Banco Meridional Paulista had been [[e1|picked up]] at a villa in Cascais twelve days earlier. Two days after the [[e1|arrest]], Brazil's embassy delivered a 300-page extradition [[e2|request]]. Four days after that, the U.S. Justice Department sent a [[e3|letter]] of its own, seeking him for laundering money through Miami property.

In between, on January 18, some 2,000 depositors [[e4|marched]] on the Portuguese consulate in São Paulo, two days before the American [[e3|request]] arrived. Their [[e4|rally]] made the case front-page news in Brazil and, diplomats say, made it harder for Lisbon to favour Washington.

At the ministers' [[e5|meeting]], Brazil's Helena Cavalcanti pressed for a quick decision. Her Portuguese counterpart promised only that the law would be followed. Under it, the government decides which request goes to the courts first; the other can be considered later.

Most lawyers expect Brazil to win. Its [[e2|note]] came first, the alleged fraud took place there and most of the victims are Brazilian. But the American [[e3|filing]] has given the banker's defence a new argument: that he should not be sent anywhere until the two countries settle their claims.

A ruling is not expected before April."""),
]),
]
