<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="52"/>
        <source>Leaving: %1</source>
        <translation>离职交接：%1</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="66"/>
        <source>Still owns</source>
        <translation>名下仍有</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="76"/>
        <source>&amp;Last day:</source>
        <translation>最后工作日(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="78"/>
        <source>Hand over to &amp;one person</source>
        <translation>交接给一个人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="80"/>
        <source>&amp;Split among the team</source>
        <translation>在团队中平均分配(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="102"/>
        <source>&amp;Targets and reports go to:</source>
        <translation>目标和直属下级交给(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="106"/>
        <source>Who takes over</source>
        <translation>由谁接手</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="122"/>
        <source>&amp;Hand Over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="146"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="146"/>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="147"/>
        <source>Personal targets (this year on)</source>
        <translation>个人目标（本年度起）</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="148"/>
        <source>Open action items</source>
        <translation>未完成的行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="149"/>
        <source>Direct reports</source>
        <translation>直属下级</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="166"/>
        <source>%1 (%2) has a last day already (%3); what they still own is listed below.</source>
        <translation>%1（%2）已有最后工作日（%3）；名下仍有的内容列在下面。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="169"/>
        <source>%1 (%2) leaves. What they still own goes to the people chosen below; Undo (Ctrl+Z) puts it all back.</source>
        <translation>%1（%2）离职。名下仍有的内容交给下面选择的人；撤销（Ctrl+Z）可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="172"/>
        <source>%1 (%2) leaves. They own nothing that needs handing over.</source>
        <translation>%1（%2）离职。名下没有需要交接的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="215"/>
        <source>Check at least one person.</source>
        <translation>请至少勾选一人。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="218"/>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="219"/>
        <source>%1 deals</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="223"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="223"/>
        <source>Each person gets %1.</source>
        <translation>每人分到 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="235"/>
        <source>%1 leaves</source>
        <translation>%1 离职交接</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="255"/>
        <source>Cannot hand over</source>
        <translation>无法交接</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="12"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="13"/>
        <source>A person who leaves cannot hand over to themselves.</source>
        <translation>离职人员不能交接给自己。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="14"/>
        <source>A person to hand over to does not exist.</source>
        <translation>接手人不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="15"/>
        <source>{name} has left and cannot take over.</source>
        <translation>{name} 已离职，不能接手。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="16"/>
        <source>{name} still owns records: choose who takes them over.</source>
        <translation>{name} 名下仍有记录：请选择由谁接手。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="17"/>
        <source>No person is called {name}.</source>
        <translation>没有名为 {name} 的人员。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="18"/>
        <source>Several people are called {name}.</source>
        <translation>有多人名为 {name}。</translation>
    </message>
</context>
</TS>
