"""Write the import test corpus (run once; the files are committed).

Each file is an odd or hostile CSV; tests/test_data_importer.py says what must happen.
"""

from pathlib import Path

HERE = Path(__file__).parent


def write(name: str, data: bytes | str, encoding: str = "utf-8") -> None:
    raw = data if isinstance(data, bytes) else data.encode(encoding)
    (HERE / name).write_bytes(raw)


LONG = ("Country,Year,Production,Unit\n"
        "China,2023,240000,t REO\nUnited States,2023,43000,t REO\nMyanmar,2023,38000,t REO\n")

write("utf8_basic.csv", LONG)
write("utf8_bom.csv", b"\xef\xbb\xbf" + LONG.encode())
write("utf16_excel_unicode.csv", "\ufeff" + LONG.replace(",", "\t"), "utf-16-le")
write("cp1252_notes.csv", "Country,Year,Value,Note\nFrance,2020,12,\u00e9tude \u20ac prix\n"
      "C\u00f4te d'Ivoire,2020,3,caf\u00e9\n", "cp1252")
write("gbk_chinese.csv", "国家,年份,产量,单位\n中国,2023,240000,吨\n美国,2023,43000,吨\n"
      "缅甸,2023,38000,吨\n澳大利亚,2023,18000,吨\n", "gbk")
write("semicolon_decimal_comma.csv", "Country;Year;Value\nChina;2022;1.234,5\n"
      "Australia;2022;18,25\nIndia;2022;2.900\n")
write("pipe.csv", LONG.replace(",", "|"))
write("tab.csv", LONG.replace(",", "\t"))
write("cr_line_ends.csv", LONG.replace("\n", "\r"))
write("crlf_line_ends.csv", LONG.replace("\n", "\r\n"))
write("usgs_markers.csv", "Country,Year,Production\nUnited States,2019,W\nBrazil,2019,NA\n"
      "Malaysia,2019,—\nChina,2019,\"132,000e\"\nWorld,2019,>210000\nIndia,2019,\"<1,000\"\n"
      "Thailand,2019,XX\nVietnam,2019,900 E\n")
write("wide_worldbank.csv",
      '"Country Name","Country Code","Series Name","2019 [YR2019]","2020 [YR2020]",'
      '"2021 [YR2021]"\n"China","CHN","Mine production","132000","140000",".."\n'
      '"Australia","AUS","Mine production","20000","21000","24000"\n')
write("wide_simple.csv", "Country,2018,2019,2020\nChina,120000,132000,140000\n"
      "Myanmar,19000,25000,31000\n")
write("ragged_rows.csv", "Country,Year,Value\nChina,2020,1\nIndia,2020,2,extra\n"
      "Brazil,2020,3\n")
write("empty.csv", b"")
write("whitespace_only.csv", "\n\n   \n")
write("header_only.csv", "Country,Year,Value\n")
write("binary_png.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
write("nul_bytes.csv", b"Country,Year,Value\nChina,2020,1\x00\x00\nIndia,2020,2\n")
write("hostile_header.csv",
      'Country,Year,"value""; DROP TABLE observations; --",Note\n'
      'China,2020,5,"=HYPERLINK(""http://evil.example"",""click"")"\n'
      "India,2020,6,+cmd|' /C calc'!A0\nBrazil,2020,7,@SUM(A1:A2)\nFrance,2020,8,-2+3\n")
write("duplicates.csv", "Country,Year,Value\nChina,2020,1\nIndia,2020,2\nChina,2020,3\n")
write("country_variants.csv",
      "Country,Year,Value\nUSA,2020,1\nU.S.,2021,2\nUnited States of America,2022,3\n"
      "PRC,2020,4\nBurma,2020,5\nViet Nam,2020,6\nRussian Federation,2020,7\n中国,2021,8\n"
      "World,2020,9\nOther countries,2020,10\n")
write("unknown_country.csv", "Country,Year,Value\nChina,2020,1\nUntied States,2020,2\n")
write("implausible_years.csv", "Country,Year,Value\nChina,19,1\nIndia,3024,2\nBrazil,2020.5,3\n"
      "Chile,2020,4\n")
write("non_numeric.csv", "Country,Year,Value\nChina,2020,lots\nIndia,2020,12\n")
write("title_lines.csv", "Table 1. World mine production of rare earths\n\n"
      "Country,Year,Production\nChina,2023,240000\nMyanmar,2023,38000\n")
write("quoted_multiline.csv", 'Country,Year,Value,Note\nChina,2020,1,"line one\nline two, '
      'with a comma"\nIndia,2020,2,plain\n')
write("blank_lines.csv", "Country,Year,Value\n\nChina,2020,1\n\nIndia,2020,oops\n")
write("mapped_columns.csv",  # two numeric columns: no value guess, the user maps it
      "Nation,Yr,Amt kt,Share,Element\nChina,2020,1,40,Nd\nIndia,2020,2,60,Dy\n")
write("owid_grapher.csv",  # Our World in Data grapher download: one numeric column
      "Entity,Code,Year,Rare earth production (tonnes)\nAfrica,,2020,5000\n"
      "Australia,AUS,2020,21000\nChina,CHN,2020,140000\nHigh-income countries,,2020,60000\n"
      "World,OWID_WRL,2020,240000\nWorld,OWID_WRL,2021,280000\n")
write("usgs_title_footnotes.csv",  # title lines above the table, source and notes below
      "Table 3. Rare earths: world mine production, by country\n"
      "(Metric tons of rare-earth oxide equivalent)\n\nCountry,2020,2021,2022\n"
      "China,140000,168000,210000\nBurma,31000,35000,12000\nAustralia,21000,24000,18000\n"
      "United States,39000,42000,43000\n\n"
      '"Source: U.S. Geological Survey, Mineral Commodity Summaries 2023."\n'
      "e Estimated. r Revised.\n1 Includes data for Burma.\n"
      "Note: Totals may not add, because of independent rounding.\n")
write("leading_zero_codes.csv", "iso3,year,value,item\nCHN,2020,1,007\nIND,2020,2,0042\n")
write("multiline_then_errors.csv", 'Country,Year,Value,Note\nChina,2020,1,"line one\nline two\n'
      'line three"\nIndia,2020,oops,x\nBrazil,2020,"2\n",y\nChile,2020,bad,z\n')
write("single_quotes.csv", "'Country';'Year';'Value'\n'China';'2020';'1,5'\n'Burma';'2020';'2'\n")
write("chinese_wide_gbk.csv", '国家,2019年,2020年,单位\n中国,"132,000","140,000",吨\n'
      '缅甸,"25,000","31,000",吨\n', "gbk")
write("excel_workbook.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"
      + bytes(range(256)))
