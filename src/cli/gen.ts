// Builds a large synthetic dataset for benchmarks and query-plan tests:
//
//   npx tsx src/cli/gen.ts --statements 1000000 --out ./data/bench.db [--seed 42] [--force]
//
// The database has the real schema (the same migrations the server applies) and data with the same
// invariants as the curated dataset: every statement's text is a span of its source's text at the
// stored code-point offsets, every citation's quote is the source slice it points at, every date is
// valid EDTF with derived bounds and a basis, and the change log holds one replayable upsert (the
// record in the change feed's snake_case form) per entity. The text is assembled from word lists, so
// it reads like wire-service prose without being about anything real.
//
// Rows are inserted directly with prepared statements (not through upsertEntity, which reads back
// every record), in large transactions, with the journal and syncs off, the secondary indexes and the
// full-text triggers dropped during the load; the indexes, the search index and the triggers are then
// rebuilt from the exact SQL the migrations created, and the file is switched back to WAL.
import { createHash } from 'node:crypto'
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type BetterSqlite3 from 'better-sqlite3'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { ensureDatasetMeta } from '../db/dataset-meta.js'
import { applyMigrations } from '../db/migrate.js'
import { parseEdtf, type Precision } from '../domain/edtf.js'
import { fold } from '../domain/text-fold.js'
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  MEETING_KINDS,
  TOPICS,
  type ActorKind,
  type AgreementKind,
  type AgreementStatus,
  type DateBasis,
  type MeetingKind,
  type ParticipantRole,
  type StatementKind,
  type Topic,
} from '../domain/vocabulary.js'

// ---------------------------------------------------------------------------------------------
// Options

export interface GenOptions {
  statements: number
  out: string
  seed?: number
  force?: boolean
  /** Counts of the other entities; by default proportional to `statements` (1M → 20k/10k/50k/20k). */
  sources?: number
  actors?: number
  meetings?: number
  agreements?: number
  /** Statements per transaction. */
  batch?: number
  /** Progress and phase timings on stdout. */
  log?: (line: string) => void
}

export interface GenResult {
  file: string
  counts: Record<string, number>
  phases: Record<string, number>
  totalMs: number
  bytes: number
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

class Rng {
  private a: number
  private b: number
  private c: number
  private d: number
  constructor(seed: number) {
    this.a = seed >>> 0
    this.b = 0x9e3779b9
    this.c = 0x243f6a88
    this.d = (0xb7e15162 ^ seed) >>> 0
    for (let i = 0; i < 20; i++) this.next()
  }
  /** sfc32: a float in [0, 1). */
  next(): number {
    this.a >>>= 0
    this.b >>>= 0
    this.c >>>= 0
    this.d >>>= 0
    let t = (this.a + this.b) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.d = (this.d + 1) | 0
    t = (t + this.d) | 0
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1)
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T
  }
  /** An index drawn with the given (cumulative) weights. */
  weighted(cumulative: Float64Array | number[]): number {
    const total = cumulative[cumulative.length - 1] as number
    return bisect(cumulative, this.next() * total)
  }
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  /** Up to `k` distinct items of `list`, in list order. */
  sample<T>(list: readonly T[], k: number): T[] {
    if (k >= list.length) return [...list]
    const chosen = new Uint8Array(list.length)
    let left = k
    // Selection sampling (Knuth's algorithm S): one pass, order kept.
    for (let i = 0; i < list.length && left > 0; i++) {
      if (this.next() * (list.length - i) < left) {
        chosen[i] = 1
        left--
      }
    }
    return list.filter((_v, i) => chosen[i] === 1)
  }
}

function bisect(cumulative: ArrayLike<number>, x: number): number {
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((cumulative[mid] as number) > x) hi = mid
    else lo = mid + 1
  }
  return lo
}

const cumulate = (weights: number[]): Float64Array => {
  const out = new Float64Array(weights.length)
  let sum = 0
  weights.forEach((w, i) => (out[i] = sum += w))
  return out
}

/** Zipf weights 1/k^s for ranks 1..n. */
const zipf = (n: number, s: number) => cumulate(Array.from({ length: n }, (_v, k) => 1 / (k + 1) ** s))

// ---------------------------------------------------------------------------------------------
// Word lists

interface StateDef {
  name: string
  code: string
  adj: string
  capital: string
  aliases: string[]
}

const STATES: StateDef[] = (
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
const STATE_WEIGHTS = cumulate(STATES.map((_s, i) => 1 / (i + 1) ** 1.2))

const INSTITUTIONS = [
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

const MULTILATERAL = [
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

const PUBLISHERS: { name: string; code: string; domain: string; city: string }[] = [
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
const PUBLISHER_WEIGHTS = zipf(PUBLISHERS.length, 0.8)

const FIRST_NAMES = [
  'Ahmed', 'Mohammed', 'Ali', 'Hussein', 'Hassan', 'Omar', 'Khalid', 'Yahya', 'Thabet', 'Fuad', 'Qubad', 'Masrour', 'Nechirvan', 'Hakan',
  'Mevlüt', 'Recep', 'Abbas', 'Hadi', 'Mustafa', 'Kadhim', 'Haider', 'Adel', 'Nouri', 'Ibrahim', 'Saleh', 'Rashid', 'Faisal', 'Abdullah',
  'Ayman', 'Tariq', 'Ziad', 'Samir', 'Walid', 'Nabil', 'Jamal', 'Bassam', 'Karim', 'Layla', 'Noor', 'Zainab', 'Fatima', 'Rana', 'Hana',
  'Lloyd', 'Antony', 'Pat', 'John', 'Michael', 'Mark', 'Jennifer', 'Sabrina', 'Linda', 'Brett', 'Alina', 'Matthew', 'Kathleen', 'Joseph',
  'Dana', 'Elizabeth', 'Celeste', 'Robert', 'Lisa', 'Daniel', 'Anne', 'Jens', 'Josep', 'Annalena', 'Olaf', 'Giorgia', 'Emmanuel',
  'Catherine', 'Jean-Yves', 'Sergei', 'Maria', 'Wang', 'Li', 'Yoshimasa', 'Ayşe', 'Gökhan', 'Emine', 'Javad', 'Hossein', 'Ebrahim',
  'Masoud', 'Qassem', 'Ismail', 'Amir', 'Reza', 'Farhad', 'Sherzad', 'Kawa', 'Dilan', 'Shirin', 'Soran', 'Rebaz', 'Bafel', 'Jalal',
  'Hoshyar', 'Barham', 'Safeen', 'Hemin', 'Aram', 'Goran', 'Nizar', 'Jeanine', 'Volker', 'Wiebke', 'Pierre', 'Lucas', 'Sofia', 'Elena',
]
const LAST_NAMES = [
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
const ARABIC_SURNAMES = new Set(LAST_NAMES.slice(0, 37))

const ROLES = [
  'Minister of Defense', 'Foreign Minister', 'spokesperson', 'Chief of Staff', 'Ambassador', 'Commander', 'National Security Adviser',
  'Deputy Minister', 'Press Secretary', 'Member of Parliament', 'Senior Adviser', 'Director', 'Secretary', 'Special Envoy',
  'Undersecretary', 'Lieutenant General', 'Major General', 'Deputy Commander', 'Head of Delegation', 'Military Attaché',
]

const GROUP_NAMES = [
  'Hezbollah', 'Nujaba', 'Sayyid al-Shuhada', 'Imam Ali', 'Abu al-Fadl al-Abbas', 'Jund al-Islam', 'Ashab al-Kahf', 'Thar Allah',
  'Rab Allah', 'Ansar al-Marjaiya', 'Ali al-Akbar', 'Qasim al-Jabbarin', 'al-Waad al-Haq', 'Zulfiqar', 'al-Mukhtar', 'Badr',
  'Tanzim Hurras', 'al-Ahwaz', 'Sinjar', 'Nineveh Plains', 'Tal Afar', 'Anbar Tribal', 'Hawija', 'Makhmour', 'Diyala', 'Jurf al-Sakhar',
]
const GROUP_PATTERNS = ["Kata'ib {n}", '{n} Brigades', 'Saraya {n}', 'Harakat {n}', '{n} Resistance Front', '{n} Protection Units', '{n} Tribal Mobilization Force', '{n} Battalions', 'Liwa {n}']
const KNOWN_GROUPS = [
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

const CITIES = [
  'Baghdad', 'Erbil', 'Washington', 'Ankara', 'Doha', 'Geneva', 'Vienna', 'Amman', 'Riyadh', 'Tehran', 'Brussels', 'Kuwait City', 'Muscat',
  'Cairo', 'Beirut', 'New York', 'Paris', 'London', 'Berlin', 'Moscow', 'Abu Dhabi', 'Istanbul', 'Sulaimani', 'Basra', 'Mosul', 'Kirkuk',
  'Najaf', 'Rome', 'Oslo', 'Madrid',
]
const VENUES = ['the Pentagon, Washington', 'the State Department, Washington', 'the Green Zone, Baghdad', 'the Prime Minister’s Office, Baghdad', 'NATO headquarters, Brussels', 'the Palais des Nations, Geneva', 'the Foreign Ministry, Ankara', 'the Kurdistan Region Presidency, Erbil', 'the Coalition headquarters, Baghdad', 'Union Base, Baghdad']
const FACILITIES = ['Ain al-Asad air base', 'Harir air base', 'Baghdad International Airport', 'the US Embassy in Baghdad', 'Camp Victory', 'al-Tanf garrison', 'Erbil International Airport', 'the Green Zone', 'Camp Taji', 'Balad Air Base', 'the Bashiqa camp', 'Victory Base Complex']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
const REPORTERS = ['Diyar Guldogan', 'Lawk Ghafuri', 'Sura Ali', 'Hiwa Shilani', 'Mohammed Rwanduzy', 'Dilan Sirwan', 'Kosar Nawzad', 'Julian Bechocha', 'Khazan Jangiz', 'Winthrop Rodgers', 'Amberin Zaman', 'Shelly Kittleson', 'John Davison', 'Timour Azhari', 'Ahmed Rasheed', 'Lara Jakes', 'Jane Arraf', 'Qassim Abdul-Zahra', 'Abby Sewell', 'Lolita Baldor', 'Tara Copp', 'Idrees Ali', 'Phil Stewart', 'Samya Kullab', 'Bassem Mroue']

// Object phrases by topic: what the statements talk about.
const TOPIC_OBJECTS: Record<Topic, string[]> = {
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

const QUOTE_OPENINGS = [
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
const QUOTE_CLOSINGS = [
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
const PARAPHRASES = [
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
const WHEN = ['next week', 'in the coming weeks', 'after the holidays', 'before the end of the year', 'at the next round', 'in September', 'once the committees report']
const REPORTS = [
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
const UNITS = ['American troops', 'coalition advisers', 'foreign military personnel', 'NATO trainers', 'US service members', 'contractors']
const WHOM = ['the Pentagon', 'officials', 'the coalition', 'Iraqi sources', 'a senior official', 'diplomats familiar with the talks']
const EVENTS = ['a drone strike near {facility}', 'the killing of three soldiers', 'a dispute over {o2}', 'the elections', 'a rocket attack on {facility}', 'the collapse of the government']
const MEETING_VERBS = ['met in', 'held talks in', 'concluded a round of talks in', 'convened in', 'resumed negotiations in']
const AFFILIATION_TAILS = ['told reporters that the talks were constructive', 'arrived for the talks on {weekday}', 'led the delegation', 'attended the meeting', 'briefed journalists after the session', 'was among the officials present']
const GENERIC_MENTIONS: Record<'organization' | 'state' | 'group', string[]> = {
  organization: ['{name} welcomed the talks on {o}', '{name} issued a statement on {o}', 'a delegation from {name} joined the discussions on {o}', '{name} has called for progress on {o}'],
  state: ['{name} has followed the talks closely', 'officials from {name} attended as observers', '{name} has offered to host the next round', '{name} voiced support for {o}'],
  group: ['{name} has threatened to resume attacks', '{name} denied involvement in {event}', '{name} rejected any agreement on {o}', '{name} was blamed for {event}'],
}
const STATUS_PHRASES: Record<AgreementStatus, string[]> = {
  adopted: ['adopted the {title}', 'formally approved the {title}'],
  reached: ['reached an understanding on the {title}', 'agreed on the {title}'],
  announced: ['announced the {title}', 'unveiled the {title}'],
  reported_unconfirmed: ['have reportedly reached the {title}', 'were said by some reports to have concluded the {title}'],
  planned: ['plan to sign the {title}', 'are expected to conclude the {title}'],
  disputed: ['are divided over whether they reached the {title}', 'gave conflicting accounts of the {title}'],
}
const AGREEMENT_TITLES: Record<AgreementKind, string[]> = {
  agreement: ['agreement on {o}', 'framework agreement on {o}', 'memorandum of understanding on {o}'],
  understanding: ['understanding on {o}', 'joint understanding on {o}'],
  decision: ['decision on {o}', 'cabinet decision on {o}'],
  resolution: ['resolution on {o}', 'parliamentary resolution on {o}'],
  plan: ['plan for {o}', 'road map for {o}', 'timetable for {o}'],
}
const MEETING_KIND_WEIGHTS = cumulate([3, 2, 2, 3, 2, 2])
const MEETING_LABELS: Record<MeetingKind, string> = {
  talks: 'talks on {o}',
  dialogue_round: 'Strategic Dialogue',
  commission_meeting: 'Higher Military Commission meeting',
  bilateral_meeting: 'bilateral meeting',
  press_briefing: 'press briefing',
  consultations: 'technical consultations on {o}',
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const ASCII_FOLD = /[\u0300-\u036f]/g
const slugWords = (text: string, words: number): string => {
  const parts = text
    .normalize('NFKD')
    .replace(ASCII_FOLD, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return parts.slice(0, words).join('-') || 'x'
}

const SURROGATE = /[\uD800-\uDBFF]/g
/** Length in code points. */
const cpLen = (s: string) => {
  const pairs = s.match(SURROGATE)
  return pairs ? s.length - pairs.length : s.length
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? `{${k}}`)

/** Unique ids: a readable slug, with -2, -3… after the first. */
class IdMaker {
  private seen = new Map<string, number>()
  make(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1
    this.seen.set(base, n)
    return n === 1 ? base : `${base}-${n}`
  }
}

// Days: 2000-01-01 .. 2025-12-31 as ISO strings, indexed from 0.
const DAY0 = Date.UTC(2000, 0, 1)
const DAY_COUNT = Math.round((Date.UTC(2025, 11, 31) - DAY0) / 86_400_000) + 1
const ISO_DAYS: string[] = Array.from({ length: DAY_COUNT }, (_v, i) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10))
const weekdayOf = (day: number) => WEEKDAYS[new Date(DAY0 + day * 86_400_000).getUTCDay()] as string
// More news in later years.
const YEAR_WEIGHTS = cumulate(Array.from({ length: 26 }, (_v, i) => (i + 2) ** 1.4))
const YEAR_START = Array.from({ length: 27 }, (_v, i) => Math.round((Date.UTC(2000 + i, 0, 1) - DAY0) / 86_400_000))
const clampDay = (d: number) => Math.max(0, Math.min(DAY_COUNT - 1, d))

interface DateRec {
  edtf: string | null
  start: string | null
  end: string | null
  basis: DateBasis
  note: string | null
}

const parsedCache = new Map<string, { start: string | null; end: string | null; precision: Precision }>()
function dateRec(edtf: string | null, basis: DateBasis, note: string | null): DateRec {
  if (edtf === null) return { edtf: null, start: null, end: null, basis: 'unknown', note }
  let p = parsedCache.get(edtf)
  if (!p) {
    const parsed = parseEdtf(edtf)
    p = { start: parsed.start, end: parsed.end, precision: parsed.precision }
    parsedCache.set(edtf, p)
  }
  return { edtf, start: p.start, end: p.end, basis, note }
}

interface Cit {
  source_id: string
  start: number
  end: number
  quote: string
}

// ---------------------------------------------------------------------------------------------
// The world: actors, meetings and agreements (citations are added as the articles mention them)

interface Actor {
  id: string
  kind: ActorKind
  name: string
  aliases: string[]
  country: string | null
  description: string
  citations: Cit[]
  affiliations: { organization: Actor; role: string; date: DateRec; citations: Cit[]; rowId: number }[]
  /** For a person: the short form used after the first mention. */
  short: string
  /** For a state: its definition; for an organization: its state, if any. */
  state?: StateDef
}

interface Meeting {
  id: string
  title: string
  kind: MeetingKind
  date: DateRec
  day: number
  location: string
  city: string
  description: string
  topic: Topic
  citations: Cit[]
  participants: { actor: Actor; role: ParticipantRole; citations: Cit[]; rowId: number }[]
}

interface Agreement {
  id: string
  title: string
  kind: AgreementKind
  status: AgreementStatus
  date: DateRec
  summary: string
  meeting: Meeting | null
  topic: Topic
  citations: Cit[]
  parties: { actor: Actor; citations: Cit[]; rowId: number }[]
}

interface World {
  actors: Actor[]
  states: Actor[]
  organizations: Actor[]
  persons: Actor[]
  groups: Actor[]
  publishers: Actor[]
  personsByCountry: Map<string, Actor[]>
  orgsByCountry: Map<string, Actor[]>
  speakerWeights: Float64Array
  meetings: Meeting[]
  agreements: Agreement[]
  articleDays: Int32Array
  /** -1 for an undated article. */
  articleDated: Uint8Array
}

function buildWorld(rng: Rng, counts: { sources: number; actors: number; meetings: number; agreements: number }): World {
  const ids = new IdMaker()
  const actors: Actor[] = []
  const add = (a: Omit<Actor, 'id' | 'citations' | 'affiliations'> & { id?: string }) => {
    const actor: Actor = { ...a, id: ids.make(a.id ?? slugWords(a.name, 6)), citations: [], affiliations: [] }
    actors.push(actor)
    return actor
  }

  // States, multilateral bodies and publishers first: everything else refers to them.
  const nStates = Math.min(STATES.length, Math.max(6, Math.round(counts.actors * 0.006)))
  const states = STATES.slice(0, nStates).map((s) =>
    add({ kind: 'state', name: s.name, aliases: s.aliases, country: s.code, description: `${s.name}; a party to or observer of the security talks, named in the sources as ${s.aliases[0] ?? s.name}.`, short: s.name, state: s }),
  )
  const publishers = PUBLISHERS.map((p) => add({ kind: 'organization', name: p.name, aliases: p.code === p.name ? [] : [p.code], country: null, description: `News organization; publisher of reports on the talks.`, short: p.name }))
  const organizations: Actor[] = [...publishers]
  for (const [name, aliases] of MULTILATERAL) {
    organizations.push(add({ kind: 'organization', name, aliases: [...aliases], country: null, description: `International body named in reports on ${rng.pick(TOPICS).replace(/-/g, ' ')}.`, short: name }))
  }
  const nGroups = Math.max(4, Math.round(counts.actors * 0.12))
  const nOrgs = Math.max(organizations.length + nStates * 4, Math.round(counts.actors * 0.2))
  const groups: Actor[] = []
  for (const [name, aliases] of KNOWN_GROUPS) {
    if (groups.length >= nGroups) break
    groups.push(add({ kind: 'group', name, aliases: [...aliases], country: null, description: 'Armed group named in reports on attacks and on the talks.', short: name }))
  }
  const usedNames = new Set(actors.map((a) => a.name))
  const orgsByCountry = new Map<string, Actor[]>()
  for (let i = 0; organizations.length < nOrgs && i < nOrgs * 20; i++) {
    const s = STATES[i < nStates * INSTITUTIONS.length ? Math.floor(i / INSTITUTIONS.length) % nStates : rng.weighted(STATE_WEIGHTS) % nStates] as StateDef
    const inst = i < nStates * INSTITUTIONS.length ? (INSTITUTIONS[i % INSTITUTIONS.length] as string) : `${rng.pick(['Joint', 'Higher', 'National', 'Special', 'Regional'])} ${rng.pick(['Committee', 'Commission', 'Council', 'Task Force', 'Working Group'])} on ${rng.pick(TOPIC_OBJECTS[rng.pick(TOPICS)]).replace(/^the /, '')}`
    const name = `${s.adj} ${inst}`
    if (usedNames.has(name)) continue
    usedNames.add(name)
    const acronym = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('')
    const org = add({ kind: 'organization', name, aliases: acronym.length >= 3 ? [acronym] : [], country: s.code, description: `${s.adj} state body taking part in the security talks.`, short: name, state: s })
    organizations.push(org)
    const list = orgsByCountry.get(s.code) ?? []
    list.push(org)
    orgsByCountry.set(s.code, list)
  }
  for (let i = 0; groups.length < nGroups && i < nGroups * 20; i++) {
    const name = fill(rng.pick(GROUP_PATTERNS), { n: rng.pick(GROUP_NAMES) }) + (i >= GROUP_NAMES.length * GROUP_PATTERNS.length ? ` ${rng.pick(['of', 'in'])} ${rng.pick(CITIES)}` : '')
    if (usedNames.has(name)) continue
    usedNames.add(name)
    groups.push(add({ kind: 'group', name, aliases: [], country: null, description: `Armed group active in ${rng.pick(CITIES)}, named in reports on ${rng.pick(['attacks on the bases', 'the militia attacks', 'the talks'])}.`, short: name }))
  }

  // Persons: the rest. Some names collide on purpose (two "Ali Hassan"s get -2 ids).
  const persons: Actor[] = []
  const personsByCountry = new Map<string, Actor[]>()
  const nPersons = Math.max(10, counts.actors - actors.length)
  for (let i = 0; i < nPersons; i++) {
    const s = STATES[rng.weighted(STATE_WEIGHTS) % nStates] as StateDef
    const first = rng.pick(FIRST_NAMES)
    const last = rng.pick(LAST_NAMES)
    const arabic = ARABIC_SURNAMES.has(last)
    const surname = arabic ? `al-${last}` : last
    const middle = rng.chance(0.35) ? `${rng.pick(FIRST_NAMES)} ` : ''
    const name = `${first} ${middle}${surname}`
    const aliases = arabic ? [last, `Al ${last}`] : rng.chance(0.3) ? [last] : []
    const p = add({ kind: 'person', name, aliases, country: s.code, description: '', short: arabic ? surname : last, state: s })
    persons.push(p)
    const list = personsByCountry.get(s.code) ?? []
    list.push(p)
    personsByCountry.set(s.code, list)
  }
  // A few prolific speakers: Zipf over a shuffled order of persons.
  const speakerOrder = [...persons.keys()]
  for (let i = speakerOrder.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[speakerOrder[i], speakerOrder[j]] = [speakerOrder[j] as number, speakerOrder[i] as number]
  }
  const rankWeights = Array.from({ length: persons.length }, (_v, k) => 1 / (k + 1) ** 1.05)
  const weights = new Array<number>(persons.length)
  speakerOrder.forEach((personIndex, rank) => (weights[personIndex] = rankWeights[rank] as number))
  const speakerWeights = cumulate(weights)

  // Affiliations: most persons belong to a body of their country (never to a news organization).
  const nonPress = organizations.filter((o) => !publishers.includes(o))
  let affiliationRow = 0
  for (const p of persons) {
    const n = rng.chance(0.75) ? (rng.chance(0.12) ? 2 : 1) : 0
    const pool = orgsByCountry.get(p.country as string) ?? nonPress
    const seen = new Set<string>()
    for (let k = 0; k < n; k++) {
      const org = rng.pick(pool)
      const role = rng.pick(ROLES)
      if (seen.has(`${org.id}|${role}`)) continue
      seen.add(`${org.id}|${role}`)
      p.affiliations.push({ organization: org, role, date: dateRec(null, 'unknown', null), citations: [], rowId: ++affiliationRow })
    }
    const first = p.affiliations[0]
    p.description = first ? `${first.organization.name} ${first.role}; speaks on ${rng.pick(TOPICS).replace(/-/g, ' ')} and ${rng.pick(TOPICS).replace(/-/g, ' ')}.` : `${p.state?.adj ?? ''} official quoted in reports on the talks.`.trim()
  }

  // Article dates, then meetings and agreements dated near the article that reports them.
  const articleDays = new Int32Array(counts.sources)
  const articleDated = new Uint8Array(counts.sources)
  for (let j = 0; j < counts.sources; j++) {
    const y = rng.weighted(YEAR_WEIGHTS)
    articleDays[j] = clampDay((YEAR_START[y] as number) + rng.int((YEAR_START[y + 1] as number) - (YEAR_START[y] as number)))
    articleDated[j] = rng.chance(0.85) ? 1 : 0
  }

  const meetingIds = new IdMaker()
  const meetings: Meeting[] = []
  let participantRow = 0
  for (let i = 0; i < counts.meetings; i++) {
    const j = i % counts.sources
    const kind = MEETING_KINDS[rng.weighted(MEETING_KIND_WEIGHTS)] as MeetingKind
    const topic = rng.pick(TOPICS)
    const a = rng.pick(states.slice(0, Math.min(4, states.length)))
    let b = states[rng.weighted(STATE_WEIGHTS) % states.length] as Actor
    if (b === a) b = states[(states.indexOf(a) + 1) % states.length] as Actor
    const venue = rng.chance(0.3)
    const location = venue ? rng.pick(VENUES) : rng.pick([a.state!.capital, b.state!.capital, rng.pick(CITIES)])
    const city = location.includes(', ') ? (location.split(', ').at(-1) as string) : location
    const day = clampDay((articleDays[j] as number) - (rng.chance(0.6) ? 1 : rng.int(6)))
    const roll = rng.next()
    let date: DateRec
    const wd = weekdayOf(day)
    if (roll < 0.45) date = dateRec(ISO_DAYS[day] as string, 'stated', null)
    else if (roll < 0.65) date = dateRec(ISO_DAYS[day] as string, 'inferred', `'on ${wd}' in an article published ${ISO_DAYS[articleDays[j] as number]}`)
    else if (roll < 0.75) date = dateRec(`${ISO_DAYS[day]}/${ISO_DAYS[clampDay(day + 1 + rng.int(2))]}`, 'inferred', `A ${rng.pick(['two', 'three'])}-day round; the article gives the weekdays.`)
    else if (roll < 0.83) date = dateRec((ISO_DAYS[day] as string).slice(0, 7), 'stated', null)
    else if (roll < 0.86) date = dateRec(`${ISO_DAYS[day]}?`, 'inferred', 'The article says only that the meeting took place "this week".')
    else date = dateRec(null, 'unknown', `'${wd}'; the article carries no date.`)
    const label = fill(MEETING_LABELS[kind], { o: rng.pick(TOPIC_OBJECTS[topic]) })
    const round = kind === 'dialogue_round' || kind === 'commission_meeting' ? ` (${rng.pick(ORDINALS)} round)` : ''
    const title = `${a.name}–${b.name} ${label}${round}, ${city}`
    const id = meetingIds.make(`${slugWords(`${a.state!.code} ${b.state!.code} ${kind.replace(/_/g, ' ')}`, 6)}-${date.start ? date.start.slice(0, 7) : 'undated'}-${slugWords(city, 2)}`)
    const participants: Meeting['participants'] = [
      { actor: a, role: 'host', citations: [], rowId: ++participantRow },
      { actor: b, role: 'participant', citations: [], rowId: ++participantRow },
    ]
    const extra = rng.range(0, 4)
    const used = new Set([a.id, b.id])
    for (let k = 0; k < extra; k++) {
      const pool = personsByCountry.get(rng.chance(0.5) ? a.state!.code : b.state!.code)
      const p = pool && pool.length > 0 && rng.chance(0.8) ? rng.pick(pool) : (persons[rng.weighted(speakerWeights)] as Actor)
      if (used.has(p.id)) continue
      used.add(p.id)
      const role: ParticipantRole = kind === 'press_briefing' ? 'spokesperson' : k === 0 ? 'delegation_head' : rng.pick(['delegation_member', 'participant', 'chair'] as const)
      participants.push({ actor: p, role, citations: [], rowId: ++participantRow })
    }
    meetings.push({
      id,
      title,
      kind,
      date,
      day,
      location,
      city,
      description: `${capitalize(label)} between ${a.name} and ${b.name} in ${city}, on ${TOPIC_OBJECTS[topic][0]}.`,
      topic,
      citations: [],
      participants,
    })
  }

  const agreementIds = new IdMaker()
  const agreements: Agreement[] = []
  let partyRow = 0
  const statusWeights = cumulate([2, 4, 3, 2, 2, 1])
  const kindWeights = cumulate([3, 3, 2, 1, 2])
  for (let i = 0; i < counts.agreements; i++) {
    const j = i % counts.sources
    // Meetings of article j are j, j+S, j+2S…: link to one of them most of the time.
    const meeting = rng.chance(0.6) && j < meetings.length ? (meetings[j] as Meeting) : null
    const topic = meeting && rng.chance(0.7) ? meeting.topic : rng.pick(TOPICS)
    const kind = AGREEMENT_KINDS[rng.weighted(kindWeights)] as AgreementKind
    const status = AGREEMENT_STATUSES[rng.weighted(statusWeights)] as AgreementStatus
    const object = rng.pick(TOPIC_OBJECTS[topic])
    const title = capitalize(fill(rng.pick(AGREEMENT_TITLES[kind]), { o: object }))
    const day = clampDay((articleDays[j] as number) - rng.int(4))
    const roll = rng.next()
    const date =
      status === 'planned' || status === 'disputed' || roll > 0.8
        ? dateRec(null, 'unknown', status === 'disputed' ? 'Sources disagree on whether and when it was reached.' : 'No date for the agreement itself.')
        : roll < 0.5
          ? dateRec(ISO_DAYS[day] as string, 'stated', null)
          : roll < 0.7
            ? dateRec((ISO_DAYS[day] as string).slice(0, 7), 'inferred', `'this month' in an article published ${ISO_DAYS[articleDays[j] as number]}`)
            : dateRec((ISO_DAYS[day] as string).slice(0, 4), 'stated', null)
    const partyPool = meeting ? meeting.participants.map((p) => p.actor).filter((x) => x.kind !== 'person') : []
    const parties: Agreement['parties'] = []
    const chosen = partyPool.length >= 2 ? partyPool.slice(0, 2) : [rng.pick(states), states[(rng.int(states.length - 1) + 1) % states.length] as Actor]
    if (rng.chance(0.2)) chosen.push(rng.pick(organizations))
    const seen = new Set<string>()
    for (const actor of chosen) {
      if (seen.has(actor.id)) continue
      seen.add(actor.id)
      parties.push({ actor, citations: [], rowId: ++partyRow })
    }
    agreements.push({
      id: agreementIds.make(slugWords(title, 7)),
      title,
      kind,
      status,
      date,
      summary: `${title}${meeting ? `, discussed at the ${meeting.title}` : ''}. Status: ${status.replace(/_/g, ' ')}.`,
      meeting,
      topic,
      citations: [],
      parties,
    })
  }

  return { actors, states, organizations, persons, groups, publishers, personsByCountry, orgsByCountry, speakerWeights, meetings, agreements, articleDays, articleDated }
}

// ---------------------------------------------------------------------------------------------
// Articles: text with the spans of every mention and statement

interface Span {
  u0: number
  u1: number
  c0: number
  c1: number
}

interface Candidate {
  kind: StatementKind
  span: Span
  speakers: Actor[]
  about: Actor[]
  topics: Topic[]
  meeting: Meeting | null
  agreement: Agreement | null
  attribution: Span | null
  dateHint: 'article' | 'month' | 'year' | 'none'
}

class Doc {
  private parts: string[] = []
  u = 0
  c = 0
  add(s: string): Span {
    const span = { u0: this.u, u1: this.u + s.length, c0: this.c, c1: this.c + cpLen(s) }
    this.parts.push(s)
    this.u = span.u1
    this.c = span.c1
    return span
  }
  join(a: Span, b: Span): Span {
    return { u0: a.u0, u1: b.u1, c0: a.c0, c1: b.c1 }
  }
  text(): string {
    return this.parts.join('')
  }
}

interface ArticleContext {
  rng: Rng
  world: World
  doc: Doc
  sourceId: string
  publisher: Actor
  candidates: Candidate[]
  /** Citations to resolve once the text is known. */
  pending: { span: Span; list: Cit[] }[]
  /** Actors mentioned in full already (later mentions use the short form). */
  introduced: Set<string>
  day: number
  dated: boolean
  focus: Topic[]
}

const cite = (ctx: ArticleContext, span: Span, list: Cit[], max = Infinity) => {
  if (list.length < max) ctx.pending.push({ span, list })
}

function mentionName(ctx: ArticleContext, a: Actor): string {
  if (a.kind === 'person') {
    if (ctx.introduced.has(a.id)) return a.short
    ctx.introduced.add(a.id)
    const aff = a.affiliations[0]
    return aff && ctx.rng.chance(0.6) ? `${aff.organization.state ? `${aff.organization.state.adj} ` : ''}${aff.role} ${a.name}` : a.name
  }
  if (a.kind === 'state' && a.aliases.length > 0 && ctx.introduced.has(a.id) && ctx.rng.chance(0.3)) return ctx.rng.pick(a.aliases)
  ctx.introduced.add(a.id)
  return a.name
}

function pickSpeaker(ctx: ArticleContext, cast: Actor[]): Actor {
  const { rng, world } = ctx
  if (cast.length > 0 && rng.chance(0.45)) return rng.pick(cast)
  return world.persons[rng.weighted(world.speakerWeights)] as Actor
}

function object(ctx: ArticleContext): { text: string; topic: Topic } {
  const topic = ctx.rng.chance(0.6) ? ctx.rng.pick(ctx.focus) : ctx.rng.pick(TOPICS)
  return { text: ctx.rng.pick(TOPIC_OBJECTS[topic]), topic }
}

function topicsOf(ctx: ArticleContext, main: Topic[]): Topic[] {
  const out = [...new Set(main)]
  if (ctx.rng.chance(0.3)) {
    const extra = ctx.rng.pick(ctx.focus)
    if (!out.includes(extra)) out.push(extra)
  }
  return ctx.rng.chance(0.04) ? [] : out.slice(0, 3)
}

const yearText = (ctx: ArticleContext) => String(2000 + Math.floor(ctx.day / 365.25) + ctx.rng.int(2))

/** A quoted sentence: “Q1, Q2,” Speaker said. — the quote, its first clause, and its second clause are statements. */
function quoteSentence(ctx: ArticleContext, cast: Actor[], meeting: Meeting | null, agreement: Agreement | null, about: Actor[]): void {
  const { rng, doc } = ctx
  const speaker = pickSpeaker(ctx, cast)
  const o1 = object(ctx)
  const o2 = object(ctx)
  const values = { o: o1.text, o2: o2.text, year: yearText(ctx), capital: rng.pick(ctx.world.states).state!.capital }
  const first = capitalize(fill(rng.pick(QUOTE_OPENINGS), values))
  const second = rng.chance(0.75) ? fill(rng.pick(QUOTE_CLOSINGS), values) : null
  const curly = rng.chance(0.7)
  const [open, close] = curly ? ['“', '”'] : ['"', '"']
  const topics = topicsOf(ctx, [o1.topic])
  const speakerFirst = rng.chance(0.25)
  if (speakerFirst) {
    const who = doc.add(mentionName(ctx, speaker))
    const said = doc.add(` ${rng.pick(['said', 'told reporters', 'added'])}: `)
    doc.add(open)
    const q1 = doc.add(first)
    let whole = q1
    let q2: Span | null = null
    if (second) {
      doc.add(', ')
      q2 = doc.add(second)
      whole = doc.join(q1, q2)
    }
    doc.add(`.${close} `)
    const attribution = doc.join(who, { ...said, u1: said.u1 - 2, c1: said.c1 - 2 })
    ctx.candidates.push({ kind: 'quote', span: whole, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
    if (q2) {
      ctx.candidates.push({ kind: 'quote', span: q1, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
      ctx.candidates.push({ kind: 'quote', span: q2, speakers: [speaker], about: [], topics: topicsOf(ctx, [o2.topic]), meeting, agreement, attribution, dateHint: 'article' })
    }
    return
  }
  doc.add(open)
  const q1 = doc.add(first)
  let whole: Span
  let q2: Span | null = null
  if (second) {
    doc.add(', ')
    q2 = doc.add(second)
    whole = doc.join(q1, doc.add(','))
  } else whole = doc.join(q1, doc.add(','))
  doc.add(`${close} `)
  const who = doc.add(mentionName(ctx, speaker))
  const verb = doc.add(` ${rng.pick(['said', 'said', 'added', 'told reporters', 'said in a statement'])}`)
  const when = ctx.dated && rng.chance(0.4) ? ` on ${weekdayOf(ctx.day)}` : ''
  doc.add(`${when}. `)
  const attribution = doc.join(who, verb)
  ctx.candidates.push({ kind: 'quote', span: whole, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
  if (q2) {
    ctx.candidates.push({ kind: 'quote', span: q1, speakers: [speaker], about, topics: topicsOf(ctx, [o1.topic]), meeting, agreement, attribution, dateHint: 'article' })
    ctx.candidates.push({ kind: 'quote', span: q2, speakers: [speaker], about: [], topics: topicsOf(ctx, [o2.topic]), meeting, agreement, attribution, dateHint: 'article' })
  }
}

function paraphraseSentence(ctx: ArticleContext, cast: Actor[], meeting: Meeting | null, agreement: Agreement | null, about: Actor[]): void {
  const { rng, doc } = ctx
  const speaker = rng.chance(0.15) ? rng.pick(ctx.world.organizations) : pickSpeaker(ctx, cast)
  const o1 = object(ctx)
  const o2 = object(ctx)
  const state = rng.pick(ctx.world.states)
  const clause = fill(rng.pick(PARAPHRASES), { o: o1.text, o2: o2.text, state: state.name, when: rng.pick(WHEN) })
  const who = doc.add(capitalize(mentionName(ctx, speaker)))
  const verb = doc.add(` ${rng.pick(['said', 'said', 'stressed', 'noted', 'told reporters'])}`)
  doc.add(rng.chance(0.5) ? ' that ' : ' ')
  const body = doc.add(clause)
  doc.add(rng.chance(0.2) ? `, ${rng.pick(['according to a statement', 'in a televised address', 'during a visit to ' + rng.pick(CITIES)])}. ` : '. ')
  const candidate: Candidate = {
    kind: 'paraphrase',
    span: body,
    speakers: [speaker],
    about: [...about, ...(clause.includes(state.name) ? [state] : [])].slice(0, 3),
    topics: topicsOf(ctx, [o1.topic]),
    meeting,
    agreement,
    attribution: doc.join(who, verb),
    dateHint: rng.chance(0.8) ? 'article' : 'month',
  }
  ctx.candidates.push(candidate)
  // The same claim with its attribution, as a report of the publisher would cite it.
  if (rng.chance(0.7)) ctx.candidates.push({ ...candidate, kind: 'report', span: doc.join(who, body), speakers: [ctx.publisher], about: [speaker], attribution: null })
}

function jointSentence(ctx: ArticleContext, a: Actor, b: Actor, meeting: Meeting | null, agreement: Agreement | null): void {
  const { rng, doc } = ctx
  const o1 = object(ctx)
  const intro = doc.add(`In a joint statement, ${mentionName(ctx, a)} and ${mentionName(ctx, b)} said`)
  doc.add(' they ')
  const body = doc.add(`${rng.pick(['reaffirmed their commitment to', 'agreed to continue discussions on', 'welcomed progress on', 'will form a committee on'])} ${o1.text}`)
  doc.add('. ')
  ctx.candidates.push({ kind: 'joint_statement', span: body, speakers: a.id === b.id ? [a] : [a, b], about: [], topics: topicsOf(ctx, [o1.topic]), meeting, agreement, attribution: intro, dateHint: 'article' })
}

function reportSentence(ctx: ArticleContext, meeting: Meeting | null): void {
  const { rng, doc, world } = ctx
  const o1 = object(ctx)
  const o2 = object(ctx)
  const country = rng.pick(world.states)
  const country2 = rng.pick(world.states)
  const group = world.groups.length > 0 ? rng.pick(world.groups) : country
  const values = {
    o: o1.text,
    o2: o2.text,
    n: rng.pick(['2,500', '3,000', '900', '2,000', '1,500', '4,000', '500']),
    unit: rng.pick(UNITS),
    country: country.name,
    country2: country2.name,
    whom: rng.pick(WHOM),
    group: group.name,
    k: String(rng.range(3, 180)),
    facility: rng.pick(FACILITIES),
    month: rng.pick(MONTHS),
    ordinal: rng.pick(ORDINALS),
    year: yearText(ctx),
    adj: country.state!.adj,
    event: '',
  }
  values.event = fill(rng.pick(EVENTS), values)
  const text = fill(rng.pick(REPORTS), values)
  const body = doc.add(capitalize(text))
  doc.add('. ')
  ctx.candidates.push({
    kind: 'report',
    span: body,
    speakers: [ctx.publisher],
    about: text.includes(group.name) && group !== country ? [group] : text.includes(country.name) ? [country] : [],
    topics: topicsOf(ctx, [o1.topic]),
    meeting,
    agreement: null,
    attribution: null,
    dateHint: rng.chance(0.5) ? 'none' : rng.chance(0.5) ? 'article' : 'year',
  })
}

function meetingParagraph(ctx: ArticleContext, m: Meeting): void {
  const { rng, doc } = ctx
  const [p1, p2, ...others] = m.participants
  const when = m.date.edtf && rng.chance(0.6) ? ` on ${weekdayOf(m.day)}` : ''
  const a = doc.add(mentionName(ctx, p1!.actor))
  doc.add(' and ')
  const b = doc.add(mentionName(ctx, p2!.actor))
  const rest = doc.add(` ${rng.pick(MEETING_VERBS)} ${m.location}${when} for the ${m.title.replace(/, [^,]+$/, '')}`)
  doc.add('. ')
  cite(ctx, doc.join(a, rest), m.citations)
  cite(ctx, a, p1!.citations)
  cite(ctx, b, p2!.citations)
  ctx.candidates.push({ kind: 'report', span: doc.join(a, rest), speakers: [ctx.publisher], about: [p1!.actor, p2!.actor], topics: topicsOf(ctx, [m.topic]), meeting: m, agreement: null, attribution: null, dateHint: 'article' })
  if (others.length > 0) {
    doc.add(rng.pick(['The delegations included ', 'Also present were ', 'Among the participants were ']))
    others.forEach((p, k) => {
      if (k > 0) doc.add(k === others.length - 1 ? ' and ' : ', ')
      const span = doc.add(mentionName(ctx, p.actor))
      cite(ctx, span, p.citations)
      cite(ctx, span, p.actor.citations, 3)
    })
    doc.add('. ')
  }
  if (rng.chance(0.4)) {
    const span = doc.add(capitalize(m.description.replace(/\.$/, '')))
    doc.add('. ')
    cite(ctx, span, m.citations, 2)
  }
}

function agreementSentence(ctx: ArticleContext, g: Agreement): void {
  const { rng, doc } = ctx
  const [p1, ...rest] = g.parties
  const title = g.title[0]!.toLowerCase() + g.title.slice(1)
  const reported = g.status === 'reported_unconfirmed' && rng.chance(0.5)
  if (reported) doc.add('Some reports claimed that ')
  const a = doc.add(reported ? mentionName(ctx, p1!.actor) : capitalize(mentionName(ctx, p1!.actor)))
  cite(ctx, a, p1!.citations)
  rest.forEach((p, k) => {
    doc.add(k === rest.length - 1 ? ' and ' : ', ')
    cite(ctx, doc.add(mentionName(ctx, p.actor)), p.citations)
  })
  const phrase = doc.add(` ${fill(rng.pick(STATUS_PHRASES[g.status]), { title })}`)
  doc.add('. ')
  cite(ctx, doc.join(a, phrase), g.citations)
  ctx.candidates.push({ kind: 'report', span: doc.join(a, phrase), speakers: [ctx.publisher], about: g.parties.map((p) => p.actor).slice(0, 3), topics: topicsOf(ctx, [g.topic]), meeting: g.meeting, agreement: g, attribution: null, dateHint: 'article' })
}

function coverageSentence(ctx: ArticleContext, a: Actor): void {
  const { rng, doc } = ctx
  if (a.kind === 'person' && a.affiliations.length > 0) {
    for (const aff of a.affiliations) {
      const span = doc.add(`${aff.organization.name} ${aff.role} ${a.name}`)
      ctx.introduced.add(a.id)
      cite(ctx, span, aff.citations)
      cite(ctx, span, a.citations, 3)
      if (aff.date.edtf === null && ctx.dated && rng.chance(0.4)) aff.date = dateRec(ISO_DAYS[ctx.day] as string, 'inferred', `Holding the post in an article published ${ISO_DAYS[ctx.day]}.`)
      doc.add(` ${fill(rng.pick(AFFILIATION_TAILS), { weekday: weekdayOf(ctx.day) })}. `)
    }
    return
  }
  if (a.kind === 'person') {
    const span = doc.add(a.name)
    ctx.introduced.add(a.id)
    cite(ctx, span, a.citations, 3)
    doc.add(` ${rng.pick(AFFILIATION_TAILS).replace('{weekday}', weekdayOf(ctx.day))}. `)
    return
  }
  const template = rng.pick(GENERIC_MENTIONS[a.kind])
  const [before, after] = template.split('{name}') as [string, string]
  const o = object(ctx)
  const values = { o: o.text, event: fill(rng.pick(EVENTS), { facility: rng.pick(FACILITIES), o2: object(ctx).text }) }
  const lead = fill(before, values)
  const start = lead ? doc.add(capitalize(lead)) : null
  const span = doc.add(lead ? a.name : capitalize(a.name))
  ctx.introduced.add(a.id)
  cite(ctx, span, a.citations, 3)
  const end = doc.add(fill(after, values))
  doc.add('. ')
  ctx.candidates.push({ kind: 'report', span: doc.join(start ?? span, end), speakers: [ctx.publisher], about: [a], topics: topicsOf(ctx, [o.topic]), meeting: null, agreement: null, attribution: null, dateHint: 'article' })
}

// ---------------------------------------------------------------------------------------------
// SQL

const INSERT_SQL = {
  source: `INSERT INTO sources (id, title, publisher, author, url, language, published, published_start, published_end, published_basis, published_note, notes, text, sha256, seed_file, created_at, updated_at, version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
  actor: `INSERT INTO actors (id, kind, name, name_key, aliases, country, description, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  affiliation: `INSERT INTO affiliations (id, person_id, organization_id, role, date, date_start, date_end, date_basis, date_note, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  meeting: `INSERT INTO meetings (id, title, title_key, kind, date, date_start, date_end, date_basis, date_note, location, description, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  participant: `INSERT INTO meeting_participants (id, meeting_id, actor_id, role, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)`,
  agreement: `INSERT INTO agreements (id, title, title_key, kind, status, date, date_start, date_end, date_basis, date_note, summary, meeting_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  party: `INSERT INTO agreement_parties (id, agreement_id, actor_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)`,
  statement: `INSERT INTO statements (id, kind, text, source_id, text_start, text_end, date, date_start, date_end, date_basis, date_note, meeting_id, agreement_id, created_at, updated_at, version)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  speaker: `INSERT INTO statement_speakers (statement_id, actor_id, position) VALUES (?, ?, ?)`,
  about: `INSERT INTO statement_about (statement_id, actor_id, position) VALUES (?, ?, ?)`,
  topic: `INSERT INTO statement_topics (statement_id, topic, position) VALUES (?, ?, ?)`,
  citation: `INSERT INTO citations (source_id, start, "end", quote, position, actor_id, meeting_id, agreement_id, statement_id, participant_id, party_id, affiliation_id, created_at, updated_at, version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  change: `INSERT INTO changes (seq, entity_type, entity_id, op, version, changed_at, data, author) VALUES (?, ?, ?, 'upsert', 1, ?, ?, 'gen')`,
} as const

// The full-text rows each trigger of migrations/0001_search_index.sql would have written.
const SEARCH_REBUILD = [
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'source', id, title, text FROM sources`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'actor', id, name, trim(coalesce((SELECT group_concat(value, ' ') FROM json_each(aliases)), '') || ' ' || coalesce(description, '')) FROM actors`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'meeting', id, title, trim(coalesce(location, '') || ' ' || coalesce(description, '')) FROM meetings`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'agreement', id, title, coalesce(summary, '') FROM agreements`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'statement', id, NULL, text FROM statements`,
]

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string }

const schemaObjects = (db: Sqlite) =>
  db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as SchemaObject[]

// ---------------------------------------------------------------------------------------------
// The generator

export function defaultCounts(statements: number) {
  return {
    sources: Math.max(20, Math.round(statements / 50)),
    actors: Math.max(80, Math.round(statements / 100)),
    meetings: Math.max(20, Math.round(statements / 20)),
    agreements: Math.max(10, Math.round(statements / 50)),
  }
}

export function generateDataset(options: GenOptions): GenResult {
  const log = options.log ?? (() => {})
  const out = path.resolve(options.out)
  if (existsSync(out) && !options.force) throw new Error(`${options.out} exists; pass --force to replace it`)
  const defaults = defaultCounts(options.statements)
  const counts = {
    sources: options.sources ?? defaults.sources,
    actors: options.actors ?? defaults.actors,
    meetings: options.meetings ?? defaults.meetings,
    agreements: options.agreements ?? defaults.agreements,
  }
  const nStatements = options.statements
  const batch = options.batch ?? 50_000
  const rng = new Rng(options.seed ?? 42)

  const t0 = performance.now()
  const phases: Record<string, number> = {}
  let mark = t0
  const phase = (name: string) => {
    const now = performance.now()
    phases[name] = Math.round(now - mark)
    log(`gen: ${name.padEnd(28)} ${((now - mark) / 1000).toFixed(1).padStart(6)} s`)
    mark = now
  }

  // Build next to the target and move it into place at the end: a failed run leaves no half-file.
  const tmp = `${out}.tmp-${process.pid}`
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true })
  const db = openSqlite(tmp)
  let closed = false
  try {
    applyMigrations(db)
    ensureDatasetMeta(db)
    const expectedSchema = schemaObjects(db)

    // Bulk-load settings: no journal, no syncs, no foreign-key checks (the generator keeps them), a big cache.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('foreign_keys = OFF')
    db.pragma('cache_size = -1048576')
    db.pragma('temp_store = MEMORY')
    // Index builds sort with a helper thread on the second core.
    db.pragma('threads = 2')
    db.pragma('locking_mode = EXCLUSIVE')
    // Drop the secondary indexes and the full-text triggers; both are rebuilt from their own SQL at the end.
    const indexes = expectedSchema.filter((o) => o.type === 'index')
    const triggers = expectedSchema.filter((o) => o.type === 'trigger')
    for (const o of [...triggers, ...indexes]) db.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`)
    phase('migrations')

    const world = buildWorld(rng, counts)
    phase('world (actors, meetings…)')

    const ins = Object.fromEntries(Object.entries(INSERT_SQL).map(([k, sql]) => [k, db.prepare<unknown[]>(sql)])) as { [K in keyof typeof INSERT_SQL]: BetterSqlite3.Statement<unknown[]> }

    // Sequence numbers: sources, actors, meetings, agreements, statements — the order a replay needs.
    // changed_at follows seq (one millisecond apart) so the log reads as one curation run.
    const seqBase = {
      source: 0,
      actor: counts.sources,
      meeting: counts.sources + world.actors.length,
      agreement: counts.sources + world.actors.length + world.meetings.length,
      statement: counts.sources + world.actors.length + world.meetings.length + world.agreements.length,
    }
    const T0 = Date.UTC(2025, 0, 1)
    const at = (seq: number) => new Date(T0 + seq).toISOString()

    // Statements per source: skewed (log-normal, capped), summing to exactly nStatements.
    const weights = Array.from({ length: counts.sources }, () => Math.min(2.2, Math.exp(0.45 * rng.normal())))
    const wsum = weights.reduce((a, b) => a + b, 0)
    const perSource = new Int32Array(counts.sources)
    let assigned = 0
    weights.forEach((w, j) => {
      perSource[j] = Math.floor((nStatements * w) / wsum)
      assigned += perSource[j] as number
    })
    for (let j = 0; assigned < nStatements; j = (j + 1) % counts.sources) {
      perSource[j] = (perSource[j] as number) + 1
      assigned++
    }

    const sourceIds = new IdMaker()
    const agreementOfMeeting = new Map<Meeting, Agreement>()
    for (const g of world.agreements) if (g.meeting && !agreementOfMeeting.has(g.meeting)) agreementOfMeeting.set(g.meeting, g)
    const statementIds = new IdMaker()
    const meetingsOf = (j: number) => {
      const list: Meeting[] = []
      for (let i = j; i < world.meetings.length; i += counts.sources) list.push(world.meetings[i] as Meeting)
      return list
    }
    const agreementsOf = (j: number) => {
      const list: Agreement[] = []
      for (let i = j; i < world.agreements.length; i += counts.sources) list.push(world.agreements[i] as Agreement)
      return list
    }
    const coverageOf = (j: number) => {
      const list: Actor[] = []
      for (let i = j; i < world.actors.length; i += counts.sources) list.push(world.actors[i] as Actor)
      return list
    }

    let statementSeq = 0
    let rowsInTx = 0
    let citationRows = 0
    let speakerRows = 0
    let aboutRows = 0
    let topicRows = 0
    let changeBytes = 0
    db.exec('BEGIN')
    const maybeCommit = () => {
      if (rowsInTx >= batch) {
        db.exec('COMMIT')
        db.exec('BEGIN')
        rowsInTx = 0
      }
    }

    for (let j = 0; j < counts.sources; j++) {
      const publisher = world.publishers[rng.weighted(PUBLISHER_WEIGHTS)] as Actor
      const pub = PUBLISHERS.find((p) => p.name === publisher.name)!
      const meetings = meetingsOf(j)
      const agreements = agreementsOf(j)
      const coverage = coverageOf(j)
      const day = world.articleDays[j] as number
      const dated = world.articleDated[j] === 1
      const focus = [...new Set([...meetings.map((m) => m.topic), ...agreements.map((g) => g.topic), rng.pick(TOPICS)])]
      const mainStates = meetings[0] ? [meetings[0].participants[0]!.actor, meetings[0].participants[1]!.actor] : [rng.pick(world.states), rng.pick(world.states)]
      const title = capitalize(
        fill(rng.pick(['{a}, {b} {verb} {o}', '{a} and {b} {verb} {o}', '{a}–{b} talks: {o} {tail}', '{who} says {o} {tail}', '{a} {verb} {o} with {b}']), {
          a: mainStates[0]!.short,
          b: mainStates[1]!.short,
          verb: rng.pick(['discuss', 'hold talks on', 'reach understanding on', 'continue talks on', 'weigh', 'disagree over']),
          o: rng.pick(TOPIC_OBJECTS[focus[0] as Topic]),
          tail: rng.pick(['under review', 'on the agenda', 'still unresolved', 'to continue', 'in focus']),
          who: rng.pick(['Pentagon', 'Baghdad', 'Official', 'Minister', 'Spokesman', 'Commander', 'Parliament']),
        }),
      )
      const sourceId = sourceIds.make(`${slugWords(pub.code, 2)}-${slugWords(title, 6)}`)
      const doc = new Doc()
      const ctx: ArticleContext = { rng, world, doc, sourceId, publisher, candidates: [], pending: [], introduced: new Set(), day, dated, focus }
      const want = perSource[j] as number

      doc.add(`${title}\n\n`)
      const author = rng.chance(0.7) ? rng.pick(REPORTERS) : null
      if (author) doc.add(`By ${author}\n\n`)
      doc.add(`${rng.chance(0.5) ? pub.city : rng.pick(CITIES).toUpperCase()} (${pub.code}) - `)
      let sentences = 0
      const paragraph = () => {
        sentences++
        if (sentences % rng.range(2, 4) === 0) doc.add('\n\n')
      }
      for (const m of meetings) {
        meetingParagraph(ctx, m)
        paragraph()
        const cast = m.participants.map((p) => p.actor)
        for (let k = rng.range(1, 3); k > 0; k--) {
          if (rng.chance(0.15) && cast.length >= 2) jointSentence(ctx, cast[0]!, cast[1]!, m, null)
          else if (rng.chance(0.7)) quoteSentence(ctx, cast.filter((a) => a.kind === 'person'), m, null, cast.slice(0, 2))
          else paraphraseSentence(ctx, cast.filter((a) => a.kind === 'person'), m, null, cast.slice(0, 2))
          paragraph()
        }
      }
      for (const g of agreements) {
        agreementSentence(ctx, g)
        paragraph()
        if (rng.chance(0.7)) {
          quoteSentence(ctx, [], g.meeting, g, g.parties.map((p) => p.actor).slice(0, 2))
          paragraph()
        }
      }
      for (const a of coverage) {
        coverageSentence(ctx, a)
        paragraph()
      }
      const cast = meetings.flatMap((m) => m.participants.map((p) => p.actor)).filter((a) => a.kind === 'person')
      const minSentences = rng.range(12, 20)
      while (ctx.candidates.length < want || sentences < minSentences) {
        const roll = rng.next()
        const m = meetings.length > 0 && rng.chance(0.5) ? rng.pick(meetings) : null
        if (roll < 0.5) quoteSentence(ctx, cast, m, null, [])
        else if (roll < 0.72) paraphraseSentence(ctx, cast, m, null, [])
        else if (roll < 0.76 && world.states.length >= 2) jointSentence(ctx, rng.pick(world.states), rng.pick(world.states), m, null)
        else reportSentence(ctx, m)
        paragraph()
      }
      // Now and then a line from social media, with characters outside the BMP (offsets count code points).
      if (rng.chance(0.08)) doc.add(`\n\n${rng.pick(['In a post on X', 'On social media'])}, the ministry wrote: “${capitalize(object(ctx).text)} 🇮🇶🤝🇺🇸”`)
      doc.add(`\n\n${rng.chance(0.5) ? `(Reporting by ${rng.pick(REPORTERS)}; editing by ${rng.pick(REPORTERS)})` : `© ${pub.name}`}\n`)
      const text = doc.text()

      const slice = (s: Span) => text.slice(s.u0, s.u1)
      for (const p of ctx.pending) p.list.push({ source_id: sourceId, start: p.span.c0, end: p.span.c1, quote: slice(p.span) })

      // The source row.
      const seq = seqBase.source + j + 1
      const now = at(seq)
      const roll = rng.next()
      const published =
        !dated
          ? dateRec(null, 'unknown', rng.pick(['The text gives no date.', "The text says only 'on Monday'; no date in the article or its URL."]))
          : roll < 0.55
            ? dateRec(ISO_DAYS[day] as string, 'stated', null)
            : roll < 0.85
              ? dateRec(ISO_DAYS[day] as string, 'inferred', `From the URL path /${(ISO_DAYS[day] as string).replace(/-/g, '/')}/.`)
              : roll < 0.92
                ? dateRec(`${ISO_DAYS[day]}?`, 'inferred', 'From the publisher’s archive page; not printed in the article.')
                : dateRec((ISO_DAYS[day] as string).slice(0, 7), 'stated', null)
      const language = rng.chance(0.97) ? 'en' : rng.pick(['ar', 'fr', 'tr', 'ku'])
      const notes = language !== 'en' ? `English translation published by ${pub.name}.` : rng.chance(0.2) ? `Boilerplate, not data: the ${pub.name} footer.` : null
      const url = rng.chance(0.8) ? `https://www.${pub.domain}/${published.start ? published.start.slice(0, 4) + '/' : ''}${sourceId}` : null
      const sha = createHash('sha256').update(text, 'utf8').digest('hex')
      ins.source.run(sourceId, title, pub.name, author, url, language, published.edtf, published.start, published.end, published.basis, published.note, notes, text, sha, now, now)
      const sourceRecord = { id: sourceId, title, publisher: pub.name, author, url, language, published, notes, text, sha256: sha, seed_file: null, created_at: now, updated_at: now, version: 1 }
      const sourceJson = JSON.stringify(sourceRecord)
      changeBytes += sourceJson.length
      ins.change.run(seq, 'source', sourceId, now, sourceJson)

      // Its statements.
      const chosen = rng.sample(ctx.candidates, want)
      for (const c of chosen) {
        const sseq = seqBase.statement + ++statementSeq
        const snow = at(sseq)
        const stext = slice(c.span)
        const lead = c.speakers[0] as Actor
        const id = statementIds.make(`${slugWords(lead.short, 2)}-${slugWords(stext, 4)}`)
        let date: DateRec
        const r = rng.next()
        if (c.dateHint === 'none' || (!dated && r < 0.85) || r > 0.94) date = dateRec(null, 'unknown', dated ? 'The statement is not dated.' : `'${weekdayOf(day)}'; the article carries no date.`)
        else if (c.dateHint === 'year' || r > 0.91) date = dateRec((ISO_DAYS[day] as string).slice(0, 4), 'stated', null)
        else if (c.dateHint === 'month' || r > 0.85 || !dated) date = dateRec((ISO_DAYS[day] as string).slice(0, 7), 'inferred', `'this month' in an article from ${(ISO_DAYS[day] as string).slice(0, 7)}`)
        else if (r < 0.45) date = dateRec(ISO_DAYS[day] as string, 'stated', null)
        else {
          const back = rng.int(3)
          date = dateRec(ISO_DAYS[clampDay(day - back)] as string, 'inferred', back === 0 ? `'today' in an article published ${ISO_DAYS[day]}` : `'on ${weekdayOf(day - back)}' in an article published ${ISO_DAYS[day]}`)
        }
        const meetingId = c.meeting?.id ?? null
        const agreementId = c.agreement?.id ?? (c.meeting && rng.chance(0.05) ? (agreementOfMeeting.get(c.meeting)?.id ?? null) : null)
        ins.statement.run(id, c.kind, stext, sourceId, c.span.c0, c.span.c1, date.edtf, date.start, date.end, date.basis, date.note, meetingId, agreementId, snow, snow)
        const speakers = [...new Set(c.speakers.map((a) => a.id))]
        speakers.forEach((a, pos) => ins.speaker.run(id, a, pos))
        const about = [...new Set(c.about.map((a) => a.id))].filter((a) => !speakers.includes(a))
        about.forEach((a, pos) => ins.about.run(id, a, pos))
        c.topics.forEach((t, pos) => ins.topic.run(id, t, pos))
        const citations: Cit[] = c.attribution ? [{ source_id: sourceId, start: c.attribution.c0, end: c.attribution.c1, quote: slice(c.attribution) }] : []
        citations.forEach((ct, pos) => ins.citation.run(ct.source_id, ct.start, ct.end, ct.quote, pos, null, null, null, id, null, null, null, snow, snow))
        speakerRows += speakers.length
        aboutRows += about.length
        topicRows += c.topics.length
        citationRows += citations.length
        const json = JSON.stringify({
          id,
          kind: c.kind,
          source_id: sourceId,
          text: stext,
          text_start: c.span.c0,
          text_end: c.span.c1,
          date,
          meeting_id: meetingId,
          agreement_id: agreementId,
          speakers,
          about,
          topics: c.topics,
          citations,
          created_at: snow,
          updated_at: snow,
          version: 1,
        })
        changeBytes += json.length
        ins.change.run(sseq, 'statement', id, snow, json)
        rowsInTx++
      }
      maybeCommit()
      if (j % 2000 === 1999) log(`gen:   ${j + 1} sources, ${statementSeq} statements`)
    }
    db.exec('COMMIT')
    phase('sources + statements')

    // Actors, meetings and agreements, now that the articles have given them their citations.
    db.exec('BEGIN')
    const insertCitations = (list: Cit[], column: number, subject: string | number, now: string) =>
      list.forEach((ct, pos) => {
        const subjects: (string | number | null)[] = [null, null, null, null, null, null, null]
        subjects[column] = subject
        ins.citation.run(ct.source_id, ct.start, ct.end, ct.quote, pos, ...subjects, now, now)
        citationRows++
      })
    const [ACTOR, MEETING, AGREEMENT, , PARTICIPANT, PARTY, AFFILIATION] = [0, 1, 2, 3, 4, 5, 6]
    world.actors.forEach((a, i) => {
      const seq = seqBase.actor + i + 1
      const now = at(seq)
      ins.actor.run(a.id, a.kind, a.name, fold(a.name), JSON.stringify(a.aliases), a.country, a.description, now, now)
      insertCitations(a.citations, ACTOR as number, a.id, now)
      for (const f of a.affiliations) {
        ins.affiliation.run(f.rowId, a.id, f.organization.id, f.role, f.date.edtf, f.date.start, f.date.end, f.date.basis, f.date.note, now, now)
        insertCitations(f.citations, AFFILIATION as number, f.rowId, now)
      }
      const json = JSON.stringify({
        id: a.id,
        kind: a.kind,
        name: a.name,
        aliases: a.aliases,
        country: a.country,
        description: a.description,
        citations: a.citations,
        affiliations: a.affiliations.map((f) => ({ organization_id: f.organization.id, role: f.role, date: f.date, citations: f.citations })),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      changeBytes += json.length
      ins.change.run(seq, 'actor', a.id, now, json)
    })
    world.meetings.forEach((m, i) => {
      const seq = seqBase.meeting + i + 1
      const now = at(seq)
      ins.meeting.run(m.id, m.title, fold(m.title), m.kind, m.date.edtf, m.date.start, m.date.end, m.date.basis, m.date.note, m.location, m.description, now, now)
      insertCitations(m.citations, MEETING as number, m.id, now)
      for (const p of m.participants) {
        ins.participant.run(p.rowId, m.id, p.actor.id, p.role, now, now)
        insertCitations(p.citations, PARTICIPANT as number, p.rowId, now)
      }
      const json = JSON.stringify({
        id: m.id,
        title: m.title,
        kind: m.kind,
        date: m.date,
        location: m.location,
        description: m.description,
        citations: m.citations,
        participants: m.participants.map((p) => ({ actor_id: p.actor.id, role: p.role, citations: p.citations })),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      changeBytes += json.length
      ins.change.run(seq, 'meeting', m.id, now, json)
    })
    world.agreements.forEach((g, i) => {
      const seq = seqBase.agreement + i + 1
      const now = at(seq)
      ins.agreement.run(g.id, g.title, fold(g.title), g.kind, g.status, g.date.edtf, g.date.start, g.date.end, g.date.basis, g.date.note, g.summary, g.meeting?.id ?? null, now, now)
      insertCitations(g.citations, AGREEMENT as number, g.id, now)
      for (const p of g.parties) {
        ins.party.run(p.rowId, g.id, p.actor.id, now, now)
        insertCitations(p.citations, PARTY as number, p.rowId, now)
      }
      const json = JSON.stringify({
        id: g.id,
        title: g.title,
        kind: g.kind,
        status: g.status,
        date: g.date,
        summary: g.summary,
        meeting_id: g.meeting?.id ?? null,
        citations: g.citations,
        parties: g.parties.map((p) => ({ actor_id: p.actor.id, citations: p.citations })),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      changeBytes += json.length
      ins.change.run(seq, 'agreement', g.id, now, json)
    })
    db.exec('COMMIT')
    phase('actors, meetings, agreements')

    for (const o of indexes) db.exec(o.sql)
    phase('indexes')

    for (const sql of SEARCH_REBUILD) db.exec(sql)
    phase('search index')

    for (const o of triggers) db.exec(o.sql)
    const actual = schemaObjects(db)
    if (JSON.stringify(actual) !== JSON.stringify(expectedSchema)) throw new Error('the rebuilt schema differs from the migrations')
    db.pragma('locking_mode = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('journal_mode = WAL')
    db.pragma('wal_checkpoint(TRUNCATE)')
    const tableCount = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    const result: Record<string, number> = {
      sources: counts.sources,
      actors: world.actors.length,
      affiliations: tableCount('affiliations'),
      meetings: world.meetings.length,
      meeting_participants: tableCount('meeting_participants'),
      agreements: world.agreements.length,
      agreement_parties: tableCount('agreement_parties'),
      statements: statementSeq,
      statement_speakers: speakerRows,
      statement_about: aboutRows,
      statement_topics: topicRows,
      citations: citationRows,
      changes: tableCount('changes'),
      change_log_mb: Math.round(changeBytes / 1e6),
    }
    db.close()
    closed = true
    for (const f of [out, `${out}-wal`, `${out}-shm`]) rmSync(f, { force: true })
    renameSync(tmp, out)
    phase('finish (WAL, move)')
    const totalMs = Math.round(performance.now() - t0)
    return { file: out, counts: result, phases, totalMs, bytes: statSync(out).size }
  } catch (error) {
    if (!closed) db.close()
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true })
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = 'usage: npx tsx src/cli/gen.ts --statements 1000000 --out ./data/bench.db [--seed 42] [--force] [--sources N] [--actors N] [--meetings N] [--agreements N]'

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      statements: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      force: { type: 'boolean', default: false },
      sources: { type: 'string' },
      actors: { type: 'string' },
      meetings: { type: 'string' },
      agreements: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const count = (name: string, v: string | undefined, required = false): number | undefined => {
    if (v === undefined) {
      if (required) throw new Error(`--${name} is required`)
      return undefined
    }
    if (!/^\d+$/.test(v) || (Number(v) < 1 && name !== 'seed')) throw new Error(`--${name} must be a positive whole number (got ${JSON.stringify(v)})`)
    return Number(v)
  }
  if (!values.out) throw new Error('--out is required')
  const result = generateDataset({
    statements: count('statements', values.statements, true) as number,
    out: values.out,
    seed: count('seed', values.seed) ?? 42,
    force: values.force,
    sources: count('sources', values.sources),
    actors: count('actors', values.actors),
    meetings: count('meetings', values.meetings),
    agreements: count('agreements', values.agreements),
    log: (line) => console.log(line),
  })
  console.log(`gen: total ${(result.totalMs / 1000).toFixed(1)} s; ${(result.bytes / 1e6).toFixed(0)} MB at ${result.file}`)
  console.log(`gen: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(`gen: ${(error as Error).message}`)
    console.error(USAGE)
    process.exitCode = 1
  }
}
