<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FunnelTab</name>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="92"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="95"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="98"/>
        <source>Reload from history</source>
        <translation>按历史数据重算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="99"/>
        <source>Save scenario</source>
        <translation>保存反推方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="100"/>
        <source>Save as process targets</source>
        <translation>保存为过程指标目标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="102"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="102"/>
        <source>First contacts</source>
        <translation>初步沟通</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="103"/>
        <source>Quotes</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="103"/>
        <source>Negotiations</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="104"/>
        <source>Wins</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="104"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="108"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="108"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="109"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="115"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="117"/>
        <source>Lead → first contact</source>
        <translation>线索→初步沟通</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="117"/>
        <source>First contact → quote</source>
        <translation>初步沟通→方案报价</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="118"/>
        <source>Quote → negotiation</source>
        <translation>方案报价→商务谈判</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="118"/>
        <source>Negotiation → win</source>
        <translation>商务谈判→赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="120"/>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="136"/>
        <source>Each stage = ⌈next stage ÷ its rate⌉; months add up exactly to the period; work is due earlier by a share of the cycle (leads the whole cycle, first contacts ¾, quotes ½, negotiations ¼).</source>
        <translation>反推规则：每个阶段 = ⌈下一阶段 ÷ 转化率⌉（向上取整）；各月之和恰好等于整个期间；各阶段工作按销售周期提前安排（线索提前整个周期，初步沟通提前¾，方案报价提前½，商务谈判提前¼）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="160"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="161"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="162"/>
        <source>Deal count</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="167"/>
        <source>Year %1</source>
        <translation>%1 全年</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="207"/>
        <source>From history: %1 of %2 closed deals won; %3 from history, the rest are defaults — edit any value to try a what-if.</source>
        <translation>历史数据：已结束商机 %2 个，赢单 %1 个；%3 项假设来自历史，其余为默认值——可修改任一数值做假设推演。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="235"/>
        <location filename="../../gui/plans/funnel_tab.py" line="250"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="237"/>
        <source>Scenario saved</source>
        <translation>反推方案已保存</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="245"/>
        <source>Save reverse funnel as targets</source>
        <translation>反推结果保存为目标</translation>
    </message>
</context>
<context>
    <name>PlansModels</name>
    <message>
        <location filename="../../gui/plans/models.py" line="25"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="26"/>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="27"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="28"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="56"/>
        <source>Type a date as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="62"/>
        <source>Type an amount in yuan, e.g. 12000.50</source>
        <translation>请输入金额（元），例如 12000.50</translation>
    </message>
    <message>
        <location filename="../../gui/plans/models.py" line="68"/>
        <source>Status is one of: To do, Doing, Done, Blocked</source>
        <translation>状态只能是：待办、进行中、已完成、受阻</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="68"/>
        <source>A · Ideal line</source>
        <translation>A · 理想线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="69"/>
        <source>B · Floor line</source>
        <translation>B · 保底线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="75"/>
        <source>Export plan to Excel…</source>
        <translation>导出销售计划到 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="77"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="86"/>
        <location filename="../../gui/plans/plans_page.py" line="335"/>
        <source>Add action item</source>
        <translation>新增行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="87"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="88"/>
        <source>Copy to the other variant</source>
        <translation>复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="90"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="91"/>
        <location filename="../../gui/plans/plans_page.py" line="113"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="92"/>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="93"/>
        <source>How</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="94"/>
        <location filename="../../gui/plans/plans_page.py" line="104"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="95"/>
        <location filename="../../gui/plans/plans_page.py" line="114"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="96"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="97"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="98"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="103"/>
        <source>Checkpoint / milestone</source>
        <translation>检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="105"/>
        <location filename="../../gui/plans/plans_page.py" line="148"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="108"/>
        <location filename="../../gui/plans/plans_page.py" line="362"/>
        <source>Add checkpoint</source>
        <translation>新增检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="109"/>
        <location filename="../../gui/plans/plans_page.py" line="370"/>
        <source>Remove checkpoint</source>
        <translation>删除检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="113"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="122"/>
        <source>Checkpoints of the selected item</source>
        <translation>所选行动计划的检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="146"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="147"/>
        <source>Checkpoint</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="149"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="153"/>
        <source>Create the usual timeline</source>
        <translation>生成年度时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="157"/>
        <source>Weekly tasks are one row repeating every Monday.</source>
        <translation>周任务为一行规则：每周一重复提醒。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="167"/>
        <source>Action items</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="168"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="169"/>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="244"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="300"/>
        <source>Plans</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="312"/>
        <source>Edit action item</source>
        <translation>编辑行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="316"/>
        <source>Edit checkpoint</source>
        <translation>编辑检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="320"/>
        <source>Edit timeline</source>
        <translation>编辑时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="329"/>
        <source>New action item</source>
        <translation>新行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="343"/>
        <source>Remove action item</source>
        <translation>删除行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="350"/>
        <source>Copied to the other variant</source>
        <translation>已复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="357"/>
        <source>New checkpoint</source>
        <translation>新检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="384"/>
        <source>Export plan to Excel</source>
        <translation>导出销售计划到 Excel</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="403"/>
        <source>Plan exported to %1</source>
        <translation>销售计划已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="407"/>
        <source>The plan could not be exported: %1</source>
        <translation>销售计划导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="409"/>
        <source>Exporting the plan…</source>
        <translation>正在导出销售计划…</translation>
    </message>
</context>
</TS>
