"""Write ``critmin/data/sources.csv``: one row per document, chapter or table the dataset cites.

Each row records the publisher, title, edition, publication date, the table or page
used, the original address, the copy actually read (``via``, with repository commit),
the licence and the reliability tier of what was read. Kept as a script so the
citations are reviewed in one place; the committed CSV is the product.

Usage::

    python scripts/sources_table.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PD = "public domain (USGS)"
NSSAC = (
    "github NSSAC/dpi.RAG data/mcs2025-rare-earths.pdf @3eb117645894d960f56345eb33f0469d91cad615"
)
VAN = "github Vanakka/metals-encyclopedia src/data/usgs/text/mcs2025-{f}.txt @a450489108a4e3cecdfd2ba1025cf9f24feab94b"
PRA = "github pranava0x0/usgs-mineral-commodity-summaries data/audit/{f}/audit.md (and data.json) @2514d2bf45d514b45435a62983869ba1738349ad"
rows = []


def add(**k):
    base = dict.fromkeys(
        [
            "source_id",
            "publisher",
            "title",
            "edition",
            "published",
            "table_or_page",
            "url",
            "via",
            "licence",
            "reliability",
            "note",
        ],
        "",
    )
    base.update(k)
    rows.append(base)


add(
    source_id="usgs_mcs2025_ree",
    publisher="U.S. Geological Survey",
    title="Mineral Commodity Summaries 2025: Rare Earths",
    edition="MCS 2025",
    published="2025-01-31",
    table_or_page="pp. 144-145: Salient Statistics—United States; World Mine Production and Reserves",
    url="https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf",
    via=NSSAC
    + "; figures read from the PDF text with superscript footnote markers separated by font size",
    licence=PD,
    reliability="primary_table",
    note="Agrees with the Vanakka text copy and the NSSAC marker/docling/pymupdf4llm/PyPDF2 conversions once footnote markers are separated; the NSSAC llm-ocr conversion is wrong and was not used",
)
add(
    source_id="usgs_mcs2026_ree",
    publisher="U.S. Geological Survey",
    title="Mineral Commodity Summaries 2026: Rare Earths",
    edition="MCS 2026",
    published="2026-02-06",
    table_or_page="Salient Statistics—United States; World Mine Production and Reserves",
    url="https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf",
    via=PRA.format(f="rare-earths"),
    licence=PD,
    reliability="automated_parse",
    note="Single automated PyMuPDF parse; world 2024 = 380,000 t and China 2024 = 270,000 t agree with the materials-atlas latest-edition series. Dy and Tb prices not captured by the parse",
)
names = {
    "antimony": ("Antimony", "antimony"),
    "cobalt": ("Cobalt", "cobalt"),
    "gallium": ("Gallium", "gallium"),
    "germanium": ("Germanium", "germanium"),
    "graphite": ("Graphite (Natural)", "graphite"),
    "lithium": ("Lithium", "lithium"),
    "nickel": ("Nickel", "nickel"),
    "tungsten": ("Tungsten", "tungsten"),
    "pgm": ("Platinum-Group Metals", "platinum-group"),
}
pra_dir = {"pgm": "platinum-group-metals"}
for key, (title, f) in names.items():
    add(
        source_id=f"usgs_mcs2025_{key}",
        publisher="U.S. Geological Survey",
        title=f"Mineral Commodity Summaries 2025: {title}",
        edition="MCS 2025",
        published="2025-01-31",
        table_or_page="Salient Statistics—United States; World Mine Production and Reserves (or production capacity)",
        url=f"https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-{f}.pdf",
        via=VAN.format(f=f)
        + "; checked against the copy in /work/shared/data/raw/usgs_mcs2025_text",
        licence=PD,
        reliability="text_copy",
        note="Text extraction of the USGS PDF"
        + (
            "; USGS publishes no country production table for germanium"
            if key == "germanium"
            else ""
        ),
    )
    add(
        source_id=f"usgs_mcs2026_{key}",
        publisher="U.S. Geological Survey",
        title=f"Mineral Commodity Summaries 2026: {title}",
        edition="MCS 2026",
        published="2026-02-06",
        table_or_page="Salient Statistics—United States; World Mine Production and Reserves (or production capacity)",
        url=f"https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-{f}.pdf",
        via=PRA.format(f=pra_dir.get(key, f)),
        licence=PD,
        reliability="automated_parse",
        note="Single automated parse of the USGS PDF"
        + ("; platinum 2024 mine production not captured by the parse" if key == "pgm" else ""),
    )
add(
    source_id="usgs_mcs2019_ree",
    publisher="U.S. Geological Survey",
    title="Mineral Commodity Summaries 2019: Rare Earths",
    edition="MCS 2019",
    published="2019-02-28",
    table_or_page="p. 132: Salient Statistics—United States",
    url="https://minerals.usgs.gov/minerals/pubs/mcs/2019/mcs2019.pdf",
    via="docslib.org/doc/9890780/rare-earths1 (web text copy of the chapter)",
    licence=PD,
    reliability="text_copy",
    note="Element names missing on some price rows in the copy; assigned from the chapter's fixed alphabetical row order and flagged in the rows' notes",
)
add(
    source_id="usgs_mcs2016_ree",
    publisher="U.S. Geological Survey",
    title="Mineral Commodity Summaries 2016: Rare Earths",
    edition="MCS 2016",
    published="2016-01-28",
    table_or_page="p. 134: Salient Statistics—United States (prices are year-end ranges)",
    url="https://minerals.usgs.gov/minerals/pubs/mcs/2016/mcs2016.pdf",
    via="docslib.org/doc/1659904/mineral-commodity-summaries-2016 (web text copy)",
    licence=PD,
    reliability="text_copy",
    note="Element names missing on some price rows in the copy; assigned from the chapter's fixed alphabetical row order and flagged in the rows' notes",
)
# secondary quotations of MCS 2023/2024
add(
    source_id="quote_miningvisuals_mcs2024",
    publisher="Mining Visuals",
    title="China's dominance in rare earth production (table credited to USGS MCS, January 2024)",
    edition="MCS 2024",
    table_or_page="table of 2023 mine production",
    url="https://miningvisuals.com/post/chinas-dominance-in-rare-earth-production",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Quotes MCS 2024; primary MCS 2024 table not obtained",
)
add(
    source_id="quote_inn_2024",
    publisher="Investing News Network (via saferetirementreports.com)",
    title="Top 11 countries by rare earth metal production (updated 2024)",
    edition="MCS 2024",
    published="2024-08-30",
    table_or_page="article text",
    url="https://saferetirementreports.com/2024/08/30/top-11-countries-by-rare-earth-metal-production-updated-2024",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Internally inconsistent: prose says Myanmar 35,000 t, table 38,000 t (not used for Myanmar)",
)
add(
    source_id="quote_inn_reserves_2022",
    publisher="Investing News Network (via smagnetic.com)",
    title="Rare Earth Reserves: Top 8 Countries (Updated 2022)",
    edition="MCS 2022",
    table_or_page="article text (China and Vietnam sections)",
    url="https://smagnetic.com/news/rare-earth-reserves:-top-8-countries-updated-2022",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="States its data is 'taken from the US Geological Survey's 2022 report on rare earths'; China 2021 production 168,000 t agrees with the compiled USGS series",
)
add(
    source_id="news_koreaherald_2019",
    publisher="The Korea Herald",
    title="China produces more than 95 percent of the world's rare earths (world news, June 2019)",
    edition="MCS 2019",
    published="2019-06-02",
    table_or_page="article text",
    url="http://www.koreaherald.com/view.php?ud=20190602000247",
    licence="quotation",
    reliability="news",
    note="Quotes USGS figures current in June 2019 (MCS 2019); US 2018 production 15,000 t agrees with the MCS 2019 salient statistics",
)
add(
    source_id="quote_inn_reserves_2024",
    publisher="Investing News Network (via myfxinc.com)",
    title="Rare Earths Reserves: Top 8 Countries (Updated 2024)",
    edition="MCS 2024",
    published="2024-04-25",
    table_or_page="article text (country sections)",
    url="https://myfxinc.com/2024/04/25/rare-earths-reserves-top-8-countries-updated-2024",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Quotes 'the US Geological Survey's latest report' (MCS 2024); only figures whose country is named in the text were transcribed",
)
add(
    source_id="quote_wionews_reserves",
    publisher="WION",
    title="Top 7 countries with the largest rare earth reserves",
    edition="MCS 2024",
    table_or_page="photo story text on Russia",
    url="https://www.wionews.com/photos/top-7-countries-with-the-largest-rare-earth-reserves-see-where-india-stands-1759307993918",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="States Russia's 3.8 Mt was 'a sharp drop from the 10 million MT reported the previous year'; rawmaterials.net (2024) independently reports the MCS 2024 cut of Russia's reserves from 21 Mt to 10 Mt",
)
add(
    source_id="quote_datawrapper_pbbks4",
    publisher="Datawrapper chart PbBKs/4",
    title="Reserves of rare earths by country in 2022",
    edition="MCS 2023",
    table_or_page="chart values",
    url="https://datawrapper.dwcdn.net/PbBKs/4/",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Values match the USGS MCS 2023 reserves column as quoted by INN 2023 (China 44 Mt; Brazil tied third); primary MCS 2023 table not obtained",
)
add(
    source_id="quote_inn_2023",
    publisher="Investing News Network (via bigstatesnews.com)",
    title="Rare earths production/reserves: top countries (2023)",
    edition="MCS 2023",
    published="2023-07-04",
    table_or_page="article text",
    url="https://bigstatesnews.com/2023/07/04/",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Quotes MCS 2023",
)
add(
    source_id="quote_w3wiki_myanmar",
    publisher="w3wiki.net",
    title="Myanmar rare earths (learn page)",
    edition="MCS 2023",
    table_or_page="page text",
    url="https://w3wiki.net/learn__myanmar_8",
    licence="quotation of public-domain USGS figures",
    reliability="secondary_quotation",
    note="Low-reliability relay of MCS 2023 figures",
)
add(
    source_id="atlas_usgs_series",
    publisher="materials-atlas/critical-materials-atlas",
    title="USGS world and China mine production, latest MCS edition per data year (usgs_vs_bgs block)",
    edition="USGS MCS compiled",
    table_or_page="out/usgs_revisions.json",
    url="https://github.com/materials-atlas/critical-materials-atlas",
    via="github materials-atlas/critical-materials-atlas out/usgs_revisions.json @2c70644129b9d6f4a5b013ee0a04679591201abf",
    licence="USGS figures public domain; compilation as published in the repository",
    reliability="automated_parse",
    note="Parsed by the atlas from MCS chapters 1996-2026; the repository appears partly AI-generated; its 2023/2024 values match the MCS 2025/2026 tables here",
)
add(
    source_id="atlas_bgs_series",
    publisher="British Geological Survey (via materials-atlas)",
    title="World Mineral Statistics: world and China mine production (usgs_vs_bgs block)",
    edition="BGS WMS (atlas)",
    table_or_page="out/usgs_revisions.json",
    url="https://www.bgs.ac.uk/mineralsuk/statistics/world-mineral-statistics/",
    via="github materials-atlas/critical-materials-atlas out/usgs_revisions.json @2c70644129b9d6f4a5b013ee0a04679591201abf",
    licence="BGS terms (statistics free to download); figures quoted for reference",
    reliability="automated_parse",
    note="BGS world = sum of reporting countries; the rare-earth series has only 4-10 reporting countries",
)
add(
    source_id="iea_cmde_2025",
    publisher="International Energy Agency",
    title="Critical Minerals Data Explorer: supply by country, mining and refining",
    edition="IEA CMDE 2025",
    published="2025-05-21",
    table_or_page="supply by country (base year 2024; base case 2030, 2035, 2040)",
    url="https://www.iea.org/data-and-statistics/data-tools/critical-minerals-data-explorer",
    via="github barrytho/uk-critical-minerals-dashboard data/iea.json @6229124bb0bc6a665216d831dd5d1b92fcceec74 (copy in /work/shared/data/raw/iea_critical_minerals_data_explorer/iea.json)",
    licence="CC BY 4.0",
    reliability="dataset",
    note="Projections are the IEA base case (operating and announced projects, risk-adjusted); marked qualifier=projection",
)
add(
    source_id="iea_gcmo2024_seaisi",
    publisher="SEAISI (summary of IEA Global Critical Minerals Outlook 2024)",
    title="IEA Global Critical Minerals Outlook 2024: rare earths summary",
    edition="IEA GCMO 2024",
    published="2024-06-03",
    table_or_page="news summary text",
    url="https://www.seaisi.org/details/24787",
    licence="IEA report CC BY 4.0; figures quoted",
    reliability="secondary_quotation",
    note="IEA text itself not read; aggregate shares (top 3, China+Malaysia+Australia) not transcribed because they have no single country code",
)
add(
    source_id="iea_gcmo2025_atlas",
    publisher="International Energy Agency (as cited by materials-atlas)",
    title="Global Critical Minerals Outlook 2025: rare-earth supply-chain shares",
    edition="IEA GCMO 2025",
    published="2025-05-21",
    table_or_page="magnet-chain shares",
    url="https://www.iea.org/reports/global-critical-minerals-outlook-2025",
    via="github materials-atlas/critical-materials-atlas magnet-chain/out/magnet_chain.json @7a64571e56c5556c603546d0517f73a621387805",
    licence="CC BY 4.0",
    reliability="secondary_quotation",
    note="Approximate ('about') shares; the atlas marks them as estimates; IEA text itself not read",
)
add(
    source_id="smm_separation_capacity_2025",
    publisher="Shanghai Metals Market (news.metal.com)",
    title="SMM analysis: China's share of rare-earth smelting and separation capacity",
    edition="SMM 2025-05-06",
    published="2025-05-06",
    table_or_page="article text",
    url="https://news.metal.com/",
    licence="quotation",
    reliability="news",
    note="'China controls approximately 85% of the global smelting capacity'; article id not recorded",
)
add(
    source_id="wb_wgi_2024",
    publisher="World Bank",
    title="Worldwide Governance Indicators, 2024 update (estimates 1996-2023)",
    edition="WGI 2024",
    published="2024-11-07",
    table_or_page="columns CC.EST, GE.EST, PV.EST, RQ.EST, RL.EST, VA.EST; rows year 2023",
    url="https://www.worldbank.org/en/publication/worldwide-governance-indicators",
    via="github OHI-Science/ohiprep_v2025 globalprep/prs_res_wgi/v2025/raw/worldbank_wgi_from_web_2025.csv @f20b595f43694245978e87088050379fe801c691",
    licence="CC BY 4.0",
    reliability="dataset",
    note="Estimates on an approximately -2.5 to +2.5 scale; values rounded to 5 decimals",
)
# publication-date sources
add(
    source_id="usgs_news_mcs2016",
    publisher="U.S. Geological Survey",
    title="Value of U.S. mineral production decreased in 2015 on lower metal prices (national news release)",
    published="2016-01-28",
    url="https://www.usgs.gov/news/national-news-release/value-us-mineral-production-decreased-2015-lower-metal-prices",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="usgs_news_mcs2019",
    publisher="U.S. Geological Survey",
    title="U.S. mines produced an estimated $82.2 billion in minerals during 2018 (news release)",
    published="2019-02-28",
    url="https://www.usgs.gov/news/us-mines-produced-estimated-822-billion-minerals-during-2018",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="usgs_news_mcs2020",
    publisher="U.S. Geological Survey",
    title="US mine production increasing, estimated value of $86.3 billion in minerals (national news release)",
    published="2020-02-06",
    url="https://www.usgs.gov/news/national-news-release/us-mine-production-increasing-estimated-value-863-billion-minerals",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="news_rockproducts_mcs2021",
    publisher="Rock Products",
    title="Mines produced an estimated $82.3 billion in minerals during 2020",
    published="2021-03-05",
    url="http://rockproducts.com/2021/03/05/mines-produced-an-estimated-82-3-billion-in-minerals-during-2020-2/",
    licence="quotation",
    reliability="news",
)
add(
    source_id="news_emj_mcs2022",
    publisher="Engineering & Mining Journal",
    title="USGS publishes 2021 mineral commodities report",
    published="2022-02",
    url="https://www.e-mj.com/leading-developments/usgs-publishes-2021-mineral-commodities-report/",
    licence="quotation",
    reliability="news",
)
add(
    source_id="usgs_news_mcs2023",
    publisher="U.S. Geological Survey",
    title="USGS records nonfuel mineral production jump of $3.6 billion in 2022 (national news release)",
    published="2023-02-02",
    url="https://www.usgs.gov/news/national-news-release/usgs-records-nonfuel-mineral-production-jump-36-billion-2022",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="usgs_pub_mcs2024",
    publisher="U.S. Geological Survey",
    title="Mineral commodity summaries 2024 (publication page, DOI 10.3133/mcs2024)",
    published="2024-01-31",
    url="https://www.usgs.gov/publications/mineral-commodity-summaries-2024",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="news_greencarcongress_mcs2025",
    publisher="Green Car Congress",
    title="USGS: overall value of US mineral production up by $1B in 2024 to $106B",
    published="2025-02-03",
    url="https://www.greencarcongress.com/2025/02/20250203-usgs.html",
    licence="quotation",
    reliability="news",
)
add(
    source_id="usgs_datarelease_mcs2026",
    publisher="U.S. Geological Survey",
    title="Mineral Commodity Summaries 2026 data release (metadata, doi:10.5066/P1WKQ63T)",
    published="2026-02-06",
    url="https://data.usgs.gov/datacatalog/metadata/USGS.69837e43b66b01367d7ec7c7.xml",
    licence=PD,
    reliability="official_statement",
)
add(
    source_id="news_mondaq_gcmo2025",
    publisher="Mondaq",
    title="P2N0 edition 32: news and views on the drive towards net zero (headlines May 17-31, 2025)",
    published="2025-06",
    url="https://www.mondaq.com/unitedstates/renewables/1634148/p2n0-edition-32-news-and-views-on-the-drive-towards-net-zero-ghg-emissions",
    licence="quotation",
    reliability="news",
)
add(
    source_id="news_prozesswaerme_gcmo2024",
    publisher="prozesswaerme.net",
    title="IEA highlights need for diversified investment in critical minerals for energy transition",
    published="2024-05",
    url="https://prozesswaerme.net/think-steel/iea-highlights-need-for-diversified-investment-in-critical-minerals-for-energy-transition/",
    licence="quotation",
    reliability="news",
)
add(
    source_id="wb_wgi_2024_paper",
    publisher="World Bank",
    title="The Worldwide Governance Indicators: Methodology and 2024 Update (Policy Research Working Paper 10952)",
    published="2024-11-07",
    url="http://hdl.handle.net/10986/42373",
    licence="CC BY 3.0 IGO",
    reliability="official_statement",
)
OUT = ROOT / "src" / "critmin" / "data" / "sources.csv"
# Rows written here replace rows with the same source_id; rows other modules added are kept.
managed = {r["source_id"] for r in rows}
with OUT.open(encoding="utf-8", newline="") as fh:
    kept = [r for r in csv.DictReader(fh) if r["source_id"] not in managed]
with OUT.open("w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows + kept)
sys.stdout.write(f"wrote {len(rows)} sources, kept {len(kept)} others\n")
