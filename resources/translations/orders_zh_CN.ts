<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CancelContractDialog</name>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="24"/>
        <source>Cancel contract</source>
        <translation>取消合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="26"/>
        <source>The contract %1 stays in the list as cancelled; its open instalments leave the receivables. Ctrl+Z undoes it.</source>
        <translation>合同 %1 仍保留在列表中，标为已取消；其未回款期次不再计入应收账款。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="34"/>
        <source>The customer withdrew</source>
        <translation>客户撤单</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="34"/>
        <source>Signed by mistake</source>
        <translation>误签</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="35"/>
        <source>Replaced by a new contract</source>
        <translation>已由新合同替代</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="39"/>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="40"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/orders/cancel_dialog.py" line="44"/>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="53"/>
        <source>Contract compliance</source>
        <translation>合同合规</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="59"/>
        <source>Required term</source>
        <translation>必备条款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="77"/>
        <source>Mark signed</source>
        <translation>标记为已签订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="79"/>
        <source>Sign date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="112"/>
        <source>Contract %1 — %2</source>
        <translation>合同 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="116"/>
        <source>Not ticked: %1</source>
        <translation>未勾选：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="119"/>
        <source>Every required term is ticked.</source>
        <translation>所有必备条款均已勾选。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="124"/>
        <source>Signed over unticked terms (%1) by %2 on %3: %4</source>
        <translation>%2 于 %3 在条款未勾选（%1）的情况下批准签订：%4</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="140"/>
        <source>Tick %1 on %2</source>
        <translation>勾选 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="141"/>
        <source>Untick %1 on %2</source>
        <translation>取消勾选 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="150"/>
        <location filename="../../gui/orders/compliance_dialog.py" line="168"/>
        <source>Sign anyway</source>
        <translation>仍然签订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="151"/>
        <source>Not ticked: %1.
Only a manager, director or owner, or the contract owner&apos;s manager, may sign anyway. Why?</source>
        <translation>未勾选：%1。
只有销售经理、销售总监、老板或合同负责人的上级可以仍然签订。原因是什么？</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="163"/>
        <source>Sign contract %1</source>
        <translation>签订合同 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="169"/>
        <source>Choose who you are (Settings ▸ General ▸ I am) to sign over unticked terms.</source>
        <translation>请先选择您是谁（设置 ▸ 常规 ▸ 我是），才能在条款未勾选时签订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/compliance_dialog.py" line="174"/>
        <source>Sign contract %1 over unticked terms</source>
        <translation>在条款未勾选时签订合同 %1</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="70"/>
        <source>Create Contract</source>
        <translation>生成合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="80"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="81"/>
        <source>Sign date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="82"/>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="83"/>
        <source>Terms:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="55"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="58"/>
        <source>From a won deal</source>
        <translation>由赢单商机生成</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="59"/>
        <source>By hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="78"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="80"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="84"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="86"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="90"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="93"/>
        <source>Empty: the next number, like %1</source>
        <translation>留空：自动取下一个编号，如 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="95"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="98"/>
        <source>Payment terms, delivery, acceptance, invoice…</source>
        <translation>付款条件、交付、验收、发票……</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="100"/>
        <source>Terms</source>
        <translation>合同条款</translation>
    </message>
</context>
<context>
    <name>ContractPane</name>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="76"/>
        <source>Apply credit</source>
        <translation>使用客户余额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="77"/>
        <source>Use the customer&apos;s credit for the open instalments, oldest first</source>
        <translation>用客户余额冲抵未回款期次，最早到期的优先</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="79"/>
        <source>Edit plan…</source>
        <translation>编辑回款计划…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="80"/>
        <source>Reschedule…</source>
        <translation>调整到期日…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="81"/>
        <source>Invoiced…</source>
        <translation>开票…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="82"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="83"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="84"/>
        <source>Record refund…</source>
        <translation>登记退款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="86"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="87"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="88"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="89"/>
        <location filename="../../gui/orders/contract_pane.py" line="97"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="90"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="91"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="92"/>
        <location filename="../../gui/orders/contract_pane.py" line="261"/>
        <location filename="../../gui/orders/contract_pane.py" line="267"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="96"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="98"/>
        <source>On this contract</source>
        <translation>计入本合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="100"/>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="101"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="109"/>
        <location filename="../../gui/orders/contract_pane.py" line="230"/>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="116"/>
        <source>Payments</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="172"/>
        <source>Choose a contract to see its payment plan.</source>
        <translation>选择一份合同以查看其回款计划。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="182"/>
        <source>Cancelled on %1: %2</source>
        <translation>已于 %1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="185"/>
        <source>Collected %1 · open %2</source>
        <translation>已回款 %1 · 未回款 %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="189"/>
        <source>Customer credit: %1</source>
        <translation>客户余额：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="231"/>
        <source>Payments are applied to this plan, so it cannot be replaced. Reschedule an open instalment instead, or record a refund first.</source>
        <translation>此回款计划已有回款冲抵，不能整体替换。请改为调整未回款期次的到期日，或先登记退款。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="237"/>
        <source>Set payment plan of %1</source>
        <translation>设置 %1 的回款计划</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="246"/>
        <source>Reschedule</source>
        <translation>调整到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="247"/>
        <source>New due date of instalment %1:</source>
        <translation>期次 %1 的新到期日：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="250"/>
        <source>Reschedule instalment of %1</source>
        <translation>调整 %1 的期次到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="262"/>
        <source>Instalment %1 was invoiced on %2. Clear the invoice date?</source>
        <translation>期次 %1 已于 %2 开票。要清除开票日期吗？</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="264"/>
        <source>Clear invoice date of %1</source>
        <translation>清除 %1 的开票日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="268"/>
        <source>Invoice issued for instalment %1 on:</source>
        <translation>期次 %1 的开票日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="270"/>
        <source>Mark invoiced on %1</source>
        <translation>标记 %1 已开票</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_actions.py" line="83"/>
        <source>Record refund of %1</source>
        <translation>登记 %1 的退款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_actions.py" line="88"/>
        <source>Record payment of %1</source>
        <translation>登记 %1 的回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_actions.py" line="95"/>
        <source>%1 more than was open is kept as the customer&apos;s credit.</source>
        <translation>超出未回款部分的 %1 已计入客户余额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="284"/>
        <source>Apply credit to %1</source>
        <translation>用客户余额冲抵 %1</translation>
    </message>
</context>
<context>
    <name>ContractSettingsSection</name>
    <message>
        <source>Contract numbers (合同编号)</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>{seq} is the number counting up ({seq:04}: four digits, 0001); {yyyy}, {yy} and {mm} are the year and month signed. The count starts again for each prefix, so HT-{yyyy}-{seq:04} starts at 0001 every year.</source>
        <translation>{seq} 是递增的流水号（{seq:04}：四位数，0001）；{yyyy}、{yy} 和 {mm} 是签订的年份和月份。每个前缀各自从头计数，所以 HT-{yyyy}-{seq:04} 每年都从 0001 开始。</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>编号规则：</translation>
    </message>
    <message>
        <source>Next number looks like:</source>
        <translation>下一个编号示例：</translation>
    </message>
    <message>
        <source>Number contracts as %1</source>
        <translation>合同编号规则改为 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="52"/>
        <source>Contracts and credit</source>
        <translation>合同与信用</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="61"/>
        <source>Required contract terms (合同合规)</source>
        <translation>合同必备条款（合同合规）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="62"/>
        <source>Every contract carries this checklist. A draft contract is signed only when all of them are ticked, unless a manager, director or owner, or the contract owner&apos;s manager, signs it anyway with a reason (kept with the contract).</source>
        <translation>每份合同都带有这份清单。草稿合同须全部勾选后才能签订，除非销售经理、销售总监、老板或合同负责人的上级填写原因后仍然签订（原因随合同保存）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="67"/>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="79"/>
        <source>New term, e.g. 保密条款</source>
        <translation>新条款，例如 保密条款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="80"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="81"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="82"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="83"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="92"/>
        <source>Credit limit check (信用额度)</source>
        <translation>信用额度检查</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="96"/>
        <source>When a new contract, with the customer&apos;s open receivables, goes over the customer&apos;s credit limit.</source>
        <translation>当新合同加上客户的未收应收账款超过客户的信用额度时。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="101"/>
        <source>Over the limit:</source>
        <translation>超出额度时：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="162"/>
        <source>Add required term %1</source>
        <translation>添加必备条款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="171"/>
        <source>Remove required term %1</source>
        <translation>移除必备条款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="185"/>
        <source>Move required term %1</source>
        <translation>移动必备条款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="193"/>
        <source>Rename required term %1</source>
        <translation>重命名必备条款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="201"/>
        <source>Stop checking credit limits</source>
        <translation>不再检查信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="202"/>
        <source>Warn over credit limits</source>
        <translation>超出信用额度时提醒</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_settings_section.py" line="203"/>
        <source>Refuse contracts over credit limits</source>
        <translation>拒绝超出信用额度的合同</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="89"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="91"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="92"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="93"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="94"/>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="95"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="107"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="109"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="111"/>
        <source>No full plan</source>
        <translation>回款计划不完整</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="112"/>
        <source>Collecting</source>
        <translation>回款中</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="116"/>
        <source>Cancelled on %1: %2</source>
        <translation>已于 %1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="119"/>
        <source>The payment plan covers %1 of %2.</source>
        <translation>回款计划只覆盖了 %2 中的 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="125"/>
        <source>%1 of it overdue</source>
        <translation>其中逾期 %1</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="72"/>
        <source>Search number, customer or owner (Ctrl+F)</source>
        <translation>搜索合同编号、客户或负责人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="75"/>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="75"/>
        <source>Money open</source>
        <translation>有未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="76"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="76"/>
        <source>Paid in full</source>
        <translation>已全额回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="77"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="80"/>
        <location filename="../../gui/orders/contracts_tab.py" line="203"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="81"/>
        <location filename="../../gui/orders/contracts_tab.py" line="300"/>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="82"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="83"/>
        <source>Cancel contract…</source>
        <translation>取消合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="84"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="85"/>
        <source>Checklist…</source>
        <translation>合同合规…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="87"/>
        <source>The required terms; a draft is signed here</source>
        <translation>必备条款；草稿合同在此标记为已签订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="88"/>
        <source>Order status…</source>
        <translation>订单状态…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="90"/>
        <source>Delivered, accepted, completed — or cancelled</source>
        <translation>已交付、已验收、已完成，或取消</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="91"/>
        <source>Loading contracts…</source>
        <translation>正在读取合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="194"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="195"/>
        <source>The contracts could not be loaded: %1</source>
        <translation>无法读取合同：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="235"/>
        <source>Contracts: %4 · amount %1 · collected %2 · open %3</source>
        <translation>合同 %4 份 · 金额 %1 · 已回款 %2 · 未回款 %3</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_actions.py" line="59"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="342"/>
        <source>Cancel contract</source>
        <translation>取消合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="343"/>
        <source>%1 is collected on %2. Record a refund first, then cancel it.</source>
        <translation>合同 %2 已回款 %1。请先登记退款，再取消合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="351"/>
        <source>Cancel contract %1</source>
        <translation>取消合同 %1</translation>
    </message>
</context>
<context>
    <name>CreditPrompt</name>
    <message>
        <location filename="../../gui/orders/credit_prompt.py" line="28"/>
        <source>%1&apos;s credit limit is %2. Open receivables %3 plus this contract&apos;s %4 make %5, over the limit by %6.

Create it anyway?</source>
        <translation>%1 的信用额度为 %2。未收应收账款 %3 加上本合同 %4 共计 %5，超出额度 %6。

仍然创建吗？</translation>
    </message>
    <message>
        <location filename="../../gui/orders/credit_prompt.py" line="44"/>
        <source>Over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
</context>
<context>
    <name>CustomerContractsModel</name>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="47"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="48"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="50"/>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="51"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="53"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="58"/>
        <source>%1 of it overdue</source>
        <translation>其中逾期 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="63"/>
        <source>Cancelled on %1: %2</source>
        <translation>%1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="65"/>
        <source>Order status: %1</source>
        <translation>订单状态：%1</translation>
    </message>
</context>
<context>
    <name>CustomerOrdersPanel</name>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="132"/>
        <source>New quote…</source>
        <translation>新建报价…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="134"/>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="136"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="137"/>
        <source>A payment received on the selected contract</source>
        <translation>为选中的合同登记收到的回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="241"/>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/customer_orders_panel.py" line="263"/>
        <source>Contracts (%n)</source>
        <translation>
            <numerusform>合同（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/customer_orders_panel.py" line="264"/>
        <source>Quotes (%n)</source>
        <translation>
            <numerusform>报价（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="280"/>
        <source>Credit limit %1</source>
        <translation>信用额度 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="281"/>
        <source>No credit limit</source>
        <translation>未设信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="282"/>
        <source>open receivables %1</source>
        <translation>未收应收账款 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="284"/>
        <source>exposure %1 (with drafts to sign %2)</source>
        <translation>占用额度 %1（含待签草稿 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="287"/>
        <source>customer credit %1</source>
        <translation>客户余额 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_panel.py" line="290"/>
        <source>over the limit by %1</source>
        <translation>超出额度 %1</translation>
    </message>
</context>
<context>
    <name>CustomerQuotesModel</name>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="85"/>
        <source>Quote no.</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="86"/>
        <source>Issued</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="87"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/customer_orders_models.py" line="98"/>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>OrderStatusDialog</name>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="48"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="64"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="65"/>
        <source>Delivered on:</source>
        <translation>交付日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="66"/>
        <source>Accepted on:</source>
        <translation>验收日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="67"/>
        <source>Completed on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="68"/>
        <source>Cancelled:</source>
        <translation>已取消：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="69"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="70"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="71"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="72"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="73"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="107"/>
        <source>Contract %1 · %2 · %3 (%4)</source>
        <translation>合同 %1 · %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="115"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="138"/>
        <source>Order %1 delivered</source>
        <translation>订单 %1 已交付</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="139"/>
        <source>Order %1 accepted</source>
        <translation>订单 %1 已验收</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="140"/>
        <source>Order %1 completed</source>
        <translation>订单 %1 已完成</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="148"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="149"/>
        <source>Why is the order cancelled?</source>
        <translation>为什么取消订单？</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_status_dialog.py" line="159"/>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <location filename="../../gui/orders/order_words.py" line="14"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="15"/>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="16"/>
        <location filename="../../gui/orders/order_words.py" line="25"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="21"/>
        <source>Awaiting delivery</source>
        <translation>待交付</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="22"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="23"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="24"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="30"/>
        <source>Over credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="31"/>
        <source>Overdue &gt; 60 days</source>
        <translation>逾期超过60天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="32"/>
        <source>Disputed</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="37"/>
        <source>Don&apos;t check</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="38"/>
        <source>Warn before creating</source>
        <translation>创建前提醒</translation>
    </message>
    <message>
        <location filename="../../gui/orders/order_words.py" line="39"/>
        <source>Refuse the contract</source>
        <translation>拒绝该合同</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../gui/orders/orders_page.py" line="23"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/orders_page.py" line="25"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/orders_page.py" line="26"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/orders_page.py" line="27"/>
        <source>Credit risk</source>
        <translation>信用风险</translation>
    </message>
    <message>
        <location filename="../../gui/orders/orders_page.py" line="29"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
</context>
<context>
    <name>OrdersText</name>
    <message>
        <location filename="../../gui/orders/texts.py" line="12"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="13"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="16"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="17"/>
        <source>Bank acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="18"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="19"/>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="20"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="23"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="24"/>
        <source>1–30 days</source>
        <translation>1–30天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="25"/>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="26"/>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="27"/>
        <source>&gt;90 days</source>
        <translation>&gt;90天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="30"/>
        <source>Advance 30% / on delivery 60% / retention 10%</source>
        <translation>预付30% / 到货60% / 质保金10%</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="32"/>
        <source>Advance 50% / on acceptance 50%</source>
        <translation>预付50% / 验收50%</translation>
    </message>
    <message>
        <location filename="../../gui/orders/texts.py" line="33"/>
        <source>In full</source>
        <translation>一次付清</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="49"/>
        <source>Record refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="49"/>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="51"/>
        <source>%1 · contract %2</source>
        <translation>%1 · 合同 %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="53"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="57"/>
        <source>Refunded on</source>
        <translation>退款日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="57"/>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="65"/>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="68"/>
        <source>Bank slip or bill number</source>
        <translation>银行回单或汇票号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="69"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="71"/>
        <source>Latest paid first</source>
        <translation>最后回款的期次优先</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="72"/>
        <source>Oldest open first</source>
        <translation>最早到期的未回款期次优先</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="78"/>
        <source>%1 · due %2 · paid %3</source>
        <translation>%1 · %2 到期 · 已回款 %3</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="79"/>
        <source>%1 · due %2 · open %3</source>
        <translation>%1 · %2 到期 · 未回款 %3</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="82"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/payment_dialog.py" line="84"/>
        <source>More than is open is kept as the customer&apos;s credit.</source>
        <translation>超出未回款的部分计入客户余额。</translation>
    </message>
</context>
<context>
    <name>PaymentReminderSection</name>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="37"/>
        <source>Payment reminders</source>
        <translation>回款提醒</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="45"/>
        <source>Payments due on Today</source>
        <translation>今日页面上的到期回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="47"/>
        <source>Today lists every overdue instalment, and the instalments coming due within the days below (0: only on the day), for the contract&apos;s owner and their manager.</source>
        <translation>今日页面为合同负责人及其直属上级列出所有逾期的回款期次，以及在下列天数内到期的回款期次（0：仅在到期当天提醒）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="52"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="54"/>
        <source>Remind of payments due within</source>
        <translation>提前提醒到期回款：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="59"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/orders/reminder_settings.py" line="98"/>
        <source>Remind of payments %n day(s) ahead</source>
        <translation>提前 %n 天提醒回款</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="79"/>
        <source>Payment plan of %1</source>
        <translation>%1 的回款计划</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="86"/>
        <source>Contract amount %1. The instalments must add up to it exactly.</source>
        <translation>合同金额 %1。各期次之和必须与之完全相等。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="97"/>
        <source>Due dates are counted from this day (signing or delivery)</source>
        <translation>到期日从这一天起算（签订或到货）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="99"/>
        <source>Fill in</source>
        <translation>填入</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="100"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="102"/>
        <source>counted from</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="107"/>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="108"/>
        <source>By percentage</source>
        <translation>按比例</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="115"/>
        <source>Add instalment</source>
        <translation>添加期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="116"/>
        <source>Remove instalment</source>
        <translation>删除期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="159"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="160"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="161"/>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="161"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="166"/>
        <source>Works out at</source>
        <translation>折合金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/plan_dialog.py" line="182"/>
        <source>Instalments: %2, adding up to %1.</source>
        <translation>共 %2 期，合计 %1。</translation>
    </message>
</context>
<context>
    <name>QuoteApprovalDialog</name>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="55"/>
        <source>Quote approval %1</source>
        <translation>报价审批 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="57"/>
        <source>%1 · %2 · total %3 (discount %4)</source>
        <translation>%1 · %2 · 合计 %3（折扣 %4）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="62"/>
        <source>Product or service</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="63"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="65"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="66"/>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="72"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="67"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="70"/>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="71"/>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="73"/>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="74"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="75"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="78"/>
        <source>Comment (needed to reject)</source>
        <translation>审批意见（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="81"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="82"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="94"/>
        <source>History</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="121"/>
        <source>Approve quote %1</source>
        <translation>批准报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="122"/>
        <source>Reject quote %1</source>
        <translation>驳回报价 %1</translation>
    </message>
</context>
<context>
    <name>QuoteEditorDialog</name>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="105"/>
        <source>New Quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="125"/>
        <source>Delivery, installation, payment terms…</source>
        <translation>交货、安装、付款条件……</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="127"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="130"/>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="133"/>
        <source>Issued:</source>
        <translation>报价日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="134"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="138"/>
        <source>Type a product code or name to add a line</source>
        <translation>输入产品编码或名称添加一行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="146"/>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="148"/>
        <source>Add text line</source>
        <translation>添加文字行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="149"/>
        <source>A line of free text: a service, freight, anything not in the catalogue</source>
        <translation>自由填写的一行：服务、运费等产品目录中没有的项目</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="152"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="180"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="194"/>
        <source>Product or service</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="195"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="196"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="197"/>
        <source>Unit price</source>
        <translation>单价（不含税）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="199"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="202"/>
        <source>Approval needed beyond %1%</source>
        <translation>超过 %1% 需审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="204"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="206"/>
        <source>Amount</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="207"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="231"/>
        <source>Choose a product from the list.</source>
        <translation>请从列表中选择产品。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="243"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="278"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="288"/>
        <source>Subtotal %1 · discount %2 · tax %3 · total %4</source>
        <translation>原价合计 %1 · 折扣 %2 · 税额 %3 · 报价总计 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/quote_editor_dialog.py" line="293"/>
        <source>%n line(s) beyond the discount threshold: saving asks for approval, and the quote cannot be sent until it is approved.</source>
        <translation>
            <numerusform>%n 行折扣超过审批线：保存后将提交报价审批，批准前不能发送报价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="318"/>
        <source>New quote for %1</source>
        <translation>为 %1 新建报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="334"/>
        <source>Edit quote %1</source>
        <translation>修改报价 %1</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsSection</name>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="49"/>
        <location filename="../../gui/orders/quote_settings_section.py" line="109"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="61"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="62"/>
        <source>Approval beyond</source>
        <translation>超过即需审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="74"/>
        <source>Quote approval</source>
        <translation>报价审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="76"/>
        <source>A discount beyond</source>
        <translation>折扣超过</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="77"/>
        <source>needs approval by the owner&apos;s manager (else a sales manager, the owner or the director) before the quote can be sent. A product may have a threshold of its own; blank follows the firm&apos;s.</source>
        <translation>的报价须经负责人的上级审批（没有上级时由销售经理、老板或销售总监审批）后才能发送。产品可单独设置审批线；留空则按公司统一标准。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="122"/>
        <source>Cannot save the quote settings</source>
        <translation>无法保存报价设置</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="126"/>
        <source>Quote settings saved</source>
        <translation>报价设置已保存</translation>
    </message>
</context>
<context>
    <name>QuoteTexts</name>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="8"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="9"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="10"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="11"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="12"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="15"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="16"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="17"/>
        <source>Discount rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="18"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="38"/>
        <source>%1 rev %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="117"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="118"/>
        <source>Mark Sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="119"/>
        <source>Accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="120"/>
        <source>Rejected</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="121"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="122"/>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="123"/>
        <source>Approval…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="124"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="125"/>
        <source>Create Contract…</source>
        <translation>生成合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="126"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="145"/>
        <source>Number</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="147"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="148"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="149"/>
        <source>Issued</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="150"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="151"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="152"/>
        <source>revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="153"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="154"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/quotes_tab.py" line="179"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>共 %n 份报价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="252"/>
        <source>Send quote %1</source>
        <translation>发送报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="256"/>
        <source>Quote %1 accepted</source>
        <translation>报价 %1 已接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="260"/>
        <source>Quote %1 rejected</source>
        <translation>报价 %1 已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="264"/>
        <source>Quote %1 expired</source>
        <translation>报价 %1 已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="274"/>
        <source>Revise quote %1</source>
        <translation>修订报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="283"/>
        <source>Delete quote %1</source>
        <translation>删除报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="299"/>
        <source>Save Quote as PDF</source>
        <translation>报价另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="309"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="311"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="321"/>
        <source>Contract from quote %1</source>
        <translation>由报价 %1 生成合同</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <source>Export payments…</source>
        <translation>导出回款…</translation>
    </message>
    <message>
        <source>The payments received in the collection rate's dates, to Excel or CSV</source>
        <translation>回款率日期范围内收到的回款，导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>导出回款</translation>
    </message>
    <message>
        <source>Payments received %1 – %2: %3 totalling %4, exported to %5</source>
        <translation>%1 至 %2 收到的回款：%3 笔，合计 %4，已导出到 %5</translation>
    </message>
    <message>
        <source>The payments could not be exported: %1</source>
        <translation>回款未能导出：%1</translation>
    </message>
    <message>
        <source>Exporting payments…</source>
        <translation>正在导出回款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="93"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="95"/>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="95"/>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="96"/>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="98"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="99"/>
        <source>Receivables as of the date, to Excel or CSV</source>
        <translation>导出截至该日的应收账款（Excel 或 CSV）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="100"/>
        <source>Loading receivables…</source>
        <translation>正在读取应收账款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="108"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="118"/>
        <source>Total open</source>
        <translation>未回款合计</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="125"/>
        <source>Collection rate of</source>
        <translation>回款率 期间</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="132"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="133"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="134"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="136"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="137"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="138"/>
        <location filename="../../gui/orders/receivables_tab.py" line="146"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="139"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="141"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="145"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="147"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="204"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="205"/>
        <source>The receivables could not be loaded: %1</source>
        <translation>无法读取应收账款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="217"/>
        <source>nothing was due</source>
        <translation>期间内没有到期款项</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="219"/>
        <source>%1 (collected %2 of %3 due)</source>
        <translation>%1（应收 %3，已回款 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="233"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="234"/>
        <source>Payment cycle %1</source>
        <translation>回款周期 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="237"/>
        <source>DSO %1</source>
        <translation>DSO %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="239"/>
        <source>average days late %1</source>
        <translation>平均逾期天数 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="241"/>
        <source>paid late %1</source>
        <translation>逾期回款占比 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="260"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="263"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="300"/>
        <location filename="../../gui/orders/receivables_tab.py" line="321"/>
        <location filename="../../gui/orders/receivables_tab.py" line="325"/>
        <source>Export receivables</source>
        <translation>导出应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="302"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="317"/>
        <source>Open instalments as of %1: %3, exported to %2</source>
        <translation>截至 %1 的未回款期次 %3 条，已导出到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="326"/>
        <source>The receivables could not be exported: %1</source>
        <translation>无法导出应收账款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="328"/>
        <source>Exporting receivables…</source>
        <translation>正在导出应收账款…</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="69"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="70"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="71"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="72"/>
        <source>Open receivables</source>
        <translation>未收应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="73"/>
        <source>Over limit by</source>
        <translation>超出额度</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="74"/>
        <source>Overdue &gt; 60 days</source>
        <translation>逾期超过60天</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="76"/>
        <source>Oldest (days)</source>
        <translation>最长逾期（天）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="78"/>
        <location filename="../../gui/orders/risk_tab.py" line="92"/>
        <source>Disputed</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="80"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="80"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="85"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="86"/>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="87"/>
        <source>Instalment</source>
        <translation>回款期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="88"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="89"/>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="90"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="94"/>
        <source>In dispute with the customer (争议)</source>
        <translation>与客户存在争议</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="99"/>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="145"/>
        <source>Choose a customer to see their open instalments.</source>
        <translation>选择一个客户，查看其未收回款期次。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="158"/>
        <source>%1 customer(s) at risk</source>
        <translation>%1 个风险客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="174"/>
        <source>Open instalments of %1 on %2</source>
        <translation>%1 截至 %2 的未收回款期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="182"/>
        <source>Mark instalment %1 of %2 disputed</source>
        <translation>将 %2 第 %1 期标记为争议</translation>
    </message>
    <message>
        <location filename="../../gui/orders/risk_tab.py" line="183"/>
        <source>Clear the dispute on instalment %1 of %2</source>
        <translation>取消 %2 第 %1 期的争议标记</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>A contract number may be at most {limit} characters; this pattern gives {number}.</source>
        <translation>合同编号最多 {limit} 个字符；此规则生成的编号为 {number}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="11"/>
        <source>A contract number pattern needs exactly one sequence field (seq).</source>
        <translation>合同编号规则必须恰好包含一个序号字段（seq）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="13"/>
        <source>A contract needs a number.</source>
        <translation>合同需要编号。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="14"/>
        <source>A contract number can be at most {limit} characters long.</source>
        <translation>合同编号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="15"/>
        <source>A contract&apos;s amount must be more than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="16"/>
        <source>That customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="17"/>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="18"/>
        <source>An amount must be a number of yuan.</source>
        <translation>金额必须是以元为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="19"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="20"/>
        <source>The contract number {number} is already used.</source>
        <translation>合同编号 {number} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="21"/>
        <source>That deal does not exist.</source>
        <translation>该商机不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="22"/>
        <source>Only a won deal gets a contract.</source>
        <translation>只有赢单的商机才能创建合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="23"/>
        <source>This deal already has the contract {number}.</source>
        <translation>该商机已有合同 {number}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="24"/>
        <source>Payments are applied to this contract; it cannot be removed.</source>
        <translation>该合同已有回款核销，不能删除。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="26"/>
        <source>{file}: export to .xlsx or .csv.</source>
        <translation>{file}：只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="27"/>
        <source>“{value}” is not a payment method.</source>
        <translation>“{value}”不是有效的回款方式。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="28"/>
        <source>A payment&apos;s amount must be more than zero.</source>
        <translation>回款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="29"/>
        <source>A reference can be at most {limit} characters long.</source>
        <translation>流水号/票据号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="30"/>
        <source>A later payment or refund depends on this one; undo that first.</source>
        <translation>之后的回款或退款依赖于这一笔，请先撤销那一笔。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="32"/>
        <source>That contract is another customer&apos;s.</source>
        <translation>该合同属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="33"/>
        <source>That instalment does not exist.</source>
        <translation>该回款期次不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="34"/>
        <source>That instalment is not on this customer&apos;s contract.</source>
        <translation>该回款期次不在此客户的合同上。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="35"/>
        <source>The refund is more than the customer has paid ({paid}).</source>
        <translation>退款金额超过了客户已付金额（{paid}）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="36"/>
        <source>This payment no longer exists.</source>
        <translation>该回款记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="37"/>
        <source>There is no payment plan template {key}.</source>
        <translation>没有名为 {key} 的回款计划模板。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="38"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="39"/>
        <source>Every instalment&apos;s percentage must be more than zero.</source>
        <translation>每一期的比例都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="40"/>
        <source>The percentages add up to {sum} %, not 100 %.</source>
        <translation>各期比例合计为 {sum}%，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="41"/>
        <source>{amount} is too small to split this way.</source>
        <translation>{amount} 金额太小，无法按此方式拆分。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="42"/>
        <source>Give every instalment a percentage, or every one an amount.</source>
        <translation>请为每一期都填写比例，或都填写金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="44"/>
        <source>Only the last instalment may be left without an amount.</source>
        <translation>只有最后一期可以不填金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="45"/>
        <source>Every instalment&apos;s amount must be more than zero.</source>
        <translation>每一期的金额都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="46"/>
        <source>The instalments add up to {sum}, not the contract amount {amount}.</source>
        <translation>各期金额合计为 {sum}，与合同金额 {amount} 不符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="48"/>
        <source>An instalment&apos;s label can be at most {limit} characters long.</source>
        <translation>期次名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="50"/>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="51"/>
        <source>Payments are applied to this plan; it cannot be replaced.</source>
        <translation>该回款计划已有回款核销，不能替换。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="52"/>
        <source>This instalment no longer exists.</source>
        <translation>该回款期次已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="98"/>
        <source>“{value}” is not a credit policy (off, warn or block).</source>
        <translation>“{value}”不是信用额度检查方式（off、warn 或 block）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="99"/>
        <source>{customer}&apos;s credit limit is {limit}: open receivables {open} plus this {amount} make {exposure}.</source>
        <translation>{customer} 的信用额度为 {limit}：未收应收账款 {open} 加上本次 {amount} 共计 {exposure}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="101"/>
        <source>A required term needs a name.</source>
        <translation>必备条款需要名称。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="102"/>
        <source>A required term can be at most {limit} characters long.</source>
        <translation>必备条款名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="103"/>
        <source>The required term {name} is listed twice.</source>
        <translation>必备条款 {name} 重复列出。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="104"/>
        <source>That required term does not exist.</source>
        <translation>该必备条款不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="105"/>
        <source>A reason can be at most {limit} characters long.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="106"/>
        <source>The contract {number} is already signed.</source>
        <translation>合同 {number} 已签订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="107"/>
        <source>The contract {number} is cancelled; it cannot be signed.</source>
        <translation>合同 {number} 已取消，不能签订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="108"/>
        <source>The contract {number} cannot be signed: {terms} not ticked. An approver may sign it anyway with a reason.</source>
        <translation>合同 {number} 不能签订：{terms} 未勾选。审批人可填写原因后仍然签订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="110"/>
        <source>Say who approves signing over missing terms.</source>
        <translation>请说明由谁批准在条款缺失时签订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="111"/>
        <source>{person} may not sign over missing terms: a manager, director or owner may, or the contract owner&apos;s manager.</source>
        <translation>{person} 无权在条款缺失时签订：只有销售经理、销售总监、老板或合同负责人的上级可以。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="113"/>
        <source>“{value}” is not an order step (delivered, accepted or done).</source>
        <translation>“{value}”不是订单步骤（delivered、accepted 或 done）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="115"/>
        <source>The order {number} is cancelled.</source>
        <translation>订单 {number} 已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="116"/>
        <source>Sign the contract {number} before its order moves on.</source>
        <translation>请先签订合同 {number}，订单才能继续推进。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="117"/>
        <source>The order {number} is already past that step.</source>
        <translation>订单 {number} 已过了这一步。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="118"/>
        <source>That date is before the order&apos;s previous step ({date}).</source>
        <translation>该日期早于订单的上一步（{date}）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="119"/>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消订单的原因。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="120"/>
        <source>The order {number} is done; it cannot be cancelled.</source>
        <translation>订单 {number} 已完成，不能取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="121"/>
        <source>There is no contract {number}.</source>
        <translation>没有合同 {number}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="54"/>
        <source>Notes can be at most {limit} characters long.</source>
        <translation>备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="55"/>
        <source>Only a sent quote can be accepted or rejected.</source>
        <translation>只有已发送的报价才能标记为接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="56"/>
        <source>A discount or tax rate must be between 0 and 100 %.</source>
        <translation>折扣和税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="57"/>
        <source>A line&apos;s text can be at most {limit} characters long.</source>
        <translation>每行内容最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="58"/>
        <source>A unit can be at most {limit} characters long.</source>
        <translation>单位最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="59"/>
        <source>Every line needs a product or a description.</source>
        <translation>每一行都需要选择产品或填写内容。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="60"/>
        <source>A quantity must be a number.</source>
        <translation>数量必须是数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="61"/>
        <source>A quantity must be more than zero, with at most two decimals.</source>
        <translation>数量必须大于零，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="63"/>
        <source>A line&apos;s price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="64"/>
        <source>A quote needs at least one line.</source>
        <translation>报价至少需要一行。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="65"/>
        <source>A quote cannot be valid until a day before it is issued.</source>
        <translation>有效期不能早于报价日期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="66"/>
        <source>A quote needs a customer or a deal.</source>
        <translation>报价需要指定客户或商机。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="67"/>
        <source>Only a draft can be sent.</source>
        <translation>只有草稿才能发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="68"/>
        <source>Only a draft or a sent quote can expire.</source>
        <translation>只有草稿或已发送的报价才能标记为过期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="69"/>
        <source>That product does not exist.</source>
        <translation>该产品不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="70"/>
        <source>A price must be a number of yuan.</source>
        <translation>单价必须是以元为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="71"/>
        <source>That deal is another customer&apos;s.</source>
        <translation>该商机属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="72"/>
        <source>Only a draft can be changed; revise the quote instead.</source>
        <translation>只有草稿可以修改；请修订该报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="73"/>
        <source>This quote expired on {date}; revise it to quote again.</source>
        <translation>该报价已于 {date} 过期；请修订后重新报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="74"/>
        <source>A draft is changed as it is; it needs no revision.</source>
        <translation>草稿可直接修改，无需修订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="75"/>
        <source>An accepted quote cannot be revised.</source>
        <translation>已接受的报价不能修订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="76"/>
        <source>Only a draft can be removed.</source>
        <translation>只有草稿可以删除。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="77"/>
        <source>This quote waits for approval; it cannot be sent yet.</source>
        <translation>该报价正在等待审批，暂时不能发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="78"/>
        <source>This quote&apos;s discount was rejected; change the lines (or revise) before sending.</source>
        <translation>该报价的折扣已被驳回；请修改明细（或修订报价）后再发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="81"/>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>审批意见最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="82"/>
        <source>Choose who you are (Settings ▸ General ▸ I am) to decide approvals.</source>
        <translation>请先选择你是谁（设置 ▸ 常规 ▸ 我是），再进行审批。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="84"/>
        <source>A discount threshold must be between 0 and 100 %.</source>
        <translation>审批线必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="85"/>
        <source>This quote has no approval waiting.</source>
        <translation>该报价没有待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="86"/>
        <source>Only the approver, the owner or the director may decide this request, and never the person who asked.</source>
        <translation>只有审批人、老板或销售总监可以审批，申请人不能审批自己的申请。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="89"/>
        <source>Say why the discount is rejected.</source>
        <translation>请填写驳回折扣的理由。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="90"/>
        <source>This quote no longer exists.</source>
        <translation>该报价已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="91"/>
        <source>There is no quote {number}.</source>
        <translation>没有编号为 {number} 的报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="92"/>
        <source>Only an accepted quote becomes a contract.</source>
        <translation>只有已接受的报价才能生成合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="93"/>
        <source>This quote has a later revision; work on that one.</source>
        <translation>该报价已有更新的版本，请在新版本上操作。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="122"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>期间的结束日（{end}）早于开始日（{start}）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="123"/>
        <source>“{value}” is not a number of days.</source>
        <translation>“{value}”不是天数。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="124"/>
        <source>Remind between 0 and {max} days ahead.</source>
        <translation>提前提醒的天数须在 0 到 {max} 天之间。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="125"/>
        <source>Give a reason for cancelling the contract.</source>
        <translation>请填写取消合同的原因。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="126"/>
        <source>The contract {number} is already cancelled.</source>
        <translation>合同 {number} 已经取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="127"/>
        <source>Payments are applied to the contract {number}; refund them before cancelling it.</source>
        <translation>合同 {number} 已有回款冲抵，请先退款再取消合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="129"/>
        <source>The contract {number} is cancelled.</source>
        <translation>合同 {number} 已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="130"/>
        <source>This instalment is paid in full; there is nothing to reschedule.</source>
        <translation>该期次已全额回款，无需调整到期日。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="132"/>
        <source>The customer has no credit to apply.</source>
        <translation>该客户没有可用的余额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="133"/>
        <source>Nothing is open to apply the credit to.</source>
        <translation>没有可用余额冲抵的未回款期次。</translation>
    </message>
</context>
</TS>
