<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="85"/>
        <source>New action item</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="92"/>
        <source>What to do</source>
        <translation>做什么</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="93"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="130"/>
        <source>Request a target adjustment</source>
        <translation>申请调整目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="135"/>
        <source>e.g. 180000 or 18万</source>
        <translation>例如 180000 或 18万</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="138"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="139"/>
        <source>New target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="140"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="165"/>
        <source>Type the new target as an amount.</source>
        <translation>请把新目标填写为金额。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="196"/>
        <location filename="../../gui/dashboard/chart_view.py" line="365"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="199"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="255"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="366"/>
        <source>Save as PNG or SVG…</source>
        <translation>另存为 PNG 或 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="384"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="385"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="75"/>
        <source>by product line</source>
        <translation>按产品线</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="76"/>
        <source>by channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="77"/>
        <source>by customer type</source>
        <translation>按客户类型</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="81"/>
        <source>This year&apos;s target plan is not cut %1</source>
        <translation>本年度目标方案未%1分解</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="83"/>
        <source>No target plan for this year</source>
        <translation>本年度没有目标方案</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="105"/>
        <source>Target vs. actual %1 (floor · target · challenge)</source>
        <translation>目标与实际（%1，保底 · 目标 · 挑战）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="107"/>
        <source>Target vs. actual (floor · target · challenge)</source>
        <translation>目标与实际（保底 · 目标 · 挑战）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="123"/>
        <source>Signed last year</source>
        <translation>去年签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="126"/>
        <source>Signed</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="128"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="136"/>
        <source>Signed target</source>
        <translation>签约目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="145"/>
        <source>%1: signed and collected by month (above the bars: year on year; under the months: month on month)</source>
        <translation>%1 年各月签约额与回款额（柱上：同比；月份下：环比）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="149"/>
        <source>Quarter on quarter: %1</source>
        <translation>季度增长率：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="165"/>
        <source>No pipeline yet</source>
        <translation>还没有销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="173"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="179"/>
        <source>Entered · converted · median days</source>
        <translation>进入数 · 转化率 · 停留天数中位数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="182"/>
        <location filename="../../gui/dashboard/chart_draw.py" line="233"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="185"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="188"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="190"/>
        <source>Gap %1</source>
        <translation>缺口 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="191"/>
        <source>Covered</source>
        <translation>预测已覆盖目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="209"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="210"/>
        <source>1–30 days</source>
        <translation>1–30天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="211"/>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="212"/>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="213"/>
        <source>Over 90 days</source>
        <translation>&gt;90天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="222"/>
        <source>Receivables on %1: %2 open, %3 overdue</source>
        <translation>%1 应收：未收 %2，逾期 %3</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="234"/>
        <source>(no reason)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="245"/>
        <source>Won and lost (win rate %1)</source>
        <translation>赢单与输单（赢单率 %1）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="255"/>
        <source>No new customers in this period</source>
        <translation>本期没有新增客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="258"/>
        <source>(no source)</source>
        <translation>（未填来源）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="260"/>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="262"/>
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="265"/>
        <source>%1 · %2 follow-ups each</source>
        <translation>%1 · 人均跟进 %2 次</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="269"/>
        <source>Customer sources and conversion</source>
        <translation>客户来源与转化</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="287"/>
        <source>Nobody to rank</source>
        <translation>没有可排名的人</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="300"/>
        <source>Leaderboard %1</source>
        <translation>%1 业绩排行榜</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="313"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="314"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="315"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="317"/>
        <source>The scorecards are per %1: choose such a period</source>
        <translation>考核按%1进行：请选择对应的期间</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="321"/>
        <source>No scorecard metric has a target or a result yet: %1</source>
        <translation>考核指标尚无目标或实绩：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="324"/>
        <source>Nobody here is on a scorecard</source>
        <translation>所选范围内无人参与绩效考核</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="350"/>
        <source>Score (points)</source>
        <translation>得分（分）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="351"/>
        <source>Scorecard progress %1</source>
        <translation>考核进度 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="353"/>
        <source>Not scored yet: %1</source>
        <translation>尚未计分：%1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gui/dashboard/dashboard_page.py" line="15"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_page.py" line="17"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="53"/>
        <source>Targets</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="54"/>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="55"/>
        <source>Funnel &amp;&amp; forecast</source>
        <translation>漏斗与预测</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="56"/>
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="57"/>
        <source>Win/loss</source>
        <translation>输赢原因</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="58"/>
        <source>Customer sources</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="59"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="60"/>
        <source>Scorecards</source>
        <translation>考核进度</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="89"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="89"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="90"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="104"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="105"/>
        <source>All people</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="108"/>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="108"/>
        <source>By product line</source>
        <translation>按产品线</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="109"/>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="110"/>
        <source>By customer type</source>
        <translation>按客户类型</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="112"/>
        <source>The Targets chart by a cut of the company total (the team and person filters do not apply to it then)</source>
        <translation>目标达成图按公司总目标的分解维度显示（此时团队和人员筛选不适用于该图）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="117"/>
        <source>Signed</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="118"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="132"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="185"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="299"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="323"/>
        <source>The chart could not be loaded: %1</source>
        <translation>图表无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="347"/>
        <source>%1 · %2: records</source>
        <translation>%1 · %2：明细记录</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="73"/>
        <location filename="../../gui/dashboard/review_dialogs.py" line="37"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_dialogs.py" line="38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="48"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="54"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="70"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="70"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="71"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="71"/>
        <source>Instalment</source>
        <translation>回款计划期次</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="72"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="75"/>
        <source>Customer or source</source>
        <translation>客户或来源</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="76"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="77"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/records_dialog.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dashboard/records_dialog.py" line="88"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../../gui/dashboard/review_chart.py" line="34"/>
        <source>No signed-amount target for this unit and period</source>
        <translation>该组织本期没有签约额目标</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="137"/>
        <source>Weekly</source>
        <translation>周复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="137"/>
        <source>Monthly</source>
        <translation>月复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="138"/>
        <source>Quarterly</source>
        <translation>季复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="144"/>
        <source>Save review</source>
        <translation>保存复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="145"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="146"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="148"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="149"/>
        <source>Unit</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="169"/>
        <source>Notes and decisions</source>
        <translation>备注与决定</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="187"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="187"/>
        <source>Since last review</source>
        <translation>自上次复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="188"/>
        <source>Target vs. actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="188"/>
        <source>Causes</source>
        <translation>差额成因</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="189"/>
        <source>Collection</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="189"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="190"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="190"/>
        <source>Stale customers</source>
        <translation>跟进断档</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="191"/>
        <source>Overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="191"/>
        <source>Standings</source>
        <translation>排行</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="192"/>
        <source>Actions</source>
        <translation>行动跟踪</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="196"/>
        <source>Review chart</source>
        <translation>复盘图表</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="209"/>
        <source>What the review found and discussed</source>
        <translation>复盘发现和讨论的内容</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="211"/>
        <source>What was decided</source>
        <translation>做出的决定</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="212"/>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="213"/>
        <source>New action item…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="214"/>
        <source>Request adjustment…</source>
        <translation>申请调整目标…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="224"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="226"/>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="295"/>
        <source>This review no longer exists.</source>
        <translation>该复盘已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="311"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="324"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="325"/>
        <source>The review could not be loaded: %1</source>
        <translation>无法加载复盘：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="345"/>
        <source>Figures as of %1 · last review: %2</source>
        <translation>数据截至 %1 · 上次复盘：%2</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="347"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="352"/>
        <source>Saved on %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="355"/>
        <source>Not saved yet: save the review to keep its snapshot, then add actions.</source>
        <translation>尚未保存：保存复盘以留存快照，然后再添加行动。</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="374"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="374"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="375"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="375"/>
        <source>Action item</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="376"/>
        <source>Adjustment request</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="399"/>
        <source>No deals behind this bar.</source>
        <translation>此柱没有对应的商机。</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="430"/>
        <source>Save review %1</source>
        <translation>保存复盘 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="441"/>
        <source>Edit review notes</source>
        <translation>修改复盘备注</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="454"/>
        <source>New action item %1</source>
        <translation>新建行动 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="470"/>
        <source>Request adjustment</source>
        <translation>申请调整目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="471"/>
        <source>The unit has no targets for this period.</source>
        <translation>该组织在本期没有目标。</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="482"/>
        <source>Request adjustment of %1</source>
        <translation>申请调整 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="494"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="494"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="495"/>
        <location filename="../../gui/dashboard/reviews_tab.py" line="507"/>
        <source>Export review</source>
        <translation>导出复盘</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="510"/>
        <source>The review was exported to %1</source>
        <translation>复盘已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="517"/>
        <source>The review could not be exported: %1</source>
        <translation>无法导出复盘：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/reviews_tab.py" line="542"/>
        <source>Exporting the review…</source>
        <translation>正在导出复盘…</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="11"/>
        <source>the text is longer than {limit} characters</source>
        <translation>文字超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="12"/>
        <source>this review no longer exists</source>
        <translation>这份复盘已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="13"/>
        <source>the unit has no node in a target plan of {period}</source>
        <translation>该组织在 {period} 所属的目标计划中没有节点</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="14"/>
        <source>this action no longer exists</source>
        <translation>这项行动已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="15"/>
        <source>the adjustment request has already been decided</source>
        <translation>该调整申请已经审批</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="16"/>
        <source>a review is weekly, monthly or quarterly, not {grain}</source>
        <translation>复盘按周、月或季度进行，不能按 {grain}</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="17"/>
        <source>“{period}” is not a period key (2026-Q3, 2026-09, 2026-W38)</source>
        <translation>“{period}”不是期间（如 2026-Q3、2026-09、2026-W38）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="19"/>
        <source>“{period}” is not a {grain} period</source>
        <translation>“{period}”不是{grain}期间</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="20"/>
        <source>there is no org unit yet</source>
        <translation>还没有组织单元</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="21"/>
        <source>this org unit no longer exists</source>
        <translation>该组织单元已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/review_error_texts.py" line="22"/>
        <source>a review exports to .xlsx or .pdf, not “{name}”</source>
        <translation>复盘只能导出为 .xlsx 或 .pdf，不能导出为“{name}”</translation>
    </message>
</context>
</TS>
