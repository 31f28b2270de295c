"""Source of ../stories_blind9/articles.jsonl and ../stories_blind9/gold.jsonl.

NINTH story set for the cross-article deduplication benchmark: a BLIND set, for reporting
only.  It was written without running the timeline extractor or the dedup benchmark on these
texts and without reading the system's code, extraction or clustering rules, patterns or word
lists; only the format of the earlier sets was consulted (stories_blind8_spec, build_stories.py,
the usage line of validate.py, a list of the topics of the earlier story sets, DATASETS.md
section 2).  Never use it for tuning: do not inspect the system's errors on it to change rules,
word lists or thresholds.  Once it has been used for tuning it is no longer blind and must be
relabelled a development set.

All articles are fiction written for this data set (invented outlets, people, companies,
parties and events; some real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    cd tests/gold/tools && /tmp/venv/bin/python build_stories.py --spec stories_blind9_spec \\
        --out /work/main/tests/gold/stories_blind9

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events are
deliberately left unmarked, even when they have the same type as a gold event (a military
statement, a central-bank board meeting, a regulator's second reply deadline, a solidarity
blockade across the border, fake-ticket arrests, a UN report from another year...).
Aggregate mentions covering two gold events ("the new Japanese and South Korean sanctions",
"a week of protests"), negated, conditional or hypothetical mentions ("would block the
highway if surveyors arrived") and predicate nominals are not marked.  Titles are not
annotated.

Type conventions used here (the type list has no better fit):
  * an air strike on a hospital and a drone strike on the mourners at the victims' funeral
    the next morning are two `attack` events (a tricky pair); the deaths they cause are not
    separate events;
  * a fatal crush at a stadium gate is one `casualties` event; its mentions are the death
    words and the nouns for the crush itself ("killed", "crush", "stampede", "disaster",
    "death toll", "deaths");
  * a preliminary inquiry report, an election observers' preliminary report and a UN human
    rights office report are `report`;
  * a tractor convoy, a port blockade, a sit-in at an election office and villagers' road
    blockade are `protest`;
  * an EU Council of agriculture ministers, an extraordinary ECOWAS summit, a border
    commissions' session, a foreign ministers' meeting and an emergency UN Security Council
    session are `meeting`;
  * a regional bloc's border closure and trade suspension, a regional central bank's freeze of
    a government's accounts, and unilateral blacklists / asset freezes are `sanction`;
  * a bloc's ultimatum to a junta and a regulator's reply deadline are `deadline`, dated to
    their expiry;
  * a formal request for information under the Digital Services Act and a national
    regulator's letter to the same company are both `letter` (a tricky pair);
  * two phases of a local election held a week apart are two `election` events;
  * arson attacks on logging trucks and on a sawmill are `attack`; soldiers sent as
    reinforcements and an army brigade moving into a vacated UN camp are `deployment`,
    dated to their arrival;
  * peacekeeping contingents leaving their bases are `withdrawal`; a foreign government's
    money for an army is `support`;
  * a border protocol and a farmers' union's deal with a government are `agreement`;
  * a missile launch, a blackout of the port, a fire and deepfake videos have no type in the
    list and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- t01
dict(story="t01", topic="air strike on a hospital, drone strike on the victims' funeral, WHO condemnation and UN human rights report (Kanbalu, Sagaing, Myanmar)", events=[
    dict(e="e1", type="attack", date="2026-11-08", participants=["Myanmar military", "Kanbalu General Hospital"],
         location="Kanbalu"),
    dict(e="e2", type="attack", date="2026-11-09", participants=["Myanmar military", "mourners"], location="Kanbalu"),
    dict(e="e3", type="statement", date="2026-11-10", participants=["World Health Organization"], location="New Delhi"),
    dict(e="e4", type="report", date="2026-11-13", participants=["UN Human Rights Office"], location="Geneva"),
], tricky=[("e1", "e2", "the jet's bombing of Kanbalu General Hospital late on Sunday vs the drone bombs dropped on mourners at the town cemetery on Monday morning, same town, same attacker, consecutive days")],
note="The military's statements about 'terrorist positions' and 'fabricated' reports, the August strike on a "
     "monastery school in Taze, the June UN report on Rakhine, the resistance capture of Kanbalu in March and the "
     "ASEAN ministers' meeting next month are background / side events.",
articles=[
dict(id="a1", source="Upper Burma News Service", published="2026-11-09",
     title="Air strike hits hospital in Myanmar's Sagaing region, at least 17 dead",
     text="""KANBALU, Myanmar - A military jet [[e1|bombed]] the main hospital in Kanbalu, a resistance-held town in Myanmar's Sagaing region, late on Sunday, killing at least 17 patients and staff, medics and a local administrator said.

Two bombs [[e1|hit]] the surgical wing of Kanbalu General Hospital shortly before midnight, while nurses were treating villagers wounded in fighting north of the town, said Dr. Htet Aung Lwin, who runs the 100-bed hospital. "There were no fighters inside. There were patients on drips," he said by phone.

On Monday morning, as relatives gathered at a cemetery on the edge of town to bury the first of the dead, a drone [[e2|dropped]] two small bombs near the mourners, wounding at least eight people, residents said. They said it came from the direction of an army base to the south.

The military government did not respond to requests for comment. Its information team said in a statement on Monday that the air force had carried out "precision operations against terrorist positions" in Sagaing, without naming Kanbalu.

Resistance fighters loyal to the shadow National Unity Government took control of Kanbalu in March. Since then the town has been hit from the air several times, and a strike on a monastery school in nearby Taze killed six children in August.

Hospitals in the area have moved their operating theatres into basements and tents. The World Health Organization has recorded more than 1,100 attacks on health care in Myanmar since the 2021 coup."""),
dict(id="a2", source="Southeast Asia Newswire", published="2026-11-11",
     title="WHO condemns Myanmar hospital bombing as death toll rises to 21",
     text="""BANGKOK, Thailand - The World Health Organization on Tuesday [[e3|condemned]] the [[e1|bombing]] of a hospital in northern Myanmar that killed 21 people, and called for an independent investigation into it and into a [[e2|drone strike]] on mourners the next morning.

"Hospitals are not targets. Patients are not targets," the WHO regional director for South-East Asia, Dr. Anjali Mehra, said in the [[e3|statement]], issued from New Delhi. She said the agency would send trauma kits and surgical supplies to clinics in Sagaing through local partners.

The death toll from Sunday night's [[e1|raid]] on Kanbalu General Hospital rose to 21 after four patients died of their wounds, a volunteer rescue group said. Doctors have moved the surviving patients to a school and a monastery outside the town.

Residents said the [[e2|attack]] at the town cemetery on Monday wounded 11 people, including two gravediggers, and that families finished the burials after dark.

A military spokesman, Brigadier General Kyaw Thiha, told state television on Tuesday evening that reports of a hospital being hit were "fabricated by terrorist media" and that the air force only strikes "legitimate targets".

The UN human rights office in Geneva said it was collecting testimony and satellite images and would publish its [[e4|findings]] before the end of the week.

Diplomats in Bangkok said the [[e1|strike]] was likely to come up when Southeast Asian foreign ministers meet in Kuala Lumpur next month. Thailand, which hosts more than 80,000 refugees from Myanmar in camps along the border, said it was "deeply concerned"."""),
dict(id="a3", source="Lake Geneva Press", published="2026-11-14",
     title="UN report blames Myanmar military for Kanbalu hospital strike",
     text="""GENEVA - Myanmar's military carried out the [[e1|air strike]] that destroyed a hospital in the town of Kanbalu last Sunday, and there is no evidence that armed fighters were inside, the UN human rights office said in a [[e4|report]] on Friday.

The eight-page [[e4|report]], based on interviews with 34 witnesses and on satellite images, said a fighter jet [[e1|dropped]] two 250-kilogram bombs on the surgical wing shortly before midnight. It put the death toll at 23, including four nurses and a surgeon.

The office said a drone that [[e2|bombed]] relatives burying the victims the following morning was "very likely" operated by the military, because resistance groups in the area are not known to have drones of that type.

"Striking a hospital and then the funeral of its dead is a pattern we have documented before," the head of the office's Myanmar team, Ingrid Solberg, told reporters. She said the evidence had been shared with the Independent Investigative Mechanism for Myanmar, which collects material for possible prosecutions.

The WHO, which [[e3|denounced]] the hospital [[e1|bombing]] on Tuesday, said on Friday that two clinics near Kanbalu had closed because staff feared further raids.

Myanmar's military has denied hitting the hospital. It also rejected a UN report in June on air strikes in Rakhine state, calling it one-sided.

Health workers in Sagaing say the military has relied more and more on air power since losing large parts of the region to resistance forces. The [[e4|report]] urged governments to stop selling aviation fuel to Myanmar."""),
]),
# ---------------------------------------------------------------------------- t02
dict(story="t02", topic="farmers' tractor protest during an EU agriculture ministers' meeting, blockade of the port of Zeebrugge and a nitrogen-rules deal (Brussels and Zeebrugge, Belgium)", events=[
    dict(e="e1", type="protest", date="2027-01-25", participants=["Boerenfront", "Walloon Agricultural Union"],
         location="Brussels"),
    dict(e="e2", type="meeting", date="2027-01-25", participants=["EU agriculture ministers"], location="Brussels"),
    dict(e="e3", type="protest", date="2027-01-27", participants=["Boerenfront"], location="Zeebrugge"),
    dict(e="e4", type="agreement", date="2027-01-29", participants=["Flemish government", "Boerenfront"],
         location="Brussels"),
], tricky=[("e1", "e3", "the tractor protest in the EU quarter of Brussels on Monday vs the blockade of the port of Zeebrugge on Wednesday, same union, same grievances, two days apart")],
note="The 2024 manure protests near the European Parliament, the Zeeland solidarity blockade near Sluis, the French "
     "and Dutch tractor protests, the Council's return to the proposal in March, the Friday talks themselves and the "
     "Walloon union's planned talks with its own government are background / side events. 'A week of protests' "
     "(aggregate) is not marked.",
articles=[
dict(id="a1", source="Benelux Press Agency", published="2027-01-25",
     title="Tractors block Brussels EU quarter as farm ministers meet",
     text="""BRUSSELS, Belgium - About 900 tractors [[e1|converged]] on the European quarter of Brussels on Monday, blocking streets around the building where EU agriculture ministers were [[e2|meeting]], as farmers [[e1|protested]] against new nitrogen limits and the rising cost of fertiliser.

Police used water cannon after protesters set fire to tyres and hay bales on Rue Belliard, and 14 people were detained, a police spokeswoman said. Elsewhere the [[e1|demonstration]], called by the Flemish union Boerenfront and the Walloon Agricultural Union, was largely peaceful.

"They discuss our future over coffee, and we pay for it with our farms," said Pieter Devriendt, a dairy farmer from Diksmuide who drove 120 kilometres through the night.

Inside, the ministers [[e2|debated]] a Commission proposal to ease environmental rules for small farms but took no decision. Several delegations said the plan did not go far enough, and the Council will return to it in March.

Boerenfront said its members would [[e3|blockade]] the port of Zeebrugge on Wednesday to press the Flemish government to reopen talks on its nitrogen plan, which would force hundreds of livestock farms near nature reserves to cut their herds.

In early 2024, farmers sprayed manure on police lines near the European Parliament during weeks of protests across Europe, which led the EU to drop or delay several green rules. Belgian farm incomes fell by 11 percent last year, according to the national statistics office."""),
dict(id="a2", source="North Sea Courier", published="2027-01-28",
     title="Farmers lift Zeebrugge port blockade after Flemish government offers talks",
     text="""ZEEBRUGGE, Belgium - Farmers lifted their [[e3|blockade]] of the port of Zeebrugge early on Thursday after the Flemish government agreed to new talks, ending a [[e3|standoff]] of almost 20 hours that left hundreds of lorries queuing on the roads into the port.

Farmers had parked tractors and manure spreaders across the three main gates from dawn on Wednesday. Ferries to Hull kept sailing, but the container and car terminals were closed for most of the day, the port authority said.

The [[e3|action]] was organised by Boerenfront, the Flemish union that led Monday's tractor [[e1|protest]] in Brussels during a [[e2|meeting]] of EU agriculture ministers. Unlike on Monday, police did not intervene and no one was detained.

"Brussels did not listen to us, so we came to where the money is," said Boerenfront chairman Joris Van Hecke, standing on a trailer at the main gate late on Wednesday.

Flemish agriculture minister Katrien Vermeulen said she would put "a serious offer" to the union at talks on Friday. Transport companies said the [[e3|blockade]] had cost them about 4 million euros and asked the government to recover the money from the union.

In the Netherlands, farmers in Zeeland blocked a border crossing near Sluis for two hours on Wednesday in solidarity with their Belgian neighbours, Dutch police said.

The Walloon Agricultural Union, which took part in Monday's [[e1|rally]], did not join the port [[e3|action]]. Its leaders said they preferred to negotiate with the regional government in Namur."""),
dict(id="a3", source="Brussels Economic Wire", published="2027-01-30",
     title="Flanders delays nitrogen limits in deal with protesting farmers",
     text="""BRUSSELS - The Flemish government and the farmers' union Boerenfront [[e4|agreed]] on Friday to delay stricter nitrogen limits by two years and to create a 90-million-euro fund to help farmers pay for fertiliser, ending a week of farm protests across Flanders and in the capital.

Under the [[e4|deal]], reached after nine hours of talks at the Flemish government's offices in Brussels, farms with fewer than 150 cattle will not need new emission permits until 2029. Larger farms will get cheap loans to install air scrubbers in their barns.

Union chairman Joris Van Hecke called the [[e4|agreement]] "not a victory, but a truce". Environmental groups said it would let ammonia keep damaging protected heathland and threatened to challenge it in court.

The unrest began on Monday, when about 900 tractors [[e1|paralysed]] the EU quarter of the capital while agriculture ministers from the 27 member states [[e2|gathered]] a few streets away. Two days later, Boerenfront members [[e3|barricaded]] the gates of Zeebrugge, Belgium's second-largest port, for most of a day.

The Walloon Agricultural Union, which joined Monday's [[e1|march]] but not the port [[e3|blockade]], said it would seek similar terms from the Walloon government next week.

Agriculture minister Katrien Vermeulen said the fund would be paid for partly by a levy on large food retailers. Supermarket groups said they had not been consulted.

Farmers in France and the Netherlands have staged their own tractor protests this month over the same EU proposals."""),
]),
# ---------------------------------------------------------------------------- t03
dict(story="t03", topic="fatal crush at a cup final, arrests of stewards and of a football-association official, preliminary inquiry report (Heroes Stadium, Lusaka, Zambia)", events=[
    dict(e="e1", type="casualties", date="2026-06-13", participants=["football fans"], location="Lusaka"),
    dict(e="e2", type="arrest", date="2026-06-15", participants=["Zambia Police", "stadium security officers"],
         location="Lusaka"),
    dict(e="e3", type="arrest", date="2026-06-17", participants=["Zambia Police", "Moses Tembo"], location="Lusaka"),
    dict(e="e4", type="report", date="2026-06-18", participants=["Ministry of Sport inquiry"], location="Lusaka"),
], tricky=[("e2", "e3", "the arrest of three stadium security officers on Monday vs the detention of the football association's ticketing manager on Wednesday, same police, same crush, two days apart")],
note="The arrests of fake-ticket sellers on Sunday, the 1993 Gabon air crash, the FAZ statements, the three days of "
     "mourning, the court remand and the final inquiry report due in August are background / side events.",
articles=[
dict(id="a1", source="Zambezi News Agency", published="2026-06-14",
     title="Fourteen fans die in crush at Lusaka cup final",
     text="""LUSAKA, Zambia - At least 14 football fans were [[e1|killed]] and more than 40 injured when thousands of people without tickets pushed against a gate at Heroes Stadium in Lusaka before a cup final on Saturday, police said.

The gate on the stadium's eastern side gave way about an hour before the 3 p.m. kick-off between Kafue Rangers and Copperbelt Stars, and many of the victims were trampled in a narrow passage behind it, police spokesman Danny Mwale said. Two children were among the dead.

"People were falling on top of each other, and there was nowhere to go," said Bupe Chanda, 23, who was treated at the University Teaching Hospital for a broken arm.

The final went ahead after a delay of 40 minutes. Copperbelt Stars won 2-1, but the players did not celebrate.

The government declared three days of national mourning. Sports Minister Esther Banda said an inquiry team would [[e4|report]] to her by Thursday and that anyone found responsible would face the law.

The Football Association of Zambia said it was "devastated" and suspended all league matches this weekend.

The [[e1|disaster]] is the worst at a Zambian sports ground. The country's deepest football tragedy came in 1993, when most of the national team died in a plane crash off the coast of Gabon, a loss still remembered every April."""),
dict(id="a2", source="Copperbelt Tribune", published="2026-06-16",
     title="Three stadium guards held over Heroes Stadium stampede",
     text="""LUSAKA - Police [[e2|arrested]] three stadium security officers yesterday on suspicion of manslaughter over the [[e1|stampede]] at Heroes Stadium that killed 17 people on Saturday.

The officers, who were in charge of the eastern gates, are accused of chaining a gate shut while thousands of fans were still queuing outside, police spokesman Danny Mwale said. They are expected to appear before a magistrate on Thursday.

Two men were also detained on Sunday for selling forged tickets near the stadium, Mwale said, and more people could be questioned.

The [[e1|death toll]] rose to 17 after three injured fans died at the University Teaching Hospital on Monday, the health ministry said. Relatives waited outside the mortuary throughout the day.

"My son went to watch football. They brought him back to me in a bag," said Charles Mumba, a bus driver from Matero.

The government's inquiry team, led by retired judge Mwila Chisenga, visited the stadium on Monday and is due to present its [[e4|findings]] on Thursday. "Nobody will be protected because of their position," Sports Minister Esther Banda said.

Supporters' groups said tickets for the final sold out within two hours of going on sale, and that many fans had bought them from touts at twice the official price. The Football Association of Zambia has not said how many tickets were printed."""),
dict(id="a3", source="Southern Africa Sports Wire", published="2026-06-19",
     title="Inquiry finds Lusaka final was oversold; FAZ ticketing chief detained",
     text="""LUSAKA - Organisers of last Saturday's cup final at Heroes Stadium sold almost 9,000 more tickets than the ground could hold and kept two exit gates locked, a government inquiry said in a preliminary [[e4|report]] on Thursday.

The [[e4|report]], presented to Sports Minister Esther Banda, said stewards had chained gate 7 to stop fans without tickets from getting in, leaving no way out when the crowd behind it surged. "These [[e1|deaths]] were avoidable," it concluded.

On Wednesday, detectives [[e3|detained]] the Football Association of Zambia's ticketing manager, Moses Tembo, at his home in Lusaka's Kabulonga district, police said. He is the fourth person held over the [[e1|crush]], after three security officers who were [[e2|arrested]] on Monday.

The three officers were remanded in custody by a Lusaka magistrate on Thursday. Tembo's lawyer said the [[e3|arrest]] was "a search for a scapegoat", that his client had followed the instructions of his superiors and that he would cooperate with the investigation.

The football association said it had suspended its ticketing department and would pay for the funerals of all 17 victims. Its president, Francis Lungu, said he would not resign.

The inquiry's chairman, retired judge Mwila Chisenga, said a final report is due in August. The [[e4|findings]] so far recommend electronic ticketing at all national stadiums and a ban on chaining gates during matches.

Heroes Stadium, built in 1983, holds about 60,000 people and is Zambia's largest sports ground."""),
]),
# ---------------------------------------------------------------------------- t04
dict(story="t04", topic="ECOWAS summit and sanctions over a postponed election, regional central bank freeze, junta's rejection and a March 31 ultimatum (Guinea-Bissau)", events=[
    dict(e="e1", type="meeting", date="2027-02-14", participants=["ECOWAS"], location="Abuja"),
    dict(e="e2", type="sanction", date="2027-02-14", participants=["ECOWAS", "Guinea-Bissau"], location="Abuja"),
    dict(e="e3", type="sanction", date="2027-02-16", participants=["Central Bank of West African States", "Guinea-Bissau"],
         location="Dakar"),
    dict(e="e4", type="statement", date="2027-02-17", participants=["Armando Nhaga", "Guinea-Bissau"], location="Bissau"),
    dict(e="e5", type="deadline", date="2027-03-31", participants=["ECOWAS", "Guinea-Bissau"], location=None),
], tricky=[("e2", "e3", "the ECOWAS border closure and trade suspension decided at the Abuja summit on Sunday vs the central bank's freeze of the government's accounts in Dakar on Tuesday, same target, two days apart")],
note="The deadline is dated to its expiry (March 31). The 2022 sanctions on Mali, the departure of Mali, Burkina "
     "Faso and Niger from ECOWAS, the central bank's emergency board meeting, the information minister's 'in due "
     "course' reply, Portugal's appeal and the planned April summit are background / side events. The threatened "
     "asset freeze is hypothetical and not marked.",
articles=[
dict(id="a1", source="West Africa Newswire", published="2027-02-15",
     title="ECOWAS shuts borders with Guinea-Bissau over delayed election",
     text="""ABUJA, Nigeria - West African leaders [[e2|imposed]] sanctions on Guinea-Bissau on Sunday, closing their borders with the country and suspending commercial and financial transactions with it, after its military rulers postponed a promised election by two years.

The [[e2|measures]] were announced at the end of an extraordinary [[e1|summit]] of the Economic Community of West African States (ECOWAS) in the Nigerian capital, attended by nine heads of state and the foreign ministers of three other members.

The leaders also set a [[e5|deadline]] of March 31 for the junta of General Armando Nhaga to publish a timetable for a presidential vote within 12 months, and warned that they would freeze the personal assets of its members if it failed to do so.

"Our patience is not endless. The people of Guinea-Bissau were promised a vote, and they will have one," ECOWAS Commission president Ibrahim Kamara told reporters after the [[e1|meeting]].

Guinea-Bissau, like most of its neighbours, uses the CFA franc. Two diplomats said the Dakar-based Central Bank of West African States was expected to [[e3|cut off]] the government in Bissau from the regional banking system on Tuesday.

ECOWAS imposed similar penalties on Mali in January 2022 and lifted them six months later. Mali, Burkina Faso and Niger left the bloc in 2025, after coups in all three countries.

Guinea-Bissau's information minister, Domingos Có, said the government would respond "in due course"."""),
dict(id="a2", source="Sahel and Coast Report", published="2027-02-17",
     title="Regional central bank freezes Guinea-Bissau state accounts",
     text="""DAKAR, Senegal - The Central Bank of West African States [[e3|froze]] the Guinea-Bissau government's accounts on Tuesday, two days after regional leaders [[e2|closed]] their borders with the country over its military rulers' refusal to hold an early election.

The bank's [[e3|decision]], taken at an emergency board meeting in Dakar, bars the treasury in Bissau from drawing on its reserves or making payments through the regional clearing system. Commercial banks in Guinea-Bissau can still serve private customers.

Economists said the [[e3|freeze]] would make it hard for the junta to pay some 30,000 civil servants at the end of the month. Cashew nuts, which account for nearly all of the country's exports, are due to be harvested from April.

"Sunday's [[e2|embargo]] closes the roads. Tuesday's [[e3|measure]] closes the till," said Aminata Diouf, an economist at Cheikh Anta Diop University.

At the Mpack crossing on the Senegalese side of the border, lorries loaded with rice and cooking oil were turned back on Monday, drivers said.

The Abuja [[e1|summit]] set General Armando Nhaga a March 31 [[e5|deadline]] to present an election timetable. The junta has not commented on the bank's [[e3|move]]. General Nhaga is due to give his government's response in a televised [[e4|address]] on Wednesday evening, his office said."""),
dict(id="a3", source="Lusophone Africa Wire", published="2027-02-20",
     title="Guinea-Bissau junta defies West African ultimatum",
     text="""BISSAU, Guinea-Bissau - Guinea-Bissau's military rulers have said they will not bow to "blackmail" from their neighbours, [[e4|rejecting]] a regional [[e5|ultimatum]] to set an election date and accusing West African leaders of punishing ordinary people.

In a [[e4|statement]] read on state television on Wednesday evening, transitional president General Armando Nhaga called the ECOWAS [[e2|embargo]] "illegal and inhuman" and said the government would not be bound by the March 31 [[e5|deadline]]. He said elections would be held "when the country is ready" and that Guinea-Bissau would look for "new friends".

Since the regional central bank [[e3|froze]] the treasury's accounts on Tuesday, queues have formed outside the few bank branches in Bissau, and civil servants fear their February pay will be late.

"We did not make the coup, but we are the ones who pay for it," said Fatumata Baldé, who sells vegetables at the Bandim market.

At last week's [[e1|summit]] in Abuja, Senegal and Guinea argued against a full border closure, diplomats said, fearing the effect on their own traders, but they were outvoted.

Portugal's foreign ministry urged the junta on Thursday to "listen to its neighbours" and offered to help with mediation. ECOWAS officials said heads of state would meet again in April to review the situation."""),
]),
# ---------------------------------------------------------------------------- t05
dict(story="t05", topic="two phases of local government elections, opposition sit-in over rigging and observers' preliminary report (Hyderabad and Karachi, Sindh, Pakistan)", events=[
    dict(e="e1", type="election", date="2026-10-11", participants=["Sindh Progressive Alliance", "Shehri Ittehad"],
         location="Hyderabad"),
    dict(e="e2", type="election", date="2026-10-18", participants=["Sindh Progressive Alliance", "Shehri Ittehad"],
         location="Karachi"),
    dict(e="e3", type="protest", date="2026-10-14", participants=["Shehri Ittehad"], location="Hyderabad"),
    dict(e="e4", type="report", date="2026-10-19", participants=["Free and Fair Election Network"], location="Islamabad"),
], tricky=[("e1", "e2", "the first phase of the local elections in Hyderabad, Mirpurkhas and Shaheed Benazirabad divisions on Sunday October 11 vs the second phase in Karachi a week later, same parties, same election")],
note="The sit-in lasted from Wednesday to Friday and is dated to its first day. The 2022-2023 local elections, the "
     "shooting in Tando Allahyar, the Election Commission's statement, the traders' shutdown over power cuts, the "
     "brawl in Korangi, the recounts and the councillors' election of the mayor next month are background / side "
     "events.",
articles=[
dict(id="a1", source="Indus Valley Wire", published="2026-10-12",
     title="Ruling party leads first phase of Sindh local polls; rivals cry foul",
     text="""HYDERABAD, Pakistan - Sindh's ruling Sindh Progressive Alliance (SPA) took a wide lead on Monday in the [[e1|first phase]] of the province's local government elections, as its main rival accused officials of changing results overnight.

The [[e1|vote]], held on Sunday in the 14 districts of Hyderabad, Mirpurkhas and Shaheed Benazirabad divisions, will choose more than 1,900 councillors and the mayors of Hyderabad and Mirpurkhas. Unofficial results showed the SPA winning about two thirds of the union councils counted so far.

Turnout was around 38 percent, according to the Election Commission of Pakistan. [[e1|Polling]] was largely peaceful, but a party worker was shot dead in a clash outside a polling station in Tando Allahyar, police said.

The opposition Shehri Ittehad, which is strongest in the cities, said its polling agents had been thrown out of dozens of stations before the count. Its Hyderabad leader, Farhan Qureshi, said the party would hold a [[e3|sit-in]] outside the regional election commissioner's office on Wednesday.

"The people [[e1|voted]] on Sunday. On Monday morning the officials voted," Qureshi told reporters.

The [[e2|second phase]], covering Karachi's seven districts, is due on October 18. Provincial officials said 45,000 police would be on duty in the city.

The last local elections in Sindh were held in two stages in 2022 and 2023 after years of delay, and Karachi's mayoral contest ended in a court challenge."""),
dict(id="a2", source="Karachi Evening Bulletin", published="2026-10-14",
     title="Tear gas at Hyderabad sit-in as opposition demands recounts",
     text="""HYDERABAD - Several thousand supporters of the opposition Shehri Ittehad [[e3|gathered]] outside the regional election commissioner's office in Hyderabad on Wednesday, demanding recounts in 23 wards where they say the results of Sunday's [[e1|polls]] were altered.

Police fired tear gas when a group of young men tried to climb the compound's gate, and at least five people were taken to hospital, a doctor at Liaquat University Hospital said. By evening the [[e3|sit-in]] had resumed, and organisers said it would go on until the commission acted.

"We will sleep here if we must," party leader Farhan Qureshi told the crowd from the roof of a pick-up truck.

Official results released on Tuesday gave the Sindh Progressive Alliance 64 percent of the seats contested in the [[e1|first phase]], including the mayoralties of Hyderabad and Mirpurkhas. The Election Commission said on Tuesday that it had received 41 complaints and would decide on them "strictly according to law".

Karachi [[e2|votes]] on Sunday, and the [[e3|protest]] has raised fears of trouble in the city, where the two parties are close. The provincial government said it would ban pillion riding on motorcycles and suspend mobile internet in sensitive areas on [[e2|polling day]].

The Free and Fair Election Network said it would publish a preliminary [[e4|report]] on both phases the day after the Karachi [[e2|vote]].

In a separate protest, traders in Hyderabad's Resham Bazaar shut their shops on Tuesday over power cuts that have lasted up to ten hours a day."""),
dict(id="a3", source="South Asia Monitor Wire", published="2026-10-19",
     title="Observers say Karachi vote better run, fault Hyderabad count",
     text="""KARACHI, Pakistan - Karachi's local [[e2|election]] on Sunday was better run than the [[e1|first phase]] of the vote a week earlier, but one in eight polling stations failed to display signed result forms, the Free and Fair Election Network (FAFEN) said on Monday.

In a preliminary [[e4|report]] released in Islamabad, the observer group said its 1,100 monitors saw no serious violence in the city, although [[e2|voting]] was halted for two hours at a girls' school in Korangi after a brawl between party workers.

Turnout in Karachi was 31 percent. Early results gave Shehri Ittehad the lead in four of the city's seven districts, setting up a close contest for the mayor's post, which the new councillors will elect next month.

The [[e4|report]] was sharper about Hyderabad division, where the ruling Sindh Progressive Alliance swept the [[e1|polls]] on October 11. FAFEN said presiding officers at 19 stations there had refused entry to its observers during the count, and it called on the Election Commission to publish results station by station.

Shehri Ittehad ended its three-day [[e3|sit-in]] outside the election office in Hyderabad on Friday, after the commission ordered recounts in six wards. Party leader Farhan Qureshi said on Monday that the [[e4|findings]] "prove what we have said since the first night".

The Election Commission did not comment. Its officials have said that complaints about the count will be settled by election tribunals."""),
]),
# ---------------------------------------------------------------------------- t06
dict(story="t06", topic="border commissions' session and protocol on an 11-km stretch, foreign ministers' talks in Almaty and villagers' road blockade (Tavush, Armenia - Azerbaijan)", events=[
    dict(e="e1", type="meeting", date="2027-04-13", participants=["Armenia", "Azerbaijan"], location="Baghanis"),
    dict(e="e2", type="meeting", date="2027-04-15", participants=["Armenia", "Azerbaijan", "Kazakhstan"],
         location="Almaty"),
    dict(e="e3", type="agreement", date="2027-04-13", participants=["Armenia", "Azerbaijan"], location="Baghanis"),
    dict(e="e4", type="protest", date="2027-04-17", participants=["Kirants residents"], location="Kirants"),
], tricky=[("e1", "e2", "the deputy prime ministers' border-commission session at Baghanis on Tuesday vs the foreign ministers' talks in Almaty on Thursday, same two countries, same peace process, two days apart")],
note="The 2024 delimitation deal and the protests it caused, the ministers' January meeting in Abu Dhabi and its "
     "working group, the joint statement in Almaty, the departure of Russian peacekeepers in 2024, the rally in "
     "Yerevan and the governor's meeting with residents on Monday are background / side events. The villagers' "
     "conditional threat to block the highway ('if surveyors arrived') is not marked.",
articles=[
dict(id="a1", source="Caucasus News Service", published="2027-04-14",
     title="Armenia and Azerbaijan agree another stretch of northern border",
     text="""IJEVAN, Armenia - Armenia and Azerbaijan [[e3|agreed]] on Tuesday on the line of another 11 kilometres of their border in the north, after their border commissions [[e1|met]] at a checkpoint between the Armenian village of Baghanis and Azerbaijan's Gazakh district.

The deputy prime ministers who lead the two commissions, Arman Hovhannisyan and Elchin Rzayev, [[e3|signed]] a protocol fixing the boundary between the Armenian villages of Voskepar and Kirants and the Azerbaijani villages opposite. The [[e1|session]], the commissions' 14th since 2023, lasted almost seven hours, officials said.

Officials in Yerevan said the new section follows Soviet maps from 1976 and leaves about 40 hectares of farmland now used by Kirants on the Azerbaijani side. Residents said they had not been consulted, and some said they would block the highway to Georgia if surveyors arrived.

The foreign ministers of the two countries will [[e2|meet]] in Almaty on Thursday, Kazakhstan's foreign ministry said, to discuss the ratification of their peace treaty and the opening of transit roads.

"Every kilometre we agree on is a kilometre nobody will fight over," Hovhannisyan told reporters after the [[e1|talks]].

In April 2024 the commissions agreed on a first 12-kilometre stretch of the border in the same province, handing four abandoned villages to Azerbaijan and prompting weeks of street protests in Yerevan led by a senior cleric. The two countries fought wars over Nagorno-Karabakh in 2020 and 2023."""),
dict(id="a2", source="Eurasia Diplomatic Wire", published="2027-04-16",
     title="Armenian and Azerbaijani ministers report progress in Almaty",
     text="""ALMATY, Kazakhstan - The foreign ministers of Armenia and Azerbaijan [[e2|held talks]] in Almaty on Thursday and said afterwards that they had "narrowed differences" on the last open points of their peace treaty, but gave no date for its entry into force.

The [[e2|meeting]], hosted by Kazakh Foreign Minister Yerlan Sadykov at a government residence in the mountains above the city, lasted about five hours. Armenia's Davit Galstyan and Azerbaijan's Rashad Huseynov shook hands for photographers but took no questions.

In a joint statement, the ministers welcomed "concrete progress on delimitation", a reference to Tuesday's [[e3|accord]] on an 11-kilometre stretch of the border, reached when the two countries' border commissions [[e1|convened]] at Baghanis in Armenia's Tavush province.

Diplomats said the Almaty [[e2|discussions]] focused on a road and rail link across Armenia's southern Syunik province, which would connect Azerbaijan with its exclave of Nakhchivan, and on who will guard it.

The ministers last met in Abu Dhabi in January, when they agreed to set up a joint working group on people missing since the wars of the 1990s.

Kazakhstan, which has now hosted the two ministers twice, offered to hold any signing ceremony. Russia, whose peacekeepers left Nagorno-Karabakh in 2024, was not represented at the [[e2|meeting]], and its foreign ministry made no comment."""),
dict(id="a3", source="Yerevan Observer", published="2027-04-18",
     title="Villagers block highway to Georgia over border deal",
     text="""KIRANTS, Armenia - Several hundred villagers [[e4|blocked]] the main highway between Armenia and Georgia near the village of Kirants for six hours on Saturday, in protest at this week's border [[e3|deal]] with Azerbaijan.

Residents parked tractors and lorries across the road and held up hand-painted signs reading "Our fields are not for sale". Police watched but did not intervene, and the [[e4|protest]] ended peacefully in the evening after the regional governor agreed to meet residents on Monday.

Under the [[e3|protocol]] signed on Tuesday, about 40 hectares of orchards and pasture used by Kirants farmers will end up on the Azerbaijani side. "My grandfather planted these walnut trees. Now they will be in another country," said Gohar Melkonyan, 61.

Deputy Prime Minister Arman Hovhannisyan, who led the Armenian side at Tuesday's [[e1|session]] in Baghanis, said farmers would be compensated and that the line followed maps both sides had accepted years ago.

Opposition parties called on supporters to join the villagers, and a smaller rally was held outside the government building in Yerevan on Saturday afternoon.

The foreign ministers' [[e2|talks]] in Almaty on Thursday produced no date for the peace treaty to take effect, and officials say further rounds are needed. Lorry drivers stuck on the highway said queues had stretched back almost to Ijevan."""),
]),
# ---------------------------------------------------------------------------- t07
dict(story="t07", topic="emergency UN Security Council session after an ICBM launch, South Korean and Japanese unilateral sanctions and a North Korean foreign ministry statement (Korean Peninsula, Japan)", events=[
    dict(e="e1", type="meeting", date="2026-12-07", participants=["UN Security Council"], location="New York"),
    dict(e="e2", type="sanction", date="2026-12-08", participants=["South Korea", "North Korea"], location="Seoul"),
    dict(e="e3", type="sanction", date="2026-12-09", participants=["Japan", "North Korea"], location="Tokyo"),
    dict(e="e4", type="statement", date="2026-12-10", participants=["North Korea"], location="Pyongyang"),
], tricky=[("e2", "e3", "South Korea's blacklist of eight officials and four companies on Tuesday vs Japan's asset freeze on 11 people and six organisations on Wednesday, coordinated lists with overlapping names, one day apart")],
note="The missile launch on Sunday, the earlier U.N. and U.S. sanctions, South Korea's 2023 sanctions, Japan's trade "
     "ban since 2009, the blocked joint statement and the Chinese foreign ministry's comment are background / side "
     "events. 'New Japanese and South Korean sanctions' and 'both lists' are aggregates and not marked.",
articles=[
dict(id="a1", source="Korea Peninsula Wire", published="2026-12-08",
     title="Seoul blacklists North Korean officials after ICBM launch",
     text="""SEOUL, South Korea - South Korea [[e2|blacklisted]] eight North Korean officials and four trading companies on Tuesday, accusing them of helping to pay for the long-range missile that Pyongyang fired at the weekend.

The [[e2|sanctions]], announced by the foreign ministry, bar South Koreans from any dealings with those named, who include two bankers based in the Chinese border city of Dandong, and freeze any assets they hold in the South. Most of them are already under U.N. or U.S. sanctions.

North Korea launched the missile on Sunday from near Pyongyang. It flew for 71 minutes and fell into the sea west of Japan's Hokkaido island, according to the South Korean military.

At an emergency [[e1|meeting]] of the U.N. Security Council in New York on Monday, the United States, Britain and France condemned the launch, but Russia and China blocked a joint statement, diplomats said.

"When the Council cannot act, each country must do what it can," Vice Foreign Minister Park Ji-hoon told reporters in Seoul.

Japan is expected to announce its own [[e3|measures]] on Wednesday, Japanese media reported, and officials in Seoul said the two governments had coordinated their lists.

South Korea last imposed unilateral sanctions on the North in 2023, after the launch of a spy satellite. Since then, inter-Korean hotlines have remained silent and the North has declared the South its "principal enemy"."""),
dict(id="a2", source="Tokyo Economic Daily", published="2026-12-10",
     title="Japan freezes assets of North Koreans over missile test",
     text="""TOKYO, Japan - Japan [[e3|froze]] the assets of 11 North Korean individuals and six organisations on Wednesday over Pyongyang's latest intercontinental ballistic missile test, Chief Cabinet Secretary Hiroshi Nakagawa said.

The [[e3|steps]] came a day after South Korea [[e2|sanctioned]] eight North Korean officials and four companies. Several names appear on both lists, including two bankers in the Chinese city of Dandong who, according to Tokyo, move money for the North's missile programme.

Japan's list also includes three tankers that Japanese patrol planes photographed transferring oil to North Korean vessels at sea this year. Ships on the list will be barred from Japanese ports.

"We are working with Seoul and Washington more closely than ever," Nakagawa told a regular news conference.

The U.N. Security Council held an emergency [[e1|session]] on the launch on Monday but failed to agree on a response because of opposition from Russia and China, which say sanctions have only made the North more isolated.

Japan has banned all trade with North Korea since 2009, so the new [[e3|measures]] are mainly symbolic, said Kenji Aoyama, a professor of Korean studies at Waseda University. "The message is that Tokyo and Seoul are moving together again," he said.

In Pyongyang, the foreign ministry [[e4|lashed out]] at Seoul and Tokyo on Thursday, calling their moves "a hostile provocation", the state news agency KCNA reported.

The missile, launched on Sunday, landed about 200 kilometres off Hokkaido, inside Japan's exclusive economic zone."""),
dict(id="a3", source="Northeast Asia Report", published="2026-12-11",
     title="North Korea calls Seoul and Tokyo sanctions 'hostile provocation'",
     text="""BEIJING, China - North Korea on Thursday [[e4|denounced]] new Japanese and South Korean sanctions as "a hostile provocation" and warned that it would respond with "corresponding measures", state media reported.

In a [[e4|statement]] carried by the official KCNA news agency, a foreign ministry spokesperson said Seoul's [[e2|blacklist]] and Tokyo's asset [[e3|freeze]] showed that both governments were "puppets" of Washington.

The [[e4|statement]] also criticised Monday's emergency [[e1|meeting]] of the U.N. Security Council in New York, calling it "a farce staged by the United States", and said the country's missile tests were "a sovereign right".

South Korea [[e2|imposed]] its penalties on Tuesday, targeting eight officials and four companies. Japan [[e3|announced]] its own list a day later, naming 11 people and six organisations, including three oil tankers.

China's foreign ministry spokesman said in Beijing on Friday that "unilateral sanctions do not help" and called on all sides to show restraint and return to dialogue.

North Korea has launched at least nine ballistic missiles this year, according to South Korea's Joint Chiefs of Staff. Sunday's launch was its first test of a long-range missile since 2024.

Analysts in Seoul said Pyongyang's warning of "corresponding measures" could mean another weapons test before the end of the year."""),
]),
# ---------------------------------------------------------------------------- t08
dict(story="t08", topic="arson attacks on logging trucks and on a sawmill, army reinforcements and arrests of suspects (Araucania and Biobio, Chile)", events=[
    dict(e="e1", type="attack", date="2027-03-05", participants=["Comando Lof Resistencia", "Transportes Nahuelbuta"],
         location="Ercilla"),
    dict(e="e2", type="attack", date="2027-03-07", participants=["Comando Lof Resistencia"], location="Cañete"),
    dict(e="e3", type="deployment", date="2027-03-10", participants=["Chilean Army"], location="Cañete"),
    dict(e="e4", type="arrest", date="2027-03-10", participants=["Chilean police", "suspected attackers"],
         location="Tirúa"),
], tricky=[("e1", "e2", "the burning of 14 logging trucks near Ercilla on Friday night vs the attack on a sawmill near Cañete on Sunday night, same group's leaflets, neighbouring provinces, two days apart")],
note="The deployment was announced on Monday March 8 and the first troops arrived on Wednesday March 10; it is dated "
     "to the arrival. The state of emergency since 2022 and its extension, the church burned in Contulmo, the "
     "truckers' go-slow, the 2025 sentence of a community leader and the searches are background / side events.",
articles=[
dict(id="a1", source="Araucania Press", published="2027-03-06",
     title="Gunmen burn 14 logging trucks in southern Chile",
     text="""TEMUCO, Chile - Masked gunmen [[e1|set fire]] to 14 logging trucks at a timber loading yard near Ercilla, in Chile's Araucanía region, late on Friday after forcing the drivers out of their cabs at gunpoint, police said.

One driver was hit in the shoulder by a shotgun pellet and taken to hospital in Angol, regional police chief Colonel Marcelo Fuentes said. The trucks belonged to Transportes Nahuelbuta, a family firm that hauls pine logs for one of the country's largest forestry companies.

Leaflets left at the scene, signed by a group calling itself Comando Lof Resistencia, demanded the return of land claimed by Mapuche communities and the release of "political prisoners".

"They burned my whole life's work in ten minutes," the company's owner, Ricardo Sepúlveda, told local radio.

The [[e1|arson]] was the largest of its kind in the region this year. Interior Minister Carolina Rojas said in Santiago that the [[e1|attack]] would "not go unpunished" and that she would meet police commanders on Monday.

Soldiers have patrolled main roads in Araucanía and neighbouring Biobío under a state of emergency since 2022, which Congress extended again earlier this month.

The region has seen hundreds of arson attacks on trucks, machinery and plantations over the past decade, in a long dispute over land taken from Mapuche communities in the 19th century. In January, a rural church was burned down in Contulmo."""),
dict(id="a2", source="Santiago Newswire", published="2027-03-08",
     title="Chile to send 400 more troops south after sawmill attack",
     text="""SANTIAGO, Chile - Chile will [[e3|send]] 400 more soldiers to its southern forestry region, the government said on Monday, after gunmen [[e2|torched]] a sawmill near Cañete on Sunday night, two days after an [[e1|attack]] on logging trucks in neighbouring Araucanía.

Interior Minister Carolina Rojas said the [[e3|reinforcements]] would start arriving on Wednesday and would patrol rural roads in Arauco and Malleco provinces, where troops have been stationed under a state of emergency since 2022.

At the sawmill, about 20 kilometres south of Cañete, the attackers shot a night watchman in the leg before [[e2|setting fire]] to the main shed and three forklifts, prosecutors said. Firefighters worked until dawn.

Leaflets found after the [[e2|raid]] carried the same signature, Comando Lof Resistencia, as those left at Friday's [[e1|arson]] near Ercilla, where 14 trucks were destroyed.

"We have two attacks in one weekend and a group that signs its name. This is not crime, it is terrorism," Rojas told reporters after meeting police commanders.

Truck drivers' associations said they would drive slowly along the Pan-American Highway near Temuco on Tuesday to demand more protection.

Mapuche leaders in Tirúa criticised the decision. "Militarisation has not solved anything in five years," said Ana Llancaqueo, a community spokeswoman."""),
dict(id="a3", source="Biobio Regional Wire", published="2027-03-11",
     title="Three held over Cañete sawmill attack as troops arrive",
     text="""CONCEPCIÓN, Chile - Police [[e4|arrested]] three men in the coastal town of Tirúa on Wednesday on suspicion of taking part in last weekend's [[e2|attack]] on a sawmill near Cañete, prosecutors said.

Officers seized two shotguns, a can of petrol and leaflets of the group Comando Lof Resistencia in searches at two houses, regional prosecutor Javiera Molina said. The men, aged 19 to 34, are due in court in Cañete on Friday.

Molina said one of those [[e4|detained]] was also being investigated over the [[e1|burning]] of 14 logging trucks near Ercilla on March 5, but that there was no evidence yet linking the others to it.

The [[e4|arrests]] came as the first 150 of the 400 extra soldiers promised by the government [[e3|arrived]] in Cañete on Wednesday, in armoured trucks escorted by police. The rest of the [[e3|deployment]] is expected by the weekend.

A lawyer for the three men, Rodrigo Huenchullán, said his clients were farm workers and that the police had "[[e4|arrested]] the first Mapuche they found".

In 2025 a court in Temuco sentenced a community leader from Tirúa to 15 years in prison for an arson attack on a logging camp. Relatives of the men held on Wednesday gathered outside the police station in Cañete on Thursday morning."""),
]),
# ---------------------------------------------------------------------------- t09
dict(story="t09", topic="EU Digital Services Act request to a video app over election deepfakes, Irish regulator's letter, reply deadline and the company's statement (Brussels, Dublin, Bulgaria)", events=[
    dict(e="e1", type="letter", date="2026-09-14", participants=["European Commission", "Vireo"], location="Brussels"),
    dict(e="e2", type="letter", date="2026-09-16", participants=["Coimisiún na Meán", "Vireo"], location="Dublin"),
    dict(e="e3", type="deadline", date="2026-09-18", participants=["European Commission", "Vireo"], location=None),
    dict(e="e4", type="statement", date="2026-09-18", participants=["Vireo"], location=None),
], tricky=[("e1", "e2", "the European Commission's formal request for information to Vireo on Monday vs the Irish media regulator's letter to the same company on Wednesday, same subject, two days apart")],
note="Vireo's first reaction on Monday, the Commission's July request to another platform, the Bulgarian caretaker "
     "prime minister's letter to platforms, the Irish regulator's own October 1 reply deadline, the annulled "
     "Romanian election of 2024 and Bulgaria's October 4 election are background / side events. The possible fine "
     "is hypothetical and not marked.",
articles=[
dict(id="a1", source="EU Policy Wire", published="2026-09-14",
     title="Brussels presses video app Vireo over Bulgarian election deepfakes",
     text="""BRUSSELS, Belgium - The European Commission [[e1|wrote]] to the video-sharing app Vireo on Monday demanding to know how it is tackling fake videos of candidates ahead of Bulgaria's snap parliamentary election on October 4, and set a Friday [[e3|deadline]] for a reply.

The [[e1|request]], sent under the Digital Services Act, asks Vireo for its internal data on at least 40 manipulated videos showing Bulgarian party leaders that were viewed more than 3 million times in the past two weeks, and for details of how many of its moderators speak Bulgarian.

"Platforms cannot be bystanders when voters are being deceived," Commission spokeswoman Maria Lindqvist told reporters.

Under the law, the Commission can fine very large platforms up to 6 percent of their global turnover, although it has not said it will open formal proceedings against Vireo.

Vireo, which is owned by a Singapore-based company and has its European headquarters in Dublin, said it "takes election integrity extremely seriously" and would respond in full.

Ireland's media regulator, Coimisiún na Meán, which supervises platforms based in the country, is also expected to [[e2|write]] to the company this week, an official in Dublin said.

In July the Commission sent a similar request to another platform over gambling advertisements aimed at teenagers. Bulgaria is holding its eighth national election in five years."""),
dict(id="a2", source="Irish Business Wire", published="2026-09-17",
     title="Irish regulator questions Vireo over cuts to Dublin safety team",
     text="""DUBLIN, Ireland - Ireland's media regulator [[e2|wrote]] to the video app Vireo on Wednesday asking how many people it employs to check Bulgarian-language content, two days after the European Commission sent the company a formal [[e1|request]] over deepfakes ahead of Bulgaria's election.

Coimisiún na Meán's [[e2|letter]], seen by Irish Business Wire, asks the company to explain why it cut its trust and safety team in Dublin by a third in June and who now reviews reports of fake content in smaller EU languages. It gives the company until October 1 to answer.

"Our concern is capacity. You cannot moderate a language you cannot read," the regulator's online safety commissioner, Sinéad Costello, said in an interview.

Vireo faces a Friday [[e3|deadline]] to answer the Commission's [[e1|letter]]. A company spokesman said it would "cooperate fully with both regulators" and that the Dublin job cuts had not affected election work.

About 140 employees lost their jobs at Vireo's office on Sir John Rogerson's Quay in June, according to the Financial Services Union, which represents some of them.

Bulgaria's caretaker prime minister wrote to several platforms last month asking them to label all videos made with artificial intelligence before the vote. Election officials in Sofia say complaints about online fakes have tripled since the last election."""),
dict(id="a3", source="Balkan Digital Report", published="2026-09-19",
     title="Vireo says it removed 3,200 fake videos as EU deadline expires",
     text="""SOFIA, Bulgaria - The video app Vireo [[e4|announced]] on Friday that it had removed more than 3,200 fake videos of Bulgarian politicians, as it met a European Commission [[e3|deadline]] to explain how it is protecting Bulgaria's October 4 election.

In the [[e4|statement]], Vireo said it had hired 60 Bulgarian-speaking moderators, would label all AI-generated political content until the end of the vote count and had shut down 410 accounts linked to a network that posted the videos.

The Commission confirmed it had received the company's reply to its [[e1|letter]] of September 14 and said it would assess it "carefully and quickly". Vireo has until October 1 to answer separate questions from Ireland's media regulator, which [[e2|contacted]] the company on Wednesday.

Rumen Dachev, a centre-right candidate in Plovdiv who was shown in one video apparently accepting a bribe, said the company had acted "three weeks and three million views too late".

Researchers at Sofia University who tracked the videos said most were made with cheap online tools and first spread in Telegram groups before reaching Vireo.

Romania's presidential election was annulled in 2024 after intelligence services reported a coordinated social media campaign, and the case has made EU regulators more willing to act quickly before votes. Bulgaria has held seven national elections since 2021."""),
]),
# ---------------------------------------------------------------------------- t10
dict(story="t10", topic="UNIFIL drawdown: Irish withdrawal from Camp Shamrock, Lebanese army deployment, Italian withdrawal from Shama and U.S. aid for the army (southern Lebanon)", events=[
    dict(e="e1", type="withdrawal", date="2027-05-04", participants=["Ireland", "UNIFIL"], location="At Tiri"),
    dict(e="e2", type="withdrawal", date="2027-05-06", participants=["Italy", "UNIFIL"], location="Shama"),
    dict(e="e3", type="deployment", date="2027-05-05", participants=["Lebanese Army"], location="At Tiri"),
    dict(e="e4", type="support", date="2027-05-07", participants=["United States", "Lebanese Army"], location="Beirut"),
], tricky=[("e1", "e2", "the Irish battalion leaving Camp Shamrock on Tuesday May 4 vs the Italian contingent leaving its headquarters at Shama on Thursday May 6, same UN force, same week")],
note="The Security Council's 2025 decision to end the mandate, the force's overall drawdown, the Ghanaian and "
     "Indonesian departures in March, the French departure due in September, Irish deployments since 1978, the "
     "drone strike near Bint Jbeil and the 2024 ceasefire are background / side events.",
articles=[
dict(id="a1", source="Levant News Agency", published="2027-05-04",
     title="Irish peacekeepers leave Camp Shamrock as UN Lebanon force winds down",
     text="""AT TIRI, Lebanon - Irish peacekeepers [[e1|pulled out]] of Camp Shamrock in southern Lebanon on Tuesday, lowering the UN flag over a base that Irish troops had used for more than a decade as the UN force in the country winds down after 49 years.

The last 180 soldiers of the Irish battalion drove north in a convoy of white armoured vehicles to Beirut port, where their equipment will be shipped home. Ireland has sent more than 30,000 troops to Lebanon since 1978, and 47 Irish soldiers died while serving there.

"It is a sad day, but the mission was always meant to end," said Lieutenant Colonel Conor Whelan, the battalion's last commander, before the [[e1|departure]].

The UN Security Council decided in 2025 to end the mandate of the UN Interim Force in Lebanon (UNIFIL) at the end of 2026 and to complete the force's drawdown within a year.

The Lebanese army's 5th Brigade will [[e3|move into]] the camp on Wednesday, army officials said. Italy's contingent, the largest remaining in the force, is due to [[e2|leave]] its headquarters at Shama, near the coast, later this week.

Residents of At Tiri, many of whom worked at the camp as cooks, cleaners and interpreters, gathered along the road to wave goodbye.

On Monday an Israeli drone strike on a car near Bint Jbeil killed one man, Lebanon's health ministry said, the third such strike in the area since April."""),
dict(id="a2", source="Cedar Wire", published="2027-05-06",
     title="Lebanese army takes over former Irish UN base",
     text="""BEIRUT, Lebanon - Lebanese troops [[e3|deployed]] to Camp Shamrock in southern Lebanon on Wednesday, a day after the Irish peacekeepers who had held it for more than a decade [[e1|departed]], the army said.

About 600 soldiers of the army's 5th Brigade now man the camp and three observation posts along the boundary line with Israel, brigade commander Brigadier General Elie Matar told reporters. "We can hold the ground. What we need is fuel, vehicles and better pay for our men," he said.

The army's [[e3|arrival]] was the first takeover of a major UN position since the UN force began its final year. Ghanaian and Indonesian contingents left smaller positions east of the Litani river in March.

Italy's contingent of about 900 troops is to [[e2|withdraw]] from its headquarters at Shama, south of the city of Tyre, on Thursday, a UNIFIL spokesman said. France's contingent will leave by September.

The United States is expected to announce new [[e4|aid]] for the Lebanese army on Friday, two Western diplomats said.

Lebanese officials fear that the army, whose soldiers earn less than 300 dollars a month, will struggle to fill the gap left by 10,000 peacekeepers. Israel still holds several hilltop positions inside Lebanon, which Beirut says violate the 2024 ceasefire."""),
dict(id="a3", source="Mediterranean Defence Report", published="2027-05-08",
     title="U.S. pledges $120 million for Lebanese army as Italians leave Shama",
     text="""NAQOURA, Lebanon - The United States [[e4|pledged]] 120 million dollars on Friday to help Lebanon's army take over positions vacated by UN peacekeepers, a day after the Italian contingent [[e2|left]] its base at Shama, the second major handover of the week.

The [[e4|package]], announced at the U.S. embassy in Beirut, will pay for fuel, armoured vehicles and housing for soldiers deployed in the south. Lebanese defence officials had asked for twice as much.

On Thursday, about 900 Italian soldiers [[e2|handed over]] their headquarters at Shama, south of Tyre, to the Lebanese army at a ceremony attended by Italy's defence minister.

On May 5, the army's 5th Brigade [[e3|took over]] Camp Shamrock near At Tiri, which Irish troops had [[e1|vacated]] on May 4.

"By the end of the year, no blue helmet will remain in south Lebanon. The question is what will replace us," the UNIFIL commander, Major General Tomás Aranda, said at the force's headquarters in Naqoura.

UNIFIL has cut its strength from about 10,000 troops in January to fewer than 6,000 today. Diplomats in Beirut said European governments were discussing a smaller civilian monitoring mission for the border after the force leaves."""),
]),
]
