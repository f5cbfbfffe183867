<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Charts</name>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
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
        <translation type="unfinished">来源：{source}</translation>
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
        <translation>t REO（全部稀土）</translation>
    </message>
    <message>
        <source>kt magnet REE (Nd, Pr, Dy, Tb)</source>
        <translation>kt 磁体稀土（Nd、Pr、Dy、Tb）</translation>
    </message>
    <message>
        <source>World mine production</source>
        <translation>全球矿山产量</translation>
    </message>
    <message>
        <source>US apparent consumption</source>
        <translation>美国表观消费量</translation>
    </message>
    <message>
        <source>User scenario — not a forecast</source>
        <translation>用户情景——不是预测</translation>
    </message>
    <message>
        <source> (public domain). World production from 1900; hollow marker = estimate.</source>
        <translation>（公有领域）。全球产量自 1900 年起；空心标记 = 估计值。</translation>
    </message>
    <message>
        <source>. IEA gives values for 2024, 2030, 2035, 2040, 2045, 2050 only (points); the lines between them only join the points.</source>
        <translation>。IEA 仅给出 2024、2030、2035、2040、2045、2050 年的数值（点）；点之间的连线仅为连接。</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>History (USGS, t REO)</source>
        <translation>历史（USGS，t REO）</translation>
    </message>
    <message>
        <source>IEA projections (kt)</source>
        <translation>IEA 预测（kt）</translation>
    </message>
    <message>
        <source>User scenario (kt)</source>
        <translation>用户情景（kt）</translation>
    </message>
    <message>
        <source>Your data: demand and supply paths</source>
        <translation>你的数据：需求和供应路径</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>CAGR, % a year</source>
        <translation>CAGR，每年 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;CAGR {start}–{end}&lt;/b&gt;</source>
        <translation>&lt;b&gt;CAGR {start}–{end}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{series}: no data</source>
        <translation>{series}：无数据</translation>
    </message>
    <message>
        <source>{series}: {cagr:+.1f} % a year{years}</source>
        <translation>{series}：每年 {cagr:+.1f} %{years}</translation>
    </message>
    <message>
        <source>no data ({why})</source>
        <translation>无数据（{why}）</translation>
    </message>
    <message>
        <source>IEA {code}: magnet rare-earth demand by end use</source>
        <translation>IEA {code}：按终端应用的磁体稀土需求</translation>
    </message>
    <message>
        <source>IEA projections: {use} by scenario</source>
        <translation>IEA 预测：按情景的{use}</translation>
    </message>
    <message>
        <source> (supply covers Nd+Pr+Dy+Tb: not shown)</source>
        <translation>（供应为 Nd+Pr+Dy+Tb 合计：不显示）</translation>
    </message>
    <message>
        <source>, and supply</source>
        <translation>，及供应</translation>
    </message>
    <message>
        <source>IEA {code}: total demand {value:,.1f} kt</source>
        <translation>IEA {code}：总需求 {value:,.1f} kt</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>IEA {stage} supply (base case): {value:,.1f} kt</source>
        <translation>IEA {stage}供应（基准情形）：{value:,.1f} kt</translation>
    </message>
    <message>
        <source>{year} — IEA, kt of magnet rare earths (Nd, Pr, Dy, Tb)</source>
        <translation>{year} — IEA，磁体稀土 kt（Nd、Pr、Dy、Tb）</translation>
    </message>
    <message>
        <source>Source: IEA Critical Minerals Data Explorer</source>
        <translation>来源：IEA Critical Minerals Data Explorer</translation>
    </message>
    <message>
        <source>{year}: no IEA value (IEA gives 2024, 2030, 2035, 2040, 2045, 2050)</source>
        <translation>{year}：无 IEA 数值（IEA 仅给出 2024、2030、2035、2040、2045、2050 年）</translation>
    </message>
    <message>
        <source>User scenario rows are REE Desktop&apos;s what-if model, not a forecast.</source>
        <translation>用户情景行来自 REE Desktop 的假设模型，不是预测。</translation>
    </message>
    <message>
        <source>Yours: {label}</source>
        <translation>你的：{label}</translation>
    </message>
    <message>
        <source>Growth rates from your path ({source}); level: the IEA base-year demand</source>
        <translation>增长率取自你的路径（{source}）；水平：IEA 基准年需求</translation>
    </message>
    <message>
        <source>Model inputs: {source}. Yearly values are the model&apos;s, not the IEA&apos;s; IEA points are drawn as markers. The IEA&apos;s own 2024 supply and demand figures do not balance; the model starts from them as published.</source>
        <translation>模型输入：{source}。逐年数值为模型计算，并非 IEA 数据；IEA 的点以标记绘出。IEA 自身 2024 年的供应与需求数据并不平衡；模型按其公布值起算。</translation>
    </message>
    <message>
        <source>No underlying path: each slider sets a constant growth rate.</source>
        <translation>无基础路径：每个滑块设定一个恒定增长率。</translation>
    </message>
    <message>
        <source>Demand growth: points a year added to the IEA {code} path</source>
        <translation>需求增长：在 IEA {code} 路径上每年增加的百分点</translation>
    </message>
    <message>
        <source>Demand growth: points a year added to your path {label}</source>
        <translation>需求增长：在你的路径 {label} 上每年增加的百分点</translation>
    </message>
    <message>
        <source>Demand growth, % a year (constant)</source>
        <translation>需求增长，每年 %（恒定）</translation>
    </message>
    <message>
        <source>Demand by end use and supply, kt — {label} (from {start})</source>
        <translation>按终端应用的需求与供应，kt — {label}（起点 {start}）</translation>
    </message>
    <message>
        <source>Supply, {stage} (model path)</source>
        <translation>供应，{stage}（模型路径）</translation>
    </message>
    <message>
        <source>IEA {code} total demand (points)</source>
        <translation>IEA {code} 总需求（点）</translation>
    </message>
    <message>
        <source>IEA {stage} supply (points)</source>
        <translation>IEA {stage}供应（点）</translation>
    </message>
    <message>
        <source>{year}: demand {total} kt, primary {primary} kt, supply {supply} kt, balance {balance} kt</source>
        <translation>{year}：需求 {total} kt，原生需求 {primary} kt，供应 {supply} kt，平衡 {balance} kt</translation>
    </message>
    <message>
        <source>Total demand: {v:,.1f} kt</source>
        <translation>总需求：{v:,.1f} kt</translation>
    </message>
    <message>
        <source>Met by recycling: {v:,.1f} kt</source>
        <translation>由回收满足：{v:,.1f} kt</translation>
    </message>
    <message>
        <source>Primary demand: {v:,.1f} kt</source>
        <translation>原生需求：{v:,.1f} kt</translation>
    </message>
    <message>
        <source>Supply ({stage}): {v} kt</source>
        <translation>供应（{stage}）：{v} kt</translation>
    </message>
    <message>
        <source>Balance: {v} kt</source>
        <translation>平衡：{v} kt</translation>
    </message>
    <message>
        <source>Start from (resets the demand drivers):</source>
        <translation>起点（重置需求驱动因素）：</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>Demand growth: points a year added to the path</source>
        <translation>需求增长：在路径上每年增加的百分点</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Magnet material and recycling</source>
        <translation>磁体材料与回收</translation>
    </message>
    <message>
        <source>Thrifting (less per unit)</source>
        <translation>减量（单位用量减少）</translation>
    </message>
    <message>
        <source>Recycled share of demand</source>
        <translation>回收占需求的比例</translation>
    </message>
    <message>
        <source>… reached by</source>
        <translation>……达到年份</translation>
    </message>
    <message>
        <source>Supply (IEA base case)</source>
        <translation>供应（IEA 基准情形）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Growth after 2040</source>
        <translation>2040 年后增长</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Haircut country</source>
        <translation>削减国家</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>削减</translation>
    </message>
    <message>
        <source>… from</source>
        <translation>……起始年份</translation>
    </message>
    <message>
        <source>History: world mine production and US consumption (USGS)</source>
        <translation>历史：全球矿山产量与美国消费量（USGS）</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source> — log scale</source>
        <translation> — 对数刻度</translation>
    </message>
    <message>
        <source>Stated Policies Scenario</source>
        <translation>既定政策情景</translation>
    </message>
    <message>
        <source>Announced Pledges Scenario</source>
        <translation>已宣布承诺情景</translation>
    </message>
    <message>
        <source>Net Zero Emissions by 2050 Scenario</source>
        <translation>2050 年净零排放情景</translation>
    </message>
    <message>
        <source>IEA Stated Policies Scenario: the policies governments have actually put in place or firmly proposed.</source>
        <translation>IEA 既定政策情景：各国政府已实际实施或明确提出的政策。</translation>
    </message>
    <message>
        <source>IEA Announced Pledges Scenario: governments meet all their announced climate pledges (net-zero targets, NDCs) in full and on time.</source>
        <translation>IEA 已宣布承诺情景：各国政府全面、按时兑现其已宣布的全部气候承诺（净零目标、国家自主贡献）。</translation>
    </message>
    <message>
        <source>IEA Net Zero Emissions by 2050 Scenario: a path on which the global energy sector reaches net-zero CO2 emissions by 2050.</source>
        <translation>IEA 2050 年净零排放情景：全球能源部门在 2050 年实现 CO2 净零排放的路径。</translation>
    </message>
    <message>
        <source>Total demand</source>
        <translation>总需求</translation>
    </message>
    <message>
        <source>Electric vehicles</source>
        <translation>电动汽车</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation>其他用途</translation>
    </message>
    <message>
        <source>Clean energy technologies total (wind + EVs)</source>
        <translation>清洁能源技术合计（风电 + 电动汽车）</translation>
    </message>
    <message>
        <source>Clean energy technologies: {element}</source>
        <translation>清洁能源技术：{element}</translation>
    </message>
    <message>
        <source>mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>Mining supply</source>
        <translation>采矿供应</translation>
    </message>
    <message>
        <source>Refining supply</source>
        <translation>分离冶炼供应</translation>
    </message>
    <message>
        <source>Rest of world</source>
        <translation>世界其他地区</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>History &amp;&amp; projections</source>
        <translation>历史与预测</translation>
    </message>
    <message>
        <source>What-if model</source>
        <translation>假设模型</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Linear axis</source>
        <translation>线性坐标</translation>
    </message>
    <message>
        <source>Log axis</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>CAGR from</source>
        <translation>CAGR 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Lines per scenario</source>
        <translation>按情景分线</translation>
    </message>
    <message>
        <source>Stacked by end use</source>
        <translation>按终端应用堆叠</translation>
    </message>
    <message>
        <source>IEA base case {stage} supply of magnet rare earths (kt), 2024–2040, from operating and announced projects</source>
        <translation>IEA 基准情形下磁体稀土的{stage}供应（kt），2024–2040 年，来自在产和已宣布项目</translation>
    </message>
    <message>
        <source>Projections: magnet rare-earth demand and supply (IEA)</source>
        <translation>预测：磁体稀土需求与供应（IEA）</translation>
    </message>
    <message>
        <source>IEA {stage} supply, base case (kt)</source>
        <translation>IEA {stage}供应，基准情形（kt）</translation>
    </message>
    <message>
        <source>IEA {code}: {use} (kt, stacked)</source>
        <translation>IEA {code}：{use}（kt，堆叠）</translation>
    </message>
    <message>
        <source>IEA {code}: {use} (kt)</source>
        <translation>IEA {code}：{use}（kt）</translation>
    </message>
    <message>
        <source>Everything behind the charts, long format: history (t REO), IEA projections (kt) and, when set, the user scenario; your paths too.</source>
        <translation>图表背后的全部数据，长格式：历史（t REO）、IEA 预测（kt），以及（若已设定）用户情景；也包括你的路径。</translation>
    </message>
    <message>
        <source>(your data)</source>
        <translation>（你的数据）</translation>
    </message>
    <message>
        <source>{stage} supply</source>
        <translation>{stage}供应</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <source>{label} is in {unit}, not kt: not drawn beside the IEA projections (units are never converted).</source>
        <translation>{label} 的单位是 {unit}，不是 kt：不与 IEA 预测一同绘制（单位从不换算）。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>Balance: supply − primary demand</source>
        <translation>平衡：供应 − 原生需求</translation>
    </message>
    <message>
        <source>Demand and supply — {label}</source>
        <translation>需求与供应 — {label}</translation>
    </message>
    <message>
        <source>kt (below 0: shortfall)</source>
        <translation>kt（低于 0：短缺）</translation>
    </message>
    <message>
        <source>Primary demand (after recycling)</source>
        <translation>原生需求（扣除回收后）</translation>
    </message>
    <message>
        <source>Supply (model path)</source>
        <translation>供应（模型路径）</translation>
    </message>
    <message>
        <source>IEA total demand (points)</source>
        <translation>IEA 总需求（点）</translation>
    </message>
    <message>
        <source>IEA supply (points)</source>
        <translation>IEA 供应（点）</translation>
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
    <name>Export</name>
    <message>
        <source>edition {edition}</source>
        <extracomment>The columns that name a row&apos;s source, in the order a sidecar line shows them.</extracomment>
        <translation>版本 {edition}</translation>
    </message>
    <message>
        <source>REE Desktop export</source>
        <translation>REE Desktop 导出</translation>
    </message>
    <message>
        <source>Data file: {name}</source>
        <translation>数据文件：{name}</translation>
    </message>
    <message>
        <source>Summary: {sources}</source>
        <translation>摘要：{sources}</translation>
    </message>
    <message>
        <source>Sources of the {rows} rows ({count}):</source>
        <translation>这 {rows} 行数据的来源（{count} 个）：</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>see the source columns</source>
        <translation>见来源列</translation>
    </message>
    <message>
        <source>the chart is not laid out yet (show the window first)</source>
        <translation>图表尚未布局（请先显示窗口）</translation>
    </message>
    <message>
        <source>scale {scale} is outside 0.25-8</source>
        <translation>缩放 {scale} 超出 0.25-8 范围</translation>
    </message>
    <message>
        <source>{width}×{height} pixels is too large (at most {most})</source>
        <translation>{width}×{height} 像素过大（最多 {most}）</translation>
    </message>
    <message>
        <source>could not encode the image as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
    <message>
        <source>could not produce a valid SVG of this chart; export PNG instead</source>
        <translation>无法生成此图表的有效 SVG；请改为导出 PNG</translation>
    </message>
    <message>
        <source>{name}: export to .png or .svg</source>
        <translation>{name}：请导出为 .png 或 .svg</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PNG image at 2× (*.png);;SVG vector image (*.svg)</source>
        <translation>PNG 图像 (*.png);;PNG 图像 2× (*.png);;SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Image width in pixels:</source>
        <translation>图像宽度（像素）：</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG/SVG)…</source>
        <translation>导出图表(&amp;C)（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Export c&amp;oncentration chart (PNG/SVG)…</source>
        <translation>导出集中度图表(&amp;O)（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Copy c&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Legend entry parts: (colour, glyph, text), kept together on one line. The value chain&apos;s export choices: its five stage bars (the default) or concentration. The panels&apos; titles as exported titles begin (translated where written).</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>价值链</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Demand &amp; trends</source>
        <translation>需求与趋势</translation>
    </message>
    <message>
        <source>Prices &amp; events</source>
        <translation>价格与事件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>{panel}: {title}</source>
        <translation>{panel}：{title}</translation>
    </message>
    <message>
        <source>Source: see the Data panel for the sources of each figure.</source>
        <translation>来源：各数字的来源见“数据”面板。</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation>（对数刻度）</translation>
    </message>
    <message>
        <source>Colour scale, {unit}:</source>
        <translation>色阶，{unit}：</translation>
    </message>
    <message>
        <source>Colour scale:</source>
        <translation>色阶：</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>○ hollow marker = estimate</source>
        <translation>○ 空心标记 = 估计值</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>this panel has no stage bars to export</source>
        <translation>此面板没有可导出的环节柱</translation>
    </message>
    <message>
        <source>{panel}: concentration of {stage} — top country and top 3 countries&apos; share (%), HHI (0–10,000)</source>
        <translation>{panel}：{stage}的集中度 — 第一大国与前三国家的份额（%），HHI（0–10,000）</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>该环节</translation>
    </message>
    <message>
        <source>--chart {chart}: {panel} exports {choices}</source>
        <translation>--chart {chart}：{panel} 可导出 {choices}</translation>
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
        <translation type="unfinished">无数据</translation>
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
    <name>Tables</name>
    <message>
        <source>year</source>
        <extracomment>Column names shown in the kit&apos;s tables (context &quot;Tables&quot;).</extracomment>
        <translation>年份</translation>
    </message>
    <message>
        <source>top</source>
        <translation>第一大国</translation>
    </message>
    <message>
        <source>top1 %</source>
        <translation>第一大国 %</translation>
    </message>
    <message>
        <source>top3 %</source>
        <translation>前三 %</translation>
    </message>
    <message>
        <source>HHI is</source>
        <translation>HHI 属性</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>country / use</source>
        <translation>国家 / 用途</translation>
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
        <source>share_pct</source>
        <translation>份额 %</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>used_in_bar</source>
        <translation>用于柱图</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>end_use</source>
        <translation>终端应用</translation>
    </message>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>source_url</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>World mine prod.</source>
        <translation>全球矿山产量</translation>
    </message>
    <message>
        <source>US consumption</source>
        <translation>美国消费量</translation>
    </message>
    <message>
        <source>country_iso3</source>
        <translation>国家 ISO3</translation>
    </message>
</context>
<context>
    <name>ValueChain</name>
    <message>
        <source>Top country (%)</source>
        <extracomment>The concentration lines: name → (legend label, column, series colour index).</extracomment>
        <translation>第一大国（%）</translation>
    </message>
    <message>
        <source>Top 3 countries (%)</source>
        <translation>前三国家（%）</translation>
    </message>
    <message>
        <source>HHI (right axis)</source>
        <translation>HHI（右轴）</translation>
    </message>
    <message>
        <source>Element make-up of major deposits (% of total REO, USGS Minerals Yearbook 2022 table 2): &lt;span style=&apos;color:{light}&apos;&gt;■&lt;/span&gt; light REE (La–Gd) &lt;span style=&apos;color:{heavy}&apos;&gt;■&lt;/span&gt; heavy REE (Tb–Lu, Y), the USGS split. Dysprosium and terbium come mostly from the heavy-rich clays and xenotime of southern China, not from Bayan Obo or Mountain Pass.</source>
        <translation>主要矿床的元素构成（占 REO 总量的 %，USGS Minerals Yearbook 2022 表 2）：&lt;span style=&apos;color:{light}&apos;&gt;■&lt;/span&gt; 轻稀土（La–Gd） &lt;span style=&apos;color:{heavy}&apos;&gt;■&lt;/span&gt; 重稀土（Tb–Lu、Y），按 USGS 的划分。镝和铽主要来自中国南方富含重稀土的黏土和磷钇矿，而非白云鄂博或芒廷帕斯。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bayan Obo&lt;/b&gt; (Inner Mongolia, about 150 km north-west of Baotou): facts, each with its source; the notes say where sources disagree.</source>
        <translation>&lt;b&gt;白云鄂博&lt;/b&gt;（内蒙古，包头西北约 150 km）：各项事实均附来源；备注说明来源之间的分歧。</translation>
    </message>
    <message>
        <source>End uses are split by use, not by country: no country concentration.</source>
        <translation>终端应用按用途而非国家划分：无国家集中度。</translation>
    </message>
    <message>
        <source>No country data for {stage} in the bundled sources.</source>
        <translation>内置来源中没有{stage}的国家数据。</translation>
    </message>
    <message>
        <source>hollow markers = lower bound (the source names only some countries)</source>
        <translation>空心标记 = 下限（来源只列出部分国家）</translation>
    </message>
    <message>
        <source>or incomplete (the edition omits a producer other editions show; hover or see the table)</source>
        <translation>或不完整（该版本遗漏了其他版本列出的生产国；悬停或查看表格）</translation>
    </message>
    <message>
        <source>dashed = projection (IEA base case)</source>
        <translation>虚线 = 预测（IEA 基准情形）</translation>
    </message>
    <message>
        <source>gaps = years where the listed countries cover under half the total</source>
        <translation>缺口 = 所列国家合计不足总量一半的年份</translation>
    </message>
    <message>
        <source> — PROJECTION</source>
        <translation> — 预测</translation>
    </message>
    <message>
        <source>Top country: {country} {share} %</source>
        <translation>第一大国：{country} {share} %</translation>
    </message>
    <message>
        <source>Top 3: {share} %</source>
        <translation>前三：{share} %</translation>
    </message>
    <message>
        <source> (lower bound: the source names only some countries)</source>
        <translation>（下限：来源只列出部分国家）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;: no sourced data in the bundled database</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;：内置数据库中没有带来源的数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;: {count} rows</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;：{count} 行</translation>
    </message>
    <message>
        <source>; {count} from other sources or scopes are listed but not used in the bar (used_in_bar = no)</source>
        <translation>；另有 {count} 行来自其他来源或范围，已列出但未用于柱图（“用于柱图”一列为“否”）</translation>
    </message>
    <message>
        <source>Light REE: {light} % · heavy REE: {heavy} %</source>
        <translation>轻稀土：{light} % · 重稀土：{heavy} %</translation>
    </message>
    <message>
        <source>Not given in the source (NA or &apos;&lt;&apos;): {what}</source>
        <translation>来源中未给出（NA 或“&lt;”）：{what}</translation>
    </message>
    <message>
        <source>The source&apos;s element shares add to {total} %</source>
        <translation>来源中各元素份额合计 {total} %</translation>
    </message>
    <message>
        <source>Source: {source}; data: {reference}</source>
        <translation>来源：{source}；数据：{reference}</translation>
    </message>
    <message>
        <source>Stages use different sources and scopes: mining = USGS mine production, all rare earths (t REO); separation/refining = IEA, magnet rare earths Nd, Pr, Tb, Dy (kt); magnets = sintered NdFeB magnet output. Grey = lumps of several countries; hatched = not attributed by the source; dotted = projection.</source>
        <translation>各环节的来源和范围不同：采矿 = USGS 矿山产量，全部稀土（t REO）；分离冶炼 = IEA，磁体稀土 Nd、Pr、Tb、Dy（kt）；永磁体 = 烧结钕铁硼磁体产量。灰色 = 多国合并；斜线 = 来源未归属；点状 = 预测。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Who holds each stage of the rare earth chain, {year}</source>
        <translation>稀土产业链各环节由谁掌握，{year}</translation>
    </message>
    <message>
        <source> — China: {shares}</source>
        <translation> — 中国：{shares}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No sourced {stage} data by country for any year in the bundled sources.</source>
        <translation>内置来源中任何年份都没有按国家划分的{stage}数据。</translation>
    </message>
    <message>
        <source>no data for {year}</source>
        <translation>{year} 年无数据</translation>
    </message>
    <message>
        <source>years with data: {years}</source>
        <translation>有数据的年份：{years}</translation>
    </message>
    <message>
        <source>rare earths (scope not stated by the source)</source>
        <translation>稀土（来源未说明范围）</translation>
    </message>
    <message>
        <source>&lt;b&gt;PROJECTION ({scenario})&lt;/b&gt;: {scope}</source>
        <translation>&lt;b&gt;预测（{scenario}）&lt;/b&gt;：{scope}</translation>
    </message>
    <message>
        <source>China&apos;s share in other sources for {year} (not used in the bar):</source>
        <translation>其他来源中中国 {year} 年的份额（未用于柱图）：</translation>
    </message>
    <message>
        <source>split by use, not by country</source>
        <translation>按用途而非国家划分</translation>
    </message>
    <message>
        <source>countries sum to {total} % (rounded world total)</source>
        <translation>各国合计 {total} %（全球总量经四舍五入）</translation>
    </message>
    <message>
        <source>incomplete: omits {names}</source>
        <translation>不完整：遗漏 {names}</translation>
    </message>
    <message>
        <source>Top 3: {sign}{top3} % · HHI {sign}{hhi}</source>
        <translation>前三：{sign}{top3} % · HHI {sign}{hhi}</translation>
    </message>
    <message>
        <source> (lower bound)</source>
        <translation>（下限）</translation>
    </message>
    <message>
        <source>{share} not attributed to any country by the source</source>
        <translation>{share} 未被来源归属到任何国家</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>数值：{value}</translation>
    </message>
    <message>
        <source>Share: {share} % ({denominator})</source>
        <translation>份额：{share} %（{denominator}）</translation>
    </message>
    <message>
        <source>Flag: {flag}</source>
        <translation>标记：{flag}</translation>
    </message>
    <message>
        <source>A lump of several countries: not counted as one country</source>
        <translation>多国合并：不算作一个国家</translation>
    </message>
    <message>
        <source>Incomplete: this edition omits {names}</source>
        <translation>不完整：该版本遗漏 {names}</translation>
    </message>
    <message>
        <source>PROJECTION ({scenario})</source>
        <translation>预测（{scenario}）</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>范围：{scope}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Source: bundled</source>
        <translation>来源：内置</translation>
    </message>
    <message>
        <source>Source: yours (where you have data)</source>
        <translation>来源：你的数据（在你有数据之处）</translation>
    </message>
    <message>
        <source>share as stated in your data</source>
        <translation>你的数据中所列的份额</translation>
    </message>
    <message>
        <source>your world total ({unit})</source>
        <translation>你的全球总量（{unit}）</translation>
    </message>
    <message>
        <source>the total you list ({unit}); countries you omit are not counted</source>
        <translation>你所列的合计（{unit}）；你未列出的国家不计入</translation>
    </message>
    <message>
        <source>your data: {title} ({unit})</source>
        <translation>你的数据：{title}（{unit}）</translation>
    </message>
    <message>
        <source>{title}: stage &apos;{stage}&apos; is not mining, refining, metals or magnets: not shown</source>
        <translation>{title}：环节“{stage}”不是采矿、分离冶炼、金属及合金或永磁体：不显示</translation>
    </message>
    <message>
        <source>{title}: {stage} {year} mixes units ({units}): not shown (units are never converted)</source>
        <translation>{title}：{stage} {year} 混用了单位（{units}）：不显示（单位从不换算）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>份额（%）</translation>
    </message>
    <message>
        <source>HHI (0–10,000)</source>
        <translation>HHI（0–10,000）</translation>
    </message>
    <message>
        <source>% of total REO</source>
        <translation>占 REO 总量的 %</translation>
    </message>
    <message>
        <source>all rare earths, mine output, t REO</source>
        <translation>全部稀土，矿山产量，t REO</translation>
    </message>
    <message>
        <source>magnet rare earths (Nd, Pr, Tb, Dy), kt</source>
        <translation>磁体稀土（Nd、Pr、Tb、Dy），kt</translation>
    </message>
    <message>
        <source>sintered NdFeB permanent magnets</source>
        <translation>烧结钕铁硼永磁体</translation>
    </message>
    <message>
        <source>sintered permanent magnets</source>
        <translation>烧结永磁体</translation>
    </message>
    <message>
        <source>world demand for magnet rare earths, by use</source>
        <translation>全球磁体稀土需求，按用途</translation>
    </message>
    <message>
        <source>United States only: U.S. consumption by end use</source>
        <translation>仅美国：美国按终端应用的消费</translation>
    </message>
    <message>
        <source>Mining</source>
        <extracomment>The stage names as shown (analysis.value_chain.STAGES holds the English, for data).</extracomment>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Separation &amp; refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>Metals &amp; alloys</source>
        <translation>金属及合金</translation>
    </message>
    <message>
        <source>Magnets</source>
        <translation>永磁体</translation>
    </message>
    <message>
        <source>End uses</source>
        <translation>终端应用</translation>
    </message>
    <message>
        <source>mining</source>
        <extracomment>Lower-case stage names inside sentences (&quot;China: mining 71 %, refining 91 %&quot;).</extracomment>
        <translation>采矿</translation>
    </message>
    <message>
        <source>separation &amp; refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>metals &amp; alloys</source>
        <translation>金属及合金</translation>
    </message>
    <message>
        <source>magnets</source>
        <translation>永磁体</translation>
    </message>
    <message>
        <source>end uses</source>
        <translation>终端应用</translation>
    </message>
    <message>
        <source>Electric vehicles</source>
        <extracomment>End uses and lumps named by the sources (segment names that are not countries).</extracomment>
        <translation>电动汽车</translation>
    </message>
    <message>
        <source>EVs</source>
        <translation>电动汽车</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation>其他用途</translation>
    </message>
    <message>
        <source>Rest of world</source>
        <translation>世界其他地区</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ceramics &amp; glass</source>
        <translation>陶瓷和玻璃</translation>
    </message>
    <message>
        <source>metallurgy &amp; alloys</source>
        <translation>冶金和合金</translation>
    </message>
    <message>
        <source>refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>Concentration over time</source>
        <translation>集中度变化</translation>
    </message>
    <message>
        <source>Stage detail</source>
        <translation>环节详情</translation>
    </message>
    <message>
        <source>Mining: where the ore comes from</source>
        <translation>采矿：矿石从哪里来</translation>
    </message>
    <message>
        <source>Open the {stage} detail below</source>
        <translation>在下方打开{stage}详情</translation>
    </message>
    <message>
        <source>Show {year}</source>
        <translation>显示 {year}</translation>
    </message>
    <message>
        <source>Set the year to {year}, the nearest year with data for this stage</source>
        <translation>将年份设为 {year}，即此环节最近的有数据年份</translation>
    </message>
</context>
</TS>
