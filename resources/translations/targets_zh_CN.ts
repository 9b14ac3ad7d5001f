<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="27"/>
        <location filename="../../gui/targets/node_actions.py" line="301"/>
        <source>Request adjustment</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="29"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="30"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="31"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="33"/>
        <source>Floor:</source>
        <translation>保底：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="33"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="33"/>
        <source>Challenge:</source>
        <translation>挑战：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="36"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="41"/>
        <source>Why does the target need to change?</source>
        <translation>为什么需要调整目标？</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="43"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="65"/>
        <source>Floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="65"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="65"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="72"/>
        <source>Reason: an adjustment request needs a reason.</source>
        <translation>原因：调整申请必须填写原因。</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="76"/>
        <source>Adjustment requests</source>
        <extracomment>What the list shows: the requests themselves and the names of the people on them.</extracomment>
        <translation>调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="78"/>
        <source>Show decided</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="80"/>
        <location filename="../../gui/targets/adjustments_panel.py" line="210"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="82"/>
        <location filename="../../gui/targets/adjustments_panel.py" line="196"/>
        <location filename="../../gui/targets/adjustments_panel.py" line="211"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/targets/adjustments_panel.py" line="161"/>
        <source>Adjustment requests (%n pending)</source>
        <translation>
            <numerusform>调整申请（%n 条待审批）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="176"/>
        <source>Only the level above this node may decide.</source>
        <translation>只有该节点的上级可以审批。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="196"/>
        <source>Why (optional):</source>
        <translation>驳回原因（可选）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="208"/>
        <source>Choose who you are in Settings first.</source>
        <translation>请先在设置中选择“我是…”。</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../gui/targets/approve_dialog.py" line="41"/>
        <source>Approve adjustment</source>
        <translation>批准调整</translation>
    </message>
    <message>
        <location filename="../../gui/targets/approve_dialog.py" line="44"/>
        <source>“%1”, %2: target %3 → %4. How should the other periods follow?</source>
        <translation>“%1”，%2：目标 %3 → %4。其他期间如何随之调整？</translation>
    </message>
    <message>
        <location filename="../../gui/targets/approve_dialog.py" line="53"/>
        <source>Keep the year: the remaining periods of the year absorb the difference (by the node&apos;s split rule)</source>
        <translation>全年不变：由本年剩余期间按该节点的分解规则消化差额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/approve_dialog.py" line="55"/>
        <source>Change the year: the quarter and the year follow; the level above shows the change as its gap</source>
        <translation>调整全年：季度和全年随之变化；上级节点以未分配/超分配显示这一变化</translation>
    </message>
    <message>
        <location filename="../../gui/targets/approve_dialog.py" line="81"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/targets/approve_dialog.py" line="93"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthDialog</name>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="47"/>
        <source>Set from growth</source>
        <translation>按增长率设定</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="49"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="50"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="51"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="55"/>
        <source>Years averaged for the base:</source>
        <translation>基数取近几年实际的平均（年数）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="59"/>
        <source>Target growth:</source>
        <translation>目标增长率：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="60"/>
        <source>Floor growth:</source>
        <translation>保底增长率：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="61"/>
        <source>Challenge growth:</source>
        <translation>挑战增长率：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_dialog.py" line="82"/>
        <source>The value is the base × (1 + growth), to the fen. Growth is year over year: a quarter or a month grows on the same period a year earlier. %1 a year compounds to %2 a quarter, %3 a month (not %4 / %5 added).</source>
        <translation>目标值 = 基数 ×（1 + 增长率），精确到分。增长率按同比计算：季度或月份与上一年同期相比。全年 %1 按复利折合每季度 %2、每月 %3（而不是简单相除的 %4 / %5）。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/targets/history_dialog.py" line="52"/>
        <source>Value history</source>
        <translation>数值历史</translation>
    </message>
    <message>
        <location filename="../../gui/targets/history_dialog.py" line="66"/>
        <source>No versions yet: nobody typed a value here.</source>
        <translation>暂无版本：此处尚未录入数值。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="12"/>
        <source>unknown metric “{metric}”</source>
        <translation>未知的指标“{metric}”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="13"/>
        <source>this target node no longer exists</source>
        <translation>该目标节点已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="14"/>
        <source>this target plan no longer exists</source>
        <translation>该目标计划已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="15"/>
        <source>year {year} is out of range</source>
        <translation>年份 {year} 超出范围</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="16"/>
        <source>target values cannot be negative</source>
        <translation>目标值不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="17"/>
        <source>this target plan can no longer be restored</source>
        <translation>该目标计划已无法恢复</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="18"/>
        <source>all changes must belong to one plan</source>
        <translation>所有修改必须属于同一个计划</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="19"/>
        <source>choose who you are (我是…) first</source>
        <translation>请先选择“我是…”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="20"/>
        <source>an adjustment request needs a reason</source>
        <translation>调整申请需要填写理由</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="21"/>
        <source>this adjustment request no longer exists</source>
        <translation>该调整申请已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="22"/>
        <source>only the level above “{node}” (an owner of a parent node) or the firm&apos;s owner/director can decide this request</source>
        <translation>只有“{node}”的上级（上级节点的负责人）或公司负责人/销售总监可以审批该申请</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="25"/>
        <source>the {year} plan is already published</source>
        <translation>{year} 年计划已公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="26"/>
        <source>only the firm&apos;s owner or a sales director publishes targets</source>
        <translation>只有公司负责人或销售总监可以公示目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="29"/>
        <source>the plan is not published</source>
        <translation>该计划尚未公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="30"/>
        <source>owners have acknowledged or asked for adjustments: the plan stays published</source>
        <translation>已有负责人认领或提交调整申请，计划不能撤回公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="33"/>
        <source>targets are acknowledged after they are published</source>
        <translation>目标公示后才能认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="34"/>
        <source>only the owner of “{node}” can acknowledge it</source>
        <translation>只有“{node}”的负责人可以认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="35"/>
        <source>this acknowledgement no longer exists</source>
        <translation>该认领记录已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="36"/>
        <source>the plan is still a draft: edit the value directly</source>
        <translation>计划仍是草稿：请直接修改数值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="37"/>
        <source>the proposed values are the current ones</source>
        <translation>申请的数值与当前数值相同</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="38"/>
        <source>a target node needs a name</source>
        <translation>目标节点需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="39"/>
        <source>a personal target needs a person</source>
        <translation>个人目标需要指定人员</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="40"/>
        <source>a split weight cannot be negative</source>
        <translation>分解权重不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="41"/>
        <source>a plan has one company root; add the node under a node</source>
        <translation>一个计划只有一个公司根节点；请把新节点加在某个节点下</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="42"/>
        <source>the parent node belongs to another plan</source>
        <translation>上级节点属于另一个计划</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="43"/>
        <source>unknown person</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="44"/>
        <source>the company root cannot be removed</source>
        <translation>公司根节点不能删除</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="45"/>
        <source>the company root cannot be moved</source>
        <translation>公司根节点不能移动</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="46"/>
        <source>a node can only move within its own plan</source>
        <translation>节点只能在本计划内移动</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="47"/>
        <source>unknown split rule “{rule}”</source>
        <translation>未知的分解规则“{rule}”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="48"/>
        <source>“{node}” cannot be moved under itself or one of its own children</source>
        <translation>“{node}”不能移到它自己或它的下级节点之下</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="51"/>
        <source>“{node}” has no value for this period to split: type it first</source>
        <translation>“{node}”在该期间没有可分解的数值：请先填写</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="54"/>
        <source>taking back the over-allocation would make a child negative: lower the children by hand</source>
        <translation>收回超分配会使某个下级变为负数：请手动调低下级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="57"/>
        <source>a week cannot be split further</source>
        <translation>周目标不能再往下分解</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="58"/>
        <source>periods split evenly or by last year&apos;s actuals</source>
        <translation>期间只能平均分解或按去年实际分解</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="59"/>
        <source>type this period&apos;s value before splitting it</source>
        <translation>请先填写该期间的数值再分解</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="60"/>
        <source>nothing to split into: the node has no children</source>
        <translation>没有可分解的对象：该节点没有下级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="61"/>
        <source>split weights cannot be negative</source>
        <translation>分解权重不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="62"/>
        <source>capacity loads do not match the parts</source>
        <translation>能力系数与分解对象不匹配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="63"/>
        <source>no capacity: none of these children has people with a load</source>
        <translation>没有产能：这些下级中没有设置能力系数的人员</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="66"/>
        <source>capacity load for unknown tier “{tier}”</source>
        <translation>未知能力层级“{tier}”的系数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="67"/>
        <source>capacity load for {tier} cannot be negative</source>
        <translation>{tier} 的能力系数不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="68"/>
        <source>last year&apos;s actuals do not match the parts</source>
        <translation>去年实际与分解对象不匹配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="69"/>
        <source>typed weights do not match the parts</source>
        <translation>填写的权重与分解对象不匹配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="70"/>
        <source>no weights typed: give at least one child a weight</source>
        <translation>未填写权重：请至少给一个下级设置权重</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="71"/>
        <source>capacity load for {tier} is not a number: {value}</source>
        <translation>{tier} 的能力系数不是数字：{value}</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="72"/>
        <source>the {year} plan is published (已公示): values change only through an adjustment request approved by the level above</source>
        <translation>{year} 年计划已公示：数值只能通过上级批准的调整申请修改</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="75"/>
        <source>the {year} plan is published (已公示): nodes are moved only through an adjustment request approved by the level above</source>
        <translation>{year} 年计划已公示：节点只能通过上级批准的调整申请移动</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="78"/>
        <source>the {year} plan is published (已公示): nodes are removed only through an adjustment request approved by the level above</source>
        <translation>{year} 年计划已公示：节点只能通过上级批准的调整申请删除</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="81"/>
        <source>the {year} plan is published (已公示): the plan is removed only through an adjustment request approved by the level above</source>
        <translation>{year} 年计划已公示：计划只能通过上级批准的调整申请删除</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="84"/>
        <source>this request is still pending</source>
        <translation>该申请仍在待审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="85"/>
        <source>this request was already approved</source>
        <translation>该申请已被批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="86"/>
        <source>this request was already rejected</source>
        <translation>该申请已被驳回</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="87"/>
        <source>this request is pending now</source>
        <translation>该申请现在为待审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="88"/>
        <source>this request is approved now</source>
        <translation>该申请现在已批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="89"/>
        <source>this request is rejected now</source>
        <translation>该申请现在已驳回</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="90"/>
        <source>unknown way for the other periods to follow: “{rule}”</source>
        <translation>未知的期间联动方式：“{rule}”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="91"/>
        <source>no period of {year} after {period} is left to absorb the change, so the year cannot stay as it is: approve with “change the year”</source>
        <translation>{year} 年在 {period} 之后已没有可消化差额的期间，全年目标无法保持不变：请选择“调整全年”批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="94"/>
        <source>{period} would go below zero: the other periods cannot absorb this change (approve with “change the year”, or ask for a smaller change)</source>
        <translation>{period} 将低于零：其他期间无法消化这一变化（请选择“调整全年”批准，或申请较小的调整）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="97"/>
        <source>unknown cut “{cut}”</source>
        <translation>未知的分解维度“{cut}”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="98"/>
        <source>a cut&apos;s member is added under the company total</source>
        <translation>分解项只能添加在公司总目标之下</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="99"/>
        <source>a node stays in its own tree: the org tree and each cut are separate</source>
        <translation>节点只能留在自己的树中：组织架构与各种分解彼此独立</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="102"/>
        <source>a cut&apos;s member needs what it stands for (a product line, a channel or a tier)</source>
        <translation>分解项需要注明所代表的产品线、渠道或客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="105"/>
        <source>“{key}” is already a member of this cut</source>
        <translation>“{key}”已是此分解中的一项</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="106"/>
        <source>a growth target is for amounts and counts: a rate is typed</source>
        <translation>按增长率设定只适用于金额和数量指标：比率请直接录入</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="108"/>
        <source>the base is the average of 1 to {most} years</source>
        <translation>基数取近 1 至 {most} 年的平均值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="109"/>
        <source>a growth rate cannot be below −100 %</source>
        <translation>增长率不能低于 −100 %</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="110"/>
        <source>no actual in the {years} year(s) before {period} to grow from: type the value instead</source>
        <translation>{period} 之前 {years} 年没有实际完成可作基数：请直接录入目标值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="113"/>
        <source>this value was not set from growth</source>
        <translation>该值不是按增长率设定的</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="114"/>
        <source>the actual of “{metric}” comes from the records and is not typed</source>
        <translation>“{metric}”的实际值由业务数据计算，不能手工录入</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="116"/>
        <source>a share is between 0 % and 100 %</source>
        <translation>份额应在 0 % 到 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="117"/>
        <source>ramp for unknown tier “{tier}”</source>
        <translation>未知能力层级“{tier}”的成长目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="118"/>
        <source>the ramp is whole percents separated by commas, e.g. 30, 60, 100</source>
        <translation>成长目标为用逗号分隔的整数百分比，例如 30, 60, 100</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="120"/>
        <source>a ramp month is between 0 % and 100 %</source>
        <translation>成长目标每月应在 0 % 到 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../gui/targets/error_texts.py" line="121"/>
        <source>a ramp lasts at most {most} months</source>
        <translation>成长目标最多 {most} 个月</translation>
    </message>
</context>
<context>
    <name>TargetActions</name>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="52"/>
        <source>Split to children (%1)</source>
        <translation>分解到下级（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="60"/>
        <location filename="../../gui/targets/node_actions.py" line="357"/>
        <source>Split to sub-periods</source>
        <translation>分解到子期间</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="66"/>
        <location filename="../../gui/targets/node_actions.py" line="361"/>
        <source>Distribute gap</source>
        <translation>分配差额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="73"/>
        <location filename="../../gui/targets/node_actions.py" line="366"/>
        <source>Accept roll-up</source>
        <translation>采用下级合计</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="105"/>
        <source>Add member</source>
        <translation>添加分解项</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="106"/>
        <source>%1 (pick one or type it):</source>
        <translation>%1（从列表中选择或直接输入）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="111"/>
        <source>Tier %1 customers</source>
        <translation>%1类客户</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="127"/>
        <source>Add child node</source>
        <translation>添加下级节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="128"/>
        <source>Name of the new layer:</source>
        <translation>新层级名称：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="144"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="145"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="182"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="183"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="205"/>
        <source>Split weight</source>
        <translation>分解权重</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="206"/>
        <source>Weight of this node when its parent splits by weights:</source>
        <translation>上级按权重分解时本节点的权重：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="218"/>
        <location filename="../../gui/targets/node_actions.py" line="230"/>
        <source>New plan from org</source>
        <translation>按组织架构新建目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="231"/>
        <source>Plan year (company → units → people):</source>
        <translation>目标年度（公司 → 部门 → 个人）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="255"/>
        <source>Choose who you are in Settings first (认领 needs a person).</source>
        <translation>请先在设置中选择“我是…”（认领需要具体人员）。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="316"/>
        <source>Select a node and a period column first.</source>
        <translation>请先选择一个节点和期间列。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="352"/>
        <source>Split to children</source>
        <translation>分解到下级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="369"/>
        <source>Value history…</source>
        <translation>数值历史…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="375"/>
        <source>Add child node…</source>
        <translation>添加下级节点…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="376"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="379"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="380"/>
        <source>Split weight…</source>
        <translation>分解权重…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="383"/>
        <source>Remove node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="396"/>
        <source>Type actual…</source>
        <translation>录入实际值…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="400"/>
        <source>Set from growth…</source>
        <translation>按增长率设定…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_actions.py" line="30"/>
        <source>Set from growth</source>
        <translation>按增长率设定</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_actions.py" line="38"/>
        <location filename="../../gui/targets/node_actions.py" line="403"/>
        <source>Recompute growth</source>
        <translation>重新计算增长目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_actions.py" line="56"/>
        <location filename="../../gui/targets/growth_actions.py" line="67"/>
        <source>Type actual</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_actions.py" line="68"/>
        <source>%1, %2 (%): empty clears it</source>
        <translation>%1，%2（%）：留空则清除</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="487"/>
        <source>Edit target of “%1”</source>
        <translation>修改“%1”的目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="503"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="84"/>
        <location filename="../../gui/targets/node_actions.py" line="91"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="156"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="173"/>
        <source>Rename to “%1”</source>
        <translation>重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="194"/>
        <source>Split weight of “%1”</source>
        <translation>“%1”的分解权重</translation>
    </message>
</context>
<context>
    <name>TargetSettingsSection</name>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="50"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="58"/>
        <source>Capacity tiers</source>
        <translation>能力层级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="60"/>
        <source>Load: a person&apos;s share when a target is split by capacity tier. Growth target (ramp): the percent of a full personal target in months 1, 2, 3 … from the start date (the start month is month 1), e.g. 30, 60, 100; empty: full from the start.</source>
        <translation>负荷：按能力层级分解目标时每人所占的份额。成长目标：自入职日期起第 1、2、3 … 个月承担完整个人目标的百分比（入职当月为第 1 个月），例如 30, 60, 100；留空则从入职起即为完整目标。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="66"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="67"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="68"/>
        <source>Growth target by month (%)</source>
        <translation>各月成长目标（%）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="75"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/targets/settings_section.py" line="122"/>
        <source>Save capacity tiers</source>
        <translation>保存能力层级设置</translation>
    </message>
</context>
<context>
    <name>TargetTreeModel</name>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="228"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="230"/>
        <source>Kind / owner</source>
        <translation>类型 / 负责人</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="235"/>
        <source>Floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="235"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="236"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="236"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="222"/>
        <source>Own value minus the children&apos;s sum: orange = unallocated, red = over-allocated</source>
        <extracomment>node id → owner names (managers of a unit, the firm&apos;s heads for the root) (node id, metric, period, new values or None) → True when accepted; set by the page (node id, new name) → None; set by the page (pushes a rename command) (node id, new parent id) → None; set by the page (pushes a move command) why the own-value cells are read-only (a published plan), &quot;&quot; while they are editable nodes cannot be dragged to another parent (a published plan) (node id, metric, period) → how the value was set from growth; set by the page person node id → month key → percent of a full target (novice ramp); set by the page</extracomment>
        <translation>本级数值减去下级合计：橙色 = 未分配，红色 = 超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="237"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="237"/>
        <source>Gap</source>
        <translation>未分配/超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="238"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="283"/>
        <source>periods do not add up</source>
        <translation>分期不符</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="290"/>
        <source>acknowledged</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="324"/>
        <source>Rolled up from the children (no value typed here)</source>
        <translation>由下级汇总（此处未录入）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="341"/>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="341"/>
        <source>Over-allocated</source>
        <translation>超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="342"/>
        <source>%1: floor %2, target %3, challenge %4</source>
        <translation>%1：保底 %2，目标 %3，挑战 %4</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="393"/>
        <source>the quarters</source>
        <translation>各季度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="393"/>
        <source>the months</source>
        <translation>各月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="394"/>
        <source>the weeks</source>
        <translation>各周</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="394"/>
        <source>the sub-periods</source>
        <translation>下级期间</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="395"/>
        <source>%1: %2, but %3 add up to %4 (difference %5)</source>
        <translation>%1：%2，但%3合计为 %4（差额 %5）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="403"/>
        <source>floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="403"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="404"/>
        <source>challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="410"/>
        <source>The periods do not add up:</source>
        <translation>分期目标相加不一致：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/targets/tree_model.py" line="413"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="440"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="32"/>
        <source>Plan year</source>
        <translation>目标年度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="36"/>
        <source>New plan from org…</source>
        <translation>按组织架构新建目标…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="40"/>
        <source>Which cut of the company total to show: the org tree, or the same total by product line, channel or customer tier (each must add up to it)</source>
        <translation>显示公司总目标的哪一种分解：按组织架构，或按产品线、渠道、客户分层分解同一个总目标（每种分解的合计都须等于总目标）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="48"/>
        <source>Add a member of this cut under the company total: a product line, a channel or a customer tier</source>
        <translation>在公司总目标下添加此分解的一项：一条产品线、一个渠道或一个客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="59"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="59"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="60"/>
        <source>Months</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="60"/>
        <source>Weeks of month</source>
        <translation>当月各周</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="68"/>
        <source>A week that straddles two months counts in the month holding its Thursday</source>
        <translation>跨月的周计入其周四所在的月份</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="76"/>
        <source>Target only</source>
        <translation>仅目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="77"/>
        <source>Floor · Target · Challenge</source>
        <translation>保底 · 目标 · 挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="247"/>
        <location filename="../../gui/targets/node_actions.py" line="269"/>
        <location filename="../../gui/targets/page_toolbar.py" line="82"/>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="274"/>
        <source>Take the publication back: the plan becomes a draft you can edit</source>
        <translation>撤回公示：计划变回可编辑的草稿</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="276"/>
        <source>Owners have acknowledged this plan or asked for adjustments, so it stays published: values change through adjustment requests approved by the level above</source>
        <translation>已有负责人认领或提交调整申请，计划不能撤回公示：数值只能通过上级批准的调整申请修改</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="282"/>
        <location filename="../../gui/targets/page_toolbar.py" line="83"/>
        <source>Publish (公示) the plan: values freeze and owners can acknowledge them</source>
        <translation>公示目标：数值冻结，负责人可以认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="374"/>
        <location filename="../../gui/targets/page_toolbar.py" line="47"/>
        <source>Add member…</source>
        <translation>添加分解项…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="258"/>
        <location filename="../../gui/targets/page_toolbar.py" line="86"/>
        <source>Acknowledge</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="87"/>
        <source>Acknowledge (认领) the selected node&apos;s targets as its owner</source>
        <translation>以负责人身份认领所选节点的目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="90"/>
        <source>Request adjustment…</source>
        <translation>调整申请…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="92"/>
        <source>Approvals</source>
        <translation>调整审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="108"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="138"/>
        <source>Add child node</source>
        <translation>添加下级节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="139"/>
        <source>Remove node / clear value</source>
        <translation>删除节点 / 清除数值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="138"/>
        <location filename="../../gui/targets/targets_page.py" line="314"/>
        <source>Loading the targets…</source>
        <extracomment>What the actuals count: deals won, collections, new customers, follow-ups, and who is where.</extracomment>
        <translation>正在加载目标…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="351"/>
        <source>Counting the actuals…</source>
        <translation>正在统计实际完成…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="417"/>
        <source>The targets could not be loaded: %1</source>
        <translation>无法加载目标：%1</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="438"/>
        <source>No plan yet: create one from the org tree</source>
        <translation>尚无目标：请按组织架构新建</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="452"/>
        <source>This cut has no members yet. “Add member…” adds one (a product line, a channel or a customer tier) under the company total; the members&apos; targets must add up to it.</source>
        <translation>此分解还没有分解项。用“添加分解项…”在公司总目标下添加一项（产品线、渠道或客户分层）；各项目标合计须等于公司总目标。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="461"/>
        <source>Published (公示): read-only. Select the cell and use “Request adjustment…” to change it.</source>
        <translation>已公示：只读。要修改，请选中该单元格后点“申请调整…”。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="463"/>
        <source>This plan is published (公示): its targets are read-only. To change a value, select it and use “Request adjustment…”; the level above approves it.</source>
        <translation>该计划已公示，目标为只读。要修改某个数值，请选中后点“申请调整…”，由上级审批。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="467"/>
        <source>While nobody has acknowledged it, “Unpublish” turns it back into a draft you can edit.</source>
        <translation>在无人认领之前，可点“撤回公示”把它变回可编辑的草稿。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="244"/>
        <location filename="../../gui/targets/node_actions.py" line="268"/>
        <source>Unpublish</source>
        <translation>撤回公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="516"/>
        <source>This adjustment request no longer exists.</source>
        <translation>该调整申请已不存在。</translation>
    </message>
</context>
<context>
    <name>TargetsText</name>
    <message>
        <location filename="../../gui/targets/formatting.py" line="25"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="26"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="27"/>
        <source>Deals won</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="28"/>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="29"/>
        <source>Follow-ups</source>
        <translation>跟进数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="30"/>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="31"/>
        <source>First contacts</source>
        <translation>首次接触数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="32"/>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="33"/>
        <source>Negotiations</source>
        <translation>谈判数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="34"/>
        <source>Wins</source>
        <translation>成交数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="35"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="36"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="37"/>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="38"/>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="39"/>
        <source>Renewal rate</source>
        <translation>老客户续签率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="40"/>
        <source>New-product share</source>
        <translation>新产品销售占比</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="44"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="45"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="46"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="47"/>
        <source>Cut member</source>
        <translation>分解项</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="52"/>
        <source>By org</source>
        <translation>按组织</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="53"/>
        <source>By product line</source>
        <translation>按产品线</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="54"/>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="55"/>
        <source>By customer tier</source>
        <translation>按客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="60"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="61"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="62"/>
        <source>Customer tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="66"/>
        <source>Even split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="67"/>
        <source>By last year&apos;s actuals</source>
        <translation>按去年实际</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="68"/>
        <source>By weights</source>
        <translation>按权重</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="69"/>
        <source>By capacity tier</source>
        <translation>按能力层级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="73"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="74"/>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="75"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="76"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="77"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="81"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="81"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="82"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="82"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="83"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="83"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="84"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="84"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="85"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="85"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="86"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="86"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="124"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="165"/>
        <location filename="../../gui/targets/formatting.py" line="176"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="199"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="173"/>
        <location filename="../../gui/targets/formatting.py" line="202"/>
        <source>Targets cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="181"/>
        <source>At most two decimals (fen) are allowed.</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="185"/>
        <source>This metric counts whole numbers.</source>
        <translation>此指标只能是整数。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="188"/>
        <source>The number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="27"/>
        <source>%1 actual</source>
        <translation>%1 实际</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="29"/>
        <source>average of %1 actuals</source>
        <translation>%1 实际平均</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="31"/>
        <source>%1 %2 × (1 + %3) = %4, computed %5</source>
        <translation>%1 %2 ×（1 + %3）= %4，计算于 %5</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="37"/>
        <source>floor %1, challenge %2</source>
        <translation>保底 %1，挑战 %2</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="40"/>
        <source>changed by hand since</source>
        <translation>此后已手工修改</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="47"/>
        <source>growth %1</source>
        <translation>增长 %1</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="52"/>
        <source>Growth target %1 %</source>
        <translation>成长目标 %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/targets/growth_text.py" line="58"/>
        <source>Growth target %1</source>
        <translation>成长目标 %1</translation>
    </message>
</context>
<context>
    <name>_RequestsModel</name>
    <message>
        <source>Node</source>
        <translation type="vanished">节点</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="vanished">指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">期间</translation>
    </message>
    <message>
        <source>Current target</source>
        <translation type="vanished">当前目标</translation>
    </message>
    <message>
        <source>Proposed target</source>
        <translation type="vanished">申请目标</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="vanished">申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
</context>
<context>
    <name>_VersionsModel</name>
    <message>
        <source>When</source>
        <translation type="vanished">时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">修改人</translation>
    </message>
    <message>
        <source>Old (floor / target / challenge)</source>
        <translation type="vanished">原值（保底 / 目标 / 挑战）</translation>
    </message>
    <message>
        <source>New (floor / target / challenge)</source>
        <translation type="vanished">新值（保底 / 目标 / 挑战）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation type="vanished">目标版本</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="vanished">（未知）</translation>
    </message>
    <message>
        <source>(approved adjustment)</source>
        <translation type="vanished">（已批准的调整）</translation>
    </message>
</context>
</TS>
