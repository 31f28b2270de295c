"""Source of ../stories_dev9/articles.jsonl and ../stories_dev9/gold.jsonl.

NINTH DEVELOPMENT story set (stories_dev9) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, the docstring and first two
stories of stories_dev8_spec, a list of the topics of the earlier sets, DATASETS.md
section 2).  It is intended for DEVELOPMENT: the system's errors on it may be read and used
for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
parties, ships and events, some real places and institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets
and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev9_spec \\
        --out tests/gold/stories_dev9

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (the
truck drivers' letter of January, a joint Baltic letter to the Commission, Norway's reply
letter, the fine on the trawler's captain, a Kosovar army unit sent to the same floods,
Japan's pledge of tents, Fiji's withdrawal of police trainers the year before, a
parliamentary budget deadline).  Aggregate mentions covering two gold events ("pulled its
troops out of two bases", "Chad's exit", "the detention of two EU fishing vessels", "the two
detentions", "while the negotiations continued", "Both were sent through the EU Civil
Protection Mechanism") and negated or hypothetical mentions ("passed without a deal") are
not marked.  Titles are not annotated.  Articles are 180-250 words; the articles of a story
are published on different weekdays, so the same weekday name can point to different dates
(and, within one article, "on Monday" can point back to the previous Monday and forward to
the next one), and some dates are only given relatively ("a day earlier", "two days ago",
"a week ago", "last Wednesday", "last weekend", "earlier this week", "the following day",
"the previous week", "on the eve of").

Type conventions used here (the type list has no better fit):
  * a union's letter of demands and the employers' written reply two days later (a tricky
    pair), a utility's dunning letter, a prime minister's letter suspending a policing
    pact, a European Commission letter of protest and an oil industry association's letter
    to a prime minister are `letter` events; "wrote", "replied in writing", "the reply" and
    "the warning" are mentions of them;
  * a strike ultimatum, a payment deadline and the second, extended payment deadline (a
    tricky pair), and a federal deadline to hand over crude are `deadline` events, dated to
    the day they expire ("ultimatum", "cut-off", "time limit" are mentions);
  * troops leaving a task-force base (two Chadian pullouts from two towns are a tricky pair)
    and foreign police advisers leaving a country (the Australian and New Zealand
    departures are a tricky pair) are `withdrawal` events;
  * an army battalion moved into a vacated base, air force helicopters sent to evacuate
    flood victims and foreign rescue teams sent to floods (the Italian and Greek teams are
    a tricky pair) are `deployment` events;
  * a government relief package, a development-bank grant (a tricky pair) and EU emergency
    humanitarian funding are `support` events;
  * rounds of talks are `meeting` events dated to their first day (the Baghdad and Erbil
    rounds are a tricky pair); a regional ministers' session is a `meeting`; the wage deal,
    the repayment schedule and the oil export deal concluded after talks are separate
    `agreement` events;
  * a coast guard detaining a foreign trawler and its crew (two detentions two days apart
    are a tricky pair) and police detaining a prosecutor are `arrest` events; a court
    granting house arrest is a side event and is not marked;
  * a police fine on a ship owner, a U.S. visa ban and Canadian asset freezes and entry bans
    on the same officials (a tricky pair) are `sanction` events;
  * a domestic observer group's preliminary report and an ECOWAS mission's report a day
    later (a tricky pair) are `report` events; a mayoral by-election is an `election`;
  * a sit-in outside a prosecutor's office (dated to its first day) and an opposition march
    on an electoral commission are `protest` events; the cane cutters' strike is a side
    event and is not in gold;
  * deaths in a glacial lake outburst flood and in river floods are `casualties` events; the
    floods themselves have no type and are not annotated (like the tremor in s09); "the
    dead" and "death toll" are mentions of the casualties event;
  * the Tajik cut in power exports, the declaration of election results, a ministry
    suspending a threat, a working group set up at a meeting and prisoners' or ships'
    transfers have no type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- u01
dict(story="u01", topic="sugar-cane cutters' letter of demands, mill owners' reply letter, strike deadline, ministry-brokered talks and a wage deal (Valle del Cauca, Colombia)", events=[
    dict(e="e1", type="letter", date="2026-02-02", participants=["Union de Corteros del Valle", "Consejo de Ingenios del Valle"],
         location="Cali"),
    dict(e="e2", type="letter", date="2026-02-04", participants=["Consejo de Ingenios del Valle", "Union de Corteros del Valle"],
         location="Cali"),
    dict(e="e3", type="deadline", date="2026-02-06", participants=["Union de Corteros del Valle", "Consejo de Ingenios del Valle"],
         location=None),
    dict(e="e4", type="meeting", date="2026-02-09", participants=["Union de Corteros del Valle", "Consejo de Ingenios del Valle",
         "Colombian Ministry of Labour"], location="Cali"),
    dict(e="e5", type="agreement", date="2026-02-10", participants=["Union de Corteros del Valle", "Consejo de Ingenios del Valle"],
         location="Cali"),
], tricky=[("e1", "e2", "the union's letter of demands to the mills' council on Monday vs the council's written reply offering 7 percent on Wednesday, same two parties, two days apart")],
note="The cane cutters' strike (from Saturday), the truck drivers' letter of January, the March 1 ethanol-blending "
     "deadline, the 2008 strike, the detentions near Candelaria and the hauliers' arbitration are side / background "
     "events. 'passed without a deal' is negated and not marked; the talks planned for next year are not e4.",
articles=[
dict(id="a1", source="Andes Business Wire", published="2026-02-04",
     title="Colombian sugar mills offer cane cutters 7 percent as strike looms",
     text="""CALI, Colombia - Sugar mill owners in Colombia's Valle del Cauca offered cane cutters a 7 percent pay rise on Wednesday, far short of what the workers want, in a [[e2|letter]] that makes a strike at the height of the harvest more likely.

The [[e2|reply]], signed by the Consejo de Ingenios del Valle, which groups 13 mills, came two days after the Union de Corteros del Valle [[e1|wrote]] to the council demanding an 18 percent increase and direct employment contracts for its roughly 9,000 members. The union's [[e1|letter]], delivered on Monday, gave the mills until midnight on Friday to accept or face an open-ended walkout.

Most cutters are hired through contractors and paid by the tonne, a system the union says leaves them without proper health cover. "Seven percent does not even pay for our boots and machetes," said union president Arnulfo Cuero.

In its [[e2|letter]], the council said world sugar prices had fallen by a fifth since last year and that a bigger raise would cost jobs. Council director Beatriz Holguin said the mills remained "open to dialogue" until Friday's [[e3|deadline]] runs out.

Colombia's Labour Ministry said it was ready to mediate. Truck drivers who haul cane to the mills sent their own letter of complaint about freight rates in January and are still waiting for an answer, their association said.

Cutters last staged a major strike in 2008, when a stoppage lasting nearly two months halted most of the region's mills."""),
dict(id="a2", source="Pacific Colombia News Service", published="2026-02-07",
     title="Cane cutters strike in Colombia after mills let deadline pass",
     text="""PALMIRA, Colombia - Thousands of cane cutters walked off the job across Colombia's Valle del Cauca on Saturday after a midnight [[e3|deadline]] for the region's sugar mills to meet their pay demands passed without a deal.

Pickets blocked the gates of at least eight mills around Palmira and Candelaria, and managers said cutting had stopped in most fields. Labour Minister Gloria Ines Mosquera said she had invited both sides to [[e4|talks]] at the ministry's regional office in Cali on Monday. "The harvest cannot wait, and neither can these families," she said.

The Union de Corteros del Valle set its [[e3|ultimatum]] in a [[e1|letter]] sent to the mill owners on Monday, demanding an 18 percent raise and an end to hiring through contractors. The Consejo de Ingenios del Valle [[e2|replied]] in writing on Wednesday with an offer of 7 percent, which it called final.

"We gave them five days, and they answered with a lecture on sugar prices," union president Arnulfo Cuero told a rally outside the San Rafael mill, where about 2,000 workers had gathered.

The council said it would attend Monday's [[e4|meeting]] but warned that the stoppage put 30,000 indirect jobs at risk.

The walkout adds to the pressure on the mills, which face a government deadline of March 1 to raise the share of ethanol in petrol blends. A rainy December had already delayed the harvest by several weeks, traders said, and sugar stocks at the port of Buenaventura were running low."""),
dict(id="a3", source="Andean Labour Report", published="2026-02-11",
     title="Colombian cane cutters end strike with 11 percent raise",
     text="""CALI, Colombia - Colombian cane cutters went back to the fields on Wednesday after their union and the Valle del Cauca sugar mills clinched a wage [[e5|deal]] late on Tuesday, ending a four-day strike.

Under the [[e5|agreement]], signed at the Labour Ministry's office in Cali after [[e4|negotiations]] that opened on Monday, cutters will get an 11 percent raise this year and the mills will hire 3,000 of them directly by 2027.

The dispute began on February 2, when the Union de Corteros del Valle [[e1|wrote]] to the Consejo de Ingenios del Valle demanding 18 percent. The mills' [[e2|reply]] two days later offered only 7 percent, and the strike started hours after the union's [[e3|deadline]] lapsed at midnight on Friday.

"Nobody got everything they asked for, which is why this [[e5|accord]] will hold," Labour Minister Gloria Ines Mosquera said after the [[e5|signing]].

Union president Arnulfo Cuero called the [[e5|settlement]] "a first step" and said the cutters would press for health cover in talks next year.

Mill owners estimate that the stoppage cost them about 40 billion pesos (10 million dollars) in lost output. Council director Beatriz Holguin said milling would return to normal by the end of the week.

The strike was largely peaceful, although police detained six people on Sunday after a truck was set alight near Candelaria. A separate dispute between the mills and the hauliers who truck cane to them, over freight rates, is due to go to arbitration next month."""),
]),
# ---------------------------------------------------------------------------- u02
dict(story="u02", topic="Chadian troop pullouts from two Lake Chad task-force bases, Nigerian army deployment to Baga and a Lake Chad Basin Commission ministers' meeting (Borno, Nigeria - N'Djamena, Chad)", events=[
    dict(e="e1", type="withdrawal", date="2026-04-13", participants=["Chad", "Multinational Joint Task Force"], location="Baga"),
    dict(e="e2", type="withdrawal", date="2026-04-15", participants=["Chad", "Multinational Joint Task Force"],
         location="Malam Fatori"),
    dict(e="e3", type="deployment", date="2026-04-14", participants=["Nigerian Army"], location="Baga"),
    dict(e="e4", type="meeting", date="2026-04-17", participants=["Lake Chad Basin Commission", "Chad", "Nigeria", "Cameroon",
         "Benin"], location="N'Djamena"),
], tricky=[("e1", "e2", "the Chadian contingent's pullout from Baga on Monday vs the smaller Chadian unit's departure from Malam Fatori on Wednesday, same army and task force, two days apart")],
note="Chad's March announcement that it would quit the force, Niger's exit the year before, the 2015 and 2018 attacks "
     "on Baga, the ISWAP attack on Monguno, the attack near Fotokol, the attack on fishermen near Doron Baga and the "
     "working group set up at the meeting are side / background events. 'the first stage of a pullout from the "
     "regional force', 'Chad's exit' and 'pulled its troops out of two bases' cover both withdrawals and are not marked.",
articles=[
dict(id="a1", source="Sahel Press Agency", published="2026-04-14",
     title="Chad pulls troops out of Nigeria's Baga as regional force frays",
     text="""MAIDUGURI, Nigeria - Chad [[e1|withdrew]] about 800 soldiers from the Nigerian lakeside town of Baga on Monday, the first stage of a pullout from the regional force fighting jihadists around Lake Chad that N'Djamena announced last month.

A column of armoured vehicles and trucks left the Multinational Joint Task Force base in Baga at dawn and crossed into Chad by the evening, Nigerian military sources said. A smaller Chadian contingent stationed at Malam Fatori, near the border with Niger, is due to [[e2|leave]] on Wednesday, two officers told Sahel Press Agency.

Nigeria's army said a battalion from its 7th Division was being [[e3|deployed]] to Baga on Tuesday "to ensure there is no vacuum". Army spokesman Colonel Ibrahim Galadima said the troops would take over the Chadian positions within hours.

Fishermen and traders in Baga, which was overrun by Boko Haram in 2015 and by Islamic State West Africa Province (ISWAP) in 2018, said they feared the militants would return. "Without the Chadians, the islands are not safe," said fish trader Bukar Modu.

Chad's government said in March that it would quit the task force, accusing its partners of leaving Chadian soldiers to bear the brunt of the fighting. Niger left the force last year. Last month ISWAP fighters attacked an army base in Monguno, killing six soldiers.

Defence ministers of the Lake Chad Basin Commission will [[e4|meet]] in N'Djamena on Friday to discuss the future of the force, which took its current form in 2015."""),
dict(id="a2", source="West Africa Security Monitor", published="2026-04-16",
     title="Last Chadian troops leave Malam Fatori",
     text="""MALAM FATORI, Nigeria - The last Chadian soldiers in this border town in northeastern Nigeria [[e2|left]] on Wednesday, driving a column of about 40 vehicles across the Komadugu Yobe river into Niger on their way home, residents said.

Their [[e2|departure]], two days after a larger Chadian contingent [[e1|quit]] the lakeside town of Baga, leaves Malam Fatori guarded by a single Nigerian company. The town changed hands several times during the insurgency, and most of its residents returned only in 2021.

Nigerian soldiers of the 7th Division, [[e3|sent]] to Baga on Tuesday, have moved into the task-force base vacated by the Chadians and begun patrolling the road to Kauwa, a Nigerian officer said. About 600 troops are taking part in the [[e3|deployment]], he said.

Nigeria's defence ministry played down the [[e1|withdrawal]] from Baga, saying Chad had "honoured its commitments" and that cooperation would continue. But security analyst Amina Waziri said Chad's exit removed "the force's most battle-hardened contingent".

Residents of Malam Fatori said they had watched the Chadians load their trucks through the night. "They told us they were sorry to go," said teacher Zara Ali.

Ministers from Nigeria, Chad, Cameroon and Benin are to [[e4|gather]] in N'Djamena on Friday to discuss how the Multinational Joint Task Force can carry on. On Monday, Cameroon's army said it had repelled an attack on a post near Fotokol."""),
dict(id="a3", source="Continental Defence Report", published="2026-04-18",
     title="Lake Chad ministers seek to save joint force after Chadian exit",
     text="""N'DJAMENA, Chad - Defence ministers from the Lake Chad region agreed on Friday to set up a working group on the future of their joint force against jihadist groups, at a [[e4|meeting]] held days after Chad pulled its troops out of two bases in Nigeria.

The five-hour [[e4|session]] of the Lake Chad Basin Commission, chaired by Chad's defence minister, ended without a decision on whether N'Djamena would rejoin the Multinational Joint Task Force. A final communique said the working group would report by July.

Chad's main contingent [[e1|left]] the Nigerian town of Baga on Monday, and a smaller unit [[e2|pulled out]] of Malam Fatori, near the Niger border, on Wednesday. Nigeria has [[e3|moved]] a battalion of about 600 soldiers into Baga to replace the Chadians.

"We cannot ask one country to carry a burden that belongs to four," Cameroon's deputy defence minister Joseph Mbarga told reporters after the [[e4|talks]].

Nigerian officials at the [[e4|gathering]] pressed Chad to keep liaison officers at the force headquarters in N'Djamena, a delegate said. Benin, which contributes a company of troops, called for more funding from the African Union.

Diplomats said the [[e1|pullout]] from Baga, where Chadian troops had been based since 2020, had opened a gap in the task force's most exposed sector. Boko Haram and ISWAP fighters still move freely across the lake's islands, and an attack on fishermen near Doron Baga last month killed 11 people."""),
]),
# ---------------------------------------------------------------------------- u03
dict(story="u03", topic="electricity arrears: Tajik utility's letter to Afghanistan's power company, a missed payment deadline, talks, a repayment deal and a second payment deadline (Dushanbe, Tajikistan - Kabul, Afghanistan)", events=[
    dict(e="e1", type="letter", date="2026-05-18", participants=["Barqi Tojik", "Da Afghanistan Breshna Sherkat"],
         location="Dushanbe"),
    dict(e="e2", type="deadline", date="2026-05-31", participants=["Barqi Tojik", "Da Afghanistan Breshna Sherkat"], location=None),
    dict(e="e3", type="deadline", date="2026-06-10", participants=["Barqi Tojik", "Da Afghanistan Breshna Sherkat"], location=None),
    dict(e="e4", type="agreement", date="2026-06-04", participants=["Barqi Tojik", "Da Afghanistan Breshna Sherkat"],
         location="Dushanbe"),
    dict(e="e5", type="meeting", date="2026-06-03", participants=["Barqi Tojik", "Da Afghanistan Breshna Sherkat"],
         location="Dushanbe"),
], tricky=[("e2", "e3", "the May 31 deadline for paying the arrears, which was missed, vs the new June 10 deadline for a first instalment set days later, same creditor and debtor")],
note="The halving of Tajik power exports on June 1 has no type and is not in gold. Uzbekistan's warning in March, "
     "DABS's transfer of 9 million dollars, the Tajik-Uzbek power-swap agreement of last month, the talks with "
     "Kyrgyzstan planned for July and CASA-1000 are side / background events. e3 is set after e2 had passed and "
     "is confirmed by the agreement; all its mentions are written before it expires.",
articles=[
dict(id="a1", source="Central Asia Energy Wire", published="2026-05-29",
     title="Tajikistan threatens to cut power to Afghanistan over unpaid bills",
     text="""DUSHANBE, Tajikistan - Tajikistan's state power company will halve electricity exports to Afghanistan from June 1 unless the Afghan utility settles about 28 million dollars in overdue bills before a [[e2|deadline]] that expires on Sunday, a company official said on Friday.

In a [[e1|letter]] dated May 18, Barqi Tojik told Da Afghanistan Breshna Sherkat (DABS), the Afghan state utility, that arrears had been building up since last autumn and that it could "no longer carry the debt". Deputy director Farhod Sharipov said DABS had acknowledged the [[e1|warning]] but had so far transferred nothing.

"We have been patient for eight months. The [[e1|letter]] was not a threat, it was a calendar," Sharipov told reporters in Dushanbe.

A DABS spokesman in Kabul said the company was "working to transfer the funds" and blamed the delay on restrictions that foreign banks place on payments to Afghanistan.

Tajikistan sells surplus hydropower to its southern neighbour in summer, when its rivers are full. The Tajik supply covers about a fifth of Afghanistan's electricity imports, most of which come from Uzbekistan and Turkmenistan. Uzbekistan's grid operator sent DABS a similar warning in March and was paid within weeks, Afghan officials said.

Kabul residents already live with daily power cuts. Abdul Wahid, who runs a tailoring shop in the city's Karte Char district, said that losing more electricity "would finish small businesses like mine"."""),
dict(id="a2", source="Kabul Economic Monitor", published="2026-06-02",
     title="Blackouts spread in Kabul as Tajik power supply halved",
     text="""KABUL, Afghanistan - Power cuts spread across Kabul and the northern province of Kunduz on Tuesday after Tajikistan halved its electricity supplies to Afghanistan on Monday, a day after a [[e2|deadline]] for the Afghan state utility to clear its debts ran out.

Barqi Tojik, the Tajik state power company, had given Da Afghanistan Breshna Sherkat (DABS) until May 31 to pay about 28 million dollars in arrears, in a [[e1|letter]] sent in mid-May. DABS said it had transferred 9 million dollars on Sunday, hours before the [[e2|time limit]] expired, but Tajik officials said the money had not arrived.

Tajikistan has since set a new [[e3|deadline]] of June 10 for a first instalment of 10 million dollars, after which full supplies would resume, the Tajik energy ministry said. A DABS delegation is to hold [[e5|talks]] in Dushanbe on Wednesday on a repayment schedule.

"Our hospitals are running on generators, and we do not have enough diesel," said a doctor at a Kabul maternity hospital who asked not to be named.

The cut came as temperatures in Kabul reached 34C and demand for fans and water pumps peaked. DABS spokesman Hekmatullah Rahimi said the company was rationing supplies and asked residents to use electricity "only for essentials".

Afghanistan imports about three-quarters of its electricity. A project to carry Central Asian power across Afghanistan to Pakistan, known as CASA-1000, has been delayed for years."""),
dict(id="a3", source="Eurasia Business Report", published="2026-06-05",
     title="Tajikistan, Afghanistan sign power debt deal",
     text="""DUSHANBE, Tajikistan - Tajikistan will restore full electricity supplies to Afghanistan next week after the two countries' state power companies [[e4|signed]] a repayment schedule on Thursday, ending a dispute that had left Kabul with rolling blackouts.

Under the [[e4|agreement]], reached after two days of [[e5|negotiations]] in the Tajik capital, Afghanistan's DABS must pay 10 million dollars by June 10, the [[e3|deadline]] set by Barqi Tojik earlier this week, and the remaining 18 million dollars in monthly instalments through December.

The dispute came to a head when DABS missed a May 31 [[e2|deadline]] laid down in a [[e1|letter]] from Barqi Tojik, and Tajikistan halved its exports the following day.

"Both companies want the power to flow. This [[e4|deal]] gives them a way to make that happen," said Farhod Sharipov, Barqi Tojik's deputy director, who led the Tajik side in the [[e5|talks]].

The Afghan delegation was headed by DABS commercial director Ahmad Zia Noori, who said the company had already transferred 9 million dollars that should count towards the arrears.

Separately, Tajikistan and Uzbekistan signed an agreement last month to swap electricity between their grids in winter, and Tajik officials said talks on a similar arrangement with Kyrgyzstan would resume in July.

The [[e4|accord]] still needs the approval of Afghanistan's Ministry of Energy and Water, officials said, but Tajik engineers were already preparing to raise the flow on the 220-kilovolt line to Kunduz."""),
]),
# ---------------------------------------------------------------------------- u04
dict(story="u04", topic="glacial lake outburst flood deaths, Indian Air Force helicopter deployment, an Indian relief package and an Asian Development Bank grant (Punakha and Gasa, Bhutan)", events=[
    dict(e="e1", type="casualties", date="2026-07-07", participants=["Bhutan"], location="Punakha"),
    dict(e="e2", type="deployment", date="2026-07-08", participants=["Indian Air Force"], location="Punakha"),
    dict(e="e3", type="support", date="2026-07-09", participants=["India", "Bhutan"], location=None),
    dict(e="e4", type="support", date="2026-07-10", participants=["Asian Development Bank", "Bhutan"], location=None),
], tricky=[("e3", "e4", "India's 500-million-rupee relief package on Thursday vs the Asian Development Bank's 3-million-dollar grant on Friday, same recipient, a day apart")],
note="The outburst flood itself has no type and is not in gold. The foreign ministers' phone call, Bhutan's grounded "
     "helicopter, the reconstruction committee, Japan's pledge of tents, the World Food Programme's and World Bank's "
     "help and the 1994 outburst are side / background events.",
articles=[
dict(id="a1", source="Himalayan News Service", published="2026-07-08",
     title="Glacial lake flood kills at least 11 in Bhutan",
     text="""THIMPHU, Bhutan - A glacial lake burst through its moraine dam in northern Bhutan late on Tuesday, sending a torrent of water, mud and boulders down the Pho Chhu river and [[e1|killing]] at least 11 people in Gasa and Punakha districts, officials said on Wednesday.

Twenty-three people were missing, most of them farmers and road workers camped along the river, the Department of Disaster Management said. Several footbridges and about 40 houses were swept away, and floodwater reached the fields below the town of Punakha before dawn.

India [[e2|sent]] two Mi-17 helicopters of its air force to Punakha on Wednesday at Bhutan's request to evacuate villagers and trekkers stranded in the remote Lunana region, where the lake lies, India's embassy in Thimphu said.

The Indian [[e2|deployment]] was agreed in a late-night telephone call between the two countries' foreign ministers, a Bhutanese official said. Bhutan's only rescue helicopter was grounded by low cloud.

"The water came like a mountain moving," said Kinley Wangmo, a farmer from Samdingkha whose house was destroyed. Her neighbour was among the [[e1|dead]].

Scientists have long warned that lakes in Lunana are swelling as Himalayan glaciers melt. In 1994 an outburst from another lake in the region killed more than 20 people and damaged the Punakha Dzong, the fortress that houses the district administration."""),
dict(id="a2", source="South Asia Wire", published="2026-07-10",
     title="India pledges 500 million rupees for Bhutan flood relief",
     text="""NEW DELHI - India on Thursday [[e3|pledged]] 500 million rupees (about 6 million dollars) to help Bhutan recover from a glacial lake outburst flood that has now [[e1|killed]] 17 people, the Ministry of External Affairs said.

The [[e3|package]] covers food, tents and temporary bridges, as well as the cost of rebuilding a stretch of the highway between Punakha and Gasa. A ministry spokesman said India stood by "its closest neighbour" and would do whatever Bhutan asked.

Two Indian Air Force helicopters, [[e2|deployed]] to Punakha on Wednesday, have flown more than 300 people out of the remote Lunana valley, where the lake burst late on Tuesday. Bhutan's own helicopter resumed flights on Thursday after the cloud lifted.

The [[e1|death toll]] rose after rescuers recovered six bodies from debris near the village of Tashithang, officials said. Six people are still missing.

The Manila-based Asian Development Bank said it was preparing an emergency [[e4|grant]] for Bhutan that its management could approve as early as Friday. Japan and the World Food Programme have also offered help, and Bhutan's cabinet set up a reconstruction committee on Thursday.

Bhutan, a country of fewer than 800,000 people, relies on India for most of its trade, and hydropower plants built with Indian money are its biggest source of revenue. Engineers were inspecting the Punatsangchhu hydropower projects downstream of Punakha for damage, officials said."""),
dict(id="a3", source="Asia Pacific Development Wire", published="2026-07-13",
     title="ADB approves 3 million dollar grant for Bhutan flood victims",
     text="""MANILA - The Asian Development Bank [[e4|approved]] a 3-million-dollar emergency grant for Bhutan on Friday to help families who lost homes and farmland in last week's glacial lake outburst flood, the bank said on Monday.

The [[e4|grant]], drawn from the bank's Asia Pacific Disaster Response Fund, will pay for cash transfers to about 2,000 households in Gasa and Punakha districts and for clearing debris from irrigation channels. It comes on top of the 500-million-rupee [[e3|aid package]] that India announced a day earlier.

The flood, unleashed when a lake in the Lunana region breached its moraine late on July 7, [[e1|killed]] 17 people and destroyed about 60 houses. Indian Air Force helicopters that [[e2|flew in]] last Wednesday have since evacuated more than 500 people, and the last stranded trekkers were brought out on Sunday.

Japan said on Saturday that it would provide tents, water purifiers and generators worth about 80 million yen through its international cooperation agency. The World Bank is assessing damage to roads and bridges.

"Bhutan is among the countries most exposed to glacial lake floods, and this [[e4|funding]] is a first step," said Anita Raman, the bank's country director.

Bhutan's government has said it will move three villages to higher ground and install early-warning sirens along the Pho Chhu. Experts say at least two other lakes in Lunana are at risk of bursting within the next decade."""),
]),
# ---------------------------------------------------------------------------- u05
dict(story="u05", topic="Vanuatu's letter suspending a policing pact with Australia, failed ministers' talks in Port Vila and the departures of Australian and New Zealand police advisers (Port Vila, Vanuatu)", events=[
    dict(e="e1", type="letter", date="2026-09-07", participants=["Kalo Tari", "Australia"], location="Port Vila"),
    dict(e="e2", type="meeting", date="2026-09-09", participants=["Kalo Tari", "Claire Donnelly"], location="Port Vila"),
    dict(e="e3", type="withdrawal", date="2026-09-11", participants=["Australian Federal Police"], location="Port Vila"),
    dict(e="e4", type="withdrawal", date="2026-09-13", participants=["New Zealand Police"], location="Port Vila"),
], tricky=[("e3", "e4", "the Australian police advisers flying out of Vanuatu on Friday vs the New Zealand police mentors leaving on Sunday, same country and policing arrangement, two days apart")],
note="The opposition MPs' letter to the Speaker, the corruption inquiry, Australia's delivery of patrol boats in May, "
     "Fiji's withdrawal of two police trainers last year and the statements by New Zealand and Donnelly on Sunday "
     "and Monday are side / background events.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-09-08",
     title="Vanuatu suspends policing pact with Australia",
     text="""PORT VILA, Vanuatu - Vanuatu has suspended a policing agreement with Australia and asked about 40 Australian police advisers to leave the country, in a [[e1|letter]] that officials here described on Tuesday as "a pause, not a break".

Prime Minister Kalo Tari [[e1|wrote]] to his Australian counterpart on Monday, saying the 2024 Policing Partnership had been used "to interfere in matters that belong to the people of Vanuatu", according to a copy seen by Pacific Islands Wire. The [[e1|letter]] does not set a date for the advisers' departure but refers to "a reasonable period".

Australian officials said the advisers, who had been helping a police inquiry into the award of passport-sale contracts, would [[e3|leave]] by the end of the week.

Australia's Minister for the Pacific, Claire Donnelly, will hold [[e2|talks]] with Tari in Port Vila on Wednesday, her office said. "We respect Vanuatu's sovereignty, and we want to understand its concerns," she said.

New Zealand, which has 12 police mentors in Vanuatu under a linked arrangement, said it was studying the implications of the [[e1|letter]].

Opposition leader Pierre Tasso called the decision reckless. Opposition MPs sent their own letter to the Speaker on Monday demanding an urgent debate in parliament.

Vanuatu, an archipelago of about 330,000 people, has long balanced ties with Australia, its largest aid donor, against a growing relationship with China, which has funded police vehicles and training."""),
dict(id="a2", source="Oceania Press Agency", published="2026-09-11",
     title="Australian police advisers leave Vanuatu after failed talks",
     text="""PORT VILA, Vanuatu - Australian police advisers [[e3|flew out]] of Vanuatu on Friday, two days after a [[e2|meeting]] between Australia's Pacific minister and Vanuatu's prime minister failed to change Port Vila's mind about a suspended policing pact.

A chartered aircraft carried 38 officers and several family members from Bauerfield airport to Brisbane, the Australian High Commission said. Their [[e3|departure]] ends an Australian police presence that had lasted, in one form or another, for two decades.

Minister Claire Donnelly's [[e2|talks]] with Prime Minister Kalo Tari on Wednesday lasted less than an hour. Tari told reporters afterwards that his [[e1|letter]] of Monday "still stands" and that Vanuatu would review the agreement line by line before deciding whether to restore it.

New Zealand said on Friday that its 12 police mentors, who work under a linked arrangement, would also [[e4|leave]], on Sunday. "We will not stay where our partners are not comfortable having us," a spokesperson for New Zealand's foreign ministry said.

The decision has split opinion in Port Vila. "The Australians helped us find stolen money. Who will do that now?" asked market vendor Annie Tamata.

The Vanuatu Police Force has about 700 officers for a population spread across more than 60 inhabited islands. In May, Australia delivered two patrol boats to the force, and it still funds a police training college on the island of Efate."""),
dict(id="a3", source="Southern Pacific News", published="2026-09-14",
     title="New Zealand police mentors leave Vanuatu",
     text="""WELLINGTON - New Zealand's police mentors [[e4|left]] Vanuatu on Sunday, two days after Australia [[e3|withdrew]] its advisers, as a dispute over the island nation's suspension of a policing pact with Canberra spread to its other main security partner.

The [[e4|pullout]] of the 12 New Zealanders, who had trained Vanuatu officers in community policing and forensics since 2019, is "temporary", New Zealand's foreign ministry said on Monday. Wellington hopes to send them back once Port Vila completes a review of its security arrangements.

Vanuatu's Prime Minister Kalo Tari suspended the agreement with Australia in a [[e1|letter]] to Canberra a week ago, accusing Australian advisers of meddling in a corruption inquiry. His [[e2|talks]] with Australia's Pacific minister, Claire Donnelly, last Wednesday ended without a compromise.

"We did not ask New Zealand to go, but we understand their position," Tari's spokesman, Willie Tamau, said.

Analysts said the [[e3|departure]] of the Australian contingent on Friday had left Vanuatu's police without help in investigating financial crime. Fiji withdrew two police trainers from Port Vila last year after a dispute over visas.

Australia's prime minister has not commented publicly on the affair. Donnelly said on Sunday that "the door remains open", and officials in Canberra said funding for the police training college would continue for now."""),
]),
# ---------------------------------------------------------------------------- u06
dict(story="u06", topic="snow-crab dispute off Svalbard: Norwegian coast guard detains a Latvian and a Lithuanian trawler, European Commission letter to Oslo and a fine for the Latvian owner (Barents Sea - Tromso, Norway)", events=[
    dict(e="e1", type="arrest", date="2026-11-03", participants=["Norwegian Coast Guard", "Kurzeme Star"], location="Svalbard"),
    dict(e="e2", type="arrest", date="2026-11-05", participants=["Norwegian Coast Guard", "Neringa"], location="Svalbard"),
    dict(e="e3", type="letter", date="2026-11-06", participants=["European Commission", "Norway"], location="Brussels"),
    dict(e="e4", type="sanction", date="2026-11-09", participants=["Troms Police District", "Baltic Crab"], location="Tromso"),
], tricky=[("e1", "e2", "the coast guard's detention of the Latvian trawler Kurzeme Star near Hopen on Tuesday vs its arrest of the Lithuanian trawler Neringa near Bear Island on Thursday, same coast guard and zone, two days apart")],
note="Latvia's summoning of Norway's ambassador, the 2017 seizure of a Latvian trawler, the joint Latvian-Lithuanian "
     "letter to the Commission, Norway's reply letter, the fine on the captain and the 2015 ban are side / background "
     "events. 'the detention of two EU fishing vessels', 'the detentions' and 'the two detentions' cover both arrests "
     "and are not marked.",
articles=[
dict(id="a1", source="Nordic Maritime Wire", published="2026-11-04",
     title="Norway detains Latvian crab trawler off Svalbard",
     text="""TROMSO, Norway - Norway's coast guard has [[e1|detained]] a Latvian trawler accused of catching snow crab off the Svalbard archipelago without a Norwegian licence and is escorting it to Tromso, the coast guard said on Wednesday.

The Kurzeme Star and its crew of 19 were [[e1|seized]] on Tuesday about 60 nautical miles east of Hopen island, where inspectors found more than 40 tonnes of crab on board, coast guard spokesman Lieutenant Commander Eirik Haugland said. The ship is expected in port on Thursday.

Latvia's foreign ministry summoned Norway's ambassador in Riga on Wednesday and said the [[e1|detention]] breached the 1920 Svalbard Treaty, which gives its signatories equal rights to fish and mine around the archipelago. The vessel's owner, Riga-based Baltic Crab, said the trawler held a licence issued by the European Union.

Norway says snow crab is a sedentary species that lives on its continental shelf, so that only Norway can license the catch. The EU disputes that reading. Norway has seized EU crab boats before, most prominently in 2017, when a Latvian trawler was arrested in a case that ended up before Norway's Supreme Court.

"We are not going to let the crab stocks be emptied by whoever comes first," Fisheries Minister Marit Solheim said.

The snow crab spread into the Barents Sea from Russian waters in the 1990s and has become one of the most valuable catches in the region. Norwegian boats have fished it under strict quotas since 2015."""),
dict(id="a2", source="Baltic Coast Press", published="2026-11-07",
     title="EU protests to Norway after second crab boat detained",
     text="""VILNIUS, Lithuania - The European Commission [[e3|wrote]] to Norway on Friday to protest against the detention of two EU fishing vessels in the Svalbard zone this week, after Norway's coast guard [[e2|arrested]] a Lithuanian crab trawler on Thursday.

The Neringa, owned by a company in Klaipeda, was [[e2|intercepted]] north-east of Bear Island with 25 tonnes of snow crab in its hold, two days after the Latvian trawler Kurzeme Star was [[e1|seized]] near Hopen island. Both ships are now held in Tromso.

In the [[e3|letter]], EU Fisheries Commissioner Annelies Vroom told Norway's fisheries minister that the detentions were "unjustified under the Svalbard Treaty" and asked for urgent consultations. Latvia and Lithuania had urged the Commission to act in a joint letter on Thursday.

"We will use every legal means to bring our sailors home," Lithuanian Agriculture Minister Tomas Vaitkus said. The Neringa's crew of 14 includes Lithuanian and Ukrainian sailors.

Norway's fisheries ministry said it had received the Commission's [[e3|letter]] and would reply "in due course". It said both vessels had been warned by radio before they were boarded.

The Baltic states argue that the Svalbard Treaty, signed in Paris in 1920, guarantees all parties the same access to the waters around the archipelago. Norway says the treaty applies only within 12 nautical miles of the islands. Fishing industry groups in Riga estimate that the ban has cost Latvian crab boats about 20 million euros a year."""),
dict(id="a3", source="Arctic Fisheries Report", published="2026-11-10",
     title="Norway fines Latvian crab boat owner, rejects EU protest",
     text="""TROMSO, Norway - Norwegian police on Monday [[e4|fined]] the owner of the Latvian trawler Kurzeme Star 1.2 million kroner (about 110,000 dollars) for catching snow crab off Svalbard without a licence, six days after the vessel was [[e1|detained]] near Hopen island.

The [[e4|penalty]], issued by the Troms police district, also orders the confiscation of 42 tonnes of crab and the ship's pots. The captain was fined a further 80,000 kroner. The owner, Baltic Crab, has two weeks to accept the [[e4|fine]] or contest it in court.

The Lithuanian trawler Neringa, [[e2|detained]] near Bear Island the previous week, remains in Tromso while prosecutors examine its logbooks.

On Monday Norway also rejected Friday's [[e3|letter]] from the European Commission, which had called the two detentions unjustified. In its reply, the fisheries ministry said the snow crab belongs to the continental shelf and that "no treaty gives anyone the right to take it without Norway's permission".

The Commission said it "regretted" Norway's response and would consult member states. Latvia's foreign minister called the [[e4|fine]] "a political sum".

Fishermen in Tromso were unsympathetic. "We follow the rules and buy our licences. Why shouldn't they?" said trawler skipper Kjell Arne Nilsen.

The dispute has simmered since Norway closed its shelf to foreign crab boats in 2015. The EU has so far avoided taking the matter to an international court, but Latvian officials said on Monday that they were preparing a legal opinion."""),
]),
# ---------------------------------------------------------------------------- u07
dict(story="u07", topic="Kurdish oil exports: oil companies' letter to Iraq's prime minister, Baghdad's deadline for handing crude to SOMO, talks in Baghdad and Erbil and an export deal (Iraq - Kurdistan Region)", events=[
    dict(e="e1", type="letter", date="2026-08-11", participants=["APIKUR", "Government of Iraq"], location=None),
    dict(e="e2", type="deadline", date="2026-08-15", participants=["Iraqi Ministry of Oil", "Kurdistan Regional Government"],
         location=None),
    dict(e="e3", type="meeting", date="2026-08-16", participants=["Iraqi Ministry of Oil", "Kurdistan Regional Government"],
         location="Baghdad"),
    dict(e="e4", type="meeting", date="2026-08-18", participants=["Iraqi Ministry of Oil", "Kurdistan Regional Government"],
         location="Erbil"),
    dict(e="e5", type="agreement", date="2026-08-19", participants=["Government of Iraq", "Kurdistan Regional Government"],
         location="Baghdad"),
], tricky=[("e3", "e4", "the talks in Baghdad on Sunday vs the second round in Erbil on Tuesday, same delegations, two days apart")],
note="The issuing of the ultimatum on August 3, the trucking of oil to Turkey, the 2023 arbitration ruling and the "
     "resumption of exports, parliament's August 31 budget deadline, the teachers' protest in Sulaimaniyah and the "
     "ministry's suspension of its threat are side / background events. 'while the negotiations continued' and "
     "'once negotiations began' cover both rounds and are not marked.",
articles=[
dict(id="a1", source="Gulf Energy Dispatch", published="2026-08-13",
     title="Kurdistan oil firms warn Baghdad of shut-ins ahead of deadline",
     text="""ERBIL, Iraq - Foreign oil companies operating in Iraq's Kurdistan region have warned Baghdad that they may shut in production unless a dispute over exports is settled before a federal [[e2|deadline]] expires on Saturday.

In a [[e1|letter]] to Iraq's prime minister sent on Tuesday, the Association of the Petroleum Industry of Kurdistan (APIKUR), which represents eight producers, said its members were owed more than 1 billion dollars and could not keep pumping "without clarity on who will pay us, and when".

The federal oil ministry gave the Kurdistan Regional Government (KRG) until August 15 to hand all crude produced in the region to the state marketer SOMO, or face cuts to salary transfers for Kurdish public servants. The [[e2|ultimatum]] was issued on August 3, days after Baghdad accused Erbil of selling oil by truck to Turkey outside the federal system.

KRG officials say they have met most of the federal demands. Officials from the two sides are due to [[e3|meet]] in Baghdad on Sunday, a day after the [[e2|deadline]] passes, a government spokesman said.

"Nobody wants the pipeline to stop again," said an executive at one of the companies that signed the [[e1|letter]].

Exports through the pipeline to the Turkish port of Ceyhan were halted for two and a half years after an arbitration ruling in 2023 and resumed only last year. Parliament's finance committee has set its own deadline of August 31 for the government to submit revised budget tables."""),
dict(id="a2", source="Levant Business Wire", published="2026-08-17",
     title="Baghdad, Erbil hold oil talks after deadline lapses",
     text="""BAGHDAD - Federal and Kurdish oil officials held what both sides called constructive [[e3|talks]] in Baghdad on Sunday, a day after a federal [[e2|deadline]] for the Kurdistan region to hand its crude to the state marketer SOMO passed without a breakthrough.

The delegations, led by Iraq's deputy oil minister and the Kurdistan Regional Government's minister of natural resources, agreed to [[e4|meet]] again in Erbil on Tuesday, the oil ministry said in a statement. It said the ministry would not enforce the [[e2|deadline]] while the negotiations continued.

Sunday's [[e3|meeting]] lasted six hours and focused on metering at the oil fields and the price SOMO pays for Kurdish crude, officials said.

Foreign producers in the region had raised the pressure last week. In a [[e1|letter]] to the prime minister, the Association of the Petroleum Industry of Kurdistan (APIKUR) warned that its members might halt output if the dispute dragged on. The association said on Monday it was "encouraged" by the [[e3|discussions]] in Baghdad.

Oil traders said the uncertainty had already cut Kurdish output by about 40,000 barrels per day, as some companies slowed drilling and postponed maintenance.

Kurdish civil servants, whose salaries depend on transfers from Baghdad, have not yet been paid for July. Hundreds of teachers protested in Sulaimaniyah on Saturday, on the eve of the Baghdad [[e3|talks]], over the delay, and the region's main teachers' union has threatened to boycott the start of the school year."""),
dict(id="a3", source="Mesopotamia Economic Report", published="2026-08-20",
     title="Iraq and Kurdistan sign oil export deal",
     text="""BAGHDAD - Iraq's federal government and the Kurdistan Regional Government [[e5|signed]] a deal on Wednesday under which all crude from the Kurdish region will be sold through the state marketer SOMO in exchange for monthly budget transfers to Erbil, ending a month-long standoff.

The [[e5|agreement]] was concluded in Baghdad after [[e3|talks]] there on Sunday and a second [[e4|round]] in Erbil on Tuesday, at which negotiators settled the last disputes over metering and production costs. Under its terms, SOMO will pay producers 16 dollars a barrel to cover costs, and an independent auditor will check output at the main fields.

The standoff had deepened when the federal oil ministry set an August 15 [[e2|deadline]] for Erbil to hand over its crude, threatening to cut salary transfers. The ministry suspended that threat once negotiations began.

The Association of the Petroleum Industry of Kurdistan (APIKUR), whose eight members [[e1|wrote]] to the prime minister on August 11 warning that they might shut in production, welcomed the [[e5|accord]] but said the payment of arrears remained unresolved.

"This is the most detailed arrangement the two governments have ever reached," said Baghdad-based energy analyst Sarmad Yousif.

The Erbil [[e4|session]], chaired by the KRG's minister of natural resources, had run late into the night, officials said. Kurdish public servants are expected to receive their July salaries next week."""),
]),
# ---------------------------------------------------------------------------- u08
dict(story="u08", topic="Freetown mayoral by-election, domestic observers' preliminary report, ECOWAS observers' report and an opposition march on the electoral commission (Freetown, Sierra Leone)", events=[
    dict(e="e1", type="election", date="2026-10-17", participants=["Fatmata Koroma", "Ibrahim Sesay"], location="Freetown"),
    dict(e="e2", type="report", date="2026-10-19", participants=["National Election Watch"], location="Freetown"),
    dict(e="e3", type="report", date="2026-10-20", participants=["ECOWAS"], location="Freetown"),
    dict(e="e4", type="protest", date="2026-10-21", participants=["People's Progress Alliance"], location="Freetown"),
], tricky=[("e2", "e3", "National Election Watch's preliminary report on Monday vs the ECOWAS observer mission's report on Tuesday, same election and city, a day apart")],
note="The declaration of results, the detentions after scuffles in Kissy, the ECOWAS mission head's remarks on Sunday, "
     "the mayor's death in June, the 2023 general election and the march after it, and the planned swearing-in "
     "are side / background events.",
articles=[
dict(id="a1", source="West Africa Wire Service", published="2026-10-18",
     title="Counting under way in Freetown mayoral by-election",
     text="""FREETOWN, Sierra Leone - Counting was under way on Sunday in Freetown's mayoral [[e1|by-election]], held on Saturday to choose a successor to Mayor Abdul Karim Bangura, who died in June.

Turnout was about 41 percent, the Electoral Commission for Sierra Leone said, lower than in the 2023 general election. Voting was largely calm, although police said they detained 14 people after scuffles at two polling stations in the eastern district of Kissy.

The race pits Fatmata Koroma of the governing National Renewal Party against Ibrahim Sesay of the opposition People's Progress Alliance, who narrowly lost the last mayoral contest. Both have promised to tackle waste collection and flooding in the city's hillside settlements.

National Election Watch (NEW), a coalition of civic groups that deployed 600 monitors, said it would publish a preliminary [[e2|report]] on Monday. An ECOWAS observer mission will present its own [[e3|findings]] on Tuesday.

"We saw late openings in some centres, but nothing so far that changes the picture," NEW coordinator Hawa Jalloh told reporters.

Results are expected within 48 hours. Sesay's campaign accused the ruling party of bringing in voters by bus from outside the city, a claim the party denied.

Freetown, home to about 1.2 million people, is run by an elected council whose mayor controls a budget for sanitation, markets and local roads. The capital has been an opposition stronghold in recent elections."""),
dict(id="a2", source="Atlantic Coast Press", published="2026-10-20",
     title="Observers fault delays in Freetown vote as opposition calls march",
     text="""FREETOWN, Sierra Leone - Sierra Leone's main domestic observer group said on Monday that Saturday's Freetown mayoral [[e1|election]] had been peaceful but marred by late openings and missing voter lists at dozens of polling stations.

In its preliminary [[e2|report]], National Election Watch (NEW) said 18 percent of the 412 centres it monitored had opened more than an hour late and that voters had been turned away at 37 of them.

The Electoral Commission declared Fatmata Koroma of the governing National Renewal Party the winner late on Monday with 52.3 percent of the vote, against 45.1 percent for Ibrahim Sesay of the People's Progress Alliance.

Sesay rejected the result, citing the problems listed in the NEW [[e2|report]], and called on his supporters to [[e4|march]] on the commission's headquarters on Wednesday. "We will not let this be stolen quietly," he said.

The ECOWAS observer mission is due to release its [[e3|report]] later on Tuesday. Its head, former Ghanaian electoral official Kwame Asante, said on Sunday that the mission had received complaints from both parties.

Koroma, a former deputy mayor, thanked voters and promised to govern "for the whole city". Police said they would allow a peaceful [[e4|demonstration]] but would not tolerate violence."""),
dict(id="a3", source="Sahel and Coast Report", published="2026-10-22",
     title="Police tear-gas opposition march in Freetown",
     text="""FREETOWN - Police fired tear gas on Wednesday to disperse hundreds of opposition supporters [[e4|marching]] on the Electoral Commission's headquarters in Freetown to contest the result of last weekend's mayoral [[e1|vote]].

The [[e4|protest]], called by the defeated candidate Ibrahim Sesay of the People's Progress Alliance, began peacefully on Siaka Stevens Street but turned violent when some protesters threw stones at officers near the commission's offices, witnesses said. Eleven people were treated for injuries, hospital staff said.

The [[e4|march]] came a day after ECOWAS observers said in a [[e3|report]] that the [[e1|election]] had been "broadly transparent" but found tallying discrepancies at 31 polling stations. They urged the commission to publish results station by station.

National Election Watch raised similar concerns in its preliminary [[e2|assessment]] on Monday, saying that nearly a fifth of the centres it monitored had opened late.

The Electoral Commission said it would publish polling-station results on its website by Friday and invited Sesay to file any complaint with the High Court. Mayor-elect Fatmata Koroma is due to be sworn in next week.

Opposition supporters staged a similar march after the 2023 general election, when several people were arrested. Civic groups on Thursday urged both parties to calm their supporters and to settle the dispute in court."""),
]),
# ---------------------------------------------------------------------------- u09
dict(story="u09", topic="arrest of an anti-corruption prosecutor, Indigenous authorities' sit-in, U.S. visa ban and Canadian sanctions on a judge and two prosecutors (Guatemala City, Guatemala)", events=[
    dict(e="e1", type="arrest", date="2026-03-02", participants=["Lucia Paz Monterroso"], location="Guatemala City"),
    dict(e="e2", type="protest", date="2026-03-04", participants=["48 Cantones of Totonicapan"], location="Guatemala City"),
    dict(e="e3", type="sanction", date="2026-03-05", participants=["United States", "Rodrigo Ayau", "Edgar Toj", "Silvia Rac"],
         location=None),
    dict(e="e4", type="sanction", date="2026-03-09", participants=["Canada", "Rodrigo Ayau", "Edgar Toj", "Silvia Rac"],
         location=None),
], tricky=[("e3", "e4", "the U.S. visa ban on the judge and two prosecutors on Thursday vs Canada's asset freezes and entry bans on the same three officials the following Monday")],
note="The warrant, the court's grant of house arrest, Paz's removal from her unit, the UN statement, the earlier "
     "detentions and exiles of prosecutors, the 2023 protests, the hearing set for March 19 and the British asset "
     "freeze are side / background events.",
articles=[
dict(id="a1", source="Central America News Agency", published="2026-03-03",
     title="Guatemala arrests anti-corruption prosecutor",
     text="""GUATEMALA CITY - Guatemalan police on Monday [[e1|arrested]] a prosecutor who led investigations into bribery at the state highways agency, the latest in a string of legal actions against anti-corruption officials that rights groups say are politically motivated.

Lucia Paz Monterroso was [[e1|detained]] at her home in the capital on a warrant issued by Judge Rodrigo Ayau, who accuses her of abuse of authority and of leaking confidential files to journalists. Her lawyer, Mario Cifuentes, said the charges were "fabricated to stop an investigation that reached the top".

Until last year Paz ran a special unit investigating kickbacks on road contracts. She was removed from the post in October and reassigned to a small regional office.

The UN human rights office said it was "deeply concerned" by the [[e1|arrest]]. A U.S. State Department spokesperson said Washington was following the case closely.

Indigenous authorities from the 48 Cantones of Totonicapan, who led weeks of road blockades in 2023, said they would begin a [[e2|sit-in]] outside the headquarters of the Public Ministry on Wednesday and stay "as long as necessary".

"She did her job, and now she is in a cell," said Cantones leader Andres Tzoc.

At least five other prosecutors and judges who worked on corruption cases have been detained since 2022, and more than two dozen have gone into exile, according to rights groups. The Public Ministry said in a statement that the case against Paz was "strictly legal" and that no one was above the law."""),
dict(id="a2", source="Isthmus Press Service", published="2026-03-06",
     title="U.S. bars Guatemalan judge who jailed prosecutor",
     text="""GUATEMALA CITY - The United States on Thursday [[e3|barred]] a Guatemalan judge and two senior officials of the Attorney General's office from entering the country, accusing them of undermining democracy by persecuting anti-corruption prosecutors.

The State Department said the [[e3|visa ban]] on Judge Rodrigo Ayau, who issued the warrant for prosecutor Lucia Paz Monterroso, and on prosecutors Edgar Toj and Silvia Rac also covers their immediate families.

Paz was [[e1|detained]] at her home on Monday and is being held in a military-run detention centre in the capital.

Guatemala's foreign ministry called the [[e3|measure]] "unacceptable interference in the affairs of a sovereign judiciary".

Outside the Public Ministry, thousands of Indigenous protesters led by the 48 Cantones of Totonicapan have kept up a [[e2|sit-in]] since Wednesday, blocking the entrance to the building with tarpaulins and food stalls. "We will stay until she is free," said Maria Chuc, a weaver from Totonicapan who has slept on the pavement for two nights.

Judge Ayau told a local radio station he would not be "intimidated by foreign powers" and said the case against Paz would go ahead. A hearing is set for March 19.

Canada and the European Union said they shared Washington's concerns. Guatemala's president has not commented on the case, and his spokesman said the government respected the independence of the courts and of the Public Ministry."""),
dict(id="a3", source="Hemisphere Report", published="2026-03-10",
     title="Canada sanctions Guatemalan judge, prosecutors",
     text="""OTTAWA - Canada on Monday [[e4|imposed]] sanctions on a Guatemalan judge and two prosecutors over the [[e1|arrest]] of anti-corruption prosecutor Lucia Paz Monterroso, following similar [[e3|measures]] by the United States last week.

The Canadian [[e4|sanctions]], adopted under the Special Economic Measures Act, freeze any assets that Judge Rodrigo Ayau and prosecutors Edgar Toj and Silvia Rac hold in Canada and bar them from entering the country. Global Affairs Canada said the three had "abused the justice system to silence those who expose corruption".

Washington's [[e3|visa ban]] on the same three officials, announced on Thursday, also applies to their families.

In Guatemala City, Indigenous authorities from the 48 Cantones of Totonicapan ended a six-day [[e2|sit-in]] outside the Public Ministry on Monday, after a court granted Paz house arrest pending trial. "This is not over," said Cantones leader Andres Tzoc.

Paz, [[e1|detained]] on March 2, must wear an electronic tag and may not leave the capital, her lawyer said.

The Guatemalan government did not comment on the Canadian [[e4|move]]. Earlier this year Britain froze the assets of a former Guatemalan interior minister accused of laundering bribes.

Rights groups welcomed Ottawa's decision and urged the European Union to follow. "Sanctions alone will not free the courts, but they tell judges that the world is watching," said Ana Lucia Perez of the Guatemalan Human Rights Commission."""),
]),
# ---------------------------------------------------------------------------- u10
dict(story="u10", topic="river floods in northern Albania: deaths around Shkoder, Italian and Greek rescue teams and EU emergency funding (Shkoder and Lezhe, Albania)", events=[
    dict(e="e1", type="casualties", date="2026-12-06", participants=["Albania"], location="Shkoder"),
    dict(e="e2", type="deployment", date="2026-12-07", participants=["Italian Civil Protection Department"], location="Shkoder"),
    dict(e="e3", type="deployment", date="2026-12-09", participants=["Hellenic Fire Service"], location="Lezhe"),
    dict(e="e4", type="support", date="2026-12-10", participants=["European Commission", "Albania"], location=None),
], tricky=[("e2", "e3", "the Italian civil protection crews deployed around Shkoder on Monday vs the Greek fire service team that arrived near Lezhe on Wednesday, both sent through the EU Civil Protection Mechanism to the same floods")],
note="The floods themselves have no type and are not in gold. Albania's request for help, the Montenegrin evacuations, "
     "the Kosovar army unit sent on Tuesday, the tents and generators from Austria and Slovenia, the World Bank "
     "experts and the 2010 floods are side / background events. 'Both were sent through the EU Civil Protection "
     "Mechanism' covers both deployments and is not marked.",
articles=[
dict(id="a1", source="Adriatic News Agency", published="2026-12-07",
     title="Floods kill six in northern Albania",
     text="""SHKODER, Albania - Floods [[e1|killed]] six people in northern Albania on Sunday after the Drin and Buna rivers burst their banks following three days of torrential rain, the Interior Ministry said.

Among the [[e1|dead]] were an elderly couple whose car was swept off a road near the village of Dajc and a fisherman who drowned on Lake Shkoder. More than 4,000 people have been moved out of villages south of Shkoder, where water stood two metres deep in some streets, and the army was using trucks to reach stranded families.

Italy [[e2|dispatched]] 60 firefighters and civil protection volunteers with 12 rescue boats, who began working around Shkoder on Monday, Italy's Civil Protection Department said. The Italian [[e2|mission]] was arranged through the EU Civil Protection Mechanism after Albania asked for help on Sunday evening.

Greece said it would [[e3|send]] a team of firefighters with boats and pumps later in the week.

"The water came in the night and we had nowhere to go," said Lule Gjoni, 63, who was taken from her house in Obot by boat.

Northern Albania suffered severe floods in 2010, when thousands of homes around Shkoder were inundated. Across the lake, Montenegro evacuated about 200 people from villages on its shore on Sunday.

Forecasters said more rain was expected on Tuesday, and the government closed schools in the Shkoder and Lezhe regions until further notice."""),
dict(id="a2", source="Balkan Wire Service", published="2026-12-09",
     title="Greek rescuers join flood operation in Albania as toll rises",
     text="""LEZHE, Albania - A Greek rescue team [[e3|arrived]] in the flooded lowlands of northern Albania on Wednesday, joining Italian crews [[e2|deployed]] near Shkoder since Monday, as the [[e1|death toll]] from Sunday's floods rose to nine.

The Greek [[e3|contingent]] of 45 firefighters, with eight boats and high-capacity pumps, will work around Lezhe, where the Drin reaches the sea and where the water is still rising, Albania's civil emergencies agency said.

The Italians, who [[e2|arrived]] two days ago with 12 boats, have rescued about 700 people and are concentrating on villages south of Shkoder.

Three more bodies were found on Tuesday in the village of Bushat, bringing the number of [[e1|dead]] to nine. Two people are still missing.

Kosovo sent 30 soldiers with amphibious vehicles to the Shkoder area on Tuesday, its defence ministry said.

Albania has asked the European Union for financial help, and the European Commission is expected to announce emergency [[e4|funding]] before the end of the week, an EU official said.

"We have lost the whole winter crop. The animals are dead, the seed is under water," said farmer Gjergj Marku, standing on the roof of a stable near Bushat.

Albanian officials put the number of people forced from their homes at more than 6,000. Many are staying in schools and sports halls in Shkoder, where volunteers have set up kitchens."""),
dict(id="a3", source="European Affairs Dispatch", published="2026-12-11",
     title="EU releases 5 million euros for Albania flood victims",
     text="""BRUSSELS - The European Commission on Thursday [[e4|allocated]] 5 million euros in emergency humanitarian funding to Albania, where floods [[e1|killed]] nine people last weekend and forced more than 6,000 from their homes.

The [[e4|aid]] will pay for shelter, clean water, heating and food for displaced families in the Shkoder and Lezhe regions, the Commission said. "Europe stands with the people of Albania," the Commission's crisis management commissioner said.

The EU has also coordinated the rescue effort. Italian civil protection crews, [[e2|deployed]] on Monday, and a Greek fire service team that [[e3|joined]] them on Wednesday have rescued more than 1,200 people by boat, the Commission said. Both were sent through the EU Civil Protection Mechanism.

Water levels began falling on Thursday, but officials warned that more rain was forecast for the weekend. The World Bank said it would send experts to assess damage to farmland, roads and bridges.

Albanian officials estimate the damage at more than 100 million euros. The [[e4|funding]] announced on Thursday comes on top of tents and generators delivered by Austria and Slovenia earlier this week.

Albania, a candidate for EU membership, opened the last group of its accession negotiations last year. Its government said on Thursday it would ask the EU Solidarity Fund for further help once the damage had been fully assessed."""),
]),
]
