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
    <name>ChartLegend</name>
    <message>
        <source>hollow marker = estimate</source>
        <translation>空心标记 = 估计值</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>country_iso3</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>country in file</source>
        <translation>文件中的国家</translation>
    </message>
    <message>
        <source>iso3</source>
        <translation>ISO3 代码</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
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
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>source_id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>imported_at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>date_precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>来源等级</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>value_low</source>
        <translation>数值下限</translation>
    </message>
    <message>
        <source>value_high</source>
        <translation>数值上限</translation>
    </message>
    <message>
        <source>value_raw</source>
        <translation>原始数值</translation>
    </message>
    <message>
        <source>source_publisher</source>
        <translation>来源发布机构</translation>
    </message>
    <message>
        <source>source_url</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>name_zh</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>iso_numeric</source>
        <translation>ISO 数字代码</translation>
    </message>
    <message>
        <source>is_aggregate</source>
        <translation>是否合计</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>target_panel</source>
        <translation>目标面板</translation>
    </message>
    <message>
        <source>dashed_from</source>
        <translation>虚线起始</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>state</source>
        <translation>视图状态</translation>
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
        <translation>搜索国家…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>With data only</source>
        <translation>仅显示有数据的</translation>
    </message>
    <message>
        <source>Hide countries without figures for {}</source>
        <translation>隐藏没有{}数据的国家</translation>
    </message>
    <message>
        <source>the current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>No data for {}: untick &apos;With data only&apos; to list it.</source>
        <translation>{}无数据：取消勾选“仅显示有数据的”即可列出。</translation>
    </message>
</context>
<context>
    <name>DataBrowserPanel</name>
    <message>
        <source>Dataset or table</source>
        <extracomment>Only its own option (``data_item``): another panel&apos;s options leave it alone.</extracomment>
        <translation>数据集或数据表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filter rows (all words must match)…</source>
        <translation>筛选行（须匹配所有词）…</translation>
    </message>
    <message>
        <source>Sources of this dataset</source>
        <translation>本数据集的来源</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Import a CSV file as one of your datasets (Ctrl+O)</source>
        <translation>将 CSV 文件导入为你的数据集（Ctrl+O）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Bundled datasets are read-only.</source>
        <translation>内置数据集为只读。</translation>
    </message>
    <message>
        <source>Select one of your datasets to rename, delete, export it or read its report.</source>
        <translation>选择你的一个数据集，即可重命名、删除、导出或查看其导入报告。</translation>
    </message>
    <message>
        <source>Your dataset, imported from {origin} on {date} (not from the bundled sources; see Import report)</source>
        <translation>你的数据集，于 {date} 从 {origin} 导入（不属于内置来源；见导入报告）</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete your dataset {name} and all its rows? This cannot be undone (the CSV file itself is not touched).</source>
        <translation>删除你的数据集 {name} 及其全部行？此操作无法撤销（CSV 文件本身不受影响）。</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All datasets (summary)</source>
        <translation>全部数据集（汇总）</translation>
    </message>
    <message>
        <source>Bundled datasets</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Your datasets</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>(none imported yet)</source>
        <translation>（尚未导入）</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Dataset {name}</source>
        <translation>数据集 {name}</translation>
    </message>
    <message>
        <source>Table bundled.{name}</source>
        <translation>内置数据表 {name}</translation>
    </message>
    <message>
        <source>Table user.{name}</source>
        <translation>用户数据表 {name}</translation>
    </message>
    <message>
        <source>All datasets, with row counts and publishers</source>
        <translation>全部数据集及其行数和发布机构</translation>
    </message>
    <message>
        <source>All sources in the bundled database</source>
        <translation>内置数据库中的全部来源</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown} / {total} 行</translation>
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
    <name>DetailsBox</name>
    <message>
        <source>Import as a new dataset</source>
        <translation>导入为新数据集</translation>
    </message>
    <message>
        <source>Replace my dataset of this name (a newer download)</source>
        <translation>替换我同名的数据集（较新的下载）</translation>
    </message>
    <message>
        <source>Append to it (newer rows win where they repeat a key)</source>
        <translation>追加到该数据集（键重复时以较新的行为准）</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>e.g. Monthly rare earth price report</source>
        <translation>例如：稀土价格月报</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>来源发布机构</translation>
    </message>
    <message>
        <source>e.g. the price agency</source>
        <translation>例如：价格机构</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Source licence</source>
        <translation>来源许可</translation>
    </message>
    <message>
        <source>e.g. subscription, internal use</source>
        <translation>例如：订阅、内部使用</translation>
    </message>
    <message>
        <source>Source accessed</source>
        <translation>来源访问日期</translation>
    </message>
    <message>
        <source>e.g. 2026-01-31</source>
        <translation>例如：2026-01-31</translation>
    </message>
    <message>
        <source>What it is and where it came from</source>
        <translation>数据是什么、来自哪里</translation>
    </message>
    <message>
        <source>Guess from the columns</source>
        <translation>根据列推断</translation>
    </message>
    <message>
        <source>Dataset kind</source>
        <translation>数据集类型</translation>
    </message>
    <message>
        <source>If you have it</source>
        <translation>如已存在</translation>
    </message>
    <message>
        <source>Guess from the columns: {kind}</source>
        <translation>根据列推断：{kind}</translation>
    </message>
    <message>
        <source>You already have a dataset named {name}: replace it, append to it, or import a new one (it gets a number).</source>
        <translation>你已有名为 {name} 的数据集：可替换、追加，或导入为新数据集（将自动编号）。</translation>
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
    <name>FormatPage</name>
    <message>
        <source>1 · File and format</source>
        <translation>1 · 文件与格式</translation>
    </message>
    <message>
        <source>Everything below was detected from the file; change anything that looks wrong and the preview follows.</source>
        <translation>以下各项均从文件中检测得出；如有不对可直接修改，预览会随之更新。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Long: one row per country and year</source>
        <translation>长格式：每个国家每年一行</translation>
    </message>
    <message>
        <source>Wide: years are columns (World Bank, OWID …)</source>
        <translation>宽格式：年份为列（世界银行、OWID 等）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引号</translation>
    </message>
    <message>
        <source>Header on line</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>千位分隔符</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>Preview (first rows, as columns)</source>
        <translation>预览（前几行，按列显示）</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>decimal mark</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千位分隔符</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引号</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>header line</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Detected: {encoding}{bom}, {delimiter} separated, decimal {decimal}, {columns} columns, {layout}{years}. Changed by you: {chosen}.</source>
        <translation>检测结果：{encoding}{bom}，以{delimiter}分隔，小数点 {decimal}，{columns} 列，{layout}{years}。你修改了：{chosen}。</translation>
    </message>
    <message>
        <source> with byte-order mark</source>
        <translation>（带字节顺序标记）</translation>
    </message>
    <message>
        <source>wide layout</source>
        <translation>宽格式</translation>
    </message>
    <message>
        <source>long layout</source>
        <translation>长格式</translation>
    </message>
    <message>
        <source> ({n} year columns)</source>
        <translation>（{n} 个年份列）</translation>
    </message>
</context>
<context>
    <name>HighlightEditor</name>
    <message>
        <source>nothing</source>
        <translation>不突出显示</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>一个环节</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>一个国家</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <source>What presentation mode marks on this slide</source>
        <translation>演示模式在此幻灯片上突出显示的内容</translation>
    </message>
    <message>
        <source>Mining</source>
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
        <source>ISO3 code, e.g. CHN</source>
        <translation>ISO3 代码，例如 CHN</translation>
    </message>
    <message>
        <source>event number (Prices &amp; events, event details)</source>
        <translation>事件编号（见价格与事件面板的事件详情）</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>4 · Import</source>
        <translation>4 · 导入</translation>
    </message>
    <message>
        <source>Written to your database in one step: if anything goes wrong or you cancel, nothing is written.</source>
        <translation>一次性写入你的数据库：若出错或取消，则不写入任何内容。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing… {rows} rows read</source>
        <translation>正在导入… 已读取 {rows} 行</translation>
    </message>
    <message>
        <source>the file has problems; go back and choose to import only the valid rows</source>
        <translation>文件存在问题；请返回并选择仅导入有效行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was written:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;未写入任何内容：&lt;/b&gt;{message}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>Point  1234.5</source>
        <translation>句点  1234.5</translation>
    </message>
    <message>
        <source>Comma  1234,5</source>
        <translation>逗号  1234,5</translation>
    </message>
    <message>
        <source>Comma  1,234</source>
        <translation>逗号  1,234</translation>
    </message>
    <message>
        <source>Point  1.234</source>
        <translation>句点  1.234</translation>
    </message>
    <message>
        <source>Space  1 234</source>
        <translation>空格  1 234</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>双引号 &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>单引号 &apos;</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— 不使用 —</translation>
    </message>
    <message>
        <source>the import stopped: {error}; nothing was written</source>
        <translation>导入已中止：{error}；未写入任何内容</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>year or date</source>
        <translation>年份或日期</translation>
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
        <source>stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>element or product</source>
        <translation>元素或产品</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>item (company, mine, end use …)</source>
        <translation>项目（公司、矿山、终端应用等）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>{name} is not a text encoding this importer can read (--encoding); use utf-8, utf-8-sig, cp1252, gb18030 or utf-16, or leave --encoding out to detect it</source>
        <translation>{name} 不是可读取的文本编码（--encoding）；请使用 utf-8、utf-8-sig、cp1252、gb18030 或 utf-16，或不指定 --encoding 以自动检测</translation>
    </message>
    <message>
        <source>this is an Excel workbook (or another zipped file), not CSV text; in Excel use File → Save As → CSV UTF-8</source>
        <translation>这是 Excel 工作簿（或其他压缩文件），不是 CSV 文本；请在 Excel 中使用 文件 → 另存为 → CSV UTF-8</translation>
    </message>
    <message>
        <source>not a text file: NUL byte at byte {byte}; save the data as CSV text (e.g. Excel: Save As → CSV UTF-8)</source>
        <translation>不是文本文件：第 {byte} 字节为 NUL 字节；请将数据另存为 CSV 文本（例如 Excel：另存为 → CSV UTF-8）</translation>
    </message>
    <message>
        <source>not a text file (no text encoding fits its bytes); save the data as CSV text</source>
        <translation>不是文本文件（没有任何文本编码与其字节相符）；请将数据另存为 CSV 文本</translation>
    </message>
    <message>
        <source>unknown encoding {name}; try utf-8, cp1252, gb18030 or utf-16</source>
        <translation>未知编码 {name}；请尝试 utf-8、cp1252、gb18030 或 utf-16</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} ({where}); choose another encoding (--encoding)</source>
        <translation>文件不是有效的 {encoding}（{where}）；请选择其他编码（--encoding）</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>文件不存在；请检查路径</translation>
    </message>
    <message>
        <source>this is a folder, not a CSV file</source>
        <translation>这是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read; check its permissions or copy it somewhere readable</source>
        <translation>权限不足：无法读取该文件；请检查其权限，或将其复制到可读取的位置</translation>
    </message>
    <message>
        <source>the file cannot be opened ({error}); check the path</source>
        <translation>无法打开文件（{error}）；请检查路径</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>this is {kind}, not a regular file; save the data to a CSV file and import that</source>
        <translation>这是{kind}，不是普通文件；请将数据保存为 CSV 文件后再导入</translation>
    </message>
    <message>
        <source>not a text file: NUL character at character {where}; save the data as CSV text (e.g. Excel: Save As → CSV)</source>
        <translation>不是文本文件：第 {where} 个字符为 NUL 字符；请将数据另存为 CSV 文本（例如 Excel：另存为 → CSV）</translation>
    </message>
    <message>
        <source>line {line}: NUL byte at byte {byte} — not CSV text; remove the NUL bytes or save the data again as CSV text (e.g. Excel: Save As → CSV UTF-8)</source>
        <translation>第 {line} 行：第 {byte} 字节为 NUL 字节——不是 CSV 文本；请删除 NUL 字节，或将数据重新另存为 CSV 文本（例如 Excel：另存为 → CSV UTF-8）</translation>
    </message>
    <message>
        <source>country series (country, year, value)</source>
        <translation>国家序列（国家、年份、数值）</translation>
    </message>
    <message>
        <source>price series (element or product, date, price, currency/unit)</source>
        <translation>价格序列（元素或产品、日期、价格、币种/单位）</translation>
    </message>
    <message>
        <source>stage shares or quantities (stage, country, year, value)</source>
        <translation>环节份额或数量（环节、国家、年份、数值）</translation>
    </message>
    <message>
        <source>demand or supply path (scenario, year, value)</source>
        <translation>需求或供应路径（情景、年份、数值）</translation>
    </message>
    <message>
        <source>other (year, value)</source>
        <translation>其他（年份、数值）</translation>
    </message>
    <message>
        <source>country series</source>
        <translation>国家序列</translation>
    </message>
    <message>
        <source>price series</source>
        <translation>价格序列</translation>
    </message>
    <message>
        <source>stage shares or quantities</source>
        <translation>环节份额或数量</translation>
    </message>
    <message>
        <source>demand or supply path</source>
        <translation>需求或供应路径</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>source {field}: at most 500 characters on one line</source>
        <translation>来源 {field}：至多 500 个字符，且只能一行</translation>
    </message>
    <message>
        <source>source url {url}: give an http(s):// address (or doi:…)</source>
        <translation>来源网址 {url}：请填写 http(s):// 地址（或 doi:…）</translation>
    </message>
    <message>
        <source>source accessed {date}: give a date such as 2026-01-31</source>
        <translation>来源访问日期 {date}：请填写日期，如 2026-01-31</translation>
    </message>
    <message>
        <source>source or footnote line below the table</source>
        <translation>表格下方的来源或脚注行</translation>
    </message>
    <message>
        <source>left out (not data)</source>
        <translation>已略去（不是数据）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{where}, column {column}, value {value}: {reason} — {action}</source>
        <translation>{where}，列 {column}，值 {value}：{reason}——{action}</translation>
    </message>
    <message>
        <source>; year and value from {n} year columns</source>
        <translation>；年份和数值取自 {n} 个年份列</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; replaced the existing dataset</source>
        <translation>；已替换原有数据集</translation>
    </message>
    <message>
        <source>; appended to the existing dataset</source>
        <translation>；已追加到原有数据集</translation>
    </message>
    <message>
        <source>imported {rows} rows into dataset {dataset}</source>
        <translation>已将 {rows} 行导入数据集 {dataset}</translation>
    </message>
    <message>
        <source>checked {rows} rows, nothing written</source>
        <translation>已检查 {rows} 行，未写入任何内容</translation>
    </message>
    <message>
        <source>columns mapped: {mapped}</source>
        <translation>列映射：{mapped}</translation>
    </message>
    <message>
        <source>countries: {n} ({codes})</source>
        <translation>国家：{n} 个（{codes}）</translation>
    </message>
    <message>
        <source>years: {years}</source>
        <translation>年份：{years}</translation>
    </message>
    <message>
        <source>kind: {kind}</source>
        <translation>类型：{kind}</translation>
    </message>
    <message>
        <source> ({n} older rows superseded)</source>
        <translation>（{n} 条旧行被取代）</translation>
    </message>
    <message>
        <source>; source: {source}</source>
        <translation>；来源：{source}</translation>
    </message>
    <message>
        <source>encoding: {encoding}; delimiter: {delimiter}; decimal mark: {decimal}; layout: {layout}</source>
        <translation>编码：{encoding}；分隔符：{delimiter}；小数点：{decimal}；布局：{layout}</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>宽格式</translation>
    </message>
    <message>
        <source>long</source>
        <translation>长格式</translation>
    </message>
    <message>
        <source>skipped {n} invalid rows (see the report)</source>
        <translation>跳过 {n} 个无效行（见报告）</translation>
    </message>
    <message>
        <source>left out as not data: {counts}</source>
        <translation>作为非数据略去：{counts}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>{n} problem(s): {counts}</source>
        <translation>{n} 个问题：{counts}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 个</translation>
    </message>
    <message>
        <source>… and {n} more rows left out</source>
        <translation>……另有 {n} 行被略去</translation>
    </message>
    <message>
        <source>line {line}: a quoted field is never closed (a lone {quote} runs to the end of the file); close or remove the quote, or save the file again as CSV</source>
        <translation>第 {line} 行：引号字段未闭合（一个单独的 {quote} 一直延续到文件末尾）；请闭合或删除该引号，或将文件重新另存为 CSV</translation>
    </message>
    <message>
        <source>near line {line}: </source>
        <translation>第 {line} 行附近：</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV ({error}); check the delimiter (--delimiter) and quoting, or save the file again as CSV</source>
        <translation>无法按 CSV 读取该文件（{error}）；请检查分隔符（--delimiter）和引号，或将文件重新另存为 CSV</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 个字段</translation>
    </message>
    <message>
        <source>{n} fields</source>
        <translation>{n} 个字段</translation>
    </message>
    <message>
        <source>ragged row: 1 field where the header has {width}</source>
        <translation>行长度不符：只有 1 个字段，而表头有 {width} 个</translation>
    </message>
    <message>
        <source>ragged row: {fields} fields where the header has {width}</source>
        <translation>行长度不符：有 {fields} 个字段，而表头有 {width} 个</translation>
    </message>
    <message>
        <source>line {line}: the header line splits into more fields than the {width} columns detected; check the delimiter (--delimiter) and quoting, or choose the header line (--header-row)</source>
        <translation>第 {line} 行：表头拆分出的字段多于检测到的 {width} 列；请检查分隔符（--delimiter）和引号，或指定表头行（--header-row）</translation>
    </message>
    <message>
        <source>fix the row (a stray delimiter or quote?), or import only the valid rows</source>
        <translation>请修正该行（多余的分隔符或引号？），或仅导入有效行</translation>
    </message>
    <message>
        <source>fix the row (a missing delimiter?), or import only the valid rows</source>
        <translation>请修正该行（缺少分隔符？），或仅导入有效行</translation>
    </message>
    <message>
        <source>region or group without a country code</source>
        <translation>没有国家代码的地区或国家组</translation>
    </message>
    <message>
        <source>did you mean {code} ({name})? confirm it in the wizard or with --country &apos;{raw}={code}&apos;</source>
        <translation>是否指 {code}（{name}）？请在向导中确认，或使用 --country &apos;{raw}={code}&apos;</translation>
    </message>
    <message>
        <source>map it to a country or skip it (wizard, or --country NAME=ISO3), or use an ISO3 code</source>
        <translation>请将其对应到某个国家或跳过（向导中，或 --country 名称=ISO3），或使用 ISO3 代码</translation>
    </message>
    <message>
        <source>empty country</source>
        <translation>国家为空</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>未知国家</translation>
    </message>
    <message>
        <source>{reason} ({n} rows)</source>
        <translation>{reason}（{n} 行）</translation>
    </message>
    <message>
        <source>left out (only countries and the world aggregate are kept); map it with --country NAME=ISO3 to keep it</source>
        <translation>已略去（只保留国家和世界合计）；如需保留，请用 --country 名称=ISO3 指定</translation>
    </message>
    <message>
        <source>the file is empty: there is nothing to import</source>
        <translation>文件为空：没有可导入的内容</translation>
    </message>
    <message>
        <source>not a text file: NUL character at character {where}; save the data as CSV text</source>
        <translation>不是文本文件：第 {where} 个字符为 NUL 字符；请将数据另存为 CSV 文本</translation>
    </message>
    <message>
        <source>not a text file (it is full of control characters); save the data as CSV text</source>
        <translation>不是文本文件（充满控制字符）；请将数据另存为 CSV 文本</translation>
    </message>
    <message>
        <source>the first line is longer than {mib} MiB: no CSV header has that many columns (the limit is {limit}); keep only the columns you need</source>
        <translation>第一行超过 {mib} MiB：没有 CSV 表头会有这么多列（上限为 {limit}）；请只保留需要的列</translation>
    </message>
    <message>
        <source>line {line}: {n} columns, more than the limit of {limit}; keep only the columns you need (e.g. the country, year and value columns) and import again</source>
        <translation>第 {line} 行：{n} 列，超过 {limit} 列的上限；请只保留需要的列（如国家、年份和数值列）后重新导入</translation>
    </message>
    <message>
        <source>no header row with column names (on line {line}); choose the header line (--header-row)</source>
        <translation>没有带列名的表头行（第 {line} 行）；请指定表头行（--header-row）</translation>
    </message>
    <message>
        <source>if the rows differ by {column}, map that column as item (--map item={name}); otherwise remove the repeated row (the first one is kept)</source>
        <translation>如果这些行以 {column} 区分，请将该列指定为项目（--map item={name}）；否则请删除重复行（保留第一行）</translation>
    </message>
    <message>
        <source>remove the repeated row; the first one is kept</source>
        <translation>请删除重复行；保留第一行</translation>
    </message>
    <message>
        <source>not a plausible year or date (expected {expected})</source>
        <translation>不是合理的年份或日期（应为 {expected}）</translation>
    </message>
    <message>
        <source>fix the date (write 17/04/2025 as 2025-04-17) or map another column as year</source>
        <translation>请修正日期（把 17/04/2025 写成 2025-04-17），或将另一列指定为年份</translation>
    </message>
    <message>
        <source>bad year</source>
        <translation>年份错误</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>fix the value (numbers, W, NA, —, 12e, &gt;95 are understood) or map another column as value</source>
        <translation>请修正数值（可识别数字、W、NA、—、12e、&gt;95），或将另一列指定为数值</translation>
    </message>
    <message>
        <source>non-numeric value</source>
        <translation>非数值</translation>
    </message>
    <message>
        <source>unknown dataset kind {kind}; kinds are {kinds}</source>
        <translation>未知的数据集类型 {kind}；可选类型为 {kinds}</translation>
    </message>
    <message>
        <source>no column mapped as {fields} (a {kind} needs it); columns are: {columns} (use --map field=COLUMN, e.g. --map country=Nation,year=Yr, or another --kind)</source>
        <translation>没有列被指定为{fields}（{kind}需要它）；文件的列为：{columns}（使用 --map 字段=列名，例如 --map country=Nation,year=Yr，或换一个 --kind）</translation>
    </message>
    <message>
        <source>wide layout chosen but no column header is a year (e.g. 2019)</source>
        <translation>选择了宽格式，但没有列名是年份（如 2019）</translation>
    </message>
    <message>
        <source>one column is mapped to two fields; map each column once</source>
        <translation>同一列被指定为两个字段；每列只能指定一次</translation>
    </message>
    <message>
        <source>no column named {name}; columns are: {columns}</source>
        <translation>没有名为 {name} 的列；文件的列为：{columns}</translation>
    </message>
    <message>
        <source>unknown update {update}; use one of {choices}</source>
        <translation>未知的更新方式 {update}；可选：{choices}</translation>
    </message>
    <message>
        <source>no user dataset {name}</source>
        <translation>没有名为 {name} 的用户数据集</translation>
    </message>
    <message>
        <source>ragged row</source>
        <translation>行长度不符</translation>
    </message>
    <message>
        <source>duplicate country-year-metric (an earlier row has the same key)</source>
        <translation>国家-年份-指标重复（前面已有同一键的行）</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>every data row is a ragged row ({n}); line {line}: {reason} — {action}</source>
        <translation>所有数据行的长度都不符（{n} 行）；第 {line} 行：{reason}——{action}</translation>
    </message>
    <message>
        <source>no data rows below the header: there is nothing to import</source>
        <translation>表头下没有数据行：没有可导入的内容</translation>
    </message>
    <message>
        <source>no valid rows to import: {problems}</source>
        <translation>没有可导入的有效行：{problems}</translation>
    </message>
    <message>
        <source>a dataset needs a name</source>
        <translation>数据集需要一个名称</translation>
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
    <name>MappingPage</name>
    <message>
        <source>&lt;b&gt;Not ready:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;尚不能继续：&lt;/b&gt;{problem}</translation>
    </message>
    <message>
        <source>2 · Columns</source>
        <translation>2 · 列</translation>
    </message>
    <message>
        <source>What each column holds; the dataset kind decides what is needed (a country series: country, year or date, value; a wide file takes year and value from its year columns).</source>
        <translation>每列包含什么；所需的列由数据集类型决定（国家序列：国家、年份或日期、数值；宽格式文件的年份和数值取自其年份列）。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>e.g. t REO</source>
        <translation>例如：t REO</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>Metric (if no column)</source>
        <translation>指标（无此列时）</translation>
    </message>
    <message>
        <source>Unit (if no column)</source>
        <translation>单位（无此列时）</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be imported</source>
        <translation>将要导入的行预览</translation>
    </message>
    <message>
        <source>year column (wide)</source>
        <translation>年份列（宽格式）</translation>
    </message>
    <message>
        <source>{shown} preview rows from the start of the file; {bad} with problems there (the whole file is checked next).</source>
        <translation>预览文件开头的 {shown} 行；其中 {bad} 行有问题（下一步检查整个文件）。</translation>
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
    <name>Presenter</name>
    <message>
        <source>enter or leave presentation mode (presents the open story, if any)</source>
        <translation>进入或退出演示模式（如已打开故事，则演示该故事）</translation>
    </message>
    <message>
        <source>next slide (clickers send PageDown)</source>
        <translation>下一张幻灯片（翻页器发送 PageDown）</translation>
    </message>
    <message>
        <source>previous slide</source>
        <translation>上一张幻灯片</translation>
    </message>
    <message>
        <source>first / last slide</source>
        <translation>第一张 / 最后一张幻灯片</translation>
    </message>
    <message>
        <source>blank the screen (again to come back)</source>
        <translation>黑屏（再按一次恢复）</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>This slide uses the “{panel}” panel, which this version of REE Desktop does not have; showing the previous view.</source>
        <translation>此幻灯片使用“{panel}”面板，当前版本的 REE Desktop 没有该面板；仍显示上一个视图。</translation>
    </message>
    <message>
        <source>Esc leaves presentation mode.</source>
        <translation>按 Esc 退出演示模式。</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Bigger</source>
        <translation>放大(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type; presents the open story (F11, Esc leaves)</source>
        <translation>全屏大字显示；演示已打开的故事（F11，Esc 退出）</translation>
    </message>
    <message>
        <source>Presentation mode:</source>
        <translation>演示模式：</translation>
    </message>
    <message>
        <source>Tables: Ctrl+C copies the selected cells as tab-separated text.</source>
        <translation>表格：Ctrl+C 将所选单元格复制为制表符分隔的文本。</translation>
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
    <name>Stories</name>
    <message>
        <source>&apos;highlight&apos; must be a JSON object such as {example}</source>
        <translation>“highlight”必须是 JSON 对象，例如 {example}</translation>
    </message>
    <message>
        <source>highlight field &apos;kind&apos; must be one of {kinds}, not {value}</source>
        <translation>highlight 的“kind”字段必须是 {kinds} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>highlight field &apos;key&apos; must be a short text (a stage, an ISO3 country code or an event id), not {value}</source>
        <translation>highlight 的“key”字段必须是简短文本（环节、ISO3 国家代码或事件编号），而不是 {value}</translation>
    </message>
    <message>
        <source>&apos;view&apos; must be a JSON object</source>
        <translation>“view”必须是 JSON 对象</translation>
    </message>
    <message>
        <source>view field &apos;{field}&apos; must be {kind}, not {value}</source>
        <translation>视图字段“{field}”必须是 {kind}，而不是 {value}</translation>
    </message>
    <message>
        <source>view field &apos;{field}&apos; must be a list of text codes</source>
        <translation>视图字段“{field}”必须是文本代码列表</translation>
    </message>
    <message>
        <source>view field &apos;year_range&apos; must be [first, last] years</source>
        <translation>视图字段“year_range”必须是 [起始年, 结束年]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>“{field}”必须是文本</translation>
    </message>
    <message>
        <source>not a REE Desktop story (a story is JSON with {format})</source>
        <translation>不是 REE Desktop 故事（故事是包含 {format} 的 JSON）</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number, not {value}</source>
        <translation>“version”必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>made by a newer REE Desktop (story version {version}; this app reads up to {newest}): update the app</source>
        <translation>由较新版本的 REE Desktop 创建（故事版本 {version}；本程序最高可读 {newest}）：请更新程序</translation>
    </message>
    <message>
        <source>&apos;slides&apos; must be a list of slides</source>
        <translation>“slides”必须是幻灯片列表</translation>
    </message>
    <message>
        <source>{file}, slide {number}</source>
        <translation>{file}，第 {number} 张幻灯片</translation>
    </message>
    <message>
        <source>a slide must be a JSON object</source>
        <translation>幻灯片必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the slide has no &apos;{field}&apos; (the view to show)</source>
        <translation>该幻灯片没有“{field}”（要显示的视图）</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a story file</source>
        <translation>是文件夹，不是故事文件</translation>
    </message>
    <message>
        <source>not a regular file (a pipe or device); save the story to a file and open that</source>
        <translation>不是普通文件（管道或设备）；请将故事保存为文件后再打开</translation>
    </message>
    <message>
        <source>{size} bytes is too large for a story (at most {limit})</source>
        <translation>{size} 字节对故事来说太大（至多 {limit}）</translation>
    </message>
    <message>
        <source>more than {limit} bytes is too large for a story</source>
        <translation>超过 {limit} 字节，对故事来说太大</translation>
    </message>
    <message>
        <source>not a REE Desktop story (not UTF-8 text)</source>
        <translation>不是 REE Desktop 故事（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>not a REE Desktop story: invalid JSON at line {line}, column {column} ({error})</source>
        <translation>不是 REE Desktop 故事：第 {line} 行第 {column} 列的 JSON 无效（{error}）</translation>
    </message>
    <message>
        <source>not a REE Desktop story: the JSON is nested too deeply (a story is a list of slides, a few levels deep)</source>
        <translation>不是 REE Desktop 故事：JSON 嵌套过深（故事是幻灯片列表，只有几层）</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>REE Desktop stories (*.reestory);;All files (*)</source>
        <translation>REE Desktop 故事 (*.reestory);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Story editor</source>
        <translation>故事编辑器</translation>
    </message>
    <message>
        <source>One line for the audience (optional)</source>
        <translation>给观众的一句话（可选）</translation>
    </message>
    <message>
        <source>What the audience should see in this view…</source>
        <translation>观众应在此视图中看到什么…</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>故事标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Add current view</source>
        <translation>添加当前视图(&amp;A)</translation>
    </message>
    <message>
        <source>Use current &amp;view</source>
        <translation>使用当前视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>幻灯片标题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>突出显示</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Present (F11)</source>
        <translation>演示(&amp;P)（F11）</translation>
    </message>
    <message>
        <source>{number}. {title} — {panel}</source>
        <translation>{number}. {title} — {panel}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>This slide uses the “{panel}” panel, which this version does not have.</source>
        <translation>此幻灯片使用“{panel}”面板，当前版本没有该面板。</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>打开故事</translation>
    </message>
    <message>
        <source>Save story</source>
        <translation>保存故事</translation>
    </message>
    <message>
        <source>Saved story {path}</source>
        <translation>已保存故事 {path}</translation>
    </message>
    <message>
        <source>Story editor — {name}</source>
        <translation>故事编辑器 — {name}</translation>
    </message>
    <message>
        <source>The story has unsaved changes. Save them first?</source>
        <translation>故事有未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <source>Open &amp;story…</source>
        <translation>打开故事(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a .reestory file; F11 presents it</source>
        <translation>打开 .reestory 文件；按 F11 演示</translation>
    </message>
    <message>
        <source>Story &amp;editor…</source>
        <translation>故事编辑器(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>3 · Check</source>
        <translation>3 · 检查</translation>
    </message>
    <message>
        <source>The whole file is checked before anything is written.</source>
        <translation>写入之前先检查整个文件。</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>视为</translation>
    </message>
    <message>
        <source>Unknown country names: a suggestion is only used once you pick it.</source>
        <translation>未知的国家名称：建议项只有在你选择后才会使用。</translation>
    </message>
    <message>
        <source>Import only the valid rows (the report of skipped rows is kept with the dataset)</source>
        <translation>仅导入有效行（跳过的行的报告随数据集保存）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems} problem(s)&lt;/b&gt; in {rows} rows ({counts}). Fix the file or the mapping, or import only the {valid} valid rows.</source>
        <translation>{rows} 行中有 &lt;b&gt;{problems} 个问题&lt;/b&gt;（{counts}）。请修正文件或列映射，或仅导入 {valid} 个有效行。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>All {rows} rows are valid: {countries} countries, years {years}.</source>
        <translation>全部 {rows} 行均有效：{countries} 个国家，年份 {years}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;无法导入：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>leave unresolved (listed as a problem)</source>
        <translation>暂不处理（列为问题）</translation>
    </message>
    <message>
        <source>skip these rows</source>
        <translation>跳过这些行</translation>
    </message>
    <message>
        <source>{name} ({iso3}) — suggested, pick to confirm</source>
        <translation>{name}（{iso3}）— 建议项，选择即确认</translation>
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
