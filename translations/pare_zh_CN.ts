<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="56"/>
        <source>Usage: pare-cli &lt;command&gt; [options]</source>
        <translation>用法：pare-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="57"/>
        <source>Pare compresses neural-network models: inspect, prune, quantize, factorize, compare.</source>
        <translation>Pare 用于压缩神经网络模型：检查、剪枝、量化、分解、比较。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="59"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="63"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="64"/>
        <source>Show this help; &apos;pare-cli &lt;command&gt; --help&apos; for a command.</source>
        <translation>显示此帮助；使用 &apos;pare-cli &lt;command&gt; --help&apos; 查看某个命令的帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="66"/>
        <source>Exit codes: 0 success, 1 failed work, 2 usage error, 3 bad input file.</source>
        <translation>退出码：0 成功，1 处理失败，2 用法错误，3 输入文件有误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Show help for this command.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="78"/>
        <location filename="../app/cli/cli.cpp" line="164"/>
        <source>Try &apos;pare-cli %1 --help&apos;.</source>
        <translation>请尝试 &apos;pare-cli %1 --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="209"/>
        <source>pare-cli: unknown option &apos;%1&apos;</source>
        <translation>pare-cli：未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="210"/>
        <source>pare-cli: unknown command &apos;%1&apos;</source>
        <translation>pare-cli：未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="212"/>
        <source>Try &apos;pare-cli --help&apos;.</source>
        <translation>请尝试 &apos;pare-cli --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="35"/>
        <source>Measure the latency of each dense layer&apos;s matrix product (y = W·x) with Pare&apos;s kernels: the original weights, and with --recipe the compressed encoding&apos;s kernel. Weights are read cold (rotating over copies) unless --cold-mb 0.</source>
        <translation>使用 Pare 的内核测量每个全连接层矩阵乘积（y = W·x）的延迟：原始权重，以及（指定 --recipe 时）压缩编码的内核。除非指定 --cold-mb 0，否则权重以冷读取方式读取（在多个副本间轮换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="38"/>
        <location filename="../app/cli/cmd_eval.cpp" line="60"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="74"/>
        <location filename="../app/cli/cmd_stats.cpp" line="131"/>
        <source>A model file or Hugging Face directory.</source>
        <translation>模型文件或 Hugging Face 目录。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="39"/>
        <location filename="../app/cli/cmd_eval.cpp" line="61"/>
        <source>Compression recipe (JSON).</source>
        <translation>压缩配方（JSON）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="40"/>
        <source>Vectors per product (default 1).</source>
        <translation>每次乘积的向量数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="41"/>
        <location filename="../app/cli/cmd_eval.cpp" line="71"/>
        <source>Threads (default: all cores).</source>
        <translation>线程数（默认：所有核心）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="42"/>
        <source>Timed repeats per kernel (default 15).</source>
        <translation>每个内核的计时重复次数（默认 15）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="43"/>
        <source>Untimed warm-up runs (default 3).</source>
        <translation>不计时的预热运行次数（默认 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="44"/>
        <source>Rotate over at least this many MB of weight copies (default 256).</source>
        <translation>在至少这么多 MB 的权重副本间轮换（默认 256）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="45"/>
        <source>Only layers matching this glob.</source>
        <translation>仅限匹配此通配符模式的层。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="46"/>
        <location filename="../app/cli/cmd_eval.cpp" line="72"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="75"/>
        <location filename="../app/cli/cmd_stats.cpp" line="132"/>
        <source>Print JSON on stdout.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="51"/>
        <location filename="../app/cli/cmd_eval.cpp" line="86"/>
        <source>expected one model file or directory</source>
        <translation>应指定一个模型文件或目录</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="63"/>
        <source>--batch must be an integer from 1 to 65536, not &apos;%1&apos;</source>
        <translation>--batch 必须是 1 到 65536 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="65"/>
        <location filename="../app/cli/cmd_eval.cpp" line="118"/>
        <source>--threads must be from 1 to %1 (this machine&apos;s cores), not &apos;%2&apos;</source>
        <translation>--threads 必须介于 1 到 %1（本机核心数）之间，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="67"/>
        <source>--repeats must be a positive integer, not &apos;%1&apos;</source>
        <translation>--repeats 必须是正整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="69"/>
        <source>--warmup must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--warmup 必须是非负整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="71"/>
        <source>--cold-mb must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--cold-mb 必须是非负整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="137"/>
        <location filename="../app/cli/cmd_bench.cpp" line="140"/>
        <source>median µs</source>
        <translation>中位数 µs</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="138"/>
        <location filename="../app/cli/cmd_bench.cpp" line="141"/>
        <source>ideal µs</source>
        <translation>理想 µs</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="140"/>
        <source>variant kernel</source>
        <translation>变体内核</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="141"/>
        <source>speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="149"/>
        <source>(unchanged)</source>
        <translation>（未改变）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="156"/>
        <source>Total: %1 µs (ideal %2 µs)</source>
        <translation>总计：%1 µs（理想 %2 µs）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="158"/>
        <source>; variant %1 µs (ideal %2 µs), %3x</source>
        <translation>；变体 %1 µs（理想 %2 µs），%3x</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="164"/>
        <source>Measure per-layer kernel latency, original vs compressed.</source>
        <translation>测量逐层内核延迟，原始模型与压缩后对比。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="53"/>
        <source>writing %1 (%2): %3 bytes; the variant&apos;s encoded size is %4 bytes</source>
        <translation>正在写入 %1（%2）：%3 字节；该变体的编码大小为 %4 字节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="65"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="195"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="119"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="191"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="195"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="120"/>
        <source>rel.err</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="120"/>
        <source>SQNR dB</source>
        <translation>SQNR dB</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="120"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="131"/>
        <source>model: %1 → %2 (%3×), MACs %4 → %5, weighted relative error %6, SQNR %7 dB</source>
        <translation>模型：%1 → %2（%3×），MACs %4 → %5，加权相对误差 %6，SQNR %7 dB</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="144"/>
        <source>Compress a model with a recipe: prune, quantize, factorize.</source>
        <translation>按配方压缩模型：剪枝、量化、分解。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="145"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="28"/>
        <location filename="../app/cli/cmd_report.cpp" line="133"/>
        <location filename="../app/cli/cmd_solve.cpp" line="26"/>
        <source>Model file or directory.</source>
        <translation>模型文件或目录。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="146"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="29"/>
        <source>Recipe JSON file (see docs/recipe-format.md).</source>
        <translation>配方 JSON 文件（参见 docs/recipe-format.md）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="146"/>
        <location filename="../app/cli/cmd_compress.cpp" line="150"/>
        <location filename="../app/cli/cmd_compress.cpp" line="167"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="30"/>
        <location filename="../app/cli/cmd_export_plan.cpp" line="33"/>
        <location filename="../app/cli/cmd_report.cpp" line="134"/>
        <location filename="../app/cli/cmd_report.cpp" line="135"/>
        <location filename="../app/cli/cmd_solve.cpp" line="32"/>
        <location filename="../app/cli/cmd_solve.cpp" line="37"/>
        <location filename="../app/cli/cmd_solve.cpp" line="38"/>
        <location filename="../app/cli/cmd_solve.cpp" line="40"/>
        <location filename="../app/cli/cmd_solve.cpp" line="44"/>
        <location filename="../app/cli/cmd_study.cpp" line="31"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="148"/>
        <source>Export the compressed model; the extension chooses the form: .pare (Pare&apos;s file), .safetensors (encoded tensors), .gguf (llama.cpp), .onnx (Q/DQ).</source>
        <translation>导出压缩后的模型；扩展名决定导出形式：.pare（Pare 文件）、.safetensors（编码的张量）、.gguf（llama.cpp）、.onnx（Q/DQ）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="152"/>
        <source>Write -o as a copy in the model&apos;s own format, every tensor name and shape unchanged, weights replaced by their reconstruction.</source>
        <translation>将 -o 写为模型原有格式的副本，所有张量名称和形状保持不变，权重替换为其重建值。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="155"/>
        <source>Also write a Hugging Face directory (config.json, tokenizer files, safetensors of the reconstruction).</source>
        <translation>同时写出 Hugging Face 目录（config.json、分词器文件、重建权重的 safetensors）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="157"/>
        <location filename="../app/cli/cmd_report.cpp" line="186"/>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="158"/>
        <source>Replace existing output files.</source>
        <translation>替换已有的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="159"/>
        <source>Worker threads (0 = all).</source>
        <translation>工作线程数（0 = 全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="159"/>
        <location filename="../app/cli/cmd_compress.cpp" line="160"/>
        <location filename="../app/cli/cmd_compress.cpp" line="170"/>
        <location filename="../app/cli/cmd_report.cpp" line="32"/>
        <location filename="../app/cli/cmd_report.cpp" line="33"/>
        <location filename="../app/cli/cmd_report.cpp" line="34"/>
        <location filename="../app/cli/cmd_solve.cpp" line="47"/>
        <location filename="../app/cli/cmd_solve.cpp" line="50"/>
        <location filename="../app/cli/cmd_solve.cpp" line="54"/>
        <location filename="../app/cli/cmd_study.cpp" line="34"/>
        <location filename="../app/cli/cmd_study.cpp" line="35"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="160"/>
        <source>Tokens per inference, for MACs.</source>
        <translation>每次推理的 token 数，用于计算 MACs。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="161"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式打印结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="164"/>
        <source>Data to run the model on first, for activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning: text for language models; examples (.npz/.npy/IDX/CSV, the last --calibration-examples of them, prepared with --scale, --mean, --std and --layout as &apos;pare-cli eval&apos; prepares them) for graph models (ONNX, Keras).</source>
        <translation>用于激活感知（&quot;score&quot;: &quot;wanda&quot;）剪枝时先让模型运行的数据：语言模型使用文本；图模型（ONNX、Keras）使用样本（.npz/.npy/IDX/CSV，取其中最后 --calibration-examples 个，并按 &apos;pare-cli eval&apos; 的方式用 --scale、--mean、--std 和 --layout 进行预处理）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="169"/>
        <location filename="../app/cli/cmd_eval.cpp" line="79"/>
        <source>Graph models: calibrate on the data&apos;s last N examples (0: all).</source>
        <translation>图模型：在数据的最后 N 个样本上校准（0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="172"/>
        <source>Calibration examples: multiply by S (default 1/255 for uint8 data, else 1).</source>
        <translation>校准样本：乘以 S（uint8 数据默认为 1/255，否则为 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="175"/>
        <source>Calibration examples: subtract per-channel means (comma-separated).</source>
        <translation>校准样本：减去逐通道均值（以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="178"/>
        <source>Calibration examples: divide by per-channel standard deviations.</source>
        <translation>校准样本：除以逐通道标准差。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="181"/>
        <source>Calibration examples: layout of the data, nchw or nhwc (default: guessed).</source>
        <translation>校准样本：数据布局，nchw 或 nhwc（默认：自动推测）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="188"/>
        <source>pare-cli compress: give one MODEL and --recipe FILE; try &apos;pare-cli compress --help&apos;.</source>
        <translation>pare-cli compress：请指定一个 MODEL 和 --recipe FILE；请尝试 &apos;pare-cli compress --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="195"/>
        <source>pare-cli compress: --threads must be a non-negative integer</source>
        <translation>pare-cli compress：--threads 必须是非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="203"/>
        <source>--calibration-examples must be a non-negative integer</source>
        <translation>--calibration-examples 必须是非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="208"/>
        <location filename="../app/cli/cmd_eval.cpp" line="126"/>
        <source>--scale must be a non-zero number, not &apos;%1&apos;</source>
        <translation>--scale 必须是非零数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="222"/>
        <location filename="../app/cli/cmd_eval.cpp" line="130"/>
        <source>--mean must be numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--mean 必须是以逗号分隔的数字，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="224"/>
        <location filename="../app/cli/cmd_eval.cpp" line="132"/>
        <source>--std must be numbers separated by commas, not &apos;%1&apos;</source>
        <translation>--std 必须是以逗号分隔的数字，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="232"/>
        <location filename="../app/cli/cmd_eval.cpp" line="140"/>
        <source>--layout must be nchw or nhwc, not &apos;%1&apos;</source>
        <translation>--layout 必须是 nchw 或 nhwc，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="238"/>
        <source>pare-cli compress: --tokens must be a positive integer</source>
        <translation>pare-cli compress：--tokens 必须是正整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="250"/>
        <source>-o %1: the extension must be .pare, .safetensors, .gguf or .onnx (or give --decompressed)</source>
        <translation>-o %1：扩展名必须是 .pare、.safetensors、.gguf 或 .onnx（或指定 --decompressed）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="255"/>
        <source>--decompressed needs -o FILE</source>
        <translation>--decompressed 需要 -o FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="277"/>
        <source>--decompressed: a %1 model is copied as %2; -o %3 does not end so</source>
        <translation>--decompressed：%1 模型会被复制为 %2；-o %3 的扩展名与此不符</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compress.cpp" line="327"/>
        <source>Compress a model with a recipe</source>
        <translation>按配方压缩模型</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="56"/>
        <source>Evaluate a model on data: perplexity on a byte-level text for GPT-2 / Llama decoders, accuracy on labelled examples for graph models (ONNX, Keras). With --recipe the model is compressed first and the variant is compared with the original (KL divergence, same-top-token rate, top-1 agreement, output error).</source>
        <translation>在数据上评估模型：对 GPT-2 / Llama 解码器计算字节级文本的困惑度，对图模型（ONNX、Keras）计算带标签样本的准确率。指定 --recipe 时先压缩模型，再将变体与原始模型比较（KL 散度、最高概率 token 相同率、Top-1 一致率、输出误差）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="62"/>
        <source>Text (language models) or .npz/.npy/IDX/CSV examples.</source>
        <translation>文本（语言模型）或 .npz/.npy/IDX/CSV 样本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="63"/>
        <source>Labels in a separate .npy/IDX/text file.</source>
        <translation>位于单独的 .npy/IDX/文本文件中的标签。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="64"/>
        <source>Multiply inputs by S (default 1/255 for uint8 data, else 1).</source>
        <translation>将输入乘以 S（uint8 数据默认为 1/255，否则为 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="65"/>
        <source>Subtract per-channel means (one value or one per channel, comma-separated).</source>
        <translation>减去逐通道均值（一个值或每个通道一个值，以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="66"/>
        <source>Divide by per-channel standard deviations.</source>
        <translation>除以逐通道标准差。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="67"/>
        <source>Layout of the data: nchw or nhwc (default: guessed).</source>
        <translation>数据布局：nchw 或 nhwc（默认：自动推测）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="68"/>
        <source>Language models: window length (default: the model&apos;s context).</source>
        <translation>语言模型：窗口长度（默认：模型的上下文长度）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="69"/>
        <source>Language models: evaluate only the first N bytes.</source>
        <translation>语言模型：仅评估前 N 个字节。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="70"/>
        <source>Graph models: examples per batch (default 64).</source>
        <translation>图模型：每批样本数（默认 64）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="75"/>
        <source>With --recipe: data to run the model on before compressing, for activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning, prepared like --data (text, or the last --calibration-examples examples).</source>
        <translation>与 --recipe 一起使用：压缩前让模型运行的数据，用于激活感知（&quot;score&quot;: &quot;wanda&quot;）剪枝，按 --data 的方式准备（文本，或最后 --calibration-examples 个样本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="88"/>
        <source>--data is required</source>
        <translation>必须指定 --data</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="100"/>
        <source>--window must be a positive integer, not &apos;%1&apos;</source>
        <translation>--window 必须是正整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="102"/>
        <source>--max-bytes must be a positive integer, not &apos;%1&apos;</source>
        <translation>--max-bytes 必须是正整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="108"/>
        <source>--calibration-examples must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--calibration-examples 必须是非负整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="112"/>
        <source>--calibration needs --recipe (it calibrates the recipe&apos;s activation-aware pruning)</source>
        <translation>--calibration 需要 --recipe（它为配方的激活感知剪枝进行校准）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="114"/>
        <source>--batch must be a positive integer, not &apos;%1&apos;</source>
        <translation>--batch 必须是正整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="171"/>
        <source>%1 prunes no layer activation-aware; --calibration is not used</source>
        <translation>%1 没有对任何层进行激活感知剪枝；未使用 --calibration</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_eval.cpp" line="179"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware scores (%1); give --calibration DATA to calibrate them</source>
        <translation>
            <numerusform>%n 个层按幅值而非激活感知分数剪枝（%1）；使用 --calibration 数据 进行校准</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="225"/>
        <source>Predictions:     %1 bytes in %2 windows of %3</source>
        <translation>预测：           %1 字节，分布在 %2 个长度为 %3 的窗口中</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="226"/>
        <source>Original:        %1 nats/byte, %2 bits/byte, perplexity %3</source>
        <translation>原始模型：       %1 nats/字节，%2 比特/字节，困惑度 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="229"/>
        <source>Variant:         %1 nats/byte, perplexity %2 (%3 %)</source>
        <translation>变体：           %1 nats/字节，困惑度 %2（%3 %）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="232"/>
        <source>KL divergence:   mean %1, p99 %2, max %3 nats</source>
        <translation>KL 散度：        均值 %1，p99 %2，最大 %3 nats</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="233"/>
        <source>Same top byte:   %1 %</source>
        <translation>首选字节相同：   %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="234"/>
        <source>Logits:          relative error %1, cosine %2</source>
        <translation>Logits：         相对误差 %1，余弦相似度 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="259"/>
        <source>Examples:        %1%2</source>
        <translation>样本：           %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="259"/>
        <source> (no labels)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="261"/>
        <source>Accuracy:        %1 % (%2 correct)</source>
        <translation>准确率：         %1 %（%2 个正确）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="264"/>
        <source>Variant:         %1 % (%2 correct)</source>
        <translation>变体：           %1 %（%2 个正确）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="265"/>
        <source>Top-1 agreement: %1 %</source>
        <translation>Top-1 一致率：   %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="266"/>
        <source>Outputs:         relative error %1, cosine %2</source>
        <translation>输出：           相对误差 %1，余弦相似度 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="270"/>
        <source>%1: Pare cannot execute this model (no GPT-2/Llama decoder layout and no graph)</source>
        <translation>%1：Pare 无法执行此模型（既不是 GPT-2/Llama 解码器结构，也没有计算图）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="276"/>
        <source>Compressed:      %1 → %2 bytes</source>
        <translation>压缩：           %1 → %2 字节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="287"/>
        <source>Measure perplexity or accuracy, original vs compressed.</source>
        <translation>测量困惑度或准确率，原始模型与压缩后对比。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="26"/>
        <source>Write a recipe&apos;s plan for a model as llama-quantize arguments or as an llm-compressor recipe.</source>
        <translation>将配方针对某个模型的方案写为 llama-quantize 参数或 llm-compressor 配方。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="31"/>
        <source>llama-quantize or llmcompressor.</source>
        <translation>llama-quantize 或 llmcompressor。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="31"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="33"/>
        <source>Write to this file (default: standard output).</source>
        <translation>写入此文件（默认：标准输出）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="34"/>
        <source>Replace an existing output file.</source>
        <translation>替换已有的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="39"/>
        <source>give one MODEL, --recipe FILE and --format llama-quantize|llmcompressor</source>
        <translation>请指定一个 MODEL、--recipe FILE 和 --format llama-quantize|llmcompressor</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="43"/>
        <source>--format must be llama-quantize or llmcompressor, not &apos;%1&apos;</source>
        <translation>--format 必须是 llama-quantize 或 llmcompressor，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="79"/>
        <source>writing %1: %2 bytes</source>
        <translation>正在写入 %1：%2 字节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export_plan.cpp" line="88"/>
        <source>Write a plan as llama-quantize arguments or an llm-compressor recipe</source>
        <translation>将方案写为 llama-quantize 参数或 llm-compressor 配方</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="62"/>
        <source>--%1 must be a positive integer, not &apos;%2&apos;</source>
        <translation>--%1 必须是正整数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="72"/>
        <source>Summarize a model: format, parameters, bytes by dtype, MACs and the per-layer table.</source>
        <translation>汇总模型信息：格式、参数、按 dtype 划分的字节数、MACs 以及逐层表格。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="77"/>
        <source>Tokens per sequence for MACs (default: the model&apos;s context length).</source>
        <translation>用于计算 MACs 的每序列 token 数（默认：模型的上下文长度）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="79"/>
        <source>Batch size for MACs (default 1).</source>
        <translation>用于计算 MACs 的批大小（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="85"/>
        <source>pare-cli inspect: expected one model file or directory</source>
        <translation>pare-cli inspect：应指定一个模型文件或目录</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="86"/>
        <source>Try &apos;pare-cli inspect --help&apos;.</source>
        <translation>请尝试 &apos;pare-cli inspect --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="104"/>
        <source>pare-cli inspect: %1 is a Pare project (a saved session of the model %2), not a model. Replay it with &apos;pare-cli study %1 -o OUT.html&apos;, or open it in the Pare GUI; &apos;pare-cli inspect %2&apos; shows the model.</source>
        <translation>pare-cli inspect：%1 是 Pare 项目（模型 %2 的已保存会话），而不是模型。请使用 &apos;pare-cli study %1 -o OUT.html&apos; 重放它，或在 Pare GUI 中打开它；&apos;pare-cli inspect %2&apos; 可显示该模型。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="172"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="173"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="174"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="174"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="185"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="188"/>
        <location filename="../app/cli/cmd_inspect.cpp" line="204"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="176"/>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="177"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="178"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="179"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="184"/>
        <source>batch %1 × %2 tokens</source>
        <translation>批大小 %1 × %2 个 token</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="186"/>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_inspect.cpp" line="190"/>
        <source>%1, %n layer(s) unknown</source>
        <translation>
            <numerusform>%1，%n 个层未知</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="191"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>op</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="194"/>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="195"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="200"/>
        <source> (tied)</source>
        <translation>（绑定）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="229"/>
        <source>Summarize a model and list its layers.</source>
        <translation>汇总模型信息并列出其各层。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="28"/>
        <location filename="../app/cli/cmd_study.cpp" line="32"/>
        <source>Skip the per-layer latency measurements.</source>
        <translation>跳过逐层延迟测量。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="29"/>
        <location filename="../app/cli/cmd_study.cpp" line="33"/>
        <source>Skip end-to-end evaluation.</source>
        <translation>跳过端到端评估。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="30"/>
        <source>Evaluation data (text, .npz, .npy, IDX, CSV).</source>
        <translation>评估数据（文本、.npz、.npy、IDX、CSV）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="30"/>
        <location filename="../app/cli/cmd_report.cpp" line="31"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="31"/>
        <source>Labels for the evaluation data.</source>
        <translation>评估数据的标签。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="32"/>
        <location filename="../app/cli/cmd_study.cpp" line="35"/>
        <source>Batch size for latency (default 1).</source>
        <translation>测量延迟时的批大小（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="33"/>
        <location filename="../app/cli/cmd_study.cpp" line="34"/>
        <source>Worker threads (default: all cores).</source>
        <translation>工作线程数（默认：所有核心）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="34"/>
        <source>Evaluate language models on the first N bytes of the text (0: all).</source>
        <translation>在文本的前 N 个字节上评估语言模型（0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="35"/>
        <location filename="../app/cli/cmd_study.cpp" line="36"/>
        <source>Replace existing report files.</source>
        <translation>替换已有的报告文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="36"/>
        <location filename="../app/cli/cmd_study.cpp" line="37"/>
        <source>No progress output.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="37"/>
        <location filename="../app/cli/cmd_study.cpp" line="38"/>
        <source>Print the study as JSON on stdout.</source>
        <translation>在标准输出上以 JSON 格式打印研究结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="55"/>
        <location filename="../app/cli/cmd_study.cpp" line="56"/>
        <source>--batch must be a whole number from 1 to 65536, got &apos;%1&apos;</source>
        <translation>--batch 必须是 1 到 65536 之间的整数，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="60"/>
        <location filename="../app/cli/cmd_study.cpp" line="59"/>
        <source>--threads must be from 0 (all) to %1, got &apos;%2&apos;</source>
        <translation>--threads 必须介于 0（全部）到 %1 之间，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="66"/>
        <source>--eval-bytes must be 0 or more</source>
        <translation>--eval-bytes 必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="79"/>
        <location filename="../app/cli/cmd_solve.cpp" line="73"/>
        <source>--damage &apos;%1&apos;: expected weight, output or e2e</source>
        <translation>--damage &apos;%1&apos;：应为 weight、output 或 e2e</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="108"/>
        <location filename="../app/cli/cmd_study.cpp" line="68"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1：已存在（使用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="132"/>
        <source>Compress MODEL with each recipe, measure, and write a comparison report.</source>
        <translation>用每个配方压缩 MODEL，进行测量，并写出比较报告。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="134"/>
        <source>A recipe (JSON); repeat for several variants.</source>
        <translation>配方（JSON）；重复指定可生成多个变体。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="135"/>
        <location filename="../app/cli/cmd_study.cpp" line="30"/>
        <source>Report file; its extension picks the format (.html .pdf .csv .json .md); repeatable.</source>
        <translation>报告文件；扩展名决定格式（.html .pdf .csv .json .md）；可重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="137"/>
        <source>Add the budget solver&apos;s plan for this budget as a variant, with its front: a size (1.5GB, 800MB), bits per weight (4.5bpw), a ratio (4x), a latency (30ms), &apos;same&apos; (the size of the largest uniform recipe given) or &apos;same:NAME&apos; (the size of that variant).</source>
        <translation>将预算求解器针对此预算的方案作为变体加入，并附带其前沿：大小（1.5GB、800MB）、每权重位数（4.5bpw）、压缩比（4x）、延迟（30ms）、&apos;same&apos;（所给最大统一配方的大小）或 &apos;same:NAME&apos;（该变体的大小）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="140"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="141"/>
        <source>How the solver measures damage: weight (default), output or e2e.</source>
        <translation>求解器衡量损伤的方式：weight（默认）、output 或 e2e。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="142"/>
        <location filename="../app/cli/cmd_report.cpp" line="193"/>
        <location filename="../app/cli/cmd_solve.cpp" line="31"/>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="152"/>
        <source>expected MODEL, at least one --recipe and at least one -o OUT</source>
        <translation>应指定 MODEL、至少一个 --recipe 和至少一个 -o OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="153"/>
        <source>Try &apos;pare-cli report --help&apos;.</source>
        <translation>请尝试 &apos;pare-cli report --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="172"/>
        <source>--damage needs --solve</source>
        <translation>--damage 需要与 --solve 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="182"/>
        <source>The default study of the bundled demo language model: the original and four variants (int8 per channel; int4 group 128; 50 % pruned + int8; low-rank 90 % energy), and the budget solver&apos;s plan at the size of the int4 variant beside them, written as a report in every format.</source>
        <translation>对内置演示语言模型的默认研究：原始模型和四个变体（int8 逐通道；int4 组大小 128；50 % 剪枝 + int8；低秩 90 % 能量），以及预算求解器在 int4 变体大小下的方案，一并以所有格式写成报告。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="186"/>
        <source>Folder for the report files (default: pare-demo-report).</source>
        <translation>报告文件所在的文件夹（默认：pare-demo-report）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="187"/>
        <source>Which demo: lm (default) or classifier.</source>
        <translation>演示类型：lm（默认）或 classifier。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="187"/>
        <source>which</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="188"/>
        <source>Leave out the budget solver&apos;s plan and front.</source>
        <translation>不包含预算求解器的方案和前沿。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="192"/>
        <source>How the solver measures damage: output (default), weight or e2e.</source>
        <translation>求解器衡量损伤的方式：output（默认）、weight 或 e2e。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="210"/>
        <source>--model must be &apos;lm&apos; or &apos;classifier&apos;, got &apos;%1&apos;</source>
        <translation>--model 必须是 &apos;lm&apos; 或 &apos;classifier&apos;，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="214"/>
        <source>the demo models are not installed (looked for %1)</source>
        <translation>未安装演示模型（查找位置：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="228"/>
        <source>solver, %1 size</source>
        <translation>求解器，与 %1 同等大小</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="232"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="241"/>
        <source>Compare recipes against the original in a report</source>
        <translation>在报告中将各配方与原始模型比较</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="242"/>
        <source>Run the default study on the bundled demo model</source>
        <translation>在内置演示模型上运行默认研究</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="25"/>
        <source>Choose one compression option per layer that loses the least quality within a budget.</source>
        <translation>为每层选择一个压缩选项，使其在预算内质量损失最小。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="28"/>
        <source>Size (1.5GB, 800MB), bits per weight (4.5bpw), ratio (4x) or latency (30ms).</source>
        <translation>大小（1.5GB、800MB）、每权重位数（4.5bpw）、压缩比（4x）或延迟（30ms）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="29"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="30"/>
        <source>How damage is measured: weight, output or e2e.</source>
        <translation>损伤的衡量方式：weight、output 或 e2e。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="32"/>
        <source>Option menu as JSON (default: 13 options).</source>
        <translation>JSON 格式的选项菜单（默认：13 个选项）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="33"/>
        <source>Give layers matching PAT exactly this option (repeatable).</source>
        <translation>为匹配 PAT 的层指定此选项（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="34"/>
        <source>PAT=OPTION</source>
        <translation>PAT=OPTION</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="35"/>
        <source>Keep layers matching PAT original (repeatable).</source>
        <translation>使匹配 PAT 的层保持原样（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="36"/>
        <source>PAT</source>
        <translation>PAT</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="37"/>
        <source>Write the recipe here.</source>
        <translation>将配方写入此处。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="38"/>
        <source>Write the Pareto front (.json or .csv).</source>
        <translation>写出帕累托前沿（.json 或 .csv）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="40"/>
        <source>Sensitivity cache: read to resume, written as the sweep goes.</source>
        <translation>敏感度缓存：读取以继续，随扫描进行而写入。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="42"/>
        <source>Evaluation data for e2e damage; calibration data for output damage: text for language models, examples (.npz/.npy/IDX/CSV) for graph models (default: the demo&apos;s).</source>
        <translation>e2e 损伤使用评估数据；output 损伤使用校准数据：语言模型为文本，图模型为样本（.npz/.npy/IDX/CSV）（默认：演示数据）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="46"/>
        <source>Output damage: calibrate on the text&apos;s first N tokens (0: all).</source>
        <translation>输出损伤：在文本的前 N 个 token 上校准（0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="50"/>
        <source>Output damage on graph models: calibrate on the data&apos;s last N examples (0: all).</source>
        <translation>图模型的输出损伤：在数据的最后 N 个样本上校准（0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="53"/>
        <source>Language models: e2e damage on the text&apos;s first N bytes (0: all).</source>
        <translation>语言模型：在文本的前 N 个字节上计算 e2e 损伤（0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="56"/>
        <source>Time every layer&apos;s kernel (else latency = bytes ÷ bandwidth).</source>
        <translation>为每层的内核计时（否则延迟 = 字节数 ÷ 带宽）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="57"/>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="63"/>
        <source>give exactly one MODEL</source>
        <translation>请只指定一个 MODEL</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="65"/>
        <source>--budget is required</source>
        <translation>必须指定 --budget</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="67"/>
        <source>-o FILE (the recipe to write) is required</source>
        <translation>必须指定 -o FILE（要写入的配方）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="77"/>
        <source>--eval-bytes &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--eval-bytes &apos;%1&apos;：应为非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="80"/>
        <source>--calibration-tokens &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--calibration-tokens &apos;%1&apos;：应为非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="84"/>
        <source>--calibration-examples &apos;%1&apos;: expected a non-negative integer</source>
        <translation>--calibration-examples &apos;%1&apos;：应为非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="90"/>
        <source>--lock &apos;%1&apos;: expected PATTERN=OPTION</source>
        <translation>--lock &apos;%1&apos;：应为 PATTERN=OPTION</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="97"/>
        <source>--front &apos;%1&apos;: expected a .json or .csv file</source>
        <translation>--front &apos;%1&apos;：应为 .json 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="143"/>
        <source>Budget %1: %2 bytes (%3x, %4 bits per weight), damage %5 (%6), %7%8</source>
        <translation>预算 %1：%2 字节（%3x，每权重 %4 位），损伤 %5（%6）%7%8</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="150"/>
        <source>, optimal</source>
        <translation>，最优</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="150"/>
        <source>, gap %1</source>
        <translation>，差距 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="154"/>
        <source>Recipe written to %1</source>
        <translation>配方已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_solve.cpp" line="161"/>
        <source>Choose a per-layer plan for a size or latency budget</source>
        <translation>按大小或延迟预算选择逐层方案</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="82"/>
        <source>%n tensor(s), %1 parameters, %2 bytes</source>
        <translation>
            <numerusform>%n 个张量，%1 个参数，%2 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="78"/>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>tensor</source>
        <translation>张量</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="59"/>
        <source>histogram of log10|w| of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>%1 的 log10|w| 直方图：%n 个区间，范围 [%2, %3]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="60"/>
        <source>histogram of %1: %n bin(s) over [%2, %3]</source>
        <translation>
            <numerusform>%1 的直方图：%n 个区间，范围 [%2, %3]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="69"/>
        <source>below the range %1, above %2, zeros (log scale) %3, NaN %4, Inf %5</source>
        <translation>低于范围 %1，高于范围 %2，零值（对数刻度）%3，NaN %4，Inf %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="87"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>kurt</source>
        <translation>峰度</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="88"/>
        <source>zeros</source>
        <translation>零值</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="89"/>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="89"/>
        <source>outliers</source>
        <translation>离群值</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="99"/>
        <source>layer %1: %n output channel(s), %2 dead, median |w|max %3</source>
        <translation>
            <numerusform>层 %1：%n 个输出通道，%2 个全零，|w|max 中位数 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="109"/>
        <source>beyond computed rank</source>
        <translation>超出已计算的秩</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_stats.cpp" line="112"/>
        <source>spectrum %1×%2 (%3, %n value(s)): ranks for 90/95/99 % energy: %4</source>
        <translation>
            <numerusform>谱 %1×%2（%3，%n 个值）：90/95/99 % 能量对应的秩：%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="115"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="115"/>
        <source>randomized</source>
        <translation>随机化</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="119"/>
        <source>lint findings: %1</source>
        <translation>检查结果：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="128"/>
        <source>Weight statistics of every tensor (min, max, mean, std, kurtosis, zeros, percentiles, outliers, histogram), per-channel ranges and the quantization lint.</source>
        <translation>每个张量的权重统计（最小值、最大值、均值、标准差、峰度、零值、百分位数、离群值、直方图）、逐通道范围以及量化检查。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="133"/>
        <source>Histogram bins, 16 to 4096 (default 256).</source>
        <translation>直方图区间数，16 到 4096（默认 256）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="136"/>
        <source>Only this layer, with its singular-value spectrum.</source>
        <translation>仅此层，并附带其奇异值谱。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="139"/>
        <source>Count |w| ≤ T as near zero (default %1).</source>
        <translation>将 |w| ≤ T 计为接近零（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="142"/>
        <source>Count |w − mean| &gt; K·std as an outlier (default %1).</source>
        <translation>将 |w − 均值| &gt; K·标准差 计为离群值（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="145"/>
        <source>With --layer: also its histogram over [LO, HI] (log10 units with --log).</source>
        <translation>与 --layer 一起使用：同时输出该层在 [LO, HI] 上的直方图（使用 --log 时为 log10 单位）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="148"/>
        <source>With --layer: also its histogram of log10|w|.</source>
        <translation>与 --layer 一起使用：同时输出该层 log10|w| 的直方图。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="153"/>
        <source>expected one model path</source>
        <translation>应指定一个模型路径</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="160"/>
        <source>must be 16 to 4096, not &apos;</source>
        <translation>必须介于 16 到 4096 之间，而不是 &apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="173"/>
        <source>--near-zero must be a number ≥ 0, not &apos;%1&apos;</source>
        <translation>--near-zero 必须是 ≥ 0 的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="176"/>
        <source>--sigmas must be a number &gt; 0, not &apos;%1&apos;</source>
        <translation>--sigmas 必须是 &gt; 0 的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="180"/>
        <source>--range and --log need --layer</source>
        <translation>--range 和 --log 需要 --layer</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="190"/>
        <source>--range must be LO:HI with LO &lt; HI, not &apos;%1&apos;</source>
        <translation>--range 必须是 LO:HI 且 LO &lt; HI，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="208"/>
        <source>%1: no layer named &apos;%2&apos;</source>
        <translation>%1：没有名为 &apos;%2&apos; 的层</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="215"/>
        <source>%1: layer &apos;%2&apos; has no weight</source>
        <translation>%1：层 &apos;%2&apos; 没有权重</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_stats.cpp" line="260"/>
        <source>Weight statistics, channel ranges, spectrum and quantization lint.</source>
        <translation>权重统计、通道范围、谱和量化检查。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="24"/>
        <source>Replay a project saved by the GUI: compress its model with each of the project&apos;s variants, measure them as the GUI does, and write the comparison report. When the project holds a complete sensitivity sweep (the Budget dock&apos;s), the report adds the budget solver&apos;s front and its plans against the uniform recipes.</source>
        <translation>重放由 GUI 保存的项目：用项目中的每个变体压缩其模型，按 GUI 的方式进行测量，并写出比较报告。如果项目包含完整的敏感度扫描（来自预算面板），报告还会加入预算求解器的前沿及其方案与统一配方的对比。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="28"/>
        <source>A Pare project (.pare).</source>
        <translation>Pare 项目（.pare）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="39"/>
        <source>Replay every variant, also those hidden in the Compare dock.</source>
        <translation>重放所有变体，包括在“比较”面板中隐藏的变体。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="41"/>
        <source>Data for the variants&apos; activation-aware (&quot;score&quot;: &quot;wanda&quot;) pruning (default: the calibration data saved with the project).</source>
        <translation>用于各变体激活感知（&quot;score&quot;: &quot;wanda&quot;）剪枝的数据（默认：随项目保存的校准数据）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="48"/>
        <source>expected PROJECT.pare and at least one -o OUT</source>
        <translation>应指定 PROJECT.pare 和至少一个 -o OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="85"/>
        <source>%1: variant &apos;%2&apos;</source>
        <translation>%1：变体 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="93"/>
        <source>%1: the project has no variants to replay (compute one in the GUI and save the project%2)</source>
        <translation>%1：项目中没有可重放的变体（请在 GUI 中计算一个变体并保存项目%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="94"/>
        <source>, or pass --all to replay hidden ones</source>
        <translation>，或使用 --all 重放隐藏的变体</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_study.cpp" line="134"/>
        <source>Replay a project saved by the GUI and write its report</source>
        <translation>重放由 GUI 保存的项目并写出其报告</translation>
    </message>
</context>
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
    <name>pare::core</name>
    <message>
        <location filename="../core/analysis/lint.cpp" line="40"/>
        <location filename="../core/io/ggufwriter.cpp" line="186"/>
        <source>tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="41"/>
        <source>layer &apos;%1&apos; (tensor &apos;%2&apos;)</source>
        <translation>层 &apos;%1&apos;（张量 &apos;%2&apos;）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="63"/>
        <source>%1: %n of %2 output channels are all zero (first: channel %3); they can be pruned for free</source>
        <translation>
            <numerusform>%1：%2 个输出通道中有 %n 个全为零（第一个：通道 %3）；可以无损剪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/lint.cpp" line="81"/>
        <source>%1: %n output channel(s) have |w|max above %2× the median channel |w|max of %3 (worst: channel %4 at %5); per-tensor quantization will crush the other channels</source>
        <translation>
            <numerusform>%1：%n 个输出通道的 |w|max 超过通道 |w|max 中位数 %3 的 %2 倍（最严重：通道 %4，值为 %5）；按张量量化会压垮其他通道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="105"/>
        <source>%1: only %2 distinct values (sampled) in %3 elements of %4: already quantized; quantizing again gains little</source>
        <translation>%1：%4 的 %3 个元素中只有 %2 个不同的值（抽样）：已经量化过；再次量化收益甚微</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="107"/>
        <source>%1: only %2 distinct values in %3 elements of %4: already quantized; quantizing again gains little</source>
        <translation>%1：%4 的 %3 个元素中只有 %2 个不同的值：已经量化过；再次量化收益甚微</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="92"/>
        <source>%1: excess kurtosis %2 (above %3): heavy tails; prefer per-channel or outlier-aware quantization</source>
        <translation>%1：超额峰度 %2（高于 %3）：重尾分布；建议使用逐通道量化或考虑离群值的量化</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="99"/>
        <source>%1: %2 of the weights are exactly zero (above %3): already sparse</source>
        <translation>%1：%2 的权重恰好为零（高于 %3）：已经是稀疏的</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="151"/>
        <source>tensors %1 hold identical bytes (%2 each): tied or duplicated weights, stored %3 times</source>
        <translation>张量 %1 的字节完全相同（各 %2 字节）：绑定或重复的权重，存储了 %3 次</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="178"/>
        <source>layer &apos;%1&apos; shares tensor &apos;%2&apos; with %3 (tied weights): compressing the tensor changes each of them</source>
        <translation>层 &apos;%1&apos; 与 %3 共用张量 &apos;%2&apos;（绑定权重）：压缩该张量会改变其中每一层</translation>
    </message>
    <message>
        <location filename="../core/analysis/lint.cpp" line="204"/>
        <source>%1: %2 NaN and %3 Inf among %4 values</source>
        <translation>%1：%4 个值中有 %2 个 NaN 和 %3 个 Inf</translation>
    </message>
    <message>
        <location filename="../core/common/atomicfile.cpp" line="15"/>
        <location filename="../core/common/atomicfile.cpp" line="22"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="325"/>
        <source>%1: cannot create a pipe for the reader process: %2</source>
        <translation>%1：无法为读取进程创建管道：%2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="335"/>
        <source>%1: cannot start the reader process: %2</source>
        <translation>%1：无法启动读取进程：%2</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="462"/>
        <source>the reader process hung on a lock it inherited; the reader was stopped</source>
        <translation>读取进程卡在继承的锁上；读取器已停止</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="467"/>
        <source>the reader process sent nothing within %1 s; the reader was stopped</source>
        <translation>读取进程在 %1 秒内没有发送任何内容；读取器已停止</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="472"/>
        <source>reading this file did not finish within %1 s; the reader was stopped (the file is corrupt, or the machine is badly overloaded)</source>
        <translation>读取此文件未能在 %1 秒内完成；读取进程已被终止（文件已损坏，或计算机负载过高）</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="477"/>
        <source>the reader process sent more than %1 bytes; refused</source>
        <translation>读取进程发送的数据超过 %1 字节；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="482"/>
        <source>the library reading this file crashed (signal %1, %2) — the file is corrupt or hostile</source>
        <translation>读取此文件的库崩溃了（信号 %1，%2）——文件已损坏或是恶意文件</translation>
    </message>
    <message>
        <location filename="../core/common/isolate.cpp" line="488"/>
        <source>the reader process failed (exit status %1) without a complete answer — the file is corrupt or hostile</source>
        <translation>读取进程失败（退出状态 %1），未返回完整结果——文件已损坏或是恶意文件</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="11"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="12"/>
        <source>invalid argument</source>
        <translation>无效参数</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="13"/>
        <source>I/O error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="14"/>
        <source>format error</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="15"/>
        <source>unsupported</source>
        <translation>不受支持</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="16"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="17"/>
        <source>not a Pare project</source>
        <translation>不是 Pare 项目</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="18"/>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="20"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/common/result.cpp" line="25"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="17"/>
        <source>Pare variant file</source>
        <translation>Pare 变体文件</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="18"/>
        <source>encoded safetensors</source>
        <translation>编码的 safetensors</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="19"/>
        <source>GGUF for llama.cpp</source>
        <translation>适用于 llama.cpp 的 GGUF</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="20"/>
        <source>ONNX with Q/DQ</source>
        <translation>带 Q/DQ 的 ONNX</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="21"/>
        <source>decompressed copy</source>
        <translation>解压后的副本</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="22"/>
        <location filename="../core/model/model.cpp" line="206"/>
        <source>Hugging Face directory</source>
        <translation>Hugging Face 目录</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="55"/>
        <source>%1: a decompressed copy of a %2 model is a %3 file</source>
        <translation>%1：%2 模型的解压副本是 %3 文件</translation>
    </message>
    <message>
        <location filename="../core/export/exportvariant.cpp" line="151"/>
        <source>%1 weights as int8/uint8 + DequantizeLinear, %2 low-rank pairs, %3 as float reconstructions</source>
        <translation>%1 个权重存为 int8/uint8 + DequantizeLinear，%2 个低秩矩阵对，%3 个存为浮点重建值</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="77"/>
        <source>%1: GGUF %2 at offset %3: %4</source>
        <translation>%1：GGUF %2（偏移量 %3）：%4</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="83"/>
        <source>file truncated reading %1 (needs %2 bytes, %3 remain)</source>
        <translation>读取 %1 时文件被截断（需要 %2 字节，剩余 %3 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="107"/>
        <source>%1 length %2 runs past the end of the file (%3 bytes remain)</source>
        <translation>%1 的长度 %2 超出文件末尾（剩余 %3 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="178"/>
        <location filename="../core/io/ggufwriter.cpp" line="60"/>
        <source>arrays nested deeper than %1 levels</source>
        <translation>数组嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="191"/>
        <source>array of %1 %2 values needs at least %3 bytes per element, but only %4 bytes remain</source>
        <translation>包含 %1 个 %2 值的数组每个元素至少需要 %3 字节，但只剩 %4 字节</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="244"/>
        <source>empty tensor name</source>
        <translation>张量名称为空</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="245"/>
        <source>tensor name is not valid UTF-8</source>
        <translation>张量名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="255"/>
        <source>n_dims %1 exceeds the maximum of %2</source>
        <translation>n_dims %1 超过最大值 %2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="265"/>
        <source>ne[%1] = %2 is out of range</source>
        <translation>ne[%1] = %2 超出范围</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="280"/>
        <source>%1: GGUF %2 at offset %3: tensor type %4 (%5) is not supported</source>
        <translation>%1：GGUF %2（偏移量 %3）：不支持张量类型 %4（%5）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="290"/>
        <source>shape [%1] overflows</source>
        <translation>形状 [%1] 溢出</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="296"/>
        <source>ne[0] = %1 is not a multiple of the %2 block size %3</source>
        <translation>ne[0] = %1 不是 %2 块大小 %3 的倍数</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="304"/>
        <source>%1 elements of %2 do not fit a byte count</source>
        <translation>%1 个 %2 元素的字节数溢出</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="316"/>
        <source>%1: GGUF tensor &apos;%2&apos; (info at offset %3)</source>
        <translation>%1：GGUF 张量 &apos;%2&apos;（信息位于偏移量 %3）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="320"/>
        <source>%1: data offset %2 is not a multiple of the alignment %3</source>
        <translation>%1：数据偏移量 %2 不是对齐值 %3 的倍数</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="325"/>
        <source>%1: data [%2, +%3 bytes) from the data section at %4 runs past the end of the file (%5 bytes)</source>
        <translation>%1：数据 [%2, +%3 字节)（自位于 %4 的数据段起）超出文件末尾（%5 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="340"/>
        <source>%1: GGUF tensor &apos;%2&apos; data at offset %3 overlaps tensor &apos;%4&apos; at offset %5 (%6 bytes)</source>
        <translation>%1：GGUF 张量 &apos;%2&apos; 位于偏移量 %3 的数据与偏移量 %5 处的张量 &apos;%4&apos; 重叠（%6 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="352"/>
        <source>%1: file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="358"/>
        <source>%1: not a GGUF file (magic at offset 0 is 0x%2, expected &quot;GGUF&quot;)</source>
        <translation>%1：不是 GGUF 文件（偏移量 0 处的魔数为 0x%2，应为“GGUF”）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="364"/>
        <source>%1: GGUF version 1 (offset 4) is not supported: it predates 64-bit counts; re-convert the model with current llama.cpp</source>
        <translation>%1：不支持 GGUF 版本 1（偏移量 4）：该版本早于 64 位计数；请使用最新的 llama.cpp 重新转换模型</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="370"/>
        <source>%1: big-endian GGUF (version field at offset 4) is not supported</source>
        <translation>%1：不支持大端序 GGUF（版本字段位于偏移量 4）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="372"/>
        <source>%1: GGUF version %2 (offset 4) is not supported; Pare reads versions 2 and 3</source>
        <translation>%1：不支持 GGUF 版本 %2（偏移量 4）；Pare 可读取版本 2 和 3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="380"/>
        <source>metadata_kv_count %1 is impossible: %2 bytes remain</source>
        <translation>metadata_kv_count %1 不可能成立：仅剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="383"/>
        <source>tensor_count %1 is impossible: %2 bytes remain</source>
        <translation>tensor_count %1 不可能成立：仅剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="391"/>
        <source>metadata entry %1</source>
        <translation>元数据条目 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="399"/>
        <source>key is not valid UTF-8</source>
        <translation>键不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="406"/>
        <source>duplicate key</source>
        <translation>重复的键</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="416"/>
        <source>metadata &apos;general.alignment&apos;</source>
        <translation>元数据 &apos;general.alignment&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="419"/>
        <source>%1: GGUF general.alignment has type %2, expected u32</source>
        <translation>%1：GGUF general.alignment 的类型为 %2，应为 u32</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="424"/>
        <source>%1: GGUF general.alignment %2 is not a power of two</source>
        <translation>%1：GGUF general.alignment %2 不是 2 的幂</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="434"/>
        <source>tensor info %1</source>
        <translation>张量信息 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufparser.cpp" line="440"/>
        <source>duplicate tensor name</source>
        <translation>重复的张量名称</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="43"/>
        <source>unknown value type %1</source>
        <translation>未知的值类型 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="50"/>
        <source>a %1 needs %2 bytes, %3 given</source>
        <translation>%1 值需要 %2 字节，实际给出 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="57"/>
        <source>array elements were not loaded (take metadata from readGgufMetadata, not Model::metadata)</source>
        <translation>数组元素未加载（请从 readGgufMetadata 而非 Model::metadata 获取元数据）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="62"/>
        <source>unknown array element type %1</source>
        <translation>未知的数组元素类型 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="68"/>
        <source>array of %1 %2 values holds %3 bytes</source>
        <translation>包含 %1 个 %2 值的数组占 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="74"/>
        <source>array count %1 but %2 strings</source>
        <translation>数组计数为 %1，但有 %2 个字符串</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="79"/>
        <source>array count %1 but %2 items</source>
        <translation>数组计数为 %1，但有 %2 个元素</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="107"/>
        <source>writing tensor &apos;%1&apos;: %2</source>
        <translation>写入张量 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="164"/>
        <source>metadata key &apos;%1&apos; appears twice</source>
        <translation>元数据键 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="170"/>
        <source>general.alignment must be a u32 power of two</source>
        <translation>general.alignment 必须是 u32 类型的 2 的幂</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="175"/>
        <source>%1: metadata &apos;%2&apos;</source>
        <translation>%1：元数据 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="188"/>
        <source>a tensor has no name</source>
        <translation>有张量没有名称</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="190"/>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="193"/>
        <source>%1 has no data</source>
        <translation>%1 没有数据</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="195"/>
        <source>%1 has rank %2; GGUF allows at most %3</source>
        <translation>%1 的维数为 %2；GGUF 最多允许 %3</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="201"/>
        <source>%1: %2: cannot store %3 values as %4 in GGUF</source>
        <translation>%1：%2：无法在 GGUF 中将 %3 值存储为 %4</translation>
    </message>
    <message>
        <location filename="../core/io/ggufwriter.cpp" line="209"/>
        <source>%1: innermost dimension %2 is not a multiple of the %3 block size %4</source>
        <translation>%1：最内层维度 %2 不是 %3 块大小 %4 的倍数</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="41"/>
        <source>unknown key (allowed: %1)</source>
        <translation>未知的键（允许：%1）</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="59"/>
        <location filename="../core/compress/recipe.cpp" line="522"/>
        <source>must be one of %1</source>
        <translation>必须是以下值之一：%1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="67"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="79"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="87"/>
        <source>%1 is not an integer</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="90"/>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 超出范围 [%2, %3]</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="125"/>
        <source>must be an object, or null to switch it off</source>
        <translation>必须是对象，或为 null 以将其关闭</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="135"/>
        <source>&quot;prune&quot; and &quot;lowrank&quot; cannot both apply to a layer</source>
        <translation>&quot;prune&quot; 和 &quot;lowrank&quot; 不能同时应用于一个层</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="181"/>
        <source>n = %1 must be smaller than m = %2</source>
        <translation>n = %1 必须小于 m = %2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="194"/>
        <source>&quot;global&quot; applies to magnitude pruning only</source>
        <translation>&quot;global&quot; 仅适用于幅值剪枝</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="203"/>
        <source>&quot;wanda&quot; applies to magnitude pruning with &quot;scope&quot;: &quot;layer&quot; only</source>
        <translation>&quot;wanda&quot; 仅适用于 &quot;scope&quot;: &quot;layer&quot; 的幅值剪枝</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="208"/>
        <location filename="../core/compress/recipe.cpp" line="260"/>
        <location filename="../core/compress/recipe.cpp" line="494"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="228"/>
        <source>7 is not one of 2, 3, 4, 5, 6, 8</source>
        <translation>7 不是 2、3、4、5、6、8 之一</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="244"/>
        <source>%1 is not one of 32, 64, 128, 256</source>
        <translation>%1 不是 32、64、128、256 之一</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="255"/>
        <source>float formats take a &quot;tensor&quot; or &quot;channel&quot; scale</source>
        <translation>浮点格式仅支持 &quot;tensor&quot; 或 &quot;channel&quot; 缩放</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="278"/>
        <source>give either &quot;rank&quot; or &quot;energy&quot;, not both</source>
        <translation>请指定 &quot;rank&quot; 或 &quot;energy&quot;，不能同时指定</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="401"/>
        <source>rank %1</source>
        <translation>秩 %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="402"/>
        <source>energy %1</source>
        <translation>能量 %1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="412"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="416"/>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="426"/>
        <source>missing; this reader understands version 1</source>
        <translation>缺失；此读取器支持版本 1</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="431"/>
        <source>version %1 is not supported (this reader understands 1)</source>
        <translation>不支持版本 %1（此读取器支持 1）</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="439"/>
        <location filename="../core/compress/recipe.cpp" line="453"/>
        <location filename="../core/compress/recipe.cpp" line="509"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="448"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="461"/>
        <source>a non-empty glob or &quot;re:&quot; expression is required</source>
        <translation>需要非空的通配符模式或 &quot;re:&quot; 表达式</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="468"/>
        <source>the regular expression does not compile: %1 at offset %2</source>
        <translation>正则表达式无法编译：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="479"/>
        <source>must be an array of op kinds</source>
        <translation>必须是算子类型的数组</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="485"/>
        <source>must be one of Dense, Conv, Embedding, Norm, Other</source>
        <translation>必须是 Dense、Conv、Embedding、Norm、Other 之一</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="500"/>
        <source>a skipping rule cannot also set methods</source>
        <translation>跳过规则不能同时设置方法</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="516"/>
        <source>a non-empty string is required</source>
        <translation>需要非空字符串</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="528"/>
        <source>must be a positive number</source>
        <translation>必须是正数</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="537"/>
        <source>must be a non-negative number</source>
        <translation>必须是非负数</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="542"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="554"/>
        <location filename="../core/export/onnxexport.cpp" line="36"/>
        <location filename="../core/io/hfdirreader.cpp" line="28"/>
        <location filename="../core/io/modelio.cpp" line="119"/>
        <location filename="../core/tensor/storage.cpp" line="31"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../core/compress/recipe.cpp" line="559"/>
        <source>%1: %2 bytes is too large for a recipe</source>
        <translation>%1：%2 字节对配方而言过大</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="30"/>
        <source>%1: %2 bytes is too large for a JSON file (limit %3)</source>
        <translation>%1：%2 字节对 JSON 文件而言过大（上限 %3）</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="37"/>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1：偏移量 %2 处的 JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="41"/>
        <location filename="../core/service/project.cpp" line="263"/>
        <location filename="../core/service/project.cpp" line="739"/>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="58"/>
        <source>%1: not a directory</source>
        <translation>%1：不是目录</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="62"/>
        <source>%1: no config.json in this directory</source>
        <translation>%1：此目录中没有 config.json</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="78"/>
        <source>%1: field &apos;weight_map&apos; missing or not an object</source>
        <translation>%1：字段 &apos;weight_map&apos; 缺失或不是对象</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="84"/>
        <source>%1: field &apos;weight_map&apos;, tensor &apos;%2&apos;: &apos;%3&apos; is not a file name in this directory</source>
        <translation>%1：字段 &apos;weight_map&apos;，张量 &apos;%2&apos;：&apos;%3&apos; 不是此目录中的文件名</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="95"/>
        <source>%1: shard &apos;%2&apos; named in field &apos;weight_map&apos; is missing</source>
        <translation>%1：字段 &apos;weight_map&apos; 中指定的分片 &apos;%2&apos; 不存在</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="105"/>
        <source>%1: no model.safetensors, model.safetensors.index.json or *.safetensors file</source>
        <translation>%1：没有 model.safetensors、model.safetensors.index.json 或 *.safetensors 文件</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="127"/>
        <source>%1: tensor &apos;%2&apos; also appears in an earlier shard</source>
        <translation>%1：张量 &apos;%2&apos; 也出现在之前的分片中</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="132"/>
        <source>%1: tensor &apos;%2&apos; is not listed in %3</source>
        <translation>%1：张量 &apos;%2&apos; 未在 %3 中列出</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="136"/>
        <source>%1: field &apos;weight_map&apos; places tensor &apos;%2&apos; in &apos;%3&apos;, but it is in &apos;%4&apos;</source>
        <translation>%1：字段 &apos;weight_map&apos; 将张量 &apos;%2&apos; 指向 &apos;%3&apos;，但它实际位于 &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/hfdirreader.cpp" line="149"/>
        <source>%1: field &apos;weight_map&apos; lists tensor &apos;%2&apos; in &apos;%3&apos;, which does not hold it</source>
        <translation>%1：字段 &apos;weight_map&apos; 将张量 &apos;%2&apos; 列在 &apos;%3&apos; 中，但该文件并不包含它</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="164"/>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 不是有效的 JSON（偏移量 %2：%3）</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="168"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="179"/>
        <source>%1 has no class_name or no config.layers list; not a Keras model config</source>
        <translation>%1 没有 class_name 或 config.layers 列表；不是 Keras 模型配置</translation>
    </message>
    <message>
        <location filename="../core/io/kerasconfig.cpp" line="192"/>
        <source>%1: layer %2 has no class_name or name</source>
        <translation>%1：层 %2 没有 class_name 或 name</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="203"/>
        <source>%1 named in weight_names is missing</source>
        <translation>weight_names 中指定的 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="206"/>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="208"/>
        <location filename="../core/io/parereader.cpp" line="49"/>
        <source>%1 keeps its data in another file (external or virtual storage); refused</source>
        <translation>%1 的数据存放在其他文件中（外部或虚拟存储）；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="213"/>
        <source>%1 has an unreadable dataspace</source>
        <translation>%1 的数据空间无法读取</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="217"/>
        <source>%1 has shape [%2], over the %3-element limit</source>
        <translation>%1 的形状为 [%2]，超过 %3 个元素的上限</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="229"/>
        <location filename="../core/io/parereader.cpp" line="59"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold</source>
        <translation>%1 声称占用 %2 字节，超过了 %3 字节的文件所能容纳的大小</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="248"/>
        <source>%1 claims %2 bytes, more than a %3-byte file can hold together with its other datasets</source>
        <translation>%1 声称占用 %2 字节，加上其他数据集后超过了 %3 字节的文件所能容纳的大小</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="256"/>
        <location filename="../core/io/parereader.cpp" line="64"/>
        <source>%1 cannot be read (truncated or corrupt)</source>
        <translation>无法读取 %1（被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="269"/>
        <source>group %1%2 listed in layer_names is missing</source>
        <translation>layer_names 中列出的组 %1%2 不存在</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="287"/>
        <source>group %1%2 has no weight_names attribute</source>
        <translation>组 %1%2 没有 weight_names 属性</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="308"/>
        <source>not a readable HDF5 file (bad signature, truncated or corrupt)</source>
        <translation>不是可读的 HDF5 文件（签名错误、被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="317"/>
        <source>root attribute model_config is not a string</source>
        <translation>根属性 model_config 不是字符串</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="321"/>
        <source>group model_weights is missing (a model saved without weights?)</source>
        <translation>缺少组 model_weights（模型保存时未包含权重？）</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="330"/>
        <source>an HDF5 file, but not a Keras model: no root attribute model_config or layer_names</source>
        <translation>是 HDF5 文件，但不是 Keras 模型：没有根属性 model_config 或 layer_names</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="334"/>
        <source>group %1 cannot be opened</source>
        <translation>无法打开组 %1</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="338"/>
        <source>attribute %1layer_names is missing or not a string list</source>
        <translation>属性 %1layer_names 缺失或不是字符串列表</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="344"/>
        <location filename="../core/io/kerash5reader.cpp" line="628"/>
        <source>%1layer_names[%2] is empty or repeated</source>
        <translation>%1layer_names[%2] 为空或重复</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="370"/>
        <location filename="../core/io/parereader.cpp" line="226"/>
        <source>%1: the HDF5 reader process sent a malformed answer</source>
        <translation>%1：HDF5 读取进程返回了格式错误的应答</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="418"/>
        <source>%1: %2 has a data type Pare does not hold; skipped</source>
        <translation>%1：%2 的数据类型 Pare 无法存储；已跳过</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="431"/>
        <source>%1: inconsistent shape, type or size from the HDF5 reader process</source>
        <translation>%1：HDF5 读取进程返回的形状、类型或大小不一致</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="449"/>
        <source>%1: data offset out of range</source>
        <translation>%1：数据偏移量超出范围</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="535"/>
        <source>%1: weight &apos;%2&apos; has shape [%3], but model_config layer &apos;%4&apos; (%5) says %6</source>
        <translation>%1：权重 &apos;%2&apos; 的形状为 [%3]，但 model_config 中的层 &apos;%4&apos;（%5）声明 %6</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="543"/>
        <source>units = %1 and %2 inputs</source>
        <translation>units = %1，输入数 %2</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="550"/>
        <location filename="../core/io/kerash5reader.cpp" line="556"/>
        <source>filters = %1 and %2 input channels</source>
        <translation>filters = %1，输入通道数 %2</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="561"/>
        <source>%1 input channels</source>
        <translation>%1 个输入通道</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="566"/>
        <source>input_dim = %1, output_dim = %2</source>
        <translation>input_dim = %1，output_dim = %2</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="589"/>
        <location filename="../core/io/onnxreader.cpp" line="500"/>
        <location filename="../core/service/project.cpp" line="698"/>
        <location filename="../core/tensor/storage.cpp" line="23"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/io/kerash5reader.cpp" line="615"/>
        <source>%1: root attribute model_config</source>
        <translation>%1：根属性 model_config</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="26"/>
        <source>%1: not a model file Pare can read (%2)</source>
        <translation>%1：不是 Pare 能读取的模型文件（%2）</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="105"/>
        <source>%1: no such file or directory</source>
        <translation>%1：文件或目录不存在</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="114"/>
        <source>a directory with config.json but no *.safetensors</source>
        <translation>包含 config.json 但没有 *.safetensors 的目录</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="115"/>
        <source>a directory without config.json</source>
        <translation>没有 config.json 的目录</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="122"/>
        <location filename="../core/io/onnxreader.cpp" line="502"/>
        <location filename="../core/runtime/datasets.cpp" line="275"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="145"/>
        <source>a safetensors-like header whose length %1 exceeds the file size %2</source>
        <translation>类似 safetensors 的文件头，其长度 %1 超过文件大小 %2</translation>
    </message>
    <message>
        <location filename="../core/io/modelio.cpp" line="150"/>
        <source>%1 bytes starting with %2, which match no supported format</source>
        <translation>%1 字节，以 %2 开头，不匹配任何受支持的格式</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="25"/>
        <source>%1: member &apos;%2&apos;</source>
        <translation>%1：成员 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="27"/>
        <source>%1: duplicate member name</source>
        <translation>%1：成员名称重复</translation>
    </message>
    <message>
        <location filename="../core/io/npzreader.cpp" line="34"/>
        <location filename="../core/io/zip.cpp" line="257"/>
        <source>%1: CRC-32 %2 does not match the declared %3</source>
        <translation>%1：CRC-32 %2 与声明的 %3 不符</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="67"/>
        <source>%1: tensor &apos;%2&apos;: numpy has no dtype for %3</source>
        <translation>%1：张量 &apos;%2&apos;：numpy 没有与 %3 对应的 dtype</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="71"/>
        <location filename="../core/io/safetensorswriter.cpp" line="116"/>
        <source>%1: tensor name &apos;%2&apos; appears twice</source>
        <translation>%1：张量名称 &apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="78"/>
        <location filename="../core/io/safetensorswriter.cpp" line="131"/>
        <source>%1: write failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="93"/>
        <source>%1: tensor &apos;%2&apos; ends beyond 4 GiB; .npz output needs zip64, which Pare does not write</source>
        <translation>%1：张量 &apos;%2&apos; 的结尾超过 4 GiB；输出 .npz 需要 zip64，而 Pare 不写入 zip64</translation>
    </message>
    <message>
        <location filename="../core/io/npzwriter.cpp" line="140"/>
        <source>%1: too many tensors or bytes for a zip without zip64</source>
        <translation>%1：对不含 zip64 的 zip 文件而言，张量或字节过多</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="26"/>
        <source>%1: .npy header: %2</source>
        <translation>%1：.npy 文件头：%2</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="116"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; is not a dtype</source>
        <translation>字段 &apos;descr&apos;：&apos;%1&apos; 不是 dtype</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="121"/>
        <source>%1: .npy header: field &apos;descr&apos; &apos;%2&apos; is an object (pickled) array; Pare never unpickles</source>
        <translation>%1：.npy 文件头：字段 &apos;descr&apos; &apos;%2&apos; 是对象（pickle）数组；Pare 从不执行 unpickle</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="124"/>
        <source>field &apos;descr&apos;: &apos;%1&apos; has no byte order</source>
        <translation>字段 &apos;descr&apos;：&apos;%1&apos; 没有字节序</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="135"/>
        <source>%1: .npy header: field &apos;descr&apos;: dtype &apos;%2&apos; is not supported (float 16/32/64, int 8–64, uint8 and bool are)</source>
        <translation>%1：.npy 文件头：字段 &apos;descr&apos;：不支持 dtype &apos;%2&apos;（支持 float 16/32/64、int 8–64、uint8 和 bool）</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="192"/>
        <source>no \x93NUMPY magic at offset 0 (%1 bytes)</source>
        <translation>偏移量 0 处没有 \x93NUMPY 魔数（%1 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="200"/>
        <source>truncated at offset %1</source>
        <translation>在偏移量 %1 处被截断</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="206"/>
        <source>%1: .npy format version %2.%3 at offset 6 is not supported</source>
        <translation>%1：不支持偏移量 6 处的 .npy 格式版本 %2.%3</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="210"/>
        <source>header length %1 at offset 8 exceeds the %2 bytes available</source>
        <translation>偏移量 8 处的文件头长度 %1 超过可用的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="221"/>
        <source>no &apos;{&apos; at offset %1</source>
        <translation>偏移量 %1 处没有 &apos;{&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="225"/>
        <source>expected &apos;key&apos;: at offset %1</source>
        <translation>偏移量 %1 处应为 &apos;key&apos;:</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="229"/>
        <source>%1: .npy header: field &apos;descr&apos; is a structured dtype, which Pare does not read</source>
        <translation>%1：.npy 文件头：字段 &apos;descr&apos; 是结构化 dtype，Pare 不读取此类数据</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="233"/>
        <source>field &apos;descr&apos; is not a string</source>
        <translation>字段 &apos;descr&apos; 不是字符串</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="243"/>
        <source>field &apos;fortran_order&apos; is not True/False</source>
        <translation>字段 &apos;fortran_order&apos; 不是 True/False</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="248"/>
        <source>field &apos;shape&apos; is not a tuple</source>
        <translation>字段 &apos;shape&apos; 不是元组</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="252"/>
        <source>field &apos;shape&apos;: dimension %1 is not a non-negative integer</source>
        <translation>字段 &apos;shape&apos;：维度 %1 不是非负整数</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="255"/>
        <source>field &apos;shape&apos; has more than %1 dimensions</source>
        <translation>字段 &apos;shape&apos; 的维数超过 %1</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="259"/>
        <source>field &apos;shape&apos; is malformed at offset %1</source>
        <translation>字段 &apos;shape&apos; 在偏移量 %1 处格式错误</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="264"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="267"/>
        <source>expected &apos;,&apos; or &apos;}&apos; at offset %1</source>
        <translation>偏移量 %1 处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="270"/>
        <source>field &apos;%1&apos; missing</source>
        <translation>缺少字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="275"/>
        <source>field &apos;shape&apos; (%1) overflows</source>
        <translation>字段 &apos;shape&apos;（%1）溢出</translation>
    </message>
    <message>
        <location filename="../core/io/numpyreader.cpp" line="279"/>
        <source>%1: .npy data at offset %2: shape %3 of %4 needs %5 bytes, only %6 present (truncated)</source>
        <translation>%1：偏移量 %2 处的 .npy 数据：%4 类型、形状为 %3 需要 %5 字节，但只有 %6 字节（被截断）</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="177"/>
        <source>%1: data type %2 is not supported; tensor skipped</source>
        <translation>%1：不支持数据类型 %2；已跳过该张量</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="196"/>
        <source>Constant node &apos;%1&apos; attribute %2</source>
        <translation>Constant 节点 &apos;%1&apos; 的属性 %2</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="238"/>
        <source>subgraphs nested beyond any sane depth</source>
        <translation>子图嵌套深度超出合理范围</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="246"/>
        <source>%1: %2 sparse initializers skipped (not supported)</source>
        <translation>%1：已跳过 %2 个稀疏初始化器（不支持）</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="351"/>
        <source>node %1 (%2): group %3 does not divide the weight&apos;s first dimension %4</source>
        <translation>节点 %1（%2）：group %3 不能整除权重的第一维 %4</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="440"/>
        <source>ModelProto has no graph (field 7); not an ONNX model</source>
        <translation>ModelProto 没有图（字段 7）；不是 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="442"/>
        <source>ModelProto.opset_import is empty (ir_version %1 requires it); the file is truncated or not ONNX</source>
        <translation>ModelProto.opset_import 为空（ir_version %1 要求提供）；文件被截断或不是 ONNX</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="506"/>
        <source>%1: the protobuf is %2 bytes, over protobuf&apos;s 2 GB limit; save the model with external data</source>
        <translation>%1：protobuf 大小为 %2 字节，超过了 protobuf 的 2 GB 上限；请使用外部数据 (external data) 保存模型</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="521"/>
        <source>protobuf nested beyond any sane depth (more than %1 levels); refused</source>
        <translation>protobuf 嵌套深度超出合理范围（超过 %1 层）；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxreader.cpp" line="524"/>
        <source>not a valid ONNX protobuf (truncated or corrupt; parsing stopped near byte %1 of %2)</source>
        <translation>不是有效的 ONNX protobuf（被截断或已损坏；解析在第 %1 字节附近停止，共 %2 字节）</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="56"/>
        <source>%1: the model&apos;s directory cannot be resolved</source>
        <translation>%1：无法解析模型所在目录</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="60"/>
        <source>%1: external data file &apos;%2&apos; does not exist (looked in %3)</source>
        <translation>%1：外部数据文件 &apos;%2&apos; 不存在（已在 %3 中查找）</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="42"/>
        <source>%1: external_data location &apos;%2&apos; is empty; refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 为空；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="46"/>
        <source>%1: external_data location &apos;%2&apos; is an absolute path; refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 是绝对路径；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="50"/>
        <source>%1: external_data location &apos;%2&apos; leaves the model&apos;s directory (&quot;..&quot;); refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 离开了模型所在目录（&quot;..&quot;）；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="53"/>
        <source>%1: external_data location &apos;%2&apos; contains a NUL character; refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 包含 NUL 字符；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="66"/>
        <source>%1: external_data location &apos;%2&apos; resolves to %3, outside the model&apos;s directory; refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 解析为 %3，位于模型目录之外；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="71"/>
        <source>%1: external_data location &apos;%2&apos; is not a regular file; refused</source>
        <translation>%1：external_data 位置 &apos;%2&apos; 不是普通文件；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="129"/>
        <source>%1: %2[%3] = %4 is out of range for the tensor&apos;s data type</source>
        <translation>%1：%2[%3] = %4 超出该张量数据类型的范围</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="152"/>
        <source>%1: %2 holds %3 values, the shape needs %4</source>
        <translation>%1：%2 包含 %3 个值，而形状需要 %4 个</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="196"/>
        <source>%1: unhandled dtype</source>
        <translation>%1：未处理的 dtype</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="218"/>
        <source>%1: segmented tensors are not supported</source>
        <translation>%1：不支持分段张量</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="224"/>
        <source>%1: invalid dims [%2]</source>
        <translation>%1：无效的 dims [%2]</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="237"/>
        <source>%1: external_data %2 &apos;%3&apos; is not a non-negative integer</source>
        <translation>%1：external_data %2 &apos;%3&apos; 不是非负整数</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="246"/>
        <source>%1: external_data has no location</source>
        <translation>%1：external_data 没有 location</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="249"/>
        <source>%1: external_data length %2 does not match the %3 bytes of dims [%4]</source>
        <translation>%1：external_data 长度 %2 与 dims [%4] 的 %3 字节不符</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="257"/>
        <source>%1 (external file %2, offset %3)</source>
        <translation>%1（外部文件 %2，偏移量 %3）</translation>
    </message>
    <message>
        <location filename="../core/io/onnxtensor.cpp" line="267"/>
        <source>%1: raw_data holds %2 bytes, dims [%3] of %4 need %5</source>
        <translation>%1：raw_data 包含 %2 字节，而 %4 类型的 dims [%3] 需要 %5 字节</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="53"/>
        <source>%1: graph value &apos;%2&apos; has a bad dtype or shape</source>
        <translation>%1：图值 &apos;%2&apos; 的 dtype 或形状无效</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5format.cpp" line="157"/>
        <source>%1: /model/layers entry %2 (&apos;%3&apos;) has a bad op, layout, shape or tensor index</source>
        <translation>%1：/model/layers 条目 %2（&apos;%3&apos;）的算子、布局、形状或张量索引无效</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="38"/>
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="46"/>
        <source>the root attributes</source>
        <translation>根属性</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="56"/>
        <source>/model attributes</source>
        <translation>/model 属性</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="88"/>
        <source>/tensors/%1 (tensor &apos;%2&apos;)</source>
        <translation>/tensors/%1（张量 &apos;%2&apos;）</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="113"/>
        <source>%1: cannot create the temporary file %2</source>
        <translation>%1：无法创建临时文件 %2</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="116"/>
        <source>(flush failed)</source>
        <translation>（刷新失败）</translation>
    </message>
    <message>
        <location filename="../core/io/pareh5writer.cpp" line="123"/>
        <source>%1: cannot rename %2 into place</source>
        <translation>%1：无法将 %2 重命名到目标位置</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="45"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="55"/>
        <source>%1 is not a 1-D byte dataset</source>
        <translation>%1 不是一维字节数据集</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="78"/>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 在偏移量 %2 处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="90"/>
        <source>not a readable HDF5 file</source>
        <translation>不是可读的 HDF5 文件</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="94"/>
        <source>root attribute pare_format is missing; not a Pare file</source>
        <translation>缺少根属性 pare_format；不是 Pare 文件</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="97"/>
        <source>%1: pare_format %2 is newer than this Pare reads (%3)</source>
        <translation>%1：pare_format %2 比此版本 Pare 可读取的版本（%3）更新</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="101"/>
        <source>group /model is missing</source>
        <translation>缺少组 /model</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="104"/>
        <source>group /model cannot be opened</source>
        <translation>无法打开组 /model</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="126"/>
        <source>group /tensors is missing</source>
        <translation>缺少组 /tensors</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="130"/>
        <source>group /tensors cannot be listed</source>
        <translation>无法列出组 /tensors</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="139"/>
        <source>%1 is missing (%2 entries under /tensors)</source>
        <translation>缺少 %1（/tensors 下有 %2 个条目）</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="151"/>
        <source>%1: attribute shape is not an integer list</source>
        <translation>%1：属性 shape 不是整数列表</translation>
    </message>
    <message>
        <location filename="../core/io/parereader.cpp" line="157"/>
        <source>%1: attribute name or dtype is missing or invalid</source>
        <translation>%1：属性 name 或 dtype 缺失或无效</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="71"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="75"/>
        <source>%1 = %2 is not a non-negative integer</source>
        <translation>%1 = %2 不是非负整数</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="91"/>
        <source>header, tensor &apos;%1&apos;</source>
        <translation>文件头，张量 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="93"/>
        <source>%1: entry is not a JSON object</source>
        <translation>%1：条目不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="99"/>
        <source>%1: field &apos;dtype&apos; missing or not a string</source>
        <translation>%1：字段 &apos;dtype&apos; 缺失或不是字符串</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="103"/>
        <source>%1: field &apos;dtype&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>%1：字段 &apos;dtype&apos;：未知的 dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="107"/>
        <source>%1: field &apos;shape&apos; missing or not an array</source>
        <translation>%1：字段 &apos;shape&apos; 缺失或不是数组</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="110"/>
        <source>%1: field &apos;shape&apos;[%2]</source>
        <translation>%1：字段 &apos;shape&apos;[%2]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="119"/>
        <source>%1: field &apos;data_offsets&apos; missing or not [begin, end]</source>
        <translation>%1：字段 &apos;data_offsets&apos; 缺失或不是 [begin, end]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="120"/>
        <source>%1: field &apos;data_offsets&apos;[0]</source>
        <translation>%1：字段 &apos;data_offsets&apos;[0]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="123"/>
        <source>%1: field &apos;data_offsets&apos;[1]</source>
        <translation>%1：字段 &apos;data_offsets&apos;[1]</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="130"/>
        <source>%1: field &apos;shape&apos; [%2] overflows</source>
        <translation>%1：字段 &apos;shape&apos; [%2] 溢出</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="134"/>
        <source>%1: field &apos;shape&apos; [%2] of %3 overflows</source>
        <translation>%1：%3 类型的字段 &apos;shape&apos; [%2] 溢出</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="138"/>
        <source>%1: field &apos;data_offsets&apos; [%2, %3] holds %4 bytes, but shape [%5] of %6 needs %7</source>
        <translation>%1：字段 &apos;data_offsets&apos; [%2, %3] 包含 %4 字节，但 %6 类型、形状为 [%5] 需要 %7 字节</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="161"/>
        <source>file is %1 bytes, too short for the 8-byte safetensors header length at offset 0</source>
        <translation>文件大小为 %1 字节，不足以容纳偏移量 0 处 8 字节的 safetensors 文件头长度</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="169"/>
        <source>header length %1 at offset 0 exceeds the %2 bytes that follow it</source>
        <translation>偏移量 0 处的文件头长度 %1 超过其后的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="173"/>
        <source>header length %1 at offset 0 exceeds the %2-byte limit</source>
        <translation>偏移量 0 处的文件头长度 %1 超过 %2 字节的上限</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="176"/>
        <source>header length %1 at offset 0 is too short for a JSON object</source>
        <translation>偏移量 0 处的文件头长度 %1 太短，无法容纳 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="181"/>
        <source>header at offset 8 does not start with &apos;{&apos;</source>
        <translation>偏移量 8 处的文件头不是以 &apos;{&apos; 开头</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="187"/>
        <source>header at offset 8 is not valid UTF-8</source>
        <translation>偏移量 8 处的文件头不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="192"/>
        <source>header JSON invalid at offset %1: %2</source>
        <translation>文件头 JSON 在偏移量 %1 处无效：%2</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="195"/>
        <source>header at offset 8 is not a JSON object</source>
        <translation>偏移量 8 处的文件头不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="202"/>
        <source>header: duplicate tensor name &apos;%1&apos;</source>
        <translation>文件头：张量名称 &apos;%1&apos; 重复</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="206"/>
        <source>header: duplicate tensor names (%1 keys, %2 distinct)</source>
        <translation>文件头：张量名称重复（%1 个键，%2 个不同）</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="216"/>
        <source>header: &apos;__metadata__&apos; is not an object</source>
        <translation>文件头：&apos;__metadata__&apos; 不是对象</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="220"/>
        <source>header: &apos;__metadata__&apos; field &apos;%1&apos; is not a string</source>
        <translation>文件头：&apos;__metadata__&apos; 的字段 &apos;%1&apos; 不是字符串</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="241"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] lies beyond the %4-byte data buffer</source>
        <translation>文件头，张量 &apos;%1&apos;：字段 &apos;data_offsets&apos; [%2, %3] 超出了 %4 字节的数据缓冲区</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="246"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] overlaps the previous tensor (ends at %4)</source>
        <translation>文件头，张量 &apos;%1&apos;：字段 &apos;data_offsets&apos; [%2, %3] 与前一个张量重叠（前者结束于 %4）</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="251"/>
        <source>header, tensor &apos;%1&apos;: field &apos;data_offsets&apos; [%2, %3] leaves a gap after offset %4</source>
        <translation>文件头，张量 &apos;%1&apos;：字段 &apos;data_offsets&apos; [%2, %3] 在偏移量 %4 之后留有空隙</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorsreader.cpp" line="258"/>
        <source>header: tensors cover %1 bytes of the %2-byte data buffer at offset %3</source>
        <translation>文件头：张量仅覆盖了偏移量 %3 处 %2 字节数据缓冲区中的 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="75"/>
        <source>%1: tensor &apos;%2&apos;: dtype %3 cannot be stored in safetensors</source>
        <translation>%1：张量 &apos;%2&apos;：dtype %3 无法存储到 safetensors 中</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="79"/>
        <source>%1: a tensor cannot be named &apos;__metadata__&apos;</source>
        <translation>%1：张量不能命名为 &apos;__metadata__&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="139"/>
        <source>%1: writing tensor &apos;%2&apos; failed: %3</source>
        <translation>%1：写入张量 &apos;%2&apos; 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="162"/>
        <source>%1: shard size %2 must be positive</source>
        <translation>%1：分片大小 %2 必须为正数</translation>
    </message>
    <message>
        <location filename="../core/io/safetensorswriter.cpp" line="165"/>
        <source>%1: cannot create directory</source>
        <translation>%1：无法创建目录</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="72"/>
        <source>%1 bytes is too short for an end-of-central-directory record</source>
        <translation>%1 字节太短，无法容纳中央目录结束记录</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="83"/>
        <source>no end-of-central-directory record in the last %1 bytes</source>
        <translation>最后 %1 字节中没有中央目录结束记录</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="91"/>
        <source>zip64 locator missing before offset %1</source>
        <translation>偏移量 %1 之前缺少 zip64 定位器</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="94"/>
        <source>zip64 end record at offset %1 is invalid</source>
        <translation>偏移量 %1 处的 zip64 结束记录无效</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="100"/>
        <source>central directory [%1, +%2) lies outside the %3-byte file</source>
        <translation>中央目录 [%1, +%2) 位于 %3 字节的文件范围之外</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="103"/>
        <source>%1 entries cannot fit a %2-byte central directory</source>
        <translation>%2 字节的中央目录容纳不下 %1 个条目</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="111"/>
        <source>central directory entry %1 at offset %2 is invalid</source>
        <translation>偏移量 %2 处的中央目录条目 %1 无效</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="123"/>
        <source>central directory entry %1 at offset %2 overruns the directory</source>
        <translation>偏移量 %2 处的中央目录条目 %1 超出目录范围</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="138"/>
        <source>member &apos;%1&apos;: zip64 extra field too short</source>
        <translation>成员 &apos;%1&apos;：zip64 扩展字段过短</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="150"/>
        <source>%1: zip: %2 is encrypted</source>
        <translation>%1：zip：%2 已加密</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="152"/>
        <source>%1: zip: %2 uses compression method %3 (only stored and deflate are read)</source>
        <translation>%1：zip：%2 使用压缩方法 %3（仅支持读取 stored 和 deflate）</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="157"/>
        <source>%1: local header at offset %2 is invalid</source>
        <translation>%1：偏移量 %2 处的本地文件头无效</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="162"/>
        <source>%1: data [%2, +%3) lies outside the %4-byte file</source>
        <translation>%1：数据 [%2, +%3) 位于 %4 字节的文件范围之外</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="166"/>
        <source>%1: stored member declares %2 bytes compressed but %3 uncompressed</source>
        <translation>%1：stored 成员声明压缩大小为 %2 字节，但未压缩大小为 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="171"/>
        <source>%1: declares %2 bytes from %3 compressed, beyond deflate&apos;s %4:1 limit (a zip bomb?)</source>
        <translation>%1：声明由 %3 字节压缩数据解压出 %2 字节，超出 deflate 的 %4:1 上限（zip 炸弹？）</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="176"/>
        <source>%1: size %2 is too large</source>
        <translation>%1：大小 %2 过大</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="193"/>
        <source>members &apos;%1&apos; and &apos;%2&apos; overlap at offset %3</source>
        <translation>成员 &apos;%1&apos; 与 &apos;%2&apos; 在偏移量 %3 处重叠</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="203"/>
        <source>%1: zip: member &apos;%2&apos;</source>
        <translation>%1：zip：成员 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="208"/>
        <source>%1: zlib init failed</source>
        <translation>%1：zlib 初始化失败</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="234"/>
        <source>%1: inflates beyond its declared %2 bytes</source>
        <translation>%1：解压后超出声明的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="248"/>
        <source>%1: corrupt deflate data after %2 output bytes (zlib %3)</source>
        <translation>%1：输出 %2 字节后 deflate 数据损坏（zlib %3）</translation>
    </message>
    <message>
        <location filename="../core/io/zip.cpp" line="253"/>
        <source>%1: inflates to %2 bytes, %3 declared</source>
        <translation>%1：解压为 %2 字节，但声明为 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="93"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="96"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../core/jobs/jobrunner.cpp" line="98"/>
        <source>Unexpected error of unknown type</source>
        <translation>未知类型的意外错误</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="25"/>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="26"/>
        <source>Conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="27"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="28"/>
        <source>Norm</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="29"/>
        <location filename="../core/model/model.cpp" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="208"/>
        <source>Keras HDF5</source>
        <translation>Keras HDF5</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="210"/>
        <source>NumPy .npy</source>
        <translation>NumPy .npy</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="211"/>
        <source>NumPy .npz</source>
        <translation>NumPy .npz</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="212"/>
        <source>Pare project</source>
        <translation>Pare 项目</translation>
    </message>
    <message>
        <location filename="../core/model/model.cpp" line="214"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="70"/>
        <location filename="../core/service/project.cpp" line="90"/>
        <location filename="../core/service/project.cpp" line="112"/>
        <location filename="../core/service/project.cpp" line="124"/>
        <location filename="../core/service/project.cpp" line="134"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="71"/>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="80"/>
        <source>not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="91"/>
        <location filename="../core/service/project.cpp" line="113"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="97"/>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="125"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="135"/>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="144"/>
        <source>holds a non-string</source>
        <translation>包含非字符串值</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="204"/>
        <location filename="../core/service/project.cpp" line="409"/>
        <source>%1 layers is absurd</source>
        <translation>层数 %1 不合理</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="208"/>
        <source>entry %1 is not an object</source>
        <translation>条目 %1 不是对象</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="259"/>
        <location filename="../core/service/project.cpp" line="726"/>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处的 JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="275"/>
        <source>cannot open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="278"/>
        <source>refers to other files</source>
        <translation>引用了其他文件</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="282"/>
        <source>not a byte dataset</source>
        <translation>不是字节数据集</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="286"/>
        <source>not a 1-D dataset</source>
        <translation>不是一维数据集</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="291"/>
        <source>%1 bytes is more than the file can hold</source>
        <translation>%1 字节超出了文件所能容纳的大小</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="297"/>
        <source>cannot read the data (corrupt or truncated file)</source>
        <translation>无法读取数据（文件已损坏或被截断）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="312"/>
        <source>%1: not a readable HDF5 file (corrupt or truncated)</source>
        <translation>%1：不是可读的 HDF5 文件（已损坏或被截断）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="316"/>
        <source>%1: not a Pare project (no /project group)</source>
        <translation>%1：不是 Pare 项目（没有 /project 组）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="322"/>
        <source>no project_version attribute</source>
        <translation>没有 project_version 属性</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="416"/>
        <location filename="../core/service/project.cpp" line="620"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="165"/>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="429"/>
        <source>more than 16 dimensions</source>
        <translation>维数超过 16</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="432"/>
        <source>holds something that is not a dimension</source>
        <translation>包含不是维度的内容</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="566"/>
        <source>%1: project_version %2 is not supported (this Pare reads version %3; a newer Pare wrote it?)</source>
        <translation>%1：不支持 project_version %2（此版本 Pare 读取版本 %3；是否由更新版本的 Pare 写入？）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="592"/>
        <source>not an absolute path</source>
        <translation>不是绝对路径</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="596"/>
        <source>not a SHA-256 in hex</source>
        <translation>不是十六进制的 SHA-256 值</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="614"/>
        <source>%1 variants is absurd</source>
        <translation>变体数 %1 不合理</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="644"/>
        <source>%1: cannot set up an in-memory HDF5 file</source>
        <translation>%1：无法设置内存中的 HDF5 文件</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="651"/>
        <source>%1: cannot create an in-memory HDF5 file</source>
        <translation>%1：无法创建内存中的 HDF5 文件</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="669"/>
        <location filename="../core/service/project.cpp" line="674"/>
        <location filename="../core/service/project.cpp" line="679"/>
        <source>%1: cannot build the project file</source>
        <translation>%1：无法生成项目文件</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="700"/>
        <source>%1: not a Pare project (not a file)</source>
        <translation>%1：不是 Pare 项目（不是文件）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="702"/>
        <source>%1: not a Pare project (not an HDF5 file)</source>
        <translation>%1：不是 Pare 项目（不是 HDF5 文件）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="733"/>
        <source>%1: not a JSON array</source>
        <translation>%1：不是 JSON 数组</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="768"/>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="781"/>
        <source>%1: the project&apos;s model is not there any more (moved or deleted)</source>
        <translation>%1：项目的模型已不存在（已被移动或删除）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="785"/>
        <source>%1: the model has changed since the project was saved (%2 bytes, was %3)</source>
        <translation>%1：自项目保存以来模型已更改（%2 字节，原为 %3）</translation>
    </message>
    <message>
        <location filename="../core/service/project.cpp" line="794"/>
        <source>%1: the model has changed since the project was saved (SHA-256 %2, was %3)</source>
        <translation>%1：自项目保存以来模型已更改（SHA-256 %2，原为 %3）</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="194"/>
        <source>no evaluation data given (--data), quality not measured</source>
        <translation>未提供评估数据 (--data)，未测量质量</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="204"/>
        <source>%1: cannot execute operators %2; quality not measured</source>
        <translation>%1：无法执行算子 %2；未测量质量</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="237"/>
        <source>not executable here (%1); quality not measured</source>
        <translation>此处无法执行（%1）；未测量质量</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="257"/>
        <location filename="../core/solve/sensitivity.cpp" line="191"/>
        <source>%1 (first %2 bytes)</source>
        <translation>%1（前 %2 字节）</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="344"/>
        <source>study: schema_version %1 is not %2</source>
        <translation>研究：schema_version %1 不是 %2</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="443"/>
        <location filename="../core/service/study.cpp" line="449"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="185"/>
        <location filename="../core/solve/sensitivitytable.cpp" line="391"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/service/study.cpp" line="476"/>
        <source>%n layer(s) have unknown MACs (no input shape); totals count the others</source>
        <translation>
            <numerusform>%n 个层的 MACs 未知（缺少输入形状）；总计仅计入其他层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="486"/>
        <source>Compressing: %1</source>
        <translation>正在压缩：%1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="497"/>
        <source>Calibrating on %1</source>
        <translation>正在使用 %1 校准</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="523"/>
        <source>activation-aware pruning calibrated on %1</source>
        <translation>激活感知剪枝已使用 %1 校准</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="528"/>
        <source>Timing layers: %1</source>
        <translation>正在测量各层耗时：%1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="540"/>
        <location filename="../core/solve/sensitivity.cpp" line="624"/>
        <source>latency not measured: %1</source>
        <translation>未测量延迟：%1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="574"/>
        <source>Evaluating: %1</source>
        <translation>正在评估：%1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="580"/>
        <source>quality not measured: %1</source>
        <translation>未测量质量：%1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="615"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="635"/>
        <location filename="../core/service/study.cpp" line="693"/>
        <source>Study done</source>
        <translation>研究完成</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="655"/>
        <source>%1: the solver&apos;s budget is the size of the largest uniform recipe, but no recipe is uniform (defaults only, no rules)</source>
        <translation>%1：求解器的预算是最大统一配方的大小，但没有统一的配方（只有默认设置，没有规则）</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="658"/>
        <source>%1: the solver&apos;s budget is the size of the variant &apos;%2&apos;, but the study has no such variant</source>
        <translation>%1：求解器的预算是变体 &apos;%2&apos; 的大小，但研究中没有该变体</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="664"/>
        <source>Sensitivity sweep (%1 damage)</source>
        <translation>敏感度扫描（%1 损伤）</translation>
    </message>
    <message>
        <location filename="../core/service/study.cpp" line="676"/>
        <source>solver %1</source>
        <translation>求解器 %1</translation>
    </message>
    <message>
        <location filename="../core/tensor/storage.cpp" line="25"/>
        <source>%1: is a directory, not a file</source>
        <translation>%1：是目录，不是文件</translation>
    </message>
    <message>
        <location filename="../core/tensor/storage.cpp" line="36"/>
        <source>%1: cannot memory-map: %2</source>
        <translation>%1：无法进行内存映射：%2</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="40"/>
        <source>%1: tensor &apos;%2&apos;</source>
        <translation>%1：张量 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="44"/>
        <source>%1: invalid shape [%2] (negative or overflowing)</source>
        <translation>%1：无效的形状 [%2]（为负或溢出）</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="49"/>
        <source>%1: %2 elements do not fit dtype %3 (block size %4)</source>
        <translation>%1：%2 个元素与 dtype %3 不匹配（块大小 %4）</translation>
    </message>
    <message>
        <location filename="../core/io/ggufreader.cpp" line="112"/>
        <location filename="../core/tensor/tensor.cpp" line="53"/>
        <source>%1: no storage</source>
        <translation>%1：没有存储</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="57"/>
        <source>%1: data range [%2, %3) lies outside the %4 bytes available</source>
        <translation>%1：数据范围 [%2, %3) 超出可用的 %4 字节</translation>
    </message>
    <message>
        <location filename="../core/tensor/tensor.cpp" line="89"/>
        <source>%1: %2 bytes given, %3 expected</source>
        <translation>%1：给出 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="49"/>
        <source>no weight tensor</source>
        <translation>没有权重张量</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="53"/>
        <source>default: embeddings keep their precision</source>
        <translation>默认：嵌入层保持原精度</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="57"/>
        <source>default: the output head keeps its precision</source>
        <translation>默认：输出头保持原精度</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="62"/>
        <source>default: norms keep their precision</source>
        <translation>默认：归一化层保持原精度</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="66"/>
        <source>default: only Dense and Conv layers are compressed</source>
        <translation>默认：仅压缩 Dense 和 Conv 层</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="71"/>
        <source>default: 1-D weights keep their precision</source>
        <translation>默认：一维权重保持原精度</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="92"/>
        <source>rules[%1].match: the regular expression does not compile: %2</source>
        <translation>rules[%1].match：正则表达式无法编译：%2</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="145"/>
        <source>%1: skipped, it has no weight to compress</source>
        <translation>%1：已跳过，没有可压缩的权重</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="171"/>
        <source>%1: pruning and low-rank need a matrix; only quantizing this 1-D weight</source>
        <translation>%1：剪枝和低秩分解需要矩阵；此一维权重仅做量化</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="180"/>
        <source>%1: no method set</source>
        <translation>%1：未设置方法</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="190"/>
        <source>rules[%1].match: &quot;%2&quot; matches no layer of %3</source>
        <translation>rules[%1].match：&quot;%2&quot; 未匹配 %3 中的任何层</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="192"/>
        <source>rules[%1].match: &quot;%2&quot; with these ops matches no layer of %3</source>
        <translation>rules[%1].match：&quot;%2&quot; 在这些算子类型下未匹配 %3 中的任何层</translation>
    </message>
    <message>
        <location filename="../core/compress/plan.cpp" line="198"/>
        <source>the model</source>
        <translation>该模型</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="32"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="36"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="39"/>
        <source>%1 bytes is larger than Pare reads as data</source>
        <translation>%1 字节超出了 Pare 可读取的数据大小</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="50"/>
        <source>zlib initialisation failed</source>
        <translation>zlib 初始化失败</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="63"/>
        <source>gzip data is corrupt at compressed offset %1</source>
        <translation>gzip 数据在压缩偏移量 %1 处已损坏</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="72"/>
        <source>gzip data inflates beyond 4 GB</source>
        <translation>gzip 数据解压后超过 4 GB</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="78"/>
        <source>gzip data is truncated at offset %1</source>
        <translation>gzip 数据在偏移量 %1 处被截断</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="91"/>
        <source>not an IDX file (bad magic at offset 0)</source>
        <translation>不是 IDX 文件（偏移量 0 处的魔数错误）</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="103"/>
        <source>IDX element type 0x%1 at offset 2 is unknown</source>
        <translation>偏移量 2 处的 IDX 元素类型 0x%1 未知</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="109"/>
        <source>IDX rank %1 at offset 3 is invalid or the header is truncated</source>
        <translation>偏移量 3 处的 IDX 维数 %1 无效，或文件头被截断</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="122"/>
        <source>IDX dimensions %1 need %2 data bytes, the file has %3 after offset %4</source>
        <translation>IDX 维度 %1 需要 %2 字节数据，而文件在偏移量 %4 之后只有 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="186"/>
        <source>labels have shape %1; expected one integer per example</source>
        <translation>标签的形状为 %1；每个样本应对应一个整数</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="193"/>
        <source>label %1 at index %2 is not a non-negative integer</source>
        <translation>索引 %2 处的标签 %1 不是非负整数</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="225"/>
        <source>line %1 has a non-numeric field</source>
        <translation>第 %1 行包含非数值字段</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="232"/>
        <source>line %1 has %2 fields, earlier lines %3</source>
        <translation>第 %1 行有 %2 个字段，而之前的行有 %3 个</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="240"/>
        <source>label column %1 does not exist (%2 columns)</source>
        <translation>标签列 %1 不存在（共 %2 列）</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="249"/>
        <source>line %1: label %2 is not a non-negative integer</source>
        <translation>第 %1 行：标签 %2 不是非负整数</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="262"/>
        <source>no numeric rows</source>
        <translation>没有数值行</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="301"/>
        <source>holds no arrays</source>
        <translation>不包含任何数组</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="358"/>
        <source>the text has %1 bytes; evaluation needs at least 2</source>
        <translation>文本只有 %1 字节；评估至少需要 2 字节</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="384"/>
        <source>holds no examples (shape %1)</source>
        <translation>不包含任何样本（形状 %1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/datasets.cpp" line="389"/>
        <location filename="../core/runtime/evaluator.cpp" line="217"/>
        <source>%1 labels for %n example(s)</source>
        <translation>
            <numerusform>%1 个标签对应 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="401"/>
        <source>the model input &apos;%1&apos; has shape %2; expected a batch axis and features</source>
        <translation>模型输入 &apos;%1&apos; 的形状为 %2；应包含批次轴和特征</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="413"/>
        <source>model input %1 has more than one free dimension</source>
        <translation>模型输入 %1 有多个自由维度</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="426"/>
        <source>examples of shape %1 (%2 values each) do not fit the model input &apos;%3&apos; %4</source>
        <translation>形状为 %1 的样本（每个 %2 个值）与模型输入 &apos;%3&apos; %4 不匹配</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="455"/>
        <source>--%1 has %2 values for %3 channels</source>
        <translation>--%1 有 %2 个值，但通道数为 %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasets.cpp" line="465"/>
        <source>--std values must be positive</source>
        <translation>--std 的值必须为正数</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="136"/>
        <source>%1: field &apos;%2&apos; is missing or has the wrong type</source>
        <translation>%1：字段 &apos;%2&apos; 缺失或类型错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="226"/>
        <source>tensor statistics &apos;%1&apos;</source>
        <translation>张量统计 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="271"/>
        <source>tensor statistics options</source>
        <translation>张量统计选项</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="307"/>
        <source>channel statistics</source>
        <translation>通道统计</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="399"/>
        <source>model analysis</source>
        <translation>模型分析</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="401"/>
        <source>model analysis summary</source>
        <translation>模型分析摘要</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="409"/>
        <source>model analysis byDtype</source>
        <translation>模型分析 byDtype</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="415"/>
        <source>model analysis layerShares</source>
        <translation>模型分析 layerShares</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="439"/>
        <source>lint warning</source>
        <translation>检查警告</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="542"/>
        <source>%1: analysis cache</source>
        <translation>%1：分析缓存</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="587"/>
        <source>%1: stats[%2] is not an object</source>
        <translation>%1：stats[%2] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisjson.cpp" line="606"/>
        <source>%1: channels[%2] is not an object</source>
        <translation>%1：channels[%2] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="43"/>
        <source>Histogram bins must be %1 to %2 (got %3)</source>
        <translation>直方图的分箱数必须在 %1 到 %2 之间（实际为 %3）</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="47"/>
        <source>Histogram range needs both a low and a high end</source>
        <translation>直方图范围需要同时给出下限和上限</translation>
    </message>
    <message>
        <location filename="../core/analysis/histogram.cpp" line="50"/>
        <source>Histogram range [%1, %2] must be finite with low &lt; high</source>
        <translation>直方图范围 [%1, %2] 必须是有限值，且下限小于上限</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="51"/>
        <source>%1: a spectrum needs a matrix, not shape [%2]</source>
        <translation>%1：频谱需要矩阵，而不是形状 [%2]</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="55"/>
        <source>%1: spectrum size must be positive (got %2)</source>
        <translation>%1：频谱大小必须为正（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="59"/>
        <source>%1: %2 elements are too many for a spectrum (limit %3)</source>
        <translation>%1：%2 个元素对频谱来说太多（上限 %3）</translation>
    </message>
    <message>
        <location filename="../core/analysis/spectrum.cpp" line="100"/>
        <source>%1: the weight holds NaN or Inf; no spectrum</source>
        <translation>%1：权重包含 NaN 或 Inf；无法计算频谱</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="157"/>
        <source>no calibration norms for this layer: pruned by magnitude instead of Wanda</source>
        <translation>此层没有校准范数：改为按幅值剪枝，而非 Wanda</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="173"/>
        <source>no consumer layer known: pruned channels stored as zero rows</source>
        <translation>未知后续层：剪除的通道按零行存储</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="244"/>
        <source>compress: %1 plans for %2 layers</source>
        <translation>compress：%1 个计划对应 %2 个层</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="255"/>
        <source>compress: plan %1 is for layer %2</source>
        <translation>compress：计划 %1 属于层 %2</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="260"/>
        <source>weight shared with an earlier layer: compressed there</source>
        <translation>权重与之前的层共享：已在该层压缩</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/compressor.cpp" line="285"/>
        <source>%n of %1 channels removed; inputs of %2 removed too</source>
        <translation>
            <numerusform>已移除 %1 个通道中的 %n 个；%2 的对应输入也已移除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="298"/>
        <source>inputs removed with the channels of %1; error over the kept inputs</source>
        <translation>输入随 %1 的通道一起移除；误差按保留的输入计算</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="323"/>
        <source>global threshold: %1 % of this layer pruned</source>
        <translation>全局阈值：此层剪除了 %1 %</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="417"/>
        <source>inputs removed</source>
        <translation>输入已移除</translation>
    </message>
    <message>
        <location filename="../core/compress/compressor.cpp" line="426"/>
        <source>Compressed %1 (%2 of %3)</source>
        <translation>已压缩 %1（%2/%3）</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="112"/>
        <source>unknown value format &quot;%1&quot;</source>
        <translation>未知的数值格式 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="115"/>
        <source>bits, group_size or count missing or out of range</source>
        <translation>bits、group_size 或 count 缺失或超出范围</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="117"/>
        <source>count %1 does not match the %2 values the structure holds</source>
        <translation>count %1 与结构包含的 %2 个值不符</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="124"/>
        <source>count %1 needs more data than the %2 bytes of parts</source>
        <translation>count %1 需要的数据超过各部分的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="135"/>
        <source>unknown granularity &quot;%1&quot;</source>
        <translation>未知的粒度 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="137"/>
        <source>group granularity needs a group_size</source>
        <translation>分组粒度需要 group_size</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="143"/>
        <source>inconsistent float block description</source>
        <translation>浮点块描述不一致</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="145"/>
        <source>%1 values need more data than the parts hold</source>
        <translation>%1 个值需要的数据超过各部分所含</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="151"/>
        <source>inconsistent FP8 block description</source>
        <translation>FP8 块描述不一致</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="154"/>
        <location filename="../core/compress/encoding.cpp" line="164"/>
        <source>%1 values in %2 segments need more data than the parts hold</source>
        <translation>%2 个分段中的 %1 个值需要的数据超过各部分所含</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="161"/>
        <source>integer bits %1 out of range [2, 8]</source>
        <translation>整数位数 %1 超出范围 [2, 8]</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="184"/>
        <source>%1: part &quot;%2&quot; has %3 bytes, the description needs %4</source>
        <translation>%1：部分 &quot;%2&quot; 有 %3 字节，描述要求 %4 字节</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="193"/>
        <source>%1: part &quot;%2&quot; is missing</source>
        <translation>%1：缺少部分 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="478"/>
        <location filename="../core/compress/encoding.cpp" line="514"/>
        <source>encoded tensor</source>
        <translation>编码张量</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="481"/>
        <source>not a Pare encoding (magic bytes at offset 0)</source>
        <translation>不是 Pare 编码（偏移量 0 处的魔数）</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="485"/>
        <source>version %1 at offset 4 is not supported</source>
        <translation>不支持偏移量 4 处的版本 %1</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="487"/>
        <source>description length %1 at offset 8 runs past the end</source>
        <translation>偏移量 8 处的描述长度 %1 超出末尾</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="491"/>
        <source>description at offset 12 is not a JSON object</source>
        <translation>偏移量 12 处的描述不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="499"/>
        <source>part &quot;%1&quot; at offset %2 runs past the end</source>
        <translation>偏移量 %2 处的部分 &quot;%1&quot; 超出末尾</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="507"/>
        <source>%1 trailing bytes after the last part at offset %2</source>
        <translation>偏移量 %2 处最后一部分之后多出 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="528"/>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知的编码 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="533"/>
        <source>rows / cols missing or out of range</source>
        <translation>rows / cols 缺失或超出范围</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="539"/>
        <source>the %1×%2 structure needs more data than the %3 bytes of parts</source>
        <translation>%1×%2 结构需要的数据超过各部分的 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="544"/>
        <source>stored_rows differs from rows without a kept_rows list</source>
        <translation>stored_rows 与 rows 不同，但没有 kept_rows 列表</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="548"/>
        <source>stored_cols differs from cols without a kept_cols list</source>
        <translation>stored_cols 与 cols 不同，但没有 kept_cols 列表</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="553"/>
        <source>kept_rows[%1] = %2 is out of order or range</source>
        <translation>kept_rows[%1] = %2 顺序错误或超出范围</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="556"/>
        <source>kept_cols[%1] = %2 is out of order or range</source>
        <translation>kept_cols[%1] = %2 顺序错误或超出范围</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="571"/>
        <source>nnz missing or larger than the matrix</source>
        <translation>nnz 缺失或大于矩阵</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="580"/>
        <source>index_bits must be 16 (at most 65536 columns) or 32</source>
        <translation>index_bits 必须为 16（最多 65536 列）或 32</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="587"/>
        <source>row_ptr must run from 0 to nnz = %1</source>
        <translation>row_ptr 必须从 0 到 nnz = %1</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="590"/>
        <source>row_ptr[%1] decreases</source>
        <translation>row_ptr[%1] 递减</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="595"/>
        <source>col_idx[%1] = %2 is not below %3 columns</source>
        <translation>col_idx[%1] = %2 不小于列数 %3</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="605"/>
        <source>bitmap has bits set past the matrix</source>
        <translation>位图在矩阵范围之外有置位</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="607"/>
        <source>bitmap holds %1 set bits for nnz = %2</source>
        <translation>位图有 %1 个置位，而 nnz = %2</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="614"/>
        <source>n and m must satisfy 1 ≤ n &lt; m ≤ 32</source>
        <translation>n 和 m 必须满足 1 ≤ n &lt; m ≤ 32</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="633"/>
        <source>nm_idx[%1] points past its run of %2</source>
        <translation>nm_idx[%1] 超出其长度为 %2 的区段</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="640"/>
        <source>rank must be between 1 and min(rows, cols)</source>
        <translation>rank 必须介于 1 和 min(rows, cols) 之间</translation>
    </message>
    <message>
        <location filename="../core/compress/encoding.cpp" line="661"/>
        <source>unexpected part &quot;%1&quot;</source>
        <translation>意外的部分 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="87"/>
        <source>%1: the layer has no weight tensor</source>
        <translation>%1：该层没有权重张量</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="90"/>
        <location filename="../core/compress/weightmatrix.cpp" line="18"/>
        <source>%1: weight %2 of shape %3 has no out × in reading</source>
        <translation>%1：形状为 %3 的权重 %2 无法按 out × in 解读</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/compress/estimator.cpp" line="247"/>
        <source>%n channel(s) removed</source>
        <translation>
            <numerusform>已移除 %n 个通道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="310"/>
        <source>rank %1 would not save space; kept dense</source>
        <translation>秩 %1 无法节省空间；保持稠密</translation>
    </message>
    <message>
        <location filename="../core/compress/estimator.cpp" line="424"/>
        <source>weight shared with %1: counted there</source>
        <translation>权重与 %1 共享：计入该层</translation>
    </message>
    <message>
        <location filename="../core/compress/lowrank.cpp" line="116"/>
        <source>rank %1 would not save space on %2×%3 (r·(m+n) ≥ m·n); kept dense</source>
        <translation>秩 %1 在 %2×%3 上无法节省空间（r·(m+n) ≥ m·n）；保持稠密</translation>
    </message>
    <message>
        <location filename="../core/compress/pruner.cpp" line="172"/>
        <source>activation-aware pruning: %1 input norms for a %2×%3 weight</source>
        <translation>激活感知剪枝：%2×%3 的权重对应 %1 个输入范数</translation>
    </message>
    <message>
        <location filename="../core/compress/quantizer.cpp" line="377"/>
        <source>a quantization scale exceeds the F16 range (|w| too large for int%1)</source>
        <translation>量化尺度超出 F16 范围（|w| 对 int%1 而言过大）</translation>
    </message>
    <message>
        <location filename="../core/compress/weightmatrix.cpp" line="24"/>
        <source>%1: weight %2 element %3 is %4; cannot compress non-finite values</source>
        <translation>%1：权重 %2 的元素 %3 为 %4；无法压缩非有限值</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="54"/>
        <source>no output path given</source>
        <translation>未指定输出路径</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="60"/>
        <source>%1: refusing to write over the input model %2</source>
        <translation>%1：拒绝覆盖输入模型 %2</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="64"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1：已存在（使用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="77"/>
        <source>%1: exists and is not a directory</source>
        <translation>%1：已存在且不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="78"/>
        <source>%1: exists and is a directory</source>
        <translation>%1：已存在且是文件夹</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="81"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="104"/>
        <source>%1: cannot replace the folder: %2</source>
        <translation>%1：无法替换文件夹：%2</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="113"/>
        <source>%1: appeared while exporting (use --force to replace it)</source>
        <translation>%1：在导出期间出现（使用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../core/export/exportfile.cpp" line="119"/>
        <source>%1: cannot rename into place: %2</source>
        <translation>%1：无法重命名到目标位置：%2</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="212"/>
        <source>tokenizer: BPE from tokenizer.json (%1 tokens, %2 merges)</source>
        <translation>分词器：来自 tokenizer.json 的 BPE（%1 个词元，%2 条合并规则）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="228"/>
        <source>tokenizer: no tokenizer.json; wrote a byte vocabulary (token b = byte b)</source>
        <translation>分词器：没有 tokenizer.json；已写入字节词表（词元 b = 字节 b）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="292"/>
        <source>pruning (%1) is not representable; llama.cpp keeps the weights dense</source>
        <translation>剪枝（%1）无法表示；llama.cpp 保持权重稠密</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="294"/>
        <source>low-rank (%1) is not representable; llama.cpp keeps the weights dense</source>
        <translation>低秩分解（%1）无法表示；llama.cpp 保持权重稠密</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="299"/>
        <source>kept at full precision (written as F16)</source>
        <translation>保持全精度（以 F16 写入）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="316"/>
        <source>%1 has no ggml type; Q8_0 is the nearest</source>
        <translation>%1 没有对应的 ggml 类型；最接近的是 Q8_0</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="324"/>
        <source>asymmetric 8-bit has no ggml weight type; Q8_0 is symmetric</source>
        <translation>非对称 8 位没有对应的 ggml 权重类型；Q8_0 是对称的</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="329"/>
        <source>6-bit maps to Q6_K (super-blocks of 256, 6.56 bits/weight)</source>
        <translation>6 位映射为 Q6_K（256 个一组的超级块，6.56 位/权重）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="337"/>
        <source>3-bit maps to Q3_K (super-blocks of 256)</source>
        <translation>3 位映射为 Q3_K（256 个一组的超级块）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="341"/>
        <source>%1-bit maps to Q2_K (super-blocks of 256)</source>
        <translation>%1 位映射为 Q2_K（256 个一组的超级块）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="346"/>
        <source>%1: ggml blocks are groups of 32 with F16 scales</source>
        <translation>%1：ggml 块为 32 个一组，使用 F16 尺度</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="350"/>
        <source>llama-quantize rounds to nearest without MSE clipping</source>
        <translation>llama-quantize 采用就近舍入，不做 MSE 截断</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="355"/>
        <source>%1 inputs are not a multiple of 32; llama-quantize falls back</source>
        <translation>%1 个输入不是 32 的倍数；llama-quantize 会回退</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="429"/>
        <source>%1: GGUF export needs a gpt2 or llama language model from a Hugging Face directory or a GGUF file (this is %2, architecture &apos;%3&apos;)</source>
        <translation>%1：GGUF 导出需要来自 Hugging Face 目录或 GGUF 文件的 gpt2 或 llama 语言模型（此模型为 %2，架构 &apos;%3&apos;）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="464"/>
        <source>%1: not loaded by llama.cpp, left out</source>
        <translation>%1：llama.cpp 不会加载，已省略</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="476"/>
        <source>%1: config.json lacks num_attention_heads, needed to reorder %2</source>
        <translation>%1：config.json 缺少 num_attention_heads，重排 %2 需要它</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="512"/>
        <source>%1: %2 with offsets rounded to F16 (−zero·scale is not exact in F16 for some groups)</source>
        <translation>%1：%2，偏移量已舍入为 F16（对某些组而言，−zero·scale 在 F16 中不精确）</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="520"/>
        <source>%1: %2 has no ggml block format; written as its reconstruction in F16</source>
        <translation>%1：%2 没有 ggml 块格式；以其 F16 重建值写入</translation>
    </message>
    <message>
        <location filename="../core/export/ggufexport.cpp" line="622"/>
        <source>config.json rope_scaling is not carried over</source>
        <translation>config.json 的 rope_scaling 不会保留</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="42"/>
        <source>cannot copy %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="46"/>
        <source>%1: not an HDF5 file</source>
        <translation>%1：不是 HDF5 文件</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="50"/>
        <source>cannot list the datasets</source>
        <translation>无法列出数据集</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="74"/>
        <source>%1: %2 float datasets named &apos;%3&apos; with %4 values</source>
        <translation>%1：有 %2 个名为 &apos;%3&apos; 且含 %4 个值的浮点数据集</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="85"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../core/export/kerasexport.cpp" line="88"/>
        <source>cannot close the file</source>
        <translation>无法关闭文件</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="44"/>
        <source>not a valid ONNX model protobuf</source>
        <translation>不是有效的 ONNX 模型 protobuf</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="52"/>
        <source>%1: cannot serialize the ONNX model</source>
        <translation>%1：无法序列化 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="84"/>
        <source>&apos;%1&apos; is not an initializer of the main graph</source>
        <translation>&apos;%1&apos; 不是主图的初始化器</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="87"/>
        <source>%1: initializer &apos;%2&apos; is not FLOAT; only FLOAT weights are replaced</source>
        <translation>%1：初始化器 &apos;%2&apos; 不是 FLOAT；仅替换 FLOAT 权重</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="92"/>
        <source>initializer &apos;%1&apos; has %2 values, its replacement %3</source>
        <translation>初始化器 &apos;%1&apos; 有 %2 个值，其替换有 %3 个</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="223"/>
        <source>%1: ONNX Q/DQ export needs an ONNX model (this is %2)</source>
        <translation>%1：ONNX Q/DQ 导出需要 ONNX 模型（当前为 %2）</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="374"/>
        <source>%1: %2 written as its float reconstruction (no Q/DQ form for %3)</source>
        <translation>%1：%2 以浮点重建形式写入（%3 没有 Q/DQ 形式）</translation>
    </message>
    <message>
        <location filename="../core/export/onnxexport.cpp" line="397"/>
        <source>opset raised from %1 to %2 for DequantizeLinear</source>
        <translation>为 DequantizeLinear 将 opset 从 %1 提升到 %2</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="59"/>
        <source>%1: llama-quantize arguments need a language model</source>
        <translation>%1：llama-quantize 参数需要语言模型</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="96"/>
        <source>%1 (%2): plan changed → %3: %4</source>
        <translation>%1（%2）：计划已更改 → %3：%4</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="97"/>
        <source>%1 (%2): plan kept → %3: %4</source>
        <translation>%1（%2）：计划保持不变 → %3：%4</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="105"/>
        <source>%1: no tensor of this model has a llama.cpp name (gpt2 and llama are supported)</source>
        <translation>%1：此模型没有任何张量具有 llama.cpp 名称（支持 gpt2 和 llama）</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="180"/>
        <source>%1: low-rank (%2) has no llm-compressor modifier; left out</source>
        <translation>%1：低秩分解（%2）没有对应的 llm-compressor 修饰器；已省略</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="184"/>
        <source>%1: channel pruning has no llm-compressor modifier; left out</source>
        <translation>%1：通道剪枝没有对应的 llm-compressor 修饰器；已省略</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="197"/>
        <source>%1: %2 is a dtype, not a quantization scheme; set torch_dtype instead</source>
        <translation>%1：%2 是数据类型，不是量化方案；请改为设置 torch_dtype</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="230"/>
        <source>global magnitude pruning becomes per-layer pruning at the same sparsity</source>
        <translation>全局幅值剪枝变为相同稀疏度的逐层剪枝</translation>
    </message>
    <message>
        <location filename="../core/export/planexport.cpp" line="257"/>
        <source>fp8_e5m2: llm-compressor&apos;s float8 type is E4M3</source>
        <translation>fp8_e5m2：llm-compressor 的 float8 类型为 E4M3</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="76"/>
        <source>%1: variant layer &apos;%2&apos; is not in the model</source>
        <translation>%1：变体层 &apos;%2&apos; 不在模型中</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="196"/>
        <source>%1: not a Pare variant (no pare_encodings metadata)</source>
        <translation>%1：不是 Pare 变体（没有 pare_encodings 元数据）</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="208"/>
        <source>%1: encoding of &apos;%2&apos; lacks its part tensor &apos;%3&apos;</source>
        <translation>%1：&apos;%2&apos; 的编码缺少其部分张量 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="293"/>
        <source>%1: cannot create the directory</source>
        <translation>%1：无法创建目录</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="312"/>
        <source>%1: cannot copy %2</source>
        <translation>%1：无法复制 %2</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="369"/>
        <source>%1: no decompressed copy from tensors for this format</source>
        <translation>%1：此格式无法从张量生成解压副本</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="404"/>
        <source>%1: a decompressed copy of a Keras 3 .keras archive is not supported; export .pare, .safetensors or --hf-dir instead</source>
        <translation>%1：不支持 Keras 3 .keras 归档的解压副本；请改为导出 .pare、.safetensors 或 --hf-dir</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="417"/>
        <source>%1: unknown model format</source>
        <translation>%1：未知的模型格式</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="438"/>
        <source>%1: cannot create the temporary file: %2</source>
        <translation>%1：无法创建临时文件：%2</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="448"/>
        <source>%1: writing &apos;%2&apos; failed: %3</source>
        <translation>%1：写入 &apos;%2&apos; 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="510"/>
        <source>%1: a decompressed %2 copy is not written streaming</source>
        <translation>%1：解压的 %2 副本不以流式方式写入</translation>
    </message>
    <message>
        <location filename="../core/export/variantwriter.cpp" line="534"/>
        <source>%1: part &apos;%2&apos; has %3 bytes for shape %4</source>
        <translation>%1：部分 &apos;%2&apos; 对形状 %4 有 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="288"/>
        <source>SVD: rank must be positive (got %1)</source>
        <translation>SVD：秩必须为正（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="291"/>
        <source>SVD: oversample (%1) and power iterations (%2) must not be negative</source>
        <translation>SVD：过采样数（%1）和幂迭代次数（%2）不能为负</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="305"/>
        <source>SVD: the %1×%2 matrix contains NaN or Inf</source>
        <translation>SVD：%1×%2 矩阵包含 NaN 或 Inf</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="309"/>
        <source>Exact SVD of %1×%2</source>
        <translation>%1×%2 的精确 SVD</translation>
    </message>
    <message>
        <location filename="../core/linalg/svd.cpp" line="328"/>
        <source>Randomized SVD of %1×%2, pass %3 of %4</source>
        <translation>%1×%2 的随机 SVD，第 %3 遍，共 %4 遍</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="41"/>
        <source>%1: calibration runs transformer decoders (GPT-2, Llama) and graph models Pare can execute (ONNX, Keras) only</source>
        <translation>%1：校准仅运行 Transformer 解码器（GPT-2、Llama）以及 Pare 能执行的图模型（ONNX、Keras）</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="70"/>
        <source>calibration: no tokens to run</source>
        <translation>校准：没有可运行的 token</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="89"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="166"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="171"/>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="101"/>
        <source>input %1 against weight %2</source>
        <translation>输入 %1 与权重 %2 不匹配</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="130"/>
        <source>window larger than the input %1</source>
        <translation>窗口大于输入 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="160"/>
        <source>a scalar input</source>
        <translation>标量输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="195"/>
        <source>%1: the model has no executable graph to calibrate</source>
        <translation>%1：模型没有可执行的图用于校准</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="251"/>
        <source>%1: calibration: no examples to run</source>
        <translation>%1：校准：没有可运行的样本</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibration.cpp" line="81"/>
        <location filename="../core/runtime/calibrationgraph.cpp" line="265"/>
        <source>Calibrating</source>
        <translation>正在校准</translation>
    </message>
    <message>
        <location filename="../core/runtime/calibrationgraph.cpp" line="282"/>
        <source>%1: layer %2: its node&apos;s inputs do not fit its weight (%3); no calibration statistics for it</source>
        <translation>%1：层 %2：其节点的输入与其权重不符（%3）；该层没有校准统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/decoder.cpp" line="311"/>
        <source>decoder: %n token(s) at position %1 do not fit a cache of %2 positions</source>
        <translation>
            <numerusform>解码器：位置 %1 处的 %n 个词元放不进 %2 个位置的缓存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/decoder.cpp" line="317"/>
        <source>decoder: position %1 is past the model&apos;s context of %2</source>
        <translation>解码器：位置 %1 超出模型的上下文长度 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoder.cpp" line="329"/>
        <source>decoder: token %1 at index %2 is outside the vocabulary of %3</source>
        <translation>解码器：索引 %2 处的词元 %1 超出大小为 %3 的词表</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="49"/>
        <location filename="../core/runtime/decoderweights.cpp" line="64"/>
        <source>%1: tensor &apos;%2&apos; is missing</source>
        <translation>%1：缺少张量 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="51"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3 values</source>
        <translation>张量 &apos;%1&apos; 的形状为 %2，应有 %3 个值</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="67"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation>张量 &apos;%1&apos; 的形状为 %2，应为 %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="179"/>
        <source>%1: architecture &apos;%2&apos; is not one the decoder runs (GPT-2 and Llama families from Hugging Face directories or GGUF)</source>
        <translation>%1：解码器不支持架构 &apos;%2&apos;（支持来自 Hugging Face 目录或 GGUF 的 GPT-2 和 Llama 系列）</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="199"/>
        <source>token embedding &apos;%1&apos; is missing or not a 2-D matrix</source>
        <translation>词元嵌入 &apos;%1&apos; 缺失或不是二维矩阵</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="228"/>
        <source>%1: config.json activation_function &apos;%2&apos; is not supported (gelu_new, gelu_pytorch_tanh, gelu)</source>
        <translation>%1：不支持 config.json 中的 activation_function &apos;%2&apos;（支持 gelu_new、gelu_pytorch_tanh、gelu）</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="233"/>
        <source>%1: config.json scale_attn_by_inverse_layer_idx is not supported</source>
        <translation>%1：不支持 config.json 中的 scale_attn_by_inverse_layer_idx</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="246"/>
        <source>%1: config.json rope_scaling is not supported</source>
        <translation>%1：不支持 config.json 中的 rope_scaling</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="250"/>
        <source>inconsistent configuration: %1 layers, %2 heads, %3 key/value heads, width %4</source>
        <translation>配置不一致：%1 层，%2 个注意力头，%3 个键/值头，宽度 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="257"/>
        <source>head dimension %1 is odd; RoPE needs pairs</source>
        <translation>头维度 %1 为奇数；RoPE 需要成对的维度</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="267"/>
        <source>position embedding &apos;%1&apos; is missing or not [positions, %2]</source>
        <translation>位置嵌入 &apos;%1&apos; 缺失或不是 [positions, %2]</translation>
    </message>
    <message>
        <location filename="../core/runtime/decoderweights.cpp" line="280"/>
        <source>MLP weight &apos;%1&apos; is missing or not 2-D</source>
        <translation>MLP 权重 &apos;%1&apos; 缺失或不是二维</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="94"/>
        <source>evaluation text has %1 bytes; at least 2 are needed</source>
        <translation>评估文本有 %1 字节；至少需要 2 字节</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="97"/>
        <source>the model&apos;s vocabulary has %1 entries; byte-level evaluation needs 256</source>
        <translation>模型词表有 %1 个条目；字节级评估需要 256 个</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="99"/>
        <source>the variant&apos;s vocabulary differs from the original&apos;s</source>
        <translation>变体的词表与原始模型不同</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="105"/>
        <source>window must be at least 1</source>
        <translation>窗口至少为 1</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="160"/>
        <source>window %1 of %2</source>
        <translation>窗口 %1/%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="212"/>
        <source>batch size must be positive, got %1</source>
        <translation>批大小必须为正，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="215"/>
        <source>no examples to evaluate</source>
        <translation>没有可评估的样本</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="224"/>
        <source>model output %1 is not one score row per example</source>
        <translation>模型输出 %1 不是每个样本一行分数</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="233"/>
        <source>label %1 of example %2 is not below the model&apos;s %3 classes</source>
        <translation>样本 %2 的标签 %1 不小于模型的类别数 %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/evaluator.cpp" line="245"/>
        <source>variant output %1 differs from the original&apos;s %2</source>
        <translation>变体输出 %1 与原始模型的 %2 不同</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="57"/>
        <source>output shape %1 is invalid or too large</source>
        <translation>输出形状 %1 无效或过大</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="128"/>
        <source>strides and dilations must be between 1 and 4096</source>
        <translation>strides 和 dilations 必须介于 1 和 4096 之间</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="146"/>
        <source>pads has %1 values, expected 4</source>
        <translation>pads 有 %1 个值，应为 4 个</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="153"/>
        <source>auto_pad &apos;%1&apos; is not supported</source>
        <translation>不支持 auto_pad &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="157"/>
        <source>pad %1 is out of range</source>
        <translation>填充 %1 超出范围</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="161"/>
        <source>the %1×%2 window is larger than the padded %3×%4 input</source>
        <translation>%1×%2 窗口大于填充后的 %3×%4 输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="190"/>
        <source>Gemm needs inputs A and B</source>
        <translation>Gemm 需要输入 A 和 B</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="193"/>
        <source>Gemm inputs must be 2-D, got %1 and %2</source>
        <translation>Gemm 输入必须是二维，实际为 %1 和 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="202"/>
        <source>Gemm inner dimensions differ: A %1%2, B %3%4</source>
        <translation>Gemm 内部维度不一致：A %1%2，B %3%4</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="231"/>
        <source>MatMul needs two inputs</source>
        <translation>MatMul 需要两个输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="234"/>
        <source>MatMul of %1 and %2 is not supported</source>
        <translation>不支持 %1 与 %2 的 MatMul</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="239"/>
        <source>MatMul inner dimensions differ: %1 and %2</source>
        <translation>MatMul 内部维度不一致：%1 和 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="255"/>
        <source>MatMul broadcasting of %1 and %2 is not supported</source>
        <translation>不支持 %1 与 %2 的 MatMul 广播</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="273"/>
        <source>Conv needs an input and a weight</source>
        <translation>Conv 需要输入和权重</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="278"/>
        <source>Conv input %1 is not 1-D or 2-D</source>
        <translation>Conv 输入 %1 不是一维或二维</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="281"/>
        <source>Conv weight %1 does not match a %2-D input</source>
        <translation>Conv 权重 %1 与 %2 维输入不匹配</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="310"/>
        <source>Conv with %1 groups: input has %2 channels, weight %3</source>
        <translation>%1 组的 Conv：输入有 %2 个通道，权重为 %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="316"/>
        <source>kernel_shape disagrees with the weight %1</source>
        <translation>kernel_shape 与权重 %1 不符</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="327"/>
        <source>Conv bias has %1 values for %2 output channels</source>
        <translation>Conv 偏置有 %1 个值，对应 %2 个输出通道</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="330"/>
        <source>Conv patch matrix is too large</source>
        <translation>Conv 图块矩阵过大</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="363"/>
        <source>pooling needs an input</source>
        <translation>池化需要输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="367"/>
        <source>pooling input %1 is not 1-D or 2-D</source>
        <translation>池化输入 %1 不是一维或二维</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="371"/>
        <source>kernel_shape must list %1 sizes between 1 and 4096</source>
        <translation>kernel_shape 必须列出 %1 个介于 1 和 4096 之间的大小</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="414"/>
        <source>global pooling needs an N×C×… input</source>
        <translation>全局池化需要 N×C×… 输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="474"/>
        <source>%1 cannot broadcast %2 with %3</source>
        <translation>%1 无法将 %2 与 %3 广播</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="525"/>
        <source>Softmax axis %1 is outside a rank-%2 input</source>
        <translation>Softmax 轴 %1 超出秩为 %2 的输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="561"/>
        <source>Flatten axis %1 is outside a rank-%2 input</source>
        <translation>Flatten 轴 %1 超出秩为 %2 的输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="581"/>
        <source>Reshape shape has two -1 entries</source>
        <translation>Reshape 形状中有两个 -1</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="584"/>
        <source>Reshape shape entry %1 is %2</source>
        <translation>Reshape 形状的第 %1 项为 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="593"/>
        <source>cannot reshape %1 to %2</source>
        <translation>无法将 %1 重塑为 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="608"/>
        <source>Transpose perm has %1 entries for rank %2</source>
        <translation>Transpose 的 perm 有 %1 项，而秩为 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="611"/>
        <source>Transpose perm is not a permutation</source>
        <translation>Transpose 的 perm 不是排列</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="641"/>
        <source>Concat needs inputs</source>
        <translation>Concat 需要输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="647"/>
        <source>Concat axis %1 is outside rank %2</source>
        <translation>Concat 轴 %1 超出秩 %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="652"/>
        <source>Concat inputs differ in rank</source>
        <translation>Concat 输入的秩不同</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="655"/>
        <source>Concat input %1 does not match %2</source>
        <translation>Concat 输入 %1 与 %2 不匹配</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="681"/>
        <source>BatchNormalization needs X, scale, B, mean and var</source>
        <translation>BatchNormalization 需要 X、scale、B、mean 和 var</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="684"/>
        <source>BatchNormalization input %1 has no channel axis</source>
        <translation>BatchNormalization 输入 %1 没有通道轴</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="688"/>
        <source>BatchNormalization parameter %1 has %2 values for %3 channels</source>
        <translation>BatchNormalization 参数 %1 有 %2 个值，对应 %3 个通道</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="713"/>
        <source>LayerNormalization needs X and scale</source>
        <translation>LayerNormalization 需要 X 和 scale</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="720"/>
        <source>LayerNormalization axis is outside rank %1</source>
        <translation>LayerNormalization 轴超出秩 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="725"/>
        <source>LayerNormalization scale/bias do not have %1 values</source>
        <translation>LayerNormalization 的 scale/bias 不是 %1 个值</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="752"/>
        <source>Gather is supported on axis 0 only</source>
        <translation>Gather 仅支持轴 0</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphops.cpp" line="764"/>
        <source>Gather index %1 is outside %2 rows</source>
        <translation>Gather 索引 %1 超出 %2 行</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="96"/>
        <source>latency bench: batch and repeats must be positive</source>
        <translation>延迟测试：批大小和重复次数必须为正</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="215"/>
        <source>%1: no dense layer to benchmark</source>
        <translation>%1：没有可测试的全连接层</translation>
    </message>
    <message>
        <location filename="../core/runtime/latencybench.cpp" line="216"/>
        <source>%1: no dense layer to benchmark matches &apos;%2&apos;</source>
        <translation>%1：没有与 &apos;%2&apos; 匹配的可测试全连接层</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="18"/>
        <source>%1: no tensor &apos;%2&apos;</source>
        <translation>%1：没有张量 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="24"/>
        <source>%1: override for tensor &apos;%2&apos; has %3 values, the tensor has %4</source>
        <translation>%1：张量 &apos;%2&apos; 的覆盖值有 %3 个，而该张量有 %4 个值</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="42"/>
        <source>%1: variant layer &apos;%2&apos; has index %3 outside the model</source>
        <translation>%1：变体层 &apos;%2&apos; 的索引 %3 超出模型范围</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="48"/>
        <source>%1: layer &apos;%2&apos; has no weight tensor</source>
        <translation>%1：层 &apos;%2&apos; 没有权重张量</translation>
    </message>
    <message>
        <location filename="../core/runtime/weightoverrides.cpp" line="53"/>
        <source>%1: encoding of &apos;%2&apos; decodes to %3 values, the weight has %4</source>
        <translation>%1：&apos;%2&apos; 的编码解码后得到 %3 个值，而该权重有 %4 个</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="44"/>
        <source>budget &apos;%1&apos;: %2</source>
        <translation>预算 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="47"/>
        <source>expected a number and a unit: 1.5GB, 800MB, 4.5bpw, 4x, 30ms</source>
        <translation>需要数字和单位：1.5GB、800MB、4.5bpw、4x、30ms</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="51"/>
        <source>the number must be positive</source>
        <translation>数字必须为正</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="63"/>
        <source>less than one byte</source>
        <translation>不足一个字节</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="69"/>
        <source>more than 64 bits per weight</source>
        <translation>每个权重超过 64 位</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="75"/>
        <source>a compression ratio must be at least 1x</source>
        <translation>压缩比至少为 1x</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="81"/>
        <source>more than 100 % of the original size</source>
        <translation>超过原始大小的 100 %</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="93"/>
        <source>missing unit (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</source>
        <translation>缺少单位（B、kB、MB、GB、KiB、MiB、GiB、bpw、x、%、ms、us）</translation>
    </message>
    <message>
        <location filename="../core/solve/budget.cpp" line="94"/>
        <source>unknown unit &apos;%1&apos; (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)</source>
        <translation>未知单位 &apos;%1&apos;（B、kB、MB、GB、KiB、MiB、GiB、bpw、x、%、ms、us）</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="137"/>
        <source>knapsack: group %1 has no option</source>
        <translation>背包求解：组 %1 没有选项</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="142"/>
        <source>knapsack: group %1 has an option without a finite cost and damage</source>
        <translation>背包求解：组 %1 中有选项的代价和损伤不是有限值</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="149"/>
        <source>budget infeasible: the cheapest choice costs %1, the budget allows %2</source>
        <translation>预算无法满足：最便宜的选择代价为 %1，预算仅允许 %2</translation>
    </message>
    <message>
        <location filename="../core/solve/knapsack.cpp" line="175"/>
        <source>knapsack: more than 255 options in a group</source>
        <translation>背包求解：一组中的选项超过 255 个</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="62"/>
        <source>solver options: the first option must be &apos;keep&apos;</source>
        <translation>求解器选项：第一个选项必须是 &apos;keep&apos;</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="101"/>
        <source>%1: no layer the solver could compress (Dense or Conv weights)</source>
        <translation>%1：没有求解器可压缩的层（Dense 或 Conv 权重）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="105"/>
        <source>relative error² × parameters</source>
        <translation>相对误差² × 参数量</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="107"/>
        <source>output error² (≈ relative × parameters)</source>
        <translation>输出误差²（≈ 相对误差 × 参数量）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="110"/>
        <source>accuracy drop + output error²</source>
        <translation>准确率下降 + 输出误差²</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="111"/>
        <source>KL divergence, nats</source>
        <translation>KL 散度，nats</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="146"/>
        <source>%1: end-to-end damage needs evaluation data (none given, not a demo model)</source>
        <translation>%1：端到端损伤需要评估数据（未提供，且不是演示模型）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="151"/>
        <source>%1: cannot execute operators %2</source>
        <translation>%1：无法执行算子 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="174"/>
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1（%n 个样本）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="181"/>
        <source>not executable here: %1</source>
        <translation>此处无法执行：%1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="262"/>
        <source>evaluation text: at least 2 bytes are needed</source>
        <translation>评估文本：至少需要 2 字节</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="316"/>
        <source>given input statistics</source>
        <translation>给定的输入统计</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="320"/>
        <source>%1: output-level damage needs each layer&apos;s calibration inputs, which Pare records for transformer decoders (GPT-2, Llama) and executable graph models (ONNX, Keras) only; use --damage weight or e2e</source>
        <translation>%1：输出级损伤需要每层的校准输入，而 Pare 只为 Transformer 解码器（GPT-2、Llama）和可执行的图模型（ONNX、Keras）记录这些输入；请使用 --damage weight 或 e2e</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="329"/>
        <source>%1: output-level damage needs calibration examples (--data FILE): none given and not a demo model</source>
        <translation>%1：输出级损伤需要校准样本（--data 文件）：未提供，且不是演示模型</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="333"/>
        <source>%1: output-level damage needs calibration text (--data TEXT): none given and not a demo model</source>
        <translation>%1：输出级损伤需要校准文本（--data 文本）：未提供，且不是演示模型</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="349"/>
        <source>%1 (up to its last %2 examples, calibration)</source>
        <translation>%1（最多取最后 %2 个样本，校准）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="353"/>
        <source>%1 (first %2 bytes, calibration)</source>
        <translation>%1（前 %2 字节，校准）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="358"/>
        <source>output-level damage: %1 input statistics for %2 layers</source>
        <translation>输出级损伤：输入统计有 %1 份，而层有 %2 个</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="378"/>
        <source>%1: output-level damage: no layer has calibration inputs with any energy</source>
        <translation>%1：输出级损伤：没有任何层的校准输入具有非零能量</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="386"/>
        <source>no calibration inputs for %1: weight-level damage used there</source>
        <translation>%1 没有校准输入：该处使用权重级损伤</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="389"/>
        <source>input Gram matrix too large for %1: its diagonal only (columns taken as uncorrelated)</source>
        <translation>%1 的输入 Gram 矩阵过大：仅使用其对角线（视各列为不相关）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="448"/>
        <source>Propagation gain of %1</source>
        <translation>%1 的传播增益</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="460"/>
        <source>output error² × propagation gain (relative model output error²)</source>
        <translation>输出误差² × 传播增益（模型输出的相对误差²）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="462"/>
        <source>output error² × propagation gain (KL divergence, nats)</source>
        <translation>输出误差² × 传播增益（KL 散度，nats）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="464"/>
        <source>output damage scaled per layer by its end-to-end damage over its output damage for %1 (language models: on the calibration text; graph models: on the data&apos;s first examples)</source>
        <translation>输出级损伤，按每层的端到端损伤与其输出损伤之比逐层缩放，针对 %1（语言模型：基于校准文本；图模型：基于数据的前几个样本）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="484"/>
        <source>%1: decoded %2 values for a %3 × %4 weight</source>
        <translation>%1：为 %3 × %4 的权重解码出 %2 个值</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="499"/>
        <source>%1: no weight</source>
        <translation>%1：没有权重</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="537"/>
        <source>latency of %1 not measured: %2</source>
        <translation>未测量 %1 的延迟：%2</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="553"/>
        <source>solver option %1</source>
        <translation>求解器选项 %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="571"/>
        <source>not in this sweep step</source>
        <translation>不在此扫描步骤中</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/sensitivity.cpp" line="592"/>
        <source>Resuming the sweep from %1 (%2 of %n cell(s) done)</source>
        <translation>
            <numerusform>从 %1 继续扫描（已完成 %2/%n 个单元）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="611"/>
        <source>Latency of the original layers</source>
        <translation>原始层的延迟</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="638"/>
        <source>original kernel timed per layer; options scaled by bytes</source>
        <translation>逐层测量原始内核耗时；各选项按字节数缩放</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="228"/>
        <source>bytes ÷ measured streaming bandwidth (%1 GB/s)</source>
        <translation>字节数 ÷ 实测流式带宽（%1 GB/s）</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="661"/>
        <source>kernels timed: each layer&apos;s original, and each option&apos;s kernel once per (shape, kernel) — layers of one shape share the measurement</source>
        <translation>已测量内核耗时：每层的原始内核，以及每个选项的内核（每种（形状，内核）组合测一次）——形状相同的层共用测量结果</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="689"/>
        <source>Compressing every layer: %1</source>
        <translation>正在压缩所有层：%1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivity.cpp" line="776"/>
        <source>Sensitivity sweep done</source>
        <translation>敏感度扫描完成</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="62"/>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2：未知的键</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="66"/>
        <source>%1.id: missing or empty</source>
        <translation>%1.id：缺失或为空</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="75"/>
        <source>%1.prune.scope: global pruning couples layers; the solver needs per-layer options</source>
        <translation>%1.prune.scope：全局剪枝会耦合各层；求解器需要逐层选项</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="90"/>
        <source>%1.lowrank: expected {&quot;rank_fraction&quot;: f} with 0 &lt; f ≤ 1</source>
        <translation>%1.lowrank：应为 {&quot;rank_fraction&quot;: f}，且 0 &lt; f ≤ 1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="93"/>
        <source>%1: prune and lowrank exclude each other</source>
        <translation>%1：prune 与 lowrank 互斥</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="148"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：偏移量 %2 处 %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="156"/>
        <source>expected an array of options or {&quot;options&quot;: [...]}</source>
        <translation>应为选项数组或 {&quot;options&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="172"/>
        <source>%1.id: &apos;%2&apos; appears twice</source>
        <translation>%1.id：&apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="177"/>
        <source>%1: more than 254 options</source>
        <translation>%1：选项超过 254 个</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="322"/>
        <source>pare_sensitivity: expected version %1</source>
        <translation>pare_sensitivity：应为版本 %1</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="327"/>
        <source>level: expected weight, output or e2e</source>
        <translation>level：应为 weight、output 或 e2e</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="344"/>
        <source>options[0]: must be the &apos;keep&apos; option</source>
        <translation>options[0]：必须是 &apos;keep&apos; 选项</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="359"/>
        <source>layers[%1].cells: %2 cells for %3 options</source>
        <translation>layers[%1].cells：%2 个单元格对应 %3 个选项</translation>
    </message>
    <message>
        <location filename="../core/solve/sensitivitytable.cpp" line="395"/>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="45"/>
        <source>lock &apos;%1=%2&apos;: no option &apos;%2&apos; in the menu</source>
        <translation>锁定 &apos;%1=%2&apos;：菜单中没有选项 &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/solve/solver.cpp" line="71"/>
        <source>the sensitivity sweep is not complete (%1 of %n cells); run it to the end first</source>
        <translation>
            <numerusform>敏感度扫描尚未完成（%n 个单元格中完成了 %1 个）；请先运行完毕</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="82"/>
        <source>layer &apos;%1&apos;: its locked option &apos;%2&apos; does not apply (%3)</source>
        <translation>层 &apos;%1&apos;：其锁定的选项 &apos;%2&apos; 不适用（%3）</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="91"/>
        <source>lock &apos;%1&apos;: matches no layer the solver may change</source>
        <translation>锁定 &apos;%1&apos;：没有匹配到求解器可更改的层</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="95"/>
        <source>exclude &apos;%1&apos;: matches no layer the solver may change</source>
        <translation>排除 &apos;%1&apos;：没有匹配到求解器可更改的层</translation>
    </message>
    <message>
        <location filename="../core/solve/solver.cpp" line="151"/>
        <source>budget %1 is infeasible: even the cheapest allowed plan needs %2</source>
        <translation>预算 %1 无法满足：即使最便宜的允许计划也需要 %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/tensorstats.cpp" line="35"/>
        <source>%1: histogram bins must be %2 to %3 (got %4)</source>
        <translation>%1：直方图区间数必须在 %2 到 %3 之间（实际为 %4）</translation>
    </message>
    <message>
        <location filename="../core/analysis/tensorstats.cpp" line="39"/>
        <source>%1: near-zero threshold (%2) must be ≥ 0 and outlier sigmas (%3) &gt; 0</source>
        <translation>%1：接近零阈值（%2）必须 ≥ 0，且离群值 σ 倍数（%3）必须 &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="59"/>
        <source>%1: the model has no executable graph</source>
        <translation>%1：该模型没有可执行的计算图</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="64"/>
        <source>%1: the graph uses operators Pare cannot execute: %2</source>
        <translation>%1：计算图使用了 Pare 无法执行的算子：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="68"/>
        <source>%1: the graph has %2 inputs and %3 outputs; Pare executes graphs with one input</source>
        <translation>%1：计算图有 %2 个输入和 %3 个输出；Pare 仅执行单输入的计算图</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="112"/>
        <source>%1: input &apos;%2&apos; expects shape %3 (any batch), got %4</source>
        <translation>%1：输入 &apos;%2&apos; 需要形状 %3（批大小任意），实际为 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="126"/>
        <source>%1: node &apos;%2&apos; (%3)</source>
        <translation>%1：节点 &apos;%2&apos;（%3）</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="131"/>
        <source>%1: input &apos;%2&apos; is not produced by any earlier node</source>
        <translation>%1：输入 &apos;%2&apos; 不是由之前的任何节点生成的</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="144"/>
        <source>%1: constant value was not read</source>
        <translation>%1：未读取常量值</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="148"/>
        <source>%1: missing inputs</source>
        <translation>%1：缺少输入</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="199"/>
        <source>%1: graph output &apos;%2&apos; is never produced</source>
        <translation>%1：计算图输出 &apos;%2&apos; 从未生成</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="207"/>
        <source>%1: batch size must be positive</source>
        <translation>%1：批大小必须为正数</translation>
    </message>
    <message>
        <location filename="../core/runtime/graphexecutor.cpp" line="241"/>
        <source>%1: no input rows</source>
        <translation>%1：没有输入行</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="232"/>
        <source>kernel: matrix %1×%2 is empty or too large</source>
        <translation>内核：矩阵 %1×%2 为空或过大</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="235"/>
        <source>kernel: weight element %1 is not finite</source>
        <translation>内核：权重元素 %1 不是有限值</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="267"/>
        <source>kernel: int4 group size %1 must be even and at least 2</source>
        <translation>内核：int4 组大小 %1 必须为偶数且至少为 2</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="304"/>
        <source>kernel: more than 2³² non-zero weights</source>
        <translation>内核：非零权重超过 2³² 个</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="314"/>
        <source>kernel: N:M sparsity %1:%2 is invalid</source>
        <translation>内核：N:M 稀疏度 %1:%2 无效</translation>
    </message>
    <message>
        <location filename="../core/runtime/kernels.cpp" line="384"/>
        <source>kernel: rank %1 does not fit a %2×%3 matrix</source>
        <translation>内核：秩 %1 不适用于 %2×%3 矩阵</translation>
    </message>
</context>
<context>
    <name>pare::report</name>
    <message>
        <location filename="../report/pdfreport.cpp" line="60"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="85"/>
        <location filename="../report/reportwriter.cpp" line="144"/>
        <location filename="../report/reportwriter.cpp" line="175"/>
        <source>Recipes</source>
        <translation>配方</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="92"/>
        <location filename="../report/reportwriter.cpp" line="151"/>
        <location filename="../report/reportwriter.cpp" line="182"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="108"/>
        <source>cannot start the PDF writer</source>
        <translation>无法启动 PDF 写入器</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="133"/>
        <location filename="../report/reportwriter.cpp" line="102"/>
        <source>Budget solver</source>
        <translation>预算求解器</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="26"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="61"/>
        <source>accuracy %1 %</source>
        <translation>准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="63"/>
        <source>agreement %1 %</source>
        <translation>一致率 %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="66"/>
        <source>perplexity %1</source>
        <translation>困惑度 %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="69"/>
        <source>KL %1 (p99 %2) nats</source>
        <translation>KL %1（p99 %2）nats</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="85"/>
        <source>KL (nats, lower is better)</source>
        <translation>KL（nats，越低越好）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="87"/>
        <source>Accuracy (higher is better)</source>
        <translation>准确率（越高越好）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="88"/>
        <source>Weight error (lower is better)</source>
        <translation>权重误差（越低越好）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="99"/>
        <source>solver at least as good</source>
        <translation>求解器不逊色</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="101"/>
        <source>solver worse</source>
        <translation>求解器较差</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="103"/>
        <source>no uniform recipe within the budget</source>
        <translation>预算内没有统一配方</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="104"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="114"/>
        <source>the KL divergence of their next-token distributions from the original&apos;s, measured end to end</source>
        <translation>其下一个 token 分布相对于原始模型的 KL 散度（端到端测量）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="116"/>
        <source>accuracy, measured end to end</source>
        <translation>准确率（端到端测量）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="118"/>
        <source>the relative weight error of the compressed model (quality was not measured end to end)</source>
        <translation>压缩模型的相对权重误差（未进行端到端质量测量）</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportcontent.cpp" line="123"/>
        <source>The budget solver chose one option per layer for the %n layer(s) it may compress, minimizing the damage predicted by a sensitivity sweep at the %1 level (%2) within the budget (%3); the front is its plan at each size. Each plan is measured like the other variants and compared with the uniform recipes that fit the same budget by %4.</source>
        <translation>
            <numerusform>预算求解器为其可压缩的 %n 个层各选择一个选项，在预算（%3）内使 %1 级别敏感度扫描所预测的损伤（%2）最小；前沿即其在各个大小下的计划。每个计划都像其他变体一样进行测量，并按%4与符合相同预算的统一配方进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="131"/>
        <source>none measured</source>
        <translation>无实测</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="133"/>
        <source>Solver plan against the best uniform recipe</source>
        <translation>求解器计划与最佳统一配方对比</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <location filename="../report/reportcontent.cpp" line="230"/>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="134"/>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <source>Bits per weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="135"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="138"/>
        <source>solver, budget %1</source>
        <translation>求解器，预算 %1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="143"/>
        <source>uniform</source>
        <translation>统一配方</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="145"/>
        <source>best uniform</source>
        <translation>最佳统一配方</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="148"/>
        <source>No uniform recipe fits the budget of the solver&apos;s plan &quot;%1&quot; (%2): nothing to compare it with.</source>
        <translation>没有统一配方符合求解器计划“%1”的预算（%2）：无可比较的对象。</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="151"/>
        <source>The quality of the solver&apos;s plan &quot;%1&quot; or of the uniform recipes within its budget was not measured: no verdict.</source>
        <translation>求解器计划“%1”或其预算内统一配方的质量未测量：无结论。</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="156"/>
        <source>The solver&apos;s plan &quot;%1&quot; (%2) is at least as good as the best uniform recipe within its budget, &quot;%3&quot; (%4): %5 against %6.</source>
        <translation>求解器计划“%1”（%2）不差于其预算内的最佳统一配方“%3”（%4）：%5 对 %6。</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="159"/>
        <source>The solver&apos;s plan &quot;%1&quot; (%2) is worse than the best uniform recipe within its budget, &quot;%3&quot; (%4): %5 against %6.</source>
        <translation>求解器计划“%1”（%2）不如其预算内的最佳统一配方“%3”（%4）：%5 对 %6。</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="168"/>
        <source>Solver front (predicted)</source>
        <translation>求解器前沿（预测）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="169"/>
        <source>Solver front (predicted; latency: %1)</source>
        <translation>求解器前沿（预测；延迟：%1）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="170"/>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Latency (µs)</source>
        <translation>延迟 (µs)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="171"/>
        <source>Predicted damage (%1)</source>
        <translation>预测损伤（%1）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="171"/>
        <source>Measured as</source>
        <translation>测量为</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>Budget solver: predicted damage against %1</source>
        <translation>预算求解器：预测损伤与%1的关系</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="177"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="178"/>
        <source>summed layer latency (µs, %1)</source>
        <translation>各层延迟之和（µs，%1）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="178"/>
        <source>model size (MB)</source>
        <translation>模型大小 (MB)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="180"/>
        <source>predicted damage, %1 level</source>
        <translation>预测损伤，%1 级别</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="199"/>
        <source>Pare compression report: %1</source>
        <translation>Pare 压缩报告：%1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="200"/>
        <source>unknown architecture</source>
        <translation>未知架构</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="211"/>
        <source>perplexity %1 → %2</source>
        <translation>困惑度 %1 → %2</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="213"/>
        <source>accuracy %1 % → %2 %</source>
        <translation>准确率 %1 % → %2 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="215"/>
        <source>weight error %1 %</source>
        <translation>权重误差 %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="216"/>
        <source>Smallest variant: &quot;%1&quot; — %2 → %3 (%4× smaller), %5.</source>
        <translation>最小的变体：“%1”— %2 → %3（缩小 %4 倍），%5。</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="222"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="223"/>
        <location filename="../report/reportcontent.cpp" line="328"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="223"/>
        <location filename="../report/reportcontent.cpp" line="328"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="226"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="227"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="229"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="231"/>
        <source>MACs per inference</source>
        <translation>每次推理的 MACs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="232"/>
        <location filename="../report/reportcontent.cpp" line="238"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="235"/>
        <source>Totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>Ratio</source>
        <translation>压缩比</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="236"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="237"/>
        <source>Weight error</source>
        <translation>权重误差</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="238"/>
        <source>SQNR (dB)</source>
        <translation>SQNR (dB)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="241"/>
        <location filename="../report/reportcontent.cpp" line="283"/>
        <location filename="../report/reportcontent.cpp" line="284"/>
        <location filename="../report/reportcontent.cpp" line="320"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="254"/>
        <source>Per layer: %1</source>
        <translation>逐层：%1</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Bytes before</source>
        <translation>压缩前字节数</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="255"/>
        <source>Bytes after</source>
        <translation>压缩后字节数</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>MACs before</source>
        <translation>压缩前 MACs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>MACs after</source>
        <translation>压缩后 MACs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="256"/>
        <source>µs before</source>
        <translation>压缩前 µs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="257"/>
        <source>µs after</source>
        <translation>压缩后 µs</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="257"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="277"/>
        <source>Size per layer</source>
        <translation>逐层大小</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="278"/>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="279"/>
        <source>Latency per layer (batch 1)</source>
        <translation>逐层延迟（批大小 1）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="280"/>
        <source>µs (median)</source>
        <translation>µs（中位数）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="281"/>
        <source>Weight error per layer</source>
        <translation>逐层权重误差</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="282"/>
        <source>relative Frobenius error (%)</source>
        <translation>相对 Frobenius 误差 (%)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="309"/>
        <source>Size against quality</source>
        <translation>大小与质量</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="310"/>
        <source>size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="311"/>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="311"/>
        <source>accuracy lost (percentage points)</source>
        <translation>准确率损失（百分点）</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="312"/>
        <source>relative weight error (%)</source>
        <translation>相对权重误差 (%)</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="327"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="330"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="331"/>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="332"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="334"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="34"/>
        <source>%1: unknown report format &apos;.%2&apos; (use .html, .pdf, .csv, .json or .md)</source>
        <translation>%1：未知的报告格式 &apos;.%2&apos;（请使用 .html、.pdf、.csv、.json 或 .md）</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="134"/>
        <source>The front&apos;s %n plans</source>
        <translation>
            <numerusform>前沿的 %n 个计划</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="137"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="271"/>
        <source>unknown report format</source>
        <translation>未知的报告格式</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="281"/>
        <source>%1: already exists (use --force to replace it)</source>
        <translation>%1：已存在（使用 --force 覆盖）</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="305"/>
        <source>solver front (predicted)</source>
        <translation>求解器前沿（预测）</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="307"/>
        <source>solver plan (measured)</source>
        <translation>求解器计划（实测）</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="309"/>
        <source>uniform recipe (size)</source>
        <translation>统一配方（大小）</translation>
    </message>
    <message>
        <location filename="../report/svgcharts.cpp" line="371"/>
        <location filename="../report/svgcharts.cpp" line="392"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
</context>
<context>
    <name>pare::ui</name>
    <message>
        <location filename="../ui/inspector/planoverlay.cpp" line="67"/>
        <source>plan overlay: no layer %1</source>
        <translation>计划叠加：没有层 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/planoverlay.cpp" line="80"/>
        <source>%1: the plan keeps this layer</source>
        <translation>%1：计划保留此层</translation>
    </message>
</context>
<context>
    <name>pare::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="197"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="205"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>pare::ui::ChannelRangeChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="41"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2 channels in groups of %3: each group&apos;s extremes&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2 个通道，每 %3 个一组：各组的极值&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="44"/>
        <source>output channel</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="47"/>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="80"/>
        <source>min–max range</source>
        <translation>最小–最大范围</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="83"/>
        <source>largest |w|</source>
        <translation>最大 |w|</translation>
    </message>
</context>
<context>
    <name>pare::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="45"/>
        <source>Tick the variants to show; double-click a name to rename it.</source>
        <translation>勾选要显示的变体；双击名称可重命名。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="47"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="48"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="49"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="50"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="51"/>
        <source>What the per-layer bars compare.</source>
        <translation>逐层柱状图所比较的指标。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="55"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="56"/>
        <source>Copy the selected variant (to compare a renamed copy).</source>
        <translation>复制所选变体（以便比较重命名后的副本）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="57"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="58"/>
        <source>Remove the selected variant.</source>
        <translation>移除所选变体。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="59"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="60"/>
        <source>Give the selected variant a new name (or double-click it).</source>
        <translation>为所选变体重新命名（或双击它）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="76"/>
        <source>Per-layer chart:</source>
        <translation>逐层图表：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="204"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="440"/>
        <source>%1 (the %2 largest of %3 layers)</source>
        <translation>%1（%3 层中最大的 %2 层）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="456"/>
        <source>Size against weight error (relative, %)</source>
        <translation>大小与权重误差（相对值，%）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="389"/>
        <location filename="../ui/compare/comparepanel.cpp" line="458"/>
        <source>error (%)</source>
        <translation>误差 (%)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="377"/>
        <source>size (kB)</source>
        <translation>大小 (kB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="380"/>
        <source>Multiply-accumulates per layer (millions)</source>
        <translation>每层乘加运算次数（百万）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="381"/>
        <source>MACs (M)</source>
        <translation>MACs (M)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="384"/>
        <source>Measured median latency per layer (batch 1)</source>
        <translation>每层实测延迟中位数（批大小 1）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="385"/>
        <source>time (µs)</source>
        <translation>时间 (µs)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="388"/>
        <source>Relative Frobenius weight error per layer</source>
        <translation>每层相对 Frobenius 权重误差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="488"/>
        <source>Size against accuracy drop (percentage points)</source>
        <translation>大小与准确率下降（百分点）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="489"/>
        <source>drop (points)</source>
        <translation>下降（百分点）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="457"/>
        <source>size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="336"/>
        <source>Compute a variant to compare it with the original</source>
        <translation>计算一个变体以与原始模型比较</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="337"/>
        <source>Tick a variant to show it</source>
        <translation>勾选变体以显示</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="376"/>
        <source>Size per layer, original and variants</source>
        <translation>逐层大小：原始模型与变体</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="393"/>
        <location filename="../ui/compare/comparepanel.cpp" line="485"/>
        <location filename="../ui/compare/comparepanel.cpp" line="490"/>
        <location filename="../ui/compare/comparepanel.cpp" line="493"/>
        <source>Original</source>
        <translation>原始模型</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="483"/>
        <source>Size against perplexity (lower is better)</source>
        <translation>大小与困惑度（越低越好）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="484"/>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="503"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 %, SQNR %7 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2（缩小 %3×）&lt;br&gt;MACs %4 → %5&lt;br&gt;误差 %6 %，SQNR %7 dB</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="507"/>
        <location filename="../ui/compare/comparepanel.cpp" line="508"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparepanel.cpp" line="514"/>
        <source>%n layer(s) pruned by magnitude instead of activation-aware (no calibration data)</source>
        <translation>
            <numerusform>%n 个层按幅值剪枝，而非激活感知剪枝（无校准数据）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="519"/>
        <source>&lt;br&gt;speed-up %1× (%2 → %3 µs)</source>
        <translation>&lt;br&gt;加速 %1×（%2 → %3 µs）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="523"/>
        <source>&lt;br&gt;perplexity %1 → %2 (%3 %), KL %4</source>
        <translation>&lt;br&gt;困惑度 %1 → %2（%3 %），KL %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="528"/>
        <source>&lt;br&gt;accuracy %1 % → %2 % (%3 points)</source>
        <translation>&lt;br&gt;准确率 %1 % → %2 %（%3 个百分点）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepanel.cpp" line="554"/>
        <source>No variant shown.</source>
        <translation>未显示任何变体。</translation>
    </message>
</context>
<context>
    <name>pare::ui::CompressionPanel</name>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>&amp;Compute Variant</source>
        <translation>计算变体(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="82"/>
        <source>All layers (defaults)</source>
        <translation>所有层（默认）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="83"/>
        <source>Edit the defaults for every layer, or an override for the layer selected in the Model dock.</source>
        <translation>编辑所有层的默认设置，或为“模型”面板中所选的层设置覆盖项。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="90"/>
        <source>Compress the model with this recipe in the background and add the result to the Compare dock.</source>
        <translation>在后台按此配方压缩模型，并将结果添加到“比较”面板。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="92"/>
        <source>Rules apply in order after the defaults; a later rule overrides an earlier one for the layers it matches.</source>
        <translation>规则在默认设置之后依次应用；对于所匹配的层，后面的规则覆盖前面的规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="96"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="97"/>
        <source>Load a recipe (JSON) saved by Pare or written by hand.</source>
        <translation>加载由 Pare 保存或手工编写的配方 (JSON)。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="98"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="99"/>
        <source>Save this recipe as JSON, for pare-cli or another session.</source>
        <translation>将此配方保存为 JSON，供 pare-cli 或其他会话使用。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="100"/>
        <source>Add a rule: layers matching a name pattern (glob or re:regex) and op kinds keep their original weights or get their own settings.</source>
        <translation>添加规则：名称匹配某一模式（通配符或 re:regex）且算子类型相符的层保留原始权重，或使用各自的设置。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="102"/>
        <source>Change the selected rule (or double-click it).</source>
        <translation>修改所选规则（或双击它）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="105"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="106"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="107"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="108"/>
        <source>Delete the selected rule.</source>
        <translation>删除所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="109"/>
        <source>Apply the selected rule earlier.</source>
        <translation>提前应用所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="110"/>
        <source>Apply the selected rule later.</source>
        <translation>推后应用所选规则。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="142"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="146"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="149"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="150"/>
        <source>Calibrate on nothing: activation-aware layers are pruned by magnitude.</source>
        <translation>不使用校准：激活感知的层将按幅值剪枝。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="176"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="215"/>
        <source>Open Recipe</source>
        <translation>打开配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="215"/>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>Recipes (*.json)</source>
        <translation>配方 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>Save Recipe</source>
        <translation>保存配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="220"/>
        <source>recipe.json</source>
        <translation>配方.json</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="243"/>
        <source>Estimates canceled. Change a setting to prepare them again.</source>
        <translation>估算已取消。更改任一设置即可重新准备。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="244"/>
        <source>&lt;b&gt;No estimates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无估算：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="549"/>
        <source>Add rule %1</source>
        <translation>添加规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="566"/>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="577"/>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="588"/>
        <source>Reorder rules</source>
        <translation>调整规则顺序</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="257"/>
        <source>&lt;b&gt;Estimate&lt;/b&gt; — weights %1 → &lt;b&gt;%2&lt;/b&gt; (%3× smaller)&lt;br&gt;MACs %4 → %5&lt;br&gt;error %6 % (relative, parameter-weighted)</source>
        <translation>&lt;b&gt;估算&lt;/b&gt; — 权重 %1 → &lt;b&gt;%2&lt;/b&gt;（缩小 %3×）&lt;br&gt;MACs %4 → %5&lt;br&gt;误差 %6 %（相对值，按参数量加权）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="267"/>
        <source> (err %1 %)</source>
        <translation>（误差 %1 %）</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="523"/>
        <source>Variant %1</source>
        <translation>变体 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="534"/>
        <source>Compute %1</source>
        <translation>计算 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="330"/>
        <source>Open a model to see the estimated size, MACs and error.</source>
        <translation>打开模型以查看估算的大小、MACs 和误差。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="143"/>
        <source>Data the model runs on before compressing, to weigh each weight by its input&apos;s activations (Prune &gt; Score: Activation-aware): a text for language models, examples (.npz, .npy, IDX, CSV) for graph models (ONNX, Keras).</source>
        <translation>压缩前让模型运行的数据，用于按输入激活值为每个权重加权（剪枝 &gt; 评分：激活感知）：语言模型使用文本，图模型（ONNX、Keras）使用样本（.npz、.npy、IDX、CSV）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="153"/>
        <source>Calibration data</source>
        <translation>校准数据</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="167"/>
        <source>Choose Calibration Data</source>
        <translation>选择校准数据</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="168"/>
        <source>Text or examples (*.txt *.npz *.npy *.gz *.idx* *-ubyte *.csv);;All files (*)</source>
        <translation>文本或样本 (*.txt *.npz *.npy *.gz *.idx* *-ubyte *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="339"/>
        <source>Preparing estimates…</source>
        <translation>正在准备估算…</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="356"/>
        <source>Prepare estimates</source>
        <translation>准备估算</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="376"/>
        <source>Activation-aware pruning needs calibration data: without it its layers are pruned by magnitude.</source>
        <translation>激活感知剪枝需要校准数据：没有校准数据时，相关层将按幅值剪枝。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="379"/>
        <source>The calibration data %1 is missing.</source>
        <translation>校准数据 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="393"/>
        <source>Selected layer: %1</source>
        <translation>所选层：%1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="437"/>
        <source>keep original</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="439"/>
        <source>prune %1</source>
        <translation>剪枝 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="441"/>
        <source>quantize %1</source>
        <translation>量化 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="443"/>
        <source>low-rank %1</source>
        <translation>低秩 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="444"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="467"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="470"/>
        <source>Change defaults</source>
        <translation>修改默认设置</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="480"/>
        <source>Change recipe</source>
        <translation>修改配方</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="492"/>
        <source>&lt;b&gt;Recipe problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;配方问题：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/compress/compressionpanel.cpp" line="631"/>
        <source>Open recipe</source>
        <translation>打开配方</translation>
    </message>
</context>
<context>
    <name>pare::ui::ExportMenu</name>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="25"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="28"/>
        <source>&amp;Compressed Model…</source>
        <translation>压缩模型(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="30"/>
        <source>Write the newest variant as a Pare file, safetensors, GGUF for llama.cpp, ONNX with Q/DQ, a decompressed copy or a Hugging Face directory.</source>
        <translation>将最新的变体导出为 Pare 文件、safetensors、适用于 llama.cpp 的 GGUF、带 Q/DQ 的 ONNX、解压后的副本或 Hugging Face 目录。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="32"/>
        <source>&amp;Recipe…</source>
        <translation>配方(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>Export Recipe</source>
        <translation>导出配方</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="33"/>
        <source>recipe.json</source>
        <translation>配方.json</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="34"/>
        <source>Recipes (*.json)</source>
        <translation>配方 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="40"/>
        <source>&amp;llama-quantize Arguments…</source>
        <translation>llama-quantize 参数(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="41"/>
        <source>Export llama-quantize Arguments</source>
        <translation>导出 llama-quantize 参数</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>llama-quantize.sh</source>
        <translation>llama-quantize.sh</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="42"/>
        <source>Shell scripts (*.sh *.txt)</source>
        <translation>Shell 脚本 (*.sh *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="47"/>
        <source>ll&amp;m-compressor Recipe…</source>
        <translation>llm-compressor 配方(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="48"/>
        <source>Export llm-compressor Recipe</source>
        <translation>导出 llm-compressor 配方</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="49"/>
        <source>recipe.yaml</source>
        <translation>配方.yaml</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="49"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="81"/>
        <source>Pare variant (*.pare)</source>
        <translation>Pare 变体 (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="82"/>
        <source>Encoded safetensors (*.safetensors)</source>
        <translation>编码的 safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="83"/>
        <source>GGUF for llama.cpp (*.gguf)</source>
        <translation>适用于 llama.cpp 的 GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="84"/>
        <source>ONNX with Q/DQ for ONNX Runtime (*.onnx)</source>
        <translation>带 Q/DQ 的 ONNX，用于 ONNX Runtime (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="86"/>
        <source>Decompressed Hugging Face directory (*)</source>
        <translation>解压后的 Hugging Face 目录 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="87"/>
        <source>Decompressed copy (*%1)</source>
        <translation>解压后的副本 (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="88"/>
        <source>Hugging Face directory (*)</source>
        <translation>Hugging Face 目录 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="96"/>
        <source>Export Compressed Model</source>
        <translation>导出压缩模型</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="140"/>
        <source>writing %1 bytes</source>
        <translation>正在写入 %1 字节</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="152"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="176"/>
        <location filename="../ui/export/exportmenu.cpp" line="184"/>
        <location filename="../ui/export/exportmenu.cpp" line="203"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="205"/>
        <source>Wrote %1: %2 bytes (the variant&apos;s encoded size is %3 bytes).</source>
        <translation>已写入 %1：%2 字节（该变体的编码大小为 %3 字节）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportmenu.cpp" line="210"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>pare::ui::FrontChart</name>
    <message>
        <location filename="../ui/solve/frontchart.cpp" line="91"/>
        <source>%1, log scale</source>
        <translation>%1，对数刻度</translation>
    </message>
</context>
<context>
    <name>pare::ui::HistogramChart</name>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="72"/>
        <source>Drag across the chart to zoom into a range of values; right-click to show the whole range again.</source>
        <translation>在图表上拖动可放大某一数值范围；右键单击可重新显示完整范围。</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="95"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="116"/>
        <source>count (log scale)</source>
        <translation>计数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="116"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="149"/>
        <location filename="../ui/charts/histogramchart.cpp" line="268"/>
        <source>clipped</source>
        <translation>已截断</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="166"/>
        <location filename="../ui/charts/histogramchart.cpp" line="238"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="173"/>
        <location filename="../ui/charts/histogramchart.cpp" line="252"/>
        <source>decoded</source>
        <translation>解码后</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="206"/>
        <source>%1 levels</source>
        <translation>%1 个级别</translation>
    </message>
</context>
<context>
    <name>pare::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="39"/>
        <source>&amp;Log counts</source>
        <translation>对数计数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="71"/>
        <source> bins</source>
        <translation> 个区间</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="72"/>
        <source>Number of histogram bins (16 to 4096).</source>
        <translation>直方图区间数（16 至 4096）。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="74"/>
        <source>Show counts on a logarithmic axis, to see the rare values in the tails.</source>
        <translation>以对数坐标轴显示计数，便于观察尾部的稀有值。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="75"/>
        <source>Weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="76"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="370"/>
        <source>log₁₀ |weight|</source>
        <translation>log₁₀ |权重|</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="77"/>
        <source>Histogram of the values, or of their magnitudes on a log scale (shows how many weights are tiny).</source>
        <translation>数值的直方图，或其绝对值在对数刻度上的直方图（显示有多少权重极小）。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="80"/>
        <source>Show the whole range of values again.</source>
        <translation>重新显示完整的数值范围。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="101"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="107"/>
        <source>&amp;Histogram</source>
        <translation>直方图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="108"/>
        <source>&amp;Channels</source>
        <translation>通道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="109"/>
        <source>S&amp;pectrum</source>
        <translation>谱(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="110"/>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="111"/>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="516"/>
        <source>&amp;Warnings</source>
        <translation>警告(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="137"/>
        <source>the new histogram was canceled</source>
        <translation>新的直方图已取消</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="138"/>
        <source>the new histogram failed: %1</source>
        <translation>新的直方图计算失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="157"/>
        <source>Spectrum canceled. Show this tab again to compute it.</source>
        <translation>频谱已取消。再次显示此标签页即可重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="249"/>
        <source>Preview plan of %1</source>
        <translation>%1 的计划预览</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="276"/>
        <source>Select a layer in the Model dock to see its weights.</source>
        <translation>在“模型”面板中选择一层以查看其权重。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspectorpanel.cpp" line="284"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4, %5 parameters</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 %3，%4，%5 个参数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="322"/>
        <source>Per-channel range — %1</source>
        <translation>逐通道范围 — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="328"/>
        <source>Per-channel range — %1 (analysis running…)</source>
        <translation>逐通道范围 — %1（分析中…）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="348"/>
        <source>Histogram of %1</source>
        <translation>%1 的直方图</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="369"/>
        <source>Magnitudes of %1</source>
        <translation>%1 的绝对值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="369"/>
        <source>Weights of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="370"/>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="380"/>
        <source>%1 below and %2 above the range shown</source>
        <translation>%1 个低于、%2 个高于所示范围</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="382"/>
        <source>%1 exact zeros not shown</source>
        <translation>%1 个精确零值未显示</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="384"/>
        <source>%1 NaN, %2 Inf</source>
        <translation>%1 个 NaN，%2 个 Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="388"/>
        <source>after the plan</source>
        <translation>应用计划后</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="397"/>
        <source>%1 levels of the widest of %2 scales</source>
        <translation>%2 个缩放因子中最宽者的 %1 个级别</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="398"/>
        <source>%1 levels</source>
        <translation>%1 个级别</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="414"/>
        <source>A spectrum is shown for the 2-D weights of dense and convolution layers.</source>
        <translation>谱仅针对全连接层和卷积层的二维权重显示。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="420"/>
        <source>Computing singular values…</source>
        <translation>正在计算奇异值…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="428"/>
        <source>Spectrum of %1</source>
        <translation>%1 的谱</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="435"/>
        <source>Singular-value energy — %1</source>
        <translation>奇异值能量 — %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="444"/>
        <source>%1 %: beyond the top %2</source>
        <translation>%1 %：超出前 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="445"/>
        <source>%1 %: rank %2</source>
        <translation>%1 %：秩 %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="447"/>
        <source>%1×%2, %3 singular values (%4). Energy kept — %5</source>
        <translation>%1×%2，%3 个奇异值（%4）。保留能量 — %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="449"/>
        <source>randomized SVD</source>
        <translation>随机化 SVD</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="460"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="461"/>
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="471"/>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="472"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="473"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="474"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="475"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="476"/>
        <source>Mean |w|</source>
        <translation>|w| 均值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="477"/>
        <source>Excess kurtosis</source>
        <translation>超额峰度</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="478"/>
        <source>Exact zeros</source>
        <translation>精确零值</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="468"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="479"/>
        <source>Near zero (|w| ≤ %1)</source>
        <translation>接近零（|w| ≤ %1）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="480"/>
        <source>Outliers (beyond %1 σ)</source>
        <translation>离群值（超出 %1 σ）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="481"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="482"/>
        <source>NaN / Inf</source>
        <translation>NaN / Inf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="482"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="483"/>
        <source>Distinct values</source>
        <translation>不同值个数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="483"/>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="487"/>
        <source>Percentile %1</source>
        <translation>百分位数 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="513"/>
        <source>No warnings for this layer.</source>
        <translation>该层没有警告。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorpanel.cpp" line="515"/>
        <source>&amp;Warnings (%1)</source>
        <translation>警告 (%1)(&amp;W)</translation>
    </message>
</context>
<context>
    <name>pare::ui::JobsModel</name>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="96"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="99"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="103"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="104"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="104"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="115"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="116"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="117"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobsmodel.cpp" line="118"/>
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
        <location filename="../ui/model/layertablemodel.cpp" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="53"/>
        <source>Multiply-accumulates cannot be known from this file (no input shape).</source>
        <translation>无法从此文件得知乘加运算次数（缺少输入形状）。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="55"/>
        <source>Shares its weight with another layer.</source>
        <translation>与另一层共享权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="70"/>
        <source>%1 (tied)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="77"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="88"/>
        <source>Multiply-accumulates per inference at the current input shape.</source>
        <translation>当前输入形状下每次推理的乘加运算次数。</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="92"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="93"/>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="95"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="96"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="97"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="98"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="99"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../ui/model/layertablemodel.cpp" line="100"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>pare::ui::LowRankBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="252"/>
        <source>&amp;Low-rank</source>
        <translation>低秩分解(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="257"/>
        <source>Replace a weight matrix by the product of two thin matrices from its singular value decomposition.</source>
        <translation>用奇异值分解得到的两个瘦矩阵之积替代权重矩阵。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="259"/>
        <source>Keep energy</source>
        <translation>保留能量</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="260"/>
        <source>Fixed rank</source>
        <translation>固定秩</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="261"/>
        <source>Choose the rank per layer by the share of the spectrum&apos;s energy kept, or set one rank for all.</source>
        <translation>按保留的谱能量比例逐层选择秩，或为所有层设定同一个秩。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="263"/>
        <source>Share of Σσ² kept: the rank grows until it is reached (rounded up to 8).</source>
        <translation>保留的 Σσ² 比例：秩逐步增大直至达到该比例（向上取整为 8 的倍数）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="266"/>
        <source>Rank of the two factors.</source>
        <translation>两个因子的秩。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="268"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="269"/>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="270"/>
        <source>Rank</source>
        <translation>秩</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="307"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pare::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <location filename="../ui/mainwindowprojects.cpp" line="269"/>
        <source>Pare</source>
        <translation>Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Open a model with File &gt; Open, or drop a file on the window.</source>
        <translation>通过“文件 &gt; 打开”打开模型，或将文件拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Could Not Open Model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Pare could not open %1.</source>
        <translation>Pare 无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>%1

Check that the file is a complete safetensors, ONNX, Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.</source>
        <translation>%1

请检查该文件是否为完整的 safetensors、ONNX、Keras HDF5、GGUF 或 NumPy 文件，或 Hugging Face 模型文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>%1: %2 pruned by magnitude, not activation-aware (no calibration data for them)</source>
        <translation>%1：%2 按幅值剪枝，而非激活感知剪枝（缺少对应的校准数据）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Model Has Changed</source>
        <translation>模型已更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Model Not Found</source>
        <translation>未找到模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>The model of %1 has changed since the project was saved.</source>
        <translation>自项目保存以来，%1 的模型已发生更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>The model of %1 is not where it was.</source>
        <translation>%1 的模型已不在原来的位置。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>%1

Locate the original model, or open the changed model anyway (the saved figures may no longer match it).</source>
        <translation>%1

请找到原始模型，或仍然打开已更改的模型（保存的数据可能与其不再相符）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>%1

Locate the model file or folder to open the project.</source>
        <translation>%1

请找到模型文件或文件夹以打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Locate Model</source>
        <translation>查找模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;All files (*)</source>
        <translation>模型 (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Project not opened: its model was not located.</source>
        <translation>未打开项目：未找到其模型。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Project not opened.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>No model open.
File &gt; Open… or drop a model file here.</source>
        <translation>未打开模型。
使用“文件 &gt; 打开…”或将模型文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Select a layer to see its weight distribution, channel ranges and spectrum.</source>
        <translation>选择一层以查看其权重分布、通道范围和谱。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Pruning, quantization and low-rank settings appear here once a model is open.</source>
        <translation>打开模型后，剪枝、量化和低秩分解的设置将显示在此处。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Computed variants are compared with the original here.</source>
        <translation>已计算的变体将在此处与原始模型进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Open Model or Project</source>
        <translation>打开模型或项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare projects (*.pare);;All files (*)</source>
        <translation>模型和项目 (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;Pare 项目 (*.pare);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Language model (GPT-2, King James Bible)</source>
        <translation>语言模型（GPT-2，英王钦定版圣经）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Image classifier (CNN, Fashion-MNIST, ONNX)</source>
        <translation>图像分类器（CNN，Fashion-MNIST，ONNX）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Image classifier (CNN, Fashion-MNIST, Keras)</source>
        <translation>图像分类器（CNN，Fashion-MNIST，Keras）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Save the model reference, recipe and computed variants as a .pare project.</source>
        <translation>将模型引用、配方和已计算的变体保存为 .pare 项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown.</source>
        <translation>将所显示变体的比较结果导出为 HTML、PDF、CSV、JSON 或 Markdown。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>report.html</source>
        <translation>报告.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;About Pare</source>
        <translation>关于 Pare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>the Budget dock&apos;s sweep</source>
        <translation>预算面板中的扫描</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Could Not Write Report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <location filename="../ui/mainwindowprojects.cpp" line="191"/>
        <source>%1

Choose another folder or file name.</source>
        <translation>%1

请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>About Pare</source>
        <translation>关于 Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;A workbench for compressing neural-network models: inspect, prune, quantize and factorize, then compare against the original.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pare %1&lt;/h3&gt;&lt;p&gt;神经网络模型压缩工作台：检查、剪枝、量化和分解，然后与原始模型进行比较。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="129"/>
        <source>Hashing %1</source>
        <translation>正在计算 %1 的哈希值</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="137"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="144"/>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="169"/>
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="190"/>
        <source>Could Not Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="215"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="215"/>
        <source>Pare projects (*.pare)</source>
        <translation>Pare 项目 (*.pare)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="234"/>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="236"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="245"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="246"/>
        <source>The project has unsaved changes.</source>
        <translation>项目有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="247"/>
        <source>Save them before going on? Discarded variants must be computed again.</source>
        <translation>是否在继续之前保存？被丢弃的变体需要重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="268"/>
        <source>%1 (no project)</source>
        <translation>%1（无项目）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="269"/>
        <source>%1[*] — Pare</source>
        <translation>%1[*] — Pare</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="309"/>
        <source>Variants left out because they do not fit this model: %1</source>
        <translation>因与此模型不匹配而略去的变体：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="311"/>
        <source>Recovered the unsaved session</source>
        <translation>已恢复未保存的会话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="311"/>
        <source>Opened project %1</source>
        <translation>已打开项目 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="335"/>
        <source>Restore Unsaved Work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="336"/>
        <source>A Pare session did not shut down cleanly.</source>
        <translation>有一个 Pare 会话未正常关闭。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="347"/>
        <source>Could not take over the autosaved session %1</source>
        <translation>无法接管自动保存的会话 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprojects.cpp" line="337"/>
        <source>An autosaved session from %1 is available. Restore it?</source>
        <translation>存在一个 %1 自动保存的会话。是否恢复？</translation>
    </message>
</context>
<context>
    <name>pare::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="30"/>
        <source>Filter layers (text, or re:regex)</source>
        <translation>筛选层（文本或 re:regex）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="32"/>
        <source>Shows layers whose name contains this text. Start with &quot;re:&quot; for a regular expression, e.g. re:blk\.\d+\.attn</source>
        <translation>显示名称包含此文本的层。以“re:”开头表示正则表达式，例如 re:blk\.\d+\.attn</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="34"/>
        <source>All ops</source>
        <translation>所有算子</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="35"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="36"/>
        <source>Norm</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="36"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="38"/>
        <source>Show only layers of one kind.</source>
        <translation>仅显示某一类型的层。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="62"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="63"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="64"/>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="65"/>
        <source>What the layer chart shows: parameters, stored bytes, or the share of weights that are exactly zero.</source>
        <translation>层图表显示的内容：参数数量、存储字节数，或恰好为零的权重比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="70"/>
        <source>Click a bar to select its layer.</source>
        <translation>单击柱形可选中对应的层。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="81"/>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="131"/>
        <source>No model open. Use File &gt; Open… or drop a model file here.</source>
        <translation>未打开模型。请使用“文件 &gt; 打开…”或将模型文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="135"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="138"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="139"/>
        <source>%1 (+%n layer(s) unknown)</source>
        <translation>
            <numerusform>%1（另有 %n 个层未知）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%4 parameters in %5 tensors, %6 (%7)&lt;br&gt;%n layer(s), %8 MACs per inference</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2%3&lt;br&gt;%5 个张量中共 %4 个参数，%6（%7）&lt;br&gt;%n 个层，每次推理 %8 MACs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="242"/>
        <source>largest %1 of %n layers</source>
        <translation>
            <numerusform>%n 个层中最大的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/model/modelpanel.cpp" line="243"/>
        <source>all %n layers</source>
        <translation>
            <numerusform>全部 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="147"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="192"/>
        <source>Layer sizes appear here once a model is open</source>
        <translation>打开模型后，各层大小将显示在此处</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="198"/>
        <source>Sparsity per layer: not computed yet (the analysis is running)</source>
        <translation>逐层稀疏度：尚未计算（分析进行中）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="246"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="247"/>
        <source>Parameters per layer (%1)</source>
        <translation>逐层参数量（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="248"/>
        <source>parameters (millions)</source>
        <translation>参数（百万）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="251"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="252"/>
        <source>Stored size per layer (%1)</source>
        <translation>逐层存储大小（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="253"/>
        <source>size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="256"/>
        <source>sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="257"/>
        <source>Exact zeros per layer (%1)</source>
        <translation>逐层精确零值（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/modelpanel.cpp" line="258"/>
        <source>zero weights (%)</source>
        <translation>零权重 (%)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="71"/>
        <source>The language of Pare&apos;s window. Takes effect when Pare starts again.</source>
        <translation>Pare 窗口的语言。重新启动 Pare 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="73"/>
        <source>All cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>How many threads background jobs may use.</source>
        <translation>后台任务可使用的线程数。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="78"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="79"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="81"/>
        <source>Light or dark colours for the window and its charts; System follows the desktop&apos;s setting.</source>
        <translation>窗口及其图表使用浅色或深色；“跟随系统”沿用桌面的设置。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="91"/>
        <source>Weights with |w| at most this count as near zero in the statistics and the lint.</source>
        <translation>|w| 不超过此值的权重在统计和检查中计为接近零。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="97"/>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="99"/>
        <source>Weights further than this many standard deviations from the mean count as outliers.</source>
        <translation>距均值超过这么多个标准差的权重计为离群值。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="106"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="107"/>
        <source>The language changes when Pare starts again.</source>
        <translation>语言将在 Pare 重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="109"/>
        <source>&amp;Threads</source>
        <translation>线程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="110"/>
        <source>&lt;b&gt;Analysis&lt;/b&gt; (applies to the open model at once)</source>
        <translation>&lt;b&gt;分析&lt;/b&gt;（立即应用于已打开的模型）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="112"/>
        <source>&amp;Near zero: |w| ≤</source>
        <translation>接近零(&amp;N)：|w| ≤</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="113"/>
        <source>&amp;Outliers beyond</source>
        <translation>离群值阈值(&amp;O)</translation>
    </message>
</context>
<context>
    <name>pare::ui::PruneBox</name>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="154"/>
        <source>&amp;Prune</source>
        <translation>剪枝(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="161"/>
        <source>Set weights to zero and store only the rest. Pruning and low-rank cannot be combined on one layer.</source>
        <translation>将权重置零，只存储其余部分。同一层不能同时使用剪枝和低秩分解。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="163"/>
        <source>Magnitude</source>
        <translation>幅值</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="164"/>
        <source>N:M pattern</source>
        <translation>N:M 模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="165"/>
        <source>Whole channels</source>
        <translation>整个通道</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="166"/>
        <source>Magnitude removes the smallest weights anywhere; N:M keeps N of every M inputs (hardware-friendly); channels removes whole output channels.</source>
        <translation>幅值法移除任意位置上最小的权重；N:M 在每 M 个输入中保留 N 个（便于硬件加速）；通道法移除整个输出通道。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="168"/>
        <source>Magnitude |w|</source>
        <translation>幅值 |w|</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="169"/>
        <source>Activation-aware (Wanda)</source>
        <translation>激活感知 (Wanda)</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="171"/>
        <source>Which weights count as smallest: by |w| alone, or by |w| times the norm of the input it multiplies on calibration data (a text for language models, examples for graph models; choose it below).</source>
        <translation>哪些权重算作最小：仅按 |w|，或按 |w| 乘以其在校准数据上所乘输入的范数（语言模型使用文本，图模型使用样本；在下方选择）。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="174"/>
        <source>Fraction of weights (or channels) removed.</source>
        <translation>移除的权重（或通道）比例。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="177"/>
        <source>Keep N weights in every group of M consecutive inputs.</source>
        <translation>在每组 M 个连续输入中保留 N 个权重。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="178"/>
        <source>L2 norm</source>
        <translation>L2 范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="179"/>
        <source>L1 norm</source>
        <translation>L1 范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="180"/>
        <source>How a channel&apos;s importance is measured.</source>
        <translation>衡量通道重要性的方式。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="181"/>
        <source>Per layer</source>
        <translation>逐层</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="182"/>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="183"/>
        <source>Per layer: each layer reaches the target. Global: one threshold for all matched layers, so robust layers give up more.</source>
        <translation>逐层：每层各自达到目标。全局：所有匹配的层共用一个阈值，因此稳健的层会被剪掉更多。</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="186"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="187"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="188"/>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="189"/>
        <source>Pattern</source>
        <translation>稀疏模式</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="190"/>
        <source>Channel norm</source>
        <translation>通道范数</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="191"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/compress/methodboxes.cpp" line="242"/>
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
        <location filename="../ui/compress/methodboxes.cpp" line="146"/>
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
        <location filename="../ui/charts/barchart.cpp" line="355"/>
        <location filename="../ui/charts/barchart.cpp" line="460"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="369"/>
        <source>variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="391"/>
        <source>selected: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>pare::ui::SensitivityModel</name>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="104"/>
        <source>Lock %1 to its chosen (or last clicked) option</source>
        <translation>将 %1 锁定为所选（或最后单击）的选项</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="111"/>
        <source>Keep %1 original</source>
        <translation>保持 %1 原样</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="153"/>
        <source>%1, %2: not measured yet</source>
        <translation>%1，%2：尚未测量</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="155"/>
        <source>%1, %2: does not apply (%3)</source>
        <translation>%1，%2：不适用（%3）</translation>
    </message>
    <message>
        <location filename="../ui/solve/sensitivitymodel.cpp" line="156"/>
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
        <location filename="../ui/session.cpp" line="99"/>
        <source>Analyze %1</source>
        <translation>分析 %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="134"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="137"/>
        <location filename="../ui/session.cpp" line="169"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="148"/>
        <source>Check %1</source>
        <translation>检查 %1</translation>
    </message>
</context>
<context>
    <name>pare::ui::SolvePanel</name>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="36"/>
        <source>&amp;Run Sweep</source>
        <translation>运行扫描(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="37"/>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="38"/>
        <source>&amp;Load Plan as Recipe</source>
        <translation>将计划载入为配方(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="54"/>
        <location filename="../ui/solve/solvepanel.cpp" line="381"/>
        <source>Size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="55"/>
        <source>Bits per weight</source>
        <translation>每权重比特数</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="56"/>
        <source>Compression ratio (x)</source>
        <translation>压缩比 (x)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="57"/>
        <location filename="../ui/solve/solvepanel.cpp" line="381"/>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="60"/>
        <source>Weight error (data-free)</source>
        <translation>权重误差（无需数据）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="61"/>
        <source>Layer output error</source>
        <translation>层输出误差</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="62"/>
        <source>End to end (KL / accuracy)</source>
        <translation>端到端（KL / 准确率）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="63"/>
        <source>Relative weight error² × parameters: no data needed, fastest.</source>
        <translation>相对权重误差² × 参数数量：无需数据，速度最快。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="64"/>
        <source>Each layer&apos;s output error on calibration inputs: transformer decoders on the demo model&apos;s bundled text, graph models (ONNX, Keras) on the last examples of its bundled data.</source>
        <translation>每层在校准输入上的输出误差：Transformer 解码器使用演示模型附带的文本，图模型（ONNX、Keras）使用其附带数据的最后几个样本。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="67"/>
        <source>Only that layer compressed, the whole model run on evaluation data.</source>
        <translation>仅压缩该层，并在评估数据上运行整个模型。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="83"/>
        <location filename="../ui/solve/solvepanel.cpp" line="178"/>
        <source>Open a model, then run the sensitivity sweep.</source>
        <translation>请打开模型，然后运行敏感度扫描。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="89"/>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="90"/>
        <source>Damage:</source>
        <translation>损伤：</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="140"/>
        <source>Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.</source>
        <translation>扫描已取消：保留了 %2 次测量中的 %1 次；点击“运行扫描”可继续。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="144"/>
        <source>Sweep failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="177"/>
        <source>Run the sensitivity sweep to measure every layer × option.</source>
        <translation>运行敏感度扫描，以测量每个层 × 选项的组合。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="200"/>
        <source>no model is open</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="201"/>
        <source>saved sensitivity sweep</source>
        <translation>已保存的敏感度扫描</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="209"/>
        <source>saved sensitivity sweep: layer %1 is not in this model</source>
        <translation>已保存的敏感度扫描：层 %1 不在此模型中</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="216"/>
        <source>Saved sweep: %1 of %2 measurements; Run Sweep resumes.</source>
        <translation>已保存的扫描：已完成 %2 次测量中的 %1 次；点击“运行扫描”可继续。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="244"/>
        <source>Sensitivity sweep (%1)</source>
        <translation>敏感度扫描（%1）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="277"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="283"/>
        <source> bpw</source>
        <translation> bpw</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="288"/>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="293"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="302"/>
        <source>Run the sweep to the end before solving.</source>
        <translation>求解前请先完整运行扫描。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="330"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="329"/>
        <source>Plan for the budget</source>
        <translation>预算方案</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="353"/>
        <source>Budget solve (%1)</source>
        <translation>预算求解（%1）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="356"/>
        <source>Solving the budget…</source>
        <translation>正在求解预算…</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="370"/>
        <source>Solve canceled; Solve starts it again.</source>
        <translation>求解已取消；点击“求解”重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="371"/>
        <source>Solve failed: %1</source>
        <translation>求解失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="391"/>
        <source>No plan: %1</source>
        <translation>无计划：%1</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="404"/>
        <source>plan for %1</source>
        <translation>%1 的方案</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="417"/>
        <source>Budget %1: %2 (%3×, %4 bpw, %5 ms), damage %6 %7 — %8</source>
        <translation>预算 %1：%2（%3×，%4 bpw，%5 ms），损伤 %6 %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="422"/>
        <source>optimal (%1)</source>
        <translation>最优（%1）</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="423"/>
        <source>%1, gap %2</source>
        <translation>%1，间隙 %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="310"/>
        <source>Pareto front: damage (%1) against %2</source>
        <translation>帕累托前沿：损伤（%1）与 %2</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="311"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="311"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="382"/>
        <source>Damage</source>
        <translation>损伤</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="436"/>
        <source>chosen plan</source>
        <translation>所选方案</translation>
    </message>
    <message>
        <location filename="../ui/solve/solvepanel.cpp" line="445"/>
        <source>Solver %1 MB</source>
        <translation>求解器 %1 MB</translation>
    </message>
</context>
<context>
    <name>pare::ui::SpectrumChart</name>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="111"/>
        <source>rank kept</source>
        <translation>保留的秩</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="114"/>
        <source>energy kept (%)</source>
        <translation>保留的能量 (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="122"/>
        <source>cumulative energy</source>
        <translation>累积能量</translation>
    </message>
    <message>
        <location filename="../ui/charts/linecharts.cpp" line="136"/>
        <source>%1 % at rank %2</source>
        <translation>秩 %2 时为 %1 %</translation>
    </message>
</context>
</TS>
