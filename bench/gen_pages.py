#!/usr/bin/env python3
"""Deterministic generator of NewsGraph pages in the digest layout (ticker, date line, articles).

Same seed, same pages, byte for byte. Every page is dated one day after the previous one, so pages are distinct
and the quote series has one point per day. Each article has a Title Case headline, a lead, sometimes a
sub-heading, paragraphs carrying figures of every kind (money, percentages, quantities, counts, multipliers),
countries by name and adjective, and often a quotation with its speaker.

    bench/gen_pages.py --pages 2500 --seed 42 --out bench/out/pages     # writes page-00000.txt ...
    bench/gen_pages.py --pages 1 --print                                 # one page to stdout
"""
import argparse
import datetime
import os
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# (name, adjective, capital, currency word, ISO currency, official surname pool)
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana", "tenge", "KZT"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek", "som", "KGS"),
    ("Tajikistan", "Tajik", "Dushanbe", "somoni", "TJS"),
    ("Uzbekistan", "Uzbek", "Tashkent", "sum", "UZS"),
    ("Turkmenistan", "Turkmen", "Ashgabat", "manat", "TMT"),
    ("Russia", "Russian", "Moscow", "ruble", "RUB"),
    ("China", "Chinese", "Beijing", "yuan", "CNY"),
    ("Turkey", "Turkish", "Ankara", None, None),
    ("Afghanistan", "Afghan", "Kabul", None, None),
    ("Iran", "Iranian", "Tehran", None, None),
    ("Azerbaijan", "Azerbaijani", "Baku", "manat", "AZN"),
    ("Georgia", "Georgian", "Tbilisi", None, None),
    ("Pakistan", "Pakistani", "Islamabad", None, None),
    ("India", "Indian", "New Delhi", None, None),
    ("Japan", "Japanese", "Tokyo", None, None),
    ("Germany", "German", "Berlin", "euro", "EUR"),
    ("South Korea", "South Korean", "Seoul", None, None),
    ("Mongolia", "Mongolian", "Ulaanbaatar", None, None),
]
CENTRAL = COUNTRIES[:5]

SURNAMES = ["Abdullaev", "Saparov", "Nurlanova", "Karimov", "Tokayeva", "Rakhimov", "Usenov", "Jumabekova",
            "Sultanov", "Ismoilov", "Akhmetov", "Bekova", "Orozbaev", "Yusupova", "Mamytov", "Davletova"]
ROLES = ["Energy Minister", "Finance Minister", "Deputy Prime Minister", "central bank governor",
         "Economy Minister", "Transport Minister", "Agriculture Minister", "trade representative"]

TOPICS = [
    # (headline template, subject noun phrase, sector word for the search query)
    ("{adj} Government Approves {money_h} Plan for Solar Power Plants", "solar power", "energy"),
    ("{name} Expands Rail Freight Corridor With {partner}", "rail freight", "transport"),
    ("Remittances to {name} Grow as Labor Migration Rises", "remittances", "finance"),
    ("{name} and {partner} Agree on New Gas Supply Terms", "natural gas", "energy"),
    ("Wheat Harvest in {name} Beats Forecasts Despite Drought", "wheat harvest", "agriculture"),
    ("{adj} Central Bank Keeps Key Rate Unchanged Amid Inflation Concerns", "inflation", "finance"),
    ("{name} Opens New Border Crossing to Boost Trade With {partner}", "border trade", "trade"),
    ("Tourist Arrivals in {name} Reach Record High", "tourism", "tourism"),
    ("{name} Launches Digital Payment System for Public Services", "digital payments", "technology"),
    ("Hydropower Project in {name} Attracts {partner_adj} Investors", "hydropower", "energy"),
    ("{adj} Exporters Ship More Cotton to {partner}", "cotton exports", "trade"),
    ("{name} Plans Copper Mine Expansion With {partner_adj} Partners", "copper mining", "mining"),
]

QUOTE_LINES = [
    "This agreement opens a new chapter for our economy and for the whole region",
    "We expect the first results to be visible to ordinary people within a year",
    "Our priority is to keep prices stable while investment keeps growing",
    "The project will create jobs in the regions that need them most",
    "Cooperation with our neighbours is the only way to make these routes work",
    "We are ready to increase supplies as soon as the new capacity is built",
]


def money(r, iso, word):
    """A money figure as a page would write it."""
    amount = r.choice([r.randint(2, 950), round(r.uniform(1.1, 9.9), 1)])
    scale = r.choice(["million", "billion", "million", "thousand"])
    style = r.randint(0, 3)
    if style == 0:
        return f"${amount} {scale}"
    if style == 1:
        return f"{amount} {scale} US dollars"
    if style == 2 and word:
        return f"{amount} {scale} {word}"
    return f"USD {amount} {scale}"


def percent(r):
    return f"{round(r.uniform(0.5, 48.0), 1)}%"


def quantity(r):
    n = r.randint(12, 980)
    return r.choice([f"{n} km", f"{n} MW", f"{n},000 tons", f"{round(r.uniform(1.1, 9.8), 1)} billion kWh",
                     f"{n} million cubic meters", f"{n},000 hectares"])


def count(r):
    n = r.randint(3, 999)
    return r.choice([f"{n},{r.randint(100, 999)} migrants", f"{n} companies", f"{n},{r.randint(100, 999)} tourists",
                     f"{n} projects", f"{n},{r.randint(100, 999)} jobs"])


def multiplier(r):
    return r.choice(["1.4 times", "twice", "threefold", "2.5 times", "eightfold"])


def article(r, day):
    country = r.choice(CENTRAL) if r.random() < 0.8 else r.choice(COUNTRIES)
    partner = r.choice([c for c in COUNTRIES if c is not country])
    name, adj, capital, word, iso = country
    pname, padj = partner[0], partner[1]
    template, subject, sector = r.choice(TOPICS)
    m1 = money(r, iso, word)
    headline = template.format(adj=adj, name=name, partner=pname, partner_adj=padj,
                               money_h=m1.replace("$", "$").replace(" million", " Million").replace(" billion", " Billion").replace(" thousand", " Thousand"))
    surname = r.choice(SURNAMES)
    role = r.choice(ROLES)
    weekday = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    paras = [
        f"{name} will spend {m1} on {subject} in the coming years, the government said in {capital} on {weekday}, "
        f"in a plan that also involves companies from {pname}.",
        f"Officials said {subject} grew by {percent(r)} last year."
        + (f" The first stage covers {quantity(r)}." if r.random() < 0.5 else " The first stage starts in spring."),
    ]
    sub = None
    if r.random() < 0.5:
        sub = r.choice(["Financing and Terms", "Regional Impact", "What Comes Next", "Background", "Trade Figures"])
    more = [
        f"Trade between {name} and {pname} reached {money(r, iso, word)} in the first nine months, up {multiplier(r)} "
        f"on the same period a year earlier.",
        f"The {padj} side has pledged {money(r, partner[4], partner[3])}, and analysts expect demand to grow by "
        f"{percent(r)} as the region recovers.",
        f"Local authorities counted {count(r)} involved in the programme, and capacity should reach {quantity(r)}.",
    ]
    r.shuffle(more)
    body = more[:1 if r.random() < 0.6 else 2]
    if r.random() < 0.6:
        body.append(f"\u201c{r.choice(QUOTE_LINES)},\u201d {role} {surname} said.")
    lines = [headline, ""]
    for p in paras:
        lines += [p, ""]
    if sub:
        lines += [sub, ""]
    for p in body:
        lines += [p, ""]
    return "\n".join(lines)


def ticker(r, day_index):
    lines = []
    pairs = [("KGS", 0.01144), ("KZT", 0.00198), ("TJS", 0.10493), ("UZS", 0.00008), ("TMT", 0.28571)]
    one = []
    for base, rate in pairs:
        drift = 1 + 0.0004 * ((day_index * 7 + len(base) * 13) % 11 - 5)
        change = round(r.uniform(-0.6, 0.6), 2) if r.random() < 0.6 else 0
        ch = "0%" if change == 0 else f"{change:+.2f}%"
        one.append(f"\u2022 {base}/USD = {rate * drift:.5f} {ch}")
    for rep in range(8):
        for k, line in enumerate(one):
            lines.append(line if rep == 0 and k == 0 else "  " + line)
    return "\n".join(lines)


def page(seed, index, articles_per_page):
    r = random.Random(seed * 1_000_003 + index)
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=index)
    parts = [ticker(r, index), f"{day.day} {MONTHS[day.month - 1]} {day.year}", ""]
    for _ in range(articles_per_page):
        parts.append(article(r, day))
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2500)
    ap.add_argument("--articles", type=int, default=8, help="articles per page")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--start", type=int, default=0, help="index of the first page (for distinct batches)")
    ap.add_argument("--out", default=None)
    ap.add_argument("--print", action="store_true")
    a = ap.parse_args()
    if a.print or not a.out:
        for i in range(a.start, a.start + a.pages):
            sys.stdout.write(page(a.seed, i, a.articles))
        return
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.start, a.start + a.pages):
        with open(os.path.join(a.out, f"page-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(page(a.seed, i, a.articles))


if __name__ == "__main__":
    main()
