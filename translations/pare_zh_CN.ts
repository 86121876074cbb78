<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="20"/>
        <source>Pare: a workbench for compressing neural-network models.</source>
        <translation>Pare：神经网络模型压缩工作台。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="24"/>
        <source>Model or project to open.</source>
        <translation>要打开的模型或项目。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="28"/>
        <source>Try &apos;pare --help&apos;.</source>
        <translation>请尝试 &apos;pare --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="41"/>
        <source>expected at most one file, got %1</source>
        <translation>最多只能指定一个文件，实际为 %1 个</translation>
    </message>
</context>
<context>
    <name>pare::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="175"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="183"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>pare::ui::ChannelRangeChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="33"/>
        <source>output channel</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="36"/>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="56"/>
        <source>min–max range</source>
        <translation>最小–最大范围</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="59"/>
        <source>largest |w|</source>
        <translation>最大 |w|</translation>
    </message>
</context>
<context>
    <name>pare::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="24"/>
        <source>Tick the variants to show; double-click a name to rename it.</source>
        <translation>勾选要显示的变体；双击名称可重命名。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="26"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="27"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="28"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="29"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="30"/>
        <source>What the per-layer bars compare.</source>
        <translation>逐层柱状图所比较的指标。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="35"/>
        <source>Copy the selected variant (to compare a renamed copy).</source>
        <translation>复制所选变体（以便比较重命名后的副本）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="36"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="37"/>
        <source>Remove the selected variant.</source>
        <translation>移除所选变体。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="38"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="39"/>
        <source>Give the selected variant a new name (or double-click it).</source>
        <translation>为所选变体重新命名（或双击它）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="53"/>
        <source>Per-layer chart:</source>
        <translation>逐层图表：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="164"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="225"/>
        <source>Size against error</source>
        <translation>大小与误差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="226"/>
        <source>size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="227"/>
        <source>relative weight error (%)</source>
        <translation>相对权重误差 (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="232"/>
        <source>Compute a variant to compare it with the original</source>
        <translation>计算一个变体以与原始模型比较</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="233"/>
        <source>Tick a variant to show it</source>
        <translation>勾选变体以显示</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="284"/>
        <source>Size per layer, original and variants</source>
        <translation>逐层大小：原始模型与变体</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="285"/>
        <source>size (KB)</source>
        <translation>大小 (KB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="288"/>
        <source>Multiply-accumulates per layer</source>
        <translation>逐层乘加运算次数</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="289"/>
        <source>MACs (millions)</source>
        <translation>MACs（百万）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="292"/>
        <source>Measured latency per layer (batch 1)</source>
        <translation>逐层实测延迟（批大小 1）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="293"/>
        <source>median time (µs)</source>
        <translation>中位时间 (µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="296"/>
        <source>Weight error per layer</source>
        <translation>逐层权重误差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="297"/>
        <source>relative Frobenius error (%)</source>
        <translation>相对 Frobenius 误差 (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="301"/>
        <location filename="../ui/compare/comparepanel.cpp" line="339"/>
        <location filename="../ui/compare/comparepanel.cpp" line="344"/>
        <location filename="../ui/compare/comparepanel.cpp" line="347"/>
        <source>Original</source>
        <translation>原始模型</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Size against perplexity (lower is better)</source>
        <translation>大小与困惑度（越低越好）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="338"/>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="342"/>
        <source>Size against accuracy drop</source>
        <translation>大小与准确率下降</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="343"/>
        <source>accuracy drop (percentage points)</source>
        <translation>准确率下降（百分点）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="355"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× smaller)&lt;br&gt;MACs ÷ %4&lt;br&gt;error %5 %, SQNR %6 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2（缩小 %3×）&lt;br&gt;MACs ÷ %4&lt;br&gt;误差 %5 %，SQNR %6 dB</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="364"/>
        <source>&lt;br&gt;speed-up %1× (%2 → %3 µs)</source>
        <translation>&lt;br&gt;加速 %1×（%2 → %3 µs）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="368"/>
        <source>&lt;br&gt;perplexity %1 → %2 (%3 %), KL %4</source>
        <translation>&lt;br&gt;困惑度 %1 → %2（%3 %），KL %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="373"/>
        <source>&lt;br&gt;accuracy %1 % → %2 % (%3 points)</source>
        <translation>&lt;br&gt;准确率 %1 % → %2 %（%3 个百分点）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="396"/>
        <source>No variant shown.</source>
        <translation>未显示任何变体。</translation>
    </message>
</context>
<context>
    <name>pare::ui::CompressionPanel</name>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="74"/>
        <source>&amp;Compute Variant</source>
        <translation>计算变体(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="74"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="75"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="77"/>
        <source>All layers (defaults)</source>
        <translation>所有层（默认）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>Edit the defaults for every layer, or an override for the layer selected in the Model dock.</source>
        <translation>编辑所有层的默认设置，或为“模型”面板中所选的层设置覆盖项。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="85"/>
        <source>Compress the model with this recipe in the background and add the result to the Compare dock.</source>
        <translation>在后台按此配方压缩模型，并将结果添加到“比较”面板。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="87"/>
        <source>Rules apply in order after the defaults; a later rule overrides an earlier one for the layers it matches.</source>
        <translation>规则在默认设置之后依次应用；对于所匹配的层，后面的规则覆盖前面的规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="91"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="92"/>
        <source>Load a recipe (JSON) saved by Pare or written by hand.</source>
        <translation>加载由 Pare 保存或手工编写的配方 (JSON)。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="93"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="94"/>
        <source>Save this recipe as JSON, for pare-cli or another session.</source>
        <translation>将此配方保存为 JSON，供 pare-cli 或其他会话使用。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="95"/>
        <source>Add a rule: layers matching a name pattern (glob or re:regex) and op kinds keep their original weights or get their own settings.</source>
        <translation>添加规则：名称匹配某一模式（通配符或 re:regex）且算子类型相符的层保留原始权重，或使用各自的设置。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="97"/>
        <source>Change the selected rule (or double-click it).</source>
        <translation>修改所选规则（或双击它）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="100"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="101"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="102"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="103"/>
        <source>Delete the selected rule.</source>
        <translation>删除所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="104"/>
        <source>Apply the selected rule earlier.</source>
        <translation>提前应用所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="105"/>
        <source>Apply the selected rule later.</source>
        <translation>推后应用所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="133"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="172"/>
        <source>Open Recipe</source>
        <translation>打开配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="172"/>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>Recipes (*.json)</source>
        <translation>配方 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>Save Recipe</source>
        <translation>保存配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="177"/>
        <source>recipe.json</source>
        <translation>配方.json</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="459"/>
        <source>Add rule %1</source>
        <translation>添加规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="476"/>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="487"/>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="498"/>
        <source>Reorder rules</source>
        <translation>调整规则顺序</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="207"/>
        <source>&lt;b&gt;Estimate&lt;/b&gt; — weights %1 → &lt;b&gt;%2&lt;/b&gt; (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 % (relative, parameter-weighted)</source>
        <translation>&lt;b&gt;估算&lt;/b&gt; — 权重 %1 → &lt;b&gt;%2&lt;/b&gt;（缩小 %3×）&lt;br&gt;MACs %4 → %5&lt;br&gt;误差 %6 %（相对值，按参数量加权）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="217"/>
        <source> (err %1 %)</source>
        <translation>（误差 %1 %）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="434"/>
        <source>Variant %1</source>
        <translation>变体 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="444"/>
        <source>Compute %1</source>
        <translation>计算 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="274"/>
        <source>Open a model to see the estimated size, MACs and error.</source>
        <translation>打开模型以查看估算的大小、MACs 和误差。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="277"/>
        <source>Preparing estimates…</source>
        <translation>正在准备估算…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="294"/>
        <source>Prepare estimates</source>
        <translation>准备估算</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="307"/>
        <source>Selected layer: %1</source>
        <translation>所选层：%1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="351"/>
        <source>keep original</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="353"/>
        <source>prune %1</source>
        <translation>剪枝 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="355"/>
        <source>quantize %1</source>
        <translation>量化 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="357"/>
        <source>low-rank %1</source>
        <translation>低秩 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="358"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="381"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="384"/>
        <source>Change defaults</source>
        <translation>修改默认设置</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="394"/>
        <source>Change recipe</source>
        <translation>修改配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="406"/>
        <source>&lt;b&gt;Recipe problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;配方问题：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="541"/>
        <source>Open recipe</source>
        <translation>打开配方</translation>
    </message>
</context>
<context>
    <name>pare::ui::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="24"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="27"/>
        <source>&amp;Compressed Model…</source>
        <translation>压缩模型(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="29"/>
        <source>Write the newest variant as a Pare file, safetensors, GGUF for llama.cpp, ONNX with Q/DQ, a decompressed copy or a Hugging Face directory.</source>
        <translation>将最新的变体导出为 Pare 文件、safetensors、适用于 llama.cpp 的 GGUF、带 Q/DQ 的 ONNX、解压后的副本或 Hugging Face 目录。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="31"/>
        <source>&amp;Recipe…</source>
        <translation>配方(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>Export Recipe</source>
        <translation>导出配方</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>recipe.json</source>
        <translation>配方.json</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>Recipes (*.json)</source>
        <translation>配方 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="39"/>
        <source>&amp;llama-quantize Arguments…</source>
        <translation>llama-quantize 参数(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="40"/>
        <source>Export llama-quantize Arguments</source>
        <translation>导出 llama-quantize 参数</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>llama-quantize.sh</source>
        <translation>llama-quantize.sh</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>Shell scripts (*.sh *.txt)</source>
        <translation>Shell 脚本 (*.sh *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="46"/>
        <source>ll&amp;m-compressor Recipe…</source>
        <translation>llm-compressor 配方(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>Export llm-compressor Recipe</source>
        <translation>导出 llm-compressor 配方</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>recipe.yaml</source>
        <translation>配方.yaml</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="80"/>
        <source>Pare variant (*.pare)</source>
        <translation>Pare 变体 (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="81"/>
        <source>Encoded safetensors (*.safetensors)</source>
        <translation>编码的 safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>GGUF for llama.cpp (*.gguf)</source>
        <translation>适用于 llama.cpp 的 GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>ONNX with Q/DQ for ONNX Runtime (*.onnx)</source>
        <translation>带 Q/DQ 的 ONNX，用于 ONNX Runtime (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="85"/>
        <source>Decompressed Hugging Face directory (*)</source>
        <translation>解压后的 Hugging Face 目录 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="86"/>
        <source>Decompressed copy (*%1)</source>
        <translation>解压后的副本 (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Hugging Face directory (*)</source>
        <translation>Hugging Face 目录 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="95"/>
        <source>Export Compressed Model</source>
        <translation>导出压缩模型</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="139"/>
        <source>writing %1 bytes</source>
        <translation>正在写入 %1 字节</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="150"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="174"/>
        <location filename="../ui/export/exportmenu.cpp" line="182"/>
        <location filename="../ui/export/exportmenu.cpp" line="196"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="198"/>
        <source>Wrote %1: %2 bytes (the variant&apos;s encoded size is %3 bytes).</source>
        <translation>已写入 %1：%2 字节（该变体的编码大小为 %3 字节）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="204"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>pare::ui::FrontChart</name>
    <message>
        <location filename="../ui/solve/frontchart.cpp" line="75"/>
        <source>%1, log scale</source>
        <translation>%1，对数刻度</translation>
    </message>
</context>
<context>
    <name>pare::ui::HistogramChart</name>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="73"/>
        <source>Drag across the chart to zoom into a range of values; right-click to show the whole range again.</source>
        <translation>在图表上拖动可放大某一数值范围；右键单击可重新显示完整范围。</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="95"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="115"/>
        <source>count (log scale)</source>
        <translation>计数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="115"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="146"/>
        <location filename="../ui/charts/histogramchart.cpp" line="253"/>
        <source>clipped</source>
        <translation>已截断</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="163"/>
        <location filename="../ui/charts/histogramchart.cpp" line="223"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="170"/>
        <location filename="../ui/charts/histogramchart.cpp" line="237"/>
        <source>decoded</source>
        <translation>解码后</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="195"/>
        <source>%1 levels</source>
        <translation>%1 个级别</translation>
    </message>
</context>
<context>
    <name>pare::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="33"/>
        <source>&amp;Log counts</source>
        <translation>对数计数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="65"/>
        <source> bins</source>
        <translation> 个区间</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="66"/>
        <source>Number of histogram bins (16 to 4096).</source>
        <translation>直方图区间数（16 至 4096）。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="68"/>
        <source>Show counts on a logarithmic axis, to see the rare values in the tails.</source>
        <translation>以对数坐标轴显示计数，便于观察尾部的稀有值。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="69"/>
        <source>Weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="70"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="316"/>
        <source>log₁₀ |weight|</source>
        <translation>log₁₀ |权重|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="71"/>
        <source>Histogram of the values, or of their magnitudes on a log scale (shows how many weights are tiny).</source>
        <translation>数值的直方图，或其绝对值在对数刻度上的直方图（显示有多少权重极小）。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="73"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="74"/>
        <source>Show the whole range of values again.</source>
        <translation>重新显示完整的数值范围。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="95"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="95"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>&amp;Histogram</source>
        <translation>直方图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="102"/>
        <source>&amp;Channels</source>
        <translation>通道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="103"/>
        <source>S&amp;pectrum</source>
        <translation>谱(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="104"/>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="105"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="450"/>
        <source>&amp;Warnings</source>
        <translation>警告(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="222"/>
        <source>Preview plan of %1</source>
        <translation>%1 的计划预览</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="249"/>
        <source>Select a layer in the Model dock to see its weights.</source>
        <translation>在“模型”面板中选择一层以查看其权重。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="255"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3，%4，%5 个参数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="263"/>
        <source>Per-channel range — %1</source>
        <translation>逐通道范围 — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="269"/>
        <source>Per-channel range — %1 (analysis running…)</source>
        <translation>逐通道范围 — %1（分析中…）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="303"/>
        <source>Histogram of %1</source>
        <translation>%1 的直方图</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="315"/>
        <source>Magnitudes of %1</source>
        <translation>%1 的绝对值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="315"/>
        <source>Weights of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="316"/>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="323"/>
        <source>%1 below and %2 above the range shown</source>
        <translation>%1 个低于、%2 个高于所示范围</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="325"/>
        <source>%1 exact zeros not shown</source>
        <translation>%1 个精确零值未显示</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="327"/>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 个 NaN，%2 个 Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="331"/>
        <source>after the plan</source>
        <translation>应用计划后</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="340"/>
        <source>%1 levels of the widest of %2 scales</source>
        <translation>%2 个缩放因子中最宽者的 %1 个级别</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="341"/>
        <source>%1 levels</source>
        <translation>%1 个级别</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="357"/>
        <source>A spectrum is shown for the 2-D weights of dense and convolution layers.</source>
        <translation>谱仅针对全连接层和卷积层的二维权重显示。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="363"/>
        <source>Computing singular values…</source>
        <translation>正在计算奇异值…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="371"/>
        <source>Spectrum of %1</source>
        <translation>%1 的谱</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="377"/>
        <source>Singular-value energy — %1</source>
        <translation>奇异值能量 — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="386"/>
        <source>%1 %: beyond the top %2</source>
        <translation>%1 %：超出前 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="387"/>
        <source>%1 %: rank %2</source>
        <translation>%1 %：秩 %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="389"/>
        <source>%1×%2, %3 singular values (%4). Energy kept — %5</source>
        <translation>%1×%2，%3 个奇异值（%4）。保留能量 — %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="391"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="391"/>
        <source>randomized SVD</source>
        <translation>随机化 SVD</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="402"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="403"/>
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="407"/>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="408"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="409"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="410"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="411"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="412"/>
        <source>Mean |w|</source>
        <translation>|w| 均值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="413"/>
        <source>Excess kurtosis</source>
        <translation>超额峰度</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="414"/>
        <source>Exact zeros</source>
        <translation>精确零值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="414"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="415"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="416"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="415"/>
        <source>Near zero (|w| ≤ %1)</source>
        <translation>接近零（|w| ≤ %1）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="416"/>
        <source>Outliers (beyond %1 σ)</source>
        <translation>离群值（超出 %1 σ）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="417"/>
        <source>NaN / Inf</source>
        <translation>NaN / Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="417"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="418"/>
        <source>Distinct values</source>
        <translation>不同值个数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="418"/>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="421"/>
        <source>Percentile %1</source>
        <translation>百分位数 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="447"/>
        <source>No warnings for this layer.</source>
        <translation>该层没有警告。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>&amp;Warnings (%1)</source>
        <translation>警告 (%1)(&amp;W)</translation>
    </message>
</context>
<context>
    <name>pare::ui::JobsModel</name>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="93"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="98"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="102"/>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="102"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="114"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="115"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="116"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="117"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>pare::ui::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="42"/>
        <source>Cancel &amp;All</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="52"/>
        <source>Stop the selected job. Work done so far is discarded.</source>
        <translation>停止所选任务。已完成的部分将被丢弃。</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsdock.cpp" line="53"/>
        <source>Stop every running job.</source>
        <translation>停止所有正在运行的任务。</translation>
    </message>
</context>
<context>
    <name>pare::ui::LayerTableModel</name>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="51"/>
        <source>Multiply-accumulates cannot be known from this file (no input shape).</source>
        <translation>无法从此文件得知乘加运算次数（缺少输入形状）。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="53"/>
        <source>Shares its weight with another layer.</source>
        <translation>与另一层共享权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="68"/>
        <source>%1 (tied)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="75"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="86"/>
        <source>Multiply-accumulates per inference at the current input shape.</source>
        <translation>当前输入形状下每次推理的乘加运算次数。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="90"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="91"/>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="92"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="93"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="94"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="95"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="96"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="97"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="98"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>pare::ui::LowRankBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="236"/>
        <source>&amp;Low-rank</source>
        <translation>低秩分解(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="241"/>
        <source>Replace a weight matrix by the product of two thin matrices from its singular value decomposition.</source>
        <translation>用奇异值分解得到的两个瘦矩阵之积替代权重矩阵。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="243"/>
        <source>Keep energy</source>
        <translation>保留能量</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="244"/>
        <source>Fixed rank</source>
        <translation>固定秩</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="245"/>
        <source>Choose the rank per layer by the share of the spectrum&apos;s energy kept, or set one rank for all.</source>
        <translation>按保留的谱能量比例逐层选择秩，或为所有层设定同一个秩。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="247"/>
        <source>Share of Σσ² kept: the rank grows until it is reached (rounded up to 8).</source>
        <translation>保留的 Σσ² 比例：秩逐步增大直至达到该比例（向上取整为 8 的倍数）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="250"/>
        <source>Rank of the two factors.</source>
        <translation>两个因子的秩。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="252"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="253"/>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="254"/>
        <source>Rank</source>
        <translation>秩</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="290"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pare::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Pare</source>
        <translation>Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Open a model with File &gt; Open, or drop a file on the window.</source>
        <translation>通过“文件 &gt; 打开”打开模型，或将文件拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Could Not Open Model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Pare could not open %1.</source>
        <translation>Pare 无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>%1

Check that the file is a complete safetensors, ONNX, Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.</source>
        <translation>%1

请检查该文件是否为完整的 safetensors、ONNX、Keras HDF5、GGUF 或 NumPy 文件，或 Hugging Face 模型文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Model Has Changed</source>
        <translation>模型已更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Model Not Found</source>
        <translation>未找到模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>The model of %1 has changed since the project was saved.</source>
        <translation>自项目保存以来，%1 的模型已发生更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>The model of %1 is not where it was.</source>
        <translation>%1 的模型已不在原来的位置。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>%1

Locate the original model, or open the changed model anyway (the saved figures may no longer match it).</source>
        <translation>%1

请找到原始模型，或仍然打开已更改的模型（保存的数据可能与其不再相符）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>%1

Locate the model file or folder to open the project.</source>
        <translation>%1

请找到模型文件或文件夹以打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Locate Model</source>
        <translation>查找模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;All files (*)</source>
        <translation>模型 (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Project not opened: its model was not located.</source>
        <translation>未打开项目：未找到其模型。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Project not opened.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>No model open.
File &gt; Open… or drop a model file here.</source>
        <translation>未打开模型。
使用“文件 &gt; 打开…”或将模型文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Select a layer to see its weight distribution, channel ranges and spectrum.</source>
        <translation>选择一层以查看其权重分布、通道范围和谱。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Pruning, quantization and low-rank settings appear here once a model is open.</source>
        <translation>打开模型后，剪枝、量化和低秩分解的设置将显示在此处。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Computed variants are compared with the original here.</source>
        <translation>已计算的变体将在此处与原始模型进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Open Model or Project</source>
        <translation>打开模型或项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare projects (*.pare);;All files (*)</source>
        <translation>模型和项目 (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare 项目 (*.pare);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Language model (GPT-2, King James Bible)</source>
        <translation>语言模型（GPT-2，英王钦定版圣经）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Image classifier (CNN, Fashion-MNIST, ONNX)</source>
        <translation>图像分类器（CNN，Fashion-MNIST，ONNX）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Image classifier (CNN, Fashion-MNIST, Keras)</source>
        <translation>图像分类器（CNN，Fashion-MNIST，Keras）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Save the model reference, recipe and computed variants as a .pare project.</source>
        <translation>将模型引用、配方和已计算的变体保存为 .pare 项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown.</source>
        <translation>将所显示变体的比较结果导出为 HTML、PDF、CSV、JSON 或 Markdown。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>report.html</source>
        <translation>报告.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;About Pare</source>
        <translation>关于 Pare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Could Not Write Report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <location filename="../ui/mainwindow.cpp" line="701"/>
        <source>%1

Choose another folder or file name.</source>
        <translation>%1

请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>About Pare</source>
        <translation>关于 Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;A workbench for compressing neural-network models: inspect, prune, quantize and factorize, then compare against the original.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;神经网络模型压缩工作台：检查、剪枝、量化和分解，然后与原始模型进行比较。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>Could Not Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>Pare projects (*.pare)</source>
        <translation>Pare 项目 (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>The project has unsaved changes.</source>
        <translation>项目有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>Save them before going on? Discarded variants must be computed again.</source>
        <translation>是否在继续之前保存？被丢弃的变体需要重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="778"/>
        <source>%1 (no project)</source>
        <translation>%1（无项目）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>%1[*] — Pare</source>
        <translation>%1[*] — Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>Variants left out because they do not fit this model: %1</source>
        <translation>因与此模型不匹配而略去的变体：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="820"/>
        <source>Recovered the unsaved session</source>
        <translation>已恢复未保存的会话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="820"/>
        <source>Opened project %1</source>
        <translation>已打开项目 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="844"/>
        <source>Restore Unsaved Work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>Pare did not shut down cleanly last time.</source>
        <translation>Pare 上次未正常关闭。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="846"/>
        <source>An autosaved session from %1 is available. Restore it?</source>
        <translation>存在一个 %1 自动保存的会话。是否恢复？</translation>
    </message>
</context>
<context>
    <name>pare::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="29"/>
        <source>Filter layers (text, or re:regex)</source>
        <translation>筛选层（文本或 re:regex）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="31"/>
        <source>Shows layers whose name contains this text. Start with &quot;re:&quot; for a regular expression, e.g. re:blk\.\d+\.attn</source>
        <translation>显示名称包含此文本的层。以“re:”开头表示正则表达式，例如 re:blk\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="33"/>
        <source>All ops</source>
        <translation>所有算子</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Norm</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="37"/>
        <source>Show only layers of one kind.</source>
        <translation>仅显示某一类型的层。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="55"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="56"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="57"/>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="58"/>
        <source>What the layer chart shows: parameters, stored bytes, or the share of weights that are exactly zero.</source>
        <translation>层图表显示的内容：参数数量、存储字节数，或恰好为零的权重比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="63"/>
        <source>Click a bar to select its layer.</source>
        <translation>单击柱形可选中对应的层。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="74"/>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="124"/>
        <source>No model open. Use File &gt; Open… or drop a model file here.</source>
        <translation>未打开模型。请使用“文件 &gt; 打开…”或将模型文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="128"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="130"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="132"/>
        <source>%1 (+%2 layers unknown)</source>
        <translation>%1（另有 %2 层未知）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%8 layers, %9 MACs per inference</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 个参数，%5 个张量，%6（%7）&lt;br&gt;%8 层，每次推理 %9 MACs</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="137"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="185"/>
        <source>Layer sizes appear here once a model is open</source>
        <translation>打开模型后，各层大小将显示在此处</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="191"/>
        <source>Sparsity per layer: not computed yet (the analysis is running)</source>
        <translation>逐层稀疏度：尚未计算（分析进行中）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="234"/>
        <source>largest %1 of %2 layers</source>
        <translation>%2 层中最大的 %1 层</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="235"/>
        <source>all %1 layers</source>
        <translation>全部 %1 层</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="238"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="239"/>
        <source>Parameters per layer (%1)</source>
        <translation>逐层参数量（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="240"/>
        <source>parameters (millions)</source>
        <translation>参数（百万）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="243"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="244"/>
        <source>Stored size per layer (%1)</source>
        <translation>逐层存储大小（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="245"/>
        <source>size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="248"/>
        <source>sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="249"/>
        <source>Exact zeros per layer (%1)</source>
        <translation>逐层精确零值（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="250"/>
        <source>zero weights (%)</source>
        <translation>零权重 (%)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="24"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="28"/>
        <source>The language of Pare&apos;s window. Takes effect when Pare starts again.</source>
        <translation>Pare 窗口的语言。重新启动 Pare 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="30"/>
        <source>All cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="32"/>
        <source>How many threads background jobs may use.</source>
        <translation>后台任务可使用的线程数。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="35"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Light or dark colours for the window and its charts; System follows the desktop&apos;s setting.</source>
        <translation>窗口及其图表使用浅色或深色；“跟随系统”沿用桌面的设置。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="47"/>
        <source>The language changes when Pare starts again.</source>
        <translation>语言将在 Pare 重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="48"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>&amp;Threads</source>
        <translation>线程(&amp;T)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PruneBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="153"/>
        <source>&amp;Prune</source>
        <translation>剪枝(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="159"/>
        <source>Set weights to zero and store only the rest. Pruning and low-rank cannot be combined on one layer.</source>
        <translation>将权重置零，只存储其余部分。同一层不能同时使用剪枝和低秩分解。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="161"/>
        <source>Magnitude</source>
        <translation>幅值</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="162"/>
        <source>N:M pattern</source>
        <translation>N:M 模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="163"/>
        <source>Whole channels</source>
        <translation>整个通道</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="164"/>
        <source>Magnitude removes the smallest weights anywhere; N:M keeps N of every M inputs (hardware-friendly); channels removes whole output channels.</source>
        <translation>幅值法移除任意位置上最小的权重；N:M 在每 M 个输入中保留 N 个（便于硬件加速）；通道法移除整个输出通道。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="166"/>
        <source>Fraction of weights (or channels) removed.</source>
        <translation>移除的权重（或通道）比例。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="169"/>
        <source>Keep N weights in every group of M consecutive inputs.</source>
        <translation>在每组 M 个连续输入中保留 N 个权重。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="170"/>
        <source>L2 norm</source>
        <translation>L2 范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="171"/>
        <source>L1 norm</source>
        <translation>L1 范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="172"/>
        <source>How a channel&apos;s importance is measured.</source>
        <translation>衡量通道重要性的方式。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="173"/>
        <source>Per layer</source>
        <translation>逐层</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="174"/>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="175"/>
        <source>Per layer: each layer reaches the target. Global: one threshold for all matched layers, so robust layers give up more.</source>
        <translation>逐层：每层各自达到目标。全局：所有匹配的层共用一个阈值，因此稳健的层会被剪掉更多。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="178"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="179"/>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="180"/>
        <source>Pattern</source>
        <translation>稀疏模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="181"/>
        <source>Channel norm</source>
        <translation>通道范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="182"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="228"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pare::ui::QuantizeBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="54"/>
        <source>&amp;Quantize</source>
        <translation>量化(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="60"/>
        <source>Store weights with fewer bits. Each value is rounded to one of a few levels, scaled per tensor, per output channel or per group of inputs.</source>
        <translation>用更少的比特存储权重。每个值被舍入到少数几个级别之一，并按张量、按输出通道或按输入分组进行缩放。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="62"/>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="63"/>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="64"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="65"/>
        <source>FP8 E4M3</source>
        <translation>FP8 E4M3</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="66"/>
        <source>FP8 E5M2</source>
        <translation>FP8 E5M2</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="67"/>
        <source>Integer levels with scales, or a narrower floating-point format.</source>
        <translation>带缩放因子的整数级别，或更窄的浮点格式。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="68"/>
        <source>Bits per weight: fewer bits make the model smaller and the error larger.</source>
        <translation>每个权重的比特数：比特越少，模型越小，误差越大。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="69"/>
        <source>Symmetric</source>
        <translation>对称</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="70"/>
        <source>Asymmetric</source>
        <translation>非对称</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="71"/>
        <source>Symmetric levels are centred on zero; asymmetric ones add a zero-point and fit skewed weights better.</source>
        <translation>对称级别以零为中心；非对称级别增加零点，更适合偏斜的权重。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="73"/>
        <source>Per tensor</source>
        <translation>逐张量</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="74"/>
        <source>Per channel</source>
        <translation>逐通道</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="75"/>
        <source>Per group</source>
        <translation>逐组</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="76"/>
        <source>How many weights share one scale: finer sharing costs a little size and lowers the error.</source>
        <translation>多少个权重共用一个缩放因子：粒度越细，体积略增，误差越低。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="80"/>
        <source>Inputs per group that share one scale (per-group quantization).</source>
        <translation>每组中共用一个缩放因子的输入数（逐组量化）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="81"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="82"/>
        <source>MSE search</source>
        <translation>MSE 搜索</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="83"/>
        <source>Clip the largest weights when that lowers the squared error of the rest.</source>
        <translation>当截断最大的权重能降低其余权重的平方误差时，将其截断。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="86"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="87"/>
        <source>Bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="88"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="89"/>
        <source>Scales</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="90"/>
        <source>Group size</source>
        <translation>组大小</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="91"/>
        <source>Clipping</source>
        <translation>截断</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="145"/>
        <source>%1 bit</source>
        <translation>%1 位</translation>
    </message>
</context>
<context>
    <name>pare::ui::RuleDialog</name>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="35"/>
        <source>&amp;Keep these layers original</source>
        <translation>保持这些层原样(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="36"/>
        <source>&amp;Override the settings below</source>
        <translation>用下方设置覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="39"/>
        <source>Recipe Rule</source>
        <translation>配方规则</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="41"/>
        <source>*mlp* or re:^h\.\d+\.attn</source>
        <translation>*mlp* 或 re:^h\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="42"/>
        <source>Which layers the rule applies to: a glob on the whole layer name (* and ?), or a regular expression after &quot;re:&quot;.</source>
        <translation>规则适用于哪些层：针对完整层名的通配符（* 和 ?），或以“re:”开头的正则表达式。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="47"/>
        <source>Limit the rule to layers of this kind; with none ticked it applies to every kind.</source>
        <translation>将规则限定于此类层；若均未勾选，则适用于所有类型。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="53"/>
        <source>Matched layers keep their original weights, whatever the defaults say.</source>
        <translation>匹配的层保留原始权重，不受默认设置影响。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="54"/>
        <source>Matched layers take the settings chosen below over the defaults and earlier rules.</source>
        <translation>匹配的层采用下方所选设置，优先于默认设置和之前的规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Prune</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Quantize</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="60"/>
        <source>Low-rank</source>
        <translation>低秩</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="69"/>
        <source>as before</source>
        <translation>沿用</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="70"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="71"/>
        <source>set to</source>
        <translation>设为</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="72"/>
        <source>As before: the defaults and earlier rules decide. Off: this method is not applied to the matched layers. Set to: use the settings below.</source>
        <translation>沿用：由默认设置和之前的规则决定。关闭：不对匹配的层应用此方法。设为：使用下方的设置。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="92"/>
        <source>&amp;Layers matching</source>
        <translation>匹配的层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="93"/>
        <source>Op kinds</source>
        <translation>算子类型</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="180"/>
        <source>Enter a layer name pattern: a glob such as *mlp*, or re: and a regular expression.</source>
        <translation>请输入层名模式：如 *mlp* 这样的通配符，或 re: 加正则表达式。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="185"/>
        <source>The pattern is not valid: %1 (at character %2).</source>
        <translation>模式无效：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="201"/>
        <source>The pattern matches no layer of this model; a recipe rule must match at least one. Patterns match the whole name: try *%1*.</source>
        <translation>该模式不匹配此模型的任何层；配方规则必须至少匹配一层。模式匹配的是完整名称：请尝试 *%1*。</translation>
    </message>
    <message>
        <location filename="../ui/compress/ruledialog.cpp" line="210"/>
        <source>Choose what the rule changes: keep the layers original, or turn a method off or set it.</source>
        <translation>请选择规则要更改的内容：保持这些层原样，或关闭或设置某种方法。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compress/ruledialog.cpp" line="213"/>
        <source>Matches %n layer(s).</source>
        <translation>
            <numerusform>匹配 %n 层。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pare::ui::ScatterChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="310"/>
        <location filename="../ui/charts/barchart.cpp" line="367"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="324"/>
        <source>variants</source>
        <translation>变体</translation>
    </message>
</context>
<context>
    <name>pare::ui::SensitivityModel</name>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="101"/>
        <source>Lock %1 to its chosen (or last clicked) option</source>
        <translation>将 %1 锁定为所选（或最后单击）的选项</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="108"/>
        <source>Keep %1 original</source>
        <translation>保持 %1 原样</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="150"/>
        <source>%1, %2: not measured yet</source>
        <translation>%1，%2：尚未测量</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="152"/>
        <source>%1, %2: does not apply (%3)</source>
        <translation>%1，%2：不适用（%3）</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="153"/>
        <source>%1, %2
%3 bytes (%4 % of original), relative error %5
damage %6 (%7)</source>
        <translation>%1，%2
%3 字节（原始大小的 %4 %），相对误差 %5
损伤 %6（%7）</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="204"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="206"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
</context>
<context>
    <name>pare::ui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="96"/>
        <source>Analyze %1</source>
        <translation>分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="128"/>
        <location filename="../ui/session.cpp" line="163"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="139"/>
        <source>Check %1</source>
        <translation>检查 %1</translation>
    </message>
</context>
<context>
    <name>pare::ui::SolvePanel</name>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="32"/>
        <source>&amp;Run Sweep</source>
        <translation>运行扫描(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="33"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="33"/>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="34"/>
        <source>&amp;Load Plan as Recipe</source>
        <translation>将计划载入为配方(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="50"/>
        <location filename="../ui/solve/solvepanel.cpp" line="307"/>
        <source>Size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="51"/>
        <source>Bits per weight</source>
        <translation>每权重比特数</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="52"/>
        <source>Compression ratio (x)</source>
        <translation>压缩比 (x)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="53"/>
        <location filename="../ui/solve/solvepanel.cpp" line="307"/>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="56"/>
        <source>Weight error (data-free)</source>
        <translation>权重误差（无需数据）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="57"/>
        <source>Layer output error</source>
        <translation>层输出误差</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="58"/>
        <source>End to end (KL / accuracy)</source>
        <translation>端到端（KL / 准确率）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="61"/>
        <source>Not available: the runtime does not expose per-layer calibration inputs yet.</source>
        <translation>不可用：运行时尚未提供逐层校准输入。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="78"/>
        <location filename="../ui/solve/solvepanel.cpp" line="169"/>
        <source>Open a model, then run the sensitivity sweep.</source>
        <translation>请打开模型，然后运行敏感度扫描。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="84"/>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="85"/>
        <source>Damage:</source>
        <translation>损伤：</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="134"/>
        <source>Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.</source>
        <translation>扫描已取消：保留了 %2 次测量中的 %1 次；点击“运行扫描”可继续。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="138"/>
        <source>Sweep failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="168"/>
        <source>Run the sensitivity sweep to measure every layer × option.</source>
        <translation>运行敏感度扫描，以测量每个层 × 选项的组合。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="203"/>
        <source>Sensitivity sweep (%1)</source>
        <translation>敏感度扫描（%1）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="236"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="242"/>
        <source> bpw</source>
        <translation> bpw</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="247"/>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="252"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="261"/>
        <source>Run the sweep to the end before solving.</source>
        <translation>求解前请先完整运行扫描。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="273"/>
        <source>No plan: %1</source>
        <translation>无计划：%1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="288"/>
        <source>Budget %1: %2 MB (%3x, %4 bpw, %5 ms), damage %6 %7 — %8</source>
        <translation>预算 %1：%2 MB（%3x，%4 bpw，%5 ms），损伤 %6 %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="296"/>
        <source>optimal (%1)</source>
        <translation>最优（%1）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="296"/>
        <source>%1, gap %2</source>
        <translation>%1，间隙 %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>Pareto front: damage (%1) against %2</source>
        <translation>帕累托前沿：损伤（%1）与 %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="306"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="308"/>
        <source>Damage</source>
        <translation>损伤</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="333"/>
        <source>Solver %1 MB</source>
        <translation>求解器 %1 MB</translation>
    </message>
</context>
<context>
    <name>pare::ui::SpectrumChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="84"/>
        <source>rank kept</source>
        <translation>保留的秩</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="87"/>
        <source>energy kept (%)</source>
        <translation>保留的能量 (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="95"/>
        <source>cumulative energy</source>
        <translation>累积能量</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="109"/>
        <source>%1 % at rank %2</source>
        <translation>秩 %2 时为 %1 %</translation>
    </message>
</context>
</TS>
