<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="56"/>
        <location filename="../../gui/dashboard/chart_view.py" line="195"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="59"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="110"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="196"/>
        <source>Save as PNG or SVG…</source>
        <translation>另存为 PNG 或 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="221"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_view.py" line="222"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="77"/>
        <source>No target plan for this year</source>
        <translation>本年度没有目标方案</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="99"/>
        <source>Target vs. actual (floor · target · challenge)</source>
        <translation>目标与实际（保底 · 目标 · 挑战）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="115"/>
        <source>Signed last year</source>
        <translation>去年签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="118"/>
        <source>Signed</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="120"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="128"/>
        <source>Signed target</source>
        <translation>签约目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="137"/>
        <source>%1: signed and collected by month (above the bars: year on year; under the months: month on month)</source>
        <translation>%1 年各月签约额与回款额（柱上：同比；月份下：环比）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="141"/>
        <source>Quarter on quarter: %1</source>
        <translation>季度增长率：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="157"/>
        <source>No pipeline yet</source>
        <translation>还没有销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="165"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="171"/>
        <source>Entered · converted · median days</source>
        <translation>进入数 · 转化率 · 停留天数中位数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="174"/>
        <location filename="../../gui/dashboard/chart_draw.py" line="225"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="177"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="180"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="182"/>
        <source>Gap %1</source>
        <translation>缺口 %1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="183"/>
        <source>Covered</source>
        <translation>预测已覆盖目标</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="201"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="202"/>
        <source>1–30 days</source>
        <translation>1–30天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="203"/>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="204"/>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="205"/>
        <source>Over 90 days</source>
        <translation>&gt;90天</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="214"/>
        <source>Receivables on %1: %2 open, %3 overdue</source>
        <translation>%1 应收：未收 %2，逾期 %3</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="226"/>
        <source>(no reason)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="237"/>
        <source>Won and lost (win rate %1)</source>
        <translation>赢单与输单（赢单率 %1）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="247"/>
        <source>No new customers in this period</source>
        <translation>本期没有新增客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="250"/>
        <source>(no source)</source>
        <translation>（未填来源）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="252"/>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="254"/>
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="257"/>
        <source>%1 · %2 follow-ups each</source>
        <translation>%1 · 人均跟进 %2 次</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="261"/>
        <source>Customer sources and conversion</source>
        <translation>客户来源与转化</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="279"/>
        <source>Nobody to rank</source>
        <translation>没有可排名的人</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/chart_draw.py" line="292"/>
        <source>Leaderboard %1</source>
        <translation>%1 业绩排行榜</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gui/dashboard/dashboard_page.py" line="15"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="51"/>
        <source>Targets</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="52"/>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="53"/>
        <source>Funnel &amp;&amp; forecast</source>
        <translation>漏斗与预测</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="54"/>
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="55"/>
        <source>Win/loss</source>
        <translation>输赢原因</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="56"/>
        <source>Customer sources</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="57"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="86"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="86"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="87"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="101"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="102"/>
        <source>All people</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="105"/>
        <source>Signed</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="106"/>
        <source>Collected</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="117"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="165"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="270"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="294"/>
        <source>The chart could not be loaded: %1</source>
        <translation>图表无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard/dashboard_tab.py" line="318"/>
        <source>%1 · %2: records</source>
        <translation>%1 · %2：明细记录</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
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
        <location filename="../../gui/dashboard/records_dialog.py" line="73"/>
        <source>Record</source>
        <translation>记录</translation>
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
</TS>
