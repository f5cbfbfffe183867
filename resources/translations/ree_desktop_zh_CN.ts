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
    <name>ColorScaleLegend</name>
    <message>
        <source>Colour scale, {caption}:</source>
        <translation>色阶，{caption}：</translation>
    </message>
    <message>
        <source>Colour scale:</source>
        <translation>色阶：</translation>
    </message>
    <message>
        <source>classes on a log scale</source>
        <translation>对数分级</translation>
    </message>
    <message>
        <source>values beyond ±{bound} written on the map</source>
        <translation>超出 ±{bound} 的数值标注在地图上</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>{title}: {count} items</source>
        <translation>{title}：{count} 个项目</translation>
    </message>
    <message>
        <source>≥: no figure this year for {items}</source>
        <translation>≥：本年无数据的项目：{items}</translation>
    </message>
    <message>
        <source>sum of {count} items: {items}</source>
        <translation>{count} 个项目之和：{items}</translation>
    </message>
    <message>
        <source>{item} ({country})</source>
        <translation>{item}（{country}）</translation>
    </message>
    <message>
        <source>{country} {year}: your items use different units ({units}); not summed</source>
        <translation>{country} {year}：你的项目单位不同（{units}），未合计</translation>
    </message>
    <message>
        <source>Mine production</source>
        <extracomment>The built-in metrics&apos; names as shown (ree_desktop.analysis keeps the English ones).</extracomment>
        <translation>采矿产量</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>Share of world mine production</source>
        <translation>占世界采矿产量的份额</translation>
    </message>
    <message>
        <source>Reserves-to-production ratio</source>
        <translation>储产比</translation>
    </message>
    <message>
        <source>Production growth, year on year</source>
        <translation>产量同比增长</translation>
    </message>
    <message>
        <source>Production CAGR over the year range</source>
        <translation>所选年份区间的产量年均增长率 CAGR</translation>
    </message>
    <message>
        <source>{label} (your data)</source>
        <translation>{label}（你的数据）</translation>
    </message>
    <message>
        <source>{value} years</source>
        <translation>{value} 年</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> 另有 {count} 项</translation>
    </message>
    <message>
        <source>Metric {key} is not available here: showing mine production (choose: {keys}).</source>
        <translation>此处没有指标 {key}：显示采矿产量（可选：{keys}）。</translation>
    </message>
    <message>
        <source>% of world</source>
        <extracomment>Units the app writes in words (t, kt, USD/kg stay as they are).</extracomment>
        <translation>占世界 %</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>, share of world</source>
        <translation>，占世界份额</translation>
    </message>
    <message>
        <source>R/P = reserves in USGS MCS edition Y ÷ production of year Y−1 printed in the same edition; plotted at the production year (tooltip names both).</source>
        <translation>储产比 = USGS MCS 第 Y 版的储量 ÷ 同一版刊印的 Y−1 年产量；绘于产量年份（提示中注明两者）。</translation>
    </message>
    <message>
        <source>Share of world: country and world figures of a year come from one edition (named in the tooltip), never mixed.</source>
        <translation>占世界份额：同一年的国家与世界数据取自同一版本（提示中注明），绝不混用。</translation>
    </message>
    <message>
        <source>Growth only between consecutive years with data; gaps stay gaps.</source>
        <translation>仅计算相邻有数据年份之间的增长；空缺保持空缺。</translation>
    </message>
    <message>
        <source>Preferred edition per country-year; tick &apos;Show revisions&apos; for the others.</source>
        <translation>每个国家-年份显示优先版本；勾选“显示修订”查看其他版本。</translation>
    </message>
    <message>
        <source>{metric}, {year} (ranked)</source>
        <translation>{metric}，{year}（排名）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{metric}, {year}&lt;/b&gt; · {count} countries with data · bold outline: selected, dashed: estimate · click a country to add or remove it</source>
        <translation>&lt;b&gt;{metric}，{year}&lt;/b&gt; · {count} 个国家有数据 · 粗轮廓：已选，虚线：估计值 · 点击国家可添加或移除</translation>
    </message>
    <message>
        <source>No country selected: pick countries on the left, a group, or click the map.</source>
        <translation>未选择国家：请在左侧选择国家、分组，或点击地图。</translation>
    </message>
    <message>
        <source>Estimates: hollow markers and dashed lines, hatched bars, dashed map outlines.</source>
        <translation>估计值：空心标记和虚线、斜线条形、地图虚线轮廓。</translation>
    </message>
    <message>
        <source>× = another edition&apos;s figure (hover for the edition).</source>
        <translation>× = 其他版本的数据（悬停查看版本）。</translation>
    </message>
    <message>
        <source>≥ = lower bound: some of your items have no figure in {cells}.</source>
        <translation>≥ = 下限：你的部分项目在以下年份无数据：{cells}。</translation>
    </message>
    <message>
        <source>Zero or negative values cannot be drawn on a log axis.</source>
        <translation>零或负值无法在对数轴上绘制。</translation>
    </message>
    <message>
        <source>0 or not reported (the source does not tell which; not drawn): {cells}.</source>
        <translation>0 或未报告（来源未区分；未绘制）：{cells}。</translation>
    </message>
    <message>
        <source>Reserves are placed at the year of the MCS edition that published them</source>
        <translation>储量绘于刊载它的 MCS 版本年份</translation>
    </message>
    <message>
        <source> ← charted</source>
        <translation> ← 已绘制</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>{name} ({iso3}): no data</source>
        <translation>{name}（{iso3}）：无数据</translation>
    </message>
    <message>
        <source>Rank {rank} of {count}</source>
        <translation>第 {rank} 名，共 {count} 名</translation>
    </message>
    <message>
        <source>; where the world total is a lower bound the share is an upper bound.</source>
        <translation>；世界总量为下限时，份额为上限。</translation>
    </message>
    <message>
        <source>CAGR between exactly {low} and {high} (the year range&apos;s ends); the line shows production, the legend the CAGR.</source>
        <translation>年均增长率 CAGR 严格取 {low} 至 {high} 年（年份区间两端）；折线显示产量，图例显示 CAGR。</translation>
    </message>
    <message>
        <source>No data in {where} for: {names}.</source>
        <translation>{where} 无数据：{names}。</translation>
    </message>
    <message>
        <source>No CAGR (needs values in both {low} and {high}) for: {names}.</source>
        <translation>无年均增长率 CAGR（需 {low} 和 {high} 年均有数值）：{names}。</translation>
    </message>
    <message>
        <source>One line per item; the map shows the sum per country.</source>
        <translation>每个项目一条线；地图显示按国家合计。</translation>
    </message>
    <message>
        <source>{unit} (log)</source>
        <translation>{unit}（对数）</translation>
    </message>
    <message>
        <source>other editions</source>
        <translation>其他版本</translation>
    </message>
    <message>
        <source>≥ lower bound: some items have no figure that year</source>
        <translation>≥ 下限：部分项目当年无数据</translation>
    </message>
    <message>
        <source>{text} ▸ (axis cut at {limit})</source>
        <translation>{text} ▸（轴截断于 {limit}）</translation>
    </message>
    <message>
        <source>, sum per country</source>
        <translation>，按国家合计</translation>
    </message>
    <message>
        <source>, one line per item</source>
        <translation>，每个项目一条线</translation>
    </message>
    <message>
        <source>Share of world</source>
        <translation>占世界份额</translation>
    </message>
    <message>
        <source>Production or reserves as a share of the world total from the same edition</source>
        <translation>产量或储量占同一版本世界总量的份额</translation>
    </message>
    <message>
        <source>Log axis</source>
        <translation>对数轴</translation>
    </message>
    <message>
        <source>Logarithmic value axis (log colour scale on the map)</source>
        <translation>对数数值轴（地图使用对数色阶）</translation>
    </message>
    <message>
        <source>Mark estimates</source>
        <translation>标记估计值</translation>
    </message>
    <message>
        <source>Estimated figures: hollow markers, dashed lines, hatched bars</source>
        <translation>估计值：空心标记、虚线、斜线条形</translation>
    </message>
    <message>
        <source>Show revisions</source>
        <translation>显示修订</translation>
    </message>
    <message>
        <source>Every edition&apos;s figure as small marks; the table lists all editions</source>
        <translation>各版本数据以小标记显示；表格列出所有版本</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>条形</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Top 5</source>
        <extracomment>The quick groups&apos; names as shown (the keys stay those of REGION_GROUPS).</extracomment>
        <translation>前五</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>欧盟27国</translation>
    </message>
    <message>
        <source>G7</source>
        <translation>七国集团</translation>
    </message>
    <message>
        <source>ASEAN</source>
        <translation>东盟</translation>
    </message>
    <message>
        <source>Quad</source>
        <translation>四方</translation>
    </message>
    <message>
        <source>country</source>
        <extracomment>The columns&apos; headers as shown (the CSV export keeps the English column names).</extracomment>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>start value</source>
        <translation>起始数值</translation>
    </message>
    <message>
        <source>end value</source>
        <translation>结束数值</translation>
    </message>
    <message>
        <source>start edition</source>
        <translation>起始版本</translation>
    </message>
    <message>
        <source>start publisher</source>
        <translation>起始发布方</translation>
    </message>
    <message>
        <source>reserves edition</source>
        <translation>储量版本</translation>
    </message>
    <message>
        <source>production year</source>
        <translation>产量年份</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>CountriesPanel</name>
    <message>
        <source>&lt;b&gt;Metric&lt;/b&gt;</source>
        <translation>&lt;b&gt;指标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Countries&lt;/b&gt;</source>
        <translation>&lt;b&gt;国家&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show&lt;/b&gt;</source>
        <translation>&lt;b&gt;显示&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Year (bars, map)</source>
        <translation>年份（条形、地图）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sum per country (≥ where items are missing)</source>
        <translation>按国家合计（缺项处为 ≥）</translation>
    </message>
    <message>
        <source>One line per item</source>
        <translation>每个项目一条线</translation>
    </message>
    <message>
        <source>Your dataset names items (mines, companies): draw each one, or their sum per country — a lower bound (≥) in years where some items have no figure</source>
        <translation>你的数据列出了项目（矿山、公司）：逐一绘制，或按国家合计——某些项目无数据的年份，合计为下限（≥）</translation>
    </message>
    <message>
        <source>Select the five largest producers of the chosen year</source>
        <translation>选择所选年份产量前五的国家</translation>
    </message>
    <message>
        <source>Select the {group} members: {codes}</source>
        <translation>选择{group}成员：{codes}</translation>
    </message>
    <message>
        <source>No production data for {year}: pick another year for the top 5.</source>
        <translation>{year} 年无产量数据：请另选年份以查看前五。</translation>
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
    <name>MapLegend</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>0 or not reported</source>
        <translation>0 或未报告</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>no data</source>
        <translation type="unfinished">无数据</translation>
    </message>
    <message>
        <source>{value} years</source>
        <translation type="unfinished">{value} 年</translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <source>Outside the chosen years: not on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebased to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxide prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US unit value of rare earths (current and 1998 dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China: quotas vs reported mine production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for the chosen elements and years</source>
        <translation type="unfinished"></translation>
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
