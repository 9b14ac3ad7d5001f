<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloseTicketDialog</name>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="38"/>
        <source>Close ticket %1</source>
        <translation>关闭工单 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="39"/>
        <source>Resolve ticket %1</source>
        <translation>解决工单 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="45"/>
        <source>what was done, e.g. 更换电源模块</source>
        <translation>处理措施，例如：更换电源模块</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="53"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="58"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="59"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/close_dialog.py" line="61"/>
        <source>Customer satisfaction:</source>
        <translation>客户满意度：</translation>
    </message>
</context>
<context>
    <name>CustomerServicePanel</name>
    <message numerus="yes">
        <location filename="../../gui/aftersales/customer_service_panel.py" line="92"/>
        <source>%n contract(s), first signed %1</source>
        <translation>
            <numerusform>%n 份合同，首次签订于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/customer_service_panel.py" line="94"/>
        <source>Bought again: yes</source>
        <translation>复购：是</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/customer_service_panel.py" line="95"/>
        <source>Bought again: no</source>
        <translation>复购：否</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/customer_service_panel.py" line="97"/>
        <source>No contracts yet</source>
        <translation>尚无合同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/aftersales/customer_service_panel.py" line="98"/>
        <source>%n service ticket(s)</source>
        <translation>
            <numerusform>%n 个服务工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/aftersales/customer_service_panel.py" line="100"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n 个未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/aftersales/customer_service_panel.py" line="102"/>
        <source>Average satisfaction %1 (%n rated)</source>
        <translation>
            <numerusform>平均满意度 %1（%n 个评分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../gui/aftersales/feedback_dialog.py" line="31"/>
        <source>Customer feedback on %1</source>
        <translation>工单 %1 的客户反馈</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/feedback_dialog.py" line="37"/>
        <source>what the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/feedback_dialog.py" line="43"/>
        <source>Feedback:</source>
        <translation>反馈：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/feedback_dialog.py" line="44"/>
        <source>Received:</source>
        <translation>收到日期：</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="11"/>
        <source>A service ticket needs a title (the issue).</source>
        <translation>服务工单需要填写问题。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="12"/>
        <source>A ticket&apos;s title can be at most {limit} characters long.</source>
        <translation>工单问题最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="13"/>
        <source>“{key}” is not a field of a service ticket.</source>
        <translation>“{key}”不是服务工单的字段。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="14"/>
        <source>“{value}” is not a ticket type.</source>
        <translation>“{value}”不是工单类型。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="15"/>
        <source>“{value}” is not a ticket priority.</source>
        <translation>“{value}”不是工单优先级。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="16"/>
        <source>A ticket&apos;s dates must be dates.</source>
        <translation>工单的日期必须是有效日期。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="17"/>
        <source>That customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="18"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="19"/>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="20"/>
        <source>That contract is another customer&apos;s.</source>
        <translation>该合同属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="21"/>
        <source>A ticket cannot be due before it was opened.</source>
        <translation>工单的截止日期不能早于创建日期。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="22"/>
        <source>This service ticket no longer exists.</source>
        <translation>该服务工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="23"/>
        <source>This ticket cannot move from its status to the one chosen.</source>
        <translation>该工单不能从当前状态改为所选状态。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="25"/>
        <source>Satisfaction is a score from 1 to 5, given at closing.</source>
        <translation>满意度为 1 到 5 分，在关闭工单时填写。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="26"/>
        <source>Say how the ticket was resolved first.</source>
        <translation>请先填写工单的处理结果。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="27"/>
        <source>Feedback needs some text.</source>
        <translation>反馈内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="28"/>
        <source>That service ticket is another customer&apos;s.</source>
        <translation>该服务工单属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="29"/>
        <source>This feedback entry no longer exists.</source>
        <translation>该反馈记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="30"/>
        <source>There is no service ticket {number}.</source>
        <translation>没有编号为 {number} 的服务工单。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="31"/>
        <source>There is no customer called “{name}”.</source>
        <translation>没有名为“{name}”的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="32"/>
        <source>More than one customer is called “{name}”; give its id.</source>
        <translation>有多个客户名为“{name}”，请给出其 ID。</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/error_texts.py" line="33"/>
        <source>There is no contract {number}.</source>
        <translation>没有编号为 {number} 的合同。</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="55"/>
        <source>Edit service ticket</source>
        <translation>编辑服务工单</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="56"/>
        <source>New service ticket</source>
        <translation>新建服务工单</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="62"/>
        <source>the issue, e.g. 网关无法联网</source>
        <translation>问题，例如：网关无法联网</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="64"/>
        <source>type to search customers</source>
        <translation>输入以搜索客户</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="81"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="93"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="102"/>
        <source>Issue:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="103"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="104"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="105"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="106"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="107"/>
        <source>Contract:</source>
        <translation>合同：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="108"/>
        <source>Opened:</source>
        <translation>创建日期：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="109"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="110"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="112"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/ticket_dialog.py" line="150"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="12"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="13"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="15"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="18"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="19"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="20"/>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="21"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="22"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="25"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="26"/>
        <source>Normal</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="27"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="28"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="31"/>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="32"/>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="33"/>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="34"/>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/labels.py" line="35"/>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
</context>
<context>
    <name>TicketsModel</name>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="18"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="18"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="19"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="19"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="20"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="21"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="21"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="22"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_model.py" line="23"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="75"/>
        <source>Open or in progress</source>
        <translation>待处理或处理中</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="76"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="80"/>
        <location filename="../../gui/aftersales/tickets_tab.py" line="172"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="81"/>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="87"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="89"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="98"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="99"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="100"/>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="101"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="102"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="103"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="104"/>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/aftersales/tickets_tab.py" line="180"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/aftersales/tickets_tab.py" line="181"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="236"/>
        <source>Contract: %1</source>
        <translation>合同：%1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="238"/>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="240"/>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="242"/>
        <source>Closed %1 · satisfaction %2</source>
        <translation>%1 关闭 · 满意度 %2</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="246"/>
        <source>Feedback %1: %2</source>
        <translation>%1 反馈：%2</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="275"/>
        <source>New service ticket “%1”</source>
        <translation>新建服务工单“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="290"/>
        <source>Edit service ticket %1</source>
        <translation>编辑服务工单 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="302"/>
        <source>Start work on %1</source>
        <translation>开始处理 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="307"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="315"/>
        <source>Resolve %1</source>
        <translation>解决 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="322"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <location filename="../../gui/aftersales/tickets_tab.py" line="332"/>
        <source>Feedback on %1</source>
        <translation>记录 %1 的反馈</translation>
    </message>
</context>
</TS>
