<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Analysis</name>
    <message>
        <source>{country} ({value} in {edition} {year})</source>
        <translation>{country}（{edition} {year}年为 {value}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Mine production</source>
        <translation>矿山产量</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>Share of world mine production</source>
        <translation>占世界矿山产量的份额</translation>
    </message>
    <message>
        <source>Reserves-to-production ratio</source>
        <translation>储采比</translation>
    </message>
    <message>
        <source>Production growth, year on year</source>
        <translation>产量同比增长</translation>
    </message>
    <message>
        <source>Production CAGR over the year range</source>
        <translation>所选年份范围内的产量年均增长率（CAGR）</translation>
    </message>
    <message>
        <source>{value:,.0f} t of {world:,.0f} t ({denominator}, {edition})</source>
        <translation>{value:,.0f} t / {world:,.0f} t（{denominator}，{edition}）</translation>
    </message>
    <message>
        <source>of world reserves {world:,.0f} t, {edition}</source>
        <translation>占世界储量 {world:,.0f} t，{edition}</translation>
    </message>
    <message>
        <source>of world reserves {world:,.0f} t (lower bound), {edition}</source>
        <translation>占世界储量 {world:,.0f} t（下限），{edition}</translation>
    </message>
    <message>
        <source>reserves {reserves:,.0f} t ({edition}) ÷ {year} production {production:,.0f} t ({made_in})</source>
        <translation>储量 {reserves:,.0f} t（{edition}）÷ {year}年产量 {production:,.0f} t（{made_in}）</translation>
    </message>
    <message>
        <source>also reported by {sources}</source>
        <translation>另见 {sources}</translation>
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
        <translation>2050年净零排放情景</translation>
    </message>
    <message>
        <source>IEA Stated Policies Scenario: the policies governments have actually put in place or firmly proposed.</source>
        <translation>IEA 既定政策情景：各国政府已实际实施或已明确提出的政策。</translation>
    </message>
    <message>
        <source>IEA Announced Pledges Scenario: governments meet all their announced climate pledges (net-zero targets, NDCs) in full and on time.</source>
        <translation>IEA 已宣布承诺情景：各国政府按时、全面兑现已宣布的全部气候承诺（净零目标、国家自主贡献）。</translation>
    </message>
    <message>
        <source>IEA Net Zero Emissions by 2050 Scenario: a path on which the global energy sector reaches net-zero CO2 emissions by 2050.</source>
        <translation>IEA 2050年净零排放情景：全球能源部门于2050年实现二氧化碳净零排放的路径。</translation>
    </message>
    <message>
        <source>IEA {scenario} (piecewise CAGR between IEA years)</source>
        <translation>IEA {scenario}（IEA 各年份之间的分段年均增长率）</translation>
    </message>
    <message>
        <source>{path} (piecewise CAGR between its years)</source>
        <translation>{path}（其各年份之间的分段年均增长率）</translation>
    </message>
    <message>
        <source>constant rates</source>
        <translation>恒定增长率</translation>
    </message>
    <message>
        <source>Growth path: {path}</source>
        <translation>增长路径：{path}</translation>
    </message>
    <message>
        <source> (incl. {shift} pp)</source>
        <translation>（含 {shift} 个百分点）</translation>
    </message>
    <message>
        <source>{use}: {rates} % a year{extra}</source>
        <translation>{use}：每年 {rates} %{extra}</translation>
    </message>
    <message>
        <source>Magnet material per EV / wind turbine: {change} % by {year} (linear from {start})</source>
        <translation>每辆电动汽车 / 每台风电机组的永磁材料用量：到{year}年 {change} %（自{start}年起线性变化）</translation>
    </message>
    <message>
        <source>Recycling meets {share} % of demand by {year} (linear from 0 in {start})</source>
        <translation>到{year}年回收满足 {share} % 的需求（自{start}年的 0 起线性增长）</translation>
    </message>
    <message>
        <source>Supply: IEA base case, {stage}, points joined by straight lines to 2040, then {growth} % a year</source>
        <translation>供应：IEA 基准情形，{stage}，2040年前各点以直线连接，此后每年 {growth} %</translation>
    </message>
    <message>
        <source>Supply haircut: {country} −{cut} % from {year}</source>
        <translation>供应削减：{country} 自{year}年起 −{cut} %</translation>
    </message>
    <message>
        <source>Supply haircut: none</source>
        <translation>供应削减：无</translation>
    </message>
    <message>
        <source>mining</source>
        <extracomment>Supply stages as the assumptions name them (translated where shown).</extracomment>
        <translation>采矿</translation>
    </message>
    <message>
        <source>refining</source>
        <translation>分离冶炼</translation>
    </message>
    <message>
        <source>world total, same edition</source>
        <translation>世界合计，同一版本</translation>
    </message>
    <message>
        <source>sum of the edition&apos;s countries (no world total printed)</source>
        <translation>该版本所列国家之和（未公布世界合计）</translation>
    </message>
    <message>
        <source>Mining</source>
        <extracomment>(key, label) in the value chain&apos;s order; labels read in the interface&apos;s language.</extracomment>
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
        <source>all rare earths, mine output, t REO</source>
        <extracomment>Stages whose segments are countries (concentration makes sense there).</extracomment>
        <translation>全部稀土，矿山产量，t REO</translation>
    </message>
    <message>
        <source>magnet rare earths (Nd, Pr, Tb, Dy), kt</source>
        <translation>磁性稀土（Nd、Pr、Tb、Dy），kt</translation>
    </message>
    <message>
        <source>share as stated by the source</source>
        <translation>来源所述的份额</translation>
    </message>
    <message>
        <source>world total, same IEA table</source>
        <translation>世界合计，同一 IEA 表格</translation>
    </message>
    <message>
        <source>total magnet REE demand, same IEA table</source>
        <translation>磁性稀土总需求，同一 IEA 表格</translation>
    </message>
    <message>
        <source>world demand for magnet rare earths, by use</source>
        <translation>世界磁性稀土需求，按用途</translation>
    </message>
    <message>
        <source>United States only: U.S. consumption by end use</source>
        <translation>仅美国：美国按终端应用的消费量</translation>
    </message>
    <message>
        <source>not attributed by the source</source>
        <translation>来源未归属</translation>
    </message>
    <message>
        <source>incomplete: this edition omits producers other editions show: {missing}</source>
        <translation>不完整：该版本遗漏了其他版本列出的生产国：{missing}</translation>
    </message>
    <message>
        <source>listed countries cover only {share} % of the total: not shown</source>
        <translation>所列国家仅占总量的 {share} %：不予显示</translation>
    </message>
    <message>
        <source>top-3 share as stated by the source</source>
        <translation>来源所述的前三份额</translation>
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
    <name>ChartLegend</name>
    <message>
        <source>hollow marker = estimate</source>
        <translation>空心标记 = 估计值</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
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
        <translation>版本</translation>
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
        <source>country / use</source>
        <translation>国家 / 用途</translation>
    </message>
    <message>
        <source>share_pct</source>
        <translation>份额 %</translation>
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
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>end_use</source>
        <translation>终端应用</translation>
    </message>
    <message>
        <source>World mine prod.</source>
        <translation>全球矿山产量</translation>
    </message>
    <message>
        <source>US consumption</source>
        <translation>美国消费量</translation>
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
        <source>{metric}, {years}</source>
        <translation>{metric}，{years}</translation>
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
    <name>Data</name>
    <message>
        <source>your data:</source>
        <translation>你的数据：</translation>
    </message>
    <message>
        <source>your data (no source given)</source>
        <translation>你的数据（未注明来源）</translation>
    </message>
    <message>
        <source>{element} (your data)</source>
        <translation>{element}（你的数据）</translation>
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
    <name>DataErrors</name>
    <message>
        <source>a bookmark needs a name</source>
        <translation>书签需要一个名称</translation>
    </message>
    <message>
        <source>a bookmark name can be at most {count} characters</source>
        <translation>书签名称最多 {count} 个字符</translation>
    </message>
    <message>
        <source>no bookmark with id {id}</source>
        <translation>没有 id 为 {id} 的书签</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed. Move it aside (rename it to {name}.corrupt-YYYYMMDD) and start again with a fresh one, or pass another --user-db</source>
        <translation>{path} 已损坏（{detail}）；文件未被改动。请将其移开（重命名为 {name}.corrupt-YYYYMMDD）后使用新文件重新开始，或另行指定 --user-db</translation>
    </message>
    <message>
        <source>{path} is locked by another program (another REE Desktop, or a database tool); gave up after waiting {waited} s: close that program and try again</source>
        <translation>{path} 被另一程序（另一个 REE Desktop 或数据库工具）锁定；等待 {waited} 秒后放弃：请关闭该程序后重试</translation>
    </message>
    <message>
        <source>disk full, nothing written: {name} is unchanged; free space in {folder} (or pass another --user-db) and try again</source>
        <translation>磁盘已满，未写入任何内容：{name} 未被改动；请在 {folder} 中释放空间（或另行指定 --user-db）后重试</translation>
    </message>
    <message>
        <source>cannot write {path}: the file or its folder {folder} is read-only; make it writable or pass another --user-db</source>
        <translation>无法写入 {path}：该文件或其所在文件夹 {folder} 为只读；请将其设为可写，或另行指定 --user-db</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder {folder} exists and is writable, or pass another --user-db</source>
        <translation>无法打开 {path}：请确认文件夹 {folder} 存在且可写，或另行指定 --user-db</translation>
    </message>
    <message>
        <source>{path}: database error ({text}); nothing was changed</source>
        <translation>{path}：数据库错误（{text}）；未作任何改动</translation>
    </message>
    <message>
        <source>bundled database not found: {path} (run: python -m ree_desktop.data.build)</source>
        <translation>未找到内置数据库：{path}（请运行：python -m ree_desktop.data.build）</translation>
    </message>
    <message>
        <source>unknown dataset {name}; known: {known}</source>
        <translation>未知数据集 {name}；已有：{known}</translation>
    </message>
    <message>
        <source>no table {table}</source>
        <translation>没有表 {table}</translation>
    </message>
    <message>
        <source>{path} is the bundled database, which the app only reads: pass another file for --user-db (e.g. ~/ree-user.db); nothing was changed</source>
        <translation>{path} 是内置数据库，本应用只读取它：请为 --user-db 指定另一个文件（例如 ~/ree-user.db）；未作任何改动</translation>
    </message>
    <message>
        <source>cannot open {path} ({reason}): pass another --user-db</source>
        <translation>无法打开 {path}（{reason}）：请另行指定 --user-db</translation>
    </message>
    <message>
        <source>{path} is a folder: --user-db needs a file name inside it, e.g. {example}</source>
        <translation>{path} 是文件夹：--user-db 需要其中的一个文件名，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or pipe): pass a file for --user-db; nothing was written</source>
        <translation>{path} 不是普通文件（设备或管道）：请为 --user-db 指定一个文件；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): pass another --user-db</source>
        <translation>无法读取 {path}（{reason}）：请另行指定 --user-db</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database, so not REE Desktop user data: pass another file for --user-db; it was not changed</source>
        <translation>{path} 不是 SQLite 数据库，因此不是 REE Desktop 用户数据：请为 --user-db 指定另一个文件；该文件未被改动</translation>
    </message>
    <message>
        <source>{path} belongs to another program (SQLite application id {app_id}): pass another --user-db; it was not changed</source>
        <translation>{path} 属于另一程序（SQLite 应用标识 {app_id}）：请另行指定 --user-db；该文件未被改动</translation>
    </message>
    <message>
        <source>{path} is not a REE Desktop user database (it has the tables {names}): pass another --user-db; it was not changed</source>
        <translation>{path} 不是 REE Desktop 用户数据库（其中的表为 {names}）：请另行指定 --user-db；该文件未被改动</translation>
    </message>
    <message>
        <source>{path}: the user database has schema version {version}, newer than this app&apos;s {ours}: update REE Desktop or pass another --user-db</source>
        <translation>{path}：该用户数据库的结构版本为 {version}，比本应用的 {ours} 更新：请升级 REE Desktop 或另行指定 --user-db</translation>
    </message>
    <message>
        <source>{path} is locked by another program; waiting up to {limit} s…</source>
        <translation>{path} 被另一程序锁定；最多等待 {limit} 秒……</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason}): pass another --user-db</source>
        <translation>无法创建文件夹 {folder}（{reason}）：请另行指定 --user-db</translation>
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
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
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
    <name>EventDetailDialog</name>
    <message>
        <source>Event — {date}</source>
        <extracomment>Fields whose text is data as published (a source&apos;s title and publisher, the note copied from the source&apos;s record): the zh_CN coverage walker leaves them alone.</extracomment>
        <translation>事件 — {date}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Related export controls</source>
        <translation>相关出口管制</translation>
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
        <source>Date</source>
        <extracomment>The detail dialog&apos;s field names, by key (the key stays English: tests and callers).</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>类别：{category}</translation>
    </message>
    <message>
        <source>Countries: {codes}</source>
        <translation>国家：{codes}</translation>
    </message>
    <message>
        <source>Elements: {codes}</source>
        <translation>元素：{codes}</translation>
    </message>
    <message>
        <source>Source: {publisher}</source>
        <translation>来源：{publisher}</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>点击查看详情</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>no detail given</source>
        <translation>无详细说明</translation>
    </message>
    <message>
        <source>{date} (year only)</source>
        <translation>{date}（仅知年份）</translation>
    </message>
    <message>
        <source>{date} (month only)</source>
        <translation>{date}（仅知月份）</translation>
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
    <name>Flags</name>
    <message>
        <source>estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>修订值</translation>
    </message>
    <message>
        <source>estimate, revised</source>
        <translation>估计值，已修订</translation>
    </message>
    <message>
        <source>withheld (company proprietary data)</source>
        <translation>未公布（企业专有数据）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>net exporter</source>
        <translation>净出口国</translation>
    </message>
    <message>
        <source>lower bound (value is &apos;more than&apos;)</source>
        <translation>下限（实际值“大于”此数）</translation>
    </message>
    <message>
        <source>upper bound (value is &apos;less than&apos;)</source>
        <translation>上限（实际值“小于”此数）</translation>
    </message>
    <message>
        <source>range (low-high), see value_low/value_high</source>
        <translation>区间（低–高），见 value_low/value_high</translation>
    </message>
    <message>
        <source>zero or none (printed as a dash)</source>
        <translation>零或无（原文印为短横）</translation>
    </message>
    <message>
        <source>0 or not reported (the source does not distinguish zero from not reported)</source>
        <translation>0 或未报告（来源未区分零与未报告）</translation>
    </message>
    <message>
        <source>lower bound: the sum of the items with a figure this year; some of your items have none</source>
        <extracomment>Markers a query adds (not stored): a sum over items where some items have no figure.</extracomment>
        <translation>下限：本年有数值的项目之和；你的部分项目无数值</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
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
    <name>HeadlineCard</name>
    <message>
        <source>latest year: none</source>
        <translation>最新年份：无</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>no source: no data</source>
        <translation>无来源：无数据</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <source>World mine production</source>
        <extracomment>Title templates by headline kind (the key, or its part before ``_`` for prices).</extracomment>
        <translation>世界矿山产量</translation>
    </message>
    <message>
        <source>China&apos;s share of mining</source>
        <translation>中国在采矿环节的份额</translation>
    </message>
    <message>
        <source>China&apos;s share of separation/refining</source>
        <translation>中国在分离冶炼环节的份额</translation>
    </message>
    <message>
        <source>China&apos;s share of magnet making</source>
        <translation>中国在永磁体制造环节的份额</translation>
    </message>
    <message>
        <source>{element} oxide price</source>
        <translation>氧化{element}价格</translation>
    </message>
    <message>
        <source>Magnet REE demand, {scenario} to {year}</source>
        <translation>磁性稀土需求，{scenario}，至{year}年</translation>
    </message>
    <message>
        <source>{value:,.0f} of {world:,.0f} t REO ({edition})</source>
        <extracomment>Detail templates; ``{scope}``, ``{item}``, ``{basis}`` and ``{element}`` are data terms (``terms.term``).</extracomment>
        <translation>{value:,.0f} / {world:,.0f} t REO（{edition}）</translation>
    </message>
    <message>
        <source>{item}, {basis}</source>
        <translation>{item}，{basis}</translation>
    </message>
    <message>
        <source>{base:.1f} kt ({base_year}) → {end:.1f} kt ({end_year})</source>
        <translation>{base:.1f} kt（{base_year}年）→ {end:.1f} kt（{end_year}年）</translation>
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
        <translation>无数据</translation>
    </message>
    <message>
        <source>{value} years</source>
        <translation>{value} 年</translation>
    </message>
    <message>
        <source>% a year</source>
        <extracomment>Units with words in them, translated where a figure is written (SI units are not).</extracomment>
        <translation>%/年</translation>
    </message>
    <message>
        <source>% of world</source>
        <translation>%（占世界）</translation>
    </message>
    <message>
        <source>% of world reserves</source>
        <translation>%（占世界储量）</translation>
    </message>
    <message>
        <source>% of total REO</source>
        <translation>%（占 REO 总量）</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Rare earths at a glance: the latest year with data</source>
        <extracomment>About how many average characters wide a card must be to show its figure and sparkline. A card&apos;s frame, margins and the grid&apos;s spacing around its widest line, in pixels. Headlines are the newest bundled figures: no filter or panel option changes them. What the cards were built from: (data version, font size, columns); a theme change alone restyles them (rebuilding six charts cost ~70 ms each).</extracomment>
        <translation>稀土概览：有数据的最新年份</translation>
    </message>
    <message>
        <source>Each figure is the newest the bundled sources give, with its year, flag and source. Click a card to open its panel.</source>
        <translation>每个数字均为内置来源提供的最新数值，并注明年份、标记和来源。点击卡片可打开相应面板。</translation>
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
    <name>Terms</name>
    <message>
        <source>sintered permanent magnets</source>
        <translation>烧结永磁体</translation>
    </message>
    <message>
        <source>sintered NdFeB permanent magnets</source>
        <translation>烧结钕铁硼永磁体</translation>
    </message>
    <message>
        <source>sintered NdFeB magnets (semi-finished), world output 98,200 t in 2010</source>
        <translation>烧结钕铁硼永磁体（半成品），2010年世界产量 98,200 t</translation>
    </message>
    <message>
        <source>all rare earths, REO equivalent (mine production)</source>
        <translation>全部稀土，折合 REO（矿山产量）</translation>
    </message>
    <message>
        <source>rare earth elements as reported in the secondary text (scope, e.g. magnet REEs only, not stated there)</source>
        <translation>二手资料所报告的稀土元素（范围未说明，例如是否仅指磁性稀土）</translation>
    </message>
    <message>
        <source>magnet rare earth elements (Nd, Pr, Tb, Dy)</source>
        <translation>磁性稀土元素（Nd、Pr、Tb、Dy）</translation>
    </message>
    <message>
        <source>magnet rare earths</source>
        <translation>磁性稀土</translation>
    </message>
    <message>
        <source>magnet rare earths (separated and refined output)</source>
        <translation>磁性稀土（分离冶炼产量）</translation>
    </message>
    <message>
        <source>NdPr</source>
        <translation>镨钕</translation>
    </message>
    <message>
        <source>Nd</source>
        <translation>钕</translation>
    </message>
    <message>
        <source>Pr</source>
        <translation>镨</translation>
    </message>
    <message>
        <source>Dy</source>
        <translation>镝</translation>
    </message>
    <message>
        <source>Tb</source>
        <translation>铽</translation>
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
        <source>Total demand</source>
        <translation>总需求</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>catalysts</source>
        <translation>催化剂</translation>
    </message>
    <message>
        <source>ceramics and glass</source>
        <translation>陶瓷和玻璃</translation>
    </message>
    <message>
        <source>metallurgical applications and alloys</source>
        <translation>冶金应用及合金</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>polishing</source>
        <translation>抛光</translation>
    </message>
    <message>
        <source>NdPr oxide (99% min)</source>
        <translation>氧化镨钕（纯度≥99%）</translation>
    </message>
    <message>
        <source>annual average, free on board</source>
        <translation>年均价，离岸价（FOB）</translation>
    </message>
    <message>
        <source>Mine production by country</source>
        <translation>各国矿山产量</translation>
    </message>
    <message>
        <source>Reserves by country</source>
        <translation>各国储量</translation>
    </message>
    <message>
        <source>Rare earth prices</source>
        <translation>稀土价格</translation>
    </message>
    <message>
        <source>US salient statistics</source>
        <translation>美国主要统计数据</translation>
    </message>
    <message>
        <source>US end uses</source>
        <translation>美国终端应用</translation>
    </message>
    <message>
        <source>US import sources</source>
        <translation>美国进口来源</translation>
    </message>
    <message>
        <source>Value-chain shares by stage</source>
        <translation>价值链各环节份额</translation>
    </message>
    <message>
        <source>Magnet rare earth demand projections (IEA)</source>
        <translation>磁性稀土需求预测（IEA）</translation>
    </message>
    <message>
        <source>Magnet rare earth supply projections (IEA)</source>
        <translation>磁性稀土供应预测（IEA）</translation>
    </message>
    <message>
        <source>China&apos;s rare earth quotas</source>
        <translation>中国稀土配额</translation>
    </message>
    <message>
        <source>Bayan Obo facts</source>
        <translation>白云鄂博矿概况</translation>
    </message>
    <message>
        <source>Element make-up of major deposits</source>
        <translation>主要矿床的元素构成</translation>
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
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source> (projection)</source>
        <translation>（预测）</translation>
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
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
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
<context>
    <name>YearRangeControl</name>
    <message>
        <source>Years</source>
        <translation>年份范围</translation>
    </message>
</context>
</TS>
