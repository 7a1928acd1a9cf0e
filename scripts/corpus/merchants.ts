/**
 * Who gets paid, per locale: shops (with how a card or bank statement abbreviates them), people
 * for transfers, street addresses and things to buy. Names are as a screen shows them.
 */
import type { LocaleId } from "./locales";

export interface Merchant {
  /** As an app shows it. */
  name: string;
  /** As a card or bank statement prints it, when that differs (half-width katakana in Japan). */
  statement?: string;
  category: string;
}

const m = (name: string, category: string, statement?: string): Merchant =>
  statement ? { name, category, statement } : { name, category };

export const MERCHANTS: Record<LocaleId, readonly Merchant[]> = {
  "en-US": [
    m("Trader Joe's", "Groceries", "TRADER JOE S #552"),
    m("Whole Foods Market", "Groceries", "WHOLEFDS MKT 10234"),
    m("Starbucks", "Coffee", "STARBUCKS STORE 08812"),
    m("Target", "Shopping", "TARGET T-1184"),
    m("Chipotle Mexican Grill", "Restaurants", "CHIPOTLE 2231"),
    m("Shell", "Gas", "SHELL OIL 5744"),
    m("Walgreens", "Pharmacy", "WALGREENS #7791"),
    m("Blue Bottle Coffee", "Coffee"),
    m("Sweetgreen", "Restaurants", "SWEETGREEN BRYANT PK"),
    m("Home Depot", "Home", "THE HOME DEPOT #6102"),
    m("Uber Eats", "Food delivery"),
    m("Lyft", "Transport", "LYFT *RIDE SUN 4PM"),
    m("Costco Wholesale", "Groceries", "COSTCO WHSE #0481"),
    m("Best Buy", "Electronics", "BEST BUY 00017"),
    m("Joe's Pizza", "Restaurants"),
    m("CVS Pharmacy", "Pharmacy", "CVS/PHARMACY #04521"),
  ],
  "en-GB": [
    m("Tesco", "Groceries", "TESCO STORES 3271"),
    m("Pret A Manger", "Eating out", "PRET A MANGER LONDON"),
    m("Sainsbury's", "Groceries", "SAINSBURYS S/MKT"),
    m("Boots", "Health", "BOOTS 1142"),
    m("Transport for London", "Transport", "TFL TRAVEL CH"),
    m("Greggs", "Eating out", "GREGGS PLC"),
    m("Marks & Spencer", "Shopping", "M&S SIMPLY FOOD"),
    m("Waitrose", "Groceries", "WAITROSE 712"),
    m("Costa Coffee", "Eating out", "COSTA COFFEE 43012"),
    m("Deliveroo", "Takeaway"),
    m("Wagamama", "Eating out"),
    m("Argos", "Shopping", "ARGOS LTD"),
    m("Leon", "Eating out"),
    m("Nando's", "Eating out", "NANDOS CAMDEN"),
  ],
  "en-MY": [
    m("Mydin", "Groceries"),
    m("Tealive", "Food & drinks", "TEALIVE SS15"),
    m("99 Speedmart", "Groceries", "99 SPEED MART 1523"),
    m("Petronas", "Fuel", "PETRONAS JLN AMPANG"),
    m("Nasi Kandar Pelita", "Food & drinks"),
    m("Watsons", "Health", "WATSONS MIDVALLEY"),
    m("AEON Big", "Groceries", "AEON BIG WANGSA MAJU"),
    m("Grab", "Transport"),
    m("Village Grocer", "Groceries"),
    m("Secret Recipe", "Food & drinks"),
    m("Uniqlo Pavilion KL", "Shopping"),
    m("Family Mart", "Groceries", "FAMILYMART KLCC"),
    m("Old Town White Coffee", "Food & drinks"),
  ],
  "en-SG": [
    m("FairPrice", "Groceries", "NTUC FP-BEDOK MALL"),
    m("Ya Kun Kaya Toast", "Food", "YA KUN KAYA TOAST"),
    m("Toast Box", "Food"),
    m("Cold Storage", "Groceries", "COLD STORAGE-JELITA"),
    m("Guardian", "Health", "GUARDIAN HEALTH 0113"),
    m("Koufu", "Food"),
    m("Din Tai Fung", "Food", "DIN TAI FUNG-RAFFLES"),
    m("Don Don Donki", "Shopping"),
    m("Sheng Siong", "Groceries", "SHENG SIONG SUPERMKT"),
    m("Popular Bookstore", "Shopping"),
    m("Old Chang Kee", "Food"),
    m("Comfort DelGro", "Transport", "CDG TAXI"),
    m("Kopitiam", "Food"),
  ],
  "ja-JP": [
    m("セブン-イレブン", "コンビニ", "ｾﾌﾞﾝｲﾚﾌﾞﾝ"),
    m("ローソン", "コンビニ", "ﾛｰｿﾝ"),
    m("ファミリーマート", "コンビニ", "ﾌｧﾐﾘｰﾏｰﾄ"),
    m("スターバックス コーヒー", "カフェ", "ｽﾀｰﾊﾞｯｸｽ"),
    m("ユニクロ", "衣料品", "ﾕﾆｸﾛ"),
    m("無印良品", "日用品", "ﾑｼﾞﾙｼﾘｮｳﾋﾝ"),
    m("マツモトキヨシ", "ドラッグストア", "ﾏﾂﾓﾄｷﾖｼ"),
    m("すき家", "飲食", "ｽｷﾔ"),
    m("松屋", "飲食", "ﾏﾂﾔ"),
    m("ドトールコーヒー", "カフェ", "ﾄﾞﾄｰﾙｺｰﾋｰｼｮｯﾌﾟ"),
    m("成城石井", "スーパー", "ｾｲｼﾞｮｳｲｼｲ"),
    m("ヨドバシカメラ", "家電", "ﾖﾄﾞﾊﾞｼｶﾒﾗ"),
    m("Amazon.co.jp", "通販", "ｱﾏｿﾞﾝｼﾞｬﾊﾟﾝ"),
    m("JR東日本", "交通", "JRﾋｶﾞｼﾆﾎﾝ"),
    m("出前館", "デリバリー", "ﾃﾞﾏｴｶﾝ"),
    m("東京ガス", "公共料金", "ﾄｳｷﾖｳｶﾞｽ"),
    m("丸亀製麺", "飲食", "ﾏﾙｶﾞﾒｾｲﾒﾝ"),
  ],
  "de-DE": [
    m("REWE", "Lebensmittel", "REWE MARKT GMBH"),
    m("EDEKA", "Lebensmittel", "EDEKA CENTER"),
    m("dm-drogerie markt", "Drogerie", "DM FIL. 1723"),
    m("Lidl", "Lebensmittel", "LIDL DIENSTL."),
    m("Deutsche Bahn", "Reisen", "DB VERTRIEB GMBH"),
    m("Rossmann", "Drogerie", "ROSSMANN 2201"),
    m("Aral Tankstelle", "Tanken", "ARAL STATION 4521"),
    m("Bäckerei Kamps", "Essen & Trinken"),
    m("MediaMarkt", "Elektronik", "MEDIA MARKT BERLIN"),
    m("Lieferando", "Lieferdienst"),
    m("Tchibo", "Einkaufen"),
    m("Kaufland", "Lebensmittel", "KAUFLAND 3310"),
    m("Café Einstein", "Essen & Trinken"),
  ],
  "fr-FR": [
    m("Monoprix", "Courses", "MONOPRIX 0123"),
    m("Carrefour City", "Courses", "CARREFOUR CITY PARIS"),
    m("Boulangerie Paul", "Restauration", "PAUL GARE DE LYON"),
    m("Franprix", "Courses", "FRANPRIX 5521"),
    m("SNCF Connect", "Transport", "SNCF INTERNET"),
    m("Fnac", "Loisirs", "FNAC ST LAZARE"),
    m("Pharmacie du Centre", "Santé"),
    m("Picard", "Courses", "PICARD SURGELES"),
    m("Le Petit Bistrot", "Restauration"),
    m("Décathlon", "Sport", "DECATHLON 0456"),
    m("Uber Eats", "Livraison"),
    m("Sephora", "Beauté", "SEPHORA 1001"),
    m("Café de Flore", "Restauration"),
  ],
  "ko-KR": [
    m("스타벅스 강남점", "카페"),
    m("GS25 역삼점", "편의점"),
    m("CU 홍대입구점", "편의점"),
    m("이마트 성수점", "마트"),
    m("올리브영 명동점", "뷰티"),
    m("파리바게뜨", "베이커리"),
    m("배달의민족", "배달"),
    m("쿠팡", "쇼핑"),
    m("교보문고", "도서"),
    m("김밥천국", "식당"),
    m("카카오T", "교통"),
    m("다이소", "생활"),
    m("투썸플레이스", "카페"),
    m("롯데마트", "마트"),
  ],
  "zh-TW": [
    m("全家便利商店", "便利商店"),
    m("7-ELEVEN 統一超商", "便利商店"),
    m("全聯福利中心", "超市"),
    m("星巴克 信義店", "咖啡"),
    m("鼎泰豐", "餐飲"),
    m("誠品書店", "書店"),
    m("家樂福", "量販"),
    m("路易莎咖啡", "咖啡"),
    m("屈臣氏", "美妝"),
    m("台灣高鐵", "交通"),
    m("Foodpanda", "外送"),
    m("麥當勞", "餐飲"),
    m("康是美", "美妝"),
    m("50嵐", "飲料"),
  ],
};

/** People to pay or be paid by, as a P2P or bank app shows them. */
export const PEOPLE: Record<LocaleId, readonly string[]> = {
  "en-US": ["Emily Carter", "Jacob Miller", "Sofia Ramirez", "Noah Thompson", "Ava Nguyen", "Liam O'Brien"],
  "en-GB": ["Oliver Hughes", "Amelia Clarke", "Harry Patel", "Isla Morgan", "George Evans", "Priya Shah"],
  "en-MY": ["Ahmad Faiz", "Tan Wei Ling", "Nurul Aisyah", "Rajesh Kumar", "Lim Chee Keong", "Siti Rahmah"],
  "en-SG": ["Tan Jia Hui", "Muhammad Irfan", "Rachel Lim", "Arjun Menon", "Chloe Ng", "Daniel Goh"],
  "ja-JP": ["田中 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "ﾀﾅｶ ﾀﾛｳ", "ｻﾄｳ ﾊﾅｺ", "ヤマダ ケンジ"],
  "de-DE": ["Lukas Schneider", "Anna Müller", "Jonas Weber", "Lea Fischer", "Felix Wagner", "Sophie Becker"],
  "fr-FR": ["Camille Martin", "Lucas Bernard", "Chloé Dubois", "Hugo Moreau", "Léa Laurent", "Théo Girard"],
  "ko-KR": ["김민준", "이서연", "박지호", "최수아", "정예준", "강하은"],
  "zh-TW": ["陳怡君", "林志明", "王雅婷", "張家豪", "李佳穎", "黃冠宇"],
};

/** Banks, for transfer and statement screens. */
export const BANKS: Record<LocaleId, readonly string[]> = {
  "en-US": ["Chase", "Bank of America", "Wells Fargo", "Ally Bank"],
  "en-GB": ["Monzo", "Barclays", "HSBC UK", "Lloyds Bank"],
  "en-MY": ["Maybank", "CIMB Bank", "Public Bank", "RHB Bank"],
  "en-SG": ["DBS", "OCBC", "UOB", "POSB"],
  "ja-JP": ["三井住友銀行", "三菱UFJ銀行", "みずほ銀行", "楽天銀行", "ゆうちょ銀行"],
  "de-DE": ["Sparkasse", "Deutsche Bank", "Commerzbank", "N26", "ING"],
  "fr-FR": ["BNP Paribas", "Société Générale", "Crédit Agricole", "Boursorama", "LCL"],
  "ko-KR": ["KB국민은행", "신한은행", "우리은행", "카카오뱅크", "토스뱅크"],
  "zh-TW": ["國泰世華銀行", "中國信託", "台新銀行", "玉山銀行", "台北富邦銀行"],
};

/** Street addresses as a receipt prints them (one line each; the truth joins lines with ", "). */
export const ADDRESSES: Record<LocaleId, readonly (readonly string[])[]> = {
  "en-US": [
    ["1250 Market St", "San Francisco, CA 94102"],
    ["88 Court St", "Brooklyn, NY 11201"],
    ["2201 Westlake Ave", "Seattle, WA 98121"],
    ["415 N Michigan Ave", "Chicago, IL 60611"],
  ],
  "en-GB": [
    ["12 Camden High St", "London NW1 0JH"],
    ["45 Deansgate", "Manchester M3 2AY"],
    ["8 Princes St", "Edinburgh EH2 2AN"],
  ],
  "en-MY": [
    ["Lot G-12, Mid Valley Megamall", "59200 Kuala Lumpur"],
    ["23, Jalan SS15/4", "47500 Subang Jaya, Selangor"],
    ["No. 5, Jalan Ampang", "50450 Kuala Lumpur"],
  ],
  "en-SG": [
    ["311 New Upper Changi Rd, #01-78", "Singapore 467360"],
    ["2 Orchard Turn, #B4-21", "Singapore 238801"],
    ["10 Tampines Central 1", "Singapore 529536"],
  ],
  "ja-JP": [
    ["東京都渋谷区道玄坂2-24-1"],
    ["大阪府大阪市北区梅田3-1-3"],
    ["東京都新宿区新宿3-38-1", "ルミネエスト 5F"],
    ["神奈川県横浜市西区南幸1-5-1"],
  ],
  "de-DE": [
    ["Friedrichstraße 123", "10117 Berlin"],
    ["Leopoldstraße 45", "80802 München"],
    ["Schildergasse 12", "50667 Köln"],
  ],
  "fr-FR": [
    ["24 rue de Rivoli", "75004 Paris"],
    ["3 place Bellecour", "69002 Lyon"],
    ["17 cours Mirabeau", "13100 Aix-en-Provence"],
  ],
  "ko-KR": [["서울특별시 강남구 테헤란로 152"], ["서울특별시 마포구 양화로 160"], ["부산광역시 해운대구 해운대로 620"]],
  "zh-TW": [["台北市信義區松高路11號"], ["台北市大安區忠孝東路四段181號"], ["台中市西屯區台灣大道三段301號"]],
};

/** Things to buy: name and a typical unit price in minor units of the locale's currency. */
export interface Product {
  name: string;
  price: number;
}

const p = (name: string, price: number): Product => ({ name, price });

export const FOOD: Record<LocaleId, readonly Product[]> = {
  "en-US": [
    p("Chicken Burrito Bowl", 1195),
    p("Spicy Tuna Roll", 895),
    p("Margherita Pizza", 1650),
    p("Caesar Salad", 1095),
    p("Iced Latte", 575),
    p("Garlic Fries", 495),
    p("Pad Thai", 1450),
    p("Chocolate Chip Cookie", 325),
  ],
  "en-GB": [
    p("Chicken Katsu Curry", 1295),
    p("Fish & Chips", 1150),
    p("Halloumi Wrap", 795),
    p("Flat White", 340),
    p("Sweet Potato Fries", 425),
    p("Vegan Burger", 1095),
    p("Sticky Toffee Pudding", 650),
  ],
  "en-MY": [
    p("Nasi Lemak Ayam", 1290),
    p("Roti Canai (2 pcs)", 400),
    p("Teh Tarik", 350),
    p("Char Kuey Teow", 1150),
    p("Mee Goreng Mamak", 990),
    p("Iced Milo", 450),
    p("Chicken Satay (10 sticks)", 1500),
  ],
  "en-SG": [
    p("Hainanese Chicken Rice", 650),
    p("Laksa", 780),
    p("Kaya Toast Set", 590),
    p("Kopi C", 180),
    p("Char Siew Noodles", 700),
    p("Bubble Milk Tea", 450),
    p("Prawn Mee", 850),
  ],
  "ja-JP": [
    p("牛丼 並盛", 480),
    p("チキン南蛮弁当", 890),
    p("マルゲリータ Mサイズ", 1980),
    p("サーモン握り 8貫", 1280),
    p("唐揚げ 5個", 450),
    p("アイスカフェラテ", 390),
    p("味噌ラーメン", 950),
    p("ﾎﾟﾃﾄ(M)", 330),
  ],
  "de-DE": [
    p("Currywurst mit Pommes", 890),
    p("Pizza Margherita", 990),
    p("Döner Teller", 1150),
    p("Falafel Wrap", 750),
    p("Apfelschorle 0,5l", 350),
    p("Käsespätzle", 1290),
  ],
  "fr-FR": [
    p("Croque-monsieur", 850),
    p("Salade niçoise", 1290),
    p("Burger maison", 1450),
    p("Frites", 450),
    p("Tarte au citron", 550),
    p("Café crème", 380),
  ],
  "ko-KR": [
    p("양념치킨", 21000),
    p("김치찌개", 9000),
    p("떡볶이", 6000),
    p("불고기 버거 세트", 8900),
    p("아이스 아메리카노", 4500),
    p("짜장면", 7000),
    p("비빔밥", 9500),
  ],
  "zh-TW": [
    p("牛肉麵", 180),
    p("珍珠奶茶 大杯", 65),
    p("排骨便當", 110),
    p("小籠包 10顆", 250),
    p("雞排", 85),
    p("滷肉飯", 45),
    p("鍋貼 10顆", 70),
  ],
};

export const GOODS: Record<LocaleId, readonly Product[]> = {
  "en-US": [
    p("USB-C Cable 2m", 1299),
    p("Wireless Mouse", 2499),
    p("Organic Cotton T-Shirt", 1800),
    p("Stainless Water Bottle", 2995),
    p("Paperback: The Midnight Library", 1699),
    p("Phone Case", 1999),
  ],
  "en-GB": [
    p("Kettle 1.7L", 2999),
    p("Notebook A5 (3 pack)", 899),
    p("Bluetooth Speaker", 3499),
    p("Merino Jumper", 4500),
    p("HDMI Cable", 799),
  ],
  "en-MY": [
    p("Power Bank 10000mAh", 8900),
    p("Baju Kurung", 12900),
    p("Rice Cooker 1.8L", 15900),
    p("Earphones", 4990),
  ],
  "en-SG": [p("Travel Adapter", 2490), p("Yoga Mat", 3900), p("Air Fryer 4L", 12900), p("Mechanical Keyboard", 10900)],
  "ja-JP": [
    p("USB-C ケーブル 1m", 1280),
    p("ボールペン 0.5mm 3本", 440),
    p("ｺｰﾋｰ豆 200g", 1512),
    p("タオルハンカチ", 880),
    p("ワイヤレスイヤホン", 5980),
    p("文庫本", 792),
  ],
  "de-DE": [p("Wasserkocher", 3499), p("Notizbuch A5", 899), p("Kopfhörer", 5999), p("Laufschuhe", 8995)],
  "fr-FR": [p("Gourde isotherme", 2490), p("Carnet A5", 790), p("Casque audio", 5990), p("Pull en laine", 4990)],
  "ko-KR": [p("무선 이어폰", 89000), p("텀블러", 25000), p("운동화", 79000), p("보조배터리", 32000)],
  "zh-TW": [p("行動電源", 890), p("保溫瓶", 650), p("無線滑鼠", 490), p("帆布包", 780)],
};
