"""Source of ../stories_dev18/articles.jsonl and ../stories_dev18/gold.jsonl.

EIGHTEENTH DEVELOPMENT story set (stories_dev18) for the cross-article deduplication benchmark.
It was written by a helper that did not read the system or run it: no timeline extractor, no
`timeline` command, no dedup benchmark and no pytest were run on these texts, and the system's
code, extraction or clustering rules and word lists were not read; only the format of the
earlier sets was consulted (build_stories.py, validate.py's check_stories, the docstring and
first two stories of stories_dev16_spec, the list of topics of the earlier sets in
tests/gold/README.md, DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's
errors on it may later be read and used for tuning.  It is not a blind set.

10 stories (e01..e10), each with 5 gold events and one tricky pair, told by 4 articles (40 in
all) from invented outlets, published on different days over two to three weeks in 2026.  All
ten are crises on the ground, two per region: a Marburg outbreak in Kamwenge, western Uganda; a
fuel-tanker explosion at Agaie in Niger State, Nigeria, and the tanker drivers' strike after
it; teachers' salary protests in Sulaymaniyah, Iraqi Kurdistan; flash floods in the
displacement camps of Marib, Yemen; an ELN offensive in the Catatumbo, Colombia, and the
displacement it caused; truckers' blockades over a diesel shortage in Bolivia; two explosions
at an ammunition plant in Kazanlak, Bulgaria; migrant arrivals from eastern Libya on Crete; an
embankment breach and floods in Morigaon, Assam; and Pakistan's deadlines for Afghans to leave
Islamabad, Rawalpindi and Punjab.  Each story has a short breaking item, two follow-ups with
background and quotes, and an analysis written days or weeks later that retells the earlier
events with dates or relative dates.

All articles are fiction written for this data set (invented outlets, people, companies,
unions, rights groups and events; real places and institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev18_spec \\
        --out tests/gold/stories_dev18

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: Africa CDC "was preparing an emergency
grant", nurses "would go on strike on Monday", union leaders "would hold talks" on Friday, the
regulator and the union "will meet again on Wednesday", the IOM "would publish a first damage
assessment", the Executive Unit "would publish the results next week" and "is due to publish
its own assessment on Wednesday", the Defence Ministry "would send" reinforcements, the
Ombudsman's Office "would publish a consolidated count", the EU "would announce humanitarian
funding", minibus drivers "would march" next Tuesday, both sides "expected to sign an
agreement", a "rally" called for Sunday, the inspectorate "would publish its report", the
minister "is due to travel to Chania on Wednesday to meet", Greece "will send" two frigates,
he "would travel to Benghazi next week to meet" and "is due in Benghazi on Tuesday for talks",
the chief minister "would write" to the prime minister, the home ministry "was likely to
release" an advance, "the April 15 deadline"), and
background / side events are deliberately left unmarked, even when they have the same type as
a gold event: the death of the Marburg index patient, the 2017 Kween outbreak, WHO's team of
epidemiologists and its risk statement, the first load of gowns, the minister's visit and her
promise of a risk allowance, the end of the nurses' strike; the Niger State mourning, the
January 2025 tanker disaster, the union's threat of a strike (conditional), the compromise
reached at the second meeting, the later tanker crashes in Kogi and Benue; the rallies in
Ranya, Kalar and Chamchamal on the day after the march, the Asayish statement, the
protest outside the governorate and the tear gas in Kalar on the day of the raids, the UN
mission's appeal, the release on bail of the organisers and the journalists, the Baghdad
oil talks and the finance ministry's transfer, the end of the teachers' boycott; the August 2024
floods, the coordinator's request to CERF, the governor's promised inquiry; the 2016 peace
agreement, the minister's meetings in Tibú, the ELN front's statement, the Colombian
government's promised payments, the almost daily clashes after the drone strike, the broken-off
ELN peace talks; the minister's refusal to negotiate, the arrests and injuries at the
Yapacaní bridge, the talks that began on Saturday, the minibus drivers' threat of a second
march; the pre-trial proceedings, the suspension of work at the plant, the company's
statement and offer to the families, the charges and bail of the managers; the capsize itself,
the arrest of two suspected smugglers, the announcement of the frigates, Frontex's offer of an
aircraft; the SDRF rescues, the 2022 repairs to the embankment, the army's ring bund, the
opposition's criticism; the earlier repatriation drive since 2023, the Pakistani foreign
office's rejection of the UNHCR appeal, the European Commission's own call for dignified
returns, the detentions in Punjab after the second deadline and the Islamabad police's
release of some detainees.
Aggregate mentions covering two or more gold events ("the number of confirmed fatalities",
"three of them fatal", "killed seven people in four days", "both explosions", "The policy
took shape in a week") and negated, generic or hypothetical mentions ("A strike now would cost
lives", "would call a nationwide strike if the rules were not withdrawn", "Take fourteen of
us", "Those who burn buildings", "A promise is not a salary", "Soldiers come after the
killing", "first the killings, then the flight, then the drones", "would hold a second march
next week if their demands were not met", "have threatened new protests", "Every European
minister who goes to Benghazi", "a single emergency response", "Promises after the disaster
are easy", "Every breach is followed by a request to Delhi", "The deadlines are
administrative", the idiom "in protest at") are not marked.  Sentences that only elaborate a
mention already made ("walked from Saray Square", "who blocked the road in front of the
building", "The protesters blocked the road to the camp") are not marked, as in the earlier
sets; the same verbs are marked where they are the only mention of the event in a sentence
that retells it.  Titles are
not annotated.  Participles with their own time or place ("those detained on Wednesday", "the
workers killed on Tuesday", "those killed in the explosion") are marked; bare adjectives and
nouns for participants ("the detained teachers", "the seven dead", "the Kazanlak dead", "the
victims") are not.  Every event is mentioned in at least two articles.  Articles are 211-249
words; the articles of a story are published on different days, so the same weekday name can
point to different dates ("on Monday" in one Kamwenge article is both the declaration of the
outbreak, past, and the nurses' strike, future, told apart by tense; "on Wednesday" is the
Chania meeting in the first two Crete articles and "on Tuesday" is the recovery of bodies in
one and the Benghazi talks, future, in the next; "on Tuesday" is the expiry of the Islamabad
deadline in one Pakistan article and the EU pledge in the next; "on Friday" is the failed first
round in one Nigerian article, future, and in the next, past), and some dates are only given
relatively ("two days after", "three days after", "three days later", "four days after",
"four days later", "five days after", "five days later", "the following Tuesday", "the
following day", "the night before", "the next day", "the previous day", "a day after", "hours
after", "more than a week after", "twenty-two days after", "seventeen days after", "last
week", "last Tuesday", "last Wednesday", "last Thursday", "last Sunday's", "next Tuesday",
"next Wednesday", "next week", "within days", "this month").

Type conventions used here (the type list has no better fit):
  * the Ugandan health ministry's declaration of the outbreak, the Nigerian petroleum
    regulator's order taking tankers off the roads at night, the Kurdistan Regional
    Government spokesman's promise of salaries and the UNHCR's appeal to Pakistan are
    `statement` events; words for the content of the order (the ban, the rules) are not
    marked;
  * the Africa CDC grant and the Pandemic Fund grant a week later (a tricky pair), the CERF
    allocation for Marib, the EU funding for the displaced of the Catatumbo, the Indian home
    ministry's release of disaster funds to Assam and the EU pledge for Afghan returnees are
    `support` events;
  * the deaths of two health workers in Kamwenge, the deaths in the Agaie tanker explosion, the
    flood deaths in the Marib camps, the deaths of five workers in the first Kazanlak blast and
    of two army sappers in the second three days later (a tricky pair), the migrants who died
    off Gavdos and the seven people drowned at Bhuragaon are `casualties` events; only words
    for the deaths are marked, not the explosion, flood, capsize or breach itself;
  * the nurses' strike, the tanker drivers' strike, the Sulaymaniyah march, the Marib
    road-blocking protest, the truckers' blockade around Santa Cruz and the minibus drivers'
    march in La Paz eight days later (a tricky pair), the Kazanlak rally and the Agia protest
    are `protest` events, each dated to its first day;
  * the first, failed round of talks between the Nigerian regulator and the tanker drivers'
    union and the second round five days later (a tricky pair), and the Greek migration
    minister's meeting with Crete's governor and mayors in Chania and his talks in Benghazi six
    days later (a tricky pair) are `meeting` events; the compromise reached at the second
    Abuja meeting is a side event;
  * the Asayish's detention of 14 protest organisers and the arrest of two journalists in Ranya
    four days later (a tricky pair), the detention of the Kazanlak plant's director and safety
    chief and the detention of 640 Afghans in Islamabad and Rawalpindi are `arrest` events;
  * the torching of the ruling parties' offices in Chamchamal, the ELN's attack on hamlets near
    Tibú and the drone strike on the army base in Tibú five days later (a tricky pair) are
    `attack` events; the killings in the hamlets are part of the attack and are not marked
    separately;
  * the IOM's flash update on the Marib flood damage and the Executive Unit for IDP Camps'
    survey nine days later (a tricky pair), the Ombudsman's count of the displaced in the
    Catatumbo and the General Labour Inspectorate's report on the Kazanlak explosions are
    `report` events;
  * the army reinforcements flown into the Catatumbo, the police and soldiers sent to clear
    the Yapacaní bridge, the Greek frigates sent off Libya, the NDRF teams and, two days later,
    the army columns sent to Morigaon (a tricky pair) are `deployment` events;
  * the truckers' 72-hour ultimatum, dated to its expiry, and Pakistan's March 31 deadline for
    Afghans to leave Islamabad and Rawalpindi and its April 15 deadline for Punjab (a tricky
    pair) are `deadline` events;
  * the Bolivian government's deal with the truckers is an `agreement` event;
  * the Assam chief minister's letter to the prime minister is a `letter` event;
  * releases of detainees, the end of strikes, blockades and boycotts, the capsize, the
    explosions and the embankment breach as such, the clearing of the Yapacaní bridge's
    traffic and the return of the teachers to class have no type in the list (or are side
    events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- e01
dict(story="e01", topic="Marburg outbreak in Kamwenge, western Uganda: the health ministry's declaration, the deaths of two health workers, an Africa CDC grant and a Pandemic Fund grant a week later, and a nurses' strike (Kamwenge, Fort Portal and Kampala; Uganda)", events=[
    dict(e="e1", type="statement", date="2026-02-09", participants=["Uganda Ministry of Health"], location="Kampala"),
    dict(e="e2", type="casualties", date="2026-02-12", participants=["Kamwenge health workers"], location="Kamwenge"),
    dict(e="e3", type="support", date="2026-02-11", participants=["Africa CDC", "Uganda"], location=None),
    dict(e="e4", type="support", date="2026-02-17", participants=["Pandemic Fund", "Uganda"], location=None),
    dict(e="e5", type="protest", date="2026-02-16", participants=["Uganda Nurses and Midwives Union"], location="Kamwenge"),
], tricky=[("e3", "e4", "the Africa CDC's 1.5 million dollars released on Wednesday February 11 vs the Pandemic Fund's 4.2 million approved on Tuesday February 17, two grants for the same outbreak a week apart")],
note="The death of the index patient (a gold miner), the UVRI confirmation, WHO's epidemiologists and its risk "
     "statement, the first load of gowns, the health minister's visit and her promise of a risk allowance, the "
     "end of the strike and the 2017 Kween outbreak are side / background events. 'the number of confirmed "
     "fatalities' and 'three of them fatal' include the index patient and are not marked; 'A strike now would "
     "cost lives' is hypothetical and not marked.",
articles=[
dict(id="a1", source="Equator News Agency", published="2026-02-10",
     title="Uganda declares Marburg outbreak in western Kamwenge district",
     text="""KAMPALA - Uganda's Ministry of Health [[e1|declared]] an outbreak of Marburg virus disease in the western district of Kamwenge on Monday, after laboratory tests confirmed the virus in a 34-year-old gold miner who died at a local health centre last week.

The Uganda Virus Research Institute in Entebbe confirmed the infection late on Sunday, the ministry's permanent secretary, Dr. Agnes Kyomuhendo, told reporters in Kampala. She said 41 contacts of the man, including relatives and the health workers who treated him, had been identified and were being monitored.

"We are not in a crisis yet, but Marburg does not forgive delay," Kyomuhendo said. The ministry urged people in Kamwenge and the neighbouring districts of Kitagwenda and Ibanda not to touch the sick or the dead and to report any fever with bleeding.

The miner worked at a small gold mine near Kamwenge town where fruit bats, the natural host of the virus, roost in the shafts, officials said. Marburg is a cousin of Ebola and kills up to half of the people it infects.

The Africa Centres for Disease Control and Prevention said on Tuesday it was preparing an emergency [[e3|grant]] to help Uganda trace contacts and set up an isolation unit. The World Health Organization said it was sending a team of epidemiologists to Kamwenge.

Uganda's last Marburg outbreak, in 2017 in the eastern district of Kween, killed three members of one family."""),
dict(id="a2", source="Rwenzori Times", published="2026-02-13",
     title="Two Kamwenge health workers die of Marburg; nurses threaten strike",
     text="""FORT PORTAL, Uganda - Two health workers who treated the first Marburg patient in Kamwenge have [[e2|died]] of the virus, district officials said on Friday, raising fears that the disease has taken hold inside the district's main health centre.

A nurse, Sarah Kabasinguzi, 29, and a clinical officer, Moses Tumusiime, 41, [[e2|died]] on Thursday in the isolation tent behind Kamwenge Health Centre IV, said the district health officer, Dr. Patrick Byaruhanga. Both had cared for the gold miner whose death led the Ministry of Health to [[e1|declare]] the outbreak on Monday.

"These were our colleagues. They went to work without proper gowns because we had none," said a nurse at the centre who asked not to be named.

Their [[e2|deaths]] bring the number of confirmed fatalities to three. Fourteen more contacts have been moved to isolation.

Help is starting to arrive. The Africa CDC on Wednesday [[e3|released]] 1.5 million dollars for contact tracing, safe burials and protective equipment, and a first load of gowns and gloves reached Kamwenge from Kampala on Thursday night.

The Uganda Nurses and Midwives Union said its members in Kamwenge and at Fort Portal Regional Referral Hospital would go on [[e5|strike]] on Monday unless every ward handling suspected cases had full protective kits and the government agreed to pay them a risk allowance.

Health Minister Joyce Ainembabazi visited Kamwenge on Friday and appealed to the nurses to stay at work. "A strike now would cost lives," she said."""),
dict(id="a3", source="Capital Pulse", published="2026-02-18",
     title="Pandemic Fund approves $4.2 million for Uganda's Marburg response",
     text="""KAMPALA - The Pandemic Fund on Tuesday [[e4|approved]] 4.2 million dollars to help Uganda contain the Marburg outbreak in Kamwenge district, as nurses there [[e5|stayed away]] from the wards for a second day.

The [[e4|grant]] from the fund, which is hosted by the World Bank and was set up after COVID-19, will pay for a second isolation unit at Fort Portal, a mobile laboratory and six months of wages for 200 contact tracers, the Ministry of Health said. It comes on top of the 1.5 million dollars [[e3|provided]] by the Africa CDC last week.

At Kamwenge Health Centre IV only doctors and Red Cross volunteers were on duty on Tuesday. Members of the Uganda Nurses and Midwives Union [[e5|walked out]] on Monday, saying the government had ignored their demands for protective gear and a risk allowance after two colleagues [[e2|died]] of the virus last week.

"We are not abandoning patients. We are refusing to become patients," said Florence Kemigisha, who chairs the union's Kamwenge branch.

Health Minister Joyce Ainembabazi called the [[e5|strike]] "regrettable" and said protective kits were now available at every facility treating suspected cases. She promised that a risk allowance would be paid from March.

The ministry has recorded five confirmed cases, three of them fatal, and 96 people are under follow-up. No new case has been confirmed since Saturday.

The WHO said on Tuesday that the risk of the virus spreading to neighbouring countries was "moderate" because of cross-border traffic with the Democratic Republic of Congo."""),
dict(id="a4", source="African Health Dispatch", published="2026-03-03",
     title="Marburg in Kamwenge: fast money, slow gowns",
     text="""ANALYSIS - Twenty-two days after Uganda [[e1|declared]] a Marburg outbreak in Kamwenge, the health ministry says the chain of transmission appears to be broken. No new case has been confirmed since February 14, and the last contacts leave follow-up next week.

The outbreak was small, with five cases and three deaths. But the way it unfolded says a good deal about where Africa's response to haemorrhagic fevers has improved and where it has not.

The money came quickly. Africa CDC [[e3|wired]] 1.5 million dollars two days after the [[e1|declaration]], and the Pandemic Fund [[e4|added]] 4.2 million the following Tuesday. Officials in Kampala say the second [[e4|grant]] paid for the mobile laboratory that cut the wait for test results from two days to six hours.

The gowns were slower. The nurse and the clinical officer who [[e2|died]] on February 12 had treated the first patient without proper protection, and their colleagues' four-day [[e5|strike]], which began on February 16, was the most serious walkout by Ugandan nurses in a decade. It ended when the ministry agreed to pay a monthly risk allowance of 300,000 shillings.

"In every outbreak we buy equipment after people die," said Dr. Ivan Mugisha, a public-health researcher at Makerere University. "Keeping stocks in the districts would cost less than a single emergency response."

Kamwenge's miners are back in the shafts. The ministry has asked the district to fence off the bat colonies, but no money has yet been found to do it."""),
]),
# ---------------------------------------------------------------------------- e02
dict(story="e02", topic="Fuel-tanker explosion near Agaie, Niger State: the deaths, the petroleum regulator's night ban on tankers, a failed first round and a second round of talks with the tanker drivers' union, and the drivers' strike (Agaie, Abuja and Lagos; Nigeria)", events=[
    dict(e="e1", type="casualties", date="2026-09-12", participants=["residents of Agaie"], location="Agaie"),
    dict(e="e2", type="statement", date="2026-09-15",
         participants=["Nigerian Midstream and Downstream Petroleum Regulatory Authority"], location="Abuja"),
    dict(e="e3", type="protest", date="2026-09-21", participants=["NUPENG Petroleum Tanker Drivers"], location="Lagos"),
    dict(e="e4", type="meeting", date="2026-09-18",
         participants=["Nigerian Midstream and Downstream Petroleum Regulatory Authority", "NUPENG Petroleum Tanker Drivers"],
         location="Abuja"),
    dict(e="e5", type="meeting", date="2026-09-23",
         participants=["Nigerian Midstream and Downstream Petroleum Regulatory Authority", "NUPENG Petroleum Tanker Drivers",
                       "Federal Ministry of Labour and Employment"],
         location="Abuja"),
], tricky=[("e4", "e5", "the first round of talks between the regulator and the tanker drivers' union in Abuja on Friday September 18, which broke down within two hours, vs the nine-hour meeting at the labour ministry on Wednesday September 23 that ended the strike")],
note="The three days of mourning, the January 2025 tanker disaster in the same state, the FRSC's blame on speeding, "
     "the union's conditional strike threat, the compromise reached at the second meeting, the end of the strike "
     "and the later crashes in Kogi and Benue are side / background events. Words for the content of the order "
     "('the ban', 'the rules') are not marked. 'would call a nationwide strike if the rules were not withdrawn' "
     "is conditional and not marked.",
articles=[
dict(id="a1", source="West Africa Press Service", published="2026-09-13",
     title="Tanker explosion kills dozens in Nigeria's Niger State",
     text="""MINNA, Nigeria - At least 48 people were [[e1|killed]] when a petrol tanker overturned and exploded on a highway in Niger State on Saturday evening as villagers gathered to scoop fuel from it, emergency officials said.

The tanker, carrying about 60,000 litres of petrol to the north, lost control on a bend near Agaie and overturned shortly before 6 p.m., said Ibrahim Audu, a spokesman for the Niger State Emergency Management Agency. People from nearby villages ran to the scene with jerrycans and buckets. About twenty minutes later the spilled fuel caught fire and the tank exploded.

"People were shouting that it would explode, but nobody listened," said Musa Abdullahi, a farmer who lost two nephews. Rescue workers recovered charred bodies late into the night, and many of the victims were buried in a mass grave on Sunday morning.

More than 70 people with severe burns were taken to the general hospital in Agaie and the Federal Medical Centre in Bida, where doctors appealed for blood donors.

The state government declared three days of mourning. The Federal Road Safety Corps blamed speeding and a worn tyre.

Tanker explosions are frequent in Nigeria, where almost all fuel moves by truck on badly maintained roads and poverty drives crowds to collect spilled petrol. In January last year nearly 100 people died in a similar disaster in the same state."""),
dict(id="a2", source="Abuja Chronicle", published="2026-09-16",
     title="Regulator orders night ban on fuel tankers after Agaie blast",
     text="""ABUJA - Nigeria's petroleum regulator on Tuesday [[e2|ordered]] fuel tankers off the roads between 7 p.m. and 6 a.m. and barred trucks larger than 60,000 litres from carrying petrol, three days after an explosion in Niger State [[e1|killed]] dozens of people.

The Nigerian Midstream and Downstream Petroleum Regulatory Authority said in its [[e2|directive]] that large tankers were "too heavy for our roads and too deadly when they fail". The rules take effect on October 1.

The [[e1|death toll]] from Saturday's explosion near Agaie has risen to 77, the Niger State Emergency Management Agency said on Wednesday. Nineteen people remain in hospital in Bida.

Tanker owners and drivers reacted angrily. The Petroleum Tanker Drivers branch of the National Union of Petroleum and Natural Gas Workers (NUPENG) said the night ban would double journey times, and that hundreds of 60,000-litre trucks bought on credit would become useless.

"They want to punish drivers for bad roads," said the branch chairman, Lawal Garba. He said union leaders would hold [[e4|talks]] with the regulator in Abuja on Friday and would call a nationwide strike if the rules were not withdrawn.

An official of the regulator, who asked not to be named, said the authority was ready to listen to the union but would not scrap the ban.

Roads carry more than 90 percent of Nigeria's fuel. Rail lines that once moved petroleum products inland from the ports have been idle for years."""),
dict(id="a3", source="Nigeria Energy Monitor", published="2026-09-22",
     title="Fuel queues lengthen as tanker drivers' strike enters second day",
     text="""LAGOS - Queues stretched for kilometres outside filling stations in Lagos and Abuja on Tuesday as a [[e3|strike]] by tanker drivers over new safety rules entered its second day.

Members of the Petroleum Tanker Drivers branch of NUPENG [[e3|halted]] deliveries from depots in Apapa, Ibafon and Suleja on Monday morning, after [[e4|talks]] with the downstream regulator broke down on Friday. Union officials said the [[e4|meeting]] had lasted less than two hours.

The drivers want the regulator to withdraw its [[e2|order]] of last week, which keeps tankers off the roads at night and bans trucks larger than 60,000 litres. The rules were drawn up after a tanker explosion near Agaie in Niger State [[e1|killed]] 77 people on September 12.

Petrol sold for up to 1,400 naira a litre at some Abuja stations on Tuesday, against a pump price of about 950 naira. Many stations simply closed.

The regulator and the union will [[e5|meet]] again on Wednesday at the labour ministry, which has offered to mediate. "We are ready to talk, but the ban must go," said the branch chairman, Lawal Garba.

The Independent Petroleum Marketers Association of Nigeria said its members had stock for three days at most. Airlines said aviation fuel was not affected.

In Agaie, families were still waiting for the remains of those [[e1|killed]] in the explosion to be identified."""),
dict(id="a4", source="Continental Business Review", published="2026-10-02",
     title="How Nigeria's tanker strike ended, and what it did not fix",
     text="""ANALYSIS - Nigeria's tanker drivers went back to work last week with much of what they wanted. The regulator's night-time ban on fuel trucks stays, but the 60,000-litre limit will now be phased in over two years instead of two weeks.

The compromise was reached at a nine-hour [[e5|meeting]] at the labour ministry in Abuja on Wednesday, September 23, two days after the drivers [[e3|walked off]] the job. An earlier [[e4|round]] on September 18 had collapsed within two hours when union leaders left the room.

The crisis began with the [[e1|deaths]] of 77 people near Agaie in Niger State on September 12, when an overturned tanker exploded as villagers scooped fuel from it. The regulator [[e2|announced]] its new rules three days later without consulting the hauliers.

"It was the right instinct and the wrong method," said Chiamaka Obi, a transport analyst in Lagos. "You cannot take a third of the fleet off the road by decree in a fortnight."

The [[e3|stoppage]] showed how exposed Africa's largest oil producer is. Filling stations in Lagos and Abuja ran dry within 36 hours and black-market petrol sold for nearly twice the pump price.

Safety experts say neither the night ban nor the phase-in deals with the underlying dangers: roads riddled with potholes, ageing trucks, and poor villagers who see a spill as a windfall. Since the Agaie disaster, two more tankers have overturned, in Kogi and Benue states, without loss of life."""),
]),
# ---------------------------------------------------------------------------- e03
dict(story="e03", topic="Teachers' salary protests in Iraqi Kurdistan: the Sulaymaniyah march, the Asayish's detention of 14 organisers, the torching of party offices in Chamchamal, the KRG spokesman's promise and the arrest of two journalists in Ranya (Sulaymaniyah, Chamchamal, Ranya and Erbil; Iraq)", events=[
    dict(e="e1", type="protest", date="2026-04-12", participants=["Sulaymaniyah teachers and civil servants"], location="Sulaymaniyah"),
    dict(e="e2", type="arrest", date="2026-04-14", participants=["Asayish", "protest organisers"], location="Sulaymaniyah"),
    dict(e="e3", type="arrest", date="2026-04-18", participants=["Kurdish security forces", "Roj Plus journalists"], location="Ranya"),
    dict(e="e4", type="statement", date="2026-04-16", participants=["Kurdistan Regional Government"], location="Erbil"),
    dict(e="e5", type="attack", date="2026-04-15", participants=["unknown attackers"], location="Chamchamal"),
], tricky=[("e2", "e3", "the Asayish's pre-dawn raids on Tuesday April 14 that detained 14 protest organisers in Sulaymaniyah and Bakrajo vs the arrest of two television journalists filming a protest in Ranya four days later")],
note="The rallies in Ranya, Kalar and Chamchamal the day after the march, the protest outside the governorate and "
     "the stone-throwing in Kalar on the day of the raids, the Asayish statement, the UN mission's appeal, the "
     "release of the organisers on bail and without charge, the journalists' release, the Baghdad-Erbil oil talks, "
     "the finance ministry's transfer, the payment of January salaries and the end of the boycott are side / "
     "background events. 'Take fourteen of us', 'Those who burn buildings' and 'A promise is not a salary' are "
     "generic and not marked.",
articles=[
dict(id="a1", source="Zagros News Agency", published="2026-04-13",
     title="Thousands march in Sulaymaniyah over unpaid salaries",
     text="""SULAYMANIYAH, Iraq - Thousands of teachers and civil servants [[e1|marched]] through the centre of Sulaymaniyah on Sunday to demand salaries that have not been paid since December.

The crowd, put at 15,000 by organisers and at about half that by police, walked from Saray Square to the governorate building chanting "We are not beggars" and carrying empty lunch boxes. Police lined the route but did not intervene, and the [[e1|march]] broke up peacefully in the late afternoon.

Teachers in Sulaymaniyah province have boycotted classes since late February. The organisers, a network of teachers' committees from the city's schools, said they would return to the streets every day until the money was paid.

"I have sold my wife's gold. What do I sell next?" said Karwan Ahmed, a 44-year-old secondary-school teacher from Bakrajo.

The Kurdistan Regional Government blames Baghdad, which it says has withheld the region's share of the federal budget in a long dispute over oil revenue. The federal finance ministry in Baghdad says Erbil has not handed over the income it owes from oil sales.

Public employees in the Kurdistan Region, some 1.2 million people, have been paid late many times since 2015, but this is the longest delay since the war against Islamic State.

The committees said smaller rallies would be held in Ranya, Kalar and Chamchamal on Monday."""),
dict(id="a2", source="Iraq Observer", published="2026-04-15",
     title="Kurdish security forces detain organisers of salary protests",
     text="""SULAYMANIYAH - Kurdish security forces [[e2|detained]] at least 14 organisers of the teachers' salary protests in raids before dawn on Tuesday, relatives and a local rights group said, a day after demonstrations spread from Sulaymaniyah to three other towns.

Officers of the Asayish, the region's internal security service, [[e2|took]] the men from their homes in Sulaymaniyah and Bakrajo, said Hawre Salih of the Aram Centre for Civil Rights. Several of them had addressed the crowd at Sunday's [[e1|march]] to the governorate building.

The Asayish said in a statement that the men were suspected of "inciting riots and damaging public property" and would be brought before a judge.

The [[e2|raids]] did not stop the protests. Several thousand people gathered again outside the governorate on Tuesday afternoon, some holding up photographs of the detained teachers. In Kalar, protesters threw stones at the municipal building and police fired tear gas.

"Take fourteen of us, there are forty thousand more," said a teacher who gave her name only as Shilan.

The United Nations mission in Iraq urged the regional authorities to respect the right to peaceful assembly and called on Baghdad and Erbil to settle the salary dispute "as a matter of urgency".

Kurdish and federal officials are due to meet in Baghdad next week to discuss oil exports, which have been disrupted for much of the past three years."""),
dict(id="a3", source="Levant Press Agency", published="2026-04-19",
     title="Two journalists held covering Kurdish teachers' protest",
     text="""ERBIL, Iraq - Security forces in Iraqi Kurdistan [[e3|arrested]] two television journalists on Saturday as they filmed a teachers' protest in the town of Ranya, their channel said, in the latest sign of a harder line against a week of demonstrations over unpaid salaries.

Reporter Dilan Karim and cameraman Shwan Omer of the independent channel Roj Plus were [[e3|detained]] in Ranya's main square and their camera was confiscated, the channel said. The Kurdistan Journalists Syndicate condemned the [[e3|detention]] and demanded their release.

The [[e3|arrests]] came four days after the Asayish [[e2|rounded up]] 14 protest organisers in Sulaymaniyah. Eight of those men were freed on bail on Thursday; the other six remain in custody.

Also on Thursday, the regional government's spokesman, Jotiar Rasul, [[e4|promised]] that January salaries would be paid by the end of April and blamed "saboteurs" for the [[e5|torching]] of the offices of the two ruling parties in Chamchamal the night before.

"Those who burn buildings are not teachers," Rasul told a news conference in Erbil. Protest organisers denied any role in the [[e5|fire]] and said the government was trying to discredit a peaceful movement.

Teachers' committees said they would keep up their boycott of classes until every month owed had been paid. "A promise is not a salary," said Sirwan Jalal, a committee member in Sulaymaniyah.

Baghdad's finance ministry said on Saturday it had transferred part of the region's April budget share."""),
dict(id="a4", source="Mesopotamia Monitor", published="2026-05-04",
     title="Sulaymaniyah's teachers are paid, for now",
     text="""ANALYSIS - Teachers in Sulaymaniyah went back to their classrooms on Sunday after being paid for January, ending a boycott that lasted more than two months and three weeks of street protests that began on April 12 with a [[e1|march]] of some 15,000 people to the governorate building.

The payment settles little. The regional government still owes February and March, and the dispute with Baghdad over oil revenue that caused the delays is unresolved.

The unrest nonetheless changed the mood in Iraqi Kurdistan's second city. The Asayish's [[e2|detention]] of 14 protest organisers on April 14, and the [[e3|arrest]] of two Roj Plus journalists in Ranya four days later, drew criticism from the UN and from European consulates in Erbil.

The authorities found their argument in Chamchamal. The [[e5|arson]] at the ruling parties' offices there on the night of April 15, a day after the organisers were [[e2|seized]], allowed the government's spokesman, Jotiar Rasul, to speak more about "saboteurs" than about salaries in his [[e4|statement]] the following day.

"The government turned a pay dispute into a security file," said Lana Hama Amin, a political scientist at the University of Sulaimani. "That works for a while. It does not pay anyone's rent."

The six organisers who were still in custody were released without charge last week. The two journalists were freed after a night in a cell, but their camera has not been returned."""),
]),
# ---------------------------------------------------------------------------- e04
dict(story="e04", topic="Flash floods in the displacement camps around Marib: the deaths, the IOM's flash update and the Executive Unit for IDP Camps' survey nine days later, a CERF allocation and a protest by displaced people (Marib; Yemen)", events=[
    dict(e="e1", type="casualties", date="2026-08-08", participants=["displaced people in Marib"], location="Marib"),
    dict(e="e2", type="report", date="2026-08-10", participants=["International Organization for Migration"], location="Marib"),
    dict(e="e3", type="report", date="2026-08-19", participants=["Executive Unit for IDP Camps"], location="Marib"),
    dict(e="e4", type="support", date="2026-08-13", participants=["Central Emergency Response Fund", "Yemen"], location=None),
    dict(e="e5", type="protest", date="2026-08-16", participants=["displaced people in Marib"], location="Marib"),
], tricky=[("e2", "e3", "the IOM's flash update of Monday August 10 (2,300 families, 34 sites) vs the government Executive Unit's survey published on Wednesday August 19 (4,870 families, 71 sites), two damage reports on the same flood")],
note="The August 2024 floods, the humanitarian coordinator's request to CERF, the governor's promised inquiry, the "
     "cholera warnings and the recovery of bodies (part of the toll) are side / background events. 'the IOM "
     "figures' and 'the smaller figure' are words for the report's content and are not marked.",
articles=[
dict(id="a1", source="Arabian Peninsula Wire", published="2026-08-09",
     title="Flash floods kill 11 in Yemen displacement camps",
     text="""MARIB, Yemen - Flash floods swept through camps for displaced people around the Yemeni city of Marib on Saturday evening, [[e1|killing]] at least 11 people, six of them children, local officials said.

Heavy rain over the hills west of the city sent torrents down dry valleys into the Al-Jufainah and Al-Suwayda camps, where tens of thousands of people live in tents and shelters of plastic sheeting, said Saif Mothana, who heads the Marib office of the government's Executive Unit for IDP Camps. Hundreds of tents were washed away and many families spent the night in the open on higher ground.

"The water came like a wall. We grabbed the children and ran for the road," said Umm Ahmed, a mother of five who fled fighting in Sirwah in 2021.

Rescuers were still searching on Sunday for at least four people, among them two brothers aged eight and ten.

Marib, held by the internationally recognised government, has the largest concentration of displaced people in Yemen, spread over some 190 sites around the city.

The International Organization for Migration said its teams were visiting the camps and would publish a first damage [[e2|assessment]] within days. Aid agencies warned that destroyed latrines and contaminated water tanks could lead to outbreaks of cholera.

Floods hit Yemen every summer during the rainy season. In August 2024, rains and flooding killed dozens of people in Marib and neighbouring provinces and destroyed thousands of shelters."""),
dict(id="a2", source="Humanitarian Herald", published="2026-08-11",
     title="Marib floods destroy shelters of 2,300 families, IOM says",
     text="""Flash floods that tore through displacement camps around Marib on Saturday damaged or destroyed the shelters of some 2,300 families, the International Organization for Migration said in a [[e2|report]] on Monday, as the [[e1|death toll]] rose to 16.

The IOM's [[e2|flash update]], based on visits to 34 sites, found that about 14,000 people had lost their shelter, their food stocks or both. In the worst-hit camps, latrines and water tanks were destroyed.

Health officials in Marib said five more bodies had been recovered from the mud since Sunday, including the two missing brothers.

"People who have already fled the war three or four times have now lost everything again," said Nadia Ba-Wazir, who leads the IOM's emergency team in Marib.

The government's Executive Unit for IDP Camps said it had started its own survey of all affected sites and would publish the [[e3|results]] next week. Its officials say the IOM figures understate the damage because many families were staying with relatives when the teams visited.

The U.N. humanitarian coordinator for Yemen said his office was preparing a request to the Central Emergency Response Fund, the U.N.'s pooled emergency fund, to pay for tents, water and cash assistance.

Aid workers said access to the camps was hampered by damaged roads and by the front lines west of the city, where Houthi forces and government troops have faced each other for years."""),
dict(id="a3", source="Arabian Peninsula Wire", published="2026-08-17",
     title="Flood survivors protest in Marib as U.N. fund releases $6 million",
     text="""MARIB - Several hundred displaced people [[e5|protested]] outside the Marib governorate building on Sunday, accusing aid agencies and local authorities of leaving flood victims without shelter more than a week after torrents swept through their camps.

The [[e5|protest]] drew mainly residents of the Al-Suwayda camp, who blocked the road in front of the building for two hours, chanting against corruption in aid distribution, before tribal elders persuaded them to leave.

"We have received one tent for three families," said Abdullah Saleh, 52, who fled Hodeidah in 2018. "Where did the aid go?"

On Thursday, the U.N. Central Emergency Response Fund [[e4|allocated]] 6 million dollars to the flood response in Marib, the U.N. humanitarian office said. The [[e4|allocation]] is meant to cover tents, water and cash for about 9,000 families, and first distributions are due to begin this week.

Floods [[e1|killed]] 16 people in the camps on August 8, and the IOM has [[e2|counted]] about 2,300 families whose shelters were damaged or destroyed. Local officials say the real number is much higher.

The government's Executive Unit for IDP Camps is due to publish its own [[e3|assessment]] on Wednesday. Saif Mothana, who heads its Marib office, said it would show "far more damage than the international agencies have admitted".

Marib's governor said on Sunday that a committee would investigate complaints about the distribution of aid."""),
dict(id="a4", source="Gulf Humanitarian Review", published="2026-08-26",
     title="Counting the damage in Marib's camps",
     text="""ANALYSIS - Two counts, one flood. When the government's Executive Unit for IDP Camps [[e3|published]] its survey of the Marib camps last Wednesday, it found 4,870 families with damaged or destroyed shelters, more than twice the number in the IOM's [[e2|flash update]] of August 10.

The gap is not only a matter of pride. The IOM [[e2|tally]], compiled two days after the floods, covered 34 sites; the Executive Unit's [[e3|report]] covers 71, including small settlements in the desert east of the city that international teams rarely visit.

The rains of August 8 [[e1|killed]] 16 people, nine of them children. They also exposed how thin the safety net in Marib has become since cuts in U.N. funding closed clinics and water points across the camps last year.

The 6-million-dollar CERF [[e4|grant]], approved five days after the floods, was calculated from the smaller figure. Aid officials now concede it will run out before every affected family is reached.

Anger boiled over on August 16, when several hundred displaced people [[e5|blocked]] the road outside the governorate building for two hours. The governor promised an inquiry into aid distribution; residents of Al-Suwayda say they have heard nothing from it since.

"Numbers decide who gets a tent," said Hisham al-Amri, who runs a Yemeni aid group working in the camps. "Two numbers mean an argument, and while we argue, people sleep in the mud." Forecasters expect more heavy rain over the Marib hills before the end of August."""),
]),
# ---------------------------------------------------------------------------- e05
dict(story="e05", topic="ELN offensive in the Catatumbo: the attack on hamlets near Tibú, army reinforcements, a drone strike on the army base in Tibú five days later, the Ombudsman's count of the displaced and EU humanitarian funding (Tibú, Cúcuta; Colombia)", events=[
    dict(e="e1", type="attack", date="2026-11-07", participants=["ELN"], location="Tibú"),
    dict(e="e2", type="attack", date="2026-11-12", participants=["ELN", "Colombian Army"], location="Tibú"),
    dict(e="e3", type="deployment", date="2026-11-09", participants=["Colombian Army"], location="Catatumbo"),
    dict(e="e4", type="support", date="2026-11-17", participants=["European Union", "Colombia"], location=None),
    dict(e="e5", type="report", date="2026-11-13", participants=["Ombudsman's Office of Colombia"], location="Bogotá"),
], tricky=[("e1", "e2", "the ELN's pre-dawn raid on the hamlets of Campo Dos, Orú and La Pista on Saturday November 7 that killed nine civilians vs the drone strike on the infantry battalion's base at the edge of Tibú on Thursday night, November 12, that wounded seven soldiers")],
note="The killings in the hamlets (part of the attack), the displacement itself, the 2016 peace agreement, the "
     "early-2025 Catatumbo fighting, the defence minister's meetings in Tibú, the ELN front's statement, the "
     "Cúcuta mayor's request, the government's promised payments, the clashes after the drone strike and the "
     "ELN's broken-off peace talks are side / background events. 'Soldiers come after the killing' and 'first "
     "the killings, then the flight, then the drones' are generic and not marked.",
articles=[
dict(id="a1", source="Andean Press Service", published="2026-11-08",
     title="ELN attack near Tibú kills nine, hundreds of families flee",
     text="""CÚCUTA, Colombia - Fighters of the National Liberation Army (ELN) [[e1|attacked]] three rural hamlets near Tibú in Colombia's Catatumbo region on Saturday, killing at least nine civilians and forcing hundreds of families to flee, local officials said.

Armed men arrived before dawn in pickups and on motorcycles in Campo Dos, Orú and La Pista and went from house to house looking for people they accused of working with a rival group, dissidents of the former FARC guerrilla, said Tibú's mayor, Héctor Quintero.

"They had lists. They called people out by name," said a farmer who fled to Tibú with his wife and three children and asked not to be named for fear of reprisals.

Among the dead were a community leader and a 17-year-old boy.

By Saturday night, families were arriving in the town of Tibú by boat along the Catatumbo River and on foot, carrying what they could. Schools and a sports hall were opened as shelters.

The Defence Ministry said it would [[e3|send]] army reinforcements to the region "in the coming hours" and called on the ELN to stop targeting civilians.

The Catatumbo, a coca-growing region on the border with Venezuela, has been contested by the ELN, FARC dissidents and smaller criminal groups since the 2016 peace agreement, which ended the war with the main FARC guerrilla but left a vacuum in many rural areas. In early 2025, fighting between the two groups displaced more than 50,000 people there."""),
dict(id="a2", source="Border Tribune", published="2026-11-10",
     title="Troops pour into Catatumbo after ELN massacre",
     text="""TIBÚ, Colombia - About 2,000 soldiers [[e3|arrived]] in the Catatumbo region on Monday, two days after an ELN [[e1|assault]] on hamlets near Tibú left nine civilians dead and set off the largest displacement in the area in more than a year.

The troops, flown to Tibú and Ocaña by air force transport planes, will reinforce the army's Thirtieth Brigade and patrol rural roads between Tibú, El Tarra and Teorama, the army said.

"This [[e3|deployment]] will stay as long as it takes to return the territory to the state," Defence Minister Álvaro Restrepo said in Tibú, where he met local officials and community leaders.

Residents were sceptical. "Soldiers come after the killing. They never come before," said Luz Marina Pabón, who runs a shelter in a school gym in Tibú.

More than 6,000 people have reached Tibú, Cúcuta and Ocaña since Saturday's [[e1|raid]], according to local authorities. The national Ombudsman's Office said it would publish a consolidated [[e5|count]] of the displaced by the end of the week.

The ELN has not commented on the [[e1|attack]]. In a statement on social media on Sunday, the group's northeastern front accused the dissidents of "crimes against the peasant population", without referring to Saturday's events.

Cúcuta's mayor asked the national government for emergency funds to feed and house the families, many of whom have moved in with relatives in the city's poorer neighbourhoods."""),
dict(id="a3", source="Andean Press Service", published="2026-11-14",
     title="Drones hit army base in Tibú; ombudsman counts 11,400 displaced",
     text="""BOGOTÁ - Explosive-laden drones [[e2|struck]] an army base in Tibú on Thursday night, wounding seven soldiers, days after troops were [[e3|sent]] to Colombia's Catatumbo region in response to an ELN [[e1|attack]] on villages there.

Two drones dropped explosives on the barracks of an infantry battalion at the edge of the town shortly before midnight, the army said. One soldier was in serious condition. The army blamed the ELN; the group has not claimed the [[e2|strike]].

The Ombudsman's Office on Friday [[e5|reported]] that 11,400 people had been displaced from rural Tibú, El Tarra and Teorama since November 7, most of them now living in Tibú and Cúcuta. The [[e5|report]] warned of "imminent new confrontations" and said at least 600 children had stopped going to school.

"The pattern is the same as in early 2025: first the killings, then the flight, then the drones," said Marta Lucía Ibarra, the ombudsman's delegate for Norte de Santander.

The drone [[e2|attack]] was the third on a military target in Norte de Santander this year. The army says both the ELN and FARC dissidents now use commercial drones fitted with explosives.

The European Union said on Friday it would announce humanitarian [[e4|funding]] for the displaced next week. The Colombian government has promised emergency payments to families registered as displaced."""),
dict(id="a4", source="Latin America Security Monitor", published="2026-11-24",
     title="Catatumbo: the state arrives, the violence stays",
     text="""ANALYSIS - Seventeen days after the ELN's [[e1|offensive]] on the hamlets around Tibú, the Colombian state is more visible in the Catatumbo than at any time in years, and the region is no safer.

The army [[e3|flew in]] some 2,000 soldiers two days after the November 7 [[e1|attack]], in which nine civilians were killed. Three days later the ELN answered with the drone [[e2|strike]] on the battalion base in Tibú that wounded seven soldiers. Since then there have been clashes almost daily along the road to El Tarra.

The humanitarian picture is grim. The Ombudsman's Office [[e5|counted]] 11,400 displaced people on November 13, and aid groups in Cúcuta say the number has since passed 15,000. Last Tuesday the European Union [[e4|pledged]] 3 million euros for shelter, food and schooling for the displaced. It is the largest single contribution so far, but the Norwegian Refugee Council says it covers barely a month.

"Troops alone do not solve what the Catatumbo lacks: roads, land titles and a market for anything other than coca," said Andrés Villamizar, a conflict researcher in Bucaramanga.

The ELN, which broke off peace talks with the government in 2025, has shown no interest in returning to the table, while the FARC dissident front it is fighting is itself in talks with Bogotá. For the farmers of Campo Dos and Orú, negotiations are a distant affair: most say they will not go home before the new year."""),
]),
# ---------------------------------------------------------------------------- e06
dict(story="e06", topic="Diesel shortage protests in Bolivia: the truckers' ultimatum, their blockade of the highways around Santa Cruz, police and soldiers sent to clear the Yapacaní bridge, a minibus drivers' march in La Paz and the truckers' deal with the government (Santa Cruz, Yapacaní and La Paz; Bolivia)", events=[
    dict(e="e1", type="deadline", date="2026-05-31", participants=["Eastern Heavy Transport Federation", "Bolivia"], location=None),
    dict(e="e2", type="protest", date="2026-06-01", participants=["Eastern Heavy Transport Federation"], location="Santa Cruz"),
    dict(e="e3", type="deployment", date="2026-06-04", participants=["Bolivian Police", "Bolivian Armed Forces"], location="Yapacaní"),
    dict(e="e4", type="protest", date="2026-06-09", participants=["La Paz minibus drivers' unions"], location="La Paz"),
    dict(e="e5", type="agreement", date="2026-06-11", participants=["Bolivia", "Eastern Heavy Transport Federation"], location="Santa Cruz"),
], tricky=[("e2", "e4", "the truckers' blockade of the highways out of Santa Cruz that began on Monday June 1 vs the minibus and taxi drivers' march on the government palace in La Paz on Tuesday June 9, two fuel protests eight days apart")],
note="The minister's refusal to negotiate, the diesel tankers at Arica, the 23 detentions and injured officers at the "
     "Yapacaní bridge, the reopening of the highway, the talks that began on Saturday, the 2023 collapse of reserves, "
     "the minibus drivers' threat of a second march and the end of the blockade are side / background events. "
     "'would hold a second march next week if their demands were not met' and 'have threatened new protests' "
     "are hypothetical and not marked. The ultimatum is dated to its expiry at midnight on Sunday May 31.",
articles=[
dict(id="a1", source="Andean Press Service", published="2026-06-01",
     title="Bolivian truckers block highways out of Santa Cruz over diesel shortage",
     text="""SANTA CRUZ, Bolivia - Truck drivers [[e2|blocked]] the main highways out of Santa Cruz on Monday, parking hundreds of lorries across the roads to Cochabamba, Trinidad and the Brazilian border in protest at months of diesel shortages.

The Eastern Heavy Transport Federation began the [[e2|blockade]] shortly after midnight, when a 72-hour [[e1|ultimatum]] it had given the government ran out without a reply. The federation wants guaranteed diesel supplies, permission for hauliers to import fuel themselves and compensation for the days lost in queues.

"We have waited four days in line for 200 litres. A truck that does not move does not feed anyone," said the federation's president, Rubén Saucedo, standing beside a row of trucks at the Puente Urubó toll post.

Drivers have waited for days at the filling stations of the state oil company YPFB in recent weeks. Bolivia imports most of its diesel and has struggled to pay for it since its foreign currency reserves collapsed in 2023.

Hydrocarbons Minister Carla Montaño called the [[e2|blockade]] illegal and said the government would not negotiate "under pressure". She said two tankers of diesel were being unloaded at the Chilean port of Arica and that supplies would return to normal within ten days.

Farmers' associations in Santa Cruz warned that soybean and sugar harvests could rot in the fields if the roads stayed closed for more than a week."""),
dict(id="a2", source="Altiplano Herald", published="2026-06-05",
     title="Police and soldiers clear Yapacaní bridge as truckers' blockade drags on",
     text="""YAPACANÍ, Bolivia - The government [[e3|sent]] about 1,200 police officers and soldiers to the Yapacaní bridge on Thursday to break up a truckers' [[e2|roadblock]] that had cut the main highway between Santa Cruz and Cochabamba for three days.

The [[e3|operation]] began at dawn. Police fired tear gas at drivers who refused to move their vehicles, and soldiers towed away dozens of trucks. Twenty-three people were detained and four police officers were injured by stones, the interior ministry said.

"We are not against the transporters. We are against holding the country hostage," Interior Minister Ernesto Vaca said.

The highway was open to traffic by Thursday afternoon, but the wider [[e2|blockade]], now in its fifth day, continued on the roads to Trinidad and to the Brazilian border. The Eastern Heavy Transport Federation said the clearing of the bridge would "only harden" its members.

Prices of chicken and vegetables have risen by up to 40 percent in La Paz and Cochabamba since the [[e2|protest]] began on Monday, market traders said.

The crisis is spreading. In La Paz, a federation of minibus drivers' unions said its members would [[e4|march]] on the government palace next Tuesday to demand fuel and a higher fare, bringing the city's public transport to a standstill for the day.

The government has invited the truckers to talks in Santa Cruz on Saturday, its spokesman said."""),
dict(id="a3", source="Andean Press Service", published="2026-06-10",
     title="Minibus drivers march in La Paz; deal with truckers in sight",
     text="""LA PAZ - Thousands of minibus and taxi drivers [[e4|marched]] through La Paz on Tuesday, bringing the capital's public transport to a halt and clashing briefly with police near Plaza Murillo, as Bolivia's fuel crisis spread from the lowlands to the highlands.

The drivers, who left their vehicles parked across the main avenues of El Alto before walking down to the city centre, want guaranteed supplies of diesel and petrol and permission to raise fares. Police used tear gas when a group tried to reach the government palace.

"We are not the truckers of Santa Cruz, but our problem is the same: no fuel, no work," said Wilma Choque, a minibus owner from El Alto.

The [[e4|march]] came on the ninth day of the truckers' [[e2|blockade]] around Santa Cruz, which has left thousands of lorries stranded near the Brazilian border and pushed up food prices across the country.

Talks between the government and the Eastern Heavy Transport Federation, which began on Saturday, continued late into Tuesday night in Santa Cruz. Both sides said they expected to sign an [[e5|agreement]] on Thursday. Officials said it would give hauliers a priority quota of diesel at YPFB depots and let them import fuel privately for six months.

"We are close. There are details left," said the federation's president, Rubén Saucedo.

The minibus drivers' unions said they would hold a second march next week if their demands were not met."""),
dict(id="a4", source="South American Business Monitor", published="2026-06-19",
     title="Bolivia's diesel deal buys time, not fuel",
     text="""ANALYSIS - The roads around Santa Cruz have been open for a week, but the fuel queues have not gone. The [[e5|agreement]] signed on June 11 by the government and the Eastern Heavy Transport Federation ended an eleven-day [[e2|blockade]], but it did not produce a single extra litre of diesel.

The sequence was a familiar one. The hauliers' [[e1|ultimatum]] ran out on May 31 and the [[e2|roadblocks]] went up hours later. Three days after that the government [[e3|sent]] police and soldiers to clear the Yapacaní bridge, which only hardened the drivers. Then, on June 9, the minibus drivers of La Paz [[e4|marched]] on the government palace, and ministers suddenly found that a deal was possible.

Under the [[e5|deal]], hauliers get a priority quota at YPFB depots and may import diesel themselves until December. But private imports need dollars, and Bolivian banks cannot supply them. Several transport firms say they have not managed to buy a single cargo.

"The government traded a promise it cannot keep for roads it could not clear," said Mauricio Arce, an economist in Cochabamba. "The shortage is about foreign currency, and nothing in the text touches that."

The minibus drivers' unions, which were not part of the [[e5|accord]], have threatened new protests. YPFB says the next diesel shipment from Arica is due at the end of the month."""),
]),
# ---------------------------------------------------------------------------- e07
dict(story="e07", topic="Two explosions at an ammunition plant in Kazanlak: five workers killed in the first blast and two army sappers in the second three days later, a residents' rally, the detention of the plant's managers and the labour inspectorate's report (Kazanlak and Stara Zagora; Bulgaria)", events=[
    dict(e="e1", type="casualties", date="2026-07-07", participants=["Shipka Special Products workers"], location="Kazanlak"),
    dict(e="e2", type="casualties", date="2026-07-10", participants=["Bulgarian Army sappers"], location="Kazanlak"),
    dict(e="e3", type="protest", date="2026-07-12", participants=["Kazanlak residents"], location="Kazanlak"),
    dict(e="e4", type="arrest", date="2026-07-13", participants=["Stara Zagora prosecutors", "Shipka Special Products managers"],
         location="Stara Zagora"),
    dict(e="e5", type="report", date="2026-07-23", participants=["General Labour Inspectorate"], location="Sofia"),
], tricky=[("e1", "e2", "five workers killed when a workshop exploded on Tuesday July 7 vs two army sappers killed by detonating shells while clearing the same ruins on Friday July 10")],
note="The explosions themselves, the injured, the pre-trial proceedings, the interior minister's promise, the "
     "suspension of work at the site, the company's statement and offer to the families, the expansion of the "
     "investigation, the charges and bail of the managers and the earlier fines are side / background events. "
     "'killed seven people in four days' and 'both explosions' cover both casualty events and are not marked.",
articles=[
dict(id="a1", source="Balkan Wire", published="2026-07-07",
     title="Explosion at Bulgarian ammunition plant kills five",
     text="""KAZANLAK, Bulgaria - An explosion tore through a workshop at an ammunition plant in the central Bulgarian town of Kazanlak on Tuesday morning, [[e1|killing]] five workers and injuring three, the regional governor's office said.

The blast at Shipka Special Products, a private company that fills artillery shells for export, happened at about 10:40 a.m. in a building where workers were pressing explosive charges, the office said. Windows were shattered in houses several hundred metres away, and a column of black smoke could be seen from the Shipka Pass.

Firefighters kept their distance for several hours for fear of further detonations, and the bodies of four of the victims had not been recovered by evening. The three injured workers were taken to hospital in Stara Zagora, one of them with severe burns.

Interior Minister Petar Dimov, who travelled to the site, promised "a full and merciless investigation". Prosecutors in Stara Zagora opened pre-trial proceedings for causing death through negligence.

Shipka Special Products employs about 400 people and has expanded rapidly since 2022, when European demand for artillery ammunition soared after Russia's full-scale invasion of Ukraine. Residents of the nearby village of Rozova Dolina have complained for years that the plant is too close to their homes.

Several blasts at arms depots and factories in Bulgaria over the past decade have killed workers and led to promises of tighter inspections that, critics say, were never kept."""),
dict(id="a2", source="Sofia Morning Post", published="2026-07-11",
     title="Second blast at Kazanlak plant kills two army sappers",
     text="""KAZANLAK - Two army sappers were [[e2|killed]] on Friday when unexploded shells detonated at the Shipka Special Products ammunition plant in Kazanlak, three days after an explosion there [[e1|killed]] five workers.

The soldiers, from an engineering battalion sent to make the site safe, were removing damaged shells from the ruins of the workshop when they exploded at about 3 p.m., the defence ministry said. A third sapper was seriously injured and was flown to the Military Medical Academy in Sofia.

Defence Minister Nikolai Zhelev suspended all work at the site and said the clearance would continue only with remote-controlled equipment.

"We buried workers this week, and now two soldiers have [[e2|died]] cleaning up after a company that should never have been allowed to operate next to our homes," said Mariana Koleva, a teacher from Rozova Dolina who is organising a [[e3|rally]] in the town centre on Sunday.

The prosecutor's office said on Friday it had widened its investigation to cover both explosions and that charges against company managers were "a matter of days".

The company said in a statement that it was cooperating fully and that its safety procedures met European standards. It offered 50,000 euros to the family of each victim.

Relatives of the workers [[e1|killed]] on Tuesday have accused the company of making them work double shifts to fill export orders. The plant's union said it had warned the management in writing in May that the workshop was overcrowded with explosives."""),
dict(id="a3", source="Balkan Wire", published="2026-07-14",
     title="Bulgarian prosecutors detain ammunition plant bosses after deadly blasts",
     text="""STARA ZAGORA, Bulgaria - Prosecutors [[e4|detained]] the executive director and the head of safety of Shipka Special Products on Monday on suspicion of breaching safety rules, after two explosions at the company's Kazanlak plant killed seven people in four days.

Prosecutors can keep the two men, whose names were not released, for up to 72 hours before asking a court to remand them in custody, said Stara Zagora's district prosecutor, Yordan Petkov.

Petkov said investigators had found that workers in the destroyed workshop were handling twice the quantity of explosives allowed by the plant's licence when the first blast [[e1|killed]] five of them on July 7. "The sappers who [[e2|died]] on Friday were working on shells left over from that overload," he said.

On Sunday, about 3,000 people [[e3|rallied]] in Kazanlak's central Sevtopolis Square, demanding that the plant be closed or moved away from homes. Speakers read out the names of the seven dead, and many in the crowd carried roses, the symbol of the town. The [[e3|protest]] was the largest in Kazanlak since the early 1990s, local journalists said.

The General Labour Inspectorate, which has sent a team to the plant, said it would publish its [[e5|report]] on the causes of the first explosion next week.

The government has ordered checks at all 27 licensed explosives plants in the country."""),
dict(id="a4", source="Central European Review", published="2026-07-28",
     title="Kazanlak blasts expose the cost of Bulgaria's ammunition boom",
     text="""ANALYSIS - The General Labour Inspectorate's [[e5|report]] on the Kazanlak explosions, released last Thursday, reads like a catalogue of ignored warnings. Shipka Special Products, it found, had doubled its output in two years without hiring a single extra safety officer, and had been fined three times since 2023 for storing explosives in unlicensed buildings.

The consequences were deadly. The July 7 blast [[e1|killed]] five workers who had been pressing charges on a double shift. Three days later, two army sappers [[e2|died]] clearing shells that the first explosion had scattered across the site. The inspectors' [[e5|findings]] also fault the defence ministry for sending the sappers in before drones had surveyed the ruins.

The company's executive director and its safety chief, [[e4|detained]] on July 13, have since been charged with negligence causing death and released on bail. The previous day, some 3,000 residents had [[e3|rallied]] in Sevtopolis Square to demand the plant's relocation, and the town council has since voted to ask the government not to renew its licence.

The boom behind the tragedy is not going away. Bulgarian ammunition exports have more than tripled since 2022, and new plants are planned near Sopot and Karlovo.

"Every government since 2022 has said yes to expansion and no to inspectors," said Rumyana Dimova, a labour lawyer in Plovdiv. "The Kazanlak dead are the price of that arithmetic." The inspectorate, she noted, has fewer than 20 explosives specialists for the whole country."""),
]),
# ---------------------------------------------------------------------------- e08
dict(story="e08", topic="Migrant arrivals from eastern Libya on Crete: deaths in a capsize off Gavdos, the migration minister's meeting with Crete's mayors in Chania and his talks in Benghazi six days later, two frigates sent off Libya and a protest against a camp at Agia (Crete and Benghazi; Greece - Libya)", events=[
    dict(e="e1", type="casualties", date="2026-05-17", participants=["migrants"], location="Gavdos"),
    dict(e="e2", type="meeting", date="2026-05-20", participants=["Greek Ministry of Migration and Asylum", "Region of Crete"], location="Chania"),
    dict(e="e3", type="deployment", date="2026-05-22", participants=["Hellenic Navy"], location="Libya"),
    dict(e="e4", type="protest", date="2026-05-23", participants=["Agia residents"], location="Agia"),
    dict(e="e5", type="meeting", date="2026-05-26", participants=["Greece", "eastern Libyan administration"], location="Benghazi"),
], tricky=[("e2", "e5", "the migration minister's meeting with Crete's regional governor and mayors in Chania on Wednesday May 20 vs his talks with eastern Libyan officials in Benghazi on Tuesday May 26, same minister, same subject, six days apart")],
note="The capsize itself, the rescue, the arrest of two suspected smugglers, the announcement of the frigates, "
     "Frontex's offer of an aircraft, the rights groups' warning, the continuing arrivals and the promise to cap "
     "the Agia camp are side / background events. 'The policy took shape in a week' sums up several events and is "
     "not marked; 'Every European minister who goes to Benghazi' is generic and not marked.",
articles=[
dict(id="a1", source="Mediterranean News Agency", published="2026-05-18",
     title="At least 14 migrants die as boat capsizes south of Crete",
     text="""HERAKLION, Greece - At least 14 migrants [[e1|died]] when their fishing boat capsized about 30 nautical miles south of the island of Gavdos on Sunday, the Greek coast guard said.

A merchant ship that answered a distress call pulled 38 survivors from the water, and a coast guard patrol boat recovered the bodies, a coast guard spokeswoman said. Survivors told rescuers that about 60 people had been on board when the boat left Tobruk in eastern Libya on Friday, so at least eight people are still missing.

Most of the passengers were from Egypt, Sudan and Bangladesh, the spokeswoman said. The survivors were taken to the port of Agia Galini on Crete, where two of them were arrested on suspicion of smuggling.

The sinking is the deadliest on the route between eastern Libya and Crete this year. More than 2,100 migrants have reached Crete and Gavdos since the start of May, according to coast guard figures, more than in the whole of 2022.

Migration Minister Stelios Kourakis is due to travel to Chania on Wednesday to [[e2|meet]] Crete's regional governor and the island's mayors, who say their towns cannot cope with the number of arrivals. Reception facilities in Chania and Heraklion, meant for a few hundred people, are holding well over a thousand.

The crossing from Tobruk to Crete takes about two days in calm weather. Smugglers charge up to 4,000 dollars a place, survivors of earlier crossings have said."""),
dict(id="a2", source="Athens Daily Courier", published="2026-05-21",
     title="Greece to send frigates off Libya after Crete meeting",
     text="""CHANIA, Greece - Greece will [[e3|send]] two navy frigates to patrol international waters off the coast of eastern Libya, Migration Minister Stelios Kourakis said on Wednesday after [[e2|talks]] in Chania with Crete's regional governor and the mayors of the island's southern towns.

The ships will sail "by the end of the week" and will work with the coast guard to spot boats leaving Tobruk and nearby beaches, he said. "We cannot wait for them to arrive at Gavdos. By then it is often too late," Kourakis told reporters after the [[e2|meeting]].

The bodies of three more migrants were found on Tuesday near the spot where a boat capsized south of Gavdos on Sunday, raising the [[e1|death toll]] to 17.

The mayors asked for more police, money for reception and the quick transfer of new arrivals to the mainland. The government wants to open a temporary reception centre in a disused army camp at Agia, near Chania, a plan that has angered local residents.

Kourakis also said he would travel to Benghazi next week to [[e5|meet]] officials of the administration that controls eastern Libya and ask them to stop boats from leaving.

The European Union's border agency, Frontex, has offered a surveillance aircraft. Human rights groups warned that naval patrols near Libya could lead to migrants being returned to a country where they face detention and abuse."""),
dict(id="a3", source="Mediterranean News Agency", published="2026-05-24",
     title="Villagers near Chania protest against migrant camp as frigates head south",
     text="""CHANIA - Hundreds of residents [[e4|protested]] on Saturday in the village of Agia near Chania against a government plan to house newly arrived migrants in a disused army camp on the edge of the village.

The protesters blocked the road to the camp with tractors and parked cars for several hours and chanted "Crete is not a warehouse". Police watched but did not intervene. "We are not against refugees. We are against a camp for a thousand people in a village of eight hundred," said Giorgos Manousakis, head of the local residents' association.

The [[e4|protest]] came a day after two Greek navy frigates, the Hydra and the Psara, [[e3|sailed]] from Souda Bay to patrol international waters off eastern Libya. The [[e3|deployment]] was announced by Migration Minister Stelios Kourakis at Wednesday's [[e2|meeting]] with the governor and mayors of Crete.

Kourakis is due in Benghazi on Tuesday for [[e5|talks]] with the eastern Libyan authorities, whose coast guard Greece wants to help train and equip.

Meanwhile the boats keep coming. About 400 people reached Gavdos and the south coast of Crete on Friday and Saturday, the coast guard said. Seventeen people have been confirmed [[e1|dead]] and several are still missing after last Sunday's shipwreck south of Gavdos, the deadliest on the route this year."""),
dict(id="a4", source="Aegean Policy Review", published="2026-06-02",
     title="Greece's Libya gamble",
     text="""ANALYSIS - When Greece's migration minister [[e5|met]] officials of the eastern Libyan administration in Benghazi on May 26, he brought an offer: boats, training and money for their coast guard, in return for fewer departures from Tobruk. The [[e5|talks]] ended with warm words and a promise of a joint committee, but no signed text.

Athens has reason to hurry. Since the shipwreck off Gavdos on May 17, in which 17 people [[e1|died]], almost 1,000 more migrants have landed on Crete and Gavdos. The two frigates [[e3|dispatched]] to international waters off Libya on May 22 spot boats earlier, but have no legal means of stopping them.

The policy took shape in a week. At his [[e2|meeting]] with Crete's governor and mayors in Chania on May 20, Stelios Kourakis promised ships, police and faster transfers to the mainland. The residents of Agia, who [[e4|blocked]] the road to the planned camp on May 23, have since won a promise that it will hold no more than 300 people.

"Eastern Libya has learned that migrants are a currency," said Eleni Papadaki, a migration researcher in Rethymno. "Every European minister who goes to Benghazi raises the price."

For now, the numbers are moving the wrong way for the government. The coast guard counted more arrivals in May than in any month since 2015, and the reception centres in Chania and Heraklion are still holding three times their capacity."""),
]),
# ---------------------------------------------------------------------------- e09
dict(story="e09", topic="Brahmaputra embankment breach in Morigaon, Assam: seven drowned, NDRF teams and, two days later, army columns sent, the chief minister's letter to the prime minister and the home ministry's release of disaster funds (Morigaon, Guwahati and New Delhi; India)", events=[
    dict(e="e1", type="casualties", date="2026-06-22", participants=["Morigaon villagers"], location="Bhuragaon"),
    dict(e="e2", type="deployment", date="2026-06-23", participants=["National Disaster Response Force"], location="Morigaon"),
    dict(e="e3", type="deployment", date="2026-06-25", participants=["Indian Army"], location="Morigaon"),
    dict(e="e4", type="letter", date="2026-06-27", participants=["Assam", "Prime Minister of India"], location="Guwahati"),
    dict(e="e5", type="support", date="2026-07-02", participants=["Ministry of Home Affairs", "Assam"], location=None),
], tricky=[("e2", "e3", "six NDRF teams with inflatable boats sent from near Guwahati on Tuesday June 23 vs five army columns deployed in Morigaon and Nagaon on Thursday June 25, both sent to the same breach")],
note="The breach itself, the SDRF rescues, the statewide flood figures and death toll, Kaziranga, the 2022 repairs, "
     "the army's ring bund, the opposition's criticism, the central team's visit and the 1950s embankments are "
     "side / background events. 'the flood death toll this year' covers many deaths and is not marked.",
articles=[
dict(id="a1", source="Northeast Wire", published="2026-06-23",
     title="Seven drown as embankment breach floods villages in Assam's Morigaon",
     text="""GUWAHATI, India - Seven people, three of them children, [[e1|drowned]] in Assam's Morigaon district on Monday when a stretch of embankment on the Brahmaputra gave way before dawn and water rushed into sleeping villages, district officials said.

The breach, about 150 metres wide, flooded more than 40 villages around Bhuragaon and Laharighat. "In ten minutes the water was at the roof," said Abdul Rashid, a farmer who carried his elderly mother onto the embankment.

The National Disaster Response Force [[e2|sent]] six teams with inflatable boats from its base near Guwahati on Tuesday morning to rescue people trapped on rooftops and in trees, an NDRF officer said. Local volunteers and the State Disaster Response Force had brought about 2,000 people to safety by Monday night.

Across Assam, more than 1.1 million people in 21 districts have been hit by flooding after a week of heavy monsoon rain in the state and in neighbouring Arunachal Pradesh, the Assam State Disaster Management Authority said. The Brahmaputra was flowing above the danger mark at Neamatighat and Dhubri.

The embankment at Bhuragaon had been repaired after the floods of 2022, and villagers said they had complained in May that it was leaking again.

Parts of Kaziranga National Park were also under water, and forest officials said animals were crossing the national highway to reach higher ground in the Karbi hills."""),
dict(id="a2", source="Brahmaputra Chronicle", published="2026-06-26",
     title="Army called in as Assam floods worsen",
     text="""MORIGAON, Assam - The Indian Army [[e3|deployed]] five columns in Morigaon and Nagaon districts on Thursday at the request of the state government, as water from a breached Brahmaputra embankment spread to new villages.

The soldiers, from a formation based in Tezpur, brought boats and engineering equipment and will try to close the 150-metre breach at Bhuragaon, an army spokesman said. They are working alongside the six teams of the National Disaster Response Force that [[e2|arrived]] on Tuesday.

"The water has nowhere to go. Every day it takes another village," said Morigaon's deputy commissioner, Anjali Bora.

The bodies of the seven people who [[e1|drowned]] when the embankment broke on Monday have been handed to their families. Across Assam, the flood death toll this year has reached 23, officials said.

More than 1.4 million people are now affected, and about 180,000 are living in relief camps set up in schools and on higher ground.

Assam's chief minister said on Thursday that he would [[e4|write]] to the prime minister within days to seek special central assistance for rebuilding embankments and compensating farmers whose crops have been destroyed.

The opposition Congress party accused the state government of neglecting embankment maintenance. A party spokesman in Guwahati said villagers had warned about the Bhuragaon embankment weeks before it broke, and that nobody had listened to them."""),
dict(id="a3", source="Northeast Wire", published="2026-06-29",
     title="Assam seeks 2,500 crore rupees from Centre for flood damage",
     text="""GUWAHATI - Assam's chief minister has [[e4|written]] to the prime minister asking for 2,500 crore rupees, about 290 million dollars, in special assistance to repair embankments and compensate families hit by this month's floods, his office said on Monday.

In the [[e4|letter]], sent on Saturday, the chief minister said the breach of the Brahmaputra embankment at Bhuragaon in Morigaon district had "exposed the limits of what a state can do alone" and asked for a central team to assess the damage.

The water is slowly receding in Morigaon. The army columns [[e3|sent]] to Morigaon and Nagaon on Thursday finished a temporary ring bund around the breach on Sunday, and the six NDRF teams [[e2|deployed]] last Tuesday have started moving back to their base.

The seven [[e1|deaths]] at Bhuragaon have become a political issue. Opposition legislators say the embankment was repaired with substandard materials after the 2022 floods and have demanded an inquiry.

"Promises after the disaster are easy. Money for the embankments before the monsoon is what we needed," said Rupjyoti Hazarika, a schoolteacher from Laharighat whose house is still under water.

About 90,000 people remain in relief camps in Morigaon and Nagaon. Officials say families may not return to villages near the breach for weeks.

The chief minister's office said a central team was expected to visit the district this week, and that the Union home ministry was likely to [[e5|release]] an advance from the national disaster fund within days."""),
dict(id="a4", source="India Policy Review", published="2026-07-08",
     title="After the Morigaon breach, the same old embankment politics",
     text="""ANALYSIS - The Union home ministry [[e5|released]] 675 crore rupees to Assam last Thursday as an advance from the national disaster fund. That is about a quarter of what the chief minister requested in his [[e4|letter]] of June 27, and it will go mostly on relief camps and emergency repairs rather than on new embankments.

The [[e5|tranche]] follows a familiar sequence. The embankment at Bhuragaon gave way on June 22, [[e1|drowning]] seven people. National Disaster Response Force teams [[e2|arrived]] the next day, and army columns were [[e3|called in]] two days after that to close the breach.

Assam has more than 4,000 kilometres of embankments, most of them built in the 1950s and 1960s, when the Brahmaputra carried less sediment and the villages behind them were smaller. Engineers say many are now lower than the riverbed they were built to contain.

"We keep repairing the same earth walls and calling it flood control," said Partha Jyoti Das, a hydrologist in Guwahati. "Every breach is followed by a request to Delhi, every request by a cheque, and nothing changes at the river."

The central team that visited Morigaon last week is expected to recommend a second payment. But the state's own plan to raise and strengthen 600 kilometres of embankments by 2030 has no funding attached, and the monsoon has two more months to run."""),
]),
# ---------------------------------------------------------------------------- e10
dict(story="e10", topic="Pakistan's deportation drive against Afghans: the March 31 deadline for Islamabad and Rawalpindi, the next day's police raids, UNHCR's appeal, an EU aid pledge and the April 15 deadline for Punjab (Islamabad, Torkham and Lahore; Pakistan - Afghanistan)", events=[
    dict(e="e1", type="deadline", date="2026-03-31", participants=["Pakistan Ministry of Interior", "Afghans in Pakistan"], location="Islamabad"),
    dict(e="e2", type="arrest", date="2026-04-01", participants=["Islamabad Capital Territory Police", "Afghans in Pakistan"], location="Islamabad"),
    dict(e="e3", type="statement", date="2026-04-02", participants=["UNHCR"], location=None),
    dict(e="e4", type="support", date="2026-04-07", participants=["European Union", "Afghan returnees"], location=None),
    dict(e="e5", type="deadline", date="2026-04-15", participants=["Pakistan Ministry of Interior", "Afghans in Pakistan"], location="Punjab"),
], tricky=[("e1", "e5", "the March 31 deadline for Afghans without visas to leave Islamabad and Rawalpindi vs the April 15 deadline, set on April 3, for those in the rest of Punjab province, two deadlines of the same deportation drive")],
note="The repatriation drive since 2023, the crossings at Torkham, the Pakistani foreign office's rejection of the "
     "appeal, the European Commission's own call for dignified returns, the release of some detainees, the "
     "detentions in Punjab after the second deadline and the Taliban government's remarks are side / background "
     "events.",
articles=[
dict(id="a1", source="South Asia Wire", published="2026-04-01",
     title="Pakistan police round up Afghans as deadline expires",
     text="""ISLAMABAD - Police in Islamabad and Rawalpindi [[e2|detained]] hundreds of Afghans in house-to-house raids on Wednesday, hours after a government [[e1|deadline]] for Afghans without valid visas to leave the twin cities expired at midnight.

Officers, some in plain clothes, went door to door in the Afghan settlements of Islamabad's I-11 and G-12 sectors and in Rawalpindi's Dhok Hassu, checking documents and putting men, women and children on buses to a holding centre on the edge of the capital, witnesses said. From there they are to be taken to the Torkham border crossing, about 230 kilometres to the west.

"My father came in 1981. I was born here, my children were born here. Where do they want us to go?" said Gul Agha, 38, a vegetable seller in I-11, as police loaded his brother onto a bus.

The interior ministry said the [[e1|deadline]], announced in February, applied to all Afghans without visas, including holders of Proof of Registration cards issued by the government with the U.N. refugee agency. Officials said the drive would move on to other cities in Punjab in the coming weeks.

Pakistan has sent home more than a million Afghans since it launched its repatriation campaign in late 2023. It accuses Afghans of involvement in militancy and crime, charges that the Taliban government in Kabul rejects.

Rights groups said many of those [[e2|detained]] on Wednesday had lived in Pakistan for decades."""),
dict(id="a2", source="Khyber Dispatch", published="2026-04-04",
     title="UNHCR urges Pakistan to halt deportations as Torkham crossings surge",
     text="""TORKHAM, Pakistan - More than 9,000 Afghans crossed into Afghanistan at Torkham on Friday, the highest number in a single day this year, border officials said, as Pakistan widened its campaign to send them home.

The U.N. refugee agency on Thursday [[e3|urged]] Pakistan to suspend the deportations, saying many of those being sent back had lived in Pakistan for decades and that women and girls faced severe restrictions in Afghanistan. In its [[e3|statement]], UNHCR said it had recorded cases of families separated during police raids.

On Friday the interior ministry set a new [[e5|deadline]]: Afghans living in the rest of Punjab province without valid visas must leave by April 15 or face arrest. The ministry said 640 people had been [[e2|detained]] in Wednesday's raids in Islamabad and Rawalpindi, after the twin cities' [[e1|deadline]] passed on Tuesday night, and that most had already been taken to Torkham.

"I was born in Peshawar. I have never seen Afghanistan," said Nazifa, 19, waiting with her mother at the crossing in the heat.

Trucks piled with beds, fans and bundles lined the road to the border for kilometres. Afghan officials on the other side said they lacked tents and water for the numbers arriving.

Pakistan's foreign office rejected the UNHCR [[e3|appeal]], saying the country respected international law and that people who had entered legally would not be affected."""),
dict(id="a3", source="South Asia Wire", published="2026-04-09",
     title="EU pledges 12 million euros for Afghans returning from Pakistan",
     text="""BRUSSELS/ISLAMABAD - The European Union on Tuesday [[e4|pledged]] 12 million euros in humanitarian aid for Afghans returning from Pakistan, as the number of people crossing at Torkham passed 40,000 in a week.

The [[e4|funding]], announced by the European Commission, will go to U.N. agencies and aid groups providing food, shelter and cash at reception points on the Afghan side of the border, the Commission said.

The Commission also called on Pakistan to respect "the principle of voluntary and dignified return", echoing the UNHCR's [[e3|call]] last week for a halt to deportations.

In Lahore, Afghan families are selling shops and furniture ahead of the April 15 [[e5|deadline]] for Punjab. "We have until next Wednesday. After that the police come," said a carpet trader in the city's Ichhra market who did not want his name used.

In Islamabad, some of the 640 men, women and children [[e2|detained]] in the capital on April 1 have been released after showing valid visas, lawyers said. Others were deported before their papers could be checked.

Aid agencies in Afghanistan say the country, hit by drought and by cuts in foreign aid, cannot absorb so many people at once. Many returnees have never lived there and have no land or relatives to go to.

Pakistan hosts about 2.5 million Afghans, according to U.N. estimates, of whom fewer than half hold any form of registration."""),
dict(id="a4", source="Asia Migration Review", published="2026-04-21",
     title="Pakistan's deadlines and the Afghans who cannot go home",
     text="""ANALYSIS - Pakistan's second [[e5|deadline]] in a month passed last Wednesday, and the pattern of the first was repeated in Lahore, Faisalabad and Multan: raids, holding centres and buses to Torkham.

It began in the capital. When the [[e1|deadline]] for Islamabad and Rawalpindi expired on March 31, police [[e2|rounded up]] 640 people the next day, many of them born in Pakistan. The U.N. refugee agency's [[e3|appeal]] on April 2 to suspend deportations was rejected within hours, and the European Union's [[e4|pledge]] of 12 million euros five days later acknowledged what was happening rather than trying to stop it.

Since the Punjab [[e5|cut-off]], police say, another 3,200 people have been detained, and crossings at Torkham have run at about 7,000 a day.

"The deadlines are administrative, but the effect is collective punishment," said Sana Baloch, a lawyer in Islamabad who represents detained families. "People who were born here are being deported as illegal immigrants."

Officials in Islamabad say the drive is about security and the economy, and point to the attacks in Khyber Pakhtunkhwa that they blame on militants sheltering in Afghanistan. The Taliban government says returnees are welcome but has asked for time and money to receive them.

Neither side has said what happens to the roughly one million Afghans who still hold valid registration cards. Their documents expire in June."""),
]),
]
