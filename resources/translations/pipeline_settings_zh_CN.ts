<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PipelineSettingsSection</name>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="50" />
        <location filename="../../gui/pipeline/settings_section.py" line="111" />
        <source>Pipelines</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="64" />
        <source>Stages, default probabilities and rotting thresholds of each sales pipeline. Every change can be undone with Ctrl+Z.</source>
        <translation>设置每个销售流程的阶段、默认赢率和停滞天数。每项修改都可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="120" />
        <location filename="../../gui/pipeline/settings_section.py" line="198" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="122" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="133" />
        <location filename="../../gui/pipeline/settings_section.py" line="285" />
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="151" />
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="153" />
        <source>Delete Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="155" />
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="157" />
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="159" />
        <source>Use Suggested</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="162" />
        <source>Set the stage's default probability to the win rate observed over the last 12 months.</source>
        <translation>将此阶段的默认赢率设为近 12 个月实际观察到的赢单率。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="164" />
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="165" />
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="175" />
        <source>Double-click a cell to edit. Won and lost stages always count as 100 % and 0 %.</source>
        <translation>双击单元格即可编辑。赢单阶段始终按 100% 计，输单阶段始终按 0% 计。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="190" />
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="199" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="201" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="202" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="212" />
        <source>Forecast categories</source>
        <translation>预测分类</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="221" />
        <source>Open deals are forecast by their probability: at or above the commit band they count as commit, at or above the best-case band as best case, the rest as pipeline.</source>
        <translation>进行中的商机按赢率归类：达到“承诺”线的计入承诺，达到“最佳情况”线的计入最佳情况，其余计入管道。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="229" />
        <source>Commit from:</source>
        <translation>承诺（不低于）：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="230" />
        <source>Best case from:</source>
        <translation>最佳情况（不低于）：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="284" />
        <source>Stages of %1</source>
        <translation>%1的阶段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="364" />
        <source>Pipeline “%1” still holds %n deal(s). Move them to another pipeline first.</source>
        <translation>
            <numerusform>销售流程“%1”中还有 %n 个商机，请先将它们移到其他流程。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="366" />
        <source>Stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>阶段“%1”中还有 %n 个商机，请先将它们移到其他阶段。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="371" />
        <source>That name is already used. Choose another name.</source>
        <translation>该名称已被使用，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="373" />
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="375" />
        <source>Every pipeline needs at least one open, one won and one lost stage.</source>
        <translation>每个销售流程至少需要一个进行中阶段、一个赢单阶段和一个输单阶段。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="378" />
        <source>Sailplan needs at least one pipeline.</source>
        <translation>至少需要保留一个销售流程。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="380" />
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>赢率必须是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="382" />
        <source>Rotting days must be at least 1 (or empty for never).</source>
        <translation>停滞天数至少为 1（留空表示从不停滞）。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="384" />
        <source>The best-case band cannot start above the commit band.</source>
        <translation>最佳情况线不能高于承诺线。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="401" />
        <source>New pipeline</source>
        <translation>新销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="408" />
        <source>Add pipeline</source>
        <translation>添加销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="417" />
        <source>Rename pipeline</source>
        <translation>重命名销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="427" />
        <source>Delete pipeline “%1”</source>
        <translation>删除销售流程“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="439" />
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="446" />
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="466" />
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="466" />
        <source>Change probability</source>
        <translation>修改赢率</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="467" />
        <source>Change rotting days</source>
        <translation>修改停滞天数</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="468" />
        <source>Fold stage</source>
        <translation>折叠阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="468" />
        <source>Unfold stage</source>
        <translation>展开阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="470" />
        <source>Edit stage</source>
        <translation>编辑阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="489" />
        <source>Delete stage “%1”</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="506" />
        <source>Move stage</source>
        <translation>移动阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="521" />
        <source>Edit lost reasons</source>
        <translation>编辑输单原因</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="540" />
        <source>Remove lost reason</source>
        <translation>移除输单原因</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="550" />
        <source>Reorder lost reasons</source>
        <translation>调整输单原因顺序</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="566" />
        <source>Change forecast categories</source>
        <translation>修改预测分类</translation>
    </message>
</context>
<context>
    <name>PipelinesModel</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_pipelines_model.py" line="51" />
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform></translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>Rotting after (days)</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>Folded</source>
        <translation>折叠</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>History suggests</source>
        <translation>历史建议</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="77" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="79" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="80" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="94" />
        <source>A deal sitting in this stage longer than this many days is marked as rotting, unless a future follow-up is booked. Empty: never.</source>
        <translation>商机在此阶段停留超过该天数即标记为停滞（已预约后续跟进的除外）。留空表示从不停滞。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_stages_model.py" line="125" />
        <source>too few (%n)</source>
        <translation>
            <numerusform>样本不足（%n）</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="128" />
        <source>Deals that reached this stage in the last 12 months and are now closed: %1, of them won: %2 (%3). A suggestion needs at least %4 closed deals.</source>
        <translation>近 12 个月到达此阶段且已结束的商机：%1 个，其中赢单 %2 个（%3）。至少需要 %4 个已结束商机才给出建议。</translation>
    </message>
</context>
</TS>