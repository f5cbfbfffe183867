<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image width in pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG/SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export c&amp;oncentration chart (PNG/SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>{title}: sum per country of {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥: no figure this year for {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of {count} items: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} {year}: your items use different units ({units}); not summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (your data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric {key} is not available here: showing mine production (choose: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, share of world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R/P = reserves in USGS MCS edition Y ÷ production of year Y−1 printed in the same edition; plotted at the production year (tooltip names both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of world: country and world figures of a year come from one edition (named in the tooltip), never mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth only between consecutive years with data; gaps stay gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred edition per country-year; tick &apos;Show revisions&apos; for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}, {year} (ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{metric}, {year}&lt;/b&gt; · {count} countries with data · bold outline: selected, dashed: estimate · click a country to add or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country selected: pick countries on the left, a group, or click the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates: hollow markers and dashed lines, hatched bars, dashed map outlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× = another edition&apos;s figure (hover for the edition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ = lower bound: some of your items have no figure in {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero or negative values cannot be drawn on a log axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or not reported (the source does not tell which; not drawn): {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves are placed at the year of the MCS edition that published them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ← charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({iso3}): no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {rank} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; where the world total is a lower bound the share is an upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR between exactly {low} and {high} (the year range&apos;s ends); the line shows production, the legend the CAGR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in {where} for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAGR (needs values in both {low} and {high}) for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Search countries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide countries without figures for {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for {}: untick &apos;With data only&apos; to list it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demand</name>
    <message>
        <source>t REO (all rare earths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kt magnet REE (Nd, Pr, Dy, Tb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World mine production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US apparent consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User scenario — not a forecast</source>
        <extracomment>What the lines view can show: label → (IEA item, element). Elements: clean tech only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (public domain). World production from 1900; hollow marker = estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. IEA gives values for 2024, 2030, 2035, 2040, 2045, 2050 only (points); the lines between them only join the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (USGS, t REO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA projections (kt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User scenario (kt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR, % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CAGR {start}–{end}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}: {cagr:+.1f} % a year{years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA {code}: magnet rare-earth demand by end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA projections: {use} by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supply covers Nd+Pr+Dy+Tb: not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA {code}: total demand {value:,.1f} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA {stage} supply (base case): {value:,.1f} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} — IEA, kt of magnet rare earths (Nd, Pr, Dy, Tb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: IEA Critical Minerals Data Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: no IEA value (IEA gives 2024, 2030, 2035, 2040, 2045, 2050)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User scenario rows are REE Desktop&apos;s what-if model, not a forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth rates from your path ({source}); level: the IEA base-year demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model inputs: {source}. Yearly values are the model&apos;s, not the IEA&apos;s; IEA points are drawn as markers. The IEA&apos;s own 2024 supply and demand figures do not balance; the model starts from them as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No underlying path: each slider sets a constant growth rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand growth: points a year added to the IEA {code} path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand growth: points a year added to your path {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand growth, % a year (constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand by end use and supply, kt — {label} (from {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply, {stage} (model path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA {code} total demand (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA {stage} supply (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: demand {total} kt, primary {primary} kt, supply {supply} kt, balance {balance} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total demand: {v:,.1f} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by recycling: {v:,.1f} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary demand: {v:,.1f} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply ({stage}): {v} kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: {v} kt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventOverlay</name>
    <message>
        <source>{count} more events here:</source>
        <translation>此处还有 {count} 个事件：</translation>
    </message>
    <message>
        <source>Click to choose one</source>
        <translation>点击选择一个</translation>
    </message>
    <message>
        <source>Show events on the line chart</source>
        <translation>在折线图上显示事件</translation>
    </message>
    <message>
        <source>Draw the dated policy and market events (Prices &amp; events panel) on the chart; click one for its detail</source>
        <translation>在图表上绘制有日期的政策和市场事件（价格与事件面板）；点击查看详情</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Export controls</source>
        <extracomment>Okabe-Ito colours (colour-blind safe); ``None`` means the theme&apos;s foreground-like grey. Export controls on related materials (gallium, germanium, graphite…) share the export controls&apos; hue family but are told apart by lightness (Tol&apos;s wine).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related export controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geopolitics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>any bundled or imported dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <source>Outside the chosen years: not on the charts</source>
        <translation>在所选年份之外：不在图表上</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} / {total} 个事件</translation>
    </message>
    <message>
        <source>Event ({date}): {title} — click for details</source>
        <translation>事件（{date}）：{title} — 点击查看详情</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Rebased to 100</source>
        <translation>以 100 为基准</translation>
    </message>
    <message>
        <source>Oxide prices</source>
        <translation>氧化物价格</translation>
    </message>
    <message>
        <source>US unit value of rare earths (current and 1998 dollars)</source>
        <translation>美国稀土单位价值（当年美元和 1998 年美元）</translation>
    </message>
    <message>
        <source>China: quotas vs reported mine production</source>
        <translation>中国：配额与报告的矿山产量</translation>
    </message>
    <message>
        <source>no data for the chosen elements and years</source>
        <translation>所选元素和年份无数据</translation>
    </message>
    <message>
        <source>{item}: year-end range {low}–{high} {unit}</source>
        <translation>{item}：年末价格区间 {low}–{high} {unit}</translation>
    </message>
    <message>
        <source>{element} year-end range</source>
        <translation>{element} 年末价格区间</translation>
    </message>
    <message>
        <source>index, {base} = 100</source>
        <translation>指数，{base} = 100</translation>
    </message>
    <message>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <source>, rebased to 100 in {base}</source>
        <translation>，以 {base} 年为 100</translation>
    </message>
    <message>
        <source>{item}: no price in {base}, so it cannot be rebased.</source>
        <translation>{item}：{base} 年无价格，无法换算为指数。</translation>
    </message>
    <message>
        <source>Year-end ranges are not rebased (a different price basis).</source>
        <translation>年末价格区间不换算为指数（价格基准不同）。</translation>
    </message>
    <message>
        <source>No price data for the chosen elements in {low}–{high}.</source>
        <translation>所选元素在 {low}–{high} 年无价格数据。</translation>
    </message>
    <message>
        <source>No price data for the chosen elements before {first}; the charts start in {start}.</source>
        <translation>所选元素在 {first} 年之前无价格数据；图表从 {start} 年开始。</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>所有元素</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Mischmetal</source>
        <translation>混合稀土金属</translation>
    </message>
    <message>
        <source>Monazite conc.</source>
        <translation>独居石精矿</translation>
    </message>
    <message>
        <source>US unit value</source>
        <translation>美国单位价值</translation>
    </message>
    <message>
        <source>Export controls</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Related export controls</source>
        <translation>相关物项出口管制</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Trade disputes</source>
        <translation>贸易争端</translation>
    </message>
    <message>
        <source>Industrial policy</source>
        <translation>产业政策</translation>
    </message>
    <message>
        <source>Geopolitics</source>
        <translation>地缘政治</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Year-end ranges</source>
        <translation>年末价格区间</translation>
    </message>
    <message>
        <source>USGS year-end price ranges 2011–2015, drawn as bands</source>
        <translation>USGS 2011–2015 年末价格区间，以色带显示</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source>The event timeline under the price chart: markers by category, key events labelled; hover or select one for its line through the charts</source>
        <translation>价格图下方的事件时间轴：按类别标记，重点事件带标签；悬停或选中一个事件即在各图表中显示其竖线</translation>
    </message>
    <message>
        <source>US unit value of rare earths</source>
        <translation>美国稀土单位价值</translation>
    </message>
    <message>
        <source>{series}: full-year total not published</source>
        <translation>{series}：全年总量未公布</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>Mining quota</source>
        <translation>开采配额</translation>
    </message>
    <message>
        <source>Smelting &amp; separation quota</source>
        <translation>冶炼分离配额</translation>
    </message>
    <message>
        <source>Export quota</source>
        <translation>出口配额</translation>
    </message>
    <message>
        <source>Mine production</source>
        <translation>矿山产量</translation>
    </message>
    <message>
        <source>Reported mine production</source>
        <translation>报告的矿山产量</translation>
    </message>
    <message>
        <source>{series}, full year</source>
        <translation>{series}，全年</translation>
    </message>
    <message>
        <source>interim</source>
        <translation>阶段性</translation>
    </message>
    <message>
        <source>one batch</source>
        <translation>单一批次</translation>
    </message>
    <message>
        <source>not published (no full-year total)</source>
        <translation>未公布（无全年总量）</translation>
    </message>
    <message>
        <source>Elements &amp;&amp; axis</source>
        <translation>元素和坐标轴</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>prices: {publishers} ({editions}); USGS compiles oxide prices from Argus Media and Asian Metal</source>
        <translation>价格：{publishers}（{editions}）；USGS 的氧化物价格来自 Argus Media 和 Asian Metal</translation>
    </message>
    <message>
        <source>quotas and mine production: {publishers}</source>
        <translation>配额和矿山产量：{publishers}</translation>
    </message>
    <message>
        <source>events: {count} dated events, each with its own source (publisher, title and URL in its row and its detail)</source>
        <translation>事件：{count} 个有日期的事件，各有来源（出版方、标题和网址见其所在行和详情）</translation>
    </message>
    <message>
        <source>{first}–{last}, {count} editions</source>
        <translation>{first}–{last}，共 {count} 版</translation>
    </message>
    <message>
        <source>prices: USGS ({editions}; oxide prices from Argus Media and Asian Metal)</source>
        <translation>价格：USGS（{editions}；氧化物价格来自 Argus Media 和 Asian Metal）</translation>
    </message>
    <message>
        <source>{names} and {more} more (hover for all)</source>
        <translation>{names} 等另外 {more} 个（悬停查看全部）</translation>
    </message>
    <message>
        <source>quotas and China&apos;s mine production: {names}</source>
        <translation>配额和中国矿山产量：{names}</translation>
    </message>
    <message>
        <source>events: {count}, each with its source (click one)</source>
        <translation>事件：{count} 个，各有来源（点击查看）</translation>
    </message>
    <message>
        <source>event dated by year only</source>
        <translation>仅知年份的事件</translation>
    </message>
    <message>
        <source>{item} is in {unit}, not {kg}: shown when rebased (no exchange rates or unit conversion offline).</source>
        <translation>{item} 的单位是 {unit}，不是 {kg}：换算为指数时显示（离线不做汇率或单位换算）。</translation>
    </message>
    <message>
        <source>your data: {names}</source>
        <translation>你的数据：{names}</translation>
    </message>
</context>
<context>
    <name>ValueChain</name>
    <message>
        <source>Top country (%)</source>
        <extracomment>The concentration lines: name → (legend label, column, series colour index).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 3 countries (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HHI (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element make-up of major deposits (% of total REO, USGS Minerals Yearbook 2022 table 2): &lt;span style=&apos;color:{light}&apos;&gt;■&lt;/span&gt; light REE (La–Gd) &lt;span style=&apos;color:{heavy}&apos;&gt;■&lt;/span&gt; heavy REE (Tb–Lu, Y), the USGS split. Dysprosium and terbium come mostly from the heavy-rich clays and xenotime of southern China, not from Bayan Obo or Mountain Pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bayan Obo&lt;/b&gt; (Inner Mongolia, about 150 km north-west of Baotou): facts, each with its source; the notes say where sources disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End uses are split by use, not by country: no country concentration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country data for {stage} in the bundled sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hollow markers = lower bound (the source names only some countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or incomplete (the edition omits a producer other editions show; hover or see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed = projection (IEA base case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps = years where the listed countries cover under half the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;: no sourced data in the bundled database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;: {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} from other sources or scopes are listed but not used in the bar (used_in_bar = no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages use different sources and scopes: mining = USGS mine production, all rare earths (t REO); separation/refining = IEA, magnet rare earths Nd, Pr, Tb, Dy (kt); magnets = sintered NdFeB magnet output. Grey = lumps of several countries; hatched = not attributed by the source; dotted = projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds each stage of the rare earth chain, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sourced {stage} data by country for any year in the bundled sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rare earths (scope not stated by the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s share in other sources for {year} (not used in the bar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split by use, not by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: yours (where you have data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share as stated in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your world total ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total you list ({unit}); countries you omit are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data: {title} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: stage &apos;{stage}&apos; is not mining, refining, metals or magnets: not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {stage} {year} mixes units ({units}): not shown (units are never converted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
