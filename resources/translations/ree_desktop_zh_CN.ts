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
    <name>AboutDialog</name>
    <message>
        <source>Licence: {licence}</source>
        <translation>许可：{licence}</translation>
    </message>
    <message>
        <source> · figure by: {origin}</source>
        <translation> · 数字来自：{origin}</translation>
    </message>
    <message>
        <source> · tier: {tier}</source>
        <translation> · 等级：{tier}</translation>
    </message>
    <message>
        <source>About REE Desktop</source>
        <translation>关于 REE Desktop</translation>
    </message>
    <message>
        <source>An offline explorer for the rare earth element market. Every figure in the bundled database comes from a public source listed below; gaps stay gaps.</source>
        <translation>离线浏览稀土市场的工具。内置数据库中的每个数字都来自下列公开来源；缺失的数据保持缺失，不作填补。</translation>
    </message>
    <message>
        <source>Bundled database release: &lt;b&gt;{release}&lt;/b&gt; · {count} sources · user data: {path}</source>
        <translation>内置数据库版本：&lt;b&gt;{release}&lt;/b&gt; · {count} 个来源 · 你的数据：{path}</translation>
    </message>
    <message>
        <source>No data changelog in this database.</source>
        <translation>此数据库没有数据变更记录。</translation>
    </message>
    <message>
        <source>What changed in the data</source>
        <translation>数据变更</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Move it aside and start with a fresh, empty user database? The damaged file is kept for recovery.</source>
        <translation>将其移到一旁，并以一个全新的空用户数据库启动？损坏的文件会保留，以便恢复。</translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation>移到一旁并重新开始</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>BookmarkManager</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add bookmark…</source>
        <translation>添加书签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manage bookmarks…</source>
        <translation>管理书签(&amp;M)…</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>保存于 {when}</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
    <message>
        <source>Bookmarked “{name}” (Ctrl+D)</source>
        <translation>已添加书签“{name}”(Ctrl+D)</translation>
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
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The interface changes to {language} when REE Desktop restarts.</source>
        <translation>REE Desktop 重新启动后，界面将切换为{language}。</translation>
    </message>
    <message>
        <source>Restart now? The current view is kept.</source>
        <translation>现在重新启动吗？当前视图会保留。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>现在重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>界面语言将在下次启动时切换。</translation>
    </message>
    <message>
        <source>REE Desktop could not restart itself; start it again to see the new language.</source>
        <translation>REE Desktop 无法自行重新启动；请再次启动它以使用新语言。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>any bundled or imported dataset</source>
        <translation>任一内置或导入的数据集</translation>
    </message>
    <message>
        <source>Countries: {countries}</source>
        <translation>国家：{countries}</translation>
    </message>
    <message>
        <source>Countries ({count})</source>
        <translation>国家（{count}）</translation>
    </message>
    <message>
        <source>Countries: none</source>
        <translation>国家：无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Pick countries (Ctrl+F searches)</source>
        <translation>选择国家（Ctrl+F 搜索）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export data as CSV…</source>
        <translation>将数据导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Find country</source>
        <translation>查找国家</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About REE Desktop</source>
        <translation>关于 REE Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Bundled database {release} · {count} sources · user data: {path}</source>
        <translation>内置数据库 {release} · {count} 个来源 · 你的数据：{path}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Imported dataset {dataset}</source>
        <translation>已导入数据集 {dataset}</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
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
    <name>Panels</name>
    <message>
        <source>Overview</source>
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
<context>
    <name>YearRangeControl</name>
    <message>
        <source>Years</source>
        <translation>年份范围</translation>
    </message>
</context>
</TS>
