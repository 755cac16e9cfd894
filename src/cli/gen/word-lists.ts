// The word lists the articles are assembled from: states, bodies, publishers, names, and the phrase
// templates of quotes, paraphrases and reports ({o} is an object phrase, {o2} a second one).
import type { AgreementKind, AgreementStatus, MeetingKind, Topic } from '../../domain/vocabulary.js'
import { cumulate, zipf } from './random.js'

export interface StateDef {
  name: string
  code: string
  adj: string
  capital: string
  aliases: string[]
}

export const STATES: StateDef[] = (
  [
    ['United States', 'US', 'US', 'Washington', ['US', 'U.S.', 'Washington']],
    ['Iraq', 'IQ', 'Iraqi', 'Baghdad', ['Baghdad', 'Iraqi government', 'Federal Iraq']],
    ['Iran', 'IR', 'Iranian', 'Tehran', ['Tehran']],
    ['Turkey', 'TR', 'Turkish', 'Ankara', ['Türkiye', 'Ankara']],
    ['Syria', 'SY', 'Syrian', 'Damascus', ['Damascus']],
    ['Saudi Arabia', 'SA', 'Saudi', 'Riyadh', ['Riyadh', 'the Kingdom']],
    ['Jordan', 'JO', 'Jordanian', 'Amman', ['Amman']],
    ['Kuwait', 'KW', 'Kuwaiti', 'Kuwait City', []],
    ['Qatar', 'QA', 'Qatari', 'Doha', ['Doha']],
    ['United Arab Emirates', 'AE', 'Emirati', 'Abu Dhabi', ['UAE', 'the Emirates']],
    ['Oman', 'OM', 'Omani', 'Muscat', ['Muscat']],
    ['Bahrain', 'BH', 'Bahraini', 'Manama', ['Manama']],
    ['Egypt', 'EG', 'Egyptian', 'Cairo', ['Cairo']],
    ['Lebanon', 'LB', 'Lebanese', 'Beirut', ['Beirut']],
    ['Israel', 'IL', 'Israeli', 'Jerusalem', []],
    ['Yemen', 'YE', 'Yemeni', 'Sanaa', ["Sana'a"]],
    ['United Kingdom', 'GB', 'British', 'London', ['UK', 'Britain', 'London']],
    ['France', 'FR', 'French', 'Paris', ['Paris']],
    ['Germany', 'DE', 'German', 'Berlin', ['Berlin']],
    ['Italy', 'IT', 'Italian', 'Rome', ['Rome']],
    ['Spain', 'ES', 'Spanish', 'Madrid', ['Madrid']],
    ['Netherlands', 'NL', 'Dutch', 'The Hague', ['Holland']],
    ['Belgium', 'BE', 'Belgian', 'Brussels', []],
    ['Norway', 'NO', 'Norwegian', 'Oslo', ['Oslo']],
    ['Sweden', 'SE', 'Swedish', 'Stockholm', ['Stockholm']],
    ['Denmark', 'DK', 'Danish', 'Copenhagen', ['Copenhagen']],
    ['Poland', 'PL', 'Polish', 'Warsaw', ['Warsaw']],
    ['Russia', 'RU', 'Russian', 'Moscow', ['Moscow', 'the Kremlin']],
    ['China', 'CN', 'Chinese', 'Beijing', ['Beijing']],
    ['Japan', 'JP', 'Japanese', 'Tokyo', ['Tokyo']],
    ['South Korea', 'KR', 'South Korean', 'Seoul', ['Seoul']],
    ['India', 'IN', 'Indian', 'New Delhi', ['New Delhi']],
    ['Pakistan', 'PK', 'Pakistani', 'Islamabad', ['Islamabad']],
    ['Afghanistan', 'AF', 'Afghan', 'Kabul', ['Kabul']],
    ['Canada', 'CA', 'Canadian', 'Ottawa', ['Ottawa']],
    ['Australia', 'AU', 'Australian', 'Canberra', ['Canberra']],
    ['Switzerland', 'CH', 'Swiss', 'Bern', ['Bern']],
    ['Austria', 'AT', 'Austrian', 'Vienna', ['Vienna']],
    ['Greece', 'GR', 'Greek', 'Athens', ['Athens']],
    ['Cyprus', 'CY', 'Cypriot', 'Nicosia', ['Nicosia']],
    ['Azerbaijan', 'AZ', 'Azerbaijani', 'Baku', ['Baku']],
    ['Armenia', 'AM', 'Armenian', 'Yerevan', ['Yerevan']],
    ['Georgia', 'GE', 'Georgian', 'Tbilisi', ['Tbilisi']],
    ['Ukraine', 'UA', 'Ukrainian', 'Kyiv', ['Kyiv', 'Kiev']],
    ['Libya', 'LY', 'Libyan', 'Tripoli', ['Tripoli']],
    ['Tunisia', 'TN', 'Tunisian', 'Tunis', []],
    ['Algeria', 'DZ', 'Algerian', 'Algiers', ['Algiers']],
    ['Morocco', 'MA', 'Moroccan', 'Rabat', ['Rabat']],
    ['Sudan', 'SD', 'Sudanese', 'Khartoum', ['Khartoum']],
    ['Ethiopia', 'ET', 'Ethiopian', 'Addis Ababa', ['Addis Ababa']],
    ['Somalia', 'SO', 'Somali', 'Mogadishu', ['Mogadishu']],
    ['Kenya', 'KE', 'Kenyan', 'Nairobi', ['Nairobi']],
    ['Nigeria', 'NG', 'Nigerian', 'Abuja', ['Abuja']],
    ['South Africa', 'ZA', 'South African', 'Pretoria', ['Pretoria']],
    ['Brazil', 'BR', 'Brazilian', 'Brasília', ['Brasília']],
    ['Mexico', 'MX', 'Mexican', 'Mexico City', []],
    ['Colombia', 'CO', 'Colombian', 'Bogotá', ['Bogotá']],
    ['Indonesia', 'ID', 'Indonesian', 'Jakarta', ['Jakarta']],
    ['Malaysia', 'MY', 'Malaysian', 'Kuala Lumpur', []],
    ['Philippines', 'PH', 'Philippine', 'Manila', ['Manila']],
  ] as const
).map(([name, code, adj, capital, aliases]) => ({ name, code, adj, capital, aliases: [...aliases] }))

// The first few states take part in most talks: this is a dataset about a handful of negotiations.
export const STATE_WEIGHTS = cumulate(STATES.map((_s, i) => 1 / (i + 1) ** 1.2))

export const INSTITUTIONS = [
  'Ministry of Defense',
  'Ministry of Foreign Affairs',
  'Ministry of Interior',
  'National Security Council',
  'Parliament',
  'Army',
  'Air Force',
  'Navy',
  'Joint Operations Command',
  'Counter-Terrorism Service',
  'Prime Minister’s Office',
  'Presidency',
  'General Staff',
  'Intelligence Service',
  'Border Guard',
  'Central Bank',
  'Ministry of Oil',
  'Ministry of Finance',
]

export const MULTILATERAL = [
  ['NATO', ['North Atlantic Treaty Organization', 'the Alliance']],
  ['United Nations', ['UN']],
  ['European Union', ['EU']],
  ['Arab League', ['League of Arab States']],
  ['Global Coalition to Defeat ISIS', ['the coalition', 'US-led coalition']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['UN Assistance Mission for Iraq', ['UNAMI']],
  ['Organisation of Islamic Cooperation', ['OIC']],
  ['Gulf Cooperation Council', ['GCC']],
  ['African Union', ['AU']],
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross']],
  ['World Bank', []],
  ['International Monetary Fund', ['IMF']],
  ['NATO Mission Iraq', ['NMI']],
  ['Combined Joint Task Force – Operation Inherent Resolve', ['CJTF-OIR', 'Operation Inherent Resolve']],
  ['US Central Command', ['CENTCOM']],
  ['UN Security Council', ['Security Council']],
  ['Organization for Security and Co-operation in Europe', ['OSCE']],
] as const

export const PUBLISHERS: { name: string; code: string; domain: string; city: string }[] = [
  ['Anadolu Agency (AA)', 'AA', 'aa.com.tr', 'ANKARA'],
  ['Rudaw', 'Rudaw', 'rudaw.net', 'ERBIL'],
  ['MENAFN', 'MENAFN', 'menafn.com', 'AMMAN'],
  ['Reuters', 'Reuters', 'reuters.com', 'LONDON'],
  ['Associated Press', 'AP', 'apnews.com', 'WASHINGTON'],
  ['Agence France-Presse', 'AFP', 'afp.com', 'PARIS'],
  ['Al Jazeera', 'Al Jazeera', 'aljazeera.com', 'DOHA'],
  ['Kurdistan24', 'K24', 'kurdistan24.net', 'ERBIL'],
  ['Shafaq News', 'Shafaq', 'shafaq.com', 'BAGHDAD'],
  ['Iraqi News Agency (INA)', 'INA', 'ina.iq', 'BAGHDAD'],
  ['Islamic Republic News Agency (IRNA)', 'IRNA', 'irna.ir', 'TEHRAN'],
  ['Al-Monitor', 'Al-Monitor', 'al-monitor.com', 'WASHINGTON'],
  ['The National', 'The National', 'thenationalnews.com', 'ABU DHABI'],
  ['Asharq Al-Awsat', 'Asharq Al-Awsat', 'aawsat.com', 'RIYADH'],
  ['Xinhua', 'Xinhua', 'xinhuanet.com', 'BEIJING'],
  ['TASS', 'TASS', 'tass.com', 'MOSCOW'],
  ['Defense News', 'Defense News', 'defensenews.com', 'WASHINGTON'],
  ['Stars and Stripes', 'Stars and Stripes', 'stripes.com', 'WASHINGTON'],
  ['Baghdad Today', 'Baghdad Today', 'baghdadtoday.news', 'BAGHDAD'],
  ['Deutsche Welle', 'DW', 'dw.com', 'BERLIN'],
  ['BBC News', 'BBC', 'bbc.co.uk', 'LONDON'],
  ['Arab News', 'Arab News', 'arabnews.com', 'RIYADH'],
  ['Daily Sabah', 'Daily Sabah', 'dailysabah.com', 'ISTANBUL'],
  ['The Jordan Times', 'JT', 'jordantimes.com', 'AMMAN'],
  ['Gulf News', 'Gulf News', 'gulfnews.com', 'DUBAI'],
  ['Al-Ahram', 'Al-Ahram', 'ahram.org.eg', 'CAIRO'],
  ['Kyodo News', 'Kyodo', 'kyodonews.net', 'TOKYO'],
  ['Yonhap', 'Yonhap', 'yna.co.kr', 'SEOUL'],
  ['Press Trust of India', 'PTI', 'ptinews.com', 'NEW DELHI'],
  ['Agenzia Nova', 'Nova', 'agenzianova.com', 'ROME'],
].map(([name, code, domain, city]) => ({ name: name as string, code: code as string, domain: domain as string, city: city as string }))
export const PUBLISHER_WEIGHTS = zipf(PUBLISHERS.length, 0.8)

export const FIRST_NAMES = [
  'Ahmed', 'Mohammed', 'Ali', 'Hussein', 'Hassan', 'Omar', 'Khalid', 'Yahya', 'Thabet', 'Fuad', 'Qubad', 'Masrour', 'Nechirvan', 'Hakan',
  'Mevlüt', 'Recep', 'Abbas', 'Hadi', 'Mustafa', 'Kadhim', 'Haider', 'Adel', 'Nouri', 'Ibrahim', 'Saleh', 'Rashid', 'Faisal', 'Abdullah',
  'Ayman', 'Tariq', 'Ziad', 'Samir', 'Walid', 'Nabil', 'Jamal', 'Bassam', 'Karim', 'Layla', 'Noor', 'Zainab', 'Fatima', 'Rana', 'Hana',
  'Lloyd', 'Antony', 'Pat', 'John', 'Michael', 'Mark', 'Jennifer', 'Sabrina', 'Linda', 'Brett', 'Alina', 'Matthew', 'Kathleen', 'Joseph',
  'Dana', 'Elizabeth', 'Celeste', 'Robert', 'Lisa', 'Daniel', 'Anne', 'Jens', 'Josep', 'Annalena', 'Olaf', 'Giorgia', 'Emmanuel',
  'Catherine', 'Jean-Yves', 'Sergei', 'Maria', 'Wang', 'Li', 'Yoshimasa', 'Ayşe', 'Gökhan', 'Emine', 'Javad', 'Hossein', 'Ebrahim',
  'Masoud', 'Qassem', 'Ismail', 'Amir', 'Reza', 'Farhad', 'Sherzad', 'Kawa', 'Dilan', 'Shirin', 'Soran', 'Rebaz', 'Bafel', 'Jalal',
  'Hoshyar', 'Barham', 'Safeen', 'Hemin', 'Aram', 'Goran', 'Nizar', 'Jeanine', 'Volker', 'Wiebke', 'Pierre', 'Lucas', 'Sofia', 'Elena',
]
export const LAST_NAMES = [
  'Abbasi', 'Sudani', 'Hussein', 'Rasool', 'Kadhimi', 'Abadi', 'Maliki', 'Hakim', 'Sadr', 'Amiri', 'Fayyadh', 'Zebari', 'Barzani',
  'Talabani', 'Dizayee', 'Othman', 'Jaafari', 'Allawi', 'Nujaifi', 'Halbousi', 'Mashhadani', 'Qaragholi', 'Zaidi', 'Tamimi', 'Obeidi',
  'Jubouri', 'Dulaimi', 'Shammari', 'Khafaji', 'Saadi', 'Rubaie', 'Hashimi', 'Khazali', 'Muhandis', 'Asadi', 'Saedi', 'Karbalai',
  'Austin', 'Blinken', 'Ryder', 'Kirby', 'Miller', 'Singh', 'Sullivan', 'McGurk', 'Romanowski', 'Garber', 'Kurilla', 'Votel', 'Brown',
  'Stoltenberg', 'Borrell', 'Baerbock', 'Scholz', 'Meloni', 'Macron', 'Colonna', 'Le Drian', 'Lavrov', 'Shoigu', 'Zakharova',
  'Hennis-Plasschaert', 'Perthes', 'Fidan', 'Akar', 'Çavuşoğlu', 'Kalın', 'Zarif', 'Araghchi', 'Amir-Abdollahian', 'Raisi', 'Kanaani',
  'Soleimani', 'Qaani', 'Safadi', 'Shoukry', 'Al Thani', 'bin Farhan', 'bin Zayed', 'Busaidi', 'Aboul Gheit', 'Hayashi', 'Jaishankar',
  'Fernández', 'Novak', 'Weber', 'Schmidt', 'Rossi', 'Dubois', 'Moreau', 'Petrov', 'Ivanova', 'Kowalski', 'Jensen', 'Johansson',
  'Okafor', 'Mensah', 'Haddad', 'Khoury', 'Nasser', 'Mansour', 'Saleh', 'Yousef', 'Darwish', 'Qasim', 'Karimi', 'Rahimi', 'Ahmadi',
]
export const ARABIC_SURNAMES = new Set(LAST_NAMES.slice(0, 37))

export const ROLES = [
  'Minister of Defense', 'Foreign Minister', 'spokesperson', 'Chief of Staff', 'Ambassador', 'Commander', 'National Security Adviser',
  'Deputy Minister', 'Press Secretary', 'Member of Parliament', 'Senior Adviser', 'Director', 'Secretary', 'Special Envoy',
  'Undersecretary', 'Lieutenant General', 'Major General', 'Deputy Commander', 'Head of Delegation', 'Military Attaché',
]

export const GROUP_NAMES = [
  'Hezbollah', 'Nujaba', 'Sayyid al-Shuhada', 'Imam Ali', 'Abu al-Fadl al-Abbas', 'Jund al-Islam', 'Ashab al-Kahf', 'Thar Allah',
  'Rab Allah', 'Ansar al-Marjaiya', 'Ali al-Akbar', 'Qasim al-Jabbarin', 'al-Waad al-Haq', 'Zulfiqar', 'al-Mukhtar', 'Badr',
  'Tanzim Hurras', 'al-Ahwaz', 'Sinjar', 'Nineveh Plains', 'Tal Afar', 'Anbar Tribal', 'Hawija', 'Makhmour', 'Diyala', 'Jurf al-Sakhar',
]
export const GROUP_PATTERNS = ["Kata'ib {n}", '{n} Brigades', 'Saraya {n}', 'Harakat {n}', '{n} Resistance Front', '{n} Protection Units', '{n} Tribal Mobilization Force', '{n} Battalions', 'Liwa {n}']
export const KNOWN_GROUPS = [
  ['ISIS', ['Daesh', 'Islamic State', 'ISIL']],
  ['Popular Mobilization Forces', ['PMF', 'Hashd al-Shaabi']],
  ["Kata'ib Hezbollah", ['KH']],
  ["Asa'ib Ahl al-Haq", ['AAH']],
  ['Houthis', ['Ansar Allah']],
  ["Kurdistan Workers' Party", ['PKK']],
  ['Taliban', []],
  ['al-Shabaab', []],
  ['Islamic Resistance in Iraq', []],
  ['Pro-Iran militia groups', ['Iran-backed militias', 'pro-Iran militia groups']],
] as const

export const CITIES = [
  'Baghdad', 'Erbil', 'Washington', 'Ankara', 'Doha', 'Geneva', 'Vienna', 'Amman', 'Riyadh', 'Tehran', 'Brussels', 'Kuwait City', 'Muscat',
  'Cairo', 'Beirut', 'New York', 'Paris', 'London', 'Berlin', 'Moscow', 'Abu Dhabi', 'Istanbul', 'Sulaimani', 'Basra', 'Mosul', 'Kirkuk',
  'Najaf', 'Rome', 'Oslo', 'Madrid',
]
export const VENUES = ['the Pentagon, Washington', 'the State Department, Washington', 'the Green Zone, Baghdad', 'the Prime Minister’s Office, Baghdad', 'NATO headquarters, Brussels', 'the Palais des Nations, Geneva', 'the Foreign Ministry, Ankara', 'the Kurdistan Region Presidency, Erbil', 'the Coalition headquarters, Baghdad', 'Union Base, Baghdad']
export const FACILITIES = ['Ain al-Asad air base', 'Harir air base', 'Baghdad International Airport', 'the US Embassy in Baghdad', 'Camp Victory', 'al-Tanf garrison', 'Erbil International Airport', 'the Green Zone', 'Camp Taji', 'Balad Air Base', 'the Bashiqa camp', 'Victory Base Complex']
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
export const REPORTERS = ['Diyar Guldogan', 'Lawk Ghafuri', 'Sura Ali', 'Hiwa Shilani', 'Mohammed Rwanduzy', 'Dilan Sirwan', 'Kosar Nawzad', 'Julian Bechocha', 'Khazan Jangiz', 'Winthrop Rodgers', 'Amberin Zaman', 'Shelly Kittleson', 'John Davison', 'Timour Azhari', 'Ahmed Rasheed', 'Lara Jakes', 'Jane Arraf', 'Qassim Abdul-Zahra', 'Abby Sewell', 'Lolita Baldor', 'Tara Copp', 'Idrees Ali', 'Phil Stewart', 'Samya Kullab', 'Bassem Mroue']

// Object phrases by topic: what the statements talk about.
export const TOPIC_OBJECTS: Record<Topic, string[]> = {
  withdrawal: ['the withdrawal of coalition forces', 'a timetable for the withdrawal', 'the drawdown of foreign troops', 'the end of the coalition mission', 'the pullout of combat units', 'the full withdrawal of US-led forces', 'the phased departure of foreign troops'],
  'troop-levels': ['the number of troops stationed in the country', 'a force of 2,500 personnel', 'the current force posture', 'troop levels', 'the size of the advisory contingent', 'the presence of 900 troops in Syria', 'the rotation of units'],
  'coalition-future': ['the future of the coalition', 'the transition to a bilateral relationship', 'the coalition’s mandate', 'a new phase of cooperation', 'the next phase of the mission', 'the structure that replaces the coalition'],
  'bilateral-security': ['bilateral security cooperation', 'the security partnership', 'the Strategic Framework Agreement', 'long-term security ties', 'a lasting security relationship', 'the Higher Military Commission'],
  training: ['training programs for local forces', 'the advise-and-assist mission', 'officer training', 'joint exercises', 'the training of special forces', 'pilot training on the F-16 fleet'],
  counterterrorism: ['counterterrorism operations', 'the fight against ISIS', 'operations against remaining cells', 'intelligence sharing on terrorist networks', 'the enduring defeat of ISIS', 'the threat posed by sleeper cells'],
  'military-assistance': ['military assistance', 'arms deliveries', 'air defense systems', 'equipment and maintenance support', 'the foreign military financing program', 'the sale of helicopters'],
  'force-protection': ['the protection of personnel', 'security at the bases', 'force protection measures', 'the safety of diplomatic missions', 'the defense of the embassy', 'counter-drone systems at the bases'],
  'militia-attacks': ['rocket attacks on the bases', 'drone attacks by armed groups', 'attacks on supply convoys', 'the recent strikes on militia positions', 'the attacks on US forces in Iraq and Syria', 'retaliatory strikes'],
  sovereignty: ['national sovereignty', 'the decision of the parliament', 'the sovereignty of the state', 'non-interference in internal affairs', 'the constitution', 'the will of the people'],
  elections: ['the upcoming elections', 'the formation of the new government', 'the electoral timetable', 'the vote in parliament', 'the provincial council elections', 'the results of the vote'],
  'regional-stability': ['regional stability', 'de-escalation in the region', 'the situation on the border', 'tensions in the Gulf', 'the war in Gaza', 'maritime security in the Red Sea'],
  'economic-ties': ['economic ties', 'energy cooperation', 'investment in the electricity sector', 'trade and reconstruction', 'the oil export pipeline', 'the payment of salaries in the Kurdistan Region'],
}

export const QUOTE_OPENINGS = [
  'We remain committed to {o}',
  'Our priority is {o}',
  'There is no agreement yet on {o}',
  'We have made real progress on {o}',
  'Nothing has been decided about {o}',
  'The discussions on {o} will continue',
  'This is about {o}, not about {o2}',
  'We will not accept any delay in {o}',
  'Our position on {o} is clear',
  'We need the time and space to discuss {o}',
  'When we get to the conclusion of those talks, we may have more to say about {o}',
  'I can tell you that {o} was on the agenda',
  'The government has been very clear about {o}',
  'Both sides agreed that {o} requires more work',
  'We are not going to speculate about {o}',
  'Nobody is talking about {o} at this stage',
  'The focus of these conversations is {o}',
  'The talks have covered {o} and {o2}',
]
export const QUOTE_CLOSINGS = [
  'and that has not changed',
  'and we will keep working with our partners',
  'but nothing to announce today',
  'in the coming months',
  'by the end of {year}',
  'as soon as conditions allow',
  'in close coordination with {capital}',
  'and that is what the people expect',
  'which is why we are here',
  'and we expect more talks next month',
  'as the Prime Minister said',
  'and the committees will report back',
]
export const PARAPHRASES = [
  '{state} was committed to {o}',
  'the talks on {o} would continue {when}',
  'no decision had been made on {o}',
  'the two sides had discussed {o}',
  '{o} would be reviewed {when}',
  'a technical committee would study {o}',
  'the government opposed any delay in {o}',
  '{state} had asked for clarity on {o}',
  'there was no link between {o} and {o2}',
  'progress had been made on {o} but more work was needed',
]
export const WHEN = ['next week', 'in the coming weeks', 'after the holidays', 'before the end of the year', 'at the next round', 'in September', 'once the committees report']
export const REPORTS = [
  'About {n} {unit} remain in {country}, according to {whom}',
  '{group} has claimed responsibility for {k} attacks on {facility} since {month}',
  'The meeting was the {ordinal} round of talks since {year}',
  '{country} and {country2} signed the Strategic Framework Agreement in 2008, which governs {o}',
  'Officials did not say when {o} would be completed',
  'The {adj} parliament voted in {year} to demand {o}',
  'Analysts say {o} depends on {o2}',
  'Talks on {o} were suspended in {month} after {event}',
  'The coalition was formed in 2014 to fight ISIS, which then controlled large parts of {country}',
  'The statement did not mention {o}',
  'Previous rounds of talks focused on {o} and {o2}',
  'Since {year}, the two countries have held regular consultations on {o}',
]
export const UNITS = ['American troops', 'coalition advisers', 'foreign military personnel', 'NATO trainers', 'US service members', 'contractors']
export const WHOM = ['the Pentagon', 'officials', 'the coalition', 'Iraqi sources', 'a senior official', 'diplomats familiar with the talks']
export const EVENTS = ['a drone strike near {facility}', 'the killing of three soldiers', 'a dispute over {o2}', 'the elections', 'a rocket attack on {facility}', 'the collapse of the government']
export const MEETING_VERBS = ['met in', 'held talks in', 'concluded a round of talks in', 'convened in', 'resumed negotiations in']
export const AFFILIATION_TAILS = ['told reporters that the talks were constructive', 'arrived for the talks on {weekday}', 'led the delegation', 'attended the meeting', 'briefed journalists after the session', 'was among the officials present']
export const GENERIC_MENTIONS: Record<'organization' | 'state' | 'group', string[]> = {
  organization: ['{name} welcomed the talks on {o}', '{name} issued a statement on {o}', 'a delegation from {name} joined the discussions on {o}', '{name} has called for progress on {o}'],
  state: ['{name} has followed the talks closely', 'officials from {name} attended as observers', '{name} has offered to host the next round', '{name} voiced support for {o}'],
  group: ['{name} has threatened to resume attacks', '{name} denied involvement in {event}', '{name} rejected any agreement on {o}', '{name} was blamed for {event}'],
}
export const STATUS_PHRASES: Record<AgreementStatus, string[]> = {
  adopted: ['adopted the {title}', 'formally approved the {title}'],
  reached: ['reached an understanding on the {title}', 'agreed on the {title}'],
  announced: ['announced the {title}', 'unveiled the {title}'],
  reported_unconfirmed: ['have reportedly reached the {title}', 'were said by some reports to have concluded the {title}'],
  planned: ['plan to sign the {title}', 'are expected to conclude the {title}'],
  disputed: ['are divided over whether they reached the {title}', 'gave conflicting accounts of the {title}'],
}
export const AGREEMENT_TITLES: Record<AgreementKind, string[]> = {
  agreement: ['agreement on {o}', 'framework agreement on {o}', 'memorandum of understanding on {o}'],
  understanding: ['understanding on {o}', 'joint understanding on {o}'],
  decision: ['decision on {o}', 'cabinet decision on {o}'],
  resolution: ['resolution on {o}', 'parliamentary resolution on {o}'],
  plan: ['plan for {o}', 'road map for {o}', 'timetable for {o}'],
}
export const MEETING_KIND_WEIGHTS = cumulate([3, 2, 2, 3, 2, 2])
export const MEETING_LABELS: Record<MeetingKind, string> = {
  talks: 'talks on {o}',
  dialogue_round: 'Strategic Dialogue',
  commission_meeting: 'Higher Military Commission meeting',
  bilateral_meeting: 'bilateral meeting',
  press_briefing: 'press briefing',
  consultations: 'technical consultations on {o}',
}
