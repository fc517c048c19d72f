// Name pools for the seeded customers and staff. Each name carries its romanisation, which the
// email address is made from, so a Japanese or Thai customer gets a believable ASCII address.

export interface Name {
  name: string;
  latin: string;
}

export const ENGLISH_FIRST_NAMES: readonly string[] = [
  "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia", "James",
  "Charlotte", "Benjamin", "Amelia", "Henry", "Harper", "Daniel", "Evelyn", "Jack", "Grace", "Owen", "Chloe",
  "Samuel", "Zoe", "Nora", "Caleb", "Hazel", "Isaac", "Ruby",
];

export const ENGLISH_LAST_NAMES: readonly string[] = [
  "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
  "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King",
  "O'Connor", "Bennett", "Foster", "Hughes",
];

export const JAPANESE_FAMILY_NAMES: readonly Name[] = [
  { name: "佐藤", latin: "sato" }, { name: "鈴木", latin: "suzuki" }, { name: "高橋", latin: "takahashi" },
  { name: "田中", latin: "tanaka" }, { name: "伊藤", latin: "ito" }, { name: "渡辺", latin: "watanabe" },
  { name: "山本", latin: "yamamoto" }, { name: "中村", latin: "nakamura" }, { name: "小林", latin: "kobayashi" },
  { name: "加藤", latin: "kato" }, { name: "吉田", latin: "yoshida" }, { name: "山田", latin: "yamada" },
  { name: "松本", latin: "matsumoto" }, { name: "井上", latin: "inoue" }, { name: "木村", latin: "kimura" },
  { name: "林", latin: "hayashi" }, { name: "清水", latin: "shimizu" }, { name: "森", latin: "mori" },
];

export const JAPANESE_GIVEN_NAMES: readonly Name[] = [
  { name: "陽翔", latin: "haruto" }, { name: "蓮", latin: "ren" }, { name: "湊", latin: "minato" },
  { name: "大和", latin: "yamato" }, { name: "悠真", latin: "yuma" }, { name: "結衣", latin: "yui" },
  { name: "陽菜", latin: "hina" }, { name: "美咲", latin: "misaki" }, { name: "さくら", latin: "sakura" },
  { name: "葵", latin: "aoi" }, { name: "翔太", latin: "shota" }, { name: "健太", latin: "kenta" },
  { name: "優子", latin: "yuko" }, { name: "直樹", latin: "naoki" }, { name: "恵", latin: "megumi" },
  { name: "拓海", latin: "takumi" }, { name: "彩", latin: "aya" }, { name: "愛", latin: "ai" },
];

export const THAI_GIVEN_NAMES: readonly Name[] = [
  { name: "สมชาย", latin: "somchai" }, { name: "สมศรี", latin: "somsri" }, { name: "ณัฐพล", latin: "nattapon" },
  { name: "กนกวรรณ", latin: "kanokwan" }, { name: "ธนากร", latin: "thanakorn" }, { name: "พิมพ์ชนก", latin: "pimchanok" },
  { name: "วรรณา", latin: "wanna" }, { name: "อนุชา", latin: "anucha" }, { name: "ปิยะพงษ์", latin: "piyapong" },
  { name: "สุภาพร", latin: "supaporn" }, { name: "ศิริพร", latin: "siriporn" }, { name: "กิตติ", latin: "kitti" },
  { name: "ชลธิชา", latin: "chonticha" }, { name: "ณัฐธิดา", latin: "nattida" },
];

export const THAI_FAMILY_NAMES: readonly Name[] = [
  { name: "ศรีสุข", latin: "srisuk" }, { name: "วงศ์สวัสดิ์", latin: "wongsawat" }, { name: "จันทร์เพ็ญ", latin: "chanpen" },
  { name: "สุขสวัสดิ์", latin: "suksawat" }, { name: "แก้วมณี", latin: "kaewmanee" }, { name: "ทองดี", latin: "thongdee" },
  { name: "บุญมา", latin: "boonma" }, { name: "รัตนพันธ์", latin: "rattanaphan" }, { name: "ประเสริฐ", latin: "prasert" },
  { name: "สายทอง", latin: "saithong" },
];

// Reserved example domains: the seeded addresses look real but can never reach a real inbox.
export const EMAIL_DOMAINS: readonly string[] = ["example.com", "example.net", "example.org"];

export interface AddressTemplate {
  country: string;
  countryCode: string;
  cities: ReadonlyArray<{ city: string; province: string; provinceCode: string; zipPrefix: string; zipDigits: number; zipFormat?: "jp" | "plain" }>;
  streets: readonly string[];
  phonePrefix: string;
  phoneDigits: number;
}

export const US_ADDRESSES: AddressTemplate = {
  country: "United States",
  countryCode: "US",
  cities: [
    { city: "Brooklyn", province: "New York", provinceCode: "NY", zipPrefix: "112", zipDigits: 2 },
    { city: "Portland", province: "Oregon", provinceCode: "OR", zipPrefix: "972", zipDigits: 2 },
    { city: "Burlington", province: "Vermont", provinceCode: "VT", zipPrefix: "054", zipDigits: 2 },
    { city: "Austin", province: "Texas", provinceCode: "TX", zipPrefix: "787", zipDigits: 2 },
    { city: "Denver", province: "Colorado", provinceCode: "CO", zipPrefix: "802", zipDigits: 2 },
    { city: "Asheville", province: "North Carolina", provinceCode: "NC", zipPrefix: "288", zipDigits: 2 },
    { city: "Madison", province: "Wisconsin", provinceCode: "WI", zipPrefix: "537", zipDigits: 2 },
  ],
  streets: ["Maple Street", "Oak Avenue", "Cedar Lane", "Park Place", "Willow Road", "Hillside Drive", "Main Street", "Birch Court"],
  phonePrefix: "+1",
  phoneDigits: 10,
};

export const JAPANESE_ADDRESSES: AddressTemplate = {
  country: "Japan",
  countryCode: "JP",
  cities: [
    { city: "渋谷区", province: "Tōkyō", provinceCode: "JP-13", zipPrefix: "150-", zipDigits: 4 },
    { city: "世田谷区", province: "Tōkyō", provinceCode: "JP-13", zipPrefix: "154-", zipDigits: 4 },
    { city: "京都市左京区", province: "Kyōto", provinceCode: "JP-26", zipPrefix: "606-", zipDigits: 4 },
    { city: "大阪市北区", province: "Ōsaka", provinceCode: "JP-27", zipPrefix: "530-", zipDigits: 4 },
    { city: "静岡市葵区", province: "Shizuoka", provinceCode: "JP-22", zipPrefix: "420-", zipDigits: 4 },
    { city: "札幌市中央区", province: "Hokkaidō", provinceCode: "JP-01", zipPrefix: "060-", zipDigits: 4 },
  ],
  streets: ["神南1-2-3", "三軒茶屋2-14-5", "下鴨松原町18", "梅田3-1-1", "呉服町2-7", "北一条西4-2"],
  phonePrefix: "+81",
  phoneDigits: 10,
};

export const THAI_ADDRESSES: AddressTemplate = {
  country: "Thailand",
  countryCode: "TH",
  cities: [
    { city: "Bangkok", province: "Bangkok", provinceCode: "TH-10", zipPrefix: "10", zipDigits: 3 },
    { city: "Chiang Mai", province: "Chiang Mai", provinceCode: "TH-50", zipPrefix: "50", zipDigits: 3 },
    { city: "Phuket", province: "Phuket", provinceCode: "TH-83", zipPrefix: "83", zipDigits: 3 },
  ],
  streets: ["99/12 ถนนสุขุมวิท", "45 ซอยอารีย์", "7 ถนนนิมมานเหมินท์", "128 ถนนเจริญกรุง"],
  phonePrefix: "+66",
  phoneDigits: 9,
};
