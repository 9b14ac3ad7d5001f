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
    <name>ContractDialog</name>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="53"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="56"/>
        <source>From a won deal</source>
        <translation>由赢单商机生成</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="57"/>
        <source>By hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="75"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="77"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="81"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="83"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="87"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="90"/>
        <source>Empty: the next number, like %1</source>
        <translation>留空：自动取下一个编号，如 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="92"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="95"/>
        <source>Payment terms, delivery, acceptance, invoice…</source>
        <translation>付款条件、交付、验收、发票……</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_dialog.py" line="97"/>
        <source>Terms</source>
        <translation>合同条款</translation>
    </message>
</context>
<context>
    <name>ContractPane</name>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="78"/>
        <source>Apply credit</source>
        <translation>使用客户余额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="79"/>
        <source>Use the customer&apos;s credit for the open instalments, oldest first</source>
        <translation>用客户余额冲抵未回款期次，最早到期的优先</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="81"/>
        <source>Edit plan…</source>
        <translation>编辑回款计划…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="82"/>
        <source>Reschedule…</source>
        <translation>调整到期日…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="83"/>
        <source>Invoiced…</source>
        <translation>开票…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="84"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="85"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="86"/>
        <source>Record refund…</source>
        <translation>登记退款…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="88"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="89"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="90"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="91"/>
        <location filename="../../gui/orders/contract_pane.py" line="99"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="92"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="93"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="94"/>
        <location filename="../../gui/orders/contract_pane.py" line="263"/>
        <location filename="../../gui/orders/contract_pane.py" line="269"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="98"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="100"/>
        <source>On this contract</source>
        <translation>计入本合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="102"/>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="103"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="111"/>
        <location filename="../../gui/orders/contract_pane.py" line="232"/>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="118"/>
        <source>Payments</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="174"/>
        <source>Choose a contract to see its payment plan.</source>
        <translation>选择一份合同以查看其回款计划。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="184"/>
        <source>Cancelled on %1: %2</source>
        <translation>已于 %1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="187"/>
        <source>Collected %1 · open %2</source>
        <translation>已回款 %1 · 未回款 %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="191"/>
        <source>Customer credit: %1</source>
        <translation>客户余额：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="233"/>
        <source>Payments are applied to this plan, so it cannot be replaced. Reschedule an open instalment instead, or record a refund first.</source>
        <translation>此回款计划已有回款冲抵，不能整体替换。请改为调整未回款期次的到期日，或先登记退款。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="239"/>
        <source>Set payment plan of %1</source>
        <translation>设置 %1 的回款计划</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="248"/>
        <source>Reschedule</source>
        <translation>调整到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="249"/>
        <source>New due date of instalment %1:</source>
        <translation>期次 %1 的新到期日：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="252"/>
        <source>Reschedule instalment of %1</source>
        <translation>调整 %1 的期次到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="264"/>
        <source>Instalment %1 was invoiced on %2. Clear the invoice date?</source>
        <translation>期次 %1 已于 %2 开票。要清除开票日期吗？</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="266"/>
        <source>Clear invoice date of %1</source>
        <translation>清除 %1 的开票日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="270"/>
        <source>Invoice issued for instalment %1 on:</source>
        <translation>期次 %1 的开票日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="272"/>
        <source>Mark invoiced on %1</source>
        <translation>标记 %1 已开票</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="292"/>
        <source>Record refund of %1</source>
        <translation>登记 %1 的退款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="297"/>
        <source>Record payment of %1</source>
        <translation>登记 %1 的回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="303"/>
        <source>%1 more than was open is kept as the customer&apos;s credit.</source>
        <translation>超出未回款部分的 %1 已计入客户余额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_pane.py" line="314"/>
        <source>Apply credit to %1</source>
        <translation>用客户余额冲抵 %1</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="88"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="89"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="90"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="91"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="92"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="93"/>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="94"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="104"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="106"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="108"/>
        <source>No full plan</source>
        <translation>回款计划不完整</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="109"/>
        <source>Collecting</source>
        <translation>回款中</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="113"/>
        <source>Cancelled on %1: %2</source>
        <translation>已于 %1 取消：%2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="116"/>
        <source>The payment plan covers %1 of %2.</source>
        <translation>回款计划只覆盖了 %2 中的 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contract_table_model.py" line="122"/>
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
        <location filename="../../gui/orders/contracts_tab.py" line="191"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="81"/>
        <location filename="../../gui/orders/contracts_tab.py" line="288"/>
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
        <source>Loading contracts…</source>
        <translation>正在读取合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="182"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="183"/>
        <source>The contracts could not be loaded: %1</source>
        <translation>无法读取合同：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="223"/>
        <source>Contracts: %4 · amount %1 · collected %2 · open %3</source>
        <translation>合同 %4 份 · 金额 %1 · 已回款 %2 · 未回款 %3</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="314"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="326"/>
        <source>Cancel contract</source>
        <translation>取消合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="327"/>
        <source>%1 is collected on %2. Record a refund first, then cancel it.</source>
        <translation>合同 %2 已回款 %1。请先登记退款，再取消合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/contracts_tab.py" line="335"/>
        <source>Cancel contract %1</source>
        <translation>取消合同 %1</translation>
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
    <name>ReceivablesTab</name>
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
        <location filename="../../gui/orders/receivables_tab.py" line="106"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="116"/>
        <source>Total open</source>
        <translation>未回款合计</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="123"/>
        <source>Collection rate of</source>
        <translation>回款率 期间</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="129"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="130"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="131"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="133"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="134"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="135"/>
        <location filename="../../gui/orders/receivables_tab.py" line="143"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="136"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="138"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="142"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="144"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="201"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="202"/>
        <source>The receivables could not be loaded: %1</source>
        <translation>无法读取应收账款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="214"/>
        <source>nothing was due</source>
        <translation>期间内没有到期款项</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="216"/>
        <source>%1 (collected %2 of %3 due)</source>
        <translation>%1（应收 %3，已回款 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="235"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="238"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="275"/>
        <location filename="../../gui/orders/receivables_tab.py" line="296"/>
        <location filename="../../gui/orders/receivables_tab.py" line="300"/>
        <source>Export receivables</source>
        <translation>导出应收账款</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="277"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="292"/>
        <source>Open instalments as of %1: %3, exported to %2</source>
        <translation>截至 %1 的未回款期次 %3 条，已导出到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="301"/>
        <source>The receivables could not be exported: %1</source>
        <translation>无法导出应收账款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/receivables_tab.py" line="303"/>
        <source>Exporting receivables…</source>
        <translation>正在导出应收账款…</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
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
        <location filename="../../gui/orders/error_texts.py" line="53"/>
        <source>Give a reason for cancelling the contract.</source>
        <translation>请填写取消合同的原因。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="54"/>
        <source>A reason can be at most {limit} characters long.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="55"/>
        <source>The contract {number} is already cancelled.</source>
        <translation>合同 {number} 已经取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="56"/>
        <source>Payments are applied to the contract {number}; refund them before cancelling it.</source>
        <translation>合同 {number} 已有回款冲抵，请先退款再取消合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="58"/>
        <source>The contract {number} is cancelled.</source>
        <translation>合同 {number} 已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="59"/>
        <source>This instalment is paid in full; there is nothing to reschedule.</source>
        <translation>该期次已全额回款，无需调整到期日。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="61"/>
        <source>The customer has no credit to apply.</source>
        <translation>该客户没有可用的余额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="62"/>
        <source>Nothing is open to apply the credit to.</source>
        <translation>没有可用余额冲抵的未回款期次。</translation>
    </message>
</context>
</TS>
